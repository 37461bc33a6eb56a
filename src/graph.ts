// The engine's core, independent of any resource kind: observe every resource (reads start together; a
// resource waits only for the observations it asks for), and apply a plan along its dependency graph with
// independent steps concurrently, up to a bound.
import { CHANGING_ACTIONS, type KindContext, type Outputs, type Plan, type Resource, type Step } from './model.js'
import { kindOf, resolver, type Kinds } from './plan.js'

/** Observes all resources concurrently; `upstream(key)` lets one wait for another's observation (its outputs). */
export async function observeAll<Services extends object>(
  resources: readonly Resource[],
  kinds: Kinds<Services>,
  ctx: KindContext<Services>
): Promise<Map<string, unknown>> {
  const byKey = new Map(resources.map((r) => [r.key, r]))
  const started = new Map<string, Promise<unknown>>()
  // At observe time nothing is known about other resources: specs see empty outputs (static fields are all observe needs).
  const noRefs = () => ({})
  const observe = (key: string): Promise<unknown> => {
    let p = started.get(key)
    if (!p) {
      const r = byKey.get(key)
      if (!r) return Promise.reject(new Error(`no resource '${key}' to observe`))
      p = kindOf(kinds, r.kind).observe(r, r.spec(noRefs), ctx, upstream)
      started.set(key, p)
    }
    return p
  }
  // Another resource's observation as its kind's outputs: typed strings, never the kind's internal state.
  const upstream = async (key: string): Promise<Outputs | undefined> => {
    const state = await observe(key)
    const r = byKey.get(key)
    return state === undefined || !r ? undefined : kindOf(kinds, r.kind).outputs(state, r.spec(noRefs))
  }
  const results = await Promise.allSettled(resources.map((r) => observe(r.key)))
  const failed = results.flatMap((res) => (res.status === 'rejected' ? [res.reason as unknown] : []))
  if (failed.length) throw combine('Reading the current state', failed)
  return new Map(resources.map((r, i) => [r.key, (results[i] as PromiseFulfilledResult<unknown>).value]))
}

export interface ApplyResult {
  /** State of every resource after the run (observed for unchanged ones). */
  states: Map<string, unknown>
  /**
   * Steps that failed (a conflict found by the plan counts: it cannot be applied), and (`skipped`) steps not
   * attempted because a step they depend on failed or the run was stopped before they started.
   */
  failures: Array<{ step: Step; error: unknown; skipped: boolean }>
  /** Keys of the steps that changed something and finished. */
  done: string[]
}

/** A counting semaphore: at most `limit` tasks at once. */
function limiter(limit: number) {
  let active = 0
  const queue: Array<() => void> = []
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((r) => queue.push(r))
    active++
    try {
      return await fn()
    } finally {
      active--
      queue.shift()?.()
    }
  }
}

/** A step not attempted: a step it depends on failed (`blockedBy`), or the run was stopped before it started. */
export class NotAttempted extends Error {
  constructor(
    message: string,
    readonly blockedBy: string[] = []
  ) {
    super(message)
    this.name = 'NotAttempted'
  }
}

/** A step the plan found cannot be applied without the user (a conflict): it fails, and only what depends on it waits. */
export class ConflictError extends Error {
  constructor(readonly step: Step) {
    super(`${step.key}: ${step.reason ?? 'conflict'}`)
    this.name = 'ConflictError'
  }
}

/**
 * Applies the plan: each step starts as soon as its dependencies are done, with the specs resolved against the
 * dependencies' states after their apply. A failed step (or a conflict) skips its dependents; independent ones
 * still finish. Once `stop` is aborted (SIGTERM, the run's timeout), no step starts; those running finish or fail.
 */
export async function applyPlan<Services extends object>(
  plan: Plan,
  resources: readonly Resource[],
  observed: ReadonlyMap<string, unknown>,
  kinds: Kinds<Services>,
  ctx: KindContext<Services>,
  concurrency = 8,
  stop?: AbortSignal
): Promise<ApplyResult> {
  const states = new Map(observed)
  const { spec } = resolver(kinds, resources, (k) => states.get(k), false)
  const steps = new Map(plan.steps.map((s) => [s.key, s]))
  const running = new Map<string, Promise<void>>()
  const limit = limiter(concurrency)
  const failures: ApplyResult['failures'] = []
  const done: string[] = []
  const reverse = plan.mode === 'destroy'
  // Destroy runs the graph backwards: a step waits for the steps that depend on it.
  const waitsFor = (s: Step): string[] => (reverse ? plan.steps.filter((o) => o.dependsOn.includes(s.key)).map((o) => o.key) : s.dependsOn)

  const run = (key: string): Promise<void> => {
    let p = running.get(key)
    if (p) return p
    const step = steps.get(key)!
    p = (async () => {
      const waits = waitsFor(step)
      const deps = await Promise.allSettled(waits.map(run))
      // A step with nothing to do is satisfied whatever happened upstream (it keeps its observed state).
      if (!CHANGING_ACTIONS.has(step.action) && step.action !== 'conflict') return
      const blockedBy = waits.filter((_, i) => deps[i]!.status === 'rejected')
      if (blockedBy.length) throw new NotAttempted(`${key}: not attempted, as it depends on ${blockedBy.join(', ')}`, blockedBy)
      if (step.action === 'conflict') throw new ConflictError(step)
      const kind = kindOf(kinds, step.kind)
      // A step of a lane waits for its turn before it takes a concurrency slot (one queued holds none).
      const lane = kind.lane?.(spec(key))
      const slot = (fn: () => Promise<void>): Promise<void> => (lane ? ctx.exclusive(lane, () => limit(fn)) : limit(fn))
      await slot(async () => {
        if (stop?.aborted && CHANGING_ACTIONS.has(step.action)) throw new NotAttempted(`${key}: not attempted, the run was stopped`)
        if (step.action === 'delete') {
          await kind.destroy!(step, spec(key), states.get(key), ctx)
          states.delete(key)
        } else if (CHANGING_ACTIONS.has(step.action)) {
          // Resolved now: a dependency's outputs are as applied (the issuer after the cluster update, the new principal ID).
          states.set(key, await kind.apply(step, spec(key), states.get(key), ctx))
        }
        // An unchanged step keeps its observed state: nothing to write.
      })
      if (CHANGING_ACTIONS.has(step.action)) done.push(key)
    })()
    p.catch((error: unknown) => failures.push({ step, error, skipped: error instanceof NotAttempted }))
    running.set(key, p)
    return p
  }
  await Promise.allSettled(plan.steps.map((s) => run(s.key)))
  return { states, failures, done }
}

/** One error for several: the first's message when alone, else a numbered list. Keeps the first as `cause`. */
export function combine(what: string, errors: unknown[]): Error {
  const msg = (e: unknown) => (e instanceof Error ? e.message : String(e))
  if (errors.length === 1) return errors[0] instanceof Error ? errors[0] : new Error(`${what} failed: ${msg(errors[0])}`)
  const err = new Error(`${what} failed in ${errors.length} places:\n${errors.map((e, i) => `${i + 1}. ${msg(e)}`).join('\n')}`)
  err.cause = errors[0]
  return err
}
