// verifyIdentity against the sandbox: a correct setup passes, and each way it can be broken (behind the
// action's back, through the sandbox's admin API) fails with its own diagnosis. The setup is made with the
// real SDK clients and @kubernetes/client-node directly, as a user following the docs would.
import { randomUUID } from 'node:crypto'
import { AzureLogger, getLogLevel, setLogLevel } from '@azure/logger'
import type { CoreV1Api } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { ISSUER_KEYS_TTL_MS } from '../sandbox/azure/entra.js'
import { SandboxClient } from '../sandbox/client.js'
import { armClients, azureHalf, principalCredential, type ArmClients } from '../sandbox/azure/sdk.js'
import { call, sandboxClients } from '../sandbox/kube/testkit.js'
import { verifyIdentity, type VerifyOptions, type VerifyResult } from '../../src/verify/proof.js'
import { createAzureServices, type AzureServices } from '../../src/azure/clients.js'
import { verifyReads } from '../../src/azure/reads.js'
import type { RetryClock } from '../../src/retry.js'
import { readSettings } from '../../src/settings.js'
import { verificationReport, verifyRun, verifySummary } from '../../src/verify/run.js'
import { FAST_TRANSPORT } from '../transport/helpers.js'
import { issuerAttempts } from '../../src/azure/exchange.js'

const AUDIENCE = 'api://AzureADTokenExchange'
const NAMESPACE = 'apps'
const SA = 'api'
const IDENTITY_RG = 'rg-identities'
const IDENTITY = 'id-verify'
const FIC = 'aks-sandbox-apps-api'
const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
const KV_SECRETS_USER = '4633458b-17de-408a-b874-0445c86b69e6'

let sb: Sandbox
let admin: SandboxClient
let arm: ArmClients
let azure: AzureServices
let core: CoreV1Api
let identity: { clientId: string; principalId: string; id: string }
let issuer: string
let appScope: string
let vaultScope: string
let readerAssignmentId: string
/** Every secret verify handed to `mask`. */
const masked: string[] = []

/** Time that only moves when verify sleeps: retries cost no wall-clock time. */
function fakeClock(): RetryClock & { slept: number[] } {
  let t = Date.now()
  const slept: number[] = []
  return { slept, now: () => t, sleep: async (ms) => {
      slept.push(ms)
      t += ms
    }
  }
}

const ficId = () => `${identity.id}/federatedIdentityCredentials/${FIC}`

function options(extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    kube: core,
    namespace: NAMESPACE,
    serviceAccount: SA,
    audience: AUDIENCE,
    tenantId: sb.tenantId,
    clientId: identity.clientId,
    principalId: identity.principalId,
    authorityHost: sb.urls.entra,
    armEndpoint: sb.urls.arm,
    clusterIssuer: issuer,
    checks: [{ scope: appScope, role: 'Reader' }],
    reads: verifyReads(azure, { resourceGroup: IDENTITY_RG, name: IDENTITY }),
    mask: (s) => void masked.push(s),
    clientOptions: { tlsOptions: { ca: sb.tls.caPem } },
    clock: fakeClock(),
    issuerPolicy: FAST_TRANSPORT,
    budgetMs: 60_000,
    retryDelayMs: 1_000,
    ...extra
  }
}

async function assignReader(): Promise<string> {
  const ra = await arm.authz.roleAssignments.create(appScope.slice(1), randomUUID(), {
    roleDefinitionId: `/subscriptions/${sb.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${READER}`,
    principalId: identity.principalId,
    principalType: 'ServicePrincipal'
  })
  return ra.id!
}

const kinds = (r: VerifyResult) => {
  if (process.env.SHOW_DIAGNOSES) for (const d of r.diagnoses) process.stdout.write(`\n[${d.kind}] ${d.message}\n`)
  return r.diagnoses.map((d) => d.kind)
}

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
  arm = armClients(sb, principalCredential(sb))
  ;({ core } = sandboxClients(sb))
  azure = await createAzureServices(principalCredential(sb), sb.subscriptionId, { armEndpoint: sb.urls.arm, ca: sb.tls.caPem })
  const half = azureHalf(sb)
  const rg = half.settings.resourceGroup
  appScope = `/subscriptions/${sb.subscriptionId}/resourceGroups/${rg}`
  // A vault outside the Reader assignment's resource group, so only the data-plane role applies to it.
  vaultScope = `/subscriptions/${sb.subscriptionId}/resourceGroups/${IDENTITY_RG}/providers/Microsoft.KeyVault/vaults/kv-verify`
  await admin.azure.addResource(vaultScope, { enableRbacAuthorization: true })

  const cluster = await arm.aks.managedClusters.get(rg, half.settings.clusterName)
  issuer = cluster.oidcIssuerProfile!.issuerURL!
  const id = await arm.msi.userAssignedIdentities.createOrUpdate(IDENTITY_RG, IDENTITY, { location: 'eastus' })
  identity = { clientId: id.clientId!, principalId: id.principalId!, id: id.id! }
  await arm.msi.federatedIdentityCredentials.createOrUpdate(IDENTITY_RG, IDENTITY, FIC, {
    issuer,
    subject: `system:serviceaccount:${NAMESPACE}:${SA}`,
    audiences: [AUDIENCE]
  })
  readerAssignmentId = await assignReader()
  await core.createNamespace({ body: { metadata: { name: NAMESPACE } } })
  await core.createNamespacedServiceAccount({
    namespace: NAMESPACE,
    body: { metadata: { name: SA, annotations: { 'azure.workload.identity/client-id': identity.clientId } } }
  })
}, 30_000)

afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})

describe('a correct setup', () => {
  it('passes: token, exchange, ARM read as the identity, and the webhook all check out', async () => {
    const since = (await admin.log()).at(-1)?.seq ?? 0
    const r = await verifyIdentity(options())
    expect(r.diagnoses).toEqual([])
    expect(r).toMatchObject({ verified: true, exchanged: true, webhook: 'passed', attempts: 2 })
    expect(r.checks).toEqual([expect.objectContaining({ scope: appScope, outcome: 'passed', status: 200 })])
    expect(r.claims).toMatchObject({ iss: issuer, sub: `system:serviceaccount:${NAMESPACE}:${SA}`, aud: [AUDIENCE] })

    // It went through the real APIs: TokenRequest, Entra's token endpoint, and the resource group read.
    const ops = (await admin.log(since)).map((e) => `${e.operation} ${e.status}`)
    expect(ops).toEqual(expect.arrayContaining(['kube.serviceaccounts.token 201', 'entra.token 200', 'ResourceGroups_Get 200']))
    const token = (await admin.log(since)).find((e) => e.operation === 'kube.serviceaccounts.token')
    expect(token).toBeDefined()
  })

  it('checks a data-plane role by its assignment, says data access was not exercised, and makes no ARM read for it', async () => {
    await arm.authz.roleAssignments.create(vaultScope.slice(1), randomUUID(), {
      roleDefinitionId: `/subscriptions/${sb.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${KV_SECRETS_USER}`,
      principalId: identity.principalId,
      principalType: 'ServicePrincipal'
    })
    const since = (await admin.log()).at(-1)?.seq ?? 0
    const r = await verifyIdentity(options({ checks: [{ scope: vaultScope, role: 'Key Vault Secrets User' }, { scope: appScope, role: 'Reader' }] }))
    expect(r.verified).toBe(true)
    expect(r.checks[0]).toMatchObject({ outcome: 'passed', proof: 'assignment' })
    expect(r.checks[0]!.status).toBeUndefined()
    expect(r.checks[0]!.note).toBe(
      `data-plane role ('Microsoft.KeyVault/vaults/secrets/getSecret/action' and 1 more): the token exchange worked and the assignment at '${vaultScope}' exists; data access was not exercised`
    )
    expect(r.checks[1]).toMatchObject({ outcome: 'passed', proof: 'arm-read', status: 200 })
    // The vault was never read as the identity: only the Reader check's resource group was.
    const ops = (await admin.log(since)).map((e) => e.operation)
    expect(ops.filter((o) => /^(Vaults_Get|Resources_GetById)$/.test(o) || o.includes('vaults'))).toEqual([])
    const summary = verifySummary(r)
    expect(summary).toContain("'Key Vault Secrets User' is assigned, but data access was not exercised")
    expect(summary).toContain("'Reader' is in effect (an ARM read it allows succeeded as the identity)")
    expect(summary).toMatch(/\| Key Vault Secrets User at `[^`]+` \| ✅ \| data-plane role .*data access was not exercised \|/)
  })

  it('tells a data-plane role with control-plane actions (Storage Blob Data Reader) by its dataActions', async () => {
    const storage = `/subscriptions/${sb.subscriptionId}/resourceGroups/${IDENTITY_RG}`
    await arm.authz.roleAssignments.create(storage.slice(1), randomUUID(), {
      roleDefinitionId: `/subscriptions/${sb.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1`,
      principalId: identity.principalId,
      principalType: 'ServicePrincipal'
    })
    const r = await verifyIdentity(options({ checks: [{ scope: storage, role: 'Storage Blob Data Reader' }] }))
    expect(r.verified).toBe(true)
    expect(r.checks[0]).toMatchObject({ outcome: 'passed', proof: 'assignment' })
    expect(r.checks[0]!.note).toContain("data-plane role ('Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read')")
  })

  it('fails a data-plane role that is not assigned, after waiting for it to propagate', async () => {
    const clock = fakeClock()
    const scope = `/subscriptions/${sb.subscriptionId}/resourceGroups/${IDENTITY_RG}/providers/Microsoft.KeyVault/vaults/kv-unassigned`
    await admin.azure.addResource(scope, { enableRbacAuthorization: true })
    const r = await verifyIdentity(options({ clock, checks: [{ scope, role: 'Key Vault Secrets User' }] }))
    // The vault is outside the assignment made above (another vault), so the role does not cover it.
    expect(r.verified).toBe(false)
    expect(kinds(r)).toEqual(['role-wrong-scope'])
    expect(r.checks[0]).toMatchObject({ outcome: 'failed' })
    expect(r.diagnoses[0]!.message).toContain(`does not cover '${scope}'`)
  })

  it('waits for a federated credential that has not propagated yet, then passes', async () => {
    // Verify's waits move the sandbox clock (no wall-clock wait): exchanges at +0, +20, +50 s of sandbox time fail
    // against a one-minute propagation window and the one at +80 s passes, however slow the machine.
    await admin.azure.setConsistency({ ficPropagationMs: 60_000 })
    try {
      await admin.azure.alterResource(ficId(), { issuer }) // rewrites it: the propagation window starts now
      const logged: string[] = []
      const r = await verifyIdentity(
        options({ clock: sb.ctx.clock.skipAhead(), retryDelayMs: 20_000, budgetMs: 10 * 60_000, log: { info: (m) => void logged.push(m), warning: (m) => void logged.push(m) } })
      )
      expect(r.verified).toBe(true)
      expect(r.attempts).toBeGreaterThan(2)
      expect(logged.filter((l) => /^Token exchange not accepted yet \(AADSTS70021\); retrying/.test(l)).map((l) => /retrying in (\d+) s/.exec(l)![1])).toEqual(['20', '30', '30'])
    } finally {
      await admin.azure.setConsistency({ ficPropagationMs: 0 })
      sb.ctx.clock.setSkew(0)
    }
  })
})

describe('a broken setup fails with the right diagnosis', () => {
  it('re-mints the 600 s token during a long wait, so the assertion Entra sees is never stale', async () => {
    await admin.azure.alterResource(ficId(), { subject: `system:serviceaccount:${NAMESPACE}:later` })
    try {
      const before = masked.length
      const clock = fakeClock()
      const r = await verifyIdentity(options({ clock, budgetMs: 15 * 60_000 }))
      expect(kinds(r)).toEqual(['subject-mismatch'])
      // 15 minutes of (fake) waiting: a fresh token at least every 5 minutes, each masked.
      expect(masked.length - before).toBeGreaterThanOrEqual(3)
    } finally {
      await admin.azure.alterResource(ficId(), { subject: `system:serviceaccount:${NAMESPACE}:${SA}` })
    }
  })

  it('issuer without its trailing slash', async () => {
    await admin.azure.alterResource(ficId(), { issuer: issuer.replace(/\/$/, '') })
    try {
      const clock = fakeClock()
      const r = await verifyIdentity(options({ clock }))
      expect(r).toMatchObject({ verified: false, exchanged: false })
      expect(kinds(r)).toEqual(['issuer-mismatch'])
      expect(r.diagnoses[0]!.code).toBe('AADSTS70021')
      expect(r.diagnoses[0]!.message).toContain('trailing slash')
      expect(r.diagnoses[0]!.message).toContain(`'${issuer}'`)
      // AADSTS70021 also means "not propagated yet": it was retried until the budget ran out, then explained.
      expect(clock.slept.length).toBeGreaterThan(2)
      expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000)
    } finally {
      await admin.azure.alterResource(ficId(), { issuer })
    }
  })

  it('issuer differing in letter case (AADSTS7002138), without retrying', async () => {
    const upper = issuer.replace(/\/([0-9a-f-]{36})\/$/, (m) => m.toUpperCase())
    expect(upper).not.toBe(issuer)
    await admin.azure.alterResource(ficId(), { issuer: upper })
    try {
      const clock = fakeClock()
      const r = await verifyIdentity(options({ clock }))
      expect(kinds(r)).toEqual(['issuer-mismatch'])
      expect(r.diagnoses[0]!.code).toBe('AADSTS7002138')
      expect(r.diagnoses[0]!.message).toContain('letter case')
      expect(clock.slept).toEqual([])
    } finally {
      await admin.azure.alterResource(ficId(), { issuer })
    }
  })

  it('subject of another service account', async () => {
    await admin.azure.alterResource(ficId(), { subject: `system:serviceaccount:${NAMESPACE}:worker` })
    try {
      const r = await verifyIdentity(options())
      expect(kinds(r)).toEqual(['subject-mismatch'])
      expect(r.diagnoses[0]!.message).toContain(`'system:serviceaccount:${NAMESPACE}:worker'`)
      expect(r.diagnoses[0]!.message).toContain(`'system:serviceaccount:${NAMESPACE}:${SA}'`)
    } finally {
      await admin.azure.alterResource(ficId(), { subject: `system:serviceaccount:${NAMESPACE}:${SA}` })
    }
  })

  it('issuer unreachable: the cluster OIDC issuer switched off (AADSTS90061)', async () => {
    await admin.azure.patchCluster({ oidcIssuerEnabled: false })
    try {
      const r = await verifyIdentity(options())
      expect(kinds(r)).toEqual(['issuer-unreachable'])
      expect(r.diagnoses[0]!.code).toBe('AADSTS90061')
      expect(r.diagnoses[0]!.message).toContain('--enable-oidc-issuer')
    } finally {
      await admin.azure.patchCluster({ oidcIssuerEnabled: true })
    }
  })

  it("Entra's fetch of the cluster issuer failing for longer than one exchange's retries (AADSTS90061) is waited out within the budget", async () => {
    // One exchange's retries of 90061 spent (issuerAttempts) and one more: old code diagnosed the federation. Entra
    // caches an issuer's documents (ISSUER_KEYS_TTL_MS): past that, it must fetch them again, and the faults meet it.
    sb.ctx.clock.advance(ISSUER_KEYS_TTL_MS + 1)
    sb.faults.add({ service: 'oidc', operation: 'oidc.openid-configuration', kind: 'status', status: 503, times: issuerAttempts(FAST_TRANSPORT) + 1 })
    try {
      const clock = fakeClock()
      const r = await verifyIdentity(options({ clock }))
      expect(kinds(r)).toEqual([])
      expect(r.verified).toBe(true)
      expect(clock.slept.length).toBeGreaterThan(0)
    } finally {
      sb.faults.clear()
    }
  })

  it("Entra's fetch of the cluster issuer failing for good: diagnosed after a few rounds, long before the budget ends", async () => {
    // Past Entra's cache of the issuer's documents (the test above filled it), so that it fetches them again and
    // fails for good; the clock goes back to no skew afterwards, as the clock-skew test below expects.
    sb.ctx.clock.advance(ISSUER_KEYS_TTL_MS + 1)
    sb.faults.add({ service: 'oidc', operation: 'oidc.openid-configuration', kind: 'status', status: 503 })
    try {
      const clock = fakeClock()
      const r = await verifyIdentity(options({ clock, budgetMs: 3_600_000 }))
      expect(kinds(r)).toEqual(['issuer-unreachable'])
      expect(clock.slept.length).toBe(3)
    } finally {
      sb.faults.clear()
      await admin.clock(0)
    }
  })

  it("clock skew (AADSTS700024): Entra ID's clock is hours past the token's expiry", async () => {
    // The sandbox's services share one clock, so skew it between the TokenRequest and the exchange.
    const skewing = new Proxy(core, {
      get(target, prop, receiver) {
        const v: unknown = Reflect.get(target, prop, receiver)
        if (prop !== 'createNamespacedServiceAccountToken' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v
        return async (...args: unknown[]) => {
          const res: unknown = await v.apply(target, args)
          await admin.clock(2 * 3600_000)
          return res
        }
      }
    })
    try {
      const clock = fakeClock()
      const r = await verifyIdentity(options({ kube: skewing, clock }))
      expect(kinds(r)).toEqual(['clock-skew'])
      expect(r.diagnoses[0]!.code).toBe('AADSTS700024')
      expect(r.diagnoses[0]!.message).toMatch(/Entra ID's time \(.*\) is 66\d\d s past the token's expiry/)
      expect(clock.slept).toEqual([])
    } finally {
      await admin.clock(0)
    }
  })

  it('missing role: the exchange works, the ARM read is refused, and no assignment exists', async () => {
    await admin.azure.deleteResource(readerAssignmentId)
    try {
      const clock = fakeClock()
      const r = await verifyIdentity(options({ clock }))
      expect(r).toMatchObject({ verified: false, exchanged: true, webhook: 'passed' })
      expect(r.checks[0]).toMatchObject({ outcome: 'failed', status: 403 })
      expect(kinds(r)).toEqual(['role-missing'])
      expect(r.diagnoses[0]!.code).toBe('HTTP 403 AuthorizationFailed')
      expect(r.diagnoses[0]!.message).toContain(`no assignment of the role 'Reader' at or above '${appScope}'`)
      // Retried (a new assignment can lag), within the budget.
      expect(clock.slept.length).toBeGreaterThan(0)
      expect(clock.slept.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60_000)
    } finally {
      readerAssignmentId = await assignReader()
    }
  })

  it('role assigned but not in effect yet: retried, then explained as "not effective yet" (not as missing)', async () => {
    // ARM applies a new assignment after a delay; the sandbox's fault rules play that delay.
    const denied = { error: { code: 'AuthorizationFailed', message: 'The client does not have authorization to perform action.' } }
    const rule = await admin.addFault({ service: 'arm', operation: 'ResourceGroups_Get', kind: 'status', status: 403, body: denied, times: 1000 })
    try {
      const clock = fakeClock()
      const r = await verifyIdentity(options({ clock }))
      expect(kinds(r)).toEqual(['role-not-effective'])
      expect(r.diagnoses[0]!.message).toContain(`assigned to principal '${identity.principalId}' at '${appScope}', but ARM does not apply it yet`)
      expect(clock.slept.length).toBeGreaterThan(2)
    } finally {
      await admin.removeFault(rule)
    }
    const rule2 = await admin.addFault({ service: 'arm', operation: 'ResourceGroups_Get', kind: 'status', status: 403, body: denied, times: 2 })
    try {
      const r = await verifyIdentity(options())
      expect(r.verified).toBe(true)
      expect(r.attempts).toBe(4) // one exchange, two refused reads, one accepted
    } finally {
      await admin.removeFault(rule2)
    }
  })

  it('role at the wrong scope: assigned on another resource group', async () => {
    const other = `/subscriptions/${sb.subscriptionId}/resourceGroups/${IDENTITY_RG}`
    await admin.azure.deleteResource(readerAssignmentId)
    const ra = await arm.authz.roleAssignments.create(other.slice(1), randomUUID(), {
      roleDefinitionId: `/subscriptions/${sb.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${READER}`,
      principalId: identity.principalId,
      principalType: 'ServicePrincipal'
    })
    try {
      const clock = fakeClock()
      const r = await verifyIdentity(options({ clock }))
      expect(kinds(r)).toEqual(['role-wrong-scope'])
      expect(r.diagnoses[0]!.message).toContain(`at '${other}', which does not cover '${appScope}'`)
      expect(clock.slept).toEqual([]) // waiting would not help
    } finally {
      await arm.authz.roleAssignments.deleteById(ra.id!.slice(1))
      readerAssignmentId = await assignReader()
    }
  })

  it('scope that does not exist (under a scope where the role is in effect, so ARM answers 404)', async () => {
    const gone = `${appScope}/providers/Microsoft.Storage/storageAccounts/stgone`
    const r = await verifyIdentity(options({ checks: [{ scope: gone, role: 'Reader' }] }))
    expect(r).toMatchObject({ verified: false, exchanged: true })
    expect(r.checks[0]).toMatchObject({ outcome: 'failed', status: 404 })
    expect(kinds(r)).toEqual(['scope-not-found'])
    expect(r.diagnoses[0]!.message).toContain(`The scope '${gone}' does not exist`)
  })

  it('ARM unreachable (connection reset): a failed check with the transport error, not a crash', async () => {
    const rule = await admin.addFault({ service: 'arm', operation: 'ResourceGroups_Get', kind: 'reset', times: 10 })
    try {
      const r = await verifyIdentity(options({ clientOptions: { tlsOptions: { ca: sb.tls.caPem }, retryOptions: { maxRetries: 0 } } }))
      expect(r).toMatchObject({ verified: false, exchanged: true })
      expect(kinds(r)).toEqual(['arm-failed'])
      expect(r.diagnoses[0]!.code).toBe('no response')
    } finally {
      await admin.removeFault(rule)
    }
  })

  it('webhook off: the exchange and ARM read still pass, but pods would not get the identity', async () => {
    await call(sb, `${sb.urls.admin}/kube/webhook`, { method: 'POST', body: { enabled: false } })
    try {
      const r = await verifyIdentity(options())
      expect(r).toMatchObject({ verified: false, exchanged: true, webhook: 'failed' })
      expect(r.checks[0]!.outcome).toBe('passed')
      expect(kinds(r)).toEqual(['webhook-off'])
      expect(r.diagnoses[0]!.message).toContain('AZURE_FEDERATED_TOKEN_FILE')
      // Nothing was created by the probe.
      expect((await core.listNamespacedPod({ namespace: NAMESPACE })).items).toEqual([])
    } finally {
      await call(sb, `${sb.urls.admin}/kube/webhook`, { method: 'POST', body: { enabled: true } })
    }
  })

  it("webhook off as ARM reports it (plan mode's read-only path): no dry-run pod", async () => {
    const since = (await admin.log()).at(-1)?.seq ?? 0
    const r = await verifyIdentity(options({ webhook: false, workloadIdentityEnabled: false }))
    expect(kinds(r)).toEqual(['webhook-off'])
    expect(r.diagnoses[0]!.message).toContain('workloadIdentity.enabled = false')
    expect((await admin.log(since)).filter((e) => e.write)).toEqual([])
  })

  it('client-id annotation missing from the service account', async () => {
    await core.patchNamespacedServiceAccount(
{ namespace: NAMESPACE, name: SA, body: [{ op: 'remove', path: '/metadata/annotations/azure.workload.identity~1client-id' }] })
    try {
      const r = await verifyIdentity(options())
      expect(kinds(r)).toEqual(['webhook-client-id'])
    } finally {
      await core.patchNamespacedServiceAccount({
        namespace: NAMESPACE,
        name: SA,
        body: [{ op: 'add', path: '/metadata/annotations/azure.workload.identity~1client-id', value: identity.clientId }]
      })
    }
  })

  it("webhook refusing the service account's pods (bad token-expiration annotation)", async () => {
    const path = '/metadata/annotations/azure.workload.identity~1service-account-token-expiration'
    await core.patchNamespacedServiceAccount({ namespace: NAMESPACE, name: SA, body: [{ op: 'add', path, value: '60' }] })
    try {
      const r = await verifyIdentity(options())
      expect(kinds(r)).toEqual(['webhook-rejected'])
      expect(r.diagnoses[0]!.message).toContain('token expiration 60 not valid')
    } finally {
      await core.patchNamespacedServiceAccount({ namespace: NAMESPACE, name: SA, body: [{ op: 'remove', path }] })
    }
  })

  it('service account missing', async () => {
    const r = await verifyIdentity(options({ serviceAccount: 'nobody' }))
    expect(kinds(r)).toEqual(['token-request-failed'])
    expect(r.diagnoses[0]!.message).toContain('serviceaccounts "nobody" not found')
  })
})

describe('the token never reaches a log', () => {
  it('is masked, and absent from everything written, even with Azure SDK logging at verbose', async () => {
    const written: string[] = []
    const capture = (chunk: unknown) => written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'))
    const out = process.stdout.write.bind(process.stdout)
    const err = process.stderr.write.bind(process.stderr)
    const azureLog = AzureLogger.log
    const level = getLogLevel()
    process.stdout.write = ((chunk: unknown) => (capture(chunk), true)) as typeof process.stdout.write
    process.stderr.write = ((chunk: unknown) => (capture(chunk), true)) as typeof process.stderr.write
    AzureLogger.log = (...args: unknown[]) => capture(args.map(String).join(' '))
    setLogLevel('verbose')
    const log = { info: (m: string) => capture(m), warning: (m: string) => capture(m) }
    const before = masked.length
    let results: VerifyResult[]
    try {
      const ok = await verifyIdentity(options({ log }))
      await admin.azure.alterResource(ficId(), { subject: `system:serviceaccount:${NAMESPACE}:other` })
      const bad = await verifyIdentity(options({ log }))
      await admin.azure.alterResource(ficId(), { subject: `system:serviceaccount:${NAMESPACE}:${SA}` })
      results = [ok, bad]
    } finally {
      setLogLevel(level)
      AzureLogger.log = azureLog
      process.stdout.write = out
      process.stderr.write = err
    }
    expect(results.map((r) => r.verified)).toEqual([true, false])
    const tokens = masked.slice(before)
    expect(tokens).toHaveLength(2)
    const everything = written.join('\n') + JSON.stringify(results)
    expect(written.length).toBeGreaterThan(10) // the capture did see the SDKs' verbose logging
    expect(everything).toContain('iss') // ...and the claims verify logs on purpose
    for (const t of tokens) {
      expect(t.split('.')).toHaveLength(3)
      for (const part of t.split('.').slice(1)) expect(everything).not.toContain(part)
    }
  })
})

describe('as a step of the run', () => {
  const settingsFor = (mode: string) =>
    readSettings({
      get: (n) =>
        ({
          ...sb.inputs,
          // (sb.inputs says 'github-oidc', which settings.ts does not accept; verify does not sign in as the action anyway)
          auth: 'environment',
          mode,
          'identity-name': IDENTITY,
          'identity-resource-group': IDENTITY_RG,
          namespace: NAMESPACE,
          'service-account-name': SA,
          role: 'Reader',
          scope: appScope
        })[n] ?? '',
      mask: () => undefined,
      env: {}
    })
  const sink = () => {
    const lines: string[] = []
    const secrets: string[] = []
    return { lines, secrets, info: (m: string) => void lines.push(m), warning: (m: string) => void lines.push(`warning: ${m}`), setSecret: (t: string) => void secrets.push(t) }
  }

  it('apply: verifies from the Settings and the applied identity, masks through the sink, renders a summary', async () => {
    const out = sink()
    const r = await verifyRun({
      settings: settingsFor('apply'),
      azure,
      identity: { clientId: identity.clientId, principalId: identity.principalId, tenantId: sb.tenantId },
      cluster: { issuerUrl: issuer, workloadIdentityEnabled: true },
      core: async () => core,
      ca: sb.tls.caPem,
      sink: out,
      dryRunProbe: true,
      clock: fakeClock()
    })
    expect(r.verified).toBe(true)
    expect(r.webhook).toBe('passed')
    expect(out.secrets).toHaveLength(1)
    expect(out.lines.join('\n')).toMatch(/^Verified in \d+ s/m)
    const md = verifySummary(r)
    expect(md).toContain('✅ **Verified**')
    expect(md).toContain(`| Reader at \`${appScope}\` | ✅ | HTTP 200 |`)
    expect(md.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(5)
    expect(verificationReport(r)).toEqual({ verified: true, detail: 'passed', markdown: md })
  })

  it('plan: no dry-run pod, zero writes; a failure is a warning per diagnosis and an ❌ in the summary', async () => {
    await admin.azure.alterResource(ficId(), { subject: `system:serviceaccount:${NAMESPACE}:nope` })
    try {
      const since = (await admin.log()).at(-1)?.seq ?? 0
      const out = sink()
      const r = await verifyRun({
        settings: settingsFor('plan'),
        azure,
        identity: { clientId: identity.clientId, principalId: identity.principalId, tenantId: sb.tenantId },
        cluster: { issuerUrl: issuer, workloadIdentityEnabled: true },
        core: async () => core,
        ca: sb.tls.caPem,
        sink: out,
        dryRunProbe: false,
        clock: fakeClock()
      })
      expect(r).toMatchObject({ verified: false, webhook: 'skipped' })
      expect(out.lines.filter((l) => l.startsWith('warning: Verification failed (subject-mismatch)'))).toHaveLength(1)
      expect((await admin.log(since)).filter((e) => e.write)).toEqual([])
      const md = verifySummary(r)
      expect(md).toContain('❌ **Not verified**')
      expect(md).toContain('- **subject-mismatch** (AADSTS70021):')
      expect(verificationReport(r)).toMatchObject({ verified: false, detail: 'failed: subject-mismatch' })
      if (process.env.SHOW_DIAGNOSES) process.stdout.write(`\n${md}\n`)
    } finally {
      await admin.azure.alterResource(ficId(), { subject: `system:serviceaccount:${NAMESPACE}:${SA}` })
    }
  })

  it('an identity that does not exist yet is "not verified", without a network call', async () => {
    const out = sink()
    const r = await verifyRun({
      settings: settingsFor('plan'),
      azure,
      identity: {},
      cluster: {},
      core: async () => {
        throw new Error('must not reach the cluster')
      },
      sink: out,
      dryRunProbe: false
    })
    expect(r.verified).toBe(false)
    expect(out.lines[0]).toMatch(/^warning: The identity has no client ID yet/)
  })
})
