// The plan: one pure function from desired resources and observed state to ordered steps with field-level
// diffs. `plan` mode is exactly this without applying; apply and destroy walk the same steps.
import type { Mode } from './constants.js'
import {
  CHANGING_ACTIONS,
  UNKNOWN,
  type Action,
  type Change,
  type Outputs,
  type Plan,
  type Resource,
  type ResourceKind,
  type Step
} from './model.js'

/** The registered kinds by name; `Services` is what the engine gives them. */
export type Kinds<Services extends object = object> = ReadonlyMap<string, ResourceKind<unknown, unknown, Services>>

/** Resources in dependency order (stable: the given order among independent ones); throws on cycles or unknown keys. */
export function dependencyOrder<R extends { key: string; dependsOn: string[] }>(resources: readonly R[]): R[] {
  const byKey = new Map(resources.map((r) => [r.key, r]))
  const out: R[] = []
  const state = new Map<string, 'visiting' | 'done'>()
  const visit = (r: R, path: string[]): void => {
    const s = state.get(r.key)
    if (s === 'done') return
    if (s === 'visiting') throw new Error(`dependency cycle: ${[...path, r.key].join(' → ')}`)
    state.set(r.key, 'visiting')
    for (const d of r.dependsOn) {
      const dep = byKey.get(d)
      if (!dep) throw new Error(`${r.key} depends on ${d}, which is not in the desired state`)
      visit(dep, [...path, r.key])
    }
    state.set(r.key, 'done')
    out.push(r)
  }
  for (const r of resources) visit(r, [])
  return out
}

/**
 * Resolves specs against outputs: `outputsOf(key)` gives a resource's outputs from its state (observed at plan
 * time, applied at apply time); specs are computed on demand, so a spec may read any resource. Apply passes
 * `cache = false`: a spec must see its dependencies' latest state.
 */
export function resolver(
  kinds: Kinds,
  resources: readonly Resource[],
  stateOf: (key: string) => unknown,
  cache = true,
  adjust: (key: string, o: Outputs) => Outputs = (_k, o) => o
) {
  const byKey = new Map(resources.map((r) => [r.key, r]))
  const specs = new Map<string, unknown>()
  const computing = new Set<string>()
  const spec = (key: string): unknown => {
    if (specs.has(key)) return specs.get(key)
    const r = byKey.get(key)
    if (!r) throw new Error(`no resource '${key}' in the desired state`)
    if (computing.has(key)) throw new Error(`spec of ${key} refers to itself`)
    computing.add(key)
    const value = r.spec(outputs)
    computing.delete(key)
    if (cache) specs.set(key, value)
    return value
  }
  const outputs = (key: string): Outputs => {
    const r = byKey.get(key)
    return r ? adjust(key, kindOf(kinds, r.kind).outputs(stateOf(key), spec(key))) : {}
  }
  return { spec, outputs }
}

export function kindOf<Services extends object>(kinds: Kinds<Services>, kind: string): ResourceKind<unknown, unknown, Services> {
  const k = kinds.get(kind)
  if (!k) throw new Error(`no resource kind '${kind}' is registered`)
  return k
}

/** Each resource's kind compares its desired spec (resolved against the others' observed outputs) with what exists. */
export function makePlan(mode: Mode, resources: readonly Resource[], observed: ReadonlyMap<string, unknown>, kinds: Kinds): Plan {
  const ordered = dependencyOrder(resources)
  const actions = new Map<string, Action>()
  // A resource about to be created (or replaced) has no values yet: its dependents see UNKNOWN, not stale or absent ones.
  const unknownIfNew = (key: string, o: Outputs): Outputs => {
    const a = actions.get(key)
    return a === 'create' || a === 'replace' ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? UNKNOWN])) : o
  }
  const { spec } = resolver(kinds, ordered, (k) => observed.get(k), true, unknownIfNew)
  const steps: Step[] = ordered.map((r) => {
    const kind = kindOf(kinds, r.kind)
    const state = observed.get(r.key)
    const change = mode === 'destroy' ? destroyChange(kind, state, spec(r.key)) : kind.diff(spec(r.key), state)
    const notices = [...(change.notices ?? []), ...(kind.notices?.(state, spec(r.key)) ?? [])]
    actions.set(r.key, change.action)
    return { key: r.key, kind: r.kind, dependsOn: [...r.dependsOn], ...change, ...(notices.length ? { notices } : {}) }
  })
  if (mode !== 'destroy') return { version: 1, mode, steps }
  keepWhatKeptResourcesNeed(steps, observed, kinds, spec)
  // Destroy removes dependents before what they depend on.
  return { version: 1, mode, steps: steps.reverse() }
}

/** Whether the observation means the resource exists (a kind may say more precisely). */
function exists(kind: ResourceKind, observed: unknown, spec: unknown): boolean {
  return observed !== undefined && (kind.exists?.(observed, spec) ?? true)
}

/** destroy mode: delete only what exists and carries our ownership mark; leave everything else alone, saying why. */
function destroyChange(kind: ResourceKind, observed: unknown, spec: unknown): Change {
  if (!exists(kind, observed, spec)) return { action: 'unchanged', diff: [], reason: 'does not exist' }
  const id = kind.outputs(observed, spec).id
  const withId = id ? { id } : {}
  if (!kind.destroy)
    return { action: 'unchanged', diff: [], reason: kind.keepReason?.(observed, spec) ?? `destroy never removes a ${kind.kind}`, ...withId }
  if (!kind.owned?.(observed, spec)) {
    const why = kind.keepReason?.(observed, spec) ?? 'not created by this action'
    const released = kind.release?.(observed, spec) ?? []
    if (released.length)
      return {
        action: 'update',
        diff: released,
        reason: 'not created by this action: kept, only its fields set by this action are removed',
        notices: [`kept: ${why}`],
        ownership: 'adopted',
        ...withId
      }
    return {
      action: 'unchanged',
      diff: [],
      reason: 'not created by this action: kept',
      notices: [`kept: ${why}`],
      ownership: 'adopted',
      ...withId
    }
  }
  return { action: 'delete', diff: [], ownership: 'owned', ...withId }
}

/**
 * destroy mode, dependents first: a resource stays when something that depends on it stays (a foreign service
 * account still names the identity), or when a dependent says deleting it would take others' things along
 * (other people's federated credentials live on the identity). Mutates `steps` (in dependency order).
 */
function keepWhatKeptResourcesNeed(
  steps: Step[],
  observed: ReadonlyMap<string, unknown>,
  kinds: Kinds,
  spec: (key: string) => unknown
): void {
  const byKey = new Map(steps.map((s) => [s.key, s]))
  for (const step of [...steps].reverse()) {
    if (step.action !== 'delete') continue
    const why: string[] = []
    for (const d of steps.filter((o) => o.dependsOn.includes(step.key))) {
      const kind = kindOf(kinds, d.kind)
      const state = observed.get(d.key)
      if (state === undefined) continue
      // A released dependent (its fields removed, the object kept) no longer refers to what it depended on, but stays
      // inside what contains it.
      const stays = d.action !== 'delete' && exists(kind, state, spec(d.key))
      if (stays && (d.action !== 'update' || kindOf(kinds, step.kind).contains)) why.push(`${d.key} depends on it and is kept`)
      // Asked even when the dependent itself is gone: the others' things it saw are still there.
      const objection = kind.keepsDependencies?.(state, spec(d.key))
      if (objection) why.push(objection)
    }
    if (!why.length) continue
    const kept = byKey.get(step.key)!
    kept.action = 'unchanged'
    kept.reason = 'kept: still needed by what stays'
    kept.notices = [...(kept.notices ?? []), `kept: ${why.join('; ')}`]
  }
}

/** The number of steps that change something (the `changes` output). */
export function countChanges(plan: Plan): number {
  return plan.steps.filter((s) => CHANGING_ACTIONS.has(s.action)).length
}

export function conflicts(plan: Plan): Step[] {
  return plan.steps.filter((s) => s.action === 'conflict')
}

// --- helpers for kinds' pure diffs ----------------------------------------------------------------------

/** Structural equality for JSON-like values (arrays in order). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a)
    const kb = Object.keys(b)
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  }
  return false
}

/** A `create` change listing every desired field as new. */
export function createChange(fields: Record<string, unknown>, reason?: string): Change {
  return { action: 'create', diff: Object.entries(fields).map(([field, to]) => ({ field, to })), ...(reason ? { reason } : {}) }
}
