// The job summary (GITHUB_STEP_SUMMARY): GitHub-flavoured Markdown a person reads at a glance. One table row per
// resource (action, key detail, Azure or Kubernetes ID with a portal link), drift findings, notices about what
// was left alone, the verification result, the main outputs and the timings. Pure: strings in, a string out.
// Every value that comes from the world (names, tags, reasons) is escaped, so it cannot break the tables.
import type { Plan, Step } from './model.js'
import { countChanges } from './plan.js'
import { driftFindings } from './drift.js'
import { renderDiff, show, SYMBOL, type ActionOutputs } from './report.js'

/** How long each phase took, in milliseconds (a phase that did not run is absent). */
export interface Timings {
  observeMs?: number
  planMs?: number
  applyMs?: number
  verifyMs?: number
  totalMs?: number
}

/**
 * The verification's part of the report: the verification engineer's `verifyRun` fills it. `verified` undefined =
 * not run; `detail` is one line (why not run, or what passed/failed); `markdown`, when given, is their own section
 * and replaces the one-row placeholder table.
 */
export interface VerificationReport {
  verified?: boolean
  detail: string
  markdown?: string
}

/** What an apply or destroy run really did (absent in plan mode): the summary's verdict comes from it, not from the plan. */
export interface RunOutcome {
  /** Keys of the steps that changed something and finished. */
  done: string[]
  /** Steps that failed (a conflict counts), with their error (its message carries the code, request ID and advice). */
  failed: Array<{ key: string; error: unknown }>
  /** Steps not attempted, and why (what they depend on, or the stop). */
  notAttempted: Array<{ key: string; why: string }>
  /** Why the run was stopped before its end (SIGTERM, the timeout), if it was. */
  stopped?: string
}

export interface SummaryContext {
  /** The cloud's portal (`https://portal.azure.com`); no links without it. */
  portal?: string
  /** The tenant for portal links (`#@{tenant}/resource{id}`). */
  tenantId?: string
  timings?: Timings
  verification?: VerificationReport
  /** Resource IDs after the run, by key (a created resource's ID is only known then); else the plan's. */
  ids?: Readonly<Record<string, string | undefined>>
  /** What the run did (apply, destroy); absent: the plan's verdict. */
  outcome?: RunOutcome
  /** A run of several workloads: their table (src/workloads.ts), after the headline. */
  workloads?: string[]
}

// --- escaping -------------------------------------------------------------------------------------------

/** Plain text in a table cell: Markdown punctuation backslash-escaped, line breaks flattened, HTML neutralised. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\r?\n/g, ' ').replace(/[\\`*_{}[\]<>|~!#&]/g, '\\$&')
}

/** A code span that survives any content: a fence longer than any backtick run inside, pipes escaped for tables. */
export function code(s: string): string {
  const flat = s.replace(/\r?\n/g, ' ')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`
}

// --- portal links ---------------------------------------------------------------------------------------

/**
 * The portal page of an Azure resource ID, or undefined for anything else (Kubernetes objects). A federated
 * credential opens its identity; a role assignment the access control page of its scope (the portal has no
 * page for one assignment).
 */
export function portalLink(id: string, portal: string | undefined, tenantId: string | undefined): string | undefined {
  if (!portal || !/^\/subscriptions\//i.test(id)) return undefined
  const target = id
    .replace(/\/federatedIdentityCredentials\/[^/]+$/i, '')
    .replace(/\/providers\/Microsoft\.Authorization\/roleAssignments\/[^/]+$/i, '/users')
  const path = target === '/users' ? '' : target
  return `${portal.replace(/\/+$/, '')}/#${tenantId ? `@${tenantId}/` : ''}resource${path}`
}

function idCell(s: Step, ctx: SummaryContext): string {
  const id = ctx.ids?.[s.key] ?? s.id
  if (!id) return ''
  const link = portalLink(id, ctx.portal, ctx.tenantId)
  // Link text is a code span; spaces and parentheses in the URL are encoded so they cannot end it early.
  return link ? `[${code(id)}](${encodeURI(link).replace(/\(/g, '%28').replace(/\)/g, '%29')})` : code(id)
}

// --- sections ---------------------------------------------------------------------------------------------

const seconds = (ms: number | undefined): string => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`)

function headline(plan: Plan, applied: boolean, drifted: number, outcome?: RunOutcome, verification?: VerificationReport): string[] {
  if (outcome && (outcome.failed.length || outcome.notAttempted.length || outcome.stopped)) {
    const verb = plan.mode === 'destroy' ? 'deleted' : 'made'
    const head = outcome.stopped ? `✖ **Stopped** (${escapeMarkdown(outcome.stopped)}):` : '✖ **Failed:**'
    return [
      `${head} ${outcome.done.length} of ${countChanges(plan)} change(s) ${verb}; ${outcome.failed.length} failed; ${outcome.notAttempted.length} not attempted.`,
      ''
    ]
  }
  const n = outcome ? outcome.done.length : countChanges(plan)
  // The run fails when its verification does: the verdict leads with that, not with the changes that went through.
  if (plan.mode === 'apply' && applied && verification?.verified === false)
    return [
      `✖ **Not verified:** ${n} resource(s) changed, but the verification failed: ${escapeMarkdown(verification.detail)} (see Verification below).`,
      ''
    ]
  const verb = plan.mode === 'plan' || !applied ? 'would change' : 'changed'
  const lines = [`${n} resource(s) ${verb}.`]
  if (plan.mode === 'plan') {
    lines.unshift(
      drifted
        ? `⚠️ **Drift:** ${drifted} of ${plan.steps.length} resource(s) differ from the desired state.`
        : `✅ **No drift:** all ${plan.steps.length} resource(s) match the desired state.`
    )
  } else if (plan.mode === 'apply' && applied) {
    lines.unshift(n ? '✅ **Applied:**' : '✅ **Up to date:**')
  } else if (plan.mode === 'destroy') {
    const kept = plan.steps.filter((s) => s.action !== 'delete' && s.reason !== 'does not exist').length
    lines.unshift(`🗑️ **Destroy:** ${n} resource(s) ${applied ? 'deleted' : 'to delete'}, ${kept} kept.`)
  }
  return [lines.join(' '), '']
}

/** A step's result in a run that did not go through: done, failed, not attempted, or nothing to do. */
function result(s: Step, o: RunOutcome): string {
  if (o.done.includes(s.key)) return '✔ done'
  if (o.failed.some((f) => f.key === s.key)) return '✖ failed'
  if (o.notAttempted.some((f) => f.key === s.key)) return '⏸ not attempted'
  return '–'
}

function resourceTable(plan: Plan, ctx: SummaryContext): string[] {
  const o = ctx.outcome && (ctx.outcome.failed.length || ctx.outcome.notAttempted.length || ctx.outcome.stopped) ? ctx.outcome : undefined
  return [
    `| Resource | Action |${o ? ' Result |' : ''} Detail | ID |`,
    `|---|---|${o ? '---|' : ''}---|---|`,
    ...plan.steps.map((s) => {
      const detail = [renderDiff(s.diff), s.reason ?? ''].filter(Boolean).join('; ')
      const owner = s.ownership ? ` · ${s.ownership}` : ''
      return `| ${code(s.key)} | ${SYMBOL[s.action]} ${s.action}${owner} |${o ? ` ${result(s, o)} |` : ''} ${escapeMarkdown(detail)} | ${idCell(s, ctx)} |`
    }),
    ''
  ]
}

/** The error facts a reader needs: the Azure code, the request ID (when the error carries them). */
function facts(err: unknown): string {
  const e = err as { code?: unknown; requestId?: unknown } | undefined
  const parts = [typeof e?.code === 'string' ? `code ${e.code}` : '', typeof e?.requestId === 'string' ? `request ID ${e.requestId}` : '']
  return parts.filter(Boolean).join(', ')
}

/** What failed (each once, with its code, request ID and advice) and what was not attempted. */
function failureSections(o: RunOutcome | undefined): string[] {
  if (!o) return []
  const out: string[] = []
  if (o.failed.length) {
    out.push('#### What failed', '')
    for (const f of o.failed) {
      const msg = f.error instanceof Error ? f.error.message : String(f.error)
      const extra = facts(f.error)
      out.push(`- ${code(f.key)}: ${escapeMarkdown(msg)}${extra && !msg.includes(extra) ? ` (${escapeMarkdown(extra)})` : ''}`)
    }
    out.push('')
  }
  if (o.notAttempted.length) {
    out.push('#### Not attempted', '', ...o.notAttempted.map((n) => `- ${code(n.key)}: ${escapeMarkdown(n.why)}`), '')
  }
  return out
}

/**
 * The summary of a run that failed before it had a plan (sign-in, reading the current state): where it failed,
 * why, and that nothing was changed.
 */
export function failureSummary(mode: string, phase: string, err: unknown, stopped: string | undefined, timings?: Timings): string {
  const msg = err instanceof Error ? err.message : String(err)
  return (
    [
      `### AKS workload identity (${mode})`,
      '',
      `✖ **${escapeMarkdown(phase)} failed**${stopped ? ` (stopped: ${escapeMarkdown(stopped)})` : ''}: nothing was changed and no step was attempted.`,
      '',
      `- ${escapeMarkdown(msg)}`,
      '',
      ...timingTable(timings)
    ]
      .join('\n')
      .trimEnd() + '\n'
  )
}

/** The summary of inputs that failed validation: each problem, and that nothing was read or changed. */
export function inputProblemsSummary(problems: ReadonlyArray<{ input: string; message: string }>): string {
  return [
    '### AKS workload identity',
    '',
    `✖ **${problems.length} input problem${problems.length === 1 ? '' : 's'}:** nothing was read or changed.`,
    '',
    '| Input | Problem |',
    '|---|---|',
    ...problems.map((p) => `| ${code(p.input)} | ${escapeMarkdown(p.message)} |`),
    ''
  ].join('\n')
}

/** Plan mode only: in apply the resource table already says what changed, and in destroy nothing drifts. */
function driftTable(plan: Plan): string[] {
  const findings = plan.mode === 'plan' ? driftFindings(plan) : []
  if (!findings.length) return []
  const rows = findings.flatMap((f) =>
    f.action === 'create' || f.fields.length === 0
      ? [
          `| ${code(f.key)} | ${f.action === 'create' ? '(the resource)' : '–'} | ${f.action === 'create' ? 'does not exist' : '–'} | ${f.action === 'create' ? 'exists' : escapeMarkdown(f.message)} |`
        ]
      : f.fields.map(
          (d) =>
            `| ${code(f.key)} | ${code(d.field)} | ${d.from === undefined ? 'missing' : code(show(d.from))} | ${d.to === undefined ? 'removed or replaced' : code(show(d.to))} |`
        )
  )
  return ['#### Drift', '', '| Resource | Field | Observed | Desired |', '|---|---|---|---|', ...rows, '']
}

function noticeList(plan: Plan): string[] {
  const notices = plan.steps.flatMap((s) => (s.notices ?? []).map((n) => `- ${code(s.key)}: ${escapeMarkdown(n)}`))
  return notices.length ? ['#### Left alone', '', ...notices, ''] : []
}

function verificationSection(v: VerificationReport | undefined): string[] {
  if (v?.markdown) return [v.markdown.trimEnd(), '']
  const mark = v?.verified === undefined ? '➖ not run' : v.verified ? '✅ passed' : '❌ failed'
  return [
    '#### Verification',
    '',
    '| Check | Result | Detail |',
    '|---|---|---|',
    `| End-to-end token exchange | ${mark} | ${escapeMarkdown(v?.detail ?? 'not run')} |`,
    ''
  ]
}

const OUTPUTS = [
  'client-id',
  'principal-id',
  'tenant-id',
  'oidc-issuer-url',
  'federated-credential-name',
  'namespace',
  'service-account',
  'drift',
  'verified'
] as const

function outputTable(outputs: ActionOutputs): string[] {
  const shown = OUTPUTS.filter((k) => outputs[k])
  return shown.length
    ? ['#### Outputs', '', '| Output | Value |', '|---|---|', ...shown.map((k) => `| ${k} | ${code(outputs[k]!)} |`), '']
    : []
}

function timingTable(t: Timings | undefined): string[] {
  if (!t) return []
  const rows: Array<[string, number | undefined]> = [
    ['Observe', t.observeMs],
    ['Plan', t.planMs],
    ['Apply', t.applyMs],
    ['Verify', t.verifyMs],
    ['**Total**', t.totalMs]
  ]
  return ['#### Timings', '', '| Phase | Duration |', '|---|--:|', ...rows.map(([p, ms]) => `| ${p} | ${seconds(ms)} |`), '']
}

/** The whole job summary. `applied`: whether the plan's changes were carried out (apply and destroy). */
export function summaryMarkdown(plan: Plan, outputs: ActionOutputs, applied: boolean, ctx: SummaryContext = {}): string {
  const drifted = driftFindings(plan).length
  const lines = [
    `### AKS workload identity (${plan.mode})`,
    '',
    ...headline(plan, applied, drifted, ctx.outcome, ctx.verification),
    ...(ctx.workloads ?? []),
    ...resourceTable(plan, ctx),
    ...failureSections(ctx.outcome && (ctx.outcome.failed.length || ctx.outcome.notAttempted.length) ? ctx.outcome : undefined),
    ...driftTable(plan),
    ...noticeList(plan),
    ...(plan.mode === 'destroy' ? [] : verificationSection(ctx.verification)),
    ...outputTable(outputs),
    ...timingTable(ctx.timings)
  ]
  return lines.join('\n').trimEnd() + '\n'
}
