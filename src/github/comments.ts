// The plan comment on a pull request: one per workload set, found by the hidden marker it starts with, and
// edited in place on every later run (a new comment only when there is none yet).
import type { Octokit } from './client.js'

export interface IssueRef {
  owner: string
  repo: string
  /** The pull request's (or issue's) number. */
  number: number
}

export interface CommentResult {
  action: 'created' | 'updated' | 'unchanged'
  id: number
  url: string
}

/**
 * Creates or updates the comment that starts with `marker`. Several (a race between two runs) are left as they
 * are except the oldest, which is the one kept up to date.
 */
export async function upsertComment(octokit: Octokit, at: IssueRef, marker: string, body: string): Promise<CommentResult> {
  const { owner, repo, number } = at
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 })
  const mine = comments.filter((c) => (c.body ?? '').startsWith(marker)).sort((a, b) => a.id - b.id)[0]
  if (mine && mine.body === body) return { action: 'unchanged', id: mine.id, url: mine.html_url }
  if (mine) {
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body })
    return { action: 'updated', id: data.id, url: data.html_url }
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body })
  return { action: 'created', id: data.id, url: data.html_url }
}
