// The shaping inputs as settings: each input read and checked on its own (./inputs.ts), then the shaped pod as a
// whole (schema, restricted standard, identity) on a pod built as the runners' will be (src/kube/manifests.ts),
// before any request. Given to readSettings as its ShapingCheck by whoever reads the settings (./names.ts): the
// settings module itself does not import the shaping code, the pod builder or the YAML parser.
import { shapingProblems } from '../kube/manifests.js'
import type { ShapingCheck } from '../settings.js'
import { readShaping, SHAPING_INPUTS } from './inputs.js'

/**
 * The shaping the inputs ask for (undefined when none is given), every problem reported through `r`. The whole
 * pod's problems are the patch's when there is one (it is applied last), else the first shaping input's.
 */
export const readRunnerShaping: ShapingCheck = (r, pod) => {
  const shaping = readShaping(r)
  if (!shaping) return undefined
  // An input refused on its own is left out of the pod checked here (its problem is reported already).
  const input = shaping.podTemplate ? 'runner-pod-template' : (SHAPING_INPUTS.find((n) => r.raw(n)) ?? 'runner-pod-template')
  for (const p of shapingProblems({ ...pod, shaping })) r.conflict(input, `the shaped runner pod is refused: ${p}`)
  return shaping
}
