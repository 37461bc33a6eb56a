// What a reviewer and the person on call read on GitHub itself: the plan as a pull-request comment and drift as
// an issue, one of each per workload set, found again by a hidden marker. Built from the plan (the log's plan
// lines, in a `diff` block) and the job summary's own sections (resources, drift, what was left alone,
// verification), so the comment says what the summary says; cut to GitHub's 65536-character limit with a link
// to the job summary. Pure: strings and data in, strings out.
import { createHash } from 'node:crypto'
import type { Plan } from './model.js'
import { conflicts, countChanges } from './plan.js'
import { driftFindings } from './drift.js'
import { renderPlan } from './report.js'
import { code, escapeMarkdown } from './summary.js'

/** GitHub's limit on a comment's or an issue's body, in characters. */
export const MAX_BODY = 65536

/** The label every drift issue carries: the issue is looked for among the open issues with it. */
export const DRIFT_LABEL = {
  name: 'workload-identity-drift',
  color: 'd93f0b',
  description: "Drift found by the aks-workload-identity action's plan"
}

/** One workload's Azure and Kubernetes wiring: what one comment and one issue are about. */
export interface WorkloadSet {
  /** Stable id of the set (a hash of the names below), in the markers. */
  id: string
  subscriptionId: string
  resourceGroup: string
  cluster: string
  identityResourceGroup: string
  identity: string
  namespace: string
  serviceAccount: string
}

export function workloadSet(s: Omit<WorkloadSet, 'id'>): WorkloadSet {
  const key = [s.subscriptionId, s.resourceGroup, s.cluster, s.identityResourceGroup, s.identity, s.namespace, s.serviceAccount]
    .join('\n')
    .toLowerCase()
  return { ...s, id: createHash('sha256').update(key).digest('hex').slice(0, 16) }
}

/** The hidden first line of the set's plan comment and of its drift issue's body. */
export const commentMarker = (set: WorkloadSet): string => `<!-- aks-workload-identity:plan-comment:${set.id} -->`
export const issueMarker = (set: WorkloadSet): string => `<!-- aks-workload-identity:drift-issue:${set.id} -->`

/** The workflow run a comment or an issue links to (from the runner's environment). */
export interface RunInfo {
  /** The run's page (its job summary and logs), when the environment names it. */
  url?: string
  /** `#42`, attempt and workflow, for the footer. */
  number?: string
  attempt?: string
  workflow?: string
  /** The commit the run checked (a pull request's head, else GITHUB_SHA). */
  sha?: string
  /** When it ran (ISO 8601), for the footer. */
  at: string
}

export function runInfo(env: Record<string, string | undefined>, at: Date, sha?: string): RunInfo {
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')
  const url =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined
  return {
    url: url && env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== '1' ? `${url}/attempts/${env.GITHUB_RUN_ATTEMPT}` : url,
    number: env.GITHUB_RUN_NUMBER,
    attempt: env.GITHUB_RUN_ATTEMPT,
    workflow: env.GITHUB_WORKFLOW,
    sha: sha ?? env.GITHUB_SHA,
    at: at.toISOString().replace(/\.\d{3}Z$/, 'Z')
  }
}

// --- the job summary's sections ------------------------------------------------------------------------

/** Sections of the job summary a comment leaves out: they change on every run (timings) or are for the job. */
const LEFT_OUT = new Set(['Outputs', 'Timings'])

/**
 * The job summary without its title and the sections left out: the headline and the resource table, then drift,
 * what was left alone, verification (and whatever else the summary says about the run, such as what failed).
 */
export function summaryBody(summary: string): { headline: string[]; sections: string[] } {
  const lines = summary.replace(/\r\n/g, '\n').split('\n')
  const body = lines[0]?.startsWith('### ') ? lines.slice(1) : lines
  const firstSection = body.findIndex((l) => l.startsWith('#### '))
  const pre = firstSection < 0 ? body : body.slice(0, firstSection)
  const tableAt = pre.findIndex((l) => l.startsWith('|'))
  const headline = (tableAt < 0 ? pre : pre.slice(0, tableAt)).filter((l) => l.trim())
  const sections: string[] = tableAt < 0 ? [] : [...pre.slice(tableAt)]
  let keep = true
  for (const l of firstSection < 0 ? [] : body.slice(firstSection)) {
    if (l.startsWith('#### ')) keep = !LEFT_OUT.has(l.slice(5).trim())
    if (keep) sections.push(l)
  }
  while (sections.length && !sections.at(-1)!.trim()) sections.pop()
  return { headline, sections }
}

// --- fitting a body under the limit ----------------------------------------------------------------------

/** A part of a body: fixed lines around lines that may be cut from the end (with a note saying so). */
interface Part {
  head: string[]
  lines: string[]
  tail: string[]
  /** The note replacing `n` cut lines; undefined = this part is never cut. */
  cut?: (n: number) => string
}

const render = (parts: Part[], cuts: number[]): string =>
  parts
    .flatMap((p, i) => {
      const n = cuts[i] ?? 0
      const kept = n ? [...p.lines.slice(0, p.lines.length - n), p.cut!(n)] : p.lines
      return [...p.head, ...kept, ...p.tail]
    })
    .join('\n')

/**
 * Joins the parts, cutting lines from the end of the cuttable ones, in order, until the body fits `max`. Lengths
 * are UTF-16 code units, never fewer than GitHub's characters, so a body that fits here fits there.
 */
export function fitBody(parts: Part[], max = MAX_BODY): string {
  const cuts = parts.map(() => 0)
  let body = render(parts, cuts)
  for (let i = 0; i < parts.length && body.length > max; i++) {
    const p = parts[i]!
    if (!p.cut) continue
    // Cut whole lines from the end until what is left, with the note, fits (or nothing of this part is left).
    while (body.length > max && cuts[i]! < p.lines.length) {
      const over = body.length - max
      let n = cuts[i]!
      let removed = 0
      while (n < p.lines.length && removed < over) removed += p.lines[p.lines.length - 1 - n++]!.length + 1
      cuts[i] = Math.max(n, cuts[i]! + 1)
      body = render(parts, cuts)
    }
  }
  return body.length > max ? `${body.slice(0, max - 2)}\n…` : body
}

// --- the plan comment ------------------------------------------------------------------------------------

export interface PlanCommentInput {
  set: WorkloadSet
  plan: Plan
  /** The job summary's Markdown (summary.ts), as the run wrote it. */
  summary: string
  run: RunInfo
  /** Whether the plan's changes were carried out (apply and destroy runs). */
  applied: boolean
}

/** The set, as a heading names it: `aks-prod` / `orders` / `orders-api`. */
const setTitle = (set: WorkloadSet): string => `${code(set.cluster)} / ${code(set.namespace)} / ${code(set.serviceAccount)}`

function footer(run: RunInfo): string {
  const link = run.url ? `[job summary and log](${run.url})` : 'job summary'
  const bits = [
    run.workflow ? `${escapeMarkdown(run.workflow)} ` : '',
    run.number ? `run ${escapeMarkdown(run.number)}` : 'this run',
    run.attempt && run.attempt !== '1' ? ` (attempt ${escapeMarkdown(run.attempt)})` : ''
  ].join('')
  return `<sub>${bits}: ${link}${run.sha ? ` · commit ${code(run.sha.slice(0, 12))}` : ''} · ${run.at}</sub>`
}

/** The plan block: the log's plan, one line per resource, in a `diff` fence that nothing inside can close. */
function planPart(plan: Plan, run: RunInfo, open: boolean): Part {
  const lines = renderPlan(plan).split('\n')
  const longest = Math.max(2, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)))
  const fence = '`'.repeat(longest + 1)
  return {
    head: [`<details${open ? ' open' : ''}><summary>Plan</summary>`, '', `${fence}diff`],
    lines,
    tail: [fence, '', '</details>', ''],
    cut: (n) =>
      `… ${n} more line(s) cut to fit GitHub's limit: the whole plan is in the ${run.url ? `job summary (${run.url})` : 'job summary'}`
  }
}

const sectionsPart = (sections: string[], run: RunInfo): Part => ({
  head: [],
  lines: sections,
  tail: [''],
  cut: (n) => `\n… ${n} more line(s) cut to fit GitHub's limit: see the ${run.url ? `[job summary](${run.url})` : 'job summary'}.`
})

/**
 * The pull-request comment: the set, the verdict, the plan and the summary's rows. With nothing to change, the
 * verdict says "No changes" and the rest is folded away.
 */
export function planComment(i: PlanCommentInput): string {
  const { headline, sections } = summaryBody(i.summary)
  const changes = countChanges(i.plan) + conflicts(i.plan).length
  const verb = i.plan.mode === 'destroy' ? 'destroy' : i.plan.mode
  const head: Part = {
    head: [commentMarker(i.set), `### Workload identity ${verb}: ${setTitle(i.set)}`, ''],
    lines: [],
    tail: []
  }
  const end: Part = { head: ['---', footer(i.run)], lines: [], tail: [] }
  if (changes === 0) {
    const n = i.plan.steps.length
    const verdict = `✅ **No changes.** ${i.applied ? 'The run changed nothing: ' : ''}the ${n} resource(s) match the desired state.`
    return fitBody([
      { ...head, tail: [verdict, '', '<details><summary>Plan and details</summary>', ''] },
      planPart(i.plan, i.run, false),
      sectionsPart(sections, i.run),
      { head: ['</details>', ''], lines: [], tail: [] },
      end
    ])
  }
  return fitBody([{ ...head, tail: [...headline, ''] }, planPart(i.plan, i.run, true), sectionsPart(sections, i.run), end])
}

// --- the drift issue -------------------------------------------------------------------------------------

export interface DriftIssueInput {
  set: WorkloadSet
  plan: Plan
  summary: string
  run: RunInfo
}

export interface DriftIssue {
  title: string
  body: string
  /** A digest of the drift findings: a later run with the same findings updates the body without a comment. */
  fingerprint: string
}

const fingerprintLine = (f: string): string => `<!-- drift-fingerprint:${f} -->`

/** The fingerprint an issue's body was written with, if any. */
export function bodyFingerprint(body: string | null | undefined): string | undefined {
  return /<!-- drift-fingerprint:([0-9a-f]+) -->/.exec(body ?? '')?.[1]
}

export function driftFingerprint(plan: Plan): string {
  const findings = driftFindings(plan)
    .map((f) => f.message)
    .sort()
  return createHash('sha256').update(findings.join('\n')).digest('hex').slice(0, 16)
}

export function driftIssue(i: DriftIssueInput): DriftIssue {
  const { headline, sections } = summaryBody(i.summary)
  const fingerprint = driftFingerprint(i.plan)
  const n = driftFindings(i.plan).length
  const s = i.set
  const about = [
    '| | |',
    '|---|---|',
    `| Cluster | ${code(s.cluster)} in ${code(s.resourceGroup)} (subscription ${code(s.subscriptionId)}) |`,
    `| Namespace / service account | ${code(s.namespace)} / ${code(s.serviceAccount)} |`,
    `| Managed identity | ${code(s.identity)} in ${code(s.identityResourceGroup)} |`,
    `| Last checked | ${i.run.url ? `[${i.run.number ? `run ${escapeMarkdown(i.run.number)}` : 'the run'}](${i.run.url})` : 'a run'} at ${i.run.at}${i.run.sha ? `, commit ${code(i.run.sha.slice(0, 12))}` : ''} |`
  ]
  const body = fitBody([
    {
      head: [
        issueMarker(s),
        fingerprintLine(fingerprint),
        `### Workload identity drift: ${setTitle(s)}`,
        '',
        ...headline,
        '',
        `The drift check (\`mode: plan\`) found ${n} resource(s) that differ from the desired state. Run the workflow with \`mode: apply\` to converge them, or change the inputs if the change was intended. This issue is updated by each check that still finds drift, and closed by the first that finds none.`,
        '',
        ...about,
        ''
      ],
      lines: [],
      tail: []
    },
    sectionsPart(sections, i.run),
    planPart(i.plan, i.run, false)
  ])
  return { title: `Workload identity drift: ${s.cluster} / ${s.namespace} (${s.serviceAccount})`, body, fingerprint }
}

/** The comment on an open drift issue when a later check finds different drift. */
export function driftChangedComment(plan: Plan, run: RunInfo): string {
  const findings = driftFindings(plan)
  const list = findings.slice(0, 20).map((f) => `- ${escapeMarkdown(f.message)}`)
  const more = findings.length > 20 ? [`- … and ${findings.length - 20} more (see the issue's body)`] : []
  return [
    `The drift changed: ${findings.length} resource(s) differ now (the body shows the current plan).`,
    '',
    ...list,
    ...more,
    '',
    footer(run)
  ].join('\n')
}

/** The comment closing a drift issue: the set converged (by an apply, or by hand). */
export function driftResolvedComment(plan: Plan, run: RunInfo, verified?: boolean): string {
  const check =
    verified === undefined
      ? ''
      : verified
        ? ' The end-to-end verification passed.'
        : ' The end-to-end verification failed: see the job summary.'
  return [`✅ **No drift:** the ${plan.steps.length} resource(s) match the desired state again.${check} Closing.`, '', footer(run)].join(
    '\n'
  )
}
