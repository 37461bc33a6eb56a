// Faults and eventual consistency, each provoked through a real Azure SDK client: 429 with Retry-After, 500,
// 503, connection reset, timeout, latency, error rates, scripted one-off failures (set through the admin API
// client), and every Azure eventual-consistency behaviour the sandbox can switch on.
import { randomUUID } from 'node:crypto'
import { startSandbox, type Sandbox } from '../index.js'
import { SandboxClient } from '../client.js'
import { armClients, failure, principalCredential, type ArmClients } from './sdk.js'

let sandbox: Sandbox
let admin: SandboxClient
let arm: ArmClients
let once: ArmClients

beforeAll(async () => {
  sandbox = await startSandbox()
  admin = new SandboxClient(sandbox.urls.admin, sandbox.tls.caPem)
  arm = armClients(sandbox, principalCredential(sandbox))
  once = armClients(sandbox, principalCredential(sandbox), 0)
  await arm.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox') // warm the token caches
})
afterAll(async () => {
  await admin.close()
  await sandbox.stop()
})
beforeEach(() => admin.reset())

const getCluster = (c: ArmClients = arm) => c.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')
const statuses = (operation: string) => sandbox.log.all().filter((e) => e.operation === operation).map((e) => e.status)

describe('faults', () => {
  test('429 with Retry-After: the SDK waits as told and retries', async () => {
    await admin.addFault({ service: 'arm', operation: 'ManagedClusters_Get', kind: 'status', status: 429, retryAfter: 1, times: 1 })
    expect((await getCluster()).name).toBe('aks-sandbox')
    expect(statuses('ManagedClusters_Get')).toEqual([429, 200])
    // A lower bound only (the retry came no earlier than Retry-After said), which no slowness can break.
    const [refused, retried] = sandbox.log.all().filter((e) => e.operation === 'ManagedClusters_Get')
    expect(retried!.start - refused!.end).toBeGreaterThanOrEqual(950)
    const entries = await admin.log()
    expect(entries[0]!.fault).toBeDefined()
  })

  test('500 and 503: retried by the SDK; without retries the ARM error shape arrives', async () => {
    await admin.addFault({ service: 'arm', operation: 'ManagedClusters_Get', kind: 'status', status: 500, times: 1 })
    await admin.addFault({ service: 'arm', operation: 'ManagedClusters_Get', kind: 'status', status: 503, retryAfter: 0, times: 1 })
    expect((await getCluster()).name).toBe('aks-sandbox')
    expect(statuses('ManagedClusters_Get')).toEqual([500, 503, 200])
    await admin.addFault({ service: 'arm', operation: 'ManagedClusters_Get', kind: 'status', status: 503, times: 1 })
    const e = await failure(getCluster(once))
    expect([e.statusCode, e.code]).toEqual([503, 'ServiceUnavailable'])
  })

  test('connection reset: the SDK retries on the network error', async () => {
    await admin.addFault({ service: 'arm', operation: 'ManagedClusters_Get', kind: 'reset', times: 1 })
    expect((await getCluster()).name).toBe('aks-sandbox')
    expect(statuses('ManagedClusters_Get')).toEqual([0, 200])
    await admin.addFault({ service: 'arm', operation: 'ManagedClusters_Get', kind: 'reset', times: 1 })
    expect((await failure(getCluster(once))).code).toMatch(/ECONNRESET|REQUEST_SEND_ERROR/)
  })

  test('timeout: the server never answers and the client gives up on its own timer', async () => {
    await admin.addFault({ service: 'arm', operation: 'UserAssignedIdentities_Get', kind: 'timeout' })
    const e = await failure(once.msi.userAssignedIdentities.get('rg-identities', 'id-any', { abortSignal: AbortSignal.timeout(300) }))
    expect(e.message).toMatch(/abort/i)
  })

  test('latency is added before handling, per service and operation', async () => {
    await admin.addFault({ service: 'arm', operation: '^ManagedClusters_', latencyMs: 250 })
    await getCluster()
    const entry = sandbox.log.all().find((e) => e.operation === 'ManagedClusters_Get')!
    expect(entry.latencyMs).toBe(250)
    expect(entry.end - entry.start).toBeGreaterThanOrEqual(245) // a lower bound: the server did wait
    await once.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-fast', { location: 'eastus' })
    const fast = sandbox.log.all().find((e) => e.operation === 'UserAssignedIdentities_CreateOrUpdate')!
    expect(fast.latencyMs).toBeUndefined()
  })

  test('an error rate fails a share of requests, not all of them', async () => {
    await admin.addFault({ service: 'arm', operation: 'ManagedClusters_Get', kind: 'status', status: 500, rate: 0.5 })
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => getCluster(once)))
    const failed = results.filter((r) => r.status === 'rejected').length
    expect(failed).toBeGreaterThan(0)
    expect(failed).toBeLessThan(40)
  })

  test('a scripted one-off failure with its own body hits exactly the next matching write', async () => {
    await once.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-once', { location: 'eastus' })
    const id = await admin.addFault({
      service: 'arm',
      operation: 'FederatedIdentityCredentials_CreateOrUpdate',
      kind: 'status',
      status: 409,
      times: 1,
      body: { error: { code: 'Conflict', message: 'scripted' } }
    })
    const fic = { issuer: 'https://issuer.example/', subject: 'system:serviceaccount:a:b', audiences: ['api://AzureADTokenExchange'] }
    const e = await failure(once.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-once', 'fic-1', fic))
    expect([e.statusCode, e.code, e.message]).toEqual([409, 'Conflict', 'scripted'])
    await once.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-once', 'fic-1', fic)
    expect((await admin.faults()).find((f) => f.id === id)!.times).toBe(0)
    const state = await admin.state<{ arm: { identities: Array<{ name: string; fics: Array<{ name: string }> }> } }>()
    expect(state.arm.identities.find((i) => i.name === 'id-once')!.fics.map((f) => f.name)).toEqual(['fic-1'])
  })
})

describe('eventual consistency (off by default, switched on per test)', () => {
  const scope = () => `subscriptions/${sandbox.subscriptionId}/resourceGroups/rg-aks-sandbox`
  const reader = () => `/subscriptions/${sandbox.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`

  test('PrincipalNotFound right after the identity is created, unless principalType is ServicePrincipal', async () => {
    await admin.azure.setConsistency({ principalNotFoundMs: 60_000 })
    const id = await once.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-repl', { location: 'eastus' })
    const e = await failure(once.authz.roleAssignments.create(scope(), randomUUID(), { roleDefinitionId: reader(), principalId: id.principalId! }))
    expect([e.statusCode, e.code]).toEqual([400, 'PrincipalNotFound'])
    expect(e.message).toContain('replication delay')
    const ok = await once.authz.roleAssignments.create(scope(), randomUUID(), { roleDefinitionId: reader(), principalId: id.principalId!, principalType: 'ServicePrincipal' })
    expect(ok.principalType).toBe('ServicePrincipal')
  })

  test('ParentResourceNotFound for federated-credential writes right after the identity is created', async () => {
    // A window no test run outlasts; the sandbox clock is moved past it rather than waited for.
    await admin.azure.setConsistency({ parentNotFoundMs: 60_000 })
    await once.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-parent', { location: 'eastus' })
    const fic = { issuer: 'https://issuer.example/', subject: 'system:serviceaccount:a:b', audiences: ['api://AzureADTokenExchange'] }
    const e = await failure(once.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-parent', 'fic-1', fic))
    expect([e.statusCode, e.code]).toEqual([404, 'ParentResourceNotFound'])
    await admin.advanceClock(60_000)
    expect((await once.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-parent', 'fic-1', fic)).name).toBe('fic-1')
  })

  test('concurrent federated-credential writes on one identity: 409 for all but one', async () => {
    // Each write occupies the identity for a minute of sandbox time: the first one is still running when the
    // others arrive, however slow the machine, and it finishes when the test moves the clock.
    await admin.azure.setConsistency({ ficWriteMs: 60_000 })
    await once.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-conc', { location: 'eastus' })
    const calls = [1, 2, 3].map((n) =>
      once.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-conc', `fic-${n}`, {
        issuer: 'https://issuer.example/',
        subject: `system:serviceaccount:a:s${n}`,
        audiences: ['api://AzureADTokenExchange']
      })
    )
    const conflicts = () => sandbox.log.all().filter((e) => e.operation === 'FederatedIdentityCredentials_CreateOrUpdate' && e.status === 409).length
    await sandbox.log.next(() => conflicts() === 2)
    await sandbox.ctx.clock.sleeping()
    await admin.advanceClock(60_000)
    const writes = await Promise.allSettled(calls)
    const rejected = writes.filter((w): w is PromiseRejectedResult => w.status === 'rejected').map((w) => w.reason as { statusCode: number; code: string })
    expect(writes.filter((w) => w.status === 'fulfilled')).toHaveLength(1)
    expect(rejected.map((r) => [r.statusCode, r.code])).toEqual([
      [409, 'ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity'],
      [409, 'ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity']
    ])
    // Serialised writes all succeed.
    for (const n of [2, 3]) {
      const write = once.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-conc', `fic-${n}`, {
        issuer: 'https://issuer.example/',
        subject: `system:serviceaccount:a:s${n}`,
        audiences: ['api://AzureADTokenExchange']
      })
      await sandbox.ctx.clock.sleeping()
      await admin.advanceClock(60_000)
      expect((await write).name).toBe(`fic-${n}`)
    }
  })

  test('AKS: another cluster PUT while one runs is refused with OperationNotAllowed', async () => {
    await admin.azure.setConsistency({ clusterOperationMs: 60_000 })
    const c = await getCluster(once)
    c.oidcIssuerProfile = { enabled: true }
    const poller = await once.aks.managedClusters.beginCreateOrUpdate('rg-aks-sandbox', 'aks-sandbox', c, { updateIntervalInMs: 100 })
    expect((await getCluster(once)).provisioningState).toBe('Updating')
    const e = await failure(once.aks.managedClusters.beginCreateOrUpdateAndWait('rg-aks-sandbox', 'aks-sandbox', c, { updateIntervalInMs: 100 }))
    expect([e.statusCode, e.code]).toEqual([409, 'OperationNotAllowed'])
    expect(e.message).toContain('Another operation (Updating) is in progress')
    await admin.advanceClock(60_000)
    expect((await poller.pollUntilDone()).provisioningState).toBe('Succeeded')
  })
})
