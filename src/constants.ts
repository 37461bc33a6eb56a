// The domain's constants: the run's modes and sign-in choices, the product's name as it marks what it owns in
// Azure and Kubernetes, and the workload identity webhook's contract. Pure data: no I/O, no imports. The runner
// kinds and their pinned images belong to their drivers (src/runner-kinds/).

/** What a run does: converge (apply), only compare (plan), or remove what it owns (destroy). */
export const MODES = ['apply', 'plan', 'destroy'] as const
export type Mode = (typeof MODES)[number]

/** How the action signs in to Azure (`auto` tries the others in this order). */
export const AUTH_MODES = ['auto', 'oidc', 'workload-identity', 'azure-cli', 'environment'] as const
export type AuthMode = (typeof AUTH_MODES)[number]

/** Which kubeconfig the action fetches from AKS when none is given. */
export const CLUSTER_CREDENTIALS = ['user', 'admin'] as const
export type ClusterCredentials = (typeof CLUSTER_CREDENTIALS)[number]

/** The product's name: the ownership tag and label value, the field manager, the user agent. */
export const OWNER_VALUE = 'aks-workload-identity'
/** The Azure tag that marks what this action created (value OWNER_VALUE). */
export const OWNER_TAG = 'managed-by'
/** The Kubernetes label that marks what this action created (value OWNER_VALUE). */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by'
/** The Kubernetes label that names the workload an object was created for: its owner key (src/ownership.ts). */
export const OWNER_KEY_LABEL = 'aks-workload-identity/owner'
/** The Azure tag that names the workload a resource was created for: its owner key (src/ownership.ts). */
export const OWNER_KEY_TAG = 'aks-workload-identity-owner'

/** The workload identity webhook's contract (Azure/azure-workload-identity v1.6): it mutates only pods with this label. */
export const USE_LABEL = 'azure.workload.identity/use'
/** Service account annotations the webhook injects as AZURE_CLIENT_ID and AZURE_TENANT_ID. */
export const CLIENT_ID_ANNOTATION = 'azure.workload.identity/client-id'
export const TENANT_ID_ANNOTATION = 'azure.workload.identity/tenant-id'
