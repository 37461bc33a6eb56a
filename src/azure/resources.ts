// The Azure half of the desired state (pure): cluster features, identity, federated credential and role
// assignments, each with a stable key, its dependencies and its spec.
import { UNKNOWN, type Resource } from '../model.js'
import { derivedFederatedCredentialName } from '../names.js'
import { OWNER_KEY_TAG, OWNER_TAG, OWNER_VALUE } from '../constants.js'
import { settingsOwnerKey } from '../ownership.js'
import type { RoleAssignmentRequest, Settings } from '../settings.js'
import type { ClusterSpec } from './cluster.js'
import type { IdentitySpec } from './identity.js'
import type { FederatedCredentialSpec } from './federation.js'
import { ownerMarker, type RoleAssignmentSpec } from './role-assignments.js'

/** Resource keys, in one place so other resources (the Kubernetes half too) can depend on them. */
export const azureKeys = {
  cluster: (s: Settings) => `cluster:${s.cluster.resourceGroup}/${s.cluster.name}`,
  identity: (s: Settings) => `identity:${s.identity.resourceGroup}/${s.identity.name}`,
  federatedCredential: (s: Settings, name: string) => `federated-credential:${s.identity.resourceGroup}/${s.identity.name}/${name}`,
  roleAssignment: (s: Settings, ra: RoleAssignmentRequest) =>
    `role-assignment:${ra.scope}|${ra.role}|${s.identity.resourceGroup}/${s.identity.name}`
}

/** The service account subject of a federated credential, as the cluster's token issuer writes it. */
export const serviceAccountSubject = (namespace: string, serviceAccount: string): string =>
  `system:serviceaccount:${namespace}:${serviceAccount}`

/** What a role assignment this action creates says about itself: the product, the workload, and its owner key. */
export const roleAssignmentDescription = (s: Settings, ownerKey: string): string =>
  `Managed by ${OWNER_VALUE} for ${s.kube.namespace}/${s.kube.serviceAccount} on cluster ${s.cluster.name} ${ownerMarker(ownerKey)}`

export function federatedCredentialName(s: Settings): string {
  return s.federation.name ?? derivedFederatedCredentialName(s.cluster.name, s.kube.namespace, s.kube.serviceAccount)
}

/** Cluster features, identity, federated credential, role assignments. */
export function azureResources(s: Settings, subscriptionId: string): Resource[] {
  const cluster = azureKeys.cluster(s)
  const identity = azureKeys.identity(s)
  const ficName = federatedCredentialName(s)
  const ownerKey = settingsOwnerKey(s, subscriptionId)

  const clusterRes: Resource<ClusterSpec> = {
    key: cluster,
    kind: 'cluster',
    dependsOn: [],
    spec: () => ({ resourceGroup: s.cluster.resourceGroup, name: s.cluster.name, enableFeatures: s.cluster.enableFeatures })
  }
  // The identity only reads the cluster's location, which enabling features does not change: no dependency,
  // so creating it runs alongside the (slow) cluster update.
  const identityRes: Resource<IdentitySpec> = {
    key: identity,
    kind: 'identity',
    dependsOn: [],
    spec: (refs) => ({
      resourceGroup: s.identity.resourceGroup,
      name: s.identity.name,
      location: s.identity.location ?? refs(cluster).location ?? UNKNOWN,
      locationGiven: s.identity.location !== undefined,
      tags: { ...s.identity.tags },
      ownerTag: { [OWNER_TAG]: OWNER_VALUE, [OWNER_KEY_TAG]: ownerKey },
      ownerKey
    })
  }
  const ficRes: Resource<FederatedCredentialSpec> = {
    key: azureKeys.federatedCredential(s, ficName),
    kind: 'federated-credential',
    dependsOn: [cluster, identity],
    spec: (refs) => ({
      identityKey: identity,
      identityResourceGroup: s.identity.resourceGroup,
      identityName: s.identity.name,
      name: ficName,
      // Verbatim, trailing slash included: Entra compares issuers exactly (AADSTS70021 otherwise).
      issuer: refs(cluster).issuerUrl ?? UNKNOWN,
      subject: serviceAccountSubject(s.kube.namespace, s.kube.serviceAccount),
      audiences: [s.federation.audience],
      nameGiven: s.federation.name !== undefined
    })
  }
  const roleRes = s.roleAssignments.map((ra): Resource<RoleAssignmentSpec> => ({
    key: azureKeys.roleAssignment(s, ra),
    kind: 'role-assignment',
    dependsOn: [identity],
    spec: (refs) => ({
      identityKey: identity,
      subscriptionId,
      scope: ra.scope,
      role: ra.role,
      roleGuid: ra.roleGuid,
      principalId: refs(identity).principalId ?? UNKNOWN,
      allowPrivileged: s.allowPrivilegedRoles,
      ownerKey,
      description: roleAssignmentDescription(s, ownerKey)
    })
  }))
  return [clusterRes, identityRes, ficRes, ...roleRes]
}
