// `npm run chaos`: the built action (dist/index.js) against the sandbox under random faults on every service,
// N seeded runs per fault rate, two workloads sharing a cluster, an identity and a runner scope, with
// interruptions (SIGTERM, SIGKILL) and 4 identical runs at once among the scenarios. See bench/chaos/README.md.
//
//   npm run chaos -- [--runs 50] [--rates 0.1,0.3] [--seed 1] [--concurrency 2] [--run-timeout 120]
//                    [--term-grace 10] [--scenario single|sigterm|sigkill|concurrent]
//                    [--start fresh|applied|runner-finished|cluster-drift] [--no-timeouts] [--no-runner-link]
//                    [--out FILE]
//   npm run chaos -- --replay 17 --rates 0.3      one seed, its full record printed
import { execFileSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { killAll, removeBundle } from './chaos/process.js'
import { ChaosWorld, runScenario, type RunRecord, type ScenarioKind, type ScenarioOptions, type StartState } from './chaos/scenario.js'
import { causeList, failing, failingSeeds, markdownTable, rateRows, scenarioTable } from './chaos/report.js'
import type { FaultName } from './chaos/faults.js'

interface Args {
  runs: number
  rates: number[]
  seed: number
  concurrency: number
  runTimeoutMs: number
  termGraceMs: number
  scenario?: ScenarioKind
  start?: StartState
  noTimeouts: boolean
  runnerLink: boolean
  replay?: number
  out?: string
}

function parse(argv: string[]): Args {
  const a: Args = { runs: 50, rates: [0.1, 0.3], seed: 1, concurrency: 2, runTimeoutMs: 120_000, termGraceMs: 10_000, noTimeouts: false, runnerLink: true }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined]
    const value = (): string => {
      const v = inline ?? argv[++i]
      if (v === undefined) throw new Error(`${flag} needs a value`)
      return v
    }
    const num = (min: number): number => {
      const n = Number(value())
      if (!Number.isFinite(n) || n < min) throw new Error(`${flag} needs a number >= ${min}`)
      return n
    }
    if (flag === '--runs') a.runs = Math.floor(num(1))
    else if (flag === '--rates') {
      a.rates = value().split(',').map(Number)
      if (a.rates.some((r) => !(r >= 0 && r <= 1))) throw new Error('--rates needs numbers between 0 and 1, e.g. 0.1,0.3')
    } else if (flag === '--seed') a.seed = Math.floor(num(0))
    else if (flag === '--concurrency') a.concurrency = Math.floor(num(1))
    else if (flag === '--run-timeout') a.runTimeoutMs = num(1) * 1000
    else if (flag === '--term-grace') a.termGraceMs = num(0) * 1000
    else if (flag === '--replay') a.replay = Math.floor(num(0))
    else if (flag === '--out') a.out = value()
    else if (flag === '--no-timeouts') a.noTimeouts = true
    else if (flag === '--no-runner-link') a.runnerLink = false
    else if (flag === '--scenario') {
      const s = value()
      if (!['single', 'sigterm', 'sigkill', 'concurrent'].includes(s)) throw new Error('--scenario needs single, sigterm, sigkill or concurrent')
      a.scenario = s as ScenarioKind
    } else if (flag === '--start') {
      const s = value()
      if (!['fresh', 'applied', 'runner-finished', 'cluster-drift'].includes(s)) throw new Error('--start needs fresh, applied, runner-finished or cluster-drift')
      a.start = s as StartState
    } else throw new Error(`unknown argument ${flag}`)
  }
  return a
}

const git = (...args: string[]): string => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim()
  } catch {
    return 'unknown'
  }
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2))
  const exclude = new Set<FaultName>(args.noTimeouts ? ['timeout', 'timeout-after'] : [])
  const jobs: ScenarioOptions[] = []
  const seeds = args.replay !== undefined ? [args.replay] : Array.from({ length: args.runs }, (_, i) => args.seed + i)
  for (const rate of args.rates)
    for (const seed of seeds) jobs.push({ rate, seed, runTimeoutMs: args.runTimeoutMs, termGraceMs: args.termGraceMs, exclude, ...(args.scenario ? { scenario: args.scenario } : {}), ...(args.start ? { start: args.start } : {}) })

  const started = new Date()
  console.error(`chaos: ${jobs.length} runs (${seeds.length} seeds x rates ${args.rates.join(', ')}), concurrency ${args.concurrency}, run timeout ${args.runTimeoutMs / 1000} s; the built action from dist/`)
  const records: RunRecord[] = []
  const worlds: ChaosWorld[] = []
  let stopping = false
  const out = args.out ?? join('bench', 'results', `chaos-${started.toISOString().replace(/[:.]/g, '-')}.json`)
  const save = async (): Promise<void> => {
    await mkdir(dirname(out), { recursive: true })
    const doc = {
      started: started.toISOString(),
      finished: new Date().toISOString(),
      commit: git('rev-parse', 'HEAD'),
      // The last commit that changed the action (src/ or dist/): what was measured.
      actionCommit: git('log', '-1', '--format=%h', '--', 'src', 'dist'),
      dirty: git('status', '--porcelain', '--', 'src', 'dist') !== '',
      machine: { cpus: cpus().length, loadavg: loadavg() },
      options: { ...args, exclude: [...exclude] },
      table: rateRows(records),
      causes: causeList(records),
      runs: records.sort((x, y) => x.rate - y.rate || x.seed - y.seed)
    }
    await writeFile(out, JSON.stringify(doc, null, 1) + '\n')
  }
  const onSignal = (sig: string): void => {
    if (stopping) return
    stopping = true
    console.error(`chaos: ${sig}, stopping: killing the action processes, saving what finished`)
    killAll()
    void Promise.allSettled(worlds.map((w) => w.stop()))
      .then(save)
      .then(removeBundle)
      .finally(() => process.exit(130))
  }
  process.on('SIGINT', () => onSignal('SIGINT'))
  process.on('SIGTERM', () => onSignal('SIGTERM'))

  let next = 0
  await Promise.all(
    Array.from({ length: Math.min(args.concurrency, jobs.length) }, async () => {
      const world = await ChaosWorld.start({ runnerLink: args.runnerLink })
      worlds.push(world)
      try {
        while (!stopping && next < jobs.length) {
          const job = jobs[next++]!
          const rec = await runScenario(world, job)
          records.push(rec)
          const ps = rec.processes.map((p) => (p.hung ? 'hung' : p.code === null ? p.signal : `exit ${p.code}`)).join(',')
          console.error(
            `[${records.length}/${jobs.length}] ${Math.round(job.rate * 100)}% seed ${job.seed} ${rec.scenario}/${rec.start}: ${rec.outcome} (${ps}), rerun ${rec.rerun.converged ? 'converged' : 'NOT converged'}` +
              `${failing(rec) ? `; ${rec.causes.length} cause(s)` : ''} (${(rec.wallMs / 1000).toFixed(1)} s)`
          )
        }
      } finally {
        await world.stop()
      }
    })
  )
  if (stopping) return
  await save()
  await removeBundle()

  if (args.replay !== undefined) {
    for (const r of records) {
      console.log(`## seed ${r.seed} at ${Math.round(r.rate * 100)}%: ${r.scenario}, start ${r.start}, runner-count ${r.runnerCount}: ${r.outcome}\n`)
      console.log('```\n' + r.excerpt + '\n```\n')
      console.log(`causes:\n${r.causes.map((c) => `- ${c}`).join('\n') || '- none'}\n`)
      console.log(`faults hit (${r.faultsHit.length}):\n${r.faultsHit.map((f) => `- ${f}`).join('\n')}\n`)
    }
  }
  console.log(`## Chaos campaign, ${started.toISOString().slice(0, 10)} (action at ${git('log', '-1', '--format=%h', '--', 'src', 'dist')}, harness at ${git('rev-parse', '--short', 'HEAD')})\n`)
  console.log(markdownTable(rateRows(records)) + '\n')
  console.log(scenarioTable(records) + '\n')
  console.log('### Failure causes (runs: cause; seeds as rate/seed)\n')
  for (const c of causeList(records)) console.log(`- ${c.runs}: ${c.cause} (seeds ${c.seeds.slice(0, 8).join(', ')}${c.seeds.length > 8 ? ', ...' : ''})`)
  console.log('\n### Seeds of failing runs (replay one with `npm run chaos -- --replay SEED --rates RATE`)\n')
  console.log(failingSeeds(records))
  console.log(`\nJSON: ${out}`)
}

main().catch((err: unknown) => {
  killAll()
  void removeBundle()
  console.error(`chaos: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  process.exit(1)
})
