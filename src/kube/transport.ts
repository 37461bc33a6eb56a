// The transport policy (src/transport.ts) for the Kubernetes API. @kubernetes/client-node has no deadline and no
// retry of its own: its generated clients hand every prepared request (URL, headers, body, TLS agent) to an
// HttpLibrary, so ours wraps the library's own fetch-based one. Each attempt gets a deadline and the run's stop
// signal; resets, timeouts, 408, 429 and 5xx are retried with backoff, honouring Retry-After. Every verb the action
// sends is safe to repeat: GET, server-side apply (PATCH), DELETE (a repeat after it acted answers 404, which
// the callers treat as gone), and POSTs that either create nothing lasting (TokenRequest, dry runs) or name what
// they create, so that a repeat after a lost answer meets 409 AlreadyExists instead of making a duplicate; the
// final answer of such a repeat carries `x-aks-wi-attempts` and `x-aks-wi-uncertain` so callers can reconcile.
import type { CoreV1Api, HttpLibrary, KubeConfig, RbacAuthorizationV1Api, RequestContext, ResponseContext } from '@kubernetes/client-node'
import { Agent } from 'node:https'
import { retrying, TransportError, type TransportPolicy } from '../transport.js'
import { sharedHttpsAgent, type TlsIdentity } from '../https-agents.js'

export const KUBE_SERVICE = 'Kubernetes API'

/** Response headers the transport adds: how many attempts the request took, and whether an earlier one may have acted. */
export const ATTEMPTS_HEADER = 'x-aks-wi-attempts'
export const UNCERTAIN_HEADER = 'x-aks-wi-uncertain'

export interface KubeTransportOptions {
  policy?: TransportPolicy
  signal?: AbortSignal
  onRetry?: (message: string) => void
  /** Sends every request instead of the API server's URL (cluster-access: run-command). */
  httpApi?: HttpLibrary
}

/** `GET /api/v1/namespaces/apps/pods` (no query: selectors and dry-run flags are noise in a message). */
function describe(req: RequestContext): string {
  const url = new URL(req.getUrl())
  return `${req.getHttpMethod()} ${url.pathname}`
}

/**
 * client-node makes a new https.Agent for every request (KubeConfig.applySecurityAuthentication): no connection reuse,
 * and a TLS context, with the cluster's CA parsed, per connection. A plain one is swapped for the run's shared agent of
 * the same TLS options (src/https-agents.ts); a proxy agent (a kubeconfig's proxy-url) is left as it is.
 */
function shareAgent(req: RequestContext): void {
  const agent = req.getAgent()
  if (!(agent instanceof Agent) || agent.constructor !== Agent) return
  const o = agent.options as Record<string, unknown>
  req.setAgent(
    sharedHttpsAgent({
      ca: o.ca as TlsIdentity['ca'],
      cert: o.cert as TlsIdentity['cert'],
      key: o.key as TlsIdentity['key'],
      pfx: o.pfx as TlsIdentity['pfx'],
      passphrase: o.passphrase as TlsIdentity['passphrase'],
      rejectUnauthorized: o.rejectUnauthorized as TlsIdentity['rejectUnauthorized'],
      servername: o.servername as TlsIdentity['servername']
    })
  )
}

/** The HttpLibrary that applies the policy around client-node's own. */
export async function policyHttpLibrary(o: KubeTransportOptions): Promise<HttpLibrary> {
  const { IsomorphicFetchHttpLibrary, ResponseContext: Response, wrapHttpLibrary } = await import('@kubernetes/client-node')
  const inner = new IsomorphicFetchHttpLibrary()
  const sendOnce = (req: RequestContext): Promise<ResponseContext> => inner.send(req).toPromise()
  const policy = wrapHttpLibrary({
    async send(req: RequestContext): Promise<ResponseContext> {
      const own = req.getSignal()
      shareAgent(req)
      let attempts = 0
      const res = await retrying(
        {
          send: async (signal, n) => {
            attempts = n
            req.setSignal(own ? AbortSignal.any([own, signal]) : signal)
            const r = await sendOnce(req)
            // Buffer the body within the attempt's deadline: a body that never ends is a timeout too.
            const body = Buffer.from(await r.body.binary())
            return new Response(r.httpStatusCode, r.headers, {
              text: () => Promise.resolve(body.toString('utf8')),
              binary: () => Promise.resolve(body)
            })
          },
          status: (r) => ({ status: r.httpStatusCode, retryAfter: r.headers['retry-after'] }),
          repeatable: true
        },
        {
          service: KUBE_SERVICE,
          operation: describe(req),
          policy: o.policy,
          signal: o.signal,
          onRetry: ({ attempt, delayMs, cause }) =>
            o.onRetry?.(
              `  ${KUBE_SERVICE}: ${describe(req)}: ${cause.kind === 'status' ? `HTTP ${cause.status}` : cause.kind === 'timeout' ? 'no answer' : 'connection failed'}, retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`
            )
        }
      )
      // A repeat after a lost answer: the first attempt may have acted (a 409 AlreadyExists may be our own create).
      if (attempts > 1) Object.assign(res.headers, { [ATTEMPTS_HEADER]: String(attempts), [UNCERTAIN_HEADER]: 'true' })
      return res
    }
  })
  return wrapHttpLibrary({ send: (req) => unreachableHint(req, () => policy.send(req).toPromise()) })
}

/** The API server gave no answer at all (after every retry): a private cluster from outside its network looks like this. */
export class ClusterUnreachableError extends Error {
  constructor(server: string, cause: TransportError) {
    super(
      `${cause.message}. The cluster's API server (${server}) does not answer this runner. If the cluster is private (API server in a ` +
        "virtual network, or authorized IP ranges that leave this runner out), set 'cluster-access: run-command' to reach it through the " +
        'AKS run-command API, or run the job on a runner inside that network.',
      { cause }
    )
    this.name = 'ClusterUnreachableError'
  }
}

async function unreachableHint<T>(req: RequestContext, send: () => Promise<T>): Promise<T> {
  try {
    return await send()
  } catch (err) {
    if (err instanceof TransportError && err.lastCause.kind !== 'status') throw new ClusterUnreachableError(new URL(req.getUrl()).host, err)
    throw err
  }
}

/** An API client like `kc.makeApiClient(Api)`, but through the policy's HttpLibrary (or `o.httpApi`: cluster-access run-command). */
export async function makeApi<T>(kc: KubeConfig, Api: new (config: never) => T, o: KubeTransportOptions): Promise<T> {
  const { createConfiguration, ServerConfiguration } = await import('@kubernetes/client-node')
  const cluster = kc.getCurrentCluster()
  if (!cluster) throw new Error('No active cluster!')
  const config = createConfiguration({
    baseServer: new ServerConfiguration(cluster.server, {}),
    authMethods: { default: kc },
    httpApi: o.httpApi ?? (await policyHttpLibrary(o))
  })
  return new Api(config as never)
}

export type { CoreV1Api, RbacAuthorizationV1Api }
