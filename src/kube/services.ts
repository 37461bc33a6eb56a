// What the Kubernetes kinds need from the world, built lazily and once per run: the cluster's core/v1 API
// (reaching the cluster may mean fetching a kubeconfig from AKS) and the GitHub runner API. Nothing is built
// unless a Kubernetes resource is actually observed, and the GitHub client only when there is a token.
import type { TokenCredential } from '@azure/core-auth'
import type { CoreV1Api, RbacAuthorizationV1Api } from '@kubernetes/client-node'
import type { RunnerCredentials } from '../runner-kinds/index.js'
import { OWNER_VALUE } from '../constants.js'
import type { Settings } from '../settings.js'
import { armScope } from '../clouds.js'
import { githubRunners, type GitHubRunners } from '../github/runners.js'
import { coreApi, rbacApi, reachCluster, type ClusterAccess } from './client.js'

export interface KubeServices {
  core(): Promise<CoreV1Api>
  /** Roles and RoleBindings (GitLab's Kubernetes executor). */
  rbac(): Promise<RbacAuthorizationV1Api>
  /** The runner credentials from the inputs (never part of a spec). */
  credentials(): RunnerCredentials
  /** Undefined when no `github-token` was given. */
  github(): Promise<GitHubRunners | undefined>
  /** Poll interval while waiting for pods (tests make it short). */
  pollMs: number
}

export interface KubeServiceOptions {
  settings: Settings
  /** The action's own Azure credential and subscription (for fetching the kubeconfig from AKS). */
  credential: TokenCredential
  subscriptionId: string
  env: Record<string, string | undefined>
  /** Extra CA (PEM) for ARM (tests: the sandbox's). The cluster's CA comes from its kubeconfig. */
  ca?: string
  mask: (secret: string) => void
  info: (message: string) => void
  /** A fetch for GitHub that trusts the sandbox CA (tests); production: Octokit's default. */
  githubFetch?: typeof fetch
  pollMs?: number
}

function once<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined
  return () => (p ??= fn())
}

export function createKubeServices(o: KubeServiceOptions): KubeServices {
  const s = o.settings
  const access = once(
    (): Promise<ClusterAccess> =>
      reachCluster({
        kubeconfigInput: s.cluster.kubeconfig,
        env: o.env,
        mask: o.mask,
        info: o.info,
        aks: {
          credential: o.credential,
          subscriptionId: o.subscriptionId,
          resourceGroup: s.cluster.resourceGroup,
          clusterName: s.cluster.name,
          kind: s.cluster.credentials,
          clientOptions: {
            endpoint: s.azure.armEndpoint,
            ...(o.ca ? { tlsOptions: { ca: o.ca } } : {}),
            // The TypeSpec client's option for the token scope; needed for sovereign clouds and custom endpoints.
            credentials: { scopes: [armScope(s.azure.armEndpoint)] },
            userAgentOptions: { userAgentPrefix: OWNER_VALUE }
          }
        }
      })
  )
  return {
    pollMs: o.pollMs ?? 1000,
    core: once(async () => coreApi((await access()).kubeConfig)),
    rbac: once(async () => rbacApi((await access()).kubeConfig)),
    credentials: () => ({ gitlabRunnerToken: s.secrets.gitlabRunnerToken, jenkinsAgentSecret: s.secrets.jenkinsAgentSecret }),
    github: once(async () => {
      const r = s.runners
      if (!r.githubToken || !r.scope) return undefined
      return githubRunners({ token: r.githubToken, baseUrl: r.githubApiUrl, scope: r.scope, labels: r.labels, groupId: r.groupId, fetch: o.githubFetch, mask: o.mask })
    })
  }
}
