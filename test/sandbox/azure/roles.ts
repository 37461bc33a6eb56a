// Azure built-in role definitions (real names, GUIDs and permission lists as Microsoft publishes them in
// "Azure built-in roles") and the evaluation ARM applies: an action is granted when it matches one of a role's
// `actions` wildcards and none of its `notActions`.

export interface Permission {
  actions: string[]
  notActions: string[]
  dataActions: string[]
  notDataActions: string[]
}

export interface RoleDefinitionRecord {
  /** The GUID (the resource name). */
  name: string
  roleName: string
  type: 'BuiltInRole' | 'CustomRole'
  description: string
  assignableScopes: string[]
  permissions: Permission[]
  createdOn: string
  updatedOn: string
  /** Object ids of the principals that created and last updated a custom role (unset for built-in ones). */
  createdBy?: string
  updatedBy?: string
}

const perm = (actions: string[], notActions: string[] = [], dataActions: string[] = [], notDataActions: string[] = []): Permission[] => [
  { actions, notActions, dataActions, notDataActions }
]

// Permission lists as published (learn.microsoft.com/azure/role-based-access-control/built-in-roles, November 2026).
const BUILT_IN: Array<Omit<RoleDefinitionRecord, 'type' | 'assignableScopes' | 'createdOn' | 'updatedOn'>> = [
  {
    name: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    roleName: 'Owner',
    description: 'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.',
    permissions: perm(['*'])
  },
  {
    name: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    roleName: 'Contributor',
    description:
      'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC, manage assignments in Azure Blueprints, or share image galleries.',
    permissions: perm(
      ['*'],
      [
        'Microsoft.Authorization/*/Delete',
        'Microsoft.Authorization/*/Write',
        'Microsoft.Authorization/elevateAccess/Action',
        'Microsoft.Blueprint/blueprintAssignments/write',
        'Microsoft.Blueprint/blueprintAssignments/delete',
        'Microsoft.Compute/galleries/share/action',
        'Microsoft.Purview/consents/write',
        'Microsoft.Purview/consents/delete'
      ]
    )
  },
  {
    name: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
    roleName: 'Reader',
    description: 'View all resources, but does not allow you to make any changes.',
    permissions: perm(['*/read'])
  },
  {
    name: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    roleName: 'User Access Administrator',
    description: 'Lets you manage user access to Azure resources.',
    permissions: perm(['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'])
  },
  {
    name: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
    roleName: 'Role Based Access Control Administrator',
    description:
      'Manage access to Azure resources by assigning roles using Azure RBAC. This role does not allow you to manage access using other ways, such as Azure Policy.',
    permissions: perm([
      'Microsoft.Authorization/roleAssignments/write',
      'Microsoft.Authorization/roleAssignments/delete',
      '*/read',
      'Microsoft.Support/*'
    ])
  },
  {
    name: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
    roleName: 'Storage Blob Data Reader',
    description: 'Allows for read access to Azure Storage blob containers and data',
    permissions: perm(
      ['Microsoft.Storage/storageAccounts/blobServices/containers/read', 'Microsoft.Storage/storageAccounts/blobServices/generateUserDelegationKey/action'],
      [],
      ['Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read']
    )
  },
  {
    name: '4633458b-17de-408a-b874-0445c86b69e6',
    roleName: 'Key Vault Secrets User',
    description: "Read secret contents. Only works for key vaults that use the 'Azure role-based access control' permission model.",
    permissions: perm([], [], ['Microsoft.KeyVault/vaults/secrets/getSecret/action', 'Microsoft.KeyVault/vaults/secrets/readMetadata/action'])
  },
  {
    name: '7f951dda-4ed3-4680-a7ca-43fe172d538d',
    roleName: 'AcrPull',
    description: 'acr pull',
    permissions: perm(['Microsoft.ContainerRegistry/registries/pull/read'])
  },
  {
    name: '4abbcc35-e782-43d8-92c5-2d3f1bd2253f',
    roleName: 'Azure Kubernetes Service Cluster User Role',
    description: 'List cluster user credential action.',
    permissions: perm(['Microsoft.ContainerService/managedClusters/listClusterUserCredential/action', 'Microsoft.ContainerService/managedClusters/read'])
  }
]

/** Built-in roles, fresh copies (assignable everywhere, `/`). */
export function builtInRoles(): RoleDefinitionRecord[] {
  return BUILT_IN.map((r) => ({
    ...r,
    type: 'BuiltInRole',
    assignableScopes: ['/'],
    permissions: r.permissions.map((p) => ({ ...p })),
    createdOn: '2015-02-02T21:55:09.8806423Z',
    updatedOn: '2025-01-01T00:00:00.0000000Z'
  }))
}

const wildcardCache = new Map<string, RegExp>()
function wildcard(pattern: string): RegExp {
  let re = wildcardCache.get(pattern)
  if (!re) {
    re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$', 'i')
    wildcardCache.set(pattern, re)
  }
  return re
}

/** Whether a role's permissions grant a control-plane action (ARM matches action names case-insensitively). */
export function grants(role: RoleDefinitionRecord, action: string): boolean {
  return role.permissions.some((p) => p.actions.some((a) => wildcard(a).test(action)) && !p.notActions.some((n) => wildcard(n).test(action)))
}
