// Issue 7, destroy mode against the whole sandbox: reverse dependency order (runners, service account, role
// assignments and federated credentials, identity, then the namespace the action created); only what carries
// this action's marks; foreign things kept with a notice saying why; never the cluster; a second destroy is a
// no-op (zero writes).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { randomUUID } from 'node:crypto'
import type { CoreV1Api } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { adminCore, sandboxGitHub } from '../kube/helpers.js'
import { azure } from '../engine/helpers.js'
import { lastSeq, livePods, runAll, writesSince, type Run } from './helpers.js'
import { settingsFor } from '../engine/helpers.js'
import { settingsOwnerKey } from '../../src/ownership.js'

let sb: Sandbox
let api: CoreV1Api
const NS = 'apps'
const rgScope = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`
const inputs = (): Record<string, string> => ({ role: 'Reader', scope: rgScope(), 'runner-count': '1' })
const destroy = (extra: Record<string, string> = {}) => runAll(sb, { ...inputs(), ...extra, mode: 'destroy' })

const IDENTITY = 'identity:rg-aks-sandbox/id-app'
const FIC = 'federated-credential:rg-aks-sandbox/id-app/aks-sandbox-apps-app-sa'
const SA = 'service-account:apps/app-sa'
const NAMESPACE = 'namespace:apps'
const CLUSTER = 'cluster:rg-aks-sandbox/aks-sandbox'

const identity = () => [...azure(sb).world.identities.values()].find((i) => i.name === 'id-app')
const assignments = (principalId: string) => [...azure(sb).world.roleAssignments.values()].filter((a) => a.principalId === principalId)
const githubRunners = async () => (await (await sandboxGitHub(sb)).listByPrefix('aks-wi-runner-')).map((r) => r.name)
const step = (r: Run, key: string) => r.plan.steps.find((s) => s.key === key)!
/** The owner key of a workload in namespace `ns` (src/ownership.ts). */
const ownerKey = (ns = NS) => settingsOwnerKey(settingsFor(sb, { namespace: ns }), sb.subscriptionId)

/** A second destroy right after: nothing left to do, nothing written. */
async function secondDestroyIsANoOp(): Promise<Run> {
  const since = lastSeq(sb)
  const again = await destroy()
  expect(writesSince(sb, since).map((e) => `${e.service}:${e.operation}`)).toEqual([])
  expect(again.outputs.changes).toBe('0')
  expect(again.plan.steps.every((s) => s.action === 'unchanged')).toBe(true)
  return again
}

beforeAll(async () => {
  // The default seed: the cluster's features are off until the first apply turns them on.
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('destroy', () => {
  it('removes everything it created in reverse dependency order, never the cluster; a second destroy writes nothing', async () => {
    const applied = await runAll(sb, inputs())
    const runner = applied.outputs['runner-names']!
    expect(await githubRunners()).toEqual([runner])
    const since = lastSeq(sb)
    const r = await destroy()

    expect(r.plan.steps.map((s) => [s.key.split(':')[0], s.action])).toEqual([
      ['runner', 'delete'],
      ['service-account', 'delete'],
      ['namespace', 'delete'],
      ['role-assignment', 'delete'],
      ['federated-credential', 'delete'],
      ['identity', 'delete'],
      ['cluster', 'unchanged']
    ])
    expect(step(r, CLUSTER).reason).toContain('destroy never changes the cluster')
    // The order of the writes: each dependent's deletion ends before what it depends on is deleted.
    const writes = writesSince(sb, since)
    const at = (pred: (op: string, path: string) => boolean) => writes.filter((e) => pred(e.operation, e.path))
    const endOf = (es: typeof writes) => Math.max(...es.map((e) => e.end))
    const startOf = (es: typeof writes) => Math.min(...es.map((e) => e.start))
    const runnerWrites = at((_op, path) => /\/pods\/|\/secrets\/|\/actions\/runners\//.test(path))
    const saDelete = at((_op, path) => /\/serviceaccounts\/app-sa$/.test(path))
    const nsDelete = at((_op, path) => /\/api\/v1\/namespaces\/apps$/.test(path))
    const azureDeletes = at((op) => ['RoleAssignments_Delete', 'RoleAssignments_DeleteById', 'FederatedIdentityCredentials_Delete'].includes(op))
    const identityDelete = at((op) => op === 'UserAssignedIdentities_Delete')
    for (const group of [runnerWrites, saDelete, nsDelete, azureDeletes, identityDelete]) expect(group.length).toBeGreaterThan(0)
    expect(endOf(runnerWrites)).toBeLessThanOrEqual(startOf(saDelete))
    expect(endOf(saDelete)).toBeLessThanOrEqual(startOf(nsDelete))
    expect(endOf(saDelete)).toBeLessThanOrEqual(startOf(identityDelete))
    expect(endOf(azureDeletes)).toBeLessThanOrEqual(startOf(identityDelete))
    // Never the cluster's features.
    expect(writes.filter((e) => e.service === 'arm' && /ManagedClusters/.test(e.operation))).toEqual([])
    expect(azure(sb).cluster()).toMatchObject({ oidcIssuerEnabled: true, workloadIdentityEnabled: true })

    // Everything of ours is gone: pods, Secrets, GitHub registrations, service account, namespace, Azure resources.
    expect(identity()).toBeUndefined()
    expect(assignments(applied.outputs['principal-id']!)).toEqual([])
    expect(await githubRunners()).toEqual([])
    await expect(api.readNamespace({ name: NS })).rejects.toThrow()
    expect(r.sink.lines).toContain('Destroyed: 6 resource(s) deleted.')
    expect(r.sink.outputs).not.toHaveProperty('drift')
    expect(r.sink.summaries[0]).toContain('🗑️ **Destroy:** 6 resource(s) deleted, 1 kept.')

    const again = await secondDestroyIsANoOp()
    expect(again.plan.steps.filter((s) => s.key !== CLUSTER).every((s) => s.reason === 'does not exist')).toBe(true)
  })

  it('keeps a foreign federated credential, role assignment and service account, and what they need, each with a notice', async () => {
    const applied = await runAll(sb, inputs())
    const principalId = applied.outputs['principal-id']!
    const id = identity()!
    // Someone else's credential on our identity (another name and subject).
    const foreignFic = `${id.id}/federatedIdentityCredentials/their-app`
    id.fics.set(foreignFic.toLowerCase(), { id: foreignFic, name: 'their-app', issuer: 'https://issuer.example/', subject: 'system:serviceaccount:theirs:app', audiences: ['api://AzureADTokenExchange'], updatedAt: 0 })
    // Our assignment replaced by someone else's of the same role (a random name, not our deterministic one).
    const ours = assignments(principalId)[0]!
    azure(sb).world.roleAssignments.delete(ours.id.toLowerCase())
    const foreignName = randomUUID()
    azure(sb).world.addRoleAssignment(ours.scope, foreignName, ours.roleDefinitionId.split('/').pop()!, principalId, 'ServicePrincipal')
    // The service account no longer carries our labels: someone else manages it now, and keeps it.
    const sa = await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: NS })
    delete sa.metadata!.labels!['app.kubernetes.io/managed-by']
    delete sa.metadata!.labels!['aks-workload-identity/owner']
    sa.metadata!.labels!.team = 'theirs'
    await api.replaceNamespacedServiceAccount({ name: 'app-sa', namespace: NS, body: sa, fieldManager: 'their-tool' })

    const since = lastSeq(sb)
    const r = await destroy()
    const actions = Object.fromEntries(r.plan.steps.map((s) => [s.key.split(':')[0], s.action]))
    // The service account is released (only our annotations removed), not deleted.
    expect(actions).toEqual({ runner: 'delete', 'service-account': 'update', namespace: 'unchanged', 'role-assignment': 'unchanged', 'federated-credential': 'delete', identity: 'unchanged', cluster: 'unchanged' })
    expect(step(r, SA)).toMatchObject({ ownership: 'adopted', diff: [{ field: 'metadata.annotations.azure.workload.identity/client-id' }, { field: 'metadata.annotations.azure.workload.identity/tenant-id' }] })
    expect(step(r, FIC).action).toBe('delete')
    const role = r.plan.steps.find((s) => s.kind === 'role-assignment')!
    expect(r.sink.notices).toEqual(
      expect.arrayContaining([
        `${SA}: kept: it has no label aks-workload-identity/owner: ${ownerKey()}, so this action did not create it for this workload (adopted)`,
        `${NAMESPACE}: kept: ${SA} depends on it and is kept`,
        `${role.key}: kept: its name '${foreignName}' is not the one this action derives from scope, role and principal, so someone else assigned it`,
        expect.stringMatching(new RegExp(`^${IDENTITY}: kept: .*the identity holds federated credential\\(s\\) this action did not create \\('their-app'\\)`))
      ])
    )
    const identityNotice = r.sink.notices.find((n) => n.startsWith(IDENTITY))!
    // The released service account no longer names the identity; the kept assignment does.
    expect(identityNotice).not.toContain(`${SA} depends on it`)
    expect(identityNotice).toContain(`${role.key} depends on it and is kept`)
    // The notices are notice annotations, titled with the resource.
    expect(r.sink.annotations.filter((a) => a.level === 'notice').map((a) => a.title)).toContain(`Left alone: ${SA}`)
    // Untouched: the foreign credential, the foreign assignment, the service account, the identity; ours gone.
    expect([...identity()!.fics.values()].map((f) => f.name)).toEqual(['their-app'])
    expect(assignments(principalId).map((a) => a.name)).toEqual([foreignName])
    const kept = await api.readNamespacedServiceAccount({ name: 'app-sa', namespace: NS })
    expect(kept.metadata?.labels).toEqual({ team: 'theirs' })
    expect(kept.metadata?.annotations?.['azure.workload.identity/client-id']).toBeUndefined()
    expect(await livePods(api, NS, 'app-sa')).toEqual([])
    const writes = writesSince(sb, since)
    expect(writes.filter((e) => e.service === 'arm').map((e) => e.operation)).toEqual(['FederatedIdentityCredentials_Delete'])
    // One write to the service account: the empty configuration that removes our fields. None to the namespace.
    expect(writes.filter((e) => /serviceaccounts|\/namespaces\/apps$/.test(e.path)).map((e) => e.method)).toEqual(['PATCH'])

    await secondDestroyIsANoOp()
  })

  it('keeps an identity without the ownership tag, and a namespace it did not create', async () => {
    await api.createNamespace({ body: { metadata: { name: 'shared' } } })
    const shared = { ...inputs(), namespace: 'shared', 'runner-count': '0' }
    await runAll(sb, shared)
    identity()!.tags = { team: 'platform' }
    const r = await runAll(sb, { ...shared, mode: 'destroy' })
    expect(step(r, IDENTITY)).toMatchObject({ action: 'unchanged', reason: 'not created by this action: kept' })
    expect(r.sink.notices).toEqual(
      expect.arrayContaining([
        `${IDENTITY}: kept: it has no tag managed-by: aks-workload-identity, so this action did not create it (adopted)`,
        `namespace:shared: kept: it has no label aks-workload-identity/owner: ${ownerKey('shared')}, so this action did not create it for this workload (adopted)`
      ])
    )
    expect(step(r, 'service-account:shared/app-sa').action).toBe('delete')
    expect(identity()).toBeDefined()
    expect(identity()!.fics.size).toBe(0)
    await expect(api.readNamespace({ name: 'shared' })).resolves.toBeDefined()
    const since = lastSeq(sb)
    const again = await runAll(sb, { ...shared, mode: 'destroy' })
    expect(writesSince(sb, since)).toEqual([])
    expect(again.outputs.changes).toBe('0')
  })
})
