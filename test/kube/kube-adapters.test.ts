// The Kubernetes adapters against the sandbox's emulated AKS cluster (API server, workload identity webhook,
// pod lifecycle) and GitHub API, through the real @kubernetes/client-node, Azure SDK and Octokit:
// reaching the cluster, namespace and service account by server-side apply, runner pods and their Secrets.
import { readdir, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { KubeConfig, type CoreV1Api, type V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { armClients, azureHalf, principalCredential } from '../sandbox/azure/sdk.js'
import { AKS_SERVER_SCOPE, ClusterAccessError, coreApi, reachCluster, type ReachClusterOptions } from '../../src/kube/client.js'
import { applyNamespace, observeNamespace } from '../../src/kube/namespace.js'
import { applyServiceAccount, observeServiceAccount, planServiceAccount } from '../../src/kube/service-account.js'
import { ApplyConflictError } from '../../src/kube/errors.js'
import { createRunner, observeRunnerPods, planRunners, RunnerError } from '../../src/kube/runner-pods.js'
import { checkInjection } from '../../src/kube/injection.js'
import { waitForRunning, PodWaitError } from '../../src/kube/wait.js'
import { RUNNER_CONTAINER, type RunnerPodInput } from '../../src/kube/manifests.js'
import { JIT_SECRET_KEY } from '../../src/runner-kinds/github.js'
import { restrictedViolations } from './pod-security.js'
import { adminCore, finishPod, jitSecretName, lastSeq, sandboxGitHub, setWebhook, writes } from './helpers.js'
import { tempDir } from '../helpers/run-action.js'

let sb: Sandbox
let api: CoreV1Api
const CLIENT_ID = '11111111-2222-4333-8444-555555555555'
const AUDIENCE = 'api://AzureADTokenExchange'
const info: string[] = []
const log = (m: string) => info.push(m)
const KEY = '0123456789abcdef'
/** The n-th slot's runner name of this test's workload. */
const slot = (n: number): string => `aks-wi-runner-01234567-${n}`

const input = (o: Partial<Pick<RunnerPodInput, 'image'>> = {}): RunnerPodInput => ({
  kind: 'github',
  options: {},
  namespace: 'ci',
  serviceAccount: 'runner-sa',
  image: 'ghcr.io/actions/actions-runner:2.329.0',
  namePrefix: 'aks-wi-runner',
  clientId: CLIENT_ID,
  tenantId: sb.tenantId,
  ownerKey: KEY,
  ...o
})
const expectation = () => ({ clientId: CLIENT_ID, audience: AUDIENCE, serviceAccount: input().serviceAccount })

function reachOptions(o: Partial<ReachClusterOptions> & { kind?: 'user' | 'admin'; runnerTemp?: string }, masked: string[] = []): ReachClusterOptions {
  return {
    env: { RUNNER_TEMP: o.runnerTemp },
    kubeconfigInput: o.kubeconfigInput,
    aks: {
      credential: principalCredential(sb),
      client: armClients(sb, principalCredential(sb)).aks,
      resourceGroup: azureHalf(sb).settings.resourceGroup,
      clusterName: azureHalf(sb).settings.clusterName,
      kind: o.kind ?? 'user'
    },
    mask: (s) => masked.push(s),
    info: log,
    ...o
  }
}

const saInput = (ns = 'ci', sa = 'runner-sa') => ({ namespace: ns, name: sa, clientId: CLIENT_ID, tenantId: sb.tenantId, workloadIdentity: true, ownerKey: KEY })

async function setupIdentity(ns = 'ci', sa = 'runner-sa'): Promise<void> {
  await applyNamespace(api, ns, KEY)
  await applyServiceAccount(api, saInput(ns, sa), true, false)
}

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())
beforeEach(() => {
  sb.reset()
  info.length = 0
})

describe('reaching the cluster', () => {
  test('the kubeconfig input wins over $KUBECONFIG and AKS', async () => {
    const access = await reachCluster(reachOptions({ kubeconfigInput: sb.files.kubeconfig, env: { KUBECONFIG: '/nonexistent' } }))
    expect(access).toMatchObject({ source: 'input', path: sb.files.kubeconfig, server: sb.urls.kube })
    expect((await (await coreApi(access.kubeConfig)).readNamespace({ name: 'default' })).metadata?.name).toBe('default')
    expect(writes(sb).length + sb.log.all().filter((e) => e.service === 'arm').length).toBe(0)
  })

  test('$KUBECONFIG (the first of a list) when there is no input', async () => {
    const access = await reachCluster(reachOptions({ env: { KUBECONFIG: `${sb.files.kubeconfig}:/other` } }))
    expect(access.source).toBe('env')
    expect(access.path).toBe(sb.files.kubeconfig)
  })

  test('fetched user kubeconfig: Entra token for the AKS server app instead of kubelogin, mode 600 under RUNNER_TEMP, masked, never logged', async () => {
    const dir = await tempDir('runner-temp-')
    const masked: string[] = []
    // Counts the token requests for the AKS server application: the client asks per request (renewal).
    const principal = principalCredential(sb)
    const scopes: string[] = []
    const credential = { getToken: (scope: string | string[], opts?: object) => (scopes.push(String(scope)), principal.getToken(scope, opts)) }
    const base = reachOptions({ runnerTemp: dir }, masked)
    const access = await reachCluster({ ...base, aks: { ...base.aks, credential } })
    expect(access.source).toBe('aks-user')
    const path = access.path!
    expect(path.startsWith(dir)).toBe(true)
    expect((await stat(path)).mode & 0o777).toBe(0o600)
    const file = new KubeConfig()
    file.loadFromFile(path)
    expect(await readFile(path, 'utf8')).not.toMatch(/kubelogin|exec:/)
    const token = file.getCurrentUser()?.token
    expect(token).toBeTruthy()
    expect(masked).toContain(token)
    // A real Entra token for the AKS server application (checked by the sandbox API server), not the admin token.
    const claims = JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString()) as { aud: string }
    expect(`${claims.aud}/.default`).toBe(AKS_SERVER_SCOPE)
    // The file works as it is (for later steps), and the in-memory client signs each request afresh.
    await (await coreApi(file)).listNamespacedPod({ namespace: 'default' })
    const before = scopes.filter((s) => s === AKS_SERVER_SCOPE).length
    const core = await coreApi(access.kubeConfig)
    await core.listNamespacedPod({ namespace: 'default' })
    await core.readNamespace({ name: 'default' })
    expect(scopes.filter((s) => s === AKS_SERVER_SCOPE).length).toBe(before + 2)
    expect(access.kubeConfig.getCurrentUser()?.token).toBeUndefined()
    expect(info.join('\n')).not.toContain(token!)
    expect(sb.log.all().some((e) => /listClusterUserCredential/.test(e.path))).toBe(true)
  })

  test('without keep-kubeconfig the fetched kubeconfig stays in memory: no credential on disk, not even after a SIGKILL (issue 12)', async () => {
    const dir = await tempDir('runner-temp-')
    const access = await reachCluster({ ...reachOptions({ runnerTemp: dir }), writeKubeconfig: false })
    expect(access.path).toBeUndefined()
    expect(await readdir(dir)).toEqual([])
    await (await coreApi(access.kubeConfig)).listNamespacedPod({ namespace: 'default' })
  })

  test('admin kubeconfig works while local accounts are enabled', async () => {
    const masked: string[] = []
    const access = await reachCluster(reachOptions({ kind: 'admin', runnerTemp: await tempDir('rt-') }, masked))
    expect(access.source).toBe('aks-admin')
    expect(masked).toContain(access.kubeConfig.getCurrentUser()?.token)
  })

  test('admin is refused with a clear message when local accounts are disabled', async () => {
    azureHalf(sb).patchCluster({ disableLocalAccounts: true })
    const err = await reachCluster(reachOptions({ kind: 'admin', runnerTemp: tmpdir() })).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ClusterAccessError)
    expect((err as Error).message).toMatch(/local accounts disabled.*cluster-credentials: user/s)
  })
})

describe('namespace and service account by server-side apply', () => {
  test('namespace: created when missing, left alone when it exists, refused when creation is off', async () => {
    expect(await observeNamespace(api, 'team-a', KEY)).toEqual({ exists: false, mark: 'none' })
    await applyNamespace(api, 'team-a', KEY)
    const seen = await observeNamespace(api, 'team-a', KEY)
    expect(seen).toMatchObject({ exists: true, mark: 'ours' })
    // Another workload's key, and someone else's namespace (never labelled as ours).
    expect(await observeNamespace(api, 'team-a', 'fedcba9876543210')).toMatchObject({ exists: true, mark: 'other' })
    expect(await observeNamespace(api, 'default', KEY)).toMatchObject({ exists: true, mark: 'none' })
  })

  test('service account: create, then unchanged with zero writes on a second look', async () => {
    await applyNamespace(api, 'ci', KEY)
    const desired = saInput()
    expect(planServiceAccount(desired, await observeServiceAccount(api, 'ci', 'runner-sa'), false).action).toBe('create')
    const applied = await applyServiceAccount(api, desired, true, false)
    expect(applied.metadata?.annotations).toMatchObject({ 'azure.workload.identity/client-id': CLIENT_ID, 'azure.workload.identity/tenant-id': sb.tenantId })
    expect(applied.metadata?.labels).toMatchObject({ 'app.kubernetes.io/managed-by': 'aks-workload-identity', 'aks-workload-identity/owner': KEY })
    expect(applied.metadata?.managedFields?.find((m) => m.manager === 'aks-workload-identity')?.operation).toBe('Apply')
    const seq = lastSeq(sb)
    expect(planServiceAccount(desired, await observeServiceAccount(api, 'ci', 'runner-sa'), false).action).toBe('unchanged')
    expect(writes(sb, seq)).toEqual([])
  })

  test("another manager's change is reported with its name, not forced without force-conflicts; once released, apply fixes it", async () => {
    const desired = saInput()
    await setupIdentity()
    // kubectl annotate --overwrite, as another tool would: an Update that takes the field over.
    await api.patchNamespacedServiceAccount(
      { name: 'runner-sa', namespace: 'ci', body: [{ op: 'replace', path: '/metadata/annotations/azure.workload.identity~1client-id', value: 'ffffffff-0000-4000-8000-000000000000' }], fieldManager: 'kubectl-annotate' }
    )
    const plan = planServiceAccount(desired, await observeServiceAccount(api, 'ci', 'runner-sa'), false)
    expect(plan.action).toBe('conflict')
    expect(plan.detail).toContain('"kubectl-annotate"')
    expect(plan.detail).toContain('ffffffff-0000-4000-8000-000000000000')
    // With force-conflicts the same diff is an update that takes the field back.
    expect(planServiceAccount(desired, await observeServiceAccount(api, 'ci', 'runner-sa'), true).action).toBe('update')
    const err = await applyServiceAccount(api, desired, true, false).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(ApplyConflictError)
    expect((err as ApplyConflictError).conflicts).toEqual([{ manager: 'kubectl-annotate', field: '.metadata.annotations.azure.workload.identity/client-id' }])
    expect((await observeServiceAccount(api, 'ci', 'runner-sa'))?.metadata?.annotations?.['azure.workload.identity/client-id']).toBe('ffffffff-0000-4000-8000-000000000000')
    // The other tool gives the field up (kubectl annotate ... client-id-): no owner left, our apply restores it.
    await api.patchNamespacedServiceAccount(
      { name: 'runner-sa', namespace: 'ci', body: [{ op: 'remove', path: '/metadata/annotations/azure.workload.identity~1client-id' }], fieldManager: 'kubectl-annotate' }
    )
    const again = planServiceAccount(desired, await observeServiceAccount(api, 'ci', 'runner-sa'), false)
    expect(again.action).toBe('update')
    await applyServiceAccount(api, desired, true, false)
    expect(planServiceAccount(desired, await observeServiceAccount(api, 'ci', 'runner-sa'), false).action).toBe('unchanged')
  })
})

describe('runner pods', () => {
  test('a runner: JIT config only in its Secret (owned by the pod), the pod mutated by the webhook, restricted PSS, Running', async () => {
    await setupIdentity()
    const masked: string[] = []
    const github = await sandboxGitHub(sb, masked)
    const made = await createRunner({ api, github, info: log }, input(), expectation(), slot(0))
    expect(made.name).toBe(slot(0))
    const pod = await api.readNamespacedPod({ name: made.name, namespace: 'ci' })
    // The pod as stored, i.e. as mutated by the webhook, passes every restricted rule.
    expect(restrictedViolations(pod)).toEqual([])
    expect(checkInjection(pod, expectation()).ok).toBe(true)
    const secret = await api.readNamespacedSecret({ name: jitSecretName(made.name), namespace: 'ci' })
    expect(secret.metadata?.ownerReferences).toEqual([expect.objectContaining({ kind: 'Pod', name: made.name, uid: pod.metadata?.uid })])
    const jit = Buffer.from(secret.data![JIT_SECRET_KEY]!, 'base64').toString()
    expect(masked).toEqual([jit])
    expect(JSON.stringify(pod)).not.toContain(jit)
    const env = pod.spec!.containers.find((c) => c.name === RUNNER_CONTAINER)!.env!
    expect(env.find((e) => e.name === 'ACTIONS_RUNNER_INPUT_JITCONFIG')).toEqual({ name: 'ACTIONS_RUNNER_INPUT_JITCONFIG', valueFrom: { secretKeyRef: { name: jitSecretName(made.name), key: JIT_SECRET_KEY } } })
    expect(info.join('\n')).not.toContain(jit)
    await waitForRunning(api, 'ci', [made.name], { timeoutMs: 5000, pollMs: 50, info: log })
    expect(info.some((l) => l.includes('Running'))).toBe(true)
    expect((await github.listByPrefix('aks-wi-runner-')).map((r) => r.name)).toEqual([made.name])
  })

  test('the service account must exist first: a pod created before it is rejected, and the registration removed', async () => {
    await applyNamespace(api, 'ci', KEY)
    const github = await sandboxGitHub(sb)
    const err = await createRunner({ api, github, info: log }, input(), expectation(), slot(0)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RunnerError)
    expect((err as Error).message).toMatch(/serviceaccount.*not found.*must exist before the pod/s)
    expect(await github.listByPrefix('aks-wi-runner-')).toEqual([])
    expect((await api.listNamespacedPod({ namespace: 'ci' })).items).toEqual([])
  })

  test('webhook off: the pod is unmutated, the run fails with the likely cause, nothing is left behind', async () => {
    await setupIdentity()
    await setWebhook(sb, false)
    const github = await sandboxGitHub(sb)
    const err = await createRunner({ api, github, info: log }, input(), expectation(), slot(0)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RunnerError)
    expect((err as Error).message).toMatch(/missing env AZURE_CLIENT_ID, env AZURE_TENANT_ID, env AZURE_FEDERATED_TOKEN_FILE, env AZURE_AUTHORITY_HOST/)
    expect((err as Error).message).toMatch(/webhook is not installed or workload identity is off/)
    expect(await github.listByPrefix('aks-wi-runner-')).toEqual([])
    // Deleted (the sandbox's instant lifecycle removes a deleted pod at once).
    expect((await api.listNamespacedPod({ namespace: 'ci' })).items).toEqual([])
  })

  test('a pod that cannot start fails the wait with its conditions and events (ImagePullBackOff)', async () => {
    await setupIdentity()
    const github = await sandboxGitHub(sb)
    const made = await createRunner({ api, github, info: log }, input({ image: 'ghcr.io/actions/invalid-image:1' }), expectation(), slot(0))
    const err = await waitForRunning(api, 'ci', [made.name], { timeoutMs: 10_000, pollMs: 50, info: log }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(PodWaitError)
    const msg = (err as Error).message
    expect(msg).toContain('ImagePullBackOff')
    expect(msg).toMatch(/condition Ready=False \(ContainersNotReady\)/)
    expect(msg).toMatch(/event Warning Failed: Failed to pull image/)
  })

  test('observe + plan: a finished pod is removed and replaced, an outdated one replaced, the rest kept', async () => {
    await setupIdentity()
    const github = await sandboxGitHub(sb)
    const deps = { api, github, info: log }
    const a = await createRunner(deps, input(), expectation(), slot(0))
    const b = await createRunner(deps, input(), expectation(), slot(1))
    const old = await createRunner(deps, input({ image: 'ghcr.io/actions/actions-runner:2.328.0' }), expectation(), slot(2))
    await waitForRunning(api, 'ci', [a.name, b.name, old.name], { timeoutMs: 5000, pollMs: 50, info: log })
    await finishPod(sb, 'ci', a.name, 'Succeeded')
    const { pods, otherSets } = await observeRunnerPods(api, 'ci', 'runner-sa', KEY)
    expect(otherSets).toEqual([])
    expect(pods.map((p) => p.name).sort()).toEqual([a.name, b.name, old.name].sort())
    const plan = planRunners({ count: 2, input: input(), pods, records: await github.listByPrefix('aks-wi-runner-'), injected: (p) => checkInjection(p.pod as V1Pod, expectation()).ok })
    expect(plan.keep.map((p) => p.name)).toEqual([b.name])
    expect(plan.remove.map((r) => [r.pod.name, r.reason]).sort()).toEqual([[a.name, 'finished'], [old.name, 'outdated']].sort())
    expect(plan.create).toBe(1)
    // The lowest free slot: 0 is still taken until the finished pod is deleted.
    expect(plan.names).toEqual([slot(3)])
  })
})
