// Issue 18 item 4, private clusters: with the sandbox's API server marked private (connections from outside the
// cluster's network dropped), a direct run fails and says to use `cluster-access: run-command`; a run-command run
// sends every Kubernetes request through AKS run-command (the sandbox runs the real kubectl inside the "network")
// and converges, a re-run writes nothing to Kubernetes, and plan through run-command finds drift.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { CoreV1Api } from '@kubernetes/client-node'
import { KubeConfig, CoreV1Api as CoreApi } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import type { KubeSandboxView } from '../sandbox/kube/index.js'
import { ALL_KINDS, execute } from '../../src/engine.js'
import { createAzureServices } from '../../src/azure/clients.js'
import { aksRunCommand } from '../../src/azure/run-command.js'
import { applyPatchOptions } from '../../src/kube/apply.js'
import { applyConflicts, isNotFound, kubeStatus } from '../../src/kube/errors.js'
import { runCommandHttpLibrary } from '../../src/kube/run-command.js'
import { makeApi } from '../../src/kube/transport.js'
import { zipFiles } from '../../src/kube/zip.js'
import { run } from '../helpers/processes.js'
import { principalCredential } from '../sandbox/azure/sdk.js'
import { desiredState } from '../../src/desired.js'
import { azure, FAST, idTokenFrom, settingsFor } from '../engine/helpers.js'
import { annotatingSink, BASE_INPUTS, lastSeq, runAll, SANDBOX_OPTIONS } from '../modes/helpers.js'
import { tempDirSync } from '../helpers/run-action.js'

let sb: Sandbox
/** A client inside the cluster's network (by the API server's in-network name): how the test looks at the cluster. */
let inside: CoreV1Api
const RUN_COMMAND = { 'cluster-access': 'run-command' }
const kube = () => sb.ctx.parts.kube as KubeSandboxView
const SHORT = { attempts: 2, initialDelayMs: 10, maxDelayMs: 20, attemptTimeoutMs: 2_000, attemptTimeoutStepMs: 0, maxAttemptTimeoutMs: 2_000, maxRetryAfterMs: 100 }

/** Kubernetes writes the API server received after `since` (the run-command pod's kubectl included). */
const kubeWritesSince = (since: number) => sb.log.all().filter((e) => e.seq > since && e.service === 'kube' && e.write)
const commands = () => [...azure(sb).runCommands.values()]

beforeAll(async () => {
  sb = await startSandbox({ ...SANDBOX_OPTIONS, kube: { private: true } })
  const kc = new KubeConfig()
  kc.loadFromString(kube().commandKubeconfig!(undefined))
  inside = kc.makeApiClient(CoreApi)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('a private API server', () => {
  it('refuses a direct run, which says to use cluster-access: run-command', async () => {
    const since = lastSeq(sb)
    const { error } = await runFailingWith({})
    expect(error.message).toMatch(/cluster-access: run-command/)
    expect(error.message).toMatch(/does not answer this runner/)
    // The API server answered nothing: every attempt was dropped.
    const kubeEntries = sb.log.all().filter((e) => e.seq > since && e.service === 'kube')
    expect(kubeEntries.length).toBeGreaterThan(0)
    expect(kubeEntries.every((e) => e.status === 0)).toBe(true)
    expect(commands()).toEqual([])
  })

  it('converges through run-command, and a re-run makes no Kubernetes writes', async () => {
    const first = await runAll(sb, RUN_COMMAND)
    expect(first.outputs.drift).toBe('true')
    const sa = await inside.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })
    expect(sa.metadata?.annotations?.['azure.workload.identity/client-id']).toBe(first.outputs['client-id'])
    expect(sa.metadata?.managedFields?.some((m) => m.manager === 'aks-workload-identity' && m.operation === 'Apply')).toBe(true)
    // Every Kubernetes request went through run-command: each command the sandbox ran is one of the forms it parses.
    const ran = commands()
    expect(ran.length).toBeGreaterThan(0)
    expect(ran.every((c) => c.args !== undefined && c.exitCode !== 127)).toBe(true)
    expect(ran.filter((c) => c.write).map((c) => c.args![0])).toEqual(expect.arrayContaining(['apply']))

    const since = lastSeq(sb)
    const before = ran.length
    const again = await runAll(sb, RUN_COMMAND)
    expect(again.outputs.drift).toBe('false')
    expect(kubeWritesSince(since)).toEqual([])
    const second = commands().slice(before)
    expect(second.length).toBeGreaterThan(0)
    expect(second.filter((c) => c.write)).toEqual([])
    // The only Kubernetes traffic is the run-command pod's kubectl (by the in-network name): nothing direct.
    expect(sb.log.all().filter((e) => e.seq > since && e.service === 'kube' && e.status === 0)).toEqual([])
  })

  it('verifies end to end through run-command: the TokenRequest and the webhook dry run are run-commands too', async () => {
    const r = await runAll(sb, { ...RUN_COMMAND, verify: 'true' })
    expect(r.sink.lines.some((l) => /Verified in .*the service account's token signs in as the identity/.test(l))).toBe(true)
    const ran = commands().map((c) => c.command)
    expect(ran).toEqual(expect.arrayContaining([expect.stringMatching(/^kubectl create --raw \/api\/v1\/namespaces\/apps\/serviceaccounts\/app-sa\/token -f body\.json$/)]))
    expect(ran).toEqual(expect.arrayContaining([expect.stringMatching(/^kubectl create --raw '\/api\/v1\/namespaces\/apps\/pods\?dryRun=All.*' -f body\.json$/)]))
  })

  it('plan through run-command finds drift made inside the cluster, and writes nothing', async () => {
    await runAll(sb, RUN_COMMAND)
    await inside.patchNamespacedServiceAccount(
      {
        name: 'app-sa',
        namespace: 'apps',
        body: [{ op: 'replace', path: '/metadata/annotations/azure.workload.identity~1client-id', value: '00000000-0000-0000-0000-00000000dead' }]
      },
      // JSON patch, as `kubectl patch --type json` would send it.
      (await import('@kubernetes/client-node')).setHeaderOptions('Content-Type', 'application/json-patch+json')
    )
    const since = lastSeq(sb)
    const before = commands().length
    const plan = await runAll(sb, { ...RUN_COMMAND, mode: 'plan', 'fail-on-drift': 'false' })
    expect(plan.sink.outputs.drift).toBe('true')
    const drift = plan.sink.annotations.filter((a) => a.title?.startsWith('Drift: '))
    expect(drift.map((a) => a.title)).toEqual(['Drift: service-account:apps/app-sa'])
    expect(drift[0]!.message).toMatch(/00000000-0000-0000-0000-00000000dead/)
    expect(kubeWritesSince(since)).toEqual([])
    expect(commands().slice(before).filter((c) => c.write)).toEqual([])
    expect(commands().length).toBeGreaterThan(before)
  })
})

describe('through run-command, unchanged behaviour of the kinds', () => {
  it('a field another manager took is reported with force-conflicts: false, naming that manager (managedFields read through run-command)', async () => {
    const first = await runAll(sb, RUN_COMMAND)
    await inside.patchNamespacedServiceAccount(
      {
        name: 'app-sa',
        namespace: 'apps',
        fieldManager: 'kubectl-edit',
        body: { metadata: { annotations: { 'azure.workload.identity/client-id': '00000000-0000-0000-0000-00000000beef' } } }
      },
      (await import('@kubernetes/client-node')).setHeaderOptions('Content-Type', 'application/merge-patch+json')
    )
    const { error } = await runFailingWith({ ...RUN_COMMAND, 'force-conflicts': 'false' })
    expect(error.message).toMatch(/client-id: '00000000-0000-0000-0000-00000000beef' → '[0-9a-f-]+' \(changed by "kubectl-edit"\)/)
    const sa = await inside.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })
    expect(sa.metadata?.annotations?.['azure.workload.identity/client-id']).not.toBe(first.outputs['client-id'])
  })

  it('runner pods, their lock and destroy go through run-command too (create --raw and delete --raw)', async () => {
    const applied = await runAll(sb, { ...RUN_COMMAND, 'runner-count': '1' })
    const names = applied.outputs['runner-names']!.split(',').filter(Boolean)
    expect(names).toHaveLength(1)
    const pod = await inside.readNamespacedPod({ name: names[0]!, namespace: 'apps' })
    expect(pod.spec?.serviceAccountName).toBe('app-sa')
    const verbs = new Set(commands().map((c) => c.args![0]))
    expect([...verbs].sort()).toEqual(expect.arrayContaining(['apply', 'create', 'get']))

    const destroyed = await runAll(sb, { ...RUN_COMMAND, 'runner-count': '1', mode: 'destroy' })
    expect(destroyed.outputs.changes).not.toBe('0')
    expect(commands().some((c) => c.args![0] === 'delete' && c.exitCode === 0)).toBe(true)
    const left = await inside.listNamespacedServiceAccount({ namespace: 'apps' }).catch(() => ({ items: [] }))
    expect(left.items.map((i) => i.metadata?.name)).not.toContain('app-sa')
  })
})

describe('the run-command transport under client-node (the answers the kinds rely on)', () => {
  /** An API group's client through run-command, as a run-command run builds it. */
  async function runCommandApi<T>(Api: new (config: never) => T): Promise<T> {
    const services = await createAzureServices(principalCredential(sb), sb.subscriptionId, { armEndpoint: sb.urls.arm, ca: sb.tls.caPem, pollIntervalMs: 50 })
    const run = aksRunCommand({ client: services.aks, credential: services.credential, resourceGroup: 'rg-aks-sandbox', clusterName: 'aks-sandbox', mask: () => undefined })
    const kc = new KubeConfig()
    kc.loadFromOptions({
      clusters: [{ name: 'c', server: 'https://run-command.aks.invalid' }],
      users: [{ name: 'u' }],
      contexts: [{ name: 'c', cluster: 'c', user: 'u' }],
      currentContext: 'c'
    })
    return makeApi(kc, Api, { httpApi: await runCommandHttpLibrary(run) })
  }
  const runCommandCore = () => runCommandApi(CoreApi)

  it('a Lease is created, replaced (kubectl replace --raw) and deleted through run-command', async () => {
    const { CoordinationV1Api } = await import('@kubernetes/client-node')
    const leases = await runCommandApi(CoordinationV1Api)
    const created = await leases.createNamespacedLease({ namespace: 'default', body: { metadata: { name: 'rc-lock' }, spec: { holderIdentity: 'a' } } })
    const replaced = await leases.replaceNamespacedLease({
      name: 'rc-lock',
      namespace: 'default',
      body: { metadata: { name: 'rc-lock', resourceVersion: created.metadata!.resourceVersion }, spec: { holderIdentity: 'b' } }
    })
    expect(replaced.spec?.holderIdentity).toBe('b')
    // A replace from a stale read: 409 Conflict, as the API server answers (the lock's compare-and-swap).
    const stale = await leases
      .replaceNamespacedLease({ name: 'rc-lock', namespace: 'default', body: { metadata: { name: 'rc-lock', resourceVersion: created.metadata!.resourceVersion }, spec: { holderIdentity: 'c' } } })
      .catch((e: unknown) => e)
    expect(kubeStatus(stale)).toMatchObject({ code: 409, reason: 'Conflict' })
    await leases.deleteNamespacedLease({ name: 'rc-lock', namespace: 'default' })
    expect(isNotFound(await leases.readNamespacedLease({ name: 'rc-lock', namespace: 'default' }).catch((e: unknown) => e))).toBe(true)
    expect(commands().map((c) => c.args![0])).toEqual(['create', 'replace', 'replace', 'delete', 'get'])
  })

  it('the context zip is one the real unzip reads', async () => {
    const dir = tempDirSync('rc-zip-')
    writeFileSync(join(dir, 'c.zip'), zipFiles({ 'body.json': '{"kind":"Status"}', 'object.json': '{}' }))
    const r = await run('unzip', ['-t', join(dir, 'c.zip')])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/No errors detected/)
  })

  it('404, 409 AlreadyExists and a server-side apply conflict come back as the API server gave them', async () => {
    const api = await runCommandCore()
    const missing = await api.readNamespace({ name: 'nope' }).catch((e: unknown) => e)
    expect(isNotFound(missing)).toBe(true)
    expect(kubeStatus(missing)).toMatchObject({ code: 404, reason: 'NotFound', message: 'namespaces "nope" not found' })

    await inside.createNamespace({ body: { metadata: { name: 'rc-ns' } } })
    const exists = await api.createNamespace({ body: { metadata: { name: 'rc-ns' } } }).catch((e: unknown) => e)
    expect(kubeStatus(exists)).toMatchObject({ code: 409, reason: 'AlreadyExists' })

    const options = await applyPatchOptions()
    const sa = (annotations: Record<string, string>) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'rc-sa', namespace: 'rc-ns', annotations } })
    await inside.patchNamespacedServiceAccount({ name: 'rc-sa', namespace: 'rc-ns', body: sa({ a: '1', b: '1' }), fieldManager: 'kubectl-edit', force: true }, options)
    const conflict = await api
      .patchNamespacedServiceAccount({ name: 'rc-sa', namespace: 'rc-ns', body: sa({ a: '2', b: '2' }), fieldManager: 'aks-workload-identity', force: false }, options)
      .catch((e: unknown) => e)
    expect(applyConflicts(conflict)).toEqual([
      { manager: 'kubectl-edit', field: '.metadata.annotations.a' },
      { manager: 'kubectl-edit', field: '.metadata.annotations.b' }
    ])
    const forced = await api.patchNamespacedServiceAccount(
      { name: 'rc-sa', namespace: 'rc-ns', body: sa({ a: '2', b: '2' }), fieldManager: 'aks-workload-identity', force: true },
      options
    )
    expect(forced.metadata?.annotations).toEqual({ a: '2', b: '2' })
    expect(forced.metadata?.managedFields?.map((m) => m.manager)).toContain('aks-workload-identity')
  })
})

/** The whole action, expected to fail, with short transport retries (a dropped connection is retried, then reported). */
async function runFailingWith(inputs: Record<string, string>): Promise<{ error: Error }> {
  try {
    await execute(settingsFor(sb, { ...BASE_INPUTS, ...inputs }, sb.env), {
      ...FAST,
      kinds: ALL_KINDS,
      desired: desiredState,
      sink: annotatingSink(),
      env: sb.env,
      ca: sb.tls.caPem,
      idToken: idTokenFrom(sb, sb.env),
      azOnPath: async () => false,
      transport: SHORT
    })
  } catch (err) {
    return { error: err as Error }
  }
  throw new Error('the run was expected to fail')
}
