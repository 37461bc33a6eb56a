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
import { pipelineOptions } from './transport.js'
import { proxyConfigured, sharedHttpsAgent } from '../https-agents.js'
import type { TransportPolicy } from '../transport.js'

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
  /** The run's stop signal: aborts requests in flight and the waits between retries. */
  signal?: AbortSignal
  /** The transport policy (tests: short deadlines); default TRANSPORT. */
  policy?: TransportPolicy
}

/** Options every Azure SDK client and credential takes for TLS trust; empty when no extra CA is given. */
export function tlsOptions(ca: string | undefined): { tlsOptions?: { ca: string } } {
  return ca ? { tlsOptions: { ca } } : {}
}

/**
 * TLS trust plus the transport policy (retries, attempt deadlines, the run's stop signal): what every client and
 * credential gets. And the run's one keep-alive agent for that trust (src/https-agents.ts), so that the ARM clients
 * and the credentials reuse each other's connections, unless a proxy is configured (the SDK's proxy agent then).
 */
export function clientOptions(ca: string | undefined, signal?: AbortSignal, policy?: TransportPolicy): CommonClientOptions {
  return {
    ...tlsOptions(ca),
    ...(proxyConfigured() ? {} : { agent: sharedHttpsAgent(ca ? { ca } : {}) }),
    ...pipelineOptions(signal, policy)
  }
}

/** What every ARM client gets: the endpoint, the TLS trust, the transport policy and the user agent. */
function commonOptions(o: ClientOptions) {
  return {
    endpoint: o.armEndpoint,
    ...clientOptions(o.ca, o.signal, o.policy),
    userAgentOptions: { userAgentPrefix: o.userAgentPrefix ?? OWNER_VALUE }
  }
}

/** The AKS client alone (the login action fetches a kubeconfig with it and needs no other ARM client). */
export async function createAksClient(
  credential: TokenCredential,
  subscriptionId: string,
  o: ClientOptions
): Promise<ContainerServiceClient> {
  return aksClient(await import('@azure/arm-containerservice'), credential, subscriptionId, o)
}

function aksClient(aks: ArmSdks['aks'], credential: TokenCredential, subscriptionId: string, o: ClientOptions): ContainerServiceClient {
  // The newer (TypeSpec) client asks for management.azure.com unless told: set the scope, for sovereign clouds too.
  return new aks.ContainerServiceClient(credential, subscriptionId, {
    ...commonOptions(o),
    credentials: { scopes: [armScope(o.armEndpoint)] }
  })
}

/** The ARM SDKs the engine's clients come from. */
export interface ArmSdks {
  msi: typeof import('@azure/arm-msi')
  authz: typeof import('@azure/arm-authorization')
  aks: typeof import('@azure/arm-containerservice')
}

/**
 * Loads the ARM SDKs (0.6 MB of JavaScript to compile). The engine starts this while it signs in, so that the
 * compiling overlaps the token round trips instead of holding back the first ARM reads (docs/performance.md).
 */
export async function loadArmSdks(): Promise<ArmSdks> {
  // One after the other: they share @azure/core-rest-pipeline, and jest's ESM loader fails on concurrent imports of a
  // shared module ("not in cache"). In the bundle these imports are already resolved, so the order costs nothing.
  const msi = await import('@azure/arm-msi')
  const authz = await import('@azure/arm-authorization')
  const aks = await import('@azure/arm-containerservice')
  return { msi, authz, aks }
}

export async function createAzureServices(
  credential: TokenCredential,
  subscriptionId: string,
  o: ClientOptions,
  sdks: Promise<ArmSdks> = loadArmSdks()
): Promise<AzureServices> {
  const { msi, authz, aks } = await sdks
  const scope = armScope(o.armEndpoint)
  const common = commonOptions(o)
  return {
    subscriptionId,
    credential,
    msi: new msi.ManagedServiceIdentityClient(credential, subscriptionId, { ...common, credentialScopes: [scope] }),
    authorization: new authz.AuthorizationManagementClient(credential, subscriptionId, { ...common, credentialScopes: [scope] }),
    aks: aksClient(aks, credential, subscriptionId, o),
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
