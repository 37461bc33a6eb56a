// The one place the GitHub adapter builds its Octokit (the runner API, pull-request comments, drift issues, the
// GitHub App's installation lookup and tokens): @actions/github's, quiet, pointed at the run's API, and able to
// take its token from a function (a GitHub App's installation token, refreshed before it expires), under the
// transport policy (a deadline per attempt, the run's stop signal, retries of transient faults, rate limits waited out
// as GitHub says). Errors are reported without the request, which carries the credential.
import type { getOctokit } from '@actions/github'
import { attemptTimeout, describeCause, networkCause, stoppedBy, TRANSPORT, type FailureCause, type TransportPolicy } from '../transport.js'

export type Octokit = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  /** REST API base URL (https://api.github.com, GHES, or the sandbox). */
  baseUrl: string
  /** Tests pass a fetch that trusts the sandbox CA; production passes nothing (Octokit's default). */
  fetch?: typeof fetch
  /** The run's stop signal: aborts requests in flight and the waits between retries. */
  signal?: AbortSignal
  /** The transport policy (tests: short deadlines); default TRANSPORT. */
  policy?: TransportPolicy
  /** Told before each retry of a rate-limited request (the log line). */
  onRetry?: (message: string) => void
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

type OctokitHookable = {
  hook: {
    wrap(name: 'request', fn: (request: (o: RequestOptionsLike) => Promise<unknown>, options: RequestOptionsLike) => Promise<unknown>): void
  }
}
type RequestOptionsLike = { request?: { signal?: AbortSignal; retryCount?: number } }

/**
 * An Octokit plugin that gives every attempt its deadline (growing with plugin-retry's retryCount) and the run's
 * stop signal. Listed before the retry plugin, so that it runs inside it, once per attempt.
 */
function deadlinePlugin(policy: TransportPolicy, stop: AbortSignal | undefined) {
  return (octokit: OctokitHookable): void => {
    octokit.hook.wrap('request', async (request, options) => {
      if (stop?.aborted) throw stoppedBy(stop)
      const attempt = (options.request?.retryCount ?? 0) + 1
      const deadline = AbortSignal.timeout(attemptTimeout(policy, attempt))
      options.request = { ...options.request, signal: stop ? AbortSignal.any([stop, deadline]) : deadline }
      try {
        return await request(options)
      } catch (err) {
        // Stopped: not a failure to retry.
        if (stop?.aborted) throw stoppedBy(stop)
        throw err
      }
    })
  }
}

/**
 * An Octokit for `token` (a string, or a function asked before each request). Octokit's own logging is off (it would
 * print request details: the action reports failures itself). Rate limits (429/403 with x-ratelimit-reset, secondary
 * limits with Retry-After) wait as GitHub says, within the policy's attempts and longest wait; everything else
 * transient (5xx, resets, deadlines) is plugin-retry's, which leaves 4xx answers alone (409 included: a repeated
 * registration is reconciled by the runner adapter).
 */
export async function githubClient(token: string | (() => Promise<string>), o: GitHubClientOptions): Promise<Octokit> {
  const { getOctokit } = await import('@actions/github')
  const { retry } = await import('@octokit/plugin-retry')
  const { throttling } = await import('@octokit/plugin-throttling')
  const policy = o.policy ?? TRANSPORT
  const quiet = () => undefined
  const log = { debug: quiet, info: quiet, warn: quiet, error: quiet }
  type LimitHandler = (retryAfter: number, options: { method?: string; url?: string }, octokit: unknown, retryCount: number) => boolean
  const onLimit =
    (kind: string): LimitHandler =>
    (retryAfter, options, _octokit, retryCount) => {
      const retrying = retryCount < policy.attempts - 1 && retryAfter * 1000 <= policy.maxRetryAfterMs
      if (retrying)
        o.onRetry?.(`  GitHub: ${kind} on ${options.method} ${options.url}, retrying in ${retryAfter} s (attempt ${retryCount + 2})`)
      return retrying
    }
  const options = {
    baseUrl: o.baseUrl,
    log,
    ...(o.fetch ? { request: { fetch: o.fetch } } : {}),
    retry: {
      retries: policy.attempts - 1,
      retryAfterBaseValue: policy.initialDelayMs / 2,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
    },
    throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') }
  }
  const plugins = [deadlinePlugin(policy, o.signal) as never, retry, throttling] as const
  return typeof token === 'string'
    ? getOctokit(token, options, ...plugins)
    : getOctokit('', { ...options, ...freshTokenAuth(token) }, ...plugins)
}

/** A GitHub error with its status (none when no answer came) and message, without the request (which carries the token header). */
export class GitHubApiError extends Error {
  constructor(
    readonly what: string,
    readonly status: number | undefined,
    message: string,
    readonly attempts = 1
  ) {
    super(`${what} failed${attempts > 1 ? ` after ${attempts} attempts` : ''}${status ? ` (HTTP ${status})` : ''}: ${message}`)
    this.name = 'GitHubApiError'
  }
}

export interface OctokitErrorLike {
  name?: string
  status?: number
  message?: string
  cause?: unknown
  response?: { data?: { message?: string } }
  request?: { request?: { retryCount?: number } }
}

/** How many attempts an Octokit error took (plugin-retry's count plus the first). */
const githubAttempts = (err: unknown): number => ((err as OctokitErrorLike).request?.request?.retryCount ?? 0) + 1

/**
 * What really happened: Octokit reports a request that got no answer (a reset, a deadline) as status 500 without
 * a response; that is not an HTTP 500 and is not told as one.
 */
export function githubCause(err: unknown, policy: TransportPolicy = TRANSPORT): FailureCause | undefined {
  const e = err as OctokitErrorLike
  if (e.response !== undefined) return undefined
  const timedOut = [e, e.cause as OctokitErrorLike | undefined].some(
    (x) => x?.name === 'TimeoutError' || /due to timeout/i.test(x?.message ?? '')
  )
  if (timedOut) return { kind: 'timeout', afterMs: attemptTimeout(policy, githubAttempts(err)) }
  return networkCause(e.cause ?? e) ?? { kind: 'network', detail: e.message ?? String(err) }
}

/** What GitHub answered, from an Octokit error: the status (none when no answer came) and GitHub's message. */
export function githubAnswer(err: unknown): { status?: number; message: string } {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } }
  const message = e.response?.data?.message ?? e.message ?? String(err)
  return { status: typeof e.status === 'number' && e.response ? e.status : undefined, message }
}

/** A GitHubApiError for `what`, with GitHub's status and message and, when given, what to do. */
export function githubError(what: string, err: unknown, advice?: string, policy?: TransportPolicy): GitHubApiError {
  const noAnswer = githubCause(err, policy)
  if (noAnswer) return new GitHubApiError(what, undefined, describeCause(noAnswer), githubAttempts(err))
  const { status, message } = githubAnswer(err)
  return new GitHubApiError(what, status, advice ? `${message} — ${advice}` : message, githubAttempts(err))
}
