// The azure-workload-identity mutating webhook (v1.6 behaviour, FACTS.md c.5), run in-process on pod
// CREATE: for pods labelled `azure.workload.identity/use: "true"` it injects the AZURE_* variables and
// the projected service-account token volume (and, on request, the IMDS proxy); a failure denies the
// admission (failurePolicy: Fail).
import { createHash } from 'node:crypto'
import { webhookDenied } from './status.js'
import { clone, type Json, type KObject } from './types.js'

export const WEBHOOK_NAME = 'mutation.azure-workload-identity.io'
export const USE_LABEL = 'azure.workload.identity/use'
export const CLIENT_ID_ANNOTATION = 'azure.workload.identity/client-id'
export const TENANT_ID_ANNOTATION = 'azure.workload.identity/tenant-id'
export const TOKEN_EXPIRATION_ANNOTATION = 'azure.workload.identity/service-account-token-expiration'
export const SKIP_CONTAINERS_ANNOTATION = 'azure.workload.identity/skip-containers'
export const INJECT_PROXY_ANNOTATION = 'azure.workload.identity/inject-proxy-sidecar'
export const PROXY_PORT_ANNOTATION = 'azure.workload.identity/proxy-sidecar-port'
const PROXY_REGISTRY = 'mcr.microsoft.com/oss/azure/workload-identity'
const PROXY_VERSION = 'v1.6.0'
const DEFAULT_PROXY_PORT = 8000
/** The webhook's default `--audience` (azure-workload-identity pkg/webhook/consts.go `DefaultAudience`). */
export const TOKEN_AUDIENCE = 'api://AzureADTokenExchange'
export const VOLUME_PREFIX = 'azure-workload-identity-reserved-'
export const MOUNT_PATH = '/var/run/secrets/azure/wi'
export const TOKEN_FILE_PATH = 'token/azure-identity-token'
const MIN_EXPIRATION = 3600
const MAX_EXPIRATION = 86400
const DEFAULT_EXPIRATION = 3600

export interface WebhookConfig {
  /** The webhook's configured tenant (AZURE_TENANT_ID when the SA has no tenant-id annotation). */
  tenantId: string
  /** AZURE_AUTHORITY_HOST: the Entra authority, trailing slash included. */
  authorityHost: string
  /**
   * The projected token's audience (the webhook's `--audience` flag; default TOKEN_AUDIENCE). The sandbox posing as a
   * sovereign cloud sets that cloud's token-exchange audience, assuming AKS configures its managed webhook so there;
   * not confirmed from a public source (the webhook has the flag since v0.x, PR #35).
   */
  audience?: string
}

/** The webhook's objectSelector (label value exactly "true"); AKS's admissions enforcer skips kube-system. */
export function selectsPod(pod: KObject, namespace: string): boolean {
  return namespace !== 'kube-system' && pod.metadata.labels?.[USE_LABEL] === 'true'
}

/** `azure-workload-identity-reserved-<sha256 hex>`, the hash truncated so the name is 63 characters. */
export function volumeName(podName: string): string {
  return VOLUME_PREFIX + createHash('sha256').update(podName).digest('hex').slice(0, 63 - VOLUME_PREFIX.length)
}

function parseExpiration(value: string): number {
  // Go's strconv.ParseInt: digits with an optional sign, nothing else.
  if (!/^[+-]?\d+$/.test(value)) throw new Error(`strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`)
  return Number(value)
}

function tokenExpiration(pod: KObject, sa: KObject): number {
  const podValue = pod.metadata.annotations?.[TOKEN_EXPIRATION_ANNOTATION]
  const saValue = sa.metadata.annotations?.[TOKEN_EXPIRATION_ANNOTATION]
  // The pod's annotation takes precedence over the service account's.
  const seconds = podValue ? parseExpiration(podValue) : saValue ? parseExpiration(saValue) : DEFAULT_EXPIRATION
  if (seconds < MIN_EXPIRATION || seconds > MAX_EXPIRATION) throw new Error(`token expiration ${seconds} not valid. Expected value to be between 3600 and 86400`)
  return seconds
}

function proxyPort(pod: KObject): number {
  const value = pod.metadata.annotations?.[PROXY_PORT_ANNOTATION]
  if (value === undefined) return DEFAULT_PROXY_PORT
  const port = /^[+-]?\d+$/.test(value) ? Number(value) : NaN
  if (!Number.isInteger(port) || port > 2 ** 31 - 1 || port < -(2 ** 31)) throw new Error(`failed to parse proxy sidecar port: strconv.ParseInt: parsing ${JSON.stringify(value)}: invalid syntax`)
  return port
}

/**
 * The IMDS proxy for legacy SDKs: a privileged init container that redirects traffic, and the proxy itself
 * as a native sidecar (an init container with restartPolicy Always: the API server is ≥ 1.32).
 */
function injectProxy(out: KObject, port: number): void {
  const init: Json[] = out.spec.initContainers ?? []
  const logLevel = 'info'
  const withInit = init.some((c) => c.name === 'azwi-proxy-init')
    ? init
    : [
        ...init,
        {
          name: 'azwi-proxy-init',
          image: `${PROXY_REGISTRY}/proxy-init:${PROXY_VERSION}`,
          imagePullPolicy: 'IfNotPresent',
          securityContext: { capabilities: { add: ['NET_ADMIN'], drop: ['ALL'] }, privileged: true, runAsNonRoot: false, runAsUser: 0 },
          env: [{ name: 'PROXY_PORT', value: String(port) }]
        }
      ]
  out.spec.initContainers = withInit.some((c) => c.name === 'azwi-proxy')
    ? withInit
    : [
        {
          name: 'azwi-proxy',
          image: `${PROXY_REGISTRY}/proxy:${PROXY_VERSION}`,
          imagePullPolicy: 'IfNotPresent',
          args: [`--proxy-port=${port}`, `--log-level=${logLevel}`],
          ports: [{ containerPort: port }],
          lifecycle: { postStart: { exec: { command: ['/proxy', `--proxy-port=${port}`, '--probe', `--log-level=${logLevel}`] } } },
          securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, privileged: false, readOnlyRootFilesystem: true, runAsNonRoot: true },
          restartPolicy: 'Always'
        },
        ...withInit
      ]
}

/**
 * Mutates a copy of `pod` as the webhook would; `sa` is the pod's service
 * account as the webhook reads it (undefined = not found, which denies the admission).
 */
export function mutatePod(pod: KObject, sa: KObject | undefined, cfg: WebhookConfig): KObject {
  const out = clone(pod)
  const podName = pod.metadata.name || `${pod.metadata.generateName ?? ''} (prefix)`
  const saName = pod.spec?.serviceAccountName || 'default'
  if (!sa) throw webhookDenied(WEBHOOK_NAME, `serviceaccounts "${saName}" not found`)
  out.spec ??= {}
  let expirationSeconds: number
  try {
    if (pod.metadata.annotations && INJECT_PROXY_ANNOTATION in pod.metadata.annotations) {
      // It would rewrite the node's network stack.
      if (pod.spec?.hostNetwork) throw new Error('hostNetwork is set to true, cannot inject proxy sidecar')
      injectProxy(out, proxyPort(pod))
    }
    expirationSeconds = tokenExpiration(pod, sa)
  } catch (err) {
    throw webhookDenied(WEBHOOK_NAME, (err as Error).message)
  }
  const annotations = sa.metadata.annotations ?? {}
  const clientId = annotations[CLIENT_ID_ANNOTATION] ?? ''
  // An explicit tenant-id annotation wins even when empty (then no AZURE_TENANT_ID is injected).
  const tenantId = TENANT_ID_ANNOTATION in annotations ? annotations[TENANT_ID_ANNOTATION]! : cfg.tenantId
  const skip = new Set((pod.metadata.annotations?.[SKIP_CONTAINERS_ANNOTATION] ?? '').split(';').map((s) => s.trim()).filter(Boolean))
  const volume = volumeName(podName)
  const desiredEnv = [
    { name: 'AZURE_CLIENT_ID', value: clientId },
    { name: 'AZURE_TENANT_ID', value: tenantId },
    { name: 'AZURE_FEDERATED_TOKEN_FILE', value: `${MOUNT_PATH}/${TOKEN_FILE_PATH}` },
    { name: 'AZURE_AUTHORITY_HOST', value: cfg.authorityHost }
  ]
  const mutateContainers = (containers: Json[] | undefined): void => {
    for (const c of containers ?? []) {
      if (skip.has(c.name)) continue
      const env: Json[] = (c.env ??= [])
      // Only when the container does not define the variable, and only non-empty values.
      for (const e of desiredEnv) if (e.value && !env.some((x) => x.name === e.name)) env.push({ ...e })
      const mounts: Json[] = (c.volumeMounts ??= [])
      const mount = { name: volume, mountPath: MOUNT_PATH, readOnly: true }
      const i = mounts.findIndex((m) => m.name === volume)
      if (i >= 0) mounts[i] = mount
      else mounts.push(mount)
    }
  }
  mutateContainers(out.spec.initContainers)
  mutateContainers(out.spec.containers)
  const projected = {
    name: volume,
    projected: { sources: [{ serviceAccountToken: { path: TOKEN_FILE_PATH, expirationSeconds, audience: cfg.audience ?? TOKEN_AUDIENCE } }], defaultMode: 420 }
  }
  const volumes: Json[] = (out.spec.volumes ??= [])
  const vi = volumes.findIndex((v) => v.name === volume)
  if (vi >= 0) volumes[vi] = projected
  else volumes.push(projected)
  return out
}
