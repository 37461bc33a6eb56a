// Assertions shared by the plan and destroy tests (jest), on top of run.ts.
import { expect } from '@jest/globals'
import type { Sandbox } from '../sandbox/index.js'
import { annotatingSink, lastSeq, runAll, writesSince, type Annotated, type Run } from './run.js'

export * from './run.js'

/** A run expected to fail: its error, and what it recorded before failing. */
export async function runFailing(sb: Sandbox, inputs: Record<string, string> = {}): Promise<{ error: Error; sink: Annotated }> {
  const sink = annotatingSink()
  try {
    await runAll(sb, inputs, sink)
  } catch (err) {
    return { error: err as Error, sink }
  }
  throw new Error('the run was expected to fail')
}

/**
 * The drift check every drift test makes: plan (zero writes) reports exactly the expected findings, one warning
 * annotation per drifted resource titled with its key; a following apply converges; a plan after it finds no
 * drift, again with zero writes. Returns the first plan run for further checks.
 */
export async function planFindsThenApplyFixes(sb: Sandbox, inputs: Record<string, string>, expected: Array<{ key: string; message: string }>): Promise<Run> {
  const since = lastSeq(sb)
  const plan = await runAll(sb, { ...inputs, mode: 'plan', 'fail-on-drift': 'false' })
  expect(writesSince(sb, since).map((e) => e.operation)).toEqual([])
  const warnings = plan.sink.annotations.filter((a) => a.level === 'warning' && a.title?.startsWith('Drift: '))
  const got = warnings.map((w) => ({ key: w.title!.slice('Drift: '.length), message: w.message }))
  // Any order; compared as lines so a failure shows both lists in full.
  const lines = (l: Array<{ key: string; message: string }>) => l.map((x) => `${x.key} => ${x.message}`).sort()
  expect(lines(got)).toEqual(lines(expected.map((e) => ({ key: e.key, message: `Drift: ${e.message}` }))))
  expect(plan.sink.outputs.drift).toBe('true')
  const applied = await runAll(sb, inputs)
  expect(applied.outputs.drift).toBe('true')
  const after = lastSeq(sb)
  // fail-on-drift defaults to true: this plan would fail the step if anything were left.
  const again = await runAll(sb, { ...inputs, mode: 'plan' })
  expect(again.sink.outputs.drift).toBe('false')
  expect(again.sink.annotations.filter((a) => a.level === 'warning')).toEqual([])
  expect(writesSince(sb, after).map((e) => e.operation)).toEqual([])
  return plan
}

