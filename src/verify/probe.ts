// Step 4 of verification, pure: the one ARM read, as the workload identity, that only succeeds when its role is in
// effect at the scope: GET of the scope itself (resource group, resource, management group) or, for a
// subscription, the list of its resource groups. Reader (`*/read`) and every role that can read the scope
// pass it; a principal without a role there gets 403 AuthorizationFailed.
import { scopeKind } from '../rules.js'

/** api-versions ARM serves for the scope types a role is commonly assigned on (stable versions). */
const RESOURCE_API_VERSIONS: Record<string, string> = {
  'microsoft.managedidentity/userassignedidentities': '2024-11-30',
  'microsoft.containerservice/managedclusters': '2026-06-01',
  'microsoft.storage/storageaccounts': '2023-05-01',
  'microsoft.keyvault/vaults': '2023-07-01',
  'microsoft.containerregistry/registries': '2023-07-01',
  'microsoft.servicebus/namespaces': '2021-11-01',
  'microsoft.eventhub/namespaces': '2024-01-01',
  'microsoft.documentdb/databaseaccounts': '2024-11-15',
  'microsoft.appconfiguration/configurationstores': '2024-05-01'
}
const RESOURCES_API_VERSION = '2021-04-01'
const MANAGEMENT_GROUPS_API_VERSION = '2023-04-01'

/** What to GET for a scope, and the control-plane action that read needs. */
export interface ProbeRequest {
  path: string
  /** The RBAC action ARM checks for this read (`Microsoft.Storage/storageAccounts/read`). */
  action: string
}

/** The ARM type of a resource scope (`Microsoft.Storage/storageAccounts`), undefined for other scope kinds. */
export function resourceTypeOf(scope: string): string | undefined {
  const segs = scope.split('/').filter(Boolean)
  const p = segs.findIndex((s) => s.toLowerCase() === 'providers')
  if (p < 0 || scopeKind(scope) !== 'resource') return undefined
  return [segs[p + 1], ...segs.slice(p + 2).filter((_s, i) => i % 2 === 0)].join('/')
}

/** The read for a scope; undefined when no api-version is known for its resource type (then it is not probed). */
export function probeRequest(scope: string, apiVersions: Record<string, string> = {}): ProbeRequest | undefined {
  const s = scope.replace(/\/+$/, '')
  switch (scopeKind(s)) {
    case 'subscription':
      return {
        path: `${s}/resourcegroups?api-version=${RESOURCES_API_VERSION}&$top=1`,
        action: 'Microsoft.Resources/subscriptions/resourceGroups/read'
      }
    case 'resourceGroup':
      return { path: `${s}?api-version=${RESOURCES_API_VERSION}`, action: 'Microsoft.Resources/subscriptions/resourceGroups/read' }
    case 'managementGroup':
      return { path: `${s}?api-version=${MANAGEMENT_GROUPS_API_VERSION}`, action: 'Microsoft.Management/managementGroups/read' }
    case 'resource': {
      const type = resourceTypeOf(s)!
      const version = apiVersions[type.toLowerCase()] ?? RESOURCE_API_VERSIONS[type.toLowerCase()]
      return version ? { path: `${s}?api-version=${version}`, action: `${type}/read` } : undefined
    }
    default:
      return undefined
  }
}
