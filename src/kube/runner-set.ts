// The runner set (all runner pods of one service account) as an engine resource kind. One resource rather
// than one per runner: runner names are generated, so the unit the user asks for is "runner-count pods of
// this spec". The diff is planRunners (pure); apply re-reads the pods first (the plan may be minutes old after
// a cluster update) and then removes, creates and waits.
import type { Change, FieldDiff, KindContext, Outputs, ResourceKind } from '../model.js'
import type { GitHubServices, RunnerRecord } from '../github/runners.js'
import type { Settings } from '../settings.js'
import { combine } from '../graph.js'
import { checkInjection } from './injection.js'
import type { RunnerPodInput } from './manifests.js'
import {
  createRunner,
  deleteRunnerPod,
  observeRunnerPods,
  observeRunnerSecrets,
  planRunners,
  removeRunner,
  RunnerError,
  type RunnerDeps,
  type RunnerPlan,
  type RunnerPod
} from './runner-pods.js'
import { credentialSecretName, derivedCredential, DRIVERS, type RunnerKind } from '../runner-kinds/index.js'
import type { KubeServices } from './services.js'
import { waitForRunning } from './wait.js'

export type RunnerSetSpec = RunnerPodInput & {
  count: number
  audience: string
  wait: boolean
  timeoutSeconds: number
  clusterKey: string
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
  /** Other runner sets' pods in the namespace. */
  otherPods?: string[]
  /** GitHub records under our prefix; undefined without a token. */
  records?: RunnerRecord[]
  /** From the cluster observation, for the injection diagnosis. */
  workloadIdentityEnabled?: boolean
  /** Names of the runner credential Secrets in the namespace; undefined = not listed. */
  secrets?: string[]
  /** Pods whose credential Secret no longer matches the inputs (e.g. a new GitLab token): replaced. */
  staleCredentials?: string[]
}

/** Creations at once: each is a GitHub call and two Kubernetes writes; GitHub dislikes bursts. */
const CREATE_CONCURRENCY = 4

const live = (p: RunnerPod): boolean => !p.deleting && p.phase !== 'Succeeded' && p.phase !== 'Failed'

function plan(spec: RunnerSetSpec, state: RunnerSetState | undefined): RunnerPlan {
  const expect = { clientId: spec.clientId, audience: spec.audience, serviceAccount: spec.serviceAccount }
  const secrets = state?.secrets && new Set(state.secrets)
  const stale = new Set(state?.staleCredentials ?? [])
  return planRunners({
    count: spec.count,
    input: spec,
    pods: state?.pods ?? [],
    otherPods: state?.otherPods,
    records: state?.records,
    injected: (p) => checkInjection(p.pod, expect).ok,
    // Kinds without a credential (plain pods) have no Secret to miss.
    hasSecret:
      secrets &&
      ((p) => {
        const n = credentialSecretName(p.kind, p.name)
        return n === undefined || secrets.has(n)
      }),
    credentialChanged: (p) => stale.has(p.name)
  })
}

/** Pods whose credential Secret differs from what the inputs give now (compared in memory; nothing is logged). */
function staleCredentials(
  spec: RunnerSetSpec,
  pods: RunnerPod[],
  secrets: Map<string, Record<string, string>>,
  fromInputs: string | undefined
): string[] {
  const key = DRIVERS[spec.kind].secret?.key
  return pods.flatMap((p) => {
    const name = credentialSecretName(p.kind, p.name)
    const have = name ? secrets.get(name) : undefined
    if (p.kind !== spec.kind || !key || !have) return []
    const want = derivedCredential(spec, fromInputs, { namespace: spec.namespace, serviceAccount: spec.serviceAccount, name: p.name })
    return want !== undefined && have[key] !== want ? [p.name] : []
  })
}

const registersAtGitHub = (kind: RunnerKind | undefined): boolean => kind !== undefined && DRIVERS[kind].registersAtGitHub === true

async function observe(spec: RunnerSetSpec, ctx: RunnerSetContext, workloadIdentityEnabled?: boolean): Promise<RunnerSetState> {
  const [observed, github, secrets] = await Promise.all([
    ctx.kube.core().then((api) => observeRunnerPods(api, spec.namespace, spec.serviceAccount)),
    ctx.github.runners(),
    ctx.kube.core().then((api) => observeRunnerSecrets(api, spec.namespace))
  ])
  // The registrations matter to kinds that register at GitHub, and to pods of such a kind left from a previous one.
  const registered = registersAtGitHub(spec.kind) || observed.pods.some((p) => registersAtGitHub(p.kind))
  const records = github && registered ? await github.listByPrefix(`${spec.namePrefix}-`) : undefined
  const staleCreds = staleCredentials(spec, observed.pods, secrets, ctx.secrets.runnerCredential)
  return {
    pods: observed.pods,
    otherPods: observed.otherSets,
    records,
    workloadIdentityEnabled,
    secrets: [...secrets.keys()],
    staleCredentials: staleCreds
  }
}

/** Pure: the plan of one runner set as a step. */
export function diffRunnerSet(spec: RunnerSetSpec, state: RunnerSetState | undefined): Change {
  const p = plan(spec, state)
  const id = `${spec.namespace}/${spec.serviceAccount}`
  const diff: FieldDiff[] = []
  const healthy = (state?.pods ?? []).filter(live).length
  if (p.create > 0 || p.remove.length > 0) diff.push({ field: 'runners', from: healthy, to: spec.count })
  for (const reason of ['finished', 'failing', 'outdated', 'not-injected', 'secret-missing', 'credential-changed', 'surplus'] as const) {
    const names = p.remove.filter((r) => r.reason === reason).map((r) => r.pod.name)
    if (names.length) diff.push({ field: `pods.${reason}`, from: names.join(', ') })
  }
  if (p.orphanRecords.length) diff.push({ field: 'github.orphaned-runners', from: p.orphanRecords.map((r) => r.name).join(', ') })
  const notes: string[] = []
  if (p.remove.some((r) => r.reason === 'outdated'))
    notes.push('the runner pod spec changed and mutated pods cannot be patched: they are replaced')
  if (p.remove.some((r) => r.reason === 'credential-changed'))
    notes.push('the credential in the inputs changed: the pods are replaced with the new one')
  if (p.deferred.length) notes.push(`${p.deferred.map((d) => d.name).join(', ')} run a job: left alone until it ends`)
  const reason = notes.length ? notes.join('; ') : undefined
  if (diff.length === 0) return { action: 'unchanged', diff, id, ...(reason ? { reason } : {}) }
  const action =
    (state?.pods ?? []).length === 0 && p.orphanRecords.length === 0
      ? 'create'
      : p.remove.some((r) => r.reason === 'outdated')
        ? 'replace'
        : 'update'
  return { action, diff, id, ...(reason ? { reason } : {}) }
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

export const runnerSetKind: ResourceKind<RunnerSetSpec, RunnerSetState, RunnerSetServices> = {
  kind: 'runner-set',

  async observe(_r, spec, ctx, upstream) {
    // No cluster, no API to read from (the cluster step reports that).
    const cluster = await upstream(spec.clusterKey)
    if (!cluster) return undefined
    return observe(spec, ctx, cluster.workloadIdentityEnabled === 'true')
  },

  diff: diffRunnerSet,

  async apply(_step, spec, _observed, ctx) {
    const [api, github] = await Promise.all([ctx.kube.core(), ctx.github.runners()])
    if (!github && registersAtGitHub(spec.kind)) throw new RunnerError("Runners need a 'github-token' that may create self-hosted runners.")
    const deps: RunnerDeps = { api, github, inputCredential: ctx.secrets.runnerCredential, info: (m) => ctx.log.info(m) }
    // The cluster was just updated if it needed to be: the webhook is on now.
    const fresh = await observe(spec, ctx, true)
    const p = plan(spec, fresh)
    const recordId = (pod: RunnerPod): number | undefined => pod.runnerId ?? fresh.records?.find((r) => r.name === pod.name)?.id
    for (const d of p.deferred)
      ctx.log.info(`Runner ${d.name}: running a job, left alone (it exits after the job; the next run replaces it).`)

    const removed = await eachLimited(p.remove, CREATE_CONCURRENCY, async ({ pod, reason }) => {
      await removeRunner(deps, spec.namespace, pod.name, recordId(pod), pod.kind)
      const what = registersAtGitHub(pod.kind)
        ? ', with its Secret and GitHub registration'
        : credentialSecretName(pod.kind, pod.name)
          ? ', with its Secret'
          : ''
      ctx.log.info(`Runner ${pod.name}: removed (${reason})${what}.`)
    })
    const orphans = await eachLimited(p.orphanRecords, CREATE_CONCURRENCY, async (r) => {
      await github!.remove(r.id)
      ctx.log.info(`GitHub runner ${r.name}: registration removed (its pod is gone).`)
    })
    const expect = {
      clientId: spec.clientId,
      audience: spec.audience,
      serviceAccount: spec.serviceAccount,
      workloadIdentityEnabled: fresh.workloadIdentityEnabled
    }
    const created = await eachLimited(Array.from({ length: p.create }), CREATE_CONCURRENCY, () => createRunner(deps, spec, expect))
    const errors = [...removed, ...orphans, ...created].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []))
    const names = created.flatMap((r) => (r.status === 'fulfilled' ? [r.value.name] : []))
    if (spec.wait && names.length) {
      try {
        await waitForRunning(api, spec.namespace, names, {
          timeoutMs: spec.timeoutSeconds * 1000,
          pollMs: ctx.kube.pollMs,
          info: (m) => ctx.log.info(m)
        })
      } catch (err) {
        errors.push(err)
      }
    }
    if (errors.length) throw failure(errors)
    const after = await observeRunnerPods(api, spec.namespace, spec.serviceAccount)
    return { pods: after.pods, otherPods: after.otherSets, workloadIdentityEnabled: fresh.workloadIdentityEnabled }
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

  /** Destroy: something to remove (live pods, or GitHub registrations whose pod is gone). */
  exists: (o, spec) => o.pods.some((p) => !p.deleting) || plan({ ...spec, count: 0 }, o).orphanRecords.length > 0,

  async destroy(_step, spec, observed, ctx) {
    const [api, github] = await Promise.all([ctx.kube.core(), ctx.github.runners()])
    const records = observed.records ?? []
    const results = await eachLimited(
      observed.pods.filter((p) => !p.deleting),
      CREATE_CONCURRENCY,
      async (pod) => {
        const namespace = pod.pod.metadata?.namespace ?? ''
        const id = pod.runnerId ?? records.find((r) => r.name === pod.name)?.id
        if (github) await removeRunner({ api, github, info: (m) => ctx.log.info(m) }, namespace, pod.name, id, pod.kind)
        else await deleteRunnerPod(api, namespace, pod.name, pod.kind)
        ctx.log.info(`Runner ${pod.name}: removed.`)
      }
    )
    // Registrations whose pod is already gone go too (only without a job and offline, as in apply).
    const orphans = github
      ? await eachLimited(plan({ ...spec, count: 0 }, observed).orphanRecords, CREATE_CONCURRENCY, (r) => github.remove(r.id))
      : []
    const errors = [...results, ...orphans].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []))
    if (errors.length) throw failure(errors)
  }
}
