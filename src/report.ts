// What the run tells the user: the plan in the log (Terraform-like), the action's outputs, and a job summary
// table. Rendering is pure (strings in, strings out); a Sink does the I/O, so tests capture it without mocks.
import type { Action, FieldDiff, Plan, Step } from './model.js'
import { countChanges } from './plan.js'

export const SYMBOL: Record<Action, string> = {
  create: '+',
  update: '~',
  replace: '-/+',
  delete: '-',
  unchanged: '=',
  conflict: '!'
}

/** A value as the log shows it: absent as `(none)`, everything else as JSON (strings quoted). */
export function show(v: unknown): string {
  return v === undefined || v === null ? '(none)' : JSON.stringify(v)
}

export function renderDiff(diff: readonly FieldDiff[]): string {
  return diff.map((d) => (d.from === undefined ? `${d.field}: ${show(d.to)}` : `${d.field}: ${show(d.from)} → ${show(d.to)}`)).join(', ')
}

/** One log line per step: `+ create identity:rg/name (location: "eastus", ...)`, `! conflict key: reason`. */
export function renderStep(s: Step): string {
  const head = `${SYMBOL[s.action]} ${s.action} ${s.key}`
  if (s.action === 'conflict') return `${head}: ${s.reason ?? 'cannot proceed'}${s.diff.length ? ` (${renderDiff(s.diff)})` : ''}`
  const detail = [s.diff.length ? renderDiff(s.diff) : '', s.reason ?? ''].filter(Boolean).join('; ')
  return detail ? `${head} (${detail})` : head
}

export function renderPlan(plan: Plan): string {
  const counts = new Map<Action, number>()
  for (const s of plan.steps) counts.set(s.action, (counts.get(s.action) ?? 0) + 1)
  const summary = (['create', 'update', 'replace', 'delete', 'unchanged', 'conflict'] as Action[])
    .filter((a) => counts.get(a))
    .map((a) => `${counts.get(a)} to ${a === 'unchanged' ? 'keep' : a === 'conflict' ? 'resolve' : a}`)
    .join(', ')
  return [`Plan (${plan.mode}): ${summary || 'nothing'}`, ...plan.steps.map(renderStep)].join('\n')
}

/** The `plan` output: the documented version-1 JSON (see model.ts Plan), without internal fields. */
export function planJson(plan: Plan): string {
  return JSON.stringify({
    version: plan.version,
    mode: plan.mode,
    steps: plan.steps.map((s) => ({
      key: s.key,
      kind: s.kind,
      action: s.action,
      ...(s.reason ? { reason: s.reason } : {}),
      diff: s.diff.map((d) => ({ field: d.field, from: d.from ?? null, to: d.to ?? null })),
      ...(s.id ? { id: s.id } : {})
    }))
  })
}

/** Action outputs as named in action.yml (this half sets the Azure ones). */
export interface ActionOutputs {
  'client-id'?: string
  'principal-id'?: string
  'tenant-id'?: string
  'identity-id'?: string
  'oidc-issuer-url'?: string
  'federated-credential-name'?: string
  'role-assignment-ids'?: string
  changes: string
  plan: string
  [name: string]: string | undefined
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ')

/** The job summary: one table row per resource (key, action, detail), then the main outputs. */
export function summaryMarkdown(plan: Plan, outputs: ActionOutputs, applied: boolean): string {
  const verb = plan.mode === 'plan' || !applied ? 'would change' : 'changed'
  const lines = [
    `### AKS workload identity (${plan.mode})`,
    '',
    `${countChanges(plan)} resource(s) ${verb}.`,
    '',
    '| Resource | Action | Detail |',
    '|---|---|---|',
    ...plan.steps.map((s) => `| \`${cell(s.key)}\` | ${SYMBOL[s.action]} ${s.action} | ${cell([renderDiff(s.diff), s.reason ?? ''].filter(Boolean).join('; ') || '')} |`)
  ]
  const shown = (['client-id', 'principal-id', 'tenant-id', 'oidc-issuer-url', 'federated-credential-name'] as const).filter((k) => outputs[k])
  if (shown.length) lines.push('', '| Output | Value |', '|---|---|', ...shown.map((k) => `| ${k} | \`${cell(outputs[k]!)}\` |`))
  return lines.join('\n') + '\n'
}

/** Where the run's messages and results go: @actions/core in production, an array in tests. */
export interface Sink {
  info(message: string): void
  warning(message: string): void
  setOutput(name: string, value: string): void
  setSecret(secret: string): void
  summary(markdown: string): Promise<void>
}

export async function coreSink(): Promise<Sink> {
  const core = await import('@actions/core')
  return {
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    setOutput: (n, v) => core.setOutput(n, v),
    setSecret: (s) => core.setSecret(s),
    async summary(markdown) {
      // No summary file outside a runner (local runs): skip rather than fail the run.
      if (!process.env.GITHUB_STEP_SUMMARY) return
      await core.summary.addRaw(markdown).write()
    }
  }
}

/** Sets every defined output. */
export function writeOutputs(sink: Sink, outputs: ActionOutputs): void {
  for (const [k, v] of Object.entries(outputs)) if (v !== undefined) sink.setOutput(k, v)
}
