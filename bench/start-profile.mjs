// Where a start goes: `node --cpu-prof` of `node <bundle>/index.js` on one of bench/cold-start.mjs's paths, N runs,
// self time summed by file (the bundle's chunks, Node's internals by module, native frames by name) and by function,
// per run. The profiler's sampling adds its own cost: compare shares, and compare builds on the same machine.
// Usage: node bench/start-profile.mjs [--runs 5] [--node /path/to/node] [--path engine|'bad input'] [dist-dir]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundleCopy, env } from './cold-start.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const runs = Number(option('--runs', 5))
const node = option('--node', process.execPath)
const path = option('--path', 'engine')
const dist = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--node', '--path'].includes(args[i - 1]))[0] ?? 'dist'

const b = bundleCopy(dist)
const out = mkdtempSync(join(tmpdir(), 'aks-wi-prof-'))
try {
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(node, ['--cpu-prof', '--cpu-prof-interval', '100', `--cpu-prof-dir=${out}`, join(b.dir, 'index.js')], {
      cwd: b.dir,
      env: env(b.dir)[path],
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 60_000
    })
    if (r.status !== 1) throw new Error(`${path} exited with ${r.status}: expected 1, a failed action\n${r.stderr}`)
  }
  const byFile = new Map()
  const byFunction = new Map()
  const add = (map, key, t) => map.set(key, (map.get(key) ?? 0) + t)
  let total = 0
  for (const f of readdirSync(out)) {
    const profile = JSON.parse(readFileSync(join(out, f), 'utf8'))
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id).callFrame
      const t = profile.timeDeltas[i]
      const file = frame.url
        ? frame.url.replace(`file://${b.dir}/`, '').replace(/^node:internal\/(modules\/)?/, 'node:').split('/').slice(0, 2).join('/')
        : `(${frame.functionName})`
      add(byFile, file, t)
      add(byFunction, `${file} ${frame.functionName || '(top level)'}:${frame.lineNumber + 1}`, t)
      total += t
    })
  }
  const ms = (t) => (t / 1000 / runs).toFixed(1).padStart(7)
  console.log(`${path} path, ${runs} run(s), Node ${spawnSync(node, ['--version']).stdout.toString().trim()}: ${ms(total).trim()} ms sampled per run`)
  console.log('self time by file (ms per run):')
  for (const [k, t] of [...byFile].sort((x, y) => y[1] - x[1]).slice(0, 30)) console.log(`${ms(t)}  ${k}`)
  console.log('self time by function (ms per run):')
  for (const [k, t] of [...byFunction].sort((x, y) => y[1] - x[1]).slice(0, 20)) console.log(`${ms(t)}  ${k}`)
} finally {
  rmSync(out, { recursive: true, force: true })
  rmSync(b.dir, { recursive: true, force: true })
}
