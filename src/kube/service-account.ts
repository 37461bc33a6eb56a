// The workload identity service account: observed (with who owns each of our fields), planned (pure), and
// applied by server-side apply with field manager `aks-workload-identity`, never forced. Only our two
// annotations and our label are in the applied configuration, so other tools' fields are left alone.
import type { CoreV1Api, V1ServiceAccount } from '@kubernetes/client-node'
import { serviceAccountManifest, type ServiceAccountInput } from './manifests.js'
import { applyPatchOptions, describeDiff, diffMetadata, serverSideApply, type AppliedDiff } from './apply.js'
import { isNotFound, wrapKubeError } from './errors.js'

export type ServiceAccountAction = 'create' | 'update' | 'unchanged' | 'conflict'

export interface ServiceAccountPlan {
  action: ServiceAccountAction
  /** Human-readable field changes, naming the manager that changed a field. */
  detail: string
  diff?: AppliedDiff
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
  const action = diff.fields.some((f) => f.ownedBy.length > 0) ? 'conflict' : 'update'
  return { action, detail: describeDiff(diff), diff }
}

export async function applyServiceAccount(api: CoreV1Api, desired: ServiceAccountInput): Promise<V1ServiceAccount> {
  const options = await applyPatchOptions()
  return serverSideApply(`service account ${desired.namespace}/${desired.name}`, (fieldManager) =>
    api.patchNamespacedServiceAccount({ name: desired.name, namespace: desired.namespace, body: serviceAccountManifest(desired), fieldManager, force: false }, options)
  )
}
