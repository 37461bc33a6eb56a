// What each runner kind contributes to the shared runner-pod machinery (src/kube/manifests.ts): its component
// label, restart policy, user, and the main container's command, environment and volumes. Everything else
// (service account, workload identity label, restricted security context, resources, spec hash, Secret
// ownership) is the same for every kind and stays in the shared code.
import type { V1EnvVar, V1ResourceRequirements, V1Volume, V1VolumeMount } from '@kubernetes/client-node'
import type { GitLabExecutor, RunnerKind } from '../settings.js'

/** The kind-specific inputs of a runner pod (all non-secret: they are part of the resource spec and the hash). */
export interface KindOptions {
  gitlab?: { url?: string; executor: GitLabExecutor }
  jenkins?: { url?: string; agentName?: string }
  pod?: { command: string[]; args: string[] }
}

/** The kind's part of the pod. */
export interface KindPod {
  /** `app.kubernetes.io/component` of the pod and its Secret. */
  component: string
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

export interface RunnerDriver {
  kind: RunnerKind
  component: string
  /** Undefined: the kind has no credential (plain workload pods). */
  secret?: CredentialSecret
  pod(o: KindOptions & { namespace: string; serviceAccount: string }, secretName: string): KindPod
}

/** Requests and limits for agents: enough for typical jobs, bounded so one job cannot starve a node. */
export const AGENT_RESOURCES = { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '2', memory: '4Gi' } } as const

export const resources = (r: { requests: Record<string, string>; limits: Record<string, string> } = AGENT_RESOURCES): V1ResourceRequirements => ({
  requests: { ...r.requests },
  limits: { ...r.limits }
})

/** An env var read from the pod's credential Secret (the value never appears in the pod spec). */
export const fromSecret = (name: string, secretName: string, key: string): V1EnvVar => ({ name, valueFrom: { secretKeyRef: { name: secretName, key } } })
