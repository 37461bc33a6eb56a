// `startSandbox({ azure: { ... } })`: the Azure half's options, every one optional, with the defaults that
// make up the seeded world. Eventual-consistency windows default to 0 (off) so ordinary tests are deterministic.
import { randomUUID } from 'node:crypto'

export interface ConsistencySettings {
  /** Role-assignment writes for a managed identity's principal fail with 400 PrincipalNotFound for this long after
   *  the identity is created, unless the request says `principalType: ServicePrincipal` (Entra replication delay). */
  principalNotFoundMs: number
  /** Federated-credential writes fail with 404 ParentResourceNotFound for this long after the identity is created. */
  parentNotFoundMs: number
  /** How long one federated-credential write occupies its identity; another write on the same identity meanwhile
   *  answers 409 ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity. 0 = writes are instantaneous. */
  ficWriteMs: number
  /** After a federated credential is created or changed, Entra still answers AADSTS70021 for this long. */
  ficPropagationMs: number
  /** A managed-cluster PUT stays in progress this long (Azure-AsyncOperation InProgress; other PUTs get 409). */
  clusterOperationMs: number
}

export interface TestPrincipalOptions {
  /** Application (client) id. */
  clientId?: string
  /** Service principal object id (the `oid` in its tokens and the principal of its role assignments). */
  objectId?: string
  secret?: string
  displayName?: string
}

/**
 * Options under `ctx.options.azure` (all optional):
 * - `tenantId`, `subscriptionId`: read by the frame (`ctx.tenantId`, `ctx.subscriptionId`).
 * - `location` (`eastus`), `resourceGroup` (`rg-aks-sandbox`, holds the cluster and the seeded resources),
 *   `extraResourceGroups` (`['rg-identities']`).
 * - `clusterName` (`aks-sandbox`), `kubernetesVersion` (`1.35.0`), `clusterGuid` (the issuer URL's last segment),
 *   `oidcIssuerEnabled` (false), `workloadIdentityEnabled` (false), `disableLocalAccounts` (false).
 * - `principal`: the test principal the action signs in as (`clientId`, `objectId`, `secret`, `displayName`); it is
 *   Owner on the subscription and trusts the ID-token stand-in for `githubSubject`.
 * - `githubSubject` (`repo:octo-org/octo-repo:ref:refs/heads/main`), `githubRepository` (`octo-org/octo-repo`).
 * - `auth`: how the action signs in: `github-oidc` (default; input `auth: oidc`) or `secret` (input
 *   `auth: environment`, and `AZURE_CLIENT_SECRET` in `env()`).
 * - `resources`: extra plain resources to seed (`{ id, location?, properties?, identity? }`, `identity: { type:
 *   'SystemAssigned' }` giving one a system-assigned identity); by default a storage account
 *   and a key vault in `resourceGroup`, so role assignments on them can be checked.
 * - `pageSize` (100): list pages, each with a `nextLink` when more remain.
 * - `asyncRetryAfterSeconds` (1): the Retry-After on long-running operations.
 * - `tokenLifetimeSeconds` (3600): lifetime of Entra access tokens and ID tokens.
 * - `consistency`: see ConsistencySettings (all 0 by default, but `clusterOperationMs` 300).
 */
export interface AzureOptions {
  location?: string
  resourceGroup?: string
  extraResourceGroups?: string[]
  clusterName?: string
  kubernetesVersion?: string
  clusterGuid?: string
  oidcIssuerEnabled?: boolean
  workloadIdentityEnabled?: boolean
  disableLocalAccounts?: boolean
  principal?: TestPrincipalOptions
  githubSubject?: string
  githubRepository?: string
  auth?: 'github-oidc' | 'secret'
  resources?: Array<{ id: string; location?: string; properties?: Record<string, unknown>; identity?: { type: 'SystemAssigned' } }>
  pageSize?: number
  asyncRetryAfterSeconds?: number
  tokenLifetimeSeconds?: number
  consistency?: Partial<ConsistencySettings>
}

export type AzureSettings = Required<Omit<AzureOptions, 'principal' | 'consistency' | 'resources'>> & {
  principal: Required<TestPrincipalOptions>
  consistency: ConsistencySettings
  resources: NonNullable<AzureOptions['resources']>
}

export const DEFAULT_CONSISTENCY: ConsistencySettings = {
  principalNotFoundMs: 0,
  parentNotFoundMs: 0,
  ficWriteMs: 0,
  ficPropagationMs: 0,
  clusterOperationMs: 300
}

export function resolveOptions(o: AzureOptions, subscriptionId: string): AzureSettings {
  const resourceGroup = o.resourceGroup ?? 'rg-aks-sandbox'
  const base = `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers`
  return {
    location: o.location ?? 'eastus',
    resourceGroup,
    extraResourceGroups: o.extraResourceGroups ?? ['rg-identities'],
    clusterName: o.clusterName ?? 'aks-sandbox',
    kubernetesVersion: o.kubernetesVersion ?? '1.35.0',
    clusterGuid: o.clusterGuid ?? '3f1c2a6e-8b0d-4f5e-9a7c-2d4b6e8f0a1c',
    oidcIssuerEnabled: o.oidcIssuerEnabled ?? false,
    workloadIdentityEnabled: o.workloadIdentityEnabled ?? false,
    disableLocalAccounts: o.disableLocalAccounts ?? false,
    principal: {
      clientId: o.principal?.clientId ?? '5e1a7c3d-0b2f-4e6a-9c8d-1f3b5d7e9a0b',
      objectId: o.principal?.objectId ?? '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      secret: o.principal?.secret ?? `sandbox~${randomUUID()}`,
      displayName: o.principal?.displayName ?? 'aks-workload-identity-sandbox'
    },
    githubSubject: o.githubSubject ?? 'repo:octo-org/octo-repo:ref:refs/heads/main',
    githubRepository: o.githubRepository ?? 'octo-org/octo-repo',
    auth: o.auth ?? 'github-oidc',
    resources: o.resources ?? [
      { id: `${base}/Microsoft.Storage/storageAccounts/stsandbox`, properties: { provisioningState: 'Succeeded' } },
      { id: `${base}/Microsoft.KeyVault/vaults/kv-sandbox`, properties: { provisioningState: 'Succeeded', enableRbacAuthorization: true } }
    ],
    pageSize: o.pageSize ?? 100,
    asyncRetryAfterSeconds: o.asyncRetryAfterSeconds ?? 1,
    tokenLifetimeSeconds: o.tokenLifetimeSeconds ?? 3600,
    consistency: { ...DEFAULT_CONSISTENCY, ...(o.consistency ?? {}) }
  }
}
