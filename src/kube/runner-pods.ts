// The runner pods: observe the ones we own (label selector), decide (pure) which to keep, remove and create,
// and carry out one runner's creation and removal across GitHub and Kubernetes.
//
// Creation order: JIT config (GitHub) → Pod → Secret (owned by the pod) → injection check.
// The pod goes first because the webhook mutates it at admission and does not look at the Secret; the kubelet
// needs the Secret only when it starts the container, moments later. Creating the Secret second lets it carry
// its ownerReference (the pod's uid) from birth: the credential can never exist without an owner that the
// garbage collector removes it with, and it costs two writes instead of three (Secret, Pod, patch the Secret).
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import type { GitHubRunners, RunnerRecord } from '../github/runners.js'
import { credentialSecretName, derivedCredential, DRIVERS, kindOfComponent, type RunnerKind } from '../runner-kinds/index.js'
import { checkInjection, type InjectionExpectation } from './injection.js'
import {
  allCredentialSecretsSelector,
  allRunnersSelector,
  COMPONENT_LABEL,
  credentialSecretManifest,
  isRunnerName,
  newRunnerName,
  runnerPodManifest,
  runnerSetValue,
  runnerSpecHash,
  RUNNER_CONTAINER,
  RUNNER_ID_ANNOTATION,
  RUNNER_SET_LABEL,
  SPEC_HASH_ANNOTATION,
  type RunnerPodInput
} from './manifests.js'
import { isNotFound, kubeStatus, wrapKubeError } from './errors.js'
import { podProgress } from './wait.js'

export interface RunnerPod {
  name: string
  /** The kind it was made as (its component label); undefined for a component no driver of this version has. */
  kind: RunnerKind | undefined
  uid: string
  phase: string
  specHash?: string
  runnerId?: number
  /** Has a deletionTimestamp: going away, counts for nothing. */
  deleting: boolean
  pod: V1Pod
}

export type RemoveReason = 'finished' | 'failing' | 'outdated' | 'surplus' | 'not-injected' | 'secret-missing' | 'credential-changed'

export interface RunnerPlan {
  keep: RunnerPod[]
  remove: Array<{ pod: RunnerPod; reason: RemoveReason }>
  /** Outdated or surplus pods left alone because their runner is running a job (they exit after it). */
  deferred: RunnerPod[]
  create: number
  /** GitHub records with our naming whose pod is gone (offline, idle): deleted. */
  orphanRecords: RunnerRecord[]
}

export function toRunnerPod(p: V1Pod): RunnerPod {
  const id = Number(p.metadata?.annotations?.[RUNNER_ID_ANNOTATION])
  return {
    name: p.metadata?.name ?? '',
    kind: kindOfComponent(p.metadata?.labels?.[COMPONENT_LABEL]),
    uid: p.metadata?.uid ?? '',
    phase: p.status?.phase ?? 'Pending',
    specHash: p.metadata?.annotations?.[SPEC_HASH_ANNOTATION],
    runnerId: Number.isInteger(id) && id > 0 ? id : undefined,
    deleting: Boolean(p.metadata?.deletionTimestamp),
    pod: p
  }
}

export interface ObservedRunnerPods {
  /** This service account's runner pods, by name. */
  pods: RunnerPod[]
  /** Names of the namespace's other runner sets' pods: their GitHub records are not orphans of ours. */
  otherSets: string[]
}

/** One list call for every runner pod of ours in the namespace, split into this set and the others. */
export async function observeRunnerPods(api: CoreV1Api, namespace: string, serviceAccount: string): Promise<ObservedRunnerPods> {
  try {
    const list = await api.listNamespacedPod({ namespace, labelSelector: allRunnersSelector() })
    const set = runnerSetValue(serviceAccount)
    const all = list.items.map((p) => ({ pod: toRunnerPod(p), set: p.metadata?.labels?.[RUNNER_SET_LABEL] }))
    return {
      pods: all
        .filter((x) => x.set === set)
        .map((x) => x.pod)
        .sort((a, b) => a.name.localeCompare(b.name)),
      otherSets: all.filter((x) => x.set !== set).map((x) => x.pod.name)
    }
  } catch (err) {
    throw wrapKubeError(`Listing runner pods in ${namespace}`, err)
  }
}

/** Every runner credential Secret of ours in the namespace, name → decoded data (one list call; in memory only). */
export async function observeRunnerSecrets(api: CoreV1Api, namespace: string): Promise<Map<string, Record<string, string>>> {
  try {
    const items = (await api.listNamespacedSecret({ namespace, labelSelector: allCredentialSecretsSelector() })).items
    return new Map(
      items.map((s) => [
        s.metadata?.name ?? '',
        Object.fromEntries(Object.entries(s.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]))
      ])
    )
  } catch (err) {
    throw wrapKubeError(`Listing runner Secrets in ${namespace}`, err)
  }
}

export interface PlanRunnersInput {
  count: number
  input: RunnerPodInput
  pods: RunnerPod[]
  /** Runner records under our prefix (undefined when GitHub was not asked, e.g. count 0 and no pods). */
  records?: RunnerRecord[]
  /** Runner pods of other sets in the namespace (same prefix possible): never orphans. */
  otherPods?: string[]
  /** Whether an observed pod carries the webhook's injection; pods created while the webhook was off do not. */
  injected: (pod: RunnerPod) => boolean
  /** Whether the pod's credential Secret exists (undefined = not observed: assume it does). */
  hasSecret?: (pod: RunnerPod) => boolean
  /** Whether the pod's credential differs from what the inputs give now (a new token): replaced. */
  credentialChanged?: (pod: RunnerPod) => boolean
}

/** Pure: the runner set's changes. Running pods are preferred over pending ones when trimming a surplus. */
export function planRunners(p: PlanRunnersInput): RunnerPlan {
  const hash = runnerSpecHash(p.input)
  const byName = new Map((p.records ?? []).map((r) => [r.name, r]))
  const busy = (pod: RunnerPod): boolean => byName.get(pod.name)?.busy === true
  const remove: RunnerPlan['remove'] = []
  const deferred: RunnerPod[] = []
  const healthy: RunnerPod[] = []
  for (const pod of p.pods.filter((x) => !x.deleting)) {
    if (pod.phase === 'Succeeded' || pod.phase === 'Failed') remove.push({ pod, reason: 'finished' })
    // Stuck for good (ImagePullBackOff, CrashLoopBackOff, ...): recreated, so the run waits on it and says why.
    else if (podProgress(pod.pod).state === 'failed') remove.push({ pod, reason: 'failing' })
    // The hash covers our spec; the image is also compared live, as the one field of a pod spec others can change.
    else if (pod.specHash !== hash || imageChanged(pod, p.input.image)) {
      // Pods cannot be patched after the webhook mutated them: an outdated pod is replaced, unless it runs a job.
      if (busy(pod)) deferred.push(pod)
      else remove.push({ pod, reason: 'outdated' })
    } else if (!p.injected(pod)) remove.push({ pod, reason: 'not-injected' })
    // Without its JIT config the runner cannot (re)start: replaced, unless it runs a job right now.
    else if (p.hasSecret && !p.hasSecret(pod)) {
      if (busy(pod)) deferred.push(pod)
      else remove.push({ pod, reason: 'secret-missing' })
    } else if (p.credentialChanged?.(pod)) remove.push({ pod, reason: 'credential-changed' })
    else healthy.push(pod)
  }
  const rank = (x: RunnerPod): number => (busy(x) ? 0 : x.phase === 'Running' ? 1 : 2)
  healthy.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))
  const keep = healthy.slice(0, p.count)
  for (const pod of healthy.slice(p.count)) {
    if (busy(pod)) deferred.push(pod)
    else remove.push({ pod, reason: 'surplus' })
  }
  const podNames = new Set([...p.pods.map((x) => x.name), ...(p.otherPods ?? [])])
  const orphanRecords = (p.records ?? []).filter(
    (r) => isRunnerName(p.input.namePrefix, r.name) && !podNames.has(r.name) && !r.busy && r.status !== 'online'
  )
  return { keep, remove, deferred, create: Math.max(0, p.count - keep.length), orphanRecords }
}

/** The runner container's image on the cluster differs from ours (someone replaced it; pods without the container say nothing). */
function imageChanged(pod: RunnerPod, image: string): boolean {
  const live = pod.pod.spec?.containers.find((c) => c.name === RUNNER_CONTAINER)?.image
  return live !== undefined && live !== image
}

export interface RunnerDeps {
  api: CoreV1Api
  /** For kinds that register each runner at GitHub; undefined without a token. */
  github?: GitHubRunners
  /** The runner credential from the inputs (GitLab's token, Jenkins' agent secret), for kinds that derive theirs from it. */
  inputCredential?: string
  info: (message: string) => void
}

/** Raised when a runner pod cannot be created or is not usable; says why in the user's terms. */
export class RunnerError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RunnerError'
  }
}

async function ignoreNotFound(p: Promise<unknown>): Promise<void> {
  try {
    await p
  } catch (err) {
    if (!isNotFound(err)) throw err
  }
}

/** Deletes a runner pod and its credential Secret, if its kind has one (the garbage collector would too; we do not wait for it). */
export async function deleteRunnerPod(api: CoreV1Api, namespace: string, name: string, kind: RunnerKind | undefined): Promise<void> {
  try {
    await ignoreNotFound(api.deleteNamespacedPod({ name, namespace }))
    const secret = credentialSecretName(kind, name)
    if (secret) await ignoreNotFound(api.deleteNamespacedSecret({ name: secret, namespace }))
  } catch (err) {
    throw wrapKubeError(`Deleting runner pod ${namespace}/${name}`, err)
  }
}

/** Deletes a pod, its Secret and its GitHub record (kinds that register there). */
export async function removeRunner(
  deps: RunnerDeps,
  namespace: string,
  name: string,
  runnerId: number | undefined,
  kind: RunnerKind | undefined
): Promise<void> {
  await deleteRunnerPod(deps.api, namespace, name, kind)
  if (runnerId !== undefined && deps.github) await deps.github.remove(runnerId)
}

function admissionMessage(err: unknown): string {
  const s = kubeStatus(err)
  if (!s) return err instanceof Error ? err.message : String(err)
  let msg = `${s.code}${s.reason ? ` ${s.reason}` : ''}: ${s.message ?? ''}`
  if (/serviceaccount.*not found|serviceaccounts ".*" not found/i.test(s.message ?? ''))
    msg += ' (the service account must exist before the pod: it is applied first)'
  else if (/admission webhook/i.test(s.message ?? '')) msg += ' (rejected at admission)'
  return msg
}

/** A pod's credential: its Secret value (undefined: the kind has none) and, for github, the registration's id. */
export interface RunnerCredential {
  value?: string
  runnerId?: number
}

/** The credential of a new runner: GitHub's JIT config for kinds that register there (one per pod), else derived from the inputs. */
async function runnerCredential(deps: RunnerDeps, input: RunnerPodInput, name: string): Promise<RunnerCredential> {
  if (!DRIVERS[input.kind].registersAtGitHub)
    return {
      value: derivedCredential(input, deps.inputCredential, { namespace: input.namespace, serviceAccount: input.serviceAccount, name })
    }
  if (!deps.github) throw new RunnerError("Runners need a 'github-token' that may create self-hosted runners.")
  const jit = await deps.github.generateJitConfig(name)
  return { value: jit.encodedJitConfig, runnerId: jit.runner.id }
}

/**
 * Gets one runner's credential and creates its pod and Secret, then checks the webhook's injection. Anything
 * half-made is removed again on failure, so a failed run leaves neither a stray pod nor a stray registration.
 */
export async function createRunner(
  deps: RunnerDeps,
  input: RunnerPodInput,
  expect: InjectionExpectation
): Promise<{ name: string; runnerId?: number; pod: V1Pod }> {
  const name = newRunnerName(input.namePrefix)
  const kind = input.kind
  const driver = DRIVERS[kind]
  const cred = await runnerCredential(deps, input, name)
  const runnerId = cred.runnerId
  let pod: V1Pod
  try {
    pod = await deps.api.createNamespacedPod({ namespace: input.namespace, body: runnerPodManifest(input, name, runnerId) })
  } catch (err) {
    if (runnerId !== undefined) await deps.github?.remove(runnerId).catch(() => undefined)
    throw new RunnerError(`Creating ${driver.component} pod ${input.namespace}/${name} failed: ${admissionMessage(err)}`)
  }
  const secretName = credentialSecretName(kind, name)
  if (driver.secret && secretName) {
    try {
      if (cred.value === undefined) throw new RunnerError(`no credential for ${driver.component} ${name}`)
      const body = credentialSecretManifest(
        { namespace: input.namespace, name: secretName, key: driver.secret.key, value: cred.value, component: driver.component },
        { name, uid: pod.metadata?.uid ?? '' }
      )
      await deps.api.createNamespacedSecret({ namespace: input.namespace, body })
    } catch (err) {
      await removeRunner(deps, input.namespace, name, runnerId, kind).catch(() => undefined)
      throw new RunnerError(`Creating the credential Secret of ${driver.component} ${name} failed: ${admissionMessage(err)}`)
    }
  }
  // The create response is the pod as admitted, i.e. after the webhook's mutation.
  const injection = checkInjection(pod, expect)
  if (!injection.ok) {
    await removeRunner(deps, input.namespace, name, runnerId, kind).catch(() => undefined)
    throw new RunnerError(
      `Runner pod ${input.namespace}/${name} was not set up for workload identity: missing ${injection.missing.join(', ')}. Likely cause: ${injection.cause}. The pod${runnerId !== undefined ? ' and its registration were' : ' was'} removed.`
    )
  }
  deps.info(`Runner ${name} (${driver.component}): pod created, workload identity injected (token at ${injection.tokenFile}).`)
  return { name, runnerId, pod }
}
