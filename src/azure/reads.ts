// What a failed verification reads to explain itself, signed in as the action (not as the workload): the
// identity's federated credentials, the role assignments of its principal, and role definitions. An interface,
// so the engine can pass its own Azure adapter; `sdkReads` is the default over the official SDK clients.
import { AuthorizationManagementClient } from '@azure/arm-authorization'
import { ManagedServiceIdentityClient } from '@azure/arm-msi'
import type { TokenCredential } from '@azure/identity'
import type { CommonClientOptions } from '@azure/core-client'
import { armScope } from '../clouds.js'
import { roleGuid } from '../rules.js'

export interface FederatedCredentialView {
  name: string
  issuer: string
  subject: string
  audiences: string[]
}

export interface RoleAssignmentView {
  id: string
  scope: string
  roleDefinitionId: string
}

export interface RoleDefinitionView {
  /** The GUID. */
  name: string
  roleName: string
  actions: string[]
  notActions: string[]
}

export interface VerifyReads {
  /** The managed identity's federated credentials. */
  federatedCredentials(): Promise<FederatedCredentialView[]>
  /** Role assignments of `principalId` at, above or below `scope`. */
  roleAssignments(scope: string, principalId: string): Promise<RoleAssignmentView[]>
  /** A role by name, GUID or role definition ID, as seen at `scope`; undefined when there is none. */
  roleDefinition(scope: string, role: string): Promise<RoleDefinitionView | undefined>
}

export interface SdkReadsParams {
  /** The action's own credential. */
  credential: TokenCredential
  subscriptionId: string
  armEndpoint: string
  identity: { resourceGroup: string; name: string }
  /** Transport options (tlsOptions for the sandbox). */
  clientOptions?: CommonClientOptions
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}

/** The SDK clients' scope arguments take no leading slash (else the URL gets `//subscriptions`). */
const bare = (scope: string): string => scope.replace(/^\/+/, '').replace(/\/+$/, '')

export function sdkReads(p: SdkReadsParams): VerifyReads {
  const endpoint = p.armEndpoint.replace(/\/+$/, '')
  const options = { ...p.clientOptions, endpoint, credentialScopes: [armScope(endpoint)] }
  const msi = new ManagedServiceIdentityClient(p.credential, p.subscriptionId, options)
  const auth = new AuthorizationManagementClient(p.credential, p.subscriptionId, options)
  return {
    async federatedCredentials() {
      const list = await all(msi.federatedIdentityCredentials.list(p.identity.resourceGroup, p.identity.name))
      return list.map((f) => ({ name: f.name ?? '', issuer: f.issuer ?? '', subject: f.subject ?? '', audiences: f.audiences ?? [] }))
    },
    async roleAssignments(scope, principalId) {
      const list = await all(auth.roleAssignments.listForScope(bare(scope), { filter: `principalId eq '${principalId}'` }))
      return list.map((a) => ({ id: a.id ?? '', scope: a.scope ?? '', roleDefinitionId: a.roleDefinitionId ?? '' }))
    },
    async roleDefinition(scope, role) {
      const guid = roleGuid(role)
      const view = (d: { name?: string; roleName?: string; permissions?: Array<{ actions?: string[]; notActions?: string[] }> }): RoleDefinitionView => ({
        name: d.name ?? '',
        roleName: d.roleName ?? '',
        actions: (d.permissions ?? []).flatMap((x) => x.actions ?? []),
        notActions: (d.permissions ?? []).flatMap((x) => x.notActions ?? [])
      })
      if (guid) {
        try {
          return view(await auth.roleDefinitions.get(bare(scope), guid))
        } catch (err) {
          if ((err as { statusCode?: number }).statusCode === 404) return undefined
          throw err
        }
      }
      const found = await all(auth.roleDefinitions.list(bare(scope), { filter: `roleName eq '${role.replace(/'/g, "''")}'` }))
      return found[0] ? view(found[0]) : undefined
    }
  }
}
