// The BUILT action (dist/, `npm run build` first) with runners, run as GitHub's runner runs it: a child process,
// trust through NODE_EXTRA_CA_CERTS only, outputs through GITHUB_OUTPUT. The secret search reads everything the
// process wrote (stdout, stderr, outputs, job summary): no JIT config or token may appear anywhere but the Secrets.
import { existsSync } from 'node:fs'
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { runAction } from '../helpers/run-action.js'
import { WORKLOAD } from '../engine/helpers.js'
import { adminCore, sandboxGitHub } from '../kube/helpers.js'
import { JIT_SECRET_KEY } from '../../src/runner-kinds/github.js'
import { jitSecretName, runnerSelector } from '../kube/helpers.js'
import { restrictedViolations } from '../kube/pod-security.js'

let sb: Sandbox
let api: CoreV1Api

beforeAll(async () => {
  if (!existsSync('dist/index.js')) throw new Error('dist/index.js is missing: run `npm run build` first')
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())

test('runners from the bundle: pods, Secrets, GitHub records, outputs; nothing secret in anything it wrote; a re-run writes nothing', async () => {
  // `auth: oidc`: the sandbox's input says 'github-oidc', which the action does not accept.
  const inputs = { ...sb.inputs, ...WORKLOAD, auth: 'oidc', 'runner-count': '2', verify: 'false' }
  const first = await runAction(inputs, sb.env)
  expect(first.errors).toEqual([])
  expect(first.code).toBe(0)

  const pods: V1Pod[] = (await api.listNamespacedPod({ namespace: WORKLOAD.namespace, labelSelector: runnerSelector(WORKLOAD['service-account-name']) })).items
  const names = pods.map((p) => p.metadata!.name!).sort()
  expect(names).toHaveLength(2)
  expect(first.outputs['runner-names']!.split('\n').sort()).toEqual(names)
  expect(first.outputs).toMatchObject({ namespace: WORKLOAD.namespace, 'service-account': WORKLOAD['service-account-name'] })
  expect((await (await sandboxGitHub(sb)).listByPrefix('aks-wi-runner-')).map((r) => r.name).sort()).toEqual(names)
  for (const p of pods) expect(restrictedViolations(p)).toEqual([])

  const jits = await Promise.all(
    names.map(async (n) => Buffer.from((await api.readNamespacedSecret({ name: jitSecretName(n), namespace: WORKLOAD.namespace })).data![JIT_SECRET_KEY]!, 'base64').toString())
  )
  // Each JIT config was masked for the runner (::add-mask::) the moment it arrived ...
  for (const j of jits) expect(first.masks).toContain(j)
  // ... and neither it nor any other credential shows up in what a reader of the log, outputs or summary sees.
  const credentials = [...new Set([...first.masks, ...jits, SEED.adminToken])].filter((s) => s.length >= 16)
  const seen = [first.everything, ...pods.map((p) => JSON.stringify(p))].join('\n')
  for (const c of credentials) expect(seen).not.toContain(c)

  const seq = sb.log.all().at(-1)?.seq ?? 0
  const second = await runAction(inputs, sb.env)
  expect(second.code).toBe(0)
  expect(sb.log.all().filter((e) => e.seq > seq && e.write)).toEqual([])
  expect(second.outputs.changes).toBe('0')
})
