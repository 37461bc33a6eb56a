// The pull request a workflow run is for: its number, head commit and whether it comes from a fork, read from
// the event payload the runner writes (GITHUB_EVENT_PATH) for `pull_request` and `pull_request_target` runs.
import { readFileSync } from 'node:fs'

export interface PullRequestContext {
  number: number
  /** The head commit (the run's GITHUB_SHA is a merge commit). */
  headSha?: string
  /** `owner/name` of the head repository, when the payload names it. */
  headRepo?: string
  /** The head is in another repository (a fork): its workflow token is read-only. */
  fork: boolean
}

type Env = Record<string, string | undefined>

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * The run's pull request, or why there is none (`reason`, for the log): the event is not a pull request's, or
 * the payload cannot be read. `refs/pull/N/merge` in GITHUB_REF stands in for a payload without a number.
 */
export function pullRequestOf(
  env: Env,
  read: (path: string) => string = (p) => readFileSync(p, 'utf8')
): PullRequestContext | { reason: string } {
  const event = env.GITHUB_EVENT_NAME ?? ''
  if (!PULL_REQUEST_EVENTS.has(event)) return { reason: `this run is for the '${event || 'unknown'}' event, not a pull request` }
  let payload: { number?: unknown; pull_request?: Record<string, unknown> } = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(read(env.GITHUB_EVENT_PATH)) as typeof payload
    } catch (err) {
      return { reason: `the event payload (GITHUB_EVENT_PATH) cannot be read: ${(err as Error).message}` }
    }
  }
  const pr = payload.pull_request ?? {}
  const fromRef = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(env.GITHUB_REF ?? '')?.[1]
  const number = [pr.number, payload.number, fromRef].map(Number).find((n) => Number.isInteger(n) && n > 0)
  if (number === undefined) return { reason: 'the event payload names no pull request number' }
  const head = (pr.head ?? {}) as { sha?: unknown; repo?: { full_name?: unknown; fork?: unknown } }
  const base = (pr.base ?? {}) as { repo?: { full_name?: unknown } }
  const headRepo = typeof head.repo?.full_name === 'string' ? head.repo.full_name : undefined
  const baseRepo = typeof base.repo?.full_name === 'string' ? base.repo.full_name : env.GITHUB_REPOSITORY
  const fork = head.repo?.fork === true || (!!headRepo && !!baseRepo && headRepo.toLowerCase() !== baseRepo.toLowerCase())
  return { number, headSha: typeof head.sha === 'string' ? head.sha : undefined, headRepo, fork }
}
