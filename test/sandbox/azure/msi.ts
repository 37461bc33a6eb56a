// Microsoft.ManagedIdentity 2024-11-30: the provider's operations list, system-assigned identities by scope,
// user-assigned identities and their federated identity credentials, with the service's limits (20 credentials,
// unique issuer+subject, one audience), concurrent-write conflicts and the eventual-consistency windows of
// ConsistencySettings.
import { createHash, randomUUID } from 'node:crypto'
import { sleep, type SandboxRequest } from '../frame.js'
import { ok, type Arm } from './arm.js'
import { armError } from './errors.js'
import { key, normaliseScope, parseScope, resourceType } from './ids.js'
import { azureSpecs } from './specs.js'
import type { FederatedCredential, Identity, AzureWorld, SystemIdentity } from './world.js'

const NS = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities'
const ACTION = 'Microsoft.ManagedIdentity/userAssignedIdentities'
const FIC_ACTION = `${ACTION}/federatedIdentityCredentials`
/** Identity names: 3-128 characters, alphanumerics, hyphens and underscores, starting with a letter or digit. */
const IDENTITY_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/
/** The path-parameter pattern of federatedIdentityCredentialResourceName in the 2024-11-30 spec. */
const FIC_NAME = /^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$/
export const MAX_FICS_PER_IDENTITY = 20

/** The provider's operations as `GET /providers/Microsoft.ManagedIdentity/operations` lists them (names and texts as published). */
const MSI_OPERATIONS: Array<[name: string, resource: string, operation: string, description: string]> = [
  ['Microsoft.ManagedIdentity/register/action', 'Managed Service Identity', 'Register Managed Service Identity', 'Registers the subscription for the managed identity resource provider'],
  ['Microsoft.ManagedIdentity/operations/read', 'Operations', 'Lists operations available on Microsoft.ManagedIdentity resource provider', 'Lists operations available on Microsoft.ManagedIdentity resource provider'],
  ['Microsoft.ManagedIdentity/identities/read', 'Managed Identities', 'Get Managed Identity', 'Gets an existing system assigned identity'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/read', 'User Assigned Identities', 'Get User Assigned Identity', 'Gets an existing user assigned identity'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/write', 'User Assigned Identities', 'Create/Update User Assigned Identity', 'Creates a new user assigned identity or updates the tags associated with an existing user assigned identity'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/delete', 'User Assigned Identities', 'Delete User Assigned Identity', 'Deletes an existing user assigned identity'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/assign/action', 'User Assigned Identities', 'Assign User Assigned Identity', 'RBAC action for assigning an existing user assigned identity to a resource'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/listAssociatedResources/action', 'User Assigned Identities', 'List Associated Resources', 'Lists all associated resources for an existing user assigned identity'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/revokeTokens/action', 'User Assigned Identities', 'Revoke User Assigned Identity Tokens', 'Revoked all the existing tokens on a user assigned identity'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/read', 'Federated Identity Credentials', 'Get Federated Identity Credential', 'Get or list Federated Identity Credentials'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write', 'Federated Identity Credentials', 'Create/Update Federated Identity Credential', 'Add or update a Federated Identity Credential'],
  ['Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/delete', 'Federated Identity Credentials', 'Delete Federated Identity Credential', 'Delete a Federated Identity Credential']
]

interface IdentityBody {
  location?: string
  tags?: Record<string, string>
  properties?: { isolationScope?: string }
}

interface FicBody {
  properties?: { issuer?: string; subject?: string; audiences?: string[] }
}

export function registerMsi(arm: Arm, world: AzureWorld): void {
  /** Whether the request's api-version has `isolationScope` (2024-11-30 does; 2022-01-31-preview, the Azure CLI 2.45's, does not). */
  const hasIsolationScope = (req?: SandboxRequest) => {
    const spec = req && arm.specOf(req)
    return !spec || azureSpecs().declares(spec, 'UserAssignedIdentityProperties', 'isolationScope')
  }
  const identityJson = (i: Identity, req?: SandboxRequest) => ({
    id: i.id,
    name: i.name,
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities',
    location: i.location,
    tags: i.tags ?? {},
    properties: {
      ...(hasIsolationScope(req) ? { isolationScope: i.isolationScope } : {}),
      tenantId: world.ctx.tenantId,
      principalId: i.principalId,
      clientId: i.clientId
    }
  })
  const ficJson = (f: FederatedCredential) => ({
    id: f.id,
    name: f.name,
    type: 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials',
    properties: { issuer: f.issuer, subject: f.subject, audiences: [...f.audiences] }
  })
  const identityId = (req: SandboxRequest) =>
    `/subscriptions/${req.params.subscriptionId}/resourcegroups/${req.params.resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${req.params.resourceName}`
  const notFound = (req: SandboxRequest) =>
    armError(
      404,
      'ResourceNotFound',
      `The Resource 'Microsoft.ManagedIdentity/userAssignedIdentities/${req.params.resourceName}' under resource group '${req.params.resourceGroupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
    )
  const rgScope = (req: SandboxRequest) => `/subscriptions/${req.params.subscriptionId}/resourceGroups/${req.params.resourceGroupName}`
  const getIdentity = (req: SandboxRequest): Identity | undefined => world.identities.get(key(identityId(req)))

  // --- the provider's operations, and system-assigned identities -----------------------------------
  /** The system-assigned identity of the resource at `scope`: a plain resource's, or a managed cluster's. */
  const systemIdentityAt = (scope: string): { identity: SystemIdentity; location: string; tags?: Record<string, string> } | undefined => {
    const r = world.resources.get(key(scope))
    if (r) return r.identity && { identity: r.identity, location: r.location, tags: r.tags }
    const c = world.clusters.get(key(scope))
    const principalId = c?.identity?.principalId
    if (c && typeof principalId === 'string' && String(c.identity?.type).includes('SystemAssigned')) {
      // A cluster's identity carries no client id in the AKS API: a stable one is derived from the principal.
      const h = createHash('sha256').update(principalId).digest('hex')
      const clientId = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
      return { identity: { type: 'SystemAssigned', principalId, clientId, tenantId: world.ctx.tenantId }, location: c.location, tags: c.tags }
    }
    return undefined
  }
  arm
    .add('GET', '/providers/Microsoft.ManagedIdentity/operations', 'Operations_List', 'msi', (req) =>
      // Any signed-in caller may list a provider's operations: no role is needed.
      ok(
        arm.page(
          req,
          MSI_OPERATIONS.map(([name, resource, operation, description]) => ({
            name,
            isDataAction: false,
            display: { provider: 'Managed Service Identity', resource, operation, description }
          }))
        )
      )
    )
    .add('GET', '/{*scope}/providers/Microsoft.ManagedIdentity/identities/default', 'SystemAssignedIdentities_GetByScope', 'msi', (req, caller) => {
      const scope = normaliseScope(req.params.scope ?? '')
      const p = parseScope(scope)
      if (!p?.provider) throw armError(400, 'InvalidScope', `The scope '${scope}' is not a resource: a system-assigned identity belongs to a resource.`)
      arm.requireSubscription(p.subscriptionId!)
      arm.authorize(caller, 'Microsoft.ManagedIdentity/identities/read', scope)
      arm.requireScope(scope)
      const found = systemIdentityAt(scope)
      if (!found) {
        throw armError(404, 'NotFound', `The system assigned identity of the resource '${resourceType(p)}/${p.names.join('/')}' under resource group '${p.resourceGroup}' was not found: the resource has no system-assigned identity.`)
      }
      const { identity, location, tags } = found
      const id = `${scope}/providers/Microsoft.ManagedIdentity/identities/default`
      return ok({
        id,
        name: 'default',
        type: 'Microsoft.ManagedIdentity/identities',
        location,
        tags: tags ?? {},
        properties: {
          tenantId: identity.tenantId,
          principalId: identity.principalId,
          clientId: identity.clientId,
          // The MSI data plane, which the sandbox does not serve (as in Azure, only the resource's host may call it).
          clientSecretUrl: `https://control-${location}.identity.sandbox.invalid${id}/credentials?tid=${identity.tenantId}&oid=${identity.principalId}&aid=${identity.clientId}`
        }
      })
    })

  arm
    .add('GET', '/subscriptions/{subscriptionId}/providers/Microsoft.ManagedIdentity/userAssignedIdentities', 'UserAssignedIdentities_ListBySubscription', 'msi', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${ACTION}/read`, `/subscriptions/${req.params.subscriptionId}`)
      return ok(arm.page(req, [...world.identities.values()].map((i) => identityJson(i, req))))
    })
    .add('GET', NS, 'UserAssignedIdentities_ListByResourceGroup', 'msi', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${ACTION}/read`, rgScope(req))
      arm.requireResourceGroup(req.params.resourceGroupName!)
      const rg = req.params.resourceGroupName!.toLowerCase()
      return ok(arm.page(req, [...world.identities.values()].filter((i) => i.resourceGroup.toLowerCase() === rg).map((i) => identityJson(i, req))))
    })
    .add('GET', `${NS}/{resourceName}`, 'UserAssignedIdentities_Get', 'msi', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${ACTION}/read`, identityId(req))
      arm.requireResourceGroup(req.params.resourceGroupName!)
      const i = getIdentity(req)
      if (!i) throw notFound(req)
      return ok(identityJson(i, req))
    })
    .add('PUT', `${NS}/{resourceName}`, 'UserAssignedIdentities_CreateOrUpdate', 'msi', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${ACTION}/write`, identityId(req))
      arm.requireResourceGroup(req.params.resourceGroupName!)
      const name = req.params.resourceName!
      if (!IDENTITY_NAME.test(name)) {
        throw armError(400, 'InvalidResourceName', `Resource name '${name}' is invalid. The name can be between 3 and 128 characters long and can contain only alphanumeric characters, hyphens and underscores, and must start with a letter or number.`)
      }
      const body = req.json<IdentityBody>() ?? {}
      if (!body.location) throw armError(400, 'LocationRequired', 'The location property is required for this definition.')
      const existing = getIdentity(req)
      if (existing) {
        existing.tags = body.tags
        existing.isolationScope = body.properties?.isolationScope ?? existing.isolationScope
        return ok(identityJson(existing, req), 200)
      }
      const now = world.now()
      const identity: Identity = {
        id: identityId(req),
        name,
        resourceGroup: req.params.resourceGroupName!,
        location: body.location,
        tags: body.tags,
        isolationScope: body.properties?.isolationScope ?? 'None',
        clientId: randomUUID(),
        principalId: randomUUID(),
        createdAt: now,
        fics: new Map(),
        ficBusyUntil: 0
      }
      world.identities.set(key(identity.id), identity)
      world.directory.set(identity.principalId, {
        objectId: identity.principalId,
        appId: identity.clientId,
        displayName: name,
        type: 'ServicePrincipal',
        secrets: [],
        federated: [],
        identityKey: key(identity.id),
        createdAt: now
      })
      return ok(identityJson(identity, req), 201)
    })
    .add('PATCH', `${NS}/{resourceName}`, 'UserAssignedIdentities_Update', 'msi', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${ACTION}/write`, identityId(req))
      arm.requireResourceGroup(req.params.resourceGroupName!)
      const i = getIdentity(req)
      if (!i) throw notFound(req)
      const body = req.json<IdentityBody>() ?? {}
      if (body.tags) i.tags = body.tags
      if (body.properties?.isolationScope) i.isolationScope = body.properties.isolationScope
      return ok(identityJson(i, req))
    })
    .add('DELETE', `${NS}/{resourceName}`, 'UserAssignedIdentities_Delete', 'msi', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${ACTION}/delete`, identityId(req))
      const i = getIdentity(req)
      if (!i) return { status: 204 }
      world.identities.delete(key(i.id))
      world.directory.delete(i.principalId)
      return { status: 200 }
    })

  // --- federated identity credentials -------------------------------------------------------------
  const FIC = `${NS}/{resourceName}/federatedIdentityCredentials`
  const ficId = (req: SandboxRequest) => `${identityId(req)}/federatedIdentityCredentials/${req.params.federatedIdentityCredentialResourceName}`
  const parentNotFound = (req: SandboxRequest, verb: string) =>
    armError(
      404,
      'ParentResourceNotFound',
      `Failed to perform '${verb}' on resource(s) of type 'userAssignedIdentities/federatedIdentityCredentials', because the parent resource '${identityId(req)}' could not be found.`
    )
  /** A write occupies the identity for `ficWriteMs`; a second one meanwhile is refused as Azure does. */
  const beginWrite = async (i: Identity): Promise<void> => {
    const now = world.now()
    if (i.ficBusyUntil > now) {
      throw armError(
        409,
        'ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity',
        `Too many Federated Identity Credentials are written concurrently for the managed identity '${i.id}'. Concurrent Federated Identity Credentials writes under the same managed identity are not supported.`
      )
    }
    const ms = world.consistency.ficWriteMs
    if (ms > 0) {
      i.ficBusyUntil = now + ms
      await sleep(ms)
    }
  }

  arm
    .add('GET', FIC, 'FederatedIdentityCredentials_List', 'msi', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${FIC_ACTION}/read`, identityId(req))
      arm.requireResourceGroup(req.params.resourceGroupName!)
      const i = getIdentity(req)
      if (!i) throw notFound(req)
      return ok(arm.page(req, [...i.fics.values()].map(ficJson)))
    })
    .add('GET', `${FIC}/{federatedIdentityCredentialResourceName}`, 'FederatedIdentityCredentials_Get', 'msi', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${FIC_ACTION}/read`, ficId(req))
      arm.requireResourceGroup(req.params.resourceGroupName!)
      const f = getIdentity(req)?.fics.get(key(ficId(req)))
      if (!f) {
        throw armError(
          404,
          'ResourceNotFound',
          `The Resource 'Microsoft.ManagedIdentity/userAssignedIdentities/${req.params.resourceName}/federatedIdentityCredentials/${req.params.federatedIdentityCredentialResourceName}' under resource group '${req.params.resourceGroupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
        )
      }
      return ok(ficJson(f))
    })
    .add('PUT', `${FIC}/{federatedIdentityCredentialResourceName}`, 'FederatedIdentityCredentials_CreateOrUpdate', 'msi', async (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${FIC_ACTION}/write`, ficId(req))
      arm.requireResourceGroup(req.params.resourceGroupName!)
      const i = getIdentity(req)
      if (!i || world.now() - i.createdAt < world.consistency.parentNotFoundMs) throw parentNotFound(req, 'write')
      const name = req.params.federatedIdentityCredentialResourceName!
      if (!FIC_NAME.test(name)) {
        throw armError(400, 'BadRequest', `The federated identity credential name '${name}' is invalid. It must match '^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$'.`)
      }
      const p = req.json<FicBody>()?.properties
      if (!p?.issuer || !p.subject || !Array.isArray(p.audiences) || p.audiences.length === 0) {
        throw armError(400, 'BadRequest', "The properties 'issuer', 'subject' and 'audiences' are required.")
      }
      if (!/^https:\/\//.test(p.issuer)) throw armError(400, 'BadRequest', `The issuer '${p.issuer}' is not a valid https URL.`)
      if (p.audiences.length > 1) throw armError(400, 'BadRequest', 'Only one audience is supported for a federated identity credential.')
      const k = key(ficId(req))
      const existing = i.fics.get(k)
      for (const other of i.fics.values()) {
        if (other !== existing && other.issuer === p.issuer && other.subject === p.subject) {
          throw armError(400, 'BadRequest', 'Issuer and subject combination already exists for this Managed Identity.')
        }
      }
      if (!existing && i.fics.size >= MAX_FICS_PER_IDENTITY) {
        throw armError(400, 'BadRequest', `The managed identity '${i.id}' already has the maximum of ${MAX_FICS_PER_IDENTITY} federated identity credentials.`)
      }
      await beginWrite(i)
      const fic: FederatedCredential = { id: ficId(req), name, issuer: p.issuer, subject: p.subject, audiences: [...p.audiences], updatedAt: world.now() }
      i.fics.set(k, fic)
      return ok(ficJson(fic), existing ? 200 : 201)
    })
    .add('DELETE', `${FIC}/{federatedIdentityCredentialResourceName}`, 'FederatedIdentityCredentials_Delete', 'msi', async (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${FIC_ACTION}/delete`, ficId(req))
      const i = getIdentity(req)
      const k = key(ficId(req))
      if (!i || !i.fics.has(k)) return { status: 204 }
      await beginWrite(i)
      i.fics.delete(k)
      return { status: 200 }
    })
}
