// Drift as an issue: one open issue per workload set, found by the hidden marker its body starts with among the
// open issues carrying the action's label (never by title). Opened on drift, updated by each later check that
// still finds drift (a comment when the drift changed), closed with a comment by the first check that finds
// none. Labels are created when missing; an assignee GitHub refuses is dropped with a warning.
import type { Octokit } from './client.js'
import { githubAnswer } from './client.js'
import { bodyFingerprint, type DriftIssue } from '../github-report.js'

export interface LabelSpec {
  name: string
  color?: string
  description?: string
}

export interface DriftIssueOptions {
  owner: string
  repo: string
  marker: string
  /** The label every drift issue of the action carries (what the open issues are listed by). */
  label: LabelSpec
  /** The user's extra labels and assignees (set when the issue is opened). */
  labels: string[]
  assignees: string[]
  /** The drift found, or undefined when the check found none. */
  drift?: DriftIssue
  /** The comments: on a change of drift, and when closing. */
  changedComment: () => string
  resolvedComment: () => string
  warn: (message: string) => void
}

export interface DriftIssueResult {
  action: 'opened' | 'updated' | 'closed' | 'none'
  number?: number
  url?: string
  /** `updated`: whether the drift differed from what the issue said (a comment was added). */
  changed?: boolean
}

type Issue = { number: number; html_url: string; body?: string | null; pull_request?: unknown }

/** Creates each label that does not exist yet (a label created meanwhile by another run is fine). */
async function ensureLabels(octokit: Octokit, owner: string, repo: string, labels: LabelSpec[]): Promise<void> {
  for (const l of labels) {
    try {
      await octokit.rest.issues.getLabel({ owner, repo, name: l.name })
      continue
    } catch (err) {
      if (githubAnswer(err).status !== 404) throw err
    }
    try {
      await octokit.rest.issues.createLabel({
        owner,
        repo,
        name: l.name,
        color: l.color ?? 'ededed',
        ...(l.description ? { description: l.description } : {})
      })
    } catch (err) {
      if (githubAnswer(err).status !== 422) throw err
    }
  }
}

const mentionsAssignees = (err: unknown): boolean => {
  const e = err as { status?: number; response?: { data?: { errors?: Array<{ field?: string }> } } }
  return e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.field === 'assignees')
}

export async function syncDriftIssue(octokit: Octokit, o: DriftIssueOptions): Promise<DriftIssueResult> {
  const { owner, repo } = o
  const open = (await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: 'open',
    labels: o.label.name,
    per_page: 100
  })) as Issue[]
  const mine = open.filter((i) => !i.pull_request && (i.body ?? '').startsWith(o.marker)).sort((a, b) => a.number - b.number)
  const [existing, ...duplicates] = mine
  // Two runs that raced both opened one: the oldest stays, the others are closed as its duplicates.
  for (const d of duplicates) {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: d.number, body: `Duplicate of #${existing!.number}.` })
    await octokit.rest.issues.update({ owner, repo, issue_number: d.number, state: 'closed', state_reason: 'not_planned' })
  }

  if (!o.drift) {
    if (!existing) return { action: 'none' }
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: o.resolvedComment() })
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: 'closed', state_reason: 'completed' })
    return { action: 'closed', number: existing.number, url: existing.html_url }
  }

  const { title, body, fingerprint } = o.drift
  if (existing) {
    const changed = bodyFingerprint(existing.body) !== fingerprint
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title, body })
    if (changed) await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: o.changedComment() })
    return { action: 'updated', number: existing.number, url: existing.html_url, changed }
  }

  const labels = [o.label, ...o.labels.filter((l) => l.toLowerCase() !== o.label.name.toLowerCase()).map((name) => ({ name }))]
  await ensureLabels(octokit, owner, repo, labels)
  const create = (assignees: string[]) =>
    octokit.rest.issues.create({ owner, repo, title, body, labels: labels.map((l) => l.name), ...(assignees.length ? { assignees } : {}) })
  let created
  try {
    created = (await create(o.assignees)).data
  } catch (err) {
    if (!o.assignees.length || !mentionsAssignees(err)) throw err
    o.warn(
      `GitHub refused the assignees ${o.assignees.join(', ')} (${githubAnswer(err).message}): the drift issue is opened without them. Check 'drift-issue-assignees': each must be able to be assigned in ${owner}/${repo}.`
    )
    created = (await create([])).data
  }
  return { action: 'opened', number: created.number, url: created.html_url }
}
