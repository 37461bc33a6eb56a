// What the Kubernetes kinds need from the world, built lazily and once per run: the cluster's core/v1 and RBAC
// APIs (reaching the cluster may mean fetching a kubeconfig from AKS). Nothing is built unless a Kubernetes
// resource is actually observed.
import { hostname } from 'node:os'
import { randomBytes } from 'node:crypto'
import type { CoordinationV1Api, CoreV1Api, CustomObjectsApi, RbacAuthorizationV1Api } from '@kubernetes/client-node'
import type { Settings } from '../settings.js'
import type { AzureServices } from '../azure/clients.js'
import { realClock, type RetryClock } from '../retry.js'
import type { TransportPolicy } from '../transport.js'
import { delimiter } from 'node:path'
import { AKS_SERVER_SCOPE, coordinationApi, coreApi, customObjectsApi, rbacApi, reachCluster, type ClusterAccess } from './client.js'
import { runCommandAccess } from './run-command-access.js'

export interface KubeServices {
  core(): Promise<CoreV1Api>
  /** Roles and RoleBindings (a runner kind's namespaced RBAC). */
  rbac(): Promise<RbacAuthorizationV1Api>
  /** Leases (the runner set's lock against concurrent runs of the same workload). */
  coordination(): Promise<CoordinationV1Api>
  /** Custom resources (ARC's AutoscalingRunnerSet, runner-kind arc). */
  custom(): Promise<CustomObjectsApi>
  /** Poll interval while waiting for pods (tests make it short). */
  pollMs: number
  /** Who this run is, as a Lease holder: the workflow run when there is one, and a random part (unique per process). */
  holder: string
  /** Time for waiting on and renewing a Lease (tests drive it). */
  clock: RetryClock
}

/** What the Kubernetes kinds need from the engine: `ctx.kube`. */
export interface KubeKindServices {
  kube: KubeServices
}

export interface KubeServiceOptions {
  settings: Settings
  /** The action's own Azure clients and credential (for fetching the kubeconfig from AKS). */
  azure: AzureServices
  env: Record<string, string | undefined>
  mask: (secret: string) => void
  info: (message: string) => void
  pollMs?: number
  clock?: RetryClock
  /** The run's stop signal: aborts requests in flight and the waits between retries. */
  signal?: AbortSignal
  /** Told the path of a kubeconfig the run wrote (fetched from AKS), so that it is removed when the run ends. */
  onKubeconfig?: (path: string) => void
  policy?: TransportPolicy
}

/** A Lease holder identity naming this run where GitHub says which it is: `owner/repo run 123 attempt 1 job deploy (host, random)`. */
export function holderIdentity(env: Record<string, string | undefined>): string {
  const run = env.GITHUB_RUN_ID
    ? `${env.GITHUB_REPOSITORY ?? 'run'} run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? '1'}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ''} `
    : ''
  return `${run}(${hostname()}, ${randomBytes(4).toString('hex')})`.slice(0, 250)
}

/**
 * The cluster's observation and its API client, the two at once: reaching the cluster (the kubeconfig from AKS)
 * needs only the ARM token, not the cluster's GET, so a Kubernetes read never waits for an Azure read it does not
 * use (docs/performance.md). Undefined when there is no cluster: then failing to reach it is no error (the
 * cluster step reports it), and its rejection is never left unhandled.
 */
export async function withCluster<C, A>(
  cluster: Promise<C | undefined>,
  api: () => Promise<A>
): Promise<{ cluster: C; api: A } | undefined> {
  const reached = api().then(
    (value) => ({ value }),
    (error: unknown) => ({ error })
  )
  const observed = await cluster
  if (!observed) return undefined
  const r = await reached
  if ('error' in r) throw r.error
  return { cluster: observed, api: r.value }
}

/**
 * The token scopes reaching the cluster will need, to fetch at sign-in: the AKS server application's when the
 * kubeconfig is AKS's user one (neither the `kubeconfig` input nor $KUBECONFIG; see reachCluster). A cluster
 * without Entra integration then wastes one token request, which runs in parallel with ARM's.
 */
export function clusterTokenScopes(s: Settings, env: Record<string, string | undefined>): string[] {
  const fromEnv = (env.KUBECONFIG ?? '').split(delimiter).some((p) => p.trim())
  return s.cluster.kubeconfig || fromEnv || s.cluster.credentials !== 'user' ? [] : [AKS_SERVER_SCOPE]
}

/**
 * Loads the Kubernetes client (5 MB of JavaScript to compile and run) ahead of its first use. The engine starts it
 * while it signs in, after the ARM SDKs, so that the loading overlaps the sign-in's round trips instead of holding
 * back the Kubernetes reads and the role-assignment lists, whose requests would wait for it on a busy event loop
 * (docs/performance.md). A failure is left to the first real use to report.
 */
export async function loadKubeClient(): Promise<unknown> {
  const { KubeConfig } = await import('@kubernetes/client-node')
  return KubeConfig
}

/** A lazy client: made on first use, the same promise after (run-command access shares it). */
export function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined
  return () => (p ??= fn())
}

export function createKubeServices(o: KubeServiceOptions): KubeServices {
  const s = o.settings
  if (s.cluster.access === 'run-command') return runCommandAccess(o)
  const access = once(async (): Promise<ClusterAccess> => {
    const reached = await reachCluster({
      kubeconfigInput: s.cluster.kubeconfig,
      // Written to disk only for later steps; the run itself uses it from memory.
      writeKubeconfig: s.cluster.keepKubeconfig,
      env: o.env,
      mask: o.mask,
      info: o.info,
      aks: {
        credential: o.azure.credential,
        client: o.azure.aks,
        resourceGroup: s.cluster.resourceGroup,
        clusterName: s.cluster.name,
        kind: s.cluster.credentials
      }
    })
    if ((reached.source === 'aks-user' || reached.source === 'aks-admin') && reached.path) o.onKubeconfig?.(reached.path)
    return reached
  })
  const transport = { signal: o.signal, onRetry: o.info, policy: o.policy }
  return {
    pollMs: o.pollMs ?? 1000,
    holder: holderIdentity(o.env),
    clock: o.clock ?? realClock,
    core: once(async () => coreApi((await access()).kubeConfig, transport)),
    rbac: once(async () => rbacApi((await access()).kubeConfig, transport)),
    coordination: once(async () => coordinationApi((await access()).kubeConfig, transport)),
    custom: once(async () => customObjectsApi((await access()).kubeConfig, transport))
  }
}
