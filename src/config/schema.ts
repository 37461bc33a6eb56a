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
}

export interface IdentityEntry {
  name?: string
  'resource-group'?: string
  location?: string
  tags?: Record<string, string>
  'role-assignments'?: RoleAssignmentEntry[]
}

export interface WorkloadFields {
  identity?: string
  namespace?: string
  'create-namespace'?: boolean
  'service-account-name'?: string
  'federated-credential-name'?: string
  audience?: string
  'role-assignments'?: RoleAssignmentEntry[]
  'allow-privileged-roles'?: boolean
  'runner-kind'?: string
  'runner-count'?: number
  'runner-scope'?: string
  'runner-labels'?: string[] | string
  'runner-group-id'?: number
  'runner-image'?: string
  'runner-name-prefix'?: string
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
  'cluster-credentials'
] as const satisfies ReadonlyArray<keyof ClusterEntry>

/** The keys a workload (and `defaults`) may set; all but `identity` are the inputs of those names. */
export const WORKLOAD_KEYS = [
  'identity',
  'namespace',
  'create-namespace',
  'service-account-name',
  'federated-credential-name',
  'audience',
  'role-assignments',
  'allow-privileged-roles',
  'runner-kind',
  'runner-count',
  'runner-scope',
  'runner-labels',
  'runner-group-id',
  'runner-image',
  'runner-name-prefix',
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

/** Where one input's value came from in the file: a path of keys (and list indexes) from the document's root. */
export type KeyPath = ReadonlyArray<string | number>

/** Keys of an identity entry → the input each one sets. */
export const IDENTITY_INPUTS: Readonly<Record<Exclude<keyof IdentityEntry, 'role-assignments'>, string>> = {
  name: 'identity-name',
  'resource-group': 'identity-resource-group',
  location: 'location',
  tags: 'tags'
}
