// The runner set (all runner pods of one workload) as an engine resource kind. One resource rather than one per
// runner: the unit the user asks for is "runner-count pods of this spec". The diff is planRunners (pure); apply
// and destroy take the workload's Lease (lease.ts) first, so concurrent runs of the same workload take turns:
// under it they re-read the pods (the plan may be minutes old, and a sibling may have just made them), remove what
// is finished, outdated or half-made (a registration without its pod, a pod without its Secret, a Secret without
// its pod), create the missing runners under free slot names, and let the Lease go before waiting for the pods.
import type { Change, FieldDiff, KindContext, Outputs, ResourceKind } from '../model.js'
import type { GitHubServices, RunnerRecord } from '../github/runners.js'
import type { Settings } from '../settings.js'
import { combine } from '../graph.js'
import { checkInjection } from './injection.js'
import { carriesIdentity, ownershipLabels, type RunnerPodInput } from './manifests.js'
import {
  createRunner,
  deleteOrphanSecret,
  deleteRunnerPod,
  observeRunnerPods,
  observeRunnerSecrets,
  planRunners,
  removeRunner,
  RunnerError,
  type RunnerDeps,
  type RunnerPlan,
  type RunnerPod,
  type RunnerSecret
} from './runner-pods.js'
import { credentialSecretName, derivedCredential, DRIVERS, type RunnerKind } from '../runner-kinds/index.js'
import { withCluster, type KubeServices } from './services.js'
import { waitForRunning } from './wait.js'
import { withLease, type LeaseTarget } from './lease.js'
import { autoscale, type AutoscaleSpec, type Scaling } from './autoscale.js'
import type { QueueCount } from '../github/queue.js'

export type RunnerSetSpec = RunnerPodInput & {
  count: number
  audience: string
  wait: boolean
  timeoutSeconds: number
  clusterKey: string
  /** `runner-count: auto`: the count follows the queued jobs (autoscale.ts); `count` is then unused. */
  autoscale?: AutoscaleSpec
}

/** What the runner set needs from the engine: the cluster, GitHub's runner API, and the credential from the inputs. */
export interface RunnerSetServices {
  kube: KubeServices
  github: GitHubServices
  secrets: Settings['secrets']
}
type RunnerSetContext = KindContext<RunnerSetServices>

export interface RunnerSetState {
  pods: RunnerPod[]
  /** GitHub records under the name prefix (every workload's: planRunners picks this one's); undefined without a token. */
  records?: RunnerRecord[]
  /** From the cluster observation, for the injection diagnosis. */
  workloadIdentityEnabled?: boolean
  /** This workload's runner credential Secrets in the namespace, with the pod that owns each; undefined = not listed. */
  secrets?: Array<Pick<RunnerSecret, 'name' | 'ownerUid'>>
  /** Pods whose credential Secret no longer matches the inputs (e.g. a new GitLab token): replaced. */
  staleCredentials?: string[]
  /** `runner-count: auto`: the queued jobs at GitHub when observed. */
  demand?: QueueCount
}

/** Creations at once: each is a GitHub call and two Kubernetes writes; GitHub dislikes bursts. */
const CREATE_CONCURRENCY = 4

const live = (p: RunnerPod): boolean => !p.deleting && p.phase !== 'Succeeded' && p.phase !== 'Failed'

/** The workload's Lease: one per owner key, in its namespace. */
export const runnerLeaseName = (ownerKey: string): string => `aks-workload-identity-${ownerKey}`

function plan(spec: RunnerSetSpec, state: RunnerSetState | undefined): RunnerPlan & { scaling?: Scaling } {
  const expect = { clientId: spec.clientId, audience: spec.audience, serviceAccount: spec.serviceAccount }
  const secrets = state?.secrets && new Set(state.secrets.map((s) => s.name))
  const stale = new Set(state?.staleCredentials ?? [])
  const identity = carriesIdentity(spec)
  const pods = state?.pods ?? []
  const planFor = (count: number, oldestFirst = false): RunnerPlan =>
    planRunners({
      count,
      oldestFirst,
      input: spec,
      pods,
      records: state?.records,
      // Pods that run as their own service account (GitLab's manager) carry no identity to check.
      injected: (p) => !identity || p.kind !== spec.kind || checkInjection(p.pod, expect).ok,
      // Kinds without a credential (plain pods) have no Secret to miss.
      hasSecret:
        secrets &&
        ((p) => {
          const n = credentialSecretName(p.kind, p.name)
          return n === undefined || secrets.has(n)
        }),
      credentialChanged: (p) => stale.has(p.name),
      secrets: state?.secrets
    })
  if (!spec.autoscale) return planFor(spec.count)
  // Every healthy pod kept first, to tell busy from idle; then the count the queue asks for.
  const busy = new Set((state?.records ?? []).filter((r) => r.busy).map((r) => r.name))
  const scaling = autoscale(spec.autoscale, state?.demand, planFor(pods.length), (name) => busy.has(name))
  return { ...planFor(scaling.count, true), scaling }
}

/** Pods whose credential Secret differs from what the inputs give now (compared in memory; nothing is logged). */
function staleCredentials(spec: RunnerSetSpec, pods: RunnerPod[], secrets: RunnerSecret[], fromInputs: string | undefined): string[] {
  const key = DRIVERS[spec.kind].secret?.key
  const byName = new Map(secrets.map((s) => [s.name, s.data]))
  return pods.flatMap((p) => {
    const name = credentialSecretName(p.kind, p.name)
    const have = name ? byName.get(name) : undefined
    if (p.kind !== spec.kind || !key || !have) return []
    const want = derivedCredential(spec, fromInputs, { namespace: spec.namespace, serviceAccount: spec.serviceAccount, name: p.name })
    return want !== undefined && have[key] !== want ? [p.name] : []
  })
}

const registersAtGitHub = (kind: RunnerKind | undefined): boolean => kind !== undefined && DRIVERS[kind].registersAtGitHub === true

async function observe(spec: RunnerSetSpec, ctx: RunnerSetContext, workloadIdentityEnabled?: boolean): Promise<RunnerSetState> {
  const auto = spec.autoscale
  const [observed, github, secrets, demand] = await Promise.all([
    ctx.kube.core().then((api) => observeRunnerPods(api, spec.namespace, spec.serviceAccount, spec.ownerKey)),
    ctx.github.runners(),
    ctx.kube.core().then((api) => observeRunnerSecrets(api, spec.namespace, spec.ownerKey)),
    auto ? ctx.github.queue().then((q) => q?.count(auto.labels)) : undefined
  ])
  // The registrations matter to kinds that register at GitHub, and to pods of such a kind left from a previous one.
  const registered = registersAtGitHub(spec.kind) || observed.pods.some((p) => registersAtGitHub(p.kind))
  const records = github && registered ? await github.listByPrefix(`${spec.namePrefix}-`) : undefined
  return {
    pods: observed.pods,
    records,
    workloadIdentityEnabled,
    secrets: secrets.map(({ name, ownerUid }) => ({ name, ownerUid })),
    staleCredentials: staleCredentials(spec, observed.pods, secrets, ctx.secrets.runnerCredential),
    ...(demand ? { demand } : {})
  }
}

/** Pure: the plan of one runner set as a step. */
export function diffRunnerSet(spec: RunnerSetSpec, state: RunnerSetState | undefined): Change {
  const p = plan(spec, state)
  const id = `${spec.namespace}/${spec.serviceAccount}`
  const diff: FieldDiff[] = []
  const healthy = (state?.pods ?? []).filter(live).length
  const target = p.scaling ? p.scaling.busy + p.scaling.idleTarget : spec.count
  if (p.create > 0 || p.remove.length > 0) diff.push({ field: 'runners', from: healthy, to: target })
  for (const reason of ['finished', 'failing', 'outdated', 'not-injected', 'secret-missing', 'credential-changed', 'surplus'] as const) {
    const names = p.remove.filter((r) => r.reason === reason).map((r) => r.pod.name)
    if (names.length) diff.push({ field: `pods.${reason}`, from: names.join(', ') })
  }
  if (p.orphanRecords.length) diff.push({ field: 'github.orphaned-runners', from: p.orphanRecords.map((r) => r.name).join(', ') })
  if (p.orphanSecrets.length) diff.push({ field: 'secrets.orphaned', from: p.orphanSecrets.join(', ') })
  // runner-count: auto says why it scales: "3 queued jobs match, 1 idle runner: create 2".
  const notes: string[] = p.scaling ? [p.scaling.reason] : []
  if (p.remove.some((r) => r.reason === 'outdated'))
    notes.push('the runner pod spec changed and mutated pods cannot be patched: they are replaced')
  if (p.remove.some((r) => r.reason === 'credential-changed'))
    notes.push('the credential in the inputs changed: the pods are replaced with the new one')
  if (p.remove.some((r) => r.pod.legacy))
    notes.push('pods made by a previous version of the action are replaced by ones that carry the owner key')
  if (p.deferred.length) notes.push(`${p.deferred.map((d) => d.name).join(', ')} run a job: left alone until it ends`)
  const reason = notes.length ? notes.join('; ') : undefined
  if (diff.length === 0) return { action: 'unchanged', diff, id, ownership: 'owned', ...(reason ? { reason } : {}) }
  // Following the queue (new runners for queued jobs, finished ones replaced, idle ones trimmed) is not drift.
  const scaling =
    p.scaling !== undefined &&
    p.remove.every((r) => r.reason === 'finished' || r.reason === 'surplus') &&
    p.orphanRecords.length === 0 &&
    p.orphanSecrets.length === 0
  const action =
    (state?.pods ?? []).length === 0 && p.orphanRecords.length === 0 && p.orphanSecrets.length === 0
      ? 'create'
      : p.remove.some((r) => r.reason === 'outdated')
        ? 'replace'
        : 'update'
  return { action, diff, id, ownership: 'owned', ...(reason ? { reason } : {}), ...(scaling ? { scaling } : {}) }
}

/** Runs `fn` over `items`, at most `limit` at once; every item runs, failures are collected. */
async function eachLimited<T, R>(items: T[], limit: number, fn: (t: T) => Promise<R>): Promise<Array<PromiseSettledResult<R>>> {
  const out = new Array<PromiseSettledResult<R>>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!).then(
        (value) => ({ status: 'fulfilled', value }) as const,
        (reason: unknown) => ({ status: 'rejected', reason }) as const
      )
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

const failure = (errors: unknown[]): Error => combine('Setting up the runners', errors)
const rejected = (results: Array<PromiseSettledResult<unknown>>): unknown[] =>
  results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []))

/** Aborts when either signal does: the run is stopped, or the Lease is lost. */
function eitherSignal(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b
}

function leaseOf(spec: RunnerSetSpec, ctx: RunnerSetContext): LeaseTarget {
  return {
    namespace: spec.namespace,
    name: runnerLeaseName(spec.ownerKey),
    labels: ownershipLabels(spec.ownerKey),
    holder: ctx.kube.holder
  }
}

async function leaseDeps(spec: RunnerSetSpec, ctx: RunnerSetContext) {
  return {
    api: await ctx.kube.coordination(),
    clock: ctx.kube.clock,
    pollMs: ctx.kube.pollMs,
    maxWaitMs: spec.timeoutSeconds * 1000,
    info: (m: string) => ctx.log.info(m),
    signal: ctx.signal
  }
}

/** Removes the half-made and orphaned remains of earlier runs (the Lease is held: nothing of a live sibling's is among them). */
async function removeOrphans(deps: RunnerDeps, spec: RunnerSetSpec, p: RunnerPlan, log: (m: string) => void): Promise<unknown[]> {
  const records = await eachLimited(p.orphanRecords, CREATE_CONCURRENCY, async (r) => {
    await deps.github!.remove(r.id)
    log(`GitHub runner ${r.name}: registration removed (its pod is gone).`)
  })
  const secrets = await eachLimited(p.orphanSecrets, CREATE_CONCURRENCY, async (name) => {
    await deleteOrphanSecret(deps.api, spec.namespace, name)
    log(`Runner Secret ${spec.namespace}/${name}: removed (its pod is gone).`)
  })
  return [...rejected(records), ...rejected(secrets)]
}

export const runnerSetKind: ResourceKind<RunnerSetSpec, RunnerSetState, RunnerSetServices> = {
  kind: 'runner-set',

  async observe(_r, spec, ctx, upstream) {
    // No cluster, no API to read from (the cluster step reports that).
    const reached = await withCluster(upstream(spec.clusterKey), () => ctx.kube.core())
    if (!reached) return undefined
    return observe(spec, ctx, reached.cluster.workloadIdentityEnabled === 'true')
  },

  diff: diffRunnerSet,

  async apply(_step, spec, _observed, ctx) {
    const [api, github] = await Promise.all([ctx.kube.core(), ctx.github.runners()])
    if (!github && registersAtGitHub(spec.kind)) throw new RunnerError("Runners need a 'github-token' that may create self-hosted runners.")
    const log = (m: string): void => ctx.log.info(m)
    const { names, workloadIdentityEnabled, errors } = await withLease(leaseOf(spec, ctx), await leaseDeps(spec, ctx), async (lost) => {
      const signal = eitherSignal(ctx.signal, lost)
      const deps: RunnerDeps = {
        api,
        github,
        inputCredential: ctx.secrets.runnerCredential,
        info: log,
        signal,
        checkpoint: () => ctx.checkpoint(),
        halfMade: (what, undo) => ctx.halfMade(what, undo)
      }
      // The cluster was just updated if it needed to be: the webhook is on now. Read again under the Lease: a
      // sibling run may have made the runners meanwhile.
      const fresh = await observe(spec, ctx, true)
      const p = plan(spec, fresh)
      const recordId = (pod: RunnerPod): number | undefined => pod.runnerId ?? fresh.records?.find((r) => r.name === pod.name)?.id
      if (p.scaling) log(`Runners of ${spec.namespace}/${spec.serviceAccount}: ${p.scaling.reason}.`)
      for (const d of p.deferred) log(`Runner ${d.name}: running a job, left alone (it exits after the job; the next run replaces it).`)

      const removed = await eachLimited(p.remove, CREATE_CONCURRENCY, async ({ pod, reason }) => {
        await removeRunner(deps, spec.namespace, pod.name, recordId(pod), pod.kind)
        const what = registersAtGitHub(pod.kind)
          ? ', with its Secret and GitHub registration'
          : credentialSecretName(pod.kind, pod.name)
            ? ', with its Secret'
            : ''
        log(`Runner ${pod.name}: removed (${reason})${what}.`)
      })
      const orphans = await removeOrphans(deps, spec, p, log)
      const expect = {
        clientId: spec.clientId,
        audience: spec.audience,
        serviceAccount: spec.serviceAccount,
        workloadIdentityEnabled: fresh.workloadIdentityEnabled
      }
      if (p.create + p.remove.length + p.orphanRecords.length + p.orphanSecrets.length === 0)
        log(
          `Runners of ${spec.namespace}/${spec.serviceAccount}: nothing left to do (another run of this workload made the changes meanwhile).`
        )
      const created = await eachLimited(p.names, CREATE_CONCURRENCY, (name) => createRunner(deps, spec, expect, name))
      return {
        names: created.flatMap((r) => (r.status === 'fulfilled' ? [r.value.name] : [])),
        workloadIdentityEnabled: fresh.workloadIdentityEnabled,
        errors: [...rejected(removed), ...orphans, ...rejected(created), ...(lost.aborted ? [lost.reason as unknown] : [])]
      }
    })
    // Waiting needs no Lease: a sibling run that takes it now sees these pods (pending ones count as runners).
    if (spec.wait && names.length && !ctx.signal.aborted) {
      try {
        await waitForRunning(api, spec.namespace, names, {
          timeoutMs: spec.timeoutSeconds * 1000,
          pollMs: ctx.kube.pollMs,
          info: log
        })
      } catch (err) {
        errors.push(err)
      }
    }
    if (errors.length) throw failure(errors)
    const after = await observeRunnerPods(api, spec.namespace, spec.serviceAccount, spec.ownerKey)
    return { pods: after.pods, workloadIdentityEnabled }
  },

  outputs(o, spec): Outputs {
    return {
      'runner-names': (o?.pods ?? [])
        .filter(live)
        .map((p) => p.name)
        .join('\n'),
      id: `${spec.namespace}/${spec.serviceAccount}`
    }
  },

  owned: () => true,

  /** Destroy: something to remove (live pods, registrations or Secrets of the workload whose pod is gone). */
  exists: (o, spec) => {
    const p = plan({ ...spec, count: 0, autoscale: undefined }, o)
    return o.pods.some((x) => !x.deleting) || p.orphanRecords.length > 0 || p.orphanSecrets.length > 0
  },

  async destroy(_step, spec, _observed, ctx) {
    const [api, github] = await Promise.all([ctx.kube.core(), ctx.github.runners()])
    const log = (m: string): void => ctx.log.info(m)
    const errors = await withLease(
      leaseOf(spec, ctx),
      await leaseDeps(spec, ctx),
      async () => {
        const fresh = await observe(spec, ctx)
        const records = fresh.records ?? []
        const deps: RunnerDeps = { api, github, info: log }
        const results = await eachLimited(
          fresh.pods.filter((p) => !p.deleting),
          CREATE_CONCURRENCY,
          async (pod) => {
            const id = pod.runnerId ?? records.find((r) => r.name === pod.name)?.id
            if (github) await removeRunner(deps, spec.namespace, pod.name, id, pod.kind)
            else await deleteRunnerPod(api, spec.namespace, pod.name, pod.kind)
            log(`Runner ${pod.name}: removed.`)
          }
        )
        // Registrations and Secrets whose pod is already gone go too (registrations only idle and offline, as in apply).
        const orphans = await removeOrphans(
          deps,
          spec,
          plan({ ...spec, count: 0, autoscale: undefined }, { ...fresh, records: github ? records : [] }),
          log
        )
        return [...rejected(results), ...orphans]
      },
      // Nothing is left to coordinate: the Lease goes with the runners.
      { remove: true }
    )
    if (errors.length) throw failure(errors)
  }
}
