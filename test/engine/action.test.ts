// The BUILT action (dist/index.js, `npm run build` first), run as GitHub's runner runs it against the sandbox:
// real @actions/core ID-token request, NODE_EXTRA_CA_CERTS for trust, outputs through GITHUB_OUTPUT.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { runAction } from '../helpers/run-action.js'
import { azure, WORKLOAD } from './helpers.js'

let sb: Sandbox
const AZURE = ['cluster', 'identity', 'federated-credential', 'role-assignment']

beforeAll(async () => {
  if (!existsSync('dist/index.js')) throw new Error('dist/index.js is missing: run `npm run build` first')
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 200 } } })
})
afterAll(async () => sb?.stop())

describe('dist/index.js against the sandbox', () => {
  it('applies, outputs the IDs, masks every token, then a re-run changes nothing', async () => {
    // `auth` is set explicitly: the sandbox's input says 'github-oidc', which the action does not accept ('oidc').
    const inputs = { ...sb.inputs, ...WORKLOAD, auth: 'oidc', role: 'Reader', scope: `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`, verify: 'false' }
    const first = await runAction(inputs, sb.env)
    expect(first.errors).toEqual([])
    expect(first.code).toBe(0)
    const identity = [...azure(sb).world.identities.values()][0]!
    expect(first.outputs).toMatchObject({
      'client-id': identity.clientId,
      'principal-id': identity.principalId,
      'tenant-id': sb.tenantId,
      'identity-id': identity.id,
      'oidc-issuer-url': azure(sb).issuerUrl(),
      'federated-credential-name': 'aks-sandbox-apps-app-sa'
    })
    expect(first.outputs['role-assignment-ids']).toMatch(/\/providers\/Microsoft\.Authorization\/roleAssignments\/[0-9a-f-]{36}$/)
    // The Azure half's four steps (the Kubernetes half adds its own after them); `changes` counts every change.
    const steps = (JSON.parse(first.outputs.plan!) as { steps: Array<{ kind: string; action: string }> }).steps
    const azureSteps = Object.fromEntries(steps.filter((s) => AZURE.includes(s.kind)).map((s) => [s.kind, s.action]))
    expect(azureSteps).toEqual({ cluster: 'update', identity: 'create', 'federated-credential': 'create', 'role-assignment': 'create' })
    expect(first.outputs.changes).toBe(String(steps.filter((s) => ['create', 'update', 'replace', 'delete'].includes(s.action)).length))
    expect(first.stdout).toContain('+ create identity:rg-aks-sandbox/id-app')
    expect(first.summary).toContain('| `identity:rg-aks-sandbox/id-app` | + create · owned |')
    // The ID token and the ARM access token were masked, and appear nowhere.
    expect(first.masks.filter((m) => m.split('.').length === 3).length).toBeGreaterThanOrEqual(2)
    for (const m of first.masks) expect(first.everything).not.toContain(m)

    sb.log.clear()
    const second = await runAction(inputs, sb.env)
    expect(second.code).toBe(0)
    expect(second.outputs.changes).toBe('0')
    expect(second.outputs['client-id']).toBe(identity.clientId)
    expect(sb.log.all().filter((e) => e.write)).toEqual([])
  })
})
