// The runner's namespaced RBAC, for runner kinds whose pods use the cluster's API (GitLab's Kubernetes executor
// runs job pods in its namespace): a Role with exactly the rules the kind's driver names (src/runner-kinds/) and
// a RoleBinding to the runners' own service account (never the workload identity one, which the jobs use). Both
// carry our ownership labels with the owner key, are applied by server-side apply (rules, subjects and roleRef
// another manager changed are taken back with `force-conflicts`, and that manager named), compared field by field,
// and removed by destroy. A Role or RoleBinding of that name that is not this workload's is never touched.
// Nothing cluster-wide.
import type { RbacAuthorizationV1Api, V1ManagedFieldsEntry, V1PolicyRule, V1Role, V1RoleBinding } from '@kubernetes/client-node'
import { MANAGED_BY_LABEL, OWNER_KEY_LABEL } from '../constants.js'
import type { Change, FieldDiff, Outputs, ResourceKind } from '../model.js'
import { markOf } from '../ownership.js'
import type { RunnerRbac } from '../runner-kinds/driver.js'
import { runnerServiceAccountName } from '../runner-kinds/index.js'
import { applyPatchOptions, otherManagersOf, serverSideApply, takenBackWarning } from './apply.js'
import { deleteQuietly, isNotFound, wrapKubeError } from './errors.js'
import { canonicalJson, COMPONENT_LABEL, KUBE_MARKS, ownershipLabels } from './manifests.js'
import { withCluster, type KubeKindServices } from './services.js'

const RBAC_GROUP = 'rbac.authorization.k8s.io'

export interface RunnerRbacSpec extends RunnerRbac {
  namespace: string
  /** The workload identity service account (the runners' own is named after it). */
  serviceAccount: string
  /** The runner kind's component: names the Role, the RoleBinding and the runners' service account, and labels them. */
  component: string
  clusterKey: string
  ownerKey: string
  /** `force-conflicts`: take back rules, subjects and roleRef another manager changed. */
  force: boolean
}

type RbacTarget = Pick<RunnerRbacSpec, 'namespace' | 'serviceAccount' | 'component' | 'ownerKey'>

export interface RunnerRbacState {
  role?: V1Role
  binding?: V1RoleBinding
}

/** One name for both objects and the runners' own service account: `<service-account>-<component>`. */
export const runnerRbacName = runnerServiceAccountName

const nameOf = (s: RbacTarget): string => runnerRbacName(s.serviceAccount, s.component)
const labels = (s: RbacTarget): Record<string, string> => ({ ...ownershipLabels(s.ownerKey), [COMPONENT_LABEL]: s.component })

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
    // The runners' own service account: the workload identity service account (the jobs') gets no Role.
    subjects: [{ kind: 'ServiceAccount', name: nameOf(s), namespace: s.namespace }]
  }
}

/** Rules compared as sets of (group, resource, verb): order and grouping do not matter. */
function grants(rules: V1PolicyRule[] | undefined): string[] {
  const out = new Set<string>()
  for (const r of rules ?? [])
    for (const g of r.apiGroups ?? ['']) for (const res of r.resources ?? []) for (const v of r.verbs) out.add(`${g}/${res}:${v}`)
  return [...out].sort()
}

type Labelled = { metadata?: { labels?: Record<string, string>; managedFields?: V1ManagedFieldsEntry[] } } | undefined

/** This workload's, or a previous version's (named after the workload's service account, so claimed by it). */
const ours = (o: Labelled, ownerKey: string): boolean => {
  const mark = markOf(o?.metadata?.labels, ownerKey, KUBE_MARKS)
  return mark === 'ours' || mark === 'legacy'
}
const lacksKey = (o: Labelled, ownerKey: string): boolean => !!o && o.metadata?.labels?.[OWNER_KEY_LABEL] !== ownerKey

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
  // A previous version's objects get the owner key (the claim).
  if (o?.role && lacksKey(o.role, spec.ownerKey)) diff.push({ field: `role.metadata.labels.${OWNER_KEY_LABEL}`, to: spec.ownerKey })
  if (o?.binding && lacksKey(o.binding, spec.ownerKey))
    diff.push({ field: `roleBinding.metadata.labels.${OWNER_KEY_LABEL}`, to: spec.ownerKey })
  return diff
}

/** Managers other than ours that changed the fields we declare (rules; roleRef and subjects): a forced apply takes them back. */
function otherManagers(
  spec: RunnerRbacSpec,
  o: RunnerRbacState | undefined
): Array<{ object: string; fields: string[]; managers: string[] }> {
  const diff = diffRunnerRbac(spec, o)
  const out: Array<{ object: string; fields: string[]; managers: string[] }> = []
  if (o?.role && diff.some((d) => d.field === 'role.rules')) {
    const managers = otherManagersOf(o.role.metadata?.managedFields, 'rules')
    if (managers.length) out.push({ object: `Role ${spec.namespace}/${nameOf(spec)}`, fields: ['rules'], managers })
  }
  const fields = diff
    .filter((d) => d.field === 'roleBinding.subjects' || d.field === 'roleBinding.roleRef')
    .map((d) => d.field.slice('roleBinding.'.length))
  if (o?.binding && fields.length) {
    const managers = [...new Set(fields.flatMap((f) => otherManagersOf(o.binding!.metadata?.managedFields, f)))]
    if (managers.length) out.push({ object: `RoleBinding ${spec.namespace}/${nameOf(spec)}`, fields, managers })
  }
  return out
}

async function applyRbac(api: RbacAuthorizationV1Api, spec: RunnerRbacSpec, o: RunnerRbacState | undefined): Promise<RunnerRbacState> {
  const options = await applyPatchOptions()
  const name = nameOf(spec)
  const role = await serverSideApply(`Role ${spec.namespace}/${name}`, (fieldManager) =>
    api.patchNamespacedRole({ name, namespace: spec.namespace, body: runnerRoleManifest(spec), fieldManager, force: spec.force }, options)
  )
  // A RoleBinding's roleRef cannot change: one pointing elsewhere is replaced.
  if (o?.binding && canonicalJson(o.binding.roleRef) !== canonicalJson(runnerRoleBindingManifest(spec).roleRef))
    await deleteQuietly(`RoleBinding ${spec.namespace}/${name}`, () => api.deleteNamespacedRoleBinding({ name, namespace: spec.namespace }))
  const binding = await serverSideApply(`RoleBinding ${spec.namespace}/${name}`, (fieldManager) =>
    api.patchNamespacedRoleBinding(
      { name, namespace: spec.namespace, body: runnerRoleBindingManifest(spec), fieldManager, force: spec.force },
      options
    )
  )
  return { role, binding }
}

export const runnerRbacKind: ResourceKind<RunnerRbacSpec, RunnerRbacState, KubeKindServices> = {
  kind: 'runner-rbac',

  async observe(_r, spec, ctx, upstream) {
    // No cluster, no API to read from (the cluster step reports that).
    const reached = await withCluster(upstream(spec.clusterKey), () => ctx.kube.rbac())
    if (!reached) return undefined
    const { api } = reached
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
    const foreign = [observed?.role, observed?.binding].filter((x) => x && !ours(x, spec.ownerKey))
    // Someone else's objects that already say what we need: used as they are, never written.
    const needed = diff.filter((d) => !d.field.endsWith(`metadata.labels.${OWNER_KEY_LABEL}`))
    if (foreign.length && needed.length === 0) return { action: 'unchanged', diff: [], id, ownership: 'adopted' }
    if (foreign.length)
      return {
        action: 'conflict',
        diff,
        id,
        reason: `a Role or RoleBinding named ${nameOf(spec)} exists and is not this workload's (no label ${OWNER_KEY_LABEL}: ${spec.ownerKey}); the action never changes it: rename or remove it`
      }
    if (diff.length === 0) return { action: 'unchanged', diff, id, ownership: 'owned' }
    if (!observed) return { action: 'create', diff, reason: spec.reason, ownership: 'owned' }
    const taken = otherManagers(spec, observed)
    if (taken.length && !spec.force)
      return {
        action: 'conflict',
        diff,
        id,
        ownership: 'owned',
        reason: `${taken.map((t) => `${t.object}: ${t.fields.join(', ')} changed by ${t.managers.map((m) => `"${m}"`).join(', ')}`).join('; ')}, and force-conflicts is false: undo that change and re-run, or set force-conflicts: true`
      }
    const reason = taken.length
      ? `takes ${taken.map((t) => `${t.object} ${t.fields.join(', ')}`).join(' and ')} back from ${[...new Set(taken.flatMap((t) => t.managers))].map((m) => `"${m}"`).join(', ')} (force-conflicts)`
      : undefined
    return { action: 'update', diff, id, ownership: 'owned', ...(reason ? { reason } : {}) }
  },

  async apply(step, spec, observed, ctx) {
    const taken = otherManagers(spec, observed)
    const state = await applyRbac(await ctx.kube.rbac(), spec, observed)
    for (const t of taken) ctx.log.warning(takenBackWarning(t.object, t.fields, t.managers))
    ctx.log.info(
      `Role and RoleBinding ${spec.namespace}/${nameOf(spec)}: ${step.action === 'create' ? 'created' : 'updated'} (${spec.serves}, this namespace only).`
    )
    return state
  },

  outputs: (_o, spec): Outputs => ({ id: `${spec.namespace}/${nameOf(spec)}` }),

  owned: (o, spec) => [o.role, o.binding].every((x) => !x || ours(x, spec.ownerKey)),

  keepReason: (_o, spec) =>
    `it has no label ${OWNER_KEY_LABEL}: ${spec.ownerKey} (nor a previous version's ${MANAGED_BY_LABEL}), so this action did not create it for this workload`,

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
