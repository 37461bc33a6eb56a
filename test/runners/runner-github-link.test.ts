// The optional sandbox link (kube → GitHub): with `githubRunnerLink`, a github runner pod created by the action
// turns its GitHub runner online when it runs, and finishing the pod removes the ephemeral runner's record, as
// real GitHub does. The action's next run then has nothing of GitHub's to clean up. A pod deleted by someone
// leaves an offline record, which the action removes as an orphan.
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { run } from '../engine/helpers.js'
import { ALL_KINDS } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { adminCore, finishPod, sandboxGitHub } from '../kube/helpers.js'
import { runnerSelector } from '../kube/helpers.js'
import { eventually } from '../sandbox/kube/testkit.js'

let sb: Sandbox
let api: CoreV1Api
const runAction = (inputs: Record<string, string> = {}) => run(sb, { 'runner-count': '2', ...inputs }, { kinds: ALL_KINDS, desired: desiredState, githubFetch: caFetch(sb.tls.caPem), pollIntervalMs: 50 })
const podNames = async (): Promise<string[]> =>
  (await api.listNamespacedPod({ namespace: 'apps', labelSelector: runnerSelector('app-sa') })).items.filter((p: V1Pod) => !p.metadata?.deletionTimestamp).map((p) => p.metadata!.name!).sort()
const records = async () => (await (await sandboxGitHub(sb)).listByPrefix('aks-wi-runner-')).sort((a, b) => a.name.localeCompare(b.name))

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } }, kube: { podStartMs: 100, githubRunnerLink: true } })
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

test('Running pods bring their runners online; a finished pod removes its runner; the next run only replaces the pod', async () => {
  await runAction()
  const names = await podNames()
  const online = await eventually(records, (rs) => rs.length === 2 && rs.every((r) => r.status === 'online'))
  expect(online.map((r) => r.name)).toEqual(names)

  await finishPod(sb, 'apps', names[0]!, 'Succeeded')
  const left = await eventually(records, (rs) => rs.length === 1)
  expect(left.map((r) => r.name)).toEqual([names[1]])

  const again = await runAction()
  expect(again.plan.steps.find((s) => s.kind === 'runner-set')?.diff).toContainEqual({ field: 'pods.finished', from: names[0] })
  const now = await podNames()
  expect(now).toHaveLength(2)
  expect(now).not.toContain(names[0])
  expect((await eventually(records, (rs) => rs.length === 2 && rs.every((r) => r.status === 'online'))).map((r) => r.name)).toEqual(now)
})

test('a pod deleted by someone leaves its runner offline, and the next run removes that registration', async () => {
  await runAction({ 'runner-count': '1' })
  const [gone] = await podNames()
  await eventually(records, (rs) => rs[0]?.status === 'online')
  await api.deleteNamespacedPod({ name: gone!, namespace: 'apps' })
  expect((await eventually(records, (rs) => rs[0]?.status === 'offline'))[0]!.name).toBe(gone)
  await runAction({ 'runner-count': '1' })
  const now = await podNames()
  expect((await eventually(records, (rs) => rs.length === 1 && rs[0]!.status === 'online')).map((r) => r.name)).toEqual(now)
})
