// Issue 12, a cluster, an identity and a runner scope shared by several workloads: each defect the issue lists in
// this area, against the whole sandbox through the real clients. Every test here failed on the code before the
// owner key (src/ownership.ts), adoption and forced apply: another workload's registration was deleted, a service
// account that existed before was labelled as ours and deleted by destroy, one conflict refused every other fix.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { CoreV1Api } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { armClients, principalCredential } from '../sandbox/azure/sdk.js'
import { adminCore, sandboxGitHub } from '../kube/helpers.js'
import { azure, settingsFor } from '../engine/helpers.js'
import { lastSeq, livePods, runAll, SANDBOX_OPTIONS, writesSince } from '../modes/helpers.js'
import { settingsOwnerKey } from '../../src/ownership.js'

let sb: Sandbox
let api: CoreV1Api
const A = { namespace: 'team-a', 'service-account-name': 'sa-a', 'runner-count': '1' }
const B = { namespace: 'team-b', 'service-account-name': 'sa-b', 'runner-count': '1' }
const registrations = async () => (await (await sandboxGitHub(sb)).listByPrefix('aks-wi-runner-')).sort((x, y) => x.name.localeCompare(y.name))
const podNames = async (ns: string, sa: string) => (await livePods(api, ns, sa)).map((p) => p.metadata!.name!)

beforeAll(async () => {
  sb = await startSandbox(SANDBOX_OPTIONS)
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe("another workload's runners are never removed", () => {
  it("apply and destroy of team-b leave team-a's offline registration, its pod, and a registration of no workload alone", async () => {
    await runAll(sb, A)
    const [podA] = await podNames('team-a', 'sa-a')
    const github = await sandboxGitHub(sb)
    // team-a's runner has not connected (its registration is offline while its pod runs), and an offline
    // registration named like a previous version's runner, of no workload, sits in the same scope.
    const regA = (await github.findByName(podA!))!
    expect(regA.status).toBe('offline')
    const nobody = await github.generateJitConfig('aks-wi-runner-abcd1234')

    const since = lastSeq(sb)
    const b = await runAll(sb, B)
    expect(b.sink.lines.join('\n')).not.toContain('registration removed')
    // team-b's run deleted no registration at all, and wrote nothing in team-a's namespace.
    expect(writesSince(sb, since).filter((e) => e.service === 'github' && e.method === 'DELETE')).toEqual([])
    expect(writesSince(sb, since).filter((e) => e.path.includes('/namespaces/team-a'))).toEqual([])
    const [podB] = await podNames('team-b', 'sa-b')
    expect((await registrations()).map((r) => r.id).sort()).toEqual([regA.id, nobody.runner.id, (await github.findByName(podB!))!.id].sort())

    // Destroy of team-b removes its own runner only.
    const destroyed = await runAll(sb, { ...B, mode: 'destroy' })
    expect(destroyed.plan.steps.find((s) => s.kind === 'runner-set')?.action).toBe('delete')
    expect((await registrations()).map((r) => r.id).sort()).toEqual([regA.id, nobody.runner.id].sort())
    expect(await podNames('team-a', 'sa-a')).toEqual([podA])
    await expect(api.readNamespace({ name: 'team-a' })).resolves.toBeDefined()
  })

  it("each workload's runners and registrations carry its own owner key in their names", async () => {
    await runAll(sb, A)
    await runAll(sb, B)
    const keyA = settingsOwnerKey(settingsFor(sb, A), sb.subscriptionId)
    const keyB = settingsOwnerKey(settingsFor(sb, B), sb.subscriptionId)
    expect(keyA).not.toBe(keyB)
    expect(await podNames('team-a', 'sa-a')).toEqual([`aks-wi-runner-${keyA.slice(0, 8)}-0`])
    expect(await podNames('team-b', 'sa-b')).toEqual([`aks-wi-runner-${keyB.slice(0, 8)}-0`])
    const pod = (await livePods(api, 'team-a', 'sa-a'))[0]!
    expect(pod.metadata?.labels?.['aks-workload-identity/owner']).toBe(keyA)
    // The identity both share was created by team-a: team-b adopted it and added no ownership tag.
    const identity = [...azure(sb).world.identities.values()].find((i) => i.name === 'id-app')!
    expect(identity.tags).toEqual({ 'managed-by': 'aks-workload-identity', 'aks-workload-identity-owner': keyA })
  })
})

describe('adopted objects are never deleted', () => {
  it('a service account, namespace and identity that existed before: only our fields are applied, destroy removes only those', async () => {
    await api.createNamespace({ body: { metadata: { name: 'apps', labels: { team: 'platform' } } } })
    await api.createNamespacedServiceAccount({
      namespace: 'apps',
      body: { metadata: { name: 'app-sa', labels: { team: 'platform' }, annotations: { 'example.com/owner': 'platform' } } },
      fieldManager: 'platform-tooling'
    })
    await armClients(sb, principalCredential(sb)).msi.userAssignedIdentities.createOrUpdate('rg-aks-sandbox', 'id-app', { location: 'eastus', tags: { team: 'platform' } })

    const applied = await runAll(sb, { 'runner-count': '0' })
    const ownership = Object.fromEntries(applied.plan.steps.map((s) => [s.kind, s.ownership]))
    expect(ownership).toMatchObject({ namespace: 'adopted', 'service-account': 'adopted', identity: 'adopted', 'federated-credential': 'owned' })
    expect(applied.sink.lines).toContain(`~ update service-account:apps/app-sa [adopted] (${[
      `metadata.annotations.azure.workload.identity/client-id: "${applied.outputs['client-id']}"`,
      `metadata.annotations.azure.workload.identity/tenant-id: "${sb.tenantId}"`
    ].join(', ')}; adopted: only the workload identity annotations are managed)`)
    expect(applied.sink.summaries[0]).toContain('| `service-account:apps/app-sa` | ~ update · adopted |')
    expect(JSON.parse(applied.outputs.plan!).steps.find((s: { kind: string }) => s.kind === 'identity')).toMatchObject({ ownership: 'adopted' })
    const sa = await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })
    // No ownership recorded on it: no label of ours; the workload identity annotations are there.
    expect(sa.metadata?.labels).toEqual({ team: 'platform' })
    expect(sa.metadata?.annotations).toMatchObject({ 'example.com/owner': 'platform', 'azure.workload.identity/client-id': applied.outputs['client-id'] })
    const identity = () => [...azure(sb).world.identities.values()].find((i) => i.name === 'id-app')
    expect(identity()!.tags).toEqual({ team: 'platform' })
    expect((await api.readNamespace({ name: 'apps' })).metadata?.labels).toMatchObject({ team: 'platform' })
    expect((await api.readNamespace({ name: 'apps' })).metadata?.labels?.['aks-workload-identity/owner']).toBeUndefined()
    // A second run changes nothing.
    const since = lastSeq(sb)
    const again = await runAll(sb, { 'runner-count': '0' })
    expect(again.plan.steps.filter((s) => s.action !== 'unchanged')).toEqual([])
    expect(writesSince(sb, since)).toEqual([])

    const destroyed = await runAll(sb, { 'runner-count': '0', mode: 'destroy' })
    const actions = Object.fromEntries(destroyed.plan.steps.map((s) => [s.kind, s.action]))
    expect(actions).toMatchObject({ 'service-account': 'update', namespace: 'unchanged', identity: 'unchanged', 'federated-credential': 'delete' })
    // Kept, with exactly the fields it had before the action: ours are gone, theirs stay.
    const after = await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })
    expect(after.metadata?.labels).toEqual({ team: 'platform' })
    expect(after.metadata?.annotations).toEqual({ 'example.com/owner': 'platform' })
    expect(after.metadata?.managedFields?.map((m) => m.manager)).not.toContain('aks-workload-identity')
    await expect(api.readNamespace({ name: 'apps' })).resolves.toBeDefined()
    expect(identity()).toBeDefined()
    expect(identity()!.fics.size).toBe(0)
  })

  it('destroy keeps a namespace it created while it holds another workload\'s objects', async () => {
    await runAll(sb, { 'runner-count': '0' })
    await runAll(sb, { 'runner-count': '0', 'service-account-name': 'other-sa', 'identity-name': 'id-other' })
    const r = await runAll(sb, { 'runner-count': '0', mode: 'destroy' })
    expect(r.plan.steps.find((s) => s.kind === 'namespace')).toMatchObject({ action: 'unchanged', ownership: 'adopted' })
    expect(r.sink.notices.find((n) => n.startsWith('namespace:apps'))).toContain('service account other-sa')
    await expect(api.readNamespacedServiceAccount({ name: 'other-sa', namespace: 'apps' })).resolves.toBeDefined()
    await expect(api.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })).rejects.toMatchObject({ code: 404 })
  })
})

describe("the previous version's objects (its managed-by mark, no owner key)", () => {
  it('are claimed by the first apply of the workload (the key recorded, shown as updates) and then destroyed as its own; a labelled service account someone else wrote to is adopted', async () => {
    const inputs = { 'runner-count': '0', role: 'Reader', scope: `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox` }
    const first = await runAll(sb, inputs)
    // What the previous version left: the same objects with its marks only (its own field manager, as it applied them).
    const { setHeaderOptions, PatchStrategy } = await import('@kubernetes/client-node')
    const options = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)
    const legacy = { 'app.kubernetes.io/managed-by': 'aks-workload-identity' }
    await api.patchNamespace({ name: 'apps', body: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps', labels: legacy } }, fieldManager: 'aks-workload-identity' }, options)
    const annotations = { 'azure.workload.identity/client-id': first.outputs['client-id']!, 'azure.workload.identity/tenant-id': sb.tenantId }
    await api.patchNamespacedServiceAccount(
      { name: 'app-sa', namespace: 'apps', body: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'app-sa', namespace: 'apps', labels: legacy, annotations } }, fieldManager: 'aks-workload-identity' },
      options
    )
    const identity = [...azure(sb).world.identities.values()].find((i) => i.name === 'id-app')!
    identity.tags = { 'managed-by': 'aks-workload-identity' }
    const assignment = [...azure(sb).world.roleAssignments.values()].find((a) => a.principalId === first.outputs['principal-id'])!
    assignment.description = 'Managed by aks-workload-identity'
    expect((await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })).metadata?.labels).toEqual(legacy)

    const claimed = await runAll(sb, inputs)
    const byKind = Object.fromEntries(claimed.plan.steps.map((s) => [s.kind, { action: s.action, ownership: s.ownership }]))
    expect(byKind).toMatchObject({
      namespace: { action: 'update', ownership: 'owned' },
      'service-account': { action: 'update', ownership: 'owned' },
      identity: { action: 'update', ownership: 'owned' },
      'role-assignment': { action: 'update', ownership: 'owned' }
    })
    const key = settingsOwnerKey(settingsFor(sb), sb.subscriptionId)
    expect((await api.readNamespace({ name: 'apps' })).metadata?.labels?.['aks-workload-identity/owner']).toBe(key)
    expect((await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })).metadata?.labels?.['aks-workload-identity/owner']).toBe(key)
    expect(identity.tags['aks-workload-identity-owner']).toBe(key)
    expect(assignment.description).toContain(`(owner ${key})`)
    expect((await runAll(sb, { ...inputs, mode: 'plan' })).outputs.drift).toBe('false')

    const destroyed = await runAll(sb, { ...inputs, mode: 'destroy' })
    expect(Object.fromEntries(destroyed.plan.steps.map((s) => [s.kind, s.action]))).toMatchObject({
      namespace: 'delete',
      'service-account': 'delete',
      identity: 'delete',
      'federated-credential': 'delete',
      'role-assignment': 'delete'
    })
    await expect(api.readNamespace({ name: 'apps' })).rejects.toMatchObject({ code: 404 })
  })

  it('a service account with the previous label that another tool wrote to is adopted, never deleted', async () => {
    await runAll(sb, { 'runner-count': '0' })
    const sa = await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })
    delete sa.metadata!.labels!['aks-workload-identity/owner']
    sa.metadata!.annotations = { ...sa.metadata!.annotations, 'example.com/team': 'platform' }
    await api.replaceNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps', body: sa, fieldManager: 'kubectl-edit' })
    const r = await runAll(sb, { 'runner-count': '0', mode: 'destroy' })
    expect(r.plan.steps.find((s) => s.kind === 'service-account')).toMatchObject({ action: 'update', ownership: 'adopted' })
    expect(r.sink.notices.join('\n')).toContain('another tool has written to it: treated as adopted')
    const kept = await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })
    expect(kept.metadata?.annotations).toEqual({ 'example.com/team': 'platform' })
  })
})

describe('one conflict no longer blocks every other fix (force-conflicts)', () => {
  it('an annotation changed with kubectl and a deleted role assignment: plan reports both, apply fixes both and names the manager', async () => {
    const inputs = { 'runner-count': '0', role: 'Reader', scope: `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox` }
    const first = await runAll(sb, inputs)
    const clientId = first.outputs['client-id']!
    await api.patchNamespacedServiceAccount({
      name: 'app-sa',
      namespace: 'apps',
      body: [{ op: 'replace', path: '/metadata/annotations/azure.workload.identity~1client-id', value: '00000000-1111-4222-8333-444444444444' }],
      fieldManager: 'kubectl-annotate'
    })
    const assignment = [...azure(sb).world.roleAssignments.values()].find((a) => a.principalId === first.outputs['principal-id'])!
    azure(sb).world.roleAssignments.delete(assignment.id.toLowerCase())

    const plan = await runAll(sb, { ...inputs, mode: 'plan', 'fail-on-drift': 'false' })
    expect(Object.fromEntries(plan.plan.steps.map((s) => [s.kind, s.action]))).toMatchObject({ 'service-account': 'update', 'role-assignment': 'create' })
    expect(plan.sink.lines.find((l) => l.startsWith('~ update service-account:apps/app-sa'))).toContain('field manager "kubectl-annotate"')

    const fixed = await runAll(sb, inputs)
    expect(fixed.sink.warnings.join('\n')).toContain('took back metadata.annotations.azure.workload.identity/client-id from field manager "kubectl-annotate"')
    expect((await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })).metadata?.annotations?.['azure.workload.identity/client-id']).toBe(clientId)
    expect([...azure(sb).world.roleAssignments.values()].filter((a) => a.principalId === first.outputs['principal-id'])).toHaveLength(1)
    expect((await runAll(sb, { ...inputs, mode: 'plan' })).outputs.drift).toBe('false')
  })
})
