// The one place the GitHub adapter builds its Octokit (the runner API, pull-request comments, drift issues, the
// GitHub App's installation lookup and tokens): @actions/github's, quiet, pointed at the run's API, and able to
// take its token from a function (a GitHub App's installation token, refreshed before it expires). Errors are
// reported without the request, which carries the credential.
import type { getOctokit } from '@actions/github'

export type Octokit = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  /** REST API base URL (https://api.github.com, GHES, or the sandbox). */
  baseUrl: string
  /** Tests pass a fetch that trusts the sandbox CA; production passes nothing (Octokit's default). */
  fetch?: typeof fetch
}

type Request = ((route: unknown) => Promise<unknown>) & {
  endpoint: { merge(route: unknown, parameters?: unknown): { headers: Record<string, string | undefined> } }
}

/**
 * Octokit options that authenticate every request with a token asked for at that moment: the runner API keeps
 * working past an installation token's hour (the token function mints a new one before it expires), and each
 * retry of a request asks again.
 */
export function freshTokenAuth(token: () => Promise<string>): { authStrategy: () => unknown; auth: object } {
  const strategy = () => {
    const auth = async () => ({ type: 'token', tokenType: 'installation', token: await token() })
    auth.hook = async (request: Request, route: unknown, parameters?: unknown) => {
      const endpoint = request.endpoint.merge(route, parameters)
      endpoint.headers.authorization = `token ${await token()}`
      return request(endpoint)
    }
    return auth
  }
  // `auth` must be set (and not a string) for getOctokit to accept an empty token; the strategy ignores it.
  return { authStrategy: strategy, auth: {} }
}

/** An Octokit for `token` (a string, or a function asked before each request). Octokit's own logging is off. */
export async function githubClient(token: string | (() => Promise<string>), o: GitHubClientOptions): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github')
  const quiet = () => undefined
  const log = { debug: quiet, info: quiet, warn: quiet, error: quiet }
  const request = o.fetch ? { request: { fetch: o.fetch } } : {}
  return typeof token === 'string'
    ? getOctokit(token, { baseUrl: o.baseUrl, log, ...request })
    : getOctokit('', { baseUrl: o.baseUrl, log, ...request, ...freshTokenAuth(token) })
}

/** A GitHub error with its status and message, without the request (which carries the token header). */
export class GitHubApiError extends Error {
  constructor(
    readonly what: string,
    readonly status: number | undefined,
    message: string
  ) {
    super(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`)
    this.name = 'GitHubApiError'
  }
}

/** What GitHub answered, from an Octokit error: the status (none when no answer came) and GitHub's message. */
export function githubAnswer(err: unknown): { status?: number; message: string } {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } }
  const message = e.response?.data?.message ?? e.message ?? String(err)
  return { status: typeof e.status === 'number' && e.response ? e.status : undefined, message }
}

/** A GitHubApiError for `what`, with GitHub's status and message and, when given, what to do. */
export function githubError(what: string, err: unknown, advice?: string): GitHubApiError {
  const { status, message } = githubAnswer(err)
  return new GitHubApiError(what, status, advice ? `${message} — ${advice}` : message)
}
