// The workload identity service account as a resource kind: observed (with who owns each of our fields),
// planned (pure), and applied by server-side apply with field manager `aks-workload-identity`, never forced.
// Only our two annotations and our label are in the applied configuration, so other tools' fields are left alone.
import type { CoreV1Api, V1ServiceAccount } from '@kubernetes/client-node'
import { CLIENT_ID_ANNOTATION, MANAGED_BY_LABEL, OWNER_VALUE, TENANT_ID_ANNOTATION } from '../constants.js'
import type { Change, FieldDiff, Outputs, ResourceKind } from '../model.js'
import { serviceAccountManifest, type ServiceAccountInput } from './manifests.js'
import { applyPatchOptions, describeDiff, diffMetadata, serverSideApply, type MetadataDiff } from './apply.js'
import { isNotFound, wrapKubeError } from './errors.js'
import type { KubeKindServices } from './services.js'

export type ServiceAccountAction = 'create' | 'update' | 'unchanged' | 'conflict'

export interface ServiceAccountPlan {
  action: ServiceAccountAction
  /** Human-readable field changes, naming the manager that changed a field. */
  detail: string
  diff?: MetadataDiff
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
 * Pure. `conflict` when a field we set differs and another manager owns it: applying would be refused (409)
 * and we do not force; the plan says who changed it.
 */
export function planServiceAccount(desired: ServiceAccountInput, live: V1ServiceAccount | undefined): ServiceAccountPlan {
  const want = serviceAccountManifest(desired)
  if (!live) return { action: 'create', detail: `client-id ${desired.clientId}, tenant-id ${desired.tenantId}` }
  const diff = diffMetadata(want.metadata!, live.metadata ?? {})
  if (diff.fields.length === 0 && !diff.adopt) return { action: 'unchanged', detail: '', diff }
  // One made by someone else (the manual flow's `kubectl apply`) that already names the identity's client id is
  // adopted as it is: no write just to add our ownership label (so destroy leaves it, as with an adopted identity)
  // or the tenant-id annotation, which the webhook defaults to the cluster's tenant.
  const adoptable = (f: { field: string; have?: string }): boolean =>
    f.field === `metadata.labels.${MANAGED_BY_LABEL}` ||
    (f.field === `metadata.annotations.${TENANT_ID_ANNOTATION}` && f.have === undefined)
  if (diff.adopt && live.metadata?.annotations?.[CLIENT_ID_ANNOTATION] === desired.clientId && diff.fields.every(adoptable)) {
    return {
      action: 'unchanged',
      detail: 'adopted as is (created by another tool with this client id)',
      diff: { fields: [], adopt: false }
    }
  }
  const action = diff.fields.some((f) => f.ownedBy.length > 0) ? 'conflict' : 'update'
  return { action, detail: describeDiff(diff), diff }
}

export async function applyServiceAccount(api: CoreV1Api, desired: ServiceAccountInput): Promise<V1ServiceAccount> {
  const options = await applyPatchOptions()
  return serverSideApply(`service account ${desired.namespace}/${desired.name}`, (fieldManager) =>
    api.patchNamespacedServiceAccount(
      { name: desired.name, namespace: desired.namespace, body: serviceAccountManifest(desired), fieldManager, force: false },
      options
    )
  )
}

export interface ServiceAccountSpec {
  namespace: string
  name: string
  /** From the identity (UNKNOWN until it exists). */
  clientId: string
  tenantId: string
  clusterKey: string
}

export const serviceAccountKind: ResourceKind<ServiceAccountSpec, V1ServiceAccount, KubeKindServices> = {
  kind: 'service-account',

  async observe(_r, spec, ctx, upstream) {
    if (!(await upstream(spec.clusterKey))) return undefined
    return observeServiceAccount(await ctx.kube.core(), spec.namespace, spec.name)
  },

  diff(spec, observed): Change {
    const p = planServiceAccount(spec, observed)
    const id = `${spec.namespace}/${spec.name}`
    if (p.action === 'create') {
      return {
        action: 'create',
        id,
        diff: [
          { field: 'metadata.annotations.azure.workload.identity/client-id', to: spec.clientId },
          { field: 'metadata.annotations.azure.workload.identity/tenant-id', to: spec.tenantId }
        ]
      }
    }
    const diff: FieldDiff[] = (p.diff?.fields ?? []).map((f) => ({ field: f.field, from: f.have, to: f.want }))
    if (p.action === 'conflict') {
      const owners = [...new Set((p.diff?.fields ?? []).flatMap((f) => f.ownedBy))]
      return {
        action: 'conflict',
        id,
        diff,
        reason: `${p.detail}. Field manager ${owners.map((m) => `"${m}"`).join(', ')} now owns ${owners.length > 1 ? 'these fields' : 'this field'}; the action does not force ownership. Undo that change (e.g. kubectl annotate serviceaccount ${spec.name} -n ${spec.namespace} <key>-) and re-run`
      }
    }
    return { action: p.action, id, diff, ...(p.action === 'update' ? { reason: p.detail } : {}) }
  },

  async apply(step, spec, _observed, ctx) {
    const sa = await applyServiceAccount(await ctx.kube.core(), spec)
    ctx.log.info(
      `Service account ${spec.namespace}/${spec.name}: ${step.action === 'create' ? 'created' : 'updated'} (client-id ${spec.clientId}).`
    )
    return sa
  },

  outputs: (_o, spec): Outputs => ({ namespace: spec.namespace, name: spec.name, id: `${spec.namespace}/${spec.name}` }),

  owned: (o) => o.metadata?.labels?.[MANAGED_BY_LABEL] === OWNER_VALUE,

  keepReason: () => `it has no label ${MANAGED_BY_LABEL}: ${OWNER_VALUE}, so this action did not create it`,

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
