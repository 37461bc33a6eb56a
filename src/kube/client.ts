// Reaching the cluster: the `kubeconfig` input; else $KUBECONFIG (what Azure/aks-set-context exports); else a
// kubeconfig fetched from AKS. A fetched user kubeconfig names kubelogin as an exec plugin; instead of needing
// that binary, its user is replaced by a bearer token for the AKS server application obtained with the action's
// own Azure credential. A fetched kubeconfig holds a credential: it is masked, written under RUNNER_TEMP with
// mode 600, and never logged.
import { randomBytes } from 'node:crypto'
import { chmod, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import type { TokenCredential } from '@azure/core-auth'
import type { ContainerServiceClient } from '@azure/arm-containerservice'
import type { CoordinationV1Api, CoreV1Api, CustomObjectsApi, KubeConfig, RbacAuthorizationV1Api } from '@kubernetes/client-node'
import { AKS_SERVER_APP_ID } from '../clouds.js'
import { makeApi, type KubeTransportOptions } from './transport.js'

export type KubeconfigSource = 'input' | 'env' | 'aks-user' | 'aks-admin'

export interface ClusterAccess {
  kubeConfig: KubeConfig
  source: KubeconfigSource
  /** The kubeconfig file used or written (never its contents); undefined for a fetched one not written to disk. */
  path?: string
  /** The API server URL of the current context. */
  server: string
}

export interface AksCredentialOptions {
  /** The action's own Azure credential (also used for the Entra token of `user` kubeconfigs). */
  credential: TokenCredential
  /** The engine's AKS client (src/azure/clients.ts): endpoint, token scope, TLS and user agent as for every ARM call. */
  client: Pick<ContainerServiceClient, 'managedClusters'>
  resourceGroup: string
  clusterName: string
  kind: 'user' | 'admin'
}

export interface ReachClusterOptions {
  /** The `kubeconfig` input (a path), if given. */
  kubeconfigInput?: string
  env: Record<string, string | undefined>
  /** How to fetch from AKS when neither the input nor $KUBECONFIG is set. */
  aks: AksCredentialOptions
  /** Called with every credential as soon as it is known (core.setSecret in the action). */
  mask: (secret: string) => void
  info?: (message: string) => void
  /**
   * Write a kubeconfig fetched from AKS to RUNNER_TEMP (for later steps: keep-kubeconfig). Default true. The action
   * itself uses it from memory, so without keep-kubeconfig it writes none: a credential on disk that even a SIGKILL
   * could leave behind.
   */
  writeKubeconfig?: boolean
}

/** The AKS server application's scope: what the API server of an Entra-integrated cluster accepts. */
export const AKS_SERVER_SCOPE = `${AKS_SERVER_APP_ID}/.default`

/** Raised for problems a user must fix (bad kubeconfig, local accounts disabled); the message says how. */
export class ClusterAccessError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ClusterAccessError'
  }
}

/**
 * Signs every request of the in-memory client with a token from the action's credential, fetched per request
 * (the credential caches and renews it), so a run longer than one token's life (a slow cluster update, a long
 * wait) keeps working. Matches only the user it was made for.
 */
function entraAuthenticator(
  userName: string,
  credential: TokenCredential,
  mask: (s: string) => void
): Parameters<KubeConfig['addAuthenticator']>[0] {
  let last = ''
  return {
    isAuthProvider: (user) => user.name === userName,
    async applyAuthentication(_user, opts) {
      const t = await credential.getToken(AKS_SERVER_SCOPE)
      if (!t?.token)
        throw new ClusterAccessError(
          `The action's Azure credential returned no token for the AKS server application (${AKS_SERVER_SCOPE}).`
        )
      if (t.token !== last) {
        last = t.token
        mask(last)
      }
      const o = opts as { headers?: Record<string, string> }
      o.headers ??= {}
      o.headers.Authorization = `Bearer ${t.token}`
    }
  }
}

/** Writes a credential-bearing file readable only by this user (mode 600, even under a permissive umask). */
export async function writePrivateFile(dir: string, prefix: string, content: string): Promise<string> {
  const path = join(dir, `${prefix}-${randomBytes(6).toString('hex')}`)
  await writeFile(path, content, { mode: 0o600, flag: 'wx' })
  await chmod(path, 0o600)
  return path
}

function localAccountsDisabled(err: unknown): boolean {
  const e = err as { statusCode?: number; message?: string; code?: string }
  return (e.statusCode === 400 || e.code === 'BadRequest') && /local accounts/i.test(e.message ?? '')
}

export interface FetchedKubeconfig {
  /** What is written to RUNNER_TEMP: usable as is by later steps (a user kubeconfig carries a current token); made on demand. */
  file: () => Promise<string>
  /** Loaded in memory; for an Entra user, signed per request by `authenticator`. */
  kubeConfig: KubeConfig
}

/** listClusterUserCredentials / listClusterAdminCredentials: the kubeconfig as AKS hands it out. */
async function listKubeconfig(o: AksCredentialOptions): Promise<string> {
  const client = o.client
  let result
  try {
    result =
      o.kind === 'admin'
        ? await client.managedClusters.listClusterAdminCredentials(o.resourceGroup, o.clusterName)
        : await client.managedClusters.listClusterUserCredentials(o.resourceGroup, o.clusterName)
  } catch (err) {
    if (o.kind === 'admin' && localAccountsDisabled(err)) {
      throw new ClusterAccessError(
        `'cluster-credentials: admin' is refused: the cluster ${o.resourceGroup}/${o.clusterName} has local accounts disabled (disableLocalAccounts: true), so AKS hands out no admin kubeconfig. ` +
          "Use 'cluster-credentials: user' (the action's identity then needs a Kubernetes RBAC role on the cluster, e.g. 'Azure Kubernetes Service RBAC Admin'), or pass a kubeconfig."
      )
    }
    throw err
  }
  const value = result.kubeconfigs?.[0]?.value
  if (!value) throw new ClusterAccessError(`AKS returned no ${o.kind} kubeconfig for ${o.resourceGroup}/${o.clusterName}.`)
  return Buffer.from(value).toString('utf8')
}

/** An Entra token for the AKS server application, masked. */
async function aksServerToken(
  credential: TokenCredential,
  mask: (s: string) => void
): Promise<{ token: string; expiresOnTimestamp: number }> {
  const t = await credential.getToken(AKS_SERVER_SCOPE)
  if (!t?.token)
    throw new ClusterAccessError(`The action's Azure credential returned no token for the AKS server application (${AKS_SERVER_SCOPE}).`)
  mask(t.token)
  return t
}

export interface KubeconfigFile {
  /** The kubeconfig to write: usable as is by kubectl (an Entra user's kubelogin exec replaced by a bearer token). */
  file: string
  /** When that bearer token expires (epoch ms); undefined when the file holds no Entra token. */
  tokenExpiresOn?: number
}

/**
 * The kubeconfig from AKS as a file for later steps, without loading the Kubernetes client (the login action): an
 * Entra user's kubelogin `exec` is replaced by a bearer token from `o.credential`; admin and certificate users as is.
 */
export async function fetchAksKubeconfigFile(o: AksCredentialOptions, mask: (s: string) => void): Promise<KubeconfigFile> {
  const text = await listKubeconfig(o)
  const { maskUserSecrets, usesEntra, withBearerToken } = await import('./kubeconfig-text.js')
  if (o.kind === 'admin' || !usesEntra(text)) {
    maskUserSecrets(text, mask)
    return { file: text }
  }
  const t = await aksServerToken(o.credential, mask)
  return { file: withBearerToken(text, t.token), tokenExpiresOn: t.expiresOnTimestamp }
}

/**
 * listClusterUserCredentials / listClusterAdminCredentials, then (Entra user) the kubelogin exec swapped for tokens.
 * The run's client is made from one parse of the YAML (the Kubernetes client's own); the file for later steps, which
 * needs the text rewritten, is made only when asked for (keep-kubeconfig): the YAML work sat between the kubeconfig's
 * answer and the first Kubernetes reads (docs/performance.md).
 */
export async function fetchAksKubeconfig(o: AksCredentialOptions, mask: (s: string) => void): Promise<FetchedKubeconfig> {
  // The request first, then the Kubernetes client (5 MB of JavaScript) loads while it is on the wire.
  const listed = listKubeconfig(o)
  listed.catch(() => undefined)
  const { KubeConfig } = await import('@kubernetes/client-node')
  const text = await listed
  const kc = new KubeConfig()
  try {
    kc.loadFromString(text)
  } catch (err) {
    throw new ClusterAccessError(`The kubeconfig from AKS cannot be read: ${(err as Error).message}`)
  }
  // The current context's user (or the first context's, as kubectl falls back), as usesEntra reads it.
  const userName = (kc.contexts.find((c) => c.name === kc.currentContext) ?? kc.contexts[0])?.user
  const user = kc.users.find((u) => u.name === userName)
  // Admin, or a cluster without Entra integration (its user kubeconfig holds a client certificate): use as is.
  if (o.kind === 'admin' || !user || (user.exec == null && user.authProvider == null)) {
    for (const u of kc.users) for (const secret of [u.token, u.keyData, u.password]) if (typeof secret === 'string' && secret) mask(secret)
    return { file: () => Promise.resolve(text), kubeConfig: kc }
  }
  const { token } = await aksServerToken(o.credential, mask)
  kc.loadFromOptions({
    clusters: kc.clusters,
    contexts: kc.contexts,
    currentContext: kc.currentContext,
    users: kc.users.map((u) => (u === user ? { name: u.name } : u))
  })
  kc.addAuthenticator(entraAuthenticator(user.name, o.credential, mask))
  return { file: async () => (await import('./kubeconfig-text.js')).withBearerToken(text, token), kubeConfig: kc }
}

async function loadFile(path: string): Promise<KubeConfig> {
  const { KubeConfig } = await import('@kubernetes/client-node')
  const kc = new KubeConfig()
  try {
    kc.loadFromFile(path)
  } catch (err) {
    throw new ClusterAccessError(`Cannot read the kubeconfig '${path}': ${(err as Error).message}`)
  }
  return kc
}

function serverOf(kc: KubeConfig, path: string): string {
  const server = kc.getCurrentCluster()?.server
  if (!server) throw new ClusterAccessError(`The kubeconfig '${path}' has no cluster for its current context '${kc.getCurrentContext()}'.`)
  return server
}

export async function reachCluster(o: ReachClusterOptions): Promise<ClusterAccess> {
  if (o.kubeconfigInput) {
    const kc = await loadFile(o.kubeconfigInput)
    o.info?.(`Kubernetes: using the kubeconfig from the 'kubeconfig' input (${o.kubeconfigInput}).`)
    return { kubeConfig: kc, source: 'input', path: o.kubeconfigInput, server: serverOf(kc, o.kubeconfigInput) }
  }
  // $KUBECONFIG may list several files; the first one that is set is the one kubectl writes to and reads first.
  const fromEnv = (o.env.KUBECONFIG ?? '').split(delimiter).find((p) => p.trim())
  if (fromEnv) {
    const kc = await loadFile(fromEnv)
    o.info?.(`Kubernetes: using $KUBECONFIG (${fromEnv}).`)
    return { kubeConfig: kc, source: 'env', path: fromEnv, server: serverOf(kc, fromEnv) }
  }
  const { file, kubeConfig: kc } = await fetchAksKubeconfig(o.aks, o.mask)
  const source = o.aks.kind === 'admin' ? 'aks-admin' : 'aks-user'
  const how = `Kubernetes: fetched the cluster's ${o.aks.kind} kubeconfig from AKS${o.aks.kind === 'user' ? ' (Entra token, no kubelogin)' : ''}`
  if (o.writeKubeconfig === false) {
    o.info?.(`${how}; kept in memory only.`)
    return { kubeConfig: kc, source, server: serverOf(kc, 'fetched from AKS') }
  }
  const path = await writePrivateFile(o.env.RUNNER_TEMP || tmpdir(), 'aks-wi-kubeconfig', await file())
  o.info?.(`${how}; written to ${path} (mode 600).`)
  return { kubeConfig: kc, source, path, server: serverOf(kc, path) }
}

/** The Roles and RoleBindings client (only GitLab's Kubernetes executor needs one), under the transport policy. */
export async function rbacApi(kc: KubeConfig, o: KubeTransportOptions = {}): Promise<RbacAuthorizationV1Api> {
  const { RbacAuthorizationV1Api } = await import('@kubernetes/client-node')
  return makeApi(kc, RbacAuthorizationV1Api, o)
}

/** The Leases client (the runner set's mutual exclusion between concurrent runs of one workload), under the transport policy. */
export async function coordinationApi(kc: KubeConfig, o: KubeTransportOptions = {}): Promise<CoordinationV1Api> {
  const { CoordinationV1Api } = await import('@kubernetes/client-node')
  return makeApi(kc, CoordinationV1Api, o)
}

/** The typed API client everything else uses (core/v1: namespaces, service accounts, secrets, pods, events), under the transport policy. */
export async function coreApi(kc: KubeConfig, o: KubeTransportOptions = {}): Promise<CoreV1Api> {
  const { CoreV1Api } = await import('@kubernetes/client-node')
  return makeApi(kc, CoreV1Api, o)
}

/** Custom resources (ARC's AutoscalingRunnerSet) and their API group's discovery, through the same transport. */
export async function customObjectsApi(kc: KubeConfig, o: KubeTransportOptions = {}): Promise<CustomObjectsApi> {
  const { CustomObjectsApi } = await import('@kubernetes/client-node')
  return makeApi(kc, CustomObjectsApi, o)
}
