// PodShaping applied to a generated runner pod, in a fixed order: labels and annotations (the action's own win),
// node selector, tolerations, image pull secrets, the runner container's resources, then the `runner-pod-template`
// strategic merge patch last (so it can refine all of the above). The shaped pod is then checked against the
// Kubernetes Pod schema (./validate.ts) and the restricted standard and identity rules (./policy.ts); any problem
// refuses it (ShapingError). Pure: the same pod and shaping always give the same result, so the spec hash is stable.
import { isObject, PatchError, strategicMergePod } from './merge.js'
import { policyProblems, type PolicyContext } from './policy.js'
import type { PodShaping } from './inputs.js'
import { resourceProblems, schemaProblems } from './validate.js'

type Obj = Record<string, unknown>

export class ShapingError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The shaped runner pod is refused:\n${problems.map((p) => `- ${p}`).join('\n')}`)
    this.name = 'ShapingError'
  }
}

/** The shaped pod, or the problems that refuse it. */
export function shapePod(
  generated: Obj,
  shaping: PodShaping,
  ctx: Omit<PolicyContext, 'generated'>
): { pod: Obj } | { problems: string[] } {
  const pod = structuredClone(generated)
  const meta = (pod.metadata ??= {}) as Obj
  if (shaping.labels) meta.labels = { ...shaping.labels, ...(meta.labels as Obj | undefined) }
  if (shaping.annotations) meta.annotations = { ...shaping.annotations, ...(meta.annotations as Obj | undefined) }
  const spec = (pod.spec ??= {}) as Obj
  if (shaping.nodeSelector) spec.nodeSelector = { ...shaping.nodeSelector }
  if (shaping.tolerations) spec.tolerations = structuredClone(shaping.tolerations)
  if (shaping.imagePullSecrets) spec.imagePullSecrets = shaping.imagePullSecrets.map((name) => ({ name }))
  if (shaping.resources) {
    const runner = (Array.isArray(spec.containers) ? spec.containers : []).find((c) => isObject(c) && c.name === ctx.container) as
      Obj | undefined
    if (runner) runner.resources = structuredClone(shaping.resources)
  }
  let shaped = pod
  if (shaping.podTemplate) {
    try {
      shaped = strategicMergePod(pod, shaping.podTemplate)
    } catch (e) {
      if (e instanceof PatchError) return { problems: [e.message] }
      throw e
    }
  }
  const problems = [...schemaProblems(shaped), ...resourceProblems(shaped), ...policyProblems(shaped, { ...ctx, generated })]
  return problems.length ? { problems } : { pod: shaped }
}

/** shapePod for the builder: the shaped pod, or a ShapingError (settings checked the same shaping before any request). */
export function shapedPod(generated: Obj, shaping: PodShaping | undefined, ctx: Omit<PolicyContext, 'generated'>): Obj {
  if (!shaping) return generated
  const r = shapePod(generated, shaping, ctx)
  if ('problems' in r) throw new ShapingError(r.problems)
  return r.pod
}
