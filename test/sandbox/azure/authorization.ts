// Microsoft.Authorization 2022-04-01: role definitions (built-in ones read-only; custom ones created, updated and
// deleted, assignable within their assignable scopes) and role assignments with the `$filter` forms `atScope()`,
// `principalId eq '...'`, `assignedTo('...')` and `roleName eq '...'`, and the service's conflict and replication
// errors (RoleAssignmentExists, RoleAssignmentUpdateNotPermitted, PrincipalNotFound, UnmatchedPrincipalType,
// RoleDefinitionWithSameNameExists, RoleDefinitionHasAssignments).
import type { SandboxRequest } from '../frame.js'
import { ok, type Arm, type ArmCaller } from './arm.js'
import { armError } from './errors.js'
import { isAtOrAbove, isGuid, key, normaliseScope, parseScope } from './ids.js'
import type { Permission, RoleDefinitionRecord } from './roles.js'
import type { AzureWorld, RoleAssignment } from './world.js'

const RA = '/providers/Microsoft.Authorization/roleAssignments'
const RD = '/providers/Microsoft.Authorization/roleDefinitions'
const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal', 'ForeignGroup', 'Device']

interface RoleDefinitionBody {
  properties?: {
    roleName?: string
    description?: string
    type?: string
    permissions?: Array<Partial<Permission>>
    assignableScopes?: string[]
  }
}

/**
 * ARM's answer to a write or delete of a built-in role definition. Not confirmed against a live ARM (the code
 * and message could not be looked up): change it here when it is.
 */
const builtInReadOnly = (guid: string, verb: 'updated' | 'deleted') =>
  armError(400, 'BuiltInRoleDefinitionNotModifiable', `The role definition '${guid}' is a built-in role and cannot be ${verb}. Create a custom role instead.`)

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
      updatedOn: rd.updatedOn,
      // Built-in roles say null, as ARM answers (recorded by the Azure CLI's tests: test/specs/recordings).
      createdBy: rd.createdBy ?? null,
      updatedBy: rd.updatedBy ?? null
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
      const role = roleGuid ? world.roleDefinitions.get(roleGuid.toLowerCase()) : undefined
      // A custom role is only visible (so assignable) within its assignable scopes.
      if (!roleGuid || !role || !role.assignableScopes.some((s) => isAtOrAbove(s, scope))) {
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
    .add('PUT', `/{*scope}${RD}/{roleDefinitionId}`, 'RoleDefinitions_CreateOrUpdate', 'authorization', (req, caller) => {
      const scope = scopeOf(req)
      const guid = req.params.roleDefinitionId!
      arm.authorize(caller, 'Microsoft.Authorization/roleDefinitions/write', scope)
      arm.requireScope(scope)
      if (!isGuid(guid)) throw armError(400, 'InvalidRoleDefinitionId', `The role definition ID '${guid}' is not valid. The role definition ID must be a GUID.`)
      const existing = world.roleDefinitions.get(guid.toLowerCase())
      if (existing?.type === 'BuiltInRole') throw builtInReadOnly(guid, 'updated')
      const p = req.json<RoleDefinitionBody>()?.properties
      if (!p?.roleName?.trim()) throw armError(400, 'InvalidRoleDefinitionParameter', "The role definition property 'roleName' is required.")
      if (!Array.isArray(p.assignableScopes) || p.assignableScopes.length === 0) {
        throw armError(400, 'InvalidRoleDefinitionParameter', "The role definition property 'assignableScopes' must list at least one scope.")
      }
      const assignableScopes = p.assignableScopes.map((s) => normaliseScope(String(s)))
      for (const s of assignableScopes) {
        const parsed = parseScope(s)
        if (!parsed?.subscriptionId) throw armError(400, 'InvalidAssignableScope', `The assignable scope '${s}' is not valid.`)
        // Writing a custom role takes roleDefinitions/write on every scope it is assignable at.
        arm.authorize(caller, 'Microsoft.Authorization/roleDefinitions/write', s)
        arm.requireScope(s)
      }
      const permissions: Permission[] = []
      for (const perm of p.permissions ?? []) {
        const list = (v: unknown, name: string) => {
          if (v === undefined) return []
          if (!Array.isArray(v) || v.some((a) => typeof a !== 'string' || !a)) throw armError(400, 'InvalidActionOrNotAction', `The '${name}' of a role definition permission must be a list of action names.`)
          return [...(v as string[])]
        }
        permissions.push({ actions: list(perm.actions, 'actions'), notActions: list(perm.notActions, 'notActions'), dataActions: list(perm.dataActions, 'dataActions'), notDataActions: list(perm.notDataActions, 'notDataActions') })
      }
      const roleName = p.roleName.trim()
      for (const other of world.roleDefinitions.values()) {
        if (other.name.toLowerCase() !== guid.toLowerCase() && other.roleName.toLowerCase() === roleName.toLowerCase()) {
          throw armError(409, 'RoleDefinitionWithSameNameExists', 'A custom role with the same name already exists in this directory. Use a different name.')
        }
      }
      const now = new Date(world.now()).toISOString()
      const rd: RoleDefinitionRecord = {
        name: existing?.name ?? guid,
        roleName,
        type: 'CustomRole',
        description: p.description ?? '',
        assignableScopes,
        permissions,
        createdOn: existing?.createdOn ?? now,
        updatedOn: now,
        createdBy: existing?.createdBy ?? caller.oid,
        updatedBy: caller.oid
      }
      world.roleDefinitions.set(guid.toLowerCase(), rd)
      // ARM answers 201 for an update as well (the only success the spec documents).
      return ok(rdJson(rd), 201)
    })
    .add('DELETE', `/{*scope}${RD}/{roleDefinitionId}`, 'RoleDefinitions_Delete', 'authorization', (req, caller) => {
      const scope = scopeOf(req)
      const guid = req.params.roleDefinitionId!
      arm.authorize(caller, 'Microsoft.Authorization/roleDefinitions/delete', scope)
      const rd = world.roleDefinitions.get(guid.toLowerCase())
      if (!rd) return { status: 204 }
      if (rd.type === 'BuiltInRole') throw builtInReadOnly(guid, 'deleted')
      const id = key(world.roleDefinitionId(rd.name))
      if ([...world.roleAssignments.values()].some((ra) => key(ra.roleDefinitionId) === id)) {
        throw armError(409, 'RoleDefinitionHasAssignments', 'There are existing role assignments referencing role (code: RoleDefinitionHasAssignments).')
      }
      world.roleDefinitions.delete(guid.toLowerCase())
      return ok(rdJson(rd), 200)
    })

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
