// Each Azure behaviour from FACTS.md the sandbox can inject, survived (one test each), and never leaving a
// duplicate federated credential or role assignment behind.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { azure, FAST, run, worldCounts } from './helpers.js'

let sb: Sandbox
const rgScope = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`
const ROLE = { role: 'Reader' }
const armError = (code: string, message: string) => ({ error: { code, message } })
const ops = (op: string) => sb.log.all().filter((e) => e.operation === op)

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true, consistency: { clusterOperationMs: 100 } } })
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

/** Exactly one identity, federated credential and role assignment, whatever happened on the way. */
function expectOneOfEach(principalId: string | undefined): void {
  expect(principalId).toBeTruthy()
  expect(worldCounts(sb, principalId!)).toMatchObject({ identities: 1, fics: 1, assignments: 1 })
}

describe('eventual consistency and conflicts', () => {
  it('409 ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity: retried with backoff', async () => {
    sb.faults.add({
      operation: 'FederatedIdentityCredentials_CreateOrUpdate',
      kind: 'status',
      status: 409,
      times: 2,
      body: armError(
        'ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity',
        'Too many Federated Identity Credentials are written concurrently for the managed identity. Concurrent Federated Identity Credentials writes under the same managed identity are not supported.'
      )
    })
    const r = await run(sb, { ...ROLE, scope: rgScope() })
    expect(ops('FederatedIdentityCredentials_CreateOrUpdate').map((e) => e.status)).toEqual([409, 409, 201])
    expect(r.sink.lines.filter((l) => l.includes('ficConcurrency, retrying'))).toHaveLength(2)
    expectOneOfEach(r.outputs['principal-id'])
  })

  it('404 ParentResourceNotFound right after the identity is created: retried for a bounded time', async () => {
    // A minute-long window on the sandbox clock, which the engine's retry waits move forward (no wall time):
    // the first write always falls inside it and a later one always after it.
    azure(sb).setConsistency({ parentNotFoundMs: 60_000 })
    const retry = { ...FAST.retry!, parentNotFound: { initialDelayMs: 10_000, maxDelayMs: 30_000, budgetMs: 120_000 } }
    const r = await run(sb, { ...ROLE, scope: rgScope() }, { retry, clock: sb.ctx.clock.skipAhead() })
    const puts = ops('FederatedIdentityCredentials_CreateOrUpdate')
    expect(puts.length).toBeGreaterThan(1)
    expect(puts.slice(0, -1).every((e) => e.status === 404)).toBe(true)
    expect(puts.at(-1)!.status).toBe(201)
    expectOneOfEach(r.outputs['principal-id'])
  })

  it('ParentResourceNotFound beyond the budget fails with the code, the request ID and why', async () => {
    azure(sb).setConsistency({ parentNotFoundMs: 60_000 })
    const err = (await run(sb, {}, { retry: { parentNotFound: { initialDelayMs: 10, maxDelayMs: 20, budgetMs: 100 } } }).catch((e: unknown) => e)) as Error
    const last = ops('FederatedIdentityCredentials_CreateOrUpdate').at(-1)!
    expect(err.message).toContain('ParentResourceNotFound')
    expect(err.message).toContain('HTTP 404')
    expect(err.message).toContain(`x-ms-request-id ${last.requestId}`)
    expect(err.message).toContain('gave up after')
  })

  it('400 PrincipalNotFound (replication delay): retried, with principalType ServicePrincipal sent', async () => {
    sb.faults.add({
      operation: 'RoleAssignments_Create',
      kind: 'status',
      status: 400,
      times: 2,
      body: armError('PrincipalNotFound', 'Principal 123 does not exist in the directory. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay.')
    })
    // The sandbox's own replication window too: it refuses writes without principalType ServicePrincipal.
    azure(sb).setConsistency({ principalNotFoundMs: 60_000 })
    const r = await run(sb, { ...ROLE, scope: rgScope() })
    expect(ops('RoleAssignments_Create').map((e) => e.status)).toEqual([400, 400, 201])
    expectOneOfEach(r.outputs['principal-id'])
    expect(worldCounts(sb, r.outputs['principal-id']!).assignmentList[0]!.principalType).toBe('ServicePrincipal')
  })

  it('409 RoleAssignmentExists (created meanwhile under another name): adopted as success', async () => {
    // Hold our PUT at the server and create the same assignment under a random name meanwhile, as another tool would.
    const hold = sb.faults.add({ operation: 'RoleAssignments_Create', hold: true })
    const world = azure(sb).world
    const racer = (async () => {
      await sb.faults.held(hold)
      const identity = [...world.identities.values()].find((i) => i.name === 'id-app')!
      world.addRoleAssignment(rgScope(), '11111111-2222-4333-8444-555555555555', 'acdd72a7-3385-48ef-bd42-f606fba81ae7', identity.principalId, 'ServicePrincipal')
      sb.faults.release(hold)
    })()
    const r = await run(sb, { ...ROLE, scope: rgScope() })
    await racer
    expect(ops('RoleAssignments_Create').map((e) => e.status)).toEqual([409])
    expect(r.outputs['role-assignment-ids']).toMatch(/\/roleAssignments\/11111111-2222-4333-8444-555555555555$/)
    expectOneOfEach(r.outputs['principal-id'])
  })

  it('400 "Issuer and subject combination already exists" (created meanwhile under another name): adopted, no duplicate', async () => {
    const hold = sb.faults.add({ operation: 'FederatedIdentityCredentials_CreateOrUpdate', hold: true, times: 1 })
    const world = azure(sb).world
    const racer = (async () => {
      await sb.faults.held(hold)
      const identity = [...world.identities.values()].find((i) => i.name === 'id-app')!
      const id = `${identity.id}/federatedIdentityCredentials/made-elsewhere`
      identity.fics.set(id.toLowerCase(), { id, name: 'made-elsewhere', issuer: azure(sb).issuerUrl(), subject: 'system:serviceaccount:apps:app-sa', audiences: ['api://AzureADTokenExchange'], updatedAt: world.now() })
      sb.faults.release(hold)
    })()
    const r = await run(sb, { ...ROLE, scope: rgScope() })
    await racer
    expect(ops('FederatedIdentityCredentials_CreateOrUpdate').map((e) => e.status)).toEqual([400])
    expect(r.outputs['federated-credential-name']).toBe('made-elsewhere')
    expect(r.sink.lines.some((l) => l.includes("adopting federated credential 'made-elsewhere'"))).toBe(true)
    expectOneOfEach(r.outputs['principal-id'])
  })

  it('409 "Another operation is in progress" on the cluster PUT: waited out, then the cluster is updated', async () => {
    azure(sb).patchCluster({ oidcIssuerEnabled: false, workloadIdentityEnabled: false })
    sb.faults.add({
      operation: 'ManagedClusters_CreateOrUpdate',
      kind: 'status',
      status: 409,
      times: 2,
      body: armError(
        'OperationNotAllowed',
        'Operation is not allowed: Another operation (RotatingServiceAccountSigningKeysInternal) is in progress, please wait for it to finish before starting a new operation.'
      )
    })
    const r = await run(sb, { ...ROLE, scope: rgScope() })
    expect(ops('ManagedClusters_CreateOrUpdate').map((e) => e.status)).toEqual([409, 409, 200])
    // Each attempt re-reads the cluster first (the other operation may have enabled the features).
    expect(ops('ManagedClusters_Get').length).toBeGreaterThanOrEqual(4)
    expect(azure(sb).cluster()).toMatchObject({ oidcIssuerEnabled: true, workloadIdentityEnabled: true })
    expect(r.outputs['oidc-issuer-url']).toBe(azure(sb).issuerUrl())
    expectOneOfEach(r.outputs['principal-id'])
  })
})

describe('transient failures the SDK pipeline retries', () => {
  it('429 with Retry-After on a read, 503 on a write, and a connection reset: all survived', async () => {
    sb.faults.add({ operation: 'UserAssignedIdentities_Get', kind: 'status', status: 429, retryAfter: 0, times: 1 })
    sb.faults.add({ operation: 'UserAssignedIdentities_CreateOrUpdate', kind: 'status', status: 503, retryAfter: 0, times: 1 })
    sb.faults.add({ operation: 'RoleDefinitions_List', kind: 'reset', times: 1 })
    const r = await run(sb, { ...ROLE, scope: rgScope() })
    expect(ops('UserAssignedIdentities_Get').map((e) => e.status)).toEqual([429, 404])
    expect(ops('UserAssignedIdentities_CreateOrUpdate').map((e) => e.status)).toEqual([503, 201])
    expect(ops('RoleDefinitions_List').map((e) => e.status)).toEqual([0, 200])
    expectOneOfEach(r.outputs['principal-id'])
  })
})

describe('errors say what failed, why and what to do', () => {
  it('403 AuthorizationFailed on the identity PUT names the operation, the code, the request ID and the fix', async () => {
    sb.faults.add({
      operation: 'UserAssignedIdentities_CreateOrUpdate',
      kind: 'status',
      status: 403,
      body: armError('AuthorizationFailed', "The client 'x' does not have authorization to perform action 'Microsoft.ManagedIdentity/userAssignedIdentities/write'.")
    })
    const err = (await run(sb).catch((e: unknown) => e)) as Error
    const put = ops('UserAssignedIdentities_CreateOrUpdate')[0]!
    expect(err.message).toMatch(/^Creating managed identity rg-aks-sandbox\/id-app failed: The client 'x' does not have authorization/)
    expect(err.message).toContain(`(AuthorizationFailed, HTTP 403, x-ms-request-id ${put.requestId})`)
    expect(err.message).toContain('Give the principal the action signs in as a role')
  })

  it('an unknown role name is a conflict that blocks only itself: the rest converges, the run fails naming it', async () => {
    const err = (await run(sb, { role: 'Storage Blob Data Raeder', scope: rgScope() }).catch((e: unknown) => e)) as Error
    expect(err.message).toContain("no role named 'Storage Blob Data Raeder'")
    expect(err.message).toMatch(/^role-assignment:.* cannot be applied/)
    expect(sb.log.all().filter((e) => e.write && e.operation.startsWith('RoleAssignments'))).toEqual([])
    expect(ops('FederatedIdentityCredentials_CreateOrUpdate').map((e) => e.status)).toEqual([201])
  })
})
