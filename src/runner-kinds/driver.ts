// What a runner kind (the user's `runner-kind`: github, gitlab, jenkins, pod, arc) is to the rest of the action. One
// driver per kind owns everything about it: the inputs it reads and validates, its pinned default image, where
// each pod's credential comes from, its part of the pod, what else its pod hash covers, and the namespaced RBAC
// its pods need. The shared runner machinery (src/kube/runner-set.ts, runner-pods.ts, manifests.ts) knows no
// kind by name; the registry (./index.ts) lists the drivers. How to add one: CONTRIBUTING.md.
import type { V1EnvVar, V1PolicyRule, V1ResourceRequirements, V1Volume, V1VolumeMount } from '@kubernetes/client-node'
import type { Rule } from '../rules.js'

/** How a driver reads its inputs: the settings module's reader (problems are collected; secrets masked on read). */
export interface InputReader {
  /** The trimmed value, '' when not set. */
  raw(name: string): string
  /** The value checked by `rule` (a problem when it fails), undefined when not set. */
  optional(name: string, rule: Rule): string | undefined
  oneOf<T extends string>(name: string, dflt: T, allowed: readonly T[]): T
  /** A list input: one item per line, each trimmed, blank lines dropped. */
  lines(name: string): string[]
  /** A problem about how inputs combine, not about one value. */
  conflict(name: string, message: string): void
}

/** What the run asks of the runner kinds, for the checks of their inputs. */
export interface RunnerRun {
  /** This driver's kind is the selected `runner-kind` (drivers of the others only validate what is set). */
  selected: boolean
  /** Runners are to be created (`runner-count` > 0, not destroy): the credential inputs are required. */
  creating: boolean
  count: number
  /** Destroy mode: nothing is created, so credentials are not required (kinds whose runners `runner-count` does not govern). */
  destroying?: boolean
}

/** What a driver read from its inputs. */
export interface RunnerInputs<O> {
  /** Part of the runner set's spec (compared, hashed, never secret). */
  options: O
  /** The credential its inputs give (masked on read; never in a spec, plan or output). */
  credential?: string
  /** The image its own inputs ask for, over `runner-image` and the default (pod: `pod-image`). */
  image?: string
}

/** The kind's part of the runner pod; everything else is the same for every kind (src/kube/manifests.ts). */
export interface KindPod {
  /** Never for one-shot runners (a spent credential must not be reused); Always for long-running agents. */
  restartPolicy: 'Never' | 'Always'
  /** Only a pod that talks to this cluster's API (GitLab's Kubernetes executor) gets an API token. */
  automountServiceAccountToken: boolean
  /** The image's non-root user and group (the restricted standard forbids root). */
  uid: number
  gid: number
  command?: string[]
  args?: string[]
  env: V1EnvVar[]
  volumeMounts?: V1VolumeMount[]
  volumes?: V1Volume[]
  resources: V1ResourceRequirements
}

/** The one credential a pod gets, in a Secret owned by the pod: its key in the Secret and its name suffix. */
export interface CredentialSecret {
  suffix: string
  key: string
}

/** Where a pod goes and what it is called: what a derived credential may name. */
export interface RunnerPodPlace {
  namespace: string
  serviceAccount: string
  /** The runner's (and pod's) name. */
  name: string
}

/** Namespaced permissions the kind's pods need for the cluster's API (a Role and RoleBinding on the service account). */
export interface RunnerRbac {
  rules: V1PolicyRule[]
  /** Why, in the plan (`+ create runner-rbac:...`). */
  reason: string
  /** Whom it serves, in the log line after applying. */
  serves: string
}

export interface RunnerDriver<O> {
  /** `app.kubernetes.io/component` of its pods and Secrets: how an observed pod's kind is known. */
  component: string
  /** The pinned image when no input names one (documented in action.yml). */
  defaultImage: string
  /** Inputs only this kind reads: set with another `runner-kind`, they are refused. */
  ownInputs: readonly string[]
  /** Of its inputs, the secret ones: masked on read, never shown in a message. */
  secretInputs?: readonly string[]
  /** Reads and validates its inputs (called for every run, whichever kind is selected). */
  read(r: InputReader, run: RunnerRun): RunnerInputs<O>
  /** Each runner registers at GitHub (a just-in-time config per pod): needs `github-token` and `runner-scope`. */
  registersAtGitHub?: boolean
  /** The Secret each pod's credential lives in; undefined when the kind has none. */
  secret?: CredentialSecret
  /** The Secret value of a pod whose credential comes from the inputs (undefined: none, or registered at GitHub). */
  credential?(options: O, fromInputs: string | undefined, pod: RunnerPodPlace): string | undefined
  /** The kind's part of the pod. */
  pod(options: O, secretName: string): KindPod
  /**
   * What of the options the pod hash covers besides the pod spec (default: all of them); undefined: none. Options
   * that only reach the credential (GitLab's config.toml) replace pods through the credential comparison instead.
   */
  hash?(options: O): unknown
  /** Namespaced RBAC its pods need; undefined: none. */
  rbac?(options: O): RunnerRbac | undefined
  /**
   * Its pods start other pods that do the work (GitLab's Kubernetes executor): they then run as a service account of
   * their own (`<service-account>-<component>`), without the workload identity, and the kind's RBAC is bound to that
   * one; the workload identity service account is for the pods they start, which get no RBAC at all.
   */
  separateServiceAccount?(options: O): boolean
}

/** Requests and limits for agents: enough for typical jobs, bounded so one job cannot starve a node. */
export const AGENT_RESOURCES = { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '4Gi' } } as const

export const resources = (
  r: { requests: Record<string, string>; limits: Record<string, string> } = AGENT_RESOURCES
): V1ResourceRequirements => ({
  requests: { ...r.requests },
  limits: { ...r.limits }
})

/** An env var read from the pod's credential Secret (the value never appears in the pod spec). */
export const fromSecret = (name: string, secretName: string, key: string): V1EnvVar => ({
  name,
  valueFrom: { secretKeyRef: { name: secretName, key } }
})
