// The runner pods of every kind as pure manifests: the shared restricted security context, the service account
// and label, the kind's user and command, the credential only by reference, and a spec hash that moves with
// exactly what changes the pod (GitHub's hash independent of the options other kinds use).
import { describe, expect, it } from '@jest/globals'
import { runnerPodManifest, runnerSpecHash, type RunnerPodInput } from '../../src/kube/manifests.js'
import { restrictedViolations } from '../kube/pod-security.js'
import { credentialSecretName, derivedCredential, DRIVERS } from '../../src/runner-kinds/index.js'
import { GITLAB_JOB_IMAGE } from '../../src/runner-kinds/gitlab.js'

const base = { namespace: 'apps', serviceAccount: 'app-sa', namePrefix: 'aks-wi-runner', clientId: '11111111-2222-4333-8444-555555555555', tenantId: '66666666-7777-4888-9999-000000000000', ownerKey: '0123456789abcdef' }
const GITLAB = { url: 'https://gitlab.example.com', executor: 'kubernetes', jobImage: GITLAB_JOB_IMAGE } as const
const INPUTS = {
  github: { ...base, kind: 'github', options: {}, image: DRIVERS.github.defaultImage },
  gitlab: { ...base, kind: 'gitlab', image: DRIVERS.gitlab.defaultImage, options: GITLAB },
  jenkins: { ...base, kind: 'jenkins', image: DRIVERS.jenkins.defaultImage, options: { url: 'https://ci.example.com', agentName: 'aks-1' } },
  pod: { ...base, kind: 'pod', image: DRIVERS.pod.defaultImage, options: { command: ['sleep'], args: ['3600'] } }
} satisfies Record<string, RunnerPodInput>
const UIDS: Record<string, number> = { github: 1001, gitlab: 100, jenkins: 1000, pod: 1000 }

describe('runner pods of every kind', () => {
  it.each(Object.entries(INPUTS) as Array<[string, RunnerPodInput]>)('%s: restricted, labelled, the service account, its own user; the credential by reference only', (kind, input) => {
    const pod = runnerPodManifest(input, 'aks-wi-runner-abcd1234')
    expect(restrictedViolations(pod)).toEqual([])
    expect(pod.metadata?.labels).toMatchObject({ 'app.kubernetes.io/component': DRIVERS[input.kind].component, 'aks-workload-identity/owner': base.ownerKey })
    // GitLab's runner manager (Kubernetes executor) runs as its own service account without the identity: its jobs get it.
    const own = kind === 'gitlab'
    expect(pod.metadata?.labels?.['azure.workload.identity/use']).toBe(own ? undefined : 'true')
    expect(pod.spec?.serviceAccountName).toBe(own ? 'app-sa-gitlab-runner' : 'app-sa')
    expect(pod.spec?.securityContext?.runAsUser).toBe(UIDS[kind])
    expect(pod.spec?.containers).toHaveLength(1)
    const secret = credentialSecretName(input.kind, 'aks-wi-runner-abcd1234')
    const refs = JSON.stringify(pod).match(/aks-wi-runner-abcd1234-[a-z-]+/g) ?? []
    if (secret) expect(new Set(refs)).toEqual(new Set([secret]))
    else expect(refs).toEqual([])
  })

  it('the kinds differ in hash; so do their options; the github hash ignores other kinds\u2019 options', () => {
    const hashes = Object.values(INPUTS).map(runnerSpecHash)
    expect(new Set(hashes).size).toBe(4)
    expect(runnerSpecHash({ ...INPUTS.gitlab, options: { ...GITLAB, executor: 'shell' } })).not.toBe(runnerSpecHash(INPUTS.gitlab))
    expect(runnerSpecHash({ ...INPUTS.gitlab, options: { ...GITLAB, url: 'https://other.example.com' } })).not.toBe(runnerSpecHash(INPUTS.gitlab))
    expect(runnerSpecHash({ ...INPUTS.pod, options: { command: ['sleep'], args: ['60'] } })).not.toBe(runnerSpecHash(INPUTS.pod))
    // The job image reaches only GitLab's config.toml (compared with the pods' Secrets), not the hash.
    expect(runnerSpecHash({ ...INPUTS.gitlab, options: { ...GITLAB, jobImage: 'alpine:3.20' } })).toBe(runnerSpecHash(INPUTS.gitlab))
  })

  it('gitlab: the runner copies its config from the read-only Secret; the Kubernetes executor gets an API token, shell does not', () => {
    const k8s = runnerPodManifest(INPUTS.gitlab, 'r-00000000')
    expect(k8s.spec?.automountServiceAccountToken).toBe(true)
    expect(k8s.spec?.volumes).toContainEqual({ name: 'config', secret: { secretName: 'r-00000000-config', defaultMode: 0o400 } })
    expect(k8s.spec?.containers[0]?.volumeMounts).toContainEqual({ name: 'config', mountPath: '/secrets/gitlab-runner', readOnly: true })
    const shell = runnerPodManifest({ ...INPUTS.gitlab, options: { ...GITLAB, executor: 'shell' } }, 'r-00000000')
    expect(shell.spec?.automountServiceAccountToken).toBe(false)
  })

  it('jenkins: WebSocket to the URL as the agent name, the secret from the Secret, a work directory', () => {
    const env = runnerPodManifest(INPUTS.jenkins, 'j-00000000').spec!.containers[0]!.env!
    expect(Object.fromEntries(env.map((e) => [e.name, e.value ?? e.valueFrom?.secretKeyRef]))).toEqual({
      JENKINS_URL: 'https://ci.example.com/',
      JENKINS_AGENT_NAME: 'aks-1',
      JENKINS_SECRET: { name: 'j-00000000-agent-secret', key: 'secret' },
      JENKINS_AGENT_WORKDIR: '/home/jenkins/agent',
      JENKINS_WEB_SOCKET: 'true'
    })
  })

  it('credentials: gitlab gets a config.toml per pod, jenkins its secret, github and pod none derived from inputs', () => {
    const token = 'glrt-abcdefghij0123456789'
    const secret = 'ab'.repeat(32)
    const at = (name: string) => ({ namespace: base.namespace, serviceAccount: base.serviceAccount, name })
    const toml = derivedCredential(INPUTS.gitlab, token, at('r-1'))!
    expect(toml).toContain('token = "glrt-abcdefghij0123456789"')
    expect(toml).toContain('name = "r-1"')
    // Job pods get the identity's label, and GitLab's own job image (not another kind's default).
    expect(toml).toContain('"azure.workload.identity/use" = "true"')
    expect(toml).toContain(`image = "${GITLAB.jobImage}"`)
    // Jobs run as the identity's service account, without a Kubernetes API token.
    expect(toml).toContain('service_account = "app-sa"')
    expect(toml).toContain('automount_service_account_token = false')
    expect(derivedCredential(INPUTS.gitlab, token, at('r-2'))).not.toBe(toml)
    expect(derivedCredential(INPUTS.jenkins, secret, at('j-1'))).toBe(secret)
    expect(derivedCredential(INPUTS.github, token, at('g-1'))).toBeUndefined()
    expect(derivedCredential(INPUTS.pod, token, at('p-1'))).toBeUndefined()
  })
})
