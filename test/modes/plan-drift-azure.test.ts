// Issue 7, plan mode, the Azure half: each drift kind made behind the action's back (the sandbox's admin routes
// or its world), then plan reports it precisely (resource key + field, one warning annotation per resource,
// zero writes), a following apply fixes it, and a plan after that finds nothing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SandboxClient } from '../sandbox/client.js'
import { azure } from '../engine/helpers.js'
import { lastSeq, planFindsThenApplyFixes, runAll, runFailing, SANDBOX_OPTIONS, writesSince } from './helpers.js'

let sb: Sandbox
let admin: SandboxClient
const rgScope = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`
const inputs = (): Record<string, string> => ({ role: 'Reader', scope: rgScope(), tags: 'team=a' })

const CLUSTER = 'cluster:rg-aks-sandbox/aks-sandbox'
const IDENTITY = 'identity:rg-aks-sandbox/id-app'
const FIC = 'federated-credential:rg-aks-sandbox/id-app/aks-sandbox-apps-app-sa'
const ROLE = () => `role-assignment:${rgScope()}|Reader|rg-aks-sandbox/id-app`
const SA = 'service-account:apps/app-sa'

const identity = () => [...azure(sb).world.identities.values()].find((i) => i.name === 'id-app')!
const credential = () => [...identity().fics.values()][0]!

beforeAll(async () => {
  sb = await startSandbox(SANDBOX_OPTIONS)
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
})
afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})
beforeEach(async () => {
  sb.reset()
  await runAll(sb, inputs())
})

describe('plan on a freshly applied state', () => {
  it('reports no drift, writes nothing, annotates nothing, and passes with fail-on-drift', async () => {
    const since = lastSeq(sb)
    const r = await runAll(sb, { ...inputs(), mode: 'plan' })
    expect(writesSince(sb, since)).toEqual([])
    expect(r.sink.outputs.drift).toBe('false')
    expect(r.sink.outputs.changes).toBe('0')
    expect(r.plan.steps.every((s) => s.action === 'unchanged')).toBe(true)
    expect(r.sink.annotations).toEqual([])
    expect(r.sink.summaries[0]).toContain('✅ **No drift:**')
  })
})

describe('plan detects drift in Azure, apply fixes it', () => {
  it('the OIDC issuer turned off on the cluster', async () => {
    const issuer = azure(sb).issuerUrl()
    await admin.azure.patchCluster({ oidcIssuerEnabled: false })
    const plan = await planFindsThenApplyFixes(sb, inputs(), [
      { key: CLUSTER, message: `${CLUSTER}: oidcIssuerProfile.enabled is false, expected true` },
      // Without an issuer AKS reports no URL: the credential's issuer is only known after the cluster update.
      { key: FIC, message: `${FIC}: issuer is "${issuer}", expected "(known after apply)"` }
    ])
    expect(plan.sink.lines).toContain(`~ update ${CLUSTER} (oidcIssuerProfile.enabled: false → true; enables the OIDC issuer and workload identity (the API server restarts; the issuer cannot be turned off again))`)
    expect(azure(sb).cluster()).toMatchObject({ oidcIssuerEnabled: true, workloadIdentityEnabled: true })
  })

  it('workload identity turned off on the cluster, and fail-on-drift fails the step without writing', async () => {
    await admin.azure.patchCluster({ workloadIdentityEnabled: false })
    const since = lastSeq(sb)
    const { error, sink } = await runFailing(sb, { ...inputs(), mode: 'plan' })
    expect(error.message).toMatch(/^Drift: 1 resource\(s\) differ from the desired state/)
    expect(sink.outputs.drift).toBe('true')
    expect(writesSince(sb, since)).toEqual([])
    await planFindsThenApplyFixes(sb, inputs(), [{ key: CLUSTER, message: `${CLUSTER}: securityProfile.workloadIdentity.enabled is false, expected true` }])
  })

  it('the identity deleted', async () => {
    const before = identity().clientId
    await admin.azure.deleteResource(identity().id)
    const plan = await planFindsThenApplyFixes(sb, inputs(), [
      { key: IDENTITY, message: `${IDENTITY}: does not exist` },
      { key: FIC, message: `${FIC}: does not exist` },
      { key: ROLE(), message: `${ROLE()}: does not exist` },
      // The service account names the identity's client ID, which changes with a new identity.
      {
        key: SA,
        message: `${SA}: metadata.annotations.azure.workload.identity/client-id is "${before}", expected "(known after apply)"; metadata.annotations.azure.workload.identity/tenant-id is "${sb.tenantId}", expected "(known after apply)"`
      }
    ])
    expect(JSON.parse(plan.sink.outputs.plan!).steps.find((s: { key: string }) => s.key === IDENTITY)).toMatchObject({ action: 'create' })
    expect(identity().clientId).not.toBe(before)
  })

  it("the identity's tags changed", async () => {
    await admin.azure.alterResource(identity().id, { tags: { ...identity().tags, team: 'b' } })
    const plan = await planFindsThenApplyFixes(sb, inputs(), [{ key: IDENTITY, message: `${IDENTITY}: tags.team is "b", expected "a"` }])
    expect(plan.sink.summaries[0]).toContain('| `identity:rg-aks-sandbox/id-app` | `tags.team` | `"b"` | `"a"` |')
    expect(identity().tags).toMatchObject({ team: 'a', 'managed-by': 'aks-workload-identity' })
  })

  it('the federated credential deleted', async () => {
    await admin.azure.deleteResource(credential().id)
    await planFindsThenApplyFixes(sb, inputs(), [{ key: FIC, message: `${FIC}: does not exist` }])
    expect(identity().fics.size).toBe(1)
  })

  it("the federated credential's issuer changed (trailing slash dropped)", async () => {
    const issuer = azure(sb).issuerUrl()
    await admin.azure.alterResource(credential().id, { issuer: issuer.replace(/\/$/, '') })
    await planFindsThenApplyFixes(sb, inputs(), [{ key: FIC, message: `${FIC}: issuer is "${issuer.replace(/\/$/, '')}", expected "${issuer}"` }])
    expect(credential().issuer).toBe(issuer)
  })

  it("the federated credential's subject changed", async () => {
    await admin.azure.alterResource(credential().id, { subject: 'system:serviceaccount:apps:other-sa' })
    await planFindsThenApplyFixes(sb, inputs(), [
      { key: FIC, message: `${FIC}: subject is "system:serviceaccount:apps:other-sa", expected "system:serviceaccount:apps:app-sa"` }
    ])
    expect(credential().subject).toBe('system:serviceaccount:apps:app-sa')
  })

  it("the federated credential's audience changed", async () => {
    await admin.azure.alterResource(credential().id, { audiences: ['api://SomethingElse'] })
    await planFindsThenApplyFixes(sb, inputs(), [{ key: FIC, message: `${FIC}: audiences is ["api://SomethingElse"], expected ["api://AzureADTokenExchange"]` }])
    expect(credential().audiences).toEqual(['api://AzureADTokenExchange'])
  })

  it('another credential with the same subject under a foreign name (ours gone): plan names it, apply restores ours and leaves it', async () => {
    const ours = credential()
    const issuer = azure(sb).issuerUrl()
    // Someone replaced our credential by hand, under their own name and with the issuer's trailing slash dropped.
    identity().fics.delete(ours.id.toLowerCase())
    const id = `${identity().id}/federatedIdentityCredentials/made-by-hand`
    identity().fics.set(id.toLowerCase(), { ...ours, id, name: 'made-by-hand', issuer: issuer.replace(/\/$/, '') })
    const notice = `${FIC}: credential 'made-by-hand' also trusts subject system:serviceaccount:apps:app-sa (issuer ${issuer.replace(/\/$/, '')}); this action did not create it and leaves it in place`
    const plan = await planFindsThenApplyFixes(sb, inputs(), [{ key: FIC, message: `${FIC}: does not exist` }])
    expect(plan.sink.annotations).toContainEqual({ level: 'notice', message: notice, title: `Left alone: ${FIC}` })
    expect(JSON.parse(plan.sink.outputs.plan!).steps.find((s: { key: string }) => s.key === FIC).notices).toEqual([notice.slice(FIC.length + 2)])
    expect(plan.sink.summaries[0]).toContain("#### Left alone")
    // Ours is back; theirs is untouched.
    expect([...identity().fics.values()].map((f) => [f.name, f.issuer]).sort()).toEqual([
      ['aks-sandbox-apps-app-sa', issuer],
      ['made-by-hand', issuer.replace(/\/$/, '')]
    ])
  })

  it('another credential with the same issuer and subject under a foreign name is adopted, with a notice, not reported as drift', async () => {
    const ours = credential()
    identity().fics.delete(ours.id.toLowerCase())
    const id = `${identity().id}/federatedIdentityCredentials/made-by-hand`
    identity().fics.set(id.toLowerCase(), { ...ours, id, name: 'made-by-hand' })
    const since = lastSeq(sb)
    const plan = await runAll(sb, { ...inputs(), mode: 'plan' })
    expect(writesSince(sb, since)).toEqual([])
    expect(plan.sink.outputs.drift).toBe('false')
    expect(plan.sink.notices).toEqual([
      `${FIC}: credential 'made-by-hand' has this issuer and subject under a name this action did not give it: adopted as is, and destroy keeps it`
    ])
  })

  it('the role assignment deleted', async () => {
    const ra = [...azure(sb).world.roleAssignments.values()].find((a) => a.principalId === identity().principalId)!
    await admin.azure.deleteResource(ra.id)
    await planFindsThenApplyFixes(sb, inputs(), [{ key: ROLE(), message: `${ROLE()}: does not exist` }])
    expect([...azure(sb).world.roleAssignments.values()].filter((a) => a.principalId === identity().principalId)).toHaveLength(1)
  })
})
