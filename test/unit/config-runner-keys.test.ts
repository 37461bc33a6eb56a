// Issue 19 item 1 after issue 18: the workloads file sets every per-workload and per-cluster input, the runner
// ones of issue 18 included, with their real YAML forms (a map is a map, a list a list). The merge hands each to the
// settings parser in the input's own form, so a file's value and the same input give the same Settings; what the
// schema refuses (and what the parser refuses) is reported at the file's line and column, with the key and the
// expected form, and only once.
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { ConfigError, readConfig, type ConfigProblem, type WorkloadSettings } from '../../src/config/index.js'
import { inputText } from '../../src/config/merge.js'
import { readSettings } from '../../src/settings.js'
import { readRunnerShaping } from '../../src/shaping/settings.js'
import { runSettings } from '../../src/workloads.js'
import { source } from '../helpers/bad-inputs.js'

const HEAD = `version: 1\ncluster:\n  resource-group: rg-platform\n  cluster-name: aks-prod\nidentities:\n  id-ci: {}\ndefaults:\n  identity: id-ci\n  namespace: ci\n`
const INPUTS = { 'github-token': 'ghp_0123456789abcdef', 'runner-scope': 'octo/app' }
const ENV = { GITHUB_REPOSITORY: 'octo/app' }

const read = (text: string, inputs: Record<string, string> = INPUTS): WorkloadSettings[] => readConfig(text, 'ci.yaml', source(inputs, ENV))
function problems(text: string, inputs: Record<string, string> = INPUTS): ConfigProblem[] {
  try {
    read(text, inputs)
  } catch (e) {
    if (e instanceof ConfigError) return e.problems
    throw e
  }
  throw new Error('expected problems, the file was valid')
}
/** 1-based line and column of `needle` in `text`. */
function at(text: string, needle: string): { line: number; column: number } {
  const before = text.slice(0, text.indexOf(needle)).split('\n')
  if (text.indexOf(needle) < 0) throw new Error(`'${needle}' is not in the text`)
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

const SHAPED = `${HEAD}workloads:
  builds:
    service-account-name: builds
    runner-kind: pod
    runner-count: 2
    runner-node-selector: {agentpool: ci, kubernetes.azure.com/spot: true}
    runner-tolerations:
      - key: kubernetes.azure.com/scalesetpriority
        operator: Equal
        value: spot
        effect: NoSchedule
      - {operator: Exists, effect: NoExecute, tolerationSeconds: 30}
    runner-resources:
      requests: {cpu: 500m, memory: 1Gi}
      limits: {memory: 4Gi}
    runner-image-pull-secrets: [acr-pull, ghcr-pull]
    runner-annotations: {team: platform, cost-center: 4711}
    runner-labels-k8s: {team: platform}
    runner-pod-template:
      spec:
        priorityClassName: ci-low
        containers:
          - name: runner
            env: [{name: LOG_LEVEL, value: debug}]
    force-conflicts: false
  queue:
    service-account-name: queue
    runner-count: auto
    runner-min: 1
    runner-max: 5
    runner-repositories: [octo/app]
    runner-name-prefix: queue
  scale-set:
    service-account-name: scale-set
    runner-kind: arc
    runner-count: 0
    runner-min: 2
    runner-max: 8
    runner-name-prefix: arc-ci
    arc-github-config-url: https://github.com/octo
    arc-runner-group: platform
    arc-container-mode: kubernetes
`

/** The same workload given as inputs, each in its input form (what a single step would carry). */
const AS_INPUTS: Record<string, string> = {
  ...INPUTS,
  'subscription-id': '0b5d3e0a-4f1c-4a8e-9d55-1f2a3b4c5d6e',
  'resource-group': 'rg-platform',
  'cluster-name': 'aks-prod',
  'identity-name': 'id-ci',
  namespace: 'ci',
  'service-account-name': 'builds',
  'runner-kind': 'pod',
  'runner-count': '2',
  'runner-node-selector': 'agentpool=ci\nkubernetes.azure.com/spot=true',
  'runner-tolerations': `- key: kubernetes.azure.com/scalesetpriority
  operator: Equal
  value: spot
  effect: NoSchedule
- {operator: Exists, effect: NoExecute, tolerationSeconds: 30}`,
  'runner-resources': 'requests: {cpu: 500m, memory: 1Gi}\nlimits: {memory: 4Gi}',
  'runner-image-pull-secrets': 'acr-pull, ghcr-pull',
  'runner-annotations': 'team: platform\ncost-center: "4711"',
  'runner-labels-k8s': 'team=platform',
  'runner-pod-template': 'spec:\n  priorityClassName: ci-low\n  containers:\n    - name: runner\n      env: [{name: LOG_LEVEL, value: debug}]',
  'force-conflicts': 'false'
}

describe('the runner keys in their YAML forms', () => {
  it('a shaped workload resolves to the Settings the same values as inputs give', () => {
    const [builds] = read(SHAPED, { ...INPUTS, 'subscription-id': AS_INPUTS['subscription-id']! })
    const single = readSettings(source(AS_INPUTS, ENV), readRunnerShaping)
    expect(builds!.settings.runners).toEqual(single.runners)
    expect(builds!.settings.kube).toEqual(single.kube)
    expect(builds!.settings.runners.shaping).toEqual({
      nodeSelector: { agentpool: 'ci', 'kubernetes.azure.com/spot': 'true' },
      tolerations: [
        { key: 'kubernetes.azure.com/scalesetpriority', operator: 'Equal', value: 'spot', effect: 'NoSchedule' },
        { operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 30 }
      ],
      resources: { requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '4Gi' } },
      imagePullSecrets: ['acr-pull', 'ghcr-pull'],
      annotations: { team: 'platform', 'cost-center': '4711' },
      labels: { team: 'platform' },
      podTemplate: { spec: { priorityClassName: 'ci-low', containers: [{ name: 'runner', env: [{ name: 'LOG_LEVEL', value: 'debug' }] }] } }
    })
    expect(builds!.settings.kube.forceConflicts).toBe(false)
  })

  it("runner-count: auto with its bounds and repositories, and an ARC scale set's keys, per workload", () => {
    const [builds, queue, arc] = read(SHAPED).map((w) => w.settings)
    expect(queue!.runners).toMatchObject({ kind: 'github', count: 5, autoscale: { min: 1, max: 5, repositories: ['octo/app'] } })
    expect(queue!.runners.shaping).toBeUndefined()
    expect(arc!.runners).toMatchObject({ kind: 'arc', namePrefix: 'arc-ci' })
    expect(arc!.runners.options).toMatchObject({ configUrl: 'https://github.com/octo', runnerGroup: 'platform', containerMode: 'kubernetes', minRunners: 2, maxRunners: 8 })
    expect(builds!.runners.autoscale).toBeUndefined()
  })

  it('cluster-access is a cluster key: every workload reaches the cluster the same way', () => {
    const text = SHAPED.replace('  cluster-name: aks-prod\n', '  cluster-name: aks-prod\n  cluster-access: run-command\n')
    expect(read(text).map((w) => w.settings.cluster.access)).toEqual(['run-command', 'run-command', 'run-command'])
    expect(read(SHAPED).map((w) => w.settings.cluster.access)).toEqual(['direct', 'direct', 'direct'])
  })

  it('a workload’s map replaces the one in defaults whole (as an input replaces the default)', () => {
    const text = `${HEAD.replace('  namespace: ci\n', '  namespace: ci\n  runner-node-selector: {agentpool: ci, zone: "1"}\n  runner-kind: pod\n  runner-count: 1\n')}workloads:
  a:
    service-account-name: a
  b:
    service-account-name: b
    runner-name-prefix: b
    runner-node-selector: {agentpool: gpu}
`
    const [a, b] = read(text).map((w) => w.settings.runners.shaping?.nodeSelector)
    expect(a).toEqual({ agentpool: 'ci', zone: '1' })
    expect(b).toEqual({ agentpool: 'gpu' })
  })
})

describe('inputText: the input form of a file value', () => {
  it('maps and lists of maps become YAML text that parses back to the same value', () => {
    const tolerations = [{ key: 'a', operator: 'Equal', value: 'x: y', effect: 'NoSchedule' }]
    expect(parse(inputText('runner-tolerations', tolerations))).toEqual(tolerations)
    const selector = { 'kubernetes.azure.com/mode': 'user', 'quoted': '1', flag: true }
    expect(parse(inputText('runner-node-selector', selector))).toEqual(selector)
  })

  it('lists of names become comma-separated, pod-command one item per line, scalars their text', () => {
    expect(inputText('runner-image-pull-secrets', ['a', 'b'])).toBe('a,b')
    expect(inputText('runner-repositories', ['o/a', 'o/b'])).toBe('o/a,o/b')
    expect(inputText('pod-command', ['sh', '-c', 'echo a,b'])).toBe('sh\n-c\necho a,b')
    expect(inputText('runner-count', 'auto')).toBe('auto')
    expect(inputText('runner-max', 3)).toBe('3')
  })
})

describe('problems in the new keys, at their place, once', () => {
  const base = `${HEAD}workloads:\n  a:\n    service-account-name: a\n    runner-kind: pod\n    runner-count: 1\n`
  const one = (text: string): ConfigProblem => {
    const found = problems(text)
    expect(found).toHaveLength(1)
    return found[0]!
  }

  it.each<[string, string, string, string, RegExp]>([
    ['a toleration effect outside the enum', `    runner-tolerations:\n      - {key: sku, operator: Equal, value: gpu, effect: NoSchedul}\n`, 'NoSchedul}', 'workloads.a.runner-tolerations[0].effect', /^'NoSchedul' must be one of: NoSchedule, PreferNoSchedule, NoExecute$/],
    ['a toleration with an unknown field', `    runner-tolerations:\n      - {key: sku, operater: Equal}\n`, 'operater', 'workloads.a.runner-tolerations[0].operater', /unknown key 'operater'; expected one of: key, operator, value, effect, tolerationSeconds/],
    ['a node selector written as text', `    runner-node-selector: agentpool=ci\n`, 'agentpool=ci', 'workloads.a.runner-node-selector', /^'agentpool=ci' must be a map of keys\. runner-node-selector: .*e\.g\. \{agentpool: ci\}$/],
    ['a node selector value that is a map', `    runner-node-selector:\n      agentpool: {name: ci}\n`, 'agentpool:', 'workloads.a.runner-node-selector.agentpool', /must be a string or a number or a boolean/],
    ['a node selector key the label rules refuse', `    runner-node-selector: {"bad key": ci}\n`, 'runner-node-selector', 'workloads.a.runner-node-selector', /the key 'bad key' is invalid/],
    ['resources with a misspelt key', `    runner-resources:\n      request: {cpu: 500m}\n`, 'request:', 'workloads.a.runner-resources.request', /unknown key 'request'; expected one of: requests, limits, claims/],
    ['a resource quantity the Kubernetes schema refuses', `    runner-resources:\n      requests: {cpu: lots}\n`, 'runner-resources', 'workloads.a.runner-resources', /requests\.cpu/],
    ['a pod template patching what is the action’s', `    runner-pod-template:\n      metadata: {name: x}\n`, 'name: x}', 'workloads.a.runner-pod-template.metadata.name', /unknown key 'name'; expected one of: labels, annotations/],
    ['a pod template breaking the restricted standard', `    runner-pod-template:\n      spec:\n        containers: [{name: runner, securityContext: {privileged: true}}]\n`, 'runner-pod-template', 'workloads.a.runner-pod-template', /refused: .*privileged/],
    ['runner-count neither a number nor auto', `    runner-max: 3\n`, '', 'workloads.a.runner-count', /^'some' must be a whole number of pods to keep \(0-100\), or 'auto'/],
    ['runner-max out of range', `    runner-count: auto\n    runner-max: 500\n`, '500', 'workloads.a.runner-max', /^500 must be <= 100\. runner-max: /],
    ['an ARC container mode outside the enum', `    arc-container-mode: dind\n`, 'dind', 'workloads.a.arc-container-mode', /^'dind' must be one of: default, kubernetes$/],
    ['an image pull secret name the rules refuse', `    runner-image-pull-secrets: [ACR]\n`, 'runner-image-pull-secrets', 'workloads.a.runner-image-pull-secrets', /'ACR' is not a Secret name/]
  ])('%s', (_what, extra, needle, key, message) => {
    let text = base + extra
    if (_what.startsWith('runner-count')) text = text.replace('runner-count: 1', 'runner-count: some')
    if (_what === 'runner-max out of range') text = base.replace('    runner-kind: pod\n    runner-count: 1\n', '') + extra
    const p = one(text)
    expect(p.key).toBe(key)
    expect(p.message).toMatch(message)
    if (needle) expect({ line: p.line, column: p.column }).toEqual(at(text, needle))
    else expect(p.line).toBeGreaterThan(0)
  })

  it("a refused runner-count does not also make runner-min and runner-max 'not apply'", () => {
    const text = `${HEAD}workloads:\n  a:\n    service-account-name: a\n    runner-count: Auto-scale\n    runner-min: 1\n    runner-max: 3\n`
    expect(problems(text).map((p) => p.key)).toEqual(['workloads.a.runner-count'])
  })

  it('a refused runner-labels hides none of the problems of runner-labels-k8s', () => {
    const text = `${HEAD}workloads:\n  a:\n    service-account-name: a\n    runner-kind: pod\n    runner-count: 1\n    runner-labels: ['two words']\n    runner-labels-k8s: {app.kubernetes.io/managed-by: me}\n`
    expect(problems(text).map((p) => [p.key, p.message])).toEqual([
      ['workloads.a.runner-labels[0]', expect.stringMatching(/^'two words' must be a label without spaces or commas/)],
      ['workloads.a.runner-labels-k8s', expect.stringMatching(/the key 'app\.kubernetes\.io\/managed-by' is the action's own/)]
    ])
  })

  it('cluster-access outside its enum is reported at the cluster', () => {
    const text = `${HEAD.replace('  cluster-name: aks-prod\n', '  cluster-name: aks-prod\n  cluster-access: private\n')}workloads:\n  a:\n    service-account-name: a\n`
    const p = problems(text)
    expect(p.map((x) => [x.key, x.message])).toEqual([['cluster.cluster-access', "'private' must be one of: direct, run-command"]])
    expect({ line: p[0]!.line, column: p[0]!.column }).toEqual(at(text, 'private'))
  })

  it('secrets stay inputs: a GitHub App key or a runner token in the file is refused as a secret', () => {
    const text = `${HEAD}workloads:\n  a:\n    service-account-name: a\n    github-app-private-key: x\n    gitlab-runner-token: glrt-x\n`
    expect(problems(text).map((p) => p.message)).toEqual([
      expect.stringMatching(/^'github-app-private-key' is a secret and does not belong in a file: give it as the action's input/),
      expect.stringMatching(/^'gitlab-runner-token' is a secret and does not belong in a file/)
    ])
  })
})

describe('one run, several autoscaled workloads', () => {
  it('take the run settings of an autoscaled workload (its repositories are the ones counted)', () => {
    const ws = read(SHAPED.replace('  builds:\n', '  fixed:\n    service-account-name: fixed\n    runner-count: 1\n    runner-name-prefix: fixed\n  builds:\n'))
    expect(runSettings(ws).runners.autoscale?.repositories).toEqual(['octo/app'])
  })

  it('that count different repositories are refused before any request', () => {
    const text = `${HEAD}workloads:
  a:
    service-account-name: a
    runner-count: auto
    runner-max: 2
    runner-repositories: [octo/app]
    runner-name-prefix: a
  b:
    service-account-name: b
    runner-count: auto
    runner-max: 2
    runner-repositories: octo/web
    runner-name-prefix: b
`
    const ws = read(text, { ...INPUTS, 'runner-scope': 'org:octo' })
    expect(ws.map((w) => w.settings.runners.autoscale?.repositories)).toEqual([['octo/app'], ['octo/web']])
    expect(() => runSettings(ws)).toThrow(/Workloads a and b have 'runner-count: auto' with different 'runner-repositories'/)
  })

  it('carry the runner credential of the kind that needs one (ARC) when another workload is the run’s', () => {
    const ws = read(SHAPED)
    expect(ws[0]!.settings.secrets.runnerCredential).toBeUndefined()
    expect(runSettings(ws).secrets.runnerCredential).toBe(ws[2]!.settings.secrets.runnerCredential)
    expect(ws[2]!.settings.secrets.runnerCredential).toContain('ghp_0123456789abcdef')
  })
})
