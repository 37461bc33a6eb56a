// The slowest test files of one `npm test` run, as the markdown table of docs/testing.md:
//   AKS_WI_TEST_TIMES=/tmp/times.jsonl npm test -- --json --outputFile=/tmp/jest.json
//   node scripts/test-times.mjs /tmp/jest.json [/tmp/times.jsonl] [--top 15] [--by cpu] [--durations test/durations.json]
// Wall time per file comes from jest's JSON results; CPU time (user + system of the worker, and of the child
// processes it waited for) from the lines test/helpers/environment.ts appends when AKS_WI_TEST_TIMES is set.
// --durations FILE writes every file's wall time there (test/durations.json: the order test/helpers/sequencer.js
// gives a run with no timing cache, the longest first).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const args = process.argv.slice(2)
const topAt = args.indexOf('--top')
const top = topAt >= 0 ? Number(args[topAt + 1]) : 15
const byAt = args.indexOf('--by')
const byCpu = byAt >= 0 && args[byAt + 1] === 'cpu'
const durationsAt = args.indexOf('--durations')
const valueAt = new Set([topAt, byAt, durationsAt].filter((i) => i >= 0).map((i) => i + 1))
const [jestJson, timesFile] = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i))
if (!jestJson) {
  console.error('usage: node scripts/test-times.mjs <jest --json output> [AKS_WI_TEST_TIMES file] [--top N] [--by cpu] [--durations FILE]')
  process.exit(2)
}
const results = JSON.parse(readFileSync(jestJson, 'utf8'))
const cpu = new Map()
if (timesFile && existsSync(timesFile)) {
  for (const line of readFileSync(timesFile, 'utf8').split('\n').filter(Boolean)) {
    const t = JSON.parse(line)
    cpu.set(t.file, t)
  }
}
const root = `${process.cwd()}/`
const rows = results.testResults
  .map((t) => ({ file: t.name.replace(root, ''), wall: (t.endTime - t.startTime) / 1000, tests: t.assertionResults.length }))
  .sort((a, b) => b.wall - a.wall)
const cpuOf = (r) => (cpu.get(r.file)?.cpuSeconds ?? 0) + (cpu.get(r.file)?.childCpuSeconds ?? 0)
if (byCpu) rows.sort((a, b) => cpuOf(b) - cpuOf(a))
const sum = (xs) => xs.reduce((a, b) => a + b, 0)
const fmt = (n) => (n === undefined ? '' : n.toFixed(1))
const first = Math.min(...results.testResults.map((t) => t.startTime))
const last = Math.max(...results.testResults.map((t) => t.endTime))
console.log(`${rows.length} files, ${results.numTotalTests} tests, ${results.numFailedTests} failed; ${((last - first) / 1000).toFixed(0)} s from the first file's start to the last one's end`)
const cpuKnown = rows.filter((r) => cpu.has(r.file))
if (cpuKnown.length) {
  const all = sum(cpuKnown.map((r) => cpu.get(r.file).cpuSeconds + cpu.get(r.file).childCpuSeconds))
  console.log(`CPU time of all files (workers and their children): ${all.toFixed(0)} s`)
}
console.log('')
console.log('| file | tests | wall (s) | CPU, worker (s) | CPU, children (s) |')
console.log('| --- | --- | --- | --- | --- |')
for (const r of rows.slice(0, top)) {
  const c = cpu.get(r.file)
  console.log(`| ${r.file} | ${r.tests} | ${fmt(r.wall)} | ${fmt(c?.cpuSeconds)} | ${fmt(c?.childCpuSeconds)} |`)
}

if (durationsAt >= 0) {
  const files = Object.fromEntries([...rows].sort((a, b) => a.file.localeCompare(b.file)).map((r) => [r.file, Number(r.wall.toFixed(1))]))
  const measured = new Date(first).toISOString().slice(0, 10)
  writeFileSync(args[durationsAt + 1], JSON.stringify({ measured, note: 'wall seconds per file, from scripts/test-times.mjs', files }, null, 2) + '\n')
}
