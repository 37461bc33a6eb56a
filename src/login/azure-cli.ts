// The Azure CLI signed in as the workload identity: `az login --service-principal --federated-token` into a
// configuration directory of its own under RUNNER_TEMP (AZURE_CONFIG_DIR, exported for later steps), then
// `az account set` to the subscription. The post step deletes that directory, and with it the session and the
// token it holds. The argument lists are pure, so a test can hold them against what the CLI documents.
import type { Cloud } from '../clouds.js'
import { tail, type Exec } from './exec.js'

/** `az login` as the identity. `--allow-no-subscriptions`: an identity with roles only on data planes still signs in. */
export function azLoginArgs(clientId: string, tenantId: string, token: string): string[] {
  return [
    'login',
    '--service-principal',
    '-u',
    clientId,
    '-t',
    tenantId,
    '--federated-token',
    token,
    '--allow-no-subscriptions',
    '--output',
    'none',
    '--only-show-errors'
  ]
}

/** Sovereign clouds: the CLI's cloud, set in the session's own directory before signing in. */
export const azCloudSetArgs = (cloud: Cloud): string[] => ['cloud', 'set', '--name', cloud.name, '--output', 'none', '--only-show-errors']
export const azAccountSetArgs = (subscriptionId: string): string[] => [
  'account',
  'set',
  '--subscription',
  subscriptionId,
  '--output',
  'none',
  '--only-show-errors'
]
export const AZ_ACCOUNT_SHOW = ['account', 'show', '--output', 'json', '--only-show-errors']

/** What `az account show` says the session is. */
export interface AzAccount {
  subscriptionId: string
  subscriptionName: string
  tenantId: string
  user: string
  userType: string
}

export class AzureCliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AzureCliError'
  }
}

export interface AzSignIn {
  az: string
  exec: Exec
  configDir: string
  cloud: Cloud
  clientId: string
  tenantId: string
  token: string
  subscriptionId?: string
}

/** Signs the CLI in; returns the account it then uses. Errors carry the CLI's own last lines, the token removed. */
export async function signInAzureCli(p: AzSignIn): Promise<AzAccount> {
  const env = { AZURE_CONFIG_DIR: p.configDir }
  const run = async (what: string, args: string[]): Promise<string> => {
    const r = await p.exec(p.az, args, { env })
    if (r.code !== 0) throw new AzureCliError(`${what} failed (exit ${r.code}): ${tail(r.stderr || r.stdout, [p.token]) || 'no output'}`)
    return r.stdout
  }
  if (p.cloud.name !== 'AzureCloud') await run(`az cloud set --name ${p.cloud.name}`, azCloudSetArgs(p.cloud))
  await run(
    `az login --service-principal -u ${p.clientId} -t ${p.tenantId} --federated-token ***`,
    azLoginArgs(p.clientId, p.tenantId, p.token)
  )
  if (p.subscriptionId) {
    try {
      await run(`az account set --subscription ${p.subscriptionId}`, azAccountSetArgs(p.subscriptionId))
    } catch (err) {
      throw new AzureCliError(
        `${(err as Error).message}. The identity sees no subscription ${p.subscriptionId}: give it a role there (any role at or below the subscription makes it visible), or leave 'subscription-id' empty.`
      )
    }
  }
  const shown = JSON.parse(await run('az account show', AZ_ACCOUNT_SHOW)) as {
    id?: string
    name?: string
    tenantId?: string
    user?: { name?: string; type?: string }
  }
  return {
    subscriptionId: shown.id ?? '',
    subscriptionName: shown.name ?? '',
    tenantId: shown.tenantId ?? p.tenantId,
    user: shown.user?.name ?? '',
    userType: shown.user?.type ?? ''
  }
}
