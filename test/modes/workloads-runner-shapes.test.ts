// Issue 19 item 1 after issue 18, against the whole sandbox: one workloads file gives two of its workloads different
// runner shapes, in the file's own YAML forms. `builds` keeps a plain pod with a node selector, a toleration, resources
// and an annotation; `scale-set` is an ARC runner scale set (minRunners, maxRunners, runner group) with no shaping.
// One run makes both, each object carries its own workload's shape and nothing of the other's, and a re-run writes
// nothing.
import { afterAll, beforeAll, beforeEach, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CustomObjectsApi, KubeConfig, type CoreV1Api, type V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { adminCore, runnerSelector } from '../kube/helpers.js'
import { installArc } from '../kube/arc-install.js'
import { FAST, idTokenFrom } from '../engine/helpers.js'
import { ALL_KINDS, execute } from '../../src/engine.js'
import { readConfig } from '../../src/config/index.js'
import { runSettings, type WorkloadOutput } from '../../src/workloads.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { annotatingSink, BASE_INPUTS, lastSeq, SANDBOX_OPTIONS, writesSince, type Run } from './run.js'

const NS = 'ci'
const G = { group: 'actions.github.com', version: 'v1alpha1', plural: 'autoscalingrunnersets' }

const FILE = `version: 1
identities:
  id-ci: {}
defaults:
  identity: id-ci
  namespace: ${NS}
workloads:
  builds:
    service-account-name: builds
    runner-kind: pod
    runner-count: 1
    runner-node-selector: {agentpool: ci}
    runner-tolerations:
      - key: kubernetes.azure.com/scalesetpriority
        operator: Equal
        value: spot
        effect: NoSchedule
    runner-resources:
      requests: {cpu: 500m, memory: 1Gi}
      limits: {memory: 2Gi}
    runner-annotations: {team: builds}
  scale-set:
    service-account-name: scale-set
    runner-kind: arc
    runner-min: 1
    runner-max: 4
    runner-name-prefix: arc-ci
    arc-github-config-url: https://github.com/octo-org
    arc-runner-group: platform
`

let sb: Sandbox
let core: CoreV1Api
let custom: CustomObjectsApi

async function runFile(): Promise<Run> {
  const inputs: Record<string, string> = { ...sb.inputs, auth: 'oidc', ...BASE_INPUTS }
  const workloads = readConfig(FILE, 'ci.yaml', { get: (n) => inputs[n] ?? '', mask: () => undefined, env: sb.env })
  const sink = annotatingSink()
  const result = await execute(runSettings(workloads), {
    ...FAST,
    kinds: ALL_KINDS,
    workloads,
    sink,
    env: sb.env,
    ca: sb.tls.caPem,
    idToken: idTokenFrom(sb, sb.env),
    azOnPath: async () => false,
    githubFetch: caFetch(sb.tls.caPem)
  })
  return { ...result, sink }
}

const pods = async (sa: string): Promise<V1Pod[]> =>
  (await core.listNamespacedPod({ namespace: NS, labelSelector: runnerSelector(sa) })).items.filter((p) => !p.metadata?.deletionTimestamp)

beforeAll(async () => {
  sb = await startSandbox(SANDBOX_OPTIONS)
  core = adminCore(sb)
  const kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  custom = kc.makeApiClient(CustomObjectsApi)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

it('two workloads of one file, each with its own runner shape: a shaped pod and an ARC scale set', async () => {
  await installArc(sb)
  const first = await runFile()
  const map = JSON.parse(first.outputs.workloads!) as Record<string, WorkloadOutput>
  expect(Object.keys(map)).toEqual(['builds', 'scale-set'])

  // builds: one pod, shaped as its keys say, still the workload's identity.
  const [pod, ...more] = await pods('builds')
  expect(more).toEqual([])
  expect(pod!.spec!.serviceAccountName).toBe('builds')
  expect(pod!.metadata!.labels?.['azure.workload.identity/use']).toBe('true')
  expect(pod!.metadata!.annotations?.team).toBe('builds')
  expect(pod!.spec!.nodeSelector).toEqual({ agentpool: 'ci' })
  expect(pod!.spec!.tolerations).toContainEqual({ key: 'kubernetes.azure.com/scalesetpriority', operator: 'Equal', value: 'spot', effect: 'NoSchedule' })
  expect(pod!.spec!.containers[0]!.resources).toEqual({ requests: { cpu: '500m', memory: '1Gi' }, limits: { memory: '2Gi' } })

  // scale-set: an AutoscalingRunnerSet with its own bounds and group, its pods as scale-set's, none of builds' shape.
  const set = (await custom.getNamespacedCustomObject({ ...G, namespace: NS, name: 'arc-ci' })) as {
    spec: { minRunners: number; maxRunners: number; runnerGroup: string; githubConfigUrl: string; template: { spec: Record<string, unknown> } }
  }
  expect(set.spec).toMatchObject({ minRunners: 1, maxRunners: 4, runnerGroup: 'platform', githubConfigUrl: 'https://github.com/octo-org' })
  const template = set.spec.template.spec
  expect(template.serviceAccountName).toBe('scale-set')
  expect(template.nodeSelector).toBeUndefined()
  expect(template.tolerations ?? []).not.toContainEqual(expect.objectContaining({ key: 'kubernetes.azure.com/scalesetpriority' }))
  expect(await pods('scale-set')).toEqual([])
  // Its configuration Secret holds the token although the run's settings are builds' (a pod kind needs none).
  const secret = await core.readNamespacedSecret({ namespace: NS, name: 'arc-ci-github-config' })
  expect(Buffer.from(secret.data!.github_token!, 'base64').toString()).toBe(sb.inputs['github-token'])
  expect(map['scale-set']!['service-account']).toBe('scale-set')

  // Converged: a re-run of the same file writes nothing.
  const before = lastSeq(sb)
  const again = await runFile()
  expect(writesSince(sb, before).map((e) => `${e.method} ${e.path}`)).toEqual([])
  expect(again.outputs.changes).toBe('0')
}, 120_000)
