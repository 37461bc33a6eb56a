// The AKS cluster: its OIDC issuer URL (output verbatim) and, when the issuer or workload identity is off,
// turning both on: read the full cluster, flip the two fields, PUT the whole object back as a long-running
// operation guarded by the eTag read (If-Match: a cluster changed meanwhile answers 412, and is read again), and
// wait out "another operation is in progress" (and only that: a stopped cluster, a policy or a quota fail at once).
import type { ManagedCluster } from '@azure/arm-containerservice'
import type { Change, Outputs, Resource, ResourceKind, Step } from '../model.js'
import type { AzureContext, AzureKindServices } from './clients.js'
import { errorStatus, explain, isNotFound } from './errors.js'

export interface ClusterSpec {
  resourceGroup: string
  name: string
  /** Turn the features on when off (else: a conflict naming the az command). */
  enableFeatures: boolean
}

export interface ClusterState {
  id: string
  location: string
  oidcIssuerEnabled: boolean
  workloadIdentityEnabled: boolean
  /** `oidcIssuerProfile.issuerURL` exactly as AKS reports it (trailing slash included). */
  issuerUrl?: string
  provisioningState?: string
}

/** Provisioning states after which no operation is running on the cluster. */
const SETTLED = new Set(['succeeded', 'failed', 'canceled'])

/** Times the read-modify-write is repeated when the cluster changed between the read and the write (412). */
const ETAG_ATTEMPTS = 5

export const enableCommand = (s: ClusterSpec): string =>
  `az aks update --resource-group ${s.resourceGroup} --name ${s.name} --enable-oidc-issuer --enable-workload-identity`

function stateOf(mc: ManagedCluster): ClusterState {
  return {
    id: mc.id ?? '',
    location: mc.location,
    oidcIssuerEnabled: mc.oidcIssuerProfile?.enabled === true,
    workloadIdentityEnabled: mc.securityProfile?.workloadIdentity?.enabled === true,
    issuerUrl: mc.oidcIssuerProfile?.issuerURL || undefined,
    provisioningState: mc.provisioningState
  }
}

const ready = (o: ClusterState): boolean => o.oidcIssuerEnabled && o.workloadIdentityEnabled && !!o.issuerUrl

/** Pure. */
export function diffCluster(spec: ClusterSpec, o: ClusterState | undefined): Change {
  if (!o) {
    return {
      action: 'conflict',
      diff: [],
      reason: `AKS cluster '${spec.name}' was not found in resource group '${spec.resourceGroup}': check resource-group, cluster-name and subscription-id`
    }
  }
  if (ready(o)) return { action: 'unchanged', diff: [], id: o.id }
  const diff = [
    ...(o.oidcIssuerEnabled ? [] : [{ field: 'oidcIssuerProfile.enabled', from: false, to: true }]),
    ...(o.workloadIdentityEnabled ? [] : [{ field: 'securityProfile.workloadIdentity.enabled', from: false, to: true }])
  ]
  if (!spec.enableFeatures) {
    return {
      action: 'conflict',
      diff,
      id: o.id,
      reason: `the cluster's OIDC issuer and workload identity must be on. Run: ${enableCommand(spec)} (or set enable-cluster-features: true)`
    }
  }
  return {
    action: 'update',
    diff,
    id: o.id,
    reason: 'enables the OIDC issuer and workload identity (the API server restarts; the issuer cannot be turned off again)'
  }
}

async function read(spec: ClusterSpec, ctx: AzureContext): Promise<ManagedCluster | undefined> {
  try {
    return await explain(`Reading AKS cluster ${spec.resourceGroup}/${spec.name}`, () =>
      ctx.azure.aks.managedClusters.get(spec.resourceGroup, spec.name)
    )
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw err
  }
}

/** One read-modify-write of the cluster: read it, and unless ready, PUT it back with the two fields on, If-Match its eTag. */
async function updateOnce(spec: ClusterSpec, ctx: AzureContext, what: string): Promise<ClusterState> {
  // Re-read each time: after waiting out another operation, that one may have turned them on already.
  const mc = await read(spec, ctx)
  if (!mc) throw new Error(`${what} failed: the cluster no longer exists`)
  const now = stateOf(mc)
  if (ready(now)) {
    // Another run's update may have turned them on and still be in progress: wait for it to settle.
    if (now.provisioningState && !SETTLED.has(now.provisioningState.toLowerCase())) {
      throw Object.assign(new Error(`the cluster is still ${now.provisioningState} (another operation is in progress)`), {
        code: 'AnotherOperationInProgress',
        statusCode: 409
      })
    }
    return now
  }
  // A stopped cluster accepts no update: say so now rather than after AKS refuses.
  if (mc.powerState?.code === 'Stopped')
    throw new Error(
      `${what} failed: the cluster is stopped (powerState Stopped). Start it (az aks start --resource-group ${spec.resourceGroup} --name ${spec.name}) and re-run.`
    )
  ctx.checkpoint()
  // Send back everything we read (the SDK model round-trips the full cluster), only these two fields changed.
  mc.oidcIssuerProfile = { ...mc.oidcIssuerProfile, enabled: true }
  mc.securityProfile = { ...mc.securityProfile, workloadIdentity: { ...mc.securityProfile?.workloadIdentity, enabled: true } }
  const started = Date.now()
  const result = await explain(what, async () => {
    const poller = ctx.azure.aks.managedClusters.createOrUpdate(spec.resourceGroup, spec.name, mc, {
      updateIntervalInMs: ctx.azure.pollIntervalMs,
      // Optimistic concurrency: the PUT carries the whole cluster as read, so it must not overwrite a newer one.
      ...(mc.eTag ? { ifMatch: mc.eTag } : {}),
      abortSignal: ctx.signal
    })
    let last = ''
    poller.onProgress((state) => {
      if (state.status !== last) {
        last = state.status
        ctx.log.info(`  cluster update ${state.status} (${Math.round((Date.now() - started) / 1000)} s)`)
      }
    })
    return poller.pollUntilDone({ abortSignal: ctx.signal })
  })
  const after = stateOf(result)
  // Some API versions fill issuerURL in only after the operation: read once more if it is missing.
  if (!after.issuerUrl) {
    const again = await read(spec, ctx)
    if (again) return stateOf(again)
  }
  ctx.log.info(`  cluster updated in ${Math.round((Date.now() - started) / 1000)} s; issuer ${after.issuerUrl ?? '(not reported)'}`)
  return after
}

export const clusterKind: ResourceKind<ClusterSpec, ClusterState, AzureKindServices> = {
  kind: 'cluster',

  async observe(_r: Resource<ClusterSpec>, spec: ClusterSpec, ctx: AzureContext) {
    const mc = await read(spec, ctx)
    return mc && stateOf(mc)
  },

  diff: diffCluster,

  async apply(_step: Step, spec: ClusterSpec, _observed: ClusterState | undefined, ctx: AzureContext) {
    const what = `Enabling the OIDC issuer and workload identity on AKS cluster ${spec.resourceGroup}/${spec.name}`
    ctx.log.info(`${what}: this restarts the cluster's API server and can take several minutes.`)
    return ctx.retry(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await updateOnce(spec, ctx, what)
        } catch (err) {
          if (errorStatus(err) !== 412 || attempt >= ETAG_ATTEMPTS) throw err
          ctx.log.info(`  the cluster changed since it was read (412 on If-Match): reading it again (attempt ${attempt + 1})`)
        }
      }
    }, what)
  },

  outputs(o: ClusterState | undefined): Outputs {
    return { id: o?.id, location: o?.location, issuerUrl: o?.issuerUrl, workloadIdentityEnabled: o && String(o.workloadIdentityEnabled) }
  },

  keepReason: () => 'destroy never changes the cluster: its OIDC issuer and workload identity stay on (other workloads may rely on them)'
}
