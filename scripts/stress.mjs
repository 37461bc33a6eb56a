// `npm run test:stress [-- --runs N --workers W --burners B --no-build --report FILE]`: flakiness, measured.
// Runs the sandbox-backed tests (jest project `sandbox`) N times in a row on a loaded machine: W jest workers
// (default 4, as `npm test` uses on this 2-core machine) plus B processes that keep a core busy
// (default 1). Reports every run's result and wall time, and each test that failed with how often; exits 1 if
// any run failed. The burners are killed at the end, on Ctrl-C too. A test that fails once here is a defect to
// fix, not to retry.
import { spawn, spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const args = process.argv.slice(2)
const value = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback)
const runs = Number(value('--runs', 5))
const workers = Number(value('--workers', 4))
const burners = Number(value('--burners', 1))
const report = value('--report', undefined)
const known = new Set(['--runs', '--workers', '--burners', '--report'])
const jestArgs = args.filter((a, i) => !known.has(a) && !known.has(args[i - 1]) && a !== '--no-build')
if (!(runs >= 1 && workers >= 1 && burners >= 0)) {
  console.error('usage: npm run test:stress -- [--runs N] [--workers W] [--burners B] [--no-build] [--report FILE] [jest args]')
  process.exit(2)
}

// ---- the load: busy processes, each in its own process group -------------------------------------------------
const burning = []
const stopBurners = () => {
  for (const b of burning.splice(0)) {
    try {
      process.kill(-b.pid, 'SIGKILL')
    } catch {
      // gone already
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopBurners()
    process.exit(130)
  })
}
process.on('exit', stopBurners)

// The sandbox tests run the built action: build it once, first.
if (!args.includes('--no-build')) {
  const b = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' })
  if (b.status !== 0) process.exit(b.status ?? 1)
}

for (let i = 0; i < burners; i++) burning.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore', detached: true }))

// ---- the runs -----------------------------------------------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'aks-wi-stress-'))
const results = []
const failures = new Map() // "file › test" -> count
const started = Date.now()
for (let run = 1; run <= runs; run++) {
  const out = join(dir, `run-${run}.json`)
  const t0 = Date.now()
  const jest = spawnSync('npm', ['test', '--', '--selectProjects', 'sandbox', `--maxWorkers=${workers}`, '--ci', '--json', `--outputFile=${out}`, ...jestArgs], {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 1024 * 1024
  })
  const seconds = (Date.now() - t0) / 1000
  let passed = 0
  let failed = 0
  const failedHere = []
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'))
    passed = r.numPassedTests
    failed = r.numFailedTests
    for (const file of r.testResults) {
      const name = file.name.replace(`${process.cwd()}/`, '')
      const bad = file.assertionResults.filter((a) => a.status === 'failed')
      for (const a of bad) failedHere.push(`${name} › ${a.fullName}`)
      // A file that failed without a failing test (it did not load, or a hook failed) counts as one failure.
      if (file.status === 'failed' && bad.length === 0) {
        failedHere.push(`${name} › (file: ${(file.message ?? '').split('\n').find((l) => l.trim()) ?? 'failed'})`)
        failed += 1
      }
    }
  } catch {
    failedHere.push(`(run ${run}: no jest results; exit ${jest.status}) ${jest.stderr.toString().split('\n').slice(-5).join(' ')}`)
    failed += 1
  }
  if (jest.status !== 0 && failed === 0) {
    failedHere.push(`(run ${run}: jest exited ${jest.status} with no failed test)`)
    failed = 1
  }
  for (const f of failedHere) failures.set(f, (failures.get(f) ?? 0) + 1)
  results.push({ run, passed, failed, seconds })
  console.log(`run ${run}/${runs}: ${passed} passed, ${failed} failed, ${seconds.toFixed(0)} s${failedHere.length ? `\n  ${failedHere.join('\n  ')}` : ''}`)
}
stopBurners()
rmSync(dir, { recursive: true, force: true })

// ---- the report ---------------------------------------------------------------------------------------------
const bad = results.filter((r) => r.failed > 0).length
const times = results.map((r) => r.seconds).sort((a, b) => a - b)
const lines = [
  `## Stress: the sandbox tests ${runs} times, ${workers} jest workers and ${burners} CPU burner(s)`,
  '',
  `${runs - bad} of ${runs} runs passed; wall time per run ${times[0].toFixed(0)}-${times.at(-1).toFixed(0)} s (median ${times[Math.floor(times.length / 2)].toFixed(0)} s); ${((Date.now() - started) / 60000).toFixed(1)} min in all.`,
  '',
  '| run | passed | failed | wall time |',
  '| --- | --- | --- | --- |',
  ...results.map((r) => `| ${r.run} | ${r.passed} | ${r.failed} | ${r.seconds.toFixed(0)} s |`),
  ...(failures.size ? ['', '### Failed tests (runs that failed them)', '', ...[...failures].sort((a, b) => b[1] - a[1]).map(([t, n]) => `- ${n}× ${t}`)] : [])
]
const text = lines.join('\n') + '\n'
console.log(`\n${text}`)
if (report) writeFileSync(report, text)
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, text)
process.exit(bad ? 1 : 0)
