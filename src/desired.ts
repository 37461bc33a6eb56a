// Settings → desired state: the resources this run wants, each with a stable key, its dependencies and its
// spec. Pure. The Kubernetes half adds its resources (namespace, service account, runner) the same way.
import { UNKNOWN, type Resource } from './model.js'
import { derivedFederatedCredentialName } from './names.js'
import { OWNER_TAG, OWNER_VALUE } from './constants.js'
import type { RoleAssignmentSpec, Settings } from './settings.js'
import type { ClusterSpec } from './azure/cluster.js'
import type { IdentitySpec } from './azure/identity.js'
import type { FederatedCredentialSpec } from './azure/federation.js'
import type { RoleAssignmentSpec as DesiredRoleAssignment } from './azure/role-assignments.js'
import { kubeResources } from './kube/resources.js'

/** Resource keys, in one place so other resources can depend on them. */
export const keys = {
  cluster: (s: Settings) => `cluster:${s.cluster.resourceGroup}/${s.cluster.name}`,
  identity: (s: Settings) => `identity:${s.identity.resourceGroup}/${s.identity.name}`,
  federatedCredential: (s: Settings, name: string) => `federated-credential:${s.identity.resourceGroup}/${s.identity.name}/${name}`,
  roleAssignment: (s: Settings, ra: RoleAssignmentSpec) => `role-assignment:${ra.scope}|${ra.role}|${s.identity.resourceGroup}/${s.identity.name}`
}

/** The service account subject of a federated credential, as the cluster's token issuer writes it. */
export const serviceAccountSubject = (namespace: string, serviceAccount: string): string => `system:serviceaccount:${namespace}:${serviceAccount}`

export function federatedCredentialName(s: Settings): string {
  return s.federation.name ?? derivedFederatedCredentialName(s.cluster.name, s.kube.namespace, s.kube.serviceAccount)
}

/** Everything the run wants: the Azure half, then the Kubernetes half. */
export function desiredState(s: Settings, subscriptionId: string): Resource[] {
  return [...azureResources(s, subscriptionId), ...kubeResources(s, { cluster: keys.cluster(s), identity: keys.identity(s) })]
}

/** The Azure half: cluster features, identity, federated credential, role assignments. */
export function azureResources(s: Settings, subscriptionId: string): Resource[] {
  const cluster = keys.cluster(s)
  const identity = keys.identity(s)
  const ficName = federatedCredentialName(s)

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
      ownerTag: { [OWNER_TAG]: OWNER_VALUE }
    })
  }
  const ficRes: Resource<FederatedCredentialSpec> = {
    key: keys.federatedCredential(s, ficName),
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
      audiences: [s.federation.audience]
    })
  }
  const roleRes = s.roleAssignments.map(
    (ra): Resource<DesiredRoleAssignment> => ({
      key: keys.roleAssignment(s, ra),
      kind: 'role-assignment',
      dependsOn: [identity],
      spec: (refs) => ({
        identityKey: identity,
        subscriptionId,
        scope: ra.scope,
        role: ra.role,
        roleGuid: ra.roleGuid,
        principalId: refs(identity).principalId ?? UNKNOWN,
        allowPrivileged: s.allowPrivilegedRoles
      })
    })
  )
  return [clusterRes, identityRes, ficRes, ...roleRes]
}

/** Warnings about the desired state itself (pure; shown before anything is read). */
export function desiredStateWarnings(s: Settings): string[] {
  return s.roleAssignments
    .filter((ra) => ra.scopeKind === 'subscription' || ra.scopeKind === 'managementGroup')
    .map(
      (ra) =>
        `The role '${ra.role}' is assigned at ${ra.scopeKind === 'subscription' ? 'subscription' : 'management group'} scope '${ra.scope}': every workload using this identity gets it on everything below. Prefer a resource group or resource scope.`
    )
}
