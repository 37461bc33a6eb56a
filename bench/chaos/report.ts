// The campaign's report: a Markdown table per fault rate, a breakdown by scenario, the distinct failure causes
// (each with the seeds that show it and an excerpt), and the seeds of failing runs to replay.
import type { RunRecord } from './scenario.js'

export interface RateRow {
  rate: number
  runs: number
  /** Runs in which no signal reached the action (no SIGTERM or SIGKILL delivered): the denominator of "first try". */
  uninterrupted: number
  /** Of those, the ones that converged: "converged first try" as the issue's targets mean it. */
  convergedFirstTry: number
  /** SIGTERM delivered, and the run stopped by itself with a message and a non-zero exit (failed cleanly). */
  stoppedCleanly: number
  sigterms: number
  failedCleanly: number
  failedUnclean: number
  falseSuccess: number
  hung: number
  killed: number
  convergedOnRerun: number
  duplicates: number
  orphans: number
  foreignTouched: number
  secretsWritten: number
}

export interface Cause {
  cause: string
  runs: number
  /** `rate/seed` of every run that showed it. */
  seeds: string[]
  excerpt: string
}

const pct = (n: number, of: number): string => (of ? `${n} (${Math.round((100 * n) / of)}%)` : '0')
const ofPct = (n: number, of: number): string => (of ? `${n} of ${of} (${Math.round((100 * n) / of)}%)` : '0 of 0')

/**
 * A run the harness interrupted: its SIGTERM or SIGKILL reached the action (a sigterm/sigkill scenario whose action
 * finished before its interruption point was not interrupted). Such a run cannot converge on its first try by
 * design; "converged first try" is counted over the others.
 */
export const interrupted = (r: RunRecord): boolean => r.processes.some((p) => p.interrupted !== undefined)
const termed = (r: RunRecord): boolean => r.processes.some((p) => p.interrupted?.signal === 'SIGTERM')

export function rateRows(runs: RunRecord[]): RateRow[] {
  const rates = [...new Set(runs.map((r) => r.rate))].sort((x, y) => x - y)
  return rates.map((rate) => {
    const rs = runs.filter((r) => r.rate === rate)
    const n = (f: (r: RunRecord) => boolean): number => rs.filter(f).length
    return {
      rate,
      runs: rs.length,
      uninterrupted: n((r) => !interrupted(r)),
      convergedFirstTry: n((r) => !interrupted(r) && r.outcome === 'converged'),
      stoppedCleanly: n((r) => termed(r) && r.outcome === 'failed-cleanly'),
      sigterms: n(termed),
      failedCleanly: n((r) => r.outcome === 'failed-cleanly'),
      failedUnclean: n((r) => r.outcome === 'failed-unclean'),
      falseSuccess: n((r) => r.outcome === 'false-success'),
      hung: n((r) => r.outcome === 'hung'),
      killed: n((r) => r.outcome === 'killed'),
      convergedOnRerun: n((r) => r.rerun.converged),
      duplicates: n((r) => r.duplicates.length > 0),
      orphans: n((r) => r.orphans.length > 0),
      foreignTouched: n((r) => r.foreignTouched.length > 0),
      secretsWritten: n((r) => r.secretsWritten.length > 0)
    }
  })
}

export function markdownTable(rows: RateRow[]): string {
  const head =
    '| fault rate | runs | converged first try (of runs not interrupted) | failed cleanly | failed unclean | claimed success falsely | hung | SIGTERM: stopped cleanly | SIGKILLed | converged on rerun | duplicates | orphans | foreign objects touched | secrets written |'
  const sep = '|' + ' --- |'.repeat(14)
  const lines = rows.map((r) =>
    [
      `${Math.round(r.rate * 100)}%`,
      r.runs,
      ofPct(r.convergedFirstTry, r.uninterrupted),
      pct(r.failedCleanly, r.runs),
      pct(r.failedUnclean, r.runs),
      pct(r.falseSuccess, r.runs),
      pct(r.hung, r.runs),
      `${r.stoppedCleanly} of ${r.sigterms}`,
      r.killed,
      pct(r.convergedOnRerun, r.runs),
      r.duplicates,
      r.orphans,
      r.foreignTouched,
      r.secretsWritten
    ].join(' | ')
  )
  return [head, sep, ...lines.map((l) => `| ${l} |`)].join('\n')
}

export function scenarioTable(runs: RunRecord[]): string {
  const outcomes = ['converged', 'failed-cleanly', 'failed-unclean', 'false-success', 'hung', 'killed'] as const
  const keys = [...new Set(runs.map((r) => `${r.rate}\u0000${r.scenario}`))].sort()
  const lines = keys.map((k) => {
    const [rate, scenario] = k.split('\u0000') as [string, string]
    const rs = runs.filter((r) => String(r.rate) === rate && r.scenario === scenario)
    return `| ${Math.round(Number(rate) * 100)}% | ${scenario} | ${rs.length} | ${outcomes.map((o) => rs.filter((r) => r.outcome === o).length).join(' | ')} | ${rs.filter((r) => r.rerun.converged).length} |`
  })
  return ['| fault rate | scenario | runs | converged | failed cleanly | failed unclean | claimed success falsely | hung | SIGKILLed | rerun converged |', '|' + ' --- |'.repeat(10), ...lines].join('\n')
}

export function causeList(runs: RunRecord[]): Cause[] {
  const by = new Map<string, Cause>()
  for (const r of runs) {
    for (const c of r.causes) {
      const e = by.get(c) ?? { cause: c, runs: 0, seeds: [], excerpt: r.excerpt }
      e.runs += 1
      e.seeds.push(`${r.rate}/${r.seed}`)
      by.set(c, e)
    }
  }
  return [...by.values()].sort((x, y) => y.runs - x.runs || x.cause.localeCompare(y.cause))
}

/**
 * A run fails the campaign's properties when it hung, failed without a clear message, claimed a success that did
 * not happen, its rerun did not converge, or it left a duplicate, an orphan, a touched foreign object or a secret.
 * (A clean failure under faults is allowed; the table counts it.)
 */
export const failing = (r: RunRecord): boolean =>
  r.outcome === 'failed-unclean' ||
  r.outcome === 'false-success' ||
  r.outcome === 'hung' ||
  !r.rerun.converged ||
  r.duplicates.length + r.orphans.length + r.foreignTouched.length + r.secretsWritten.length > 0

export function failingSeeds(runs: RunRecord[]): string {
  const lines: string[] = []
  for (const rate of [...new Set(runs.map((r) => r.rate))].sort((x, y) => x - y)) {
    const f = runs.filter((r) => r.rate === rate && failing(r)).sort((x, y) => x.seed - y.seed)
    lines.push(`- ${Math.round(rate * 100)}%: ${f.length ? f.map((r) => `${r.seed} (${r.scenario}, ${r.outcome})`).join(', ') : 'none'}`)
  }
  return lines.join('\n')
}
