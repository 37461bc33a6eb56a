// The namespace: observed, and created by server-side apply when missing (unless `create-namespace: false`).
// An existing namespace is never patched: labelling someone else's namespace (say `default`) as ours would
// let `destroy` delete it.
import type { CoreV1Api, V1Namespace } from '@kubernetes/client-node'
import { MANAGED_BY_LABEL, OWNER_VALUE } from '../constants.js'
import { namespaceManifest } from './manifests.js'
import { applyPatchOptions, serverSideApply } from './apply.js'
import { isNotFound, wrapKubeError } from './errors.js'

export interface ObservedNamespace {
  exists: boolean
  /** Carries our ownership label (we created it). */
  ours: boolean
  phase?: string
}

export type NamespaceAction = 'create' | 'unchanged' | 'missing'

export async function observeNamespace(api: CoreV1Api, name: string): Promise<ObservedNamespace> {
  try {
    const ns = await api.readNamespace({ name })
    return { exists: true, ours: ns.metadata?.labels?.[MANAGED_BY_LABEL] === OWNER_VALUE, phase: ns.status?.phase }
  } catch (err) {
    if (isNotFound(err)) return { exists: false, ours: false }
    throw wrapKubeError(`Reading namespace ${name}`, err)
  }
}

/** Pure: `missing` = it does not exist and we may not create it (an error for the run). */
export function planNamespace(observed: ObservedNamespace, createNamespace: boolean): NamespaceAction {
  if (observed.exists) return 'unchanged'
  return createNamespace ? 'create' : 'missing'
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
