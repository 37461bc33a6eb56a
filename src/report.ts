// What the run tells the user: the plan in the log (Terraform-like), the action's outputs, and the Sink that
// the job summary (summary.ts) and annotations go to. Rendering is pure (strings in, strings out); a Sink does
// the I/O, so tests capture it without mocks.
import type { Action, FieldDiff, Logger, Plan, Step } from './model.js'

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
  const head = `${SYMBOL[s.action]} ${s.action} ${s.key}${s.ownership === 'adopted' ? ' [adopted]' : ''}`
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
  return [`Plan (${plan.mode}): ${summary || 'nothing'}`, ...groupedSteps(plan.steps)].join('\n')
}

/** The steps, under a heading per workload when the run has several (a step of several workloads: under all of them, once). */
function groupedSteps(steps: readonly Step[]): string[] {
  if (!steps.some((s) => s.workloads)) return steps.map(renderStep)
  const groups = new Map<string, Step[]>()
  const all = new Set(steps.flatMap((s) => s.workloads ?? []))
  for (const s of steps) {
    const w = s.workloads ?? []
    const head = w.length === 1 ? `Workload ${w[0]}:` : w.length === all.size ? 'Shared by every workload:' : `Shared by ${w.join(', ')}:`
    groups.set(head, [...(groups.get(head) ?? []), s])
  }
  // Shared resources first (the cluster, shared identities, namespaces), then each workload's own.
  const order = [...groups.keys()].sort((a, b) => Number(a.startsWith('Workload')) - Number(b.startsWith('Workload')))
  return order.flatMap((head) => [head, ...groups.get(head)!.map((s) => `  ${renderStep(s)}`)])
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
      ...(s.id ? { id: s.id } : {}),
      // Extension of version 1 (additive): whether the action created the resource or adopted it.
      ...(s.ownership ? { ownership: s.ownership } : {}),
      // Extension of version 1 (additive): what the step leaves alone, and why.
      ...(s.notices?.length ? { notices: s.notices } : {}),
      // Extension of version 1 (additive): the change only scales runners to demand (runner-count: auto), not drift.
      ...(s.scaling ? { scaling: true } : {}),
      // Extension of version 1 (additive): a run of several workloads, the workloads the resource is part of.
      ...(s.workloads ? { workloads: s.workloads } : {})
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
  /** 'true' when the observed state differed from the desired one (plan and apply). */
  drift?: string
  changes: string
  plan: string
  [name: string]: string | undefined
}

/** Where an annotation points, as @actions/core takes it (a title is enough for resource-level findings). */
export interface AnnotationProps {
  title?: string
}

/** Where the run's messages and results go: @actions/core in production, an array in tests. A Logger, and more. */
export interface Sink extends Logger {
  /** A warning annotation (drift, foreign objects); `props.title` heads it in the run's annotations. */
  warning(message: string, props?: AnnotationProps): void
  /** A notice annotation (what was left alone); sinks without it log the message instead. */
  notice?(message: string, props?: AnnotationProps): void
  setOutput(name: string, value: string): void
  setSecret(secret: string): void
  summary(markdown: string): Promise<void>
  /** An environment variable for the job's later steps (GITHUB_ENV); sinks without it cannot export (the CLI). */
  exportVariable?(name: string, value: string): void
}

export async function coreSink(): Promise<Sink> {
  // Named, so the build loads only these (scripts/build.mjs, facades): not the ID-token client and its HTTP stack.
  const { info, warning, notice, setOutput, setSecret, exportVariable, summary } = await import('@actions/core')
  const core = { info, warning, notice, setOutput, setSecret, exportVariable, summary }
  return {
    info: (m) => core.info(m),
    warning: (m, props) => core.warning(m, props),
    notice: (m, props) => core.notice(m, props),
    setOutput: (n, v) => core.setOutput(n, v),
    setSecret: (s) => core.setSecret(s),
    exportVariable: (n, v) => core.exportVariable(n, v),
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

/**
 * `export-env: true`: the variables a later step's Azure SDK or tool reads, for the identity the action manages
 * (pure: which to export, and why one is left out).
 */
export function exportedEnvironment(
  outputs: Pick<ActionOutputs, 'client-id' | 'tenant-id'>,
  subscriptionId: string
): { variables: Record<string, string>; missing: string[] } {
  const all: Record<string, string | undefined> = {
    AZURE_CLIENT_ID: outputs['client-id'],
    AZURE_TENANT_ID: outputs['tenant-id'],
    AZURE_SUBSCRIPTION_ID: subscriptionId
  }
  const variables = Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => !!e[1]))
  return { variables, missing: Object.keys(all).filter((k) => !all[k]) }
}

/** Exports them through the sink, saying what was exported (names and values: none is a secret). */
export function exportEnvironment(sink: Sink, outputs: ActionOutputs, subscriptionId: string): void {
  const { variables, missing } = exportedEnvironment(outputs, subscriptionId)
  if (!sink.exportVariable) {
    sink.info('export-env: there are no later steps to export to here (only in a GitHub Actions job); see the outputs instead.')
    return
  }
  for (const [k, v] of Object.entries(variables)) sink.exportVariable(k, v)
  sink.info(
    `Exported for later steps: ${Object.entries(variables)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}.`
  )
  if (missing.length)
    sink.warning(
      `export-env: ${missing.join(', ')} not exported: not known in this run (the managed identity does not exist yet, so it has no client ID).`
    )
}
