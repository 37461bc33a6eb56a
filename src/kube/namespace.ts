// The namespace as a resource kind: observed through the cluster's API (only once the cluster is known to exist),
// created by server-side apply when missing (unless `create-namespace: false`), deleted by destroy when it is this
// workload's and holds nothing of anyone else's. An existing namespace the action did not create is adopted and
// never patched: labelling someone else's namespace (say `default`) as ours would let destroy delete it. One a
// previous version created (its label, no owner key) is claimed by the first apply of a workload in it.
import type { CoreV1Api, V1Namespace } from '@kubernetes/client-node'
import { MANAGED_BY_LABEL, OWNER_KEY_LABEL } from '../constants.js'
import type { Change, Outputs, ResourceKind } from '../model.js'
import { markOf, type Mark } from '../ownership.js'
import { KUBE_MARKS, namespaceManifest } from './manifests.js'
import { applyPatchOptions, serverSideApply } from './apply.js'
import { isNotFound, wrapKubeError } from './errors.js'
import { withCluster, type KubeKindServices } from './services.js'

export interface ObservedNamespace {
  exists: boolean
  /** What its labels say: this workload's, another's, a previous version's, or nobody's (src/ownership.ts). */
  mark: Mark
}

export async function observeNamespace(api: CoreV1Api, name: string, ownerKey: string): Promise<ObservedNamespace> {
  try {
    const ns = await api.readNamespace({ name })
    return { exists: true, mark: markOf(ns.metadata?.labels, ownerKey, KUBE_MARKS) }
  } catch (err) {
    if (isNotFound(err)) return { exists: false, mark: 'none' }
    throw wrapKubeError(`Reading namespace ${name}`, err)
  }
}

export function missingNamespaceMessage(name: string): string {
  return `Namespace '${name}' does not exist and 'create-namespace' is false: create it first, or set 'create-namespace: true'.`
}

export async function applyNamespace(api: CoreV1Api, name: string, ownerKey: string, force = false): Promise<V1Namespace> {
  const options = await applyPatchOptions()
  return serverSideApply(`namespace ${name}`, (fieldManager) =>
    api.patchNamespace({ name, body: namespaceManifest(name, ownerKey), fieldManager, force }, options)
  )
}

/**
 * What else lives in the namespace (destroy): service accounts, pods and Secrets that are not this workload's. The
 * workload's own service accounts are left out (their own steps decide about them); so are `default` and token Secrets.
 */
async function foreignContents(api: CoreV1Api, spec: NamespaceSpec): Promise<string[]> {
  const keys = new Set([spec.ownerKey, ...(spec.otherOwnerKeys ?? [])])
  const theirs = (labels: Record<string, string> | undefined) => !keys.has(labels?.[OWNER_KEY_LABEL] ?? '')
  try {
    const [sas, pods, secrets] = await Promise.all([
      api.listNamespacedServiceAccount({ namespace: spec.name }),
      api.listNamespacedPod({ namespace: spec.name }),
      api.listNamespacedSecret({ namespace: spec.name })
    ])
    return [
      ...sas.items
        .filter(
          (x) => x.metadata?.name !== 'default' && !spec.serviceAccounts.includes(x.metadata?.name ?? '') && theirs(x.metadata?.labels)
        )
        .map((x) => `service account ${x.metadata?.name}`),
      ...pods.items.filter((x) => !x.metadata?.deletionTimestamp && theirs(x.metadata?.labels)).map((x) => `pod ${x.metadata?.name}`),
      ...secrets.items
        .filter((x) => x.type !== 'kubernetes.io/service-account-token' && theirs(x.metadata?.labels))
        .map((x) => `Secret ${x.metadata?.name}`)
    ]
  } catch (err) {
    throw wrapKubeError(`Listing what namespace ${spec.name} holds`, err)
  }
}

export interface NamespaceSpec {
  name: string
  create: boolean
  clusterKey: string
  ownerKey: string
  /** The workload's service accounts (the identity's, a runner kind's own): not foreign contents. */
  serviceAccounts: string[]
  /** Destroy mode: list what else the namespace holds before deleting it. */
  destroy: boolean
  /** The owner keys of the other workloads of the run in this namespace (src/workloads.ts): theirs is not foreign. */
  otherOwnerKeys?: string[]
}

export interface NamespaceState {
  name: string
  mark: Mark
  /** Destroy: what it holds that is not this workload's (kept then). */
  foreign?: string[]
}

/** Created by the action for this workload, or by a previous version (claimed by the workload that declares it). */
const ours = (o: NamespaceState): boolean => o.mark === 'ours' || o.mark === 'legacy'

export const namespaceKind: ResourceKind<NamespaceSpec, NamespaceState, KubeKindServices> = {
  kind: 'namespace',
  contains: true,

  async observe(_r, spec, ctx, upstream) {
    // No cluster, no API to read from (the cluster step reports that).
    const reached = await withCluster(upstream(spec.clusterKey), () => ctx.kube.core())
    if (!reached) return undefined
    const { api } = reached
    const o = await observeNamespace(api, spec.name, spec.ownerKey)
    if (!o.exists) return undefined
    const state: NamespaceState = { name: spec.name, mark: o.mark }
    return spec.destroy && ours(state) ? { ...state, foreign: await foreignContents(api, spec) } : state
  },

  diff(spec, observed): Change {
    if (observed?.mark === 'legacy')
      return {
        action: 'update',
        id: spec.name,
        ownership: 'owned',
        diff: [{ field: `metadata.labels.${OWNER_KEY_LABEL}`, to: spec.ownerKey }],
        reason: `created by a previous version of the action (label ${MANAGED_BY_LABEL} only): the owner key is recorded`
      }
    if (observed) return { action: 'unchanged', diff: [], id: spec.name, ownership: ours(observed) ? 'owned' : 'adopted' }
    if (!spec.create) return { action: 'conflict', diff: [], reason: missingNamespaceMessage(spec.name) }
    return { action: 'create', diff: [{ field: 'name', to: spec.name }], ownership: 'owned' }
  },

  async apply(step, spec, _observed, ctx) {
    await applyNamespace(await ctx.kube.core(), spec.name, spec.ownerKey)
    ctx.log.info(`Namespace ${spec.name}: ${step.action === 'create' ? 'created' : 'owner key recorded'}.`)
    return { name: spec.name, mark: 'ours' }
  },

  outputs: (_o, spec): Outputs => ({ name: spec.name, id: spec.name }),

  owned: (o) => ours(o) && !o.foreign?.length,

  keepReason: (o, spec) => {
    if (ours(o) && o.foreign?.length)
      return `it holds what this workload did not create (${o.foreign.slice(0, 5).join(', ')}${o.foreign.length > 5 ? `, and ${o.foreign.length - 5} more` : ''}), which deleting it would delete`
    if (o.mark === 'other') return `it was created for another workload (label ${OWNER_KEY_LABEL} is not ${spec.ownerKey})`
    return `it has no label ${OWNER_KEY_LABEL}: ${spec.ownerKey}, so this action did not create it for this workload (adopted)`
  },

  async destroy(_step, _spec, observed, ctx) {
    try {
      await (await ctx.kube.core()).deleteNamespace({ name: observed.name })
    } catch (err) {
      if (!isNotFound(err)) throw wrapKubeError(`Deleting namespace ${observed.name}`, err)
    }
  }
}
