// Shared by the Kubernetes-half tests: the admin routes of the sandbox, the real clients pointed at it only
// through endpoints and its CA, and the settings-shaped inputs of the runner builders.
import { readFileSync } from 'node:fs'
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node'
import type { Sandbox } from '../sandbox/index.js'
import { call } from '../sandbox/kube/testkit.js'
import { SEED } from '../sandbox/github/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { githubRunners, type GitHubRunners } from '../../src/github/runners.js'
import { MANAGED_BY_LABEL, OWNER_VALUE } from '../../src/constants.js'
import { RUNNER_SET_LABEL, runnerSetValue } from '../../src/kube/manifests.js'
import { credentialSecretName } from '../../src/runner-kinds/index.js'

export async function admin(sb: Sandbox, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
  return call(sb, `${sb.urls.admin}${path}`, { method, body })
}

/** The sandbox's static admin kubeconfig as a client (what a test uses to play "someone else"). */
export function adminCore(sb: Sandbox): CoreV1Api {
  const kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  return kc.makeApiClient(CoreV1Api)
}

export const finishPod = (sb: Sandbox, ns: string, name: string, phase: 'Succeeded' | 'Failed' = 'Succeeded') => admin(sb, 'POST', `/kube/pods/${ns}/${name}/finish`, { phase })
export const setWebhook = (sb: Sandbox, enabled: boolean) => admin(sb, 'POST', '/kube/webhook', { enabled })

export async function sandboxGitHub(sb: Sandbox, masked: string[] = []): Promise<GitHubRunners> {
  return githubRunners({
    token: SEED.adminToken,
    baseUrl: sb.urls.github,
    scope: { kind: 'repo', owner: 'octo-org', repo: 'octo-repo' },
    labels: ['self-hosted', 'aks'],
    groupId: 1,
    fetch: caFetch(sb.tls.caPem),
    mask: (s) => masked.push(s)
  })
}

/** Writes done by the run, from the sandbox request log (admin calls are not in it). */
export const writes = (sb: Sandbox, since = 0) => sb.log.all().filter((e) => e.seq > since && e.write)
export const lastSeq = (sb: Sandbox): number => sb.log.all().at(-1)?.seq ?? 0

/** The label selector of one service account's runner pods (what `kubectl get pods -l` would use). */
export const runnerSelector = (serviceAccount: string): string => `${MANAGED_BY_LABEL}=${OWNER_VALUE},${RUNNER_SET_LABEL}=${runnerSetValue(serviceAccount)}`

/** The JIT config Secret of a github runner. */
export const jitSecretName = (runnerName: string): string => credentialSecretName('github', runnerName) ?? ''
