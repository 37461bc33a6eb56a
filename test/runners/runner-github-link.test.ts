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
import { adminCore, finishPod, runnerSelector, sandboxGitHub } from '../kube/helpers.js'

let sb: Sandbox
let api: CoreV1Api
const runAction = (inputs: Record<string, string> = {}) => run(sb, { 'runner-count': '2', ...inputs }, { kinds: ALL_KINDS, desired: desiredState, githubFetch: caFetch(sb.tls.caPem), pollIntervalMs: 50 })
const podNames = async (): Promise<string[]> =>
  (await api.listNamespacedPod({ namespace: 'apps', labelSelector: runnerSelector('app-sa') })).items.filter((p: V1Pod) => !p.metadata?.deletionTimestamp).map((p) => p.metadata!.name!).sort()
const records = async () => (await (await sandboxGitHub(sb)).listByPrefix('aks-wi-runner-')).sort((a, b) => a.name.localeCompare(b.name))

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } }, kube: { githubRunnerLink: true } })
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

test('Running pods bring their runners online; a finished pod removes its runner; the next run only replaces the pod', async () => {
  await runAction()
  const names = await podNames()
  // The sandbox's pods run as soon as they are created (its default, instant lifecycle): no waiting here.
  const online = await records()
  expect(online.map((r) => [r.name, r.status])).toEqual(names.map((n) => [n, 'online']))

  await finishPod(sb, 'apps', names[0]!, 'Succeeded')
  expect((await records()).map((r) => r.name)).toEqual([names[1]])

  const again = await runAction()
  expect(again.plan.steps.find((s) => s.kind === 'runner-set')?.diff).toContainEqual({ field: 'pods.finished', from: names[0] })
  const now = await podNames()
  expect(now).toHaveLength(2)
  expect(now).not.toContain(names[0])
  expect((await records()).map((r) => [r.name, r.status])).toEqual(now.map((n) => [n, 'online']))
})

test('a pod deleted by someone leaves its runner offline, and the next run removes that registration', async () => {
  await runAction({ 'runner-count': '1' })
  const [gone] = await podNames()
  expect((await records()).map((r) => [r.name, r.status])).toEqual([[gone, 'online']])
  await api.deleteNamespacedPod({ name: gone!, namespace: 'apps' })
  expect((await records()).map((r) => [r.name, r.status])).toEqual([[gone, 'offline']])
  await runAction({ 'runner-count': '1' })
  const now = await podNames()
  expect((await records()).map((r) => [r.name, r.status])).toEqual(now.map((n) => [n, 'online']))
})
