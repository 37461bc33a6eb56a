// The runner pods of one workload: observe them (by the workload's owner key), decide (pure) which to keep, remove
// and create and under which slot names, and carry out one runner's creation and removal across GitHub and
// Kubernetes. The runner set (runner-set.ts) does all of this while holding the workload's Lease, so what it sees
// half-made was left by a run that died, never by a sibling still at work.
//
// Creation order: JIT config (GitHub) → Pod → Secret (owned by the pod) → injection check.
// The pod goes first because the webhook mutates it at admission and does not look at the Secret; the kubelet
// needs the Secret only when it starts the container, moments later. Creating the Secret second lets it carry
// its ownerReference (the pod's uid) from birth: the credential can never exist without an owner that the
// garbage collector removes it with, and it costs two writes instead of three (Secret, Pod, patch the Secret).
// A run killed at any point leaves one of: a registration without its pod, a pod without its Secret, a Secret
// whose pod is gone; the next run removes each of them (planRunners: orphanRecords, secret-missing, orphanSecrets).
// A run stopped by its signal removes what it half-made itself (rollBack).
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import { OWNER_KEY_LABEL } from '../constants.js'
import type { GitHubRunners, RunnerRecord } from '../github/runners.js'
import { credentialSecretName, derivedCredential, DRIVERS, kindOfComponent, type RunnerKind } from '../runner-kinds/index.js'
import { checkInjection, type InjectionExpectation } from './injection.js'
import {
  allRunnersSelector,
  carriesIdentity,
  COMPONENT_LABEL,
  credentialSecretManifest,
  credentialSecretsSelector,
  runnerName,
  runnerPodManifest,
  runnerSetValue,
  runnerSlot,
  runnerSpecHash,
  RUNNER_CONTAINER,
  RUNNER_ID_ANNOTATION,
  RUNNER_SET_LABEL,
  SPEC_HASH_ANNOTATION,
  type RunnerPodInput
} from './manifests.js'
import { createdByEarlierAttempt, isNotFound, kubeStatus, wrapKubeError } from './errors.js'
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
  /** Made by a previous version (no owner key; this workload's by its runner-set label): replaced. */
  legacy: boolean
  pod: V1Pod
}

export type RemoveReason = 'finished' | 'failing' | 'outdated' | 'surplus' | 'not-injected' | 'secret-missing' | 'credential-changed'

export interface RunnerPlan {
  keep: RunnerPod[]
  remove: Array<{ pod: RunnerPod; reason: RemoveReason }>
  /** Outdated or surplus pods left alone because their runner is running a job (they exit after it). */
  deferred: RunnerPod[]
  create: number
  /** The names of the runners to create: the lowest slots no pod or registration of the workload uses. */
  names: string[]
  /** This workload's GitHub registrations (by the owner key in their name) whose pod is gone (offline, idle): deleted. */
  orphanRecords: RunnerRecord[]
  /** This workload's credential Secrets whose pod is gone (the garbage collector's job, done at once): deleted. */
  orphanSecrets: string[]
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
    legacy: p.metadata?.labels?.[OWNER_KEY_LABEL] === undefined,
    pod: p
  }
}

export interface ObservedRunnerPods {
  /** This workload's runner pods (its owner key, or a previous version's with its runner-set label), by name. */
  pods: RunnerPod[]
  /** Names of the namespace's other workloads' runner pods: never touched. */
  otherSets: string[]
}

/** One list call for every runner pod of the action in the namespace, split into this workload's and the others'. */
export async function observeRunnerPods(
  api: CoreV1Api,
  namespace: string,
  serviceAccount: string,
  ownerKey: string
): Promise<ObservedRunnerPods> {
  try {
    const list = await api.listNamespacedPod({ namespace, labelSelector: allRunnersSelector() })
    const set = runnerSetValue(serviceAccount)
    const mine = (p: V1Pod): boolean => {
      const key = p.metadata?.labels?.[OWNER_KEY_LABEL]
      return key === undefined ? p.metadata?.labels?.[RUNNER_SET_LABEL] === set : key === ownerKey
    }
    return {
      pods: list.items
        .filter(mine)
        .map(toRunnerPod)
        .sort((a, b) => a.name.localeCompare(b.name)),
      otherSets: list.items.filter((p) => !mine(p)).map((p) => p.metadata?.name ?? '')
    }
  } catch (err) {
    throw wrapKubeError(`Listing runner pods in ${namespace}`, err)
  }
}

export interface RunnerSecret {
  name: string
  /** The decoded data (in memory only). */
  data: Record<string, string>
  /** The uid of the pod that owns it. */
  ownerUid?: string
}

/** This workload's runner credential Secrets in the namespace (one list call by its owner key; decoded in memory only). */
export async function observeRunnerSecrets(api: CoreV1Api, namespace: string, ownerKey: string): Promise<RunnerSecret[]> {
  try {
    const items = (await api.listNamespacedSecret({ namespace, labelSelector: credentialSecretsSelector(ownerKey) })).items
    return items.map((s) => ({
      name: s.metadata?.name ?? '',
      data: Object.fromEntries(Object.entries(s.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')])),
      ownerUid: s.metadata?.ownerReferences?.find((r) => r.kind === 'Pod')?.uid
    }))
  } catch (err) {
    throw wrapKubeError(`Listing runner Secrets in ${namespace}`, err)
  }
}

export interface PlanRunnersInput {
  count: number
  input: RunnerPodInput
  pods: RunnerPod[]
  /** Runner records under the name prefix (undefined when GitHub was not asked, e.g. count 0 and no pods). */
  records?: RunnerRecord[]
  /** Whether an observed pod carries the webhook's injection; pods created while the webhook was off do not. */
  injected: (pod: RunnerPod) => boolean
  /** Whether the pod's credential Secret exists (undefined = not observed: assume it does). */
  hasSecret?: (pod: RunnerPod) => boolean
  /** Whether the pod's credential differs from what the inputs give now (a new token): replaced. */
  credentialChanged?: (pod: RunnerPod) => boolean
  /** The workload's credential Secrets with their owner pod (undefined = not observed). */
  secrets?: Array<Pick<RunnerSecret, 'name' | 'ownerUid'>>
  /** Trim a surplus of idle pods oldest first (runner-count: auto scaling down); else by name. */
  oldestFirst?: boolean
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
    // Without its credential the runner cannot (re)start: replaced, unless it runs a job right now.
    else if (p.hasSecret && !p.hasSecret(pod)) {
      if (busy(pod)) deferred.push(pod)
      else remove.push({ pod, reason: 'secret-missing' })
    } else if (p.credentialChanged?.(pod)) remove.push({ pod, reason: 'credential-changed' })
    else healthy.push(pod)
  }
  const rank = (x: RunnerPod): number => (busy(x) ? 0 : x.phase === 'Running' ? 1 : 2)
  const age = (x: RunnerPod): number => new Date(x.pod.metadata?.creationTimestamp ?? 0).getTime() || 0
  // Kept first: busy, then running, then pending; among equals by name, or (scaling down) the newest.
  healthy.sort((a, b) => rank(a) - rank(b) || (p.oldestFirst ? age(b) - age(a) : 0) || a.name.localeCompare(b.name))
  const keep = healthy.slice(0, p.count)
  for (const pod of healthy.slice(p.count)) {
    if (busy(pod)) deferred.push(pod)
    else remove.push({ pod, reason: 'surplus' })
  }
  const { namePrefix: prefix, ownerKey } = p.input
  const ours = (p.records ?? []).filter((r) => runnerSlot(prefix, ownerKey, r.name) !== undefined)
  const podNames = new Set(p.pods.map((x) => x.name))
  // Only this workload's (its owner key in the name), idle and offline: another workload's, or no workload's, never.
  const orphanRecords = ours.filter((r) => !podNames.has(r.name) && !r.busy && r.status !== 'online')
  const podUids = new Set(p.pods.map((x) => x.uid))
  const orphanSecrets = (p.secrets ?? []).filter((s) => !s.ownerUid || !podUids.has(s.ownerUid)).map((s) => s.name)
  const create = Math.max(0, p.count - keep.length)
  // Slots in use: every pod of the workload (terminating ones too: the name is taken until they are gone), and every
  // registration of it that stays (an online one whose pod is gone is left alone, and so is its name).
  const used = new Set(
    [...p.pods.map((x) => x.name), ...ours.filter((r) => !orphanRecords.includes(r)).map((r) => r.name)]
      .map((n) => runnerSlot(prefix, ownerKey, n))
      .filter((n): n is number => n !== undefined)
  )
  const names: string[] = []
  for (let slot = 0; names.length < create; slot++) if (!used.has(slot)) names.push(runnerName(prefix, ownerKey, slot))
  return { keep, remove, deferred, create, names, orphanRecords, orphanSecrets }
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
  /** Aborted when the run must stop: a runner being made is removed again rather than finished. */
  signal?: AbortSignal
  /** The run's checkpoint (throws once it was stopped) and its register of half-made things (src/model.ts KindTools). */
  checkpoint?: () => void
  halfMade?: (what: string, undo: (signal: AbortSignal) => Promise<void>) => () => void
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

/** Deletes a credential Secret whose pod is gone. */
export async function deleteOrphanSecret(api: CoreV1Api, namespace: string, name: string): Promise<void> {
  try {
    await ignoreNotFound(api.deleteNamespacedSecret({ name, namespace }))
  } catch (err) {
    throw wrapKubeError(`Deleting runner Secret ${namespace}/${name}`, err)
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

/**
 * The clean-up of a half-made runner: its pod, its Secret and its registration, whichever exist (the registration
 * looked up by name when its id is unknown, e.g. its answer was lost). Never uses the run's stop signal: it runs
 * because the run is stopping.
 */
export async function rollBack(deps: RunnerDeps, namespace: string, name: string, kind: RunnerKind, runnerId?: number): Promise<void> {
  const errors: unknown[] = []
  await deleteRunnerPod(deps.api, namespace, name, kind).catch((e: unknown) => errors.push(e))
  if (deps.github && DRIVERS[kind].registersAtGitHub) {
    const id = runnerId ?? (await deps.github.findByName(name).catch(() => undefined))?.id
    if (id !== undefined) await deps.github.remove(id).catch((e: unknown) => errors.push(e))
  }
  if (errors.length) throw errors[0]
}

/**
 * The clean-up of a runner whose pod create met an object that is not ours (a 409 AlreadyExists on a first attempt,
 * or from an earlier attempt but with another spec): only the registration this run made is removed; the pod under
 * that name is someone else's and is left alone.
 */
async function dropRegistration(deps: RunnerDeps, kind: RunnerKind, runnerId: number | undefined): Promise<void> {
  if (runnerId !== undefined && deps.github && DRIVERS[kind].registersAtGitHub) await deps.github.remove(runnerId)
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

/**
 * The credential of a new runner: GitHub's JIT config for kinds that register there (one per pod), else derived
 * from the inputs. A registration of this name that exists already (its creation's answer was lost) and is idle and
 * offline is ours: it is removed and the runner registered again.
 */
async function runnerCredential(deps: RunnerDeps, input: RunnerPodInput, name: string): Promise<RunnerCredential> {
  if (!DRIVERS[input.kind].registersAtGitHub)
    return {
      value: derivedCredential(input, deps.inputCredential, { namespace: input.namespace, serviceAccount: input.serviceAccount, name })
    }
  const github = deps.github
  if (!github) throw new RunnerError("Runners need a 'github-token' that may create self-hosted runners.")
  try {
    const jit = await github.generateJitConfig(name)
    return { value: jit.encodedJitConfig, runnerId: jit.runner.id }
  } catch (err) {
    if ((err as { status?: number }).status !== 409) throw err
    const stale = await github.findByName(name)
    if (!stale || stale.busy || stale.status === 'online') throw err
    await github.remove(stale.id)
    const jit = await github.generateJitConfig(name)
    return { value: jit.encodedJitConfig, runnerId: jit.runner.id }
  }
}

/** Stops a creation that was told to stop: what exists of it is removed. */
async function stopIfAsked(deps: RunnerDeps, input: RunnerPodInput, name: string, runnerId?: number): Promise<void> {
  let stopped = deps.signal?.aborted === true
  try {
    deps.checkpoint?.()
  } catch {
    stopped = true
  }
  if (!stopped) return
  await rollBack(deps, input.namespace, name, input.kind, runnerId).catch(() => undefined)
  throw new RunnerError(`Runner ${name}: stopped before it was complete; what was made of it is removed again.`)
}

/**
 * Gets one runner's credential and creates its pod and Secret under `name` (a free slot), then checks the webhook's
 * injection. Anything half-made is removed again on failure or when the run is stopped, so a failed run leaves
 * neither a stray pod nor a stray registration.
 */
export async function createRunner(
  deps: RunnerDeps,
  input: RunnerPodInput,
  expect: InjectionExpectation,
  name: string
): Promise<{ name: string; runnerId?: number; pod: V1Pod }> {
  const kind = input.kind
  await stopIfAsked(deps, input, name)
  let cred: RunnerCredential
  try {
    cred = await runnerCredential(deps, input, name)
  } catch (err) {
    // The registration may have been stored with its answer lost: gone again, by name.
    await rollBack(deps, input.namespace, name, kind).catch(() => undefined)
    throw err
  }
  const runnerId = cred.runnerId
  // Until its pod, Secret and injection are in place, the runner is half made: if the process is stopped while this
  // function cannot finish, the run's clean-up removes it.
  const whole =
    deps.halfMade?.(`runner ${input.namespace}/${name}`, () => rollBack(deps, input.namespace, name, kind, runnerId)) ?? (() => undefined)
  try {
    return await finishRunner(deps, input, expect, name, cred)
  } finally {
    whole()
  }
}

/** The rest of createRunner once the credential exists: pod, Secret, injection check; rolled back on any failure. */
async function finishRunner(
  deps: RunnerDeps,
  input: RunnerPodInput,
  expect: InjectionExpectation,
  name: string,
  cred: RunnerCredential
): Promise<{ name: string; runnerId?: number; pod: V1Pod }> {
  const kind = input.kind
  const driver = DRIVERS[kind]
  const runnerId = cred.runnerId
  await stopIfAsked(deps, input, name, runnerId)
  let pod: V1Pod
  const manifest = runnerPodManifest(input, name, runnerId)
  try {
    pod = await deps.api.createNamespacedPod({ namespace: input.namespace, body: manifest })
  } catch (err) {
    // A 409 AlreadyExists on a repeat the transport made after losing an earlier attempt's answer
    // (createdByEarlierAttempt) is our own create when the pod there has our spec, registration and owner key:
    // success. A 409 on a first attempt is another's pod in this slot: never taken, never deleted.
    const earlier = createdByEarlierAttempt(err)
    const existing = earlier ? await deps.api.readNamespacedPod({ name, namespace: input.namespace }).catch(() => undefined) : undefined
    const ours =
      existing?.metadata?.annotations?.[SPEC_HASH_ANNOTATION] === manifest.metadata?.annotations?.[SPEC_HASH_ANNOTATION] &&
      existing?.metadata?.annotations?.[RUNNER_ID_ANNOTATION] === manifest.metadata?.annotations?.[RUNNER_ID_ANNOTATION] &&
      existing?.metadata?.labels?.[OWNER_KEY_LABEL] === input.ownerKey
    if (!existing || !ours) {
      const taken = kubeStatus(err)?.code === 409
      await (taken ? dropRegistration(deps, kind, runnerId) : rollBack(deps, input.namespace, name, kind, runnerId)).catch(() => undefined)
      throw new RunnerError(
        `Creating ${driver.component} pod ${input.namespace}/${name} failed: ${admissionMessage(err)}${taken ? ' (a pod of that name that this run did not make is there: left alone; the next run picks another slot)' : ''}`
      )
    }
    deps.info(`Runner ${name}: its pod was created by an earlier attempt whose answer was lost (409 AlreadyExists on the repeat): kept.`)
    pod = existing
  }
  await stopIfAsked(deps, input, name, runnerId)
  const secretName = credentialSecretName(kind, name)
  if (driver.secret && secretName) {
    try {
      if (cred.value === undefined) throw new RunnerError(`no credential for ${driver.component} ${name}`)
      const body = credentialSecretManifest(
        {
          namespace: input.namespace,
          name: secretName,
          key: driver.secret.key,
          value: cred.value,
          component: driver.component,
          ownerKey: input.ownerKey
        },
        { name, uid: pod.metadata?.uid ?? '' }
      )
      await deps.api.createNamespacedSecret({ namespace: input.namespace, body }).catch(async (err: unknown) => {
        // Our own repeat after a lost answer (createdByEarlierAttempt): success when the Secret there belongs to this pod.
        if (!createdByEarlierAttempt(err)) throw err
        const have = await deps.api.readNamespacedSecret({ name: secretName, namespace: input.namespace })
        if (have.metadata?.ownerReferences?.some((r) => r.uid === pod.metadata?.uid) !== true) throw err
      })
    } catch (err) {
      await rollBack(deps, input.namespace, name, kind, runnerId).catch(() => undefined)
      throw new RunnerError(`Creating the credential Secret of ${driver.component} ${name} failed: ${admissionMessage(err)}`)
    }
  }
  // The create response is the pod as admitted, i.e. after the webhook's mutation. Pods without the identity have none.
  if (carriesIdentity(input)) {
    const injection = checkInjection(pod, expect)
    if (!injection.ok) {
      await rollBack(deps, input.namespace, name, kind, runnerId).catch(() => undefined)
      throw new RunnerError(
        `Runner pod ${input.namespace}/${name} was not set up for workload identity: missing ${injection.missing.join(', ')}. Likely cause: ${injection.cause}. The pod${runnerId !== undefined ? ' and its registration were' : ' was'} removed.`
      )
    }
    deps.info(`Runner ${name} (${driver.component}): pod created, workload identity injected (token at ${injection.tokenFile}).`)
  } else deps.info(`Runner ${name} (${driver.component}): pod created (runs as its own service account; its jobs get the identity).`)
  return { name, runnerId, pod }
}
