// Issue 8 "Done when", for every runner kind the seed names (gitlab with both executors, jenkins, pod): the whole
// action in-process against the sandbox through the real clients. Apply creates the webhook-mutated pods with
// their Secrets; a rerun writes nothing; plan sees a deleted pod and a changed image; destroy removes it all;
// no runner token or agent secret appears in any log, output, pod spec or URL.
import type { CoreV1Api, RbacAuthorizationV1Api, V1Pod } from '@kubernetes/client-node'
import { RbacAuthorizationV1Api as RbacApi, KubeConfig } from '@kubernetes/client-node'
import { readFileSync } from 'node:fs'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { run } from '../engine/helpers.js'
import { ALL_KINDS } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { restrictedViolations } from '../kube/pod-security.js'
import { adminCore, runnerSelector } from '../kube/helpers.js'
import { checkInjection } from '../../src/kube/injection.js'
import { credentialSecretName, DRIVERS, type RunnerKind } from '../../src/runner-kinds/index.js'
import { runnerRbacName } from '../../src/kube/rbac.js'
import { azure } from '../engine/helpers.js'

let sb: Sandbox
let api: CoreV1Api
let rbac: RbacAuthorizationV1Api
const NS = 'apps'
const SA = 'app-sa'
const GITLAB_TOKEN = 'glrt-t3stRunnerAuthTok3n_abcdefgh'
const JENKINS_SECRET = 'f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f'

interface Case {
  name: string
  kind: RunnerKind
  inputs: Record<string, string>
  count: number
  /** The input that changes the image, and a new value. */
  image: [string, string]
  /** The credential the pods' Secrets hold (undefined: none). */
  credential?: string
  /** The pods run as their own service account, without the identity (GitLab's Kubernetes executor: its jobs get it). */
  ownServiceAccount?: boolean
}

const CASES: Case[] = [
  {
    name: 'gitlab (Kubernetes executor)',
    kind: 'gitlab',
    inputs: { 'runner-kind': 'gitlab', 'gitlab-url': 'https://gitlab.example.com', 'gitlab-runner-token': GITLAB_TOKEN, 'runner-count': '2' },
    count: 2,
    image: ['runner-image', 'gitlab/gitlab-runner:alpine-v17.11.4'],
    credential: GITLAB_TOKEN,
    ownServiceAccount: true
  },
  {
    name: 'gitlab (shell executor)',
    kind: 'gitlab',
    inputs: { 'runner-kind': 'gitlab', 'gitlab-url': 'https://gitlab.example.com', 'gitlab-runner-token': GITLAB_TOKEN, 'gitlab-executor': 'shell', 'runner-count': '1' },
    count: 1,
    image: ['runner-image', 'gitlab/gitlab-runner:alpine-v17.11.4'],
    credential: GITLAB_TOKEN
  },
  {
    name: 'jenkins',
    kind: 'jenkins',
    inputs: { 'runner-kind': 'jenkins', 'jenkins-url': 'https://jenkins.example.com', 'jenkins-agent-name': 'aks-agent-1', 'jenkins-agent-secret': JENKINS_SECRET, 'runner-count': '1' },
    count: 1,
    image: ['runner-image', 'jenkins/inbound-agent:3345.v03dee9b_f88fc-2'],
    credential: JENKINS_SECRET
  },
  {
    name: 'pod (the seed: azure-cli, sleep 3600)',
    kind: 'pod',
    inputs: { 'runner-kind': 'pod', 'runner-count': '1' },
    count: 1,
    image: ['pod-image', 'mcr.microsoft.com/azure-cli:2.68.0']
  }
]

const runAction = (inputs: Record<string, string>) => run(sb, inputs, { kinds: ALL_KINDS, desired: desiredState, githubFetch: caFetch(sb.tls.caPem), pollIntervalMs: 50 })
const pods = async (): Promise<V1Pod[]> => (await api.listNamespacedPod({ namespace: NS, labelSelector: runnerSelector(SA) })).items.filter((p) => !p.metadata?.deletionTimestamp)
const lastSeq = (): number => sb.log.all().at(-1)?.seq ?? 0
const writesSince = (seq: number) => sb.log.all().filter((e) => e.seq > seq && e.write)
const secretValue = async (name: string, key: string): Promise<string> => Buffer.from((await api.readNamespacedSecret({ name, namespace: NS })).data![key]!, 'base64').toString()

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
  api = adminCore(sb)
  const kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  rbac = kc.makeApiClient(RbacApi)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe.each(CASES)('$name', (c) => {
  test('apply creates mutated, restricted pods with their Secrets; a rerun writes nothing; plan sees a deleted pod and a changed image; destroy removes everything; no credential leaks', async () => {
    const driver = DRIVERS[c.kind]
    const first = await runAction(c.inputs)
    const clientId = first.sink.outputs['client-id']!
    const created = await pods()
    expect(created).toHaveLength(c.count)
    for (const pod of created) {
      expect(pod.status?.phase).toBe('Running')
      expect(pod.metadata?.labels).toMatchObject({ 'app.kubernetes.io/component': driver.component })
      if (c.ownServiceAccount) {
        // The runner manager: its own service account, no identity label, nothing injected.
        expect(pod.metadata?.labels?.['azure.workload.identity/use']).toBeUndefined()
        expect(pod.spec?.serviceAccountName).toBe(`${SA}-${driver.component}`)
        expect(JSON.stringify(pod.spec)).not.toContain('AZURE_FEDERATED_TOKEN_FILE')
      } else {
        expect(pod.metadata?.labels?.['azure.workload.identity/use']).toBe('true')
        expect(pod.spec?.serviceAccountName).toBe(SA)
        expect(checkInjection(pod, { clientId, audience: 'api://AzureADTokenExchange', serviceAccount: SA })).toMatchObject({ ok: true })
      }
      expect(restrictedViolations(pod)).toEqual([])
      expect(pod.spec?.containers[0]?.image).toBe(c.kind === 'pod' ? DRIVERS.pod.defaultImage : DRIVERS[c.kind].defaultImage)
      const secretName = credentialSecretName(c.kind, pod.metadata!.name!)
      if (c.credential) {
        const secret = await api.readNamespacedSecret({ name: secretName!, namespace: NS })
        expect(secret.metadata?.ownerReferences?.[0]).toMatchObject({ kind: 'Pod', uid: pod.metadata?.uid })
        expect(await secretValue(secretName!, driver.secret!.key)).toContain(c.credential)
      } else expect(secretName).toBeUndefined()
    }
    expect(first.sink.outputs['runner-names']!.split('\n').sort()).toEqual(created.map((p) => p.metadata!.name!).sort())

    // The credential is in its Secret only: not in any log line, output, summary, pod spec or URL.
    if (c.credential) {
      const everything = [...first.sink.lines, ...first.sink.warnings, ...Object.values(first.sink.outputs), ...first.sink.summaries, ...created.map((p) => JSON.stringify(p)), ...sb.log.all().map((e) => e.path)].join('\n')
      expect(everything).not.toContain(c.credential)
      expect(everything).not.toContain(Buffer.from(c.credential).toString('base64'))
    }

    // A rerun: nothing to do, nothing written.
    let seq = lastSeq()
    const second = await runAction(c.inputs)
    expect(second.plan.steps.filter((s) => s.action !== 'unchanged')).toEqual([])
    expect(writesSince(seq)).toEqual([])

    // Plan mode sees a changed image (every pod would be replaced)...
    seq = lastSeq()
    const [input, image] = c.image
    const changed = await runAction({ ...c.inputs, [input]: image, mode: 'plan', 'fail-on-drift': 'false' })
    expect(changed.plan.steps.find((s) => s.kind === 'runner-set')?.action).toBe('replace')
    // ...and a pod deleted by someone; it writes nothing.
    const gone = created[0]!.metadata!.name!
    await api.deleteNamespacedPod({ name: gone, namespace: NS })
    const planned = await runAction({ ...c.inputs, mode: 'plan', 'fail-on-drift': 'false' })
    const step = planned.plan.steps.find((s) => s.kind === 'runner-set')!
    // The only pod gone: the set is created anew; one of several: it is updated.
    expect(step.action).toBe(c.count > 1 ? 'update' : 'create')
    expect(step.diff).toContainEqual({ field: 'runners', from: c.count - 1, to: c.count })
    expect(planned.outputs.drift).toBe('true')
    expect(writesSince(seq).filter((e) => e.path !== `/api/v1/namespaces/${NS}/pods/${gone}`)).toEqual([])

    // Apply with the new image replaces them; destroy removes pods, Secrets and (gitlab) the Role and RoleBinding.
    await runAction({ ...c.inputs, [input]: image })
    const replaced = await pods()
    expect(replaced).toHaveLength(c.count)
    expect(replaced.every((p) => p.spec?.containers[0]?.image === image)).toBe(true)
    seq = lastSeq()
    await runAction({ ...c.inputs, [input]: image, mode: 'destroy' })
    const deleted = writesSince(seq).filter((e) => e.method === 'DELETE').map((e) => e.path.split('/').slice(-2)[0])
    if (c.kind === 'gitlab' && c.inputs['gitlab-executor'] !== 'shell') expect(deleted).toEqual(expect.arrayContaining(['roles', 'rolebindings']))
    if (c.credential) expect(deleted).toContain('secrets')
    expect(await pods()).toEqual([])
    const secrets = (await api.listNamespacedSecret({ namespace: NS, labelSelector: 'app.kubernetes.io/managed-by=aks-workload-identity' }).catch(() => ({ items: [] }))).items
    expect(secrets).toEqual([])
    await expect(rbac.readNamespacedRole({ name: runnerRbacName(SA, DRIVERS.gitlab.component), namespace: NS })).rejects.toMatchObject({ code: 404 })
    await expect(api.readNamespacedServiceAccount({ name: `${SA}-${driver.component}`, namespace: NS })).rejects.toMatchObject({ code: 404 })
  })
})

/** The config.toml as sections of key → value (what the generator writes: strings, booleans, numbers, string arrays). */
function parseToml(text: string): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = { '': {} }
  let section = ''
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const header = /^\[\[?([^\]]+)\]\]?$/.exec(line)
    if (header) {
      section = header[1]!
      out[section] ??= {}
      continue
    }
    const eq = line.indexOf(' = ')
    out[section]![JSON.parse(line.slice(0, eq).startsWith('"') ? line.slice(0, eq) : JSON.stringify(line.slice(0, eq)))] = JSON.parse(line.slice(eq + 3))
  }
  return out
}

describe('gitlab with the Kubernetes executor', () => {
  const inputs = CASES[0]!.inputs

  test("the generated config gives job pods the service account and the workload identity label; the runner's RBAC is namespaced and minimal", async () => {
    await runAction({ ...inputs, 'runner-count': '1' })
    const [pod] = await pods()
    const name = pod!.metadata!.name!
    const toml = parseToml(await secretValue(credentialSecretName('gitlab', name)!, 'config.toml'))
    expect(toml.runners).toMatchObject({ name, url: 'https://gitlab.example.com', token: GITLAB_TOKEN, executor: 'kubernetes', environment: ['HOME=/tmp'] })
    expect(toml['runners.kubernetes']).toMatchObject({ namespace: NS, service_account: SA })
    expect(toml['runners.kubernetes.pod_labels']).toEqual({ 'azure.workload.identity/use': 'true' })
    expect(toml['runners.kubernetes.pod_security_context']).toMatchObject({ run_as_non_root: true })
    for (const c of ['build', 'helper', 'service']) {
      expect(toml[`runners.kubernetes.${c}_container_security_context`]).toMatchObject({ privileged: false, allow_privilege_escalation: false, run_as_non_root: true })
      expect(toml[`runners.kubernetes.${c}_container_security_context.capabilities`]).toEqual({ drop: ['ALL'] })
    }
    // The runner pod talks to the API (the executor creates job pods); the shell executor's does not (see the shell case).
    expect(pod!.spec?.automountServiceAccountToken).toBe(true)
    // A job pod made the way the config says is mutated by the webhook: it would get the identity.
    const job = await api.createNamespacedPod({
      namespace: NS,
      body: { metadata: { name: 'runner-job-1', labels: toml['runners.kubernetes.pod_labels'] as Record<string, string> }, spec: { serviceAccountName: String(toml['runners.kubernetes']!.service_account), containers: [{ name: 'build', image: 'alpine:3.20' }] } }
    })
    const env = new Map((job.spec?.containers[0]?.env ?? []).map((e) => [e.name, e.value]))
    expect(env.get('AZURE_CLIENT_ID')).toBeTruthy()
    expect(env.get('AZURE_FEDERATED_TOKEN_FILE')).toBeTruthy()

    // RBAC: one Role and one RoleBinding in the namespace, ours, bound to the runner's own service account only.
    const role = await rbac.readNamespacedRole({ name: runnerRbacName(SA, DRIVERS.gitlab.component), namespace: NS })
    expect(role.metadata?.labels).toMatchObject({ 'app.kubernetes.io/managed-by': 'aks-workload-identity' })
    const grants = (role.rules ?? []).flatMap((r) => (r.resources ?? []).map((res) => [res, [...r.verbs].sort().join(',')]))
    expect(Object.fromEntries(grants)).toEqual({
      pods: 'create,delete,get,list,watch',
      'pods/attach': 'create,delete,get,patch',
      'pods/exec': 'create,delete,get,patch',
      'pods/log': 'get,list',
      secrets: 'create,delete,get,update',
      configmaps: 'create,delete,get,update',
      services: 'create,get',
      serviceaccounts: 'get',
      events: 'list,watch'
    })
    expect((role.rules ?? []).every((r) => (r.apiGroups ?? []).every((g) => g === '') && !(r.resourceNames?.length) && !r.verbs.includes('*') && !(r.resources ?? []).includes('*'))).toBe(true)
    const binding = await rbac.readNamespacedRoleBinding({ name: runnerRbacName(SA, DRIVERS.gitlab.component), namespace: NS })
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: runnerRbacName(SA, DRIVERS.gitlab.component) })
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: `${SA}-gitlab-runner`, namespace: NS }])
    // Nothing cluster-wide was asked for.
    expect(sb.log.all().filter((e) => /clusterrole/i.test(e.path))).toEqual([])
  })

  test('GitLab job pods cannot read the runner tokens: the jobs\' service account has the identity and no Role; the runner\'s has the Role and no identity; one federated credential, for the jobs', async () => {
    const r = await runAction({ ...inputs, 'runner-count': '1' })
    const [pod] = await pods()
    const toml = parseToml(await secretValue(credentialSecretName('gitlab', pod!.metadata!.name!)!, 'config.toml'))
    const jobSa = String(toml['runners.kubernetes']!.service_account)
    expect(toml['runners.kubernetes']).toMatchObject({ service_account: SA, automount_service_account_token: false })
    // No RoleBinding in the namespace grants the jobs' service account anything (the Role lets its holder read Secrets).
    const bindings = (await rbac.listNamespacedRoleBinding({ namespace: NS })).items
    expect(bindings.flatMap((b) => (b.subjects ?? []).map((s) => s.name))).not.toContain(jobSa)
    const roles = await rbac.listNamespacedRole({ namespace: NS })
    const readsSecrets = roles.items.filter((role) => (role.rules ?? []).some((rule) => (rule.resources ?? []).includes('secrets')))
    for (const role of readsSecrets) {
      const boundTo = bindings.filter((b) => b.roleRef.name === role.metadata!.name).flatMap((b) => (b.subjects ?? []).map((s) => s.name))
      expect(boundTo).toEqual([pod!.spec!.serviceAccountName])
    }
    // The runner's service account: no workload identity annotation; the jobs': the identity's client ID.
    const manager = await api.readNamespacedServiceAccount({ name: pod!.spec!.serviceAccountName!, namespace: NS })
    expect(manager.metadata?.annotations?.['azure.workload.identity/client-id']).toBeUndefined()
    const jobs = await api.readNamespacedServiceAccount({ name: jobSa, namespace: NS })
    expect(jobs.metadata?.annotations?.['azure.workload.identity/client-id']).toBe(r.sink.outputs['client-id'])
    // Exactly one federated credential, for the jobs' service account.
    const identity = [...azure(sb).world.identities.values()].find((i) => i.name === 'id-app')!
    expect([...identity.fics.values()].map((f) => f.subject)).toEqual([`system:serviceaccount:${NS}:${SA}`])
  })

  test('a new runner token replaces the pods (the Secret is compared in memory, never shown)', async () => {
    await runAction({ ...inputs, 'runner-count': '1' })
    const [before] = await pods()
    const next = 'glrt-n3wRunnerAuthTok3n_zyxwvuts'
    const again = await runAction({ ...inputs, 'runner-count': '1', 'gitlab-runner-token': next })
    const step = again.plan.steps.find((s) => s.kind === 'runner-set')!
    expect(step.diff).toContainEqual({ field: 'pods.credential-changed', from: before!.metadata!.name })
    expect(JSON.stringify(again.plan)).not.toContain(next)
    expect(again.sink.lines.join('\n')).not.toContain(GITLAB_TOKEN)
    const [after] = await pods()
    expect(after!.metadata!.name).not.toBe(before!.metadata!.name)
    expect(await secretValue(credentialSecretName('gitlab', after!.metadata!.name!)!, 'config.toml')).toContain(next)
  })

  test('the shell executor: no Role, no API token in the runner pod (it carries the identity itself)', async () => {
    await runAction({ ...CASES[1]!.inputs })
    const [pod] = await pods()
    expect(pod!.spec?.automountServiceAccountToken).toBe(false)
    await expect(rbac.readNamespacedRole({ name: runnerRbacName(SA, DRIVERS.gitlab.component), namespace: NS })).rejects.toMatchObject({ code: 404 })
    const toml = parseToml(await secretValue(credentialSecretName('gitlab', pod!.metadata!.name!)!, 'config.toml'))
    expect(toml.runners).toMatchObject({ executor: 'shell' })
    expect(toml['runners.kubernetes']).toBeUndefined()
  })
})
