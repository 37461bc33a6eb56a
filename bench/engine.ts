// `npm run bench` (issue 19 item 6): the BUILT action against the sandbox with a fixed latency L on every request, for
// a generated workloads file of N = 1, 10 and 100 workloads (the `config` input; verify: false; no runners): a first
// apply, a no-op re-run and a plan. Per run: wall time (spawn to exit), requests by kind (reads, writes), the measured
// depth of dependent requests (from the sandbox's request log), the lower bound and wall / lower bound, peak memory
// (the child's max RSS), and the sandbox's own time per request (its time on a request minus the injected latency).
// The lower bound is the depth the dependencies force, from the resource graph (src/workloads.ts) and the plan, not
// from the measurement: 4 dependent round trips for the reads (GitHub ID token; Entra token; every ARM read and the
// cluster's user credential; the role-assignment lists and Kubernetes reads), plus the longest chain of writes
// (steps that change something, along their dependencies; a shared identity's credentials one after another), × L,
// + one process start (`node -e 0`, measured in this run). Also: the cold start of the action's two paths (a bad input;
// the engine loaded, sign-in failing at once) as a ratio to `node -e 0`, the three measured alternately.
// Prints one Markdown table and writes the JSON to bench/results/engine-<date>.json.
//   npx tsx bench/engine.ts [--latency 50] [--n 1,10,100] [--cold-runs 11]   (npm run bench builds first)
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../test/sandbox/index.js'
import type { LogEntry } from '../test/sandbox/frame.js'
import { clientRequests, dependencyDepth, peakConcurrency } from '../test/sandbox/log-analysis.js'
import { removeTempDirs, runAction } from '../test/helpers/run-action.js'
import { readConfig } from '../src/config/index.js'
import { workloadGraph } from '../src/workloads.js'
import type { Resource } from '../src/model.js'
import { bundleCopy, env as coldStartEnv } from './cold-start.mjs'
import { PER_IDENTITY, PER_NAMESPACE, workloadsFile } from './workloads-file.js'

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1]! : dflt
}
const latencyMs = Number(arg('latency', '50'))
const sizes = arg('n', '1,10,100').split(',').map(Number)
const coldRuns = Number(arg('cold-runs', '11'))
/** Dependent round trips of a run's reads (issue 19): ID token; Entra token; ARM reads; role-assignment lists and Kubernetes reads. */
const READ_ROUND_TRIPS = 4

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0)

/**
 * The longest chain of writes the plan needs, from the graph: a changing step costs one round trip after the
 * chains of what it depends on; the credentials of one identity are written one after another (Azure refuses
 * concurrent writes on one identity), so the k-th changing one of an identity waits for the k-1 before it.
 */
function writeDepth(resources: readonly Resource[], changing: ReadonlySet<string>): number {
  const byKey = new Map(resources.map((r) => [r.key, r]))
  const depth = new Map<string, number>()
  const queueOnIdentity = new Map<string, number>()
  const identityOf = (r: Resource): string | undefined =>
    r.kind === 'federated-credential' ? r.dependsOn.find((d) => byKey.get(d)?.kind === 'identity') : undefined
  const of = (key: string): number => {
    const known = depth.get(key)
    if (known !== undefined) return known
    const r = byKey.get(key)
    if (!r) return 0
    let d = Math.max(0, ...r.dependsOn.map(of))
    if (changing.has(key)) {
      const id = identityOf(r)
      if (id) {
        const before = queueOnIdentity.get(id) ?? 0
        queueOnIdentity.set(id, before + 1)
        d += before
      }
      d += 1
    }
    depth.set(key, d)
    return d
  }
  return Math.max(0, ...resources.map((r) => of(r.key)))
}

interface RunRow {
  n: number
  run: string
  wallMs: number
  requests: number
  reads: number
  writes: number
  depth: number
  peakInFlight: number
  lowerBoundRoundTrips: number
  lowerBoundMs: number
  ratio: number
  peakRssMiB: number
  sandboxMsPerRequest: number
  sandboxMsPerRequestMax: number
}

/** `node -e 0` and the two paths of the action, alternately, `runs` times each: medians (ms). */
function coldStart(runs: number): Record<'node -e 0' | 'bad input' | 'engine', number> {
  const bundle = bundleCopy('dist')
  const envs = coldStartEnv(bundle.dir)
  const times: Record<string, number[]> = { 'node -e 0': [], 'bad input': [], engine: [] }
  const time = (args: string[], env: NodeJS.ProcessEnv): number => {
    const t = process.hrtime.bigint()
    spawnSync(process.execPath, args, { cwd: bundle.dir, env, stdio: 'ignore', timeout: 60_000 })
    return Number(process.hrtime.bigint() - t) / 1e6
  }
  try {
    for (let i = 0; i < runs; i++) {
      times['node -e 0']!.push(time(['-e', '0'], { PATH: process.env.PATH }))
      times['bad input']!.push(time([join(bundle.dir, 'index.js')], envs['bad input']))
      times.engine!.push(time([join(bundle.dir, 'index.js')], envs.engine))
    }
  } finally {
    rmSync(bundle.dir, { recursive: true, force: true })
  }
  return { 'node -e 0': median(times['node -e 0']!), 'bad input': median(times['bad input']!), engine: median(times.engine!) }
}

async function measure(sb: Sandbox, n: number, nodeStartMs: number, work: string): Promise<RunRow[]> {
  const scope = `/subscriptions/${sb.subscriptionId}/resourceGroups/${sb.inputs['resource-group']}`
  const text = workloadsFile(n, scope)
  const file = join(work, `workloads-${n}.yaml`)
  writeFileSync(file, text)
  const inputs = { ...sb.inputs, config: file, verify: 'false', 'fail-on-drift': 'false' }
  const workloads = readConfig(text, file, { get: (k) => (inputs as Record<string, string>)[k] ?? '', mask: () => undefined, env: sb.env })
  const { resources } = workloadGraph(workloads, sb.subscriptionId)
  const rssFile = join(work, 'rss')
  const hook = join(work, 'rss.cjs')
  writeFileSync(hook, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))\n`)
  const rows: RunRow[] = []
  for (const [name, mode] of [['first apply', 'apply'], ['no-op re-run', 'apply'], ['plan', 'plan']] as const) {
    const since = sb.log.all().length
    const t = performance.now()
    const run = await runAction({ ...inputs, mode }, { ...sb.env, NODE_OPTIONS: `--require ${hook}` }, 600_000)
    const wallMs = performance.now() - t
    if (run.code !== 0) throw new Error(`N=${n} ${name} failed:\n${run.stdout.slice(-4000)}\n${run.stderr.slice(-2000)}`)
    const entries: LogEntry[] = clientRequests(sb.log.all().slice(since))
    const plan = JSON.parse(run.outputs.plan!) as { steps: Array<{ key: string; action: string }> }
    // Apply writes the plan's changes; a plan writes nothing, whatever it finds.
    const changing = new Set(mode === 'plan' ? [] : plan.steps.filter((s) => !['unchanged', 'conflict'].includes(s.action)).map((s) => s.key))
    const lowerBoundRoundTrips = READ_ROUND_TRIPS + writeDepth(resources, changing)
    const lowerBoundMs = lowerBoundRoundTrips * latencyMs + nodeStartMs
    const own = entries.map((e) => Math.max(0, e.end - e.start - (e.latencyMs ?? 0)))
    rows.push({
      n,
      run: name,
      wallMs,
      requests: entries.length,
      reads: entries.filter((e) => !e.write).length,
      writes: entries.filter((e) => e.write).length,
      depth: dependencyDepth(entries),
      peakInFlight: peakConcurrency(entries),
      lowerBoundRoundTrips,
      lowerBoundMs,
      ratio: wallMs / lowerBoundMs,
      peakRssMiB: Number(readFileSync(rssFile, 'utf8')) / 1024,
      sandboxMsPerRequest: mean(own),
      sandboxMsPerRequestMax: Math.max(0, ...own)
    })
    console.error(`  N=${n} ${name}: ${(wallMs / 1000).toFixed(2)} s, ${entries.length} requests`)
  }
  return rows
}

function table(rows: readonly RunRow[], cold: Record<string, number>): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
  const lines = [
    `| N | run | wall | requests (reads / writes) | depth | lower bound | wall / bound | peak RSS | sandbox per request (mean / max) |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.n} | ${r.run} | ${s(r.wallMs)} | ${r.requests} (${r.reads} / ${r.writes}) | ${r.depth} | ${r.lowerBoundRoundTrips} × ${latencyMs} ms + start = ${s(r.lowerBoundMs)} | ${r.ratio.toFixed(2)} | ${r.peakRssMiB.toFixed(0)} MiB | ${r.sandboxMsPerRequest.toFixed(1)} / ${r.sandboxMsPerRequestMax.toFixed(0)} ms |`
    ),
    '',
    `Cold start (median of ${coldRuns}, alternately): \`node -e 0\` ${cold['node -e 0']!.toFixed(0)} ms; bad input ${cold['bad input']!.toFixed(0)} ms (${(cold['bad input']! / cold['node -e 0']!).toFixed(2)}×); engine path ${cold.engine!.toFixed(0)} ms (${(cold.engine! / cold['node -e 0']!).toFixed(2)}×).`
  ]
  return lines.join('\n')
}

async function main(): Promise<void> {
  const started = Date.now()
  console.error(`cold start: ${coldRuns} runs of node -e 0 and the two paths, alternately`)
  const cold = coldStart(coldRuns)
  const sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  const work = mkdtempSync(join(tmpdir(), 'aks-wi-bench-'))
  const rows: RunRow[] = []
  try {
    for (const n of sizes) {
      sb.reset()
      sb.faults.add({ latencyMs })
      rows.push(...(await measure(sb, n, cold['node -e 0'], work)))
    }
  } finally {
    await sb.stop()
    await removeTempDirs()
    rmSync(work, { recursive: true, force: true })
  }
  const out = table(rows, cold)
  console.log(`Latency ${latencyMs} ms on every request; the built action (dist/) as a child process; verify: false; no runners.\n`)
  console.log(out)
  const at = new Date().toISOString()
  mkdirSync('bench/results', { recursive: true })
  const path = `bench/results/engine-${at.slice(0, 19).replace(/:/g, '-')}.json`
  writeFileSync(
    path,
    JSON.stringify(
      {
        at,
        node: process.version,
        latencyMs,
        perIdentity: PER_IDENTITY,
        perNamespace: PER_NAMESPACE,
        coldStartMs: cold,
        coldRuns,
        runs: rows,
        benchSeconds: (Date.now() - started) / 1000
      },
      null,
      2
    ) + '\n'
  )
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s; JSON: ${path})`)
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
