// The engine against the sandbox: a fresh apply, an idempotent no-op re-run (zero writes, concurrent reads),
// plan mode, the cluster-features switch, tags, adoption, and two runs started together.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { azure, clientRequests, dependencyDepth, maxOverlap, recordingSink, run, settingsFor, worldCounts, writes } from './helpers.js'
import { settingsOwnerKey } from '../../src/ownership.js'

let sb: Sandbox
const rgScope = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`
/** The workload's owner key (src/ownership.ts): on the identity it creates. */
const ownerKey = () => settingsOwnerKey(settingsFor(sb), sb.subscriptionId)

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 200 } } })
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('apply', () => {
  it('a fresh apply creates everything; a second run writes nothing and reports every resource unchanged', async () => {
    // The cluster update lasts until the test moves the sandbox clock, which it does once the update has started
    // and the identity and the role assignment are written: that they were not held back until the update ended is
    // then a fact, not a race.
    azure(sb).setConsistency({ clusterOperationMs: 60_000 })
    const clusterDone = (async () => {
      for (const op of ['ManagedClusters_CreateOrUpdate', 'UserAssignedIdentities_CreateOrUpdate', 'RoleAssignments_Create']) await sb.log.next((e) => e.operation === op)
      sb.ctx.clock.advance(60_000)
    })()
    const first = await run(sb, { role: 'Reader', scope: rgScope() })
    await clusterDone
    const actions = Object.fromEntries(first.plan.steps.map((s) => [s.kind, s.action]))
    expect(actions).toEqual({ cluster: 'update', identity: 'create', 'federated-credential': 'create', 'role-assignment': 'create' })
    expect(first.outputs.changes).toBe('4')

    // Outputs: the issuer verbatim (trailing slash), the identity's IDs, the FIC name, the assignment ID.
    const issuer = azure(sb).issuerUrl()
    expect(issuer.endsWith('/')).toBe(true)
    expect(first.sink.outputs['oidc-issuer-url']).toBe(issuer)
    const identity = [...azure(sb).world.identities.values()][0]!
    expect(first.sink.outputs['client-id']).toBe(identity.clientId)
    expect(first.sink.outputs['principal-id']).toBe(identity.principalId)
    expect(first.sink.outputs['tenant-id']).toBe(sb.tenantId)
    expect(first.sink.outputs['identity-id']).toBe(identity.id)
    expect(identity.tags).toEqual({ 'managed-by': 'aks-workload-identity', 'aks-workload-identity-owner': ownerKey() })
    expect(first.sink.outputs['federated-credential-name']).toBe('aks-sandbox-apps-app-sa')
    const counts = worldCounts(sb, identity.principalId)
    expect(counts).toMatchObject({ identities: 1, fics: 1, assignments: 1 })
    expect(counts.ficList[0]).toMatchObject({ issuer, audiences: ['api://AzureADTokenExchange'], name: 'aks-sandbox-apps-app-sa' })
    expect(counts.assignmentList[0]).toMatchObject({ principalType: 'ServicePrincipal', scope: rgScope() })
    expect(first.sink.outputs['role-assignment-ids']).toBe(counts.assignmentList[0]!.id)
    expect(azure(sb).cluster()).toMatchObject({ oidcIssuerEnabled: true, workloadIdentityEnabled: true })
    // The plan in the log, Terraform-like, and as JSON.
    expect(first.sink.lines).toContain(
      `+ create identity:rg-aks-sandbox/id-app (location: "eastus", tags.managed-by: "aks-workload-identity", tags.aks-workload-identity-owner: "${ownerKey()}")`
    )
    expect(JSON.parse(first.sink.outputs.plan!)).toMatchObject({ version: 1, mode: 'apply' })
    expect(first.sink.summaries[0]).toContain('| `identity:rg-aks-sandbox/id-app` | + create · owned |')
    // Independent steps ran concurrently: the identity and the role assignment were written while the cluster update was still being polled.
    const at = (op: string) => sb.log.all().filter((e) => e.operation === op)
    const lastPoll = at('ManagedClusters_OperationStatus').at(-1)!
    expect(at('UserAssignedIdentities_CreateOrUpdate')[0]!.seq).toBeLessThan(lastPoll.seq)
    expect(at('RoleAssignments_Create')[0]!.seq).toBeLessThan(lastPoll.seq)
    // The credential waited for the issuer.
    expect(at('FederatedIdentityCredentials_CreateOrUpdate')[0]!.start).toBeGreaterThan(lastPoll.end)
    // Progress of the long-running cluster update is in the log.
    expect(first.sink.lines.some((l) => /cluster update (running|succeeded)/i.test(l))).toBe(true)
    // No token ever reaches the log.
    const tokens = first.sink.secrets.filter((s) => s.length > 100)
    expect(tokens.length).toBeGreaterThan(0)
    for (const t of tokens) expect(first.sink.lines.join('\n') + first.sink.summaries.join('\n')).not.toContain(t)

    sb.log.clear()
    // The four first reads are held at the server until all four are there: they can only all arrive if the run
    // sends them concurrently (a sequential run would wait here until jest's timeout).
    const first4 = ['ManagedClusters_Get', 'UserAssignedIdentities_Get', 'FederatedIdentityCredentials_List', 'RoleDefinitions_List']
    const hold = sb.faults.add({ service: 'arm', operation: `^(${first4.join('|')})$`, hold: true })
    const released = sb.faults.held(hold, 4).then(() => sb.faults.remove(hold))
    const second = await run(sb, { role: 'Reader', scope: rgScope() })
    await released
    expect(writes(sb)).toEqual([])
    expect(second.plan.steps.every((s) => s.action === 'unchanged')).toBe(true)
    expect(second.outputs.changes).toBe('0')
    expect(second.sink.outputs['client-id']).toBe(identity.clientId)
    expect(second.sink.outputs['role-assignment-ids']).toBe(counts.assignmentList[0]!.id)

    // Concurrency of the no-op run, from the log's timestamps.
    const log = clientRequests(sb.log.all())
    const reads = log.filter((e) => e.service === 'arm')
    const parallel = reads.filter((e) => first4.includes(e.operation))
    expect(parallel.map((e) => e.operation).sort()).toEqual([...first4].sort())
    expect(maxOverlap(parallel)).toBe(4)
    const depth = dependencyDepth(log)
    const note = `no-op run: ${log.length} requests (${log.map((e) => `${e.service}:${e.operation}`).join(', ')}), depth ${depth}`
    console.log(note)
    // ID token → Entra discovery → token (MSAL asks for the assertion before discovering) →
    // {cluster, identity, FICs, role definition} → role assignments (needs the principal ID).
    expect(depth).toBe(5)
    expect(reads.length).toBe(5)
    expect(log.length).toBe(8)
  })

  it('plan mode reads only, and fails on drift', async () => {
    const err = await run(sb, { mode: 'plan' }).catch((e: unknown) => e as Error)
    expect(err).toBeInstanceOf(Error)
    expect((err as Error).message).toMatch(/^Drift: 3 resource\(s\) differ/)
    expect(writes(sb)).toEqual([])
    const ok = await run(sb, { mode: 'plan', 'fail-on-drift': 'false' })
    expect(ok.plan.steps.map((s) => s.action)).toEqual(['update', 'create', 'create'])
    expect(ok.sink.outputs.changes).toBe('3')
    expect(ok.sink.lines).toContain('+ create federated-credential:rg-aks-sandbox/id-app/aks-sandbox-apps-app-sa (name: "aks-sandbox-apps-app-sa", issuer: "(known after apply)", subject: "system:serviceaccount:apps:app-sa", audiences: ["api://AzureADTokenExchange"])')
    expect(writes(sb)).toEqual([])
  })

  it('with enable-cluster-features false, fails with the az command; only what needs the cluster waits (issue 12: converge past a conflict)', async () => {
    const sink = recordingSink()
    const err = (await run(sb, { 'enable-cluster-features': 'false' }, { sink }).catch((e: unknown) => e)) as Error
    expect(err.message).toContain('cluster:rg-aks-sandbox/aks-sandbox cannot be applied')
    expect(err.message).toContain('az aks update --resource-group rg-aks-sandbox --name aks-sandbox --enable-oidc-issuer --enable-workload-identity')
    expect(err.message).toContain('Not attempted, as they depend on what failed: federated-credential:rg-aks-sandbox/id-app/aks-sandbox-apps-app-sa')
    // The identity does not need the cluster's features: it converges; the cluster is never written.
    expect(writes(sb).map((e) => e.operation)).toEqual(['UserAssignedIdentities_CreateOrUpdate'])
    expect(sink.outputs.changes).toBe('1')
    expect(sink.summaries[0]).toMatch(/^### AKS workload identity \(apply\)\n\n✖ \*\*Failed:\*\* 1 of 2 change\(s\) made; 1 failed; 1 not attempted\./)
    expect(sink.lines.at(-1)).toMatch(/^✖ Failed: 1 resource\(s\) could not be brought to the desired state: 1 change\(s\) made, 1 failed, 1 not attempted/)
  })

  it('updates only differing tags, keeps others, and never recreates the identity', async () => {
    await run(sb, { tags: 'team=a' })
    const before = [...azure(sb).world.identities.values()][0]!
    before.tags = { ...before.tags, policy: 'kept' }
    sb.log.clear()
    const r = await run(sb, { tags: 'team=b' })
    expect(r.plan.steps.find((s) => s.kind === 'identity')).toMatchObject({ action: 'update', diff: [{ field: 'tags.team', from: 'a', to: 'b' }] })
    expect(r.sink.lines).toContain('~ update identity:rg-aks-sandbox/id-app (tags.team: "a" → "b")')
    expect(writes(sb).map((e) => e.operation)).toEqual(['UserAssignedIdentities_Update'])
    const after = [...azure(sb).world.identities.values()][0]!
    expect(after.clientId).toBe(before.clientId)
    expect(after.tags).toEqual({ 'managed-by': 'aks-workload-identity', 'aks-workload-identity-owner': ownerKey(), team: 'b', policy: 'kept' })
  })

  it('adopts a credential with the same issuer and subject under another name instead of failing', async () => {
    await run(sb, { 'federated-credential-name': 'made-by-hand' })
    sb.log.clear()
    const r = await run(sb)
    const step = r.plan.steps.find((s) => s.kind === 'federated-credential')!
    expect(step).toMatchObject({ action: 'unchanged' })
    expect(step.reason).toContain("adopts the existing credential 'made-by-hand'")
    expect(r.sink.outputs['federated-credential-name']).toBe('made-by-hand')
    expect(writes(sb)).toEqual([])
    expect(worldCounts(sb, r.outputs['principal-id']!).fics).toBe(1)
  })

  it('fails clearly at the 20-credential limit, before any write', async () => {
    await run(sb, { 'enable-cluster-features': 'true' })
    const identity = [...azure(sb).world.identities.values()][0]!
    for (const f of [...identity.fics.values()]) identity.fics.delete(f.id.toLowerCase())
    for (let i = 0; i < 20; i++) {
      const id = `${identity.id}/federatedIdentityCredentials/other-${i}`
      identity.fics.set(id.toLowerCase(), { id, name: `other-${i}`, issuer: 'https://elsewhere.example/', subject: `system:serviceaccount:x:sa${i}`, audiences: ['api://AzureADTokenExchange'], updatedAt: 0 })
    }
    sb.log.clear()
    const err = (await run(sb).catch((e: unknown) => e)) as Error
    expect(err.message).toContain('20 federated credentials')
    expect(err.message).toContain('az identity federated-credential')
    expect(writes(sb)).toEqual([])
  })

  it('two runs started together both succeed and leave exactly one of each resource', async () => {
    // Together, for sure: both runs' first reads of the cluster and of the credentials are held until both are
    // there, so both plan the same changes. The cluster update then lasts until the other run has met it (a 409, or
    // a read that shows it in progress) and the test moves the sandbox clock.
    azure(sb).setConsistency({ ficWriteMs: 150, clusterOperationMs: 60_000 })
    const hold = sb.faults.add({ service: 'arm', operation: '^(ManagedClusters_Get|FederatedIdentityCredentials_List)$', hold: true, times: 4 })
    const observed = sb.faults.held(hold, 4).then(() => sb.faults.remove(hold))
    const clusterDone = (async () => {
      const put = await sb.log.next((e) => e.operation === 'ManagedClusters_CreateOrUpdate' && e.status !== 409)
      await sb.log.next((e) => (e.operation === 'ManagedClusters_CreateOrUpdate' && e.status === 409) || (e.operation === 'ManagedClusters_Get' && e.start > put.end))
      sb.ctx.clock.advance(60_000)
    })()
    const inputs = { role: 'Storage Blob Data Reader', scope: rgScope() }
    const [a, b] = await Promise.all([run(sb, inputs), run(sb, inputs)])
    await Promise.all([observed, clusterDone])
    expect(a.outputs['client-id']).toBe(b.outputs['client-id'])
    const counts = worldCounts(sb, a.outputs['principal-id']!)
    expect(counts).toMatchObject({ identities: 1, fics: 1, assignments: 1 })
    expect(a.outputs['federated-credential-name']).toBe(b.outputs['federated-credential-name'])
    expect(azure(sb).cluster()).toMatchObject({ oidcIssuerEnabled: true, workloadIdentityEnabled: true })
    // One cluster update went through; the other run waited it out (409 or a read showing it in progress) instead of repeating it.
    const clusterPuts = sb.log.all().filter((e) => e.operation === 'ManagedClusters_CreateOrUpdate').map((e) => e.status)
    expect(clusterPuts.filter((s) => s !== 409)).toEqual([200])
    // Federated-credential writes that collided were answered 409 and retried; nothing else failed.
    const ficPuts = sb.log.all().filter((e) => e.operation === 'FederatedIdentityCredentials_CreateOrUpdate').map((e) => e.status)
    expect(ficPuts.filter((s) => s !== 409).sort()).toEqual([200, 201])
  })

  it('resolves roles by GUID and by full ID at resource scopes; one assignment list per scope; warns about subscription scope', async () => {
    const sub = sb.subscriptionId
    const storage = `${rgScope()}/providers/Microsoft.Storage/storageAccounts/stsandbox`
    const vault = `${rgScope()}/providers/Microsoft.KeyVault/vaults/kv-sandbox`
    const lines = [
      `2a2b9908-6ea1-4ae2-8e65-a410df84e7d1 ${storage}`,
      `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6 ${vault}`,
      `Reader ${storage}`,
      `AcrPull /subscriptions/${sub}`
    ]
    const first = await run(sb, { 'role-assignments': lines.join('\n') })
    expect(first.sink.warnings).toEqual([expect.stringContaining("The role 'AcrPull' is assigned at subscription scope")])
    const ids = first.outputs['role-assignment-ids']!.split('\n')
    expect(ids).toHaveLength(4)
    expect(worldCounts(sb, first.outputs['principal-id']!).assignments).toBe(4)
    sb.log.clear()
    const second = await run(sb, { 'role-assignments': lines.join('\n') })
    expect(second.outputs['role-assignment-ids']).toBe(first.outputs['role-assignment-ids'])
    expect(writes(sb)).toEqual([])
    // Three scopes → three filtered lists (the two storage assignments share one); names looked up once each.
    const lists = sb.log.all().filter((e) => e.operation.startsWith('RoleAssignments_List'))
    expect(lists).toHaveLength(3)
    expect(lists.every((e) => decodeURIComponent(e.path).includes(`principalId eq '${second.outputs['principal-id']}'`))).toBe(true)
    expect(sb.log.all().filter((e) => e.operation === 'RoleDefinitions_List')).toHaveLength(2)
  })

  it('destroy (as far as it goes today): deletes what it created, dependents first, and keeps the cluster', async () => {
    await run(sb, { role: 'Reader', scope: rgScope() })
    sb.log.clear()
    const r = await run(sb, { role: 'Reader', scope: rgScope(), mode: 'destroy' })
    expect(r.plan.steps.map((s) => [s.kind, s.action])).toEqual([
      ['role-assignment', 'delete'],
      ['federated-credential', 'delete'],
      ['identity', 'delete'],
      ['cluster', 'unchanged']
    ])
    // Dependents first: the identity goes last (the two before it are independent of each other).
    expect(writes(sb).map((e) => e.operation).sort()).toEqual(['FederatedIdentityCredentials_Delete', 'RoleAssignments_Delete', 'UserAssignedIdentities_Delete'])
    expect(writes(sb).at(-1)!.operation).toBe('UserAssignedIdentities_Delete')
    expect(azure(sb).world.identities.size).toBe(0)
  })

  it('destroy keeps an identity this action did not create (but removes the credential it added)', async () => {
    await run(sb)
    const identity = [...azure(sb).world.identities.values()][0]!
    identity.tags = { team: 'x' }
    sb.log.clear()
    const r = await run(sb, { mode: 'destroy' })
    expect(r.plan.steps.find((s) => s.kind === 'identity')).toMatchObject({ action: 'unchanged', reason: 'not created by this action: kept' })
    // The federated credential carries the name this action gives it: it is removed, the identity stays.
    expect(writes(sb).map((e) => e.operation)).toEqual(['FederatedIdentityCredentials_Delete'])
    expect(azure(sb).world.identities.size).toBe(1)
  })
})
