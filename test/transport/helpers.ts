// Small transport numbers for tests: every retry waits milliseconds, every attempt's deadline is short.
import type { TransportPolicy } from '../../src/transport.js'

export const FAST_TRANSPORT: TransportPolicy = {
  attempts: 4,
  initialDelayMs: 5,
  maxDelayMs: 20,
  attemptTimeoutMs: 500,
  attemptTimeoutStepMs: 500,
  maxAttemptTimeoutMs: 1500,
  maxRetryAfterMs: 2000
}
