// Every Azure cloud end to end (issue 17): the sandbox poses as each cloud of the action's table (its Entra ID
// exchanges only that cloud's token-exchange audience, its ARM accepts only that cloud's ARM audiences) and the
// whole action runs the scenario once per cloud: a fresh apply (cluster features turned on, identity, federated
// credential, role, service account) signed in with a GitHub ID token for the cloud's audience, verification, a
// second run with zero writes, plan without drift, a credential with another cloud's audience shown as drift with
// the reason and fixed by apply, and destroy.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLOUD_NAMES, CLOUDS, type Cloud, type CloudName } from '../../src/clouds.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SandboxClient } from '../sandbox/client.js'
import { azure } from '../engine/helpers.js'
import { lastSeq, runAll, writesSince } from './run.js'

const FIC_SUBJECT = 'system:serviceaccount:apps:app-sa'

/** The audience a credential of another cloud would carry: the public one, or in the public cloud, US Government's. */
const otherCloud = (c: Cloud): Cloud => (c.name === 'AzureCloud' ? CLOUDS.AzureUSGovernment : CLOUDS.AzureCloud)

describe.each(CLOUD_NAMES.map((n) => [n] as [CloudName]))('the sandbox posing as %s', (name) => {
  const cloud = CLOUDS[name]
  let sb: Sandbox
  let admin: SandboxClient
  const storage = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox/providers/Microsoft.Storage/storageAccounts/stsandbox`
  const inputs = () => ({ verify: 'true', role: 'Reader', scope: storage() })
  const credential = () => [...azure(sb).world.identities.values()].flatMap((i) => [...i.fics.values()]).find((f) => f.subject === FIC_SUBJECT)

  beforeAll(async () => {
    // The cluster starts with its OIDC issuer and workload identity off: the first apply turns them on.
    sb = await startSandbox({ cloud: name, azure: { consistency: { clusterOperationMs: 50 } }, kube: { podStartMs: 50, podStopMs: 10 } })
    admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
  }, 30_000)
  afterAll(async () => {
    await admin?.close()
    await sb?.stop()
  })

  it("apply, a second run with zero writes, plan, another cloud's audience as drift, destroy", async () => {
    expect(sb.inputs.environment).toBe(name)

    // 1. A fresh apply: the cloud's audience everywhere, verified.
    const first = await runAll(sb, inputs())
    expect(first.sink.outputs).toMatchObject({ verified: 'true', drift: 'true' })
    // Signed in with a GitHub ID token for the cloud's token-exchange audience (the log shows its claims).
    expect(first.sink.lines.find((l) => l.startsWith('Signed in to Azure with oidc'))).toContain(`aud ${cloud.tokenExchangeAudience})`)
    expect(credential()).toMatchObject({ issuer: azure(sb).issuerUrl(), audiences: [cloud.tokenExchangeAudience] })
    // The verification's TokenRequest asked for the same audience (the token's claims are logged, never the token).
    expect(first.sink.lines.some((l) => l.includes(`aud '${cloud.tokenExchangeAudience}'`) && l.includes('Verifying with a service-account token'))).toBe(true)
    // The job summary links to the cloud's portal.
    expect(first.sink.summaries.join('\n')).toContain(`${cloud.portal}/#@${sb.tenantId}/resource/subscriptions/`)
    expect(first.sink.warnings).toEqual([])

    // 2. The same run again: nothing to change, zero writes, verified again.
    let seq = lastSeq(sb)
    const again = await runAll(sb, inputs())
    expect(again.sink.outputs).toMatchObject({ changes: '0', drift: 'false', verified: 'true' })
    expect(writesSince(sb, seq).map((e) => `${e.method} ${e.path}`)).toEqual([])

    // 3. Plan: no drift, verified, zero writes.
    seq = lastSeq(sb)
    const plan = await runAll(sb, { ...inputs(), mode: 'plan' })
    expect(plan.sink.outputs).toMatchObject({ drift: 'false', verified: 'true' })
    expect(writesSince(sb, seq)).toEqual([])

    // 4. A credential with another cloud's audience: drift, with the reason in the plan log and the plan output.
    const other = otherCloud(cloud)
    await admin.azure.alterResource(credential()!.id, { audiences: [other.tokenExchangeAudience] })
    seq = lastSeq(sb)
    const drifted = await runAll(sb, { ...inputs(), mode: 'plan', 'fail-on-drift': 'false' })
    expect(writesSince(sb, seq)).toEqual([])
    expect(drifted.sink.outputs.drift).toBe('true')
    const reason = `its audience '${other.tokenExchangeAudience}' is the token-exchange audience of ${other.label}, and Entra ID of ${cloud.label} exchanges only '${cloud.tokenExchangeAudience}'`
    const step = (JSON.parse(drifted.sink.outputs.plan!) as { steps: Array<{ kind: string; action: string; reason?: string; diff: unknown[] }> }).steps.find(
      (s) => s.kind === 'federated-credential'
    )!
    expect(step).toMatchObject({ action: 'update', reason, diff: [{ field: 'audiences', from: [other.tokenExchangeAudience], to: [cloud.tokenExchangeAudience] }] })
    expect(drifted.sink.lines.some((l) => l.startsWith('~ update federated-credential:') && l.endsWith(`; ${reason})`))).toBe(true)
    expect(drifted.sink.annotations.some((a) => a.title === `Drift: ${drifted.plan.steps.find((s) => s.kind === 'federated-credential')!.key}`)).toBe(true)
    // Apply fixes it (one write: the credential), and verifies.
    seq = lastSeq(sb)
    const fixed = await runAll(sb, inputs())
    expect(fixed.sink.outputs).toMatchObject({ changes: '1', verified: 'true' })
    expect(writesSince(sb, seq).map((e) => e.operation)).toEqual(['FederatedIdentityCredentials_CreateOrUpdate'])
    expect(credential()!.audiences).toEqual([cloud.tokenExchangeAudience])

    // 5. Destroy removes what the action created.
    await runAll(sb, { ...inputs(), mode: 'destroy' })
    expect(credential()).toBeUndefined()
    expect([...azure(sb).world.identities.values()].filter((i) => i.name === 'id-app')).toEqual([])
  }, 90_000)

  it("an explicit audience of another cloud wins, with a warning, and this cloud's Entra ID refuses to exchange it", async () => {
    sb.reset()
    const other = otherCloud(cloud)
    const run = await runAll(sb, { ...inputs(), audience: other.tokenExchangeAudience }).catch((err: unknown) => err as Error)
    // The input wins: the credential carries it (and the webhook's tokens would have to as well).
    expect(credential()!.audiences).toEqual([other.tokenExchangeAudience])
    expect(run).toBeInstanceOf(Error)
    expect((run as Error).message).toMatch(/^Verification failed: failed: .*audience-mismatch/)
    // Run again to read what it said: the warning before anything was read, and Entra's refusal explained.
    const plan = await runAll(sb, { ...inputs(), audience: other.tokenExchangeAudience, mode: 'plan', 'fail-on-drift': 'false' })
    expect(plan.sink.warnings[0]).toBe(
      `The audience '${other.tokenExchangeAudience}' is not the token-exchange audience of ${cloud.label} ('${cloud.tokenExchangeAudience}'): it is ${other.label}'s, and Entra ID of ${cloud.label} does not exchange tokens for it. The federated credential and the workload's token must both carry '${other.tokenExchangeAudience}'; leave 'audience' empty to use the cloud's.`
    )
    expect(plan.sink.outputs.verified).toBe('false')
    const refusal = plan.sink.warnings.find((w) => w.startsWith('Verification failed (audience-mismatch)'))
    expect(refusal).toContain(`Entra ID refuses its audience '${other.tokenExchangeAudience}', the token-exchange audience of ${other.label}`)
    expect(refusal).toContain('AADSTS700212: No matching federated identity record found for presented assertion audience')
  }, 60_000)
})
