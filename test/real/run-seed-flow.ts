// `npm run demo:seed`: the seed's manual flow by the real Azure CLI and kubectl against the sandbox under
// Azure's real host names (in a network namespace: root and unshare needed), then the action adopting it with
// zero writes and a plan without drift. Progress as it goes; a summary at the end; exit 1 on any failure.
import { writeFileSync } from 'node:fs'
import { runInNamespace, realClientsUnavailable } from './namespace.js'
import type { SeedFlowReport } from './seed-flow.js'

const why = realClientsUnavailable({ needsDist: true })
if (why) {
  process.stderr.write(`demo:seed cannot run here: ${why}\n`)
  process.exit(2)
}
const run = await runInNamespace('test/real/seed-flow.ts', [], { timeoutMs: 600_000, onStderr: (s) => process.stderr.write(s) })
const line = run.stdout.trim().split('\n').at(-1) ?? ''
let report: SeedFlowReport | undefined
try {
  report = JSON.parse(line) as SeedFlowReport
} catch {
  process.stderr.write(`no report (exit ${run.code})\n`)
  process.exit(1)
}
const r = report
if (process.env.SEED_FLOW_REPORT) writeFileSync(process.env.SEED_FLOW_REPORT, JSON.stringify(r, null, 2))
process.stdout.write(
  [
    ``,
    `Azure CLI ${r.azVersion}: ${r.steps.length} commands, ${r.steps.filter((s) => s.code === 0).length} succeeded, in ${(r.cliMs / 1000).toFixed(1)} s`,
    `  issuer ${r.seed.issuerUrl}`,
    `  identity client id ${r.seed.clientId}, role assignment ${r.seed.roleAssignmentName} (by the CLI)`,
    `  api-versions the CLI sent: ${[...new Set(r.cliRequests.map((c) => `${c.operation}@${c.apiVersion}`))].join(', ')}`,
    `Action apply on the same state: exit ${r.apply?.code}, ${r.apply?.writes.length} writes, outputs client-id ${r.apply?.outputs['client-id']}, changes ${r.apply?.outputs.changes}`,
    `Action plan: exit ${r.plan?.code}, drift ${r.plan?.outputs.drift}`,
    `Responses outside their api-version's spec: ${r.problems.length}`,
    `Total ${(run.ms / 1000).toFixed(1)} s`,
    ``
  ].join('\n')
)
process.exit(r.ok && r.problems.length === 0 && r.apply?.writes.length === 0 ? 0 : 1)
