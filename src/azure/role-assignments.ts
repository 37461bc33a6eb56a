// Role assignments of the managed identity. The role is resolved by name (filtered at the scope), GUID or full
// ID; existing assignments are read with one filtered list per scope; new ones get a deterministic UUIDv5 name
// and principalType ServicePrincipal (Entra replication); RoleAssignmentExists is success; PrincipalNotFound is
// retried for a bounded window; privileged roles are refused unless allowed.
//
// Ownership: an assignment is this workload's when it has the deterministic name AND its description names the
// workload's owner key. Azure allows one assignment per principal, role and scope, so two workloads sharing an
// identity and asking for the same role at the same scope share one: the one that created it owns it (destroy of
// that one removes it; the other's next apply makes it again); the other adopts it and never deletes it. An
// assignment with the deterministic name and the previous version's description (no key) is claimed by the first
// workload that declares it: its description is rewritten with the owner key.
import type { RoleAssignment, RoleDefinition } from '@azure/arm-authorization'
import { UNKNOWN, type Change, type Outputs, type ResourceKind, type Step } from '../model.js'
import { createChange } from '../plan.js'
import { roleAssignmentName } from '../names.js'
import { privilegedRole } from '../privileged-roles.js'
import type { AzureContext, AzureKindServices, AzureServices } from './clients.js'
import { errorCode, explain } from './errors.js'

/** The previous version's description of the assignments it created (no owner key). */
export const LEGACY_DESCRIPTION = 'Managed by aks-workload-identity'
/** The marker in the description of an assignment this action created for a workload. */
export const ownerMarker = (ownerKey: string): string => `(owner ${ownerKey})`

export interface RoleAssignmentSpec {
  identityKey: string
  subscriptionId: string
  scope: string
  /** As the user wrote it (name, GUID or ID). */
  role: string
  /** Set when `role` is a GUID or an ID. */
  roleGuid?: string
  principalId: string
  allowPrivileged: boolean
  /** The workload's owner key, and the description new assignments get (it names the key). */
  ownerKey: string
  description: string
}

export interface Assignment {
  id: string
  name: string
  scope: string
  roleDefinitionId: string
  principalId: string
  description?: string
}

type AssignmentMark = 'ours' | 'legacy' | 'other'

/** Whose an assignment is: this workload's (deterministic name, its key in the description), a previous version's, or someone else's. */
export function assignmentMark(a: Assignment, ownerKey: string): AssignmentMark {
  const deterministic = a.name.toLowerCase() === roleAssignmentName(a.scope, a.roleDefinitionId, a.principalId)
  if (!deterministic) return 'other'
  if ((a.description ?? '').includes(ownerMarker(ownerKey))) return 'ours'
  return (a.description ?? '') === LEGACY_DESCRIPTION ? 'legacy' : 'other'
}

export interface RoleAssignmentState {
  /** The resolved role definition ID; undefined when the role was not found (see `roleProblem`). */
  roleDefinitionId?: string
  roleName?: string
  roleProblem?: string
  /** The identity's existing assignment of this role at exactly this scope, if any. */
  assignment?: Assignment
}

/** ARM paths in the authorization SDK are `/{scope}/...`: a scope given with its leading slash would double it. */
export const bare = (scope: string): string => scope.replace(/^\/+/, '').replace(/\/+$/, '')

/** The OData filter for role definitions by name (a string literal: quotes doubled). */
const roleNameFilter = (roleName: string): string => `roleName eq '${roleName.replace(/'/g, "''")}'`
const guidOf = (roleDefinitionId: string) => roleDefinitionId.split('/').pop()!.toLowerCase()
const sameScope = (a: string, b: string) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase()

/** The role definition ID for a GUID at a scope: subscription-level for scopes in a subscription, tenant-level otherwise. */
export function roleDefinitionIdFor(scope: string, guid: string, role: string): string {
  if (role.startsWith('/')) return role
  const sub = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1]
  return `${sub ? `/subscriptions/${sub}` : ''}/providers/Microsoft.Authorization/roleDefinitions/${guid}`
}

/** Pure. */
export function diffRoleAssignment(spec: RoleAssignmentSpec, o: RoleAssignmentState | undefined): Change {
  if (!o?.roleDefinitionId)
    return { action: 'conflict', diff: [], reason: o?.roleProblem ?? `role '${spec.role}' could not be resolved at '${spec.scope}'` }
  const privileged = privilegedRole(o.roleName, guidOf(o.roleDefinitionId))
  if (privileged && !spec.allowPrivileged) {
    return {
      action: 'conflict',
      diff: [],
      reason: `'${privileged}' can grant access to others; set allow-privileged-roles: true to assign it on purpose`
    }
  }
  if (o.assignment) {
    const mark = assignmentMark(o.assignment, spec.ownerKey)
    if (mark === 'legacy')
      return {
        action: 'update',
        id: o.assignment.id,
        ownership: 'owned',
        diff: [{ field: 'description', from: o.assignment.description, to: spec.description }],
        reason: 'created by a previous version of the action (its description names no workload): the owner key is recorded'
      }
    return { action: 'unchanged', diff: [], id: o.assignment.id, ownership: mark === 'ours' ? 'owned' : 'adopted' }
  }
  const name = spec.principalId === UNKNOWN ? UNKNOWN : roleAssignmentName(spec.scope, o.roleDefinitionId, spec.principalId)
  return {
    ...createChange({
      name,
      scope: spec.scope,
      roleDefinitionId: o.roleDefinitionId,
      principalId: spec.principalId,
      principalType: 'ServicePrincipal'
    }),
    ownership: 'owned'
  }
}

function toAssignment(ra: RoleAssignment): Assignment {
  return {
    id: ra.id ?? '',
    name: ra.name ?? '',
    scope: ra.scope ?? '',
    roleDefinitionId: ra.roleDefinitionId ?? '',
    principalId: ra.principalId ?? '',
    ...(ra.description !== undefined ? { description: ra.description } : {})
  }
}

/** The principal's role assignments at, above and below the scope (one filtered list). */
export async function listRoleAssignments(azure: AzureServices, scope: string, principalId: string): Promise<Assignment[]> {
  const out: Assignment[] = []
  for await (const ra of azure.authorization.roleAssignments.listForScope(bare(scope), { filter: `principalId eq '${principalId}'` }))
    out.push(toAssignment(ra))
  return out
}

/** The role definitions named `roleName` as seen at the scope (names are exact; custom roles only where assignable). */
export async function roleDefinitionsNamed(azure: AzureServices, scope: string, roleName: string): Promise<RoleDefinition[]> {
  const out: RoleDefinition[] = []
  for await (const d of azure.authorization.roleDefinitions.list(bare(scope), { filter: roleNameFilter(roleName) })) out.push(d)
  return out
}

/** Resolves the role to a definition ID: by name with one filtered list at the scope (shared by every assignment asking the same). */
async function resolveRole(
  spec: RoleAssignmentSpec,
  ctx: AzureContext
): Promise<Pick<RoleAssignmentState, 'roleDefinitionId' | 'roleName' | 'roleProblem'>> {
  if (spec.roleGuid) return { roleDefinitionId: roleDefinitionIdFor(spec.scope, spec.roleGuid, spec.role) }
  return ctx.memo(`role-definition:${spec.scope.toLowerCase()}|${spec.role.toLowerCase()}`, async () => {
    const found = await explain(`Looking up role '${spec.role}' at ${spec.scope}`, async () =>
      (await roleDefinitionsNamed(ctx.azure, spec.scope, spec.role)).map((d) => ({ id: d.id ?? '', roleName: d.roleName ?? '' }))
    )
    if (found.length === 0)
      return {
        roleProblem: `no role named '${spec.role}' is assignable at '${spec.scope}' (names are exact; custom roles must list the scope as assignable)`
      }
    if (found.length > 1)
      return {
        roleProblem: `${found.length} roles are named '${spec.role}' at '${spec.scope}': give its GUID or role definition ID instead`
      }
    return { roleDefinitionId: found[0]!.id, roleName: found[0]!.roleName }
  })
}

/** The principal's assignments at, above and below the scope: one filtered list per (scope, principal). */
function listAssignments(spec: RoleAssignmentSpec, principalId: string, ctx: AzureContext, fresh = false): Promise<Assignment[]> {
  const run = () => explain(`Listing role assignments at ${spec.scope}`, () => listRoleAssignments(ctx.azure, spec.scope, principalId))
  return fresh ? run() : ctx.memo(`role-assignments:${spec.scope.toLowerCase()}|${principalId}`, run)
}

function pick(
  list: readonly Assignment[],
  spec: RoleAssignmentSpec,
  roleDefinitionId: string,
  principalId: string
): Assignment | undefined {
  return list.find(
    (a) =>
      sameScope(a.scope, spec.scope) &&
      guidOf(a.roleDefinitionId) === guidOf(roleDefinitionId) &&
      a.principalId.toLowerCase() === principalId.toLowerCase()
  )
}

export const roleAssignmentKind: ResourceKind<RoleAssignmentSpec, RoleAssignmentState, AzureKindServices> = {
  kind: 'role-assignment',

  async observe(_r, spec, ctx, upstream) {
    // The role lookup does not need the identity: start both together.
    const [role, identity] = await Promise.all([resolveRole(spec, ctx), upstream(spec.identityKey)])
    const principalId = identity?.principalId
    if (!role.roleDefinitionId || !principalId) return role
    const list = await listAssignments(spec, principalId, ctx)
    return { ...role, assignment: pick(list, spec, role.roleDefinitionId, principalId) }
  },

  diff: diffRoleAssignment,

  async apply(_step: Step, spec: RoleAssignmentSpec, o: RoleAssignmentState | undefined, ctx: AzureContext) {
    const roleDefinitionId = o?.roleDefinitionId
    if (!roleDefinitionId || spec.principalId === UNKNOWN)
      throw new Error(`Assigning '${spec.role}' at ${spec.scope} failed: ${o?.roleProblem ?? 'the identity has no principal ID'}`)
    // A claim (a previous version's assignment) rewrites the description under the existing name, which is the same.
    const name = roleAssignmentName(spec.scope, roleDefinitionId, spec.principalId)
    const claim = o.assignment !== undefined
    const what = `${claim ? 'Recording the owner key on' : 'Assigning'} role '${spec.role}' ${claim ? 'of' : 'to'} the identity at ${spec.scope}`
    try {
      const created = await ctx.retry(
        () =>
          explain(what, () =>
            ctx.azure.authorization.roleAssignments.create(bare(spec.scope), name, {
              roleDefinitionId,
              principalId: spec.principalId,
              // Without it ARM looks the principal up in Entra, which a new identity may not have replicated to yet.
              principalType: 'ServicePrincipal',
              description: spec.description
            })
          ),
        what
      )
      return { ...o, assignment: toAssignment(created) }
    } catch (err) {
      // Matched by code: the message changed server-side in 2025 (Azure/azure-cli#31995, fixed by #32027).
      if (errorCode(err) !== 'RoleAssignmentExists') throw err
      const existing = pick(await listAssignments(spec, spec.principalId, ctx, true), spec, roleDefinitionId, spec.principalId)
      if (!existing) throw err
      ctx.log.info(`  role '${spec.role}' was already assigned at ${spec.scope} (${existing.name}): adopted`)
      return { ...o, assignment: existing }
    }
  },

  outputs(o: RoleAssignmentState | undefined): Outputs {
    return { id: o?.assignment?.id, roleDefinitionId: o?.roleDefinitionId }
  },

  /** Ours when it carries the name this action derives and its description names this workload (or a previous version's, claimed). */
  owned: (o: RoleAssignmentState, spec: RoleAssignmentSpec) => !!o.assignment && assignmentMark(o.assignment, spec.ownerKey) !== 'other',

  /** The role lookup alone is not an assignment. */
  exists: (o: RoleAssignmentState) => !!o.assignment,

  keepReason: (o: RoleAssignmentState) =>
    o.assignment &&
    o.assignment.name.toLowerCase() === roleAssignmentName(o.assignment.scope, o.assignment.roleDefinitionId, o.assignment.principalId)
      ? `its description names another workload (${o.assignment.description ?? 'none'}): that workload created it for the same identity, role and scope, and owns it`
      : `its name '${o.assignment?.name}' is not the one this action derives from scope, role and principal, so someone else assigned it`,

  async destroy(_step: Step, _spec: RoleAssignmentSpec, o: RoleAssignmentState, ctx: AzureContext) {
    const a = o.assignment!
    await explain(`Deleting role assignment ${a.id}`, () => ctx.azure.authorization.roleAssignments.deleteById(bare(a.id)))
  }
}
