// Microsoft.ContainerService 2026-06-01 managed clusters: GET/list, PUT as a long-running operation polled
// through Azure-AsyncOperation (other PUTs meanwhile: 409 "Another operation ... is in progress"), and
// listClusterUserCredential / listClusterAdminCredential (refused when local accounts are disabled).
// The OIDC issuer cannot be disabled once on, and workload identity needs it, as AKS enforces. Optimistic
// concurrency as the spec describes it: every cluster has an `eTag` (body and ETag header) that changes with every
// write; a PUT with If-Match naming another one, or with If-None-Match: * on an existing cluster, is refused with 412.
import { createHash, randomUUID } from 'node:crypto'
import type { SandboxRequest } from '../frame.js'
import { ok, type Arm } from './arm.js'
import { armError } from './errors.js'
import { key } from './ids.js'
import { clusterFqdn } from '../real-hosts.js'
import { sandboxCloud } from '../context.js'
import { azureSpecs } from './specs.js'
import type { AzureWorld, Cluster, ClusterOperation } from './world.js'

const NS = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters'
const ACTION = 'Microsoft.ContainerService/managedClusters'
/** Properties the service computes; whatever a client sends for them is ignored. */
const READ_ONLY = ['provisioningState', 'powerState', 'fqdn', 'privateFQDN', 'azurePortalFQDN', 'currentKubernetesVersion', 'maxAgentPools', 'resourceUID']

export interface AksDeps {
  /** The issuer URL (trailing slash included) of the cluster with this resource id. */
  issuerUrl(cluster: Cluster): string
  kubeconfig(cluster: Cluster, kind: 'user' | 'admin'): string
}

interface ClusterBody {
  location?: string
  tags?: Record<string, string>
  sku?: Record<string, unknown>
  identity?: Record<string, unknown>
  properties?: Record<string, unknown>
}

type Props = Record<string, unknown> & {
  oidcIssuerProfile?: { enabled?: boolean }
  securityProfile?: { workloadIdentity?: { enabled?: boolean } } & Record<string, unknown>
}

export function registerAks(arm: Arm, world: AzureWorld, deps: AksDeps): void {
  const clusterId = (req: SandboxRequest) =>
    `/subscriptions/${req.params.subscriptionId}/resourcegroups/${req.params.resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/${req.params.resourceName}`
  const getCluster = (req: SandboxRequest): Cluster => {
    world.settle()
    const c = world.clusters.get(key(clusterId(req)))
    if (!c) {
      throw armError(
        404,
        'ResourceNotFound',
        `The Resource 'Microsoft.ContainerService/managedClusters/${req.params.resourceName}' under resource group '${req.params.resourceGroupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
      )
    }
    return c
  }
  const common = (req: SandboxRequest, action: string) => {
    arm.requireSubscription(req.params.subscriptionId!)
    arm.authorize(arm.callerOf(req), `${ACTION}/${action}`, clusterId(req))
    arm.requireResourceGroup(req.params.resourceGroupName!)
  }

  /**
   * AKS renamed the SKU in api-version 2023-02-01: name `Basic` became `Base`, tier `Paid` became `Standard`.
   * The cluster is stored with the current names; older api-versions read and write the old ones, and each
   * side refuses the other's with 400 SkuNotAvailable (the message Azure gives, per Azure/azure-rest-api-specs
   * issues #23777 and #27263).
   */
  const legacySku = (req: SandboxRequest) => (arm.specOf(req)?.apiVersion ?? '9999') < '2023-02-01'
  const skuOut = (req: SandboxRequest, sku: Record<string, unknown> | undefined) => {
    if (!sku || !legacySku(req)) return sku
    return { ...sku, ...(sku.name === 'Base' ? { name: 'Basic' } : {}), ...(sku.tier === 'Standard' ? { tier: 'Paid' } : {}) }
  }
  const skuIn = (req: SandboxRequest, sku: Record<string, unknown> | undefined): Record<string, unknown> | undefined => {
    if (!sku) return undefined
    const legacy = legacySku(req)
    const names = legacy ? ['Basic'] : ['Base', 'Automatic']
    const tiers = legacy ? ['Free', 'Paid'] : ['Free', 'Standard', 'Premium']
    const refuse = (what: string, value: unknown) => {
      const renamed = what === 'name' ? ['Basic', 'Base'] : ['Paid', 'Standard']
      const why = renamed.includes(String(value)) ? ` '${renamed[0]}' has been replaced by '${renamed[1]}' since v2023-02-01. ` : ` The supported values are '${(what === 'name' ? names : tiers).join("', '")}'.`
      return armError(400, 'SkuNotAvailable', `${String(value)} managed cluster SKU ${what} is invalid.${why}`)
    }
    if (sku.name !== undefined && !names.includes(String(sku.name))) throw refuse('name', sku.name)
    if (sku.tier !== undefined && !tiers.includes(String(sku.tier))) throw refuse('tier', sku.tier)
    return { ...sku, ...(sku.name === 'Basic' ? { name: 'Base' } : {}), ...(sku.tier === 'Paid' ? { tier: 'Standard' } : {}) }
  }

  const clusterJson = (c: Cluster, req?: SandboxRequest) => {
    const pending = c.operation && !c.operation.done ? c.operation.pending : undefined
    const p = structuredClone(pending ?? c.properties) as Props
    // Secrets a client sent are never returned.
    delete (p.servicePrincipalProfile as Record<string, unknown> | undefined)?.secret
    delete (p.windowsProfile as Record<string, unknown> | undefined)?.adminPassword
    const oidc = p.oidcIssuerProfile?.enabled === true
    const dnsPrefix = String(p.dnsPrefix ?? `${c.name}-dns`)
    c.eTag ??= randomUUID()
    return {
      id: c.id,
      name: c.name,
      type: 'Microsoft.ContainerService/ManagedClusters',
      eTag: c.eTag,
      location: c.location,
      tags: c.tags ?? {},
      sku: req ? skuOut(req, c.sku) : c.sku,
      identity: c.identity,
      properties: {
        ...p,
        provisioningState: c.provisioningState,
        powerState: { code: 'Running' },
        currentKubernetesVersion: p.kubernetesVersion,
        fqdn: clusterFqdn(dnsPrefix, c.location, sandboxCloud(world.ctx.options)),
        azurePortalFQDN: `${dnsPrefix}-7f3a9b2c.portal.hcp.${c.location}.${sandboxCloud(world.ctx.options).aksApiServerDomain}`,
        nodeResourceGroup: p.nodeResourceGroup ?? `MC_${c.resourceGroup}_${c.name}_${c.location}`,
        // A managed-identity cluster reports `servicePrincipalProfile: { clientId: 'msi' }` (the Azure CLI relies on the object being there).
        servicePrincipalProfile: p.servicePrincipalProfile ?? (c.identity ? { clientId: 'msi' } : undefined),
        // A cluster with a managed identity has a kubelet identity in its node resource group (the Azure CLI reads it).
        ...(c.identity && !p.identityProfile ? { identityProfile: { kubeletidentity: kubeletIdentity(c, String(p.nodeResourceGroup ?? `MC_${c.resourceGroup}_${c.name}_${c.location}`)) } } : {}),
        maxAgentPools: 100,
        oidcIssuerProfile: oidc ? { enabled: true, issuerURL: deps.issuerUrl(c) } : { enabled: false },
        securityProfile: { ...(p.securityProfile ?? {}), workloadIdentity: { enabled: p.securityProfile?.workloadIdentity?.enabled === true } }
      }
    }
  }

  arm
    .add('GET', '/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/managedClusters', 'ManagedClusters_List', 'aks', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${ACTION}/read`, `/subscriptions/${req.params.subscriptionId}`)
      world.settle()
      return ok(arm.page(req, [...world.clusters.values()].map((c) => clusterJson(c, req))))
    })
    .add('GET', NS, 'ManagedClusters_ListByResourceGroup', 'aks', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${ACTION}/read`, `/subscriptions/${req.params.subscriptionId}/resourceGroups/${req.params.resourceGroupName}`)
      arm.requireResourceGroup(req.params.resourceGroupName!)
      world.settle()
      const rg = req.params.resourceGroupName!.toLowerCase()
      return ok(arm.page(req, [...world.clusters.values()].filter((c) => c.resourceGroup.toLowerCase() === rg).map((c) => clusterJson(c, req))))
    })
    .add('GET', `${NS}/{resourceName}`, 'ManagedClusters_Get', 'aks', (req) => {
      common(req, 'read')
      const json = clusterJson(getCluster(req), req)
      return ok(json, 200, { etag: json.eTag })
    })
    .add('PUT', `${NS}/{resourceName}`, 'ManagedClusters_CreateOrUpdate', 'aks', (req) => {
      common(req, 'write')
      world.settle()
      const existing = world.clusters.get(key(clusterId(req)))
      if (existing?.operation && !existing.operation.done) {
        throw armError(
          409,
          'OperationNotAllowed',
          `Operation is not allowed: Another operation (${existing.operation.kind}) is in progress, please wait for it to finish before starting a new operation. See https://aka.ms/aks-pending-operation for more details`
        )
      }
      const ifMatch = req.headers['if-match']
      const ifNoneMatch = req.headers['if-none-match']
      if (ifMatch && ifMatch !== '*' && (!existing || ifMatch !== (existing.eTag ??= randomUUID()))) {
        throw armError(
          412,
          'PreconditionFailed',
          `The request's If-Match '${ifMatch}' does not match the managed cluster's current eTag${existing ? ` '${existing.eTag}'` : ' (it does not exist)'}: it changed since it was read.`
        )
      }
      if (ifNoneMatch === '*' && existing) throw armError(412, 'PreconditionFailed', `The managed cluster '${existing.name}' already exists (If-None-Match: *).`)
      const body = req.json<ClusterBody>() ?? {}
      if (!body.location) throw armError(400, 'LocationRequired', 'The location property is required for this definition.')
      const sku = skuIn(req, body.sku)
      const props = structuredClone(body.properties ?? {}) as Props
      // An api-version that cannot express workload identity (before 2023-01-01) leaves it as it is, as AKS
      // keeps what an older client cannot see.
      const spec = arm.specOf(req)
      if (existing && spec && !azureSpecs().declares(spec, 'ManagedClusterSecurityProfile', 'workloadIdentity')) {
        const kept = (existing.properties as Props).securityProfile?.workloadIdentity
        if (kept) props.securityProfile = { ...(props.securityProfile ?? {}), workloadIdentity: kept }
      }
      for (const f of READ_ONLY) delete props[f]
      if (props.oidcIssuerProfile) delete (props.oidcIssuerProfile as Record<string, unknown>).issuerURL
      const wasOidc = (existing?.properties as Props | undefined)?.oidcIssuerProfile?.enabled === true
      if (wasOidc && props.oidcIssuerProfile?.enabled === false) throw armError(400, 'BadRequest', 'OIDC issuer feature cannot be disabled.')
      // Left out: an existing cluster keeps its issuer (it cannot be turned off); a new cluster gets one, as AKS
      // turns the issuer on by default for new clusters on current Kubernetes versions.
      const oidc = props.oidcIssuerProfile?.enabled ?? (existing ? wasOidc : true)
      props.oidcIssuerProfile = { enabled: oidc }
      if (props.securityProfile?.workloadIdentity?.enabled === true && !oidc) {
        throw armError(400, 'BadRequest', 'Enabling workload identity requires enabling OIDC issuer. Please set oidcIssuerProfile.enabled to true.')
      }
      if (!existing && !(Array.isArray(props.agentPoolProfiles) && props.agentPoolProfiles.length > 0)) {
        throw armError(400, 'BadRequest', 'A managed cluster needs at least one agent pool in properties.agentPoolProfiles.')
      }
      if (!props.kubernetesVersion) props.kubernetesVersion = (existing?.properties.kubernetesVersion as string | undefined) ?? world.settings.kubernetesVersion

      const now = world.now()
      const kind = existing ? 'Updating' : 'Creating'
      const cluster: Cluster = existing ?? {
        id: clusterId(req),
        name: req.params.resourceName!,
        resourceGroup: req.params.resourceGroupName!,
        location: body.location,
        properties: {},
        provisioningState: kind
      }
      cluster.tags = body.tags
      cluster.sku = sku ?? cluster.sku ?? { name: 'Base', tier: 'Free' }
      cluster.identity = body.identity?.type === 'SystemAssigned' && cluster.identity ? cluster.identity : body.identity
      if (cluster.identity?.type === 'SystemAssigned' && !cluster.identity.principalId) {
        cluster.identity = { ...cluster.identity, principalId: randomUUID(), tenantId: world.ctx.tenantId }
      }
      cluster.provisioningState = kind
      cluster.eTag = randomUUID()
      const op: ClusterOperation = {
        id: randomUUID(),
        kind,
        startedAt: now,
        endsAt: now + world.consistency.clusterOperationMs,
        done: false,
        pending: props,
        location: cluster.location,
        apply: () => {
          cluster.properties = props
          cluster.provisioningState = 'Succeeded'
        }
      }
      cluster.operation = op
      world.operations.set(op.id, op)
      world.clusters.set(key(cluster.id), cluster)
      const version = req.query.get('api-version')!
      const asyncUrl = `${arm.url(`/subscriptions/${req.params.subscriptionId}/providers/Microsoft.ContainerService/locations/${cluster.location}/operations/${op.id}`)}?api-version=${version}`
      const json = clusterJson(cluster, req)
      return ok(json, existing ? 200 : 201, {
        etag: json.eTag,
        'azure-asyncoperation': asyncUrl,
        'retry-after': String(world.settings.asyncRetryAfterSeconds)
      })
    })
    .add('GET', '/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/locations/{location}/operations/{operationId}', 'ManagedClusters_OperationStatus', 'aks', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, 'Microsoft.ContainerService/locations/operations/read', `/subscriptions/${req.params.subscriptionId}`)
      world.settle()
      const op = world.operations.get(req.params.operationId!)
      if (!op) throw armError(404, 'NotFound', `Operation ${req.params.operationId} was not found.`)
      return ok({
        id: req.path,
        name: op.id,
        status: op.done ? 'Succeeded' : 'InProgress',
        startTime: new Date(op.startedAt).toISOString(),
        ...(op.done ? { endTime: new Date(op.endsAt).toISOString(), percentComplete: 100 } : {})
      }, 200, op.done ? undefined : { 'retry-after': String(world.settings.asyncRetryAfterSeconds) })
    })
    .add('POST', `${NS}/{resourceName}/listClusterUserCredential`, 'ManagedClusters_ListClusterUserCredentials', 'aks', (req) => {
      common(req, 'listClusterUserCredential/action')
      const c = getCluster(req)
      return ok({ kubeconfigs: [{ name: 'clusterUser', value: Buffer.from(deps.kubeconfig(c, 'user')).toString('base64') }] })
    })
    .add('POST', `${NS}/{resourceName}/listClusterAdminCredential`, 'ManagedClusters_ListClusterAdminCredentials', 'aks', (req) => {
      common(req, 'listClusterAdminCredential/action')
      const c = getCluster(req)
      if (c.properties.disableLocalAccounts === true) {
        throw armError(400, 'BadRequest', 'Getting static credential is not allowed because this cluster is set to disable local accounts.')
      }
      return ok({ kubeconfigs: [{ name: 'clusterAdmin', value: Buffer.from(deps.kubeconfig(c, 'admin')).toString('base64') }] })
    })
}

/** The kubelet identity AKS creates for a managed-identity cluster (`<cluster>-agentpool` in the node resource group); ids derived from the cluster id. */
function kubeletIdentity(c: Cluster, nodeResourceGroup: string): { resourceId: string; clientId: string; objectId: string } {
  const sub = c.id.split('/')[2]
  const guid = (salt: string) => {
    const h = createHash('sha256').update(`${salt}:${c.id.toLowerCase()}`).digest('hex')
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
  }
  return {
    resourceId: `/subscriptions/${sub}/resourcegroups/${nodeResourceGroup}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${c.name}-agentpool`,
    clientId: guid('kubelet-client'),
    objectId: guid('kubelet-object')
  }
}
