// Cold start of the bundle: wall time of `node <bundle>` from a folder with no node_modules above it,
// median of N runs, on each Node binary given. Two paths: a bad input (fails in validation: module
// load only) and the engine path (settings valid, the engine chunk loaded, first request refused fast).
// Usage: node bench/cold-start.mjs [--runs 10] [--node /path/to/node ...] [dist-dir]
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const args = process.argv.slice(2)
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 10)
const nodes = args.flatMap((a, i) => (args[i - 1] === '--node' ? [a] : []))
if (nodes.length === 0) nodes.push(process.execPath)
const dist = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--node'].includes(args[i - 1]))[0] ?? 'dist'

const dir = mkdtempSync(join(tmpdir(), 'aks-wi-bench-'))
cpSync(dist, dir, { recursive: true })
const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => statSync(join(dir, f)).isFile())
const size = files.reduce((n, f) => n + statSync(join(dir, f)).size, 0)

const base = { PATH: process.env.PATH, GITHUB_OUTPUT: join(dir, 'out'), 'INPUT_RESOURCE-GROUP': 'rg', 'INPUT_CLUSTER-NAME': 'aks', 'INPUT_SERVICE-ACCOUNT-NAME': 'sa' }
const paths = {
  'bad input': { ...base, 'INPUT_IDENTITY-NAME': 'x' },
  // Valid inputs: the engine and the Azure SDK load, then sign-in fails at once (workload identity with a token
  // file that does not exist), before any network request.
  engine: { ...base, 'INPUT_IDENTITY-NAME': 'id-app', INPUT_AUTH: 'workload-identity', AZURE_FEDERATED_TOKEN_FILE: join(dir, 'missing-token'), 'INPUT_SUBSCRIPTION-ID': '00000000-0000-4000-8000-000000000001', AZURE_CLIENT_ID: '00000000-0000-4000-8000-000000000002', AZURE_TENANT_ID: '00000000-0000-4000-8000-000000000003' }
}

const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(`bundle ${dist}: ${(size / 1024 / 1024).toFixed(2)} MiB in ${files.length} file(s); median of ${runs} runs`)
for (const node of nodes) {
  const version = spawnSync(node, ['--version']).stdout.toString().trim()
  for (const [name, env] of Object.entries(paths)) {
    const times = []
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint()
      spawnSync(node, [join(dir, 'index.js')], { cwd: dir, env, stdio: 'ignore', timeout: 60_000 })
      times.push(Number(process.hrtime.bigint() - t) / 1e6)
    }
    console.log(`  node ${version} ${name}: ${median(times).toFixed(0)} ms`)
  }
}
