// runner-count: auto against the sandbox: the action counts the queued jobs its runners match through GitHub's REST
// API (the sandbox's workflow runs and jobs), keeps that many idle runners within runner-min and runner-max, never
// counts or removes a busy runner, replaces finished pods in the same run, and a re-run with nothing changed writes
// nothing. The plan says why ("3 queued jobs match, 1 idle runner: create 2") and scaling is not drift.
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { SandboxClient } from '../sandbox/client.js'
import { run, writes } from '../engine/helpers.js'
import { ALL_KINDS } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import type { Step } from '../../src/model.js'
import { adminCore, finishPod, runnerSelector } from '../kube/helpers.js'

let sb: Sandbox
let api: CoreV1Api
let admin: SandboxClient

const AUTO = { 'runner-count': 'auto', 'runner-max': '5' }
const runAction = (inputs: Record<string, string> = {}) =>
  run(sb, { ...AUTO, ...inputs }, { kinds: ALL_KINDS, desired: desiredState, githubFetch: caFetch(sb.tls.caPem), pollIntervalMs: 50 })
const runnerStep = (steps: Step[]): Step => steps.find((s) => s.kind === 'runner-set')!
const podNames = async (): Promise<string[]> =>
  (await api.listNamespacedPod({ namespace: 'apps', labelSelector: runnerSelector('app-sa') })).items
    .filter((p: V1Pod) => !p.metadata?.deletionTimestamp && !['Succeeded', 'Failed'].includes(p.status?.phase ?? ''))
    .map((p) => p.metadata!.name!)
    .sort()
/** Jobs waiting for a runner like ours (the default runner-labels: self-hosted, linux, x64, aks-workload-identity). */
const queue = (n: number, labels = ['self-hosted', 'aks-workload-identity']) =>
  admin.github.queueRun({ jobs: Array.from({ length: n }, (_, i) => ({ name: `build-${i}`, labels })) })
const runnerId = async (name: string): Promise<number> => (await admin.github.runners()).find((r) => r.name === name)!.id

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
  api = adminCore(sb)
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
})
afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})
beforeEach(() => sb.reset())

test('3 queued matching jobs and 1 idle runner: creates 2; a re-run with nothing changed writes nothing', async () => {
  await runAction({ 'runner-min': '1' })
  const [first] = await podNames()
  expect(await podNames()).toHaveLength(1)

  await queue(3)
  const scaled = await runAction({ 'runner-min': '1' })
  const step = runnerStep(scaled.plan.steps)
  expect(step.reason).toContain('3 queued jobs match, 1 idle runner: create 2')
  expect(step.diff).toContainEqual({ field: 'runners', from: 1, to: 3 })
  const now = await podNames()
  expect(now).toHaveLength(3)
  expect(now).toContain(first)
  expect((await admin.github.runners()).map((r) => r.name).sort()).toEqual(now)

  sb.log.clear()
  const again = await runAction({ 'runner-min': '1' })
  expect(writes(sb)).toEqual([])
  expect(runnerStep(again.plan.steps)).toMatchObject({ action: 'unchanged', reason: '3 queued jobs match, 3 idle runners: no change' })
  expect(again.outputs.changes).toBe('0')
})

test('bounded by runner-max; with none queued it keeps runner-min, trimming only idle runners', async () => {
  await queue(7)
  const bounded = await runAction({ 'runner-max': '3' })
  expect(runnerStep(bounded.plan.steps).reason).toContain('7 queued jobs match, 0 idle runners: create 3 (runner-max 3)')
  expect(await podNames()).toHaveLength(3)

  sb.reset()
  const none = await runAction({ 'runner-min': '2' })
  expect(runnerStep(none.plan.steps).reason).toContain('0 queued jobs match, 0 idle runners: create 2 (runner-min 2)')
  expect(await podNames()).toHaveLength(2)
  const down = await runAction({ 'runner-min': '1' })
  expect(runnerStep(down.plan.steps).reason).toContain('0 queued jobs match, 2 idle runners: remove 1')
  expect(runnerStep(down.plan.steps).diff).toContainEqual(expect.objectContaining({ field: 'pods.surplus' }))
  expect(await podNames()).toHaveLength(1)
})

test('jobs whose labels our runners lack are not counted; labels match case-insensitively', async () => {
  await admin.github.queueRun({
    jobs: [
      { labels: ['ubuntu-latest'] },
      { labels: ['self-hosted', 'gpu'] },
      { labels: ['self-hosted', 'linux', 'arm64'] },
      { labels: ['Self-Hosted', 'Linux', 'X64'] },
      { labels: ['aks-workload-identity'], status: 'in_progress' }
    ]
  })
  // A run with one job started and the next one waiting is in progress: its queued job counts too.
  const partly = await admin.github.queueRun({ jobs: [{ labels: ['self-hosted'], status: 'completed' }, { labels: ['self-hosted'] }] })
  expect(partly.status).toBe('in_progress')
  const result = await runAction()
  expect(runnerStep(result.plan.steps).reason).toContain('2 queued jobs match, 0 idle runners: create 2')
  expect(await podNames()).toHaveLength(2)
  // Another repository's queue is not this repository's runners' business.
  await caFetch(sb.tls.caPem)(`${sb.urls.admin}/github/repos`, { method: 'POST', body: JSON.stringify({ full_name: 'octo-org/other' }) })
  await admin.github.queueRun({ repo: 'octo-org/other', jobs: [{ labels: ['self-hosted'] }] })
  expect(runnerStep((await runAction()).plan.steps).action).toBe('unchanged')
})

test('busy runners are neither idle nor removed, and count against runner-max', async () => {
  await runAction({ 'runner-min': '2' })
  const [busy, idle] = await podNames()
  await admin.github.setRunner(await runnerId(busy!), { busy: true })

  // Nothing queued, runner-min 0: the idle runner goes, the busy one stays.
  const down = await runAction({ 'runner-min': '0' })
  expect(runnerStep(down.plan.steps).reason).toContain('0 queued jobs match, 1 idle runner, 1 busy: remove 1')
  expect(await podNames()).toEqual([busy])
  expect((await admin.github.runners()).map((r) => r.name)).not.toContain(idle)

  // Three queued, runner-max 2, one busy: room for one idle runner.
  await queue(3)
  const up = await runAction({ 'runner-max': '2' })
  expect(runnerStep(up.plan.steps).reason).toContain('3 queued jobs match, 0 idle runners, 1 busy: create 1 (runner-max 2, 1 of them busy)')
  const now = await podNames()
  expect(now).toHaveLength(2)
  expect(now).toContain(busy)
})

test('a finished pod is replaced in the same run while its job is still queued', async () => {
  await queue(1)
  await runAction()
  const [done] = await podNames()
  await finishPod(sb, 'apps', done!, 'Succeeded')
  const result = await runAction()
  const step = runnerStep(result.plan.steps)
  expect(step.diff).toContainEqual({ field: 'pods.finished', from: done })
  expect(step.reason).toContain('1 queued job matches, 0 idle runners: create 1')
  const now = await podNames()
  expect(now).toHaveLength(1)
  expect(now).not.toContain(done)
})

test('plan mode lists scaling as a change with its reason, and it is not drift', async () => {
  await runAction({ 'runner-min': '1' })
  await queue(3)
  sb.log.clear()
  const plan = await runAction({ 'runner-min': '1', mode: 'plan' })
  const step = runnerStep(plan.plan.steps)
  expect(step).toMatchObject({ action: 'update', scaling: true })
  expect(step.reason).toContain('3 queued jobs match, 1 idle runner: create 2')
  expect(plan.outputs.drift).toBe('false')
  expect(JSON.parse(plan.outputs.plan!).steps.find((s: { kind: string }) => s.kind === 'runner-set')).toMatchObject({ scaling: true })
  expect(writes(sb)).toEqual([])
  expect(await podNames()).toHaveLength(1)
  // A pod deleted behind the action's back is drift as before (its registration is left over).
  const [gone] = await podNames()
  await api.deleteNamespacedPod({ name: gone!, namespace: 'apps' })
  await expect(runAction({ 'runner-min': '1', mode: 'plan' })).rejects.toThrow(/^Drift: 1 resource/)
})
