// The namespace as a resource kind: observed through the cluster's API (only once the cluster is known to exist),
// created by server-side apply when missing (unless `create-namespace: false`), deleted by destroy when ours.
// An existing namespace is never patched: labelling someone else's namespace (say `default`) as ours would let
// `destroy` delete it.
import type { CoreV1Api, V1Namespace } from '@kubernetes/client-node'
import { MANAGED_BY_LABEL, OWNER_VALUE } from '../constants.js'
import type { Change, Outputs, ResourceKind } from '../model.js'
import { namespaceManifest } from './manifests.js'
import { applyPatchOptions, serverSideApply } from './apply.js'
import { isNotFound, wrapKubeError } from './errors.js'
import type { KubeKindServices } from './services.js'

export interface ObservedNamespace {
  exists: boolean
  /** Carries our ownership label (we created it). */
  ours: boolean
}

export async function observeNamespace(api: CoreV1Api, name: string): Promise<ObservedNamespace> {
  try {
    const ns = await api.readNamespace({ name })
    return { exists: true, ours: ns.metadata?.labels?.[MANAGED_BY_LABEL] === OWNER_VALUE }
  } catch (err) {
    if (isNotFound(err)) return { exists: false, ours: false }
    throw wrapKubeError(`Reading namespace ${name}`, err)
  }
}

export function missingNamespaceMessage(name: string): string {
  return `Namespace '${name}' does not exist and 'create-namespace' is false: create it first, or set 'create-namespace: true'.`
}

export async function applyNamespace(api: CoreV1Api, name: string): Promise<V1Namespace> {
  const options = await applyPatchOptions()
  return serverSideApply(`namespace ${name}`, (fieldManager) =>
    api.patchNamespace({ name, body: namespaceManifest(name), fieldManager, force: false }, options)
  )
}

export interface NamespaceSpec {
  name: string
  create: boolean
  clusterKey: string
}

export interface NamespaceState {
  name: string
  /** Carries our ownership label: we created it. */
  ours: boolean
}

export const namespaceKind: ResourceKind<NamespaceSpec, NamespaceState, KubeKindServices> = {
  kind: 'namespace',

  async observe(_r, spec, ctx, upstream) {
    // No cluster, no API to read from (the cluster step reports that).
    if (!(await upstream(spec.clusterKey))) return undefined
    const o = await observeNamespace(await ctx.kube.core(), spec.name)
    return o.exists ? { name: spec.name, ours: o.ours } : undefined
  },

  diff(spec, observed): Change {
    if (observed) return { action: 'unchanged', diff: [], id: spec.name }
    if (!spec.create) return { action: 'conflict', diff: [], reason: missingNamespaceMessage(spec.name) }
    return { action: 'create', diff: [{ field: 'name', to: spec.name }] }
  },

  async apply(_step, spec, _observed, ctx) {
    await applyNamespace(await ctx.kube.core(), spec.name)
    ctx.log.info(`Namespace ${spec.name}: created.`)
    return { name: spec.name, ours: true }
  },

  outputs: (_o, spec): Outputs => ({ name: spec.name, id: spec.name }),

  owned: (o) => o.ours,

  keepReason: () => `it has no label ${MANAGED_BY_LABEL}: ${OWNER_VALUE}, so this action did not create it`,

  async destroy(_step, _spec, observed, ctx) {
    try {
      await (await ctx.kube.core()).deleteNamespace({ name: observed.name })
    } catch (err) {
      if (!isNotFound(err)) throw wrapKubeError(`Deleting namespace ${observed.name}`, err)
    }
  }
}
