// Issue 18 item 3 "Done when", against the sandbox: a `runner-pod-template` patch adding a toleration and resources
// (with the node selector and labels inputs) reaches the created github runner pod, which the webhook still
// injects and which stays restricted; a re-run writes nothing; a changed patch replaces the pod (the spec hash).
// A patch setting `privileged: true` is refused by the action's entry point before any request: the step fails
// naming the input and the reason, and the sandbox's log holds no request at all.
import { afterAll, afterEach, beforeAll, beforeEach, expect, jest, test } from '@jest/globals'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { run, WORKLOAD } from '../engine/helpers.js'
import { ALL_KINDS } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { run as runMain } from '../../src/main.js'
import { checkInjection } from '../../src/kube/injection.js'
import { SPEC_HASH_ANNOTATION } from '../../src/kube/manifests.js'
import { restrictedViolations } from '../kube/pod-security.js'
import { adminCore, runnerSelector } from '../kube/helpers.js'

let sb: Sandbox
let api: CoreV1Api
let dir: string
const NS = WORKLOAD.namespace
const SA = WORKLOAD['service-account-name']
const saved = { ...process.env }

const TEMPLATE = `spec:
  tolerations:
    - key: kubernetes.azure.com/scalesetpriority
      operator: Equal
      value: spot
      effect: NoSchedule
  containers:
    - name: runner
      resources:
        requests: {cpu: "1", memory: 2Gi}
        limits: {cpu: "2", memory: 6Gi, ephemeral-storage: 20Gi}
`
const SHAPED = {
  'runner-count': '1',
  'runner-pod-template': TEMPLATE,
  'runner-node-selector': 'agentpool=ci',
  'runner-labels-k8s': 'team: platform'
}

const runAction = (inputs: Record<string, string>) =>
  run(sb, inputs, { kinds: ALL_KINDS, desired: desiredState, githubFetch: caFetch(sb.tls.caPem), pollIntervalMs: 50 })
const pods = async (): Promise<V1Pod[]> =>
  (await api.listNamespacedPod({ namespace: NS, labelSelector: runnerSelector(SA) })).items.filter((p) => !p.metadata?.deletionTimestamp)
const lastSeq = (): number => sb.log.all().at(-1)?.seq ?? 0

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
  api = adminCore(sb)
  dir = await mkdtemp(join(tmpdir(), 'aks-wi-shaping-'))
})
afterAll(async () => {
  await sb?.stop()
  await rm(dir, { recursive: true, force: true })
})
beforeEach(() => sb.reset())
afterEach(() => {
  process.env = { ...saved }
  // core.setFailed sets this very process's exit code: the test's failures are its own.
  process.exitCode = undefined
  jest.restoreAllMocks()
})

test('a pod-template patch adding a toleration and resources reaches the created pod; a re-run writes nothing; a changed patch replaces it', async () => {
  const first = await runAction(SHAPED)
  const clientId = first.sink.outputs['client-id']!
  const [pod, ...more] = await pods()
  expect(more).toEqual([])
  expect(pod!.status?.phase).toBe('Running')
  expect(pod!.spec?.tolerations).toContainEqual({
    key: 'kubernetes.azure.com/scalesetpriority',
    operator: 'Equal',
    value: 'spot',
    effect: 'NoSchedule'
  })
  const runner = pod!.spec!.containers.find((c) => c.name === 'runner')!
  expect(runner.resources).toEqual({
    requests: { cpu: '1', memory: '2Gi' },
    limits: { cpu: '2', memory: '6Gi', 'ephemeral-storage': '20Gi' }
  })
  expect(pod!.spec?.nodeSelector).toEqual({ agentpool: 'ci' })
  expect(pod!.metadata?.labels).toMatchObject({ team: 'platform', 'azure.workload.identity/use': 'true' })
  // Still the workload's identity (the webhook injected it) and still restricted.
  expect(pod!.spec?.serviceAccountName).toBe(SA)
  expect(checkInjection(pod!, { clientId, audience: 'api://AzureADTokenExchange', serviceAccount: SA })).toMatchObject({ ok: true })
  expect(restrictedViolations(pod!)).toEqual([])

  const seq = lastSeq()
  const again = await runAction(SHAPED)
  expect(again.sink.outputs.changes).toBe('0')
  expect(sb.log.all().filter((e) => e.seq > seq && e.write)).toEqual([])

  // Another toleration: another spec hash, so plan shows the pods replaced, and apply replaces the pod.
  const changed = TEMPLATE.replace('value: spot', 'value: regular')
  const planSeq = lastSeq()
  const planned = await runAction({ ...SHAPED, 'runner-pod-template': changed, mode: 'plan', 'fail-on-drift': 'false' })
  expect(planned.plan.steps.find((s) => s.kind === 'runner-set')?.action).toBe('replace')
  expect(sb.log.all().filter((e) => e.seq > planSeq && e.write)).toEqual([])
  await runAction({ ...SHAPED, 'runner-pod-template': changed })
  const [replaced, ...others] = await pods()
  expect(others).toEqual([])
  expect(replaced!.metadata?.uid).not.toBe(pod!.metadata?.uid)
  expect(replaced!.metadata?.annotations?.[SPEC_HASH_ANNOTATION]).not.toBe(pod!.metadata?.annotations?.[SPEC_HASH_ANNOTATION])
  expect(replaced!.spec?.tolerations).toContainEqual({
    key: 'kubernetes.azure.com/scalesetpriority',
    operator: 'Equal',
    value: 'regular',
    effect: 'NoSchedule'
  })
})

test('privileged: true is refused before any request: the step fails naming the input and why; the sandbox log is empty', async () => {
  process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md')
  process.env.GITHUB_OUTPUT = join(dir, 'output')
  await writeFile(process.env.GITHUB_STEP_SUMMARY, '')
  await writeFile(process.env.GITHUB_OUTPUT, '')
  const printed: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk))
    return true
  })
  const inputs: Record<string, string> = {
    ...sb.inputs,
    auth: 'oidc',
    ...WORKLOAD,
    'runner-count': '1',
    'runner-pod-template': 'spec:\n  containers:\n    - name: runner\n      securityContext:\n        privileged: true\n'
  }
  let executed = false
  await runMain({
    inputs: { get: (n) => inputs[n] ?? '', mask: () => undefined, env: sb.env },
    execute: async () => {
      executed = true
    }
  })
  jest.restoreAllMocks()
  expect(executed).toBe(false)
  expect(process.exitCode).toBe(1)
  const out = printed.join('')
  expect(out).toContain(
    "Input 'runner-pod-template': the shaped runner pod is refused: spec.containers[name=runner].securityContext.privileged: true gives the container the node's devices, which the restricted pod security standard forbids."
  )
  expect(sb.log.all()).toEqual([])
})
