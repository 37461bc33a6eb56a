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

/**
 * The dependent depth measured with holds, which no machine load can change: every client request is held at
 * the server; wave k is released once its `counts[k]` requests are all held (a request that needs an answer of
 * wave k cannot start before that release). Each entry's wave is 1 + the releases before it arrived. `hold` is a
 * hold rule's id, `faults` the sandbox's; returns the release stamps, for `waveOf`. A request the run sends
 * later than the wave its count puts it in leaves the run waiting: the test fails by its timeout, never by chance.
 */
export async function releaseInWaves(
  faults: { held(id: string, count?: number): Promise<void>; release(id: string): number },
  hold: string,
  counts: readonly number[]
): Promise<number[]> {
  const releases: number[] = []
  for (const n of counts) {
    await faults.held(hold, n)
    // The clock of LogEntry.start, read after every request of the wave arrived and before any is answered.
    releases.push(performance.timeOrigin + performance.now())
    faults.release(hold)
  }
  return releases
}

/** The wave of a request (1-based): how many releases came before it arrived, plus one. */
export const waveOf = (e: LogEntry, releases: readonly number[]): number => 1 + releases.filter((t) => t < e.start).length
