// Drift, in words: which resources of a plan differ from the desired state and how, one finding per resource
// with a message that names the resource and each field. Pure; the engine turns findings into warning
// annotations and the `drift` output, the job summary into a table.
import { CHANGING_ACTIONS, type Action, type FieldDiff, type Plan, type Step } from './model.js'
import { show, type Sink } from './report.js'

export interface DriftFinding {
  key: string
  kind: string
  action: Action
  fields: FieldDiff[]
  /** `identity:rg/id: tags.team is "x", expected "a"`: the resource key, then each field. */
  message: string
}

/**
 * A step that shows drift: it would change something, or it cannot reach the desired state without the user. Scaling
 * to demand (`runner-count: auto`) is what the desired state asks for as the queue changes: not drift.
 */
export const isDrift = (s: Step): boolean => (CHANGING_ACTIONS.has(s.action) && !s.scaling) || s.action === 'conflict'

/** One field: `f is A, expected B`, `f is missing, expected B`, or `f: A` when only the observed side is known (e.g. pods to replace). */
export function describeField(d: FieldDiff): string {
  if (d.from === undefined) return `${d.field} is missing, expected ${show(d.to)}`
  if (d.to === undefined) return `${d.field}: ${show(d.from)}`
  return `${d.field} is ${show(d.from)}, expected ${show(d.to)}`
}

export function driftMessage(s: Step): string {
  const what = s.action === 'create' ? 'does not exist' : s.diff.length ? s.diff.map(describeField).join('; ') : (s.reason ?? s.action)
  // A conflict's reason says what the user must do; a replacement's why it cannot be updated in place.
  const why = s.reason && s.diff.length && (s.action === 'conflict' || s.action === 'replace') ? ` (${s.reason})` : ''
  return `${s.key}: ${what}${why}`
}

/** The drift of a plan or apply run (destroy has none: deleting is its purpose, not a difference). */
export function driftFindings(plan: Plan): DriftFinding[] {
  if (plan.mode === 'destroy') return []
  return plan.steps.filter(isDrift).map((s) => ({ key: s.key, kind: s.kind, action: s.action, fields: s.diff, message: driftMessage(s) }))
}

/**
 * The annotations of a run: in plan mode one warning per drifted resource (title: the resource; text: each
 * field), and in every mode one notice per thing left alone. Sinks without notices log those instead.
 */
export function annotate(sink: Pick<Sink, 'info' | 'warning' | 'notice'>, plan: Plan): void {
  if (plan.mode === 'plan') for (const f of driftFindings(plan)) sink.warning(`Drift: ${f.message}`, { title: `Drift: ${f.key}` })
  for (const s of plan.steps) {
    for (const n of s.notices ?? []) {
      const message = `${s.key}: ${n}`
      if (sink.notice) sink.notice(message, { title: `Left alone: ${s.key}` })
      else sink.info(message)
    }
  }
}
