// Verification as one step of a run: builds verifyIdentity's options from the Settings and what the run
// observed or applied, sends its findings to the run's log, and renders its part of the job summary.
// The engine calls `verifyRun` and uses the result; everything about verification stays in src/verify/.
import type { CoreV1Api } from '@kubernetes/client-node'
import type { Settings } from '../settings.js'
import type { Logger } from '../model.js'
import type { RetryClock } from '../retry.js'
import { verifyIdentity, type VerifyResult } from './proof.js'
import type { DiagnosisKind } from './diagnose.js'
import { tlsOptions, type AzureServices } from '../azure/clients.js'
import { verifyReads } from '../azure/reads.js'
import { code, escapeMarkdown, type VerificationReport } from '../summary.js'

export interface VerifyRunParams {
  settings: Settings
  /** The action's own Azure clients (for the explanatory reads). */
  azure: AzureServices
  /** The identity as applied or observed (the action's outputs of the same names). */
  identity: { clientId?: string; principalId?: string; tenantId?: string }
  /** The cluster as ARM reports it. */
  cluster: { issuerUrl?: string; workloadIdentityEnabled?: boolean }
  core: () => Promise<CoreV1Api>
  /** Extra CA (PEM) for Entra and ARM as the workload (tests: the sandbox's). */
  ca?: string
  sink: Logger & { setSecret(s: string): void }
  /**
   * Probe the webhook with a dry-run pod create (apply). Plan mode promises no writes and a dry run is
   * still a POST, so there the cluster's workload identity flag from ARM stands in for it.
   */
  dryRunProbe: boolean
  budgetMs?: number
  clock?: RetryClock
}

/** The verification row when verification did not run: why. */
export function notVerified(s: Settings): VerificationReport {
  return { detail: s.mode === 'destroy' ? 'not run in destroy mode' : s.verify ? 'not run' : 'not run (verify: false)' }
}

/** A verification that could not start. */
function couldNotStart(kind: DiagnosisKind, message: string): VerifyResult {
  return { verified: false, exchanged: false, checks: [], webhook: 'skipped', diagnoses: [{ kind, message }], attempts: 0, elapsedMs: 0 }
}

/** Runs the verification; a result that cannot even start (no client ID yet) is reported as not verified. */
export async function verifyRun(p: VerifyRunParams): Promise<VerifyResult> {
  const s = p.settings
  const tenantId = p.identity.tenantId ?? s.azure.tenantId
  if (!p.identity.clientId || !tenantId) {
    const message = 'The identity has no client ID yet (it does not exist): nothing to verify. Run with mode: apply first.'
    p.sink.warning(message)
    return couldNotStart('identity-not-found', message)
  }
  const clientOptions = tlsOptions(p.ca)
  p.sink.info('Verifying the identity end to end (service-account token → Entra ID → ARM).')
  let core: CoreV1Api
  try {
    core = await p.core()
  } catch (err) {
    const message = `Could not reach the cluster to request a service-account token: ${err instanceof Error ? err.message : String(err)}`
    p.sink.warning(`Verification failed (token-request-failed): ${message}`)
    return couldNotStart('token-request-failed', message)
  }
  const result = await verifyIdentity({
    kube: core,
    namespace: s.kube.namespace,
    serviceAccount: s.kube.serviceAccount,
    audience: s.federation.audience,
    tenantId,
    clientId: p.identity.clientId,
    principalId: p.identity.principalId,
    authorityHost: s.azure.authorityHost,
    armEndpoint: s.azure.armEndpoint,
    clusterIssuer: p.cluster.issuerUrl,
    checks: s.roleAssignments.map((r) => ({ scope: r.scope, role: r.role })),
    reads: verifyReads(p.azure, s.identity),
    webhook: p.dryRunProbe,
    workloadIdentityEnabled: p.cluster.workloadIdentityEnabled,
    mask: (t) => p.sink.setSecret(t),
    log: { info: (m) => p.sink.info(`  ${m}`), warning: (m) => p.sink.warning(m) },
    clientOptions,
    budgetMs: p.budgetMs,
    clock: p.clock
  })
  if (result.verified) p.sink.info(`Verified in ${Math.round(result.elapsedMs / 1000)} s: ${provenText(result)}.`)
  for (const d of result.diagnoses) p.sink.warning(`Verification failed (${d.kind}): ${d.message}`)
  return result
}

/** What a passed verification proved, role by role: an ARM read for control-plane roles, the assignment for data-plane ones. */
export function provenText(r: VerifyResult): string {
  const roles = (proof: 'arm-read' | 'assignment') =>
    r.checks.filter((c) => c.outcome === 'passed' && c.proof === proof).map((c) => `'${c.role}'`)
  const read = roles('arm-read')
  const assigned = roles('assignment')
  const parts = ["the service account's token signs in as the identity"]
  if (read.length)
    parts.push(
      `${read.join(', ')} ${read.length === 1 ? 'is' : 'are'} in effect (an ARM read ${read.length === 1 ? 'it allows' : 'they allow'} succeeded as the identity)`
    )
  if (assigned.length)
    parts.push(
      `${assigned.join(', ')} ${assigned.length === 1 ? 'is' : 'are'} assigned, but data access was not exercised (no ARM call can)`
    )
  const unchecked = r.checks.filter((c) => c.outcome === 'not-probed').map((c) => `'${c.role}'`)
  if (unchecked.length) parts.push(`${unchecked.join(', ')} not checked`)
  return parts.join('; ')
}

const mark = (ok: boolean | undefined) => (ok === undefined ? '➖' : ok ? '✅' : '❌')

/** The verification section of the job summary (GitHub-flavoured Markdown; values from the world escaped). */
export function verifySummary(r: VerifyResult): string {
  const rows: string[] = []
  const exchange = r.claims ? r.exchanged : undefined
  rows.push(
    `| Token exchange at Entra ID | ${mark(exchange)} | ${r.claims ? `sub ${code(r.claims.sub)}, iss ${code(r.claims.iss)}` : 'no service-account token'} |`
  )
  for (const c of r.checks) {
    const ok = c.outcome === 'not-probed' ? undefined : c.outcome === 'passed'
    rows.push(
      `| ${escapeMarkdown(c.role)} at ${code(c.scope)} | ${mark(ok)} | ${escapeMarkdown(c.note ?? (c.status ? `HTTP ${c.status}` : c.outcome === 'not-probed' ? 'not reached' : c.outcome))} |`
    )
  }
  rows.push(
    `| Webhook injects the identity into pods | ${mark(r.webhook === 'skipped' ? undefined : r.webhook === 'passed')} | ${r.webhook} |`
  )
  const head = r.verified
    ? `✅ **Verified** in ${Math.round(r.elapsedMs / 1000)} s: ${escapeMarkdown(provenText(r))}.`
    : '❌ **Not verified**'
  const lines = ['#### Verification', '', head, '', '| Check | Result | Detail |', '|---|---|---|', ...rows]
  if (r.diagnoses.length)
    lines.push(
      '',
      ...r.diagnoses.map((d) => `- **${d.kind}**${d.code ? ` (${escapeMarkdown(d.code)})` : ''}: ${escapeMarkdown(d.message)}`)
    )
  return lines.join('\n') + '\n'
}

/** What the job summary and the engine need from a verification: the verdict, one line, and the section. */
export function verificationReport(r: VerifyResult): VerificationReport {
  const detail = r.verified ? 'passed' : `failed: ${r.diagnoses.map((d) => d.kind).join(', ')}`
  return { verified: r.verified, detail, markdown: verifySummary(r) }
}
