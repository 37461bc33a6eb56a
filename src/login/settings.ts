// The login action's inputs → one validated LoginSettings. The identity comes from what the workload identity
// webhook injected into the job's container (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE,
// AZURE_AUTHORITY_HOST); an input of the same meaning overrides it. Pure: inputs and environment in, settings out.
import { cloudByName, type Cloud } from '../clouds.js'
import * as rules from '../rules.js'
import { Reader, SettingsError, type InputSource } from '../settings.js'

/** 'auto': sign the tool in when it is installed; 'true': it must be; 'false': leave it alone. */
export const TOOL_MODES = ['auto', 'true', 'false'] as const
export type ToolMode = (typeof TOOL_MODES)[number]

/** The four variables the webhook injects, and the input that overrides each. */
export const INJECTED = {
  clientId: { env: 'AZURE_CLIENT_ID', input: 'client-id' },
  tenantId: { env: 'AZURE_TENANT_ID', input: 'tenant-id' },
  tokenFile: { env: 'AZURE_FEDERATED_TOKEN_FILE', input: 'federated-token-file' },
  authorityHost: { env: 'AZURE_AUTHORITY_HOST', input: 'authority-host' }
} as const
export type InjectedName = keyof typeof INJECTED

export interface LoginSettings {
  /** Undefined when neither the webhook nor an input gave it (requireIdentity says why). */
  clientId?: string
  tenantId?: string
  tokenFile?: string
  /** The Entra authority, no trailing slash: the input, else AZURE_AUTHORITY_HOST, else the cloud's. */
  authorityHost: string
  /** Where each of the four came from. */
  source: Record<InjectedName, 'input' | 'webhook' | 'none' | 'cloud'>
  subscriptionId?: string
  cloud: Cloud
  armEndpoint: string
  /** The audience the projected token should carry (the federated credential's). */
  audience: string
  azureCli: ToolMode
  azurePowerShell: ToolMode
  /** Export ARM_* for Terraform's azurerm provider (and other tools that read them). */
  armEnv: boolean
  /** A kubeconfig for this AKS cluster, written for later steps. */
  cluster?: { resourceGroup: string; name: string }
}

/** The identity once requireIdentity passed. */
export type LoginIdentity = LoginSettings & { clientId: string; tenantId: string; tokenFile: string }

export function readLoginSettings(src: InputSource): LoginSettings {
  const r = new Reader(src)
  const env = src.env
  const envName = r.raw('environment') || 'AzureCloud'
  const cloud = cloudByName(envName)
  if (!cloud) r.problem('environment', envName, 'must be one of: AzureCloud, AzureUSGovernment, AzureChinaCloud')
  const base = cloud ?? cloudByName('AzureCloud')!

  const source = {} as LoginSettings['source']
  /** The input, else the injected variable (checked by the same rule, the problem naming the variable). */
  const pick = (name: InjectedName, rule: rules.Rule): string | undefined => {
    const { input, env: variable } = INJECTED[name]
    const given = r.optional(input, rule)
    if (given) {
      source[name] = 'input'
      return given
    }
    const injected = env[variable]?.trim()
    if (!injected) {
      source[name] = 'none'
      return undefined
    }
    const why = rule(injected)
    if (why) r.conflict(input, `not given, and ${variable} = '${injected}' ${why}`)
    source[name] = 'webhook'
    return injected
  }
  const clientId = pick('clientId', rules.guid)
  const tenantId = pick('tenantId', rules.guid)
  const tokenFile = pick('tokenFile', (v) => (v.startsWith('/') || /^[A-Za-z]:[\\/]/.test(v) ? undefined : 'must be an absolute path'))
  let authorityHost = pick('authorityHost', rules.httpsUrl)
  if (!authorityHost) {
    authorityHost = base.authorityHost
    source.authorityHost = 'cloud'
  }
  const armEndpoint = (r.optional('arm-endpoint', rules.httpsUrl) ?? base.armEndpoint).replace(/\/+$/, '')
  const subscriptionId = r.optional('subscription-id', rules.guid) ?? validGuid(env.AZURE_SUBSCRIPTION_ID)
  const azureCli = r.oneOf<ToolMode>('azure-cli', 'auto', TOOL_MODES)
  const azurePowerShell = r.oneOf<ToolMode>('azure-powershell', 'auto', TOOL_MODES)
  const armEnv = r.bool('arm-env', true)

  const resourceGroup = r.optional('resource-group', rules.resourceGroupName)
  const clusterName = r.optional('cluster-name', rules.clusterName)
  if (resourceGroup && !clusterName) r.conflict('resource-group', "needs 'cluster-name' (the AKS cluster to write a kubeconfig for)")
  if (clusterName && !resourceGroup) r.conflict('cluster-name', "needs 'resource-group' (the cluster's resource group)")
  if (clusterName && !subscriptionId)
    r.conflict('cluster-name', "needs 'subscription-id' (or AZURE_SUBSCRIPTION_ID): the cluster's subscription")

  if (r.problems.length) throw new SettingsError(r.problems)
  return {
    clientId,
    tenantId,
    tokenFile,
    authorityHost: authorityHost.replace(/\/+$/, ''),
    source,
    subscriptionId,
    cloud: base,
    armEndpoint,
    audience: expectedAudience(base),
    azureCli,
    azurePowerShell,
    armEnv,
    cluster: resourceGroup && clusterName ? { resourceGroup, name: clusterName } : undefined
  }
}

/**
 * The token-exchange audience the projected token should carry: the cloud's (src/clouds.ts), as the main action
 * gives the workload's federated credential. Another audience is only a warning (the token check's): a federated
 * credential made with an explicit `audience` may list it.
 */
export function expectedAudience(cloud: Cloud): string {
  return cloud.tokenExchangeAudience
}

/** Raised when the webhook did not give the job what it needs; the message says what is missing and why. */
export class NotInjectedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'NotInjectedError'
  }
}

/** The identity, or an error naming every variable the webhook did not inject and what that points to. */
export function requireIdentity(s: LoginSettings): LoginIdentity {
  const missing = (['clientId', 'tenantId', 'tokenFile'] as const).filter((k) => !s[k])
  if (!missing.length) return s as LoginIdentity
  const names = missing.map((k) => INJECTED[k].env)
  const causes: string[] = []
  if (missing.includes('tokenFile'))
    causes.push(
      'the pod was not mutated by the workload identity webhook: it needs the label azure.workload.identity/use: "true" when it is created, ' +
        'its service account must exist then, and the cluster must have workload identity enabled (the webhook skips kube-system and ' +
        'containers listed in azure.workload.identity/skip-containers)'
    )
  if (missing.includes('clientId') && !missing.includes('tokenFile'))
    causes.push("the pod's service account has no azure.workload.identity/client-id annotation (the webhook injects only non-empty values)")
  if (missing.includes('tenantId') && !missing.includes('tokenFile'))
    causes.push("the service account's azure.workload.identity/tenant-id annotation is empty and overrides the webhook's tenant")
  const inputs = missing.map((k) => `'${INJECTED[k].input}'`).join(', ')
  return fail(
    `The workload identity webhook did not inject ${names.join(', ')} into this job's container: ${causes.join('; ')}. ` +
      `Run the job on a runner pod with workload identity (runner-count of aks-workload-identity), or give ${inputs}.`
  )
}

function fail(message: string): never {
  throw new NotInjectedError(message)
}

function validGuid(v: string | undefined): string | undefined {
  return v && !rules.guid(v.trim()) ? v.trim() : undefined
}
