// The engine's speed on the wire: a fresh apply and a no-op re-run of the BUILT action against the sandbox
// with a fixed latency added to every request (so the numbers reflect round trips, not this machine's CPU).
// Reports per run: wall time, requests, writes, the depth of dependent requests (the longest chain of
// requests each starting after the previous ended) and the peak of requests in flight.
//   npx tsx bench/engine.ts [--latency 50] [--runners 2]
import { startSandbox } from '../test/sandbox/index.js'
import type { LogEntry } from '../test/sandbox/frame.js'
import { runAction } from '../test/helpers/run-action.js'

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const latencyMs = arg('latency', 50)
const runners = arg('runners', 0)

/** Longest chain of requests where each starts after the previous one ended. */
export function dependentDepth(entries: LogEntry[]): number {
  const sorted = [...entries].sort((a, b) => a.start - b.start)
  const depth: number[] = []
  sorted.forEach((r, i) => {
    let best = 0
    for (let j = 0; j < i; j++) if (sorted[j]!.end <= r.start) best = Math.max(best, depth[j]!)
    depth[i] = best + 1
  })
  return Math.max(0, ...depth)
}

/** Most requests in flight at once. */
export function peakConcurrency(entries: LogEntry[]): number {
  const events = entries.flatMap((e) => [[e.start, 1] as const, [e.end, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  let now = 0
  let peak = 0
  for (const [, d] of events) peak = Math.max(peak, (now += d))
  return peak
}

async function main(): Promise<void> {
  const sb = await startSandbox({ kube: { podStartMs: 100 } })
  try {
    sb.faults.add({ latencyMs })
    const inputs = {
      ...sb.inputs,
      'identity-name': 'id-bench',
      namespace: 'bench',
      'service-account-name': 'bench-sa',
      role: 'Reader',
      scope: `/subscriptions/${sb.subscriptionId}/resourceGroups/${sb.inputs['resource-group']}`,
      'runner-count': String(runners),
      verify: 'false'
    }
    console.log(`latency ${latencyMs} ms per request, ${runners} runner(s); the built action (dist/) as a child process`)
    console.log('run            wall     requests  writes  depth  peak in flight')
    for (const name of ['fresh apply', 'no-op re-run', 'plan (no drift)']) {
      const since = sb.log.all().length
      const t = performance.now()
      const run = await runAction(name.startsWith('plan') ? { ...inputs, mode: 'plan' } : inputs, sb.env)
      const wall = performance.now() - t
      if (run.code !== 0) throw new Error(`${name} failed:\n${run.stdout}\n${run.stderr}`)
      // Entra's own fetches of the GitHub issuer's keys are the sandbox talking to itself: not the action's requests.
      const entries = sb.log.all().slice(since).filter((e) => e.service !== 'idtoken' || !/jwks|openid-configuration/.test(e.path))
      const row = [name.padEnd(14), `${(wall / 1000).toFixed(2)} s`.padStart(7), String(entries.length).padStart(9), String(entries.filter((e) => e.write).length).padStart(7), String(dependentDepth(entries)).padStart(6), String(peakConcurrency(entries)).padStart(15)]
      console.log(row.join('  '))
    }
  } finally {
    await sb.stop()
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
