// Issue 6 "Done when", end to end: the engine in-process against the whole sandbox (ARM, Entra, the AKS API
// server with its webhook and pod lifecycle, GitHub), through the real clients. Each test starts from the
// seeded world and runs the action the way a workflow would, then checks the cluster and GitHub directly.
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { run } from '../engine/helpers.js'
import { ALL_KINDS } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { restrictedViolations } from '../kube/pod-security.js'
import { adminCore, finishPod, sandboxGitHub, setWebhook } from '../kube/helpers.js'
import { JIT_SECRET_KEY } from '../../src/runner-kinds/github.js'
import { jitSecretName, runnerSelector } from '../kube/helpers.js'
import { checkInjection } from '../../src/kube/injection.js'

let sb: Sandbox
let api: CoreV1Api
const NS = 'apps'
const SA = 'app-sa'
const RUNNERS: Record<string, string> = { 'runner-count': '2' }

// The whole action: every kind and the whole desired state (the engine's own helpers default to the Azure half).
const runAction = (inputs: Record<string, string> = {}) =>
  run(sb, { ...RUNNERS, ...inputs }, { kinds: ALL_KINDS, desired: desiredState, githubFetch: caFetch(sb.tls.caPem), pollIntervalMs: 50 })
const runnerPods = async (): Promise<V1Pod[]> => (await api.listNamespacedPod({ namespace: NS, labelSelector: runnerSelector(SA) })).items.filter((p) => !p.metadata?.deletionTimestamp)
const names = (pods: V1Pod[]) => pods.map((p) => p.metadata!.name!).sort()
const githubNames = async () => (await (await sandboxGitHub(sb)).listByPrefix('aks-wi-runner-')).map((r) => r.name).sort()
const writesSince = (seq: number) => sb.log.all().filter((e) => e.seq > seq && e.write)
const lastSeq = () => sb.log.all().at(-1)?.seq ?? 0
async function failure(p: Promise<unknown>): Promise<Error> {
  try {
    await p
  } catch (err) {
    return err as Error
  }
  throw new Error('the run was expected to fail')
}

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

test('a full apply leaves the service account and mutated runner pods with their Secrets, GitHub lists them; a second run writes nothing; no secret leaks', async () => {
  const first = await runAction()
  const kinds = Object.fromEntries(first.plan.steps.map((s) => [s.kind, s.action]))
  expect(kinds).toMatchObject({ namespace: 'create', 'service-account': 'create', 'runner-set': 'create' })

  const clientId = first.sink.outputs['client-id']!
  const sa = await api.readNamespacedServiceAccount({ name: SA, namespace: NS })
  expect(sa.metadata?.annotations).toMatchObject({ 'azure.workload.identity/client-id': clientId, 'azure.workload.identity/tenant-id': sb.tenantId })
  expect(sa.metadata?.labels).toMatchObject({ 'app.kubernetes.io/managed-by': 'aks-workload-identity' })

  const pods = await runnerPods()
  expect(pods).toHaveLength(2)
  for (const pod of pods) {
    expect(pod.status?.phase).toBe('Running')
    expect(checkInjection(pod, { clientId, audience: 'api://AzureADTokenExchange', serviceAccount: SA })).toMatchObject({ ok: true })
    // Every rule of the restricted pod security standard, on the pod as the webhook mutated it.
    expect(restrictedViolations(pod)).toEqual([])
    const secret = await api.readNamespacedSecret({ name: jitSecretName(pod.metadata!.name!), namespace: NS })
    expect(secret.metadata?.ownerReferences?.[0]).toMatchObject({ kind: 'Pod', uid: pod.metadata?.uid })
  }
  expect(await githubNames()).toEqual(names(pods))
  expect(first.sink.outputs).toMatchObject({ namespace: NS, 'service-account': SA })
  expect(first.sink.outputs['runner-names']!.split('\n').sort()).toEqual(names(pods))
  expect(first.sink.lines.some((l) => /Runner pods Running/.test(l))).toBe(true)

  // The search: every JIT config (read back from its Secret) and every masked token, in everything the run wrote.
  const jits = await Promise.all(pods.map(async (p) => Buffer.from((await api.readNamespacedSecret({ name: jitSecretName(p.metadata!.name!), namespace: NS })).data![JIT_SECRET_KEY]!, 'base64').toString()))
  for (const j of jits) expect(first.sink.secrets).toContain(j)
  const everything = [
    ...first.sink.lines,
    ...first.sink.warnings,
    ...Object.values(first.sink.outputs),
    ...first.sink.summaries,
    ...pods.map((p) => JSON.stringify(p)),
    JSON.stringify(sa),
    // Request paths and queries: nothing secret may travel in a URL.
    ...sb.log.all().map((e) => e.path)
  ].join('\n')
  const credentials = [...new Set([...first.sink.secrets, ...jits, SEED.adminToken])].filter((s) => s.length >= 16)
  expect(credentials.length).toBeGreaterThanOrEqual(jits.length + 2)
  for (const c of credentials) expect(everything).not.toContain(c)

  const seq = lastSeq()
  const second = await runAction()
  expect(writesSince(seq)).toEqual([])
  expect(second.plan.steps.filter((s) => s.action !== 'unchanged')).toEqual([])
  expect(second.sink.outputs['runner-names']!.split('\n').sort()).toEqual(names(pods))
})

test('the service account is applied before the pods (a pod created first would be rejected)', async () => {
  await runAction({ 'runner-count': '1' })
  const entries = sb.log.all().filter((e) => e.service === 'kube' && e.write)
  const saApply = entries.findIndex((e) => e.method === 'PATCH' && /\/serviceaccounts\/app-sa/.test(e.path))
  const podCreate = entries.findIndex((e) => e.method === 'POST' && /\/pods$/.test(e.path))
  expect(saApply).toBeGreaterThanOrEqual(0)
  expect(podCreate).toBeGreaterThan(saApply)
  // The sandbox enforces what makes the order necessary: without the service account, admission refuses the pod.
  await api.deleteNamespacedServiceAccount({ name: SA, namespace: NS })
  const pod = (await runnerPods())[0]!
  const rejected = await failure(api.createNamespacedPod({ namespace: NS, body: { metadata: { name: 'early', labels: pod.metadata!.labels }, spec: { serviceAccountName: SA, containers: [{ name: 'runner', image: 'x:1' }] } } }))
  expect(String((rejected as { body?: string }).body)).toMatch(/serviceaccount.*not found/)
})

test('a runner pod deleted by someone is recreated in its slot, and its GitHub registration replaced', async () => {
  await runAction()
  const [gone, kept] = names(await runnerPods())
  const github = await sandboxGitHub(sb)
  const oldId = (await github.findByName(gone!))!.id
  const oldUid = (await api.readNamespacedPod({ name: gone!, namespace: NS })).metadata!.uid
  await api.deleteNamespacedPod({ name: gone!, namespace: NS })
  const again = await runAction()
  expect(again.plan.steps.find((s) => s.kind === 'runner-set')?.action).toBe('update')
  const now = names(await runnerPods())
  // The free slot is taken again: the same name, a new pod and a new registration.
  expect(now).toEqual([gone, kept])
  expect((await api.readNamespacedPod({ name: gone!, namespace: NS })).metadata!.uid).not.toBe(oldUid)
  expect((await github.findByName(gone!))!.id).not.toBe(oldId)
  expect(await githubNames()).toEqual(now)
})

test('runner-image changed: every pod is replaced (mutated pods cannot be patched)', async () => {
  await runAction()
  const before = names(await runnerPods())
  const again = await runAction({ 'runner-image': 'ghcr.io/actions/actions-runner:2.330.0' })
  const step = again.plan.steps.find((s) => s.kind === 'runner-set')!
  expect(step.action).toBe('replace')
  expect(step.reason).toMatch(/cannot be patched/)
  const after = await runnerPods()
  expect(after).toHaveLength(2)
  expect(names(after).some((n) => before.includes(n))).toBe(false)
  expect(after.every((p) => p.spec?.containers[0]?.image === 'ghcr.io/actions/actions-runner:2.330.0')).toBe(true)
  expect(await githubNames()).toEqual(names(after))
  for (const n of before) await expect(api.readNamespacedSecret({ name: jitSecretName(n), namespace: NS })).rejects.toMatchObject({ code: 404 })
})

test('a finished runner is cleaned up (pod, Secret, GitHub record) and replaced', async () => {
  await runAction()
  const [done, kept] = names(await runnerPods())
  await finishPod(sb, NS, done!, 'Succeeded')
  const again = await runAction()
  const step = again.plan.steps.find((s) => s.kind === 'runner-set')!
  expect(step.diff).toContainEqual({ field: 'pods.finished', from: done })
  const now = names(await runnerPods())
  expect(now).toHaveLength(2)
  expect(now).toContain(kept)
  expect(now).not.toContain(done)
  await expect(api.readNamespacedSecret({ name: jitSecretName(done!), namespace: NS })).rejects.toMatchObject({ code: 404 })
  expect(await githubNames()).toEqual(now)
})

test('webhook off: the run fails with a clear diagnosis and leaves no runner behind', async () => {
  await runAction({ 'runner-count': '0' })
  await setWebhook(sb, false)
  const err = await failure(runAction({ 'runner-count': '1' }))
  expect(err.message).toMatch(/not set up for workload identity: missing env AZURE_CLIENT_ID/)
  expect(err.message).toMatch(/unmutated although workload identity is on for the cluster: the webhook is not installed or not running/)
  expect(await runnerPods()).toEqual([])
  expect(await githubNames()).toEqual([])
})

test("the annotation changed by another manager, force-conflicts: false: reported with the manager's name, nothing forced; fixed by apply once released", async () => {
  const first = await runAction({ 'runner-count': '0' })
  const clientId = first.sink.outputs['client-id']!
  const path = '/metadata/annotations/azure.workload.identity~1client-id'
  await api.patchNamespacedServiceAccount({ name: SA, namespace: NS, body: [{ op: 'replace', path, value: '00000000-1111-4222-8333-444444444444' }], fieldManager: 'kubectl-annotate' })
  const seq = lastSeq()
  const err = await failure(runAction({ 'runner-count': '0', 'force-conflicts': 'false' }))
  expect(err.message).toMatch(/service-account:apps\/app-sa/)
  expect(err.message).toContain('"kubectl-annotate"')
  expect(err.message).toMatch(/force-conflicts is false/)
  expect(writesSince(seq)).toEqual([])
  // The other tool lets go of the field; the next run puts the identity's client ID back.
  await api.patchNamespacedServiceAccount({ name: SA, namespace: NS, body: [{ op: 'remove', path }], fieldManager: 'kubectl-annotate' })
  const fixed = await runAction({ 'runner-count': '0', 'force-conflicts': 'false' })
  expect(fixed.plan.steps.find((s) => s.kind === 'service-account')?.action).toBe('update')
  expect((await api.readNamespacedServiceAccount({ name: SA, namespace: NS })).metadata?.annotations?.['azure.workload.identity/client-id']).toBe(clientId)
})

test('destroy removes the runners (pods, Secrets, GitHub records), the service account and the namespace it created', async () => {
  await runAction({ 'runner-count': '1' })
  const [pod] = names(await runnerPods())
  await runAction({ 'runner-count': '1', mode: 'destroy' })
  expect(await runnerPods()).toEqual([])
  await expect(api.readNamespacedSecret({ name: jitSecretName(pod!), namespace: NS })).rejects.toMatchObject({ code: 404 })
  expect(await githubNames()).toEqual([])
  await expect(api.readNamespacedServiceAccount({ name: SA, namespace: NS })).rejects.toMatchObject({ code: 404 })
})

test("two service accounts' runner sets with the same prefix in one namespace leave each other alone", async () => {
  await runAction({ 'runner-count': '1' })
  await runAction({ 'runner-count': '1', 'service-account-name': 'other-sa' })
  const other = (await api.listNamespacedPod({ namespace: NS, labelSelector: runnerSelector('other-sa') })).items.map((p) => p.metadata!.name!)
  expect(other).toHaveLength(1)
  const seq = lastSeq()
  await runAction({ 'runner-count': '1' })
  expect(writesSince(seq)).toEqual([])
  expect(await githubNames()).toEqual([...names(await runnerPods()), ...other].sort())
})

test("wait: a runner pod that cannot start fails the run with the pod's conditions and events", async () => {
  const err = await failure(runAction({ 'runner-count': '1', 'runner-image': 'ghcr.io/actions/invalid-runner:1', 'wait-timeout': '30' }))
  expect(err.message).toMatch(/Runner pod failed to start/)
  expect(err.message).toMatch(/container runner: waiting ImagePullBackOff/)
  expect(err.message).toMatch(/condition Ready=False/)
  expect(err.message).toMatch(/event Warning Failed: Failed to pull image "ghcr.io\/actions\/invalid-runner:1"/)
  // The next run does not take the stuck pod for a healthy one: it replaces it and fails the same way.
  const [stuck] = names(await runnerPods())
  const again = await failure(runAction({ 'runner-count': '1', 'runner-image': 'ghcr.io/actions/invalid-runner:1', 'wait-timeout': '30' }))
  expect(again.message).toMatch(/ImagePullBackOff/)
  expect(names(await runnerPods())).not.toContain(stuck)
})
