// Microsoft.Authorization 2022-04-01: role definitions (built-in, read-only here) and role assignments with the
// `$filter` forms `atScope()`, `principalId eq '...'`, `assignedTo('...')` and `roleName eq '...'`, and the
// service's conflict and replication errors (RoleAssignmentExists, RoleAssignmentUpdateNotPermitted,
// PrincipalNotFound, UnmatchedPrincipalType).
import type { SandboxRequest } from '../frame.js'
import { ok, type Arm, type ArmCaller } from './arm.js'
import { armError } from './errors.js'
import { isAtOrAbove, isGuid, key, normaliseScope } from './ids.js'
import type { RoleDefinitionRecord } from './roles.js'
import type { AzureWorld, RoleAssignment } from './world.js'

const RA = '/providers/Microsoft.Authorization/roleAssignments'
const RD = '/providers/Microsoft.Authorization/roleDefinitions'
const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device']

interface RoleAssignmentBody {
  properties?: {
    roleDefinitionId?: string
    principalId?: string
    principalType?: string
    description?: string
    condition?: string
    conditionVersion?: string
    delegatedManagedIdentityResourceId?: string
  }
}

export function registerAuthorization(arm: Arm, world: AzureWorld): void {
  const raJson = (ra: RoleAssignment) => ({
    id: ra.id,
    name: ra.name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: dropUndefined({
      scope: ra.scope,
      roleDefinitionId: ra.roleDefinitionId,
      principalId: ra.principalId,
      principalType: ra.principalType,
      description: ra.description,
      condition: ra.condition,
      conditionVersion: ra.conditionVersion,
      delegatedManagedIdentityResourceId: ra.delegatedManagedIdentityResourceId,
      createdOn: ra.createdOn,
      updatedOn: ra.updatedOn,
      createdBy: ra.createdBy,
      updatedBy: ra.updatedBy
    })
  })
  const rdJson = (rd: RoleDefinitionRecord) => ({
    id: world.roleDefinitionId(rd.name),
    name: rd.name,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: {
      roleName: rd.roleName,
      type: rd.type,
      description: rd.description,
      assignableScopes: [...rd.assignableScopes],
      permissions: rd.permissions.map((p) => ({ ...p })),
      createdOn: rd.createdOn,
      updatedOn: rd.updatedOn
    }
  })
  const scopeOf = (req: SandboxRequest) => normaliseScope(req.params.scope ?? '')

  const listAssignments = (req: SandboxRequest, caller: ArmCaller, scope: string) => {
    arm.authorize(caller, 'Microsoft.Authorization/roleAssignments/read', scope)
    arm.requireScope(scope)
    const match = assignmentFilter(req.query.get('$filter'), scope)
    return ok(arm.page(req, [...world.roleAssignments.values()].filter(match).map(raJson)))
  }

  arm
    .add('GET', `/subscriptions/{subscriptionId}${RA}`, 'RoleAssignments_ListForSubscription', 'authorization', (req, caller) =>
      listAssignments(req, caller, `/subscriptions/${req.params.subscriptionId}`)
    )
    .add('GET', `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}${RA}`, 'RoleAssignments_ListForResourceGroup', 'authorization', (req, caller) =>
      listAssignments(req, caller, `/subscriptions/${req.params.subscriptionId}/resourceGroups/${req.params.resourceGroupName}`)
    )
    .add(
      'GET',
      `/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{resourceType}/{resourceName}${RA}`,
      'RoleAssignments_ListForResource',
      'authorization',
      (req, caller) => {
        const p = req.params
        return listAssignments(req, caller, `/subscriptions/${p.subscriptionId}/resourceGroups/${p.resourceGroupName}/providers/${p.resourceProviderNamespace}/${p.resourceType}/${p.resourceName}`)
      }
    )
    .add('GET', `/{*scope}${RA}`, 'RoleAssignments_ListForScope', 'authorization', (req, caller) => listAssignments(req, caller, scopeOf(req)))
    .add('GET', `/{*scope}${RA}/{roleAssignmentName}`, 'RoleAssignments_Get', 'authorization', (req, caller) => {
      const scope = scopeOf(req)
      arm.authorize(caller, 'Microsoft.Authorization/roleAssignments/read', scope)
      const ra = world.roleAssignments.get(key(`${scope}${RA}/${req.params.roleAssignmentName}`))
      if (!ra) throw armError(404, 'RoleAssignmentNotFound', `The role assignment '${req.params.roleAssignmentName}' is not found.`)
      return ok(raJson(ra))
    })
    .add('PUT', `/{*scope}${RA}/{roleAssignmentName}`, 'RoleAssignments_Create', 'authorization', (req, caller) => {
      const scope = scopeOf(req)
      const name = req.params.roleAssignmentName!
      arm.authorize(caller, 'Microsoft.Authorization/roleAssignments/write', scope)
      arm.requireScope(scope)
      if (!isGuid(name)) throw armError(400, 'InvalidRoleAssignmentId', `The role assignment ID '${name}' is not valid. The role assignment ID must be a GUID.`)
      const p = req.json<RoleAssignmentBody>()?.properties
      if (!p?.roleDefinitionId || !p.principalId) throw armError(400, 'BadRequest', "The properties 'roleDefinitionId' and 'principalId' are required.")
      const roleGuid = /\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/i.exec(p.roleDefinitionId)?.[1]
      if (!roleGuid || !world.roleDefinitions.has(roleGuid.toLowerCase())) {
        throw armError(400, 'RoleDefinitionDoesNotExist', `The specified role definition with ID '${roleGuid ?? p.roleDefinitionId}' does not exist.`)
      }
      if (p.principalType !== undefined && !PRINCIPAL_TYPES.includes(p.principalType)) {
        throw armError(400, 'BadRequest', `The PrincipalType property '${p.principalType}' is not valid. It must be 'User', 'Group' or 'ServicePrincipal'.`)
      }
      const principal = world.directory.get(p.principalId)
      const replicating = principal && world.now() - principal.createdAt < world.consistency.principalNotFoundMs
      // Entra replication delay: ARM cannot see a new principal yet, unless told it is a service principal (it then skips the lookup).
      if (!principal || (replicating && p.principalType !== 'ServicePrincipal')) {
        throw armError(
          400,
          'PrincipalNotFound',
          `Principal ${p.principalId.replace(/-/g, '')} does not exist in the directory ${world.ctx.tenantId}. Check that you have the correct principal ID. If you are creating this principal and then immediately assigning a role, this error might be related to a replication delay. In this case, set the role assignment principalType property to a value, such as ServicePrincipal, User, or Group.  See https://aka.ms/docs-principaltype`
        )
      }
      const principalType = p.principalType ?? principal.type
      if (principalType !== principal.type) {
        throw armError(400, 'UnmatchedPrincipalType', `The PrincipalId '${p.principalId}' has type '${principal.type}' , which is different from specified PrincipalType '${principalType}'.`)
      }
      const id = `${scope}${RA}/${name}`
      const roleDefinitionId = world.roleDefinitionId(roleGuid)
      const existing = world.roleAssignments.get(key(id))
      const now = new Date(world.now()).toISOString()
      if (existing) {
        if (existing.principalId !== p.principalId || key(existing.roleDefinitionId) !== key(roleDefinitionId)) {
          throw armError(409, 'RoleAssignmentUpdateNotPermitted', 'Tenant ID, application ID, principal ID, and scope are not allowed to be updated.')
        }
        Object.assign(existing, { description: p.description, condition: p.condition, conditionVersion: p.conditionVersion, updatedOn: now, updatedBy: caller.oid })
        return ok(raJson(existing), 200)
      }
      for (const other of world.roleAssignments.values()) {
        if (key(other.scope) === key(scope) && other.principalId === p.principalId && key(other.roleDefinitionId) === key(roleDefinitionId)) {
          throw armError(409, 'RoleAssignmentExists', 'The role assignment already exists.')
        }
      }
      const ra = world.addRoleAssignment(scope, name, roleGuid, p.principalId, principalType, caller.oid)
      Object.assign(ra, dropUndefined({ description: p.description, condition: p.condition, conditionVersion: p.conditionVersion, delegatedManagedIdentityResourceId: p.delegatedManagedIdentityResourceId }))
      return ok(raJson(ra), 201)
    })
    .add('DELETE', `/{*scope}${RA}/{roleAssignmentName}`, 'RoleAssignments_Delete', 'authorization', (req, caller) => {
      const scope = scopeOf(req)
      arm.authorize(caller, 'Microsoft.Authorization/roleAssignments/delete', scope)
      const k = key(`${scope}${RA}/${req.params.roleAssignmentName}`)
      const ra = world.roleAssignments.get(k)
      if (!ra) return { status: 204 }
      world.roleAssignments.delete(k)
      return ok(raJson(ra), 200)
    })

  // --- role definitions ----------------------------------------------------------------------------
  const getDefinition = (guid: string) => {
    const rd = world.roleDefinitions.get(guid.toLowerCase())
    if (!rd) throw armError(404, 'RoleDefinitionDoesNotExist', `The specified role definition with ID '${guid}' does not exist.`)
    return ok(rdJson(rd))
  }
  arm
    .add('GET', `/{*scope}${RD}`, 'RoleDefinitions_List', 'authorization', (req, caller) => {
      const scope = scopeOf(req)
      arm.authorize(caller, 'Microsoft.Authorization/roleDefinitions/read', scope)
      arm.requireScope(scope)
      const match = definitionFilter(req.query.get('$filter'))
      return ok(arm.page(req, [...world.roleDefinitions.values()].filter(match).map(rdJson)))
    })
    .add('GET', `/{*scope}${RD}/{roleDefinitionId}`, 'RoleDefinitions_Get', 'authorization', (req, caller) => {
      const scope = scopeOf(req)
      arm.authorize(caller, 'Microsoft.Authorization/roleDefinitions/read', scope)
      arm.requireScope(scope)
      return getDefinition(req.params.roleDefinitionId!)
    })
    .add('GET', `${RD}/{roleDefinitionId}`, 'RoleDefinitions_GetById', 'authorization', (req) => getDefinition(req.params.roleDefinitionId!))

  function assignmentFilter(filter: string | null, scope: string): (ra: RoleAssignment) => boolean {
    const atOrAboveOrBelow = (ra: RoleAssignment) => isAtOrAbove(ra.scope, scope) || isAtOrAbove(scope, ra.scope)
    if (!filter) return atOrAboveOrBelow
    const tests: Array<(ra: RoleAssignment) => boolean> = []
    for (const clause of filter.trim().split(/\s+and\s+/i)) {
      let m: RegExpExecArray | null
      if (/^atScope\(\)$/i.test(clause)) tests.push((ra) => isAtOrAbove(ra.scope, scope))
      else if ((m = /^principalId\s+eq\s+'([^']+)'$/i.exec(clause)) || (m = /^assignedTo\('([^']+)'\)$/i.exec(clause))) {
        const id = m[1]!.toLowerCase()
        tests.push((ra) => ra.principalId.toLowerCase() === id && atOrAboveOrBelow(ra))
      } else throw armError(400, 'UnsupportedQuery', `The filter '${filter}' is not supported. Supported filters are 'atScope()', "principalId eq '{id}'" and "assignedTo('{id}')".`)
    }
    return (ra) => tests.every((t) => t(ra))
  }

  function definitionFilter(filter: string | null): (rd: RoleDefinitionRecord) => boolean {
    if (!filter) return () => true
    let m: RegExpExecArray | null
    if ((m = /^roleName\s+eq\s+'(.+)'$/i.exec(filter.trim()))) {
      const name = m[1]!.replace(/''/g, "'").toLowerCase()
      return (rd) => rd.roleName.toLowerCase() === name
    }
    if ((m = /^type\s+eq\s+'(BuiltInRole|CustomRole)'$/i.exec(filter.trim()))) {
      const type = m[1]!.toLowerCase()
      return (rd) => rd.type.toLowerCase() === type
    }
    throw armError(400, 'UnsupportedQuery', `The filter '${filter}' is not supported. Supported filters are "roleName eq '{name}'" and "type eq '{type}'".`)
  }
}

function dropUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T
}
