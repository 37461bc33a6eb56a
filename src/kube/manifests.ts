// Pure builders for every Kubernetes object the action writes: the namespace, the workload-identity service
// account, and each runner's Pod and credential Secret, plus the runner spec hash. No I/O: the same inputs
// always give the same objects, which is what makes plan and the spec hash stable across runs.
import { createHash } from 'node:crypto'
import type { V1Namespace, V1Pod, V1Secret, V1ServiceAccount } from '@kubernetes/client-node'
import { CLIENT_ID_ANNOTATION, MANAGED_BY_LABEL, OWNER_KEY_LABEL, OWNER_VALUE, TENANT_ID_ANNOTATION, USE_LABEL } from '../constants.js'
import { nameKey } from '../ownership.js'
import {
  credentialSecretName,
  DRIVERS,
  runnerPodServiceAccount,
  separateServiceAccount,
  type RunnerKind,
  type RunnerSelection
} from '../runner-kinds/index.js'
import { shapedPod, shapePod } from '../shaping/apply.js'
import type { PodShaping } from '../shaping/inputs.js'

/** Runner pods: how we find ours, and what we record on them. */
export const COMPONENT_LABEL = 'app.kubernetes.io/component'
/** Which service account's runner set a pod belongs to (several workloads may share a namespace). */
export const RUNNER_SET_LABEL = 'aks-workload-identity/runner-set'
export const SPEC_HASH_ANNOTATION = 'aks-workload-identity/spec-hash'
/** GitHub's id of the runner registered for this pod, so its record can be deleted with the pod. */
export const RUNNER_ID_ANNOTATION = 'aks-workload-identity/runner-id'
export const RUNNER_CONTAINER = 'runner'

/** The labels of everything the action creates: the product's mark and the owner key of the workload it is for. */
export function ownershipLabels(ownerKey: string): Record<string, string> {
  return { [MANAGED_BY_LABEL]: OWNER_VALUE, [OWNER_KEY_LABEL]: ownerKey }
}

/** The Kubernetes marks as src/ownership.ts reads them. */
export const KUBE_MARKS = { key: OWNER_KEY_LABEL, managedBy: MANAGED_BY_LABEL, managedByValue: OWNER_VALUE } as const

export function namespaceManifest(name: string, ownerKey: string): V1Namespace {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: ownershipLabels(ownerKey) } }
}

export interface ServiceAccountInput {
  namespace: string
  name: string
  /** The managed identity's client ID (the webhook injects it as AZURE_CLIENT_ID). */
  clientId: string
  tenantId: string
  /** The workload identity annotations are declared (false: a runner's own service account, without the identity). */
  workloadIdentity: boolean
  ownerKey: string
}

/**
 * Only the fields we declare: server-side apply leaves everyone else's labels and annotations alone. `owned`: the
 * action created it, so it carries the ownership labels; an adopted one gets only the workload identity annotations.
 */
export function serviceAccountManifest(i: ServiceAccountInput, owned: boolean): V1ServiceAccount {
  const annotations = i.workloadIdentity ? { [CLIENT_ID_ANNOTATION]: i.clientId, [TENANT_ID_ANNOTATION]: i.tenantId } : undefined
  return {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: {
      name: i.name,
      namespace: i.namespace,
      ...(owned ? { labels: ownershipLabels(i.ownerKey) } : {}),
      ...(annotations ? { annotations } : {})
    }
  }
}

/** The empty configuration: applied as our field manager, it removes every field we declared (destroy of an adopted object). */
export function emptyConfiguration(kind: 'ServiceAccount', namespace: string, name: string): V1ServiceAccount {
  return { apiVersion: 'v1', kind, metadata: { name, namespace } }
}

/** One runner pod of a runner set: the kind with its options, and everything else every kind shares. */
export type RunnerPodInput<K extends RunnerKind = RunnerKind> = RunnerSelection<K> & {
  namespace: string
  serviceAccount: string
  image: string
  namePrefix: string
  /** What the webhook will inject: part of the hash, so a new identity replaces the pods. */
  clientId: string
  tenantId: string
  /** The workload's owner key (src/ownership.ts): on every pod and Secret, and in every runner's name. */
  ownerKey: string
  /** The `runner-*` shaping inputs (src/shaping/): applied to the generated pod last, and part of the hash. */
  shaping?: PodShaping
}

export const runnerSetValue = (serviceAccount: string): string => serviceAccount.slice(0, 63).replace(/[^A-Za-z0-9]+$/, '')

/** The label selector of every runner pod this action made (all service accounts, every kind). */
export const allRunnersSelector = (): string => `${MANAGED_BY_LABEL}=${OWNER_VALUE},${RUNNER_SET_LABEL}`

/** The label selector of this workload's runner credential Secrets (every kind carries its component). */
export const credentialSecretsSelector = (ownerKey: string): string => `${OWNER_KEY_LABEL}=${ownerKey},${COMPONENT_LABEL}`

/**
 * A runner's name (pod and GitHub registration): `prefix-<owner key, 8 hex>-<slot>`. The owner key part is how
 * registrations are known to be this workload's (GitHub keeps nothing else of ours); the slot is the lowest number
 * no pod or registration of the workload uses. At most 50 + 1 + 8 + 1 + 3 = 63 characters.
 */
export const runnerName = (prefix: string, ownerKey: string, slot: number): string => `${prefix}-${nameKey(ownerKey)}-${slot}`

/** The slot of one of this workload's runner names, or undefined for any other name. */
export function runnerSlot(prefix: string, ownerKey: string, name: string): number | undefined {
  const head = `${prefix}-${nameKey(ownerKey)}-`
  if (!name.startsWith(head)) return undefined
  const rest = name.slice(head.length)
  return /^(0|[1-9][0-9]{0,2})$/.test(rest) ? Number(rest) : undefined
}

const SECRET_PLACEHOLDER = '$(runner-secret)'

/** Our pod spec with the per-runner secret name left as a placeholder: what the hash covers. */
export function runnerPodSpec<K extends RunnerKind>(i: RunnerPodInput<K>, secretName: string): NonNullable<V1Pod['spec']> {
  // The kind decides the container's command, environment, volumes and user; the rest is the same for every kind.
  const k = DRIVERS[i.kind].pod(i.options, secretName)
  return {
    serviceAccountName: runnerPodServiceAccount(i, i.serviceAccount),
    restartPolicy: k.restartPolicy,
    automountServiceAccountToken: k.automountServiceAccountToken,
    enableServiceLinks: false,
    // The restricted pod security standard, for every kind: non-root, no privilege escalation, no capabilities.
    securityContext: {
      runAsNonRoot: true,
      runAsUser: k.uid,
      runAsGroup: k.gid,
      seccompProfile: { type: 'RuntimeDefault' }
    },
    ...(k.volumes ? { volumes: k.volumes } : {}),
    containers: [
      {
        name: RUNNER_CONTAINER,
        image: i.image,
        ...(k.command ? { command: k.command } : {}),
        ...(k.args ? { args: k.args } : {}),
        env: k.env,
        ...(k.volumeMounts ? { volumeMounts: k.volumeMounts } : {}),
        resources: k.resources,
        securityContext: {
          runAsNonRoot: true,
          runAsUser: k.uid,
          allowPrivilegeEscalation: false,
          privileged: false,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' }
        }
      }
    ]
  }
}

/** Whether the runner pods themselves carry the workload identity (not a kind whose pods run as their own service account). */
export const carriesIdentity = <K extends RunnerKind>(sel: RunnerSelection<K>): boolean => !separateServiceAccount(sel)

export function runnerLabels<K extends RunnerKind>(i: RunnerPodInput<K>): Record<string, string> {
  return {
    ...ownershipLabels(i.ownerKey),
    [COMPONENT_LABEL]: DRIVERS[i.kind].component,
    [RUNNER_SET_LABEL]: runnerSetValue(i.serviceAccount),
    ...(carriesIdentity(i) ? { [USE_LABEL]: 'true' } : {})
  }
}

/** JSON with object keys sorted at every level, so the hash never depends on construction order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  if (v && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined)
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`)
      .join(',')}}`
  }
  return JSON.stringify(v)
}

/**
 * The runner pod as the kind and the shared rules make it, then shaped (src/shaping/apply.ts: the shaping inputs and
 * the `runner-pod-template` patch, checked against the Pod schema, the restricted standard and the identity rules;
 * a ShapingError when refused, which settings already ruled out before any request). Without shaping, exactly the
 * generated pod.
 */
export function shapedRunnerPod<K extends RunnerKind>(i: RunnerPodInput<K>, name: string, secretName: string): V1Pod {
  const generated: V1Pod = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: i.namespace, labels: runnerLabels(i) },
    spec: runnerPodSpec(i, secretName)
  }
  if (!i.shaping) return generated
  // Plain JSON in and out: the shaping modules are pure and know the Pod only through its schema.
  const ctx = { identity: carriesIdentity(i), container: RUNNER_CONTAINER }
  return shapedPod(generated as Record<string, unknown>, i.shaping, ctx)
}

/**
 * Why this shaping is refused for these runners, checked on a pod built exactly as the runners' will be (names
 * aside, which shaping cannot touch): what settings calls before any request. Empty when it may be applied.
 */
export function shapingProblems<K extends RunnerKind>(i: Omit<RunnerPodInput<K>, 'clientId' | 'tenantId' | 'ownerKey'>): string[] {
  if (!i.shaping) return []
  const full = { ...i, clientId: '', tenantId: '', ownerKey: '' } as RunnerPodInput<K>
  const generated = shapedRunnerPod({ ...full, shaping: undefined }, i.namePrefix, SECRET_PLACEHOLDER) as Record<string, unknown>
  const r = shapePod(generated, i.shaping, { identity: carriesIdentity(full), container: RUNNER_CONTAINER })
  return 'problems' in r ? r.problems : []
}

/**
 * The hash of OUR pod (labels, spec, name prefix, and the identity the webhook will inject), independent of the
 * runner's name and of anything the API server or webhook adds. A pod whose annotation differs is replaced.
 */
export function runnerSpecHash<K extends RunnerKind>(i: RunnerPodInput<K>): string {
  const driver = DRIVERS[i.kind]
  // Options that shape the runner outside the pod spec (GitLab's URL and executor are in its config Secret).
  const options = driver.hash ? driver.hash(i.options) : i.options
  // The shaped pod: any shaping input or patch that changes it replaces the pods; without shaping, the same basis
  // (and hash) as before shaping existed, so upgrading the action replaces nothing.
  const pod = shapedRunnerPod(i, i.namePrefix, SECRET_PLACEHOLDER)
  const annotations = pod.metadata?.annotations
  const basis = {
    v: 1,
    namespace: i.namespace,
    namePrefix: i.namePrefix,
    identity: { clientId: i.clientId.toLowerCase(), tenantId: i.tenantId.toLowerCase() },
    labels: pod.metadata?.labels,
    ...(annotations && Object.keys(annotations).length ? { annotations } : {}),
    spec: pod.spec,
    ...(options === undefined ? {} : { kind: i.kind, options })
  }
  return createHash('sha256').update(canonicalJson(basis)).digest('hex').slice(0, 32)
}

export function runnerPodManifest(i: RunnerPodInput, runnerName: string, runnerId?: number): V1Pod {
  const pod = shapedRunnerPod(i, runnerName, credentialSecretName(i.kind, runnerName) ?? '')
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: runnerName,
      namespace: i.namespace,
      labels: pod.metadata?.labels,
      annotations: {
        ...pod.metadata?.annotations,
        [SPEC_HASH_ANNOTATION]: runnerSpecHash(i),
        ...(runnerId !== undefined ? { [RUNNER_ID_ANNOTATION]: String(runnerId) } : {})
      }
    },
    spec: pod.spec
  }
}

export interface CredentialSecretInput {
  namespace: string
  name: string
  key: string
  value: string
  component: string
  ownerKey: string
}

/**
 * A pod's one credential (JIT config, config.toml, agent secret) in a Secret owned by the pod: deleting the pod
 * (or the garbage collector after it) deletes the credential. The only object that ever holds it.
 */
export function credentialSecretManifest(c: CredentialSecretInput, owner: { name: string; uid: string }): V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: {
      name: c.name,
      namespace: c.namespace,
      labels: { ...ownershipLabels(c.ownerKey), [COMPONENT_LABEL]: c.component },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: owner.name, uid: owner.uid, controller: true, blockOwnerDeletion: false }]
    },
    immutable: true,
    // `data` (base64) rather than `stringData`: what the API server stores and returns, so nothing converts it.
    data: { [c.key]: Buffer.from(c.value, 'utf8').toString('base64') }
  }
}
