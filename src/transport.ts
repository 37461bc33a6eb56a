// The one transport policy for every service the action talks to (ARM, Entra ID, the GitHub ID-token endpoint,
// Kubernetes, GitHub): how long one attempt may take, which failures are transient, how many attempts, and how
// long to wait between them. The numbers live here and nowhere else; each adapter plugs them into its library's
// own retry machinery (the Azure SDK pipeline, Octokit's retry and throttling plugins) or, for the clients that
// have none (Kubernetes, the ID-token endpoint), into `retrying` below. Pure apart from timers: no I/O.

/** The policy's numbers. Tests pass smaller ones; production uses TRANSPORT. */
export interface TransportPolicy {
  /** Attempts per request, the first included. */
  attempts: number
  /** First backoff; doubled per retry up to maxDelayMs, with equal jitter (half fixed, half random). */
  initialDelayMs: number
  maxDelayMs: number
  /**
   * One attempt's deadline, from the request's start (connecting included) to its answer: the first attempt gets
   * `attemptTimeoutMs`, each retry `attemptTimeoutStepMs` more, up to `maxAttemptTimeoutMs`. A request that really
   * is slow gets more time on its retry; a request the network lost costs little.
   */
  attemptTimeoutMs: number
  attemptTimeoutStepMs: number
  maxAttemptTimeoutMs: number
  /** A Retry-After longer than this is not waited for: the request fails, saying what the service asked. */
  maxRetryAfterMs: number
}

/**
 * Production numbers. Six attempts survive a service that fails one request in three (0.3^6 < 0.1%) and cost
 * at most about 15 s of backoff; a first attempt that hears nothing for 10 s is abandoned (ARM, Entra, Kubernetes
 * and GitHub answer in well under a second when healthy), a retry waits up to 30 s.
 */
export const TRANSPORT: TransportPolicy = {
  attempts: 6,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  attemptTimeoutMs: 10_000,
  attemptTimeoutStepMs: 10_000,
  maxAttemptTimeoutMs: 30_000,
  maxRetryAfterMs: 60_000
}

/** The deadline of attempt `attempt` (1-based). */
export function attemptTimeout(p: TransportPolicy, attempt: number): number {
  return Math.min(p.maxAttemptTimeoutMs, p.attemptTimeoutMs + (attempt - 1) * p.attemptTimeoutStepMs)
}

/** Statuses worth another attempt: 408, 429 and 5xx except 501 (not implemented) and 505 (HTTP version). */
export function retryableStatus(status: number | undefined): boolean {
  return status === 408 || status === 429 || (status !== undefined && status >= 500 && status !== 501 && status !== 505)
}

/** Methods whose repeat does what one call does: a retry after an unknown outcome cannot duplicate anything. */
export function idempotentMethod(method: string): boolean {
  return ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE', 'PATCH'].includes(method.toUpperCase())
}

/** Retry-After (seconds or an HTTP date) in ms; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now = Date.now()): number | undefined {
  if (!header) return undefined
  const s = header.trim()
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1000)
  const at = Date.parse(s)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/** Wait before retry `retry` (1-based): what the service asked for, else exponential backoff with equal jitter. */
export function backoffMs(p: TransportPolicy, retry: number, asked?: number, random: () => number = Math.random): number {
  if (asked !== undefined) return asked + Math.round(random() * Math.min(1000, p.initialDelayMs))
  const base = Math.min(p.maxDelayMs, p.initialDelayMs * 2 ** (retry - 1))
  return Math.round(base / 2 + (base / 2) * random())
}

/** Why an attempt failed, in the words a message uses. */
export type FailureCause =
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'network'; code?: string; detail: string }
  | { kind: 'status'; status: number; detail?: string }

export function describeCause(c: FailureCause): string {
  switch (c.kind) {
    case 'timeout':
      return `no answer within ${Math.round(c.afterMs / 1000)} s`
    case 'network':
      return c.code === 'ECONNRESET' || /reset|socket hang up|other side closed/i.test(c.detail)
        ? `connection reset${c.code ? ` (${c.code})` : ''}`
        : `network error: ${c.detail}${c.code && !c.detail.includes(c.code) ? ` (${c.code})` : ''}`
    case 'status':
      return `HTTP ${c.status}${c.detail ? `: ${c.detail}` : ''}`
  }
}

/** A network-level cause of an error (reset, refused, DNS, TLS), searching its cause chain; undefined for anything else. */
export function networkCause(err: unknown): FailureCause | undefined {
  for (let e = err as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown } | undefined, i = 0; e && i < 5; i++) {
    const code = typeof e.code === 'string' ? e.code : undefined
    if (code && /^(E[A-Z]+|UND_ERR_[A-Z_]+|ERR_TLS[A-Z_]*|CERT_[A-Z_]+|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_[A-Z_]+)$/.test(code))
      return { kind: 'network', code, detail: typeof e.message === 'string' ? e.message : code }
    e = e.cause as typeof e
  }
  return undefined
}

/** Whether a network cause can change on its own (a reset, a refused or timed-out connection, DNS); TLS trust cannot. */
export function transientNetwork(c: FailureCause): boolean {
  return c.kind === 'network' && !/^(ERR_TLS|CERT_|DEPTH_ZERO|UNABLE_TO_)/.test(c.code ?? '')
}

/** Raised when the run was stopped (SIGTERM, the `timeout` input) while a request was in flight or waiting. */
export class StoppedError extends Error {
  constructor(readonly why: string) {
    super(why)
    this.name = 'StoppedError'
  }
}

/** Whether an error is (or was caused by) the run's stop or an abort, searching its cause chain. */
export function isStopped(err: unknown): boolean {
  for (let e = err, i = 0; e && i < 5; e = (e as { cause?: unknown }).cause, i++) {
    if (e instanceof StoppedError || (e instanceof Error && (e.name === 'AbortError' || e.name === 'StoppedError'))) return true
  }
  return false
}

/** Sleeps, unless `signal` aborts first (then rejects with StoppedError). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(stoppedBy(signal))
  return new Promise((resolve, reject) => {
    const done = (): void => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }
    const t = setTimeout(done, ms)
    const onAbort = (): void => {
      clearTimeout(t)
      reject(stoppedBy(signal!))
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

export function stoppedBy(signal: AbortSignal): StoppedError {
  const r: unknown = signal.reason
  return r instanceof StoppedError ? r : new StoppedError(r instanceof Error ? r.message : 'the run was stopped')
}

/** A failure after every attempt the policy allows (or one that is not worth repeating), told as the message should. */
export class TransportError extends Error {
  constructor(
    /** Kubernetes, GitHub, the GitHub ID-token endpoint, ... */
    readonly service: string,
    /** What was asked, e.g. `GET /api/v1/namespaces/apps`. */
    readonly operation: string,
    readonly attempts: number,
    readonly lastCause: FailureCause,
    options?: { cause?: unknown }
  ) {
    super(
      `${service}: ${operation} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}; last: ${describeCause(lastCause)}`,
      options
    )
    this.name = 'TransportError'
  }
}

/** One attempt's result for `retrying`: an answer (any status) or a thrown error. */
export interface Attempt<R> {
  /** Run one attempt; `signal` aborts it at its deadline or when the run stops. */
  send(signal: AbortSignal, attempt: number): Promise<R>
  /** The answer's status and Retry-After header (so that 429/5xx answers are retried). */
  status(r: R): { status: number; retryAfter?: string | null }
  /** Whether this request may be repeated after a failure whose outcome is unknown (a reset, a timeout, a 5xx). */
  repeatable: boolean
}

export interface RetryingOptions {
  service: string
  operation: string
  policy?: TransportPolicy
  /** The run's stop signal: aborts the attempt in flight and any wait. */
  signal?: AbortSignal
  random?: () => number
  /** Told before each retry (the log line). */
  onRetry?: (info: { attempt: number; delayMs: number; cause: FailureCause }) => void
}

/**
 * Runs a request with the policy: each attempt under its deadline, retried on timeouts, transient network errors,
 * 408, 429 and 5xx (honouring Retry-After) while attempts remain and the request is repeatable (a non-repeatable
 * one is retried only on a 429 or 503 that says to come back, i.e. the service did not act). The last answer is
 * returned as it is when its status is not retried; otherwise a TransportError says what happened.
 */
export async function retrying<R>(a: Attempt<R>, o: RetryingOptions): Promise<R> {
  const p = o.policy ?? TRANSPORT
  let last: FailureCause | undefined
  let lastError: unknown
  for (let attempt = 1; ; attempt++) {
    if (o.signal?.aborted) throw stoppedBy(o.signal)
    const limit = attemptTimeout(p, attempt)
    const deadline = new AbortController()
    const timer = setTimeout(() => deadline.abort(new Error('attempt deadline')), limit)
    const signal = o.signal ? AbortSignal.any([o.signal, deadline.signal]) : deadline.signal
    let asked: number | undefined
    try {
      const r = await a.send(signal, attempt)
      const { status, retryAfter } = a.status(r)
      if (!retryableStatus(status)) return r
      asked = retryAfterMs(retryAfter)
      const serviceDidNotAct = (status === 429 || status === 503) && asked !== undefined
      if (!a.repeatable && !serviceDidNotAct) return r
      if (attempt >= p.attempts || (asked !== undefined && asked > p.maxRetryAfterMs)) return r
      last = { kind: 'status', status }
      lastError = undefined
    } catch (err) {
      if (o.signal?.aborted) throw stoppedBy(o.signal)
      const cause: FailureCause | undefined = deadline.signal.aborted ? { kind: 'timeout', afterMs: limit } : networkCause(err)
      if (!cause || !(cause.kind === 'timeout' || transientNetwork(cause))) throw err
      last = cause
      lastError = err
      if (!a.repeatable || attempt >= p.attempts) throw new TransportError(o.service, o.operation, attempt, cause, { cause: err })
    } finally {
      clearTimeout(timer)
    }
    const delayMs = backoffMs(p, attempt, asked, o.random)
    o.onRetry?.({ attempt, delayMs, cause: last })
    try {
      await sleep(delayMs, o.signal)
    } catch (err) {
      if (lastError !== undefined) (err as Error).cause ??= lastError
      throw err
    }
  }
}
