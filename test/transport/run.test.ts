// Issue 12 at the level of a run, against the sandbox: transient faults on Azure and Entra survived, a failed
// apply reported honestly (summary, last line, `changes`, error), AKS's errors classified, the cluster update
// guarded by its eTag, and a stopped run (SIGTERM, the timeout) that starts nothing new and says so.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { azure, recordingSink, run, worldCounts, writes } from '../engine/helpers.js'
import { RunControl } from '../../src/run-control.js'
import { UNKNOWN } from '../../src/model.js'
import { FAST_TRANSPORT } from './helpers.js'

let sb: Sandbox
const rgScope = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`
const ops = (op: string) => sb.log.all().filter((e) => e.operation === op)
const armError = (code: string, message: string) => ({ error: { code, message } })

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 50 } } })
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('transient faults on Azure and Entra', () => {
  it('an ARM read that never answers and a write that does not either are retried to convergence', async () => {
    sb.faults.add({ operation: 'UserAssignedIdentities_Get', kind: 'timeout', times: 1 })
    sb.faults.add({ operation: 'UserAssignedIdentities_CreateOrUpdate', kind: 'timeout', phase: 'after', times: 1 })
    const r = await run(sb, { role: 'Reader', scope: rgScope() }, { transport: FAST_TRANSPORT })
    expect(ops('UserAssignedIdentities_Get').map((e) => e.status)).toEqual([0, 404])
    expect(ops('UserAssignedIdentities_CreateOrUpdate').map((e) => e.status)).toEqual([0, 200])
    expect(worldCounts(sb, r.outputs['principal-id']!)).toMatchObject({ identities: 1, fics: 1, assignments: 1 })
  })

  it("Entra's failed fetch of the ID token's issuer (AADSTS90061) is retried at sign-in, for twice the policy's attempts", async () => {
    // Each attempt needs two of Entra's requests to the issuer: more failures than the policy's attempts are survived.
    sb.faults.add({ service: 'idtoken', operation: 'idtoken.openid-configuration', kind: 'status', status: 503, times: FAST_TRANSPORT.attempts + 1 })
    const r = await run(sb, {}, { transport: FAST_TRANSPORT, idToken: undefined })
    expect(r.sink.lines.some((l) => l.includes('AADSTS90061') && l.includes('retrying'))).toBe(true)
    expect(r.outputs['client-id']).toBeTruthy()
  })
})

describe('a failed apply is reported as it happened', () => {
  it('403 on the role assignment: the summary leads with ✖, lists what was done and what failed, no placeholders; changes counts what was made', async () => {
    sb.faults.add({
      operation: 'RoleAssignments_Create',
      kind: 'status',
      status: 403,
      body: armError(
        'AuthorizationFailed',
        "The client 'x' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write'."
      )
    })
    const sink = recordingSink()
    const err = (await run(sb, { role: 'Reader', scope: rgScope() }, { sink, transport: FAST_TRANSPORT }).catch((e: unknown) => e)) as Error
    const put = ops('RoleAssignments_Create')[0]!
    expect(err.message).toContain(`(AuthorizationFailed, HTTP 403, x-ms-request-id ${put.requestId})`)
    const summary = sink.summaries.at(-1)!
    expect(summary).toMatch(/\n✖ \*\*Failed:\*\* 3 of 4 change\(s\) made; 1 failed; 0 not attempted\.\n/)
    expect(summary).toContain('#### What failed')
    expect(summary).toContain(put.requestId)
    expect(summary).toContain('✔ done')
    expect(summary).not.toContain(UNKNOWN)
    expect(summary).not.toContain('✅')
    expect(sink.outputs.changes).toBe('3')
    expect(sink.lines.at(-1)).toMatch(
      /^✖ Failed: 1 resource\(s\) could not be brought to the desired state: 3 change\(s\) made, 1 failed, 0 not attempted\.$/
    )
    // The error is told once.
    expect(err.message.split('AuthorizationFailed, HTTP 403').length - 1).toBe(1)
  })
})

describe('plan advice matches what apply will do', () => {
  it('with a conflict, plan names what apply cannot converge instead of advising apply for everything', async () => {
    const err = (await run(sb, { mode: 'plan', role: 'Storage Blob Data Raeder', scope: rgScope() }).catch((e: unknown) => e)) as Error
    expect(err.message).toMatch(
      /^Drift: 4 resource\(s\) differ from the desired state \(see the plan above\)\. mode: apply would change 3 of them and cannot converge 1 until you resolve:\n- role-assignment:/
    )
    expect(err.message).toContain("no role named 'Storage Blob Data Raeder'")
    expect(err.message).not.toContain('Run with mode: apply to converge')
  })
})

describe("AKS's errors, classified", () => {
  it('a stopped cluster fails at once with the reason and what to do (one PUT, no waiting)', async () => {
    azure(sb).patchCluster({ oidcIssuerEnabled: false, workloadIdentityEnabled: false })
    sb.faults.add({
      operation: 'ManagedClusters_CreateOrUpdate',
      kind: 'status',
      status: 409,
      body: armError(
        'OperationNotAllowed',
        'Operation is not allowed because the managed cluster is in stopped state. Please start the cluster first.'
      )
    })
    const err = (await run(sb, {}, { transport: FAST_TRANSPORT }).catch((e: unknown) => e)) as Error
    expect(ops('ManagedClusters_CreateOrUpdate')).toHaveLength(1)
    expect(err.message).toContain('OperationNotAllowed')
    expect(err.message).toContain('The cluster is stopped: start it (az aks start)')
  })

  it('a policy denial fails at once with the reason', async () => {
    azure(sb).patchCluster({ oidcIssuerEnabled: false, workloadIdentityEnabled: false })
    sb.faults.add({
      operation: 'ManagedClusters_CreateOrUpdate',
      kind: 'status',
      status: 403,
      body: armError('RequestDisallowedByPolicy', "Resource 'aks-sandbox' was disallowed by policy 'deny-aks-changes'.")
    })
    const err = (await run(sb, {}, { transport: FAST_TRANSPORT }).catch((e: unknown) => e)) as Error
    expect(ops('ManagedClusters_CreateOrUpdate')).toHaveLength(1)
    expect(err.message).toContain("disallowed by policy 'deny-aks-changes'")
    expect(err.message).toContain('An Azure Policy assignment denies this request')
  })

  it('the cluster update is a read-modify-write under If-Match: a cluster changed meanwhile (412) is read again', async () => {
    azure(sb).patchCluster({ oidcIssuerEnabled: false, workloadIdentityEnabled: false })
    // Someone changes the cluster right after the update's own read (the second read of the run), before its PUT.
    const push = sb.log.push.bind(sb.log)
    let gets = 0
    sb.log.push = (e) => {
      push(e)
      if (e.operation === 'ManagedClusters_Get' && ++gets === 2) azure(sb).patchCluster({ kubernetesVersion: '1.33.2' })
    }
    try {
      await run(sb, {}, { transport: FAST_TRANSPORT })
    } finally {
      sb.log.push = push
    }
    const puts = ops('ManagedClusters_CreateOrUpdate')
    expect(puts.map((e) => e.status)).toEqual([412, 200])
    expect(azure(sb).cluster()).toMatchObject({ oidcIssuerEnabled: true, workloadIdentityEnabled: true })
    // The change made meanwhile survives: the PUT carried the cluster as read again.
    expect((azure(sb).world.cluster.properties as { kubernetesVersion?: string }).kubernetesVersion).toBe('1.33.2')
  })
})

describe('a stopped run (SIGTERM, the timeout)', () => {
  it('starts no change after the stop, says so in the summary and the last line, and fails', async () => {
    const control = new RunControl()
    const sink = recordingSink()
    const info = sink.info.bind(sink)
    // Stopped the moment the plan is printed: every change is still to come.
    sink.info = (m) => {
      info(m)
      if (m.startsWith('Plan (apply)')) control.stop('cancelled (SIGTERM)', 0)
    }
    const err = (await run(sb, { role: 'Reader', scope: rgScope() }, { sink, control, transport: FAST_TRANSPORT }).catch(
      (e: unknown) => e
    )) as Error
    expect(err.name).toBe('StoppedError')
    expect(err.message).toMatch(/^cancelled \(SIGTERM\): 0 change\(s\) made; 4 step\(s\) not finished/)
    expect(writes(sb)).toEqual([])
    expect(sink.summaries.at(-1)).toMatch(
      /✖ \*\*Stopped\*\* \(cancelled \(SIGTERM\)\): 0 of 4 change\(s\) made; 0 failed; 4 not attempted\./
    )
    expect(sink.lines.at(-1)).toMatch(/^✖ Stopped \(cancelled \(SIGTERM\)\): 0 change\(s\) made, 0 failed, 4 not attempted/)
    expect(sink.outputs.changes).toBe('0')
  })

  it('a stop during verification is told as the stop, not as a failed verification', async () => {
    const control = new RunControl()
    const sink = recordingSink()
    const info = sink.info.bind(sink)
    sink.info = (m) => {
      info(m)
      if (m.startsWith('Verifying the identity end to end')) control.stop('cancelled (SIGTERM)', 0)
    }
    // Both halves (the proof needs the service account).
    const err = (await run(sb, {}, { sink, control, transport: FAST_TRANSPORT, kinds: undefined, desired: undefined }).catch(
      (e: unknown) => e
    )) as Error
    expect(err.name).toBe('StoppedError')
    expect(err.message).toMatch(/^cancelled \(SIGTERM\): stopped while verifying; \d+ change\(s\) made\.$/)
    expect(sink.summaries.at(-1)).toContain('✖ **Stopped** (cancelled (SIGTERM))')
  })

  it('what a kind registered as half made is removed when the run stops', async () => {
    const control = new RunControl()
    const removed: string[] = []
    control.halfMade('registration aks-wi-runner-x (no pod yet)', async () => void removed.push('aks-wi-runner-x'))
    const done = control.halfMade('pod y', async () => void removed.push('y'))
    done()
    const sink = recordingSink()
    const info = sink.info.bind(sink)
    sink.info = (m) => {
      info(m)
      if (m.startsWith('Plan (apply)')) control.stop('cancelled (SIGTERM)', 0)
    }
    await run(sb, {}, { sink, control, transport: FAST_TRANSPORT }).catch(() => undefined)
    expect(removed).toEqual(['aks-wi-runner-x'])
    expect(sink.lines).toContain('Removed what was half made: registration aks-wi-runner-x (no pod yet).')
  })
})
