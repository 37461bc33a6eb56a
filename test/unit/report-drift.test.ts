// Drift in words and annotations (pure): field messages, one finding per drifted resource, warnings only in
// plan mode, notices for what is left alone, the plan JSON's additive `notices`, and the `drift` output.
import { describe, expect, it } from '@jest/globals'
import type { Plan, Step } from '../../src/model.js'
import { annotate, describeField, driftFindings, driftMessage } from '../../src/drift.js'
import { planJson, type AnnotationProps } from '../../src/report.js'

const step = (s: Partial<Step> & Pick<Step, 'key' | 'action'>): Step => ({ kind: s.key.split(':')[0]!, diff: [], dependsOn: [], ...s })
const plan = (mode: Plan['mode'], steps: Step[]): Plan => ({ version: 1, mode, steps })

describe('drift messages', () => {
  it('say for each field what it is and what it should be', () => {
    expect(describeField({ field: 'tags.team', from: 'b', to: 'a' })).toBe('tags.team is "b", expected "a"')
    expect(describeField({ field: 'audiences', from: ['x'], to: ['y'] })).toBe('audiences is ["x"], expected ["y"]')
    expect(describeField({ field: 'metadata.labels.k', to: 'v' })).toBe('metadata.labels.k is missing, expected "v"')
    expect(describeField({ field: 'pods.not-injected', from: 'r-1' })).toBe('pods.not-injected: "r-1"')
  })

  it('name the resource first; a missing one does not exist; a conflict or replacement says why', () => {
    expect(driftMessage(step({ key: 'identity:rg/id', action: 'create', diff: [{ field: 'location', to: 'eastus' }] }))).toBe('identity:rg/id: does not exist')
    expect(driftMessage(step({ key: 'sa:a/b', action: 'conflict', diff: [{ field: 'f', from: 'x', to: 'y' }], reason: 'owned by kubectl' }))).toBe('sa:a/b: f is "x", expected "y" (owned by kubectl)')
    expect(driftMessage(step({ key: 'c:rg/aks', action: 'conflict', reason: 'cluster not found' }))).toBe('c:rg/aks: cluster not found')
    expect(driftMessage(step({ key: 'i:rg/id', action: 'update', diff: [{ field: 'tags.a', from: '1', to: '2' }], reason: 'note' }))).toBe('i:rg/id: tags.a is "1", expected "2"')
  })

  it('one finding per resource that would change or needs the user; none in destroy mode', () => {
    const steps = [
      step({ key: 'a:1', action: 'unchanged', notices: ['left alone'] }),
      step({ key: 'b:2', action: 'update', diff: [{ field: 'x', from: 1, to: 2 }, { field: 'y', from: 3, to: 4 }] }),
      step({ key: 'c:3', action: 'conflict', reason: 'why' }),
      step({ key: 'd:4', action: 'replace', diff: [{ field: 'pods.outdated', from: 'p' }], reason: 'pods cannot be patched' })
    ]
    expect(driftFindings(plan('plan', steps)).map((f) => f.message)).toEqual([
      'b:2: x is 1, expected 2; y is 3, expected 4',
      'c:3: why',
      'd:4: pods.outdated: "p" (pods cannot be patched)'
    ])
    expect(driftFindings(plan('destroy', [step({ key: 'x:1', action: 'delete' })]))).toEqual([])
  })
})

describe('annotations', () => {
  const recorder = (withNotice: boolean) => {
    const got: Array<[string, string, AnnotationProps | undefined]> = []
    return {
      got,
      sink: {
        info: (m: string) => void got.push(['info', m, undefined]),
        warning: (m: string, p?: AnnotationProps) => void got.push(['warning', m, p]),
        ...(withNotice ? { notice: (m: string, p?: AnnotationProps) => void got.push(['notice', m, p]) } : {})
      }
    }
  }
  const steps = [step({ key: 'i:rg/id', action: 'update', diff: [{ field: 'tags.a', from: '1', to: '2' }] }), step({ key: 'f:rg/id/f', action: 'unchanged', notices: ["credential 'z' also trusts it"] })]

  it('plan: one warning per drifted resource titled with it, and a notice per thing left alone', () => {
    const r = recorder(true)
    annotate(r.sink, plan('plan', steps))
    expect(r.got).toEqual([
      ['warning', 'Drift: i:rg/id: tags.a is "1", expected "2"', { title: 'Drift: i:rg/id' }],
      ['notice', "f:rg/id/f: credential 'z' also trusts it", { title: 'Left alone: f:rg/id/f' }]
    ])
  })

  it('apply: no drift warnings (it converges), notices still; a sink without notices logs them', () => {
    const r = recorder(false)
    annotate(r.sink, plan('apply', steps))
    expect(r.got).toEqual([['info', "f:rg/id/f: credential 'z' also trusts it", undefined]])
  })

  it('the plan JSON carries notices only where there are some (version 1, extended)', () => {
    const j = JSON.parse(planJson(plan('plan', steps))) as { version: number; steps: Array<Record<string, unknown>> }
    expect(j.version).toBe(1)
    expect(j.steps[0]).not.toHaveProperty('notices')
    expect(j.steps[1]!.notices).toEqual(["credential 'z' also trusts it"])
  })
})
