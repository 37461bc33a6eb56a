// The Kubernetes half as the engine sees it: its resource kinds, its desired resources and outputs, and the
// lazily built clients they use.
import type { ResourceKind } from '../model.js'
import { namespaceKind, serviceAccountKind } from './kinds.js'
import { runnerSetKind } from './runner-set.js'
import { runnerRbacKind } from './rbac.js'

export { kubeResources, kubeOutputs, kubeKeys } from './resources.js'
export { createKubeServices, type KubeServices, type KubeServiceOptions } from './services.js'

export const KUBE_KINDS: ResourceKind[] = [namespaceKind, serviceAccountKind, runnerRbacKind, runnerSetKind] as ResourceKind[]
