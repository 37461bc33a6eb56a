// The runner pod shaping inputs' names, and the shaping settings loaded only when one of them is given: a run
// without shaping never loads the shaping code, its YAML parser or the pod schema (issue 19, start-up). The
// settings (src/settings.ts) take the check as a parameter; the entry points load it here.
import type { InputSource, ShapingCheck } from '../settings.js'

/** The shaping inputs, in the order the docs list them. */
export const SHAPING_INPUTS = [
  'runner-node-selector',
  'runner-tolerations',
  'runner-resources',
  'runner-image-pull-secrets',
  'runner-annotations',
  'runner-labels-k8s',
  'runner-pod-template'
] as const

/** Whether any shaping input is given (what readSettings then needs a ShapingCheck for). */
export const shapingGiven = (inputs: Pick<InputSource, 'get'>): boolean => SHAPING_INPUTS.some((n) => inputs.get(n).trim() !== '')

/** The shaping check (src/shaping/settings.ts) when a shaping input is given, loaded then; undefined otherwise. */
export async function shapingCheckFor(inputs: Pick<InputSource, 'get'>): Promise<ShapingCheck | undefined> {
  return shapingGiven(inputs) ? (await import('./settings.js')).readRunnerShaping : undefined
}
