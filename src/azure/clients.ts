// The ARM clients, built in one place so every client gets the same endpoint, token scope, TLS trust and
// user agent: the action's own (createAzureServices) and the one verification reads with as the workload
// (armReader). The SDKs are imported lazily: a run that fails on its inputs never loads them.
import type { TokenCredential } from '@azure/core-auth'
import type { CommonClientOptions } from '@azure/core-client'
import type { ManagedServiceIdentityClient } from '@azure/arm-msi'
import type { AuthorizationManagementClient } from '@azure/arm-authorization'
import type { ContainerServiceClient } from '@azure/arm-containerservice'
import { armScope } from '../clouds.js'
import { OWNER_VALUE } from '../constants.js'
import type { KindContext } from '../model.js'

export interface AzureServices {
  subscriptionId: string
  /** The action's own credential, which every client signs in with. */
  credential: TokenCredential
  msi: ManagedServiceIdentityClient
  authorization: AuthorizationManagementClient
  aks: ContainerServiceClient
  /** Long-running-operation poll interval override (tests); undefined = the service's Retry-After. */
  pollIntervalMs?: number
}

/** What the Azure kinds need from the engine: `ctx.azure`. */
export interface AzureKindServices {
  azure: AzureServices
}
export type AzureContext = KindContext<AzureKindServices>

export interface ClientOptions {
  armEndpoint: string
  /** Extra CA certificates (PEM) to trust, e.g. the sandbox's; production passes nothing (system CAs + NODE_EXTRA_CA_CERTS). */
  ca?: string
  pollIntervalMs?: number
  userAgentPrefix?: string
}

/** Options every Azure SDK client and credential takes for TLS trust; empty when no extra CA is given. */
export function tlsOptions(ca: string | undefined): { tlsOptions?: { ca: string } } {
  return ca ? { tlsOptions: { ca } } : {}
}

/** What every ARM client gets: the endpoint, the TLS trust and the user agent. */
function commonOptions(o: ClientOptions) {
  return {
    endpoint: o.armEndpoint,
    ...tlsOptions(o.ca),
    userAgentOptions: { userAgentPrefix: o.userAgentPrefix ?? OWNER_VALUE }
  }
}

/** The AKS client alone (the login action fetches a kubeconfig with it and needs no other ARM client). */
export async function createAksClient(
  credential: TokenCredential,
  subscriptionId: string,
  o: ClientOptions
): Promise<ContainerServiceClient> {
  const aks = await import('@azure/arm-containerservice')
  // The newer (TypeSpec) client asks for management.azure.com unless told: set the scope, for sovereign clouds too.
  return new aks.ContainerServiceClient(credential, subscriptionId, {
    ...commonOptions(o),
    credentials: { scopes: [armScope(o.armEndpoint)] }
  })
}

export async function createAzureServices(credential: TokenCredential, subscriptionId: string, o: ClientOptions): Promise<AzureServices> {
  // One after the other: they share @azure/core-rest-pipeline, and jest's ESM loader fails on concurrent imports of a
  // shared module ("not in cache"). In the bundle these imports are already resolved, so the order costs nothing.
  const msi = await import('@azure/arm-msi')
  const authz = await import('@azure/arm-authorization')
  const scope = armScope(o.armEndpoint)
  const common = commonOptions(o)
  return {
    subscriptionId,
    credential,
    msi: new msi.ManagedServiceIdentityClient(credential, subscriptionId, { ...common, credentialScopes: [scope] }),
    authorization: new authz.AuthorizationManagementClient(credential, subscriptionId, { ...common, credentialScopes: [scope] }),
    aks: await createAksClient(credential, subscriptionId, o),
    pollIntervalMs: o.pollIntervalMs
  }
}

/** One ARM read: its status, and ARM's error code and message when it failed. */
export interface ArmReadResult {
  status: number
  /** ARM's error code (`AuthorizationFailed`, `ResourceGroupNotFound`, ...) on failure. */
  code?: string
  message?: string
}

/**
 * GETs of ARM paths (`/subscriptions/...?api-version=...`) signed in as `credential`, e.g. the workload identity
 * during verification (the credential caches its token between reads).
 */
export async function armReader(
  credential: TokenCredential,
  armEndpoint: string,
  clientOptions: CommonClientOptions = {}
): Promise<(path: string) => Promise<ArmReadResult>> {
  const { ServiceClient } = await import('@azure/core-client')
  const { createPipelineRequest } = await import('@azure/core-rest-pipeline')
  const endpoint = armEndpoint.replace(/\/+$/, '')
  const client = new ServiceClient({ ...clientOptions, endpoint, credential, credentialScopes: [armScope(endpoint)] })
  return async (path) => {
    const res = await client.sendRequest(createPipelineRequest({ url: `${endpoint}${path}`, method: 'GET' }))
    if (res.status < 300) return { status: res.status }
    let error: { code?: string; message?: string } | undefined
    try {
      error = (JSON.parse(res.bodyAsText ?? '{}') as { error?: { code?: string; message?: string } }).error
    } catch {
      // Not ARM's JSON error shape (a proxy, a gateway): the status says enough.
    }
    return { status: res.status, code: error?.code, message: error?.message }
  }
}
