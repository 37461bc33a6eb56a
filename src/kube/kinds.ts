// The namespace and the service account as engine resource kinds: observe through the cluster's API (only
// once the cluster is known to exist), a pure diff, apply by server-side apply, and destroy of what we own.
import type { V1ServiceAccount } from '@kubernetes/client-node'
import { MANAGED_BY_LABEL, OWNER_VALUE } from '../constants.js'
import type { Change, FieldDiff, KindContext, Outputs, Resource, ResourceKind, Step } from '../model.js'
import type { KubeServices } from './services.js'
import { applyNamespace, missingNamespaceMessage, observeNamespace } from './namespace.js'
import { applyServiceAccount, observeServiceAccount, planServiceAccount } from './service-account.js'
import { isNotFound, wrapKubeError } from './errors.js'

export const kube = (ctx: KindContext): KubeServices => (ctx.services as { kube: KubeServices }).kube

/** Waits for the cluster's observation: when the cluster does not exist, there is no API to read from. */
export async function clusterExists(clusterKey: string, upstream: (key: string) => Promise<unknown>): Promise<boolean> {
  return (await upstream(clusterKey)) !== undefined
}

// --- namespace -------------------------------------------------------------------------------------------

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

export const namespaceKind: ResourceKind<NamespaceSpec, NamespaceState> = {
  kind: 'namespace',

  async observe(_r: Resource<NamespaceSpec>, spec, ctx, upstream) {
    if (!(await clusterExists(spec.clusterKey, upstream))) return undefined
    const o = await observeNamespace(await kube(ctx).core(), spec.name)
    return o.exists ? { name: spec.name, ours: o.ours } : undefined
  },

  diff(spec, observed): Change {
    if (observed) return { action: 'unchanged', diff: [], id: spec.name }
    if (!spec.create) return { action: 'conflict', diff: [], reason: missingNamespaceMessage(spec.name) }
    return { action: 'create', diff: [{ field: 'name', to: spec.name }] }
  },

  async apply(step: Step, spec, observed, ctx) {
    if (step.action === 'unchanged') return observed!
    await applyNamespace(await kube(ctx).core(), spec.name)
    ctx.log.info(`Namespace ${spec.name}: created.`)
    return { name: spec.name, ours: true }
  },

  outputs: (_o, spec): Outputs => ({ name: spec.name, id: spec.name }),

  owned: (o) => o.ours,

  keepReason: () => `it has no label ${MANAGED_BY_LABEL}: ${OWNER_VALUE}, so this action did not create it`,

  async destroy(_step, _spec, observed, ctx) {
    try {
      await (await kube(ctx).core()).deleteNamespace({ name: observed.name })
    } catch (err) {
      if (!isNotFound(err)) throw wrapKubeError(`Deleting namespace ${observed.name}`, err)
    }
  }
}

// --- service account ---------------------------------------------------------------------------------------

export interface ServiceAccountSpec {
  namespace: string
  name: string
  /** From the identity (UNKNOWN until it exists). */
  clientId: string
  tenantId: string
  clusterKey: string
}

export const serviceAccountKind: ResourceKind<ServiceAccountSpec, V1ServiceAccount> = {
  kind: 'service-account',

  async observe(_r: Resource<ServiceAccountSpec>, spec, ctx, upstream) {
    if (!(await clusterExists(spec.clusterKey, upstream))) return undefined
    return observeServiceAccount(await kube(ctx).core(), spec.namespace, spec.name)
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

  async apply(step: Step, spec, observed, ctx) {
    if (step.action === 'unchanged') return observed!
    const sa = await applyServiceAccount(await kube(ctx).core(), spec)
    ctx.log.info(`Service account ${spec.namespace}/${spec.name}: ${step.action === 'create' ? 'created' : 'updated'} (client-id ${spec.clientId}).`)
    return sa
  },

  outputs: (_o, spec): Outputs => ({ namespace: spec.namespace, name: spec.name, id: `${spec.namespace}/${spec.name}` }),

  owned: (o) => o.metadata?.labels?.[MANAGED_BY_LABEL] === OWNER_VALUE,

  keepReason: () => `it has no label ${MANAGED_BY_LABEL}: ${OWNER_VALUE}, so this action did not create it`,

  async destroy(_step, _spec, observed, ctx) {
    const name = observed.metadata?.name ?? ''
    const namespace = observed.metadata?.namespace ?? ''
    try {
      await (await kube(ctx).core()).deleteNamespacedServiceAccount({ name, namespace })
    } catch (err) {
      if (!isNotFound(err)) throw wrapKubeError(`Deleting service account ${namespace}/${name}`, err)
    }
  }
}
