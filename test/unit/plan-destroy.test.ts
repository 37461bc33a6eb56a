// The pure destroy planning over fake kinds: reverse order, ownership, `exists`, kept dependents keeping what
// they depend on, a dependent's objection, and the notices that say why.
import { describe, expect, it } from '@jest/globals'
import type { Change, Resource, ResourceKind } from '../../src/model.js'
import { makePlan, type Kinds } from '../../src/plan.js'

interface State {
  ours: boolean
  present?: boolean
  foreignInside?: string[]
}

/** A kind whose observation says whether it is ours, whether it exists, and what foreign things it holds. */
const fake = (name: string, deletable = true): ResourceKind<unknown, State> => ({
  kind: name,
  observe: async () => undefined,
  diff: (): Change => ({ action: 'unchanged', diff: [] }),
  apply: async (_s, _spec, o) => o!,
  outputs: (o) => ({ id: o ? `/${name}` : undefined }),
  owned: (o) => o.ours,
  exists: (o) => o.present !== false,
  keepReason: () => `${name} is not ours`,
  keepsDependencies: (o) => (o.foreignInside?.length ? `holds ${o.foreignInside.join(', ')}` : undefined),
  ...(deletable ? { destroy: async () => undefined } : {})
})

const kinds: Kinds = new Map([...['parent', 'child', 'leaf'].map((k) => [k, fake(k) as ResourceKind] as const), ['root', fake('root', false) as ResourceKind] as const])
const res = (key: string, kind: string, dependsOn: string[] = []): Resource => ({ key, kind, dependsOn, spec: () => ({}) })
const resources = [res('root', 'root'), res('parent', 'parent', ['root']), res('child', 'child', ['parent']), res('leaf', 'leaf', ['child'])]

function destroyPlan(states: Record<string, State | undefined>) {
  const plan = makePlan('destroy', resources, new Map(Object.entries(states)), kinds)
  return { plan, by: (k: string) => plan.steps.find((s) => s.key === k)! }
}

describe('destroy plan', () => {
  it('deletes what is ours, dependents first, and never what has no destroy', () => {
    const { plan, by } = destroyPlan({ root: { ours: true }, parent: { ours: true }, child: { ours: true }, leaf: { ours: true } })
    expect(plan.steps.map((s) => [s.key, s.action])).toEqual([
      ['leaf', 'delete'],
      ['child', 'delete'],
      ['parent', 'delete'],
      ['root', 'unchanged']
    ])
    expect(by('root')).toMatchObject({ reason: 'root is not ours' })
    expect(by('leaf').notices).toBeUndefined()
  })

  it('keeps what is not ours with a notice, and what a kept dependent needs, transitively', () => {
    const { by } = destroyPlan({ root: { ours: true }, parent: { ours: true }, child: { ours: true }, leaf: { ours: false } })
    expect(by('leaf')).toMatchObject({ action: 'unchanged', reason: 'not created by this action: kept', notices: ['kept: leaf is not ours'] })
    expect(by('child')).toMatchObject({ action: 'unchanged', notices: ['kept: leaf depends on it and is kept'] })
    expect(by('parent')).toMatchObject({ action: 'unchanged', notices: ['kept: child depends on it and is kept'] })
  })

  it("keeps a dependency a dependent objects to deleting, even when the dependent itself goes or is already gone", () => {
    const going = destroyPlan({ root: { ours: true }, parent: { ours: true }, child: { ours: true, foreignInside: ['their-cred'] }, leaf: undefined })
    expect(going.by('child').action).toBe('delete')
    expect(going.by('parent')).toMatchObject({ action: 'unchanged', notices: ['kept: holds their-cred'] })
    const gone = destroyPlan({ root: { ours: true }, parent: { ours: true }, child: { ours: true, present: false, foreignInside: ['their-cred'] }, leaf: undefined })
    expect(gone.by('child')).toMatchObject({ action: 'unchanged', reason: 'does not exist' })
    expect(gone.by('parent').notices).toEqual(['kept: holds their-cred'])
  })

  it('treats an observation that is not the resource as absent (kind.exists), so a second destroy has nothing to do', () => {
    const { plan } = destroyPlan({ root: { ours: true }, parent: { ours: true, present: false }, child: undefined, leaf: undefined })
    expect(plan.steps.filter((s) => s.key !== 'root').map((s) => [s.key, s.action, s.reason])).toEqual([
      ['leaf', 'unchanged', 'does not exist'],
      ['child', 'unchanged', 'does not exist'],
      ['parent', 'unchanged', 'does not exist']
    ])
  })
})
