// The seed's manual flow by the real Azure CLI and the real kubectl, against the sandbox under Azure's real host
// names in a network namespace (test/real/seed-flow.ts does the work inside it), then the action, signed in
// through that CLI session (auth: azure-cli), on the same state: it adopts everything with zero writes, and a
// plan reports no drift. Every response the CLI and the action got is checked against the spec of the
// api-version they asked for. Skipped, with the reason in its name, where a namespace cannot be made (not root,
// no unshare) or az is not installed; CI installs az and runs it as root.
import { realClientsUnavailable, runInNamespace } from './namespace.js'
import type { SeedFlowReport } from './seed-flow.js'

const why = realClientsUnavailable({ needsDist: true })
const maybe = why ? test.skip : test

maybe(`the seed's az + kubectl flow, then the action adopts it with zero writes and a plan finds no drift${why ? ` (skipped: ${why})` : ''}`, async () => {
  const run = await runInNamespace('test/real/seed-flow.ts', [], { timeoutMs: 280_000 })
  const line = run.stdout.trim().split('\n').at(-1) ?? ''
  let report: SeedFlowReport
  try {
    report = JSON.parse(line) as SeedFlowReport
  } catch {
    throw new Error(`no report from the flow (exit ${run.code})\n${run.stderr.slice(-4000)}`)
  }
  process.stdout.write(`seed flow: az ${report.azVersion}, ${report.steps.length} commands in ${(report.cliMs / 1000).toFixed(1)} s; action apply ${report.apply?.ms} ms, plan ${report.plan?.ms} ms; total ${(run.ms / 1000).toFixed(1)} s\n`)

  // Every command of the seed succeeded, and what it printed is what Azure would print.
  expect(report.steps.filter((s) => s.code !== 0).map((s) => `${s.name}: ${s.stderr.trim().split('\n').slice(-2).join(' ')}`)).toEqual([])
  expect(report.seed.issuerUrl).toMatch(/^https:\/\/eastus\.oic\.prod-aks\.azure\.com\/[0-9a-f-]{36}\/[0-9a-f-]{36}\/$/)
  expect(report.seed.clientId).toMatch(/^[0-9a-f-]{36}$/)
  expect(report.seed.roleAssignmentId).toContain('/providers/Microsoft.Authorization/roleAssignments/')
  // The CLI never got an error: every api-version it sent is served, every body it sent is valid for its version.
  expect(report.cliRequests.filter((r) => r.statuses.some((s) => s >= 400))).toEqual([])
  if (report.azVersion === '2.45.0') {
    const sent = report.cliRequests.map((r) => `${r.method} ${r.operation} ${r.apiVersion}`)
    expect(sent).toEqual(
      expect.arrayContaining([
        'GET Subscriptions_List 2019-11-01',
        'PUT ManagedClusters_CreateOrUpdate 2022-11-01',
        'PUT ManagedClusters_CreateOrUpdate 2026-06-01',
        'PUT UserAssignedIdentities_CreateOrUpdate 2022-01-31-preview',
        'PUT FederatedIdentityCredentials_CreateOrUpdate 2022-01-31-preview',
        'GET RoleDefinitions_List 2018-01-01-preview',
        'PUT RoleAssignments_Create 2020-04-01-preview',
        'POST ManagedClusters_ListClusterAdminCredentials 2022-11-01'
      ])
    )
  }

  // The action, signed in through the CLI's session, on the state the CLI and kubectl made.
  const apply = report.apply!
  expect(apply.errors).toEqual([])
  expect(apply.code).toBe(0)
  // auth: azure-cli for real: AzureCliCredential ran `az account get-access-token` for ARM and for the AKS server
  // application (the cluster's user kubeconfig, with an Entra token instead of kubelogin).
  expect(apply.stdout).toContain('Signed in to Azure with azure-cli')
  expect(apply.stdout).toContain("fetched the cluster's user kubeconfig from AKS (Entra token")
  expect(apply.writes).toEqual([])
  expect(apply.outputs).toMatchObject({
    'client-id': report.seed.clientId,
    'principal-id': expect.stringMatching(/^[0-9a-f-]{36}$/),
    'oidc-issuer-url': report.seed.issuerUrl,
    'federated-credential-name': 'fic-seed-workload',
    'service-account': 'workload-sa',
    changes: '0',
    verified: 'true'
  })
  expect(apply.outputs['role-assignment-ids']).toContain(report.seed.roleAssignmentName)

  const plan = report.plan!
  expect(plan.code).toBe(0)
  expect(plan.writes).toEqual([])
  expect(plan.outputs.drift).toBe('false')

  // Both directions: no response broke the spec of the api-version it was asked with.
  expect(report.problems).toEqual([])
}, 300_000)
