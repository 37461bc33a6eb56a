// The Kubernetes half of the desired state (pure): the namespace, the service account, and, with
// `runner-count` > 0 (or in destroy mode, to remove them), the runner set with what its kind needs (its own
// service account and RBAC). Keys and dependencies follow the apply order cluster → identity → namespace →
// service account → runner pods: the webhook needs the service account (with the identity's client ID) to exist
// when a pod is admitted. Every spec carries the workload's owner key (src/ownership.ts).
import { UNKNOWN, type Outputs, type Resource } from '../model.js'
import type { Settings } from '../settings.js'
import { DRIVERS, runnerRbac, runnerServiceAccountName, selectionOf, separateServiceAccount } from '../runner-kinds/index.js'
import type { NamespaceSpec } from './namespace.js'
import type { ServiceAccountSpec } from './service-account.js'
import type { RunnerSetSpec } from './runner-set.js'
import type { RunnerRbacSpec } from './rbac.js'
import type { ArcRunnerSetSpec } from './arc-runner-set.js'

export const kubeKeys = {
  namespace: (s: Settings) => `namespace:${s.kube.namespace}`,
  serviceAccount: (s: Settings) => `service-account:${s.kube.namespace}/${s.kube.serviceAccount}`,
  /** The runners' own service account (kinds whose pods start the workload's pods: GitLab's Kubernetes executor). */
  runnerServiceAccount: (s: Settings) =>
    `service-account:${s.kube.namespace}/${runnerServiceAccountName(s.kube.serviceAccount, DRIVERS[s.runners.kind].component)}`,
  runners: (s: Settings) => `runner:${s.kube.namespace}/${s.kube.serviceAccount}`,
  runnerRbac: (s: Settings) => `runner-rbac:${s.kube.namespace}/${s.kube.serviceAccount}`,
  /** ARC's AutoscalingRunnerSet (runner-kind arc), named after the runner name prefix (the scale set's name). */
  arcRunnerSet: (s: Settings) => `arc-runner-set:${s.kube.namespace}/${s.runners.namePrefix}`
}

export function kubeResources(s: Settings, upstream: { cluster: string; identity: string; ownerKey: string }): Resource[] {
  const ns = kubeKeys.namespace(s)
  const sa = kubeKeys.serviceAccount(s)
  const { ownerKey } = upstream
  const force = s.kube.forceConflicts
  const destroy = s.mode === 'destroy'
  // ARC's scale set (runner-kind arc) is there whenever the kind is selected: the controller decides the pod count.
  const arc = s.runners.kind === 'arc'
  const withRunners = s.runners.count > 0 || destroy || arc
  const auto = s.runners.autoscale
  // The runners' own service account, when their kind needs one (also in destroy mode, to remove it).
  const separate = withRunners && separateServiceAccount(s.runners)
  const runnerSaName = runnerServiceAccountName(s.kube.serviceAccount, DRIVERS[s.runners.kind].component)
  const namespace: Resource<NamespaceSpec> = {
    key: ns,
    kind: 'namespace',
    dependsOn: [upstream.cluster],
    spec: () => ({
      name: s.kube.namespace,
      create: s.kube.createNamespace,
      clusterKey: upstream.cluster,
      ownerKey,
      serviceAccounts: [s.kube.serviceAccount, ...(separate ? [runnerSaName] : [])],
      destroy
    })
  }
  const serviceAccount: Resource<ServiceAccountSpec> = {
    key: sa,
    kind: 'service-account',
    dependsOn: [ns, upstream.identity],
    spec: (refs) => ({
      namespace: s.kube.namespace,
      name: s.kube.serviceAccount,
      clientId: refs(upstream.identity).clientId ?? UNKNOWN,
      tenantId: refs(upstream.identity).tenantId ?? UNKNOWN,
      workloadIdentity: true,
      ownerKey,
      force,
      destroy,
      clusterKey: upstream.cluster
    })
  }
  const out: Resource[] = [namespace, serviceAccount]
  if (withRunners) {
    const runnerSa: Resource<ServiceAccountSpec> | undefined = separate
      ? {
          key: kubeKeys.runnerServiceAccount(s),
          kind: 'service-account',
          dependsOn: [ns],
          spec: () => ({
            namespace: s.kube.namespace,
            name: runnerSaName,
            clientId: '',
            tenantId: '',
            workloadIdentity: false,
            ownerKey,
            force,
            destroy,
            clusterKey: upstream.cluster
          })
        }
      : undefined
    if (runnerSa) out.push(runnerSa)
    // The Role first (kinds whose pods use the cluster's API, e.g. GitLab's Kubernetes executor): a runner pod that
    // starts before it can create no job pods.
    const rules = runnerRbac(s.runners)
    const component = DRIVERS[s.runners.kind].component
    const rbac: Resource<RunnerRbacSpec> | undefined = rules
      ? {
          key: kubeKeys.runnerRbac(s),
          kind: 'runner-rbac',
          dependsOn: runnerSa ? [runnerSa.key] : [sa],
          spec: () => ({
            ...rules,
            namespace: s.kube.namespace,
            serviceAccount: s.kube.serviceAccount,
            component,
            clusterKey: upstream.cluster,
            ownerKey,
            force
          })
        }
      : undefined
    if (rbac) out.push(rbac)
    const runnerSpec = (refs: Parameters<Resource<RunnerSetSpec>['spec']>[0]): RunnerSetSpec => ({
      // The selected kind with its own options: no other kind's change the pods (nor their hash).
      ...selectionOf(s.runners),
      namespace: s.kube.namespace,
      serviceAccount: s.kube.serviceAccount,
      image: s.runners.image,
      namePrefix: s.runners.namePrefix,
      ...(s.runners.shaping ? { shaping: s.runners.shaping } : {}),
      clientId: refs(upstream.identity).clientId ?? UNKNOWN,
      tenantId: refs(upstream.identity).tenantId ?? UNKNOWN,
      ownerKey,
      count: s.runners.count,
      audience: s.federation.audience,
      wait: s.wait.enabled,
      timeoutSeconds: s.wait.timeoutSeconds,
      clusterKey: upstream.cluster,
      // runner-count: auto (not in destroy mode, which removes them all): the count follows the queued jobs.
      ...(auto && !destroy ? { autoscale: { min: auto.min, max: auto.max, labels: s.runners.labels } } : {})
    })
    const dependsOn = [sa, upstream.cluster, upstream.identity, ...(runnerSa ? [runnerSa.key] : []), ...(rbac ? [rbac.key] : [])]
    if (s.runners.kind === 'arc') {
      const set: Resource<ArcRunnerSetSpec> = {
        key: kubeKeys.arcRunnerSet(s),
        kind: 'arc-runner-set',
        dependsOn,
        spec: (refs) => {
          const r = runnerSpec(refs)
          return {
            name: s.runners.namePrefix,
            input: { ...r, kind: 'arc', options: s.runners.options as ArcRunnerSetSpec['input']['options'] },
            audience: r.audience,
            clusterKey: upstream.cluster,
            force,
            destroy
          }
        }
      }
      out.push(set)
      return out
    }
    const runners: Resource<RunnerSetSpec> = {
      key: kubeKeys.runners(s),
      kind: 'runner-set',
      // The cluster too: its update turns the webhook on, which must happen before pods are created.
      dependsOn,
      spec: runnerSpec
    }
    out.push(runners)
  }
  return out
}

/** The action outputs `namespace`, `service-account` and `runner-names` from the final outputs of each resource. */
export function kubeOutputs(s: Settings, outputsOf: (key: string) => Outputs): Record<string, string | undefined> {
  const runners = s.runners.count > 0 ? outputsOf(kubeKeys.runners(s))['runner-names'] : ''
  return { namespace: s.kube.namespace, 'service-account': s.kube.serviceAccount, 'runner-names': runners ?? '' }
}
