// Reading the sandbox's request log: which requests the client made, how deep its chain of dependent requests
// was, and how many ran at once. Shared by the engine tests and the benchmark.
import type { LogEntry } from './frame.js'

/** Requests the action made, not the ones the sandbox makes itself (Entra reading an issuer's discovery document and JWKS). */
export const clientRequests = (entries: readonly LogEntry[]): LogEntry[] =>
  entries.filter((e) => !e.internal && !(e.service === 'idtoken' && /openid-configuration|jwks/.test(e.operation)))

/** Longest chain of requests each starting after the previous one ended: the run's depth of dependent requests. */
export function dependencyDepth(entries: readonly LogEntry[]): number {
  const sorted = [...entries].sort((a, b) => a.start - b.start)
  const depth: number[] = []
  sorted.forEach((e, i) => {
    let best = 0
    for (let j = 0; j < i; j++) if (sorted[j]!.end <= e.start) best = Math.max(best, depth[j]!)
    depth[i] = best + 1
  })
  return Math.max(0, ...depth)
}

/** Most requests in flight at the same moment. */
export function peakConcurrency(entries: readonly LogEntry[]): number {
  const events = entries.flatMap((e) => [[e.start, 1] as const, [e.end, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let now = 0
  let peak = 0
  for (const [, d] of events) peak = Math.max(peak, (now += d))
  return peak
}
