// The Kubernetes half of the sandbox: the emulated AKS cluster's API server (`kube`) and its OIDC issuer
// (`oidc`), registered in-process as `ctx.parts.kube` (a KubeView).
//
// Options (`startSandbox({ kube: {...} })`):
//   podLifecycle 'instant' (default): pods reach Running (or ImagePullBackOff) as soon as they are created, and a
//                gracefully deleted pod is gone as soon as the DELETE is answered; 'manual': pods move only when
//                the test advances them (advancePods / POST /kube/lifecycle/advance); 'timers': after the delays
//                below (what `npm run sandbox` uses; no test should depend on it). See PodLifecycleMode in pods.ts.
//   podStartMs   'timers' mode: delay from a pod's creation to Running (default 200 ms)
//   podStopMs    'timers' mode: delay from a pod's DELETE to its removal (default 50 ms)
//   githubRunnerLink  true: a runner pod (env ACTIONS_RUNNER_INPUT_JITCONFIG from a Secret) marks its GitHub runner
//                online when Running, removes it when Succeeded, offline when Failed or deleted (default false)
//   private      true: the API server is private (see KubeSandboxView.privateApiServer); default false
//   fieldValidation  the server's default for writes without `fieldValidation` (default 'Warn', as
//                kube-apiserver; 'Strict' makes every client's writes strict, see field-validation.ts)
//   external     { kubeconfig: '<path or YAML>' }: use a real Kubernetes API (kind, k3d, minikube, or another
//                sandbox) as the cluster's API server. The `kube` and `oidc` services then do not emulate
//                (they answer 503 / 404); KubeView.kubeconfig() returns that kubeconfig (for 'user' and
//                'admin' alike) and the `kubeconfig` file is that kubeconfig; KubeView.issuerUrl() is the
//                `issuer` of that server's /.well-known/openid-configuration, read once at start (init());
//                Entra then validates tokens against that issuer's JWKS, and the workload identity webhook
//                is whatever that cluster runs (or none).
//
// Admin routes (on the admin server):
//   GET/POST /kube/webhook {enabled}               switch the workload identity webhook off/on
//   GET/POST /kube/private {private}               mark the API server private (connections from outside dropped)
//   POST     /kube/pods/{ns}/{name}/finish {phase} end a pod: 'Succeeded' | 'Failed'
//   GET/POST /kube/lifecycle {podLifecycle, podStartMs, podStopMs}   (GET also lists the pending transitions)
//   POST     /kube/lifecycle/advance {namespace?, name?, all?}  run the next (or every) pending transition of the
//            matching pods; answers {advanced: [{namespace, name, transition}]}
import { Router, type SandboxResponse } from '../frame.js'
import type { AzureView, KubeView, SandboxContext, ServicePart } from '../context.js'
import { ApiServer } from './apiserver.js'
import type { FieldValidation } from './field-validation.js'
import { POD_LIFECYCLE_MODES, type AdvancedPod, type PodLifecycleMode } from './pods.js'
import { ExternalCluster, type ExternalClusterOptions } from './external.js'
import { buildKubeconfig } from './kubeconfig.js'
import { status, statusError } from './status.js'
import { Issuer } from './tokens.js'

export { mintServiceAccountToken } from './mint.js'
export type { ApiServer } from './apiserver.js'

/** The emulated cluster's fixed id in its issuer URL (AKS: `https://<region>.oic.prod-aks.azure.com/<tenant>/<guid>/`). */
export const CLUSTER_GUID = '8d5a2f3c-6b1e-4f7a-9c2d-1e0b3a4c5d6e'

export interface KubeOptions {
  /** How pods move through their life (default 'instant'); see PodLifecycleMode. */
  podLifecycle?: PodLifecycleMode
  podStartMs?: number
  podStopMs?: number
  external?: ExternalClusterOptions
  /** Runner pods report to the emulated GitHub: online when Running, removed when Succeeded (default false). */
  githubRunnerLink?: boolean
  /** Default of `fieldValidation` for writes that do not send it (kube-apiserver's is Warn). */
  fieldValidation?: FieldValidation
  /** The API server is private: see `KubeSandboxView.privateApiServer` (default false). */
  private?: boolean
}

/** What `ctx.parts.kube` offers beyond KubeView: in-process token minting and, when emulating, the API server. */
export interface KubeSandboxView extends KubeView {
  /** A TokenRequest-style token for a service account (in-process when emulating, over HTTPS when external). */
  mintToken(namespace: string, name: string, opts?: { audiences?: string[]; expirationSeconds?: number }): Promise<string>
  /** The emulated API server; undefined with an external cluster. */
  apiServer?: ApiServer
  /**
   * Runs the next pending transition of each matching pod (every pending one with `all`), in any lifecycle
   * mode: how a test using `podLifecycle: 'manual'` moves pods forward. Returns what happened.
   */
  advancePods(filter?: { namespace?: string; name?: string; all?: boolean }): AdvancedPod[]
  external?: ExternalCluster
  /**
   * A private API server (a private AKS cluster seen from outside its virtual network): every connection that does
   * not name it by its in-network name (`localhost`, what a run-command pod uses) is dropped unanswered.
   */
  privateApiServer: boolean
}

const REASONS: Record<number, string> = { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 405: 'MethodNotAllowed', 409: 'Conflict', 429: 'TooManyRequests', 500: 'InternalError', 503: 'ServiceUnavailable', 504: 'Timeout' }
const kubeErrorBody = (code: number, _c: string, message: string): unknown =>
  status(code, REASONS[code] ?? 'InternalError', code === 404 ? 'the server could not find the requested resource' : message, code === 404 ? {} : undefined)

export function createKubeParts(ctx: SandboxContext): ServicePart[] {
  const opts = (ctx.options.kube ?? {}) as KubeOptions
  const azure = (): AzureView | undefined => ctx.parts.azure as AzureView | undefined
  const external = opts.external ? new ExternalCluster(opts.external) : undefined
  const emulatedIssuer = (): string => `${ctx.urls.oidc}/${ctx.tenantId}/${CLUSTER_GUID}/`
  const issuerUrl = (): string => (external ? external.issuerUrl() : emulatedIssuer())
  const issuer = new Issuer(emulatedIssuer)
  const podLifecycle = opts.podLifecycle ?? 'instant'
  if (!POD_LIFECYCLE_MODES.includes(podLifecycle)) throw new Error(`kube.podLifecycle must be one of ${POD_LIFECYCLE_MODES.join(', ')}, not ${String(podLifecycle)}`)
  const api = external
    ? undefined
    : new ApiServer(ctx, issuer, emulatedIssuer, {
        podLifecycle,
        podStartMs: opts.podStartMs ?? 200,
        podStopMs: opts.podStopMs ?? 50,
        githubRunnerLink: opts.githubRunnerLink ?? false,
        fieldValidation: opts.fieldValidation ?? 'Warn'
      })

  const kubeconfig = (kind: 'user' | 'admin'): string => {
    if (external) return external.yaml
    const cluster = azure()?.cluster()
    return buildKubeconfig({
      kind,
      server: ctx.urls.kube,
      caPem: ctx.frame.tls.caPem,
      clusterName: cluster?.name ?? 'aks-sandbox',
      resourceGroup: cluster?.resourceGroup ?? 'rg-sandbox',
      tenantId: ctx.tenantId,
      adminToken: api!.adminToken
    })
  }

  const view: KubeSandboxView = {
    issuerUrl,
    kubeconfig,
    commandKubeconfig: (token) => {
      if (external) return external.yaml
      const yaml = kubeconfig('admin').replace(`server: ${ctx.urls.kube}`, `server: ${ctx.urls.kube.replace('127.0.0.1', 'localhost')}`)
      return token ? yaml.replace(`token: ${api!.adminToken}`, `token: ${token}`) : yaml
    },
    privateApiServer: opts.private === true,
    apiServer: api,
    external,
    advancePods: (filter) => requireApi().lifecycle.advance(filter),
    mintToken: (namespace, name, o = {}) =>
      external ? external.mintToken(namespace, name, o.audiences, o.expirationSeconds ?? 3600) : api!.mintToken(namespace, name, o.audiences, o.expirationSeconds)
  }
  ctx.parts.kube = view

  // ---- kube: the API server
  const notEmulated = (): never => {
    throw statusError(503, 'ServiceUnavailable', `the sandbox uses an external cluster (${external!.server}); this API server is not emulated`)
  }
  const kubeRouter = api ? api.router() : new Router(false).add('*', '/{*any}', 'kube.external', notEmulated).add('*', '/', 'kube.external', notEmulated)
  const j = (body: unknown, code = 200): SandboxResponse => ({ status: code, body })
  const requireApi = (): ApiServer => api ?? notEmulated()
  const kube: ServicePart = {
    name: 'kube',
    router: kubeRouter,
    errorBody: kubeErrorBody,
    commonHeaders: (requestId) => ({ 'audit-id': requestId, 'cache-control': 'no-cache, private' }),
    before: api ? (req) => api.authenticate(req) : undefined,
    refuse: (req) => view.privateApiServer && (req.headers.host ?? '').replace(/:\d+$/, '') !== 'localhost',
    anonymous: (op) => ['kube.version', 'kube.healthz', 'kube.livez', 'kube.readyz'].includes(op),
    admin: [
      { method: 'GET', pattern: '/private', handler: () => j({ private: view.privateApiServer }) },
      {
        method: 'POST',
        pattern: '/private',
        handler: (req) => {
          view.privateApiServer = req.json<{ private?: boolean }>()?.private !== false
          return j({ private: view.privateApiServer })
        }
      },
      { method: 'GET', pattern: '/webhook', handler: () => j({ enabled: requireApi().webhookEnabled, active: requireApi().webhookActive() }) },
      {
        method: 'POST',
        pattern: '/webhook',
        handler: (req) => {
          const a = requireApi()
          a.webhookEnabled = req.json<{ enabled?: boolean }>()?.enabled !== false
          return j({ enabled: a.webhookEnabled, active: a.webhookActive() })
        }
      },
      {
        method: 'POST',
        pattern: '/pods/{namespace}/{name}/finish',
        handler: (req) => {
          const phase = req.json<{ phase?: string }>()?.phase ?? 'Succeeded'
          if (phase !== 'Succeeded' && phase !== 'Failed') throw statusError(400, 'BadRequest', `phase must be Succeeded or Failed, not ${phase}`)
          return j(requireApi().finishPod(req.params.namespace!, req.params.name!, phase))
        }
      },
      {
        method: 'GET',
        pattern: '/lifecycle',
        handler: () => {
          const l = requireApi().lifecycle
          return j({ podLifecycle: l.mode, podStartMs: l.startMs, podStopMs: l.stopMs, pending: l.pending() })
        }
      },
      {
        method: 'POST',
        pattern: '/lifecycle',
        handler: (req) => {
          const l = requireApi().lifecycle
          const body = req.json<{ podLifecycle?: PodLifecycleMode; podStartMs?: number; podStopMs?: number }>() ?? {}
          if (body.podLifecycle !== undefined) {
            if (!POD_LIFECYCLE_MODES.includes(body.podLifecycle)) throw statusError(400, 'BadRequest', `podLifecycle must be one of ${POD_LIFECYCLE_MODES.join(', ')}`)
            l.mode = body.podLifecycle
          }
          if (body.podStartMs !== undefined) l.startMs = Number(body.podStartMs)
          if (body.podStopMs !== undefined) l.stopMs = Number(body.podStopMs)
          return j({ podLifecycle: l.mode, podStartMs: l.startMs, podStopMs: l.stopMs })
        }
      },
      {
        method: 'POST',
        pattern: '/lifecycle/advance',
        handler: (req) => {
          const body = req.json<{ namespace?: string; name?: string; all?: boolean }>() ?? {}
          return j({ advanced: requireApi().lifecycle.advance(body) })
        }
      }
    ],
    reset: () => {
      api?.reset()
      view.privateApiServer = opts.private === true
    },
    files: () => ({ kubeconfig: kubeconfig('admin') }),
    init: async () => {
      if (external) await external.resolveIssuer()
    },
    dump: (detail) =>
      api
        ? { webhook: { enabled: api.webhookEnabled, active: api.webhookActive() }, objects: detail === 'full' ? api.dumpFull() : api.dump() }
        : { external: external!.server, issuer: issuerUrl() }
  }

  // ---- oidc: the issuer's two discovery documents, anonymous, at exactly the issuer URL
  const oidcRouter = new Router(false)
  const issuerPath = (): string => `/${ctx.tenantId}/${CLUSTER_GUID}`
  const checkServed = (tenant: string, guid: string): void => {
    // No issuer when emulation is off, for another cluster, or while ARM reports the issuer disabled.
    if (external || `/${tenant}/${guid}` !== issuerPath() || azure()?.cluster().oidcIssuerEnabled === false) throw statusError(404, 'NotFound', 'Not Found')
  }
  oidcRouter.add('GET', '/{tenant}/{guid}/.well-known/openid-configuration', 'oidc.openid-configuration', (req) => {
    checkServed(req.params.tenant!, req.params.guid!)
    return j(issuer.openidConfiguration(`${emulatedIssuer()}openid/v1/jwks`))
  })
  oidcRouter.add('GET', '/{tenant}/{guid}/openid/v1/jwks', 'oidc.jwks', async (req) => {
    checkServed(req.params.tenant!, req.params.guid!)
    return { status: 200, body: await issuer.keySet(), headers: { 'content-type': 'application/jwk-set+json' } }
  })
  const oidc: ServicePart = {
    name: 'oidc',
    router: oidcRouter,
    errorBody: (code, _c, message) => `${code} ${message}`,
    reset: () => undefined
  }
  return [kube, oidc]
}
