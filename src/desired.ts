// Settings → desired state: the resources this run wants, each with a stable key, its dependencies and its
// spec. Pure. Each half builds its own (src/azure/resources.ts, src/kube/resources.ts).
import type { Resource } from './model.js'
import type { Settings } from './settings.js'
import { azureKeys, azureResources } from './azure/resources.js'
import { kubeResources } from './kube/resources.js'

/** Everything the run wants: the Azure half, then the Kubernetes half. */
export function desiredState(s: Settings, subscriptionId: string): Resource[] {
  return [...azureResources(s, subscriptionId), ...kubeResources(s, { cluster: azureKeys.cluster(s), identity: azureKeys.identity(s) })]
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
