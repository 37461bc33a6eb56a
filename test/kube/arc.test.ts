// Issue 18 item 1, runner-kind arc against the whole sandbox: the action writes ARC's runner scale set (the
// GitHub configuration Secret and an AutoscalingRunnerSet whose pod template carries the workload identity), which
// validates against ARC's published CRD schema (test/specs/arc, gha-runner-scale-set-controller 0.14.2); a second
// run writes nothing; plan finds a changed maxRunners; destroy removes only ours; without ARC's CRDs or controller
// the run stops before any write with how to install them; kubernetes container mode gives job pods the identity.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { CustomObjectsApi, KubeConfig, RbacAuthorizationV1Api, type CoreV1Api } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { adminCore, setWebhook } from './helpers.js'
import { arcCrd, installArc as installArcIn } from './arc-install.js'
import { lastSeq, runAll, runFailing, SANDBOX_OPTIONS, writesSince } from '../modes/helpers.js'
import { failure } from '../sandbox/kube/testkit.js'
import { restrictedViolations } from './pod-security.js'

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

const crd = arcCrd()
const NS = 'apps'
const SET = 'aks-wi-runner'
const G = { group: 'actions.github.com', version: 'v1alpha1', plural: 'autoscalingrunnersets' }
const INPUTS = { 'runner-kind': 'arc', 'arc-github-config-url': 'https://github.com/octo-org', 'runner-max': '4' }

let sb: Sandbox
let core: CoreV1Api
let custom: CustomObjectsApi
let rbac: RbacAuthorizationV1Api

type Obj = { metadata: { name: string; labels?: Record<string, string> }; spec: Record<string, unknown> & { template: { metadata: { labels: Record<string, string> }; spec: Record<string, unknown> } } }
const getSet = async (name = SET, namespace = NS) => (await custom.getNamespacedCustomObject({ ...G, namespace, name })) as Obj

/** The CRD's schema with every object that declares properties closed: a field ARC does not define fails (compiled once). */
let closed: ValidateFunction | undefined
function closedValidator(): ValidateFunction {
  if (closed) return closed
  const close = (n: unknown): void => {
    if (Array.isArray(n)) return n.forEach(close)
    if (!n || typeof n !== 'object') return
    const o = n as Record<string, unknown>
    if (o.properties && o.additionalProperties === undefined && !o['x-kubernetes-preserve-unknown-fields']) o.additionalProperties = false
    Object.values(o).forEach(close)
  }
  const schema = structuredClone(crd.spec.versions[0]!.schema!.openAPIV3Schema!) as Record<string, unknown>
  close(schema)
  ;(schema.properties as Record<string, unknown>).metadata = { type: 'object' }
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
  addFormats(ajv)
  for (const f of ['int32', 'int64', 'int-or-string', 'byte']) ajv.addFormat(f, true)
  return (closed = ajv.compile(schema))
}

const installArc = (opts: { crds?: boolean; controller?: boolean } = {}) => installArcIn(sb, opts)

beforeAll(async () => {
  sb = await startSandbox(SANDBOX_OPTIONS)
  core = adminCore(sb)
  const kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  custom = kc.makeApiClient(CustomObjectsApi)
  rbac = kc.makeApiClient(RbacAuthorizationV1Api)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('runner-kind arc', () => {
  it('creates a valid AutoscalingRunnerSet with the identity wired, its Secret, and a second run writes nothing', async () => {
    await installArc()
    const first = await runAll(sb, INPUTS)
    expect(first.plan.steps.find((s) => s.kind === 'arc-runner-set')?.action).toBe('create')
    const set = await getSet()
    // ARC's published schema, with undeclared fields refused.
    const validate = closedValidator()
    expect(validate(set) ? [] : validate.errors).toEqual([])
    expect(set.spec).toMatchObject({
      githubConfigUrl: 'https://github.com/octo-org',
      githubConfigSecret: `${SET}-github-config`,
      runnerScaleSetName: SET,
      runnerGroup: 'default',
      minRunners: 0,
      maxRunners: 4
    })
    expect(set.metadata.labels?.['app.kubernetes.io/version']).toBe('0.14.2')
    const pod = set.spec.template
    expect(pod.metadata.labels['azure.workload.identity/use']).toBe('true')
    expect(pod.spec.serviceAccountName).toBe('app-sa')
    const containers = pod.spec.containers as Array<{ name: string; image: string; command: string[] }>
    expect(containers[0]).toMatchObject({ name: 'runner', command: ['/home/runner/run.sh'] })
    expect(containers[0]!.image).toMatch(/^ghcr\.io\/actions\/actions-runner:\d+\.\d+\.\d+$/)
    expect(restrictedViolations({ spec: pod.spec } as never)).toEqual([])
    const secret = await core.readNamespacedSecret({ namespace: NS, name: `${SET}-github-config` })
    expect(Object.keys(secret.data ?? {})).toEqual(['github_token'])
    expect(Buffer.from(secret.data!.github_token!, 'base64').toString()).toBe(sb.inputs['github-token'])
    // The workload identity service account is annotated as for every kind.
    const sa = await core.readNamespacedServiceAccount({ namespace: NS, name: 'app-sa' })
    expect(sa.metadata?.annotations?.['azure.workload.identity/client-id']).toBeTruthy()

    const since = lastSeq(sb)
    const second = await runAll(sb, INPUTS)
    expect(writesSince(sb, since).map((e) => `${e.service}:${e.operation}`)).toEqual([])
    expect(second.plan.steps.every((s) => s.action === 'unchanged')).toBe(true)
  })

  it('the sandbox refuses an AutoscalingRunnerSet its CRD schema does not allow (422 Invalid)', async () => {
    await installArc({ controller: false })
    await core.createNamespace({ body: { metadata: { name: NS } } })
    const bad = { apiVersion: 'actions.github.com/v1alpha1', kind: 'AutoscalingRunnerSet', metadata: { name: 'bad' }, spec: { maxRunners: -1, githubConfigUrl: 3 } }
    const { code, status } = await failure(custom.createNamespacedCustomObject({ ...G, namespace: NS, body: bad }))
    expect(code).toBe(422)
    expect(status.reason).toBe('Invalid')
    expect(status.details?.causes?.map((c) => c.field).sort()).toEqual(['spec.githubConfigUrl', 'spec.maxRunners'])
  })

  it('plan reports a changed maxRunners (zero writes), and apply sets it back', async () => {
    await installArc()
    await runAll(sb, INPUTS)
    const since = lastSeq(sb)
    const plan = await runAll(sb, { ...INPUTS, 'runner-max': '9', mode: 'plan', 'fail-on-drift': 'false' })
    expect(writesSince(sb, since)).toEqual([])
    const step = plan.plan.steps.find((s) => s.kind === 'arc-runner-set')!
    expect(step.action).toBe('update')
    expect(step.diff).toContainEqual({ field: 'spec.maxRunners', from: 4, to: 9 })
    await runAll(sb, { ...INPUTS, 'runner-max': '9' })
    expect((await getSet()).spec.maxRunners).toBe(9)
  })

  it('destroy removes only ours: another workload’s set and an adopted one stay', async () => {
    await installArc()
    // Another workload's set (its owner key) in the same namespace, and, for a second workload, a set it adopts.
    await runAll(sb, INPUTS)
    const other = { ...(await getSet()), metadata: { name: 'theirs', labels: { 'aks-workload-identity/owner': 'someone-else' } } }
    await custom.createNamespacedCustomObject({ ...G, namespace: NS, body: { ...other, apiVersion: 'actions.github.com/v1alpha1', kind: 'AutoscalingRunnerSet' } })
    await custom.createNamespacedCustomObject({
      ...G,
      namespace: NS,
      body: { apiVersion: 'actions.github.com/v1alpha1', kind: 'AutoscalingRunnerSet', metadata: { name: 'adopted' }, spec: { githubConfigUrl: 'https://github.com/octo-org', githubConfigSecret: 'x' } }
    })
    const adoptInputs = { ...INPUTS, 'runner-name-prefix': 'adopted', 'service-account-name': 'adopter-sa' }
    const adopt = await runAll(sb, adoptInputs)
    expect(adopt.plan.steps.find((s) => s.kind === 'arc-runner-set')?.ownership).toBe('adopted')
    expect((await getSet('adopted')).spec.template.spec.serviceAccountName).toBe('adopter-sa')

    await runAll(sb, { ...INPUTS, mode: 'destroy' })
    await runAll(sb, { ...adoptInputs, mode: 'destroy' })
    const names = ((await custom.listNamespacedCustomObject({ ...G, namespace: NS })) as { items: Obj[] }).items.map((i) => i.metadata.name).sort()
    expect(names).toEqual(['adopted', 'theirs'])
    expect((await failure(core.readNamespacedSecret({ namespace: NS, name: `${SET}-github-config` }))).code).toBe(404)
  })

  it('a changed credential is drift (its value never shown), and apply writes the new one', async () => {
    await installArc()
    await runAll(sb, INPUTS)
    const token = 'ghp_' + 'b'.repeat(36)
    const plan = await runAll(sb, { ...INPUTS, 'github-token': token, mode: 'plan', 'fail-on-drift': 'false' })
    const step = plan.plan.steps.find((s) => s.kind === 'arc-runner-set')!
    expect(step.diff).toEqual([{ field: 'secret.data', from: '(hidden)', to: '(from the inputs)' }])
    expect(JSON.stringify(plan.plan)).not.toContain(token)
    await runAll(sb, { ...INPUTS, 'github-token': token })
    const secret = await core.readNamespacedSecret({ namespace: NS, name: `${SET}-github-config` })
    expect(Buffer.from(secret.data!.github_token!, 'base64').toString()).toBe(token)
  })

  it('verification: when the webhook would not inject the identity into the template’s pods, the run fails saying so', async () => {
    await installArc()
    await setWebhook(sb, false)
    const { error } = await runFailing(sb, INPUTS)
    expect(error.message).toMatch(/AutoscalingRunnerSet apps\/aks-wi-runner: runner pods would not get the workload identity/)
  })

  it.each([
    ['CRDs', { crds: false }, /does not serve autoscalingrunnersets\.actions\.github\.com\/v1alpha1/],
    ['controller', { controller: false }, /no Running pod labelled app\.kubernetes\.io\/part-of=gha-rs-controller/]
  ] as const)('without ARC’s %s the run stops before any write, saying how to install it', async (_what, opts, message) => {
    await installArc(opts)
    const since = lastSeq(sb)
    const { error } = await runFailing(sb, INPUTS)
    expect(error.message).toMatch(message)
    expect(error.message).toContain('helm install arc --namespace arc-systems --create-namespace')
    expect(writesSince(sb, since)).toEqual([])
  })

  it('kubernetes container mode: the hook template ConfigMap gives job pods the identity; the runner has its own account', async () => {
    await installArc()
    await runAll(sb, { ...INPUTS, 'arc-container-mode': 'kubernetes' })
    const set = await getSet()
    const validate = closedValidator()
    expect(validate(set) ? [] : validate.errors).toEqual([])
    const runner = set.spec.template.spec
    expect(runner.serviceAccountName).toBe('app-sa-arc-runner')
    expect(set.spec.template.metadata.labels['azure.workload.identity/use']).toBeUndefined()
    const env = (runner.containers as Array<{ env: Array<{ name: string; value?: string }> }>)[0]!.env
    const hookFile = env.find((e) => e.name === 'ACTIONS_RUNNER_CONTAINER_HOOK_TEMPLATE')!.value!
    expect(env.find((e) => e.name === 'ACTIONS_RUNNER_CONTAINER_HOOKS')?.value).toBe('/home/runner/k8s-novolume/index.js')
    const cm = await core.readNamespacedConfigMap({ namespace: NS, name: `${SET}-hook-template` })
    const template = parse(cm.data![hookFile.split('/').pop()!]!) as { metadata: { labels: Record<string, string> }; spec: { serviceAccountName: string } }
    expect(template.metadata.labels['azure.workload.identity/use']).toBe('true')
    expect(template.spec.serviceAccountName).toBe('app-sa')
    // The runner's account may start job pods in its namespace (and nothing else).
    const binding = await rbac.readNamespacedRoleBinding({ namespace: NS, name: 'app-sa-arc-runner' })
    expect(binding.subjects?.map((s) => s.name)).toEqual(['app-sa-arc-runner'])
    const since = lastSeq(sb)
    await runAll(sb, { ...INPUTS, 'arc-container-mode': 'kubernetes' })
    expect(writesSince(sb, since)).toEqual([])
  })
})
