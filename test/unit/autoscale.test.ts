// runner-count: auto, the pure parts: its inputs (runner-min, runner-max, runner-repositories), GitHub's label matching
// rule, and the count from the queue and the pods (busy runners kept and counted against runner-max).
import { describe, expect, it } from '@jest/globals'
import { readSettings, SettingsError } from '../../src/settings.js'
import { runnerLabelSet, runnerMatches } from '../../src/github/queue.js'
import { autoscale } from '../../src/kube/autoscale.js'
import { planRunners, toRunnerPod, type RunnerPlan, type RunnerPod } from '../../src/kube/runner-pods.js'
import { runnerPodManifest, type RunnerPodInput } from '../../src/kube/manifests.js'
import { BASE, source } from '../helpers/bad-inputs.js'

const GH = { ...BASE, 'github-token': 'ghp_x', 'runner-scope': 'octo-org/octo-repo' }
const problems = (inputs: Record<string, string>, env: Record<string, string> = {}): string[] => {
  try {
    readSettings(source(inputs, env))
    return []
  } catch (err) {
    return (err as SettingsError).problems.map((p) => p.message)
  }
}

describe('runner-count: auto settings', () => {
  it('reads min, max and the repository of a repository scope', () => {
    const s = readSettings(source({ ...GH, 'runner-count': 'auto', 'runner-min': '1', 'runner-max': '4' }))
    expect(s.runners.autoscale).toEqual({ min: 1, max: 4, repositories: ['octo-org/octo-repo'] })
    // `count` is the most there may be: a token and a scope are required as for any count above 0.
    expect(s.runners.count).toBe(4)
    expect(readSettings(source({ ...GH, 'runner-count': 'AUTO', 'runner-max': '2' })).runners.autoscale?.min).toBe(0)
    expect(readSettings(source({ ...GH, 'runner-count': '2' })).runners.autoscale).toBeUndefined()
  })

  it('organisation runners count the run repository by default, or the listed ones of the organisation', () => {
    const org = { ...GH, 'runner-scope': 'org:octo-org', 'runner-count': 'auto', 'runner-max': '3' }
    expect(readSettings(source(org, { GITHUB_REPOSITORY: 'octo-org/app' })).runners.autoscale?.repositories).toEqual(['octo-org/app'])
    const listed = readSettings(source({ ...org, 'runner-repositories': 'octo-org/a, octo-org/b' }, { GITHUB_REPOSITORY: 'octo-org/app' }))
    expect(listed.runners.autoscale?.repositories).toEqual(['octo-org/a', 'octo-org/b'])
    expect(problems(org, { GITHUB_REPOSITORY: 'elsewhere/app' }).join('\n')).toMatch(/'runner-repositories': is required/)
    expect(problems({ ...org, 'runner-repositories': 'other-org/a' }).join('\n')).toMatch(/take only its repositories' jobs, not other-org\/a/)
  })

  it('refuses what cannot work, naming the input', () => {
    expect(problems({ ...GH, 'runner-count': 'auto' })).toContain(
      "Input 'runner-max': is required with 'runner-count: auto': the most runners kept, busy ones included (1-100)."
    )
    expect(problems({ ...GH, 'runner-count': 'auto', 'runner-min': '5', 'runner-max': '2' })).toContain(
      "Input 'runner-min': is more than 'runner-max' (5 > 2)."
    )
    expect(problems({ ...GH, 'runner-count': 'auto', 'runner-max': '0' })).toContain("Input 'runner-max' = '0': must be a whole number from 1 to 100.")
    expect(problems({ ...GH, 'runner-count': '2', 'runner-max': '4' })).toContain(
      "Input 'runner-max': applies to 'runner-count: auto' (this run keeps a fixed number of runners)."
    )
    expect(problems({ ...GH, 'runner-count': 'auto', 'runner-max': '2', 'runner-repositories': 'octo-org/other' }).join('\n')).toMatch(
      /a repository's runners take only its own jobs/
    )
    expect(problems({ ...GH, 'runner-count': 'auto', 'runner-max': '2', 'runner-repositories': 'not a repo' }).join('\n')).toMatch(
      /'runner-repositories' = 'not a repo': must be 'owner\/name'/
    )
    expect(problems({ ...BASE, 'runner-kind': 'pod', 'runner-count': 'auto', 'runner-max': '2' }).join('\n')).toMatch(
      /'auto' scales on the jobs queued at GitHub: it applies to 'runner-kind: github' \(this is 'pod'\)/
    )
    expect(problems({ ...BASE, 'runner-count': 'auto', 'runner-max': '2', 'runner-scope': 'o/r' }).join('\n')).toMatch(/'github-token'/)
  })
})

describe("GitHub's label rule", () => {
  const ours = runnerLabelSet(['linux', 'X64', 'aks'])
  it('a job matches when every runs-on label is among the runner labels, case-insensitively, self-hosted included', () => {
    expect(runnerMatches(['self-hosted'], ours)).toBe(true)
    expect(runnerMatches(['Self-Hosted', 'Linux', 'x64', 'AKS'], ours)).toBe(true)
    expect(runnerMatches(['aks'], ours)).toBe(true)
    expect(runnerMatches(['self-hosted', 'gpu'], ours)).toBe(false)
    expect(runnerMatches(['ubuntu-latest'], ours)).toBe(false)
    expect(runnerMatches([], ours)).toBe(false)
  })
})

describe('the count', () => {
  const pod = (name: string): RunnerPod => ({ name, kind: 'github', uid: name, phase: 'Running', deleting: false, legacy: false, pod: {} })
  const plan = (keep: string[], deferred: string[] = []): RunnerPlan => ({
    keep: keep.map(pod),
    deferred: deferred.map(pod),
    remove: [],
    create: 0,
    names: [],
    orphanRecords: [],
    orphanSecrets: []
  })
  const demand = (matching: number) => ({ matching, queued: matching, runs: 1, repositories: ['o/r'] })
  const none = () => false

  it('keeps one idle runner per matching queued job, at least runner-min', () => {
    expect(autoscale({ min: 0, max: 10, labels: [] }, demand(3), plan(['a']), none)).toMatchObject({
      count: 3,
      reason: '3 queued jobs match, 1 idle runner: create 2'
    })
    expect(autoscale({ min: 2, max: 10, labels: [] }, demand(0), plan([]), none)).toMatchObject({
      count: 2,
      reason: '0 queued jobs match, 0 idle runners: create 2 (runner-min 2)'
    })
    expect(autoscale({ min: 0, max: 10, labels: [] }, undefined, plan(['a', 'b']), none).reason).toBe('0 queued jobs match, 2 idle runners: remove 2')
  })

  it('busy runners are kept, not idle, and use up runner-max', () => {
    const busy = (n: string) => n === 'a'
    expect(autoscale({ min: 0, max: 10, labels: [] }, demand(0), plan(['a', 'b']), busy)).toMatchObject({ count: 1, idle: 1, busy: 1 })
    // One busy kept, one busy left to finish its job (deferred): room for one idle runner of three.
    expect(autoscale({ min: 0, max: 3, labels: [] }, demand(5), plan(['a'], ['c']), busy)).toMatchObject({
      count: 2,
      idleTarget: 1,
      reason: '5 queued jobs match, 0 idle runners, 2 busy: create 1 (runner-max 3, 2 of them busy)'
    })
    // More busy runners than runner-max: none removed, no idle one added.
    expect(autoscale({ min: 1, max: 1, labels: [] }, demand(4), plan(['a'], ['c']), busy)).toMatchObject({ count: 1, idleTarget: 0 })
  })
})

describe('scaling down', () => {
  const input: RunnerPodInput = { kind: 'github', options: {}, namespace: 'ci', serviceAccount: 'sa', image: 'runner:1', namePrefix: 'r', clientId: 'c', tenantId: 't', ownerKey: '0123456789abcdef' }
  const at = (name: string, created: string, phase = 'Running'): RunnerPod => {
    const p = runnerPodManifest(input, name, 7)
    return toRunnerPod({ ...p, metadata: { ...p.metadata, uid: `uid-${name}`, creationTimestamp: new Date(created) }, status: { phase } })
  }
  const pods = [at('r-0', '2026-12-03T10:00:00Z'), at('r-1', '2026-12-03T12:00:00Z'), at('r-2', '2026-12-03T11:00:00Z'), at('r-3', '2026-12-03T09:00:00Z', 'Pending')]
  const injected = () => true

  it('removes idle pods beyond the count, pending ones first, then the oldest running ones; busy ones never', () => {
    const records = [{ id: 1, name: 'r-0', status: 'online', busy: true }]
    const p = planRunners({ count: 2, input, pods, injected, records, oldestFirst: true })
    expect(p.keep.map((x) => x.name)).toEqual(['r-0', 'r-1'])
    expect(p.remove.map((r) => `${r.pod.name}:${r.reason}`)).toEqual(['r-2:surplus', 'r-3:surplus'])
    // A fixed count trims by name, as before.
    expect(planRunners({ count: 2, input, pods, injected, records }).keep.map((x) => x.name)).toEqual(['r-0', 'r-1'])
    expect(planRunners({ count: 1, input, pods, injected, oldestFirst: true }).keep.map((x) => x.name)).toEqual(['r-1'])
    expect(planRunners({ count: 1, input, pods, injected }).keep.map((x) => x.name)).toEqual(['r-0'])
  })
})
