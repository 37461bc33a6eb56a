// Admin routes of the Azure half (mounted by the frame under /arm/..., /entra/..., /idtoken/...): change the
// world behind the action's back (drift), seed what a test needs, and turn eventual-consistency windows on.
import { randomUUID } from 'node:crypto'
import { HttpError, type Handler, type SandboxRequest } from '../frame.js'
import { key } from './ids.js'
import type { ConsistencySettings } from './options.js'
import type { Permission } from './roles.js'
import type { AzureWorld, Principal } from './world.js'

type AdminRoute = { method: string; pattern: string; handler: Handler }

const bad = (message: string) => new HttpError(400, { error: { code: 'BadRequest', message } })
const notFound = (id: string) => new HttpError(404, { error: { code: 'NotFound', message: `Nothing in the sandbox has the id '${id}'.` } })
const body = <T>(req: SandboxRequest): T => {
  const b = req.json<T>()
  if (!b || typeof b !== 'object') throw bad('a JSON object body is required')
  return b
}

export interface ClusterPatch {
  oidcIssuerEnabled?: boolean
  workloadIdentityEnabled?: boolean
  disableLocalAccounts?: boolean
  kubernetesVersion?: string
  provisioningState?: string
}

/** Direct change to the seeded cluster (as if someone used the portal): no operation, no checks. */
export function patchCluster(world: AzureWorld, patch: ClusterPatch): void {
  const c = world.cluster
  const p = c.properties as Record<string, Record<string, unknown> | unknown>
  if (patch.oidcIssuerEnabled !== undefined) {
    p.oidcIssuerProfile = { enabled: patch.oidcIssuerEnabled }
    // An issuer switched off (or on) behind Entra's back: Entra starts afresh rather than answering from its cache.
    world.issuerKeys.clear()
  }
  if (patch.workloadIdentityEnabled !== undefined) {
    p.securityProfile = { ...((p.securityProfile as Record<string, unknown>) ?? {}), workloadIdentity: { enabled: patch.workloadIdentityEnabled } }
  }
  if (patch.disableLocalAccounts !== undefined) p.disableLocalAccounts = patch.disableLocalAccounts
  if (patch.kubernetesVersion !== undefined) p.kubernetesVersion = patch.kubernetesVersion
  if (patch.provisioningState !== undefined) c.provisioningState = patch.provisioningState
  // A change behind the client's back is a write: the cluster's eTag changes with it.
  c.eTag = randomUUID()
}

/** Deletes whatever has this id: resource group, plain resource, identity, federated credential, role assignment, cluster. */
export function deleteById(world: AzureWorld, id: string): void {
  const k = key(id)
  const rg = /^\/subscriptions\/[^/]+\/resourcegroups\/([^/]+)$/.exec(k)?.[1]
  if (rg && world.resourceGroups.delete(rg)) return
  const resource = world.resources.get(k)
  if (resource?.identity) world.directory.delete(resource.identity.principalId)
  if (world.resources.delete(k) || world.roleAssignments.delete(k) || world.clusters.delete(k)) return
  const identity = world.identities.get(k)
  if (identity) {
    world.identities.delete(k)
    world.directory.delete(identity.principalId)
    return
  }
  for (const i of world.identities.values()) if (i.fics.delete(k)) return
  throw notFound(id)
}

/** Changes fields of a stored resource: FIC issuer/subject/audiences, identity or plain-resource tags/properties, role-assignment description. */
export function alterById(world: AzureWorld, id: string, changes: Record<string, unknown>): void {
  const k = key(id)
  for (const i of world.identities.values()) {
    const f = i.fics.get(k)
    if (f) {
      if (typeof changes.issuer === 'string') f.issuer = changes.issuer
      if (typeof changes.subject === 'string') f.subject = changes.subject
      if (Array.isArray(changes.audiences)) f.audiences = changes.audiences.map(String)
      f.updatedAt = world.now()
      return
    }
  }
  const identity = world.identities.get(k)
  if (identity) {
    if (changes.tags) identity.tags = changes.tags as Record<string, string>
    return
  }
  const r = world.resources.get(k)
  if (r) {
    if (changes.tags) r.tags = changes.tags as Record<string, string>
    if (changes.properties) Object.assign(r.properties, changes.properties)
    return
  }
  const ra = world.roleAssignments.get(k)
  if (ra) {
    if (typeof changes.description === 'string') ra.description = changes.description
    return
  }
  throw notFound(id)
}

export function armAdminRoutes(world: AzureWorld): AdminRoute[] {
  const json = (b: unknown, status = 200) => ({ status, body: b })
  return [
    { method: 'GET', pattern: '/consistency', handler: () => json(world.consistency) },
    {
      method: 'PUT',
      pattern: '/consistency',
      handler: (req) => {
        const b = body<Partial<ConsistencySettings>>(req)
        for (const [k, v] of Object.entries(b)) {
          if (!(k in world.consistency) || typeof v !== 'number' || v < 0) throw bad(`unknown consistency switch or bad value: ${k}`)
        }
        Object.assign(world.consistency, b)
        return json(world.consistency)
      }
    },
    {
      method: 'GET',
      pattern: '/cluster',
      handler: () => {
        world.settle()
        const c = world.cluster
        return json({ ...c, operation: c.operation && { id: c.operation.id, kind: c.operation.kind, done: c.operation.done } })
      }
    },
    {
      method: 'PATCH',
      pattern: '/cluster',
      handler: (req) => {
        patchCluster(world, body<ClusterPatch>(req))
        return json({ properties: world.cluster.properties, provisioningState: world.cluster.provisioningState })
      }
    },
    {
      method: 'POST',
      pattern: '/resourceGroups',
      handler: (req) => {
        const b = body<{ name?: string; location?: string; tags?: Record<string, string> }>(req)
        if (!b.name) throw bad('name is required')
        return json(world.addResourceGroup(b.name, b.location ?? world.settings.location, b.tags), 201)
      }
    },
    {
      method: 'POST',
      pattern: '/resources',
      handler: (req) => {
        const b = body<{ id?: string; location?: string; properties?: Record<string, unknown>; tags?: Record<string, string>; identity?: { type?: string } }>(req)
        if (!b.id || !/\/providers\/[^/]+\/[^/]+\/[^/]+/i.test(b.id)) throw bad('id must be a resource id (/subscriptions/.../providers/{ns}/{type}/{name})')
        if (b.identity && b.identity.type !== 'SystemAssigned') throw bad("identity.type must be 'SystemAssigned'")
        return json(world.addResource(b.id, b.location ?? world.settings.location, b.properties ?? {}, b.tags, b.identity !== undefined), 201)
      }
    },
    {
      method: 'DELETE',
      pattern: '/resources',
      handler: (req) => {
        const id = req.query.get('id')
        if (!id) throw bad('?id= is required')
        deleteById(world, id)
        return { status: 204 }
      }
    },
    {
      method: 'PATCH',
      pattern: '/resources',
      handler: (req) => {
        const b = body<{ id?: string } & Record<string, unknown>>(req)
        if (!b.id) throw bad('id is required')
        alterById(world, b.id, b)
        return { status: 204 }
      }
    },
    {
      method: 'POST',
      pattern: '/roleDefinitions',
      handler: (req) => {
        const b = body<{ name?: string; roleName?: string; description?: string; permissions?: Permission[]; assignableScopes?: string[] }>(req)
        if (!b.roleName) throw bad('roleName is required')
        const name = b.name ?? randomUUID()
        const at = new Date(world.now()).toISOString()
        world.roleDefinitions.set(name.toLowerCase(), {
          name,
          roleName: b.roleName,
          type: 'CustomRole',
          description: b.description ?? '',
          assignableScopes: b.assignableScopes ?? [world.subscriptionScope],
          permissions: b.permissions ?? [{ actions: [], notActions: [], dataActions: [], notDataActions: [] }],
          createdOn: at,
          updatedOn: at
        })
        return json({ id: world.roleDefinitionId(name), name }, 201)
      }
    }
  ]
}

export function entraAdminRoutes(world: AzureWorld): AdminRoute[] {
  return [
    {
      method: 'POST',
      pattern: '/principals',
      handler: (req) => {
        const b = body<{ objectId?: string; appId?: string; displayName?: string; type?: Principal['type']; secret?: string }>(req)
        const type = b.type ?? 'ServicePrincipal'
        if (!['ServicePrincipal', 'User', 'Group'].includes(type)) throw bad('type must be ServicePrincipal, User or Group')
        const p: Principal = {
          objectId: b.objectId ?? randomUUID(),
          appId: type === 'ServicePrincipal' ? (b.appId ?? randomUUID()) : undefined,
          displayName: b.displayName ?? 'sandbox principal',
          type,
          secrets: b.secret ? [b.secret] : [],
          federated: [],
          createdAt: world.now()
        }
        world.directory.set(p.objectId, p)
        return { status: 201, body: { ...p, secrets: p.secrets.length } }
      }
    }
  ]
}

export function idTokenAdminRoutes(setOverrides: (o: Record<string, unknown>) => void): AdminRoute[] {
  return [
    {
      method: 'PUT',
      pattern: '/claims',
      handler: (req) => {
        setOverrides(body<Record<string, unknown>>(req))
        return { status: 204 }
      }
    },
    { method: 'DELETE', pattern: '/claims', handler: () => (setOverrides({}), { status: 204 }) }
  ]
}
