// Microsoft.Resources resource groups, and plain resources (storage accounts, key vaults, ...) that the sandbox
// only stores: reading one takes `<type>/read` at its scope, so a missing role assignment shows as 403.
// Registered last: the plain-resource route would otherwise shadow the providers' own routes.
import { ok, type Arm } from './arm.js'
import { armError } from './errors.js'
import { key } from './ids.js'
import type { AzureWorld, PlainResource, ResourceGroup } from './world.js'

const RG_ACTION = 'Microsoft.Resources/subscriptions/resourceGroups'

export function registerResources(arm: Arm, world: AzureWorld): void {
  const rgJson = (rg: ResourceGroup) => ({
    id: rg.id,
    name: rg.name,
    type: 'Microsoft.Resources/resourceGroups',
    location: rg.location,
    tags: rg.tags ?? {},
    properties: { provisioningState: 'Succeeded' }
  })
  const resourceJson = (r: PlainResource) => ({
    id: r.id,
    name: r.name,
    type: r.type,
    location: r.location,
    tags: r.tags ?? {},
    ...(r.identity ? { identity: { type: r.identity.type, principalId: r.identity.principalId, tenantId: r.identity.tenantId } } : {}),
    properties: r.properties
  })
  const rgScope = (sub: string, rg: string) => `/subscriptions/${sub}/resourceGroups/${rg}`
  const rgNotFound = (rg: string) => armError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`)

  // The subscription, as `az login` lists it: visible to a caller with any role assignment in it (no role needed).
  const subscriptionJson = () => ({
    id: `/subscriptions/${world.ctx.subscriptionId}`,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId: world.ctx.subscriptionId,
    tenantId: world.ctx.tenantId,
    displayName: 'Sandbox subscription',
    state: 'Enabled',
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' }
  })
  const hasAnyRole = (oid: string) => [...world.roleAssignments.values()].some((ra) => ra.principalId.toLowerCase() === oid.toLowerCase())
  arm
    .add('GET', '/subscriptions', 'Subscriptions_List', 'subscriptions', (req, caller) => ok(arm.page(req, hasAnyRole(caller.oid) ? [subscriptionJson()] : [])))
    .add('GET', '/subscriptions/{subscriptionId}', 'Subscriptions_Get', 'subscriptions', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      if (!hasAnyRole(caller.oid)) throw armError(404, 'SubscriptionNotFound', `The subscription '${req.params.subscriptionId}' could not be found.`)
      return ok(subscriptionJson())
    })
    .add('GET', '/tenants', 'Tenants_List', 'subscriptions', (req) =>
      ok(arm.page(req, [{ id: `/tenants/${world.ctx.tenantId}`, tenantId: world.ctx.tenantId, tenantCategory: 'Home', displayName: 'Sandbox tenant', defaultDomain: 'sandbox.onmicrosoft.com' }]))
    )

  arm
    .add('GET', '/subscriptions/{subscriptionId}/resourcegroups', 'ResourceGroups_List', 'resources', (req, caller) => {
      arm.requireSubscription(req.params.subscriptionId!)
      arm.authorize(caller, `${RG_ACTION}/read`, `/subscriptions/${req.params.subscriptionId}`)
      return ok(arm.page(req, [...world.resourceGroups.values()].map(rgJson)))
    })
    .add('GET', '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}', 'ResourceGroups_Get', 'resources', (req, caller) => {
      const { subscriptionId, resourceGroupName } = req.params as Record<string, string>
      arm.requireSubscription(subscriptionId)
      arm.authorize(caller, `${RG_ACTION}/read`, rgScope(subscriptionId, resourceGroupName))
      const rg = world.resourceGroups.get(resourceGroupName.toLowerCase())
      if (!rg) throw rgNotFound(resourceGroupName)
      return ok(rgJson(rg))
    })
    .add('HEAD', '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}', 'ResourceGroups_CheckExistence', 'resources', (req, caller) => {
      const { subscriptionId, resourceGroupName } = req.params as Record<string, string>
      arm.requireSubscription(subscriptionId)
      arm.authorize(caller, `${RG_ACTION}/read`, rgScope(subscriptionId, resourceGroupName))
      return { status: world.resourceGroups.has(resourceGroupName.toLowerCase()) ? 204 : 404 }
    })
    .add('PUT', '/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}', 'ResourceGroups_CreateOrUpdate', 'resources', (req, caller) => {
      const { subscriptionId, resourceGroupName } = req.params as Record<string, string>
      arm.requireSubscription(subscriptionId)
      arm.authorize(caller, `${RG_ACTION}/write`, rgScope(subscriptionId, resourceGroupName))
      const body = req.json<{ location?: string; tags?: Record<string, string> }>() ?? {}
      if (!body.location) throw armError(400, 'LocationRequired', 'The location property is required for this definition.')
      const existing = world.resourceGroups.get(resourceGroupName.toLowerCase())
      if (existing) {
        existing.tags = body.tags
        return ok(rgJson(existing), 200)
      }
      return ok(rgJson(world.addResourceGroup(resourceGroupName, body.location, body.tags)), 201)
    })
    .add('GET', '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{namespace}/{type}/{name}', 'Resources_Get', 'plain', (req, caller) => {
      const p = req.params as Record<string, string>
      arm.requireSubscription(p.subscriptionId)
      const id = `${rgScope(p.subscriptionId, p.resourceGroupName)}/providers/${p.namespace}/${p.type}/${p.name}`
      arm.authorize(caller, `${p.namespace}/${p.type}/read`, id)
      if (!world.resourceGroups.has(p.resourceGroupName.toLowerCase())) throw rgNotFound(p.resourceGroupName)
      const r = world.resources.get(key(id))
      if (!r) {
        throw armError(404, 'ResourceNotFound', `The Resource '${p.namespace}/${p.type}/${p.name}' under resource group '${p.resourceGroupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`)
      }
      return ok(resourceJson(r))
    })
}
