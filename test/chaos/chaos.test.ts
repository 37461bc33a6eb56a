// The chaos campaign's CI-sized subset (bench/chaos.ts is the full campaign): the BUILT action against the
// sandbox, two workloads sharing a cluster, an identity and a runner scope.
//
// 1. A few seeded runs under random faults at 10% and 30% (timeouts left out here: only the full campaign
//    judges hangs under random faults, with its wall-clock run timeout). The properties that the current code
//    already keeps are asserted: no run hangs, a rerun without faults converges, no duplicates, no orphans,
//    the other workload's objects untouched.
// 2. Probes, one scripted scenario per defect of issue 12. Each is a property the action must keep; one it does
//    not keep yet would be listed in EXPECTED_TO_FAIL and run as `test.failing` (it passes while the defect is
//    there). Issue 12's fixes all landed: the list is empty. `CHAOS_STRICT=1 npx jest test/chaos` runs them all as
//    plain tests and prints what each probe saw.
//
// Deterministic: faults are drawn by the sandbox from seeded streams, scripted probes hit fixed requests, and the
// harness never asserts a duration (its run timeout only ends a hung process, which the run then reports).
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { ChaosWorld, runScenario, successClaim, type RunRecord, type ScenarioOptions } from '../../bench/chaos/scenario.js'
import { killAll, removeBundle } from '../../bench/chaos/process.js'
import type { FaultRule } from '../sandbox/frame.js'
import type { Sandbox } from '../sandbox/index.js'

/** Properties the current code violates (issue 12), expected to fail until the src/ fixes land. */
const EXPECTED_TO_FAIL = new Set<string>([
  // Empty: issue 12's safety half (4 runs at once, another workload's registration) and transport half (secrets,
  // SIGTERM, requests that never answer, single transient faults, honest failure) both landed.
])
/** CHAOS_STRICT=1 runs every property as a plain test: to read what each probe reports, or to see which fixes landed. */
const strict = process.env.CHAOS_STRICT === '1'
const property = (name: string, fn: () => void | Promise<void>, timeout?: number): void =>
  (EXPECTED_TO_FAIL.has(name) && !strict ? test.failing : test)(
    name,
    async () => {
      await fn()
    },
    timeout
  )

const RUN_TIMEOUT_MS = 60_000
const HANG_PROBE_TIMEOUT_MS = 45_000
const base = { runTimeoutMs: RUN_TIMEOUT_MS, termGraceMs: 10_000, foreignOffline: false } as const

let world: ChaosWorld
const run = (o: Omit<ScenarioOptions, 'runTimeoutMs' | 'termGraceMs'> & Partial<ScenarioOptions>): Promise<RunRecord> => runScenario(world, { ...base, ...o })
const says = (r: RunRecord): string => `seed ${r.seed} at ${r.rate}: ${r.outcome}\n${r.excerpt}\ncauses:\n${r.causes.join('\n')}`

beforeAll(async () => {
  if (!existsSync(resolve('dist/index.js'))) throw new Error('dist/index.js is missing: run `npm run build` first')
  world = await ChaosWorld.start()
})
afterAll(async () => {
  killAll()
  await world?.stop()
  await removeBundle()
})

describe('random faults on every service at 10% and 30% (seeded)', () => {
  const runs: RunRecord[] = []
  beforeAll(async () => {
    const noTimeouts = new Set(['timeout', 'timeout-after'] as const)
    for (const c of [
      { rate: 0.3, seed: 102, scenario: 'single' },
      { rate: 0.3, seed: 103, scenario: 'sigkill' },
      { rate: 0.1, seed: 104, scenario: 'concurrent' }
    ] as const)
      runs.push(await run({ ...c, exclude: noTimeouts }))
  }, 8 * RUN_TIMEOUT_MS)

  test('no run hangs', () => {
    for (const r of runs) expect({ seed: r.seed, hung: r.outcome === 'hung' }).toEqual({ seed: r.seed, hung: false })
  })
  test('a rerun without faults converges to the desired state', () => {
    for (const r of runs) expect({ seed: r.seed, rerun: r.rerun }).toEqual({ seed: r.seed, rerun: expect.objectContaining({ converged: true }) })
  })
  test('no duplicate federated credentials or role assignments', () => {
    for (const r of runs) expect({ seed: r.seed, duplicates: r.duplicates }).toEqual({ seed: r.seed, duplicates: [] })
  })
  test('no orphans: registrations or Secrets without pods, pods beyond runner-count', () => {
    for (const r of runs) expect({ seed: r.seed, orphans: r.orphans }).toEqual({ seed: r.seed, orphans: [] })
  })
  test("the other workload's objects are untouched", () => {
    for (const r of runs) expect({ seed: r.seed, touched: r.foreignTouched }).toEqual({ seed: r.seed, touched: [] })
  })
  property('no issued secret in anything the action wrote', () => {
    for (const r of runs) expect({ seed: r.seed, written: r.secretsWritten }).toEqual({ seed: r.seed, written: [] })
  })
})

describe('probes of the defects issue 12 lists', () => {
  property(
    'SIGTERM: the action stops by itself, non-zero, with a message',
    async () => {
      const r = await run({ rate: 0, seed: 201, rules: [], scenario: 'sigterm', start: 'fresh', afterRequests: 15 })
      const [p] = r.processes
      expect(p!.interrupted).toBeDefined() // the signal came while it ran
      expect({ signal: p!.signal, ignored: p!.ignoredTerm, failed: p!.code !== 0, message: p!.errors.length > 0 }).toEqual({ signal: null, ignored: false, failed: true, message: true })
      expect(r.orphans).toEqual([])
    },
    4 * RUN_TIMEOUT_MS
  )

  property(
    '4 identical runs at once never exceed runner-count',
    async () => {
      // All four runs look at A's pods before the first one exists: each run's list of them is held at the sandbox
      // until all four are held together, then they are answered at once (no run can create a pod before its list
      // is answered). A fix that serialises the runs never has four lists in flight together: the guard then lets
      // the held list go (it never fires while the defect is there: the four lists come within seconds).
      const heldLists: FaultRule = { service: 'kube', method: 'GET', path: '/namespaces/team-a/pods(\\?|$)', hold: true }
      const during = async (sb: Sandbox, [hold]: string[]): Promise<void> => {
        let guard: NodeJS.Timeout | undefined
        await Promise.race([sb.faults.held(hold!, 4), new Promise((resolve) => (guard = setTimeout(resolve, RUN_TIMEOUT_MS / 2)))])
        clearTimeout(guard)
        sb.faults.remove(hold!) // releases the held lists; later ones pass
      }
      const r = await run({ rate: 0, seed: 202, rules: [heldLists], scenario: 'concurrent', start: 'fresh', runnerCount: 1, during })
      expect({ pods: r.runnerPodsAfterRun, outcome: r.outcome }).toEqual({ pods: 1, outcome: 'converged' })
    },
    6 * RUN_TIMEOUT_MS
  )

  property(
    'a request that never answers does not hang the run',
    async () => {
      const r = await run({ rate: 0, seed: 203, rules: [{ service: 'kube', method: 'GET', kind: 'timeout', times: 1 }], scenario: 'single', start: 'fresh', runTimeoutMs: HANG_PROBE_TIMEOUT_MS })
      expect({ outcome: r.outcome, causes: r.causes.filter((c) => c.startsWith('hung')) }).toEqual({ outcome: expect.stringMatching(/^(converged|failed-cleanly)$/), causes: [] })
    },
    4 * RUN_TIMEOUT_MS
  )

  property(
    "another workload's offline registration is left alone",
    async () => {
      const r = await run({ rate: 0, seed: 204, rules: [], scenario: 'single', start: 'fresh', foreignOffline: true })
      expect(r.foreignTouched).toEqual([])
    },
    4 * RUN_TIMEOUT_MS
  )

  property(
    'a failed apply does not claim success',
    async () => {
      const denied: FaultRule = {
        service: 'arm',
        operation: 'RoleAssignments_Create',
        kind: 'status',
        status: 403,
        body: { error: { code: 'AuthorizationFailed', message: 'The client does not have authorization to perform action Microsoft.Authorization/roleAssignments/write' } }
      }
      const r = await run({ rate: 0, seed: 206, rules: [denied], scenario: 'single', start: 'fresh', runnerCount: 1 })
      const [p] = r.processes
      expect({ code: p!.code, message: p!.errors.length > 0, claim: successClaim(p!) }).toEqual({ code: 1, message: true, claim: undefined })
    },
    4 * RUN_TIMEOUT_MS
  )

  property(
    'a single transient fault on the ID-token endpoint, GitHub or Kubernetes is survived',
    async () => {
      const probes: Array<[string, FaultRule]> = [
        ['ID-token request reset', { service: 'idtoken', operation: 'idtoken.request', kind: 'reset', times: 1 }],
        ["Entra's fetch of the GitHub issuer's discovery: 503 (AADSTS90061)", { service: 'idtoken', operation: 'idtoken.openid-configuration', kind: 'status', status: 503, times: 1 }],
        ['GitHub JIT registration stored, its answer lost', { service: 'github', method: 'POST', kind: 'reset', phase: 'after', times: 1 }],
        ['Kubernetes namespace create: 503', { service: 'kube', operation: 'kube.namespaces.create', kind: 'status', status: 503, times: 1 }]
      ]
      const outcomes: string[] = []
      for (const [what, rule] of probes) {
        const r = await run({ rate: 0, seed: 205, rules: [rule], scenario: 'single', start: 'fresh', runnerCount: 1 })
        outcomes.push(`${what}: ${r.outcome === 'converged' ? 'converged' : says(r)}`)
      }
      expect(outcomes).toEqual(probes.map(([what]) => `${what}: converged`))
    },
    8 * RUN_TIMEOUT_MS
  )
})
