// Ownership that is exact: every object the action creates carries the owner key of the workload it was created
// for, a stable hash of the cluster's subscription, resource group and name, the namespace and the service account.
// Observe, clean-up and destroy select by that key, never by a name prefix alone; an object without it was found,
// not created, and is adopted (the action manages only the fields it declares and never deletes it). Pure.
import { createHash } from 'node:crypto'
import type { Settings } from './settings.js'

/** The workload an owner key stands for. */
export interface WorkloadRef {
  subscriptionId: string
  clusterResourceGroup: string
  clusterName: string
  namespace: string
  serviceAccount: string
}

/**
 * The owner key: 16 hex characters (64 bits) of SHA-256 over the workload, Azure's case-insensitive names lower-cased
 * and Kubernetes' case-sensitive ones as they are. A valid label value, tag value and name part.
 */
export function ownerKey(w: WorkloadRef): string {
  const basis = ['aks-workload-identity/owner/v1', w.subscriptionId, w.clusterResourceGroup, w.clusterName]
    .map((x) => x.toLowerCase())
    .concat([w.namespace, w.serviceAccount])
    .join('\n')
  return createHash('sha256').update(basis).digest('hex').slice(0, 16)
}

/** The owner key of the workload a run's settings describe (the cluster's subscription: the one signed in to). */
export const settingsOwnerKey = (s: Settings, subscriptionId: string): string =>
  ownerKey({
    subscriptionId,
    clusterResourceGroup: s.cluster.resourceGroup,
    clusterName: s.cluster.name,
    namespace: s.kube.namespace,
    serviceAccount: s.kube.serviceAccount
  })

/** The part of the owner key that goes into names (runner pods and their GitHub registrations): 8 hex characters. */
export const nameKey = (key: string): string => key.slice(0, 8)

/** Whether a resource is the action's own (created for this workload) or adopted (found; only our fields are managed). */
export type Ownership = 'owned' | 'adopted'

/**
 * What an object's marks say: `ours` (this workload's owner key), `other` (another workload's key), `legacy` (only
 * the previous version's managed-by mark, no key), `none` (no mark: someone else made it).
 */
export type Mark = 'ours' | 'other' | 'legacy' | 'none'

export interface MarkNames {
  /** The owner key's label or tag name. */
  key: string
  /** The previous version's mark: its name and value. */
  managedBy: string
  managedByValue: string
  /** Azure tag names are case-insensitive; Kubernetes label names are not. */
  caseInsensitive?: boolean
}

/** Pure: what the labels or tags of an object say about whose it is. */
export function markOf(marks: Readonly<Record<string, string>> | undefined, key: string, names: MarkNames): Mark {
  const get = (name: string): string | undefined =>
    names.caseInsensitive ? Object.entries(marks ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] : marks?.[name]
  const have = get(names.key)
  if (have !== undefined) return have === key ? 'ours' : 'other'
  return get(names.managedBy) === names.managedByValue ? 'legacy' : 'none'
}
