// Small transport numbers for tests: every retry waits milliseconds, every attempt's deadline is short.
import type { TransportPolicy } from '../../src/transport.js'

export const FAST_TRANSPORT: TransportPolicy = {
  attempts: 4,
  initialDelayMs: 5,
  maxDelayMs: 20,
  // Long enough that a loaded machine never hits it on a healthy request (a test that fails under load is a
  // defect); a request the sandbox holds for ever costs this much.
  attemptTimeoutMs: 2500,
  attemptTimeoutStepMs: 0,
  maxAttemptTimeoutMs: 2500,
  maxRetryAfterMs: 2000
}
