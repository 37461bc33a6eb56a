// The Azure half's state: resource groups, plain resources, managed identities and their federated credentials,
// role definitions and assignments, the AKS cluster, and the Entra directory (service principals and users).
// ARM and Entra both read it in-process, as the real services share a directory. `seed()` is the reset point.
import { randomUUID } from 'node:crypto'
import type { JSONWebKeySet } from 'jose'
import { sandboxCloud, type SandboxContext } from '../context.js'
import { key } from './ids.js'
import type { AzureSettings, ConsistencySettings } from './options.js'
import { builtInRoles, type RoleDefinitionRecord } from './roles.js'

export interface ResourceGroup {
  id: string
  name: string
  location: string
  tags?: Record<string, string>
}

/** A resource the sandbox only stores and serves (storage accounts, key vaults, ...): target of role checks. */
export interface PlainResource {
  id: string
  name: string
  type: string
  location: string
  tags?: Record<string, string>
  properties: Record<string, unknown>
  /** The resource's system-assigned managed identity, when it has one (served by SystemAssignedIdentities_GetByScope). */
  identity?: SystemIdentity
}

/** A system-assigned managed identity: its service principal is in the directory as long as the resource exists. */
export interface SystemIdentity {
  type: 'SystemAssigned'
  principalId: string
  clientId: string
  tenantId: string
}

export interface FederatedCredential {
  id: string
  name: string
  issuer: string
  subject: string
  audiences: string[]
  /** Epoch ms of the last create/update (for the propagation window). */
  updatedAt: number
}

export interface Identity {
  id: string
  name: string
  resourceGroup: string
  location: string
  tags?: Record<string, string>
  isolationScope: string
  clientId: string
  principalId: string
  createdAt: number
  fics: Map<string, FederatedCredential>
  /** A federated-credential write is in flight on this identity (only while `ficWriteMs` > 0). */
  ficWriteInFlight: boolean
}

export interface RoleAssignment {
  id: string
  name: string
  scope: string
  roleDefinitionId: string
  principalId: string
  principalType: string
  description?: string
  condition?: string
  conditionVersion?: string
  delegatedManagedIdentityResourceId?: string
  createdOn: string
  updatedOn: string
  createdBy: string
  updatedBy: string
}

export interface ClusterOperation {
  id: string
  kind: 'Creating' | 'Updating'
  startedAt: number
  endsAt: number
  /** Applied to the cluster when the operation completes. */
  apply: () => void
  done: boolean
  /** The properties the operation is bringing in (served while it runs). */
  pending?: Record<string, unknown>
  location: string
}

export interface Cluster {
  id: string
  name: string
  resourceGroup: string
  location: string
  tags?: Record<string, string>
  sku?: Record<string, unknown>
  identity?: Record<string, unknown>
  /** The properties as last written (client-settable fields); read-only ones are computed when serving. */
  properties: Record<string, unknown>
  provisioningState: string
  operation?: ClusterOperation
  /** Changes on every write (PUT, or a change behind the client's back): If-Match on a PUT must name the current one. */
  eTag?: string
}

export interface Principal {
  objectId: string
  /** Application (client) id, for service principals. */
  appId?: string
  displayName: string
  type: 'ServicePrincipal' | 'User' | 'Group'
  /** Client secrets (test principal only). */
  secrets: string[]
  /** Federated credentials on the application (test principal: GitHub OIDC). Managed identities keep theirs in ARM. */
  federated: FederatedCredential[]
  /** Set for a managed identity's service principal: the identity's resource key. */
  identityKey?: string
  createdAt: number
}

export class AzureWorld {
  resourceGroups = new Map<string, ResourceGroup>()
  resources = new Map<string, PlainResource>()
  identities = new Map<string, Identity>()
  roleDefinitions = new Map<string, RoleDefinitionRecord>()
  roleAssignments = new Map<string, RoleAssignment>()
  clusters = new Map<string, Cluster>()
  directory = new Map<string, Principal>()
  operations = new Map<string, ClusterOperation>()
  /**
   * Entra ID's cache of external issuers' discovery documents and keys (per issuer URL): what Entra fetched while
   * checking an assertion, kept for ISSUER_KEYS_TTL_MS of the sandbox clock (see entra.ts). Cleared by a reset and
   * when the cluster's OIDC issuer is switched on or off (admin patch).
   */
  issuerKeys = new Map<string, { keys: Promise<JSONWebKeySet>; until: number }>()
  consistency: ConsistencySettings

  constructor(
    readonly ctx: SandboxContext,
    readonly settings: AzureSettings
  ) {
    this.consistency = { ...settings.consistency }
    this.seed()
  }

  now(): number {
    return this.ctx.clock.now()
  }

  get subscriptionScope(): string {
    return `/subscriptions/${this.ctx.subscriptionId}`
  }

  /** The emulated cluster (the seeded one; tests may rename it through options). */
  get cluster(): Cluster {
    const c = this.clusters.get(key(this.clusterId))
    if (!c) throw new Error('the seeded managed cluster was deleted')
    return c
  }

  get clusterId(): string {
    const s = this.settings
    return `${this.subscriptionScope}/resourcegroups/${s.resourceGroup}/providers/Microsoft.ContainerService/managedClusters/${s.clusterName}`
  }

  roleDefinitionId(guid: string): string {
    return `${this.subscriptionScope}/providers/Microsoft.Authorization/roleDefinitions/${guid}`
  }

  /** Back to the seeded state (the consistency switches too). */
  seed(): void {
    const s = this.settings
    const now = this.now()
    this.consistency = { ...s.consistency }
    for (const m of [this.resourceGroups, this.resources, this.identities, this.roleDefinitions, this.roleAssignments, this.clusters, this.directory, this.operations]) m.clear()
    this.issuerKeys.clear()
    for (const rg of [s.resourceGroup, ...s.extraResourceGroups]) this.addResourceGroup(rg, s.location)
    for (const r of s.resources) this.addResource(r.id, r.location ?? s.location, r.properties ?? {}, undefined, r.identity?.type === 'SystemAssigned')
    for (const r of builtInRoles()) this.roleDefinitions.set(r.name.toLowerCase(), r)

    this.directory.set(s.principal.objectId, {
      objectId: s.principal.objectId,
      appId: s.principal.clientId,
      displayName: s.principal.displayName,
      type: 'ServicePrincipal',
      secrets: [s.principal.secret],
      federated: [this.githubCredential()],
      createdAt: now - 86_400_000
    })
    // The test principal is Owner on the subscription, as a deployment principal typically is.
    this.addRoleAssignment(this.subscriptionScope, 'a3c59a1e-3c1f-4b43-9e0d-6a4e2c8b7f10', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', s.principal.objectId, 'ServicePrincipal')

    const id = this.clusterId
    this.clusters.set(key(id), {
      id,
      name: s.clusterName,
      resourceGroup: s.resourceGroup,
      location: s.location,
      sku: { name: 'Base', tier: 'Free' },
      identity: { type: 'SystemAssigned', principalId: randomUUID(), tenantId: this.ctx.tenantId },
      provisioningState: 'Succeeded',
      properties: {
        kubernetesVersion: s.kubernetesVersion,
        dnsPrefix: `${s.clusterName}-dns`,
        agentPoolProfiles: [
          { name: 'nodepool1', count: 3, vmSize: 'Standard_D4ds_v5', osType: 'Linux', mode: 'System', type: 'VirtualMachineScaleSets', orchestratorVersion: s.kubernetesVersion }
        ],
        enableRBAC: true,
        aadProfile: { managed: true, enableAzureRBAC: false, tenantID: this.ctx.tenantId },
        disableLocalAccounts: s.disableLocalAccounts,
        oidcIssuerProfile: { enabled: s.oidcIssuerEnabled },
        securityProfile: { workloadIdentity: { enabled: s.workloadIdentityEnabled } },
        networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay', loadBalancerSku: 'standard', podCidr: '10.244.0.0/16', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10' }
      }
    })
  }

  /** The test principal trusts the ID-token stand-in for the configured repository subject (GitHub OIDC sign-in). */
  private githubCredential(): FederatedCredential {
    const ctx = this.ctx
    return {
      id: `${this.settings.principal.clientId}/federatedIdentityCredentials/github-actions`,
      name: 'github-actions',
      // The stand-in's URL is known only once it listens.
      get issuer() {
        return ctx.urls.idtoken
      },
      subject: this.settings.githubSubject,
      audiences: [sandboxCloud(ctx.options).tokenExchangeAudience],
      updatedAt: 0
    }
  }

  addResourceGroup(name: string, location: string, tags?: Record<string, string>): ResourceGroup {
    const rg = { id: `${this.subscriptionScope}/resourceGroups/${name}`, name, location, tags }
    this.resourceGroups.set(name.toLowerCase(), rg)
    return rg
  }

  /** `systemAssigned`: give the resource a system-assigned identity (a new service principal in the directory). */
  addResource(id: string, location: string, properties: Record<string, unknown>, tags?: Record<string, string>, systemAssigned = false): PlainResource {
    const segs = id.split('/')
    const p = segs.findIndex((x) => x.toLowerCase() === 'providers')
    const type = [segs[p + 1], ...segs.slice(p + 2).filter((_x, i) => i % 2 === 0)].join('/')
    const r: PlainResource = { id, name: segs[segs.length - 1]!, type, location, properties, tags }
    const previous = this.resources.get(key(id))?.identity
    if (previous) this.directory.delete(previous.principalId)
    if (systemAssigned) {
      r.identity = { type: 'SystemAssigned', principalId: randomUUID(), clientId: randomUUID(), tenantId: this.ctx.tenantId }
      this.directory.set(r.identity.principalId, {
        objectId: r.identity.principalId,
        appId: r.identity.clientId,
        displayName: r.name,
        type: 'ServicePrincipal',
        secrets: [],
        federated: [],
        createdAt: this.now()
      })
    }
    this.resources.set(key(id), r)
    return r
  }

  addRoleAssignment(scope: string, name: string, roleGuid: string, principalId: string, principalType: string, by?: string): RoleAssignment {
    const at = new Date(this.now()).toISOString()
    const ra: RoleAssignment = {
      id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
      name,
      scope,
      roleDefinitionId: this.roleDefinitionId(roleGuid),
      principalId,
      principalType,
      createdOn: at,
      updatedOn: at,
      createdBy: by ?? this.settings.principal.objectId,
      updatedBy: by ?? this.settings.principal.objectId
    }
    this.roleAssignments.set(key(ra.id), ra)
    return ra
  }

  principalByAppId(appId: string): Principal | undefined {
    for (const p of this.directory.values()) if (p.appId?.toLowerCase() === appId.toLowerCase()) return p
    return undefined
  }

  identityByPrincipal(p: Principal): Identity | undefined {
    return p.identityKey ? this.identities.get(p.identityKey) : undefined
  }

  /** Completes cluster operations whose time has come (state advances lazily, on each read). */
  settle(): void {
    const now = this.now()
    for (const op of this.operations.values()) {
      if (!op.done && now >= op.endsAt) {
        op.done = true
        op.apply()
      }
    }
  }

  dump(): unknown {
    this.settle()
    return {
      consistency: this.consistency,
      resourceGroups: [...this.resourceGroups.values()],
      resources: [...this.resources.values()],
      identities: [...this.identities.values()].map((i) => ({ ...i, fics: [...i.fics.values()] })),
      roleAssignments: [...this.roleAssignments.values()],
      customRoleDefinitions: [...this.roleDefinitions.values()].filter((r) => r.type === 'CustomRole'),
      clusters: [...this.clusters.values()].map((c) => ({ ...c, operation: c.operation && { id: c.operation.id, kind: c.operation.kind, done: c.operation.done } })),
      directory: [...this.directory.values()].map((p) => ({ ...p, secrets: p.secrets.length }))
    }
  }
}
