// export-env: the built action hands later steps AZURE_CLIENT_ID (the identity it manages, not the one it signed in
// as), AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID through GITHUB_ENV; nothing without it, nothing after destroy, and a
// plan of an identity that does not exist yet says what it could not export.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { runStep } from '../helpers/run-action.js'

let sb: Sandbox
beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
})
afterAll(async () => sb?.stop())

const workload = { 'identity-name': 'id-export', namespace: 'export', 'service-account-name': 'export-sa', verify: 'false' }
const run = (inputs: Record<string, string>) => runStep('index.js', { ...sb.inputs, ...workload, ...inputs }, sb.env)

it('exports the managed identity, the tenant and the subscription for later steps only when asked, and never after destroy', async () => {
  const plan = await run({ mode: 'plan', 'fail-on-drift': 'false', 'export-env': 'true' })
  expect(plan.errors).toEqual([])
  expect(plan.exported).toEqual({ AZURE_TENANT_ID: sb.tenantId, AZURE_SUBSCRIPTION_ID: sb.subscriptionId })
  expect(plan.warnings.join('\n')).toContain('AZURE_CLIENT_ID not exported')

  const quiet = await run({})
  expect(quiet.code).toBe(0)
  expect(quiet.exported).toEqual({})

  const apply = await run({ 'export-env': 'true' })
  expect(apply.code).toBe(0)
  const managed = apply.outputs['client-id']!
  expect(apply.exported).toEqual({ AZURE_CLIENT_ID: managed, AZURE_TENANT_ID: sb.tenantId, AZURE_SUBSCRIPTION_ID: sb.subscriptionId })
  // The input client-id is who the action signed in as; the exported one is the identity it manages.
  expect(managed).not.toBe(sb.inputs['client-id'])
  expect(apply.stdout).toContain(`Exported for later steps: AZURE_CLIENT_ID=${managed}`)

  const destroy = await run({ mode: 'destroy', 'export-env': 'true' })
  expect(destroy.code).toBe(0)
  expect(destroy.exported).toEqual({})
}, 120_000)
