// The Kubernetes services of a run with `cluster-access: run-command`: the same typed @kubernetes/client-node APIs
// as a direct run, but their requests go through the AKS run-command API (src/kube/run-command.ts) instead of to the
// API server's URL, so no kubeconfig is fetched and nothing here needs the API server to be reachable.
import type { KubeConfig } from '@kubernetes/client-node'
import { realClock } from '../retry.js'
import { aksRunCommand } from '../azure/run-command.js'
import { makeApi } from './transport.js'
import { runCommandHttpLibrary } from './run-command.js'
import { holderIdentity, once, type KubeServiceOptions, type KubeServices } from './services.js'

/** A kubeconfig naming the cluster only: client-node builds URLs from it; no request is ever sent to that host. */
async function placeholderConfig(resourceGroup: string, name: string): Promise<KubeConfig> {
  const { KubeConfig } = await import('@kubernetes/client-node')
  const kc = new KubeConfig()
  const cluster = `${resourceGroup}/${name}`
  kc.loadFromOptions({
    clusters: [{ name: cluster, server: 'https://run-command.aks.invalid', skipTLSVerify: false }],
    users: [{ name: 'run-command' }],
    contexts: [{ name: cluster, cluster, user: 'run-command' }],
    currentContext: cluster
  })
  return kc
}

/** The four API classes a run uses, named where they are imported (so the build's facade keeps only these). */
async function kubeApis() {
  const { CoreV1Api, RbacAuthorizationV1Api, CoordinationV1Api, CustomObjectsApi } = await import('@kubernetes/client-node')
  return { CoreV1Api, RbacAuthorizationV1Api, CoordinationV1Api, CustomObjectsApi }
}

export function runCommandAccess(o: KubeServiceOptions): KubeServices {
  const s = o.settings
  const api = once(async () => {
    o.info(
      `Kubernetes: cluster-access run-command: every Kubernetes request goes through the AKS run-command API of ${s.cluster.resourceGroup}/${s.cluster.name} (one command each, seconds apiece).`
    )
    const run = aksRunCommand({
      client: o.azure.aks,
      credential: o.azure.credential,
      resourceGroup: s.cluster.resourceGroup,
      clusterName: s.cluster.name,
      mask: o.mask,
      pollIntervalMs: o.azure.pollIntervalMs,
      onCommand: (command, outcome, ms) => o.info(`  run-command: ${command} → exit ${outcome.exitCode} (${(ms / 1000).toFixed(1)} s)`)
    })
    return { kc: await placeholderConfig(s.cluster.resourceGroup, s.cluster.name), httpApi: await runCommandHttpLibrary(run) }
  })
  const make = async <T>(Api: new (config: never) => T): Promise<T> => {
    const { kc, httpApi } = await api()
    return makeApi(kc, Api, { httpApi, signal: o.signal })
  }
  return {
    pollMs: o.pollMs ?? 1000,
    holder: holderIdentity(o.env),
    clock: o.clock ?? realClock,
    core: once(async () => make((await kubeApis()).CoreV1Api)),
    rbac: once(async () => make((await kubeApis()).RbacAuthorizationV1Api)),
    coordination: once(async () => make((await kubeApis()).CoordinationV1Api)),
    custom: once(async () => make((await kubeApis()).CustomObjectsApi))
  }
}
