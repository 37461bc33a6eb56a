// The plan: one pure function from desired resources and observed state to ordered steps with field-level
// diffs. `plan` mode is exactly this without applying; apply and destroy walk the same steps.
import type { Mode } from './settings.js'
import { CHANGING_ACTIONS, UNKNOWN, type Action, type Change, type Outputs, type Plan, type Resource, type ResourceKind, type Step } from './model.js'

export type Kinds = ReadonlyMap<string, ResourceKind>

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

export function kindOf(kinds: Kinds, kind: string): ResourceKind {
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
    actions.set(r.key, change.action)
    return { key: r.key, kind: r.kind, dependsOn: [...r.dependsOn], ...change }
  })
  // Destroy removes dependents before what they depend on.
  return { version: 1, mode, steps: mode === 'destroy' ? steps.reverse() : steps }
}

/** destroy mode: delete only what exists and carries our ownership mark; leave everything else alone. */
function destroyChange(kind: ResourceKind, observed: unknown, spec: unknown): Change {
  if (observed === undefined) return { action: 'unchanged', diff: [], reason: 'does not exist' }
  const id = kind.outputs(observed, spec).id
  if (!kind.destroy || !kind.owned?.(observed, spec)) return { action: 'unchanged', diff: [], reason: 'not created by this action: kept', ...(id ? { id } : {}) }
  return { action: 'delete', diff: [], ...(id ? { id } : {}) }
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
