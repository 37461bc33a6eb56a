// Issue 19 item 2, many workloads in one run (a workloads file) against the whole sandbox: three workloads, two of
// them sharing an identity. Apply makes every workload's objects with one cluster read, one read of the shared
// identity and one role-assignment list per principal and scope; a re-run writes nothing; a plan reports drift in
// one workload under that workload's name; destroy removes the file's objects and nothing of a workload outside it.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { CoreV1Api } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { adminCore } from '../kube/helpers.js'
import { azure, FAST, idTokenFrom } from '../engine/helpers.js'
import { ALL_KINDS, execute } from '../../src/engine.js'
import { readConfig } from '../../src/config/index.js'
import { runSettings, type WorkloadOutput } from '../../src/workloads.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { annotatingSink, BASE_INPUTS, lastSeq, runAll, type Run } from './run.js'
import { clientRequests } from '../sandbox/log-analysis.js'

let sb: Sandbox
let api: CoreV1Api
const NS = 'team'
const rgScope = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`

/** api and worker share id-shared (its role on the identity); solo has its own identity and role. */
const teamFile = (): string => `version: 1
identities:
  id-shared:
    role-assignments:
      - role: Reader
        scope: ${rgScope()}
  id-solo: {}
defaults:
  namespace: ${NS}
workloads:
  api:
    identity: id-shared
    service-account-name: api
  worker:
    identity: id-shared
    service-account-name: worker
  solo:
    identity: id-solo
    service-account-name: solo
    role-assignments:
      - role: Reader
        scope: ${rgScope()}
`

/** Runs the file's workloads in one run, the sandbox's inputs as their defaults (as the `config` input does). */
async function runFile(mode: 'apply' | 'plan' | 'destroy', text = teamFile()): Promise<Run> {
  const inputs: Record<string, string> = { ...sb.inputs, auth: 'oidc', ...BASE_INPUTS, mode, 'fail-on-drift': 'false' }
  const workloads = readConfig(text, 'team.yaml', { get: (n) => inputs[n] ?? '', mask: () => undefined, env: sb.env })
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

const since = (seq: number) => clientRequests(sb.log.all().filter((e) => e.seq > seq))
const identities = () => [...azure(sb).world.identities.values()]
const identity = (name: string) => identities().find((i) => i.name === name)
const map = (r: Run) => JSON.parse(r.outputs.workloads!) as Record<string, WorkloadOutput>
const saNames = async () => (await api.listNamespacedServiceAccount({ namespace: NS })).items.map((s) => s.metadata!.name!).sort()

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true, consistency: { clusterOperationMs: 100 } } })
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('a workloads file of three workloads, two sharing an identity', () => {
  it('applies them in one run with shared reads, a re-run writes nothing, and the outputs map each workload', async () => {
    // Credential writes slow enough to overlap if they were not one after another.
    sb.faults.add({ service: 'arm', method: 'PUT', path: 'federatedIdentityCredentials/', latencyMs: 150 })
    const before = lastSeq(sb)
    const applied = await runFile('apply')
    const requests = since(before)
    // The shared identity's two credentials: written one after another (Azure refuses concurrent writes on one identity).
    const ficPuts = requests.filter((e) => e.method === 'PUT' && /id-shared\/federatedIdentityCredentials\//i.test(e.path)).sort((a, b) => a.start - b.start)
    expect(ficPuts).toHaveLength(2)
    expect(ficPuts[0]!.end).toBeLessThanOrEqual(ficPuts[1]!.start)

    // One identity resource for the two workloads that share it, one federated credential per workload.
    const shared = identity('id-shared')!
    const solo = identity('id-solo')!
    expect(
      identities()
        .map((i) => i.name)
        .sort()
    ).toEqual(['id-shared', 'id-solo'])
    expect([...shared.fics.values()].map((f) => f.subject).sort()).toEqual([
      `system:serviceaccount:${NS}:api`,
      `system:serviceaccount:${NS}:worker`
    ])
    expect([...solo.fics.values()].map((f) => f.subject)).toEqual([`system:serviceaccount:${NS}:solo`])
    // The shared identity's role once (it is the identity's), solo's own once.
    const assignments = [...azure(sb).world.roleAssignments.values()]
    expect(assignments.filter((a) => a.principalId === shared.principalId)).toHaveLength(1)
    expect(assignments.filter((a) => a.principalId === solo.principalId)).toHaveLength(1)
    expect(await saNames()).toEqual(['api', 'default', 'solo', 'worker'])

    // One cluster read, one read of the shared identity and one list of its credentials, one role-definition lookup.
    const counts = (reqs: typeof requests) => {
      const ops = (re: RegExp) => reqs.filter((e) => re.test(`${e.method} ${e.path.split('?')[0]}`)).length
      return {
        cluster: ops(/^GET .*\/managedClusters\/aks-sandbox$/i),
        sharedIdentity: ops(/^GET .*\/userAssignedIdentities\/id-shared$/i),
        sharedCredentials: ops(/^GET .*\/userAssignedIdentities\/id-shared\/federatedIdentityCredentials$/i),
        roleDefinitions: ops(/^GET .*\/roleDefinitions$/i)
      }
    }
    expect(counts(requests)).toEqual({ cluster: 1, sharedIdentity: 1, sharedCredentials: 1, roleDefinitions: 1 })

    const m = map(applied)
    expect(Object.keys(m)).toEqual(['api', 'worker', 'solo'])
    expect(m.api).toMatchObject({
      'client-id': shared.clientId,
      'principal-id': shared.principalId,
      namespace: NS,
      'service-account': 'api',
      'identity-name': 'id-shared'
    })
    expect(m.worker!['client-id']).toBe(shared.clientId)
    expect(m.solo).toMatchObject({ 'client-id': solo.clientId, 'service-account': 'solo', 'identity-name': 'id-solo' })
    expect(m.api!['federated-credential']).not.toBe(m.worker!['federated-credential'])
    expect(m.solo!['role-assignment-ids']).toHaveLength(1)
    // Several workloads: the single-workload outputs are empty, the run-wide ones set.
    expect(applied.outputs['client-id']).toBe('')
    expect(applied.outputs['oidc-issuer-url']).toMatch(/^https:/)
    expect(applied.sink.summaries.at(-1)).toContain('#### Workloads')

    // The service accounts carry their identity's client ID.
    const sa = await api.readNamespacedServiceAccount({ namespace: NS, name: 'worker' })
    expect(sa.metadata?.annotations?.['azure.workload.identity/client-id']).toBe(shared.clientId)

    const again = lastSeq(sb)
    const rerun = await runFile('apply')
    expect(sb.log.all().filter((e) => e.seq > again && e.write)).toEqual([])
    const reads = since(again)
    expect(counts(reads)).toEqual({ cluster: 1, sharedIdentity: 1, sharedCredentials: 1, roleDefinitions: 1 })
    // One role-assignment list per principal and scope: the shared identity's and solo's.
    const lists = reads.filter((e) => /\/roleAssignments$/i.test(e.path.split('?')[0]!)).map((e) => decodeURIComponent(e.path))
    expect(lists).toHaveLength(2)
    expect(lists.filter((l) => l.includes(shared.principalId))).toHaveLength(1)
    expect(lists.filter((l) => l.includes(solo.principalId))).toHaveLength(1)
    expect(rerun.outputs.changes).toBe('0')
    expect(Object.values(map(rerun)).map((w) => w.drift)).toEqual([false, false, false])
  }, 120_000)

  it('plans drift in one workload under its name, and writes nothing', async () => {
    await runFile('apply')
    // Someone repoints worker's service account at another identity.
    const sa = await api.readNamespacedServiceAccount({ namespace: NS, name: 'worker' })
    sa.metadata!.annotations!['azure.workload.identity/client-id'] = '00000000-0000-0000-0000-000000000000'
    await api.replaceNamespacedServiceAccount({ namespace: NS, name: 'worker', body: sa, fieldManager: 'kubectl-annotate' })
    const before = lastSeq(sb)
    const plan = await runFile('plan')
    expect(sb.log.all().filter((e) => e.seq > before && e.write)).toEqual([])
    const drifted = plan.plan.steps.filter((s) => s.action !== 'unchanged')
    expect(drifted.map((s) => [s.key, s.workloads])).toEqual([[`service-account:${NS}/worker`, ['worker']]])
    const m = map(plan)
    expect([m.api!.drift, m.worker!.drift, m.solo!.drift]).toEqual([false, true, false])
    // The log groups the plan: the drifted step under "Workload worker:".
    const lines = plan.sink.lines
    const head = lines.indexOf('Workload worker:')
    expect(head).toBeGreaterThan(-1)
    expect(lines.slice(head + 1).find((l) => l.includes(`service-account:${NS}/worker`))).toMatch(/^ {2}~ update/)
    expect(lines).toContain('Shared by api, worker:')
    // The cluster and the namespace: every workload's.
    expect(lines[lines.indexOf('Shared by every workload:') + 1]).toMatch(/^ {2}= unchanged cluster:/)
    expect(plan.outputs.drift).toBe('true')
  }, 120_000)

  it('destroys only the file’s objects: a workload outside the file in the same namespace stays', async () => {
    // A workload of its own step, in the same namespace.
    const outside = await runAll(sb, { 'identity-name': 'id-outside', namespace: NS, 'service-account-name': 'outsider' })
    await runFile('apply')
    const destroyed = await runFile('destroy')
    expect(destroyed.plan.mode).toBe('destroy')
    expect(identities().map((i) => i.name)).toEqual(['id-outside'])
    expect(await saNames()).toEqual(['default', 'outsider'])
    // The namespace holds the outsider: kept, with the reason.
    expect(destroyed.plan.steps.find((s) => s.key === `namespace:${NS}`)?.action).toBe('unchanged')
    const kept = identity('id-outside')!
    expect(kept.clientId).toBe(outside.outputs['client-id'])
    expect([...kept.fics.values()]).toHaveLength(1)
    // A second destroy: nothing left of the file's.
    const before = lastSeq(sb)
    await runFile('destroy')
    expect(sb.log.all().filter((e) => e.seq > before && e.write)).toEqual([])
  }, 120_000)

  it('keeps a shared identity that holds a credential the file does not declare, and counts it against the limit', async () => {
    await runFile('apply')
    const shared = identity('id-shared')!
    // Someone else's credential on the shared identity.
    await runAll(sb, { 'identity-name': 'id-shared', namespace: 'elsewhere', 'service-account-name': 'other' })
    expect(shared.fics.size).toBe(3)
    const destroyed = await runFile('destroy')
    expect(destroyed.plan.steps.find((s) => s.key === 'identity:rg-aks-sandbox/id-shared')?.action).toBe('unchanged')
    expect(identity('id-shared')).toBeDefined()
    expect([...identity('id-shared')!.fics.values()].map((f) => f.subject)).toEqual(['system:serviceaccount:elsewhere:other'])
    expect(identity('id-solo')).toBeUndefined()
  }, 120_000)
})

it('refuses, before any write, a file whose workloads would take an identity over 20 credentials with those already on it', async () => {
  // 18 credentials someone else made on the identity, and a file of three workloads on it: 21.
  await runAll(sb, { 'identity-name': 'id-full', namespace: 'seed', 'service-account-name': 'seed-0' })
  const full = identity('id-full')!
  const first = [...full.fics.values()][0]!
  for (let i = 1; i < 18; i++) {
    const id = first.id.replace(/[^/]+$/, `other-${i}`)
    full.fics.set(id.toLowerCase(), { ...first, id, name: `other-${i}`, subject: `system:serviceaccount:seed:other-${i}` })
  }
  const text = `version: 1
identities:
  id-full: {}
defaults: { namespace: full, identity: id-full }
workloads:
  a: { service-account-name: a }
  b: { service-account-name: b }
  c: { service-account-name: c }
`
  const before = lastSeq(sb)
  const err = await runFile('apply', text).then(
    () => undefined,
    (e: unknown) => e as Error
  )
  expect(err?.message).toMatch(
    /federated credential\(s\) this run does not declare and the run declares 3 on it: 21, over Azure's limit of 20/
  )
  expect(sb.log.all().filter((e) => e.seq > before && e.write && /federatedIdentityCredentials/.test(e.path))).toEqual([])
}, 120_000)
