// The chaos campaign's fault mix: at fault rate r, a share r of the requests to every service is hit by one of
// the kinds below (429 with Retry-After, 500, 503, resets, timeouts, latency spikes, and for writes, losses after
// the server acted), drawn by the sandbox from seeded streams so a run replays.
import type { FaultRule } from '../../test/sandbox/frame.js'

export type FaultName = '429' | '500' | '503' | 'reset' | 'timeout' | 'spike' | 'reset-after' | 'timeout-after' | '500-after'

/** What each kind is, as a sandbox rule (without rate). */
const KINDS: Record<FaultName, Omit<FaultRule, 'rate'>> = {
  '429': { kind: 'status', status: 429, retryAfter: 1 },
  '500': { kind: 'status', status: 500 },
  '503': { kind: 'status', status: 503 },
  reset: { kind: 'reset' },
  timeout: { kind: 'timeout' },
  spike: { kind: 'latency', latencyMs: 1500 },
  'reset-after': { kind: 'reset', phase: 'after' },
  'timeout-after': { kind: 'timeout', phase: 'after' },
  '500-after': { kind: 'status', status: 500, phase: 'after' }
}

/** Shares of the fault budget, for reads and for writes (token POSTs count as writes: the token is issued, then lost). */
export const READ_MIX: ReadonlyArray<readonly [FaultName, number]> = [
  ['429', 0.2],
  ['500', 0.2],
  ['503', 0.15],
  ['reset', 0.2],
  ['timeout', 0.1],
  ['spike', 0.15]
]
export const WRITE_MIX: ReadonlyArray<readonly [FaultName, number]> = [
  ['429', 0.15],
  ['500', 0.1],
  ['503', 0.1],
  ['reset', 0.1],
  ['timeout', 0.05],
  ['spike', 0.1],
  ['reset-after', 0.25],
  ['timeout-after', 0.05],
  ['500-after', 0.1]
]

const READS = 'GET|HEAD'
const WRITES = 'POST|PUT|PATCH|DELETE'

/**
 * The rules for fault rate `rate` on every service. Failing rules are tried in order and the first that fires
 * answers, so rule i gets rate q_i / (1 - (q_1 + ... + q_{i-1})) for its share q_i = rate x weight to come out
 * right; a latency spike is drawn on its own. `exclude` drops kinds (e.g. the CI subset leaves out timeouts).
 */
export function faultRules(rate: number, exclude: ReadonlySet<FaultName> = new Set()): FaultRule[] {
  const rules: FaultRule[] = []
  for (const [method, mix] of [
    [READS, READ_MIX],
    [WRITES, WRITE_MIX]
  ] as const) {
    const kept = mix.filter(([name]) => !exclude.has(name))
    const total = mix.reduce((s, [, w]) => s + w, 0)
    let taken = 0
    for (const [name, weight] of kept) {
      const q = (rate * weight) / total
      if (name === 'spike') {
        rules.push({ method, ...KINDS[name], rate: q })
        continue
      }
      rules.push({ method, ...KINDS[name], rate: Math.min(1, q / (1 - taken)) })
      taken += q
    }
  }
  return rules
}

/** A short name for a rule that hit a request, for failure reports. */
export function describeRule(rule: FaultRule): string {
  const what = rule.kind === 'status' ? String(rule.status) : rule.kind === 'latency' ? `spike ${rule.latencyMs} ms` : String(rule.kind)
  return rule.phase === 'after' ? `${what} after the write` : what
}
