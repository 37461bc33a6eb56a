// The runner kinds the action knows: one driver per `runner-kind` value. Adding a kind is one driver file, one
// line here, and its inputs in action.yml (CONTRIBUTING.md says how); nothing else names a kind.
import type { RunnerDriver, RunnerPodPlace, RunnerRbac } from './driver.js'
import { arcDriver } from './arc.js'
import { githubDriver } from './github.js'
import { gitlabDriver } from './gitlab.js'
import { jenkinsDriver } from './jenkins.js'
import { podDriver } from './pod.js'

/** The registry: `runner-kind` value → driver, in the order the inputs' documentation lists them. */
const REGISTERED = { github: githubDriver, gitlab: gitlabDriver, jenkins: jenkinsDriver, pod: podDriver, arc: arcDriver }

/** What `runner-kind` selects: which CI agent (or plain workload) the pods run. */
export type RunnerKind = keyof typeof REGISTERED
type OptionsOf<D> = D extends RunnerDriver<infer O> ? O : never
/** Each kind's options, as its driver reads them. */
export type RunnerOptions = { [K in RunnerKind]: OptionsOf<(typeof REGISTERED)[K]> }

export const DRIVERS: { readonly [K in RunnerKind]: RunnerDriver<RunnerOptions[K]> } = REGISTERED

// Object.keys loses the key type; the registry's keys are exactly the kinds.
export const RUNNER_KINDS = Object.keys(REGISTERED) as RunnerKind[]

/** A kind with its options: the two always travel together, so the options are always the kind's own. */
export type RunnerSelection<K extends RunnerKind = RunnerKind> = { [P in K]: { kind: P; options: RunnerOptions[P] } }[K]

/** The kind a pod was made as, from its component label (undefined for a component no driver has). */
export function kindOfComponent(component: string | undefined): RunnerKind | undefined {
  return RUNNER_KINDS.find((k) => DRIVERS[k].component === component)
}

/** The name of a runner pod's credential Secret; undefined when its kind has none (or is unknown). */
export function credentialSecretName(kind: RunnerKind | undefined, runnerName: string): string | undefined {
  const s = kind && DRIVERS[kind].secret
  return s ? `${runnerName}-${s.suffix}` : undefined
}

/** Pure: the Secret value of a pod whose credential comes from the inputs; undefined for kinds without one. */
export function derivedCredential<K extends RunnerKind>(
  sel: RunnerSelection<K>,
  fromInputs: string | undefined,
  pod: RunnerPodPlace
): string | undefined {
  return DRIVERS[sel.kind].credential?.(sel.options, fromInputs, pod)
}

/** The kind's namespaced RBAC for these options; undefined when its pods need none. */
export function runnerRbac<K extends RunnerKind>(sel: RunnerSelection<K>): RunnerRbac | undefined {
  return DRIVERS[sel.kind].rbac?.(sel.options)
}

/** Whether the kind's pods run as a service account of their own, without the identity (see RunnerDriver). */
export function separateServiceAccount<K extends RunnerKind>(sel: RunnerSelection<K>): boolean {
  return DRIVERS[sel.kind].separateServiceAccount?.(sel.options) === true
}

/** The name of a kind's own service account (and of its Role and RoleBinding): `<service-account>-<component>`, at most 253 characters. */
export const runnerServiceAccountName = (serviceAccount: string, component: string): string =>
  `${serviceAccount}-${component}`.slice(0, 253)

/** The service account the kind's pods run as: its own one, or the workload identity service account. */
export function runnerPodServiceAccount<K extends RunnerKind>(sel: RunnerSelection<K>, serviceAccount: string): string {
  return separateServiceAccount(sel) ? runnerServiceAccountName(serviceAccount, DRIVERS[sel.kind].component) : serviceAccount
}

/** Just the kind and its options of something that carries them (settings, a spec), for a spec of its own. */
export function selectionOf<K extends RunnerKind>(s: RunnerSelection<K>): RunnerSelection<K> {
  return { kind: s.kind, options: s.options }
}
