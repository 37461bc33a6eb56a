// Where people look, at the end of a run: the plan as a comment on the run's pull request (`comment: true`) and,
// in a plan run, drift as an issue (`drift-issue: true`). A comment that cannot be written never fails the run:
// from a fork's pull request (a read-only token) the log says so and the comment is skipped; a drift issue that
// cannot be written fails the step (the drift check's signal would otherwise be lost), after the summary.
import type { Plan } from '../model.js'
import type { Settings } from '../settings.js'
import type { Sink } from '../report.js'
import { driftFindings } from '../drift.js'
import {
  DRIFT_LABEL,
  commentMarker,
  driftChangedComment,
  driftIssue,
  driftResolvedComment,
  issueMarker,
  planComment,
  runInfo,
  workloadSet
} from '../github-report.js'
import { githubAnswer, githubClient, githubError } from './client.js'
import { upsertComment, type CommentResult } from './comments.js'
import { syncDriftIssue, type DriftIssueResult } from './drift-issue.js'
import { pullRequestOf } from './event.js'

export interface PublishInput {
  settings: Settings
  plan: Plan
  /** The job summary's Markdown, as written. */
  summary: string
  /** Whether the plan's changes were carried out (apply and destroy). */
  applied: boolean
  /** The verification's verdict, when it ran. */
  verified?: boolean
  subscriptionId: string
  env: Record<string, string | undefined>
  sink: Pick<Sink, 'info' | 'warning'>
  /** Tests: a fetch trusting the sandbox CA. */
  fetch?: typeof fetch
  /** Tests: the event payload's reader; default: the file GITHUB_EVENT_PATH names. */
  readEvent?: (path: string) => string
  now?: Date
}

export interface PublishResult {
  comment?: CommentResult
  issue?: DriftIssueResult
}

export async function publishToGitHub(i: PublishInput): Promise<PublishResult> {
  const { settings: s, sink } = i
  const r = s.report
  const token = s.secrets.commentToken
  if ((!r.comment && !r.driftIssue) || !token || !r.repository) return {}
  const [owner = '', repo = ''] = r.repository.split('/')
  const set = workloadSet({
    subscriptionId: i.subscriptionId,
    resourceGroup: s.cluster.resourceGroup,
    cluster: s.cluster.name,
    identityResourceGroup: s.identity.resourceGroup,
    identity: s.identity.name,
    namespace: s.kube.namespace,
    serviceAccount: s.kube.serviceAccount
  })
  const octokit = await githubClient(token, { baseUrl: s.runners.githubApiUrl, fetch: i.fetch })
  const out: PublishResult = {}

  if (r.comment) {
    const pr = pullRequestOf(i.env, i.readEvent)
    if ('reason' in pr) sink.info(`comment: true, but ${pr.reason}: no plan comment (the plan is in the job summary).`)
    else {
      const body = planComment({
        set,
        plan: i.plan,
        summary: i.summary,
        run: runInfo(i.env, i.now ?? new Date(), pr.headSha),
        applied: i.applied
      })
      try {
        out.comment = await upsertComment(octokit, { owner, repo, number: pr.number }, commentMarker(set), body)
        sink.info(`Plan comment ${out.comment.action} on pull request #${pr.number}: ${out.comment.url}`)
      } catch (err) {
        const { status, message } = githubAnswer(err)
        if ((status === 403 || status === 404) && pr.fork)
          sink.info(
            `This pull request comes from a fork (${pr.headRepo ?? 'another repository'}): its workflow token is read-only, so no plan comment was posted (GitHub: ${message}). The plan is in the job summary.`
          )
        else if (status === 403)
          sink.warning(
            `The plan comment could not be posted on pull request #${pr.number} (HTTP 403: ${message}): give the job 'permissions: pull-requests: write', or a 'comment-token' that may comment. The plan is in the job summary.`
          )
        else sink.warning(`The plan comment could not be posted on pull request #${pr.number}: ${githubError('Commenting', err).message}`)
      }
    }
  }

  if (r.driftIssue && i.plan.mode === 'plan') {
    const run = runInfo(i.env, i.now ?? new Date())
    const drifted = driftFindings(i.plan).length > 0
    try {
      out.issue = await syncDriftIssue(octokit, {
        owner,
        repo,
        marker: issueMarker(set),
        label: DRIFT_LABEL,
        labels: r.driftIssueLabels,
        assignees: r.driftIssueAssignees,
        drift: drifted ? driftIssue({ set, plan: i.plan, summary: i.summary, run }) : undefined,
        changedComment: () => driftChangedComment(i.plan, run),
        resolvedComment: () => driftResolvedComment(i.plan, run, i.verified),
        warn: (m) => sink.warning(m)
      })
    } catch (err) {
      const advice =
        githubAnswer(err).status === 403
          ? "give the job 'permissions: issues: write' (or a 'comment-token' that may write issues)"
          : 'the plan and the drift are in the job summary and the annotations'
      throw githubError(`Writing the drift issue in ${r.repository}`, err, advice)
    }
    const { action, number, url } = out.issue
    if (action === 'none') sink.info('No drift and no open drift issue: nothing to do.')
    else sink.info(`Drift issue #${number} ${action}${out.issue.changed === false ? ' (same drift as before)' : ''}: ${url}`)
  }
  return out
}
