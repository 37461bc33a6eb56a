// Where a run's wall goes (issue 19 item 3): the BUILT action against the sandbox with a fixed latency on every
// request, a workloads file of N workloads (bench/engine.ts's), a first apply to create everything, then `--runs`
// no-op re-runs. For each re-run, relative to the child's own process start (`performance.timeOrigin`, read by a
// `--require` hook): when Node had booted (the hook ran), every request's arrival and answer at the sandbox, the gaps
// between an answer and the next request, and the process's exit; with `--cpu-prof`, the child's CPU profile cut
// into the same intervals (busy milliseconds and the functions that took them).
// With `--dist a,b` the runs alternate between two builds (say, a build of the base commit in another folder and
// this one's dist/), for a before/after comparison on a loaded machine: the medians are printed per build.
//   npx tsx bench/timeline.ts [--latency 50] [--n 1] [--runs 5] [--cpu-prof] [--top 12] [--dist dist,/tmp/base/dist] [--quiet]
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startSandbox } from '../test/sandbox/index.js'
import { clientRequests, dependencyDepth } from '../test/sandbox/log-analysis.js'
import { parseOutputFile, removeTempDirs, runAction } from '../test/helpers/run-action.js'
import { run as runProcess } from '../test/helpers/processes.js'
import { workloadsFile } from './workloads-file.js'

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1]! : dflt
}
const latencyMs = Number(arg('latency', '50'))
const n = Number(arg('n', '1'))
const runs = Number(arg('runs', '5'))
const top = Number(arg('top', '12'))
const cpuProf = process.argv.includes('--cpu-prof')
const quiet = process.argv.includes('--quiet')
const dists = arg('dist', 'dist').split(',')

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  startTime: number
  samples: number[]
  timeDeltas: number[]
}

/** The profile's samples as (epoch ms, node) pairs; the profile's clock is µs since an arbitrary origin, aligned by `originShift`. */
function samplesOf(p: Profile, originShift: number): Array<{ at: number; node: ProfileNode; caller?: ProfileNode }> {
  const byId = new Map(p.nodes.map((x) => [x.id, x]))
  const parent = new Map<number, ProfileNode>()
  for (const x of p.nodes) for (const c of x.children ?? []) parent.set(c, x)
  // The innermost frame of the bundle's own chunks above a sample (who started the work, e.g. a dynamic import).
  const callerOf = (x: ProfileNode): ProfileNode | undefined => {
    for (let at: ProfileNode | undefined = x; at; at = parent.get(at.id))
      if (/chunks\/(engine|main|kube-client|azure-)/.test(at.callFrame.url)) return at
    return undefined
  }
  let t = p.startTime
  return p.samples.map((id, i) => {
    t += p.timeDeltas[i]!
    const node = byId.get(id)!
    return { at: t / 1000 + originShift, node, caller: callerOf(node) }
  })
}

const IDLE = new Set(['(idle)', '(program)'])
const frameName = (f: ProfileNode['callFrame']): string =>
  `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(aks-wi-dist-[^/]+\/)?/, '')}:${f.lineNumber + 1}`

async function main(): Promise<void> {
  const sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  const work = mkdtempSync(join(tmpdir(), 'aks-wi-timeline-'))
  try {
    sb.faults.add({ latencyMs })
    const scope = `/subscriptions/${sb.subscriptionId}/resourceGroups/${sb.inputs['resource-group']}`
    const file = join(work, `workloads-${n}.yaml`)
    writeFileSync(file, workloadsFile(n, scope))
    const inputs = { ...sb.inputs, config: file, verify: 'false', 'fail-on-drift': 'false', mode: 'apply' }
    const first = await runAction(inputs, sb.env, 600_000)
    if (first.code !== 0) throw new Error(`first apply failed:\n${first.stdout.slice(-3000)}`)
    const stamps = join(work, 'stamps.json')
    const hook = join(work, 'stamps.cjs')
    writeFileSync(
      hook,
      [
        `const fs = require('fs')`,
        `const booted = performance.timeOrigin + performance.now()`,
        // TLS connections and TLS contexts the run made (each context parses its CA; each connection is a handshake).
        `const tls = require('tls')`,
        `const counts = { connections: 0, contexts: 0 }`,
        `const connect = tls.connect`,
        `tls.connect = function (...a) { counts.connections++; return connect.apply(this, a) }`,
        `const context = tls.createSecureContext`,
        `tls.createSecureContext = function (...a) { counts.contexts++; return context.apply(this, a) }`,
        `const dir = process.env.TIMELINE_PROF`,
        `let session`,
        `if (dir) {`,
        `  session = new (require('inspector').Session)()`,
        `  session.connect()`,
        `  session.post('Profiler.enable')`,
        `  session.post('Profiler.setSamplingInterval', { interval: 250 })`,
        `  session.post('Profiler.start')`,
        `}`,
        `process.on('exit', () => {`,
        `  const exit = performance.timeOrigin + performance.now()`,
        // Main-thread inspector sessions answer synchronously, so the profile is written before the process ends.
        `  if (session) session.post('Profiler.stop', (err, r) => { fs.mkdirSync(dir, { recursive: true }); fs.writeFileSync(dir + '/run.cpuprofile', JSON.stringify(r.profile)) })`,
        `  fs.writeFileSync(${JSON.stringify(stamps)}, JSON.stringify({ origin: performance.timeOrigin, booted, exit, ...counts }))`,
        `})`,
        ''
      ].join('\n')
    )
    // Each build copied outside the project (no node_modules above it), as the runner would have it.
    const copies = dists.map((d, i) => {
      const dir = join(work, `dist-${i}`)
      cpSync(d, dir, { recursive: true })
      return join(dir, 'index.js')
    })
    const summaries: Array<Array<Record<string, number>>> = dists.map(() => [])
    for (let r = 0; r < runs * dists.length; r++) {
      const which = r % dists.length
      const summary = summaries[which]!
      const profDir = join(work, `prof-${r}`)
      const since = sb.log.all().length
      const step = mkdtempSync(join(work, 'step-'))
      const outputFile = join(step, 'output.txt')
      writeFileSync(outputFile, '')
      writeFileSync(join(step, 'summary.md'), '')
      const env: Record<string, string> = {
        PATH: process.env.PATH ?? '',
        HOME: step,
        RUNNER_TEMP: step,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: join(step, 'summary.md'),
        ...sb.env,
        // Node 20 refuses --cpu-prof in NODE_OPTIONS: the hook profiles through the inspector instead (same sampler).
        NODE_OPTIONS: `--require ${hook}`,
        ...(cpuProf ? { TIMELINE_PROF: profDir } : {}),
        ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
      }
      const t0 = performance.timeOrigin + performance.now()
      const run = await runProcess(process.execPath, [copies[which]!], { cwd: step, env, timeoutMs: 600_000 })
      const t1 = performance.timeOrigin + performance.now()
      if (run.code !== 0) throw new Error(`re-run failed (${run.code}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`)
      if (parseOutputFile(readFileSync(outputFile, 'utf8')).changes !== '0') throw new Error('the re-run changed something: not a no-op')
      const s = JSON.parse(readFileSync(stamps, 'utf8')) as {
        origin: number
        booted: number
        exit: number
        connections: number
        contexts: number
      }
      const entries = clientRequests(sb.log.all().slice(since)).sort((a, b) => a.start - b.start)
      const rel = (t: number): string => (t - s.origin).toFixed(0).padStart(5)
      if (!quiet)
        console.log(
          `\n## run ${r + 1} (${dists[which]}): wall ${(t1 - t0).toFixed(0)} ms (spawn → exit seen by the parent), depth ${dependencyDepth(entries)}`
        )
      if (!quiet)
        console.log(
          `spawn ${rel(t0)}  booted ${rel(s.booted)}  exit ${rel(s.exit)}  parent saw exit ${rel(t1)}   (ms from the child's process start)`
        )
      if (!quiet)
        for (const e of entries)
          console.log(
            `  ${rel(e.start)} → ${rel(e.end)}  ${e.service.padEnd(7)} ${e.method.padEnd(6)} ${e.operation}${e.latencyMs ? '' : ' (no latency)'}`
          )
      const firstReq = entries[0]?.start ?? s.exit
      const lastEnd = Math.max(...entries.map((e) => e.end))
      // Idle wire: moments with no request in flight, after the first request and before the last answer.
      const events = entries.flatMap((e) => [[e.start, 1] as const, [e.end, -1] as const]).sort((a, b) => a[0] - b[0] || a[1] - b[1])
      let inFlight = 0
      let idleSince = 0
      let idle = 0
      for (const [at, d] of events) {
        if (inFlight === 0 && idleSince) idle += at - idleSince
        inFlight += d
        if (inFlight === 0) idleSince = at
      }
      const row = {
        wall: t1 - t0,
        boot: s.booted - s.origin,
        firstRequest: firstReq - s.origin,
        wireIdle: idle,
        lastAnswerToExit: s.exit - lastEnd,
        exitSeen: t1 - s.exit,
        spawnToOrigin: s.origin - t0,
        depth: dependencyDepth(entries),
        tlsConnections: s.connections,
        tlsContexts: s.contexts
      }
      summary.push(row)
      if (!quiet)
        console.log(
          `process start ${row.spawnToOrigin.toFixed(0)} ms after spawn; booted at ${row.boot.toFixed(0)}; first request at ${row.firstRequest.toFixed(0)}; ` +
            `no request in flight between first and last: ${idle.toFixed(0)} ms; last answer → exit ${row.lastAnswerToExit.toFixed(0)} ms; exit → parent ${row.exitSeen.toFixed(0)} ms`
        )
      if (cpuProf) {
        const profFile = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!
        const profile = JSON.parse(readFileSync(join(profDir, profFile), 'utf8')) as Profile
        // The profile's clock is monotonic µs; its last sample is close to the exit stamp.
        const lastUs = profile.startTime + profile.timeDeltas.reduce((a, b) => a + b, 0)
        const samples = samplesOf(profile, s.exit - lastUs / 1000)
        // Intervals: boot → first request, then between consecutive "waves" (answers followed by a request), last answer → exit.
        const cuts = [s.origin, firstReq, ...entries.map((e) => e.end).filter((t) => t < lastEnd), lastEnd, s.exit + 1].sort(
          (a, b) => a - b
        )
        const uniq = cuts.filter((c, i) => i === 0 || c - cuts[i - 1]! > 2)
        console.log('CPU (busy ms of samples) per interval:')
        for (let i = 0; i + 1 < uniq.length; i++) {
          const inside = samples.filter((x) => x.at >= uniq[i]! && x.at < uniq[i + 1]! && !IDLE.has(x.node.callFrame.functionName))
          if (inside.length === 0) continue
          const busy = inside.length * (profile.timeDeltas.reduce((a, b) => a + b, 0) / profile.samples.length / 1000)
          const byFrame = new Map<string, number>()
          for (const x of inside) byFrame.set(frameName(x.node.callFrame), (byFrame.get(frameName(x.node.callFrame)) ?? 0) + 1)
          const heads = [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 4)
          const byCaller = new Map<string, number>()
          for (const x of inside)
            if (x.caller) byCaller.set(frameName(x.caller.callFrame), (byCaller.get(frameName(x.caller.callFrame)) ?? 0) + 1)
          const callers = [...byCaller].sort((a, b) => b[1] - a[1]).slice(0, 4)
          console.log(
            `  ${rel(uniq[i]!)} → ${rel(uniq[i + 1]!)}: ${busy.toFixed(0)} ms busy; ${heads.map(([f, c]) => `${f} ×${c}`).join('; ')}`
          )
          if (callers.length) console.log(`      under: ${callers.map(([f, c]) => `${f} ×${c}`).join('; ')}`)
        }
        const self = new Map<string, number>()
        const byUrl = new Map<string, number>()
        for (const x of samples) {
          if (IDLE.has(x.node.callFrame.functionName)) continue
          self.set(frameName(x.node.callFrame), (self.get(frameName(x.node.callFrame)) ?? 0) + 1)
          const url = x.node.callFrame.url.replace(/^.*\//, '') || x.node.callFrame.functionName
          byUrl.set(url, (byUrl.get(url) ?? 0) + 1)
        }
        console.log(
          `top self (samples): ${[...self]
            .sort((a, b) => b[1] - a[1])
            .slice(0, top)
            .map(([f, c]) => `${f} ×${c}`)
            .join('; ')}`
        )
        console.log(
          `by file (samples): ${[...byUrl]
            .sort((a, b) => b[1] - a[1])
            .slice(0, top)
            .map(([f, c]) => `${f} ×${c}`)
            .join('; ')}`
        )
      }
    }
    const loads = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
    console.log(`\nload average at the end: ${loads}`)
    summaries.forEach((summary, i) => {
      const med = (k: string): string => {
        const xs = summary.map((x) => x[k]!).sort((a, b) => a - b)
        return xs[Math.floor(xs.length / 2)]!.toFixed(0)
      }
      console.log(
        `${dists[i]}: medians of ${runs} (ms): wall ${med('wall')}; spawn → process start ${med('spawnToOrigin')}; boot ${med('boot')}; first request ${med('firstRequest')}; ` +
          `wire idle ${med('wireIdle')}; last answer → exit ${med('lastAnswerToExit')}; exit → parent ${med('exitSeen')}; depth ${med('depth')}; TLS connections ${med('tlsConnections')}, contexts ${med('tlsContexts')}`
      )
    })
  } finally {
    await sb.stop()
    await removeTempDirs()
    rmSync(work, { recursive: true, force: true })
  }
}

void main().catch((e: unknown) => {
  console.error(e)
  process.exitCode = 1
})
