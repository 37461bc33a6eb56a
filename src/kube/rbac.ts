// The runner's namespaced RBAC, for runner kinds whose pods use the cluster's API (GitLab's Kubernetes executor
// runs job pods in its namespace): a Role with exactly the rules the kind's driver names (src/runner-kinds/) and
// a RoleBinding to the workload's service account. Both carry our ownership label, are applied by server-side
// apply (never forced), compared field by field (rules, subjects, roleRef), and removed by destroy. Nothing
// cluster-wide.
import type { RbacAuthorizationV1Api, V1PolicyRule, V1Role, V1RoleBinding } from '@kubernetes/client-node'
import { MANAGED_BY_LABEL, OWNER_VALUE } from '../constants.js'
import type { Change, FieldDiff, Outputs, ResourceKind } from '../model.js'
import type { RunnerRbac } from '../runner-kinds/driver.js'
import { applyPatchOptions, serverSideApply } from './apply.js'
import { isNotFound, wrapKubeError } from './errors.js'
import { canonicalJson, COMPONENT_LABEL, ownershipLabels } from './manifests.js'
import type { KubeKindServices } from './services.js'

const RBAC_GROUP = 'rbac.authorization.k8s.io'

export interface RunnerRbacSpec extends RunnerRbac {
  namespace: string
  serviceAccount: string
  /** The runner kind's component: names the Role and RoleBinding and labels them. */
  component: string
  clusterKey: string
}

type RbacTarget = Pick<RunnerRbacSpec, 'namespace' | 'serviceAccount' | 'component'>

export interface RunnerRbacState {
  role?: V1Role
  binding?: V1RoleBinding
}

/** One name for both objects, from the service account and the kind's component (a valid name: at most 253 characters). */
export const runnerRbacName = (serviceAccount: string, component: string): string => `${serviceAccount}-${component}`.slice(0, 253)

const nameOf = (s: RbacTarget): string => runnerRbacName(s.serviceAccount, s.component)
const labels = (s: RbacTarget): Record<string, string> => ({ ...ownershipLabels(), [COMPONENT_LABEL]: s.component })

export function runnerRoleManifest(s: RbacTarget & Pick<RunnerRbacSpec, 'rules'>): V1Role {
  return {
    apiVersion: `${RBAC_GROUP}/v1`,
    kind: 'Role',
    metadata: { name: nameOf(s), namespace: s.namespace, labels: labels(s) },
    rules: s.rules.map((r) => ({ apiGroups: [...(r.apiGroups ?? [])], resources: [...(r.resources ?? [])], verbs: [...r.verbs] }))
  }
}

export function runnerRoleBindingManifest(s: RbacTarget): V1RoleBinding {
  return {
    apiVersion: `${RBAC_GROUP}/v1`,
    kind: 'RoleBinding',
    metadata: { name: nameOf(s), namespace: s.namespace, labels: labels(s) },
    roleRef: { apiGroup: RBAC_GROUP, kind: 'Role', name: nameOf(s) },
    subjects: [{ kind: 'ServiceAccount', name: s.serviceAccount, namespace: s.namespace }]
  }
}

/** Rules compared as sets of (group, resource, verb): order and grouping do not matter. */
function grants(rules: V1PolicyRule[] | undefined): string[] {
  const out = new Set<string>()
  for (const r of rules ?? [])
    for (const g of r.apiGroups ?? ['']) for (const res of r.resources ?? []) for (const v of r.verbs) out.add(`${g}/${res}:${v}`)
  return [...out].sort()
}

const ours = (o: { metadata?: { labels?: Record<string, string> } } | undefined): boolean =>
  o?.metadata?.labels?.[MANAGED_BY_LABEL] === OWNER_VALUE

async function read<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn()
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw wrapKubeError(`Reading ${what}`, err)
  }
}

/** Pure: what differs between the desired Role and RoleBinding and the cluster's. */
export function diffRunnerRbac(spec: RunnerRbacSpec, o: RunnerRbacState | undefined): FieldDiff[] {
  const role = runnerRoleManifest(spec)
  const binding = runnerRoleBindingManifest(spec)
  const diff: FieldDiff[] = []
  if (!o?.role) diff.push({ field: 'role', to: role.metadata!.name })
  else {
    const want = grants(role.rules)
    const have = grants(o.role.rules)
    if (canonicalJson(want) !== canonicalJson(have))
      diff.push({
        field: 'role.rules',
        from: have.filter((g) => !want.includes(g)).join(', ') || undefined,
        to: want.filter((g) => !have.includes(g)).join(', ') || undefined
      })
  }
  if (!o?.binding) diff.push({ field: 'roleBinding', to: binding.metadata!.name })
  else {
    if (canonicalJson(o.binding.roleRef) !== canonicalJson(binding.roleRef))
      diff.push({ field: 'roleBinding.roleRef', from: o.binding.roleRef.name, to: binding.roleRef.name })
    const subj = (b: V1RoleBinding) => (b.subjects ?? []).map((x) => `${x.kind}:${x.namespace ?? ''}/${x.name}`).sort()
    if (canonicalJson(subj(o.binding)) !== canonicalJson(subj(binding)))
      diff.push({ field: 'roleBinding.subjects', from: subj(o.binding).join(', '), to: subj(binding).join(', ') })
  }
  return diff
}

async function applyRbac(api: RbacAuthorizationV1Api, spec: RunnerRbacSpec, o: RunnerRbacState | undefined): Promise<RunnerRbacState> {
  const options = await applyPatchOptions()
  const name = nameOf(spec)
  const role = await serverSideApply(`Role ${spec.namespace}/${name}`, (fieldManager) =>
    api.patchNamespacedRole({ name, namespace: spec.namespace, body: runnerRoleManifest(spec), fieldManager, force: false }, options)
  )
  // A RoleBinding's roleRef cannot change: one pointing elsewhere is replaced.
  if (o?.binding && canonicalJson(o.binding.roleRef) !== canonicalJson(runnerRoleBindingManifest(spec).roleRef))
    await deleteQuietly(`RoleBinding ${spec.namespace}/${name}`, () => api.deleteNamespacedRoleBinding({ name, namespace: spec.namespace }))
  const binding = await serverSideApply(`RoleBinding ${spec.namespace}/${name}`, (fieldManager) =>
    api.patchNamespacedRoleBinding(
      { name, namespace: spec.namespace, body: runnerRoleBindingManifest(spec), fieldManager, force: false },
      options
    )
  )
  return { role, binding }
}

async function deleteQuietly(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn()
  } catch (err) {
    if (!isNotFound(err)) throw wrapKubeError(`Deleting ${what}`, err)
  }
}

export const runnerRbacKind: ResourceKind<RunnerRbacSpec, RunnerRbacState, KubeKindServices> = {
  kind: 'runner-rbac',

  async observe(_r, spec, ctx, upstream) {
    // No cluster, no API to read from (the cluster step reports that).
    if (!(await upstream(spec.clusterKey))) return undefined
    const api = await ctx.kube.rbac()
    const name = nameOf(spec)
    const [role, binding] = await Promise.all([
      read(`Role ${spec.namespace}/${name}`, () => api.readNamespacedRole({ name, namespace: spec.namespace })),
      read(`RoleBinding ${spec.namespace}/${name}`, () => api.readNamespacedRoleBinding({ name, namespace: spec.namespace }))
    ])
    return role || binding ? { role, binding } : undefined
  },

  diff(spec, observed): Change {
    const id = `${spec.namespace}/${nameOf(spec)}`
    const diff = diffRunnerRbac(spec, observed)
    if (diff.length === 0) return { action: 'unchanged', diff, id }
    if (!observed) return { action: 'create', diff, reason: spec.reason }
    const foreign = [observed.role, observed.binding].filter((x) => x && !ours(x))
    if (foreign.length)
      return {
        action: 'conflict',
        diff,
        id,
        reason: `a Role or RoleBinding named ${nameOf(spec)} exists and is not this action's (no label ${MANAGED_BY_LABEL}: ${OWNER_VALUE}); rename or remove it`
      }
    return { action: 'update', diff, id }
  },

  async apply(step, spec, observed, ctx) {
    const state = await applyRbac(await ctx.kube.rbac(), spec, observed)
    ctx.log.info(
      `Role and RoleBinding ${spec.namespace}/${nameOf(spec)}: ${step.action === 'create' ? 'created' : 'updated'} (${spec.serves}, this namespace only).`
    )
    return state
  },

  outputs: (_o, spec): Outputs => ({ id: `${spec.namespace}/${nameOf(spec)}` }),

  owned: (o) => [o.role, o.binding].every((x) => !x || ours(x)),

  keepReason: () => `it has no label ${MANAGED_BY_LABEL}: ${OWNER_VALUE}, so this action did not create it`,

  async destroy(_step, spec, observed, ctx) {
    const api = await ctx.kube.rbac()
    const name = nameOf(spec)
    if (observed.binding)
      await deleteQuietly(`RoleBinding ${spec.namespace}/${name}`, () =>
        api.deleteNamespacedRoleBinding({ name, namespace: spec.namespace })
      )
    if (observed.role)
      await deleteQuietly(`Role ${spec.namespace}/${name}`, () => api.deleteNamespacedRole({ name, namespace: spec.namespace }))
  }
}
