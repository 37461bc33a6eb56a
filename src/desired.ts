// Settings → desired state: the resources this run wants, each with a stable key, its dependencies and its
// spec. Pure. Each half builds its own (src/azure/resources.ts, src/kube/resources.ts).
import type { Resource } from './model.js'
import type { Settings } from './settings.js'
import { azureKeys, azureResources } from './azure/resources.js'
import { kubeResources } from './kube/resources.js'
import { cloudOfIssuer, cloudTarget } from './clouds.js'
import { settingsOwnerKey } from './ownership.js'

/** Everything the run wants: the Azure half, then the Kubernetes half, all marked with the workload's owner key. */
export function desiredState(s: Settings, subscriptionId: string): Resource[] {
  const ownerKey = settingsOwnerKey(s, subscriptionId)
  return [
    ...azureResources(s, subscriptionId),
    ...kubeResources(s, { cluster: azureKeys.cluster(s), identity: azureKeys.identity(s), ownerKey })
  ]
}

/** Warnings about the desired state itself (pure; shown before anything is read). */
export function desiredStateWarnings(s: Settings): string[] {
  // An explicit `audience` wins over the cloud's token-exchange audience; say so when they differ.
  const audience = s.federation.audienceGiven ? cloudTarget(s.azure.cloud.name, { audience: s.federation.audience }).warnings : []
  return [
    ...audience,
    ...s.roleAssignments
      .filter((ra) => ra.scopeKind === 'subscription' || ra.scopeKind === 'managementGroup')
      .map(
        (ra) =>
          `The role '${ra.role}' is assigned at ${ra.scopeKind === 'subscription' ? 'subscription' : 'management group'} scope '${ra.scope}': every workload using this identity gets it on everything below. Prefer a resource group or resource scope.`
      )
  ]
}

/**
 * Warnings about what was observed (pure): a cluster whose OIDC issuer belongs to another cloud than `environment`
 * (an `arm-endpoint` pointing elsewhere), whose tokens that cloud's Entra ID would have to exchange.
 */
export function observedStateWarnings(s: Settings, clusterIssuerUrl: string | undefined): string[] {
  const issuerCloud = clusterIssuerUrl ? cloudOfIssuer(clusterIssuerUrl) : undefined
  if (!issuerCloud || issuerCloud.name === s.azure.cloud.name) return []
  return [
    `The cluster's OIDC issuer '${clusterIssuerUrl}' is one of ${issuerCloud.label}, but 'environment' is ${s.azure.cloud.name}: set 'environment: ${issuerCloud.name}' so the endpoints and the token-exchange audience ('${issuerCloud.tokenExchangeAudience}') are that cloud's.`
  ]
}
