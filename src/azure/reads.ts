// What a failed verification reads to explain itself, signed in as the action (not as the workload): the
// identity's federated credentials, the role assignments of its principal, and role definitions. The same
// clients and list helpers as the kinds (./clients.ts, ./federation.ts, ./role-assignments.ts).
import { roleGuid } from '../rules.js'
import type { AzureServices } from './clients.js'
import type { Credential } from './federation.js'
import { listCredentials } from './federation.js'
import { bare, listRoleAssignments, roleDefinitionsNamed, type Assignment } from './role-assignments.js'
import { isNotFound } from './errors.js'

export type FederatedCredentialView = Pick<Credential, 'name' | 'issuer' | 'subject' | 'audiences'>
export type RoleAssignmentView = Pick<Assignment, 'id' | 'scope' | 'roleDefinitionId'>

export interface RoleDefinitionView {
  /** The GUID. */
  name: string
  roleName: string
  actions: string[]
  notActions: string[]
  /** Data-plane actions (blobs, secrets, messages, ...): what no ARM call can exercise. */
  dataActions: string[]
}

export interface VerifyReads {
  /** The managed identity's federated credentials. */
  federatedCredentials(): Promise<FederatedCredentialView[]>
  /** Role assignments of `principalId` at, above or below `scope`. */
  roleAssignments(scope: string, principalId: string): Promise<RoleAssignmentView[]>
  /** A role by name, GUID or role definition ID, as seen at `scope`; undefined when there is none. */
  roleDefinition(scope: string, role: string): Promise<RoleDefinitionView | undefined>
}

type RoleDefinitionLike = {
  name?: string
  roleName?: string
  permissions?: Array<{ actions?: string[]; notActions?: string[]; dataActions?: string[] }>
}

const view = (d: RoleDefinitionLike): RoleDefinitionView => ({
  name: d.name ?? '',
  roleName: d.roleName ?? '',
  actions: (d.permissions ?? []).flatMap((x) => x.actions ?? []),
  notActions: (d.permissions ?? []).flatMap((x) => x.notActions ?? []),
  dataActions: (d.permissions ?? []).flatMap((x) => x.dataActions ?? [])
})

/** The reads over the action's own clients, for one identity. */
export function verifyReads(azure: AzureServices, identity: { resourceGroup: string; name: string }): VerifyReads {
  return {
    federatedCredentials: () => listCredentials(azure, identity.resourceGroup, identity.name),
    roleAssignments: (scope, principalId) => listRoleAssignments(azure, scope, principalId),
    async roleDefinition(scope, role) {
      const guid = roleGuid(role)
      if (guid) {
        try {
          return view(await azure.authorization.roleDefinitions.get(bare(scope), guid))
        } catch (err) {
          if (isNotFound(err)) return undefined
          throw err
        }
      }
      const [found] = await roleDefinitionsNamed(azure, scope, role)
      return found ? view(found) : undefined
    }
  }
}
