// Issue 7, plan mode, the Kubernetes half: namespace, service account and runner drift made behind the action's
// back with the cluster's own API (the sandbox's admin kubeconfig), then plan reports it precisely with zero
// writes, a following apply fixes it, and a plan after that finds nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { adminCore, jitSecretName, sandboxGitHub, setWebhook } from '../kube/helpers.js'
import { settingsFor } from '../engine/helpers.js'
import { credentialSecretManifest, runnerName, runnerPodManifest, type RunnerPodInput } from '../../src/kube/manifests.js'
import { settingsOwnerKey } from '../../src/ownership.js'
import { JIT_SECRET_KEY } from '../../src/runner-kinds/github.js'
import { lastSeq, livePods, planFindsThenApplyFixes, runAll, runFailing, SANDBOX_OPTIONS, writesSince, type Run } from './helpers.js'

let sb: Sandbox
let api: CoreV1Api
const NS = 'apps'
const SA_NAME = 'app-sa'
const inputs: Record<string, string> = { 'runner-count': '1' }
const NAMESPACE = 'namespace:apps'
const SA = 'service-account:apps/app-sa'
const RUNNERS = 'runner:apps/app-sa'
let applied: Run

const pods = () => livePods(api, NS, SA_NAME)
const onlyPod = async (): Promise<V1Pod> => {
  const p = await pods()
  expect(p).toHaveLength(1)
  return p[0]!
}
const readSa = () => api.readNamespacedServiceAccount({ name: SA_NAME, namespace: NS })

beforeAll(async () => {
  sb = await startSandbox(SANDBOX_OPTIONS)
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())
beforeEach(async () => {
  sb.reset()
  applied = await runAll(sb, inputs)
})

describe('plan on a freshly applied state with a runner', () => {
  it('reports no drift and writes nothing (fail-on-drift passes)', async () => {
    const since = lastSeq(sb)
    const r = await runAll(sb, { ...inputs, mode: 'plan' })
    expect(writesSince(sb, since)).toEqual([])
    expect(r.plan.steps.map((s) => [s.key, s.action])).toEqual([
      ['cluster:rg-aks-sandbox/aks-sandbox', 'unchanged'],
      ['identity:rg-aks-sandbox/id-app', 'unchanged'],
      ['federated-credential:rg-aks-sandbox/id-app/aks-sandbox-apps-app-sa', 'unchanged'],
      [NAMESPACE, 'unchanged'],
      [SA, 'unchanged'],
      [RUNNERS, 'unchanged']
    ])
    expect(r.sink.outputs).toMatchObject({ drift: 'false', changes: '0', 'runner-names': applied.outputs['runner-names'] })
    expect(r.sink.annotations).toEqual([])
  })
})

describe('plan detects drift in Kubernetes, apply fixes it', () => {
  it('the namespace deleted (and everything in it)', async () => {
    const runner = (await onlyPod()).metadata!.name!
    const oldId = (await (await sandboxGitHub(sb)).findByName(runner))!.id
    await api.deleteNamespace({ name: NS })
    await planFindsThenApplyFixes(sb, inputs, [
      { key: NAMESPACE, message: `${NAMESPACE}: does not exist` },
      { key: SA, message: `${SA}: does not exist` },
      // The pod went with the namespace; its GitHub registration is still there, and goes too.
      { key: RUNNERS, message: `${RUNNERS}: runners is 0, expected 1; github.orphaned-runners: "${runner}"` }
    ])
    // The orphaned registration is gone; the runner's slot is taken again by a new one.
    expect((await (await sandboxGitHub(sb)).listByPrefix('aks-wi-runner-')).map((r) => r.id)).not.toContain(oldId)
    expect((await api.readNamespace({ name: NS })).metadata?.labels).toMatchObject({ 'app.kubernetes.io/managed-by': 'aks-workload-identity' })
    expect(await pods()).toHaveLength(1)
  })

  it('the service account deleted', async () => {
    await api.deleteNamespacedServiceAccount({ name: SA_NAME, namespace: NS })
    await planFindsThenApplyFixes(sb, inputs, [{ key: SA, message: `${SA}: does not exist` }])
    expect((await readSa()).metadata?.annotations?.['azure.workload.identity/client-id']).toBe(applied.outputs['client-id'])
  })

  it("the service account's client-id annotation removed", async () => {
    const sa = await readSa()
    delete sa.metadata!.annotations!['azure.workload.identity/client-id']
    await api.replaceNamespacedServiceAccount({ name: SA_NAME, namespace: NS, body: sa, fieldManager: 'kubectl-annotate' })
    await planFindsThenApplyFixes(sb, inputs, [
      { key: SA, message: `${SA}: metadata.annotations.azure.workload.identity/client-id is missing, expected "${applied.outputs['client-id']}"` }
    ])
    expect((await readSa()).metadata?.annotations?.['azure.workload.identity/client-id']).toBe(applied.outputs['client-id'])
  })

  it("the service account's ownership label removed", async () => {
    const sa = await readSa()
    delete sa.metadata!.labels!['app.kubernetes.io/managed-by']
    await api.replaceNamespacedServiceAccount({ name: SA_NAME, namespace: NS, body: sa, fieldManager: 'kubectl-label' })
    await planFindsThenApplyFixes(sb, inputs, [{ key: SA, message: `${SA}: metadata.labels.app.kubernetes.io/managed-by is missing, expected "aks-workload-identity"` }])
    expect((await readSa()).metadata?.labels?.['app.kubernetes.io/managed-by']).toBe('aks-workload-identity')
  })

  it("the service account's client-id changed by another field manager: plan reports drift naming the manager, apply takes it back with a warning", async () => {
    const sa = await readSa()
    sa.metadata!.annotations!['azure.workload.identity/client-id'] = '11111111-2222-3333-4444-555555555555'
    await api.replaceNamespacedServiceAccount({ name: SA_NAME, namespace: NS, body: sa, fieldManager: 'kubectl-edit' })
    const plan = await runAll(sb, { ...inputs, mode: 'plan', 'fail-on-drift': 'false' })
    const warning = plan.sink.annotations.find((a) => a.title === `Drift: ${SA}`)!
    expect(warning.message).toContain(
      `Drift: ${SA}: metadata.annotations.azure.workload.identity/client-id is "11111111-2222-3333-4444-555555555555", expected "${applied.outputs['client-id']}"`
    )
    expect(plan.plan.steps.find((s) => s.key === SA)).toMatchObject({ action: 'update', reason: expect.stringContaining('field manager "kubectl-edit" (force-conflicts)') })
    const fixed = await runAll(sb, inputs)
    expect(fixed.sink.warnings.some((w) => w.includes('took back metadata.annotations.azure.workload.identity/client-id from field manager "kubectl-edit"'))).toBe(true)
    expect((await readSa()).metadata?.annotations?.['azure.workload.identity/client-id']).toBe(applied.outputs['client-id'])
    expect((await runAll(sb, { ...inputs, mode: 'plan' })).sink.outputs.drift).toBe('false')
  })

  it("the same with force-conflicts: false: apply refuses, names the manager, and fixes it once the change is undone", async () => {
    const sa = await readSa()
    sa.metadata!.annotations!['azure.workload.identity/client-id'] = '11111111-2222-3333-4444-555555555555'
    await api.replaceNamespacedServiceAccount({ name: SA_NAME, namespace: NS, body: sa, fieldManager: 'kubectl-edit' })
    const strict = { ...inputs, 'force-conflicts': 'false' }
    const plan = await runAll(sb, { ...strict, mode: 'plan', 'fail-on-drift': 'false' })
    expect(plan.sink.annotations.find((a) => a.title === `Drift: ${SA}`)!.message).toContain('Field manager "kubectl-edit" now owns this field')
    const { error } = await runFailing(sb, strict)
    // It blocks only the service account (what does not depend on it still converges) and names the manager (issue 12).
    expect(error.message).toContain(`${SA} cannot be applied`)
    expect(error.message).toContain('kubectl-edit')
    const undone = await readSa()
    delete undone.metadata!.annotations!['azure.workload.identity/client-id']
    await api.replaceNamespacedServiceAccount({ name: SA_NAME, namespace: NS, body: undone, fieldManager: 'kubectl-edit' })
    await runAll(sb, strict)
    expect((await runAll(sb, { ...strict, mode: 'plan' })).sink.outputs.drift).toBe('false')
  })

  it('the runner pod deleted', async () => {
    const pod = await onlyPod()
    await api.deleteNamespacedPod({ name: pod.metadata!.name!, namespace: NS })
    await planFindsThenApplyFixes(sb, inputs, [{ key: RUNNERS, message: `${RUNNERS}: runners is 0, expected 1; github.orphaned-runners: "${pod.metadata!.name}"` }])
    expect((await onlyPod()).metadata?.uid).not.toBe(pod.metadata?.uid)
  })

  it("the runner pod's JIT config Secret deleted", async () => {
    const pod = await onlyPod()
    const name = pod.metadata!.name!
    await api.deleteNamespacedSecret({ name: jitSecretName(name), namespace: NS })
    await planFindsThenApplyFixes(sb, inputs, [{ key: RUNNERS, message: `${RUNNERS}: runners is 1, expected 1; pods.secret-missing: "${name}"` }])
    const now = await onlyPod()
    expect(now.metadata?.name).not.toBe(name)
    await expect(api.readNamespacedSecret({ name: jitSecretName(now.metadata!.name!), namespace: NS })).resolves.toBeDefined()
  })

  it('a runner pod the webhook did not mutate', async () => {
    const old = await onlyPod()
    // Someone recreated the runner while the webhook was off: our labels and spec hash, no injected identity.
    await setWebhook(sb, false)
    const s = settingsFor(sb, inputs)
    const ownerKey = settingsOwnerKey(s, sb.subscriptionId)
    const input: RunnerPodInput = { kind: 'github', options: {}, namespace: NS, serviceAccount: SA_NAME, image: s.runners.image, namePrefix: s.runners.namePrefix, clientId: applied.outputs['client-id']!, tenantId: sb.tenantId, ownerKey }
    const github = await sandboxGitHub(sb)
    await github.remove(Number(old.metadata!.annotations!['aks-workload-identity/runner-id']))
    await api.deleteNamespacedPod({ name: old.metadata!.name!, namespace: NS })
    const name = runnerName(s.runners.namePrefix, ownerKey, 5)
    const jit = await github.generateJitConfig(name)
    const created = await api.createNamespacedPod({ namespace: NS, body: runnerPodManifest(input, name, jit.runner.id) })
    await api.createNamespacedSecret({ namespace: NS, body: credentialSecretManifest({ namespace: NS, name: jitSecretName(name), key: JIT_SECRET_KEY, value: jit.encodedJitConfig, component: 'github-runner', ownerKey }, { name, uid: created.metadata!.uid! }) })
    expect(created.spec?.containers?.[0]?.env?.some((e) => e.name === 'AZURE_CLIENT_ID')).toBeFalsy()
    await setWebhook(sb, true)
    await planFindsThenApplyFixes(sb, inputs, [{ key: RUNNERS, message: `${RUNNERS}: runners is 1, expected 1; pods.not-injected: "${name}"` }])
    const now = await onlyPod()
    expect(now.spec?.containers?.[0]?.env?.some((e) => e.name === 'AZURE_CLIENT_ID')).toBe(true)
  })

  it("the runner pod's spec changed on the cluster (its image replaced)", async () => {
    const pod = await onlyPod()
    const name = pod.metadata!.name!
    pod.spec!.containers[0]!.image = 'ghcr.io/someone/else:latest'
    await api.replaceNamespacedPod({ name, namespace: NS, body: pod })
    await planFindsThenApplyFixes(sb, inputs, [
      { key: RUNNERS, message: `${RUNNERS}: runners is 1, expected 1; pods.outdated: "${name}" (the runner pod spec changed and mutated pods cannot be patched: they are replaced)` }
    ])
    expect((await onlyPod()).spec?.containers?.[0]?.image).toBe(settingsFor(sb, inputs).runners.image)
  })

  it('the desired runner spec changed (a new runner image)', async () => {
    const name = (await onlyPod()).metadata!.name!
    const next = { ...inputs, 'runner-image': 'ghcr.io/actions/actions-runner:2.330.0' }
    await planFindsThenApplyFixes(sb, next, [
      { key: RUNNERS, message: `${RUNNERS}: runners is 1, expected 1; pods.outdated: "${name}" (the runner pod spec changed and mutated pods cannot be patched: they are replaced)` }
    ])
    expect((await onlyPod()).spec?.containers?.[0]?.image).toBe('ghcr.io/actions/actions-runner:2.330.0')
  })
})
