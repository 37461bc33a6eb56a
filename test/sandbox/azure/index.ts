// The sandbox's Azure half: ARM (resource groups, Microsoft.ManagedIdentity, Microsoft.Authorization,
// Microsoft.ContainerService), Entra ID, and the Actions ID-token stand-in, over one shared world. Registers
// `ctx.parts.azure` (an AzureView, plus test conveniences) for the other parts. Options: see options.ts.
import { createHash } from 'node:crypto'
import { sandboxCloud, sandboxRegion, type AzureView, type KubeView, type SandboxContext, type ServicePart } from '../context.js'
import { armAdminRoutes, entraAdminRoutes, idTokenAdminRoutes, patchCluster, type ClusterPatch } from './admin.js'
import { registerAks } from './aks.js'
import { registerRunCommand, type CommandRecord } from './run-command.js'
import { Arm } from './arm.js'
import { registerAuthorization } from './authorization.js'
import { Entra } from './entra.js'
import { IdToken } from './idtoken.js'
import { fallbackKubeconfig } from './kubeconfig.js'
import { registerMsi } from './msi.js'
import { resolveOptions, type AzureOptions, type AzureSettings, type ConsistencySettings } from './options.js'
import { registerResources } from './resources.js'
import { Signer } from './signer.js'
import { AzureWorld, type Cluster } from './world.js'

export type { AzureOptions, ConsistencySettings, ClusterPatch }

/** What `ctx.parts.azure` is: the AzureView other parts rely on, plus handles tests may use in-process. */
export interface AzureHalf extends AzureView {
  readonly settings: AzureSettings
  readonly world: AzureWorld
  /** Turns eventual-consistency windows on or off (see ConsistencySettings). */
  setConsistency(c: Partial<ConsistencySettings>): void
  /** Changes the seeded cluster directly (drift, or a starting state). */
  patchCluster(p: ClusterPatch): void
  /** A GitHub Actions ID token as the stand-in issues it. */
  githubIdToken(audience?: string): Promise<string>
  /** The cluster's OIDC issuer URL (trailing slash), whether or not the issuer is enabled. */
  issuerUrl(): string
  /** The AKS run-commands received, by command id (see run-command.ts). */
  readonly runCommands: Map<string, CommandRecord>
}

export function createAzureParts(ctx: SandboxContext): ServicePart[] {
  const settings = resolveOptions({ ...(ctx.options.azure ?? {}), location: sandboxRegion(ctx.options) } as AzureOptions, ctx.subscriptionId)
  const cloud = sandboxCloud(ctx.options)
  const world = new AzureWorld(ctx, settings)
  const entraSigner = new Signer()
  const entra = new Entra(ctx, world, entraSigner)
  const idtoken = new IdToken(ctx, world)
  const arm = new Arm(world, (token, audiences) => entra.checkAccessToken(token, audiences), () => ctx.urls.arm, () => ctx.urls.entra, () => entra.armAudiences())
  arm.validateResponses = ctx.options.validateResponses === true
  const kube = () => ctx.parts.kube as KubeView | undefined
  const isSeeded = (c: Cluster) => c.id.toLowerCase() === world.clusterId.toLowerCase()

  // The seeded cluster's issuer and kubeconfig come from the Kubernetes half when it is there, verbatim.
  const issuerUrl = (c: Cluster): string => {
    const k = kube()
    if (k && isSeeded(c)) return k.issuerUrl()
    const guid = isSeeded(c) ? settings.clusterGuid : guidFrom(c.id)
    return `${ctx.urls.oidc ?? 'https://oidc.sandbox.invalid'}/${ctx.tenantId}/${guid}/`
  }
  const kubeconfig = (c: Cluster, kind: 'user' | 'admin'): string => {
    const k = kube()
    if (k && isSeeded(c)) return k.kubeconfig(kind)
    return fallbackKubeconfig({ clusterName: c.name, server: ctx.urls.kube ?? 'https://127.0.0.1:6443', caPem: ctx.frame.tls.caPem, kind, tenantId: ctx.tenantId })
  }

  // Order matters: the generic plain-resource and `{*scope}` routes come after the providers' own.
  registerMsi(arm, world)
  registerAks(arm, world, { issuerUrl, kubeconfig })
  const runCommands = registerRunCommand(arm, world, {
    kubeconfig: (id, token) => (id.toLowerCase() === world.clusterId.toLowerCase() ? kube()?.commandKubeconfig?.(token) : undefined)
  })
  registerAuthorization(arm, world)
  registerResources(arm, world)

  const half: AzureHalf = {
    settings,
    world,
    cluster() {
      world.settle()
      const c = world.cluster
      const p = c.properties as { oidcIssuerProfile?: { enabled?: boolean }; securityProfile?: { workloadIdentity?: { enabled?: boolean } }; disableLocalAccounts?: boolean }
      return {
        id: c.id,
        name: c.name,
        resourceGroup: c.resourceGroup,
        location: c.location,
        oidcIssuerEnabled: p.oidcIssuerProfile?.enabled === true,
        workloadIdentityEnabled: p.securityProfile?.workloadIdentity?.enabled === true,
        localAccountsDisabled: p.disableLocalAccounts === true
      }
    },
    async verifyAccessToken(token, audience) {
      const r = await entra.checkAccessToken(token, [audience, audience.endsWith('/') ? audience.slice(0, -1) : `${audience}/`])
      if (!r.ok) return undefined
      return { oid: String(r.payload.oid), appid: String(r.payload.appid), tid: String(r.payload.tid) }
    },
    setConsistency: (c) => void Object.assign(world.consistency, c),
    patchCluster: (p) => patchCluster(world, p),
    githubIdToken: (audience) => idtoken.token(audience),
    issuerUrl: () => issuerUrl(world.cluster),
    runCommands
  }
  ctx.parts.azure = half
  if (settings.principal.secret) ctx.frame.secrets.add('client-secret', settings.principal.secret)

  const armPart: ServicePart = {
    name: 'arm',
    router: arm.router,
    errorBody: arm.errorBody,
    commonHeaders: arm.commonHeaders,
    before: arm.before,
    check: arm.checkResponse,
    admin: armAdminRoutes(world),
    reset: () => {
      world.seed()
      runCommands.clear()
    },
    init: async () => void (await Promise.all([entraSigner.ready(), idtoken.signer.ready()])),
    dump: () => world.dump(),
    inputs: () => ({
      'subscription-id': ctx.subscriptionId,
      'tenant-id': ctx.tenantId,
      'resource-group': settings.resourceGroup,
      'cluster-name': settings.clusterName,
      'arm-endpoint': ctx.urls.arm,
      'authority-host': ctx.urls.entra,
      auth: settings.auth === 'secret' ? 'environment' : 'oidc',
      'client-id': settings.principal.clientId,
      ...(ctx.options.cloud ? { environment: cloud.name } : {})
    }),
    env: () => ({
      AZURE_CLIENT_ID: settings.principal.clientId,
      AZURE_TENANT_ID: ctx.tenantId,
      AZURE_SUBSCRIPTION_ID: ctx.subscriptionId,
      AZURE_AUTHORITY_HOST: ctx.urls.entra,
      ACTIONS_ID_TOKEN_REQUEST_URL: idtoken.requestUrl(),
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: idtoken.requestToken,
      // Only in secret mode: with it present, an `auto` sign-in would never exercise the GitHub OIDC path.
      ...(settings.auth === 'secret' ? { AZURE_CLIENT_SECRET: settings.principal.secret } : {})
    })
  }
  const entraPart: ServicePart = {
    name: 'entra',
    router: entra.router,
    errorBody: entra.errorBody,
    commonHeaders: entra.commonHeaders,
    admin: entraAdminRoutes(world),
    // The directory lives in the world, which the arm part reseeds.
    reset: () => undefined
  }
  const idtokenPart: ServicePart = {
    name: 'idtoken',
    router: idtoken.router,
    errorBody: idtoken.errorBody,
    admin: idTokenAdminRoutes((o) => (idtoken.overrides = o)),
    reset: () => (idtoken.overrides = {})
  }
  return [armPart, entraPart, idtokenPart]
}

/** A stable GUID-shaped id derived from a string (issuer URLs of clusters other than the seeded one). */
function guidFrom(s: string): string {
  const h = createHash('sha256').update(s.toLowerCase()).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}
