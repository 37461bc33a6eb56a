// The workload identity service account as a resource kind: observed (with who owns each of our fields),
// planned (pure), and applied by server-side apply with field manager `aks-workload-identity`. One the action
// creates carries the ownership labels (the owner key) and destroy deletes it; one that existed before is adopted:
// only the workload identity annotations are declared, no ownership is recorded on it, and destroy removes only
// our fields (an empty configuration applied as our manager), never the object. A field another manager changed is
// taken back by a forced apply with a warning naming that manager (`force-conflicts: true`), or refused (`false`).
import type { CoreV1Api, V1ServiceAccount } from '@kubernetes/client-node'
import { CLIENT_ID_ANNOTATION, MANAGED_BY_LABEL, OWNER_KEY_LABEL, OWNER_VALUE, TENANT_ID_ANNOTATION } from '../constants.js'
import type { Change, FieldDiff, Outputs, ResourceKind } from '../model.js'
import { markOf } from '../ownership.js'
import { emptyConfiguration, KUBE_MARKS, serviceAccountManifest, type ServiceAccountInput } from './manifests.js'
import {
  applyPatchOptions,
  conflictingManagers,
  describeDiff,
  diffMetadata,
  serverSideApply,
  takenBackWarning,
  type MetadataDiff
} from './apply.js'
import { isNotFound, wrapKubeError } from './errors.js'
import { withCluster, type KubeKindServices } from './services.js'

export type ServiceAccountAction = 'create' | 'update' | 'unchanged' | 'conflict'

export interface ServiceAccountPlan {
  action: ServiceAccountAction
  /** Human-readable field changes, naming the manager that changed a field. */
  detail: string
  diff?: MetadataDiff
  /** Created by the action for this workload (or to be), or adopted. */
  owned: boolean
}

export async function observeServiceAccount(api: CoreV1Api, namespace: string, name: string): Promise<V1ServiceAccount | undefined> {
  try {
    return await api.readNamespacedServiceAccount({ name, namespace })
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw wrapKubeError(`Reading service account ${namespace}/${name}`, err)
  }
}

/**
 * Owned with this workload's owner key. The previous version's label alone proves little (that version also labelled
 * service accounts it merely found): it counts only when the action's field manager is the object's only one, i.e.
 * the action's apply created it and nobody else has written to it since; then the key is recorded (a claim).
 * Otherwise the service account is adopted.
 */
export function ownsServiceAccount(sa: V1ServiceAccount, ownerKey: string): boolean {
  const mark = markOf(sa.metadata?.labels, ownerKey, KUBE_MARKS)
  if (mark === 'ours') return true
  const managers = sa.metadata?.managedFields ?? []
  return mark === 'legacy' && managers.length > 0 && managers.every((m) => m.manager === OWNER_VALUE && m.operation === 'Apply')
}

/**
 * Pure. `conflict` when a field we declare differs, another manager owns it and `force` is off: applying would be
 * refused (409); the plan says who changed it. With `force` it is an update that takes the field back.
 */
export function planServiceAccount(desired: ServiceAccountInput, live: V1ServiceAccount | undefined, force: boolean): ServiceAccountPlan {
  if (!live)
    return {
      action: 'create',
      owned: true,
      detail: desired.workloadIdentity ? `client-id ${desired.clientId}, tenant-id ${desired.tenantId}` : 'without the workload identity'
    }
  const owned = ownsServiceAccount(live, desired.ownerKey)
  const want = serviceAccountManifest(desired, owned)
  const diff = diffMetadata(want.metadata!, live.metadata ?? {})
  // One made by someone else (the manual flow's `kubectl apply`) that already names the identity's client ID is used
  // as it is: no write just to take ownership of equal values or to add the tenant-id annotation, which the webhook
  // defaults to the cluster's tenant.
  const missingTenant = (f: { field: string; have?: string }): boolean =>
    f.field === `metadata.annotations.${TENANT_ID_ANNOTATION}` && f.have === undefined
  if (!owned && diff.adopt && live.metadata?.annotations?.[CLIENT_ID_ANNOTATION] === desired.clientId && diff.fields.every(missingTenant))
    return {
      action: 'unchanged',
      detail: 'adopted as is (created by another tool with this client id)',
      diff: { fields: [], adopt: false },
      owned
    }
  // Taking ownership matters only for fields we declare (an empty configuration would just be written again and again).
  const declares = Object.keys(want.metadata?.labels ?? {}).length + Object.keys(want.metadata?.annotations ?? {}).length > 0
  if (diff.fields.length === 0 && !(diff.adopt && declares)) return { action: 'unchanged', detail: '', diff, owned }
  const action = conflictingManagers(diff).length > 0 && !force ? 'conflict' : 'update'
  return { action, detail: describeDiff(diff), diff, owned }
}

export async function applyServiceAccount(
  api: CoreV1Api,
  desired: ServiceAccountInput,
  owned: boolean,
  force: boolean
): Promise<V1ServiceAccount> {
  const options = await applyPatchOptions()
  return serverSideApply(`service account ${desired.namespace}/${desired.name}`, (fieldManager) =>
    api.patchNamespacedServiceAccount(
      { name: desired.name, namespace: desired.namespace, body: serviceAccountManifest(desired, owned), fieldManager, force },
      options
    )
  )
}

export interface ServiceAccountSpec extends ServiceAccountInput {
  clusterKey: string
  /** `force-conflicts`: take back declared fields another manager changed. */
  force: boolean
  /** Destroy mode: an apply is the release of an adopted service account (our fields removed, the object kept). */
  destroy: boolean
}

const whose = (o: V1ServiceAccount, spec: ServiceAccountSpec): string => {
  const mark = markOf(o.metadata?.labels, spec.ownerKey, KUBE_MARKS)
  if (mark === 'other') return `it was created for another workload (label ${OWNER_KEY_LABEL}: ${o.metadata?.labels?.[OWNER_KEY_LABEL]})`
  if (mark === 'legacy')
    return `it carries only the label ${MANAGED_BY_LABEL} of a previous version, which also labelled service accounts it found, and another tool has written to it: treated as adopted`
  return `it has no label ${OWNER_KEY_LABEL}: ${spec.ownerKey}, so this action did not create it for this workload (adopted)`
}

export const serviceAccountKind: ResourceKind<ServiceAccountSpec, V1ServiceAccount, KubeKindServices> = {
  kind: 'service-account',

  async observe(_r, spec, ctx, upstream) {
    const reached = await withCluster(upstream(spec.clusterKey), () => ctx.kube.core())
    return reached && observeServiceAccount(reached.api, spec.namespace, spec.name)
  },

  diff(spec, observed): Change {
    const p = planServiceAccount(spec, observed, spec.force)
    const id = `${spec.namespace}/${spec.name}`
    const ownership = p.owned ? 'owned' : 'adopted'
    if (p.action === 'create') {
      return {
        action: 'create',
        id,
        ownership,
        diff: spec.workloadIdentity
          ? [
              { field: 'metadata.annotations.azure.workload.identity/client-id', to: spec.clientId },
              { field: 'metadata.annotations.azure.workload.identity/tenant-id', to: spec.tenantId }
            ]
          : [{ field: 'name', to: spec.name }],
        ...(spec.workloadIdentity ? {} : { reason: "the runners' own service account, without the workload identity" })
      }
    }
    const diff: FieldDiff[] = (p.diff?.fields ?? []).map((f) => ({ field: f.field, from: f.have, to: f.want }))
    const owners = conflictingManagers(p.diff ?? { fields: [], adopt: false })
    const named = owners.map((m) => `"${m}"`).join(', ')
    if (p.action === 'conflict') {
      return {
        action: 'conflict',
        id,
        ownership,
        diff,
        reason: `${p.detail}. Field manager ${named} now owns ${owners.length > 1 ? 'these fields' : 'this field'} and force-conflicts is false. Undo that change (e.g. kubectl annotate serviceaccount ${spec.name} -n ${spec.namespace} <key>-) and re-run, or set force-conflicts: true`
      }
    }
    const notes = [
      // The fields are in the diff; the detail adds only what a diff cannot say (taking ownership of equal values).
      ...(p.action === 'update' && diff.length === 0 ? [p.detail] : []),
      ...(owners.length
        ? [`takes ${owners.length > 1 ? 'these fields' : 'this field'} back from field manager ${named} (force-conflicts)`]
        : []),
      ...(p.owned || p.action !== 'update' ? [] : ['adopted: only the workload identity annotations are managed']),
      ...(p.owned && observed && markOf(observed.metadata?.labels, spec.ownerKey, KUBE_MARKS) === 'legacy'
        ? ['created by a previous version of the action (its label only, no other field manager): the owner key is recorded']
        : [])
    ]
    return { action: p.action, id, ownership, diff, ...(notes.length ? { reason: notes.join('; ') } : {}) }
  },

  async apply(step, spec, observed, ctx) {
    const api = await ctx.kube.core()
    const what = `Service account ${spec.namespace}/${spec.name}`
    if (spec.destroy) {
      // Destroy of an adopted service account: our fields go, the object and everyone else's fields stay.
      const options = await applyPatchOptions()
      const sa = await serverSideApply(`service account ${spec.namespace}/${spec.name}`, (fieldManager) =>
        api.patchNamespacedServiceAccount(
          {
            name: spec.name,
            namespace: spec.namespace,
            body: emptyConfiguration('ServiceAccount', spec.namespace, spec.name),
            fieldManager
          },
          options
        )
      )
      ctx.log.info(`${what}: adopted, kept; the fields this action managed are removed (${step.diff.map((d) => d.field).join(', ')}).`)
      return sa
    }
    const p = planServiceAccount(spec, observed, spec.force)
    const sa = await applyServiceAccount(api, spec, p.owned, spec.force)
    const managers = conflictingManagers(p.diff ?? { fields: [], adopt: false })
    if (managers.length)
      ctx.log.warning(
        takenBackWarning(
          what,
          (p.diff?.fields ?? []).filter((f) => f.ownedBy.length).map((f) => f.field),
          managers
        )
      )
    const how = step.action === 'create' ? 'created' : p.owned ? 'updated' : 'adopted and updated'
    ctx.log.info(`${what}: ${how}${spec.workloadIdentity ? ` (client-id ${spec.clientId})` : ''}.`)
    return sa
  },

  outputs: (_o, spec): Outputs => ({ namespace: spec.namespace, name: spec.name, id: `${spec.namespace}/${spec.name}` }),

  owned: (o, spec) => ownsServiceAccount(o, spec.ownerKey),

  keepReason: (o, spec) => whose(o, spec),

  /** The fields destroy removes from an adopted service account: those our applies declared and nobody else owns. */
  release(o) {
    const d = diffMetadata({}, o.metadata ?? {})
    return d.fields.map((f) => ({ field: f.field, from: f.have }))
  },

  async destroy(_step, _spec, observed, ctx) {
    const name = observed.metadata?.name ?? ''
    const namespace = observed.metadata?.namespace ?? ''
    try {
      await (await ctx.kube.core()).deleteNamespacedServiceAccount({ name, namespace })
    } catch (err) {
      if (!isNotFound(err)) throw wrapKubeError(`Deleting service account ${namespace}/${name}`, err)
    }
  }
}
