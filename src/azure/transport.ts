// The transport policy (src/transport.ts) in the Azure SDK pipeline, for ARM clients and @azure/identity credentials
// alike: the SDK's own retry policy with our numbers (exponential backoff with jitter for 408/5xx and network errors,
// Retry-After for 429/503), and two small policies of ours: every attempt gets a deadline (the SDK has none by
// default, so a request that never answers hangs for ever) whose expiry the retry policy then treats as the transient
// error it is, and every request carries the run's stop signal. The attempts each request took are remembered,
// so that an error can say how often it was tried.
import type { AdditionalPolicyConfig } from '@azure/core-client'
import type { PipelinePolicy, PipelineRequest } from '@azure/core-rest-pipeline'
import { attemptTimeout, TRANSPORT, type TransportPolicy } from '../transport.js'

/** Attempts made per request object (the SDK keeps the same request across its retries, and errors point to it). */
const attemptsByRequest = new WeakMap<object, number>()

/** How many attempts the request behind an SDK error took (searching the error's cause chain). */
export function attemptsOf(err: unknown): number | undefined {
  for (let e = err as { request?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
    const n = e.request && typeof e.request === 'object' ? attemptsByRequest.get(e.request) : undefined
    if (n) return n
  }
  return undefined
}

/** Whether an SDK error is an attempt deadline that passed (after every retry). */
export const isAttemptTimeout = (err: unknown): boolean => (err as { code?: unknown } | undefined)?.code === 'ETIMEDOUT'

async function restError(message: string, code: string, request: PipelineRequest): Promise<Error> {
  const { RestError } = await import('@azure/core-rest-pipeline')
  return new RestError(message, { code, request })
}

/** Per attempt: a deadline, counted; its expiry becomes a RestError with code ETIMEDOUT, which the retry policy retries. */
function attemptPolicy(p: TransportPolicy): PipelinePolicy {
  return {
    name: 'aksWiAttemptDeadline',
    async sendRequest(request, next) {
      const attempt = (attemptsByRequest.get(request) ?? 0) + 1
      attemptsByRequest.set(request, attempt)
      const limit = attemptTimeout(p, attempt)
      request.timeout = limit
      try {
        return await next(request)
      } catch (err) {
        // The SDK's HTTP client aborts at request.timeout with an AbortError; the run's own stop aborts the signal.
        if ((err as Error).name === 'AbortError' && !request.abortSignal?.aborted)
          throw await restError(`no answer within ${Math.round(limit / 1000)} s`, 'ETIMEDOUT', request)
        throw err
      }
    }
  }
}

/** Per call: the run's stop signal on every request (and so on the retry policy's waits). */
function stopPolicy(signal: AbortSignal): PipelinePolicy {
  return {
    name: 'aksWiStopSignal',
    sendRequest(request, next) {
      const own = request.abortSignal
      if (!own) request.abortSignal = signal
      else if (own instanceof AbortSignal) request.abortSignal = AbortSignal.any([own, signal])
      else {
        // An AbortSignalLike of another make: bridge it.
        const both = new AbortController()
        own.addEventListener('abort', () => both.abort())
        signal.addEventListener('abort', () => both.abort(signal.reason))
        if (own.aborted || signal.aborted) both.abort(signal.reason)
        request.abortSignal = both.signal
      }
      return next(request)
    }
  }
}

/** The options every ARM client and Entra credential gets: our retry numbers, deadlines, and the stop signal. */
export function pipelineOptions(
  signal?: AbortSignal,
  p: TransportPolicy = TRANSPORT
): {
  retryOptions: { maxRetries: number; retryDelayInMs: number; maxRetryDelayInMs: number }
  additionalPolicies: AdditionalPolicyConfig[]
} {
  return {
    retryOptions: { maxRetries: p.attempts - 1, retryDelayInMs: p.initialDelayMs, maxRetryDelayInMs: p.maxDelayMs },
    additionalPolicies: [
      { policy: attemptPolicy(p), position: 'perRetry' },
      ...(signal ? [{ policy: stopPolicy(signal), position: 'perCall' as const }] : [])
    ]
  }
}
