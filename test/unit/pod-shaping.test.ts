// Runner pod shaping (issue 18 item 3): the seven inputs parsed and refused with the input's name and the expected
// form; the strategic merge patch merged as Kubernetes merges a Pod patch (merge keys and strategies from the 1.35
// OpenAPI); the shaped pod checked against the Pod schema, the restricted standard and the identity, each refusal
// with its reason; shaping on every kind's pod; and the spec hash moving with the shaped pod only.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { V1Pod } from '@kubernetes/client-node'
import { readSettings, SettingsError } from '../../src/settings.js'
import { readRunnerShaping } from '../../src/shaping/settings.js'
import { runnerPodManifest, runnerSpecHash, shapingProblems, type RunnerPodInput } from '../../src/kube/manifests.js'
import { DRIVERS } from '../../src/runner-kinds/index.js'
import { GITLAB_JOB_IMAGE } from '../../src/runner-kinds/gitlab.js'
import { strategicMergePod } from '../../src/shaping/merge.js'
import { NOT_SENT, quantityValue, schemaProblems } from '../../src/shaping/validate.js'
import { POD_SCHEMA } from '../../src/shaping/pod-schema.js'
import * as k8s from '@kubernetes/client-node'
import { ShapingError } from '../../src/shaping/apply.js'
import type { PodShaping } from '../../src/shaping/inputs.js'
// @ts-expect-error: a plain ESM script without types
import { generate, OUT } from '../../scripts/pod-schema.mjs'
import { restrictedViolations } from '../kube/pod-security.js'
import { BASE, source } from '../helpers/bad-inputs.js'

const base = {
  namespace: 'apps',
  serviceAccount: 'app-sa',
  namePrefix: 'aks-wi-runner',
  clientId: '11111111-2222-4333-8444-555555555555',
  tenantId: '66666666-7777-4888-9999-000000000000',
  ownerKey: '0123456789abcdef'
}
const KINDS = {
  github: { ...base, kind: 'github', options: {}, image: DRIVERS.github.defaultImage },
  gitlab: {
    ...base,
    kind: 'gitlab',
    image: DRIVERS.gitlab.defaultImage,
    options: { url: 'https://gitlab.example.com', executor: 'kubernetes', jobImage: GITLAB_JOB_IMAGE }
  },
  jenkins: {
    ...base,
    kind: 'jenkins',
    image: DRIVERS.jenkins.defaultImage,
    options: { url: 'https://ci.example.com', agentName: 'aks-1' }
  },
  pod: { ...base, kind: 'pod', image: DRIVERS.pod.defaultImage, options: { command: ['sleep'], args: ['3600'] } }
} satisfies Record<string, RunnerPodInput>
const GITHUB: RunnerPodInput = KINDS.github

/** The settings' problems for these inputs (none: []). */
function problems(inputs: Record<string, string>): string[] {
  try {
    readSettings(source({ ...BASE, ...inputs }), readRunnerShaping)
    return []
  } catch (e) {
    if (e instanceof SettingsError) return e.problems.map((p) => p.message)
    throw e
  }
}

const shaping = (inputs: Record<string, string>): PodShaping | undefined => readSettings(source({ ...BASE, ...inputs }), readRunnerShaping).runners.shaping
/** The reasons a pod-template patch is refused for the github kind's pod. */
const refusals = (patch: Record<string, unknown>, input: RunnerPodInput = GITHUB): string[] =>
  shapingProblems({ ...input, shaping: { podTemplate: patch } })
const runner = (pod: V1Pod) => pod.spec!.containers.find((c) => c.name === 'runner')!

describe('shaping inputs', () => {
  it('nothing given: no shaping', () => {
    expect(shaping({})).toBeUndefined()
  })

  it('node selector: key=value lines or a YAML map, scalars as text', () => {
    expect(shaping({ 'runner-node-selector': 'agentpool=ci\nkubernetes.io/os = linux' })?.nodeSelector).toEqual({
      agentpool: 'ci',
      'kubernetes.io/os': 'linux'
    })
    expect(shaping({ 'runner-node-selector': 'agentpool: ci\ngpu: true\nzone: 2' })?.nodeSelector).toEqual({
      agentpool: 'ci',
      gpu: 'true',
      zone: '2'
    })
  })

  it('map inputs: bad form, bad keys and values, the action\u2019s own keys refused, naming the input', () => {
    expect(problems({ 'runner-node-selector': '- a\n- b' })).toEqual([
      "Input 'runner-node-selector': must be a YAML map ('key: value' lines) or one 'key=value' per line."
    ])
    expect(problems({ 'runner-node-selector': 'a: [1' })[0]).toMatch(
      /^Input 'runner-node-selector': is not valid YAML \(.+\); expected a YAML map/
    )
    expect(problems({ 'runner-labels-k8s': 'team: -bad-' })[0]).toContain(
      "Input 'runner-labels-k8s': the value '-bad-' of 'team' is invalid"
    )
    expect(problems({ 'runner-labels-k8s': 'Bad_Prefix/x: y' })[0]).toContain("the key 'Bad_Prefix/x' has an invalid prefix")
    expect(problems({ 'runner-labels-k8s': 'team: {a: b}' })[0]).toContain("the value of 'team' must be text, not a map")
    for (const key of [
      'azure.workload.identity/use',
      'app.kubernetes.io/managed-by',
      'app.kubernetes.io/component',
      'aks-workload-identity/owner'
    ])
      expect(problems({ 'runner-labels-k8s': `${key}: x` })).toEqual([
        `Input 'runner-labels-k8s': the key '${key}' is the action's own (it marks, finds and identifies its pods by it): use another key.`
      ])
    expect(problems({ 'runner-annotations': 'aks-workload-identity/spec-hash: x' })[0]).toContain(
      "Input 'runner-annotations': the key 'aks-workload-identity/spec-hash' is the action's own"
    )
    // Annotation values are free text; label rules do not apply to them.
    expect(
      shaping({ 'runner-annotations': 'cluster-autoscaler.kubernetes.io/safe-to-evict: "false"\nnote: "a long, free: text"' })?.annotations
    ).toEqual({
      'cluster-autoscaler.kubernetes.io/safe-to-evict': 'false',
      note: 'a long, free: text'
    })
  })

  it('tolerations: a YAML list checked against the Toleration schema and the API server\u2019s rules', () => {
    const t =
      '- key: sku\n  operator: Equal\n  value: gpu\n  effect: NoSchedule\n- operator: Exists\n  effect: NoExecute\n  tolerationSeconds: 60'
    expect(shaping({ 'runner-tolerations': t })?.tolerations).toEqual([
      { key: 'sku', operator: 'Equal', value: 'gpu', effect: 'NoSchedule' },
      { operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }
    ])
    expect(problems({ 'runner-tolerations': 'key: sku' })[0]).toMatch(/^Input 'runner-tolerations': must be a YAML list of tolerations/)
    expect(
      problems({ 'runner-tolerations': '- key: a\n  tolerationSecond: 3\n  effect: Sometimes\n  operator: Exists\n  value: b' })
    ).toEqual([
      "Input 'runner-tolerations': [0].tolerationSecond: unknown field of Toleration (did you mean 'tolerationSeconds'?).",
      "Input 'runner-tolerations': [0].value: must be empty with operator Exists.",
      "Input 'runner-tolerations': [0].effect: must be NoSchedule, PreferNoSchedule or NoExecute."
    ])
    expect(problems({ 'runner-tolerations': '- effect: NoSchedule' })).toEqual([
      "Input 'runner-tolerations': [0].key: empty (all taints) needs operator Exists."
    ])
    expect(problems({ 'runner-tolerations': '- key: a\n  operator: Equal\n  tolerationSeconds: 5' })).toEqual([
      "Input 'runner-tolerations': [0].tolerationSeconds: applies only to effect NoExecute."
    ])
    expect(problems({ 'runner-tolerations': '- key: a\n  tolerationSeconds: "5"\n  operator: Exists\n  effect: NoExecute' })).toEqual([
      "Input 'runner-tolerations': [0].tolerationSeconds: must be a whole number, not '5'."
    ])
  })

  it('resources: requests and/or limits of quantities; replaces the kind\u2019s default whole', () => {
    const s = shaping({ 'runner-resources': 'requests: {cpu: 1, memory: 2Gi}\nlimits:\n  memory: 8Gi' })
    expect(s?.resources).toEqual({ requests: { cpu: 1, memory: '2Gi' }, limits: { memory: '8Gi' } })
    expect(runner(runnerPodManifest({ ...GITHUB, shaping: s }, 'r')).resources).toEqual({
      requests: { cpu: 1, memory: '2Gi' },
      limits: { memory: '8Gi' }
    })
    expect(problems({ 'runner-resources': 'cpu: 1' })[0]).toMatch(
      /^Input 'runner-resources': must be a YAML map with 'requests' and\/or 'limits'/
    )
    expect(problems({ 'runner-resources': 'requests: {cpu: lots}' })).toEqual([
      "Input 'runner-resources': requests.cpu: must be a quantity such as '500m', '2', '512Mi' or '1Gi', not 'lots'."
    ])
    expect(problems({ 'runner-resources': 'limit: {cpu: 1}\nrequests: {}' })[0]).toContain(
      "limit: unknown field of ResourceRequirements (did you mean 'limits'?)"
    )
  })

  it('image pull secrets: Secret names, comma- or line-separated, once each', () => {
    expect(shaping({ 'runner-image-pull-secrets': 'acr, ghcr\nacr' })?.imagePullSecrets).toEqual(['acr', 'ghcr'])
    expect(problems({ 'runner-image-pull-secrets': 'ACR_Secret' })).toEqual([
      "Input 'runner-image-pull-secrets': 'ACR_Secret' is not a Secret name (a lower-case DNS subdomain); expected Secret names, comma- or line-separated."
    ])
  })

  it('pod template: a Pod patch of spec and metadata labels/annotations only', () => {
    expect(problems({ 'runner-pod-template': '- a' })[0]).toMatch(/^Input 'runner-pod-template': must be a YAML Pod patch/)
    expect(problems({ 'runner-pod-template': 'status: {phase: Running}' })[0]).toContain("'status' cannot be patched")
    expect(problems({ 'runner-pod-template': 'kind: Deployment' })).toEqual(["Input 'runner-pod-template': kind: must be Pod when given."])
    expect(problems({ 'runner-pod-template': 'metadata: {name: other}' })).toEqual([
      "Input 'runner-pod-template': metadata.name: is the action's; only metadata.labels and metadata.annotations can be patched."
    ])
    expect(problems({ 'runner-pod-template': 'metadata: {annotations: {aks-workload-identity/runner-id: "1"}}' })[0]).toContain(
      "metadata.annotations: the key 'aks-workload-identity/runner-id' is the action's own"
    )
    expect(problems({ 'runner-pod-template': 'spec: [1]' })).toEqual(["Input 'runner-pod-template': spec: must be a map (PodSpec fields)."])
    expect(problems({ 'runner-pod-template': 'spec:\n  a: 1\n  a: 2' })[0]).toMatch(
      /^Input 'runner-pod-template': is not valid YAML \(Map keys must be unique/
    )
  })

  it('every shaping input reaches every kind\u2019s pod, which stays restricted and keeps its identity', () => {
    const s = shaping({
      'runner-node-selector': 'agentpool=ci',
      'runner-tolerations': '- key: ci\n  operator: Exists\n  effect: NoSchedule',
      'runner-resources': 'requests: {cpu: 250m}\nlimits: {cpu: "1"}',
      'runner-image-pull-secrets': 'acr',
      'runner-annotations': 'team/owner: platform',
      'runner-labels-k8s': 'team: platform',
      'runner-pod-template': 'spec:\n  priorityClassName: ci\n  terminationGracePeriodSeconds: 120'
    })
    for (const input of Object.values(KINDS) as RunnerPodInput[]) {
      const plain = runnerPodManifest(input, 'aks-wi-runner-x')
      const pod = runnerPodManifest({ ...input, shaping: s }, 'aks-wi-runner-x')
      expect(pod.spec?.nodeSelector).toEqual({ agentpool: 'ci' })
      expect(pod.spec?.tolerations).toEqual([{ key: 'ci', operator: 'Exists', effect: 'NoSchedule' }])
      expect(pod.spec?.imagePullSecrets).toEqual([{ name: 'acr' }])
      expect(pod.spec?.priorityClassName).toBe('ci')
      expect(pod.spec?.terminationGracePeriodSeconds).toBe(120)
      expect(runner(pod).resources).toEqual({ requests: { cpu: '250m' }, limits: { cpu: '1' } })
      expect(pod.metadata?.labels).toEqual({ ...plain.metadata?.labels, team: 'platform' })
      expect(pod.metadata?.annotations?.['team/owner']).toBe('platform')
      expect(pod.spec?.serviceAccountName).toBe(plain.spec?.serviceAccountName)
      expect(restrictedViolations(pod)).toEqual([])
      expect(schemaProblems(pod)).toEqual([])
    }
  })
})

describe('the pod template: a strategic merge patch as Kubernetes applies one to a Pod', () => {
  const pod = runnerPodManifest(GITHUB, 'r') as Record<string, unknown>
  const merged = (patch: Record<string, unknown>): V1Pod => strategicMergePod(pod, patch) as V1Pod

  it('containers merge by name; env and volumeMounts merge by their keys; new ones are appended', () => {
    const out = merged({
      spec: {
        containers: [
          {
            name: 'runner',
            env: [
              { name: 'GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT', value: 'mine' },
              { name: 'HTTP_PROXY', value: 'http://proxy:3128' }
            ],
            volumeMounts: [{ name: 'cache', mountPath: '/cache' }]
          },
          { name: 'docker', image: 'docker:27-dind-rootless' }
        ],
        volumes: [{ name: 'cache', emptyDir: { sizeLimit: '10Gi' } }]
      }
    })
    expect(out.spec?.containers.map((c) => c.name)).toEqual(['runner', 'docker'])
    const env = runner(out).env!
    // The generated order is kept, the changed item in place, the new one last.
    expect(env.map((e) => e.name)).toEqual([
      'ACTIONS_RUNNER_INPUT_JITCONFIG',
      'ACTIONS_RUNNER_RETURN_VERSION_DEPRECATED_EXIT_CODE',
      'GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT',
      'HTTP_PROXY'
    ])
    expect(env.find((e) => e.name === 'GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT')?.value).toBe('mine')
    expect(runner(out).securityContext).toEqual(runner(pod as V1Pod).securityContext)
    expect(runner(out).volumeMounts).toEqual([{ name: 'cache', mountPath: '/cache' }])
    expect(out.spec?.volumes).toEqual([{ name: 'cache', emptyDir: { sizeLimit: '10Gi' } }])
  })

  it('lists the OpenAPI gives no merge strategy (tolerations, command, capabilities) are replaced whole', () => {
    const withTolerations = strategicMergePod(pod, { spec: { tolerations: [{ key: 'a', operator: 'Exists' }] } })
    const out = strategicMergePod(withTolerations, {
      spec: { tolerations: [{ key: 'b', operator: 'Exists' }], containers: [{ name: 'runner', command: ['/bin/sh'] }] }
    }) as V1Pod
    expect(out.spec?.tolerations).toEqual([{ key: 'b', operator: 'Exists' }])
    expect(runner(out).command).toEqual(['/bin/sh'])
  })

  it('maps merge; null removes a field; $patch: replace replaces a map; - $patch: replace replaces a merged list', () => {
    const out = merged({
      spec: { containers: [{ name: 'runner', resources: { limits: { memory: '8Gi', cpu: null } } }], enableServiceLinks: null }
    })
    expect(runner(out).resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '8Gi' } })
    expect(out.spec?.enableServiceLinks).toBeUndefined()
    const replaced = merged({ spec: { containers: [{ name: 'runner', resources: { $patch: 'replace', limits: { memory: '8Gi' } } }] } })
    expect(runner(replaced).resources).toEqual({ limits: { memory: '8Gi' } })
    const list = merged({ spec: { containers: [{ $patch: 'replace' }, { name: 'only', image: 'busybox' }] } })
    expect(list.spec?.containers).toEqual([{ name: 'only', image: 'busybox' }])
  })

  it('$patch: delete removes an item of a merged list by its key', () => {
    const out = merged({
      spec: { containers: [{ name: 'runner', env: [{ name: 'ACTIONS_RUNNER_RETURN_VERSION_DEPRECATED_EXIT_CODE', $patch: 'delete' }] }] }
    })
    expect(runner(out).env!.map((e) => e.name)).toEqual(['ACTIONS_RUNNER_INPUT_JITCONFIG', 'GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT'])
  })

  it('a list with merge and no key (finalizers) takes the union', () => {
    const out = strategicMergePod({ metadata: { finalizers: ['a', 'b'] } }, { metadata: { finalizers: ['b', 'c'] } })
    expect(out.metadata).toEqual({ finalizers: ['a', 'b', 'c'] })
  })

  it('refused: an item without its merge key, directives it does not support, $patch on an atomic list', () => {
    expect(() => merged({ spec: { containers: [{ image: 'x' }] } })).toThrow(
      "spec.containers[0]: each item must have 'name', the key its list is merged on"
    )
    expect(() => merged({ spec: { volumes: [{ name: 'v', $retainKeys: ['emptyDir'] }] } })).toThrow(/\$retainKeys' is not supported/)
    expect(() => merged({ spec: { '$setElementOrder/containers': [{ name: 'runner' }] } })).toThrow(/is not supported/)
    expect(() => merged({ spec: { tolerations: [{ key: 'a', $patch: 'delete' }] } })).toThrow(/give the whole list/)
    expect(() => merged({ spec: { $patch: 'remove' } })).toThrow("spec: '$patch: remove' is not a patch directive")
  })

  it('the shaped pod is checked against the Pod schema: unknown fields, wrong types, missing required fields', () => {
    expect(refusals({ spec: { toleration: [] } })).toEqual(["spec.toleration: unknown field of PodSpec (did you mean 'tolerations'?)"])
    expect(refusals({ spec: { containers: [{ name: 'runner', ports: [{ containerPort: '8080' }] }] } })).toEqual([
      "spec.containers[name=runner].ports[containerPort=8080].containerPort: must be a whole number, not '8080'"
    ])
    expect(refusals({ spec: { volumes: [{ name: 'c', configMap: { name: 'x', items: [{ key: 'a' }] } }] } })).toEqual([
      'spec.volumes[name=c].configMap.items[0].path: required in KeyToPath'
    ])
    expect(refusals({ metadata: { labels: { team: true } } })).toEqual([
      'metadata.labels.team: must be a string (quote it in YAML), not true'
    ])
  })
})

describe('what the API server refuses beyond the schema', () => {
  it('quantities compare by value across suffixes', () => {
    expect(quantityValue('500m')).toBe(0.5)
    expect(quantityValue('1Gi')).toBe(2 ** 30)
    expect(quantityValue('1G')).toBe(1e9)
    expect(quantityValue('1e3')).toBe(1000)
    expect(quantityValue(2)).toBe(2)
    expect(quantityValue('lots')).toBeUndefined()
  })

  it('a request above its limit (here the kind\u2019s default memory limit, 4Gi) is refused', () => {
    expect(refusals({ spec: { containers: [{ name: 'runner', resources: { requests: { memory: '8Gi' } } }] } })).toEqual([
      "spec.containers[name=runner].resources.requests.memory: '8Gi' is more than its limit '4Gi' (the API server refuses a request above the limit)"
    ])
    expect(refusals({ spec: { containers: [{ name: 'runner', resources: { requests: { memory: '4096Mi', cpu: '2000m' } } }] } })).toEqual(
      []
    )
  })
})

describe('refused: what breaks the restricted standard or takes the identity away', () => {
  const container = (securityContext: Record<string, unknown>) => ({ spec: { containers: [{ name: 'runner', securityContext }] } })
  const RESTRICTED = 'the restricted pod security standard'
  it.each<[string, Record<string, unknown>, string]>([
    [
      'privileged',
      container({ privileged: true }),
      `spec.containers[name=runner].securityContext.privileged: true gives the container the node's devices, which ${RESTRICTED} forbids`
    ],
    ['hostNetwork', { spec: { hostNetwork: true } }, `spec.hostNetwork: true shares the node's namespaces, which ${RESTRICTED} forbids`],
    ['hostPID', { spec: { hostPID: true } }, `spec.hostPID: true shares the node's namespaces`],
    ['hostIPC', { spec: { hostIPC: true } }, `spec.hostIPC: true shares the node's namespaces`],
    [
      'a hostPath volume',
      { spec: { volumes: [{ name: 'docker', hostPath: { path: '/var/run/docker.sock' } }] } },
      `spec.volumes[name=docker]: a hostPath volume mounts the node's file system, which ${RESTRICTED} forbids`
    ],
    [
      'an nfs volume',
      { spec: { volumes: [{ name: 'n', nfs: { server: 'a', path: '/' } }] } },
      `spec.volumes[name=n]: a nfs volume ${RESTRICTED} forbids (allowed: configMap,`
    ],
    [
      'runAsNonRoot false (pod)',
      { spec: { securityContext: { runAsNonRoot: false } } },
      `spec.securityContext.runAsNonRoot: false lets containers run as root`
    ],
    [
      'runAsNonRoot false (container)',
      container({ runAsNonRoot: false }),
      `spec.containers[name=runner].securityContext.runAsNonRoot: false lets the container run as root`
    ],
    ['runAsUser 0', container({ runAsUser: 0 }), `spec.containers[name=runner].securityContext.runAsUser: 0 is root`],
    [
      'allowPrivilegeEscalation true',
      container({ allowPrivilegeEscalation: true }),
      `spec.containers[name=runner].securityContext.allowPrivilegeEscalation: must be false (${RESTRICTED}); it is true`
    ],
    [
      'an added capability',
      container({ capabilities: { add: ['NET_BIND_SERVICE', 'SYS_ADMIN'] } }),
      `capabilities.add: 'SYS_ADMIN': ${RESTRICTED} allows adding only NET_BIND_SERVICE`
    ],
    ['drop without ALL', container({ capabilities: { drop: ['NET_RAW'] } }), `capabilities.drop: must include ALL`],
    [
      'seccomp Unconfined',
      container({ seccompProfile: { type: 'Unconfined' } }),
      `spec.containers[name=runner].securityContext.seccompProfile.type: Unconfined turns seccomp off`
    ],
    [
      'seccomp Unconfined (pod)',
      { spec: { securityContext: { seccompProfile: { type: 'Unconfined' } } } },
      `spec.securityContext.seccompProfile.type: Unconfined turns seccomp off`
    ],
    ['AppArmor Unconfined', container({ appArmorProfile: { type: 'Unconfined' } }), `appArmorProfile.type: Unconfined turns AppArmor off`],
    ['procMount Unmasked', container({ procMount: 'Unmasked' }), `procMount: must be Default`],
    [
      'a host port',
      { spec: { containers: [{ name: 'runner', ports: [{ containerPort: 80, hostPort: 80 }] }] } },
      `spec.containers[name=runner].ports: hostPort 80 binds a port of the node`
    ],
    [
      'an unsafe sysctl',
      { spec: { securityContext: { sysctls: [{ name: 'kernel.msgmax', value: '1' }] } } },
      `'kernel.msgmax' is not one of the safe sysctls`
    ],
    ['an SELinux type', container({ seLinuxOptions: { type: 'spc_t' } }), `seLinuxOptions.type: 'spc_t' is not a container type`],
    ['hostProcess', container({ windowsOptions: { hostProcess: true } }), `windowsOptions.hostProcess: true runs on the host`],
    [
      'a sidecar without the restricted context',
      { spec: { initContainers: [{ name: 'setup', image: 'busybox' }] } },
      `spec.initContainers[name=setup].securityContext.allowPrivilegeEscalation: must be false`
    ],
    [
      'another service account',
      { spec: { serviceAccountName: 'default' } },
      `spec.serviceAccountName: must stay 'app-sa': the federated credential trusts only that service account`
    ],
    [
      'the identity label removed',
      { metadata: { labels: { 'azure.workload.identity/use': null } } },
      `metadata.labels.azure.workload.identity/use: must stay "true": without it the webhook does not inject the workload identity`
    ],
    [
      'the identity label changed',
      { metadata: { labels: { 'azure.workload.identity/use': 'false' } } },
      `metadata.labels.azure.workload.identity/use: must stay "true"`
    ],
    [
      'an ownership label changed',
      { metadata: { labels: { 'app.kubernetes.io/component': 'x' } } },
      `metadata.labels.app.kubernetes.io/component: is the action's own label ('github-runner')`
    ],
    [
      'automount turned on',
      { spec: { automountServiceAccountToken: true } },
      `spec.automountServiceAccountToken: must stay false: this kind's pods do not use the cluster's API`
    ],
    [
      'restartPolicy',
      { spec: { restartPolicy: 'OnFailure' } },
      `spec.restartPolicy: must stay 'Never': a restarted one-shot runner would reuse its spent credential`
    ],
    [
      'the runner container deleted',
      {
        spec: {
          containers: [
            { name: 'runner', $patch: 'delete' },
            { name: 'x', image: 'x', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }
          ]
        }
      },
      `spec.containers: the 'runner' container is the runner itself and must stay`
    ],
    [
      'the webhook\u2019s variables set by hand',
      { spec: { containers: [{ name: 'runner', env: [{ name: 'AZURE_CLIENT_ID', value: 'x' }] }] } },
      `AZURE_CLIENT_ID is injected by the workload identity webhook`
    ],
    [
      'the webhook\u2019s token volume',
      { spec: { volumes: [{ name: 'azure-identity-token', emptyDir: {} }] } },
      `spec.volumes: 'azure-identity-token' is the webhook's projected token volume`
    ],
    [
      'the runner skipped by the webhook',
      { metadata: { annotations: { 'azure.workload.identity/skip-containers': 'runner' } } },
      `names the 'runner' container, which would then get no identity`
    ]
  ])('%s', (_what, patch, reason) => {
    const found = refusals(patch)
    expect(found.some((p) => p.includes(reason))).toBe(true)
  })

  it('what the standard allows passes: NET_BIND_SERVICE, a Localhost seccomp profile, a safe sysctl, a restricted sidecar', () => {
    const sc = {
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
      seccompProfile: { type: 'Localhost', localhostProfile: 'ci.json' }
    }
    const patch = {
      spec: {
        securityContext: { sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }] },
        containers: [
          { name: 'runner', securityContext: sc },
          { name: 'proxy', image: 'envoyproxy/envoy:v1.31.0', securityContext: sc }
        ]
      }
    }
    expect(refusals(patch)).toEqual([])
  })

  it('gitlab\u2019s manager: its API token stays, and it may not take the identity label', () => {
    expect(refusals({ spec: { automountServiceAccountToken: false } }, KINDS.gitlab)).toEqual([
      "spec.automountServiceAccountToken: must stay true: this kind's pods use the cluster's API with it"
    ])
    expect(refusals({ metadata: { labels: { 'azure.workload.identity/use': 'true' } } }, KINDS.gitlab)).toEqual([
      "metadata.labels.azure.workload.identity/use: this kind's pods run as their own service account, without the workload identity"
    ])
    expect(refusals({ spec: { serviceAccountName: 'app-sa' } }, KINDS.gitlab)[0]).toContain(
      "must stay 'app-sa-gitlab-runner': the kind's RBAC is bound to it"
    )
  })

  it('settings refuse a privileged patch, naming the input, with every reason', () => {
    expect(
      problems({
        'runner-pod-template':
          'spec:\n  containers:\n    - name: runner\n      securityContext:\n        privileged: true\n        allowPrivilegeEscalation: true'
      })
    ).toEqual([
      "Input 'runner-pod-template': the shaped runner pod is refused: spec.containers[name=runner].securityContext.privileged: true gives the container the node's devices, which the restricted pod security standard forbids.",
      "Input 'runner-pod-template': the shaped runner pod is refused: spec.containers[name=runner].securityContext.allowPrivilegeEscalation: must be false (the restricted pod security standard); it is true."
    ])
  })

  it('the pod builder refuses what settings would (a ShapingError), never a pod', () => {
    expect(() => runnerPodManifest({ ...GITHUB, shaping: { podTemplate: { spec: { hostPID: true } } } }, 'r')).toThrow(ShapingError)
  })
})

describe('the spec hash follows the shaped pod', () => {
  it('any shaping that changes the pod changes the hash; restating a generated value does not', () => {
    const plain = runnerSpecHash(GITHUB)
    const hashes = [
      { nodeSelector: { agentpool: 'ci' } },
      { tolerations: [{ key: 'a', operator: 'Exists' }] },
      { resources: { limits: { memory: '8Gi' } } },
      { imagePullSecrets: ['acr'] },
      { annotations: { a: 'b' } },
      { labels: { team: 'x' } },
      { podTemplate: { spec: { priorityClassName: 'ci' } } }
    ].map((s) => runnerSpecHash({ ...GITHUB, shaping: s }))
    expect(new Set([plain, ...hashes]).size).toBe(8)
    expect(runnerSpecHash({ ...GITHUB, shaping: { podTemplate: { spec: { enableServiceLinks: false } } } })).toBe(plain)
  })
})

describe('the compiled Pod schema', () => {
  it('every field the Kubernetes client cannot send is refused (NOT_SENT is what @kubernetes/client-node lacks)', () => {
    const lacking: string[] = []
    const models = k8s as unknown as Record<string, { getAttributeTypeMap?: () => Array<{ name: string; baseName: string }> } | undefined>
    for (const [name, type] of Object.entries(POD_SCHEMA.types)) {
      // ResourceClaim is CoreV1ResourceClaim in the client (a name the resource API's type also uses).
      const model = models[`V1${name}`] ?? models[`CoreV1${name}`]
      const known = new Set((model?.getAttributeTypeMap?.() ?? []).map((a) => a.baseName))
      if (!model?.getAttributeTypeMap) continue
      for (const field of Object.keys(type.props)) if (!known.has(field)) lacking.push(`${name}.${field}`)
    }
    expect(lacking.sort()).toEqual([...NOT_SENT].sort())
    expect(refusals({ spec: { workloadRef: { name: 'w', podGroup: 'g' } } })).toEqual([
      'spec.workloadRef: not supported: the Kubernetes client the action uses (@kubernetes/client-node 1.4.0) does not send this 1.35 field'
    ])
  })

  it('is what scripts/pod-schema.mjs makes of the stored Kubernetes 1.35 OpenAPI (npm run pod-schema)', async () => {
    expect(await (generate as unknown as () => Promise<string>)()).toBe(readFileSync(OUT as string, 'utf8'))
  })
})
