// The workloads file's shape, as TypeScript types, and how its keys map to the action's inputs. The JSON Schema
// (schema/config.schema.json) is the contract editors and the validator read; these types describe a document that
// passed it. Keys are the action's input names, so one vocabulary serves action.yml, the CLI's flags and the file.

/** The first line every example carries, so editors (the YAML language server) complete and check the file. */
export const SCHEMA_COMMENT = '# yaml-language-server: $schema='
/** Where the published schema lives: the `$id` of schema/config.schema.json. */
export const SCHEMA_URL = 'https://raw.githubusercontent.com/aks-workload-identity/aks-workload-identity/v1/schema/config.schema.json'

export interface RoleAssignmentEntry {
  role: string
  scope: string
}

export interface ClusterEntry {
  'subscription-id'?: string
  'resource-group'?: string
  'cluster-name'?: string
  'enable-cluster-features'?: boolean
  'cluster-credentials'?: 'user' | 'admin'
  'cluster-access'?: 'direct' | 'run-command'
}

export interface IdentityEntry {
  name?: string
  'resource-group'?: string
  location?: string
  tags?: Record<string, string>
  'role-assignments'?: RoleAssignmentEntry[]
}

/** A map of Kubernetes keys to values (node selector, labels, annotations); scalars are taken as their text. */
export type KubeMap = Record<string, string | number | boolean>

/** A Kubernetes toleration as the file writes it (io.k8s.api.core.v1.Toleration). */
export interface TolerationEntry {
  key?: string
  operator?: 'Equal' | 'Exists'
  value?: string
  effect?: 'NoSchedule' | 'PreferNoSchedule' | 'NoExecute'
  tolerationSeconds?: number
}

export interface WorkloadFields {
  identity?: string
  namespace?: string
  'create-namespace'?: boolean
  'service-account-name'?: string
  'force-conflicts'?: boolean
  'federated-credential-name'?: string
  audience?: string
  'role-assignments'?: RoleAssignmentEntry[]
  'allow-privileged-roles'?: boolean
  'runner-kind'?: string
  'runner-count'?: number | 'auto'
  'runner-min'?: number
  'runner-max'?: number
  'runner-repositories'?: string[] | string
  'runner-scope'?: string
  'runner-labels'?: string[] | string
  'runner-group-id'?: number
  'runner-image'?: string
  'runner-name-prefix'?: string
  'runner-node-selector'?: KubeMap
  'runner-tolerations'?: TolerationEntry[]
  'runner-resources'?: { requests?: KubeMap; limits?: KubeMap; claims?: Array<{ name: string; request?: string }> }
  'runner-image-pull-secrets'?: string[] | string
  'runner-annotations'?: KubeMap
  'runner-labels-k8s'?: KubeMap
  /** A strategic merge patch on the generated Pod (metadata.labels, metadata.annotations, spec). */
  'runner-pod-template'?: Record<string, unknown>
  'arc-github-config-url'?: string
  'arc-runner-group'?: string
  'arc-container-mode'?: 'default' | 'kubernetes'
  'gitlab-url'?: string
  'gitlab-executor'?: string
  'gitlab-job-image'?: string
  'jenkins-url'?: string
  'jenkins-agent-name'?: string
  'pod-image'?: string
  'pod-command'?: string[]
  'pod-args'?: string[]
  wait?: boolean
  'wait-timeout'?: number
  verify?: boolean
}

export interface ConfigFile {
  version: 1
  cluster?: ClusterEntry
  identities?: Record<string, IdentityEntry>
  defaults?: WorkloadFields
  workloads: Record<string, WorkloadFields>
  /** Removing the objects of workloads no longer in the file: not supported yet (only `false`). */
  prune?: boolean
}

/** The keys `cluster` may set (each the input of that name); the schema lists the same (a unit test checks). */
export const CLUSTER_KEYS = [
  'subscription-id',
  'resource-group',
  'cluster-name',
  'enable-cluster-features',
  'cluster-credentials',
  'cluster-access'
] as const satisfies ReadonlyArray<keyof ClusterEntry>

/** The keys a workload (and `defaults`) may set; all but `identity` are the inputs of those names. */
export const WORKLOAD_KEYS = [
  'identity',
  'namespace',
  'create-namespace',
  'service-account-name',
  'force-conflicts',
  'federated-credential-name',
  'audience',
  'role-assignments',
  'allow-privileged-roles',
  'runner-kind',
  'runner-count',
  'runner-min',
  'runner-max',
  'runner-repositories',
  'runner-scope',
  'runner-labels',
  'runner-group-id',
  'runner-image',
  'runner-name-prefix',
  'runner-node-selector',
  'runner-tolerations',
  'runner-resources',
  'runner-image-pull-secrets',
  'runner-annotations',
  'runner-labels-k8s',
  'runner-pod-template',
  'arc-github-config-url',
  'arc-runner-group',
  'arc-container-mode',
  'gitlab-url',
  'gitlab-executor',
  'gitlab-job-image',
  'jenkins-url',
  'jenkins-agent-name',
  'pod-image',
  'pod-command',
  'pod-args',
  'wait',
  'wait-timeout',
  'verify'
] as const satisfies ReadonlyArray<keyof WorkloadFields>

/**
 * Keys whose value is a YAML map or a list of maps: the file holds the value itself, and the merge hands the input's
 * form to the settings parser (the same YAML text an input would carry), so one parser checks both. Lists of plain
 * values (runner-labels, runner-repositories, runner-image-pull-secrets) become one comma-separated string, and
 * pod-command / pod-args one item per line, as their inputs take them.
 */
export const YAML_KEYS: ReadonlySet<keyof WorkloadFields> = new Set([
  'runner-node-selector',
  'runner-tolerations',
  'runner-resources',
  'runner-annotations',
  'runner-labels-k8s',
  'runner-pod-template'
])

/** Where one input's value came from in the file: a path of keys (and list indexes) from the document's root. */
export type KeyPath = ReadonlyArray<string | number>

/** Keys of an identity entry → the input each one sets. */
export const IDENTITY_INPUTS: Readonly<Record<Exclude<keyof IdentityEntry, 'role-assignments'>, string>> = {
  name: 'identity-name',
  'resource-group': 'identity-resource-group',
  location: 'location',
  tags: 'tags'
}
