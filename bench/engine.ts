// The engine's speed on the wire: a fresh apply and a no-op re-run of the BUILT action against the sandbox
// with a fixed latency added to every request (so the numbers reflect round trips, not this machine's CPU).
// Reports per run: wall time, requests, writes, the depth of dependent requests (the longest chain of
// requests each starting after the previous ended) and the peak of requests in flight.
//   npx tsx bench/engine.ts [--latency 50] [--runners 2]
import { startSandbox } from '../test/sandbox/index.js'
import { clientRequests, dependencyDepth, peakConcurrency } from '../test/sandbox/log-analysis.js'
import { runAction } from '../test/helpers/run-action.js'

const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : dflt
}
const latencyMs = arg('latency', 50)
const runners = arg('runners', 0)

async function main(): Promise<void> {
  const sb = await startSandbox({ kube: { podLifecycle: 'timers', podStartMs: 100 } })
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
      const entries = clientRequests(sb.log.all().slice(since))
      const row = [name.padEnd(14), `${(wall / 1000).toFixed(2)} s`.padStart(7), String(entries.length).padStart(9), String(entries.filter((e) => e.write).length).padStart(7), String(dependencyDepth(entries)).padStart(6), String(peakConcurrency(entries)).padStart(15)]
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
