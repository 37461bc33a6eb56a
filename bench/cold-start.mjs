// Cold start of the bundle: wall time of `node <bundle>/index.js` from a folder with no node_modules above it,
// median of N runs, on each Node binary given, and as a ratio to `node -e 0` run interleaved with it.
// Two paths: a bad input (fails in validation: module load only)
// and the engine path (settings valid, the engine and the Azure SDK loaded, sign-in fails at once, before any
// request). Several bundles can be compared: their runs are interleaved, so a change in the machine's load
// hits them all alike. Besides the wall time, the CPU time (user + system, the process's own process.cpuUsage() at
// its exit, in microseconds, through a preloaded file that every run gets, `node -e 0` too) is reported, with its
// ratio: on a shared, loaded machine it is the steadier measure of what starting costs (/usr/bin/time, used before,
// rounds to 10 ms).
// Usage: node bench/cold-start.mjs [--runs 10] [--node /path/to/node ...] [dist-dir ...]
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * A copy of the bundle in a temp folder with no node_modules above it, and its size. A package.json saying
 * `"type": "module"` is put beside it, as the action's checkout has one above dist/: without it, Node 22 and later
 * compile each .js file first as CommonJS to detect its format (detect-module), which a real run never does
 * (Node 24: about 50 ms of wall and 6 ms of CPU more on the engine path).
 */
export function bundleCopy(dist) {
  const dir = mkdtempSync(join(tmpdir(), 'aks-wi-bench-'))
  cpSync(dist, dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n')
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile())
  const js = files.filter((f) => f.endsWith('.js'))
  const size = (list) => list.reduce((n, f) => n + statSync(join(dir, f)).size, 0)
  return { dist, dir, files: files.length, jsBytes: size(js), allBytes: size(files) }
}

/** The two paths' environments for a bundle copied to `dir` (bench/engine.ts measures them too). */
export const env = (dir) => {
  const base = { PATH: process.env.PATH, GITHUB_OUTPUT: join(dir, 'out'), 'INPUT_RESOURCE-GROUP': 'rg', 'INPUT_CLUSTER-NAME': 'aks', 'INPUT_SERVICE-ACCOUNT-NAME': 'sa' }
  return {
    'bad input': { ...base, 'INPUT_IDENTITY-NAME': 'x' },
    // Valid inputs: the engine and the Azure SDK load, then sign-in fails at once (workload identity with a token
    // file that does not exist), before any network request.
    engine: { ...base, 'INPUT_IDENTITY-NAME': 'id-app', INPUT_AUTH: 'workload-identity', AZURE_FEDERATED_TOKEN_FILE: join(dir, 'missing-token'), 'INPUT_SUBSCRIPTION-ID': '00000000-0000-4000-8000-000000000001', AZURE_CLIENT_ID: '00000000-0000-4000-8000-000000000002', AZURE_TENANT_ID: '00000000-0000-4000-8000-000000000003' }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()

function main() {
const args = process.argv.slice(2)
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 10)
const nodes = args.flatMap((a, i) => (args[i - 1] === '--node' ? [a] : []))
if (nodes.length === 0) nodes.push(process.execPath)
const dists = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--node'].includes(args[i - 1]))
if (dists.length === 0) dists.push('dist')

const bundles = dists.map(bundleCopy)

// The CPU the process used, written to stderr as it exits (the action's own output goes to stdout).
const probe = join(mkdtempSync(join(tmpdir(), 'aks-wi-cpu-')), 'cpu.cjs')
writeFileSync(probe, "process.on('exit', () => { const u = process.cpuUsage(); require('fs').writeSync(2, `\\n__cpu_ms=${(u.user + u.system) / 1000}\\n`) })\n")
const cpuOf = (r) => Number(/__cpu_ms=([0-9.]+)/.exec(r.stderr.toString())?.[1] ?? NaN)
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const mib = (n) => (n / 1024 / 1024).toFixed(2)
const times = new Map()
for (const node of nodes) {
  for (let i = 0; i < runs; i++) {
    // The floor, in the same run and interleaved: Node starting and doing nothing (issue 19: the engine path's
    // start-up is reported as a ratio to it).
    {
      const t = process.hrtime.bigint()
      const r = spawnSync(node, ['--require', probe, '-e', '0'], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 })
      const wall = Number(process.hrtime.bigint() - t) / 1e6
      const cpu = cpuOf(r)
      times.set(`${node}\nfloor`, [...(times.get(`${node}\nfloor`) ?? []), { wall, cpu }])
    }
    for (const b of bundles) {
      for (const [path, e] of Object.entries(env(b.dir))) {
        const t = process.hrtime.bigint()
        const r = spawnSync(node, ['--require', probe, join(b.dir, 'index.js')], { cwd: b.dir, env: e, stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 })
        const wall = Number(process.hrtime.bigint() - t) / 1e6
        if (r.status !== 1) throw new Error(`${b.dist} (${path}) exited with ${r.status}: expected 1, a failed action`)
        const cpu = cpuOf(r)
        const key = `${node}\n${b.dist}\n${path}`
        times.set(key, [...(times.get(key) ?? []), { wall, cpu }])
      }
    }
  }
}
console.log(`median of ${runs} runs, interleaved`)
const floor = new Map(nodes.map((node) => [node, median(times.get(`${node}\nfloor`).map((x) => x.wall))]))
const floorCpu = new Map(nodes.map((node) => [node, median(times.get(`${node}\nfloor`).map((x) => x.cpu))]))
for (const node of nodes) {
  const t = times.get(`${node}\nfloor`)
  const cpu = median(t.map((x) => x.cpu))
  console.log(`node -e 0 (${spawnSync(node, ['--version']).stdout.toString().trim()}): ${floor.get(node).toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms)`)
}
for (const b of bundles) {
  console.log(`bundle ${b.dist}: ${b.files} file(s), ${mib(b.jsBytes)} MiB of JavaScript, ${mib(b.allBytes)} MiB with source maps`)
  for (const node of nodes) {
    const version = spawnSync(node, ['--version']).stdout.toString().trim()
    for (const path of ['bad input', 'engine']) {
      const t = times.get(`${node}\n${b.dist}\n${path}`)
      const cpu = median(t.map((x) => x.cpu))
      const wall = median(t.map((x) => x.wall))
      const ratio = (wall / floor.get(node)).toFixed(2)
      const cpuRatio = (cpu / floorCpu.get(node)).toFixed(2)
      console.log(`  node ${version} ${path}: ${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms), ${ratio}× node -e 0 (CPU ${cpuRatio}×)`)
    }
  }
  rmSync(b.dir, { recursive: true, force: true })
}
rmSync(dirname(probe), { recursive: true, force: true })
}
