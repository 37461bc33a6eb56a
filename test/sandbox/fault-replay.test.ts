// The sandbox features the chaos campaign (bench/chaos.ts) stands on, each through a real client: seeded fault
// rules that replay exactly, faults that hit after the server acted (the write is stored, the answer is lost),
// latency spikes, timeouts that end when the client gives up or the sandbox stops, the full state dump, and
// the ledger of every secret the sandbox issued.
import { Octokit } from '@octokit/rest'
import { ApiException } from '@kubernetes/client-node'
import { Agent, fetch } from 'undici'
import { startSandbox, type Sandbox } from './index.js'
import { SandboxClient } from './client.js'
import type { FaultRule } from './frame.js'
import { armClients, failure, principalCredential, type ArmClients } from './azure/sdk.js'
import { sandboxClients } from './kube/testkit.js'
import { caFetch } from './github/fetch.js'
import { SEED } from './github/index.js'

let sandbox: Sandbox
let admin: SandboxClient
let once: ArmClients

beforeAll(async () => {
  sandbox = await startSandbox()
  admin = new SandboxClient(sandbox.urls.admin, sandbox.tls.caPem)
  once = armClients(sandbox, principalCredential(sandbox), 0)
  await once.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox') // the credential's token, cached
})
afterAll(async () => {
  await admin.close()
  await sandbox.stop()
})
beforeEach(() => admin.reset())

const getCluster = (): Promise<number> =>
  once.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox').then(
    () => 200,
    (e: { statusCode?: number }) => e.statusCode ?? 0
  )
const getIdentity = (name: string): Promise<number> =>
  once.msi.userAssignedIdentities.get('rg-identities', name).then(
    () => 200,
    (e: { statusCode?: number }) => e.statusCode ?? 0
  )
const sequentially = async (n: number, call: () => Promise<number>): Promise<number[]> => {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push(await call())
  return out
}
const octokit = (): Octokit =>
  new Octokit({ auth: SEED.adminToken, baseUrl: sandbox.urls.github, request: { fetch: caFetch(sandbox.tls.caPem) }, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } })
const mix = (): FaultRule[] => [
  { service: 'arm', kind: 'status', status: 503, rate: 0.3 },
  { service: 'arm', kind: 'status', status: 500, rate: 0.3 }
]

describe('seeded fault rules', () => {
  test('the same seed gives the same faults to the same requests; another seed other faults', async () => {
    await admin.addFaults(mix(), 42)
    const first = await sequentially(30, getCluster)
    expect(new Set(first)).toEqual(new Set([200, 500, 503]))

    await admin.clearFaults()
    await admin.addFaults(mix(), 42)
    expect(await sequentially(30, getCluster)).toEqual(first)

    await admin.clearFaults()
    await admin.addFaults(mix(), 43)
    expect(await sequentially(30, getCluster)).not.toEqual(first)
  })

  test("one operation's draws do not depend on the other operations in flight", async () => {
    await admin.addFaults(mix(), 'interleaved')
    const alone = await sequentially(20, getCluster)

    await admin.clearFaults()
    await admin.addFaults(mix(), 'interleaved')
    const interleaved: number[] = []
    for (let i = 0; i < 20; i++) {
      // Other operations, some at the same time as the cluster reads: they draw from their own streams.
      const [cluster] = await Promise.all([getCluster(), getIdentity('id-none'), i % 3 ? getIdentity('id-other') : Promise.resolve(0)])
      interleaved.push(cluster)
    }
    expect(interleaved).toEqual(alone)
  })

  test('a seeded rule draws whether or not an earlier rule failed the request', async () => {
    const late: FaultRule = { service: 'arm', kind: 'status', status: 500, rate: 0.5 }
    await admin.addFaults([late], 7)
    const lateAlone = await sequentially(20, getCluster)

    await admin.clearFaults()
    // An earlier rule now fails every third request first; the later rule's own draws are unchanged.
    await admin.addFaults([{ service: 'arm', operation: 'ManagedClusters_Get', kind: 'status', status: 429, retryAfter: 0, rate: 0.34 }, late], 7)
    const both = await sequentially(20, getCluster)
    both.forEach((status, i) => expect(status === 429 || status === lateAlone[i]).toBe(true))
    expect(both.filter((s) => s === 429).length).toBeGreaterThan(0)
  })

  test('a rule set is listed with its seed on each rule, and a rule keeps its own seed', async () => {
    const ids = await admin.addFaults([{ kind: 'reset', rate: 0.1 }, { kind: 'reset', rate: 0.1, seed: 'own' }], 5)
    const rules = await admin.faults()
    expect(rules.map((r) => [r.id, r.seed])).toEqual([
      [ids[0], 5],
      [ids[1], 'own']
    ])
  })
})

describe('faults after the server acted', () => {
  test('reset after the write: the client sees a network error, and the identity exists', async () => {
    await admin.addFault({ service: 'arm', operation: 'UserAssignedIdentities_CreateOrUpdate', kind: 'reset', phase: 'after' })
    const e = await failure(once.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-lost', { location: 'eastus' }))
    expect(e.code).toMatch(/ECONNRESET|REQUEST_SEND_ERROR/)
    expect(e.statusCode).toBeUndefined()
    await admin.clearFaults()
    expect(await getIdentity('id-lost')).toBe(200)
    const entry = (await admin.log()).find((l) => l.operation === 'UserAssignedIdentities_CreateOrUpdate')!
    expect(entry).toMatchObject({ status: 0, acted: 201, write: true })
    expect(entry.fault).toBeDefined()
  })

  test('500 after the write on Kubernetes: the client sees the error, and the service account exists', async () => {
    const { core } = sandboxClients(sandbox)
    await admin.addFault({ service: 'kube', operation: 'kube.object.create', kind: 'status', status: 500, phase: 'after' })
    const err = await core.createNamespacedServiceAccount({ namespace: 'default', body: { metadata: { name: 'sa-lost' } } }).catch((x: unknown) => x)
    expect(err).toBeInstanceOf(ApiException)
    expect((err as ApiException<unknown>).code).toBe(500)
    expect((await core.readNamespacedServiceAccount({ namespace: 'default', name: 'sa-lost' })).metadata?.name).toBe('sa-lost')
    expect((await admin.log()).find((l) => l.operation === 'kube.object.create')).toMatchObject({ status: 500, acted: 201 })
  })

  test('timeout after the write on GitHub: the JIT runner is registered, the answer never comes; the log entry ends when the client gives up', async () => {
    const id = await admin.addFault({ service: 'github', method: 'POST|PUT', kind: 'timeout', phase: 'after' })
    const controller = new AbortController()
    const request = { signal: controller.signal }
    const pending = octokit().rest.actions.generateRunnerJitconfigForRepo({ owner: 'octo-org', repo: 'octo-repo', name: 'lost-runner', runner_group_id: 1, labels: ['x'], request })
    pending.catch(() => undefined) // awaited below, after the abort
    // The rule keeps the request unanswered once the handler has acted: the runner is registered by then.
    await sandbox.faults.held(id)
    expect((await admin.github.runners()).find((r) => r.name === 'lost-runner')?.status).toBe('offline')
    // Still unanswered: nothing in the log yet. The client gives up; then the entry appears.
    expect((await admin.log()).filter((l) => l.service === 'github')).toEqual([])
    controller.abort()
    await expect(pending).rejects.toThrow()
    const entry = await sandbox.log.next((l) => l.service === 'github')
    expect(entry).toMatchObject({ status: 0, acted: 201, method: 'POST' })
    expect((await admin.log()).filter((l) => l.service === 'github')).toHaveLength(1)
  })

  test('the method of a rule may list alternatives; reads are not hit by a writes-only rule', async () => {
    await admin.addFault({ service: 'arm', method: 'put|delete', kind: 'status', status: 503, phase: 'after' })
    expect(await getIdentity('id-none')).toBe(404)
    const e = await failure(once.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-alt', { location: 'eastus' }))
    expect(e.statusCode).toBe(503)
    await admin.clearFaults()
    expect(await getIdentity('id-alt')).toBe(200)
  })
})

describe('latency spikes', () => {
  test('kind latency delays a seeded share of requests and fails none; the log names the spike', async () => {
    const ids = await admin.addFaults([{ service: 'arm', operation: 'ManagedClusters_Get', kind: 'latency', latencyMs: 20, rate: 0.5 }], 3)
    expect(new Set(await sequentially(16, getCluster))).toEqual(new Set([200]))
    const spiked = (await admin.log()).map((l) => (l.spikes ?? []).length)
    expect(spiked.filter((n) => n === 1).length).toBeGreaterThan(0)
    expect((await admin.log()).find((l) => l.spikes)!.spikes).toEqual([ids[0]])
    expect(spiked.filter((n) => n === 0).length).toBeGreaterThan(0)
    // Replayed with the same seed: the same requests are delayed.
    await admin.reset()
    await admin.addFaults([{ service: 'arm', operation: 'ManagedClusters_Get', kind: 'latency', latencyMs: 20, rate: 0.5 }], 3)
    await sequentially(16, getCluster)
    expect((await admin.log()).map((l) => (l.spikes ?? []).length)).toEqual(spiked)
  })
})

describe('a timeout does not hold the sandbox open', () => {
  test('stop() ends held requests and pending latency; the clients see their connections close', async () => {
    const sb = await startSandbox()
    const dispatcher = new Agent({ connect: { ca: sb.tls.caPem } })
    try {
      const timeout = sb.faults.add({ service: 'github', kind: 'timeout', times: 1 })
      const latency = sb.faults.add({ service: 'arm', kind: 'latency', latencyMs: 3_600_000, times: 1 })
      // Neither request has a client timeout: only the sandbox stopping can end them.
      const held = fetch(`${sb.urls.github}/repos/octo-org/octo-repo/actions/runners`, { dispatcher }).then(() => 'answered', (e: Error) => e.name)
      const slow = fetch(`${sb.urls.arm}/subscriptions`, { dispatcher }).then(() => 'answered', (e: Error) => e.name)
      // Both requests are in flight: one unanswered, one in its latency.
      await Promise.all([sb.faults.held(timeout), sb.faults.held(latency)])
      await sb.stop()
      expect(await held).toBe('TypeError') // fetch failed: the socket closed
      expect(await slow).toBe('TypeError')
      expect(await sb.log.next((e) => e.service === 'github')).toMatchObject({ status: 0 })
    } finally {
      await dispatcher.close()
    }
  })
})

describe('the ledger of issued secrets', () => {
  test('access tokens, service-account tokens, ID tokens, JIT configs and the seeded credentials are listed', async () => {
    const before = (await admin.secrets()).at(-1)?.seq ?? 0
    // An Entra access token, through the Azure SDK's credential.
    const token = await principalCredential(sandbox).getToken(`${sandbox.urls.arm}/.default`)
    // A service-account token, through the Kubernetes client's TokenRequest.
    const { core } = sandboxClients(sandbox)
    const tr = await core.createNamespacedServiceAccountToken({ namespace: 'default', name: 'default', body: { spec: { audiences: ['api://AzureADTokenExchange'] } } })
    // A GitHub Actions ID token, as the toolkit asks the runner for it.
    const dispatcher = new Agent({ connect: { ca: sandbox.tls.caPem } })
    const idRes = await fetch(`${sandbox.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=api://AzureADTokenExchange`, { dispatcher, headers: { authorization: `Bearer ${sandbox.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` } })
    const idToken = ((await idRes.json()) as { value: string }).value
    await dispatcher.close()
    // A JIT runner configuration, through Octokit.
    const jit = (await octokit().rest.actions.generateRunnerJitconfigForRepo({ owner: 'octo-org', repo: 'octo-repo', name: 'ledger-runner', runner_group_id: 1, labels: ['x'] })).data.encoded_jit_config

    const issued = await admin.secrets(before)
    const kindOf = (v: string) => issued.find((s) => s.value === v)?.kind
    expect([kindOf(token.token), kindOf(tr.status!.token), kindOf(idToken), kindOf(jit)]).toEqual(['entra-access-token', 'kube-service-account-token', 'github-id-token', 'github-jit-config'])
    expect(issued.some((s) => s.kind === 'github-runner-key')).toBe(true)
    // Seeded at start: the GitHub tokens, the ID-token request bearer, the admin kubeconfig's token, the principal's secret.
    const all = await admin.secrets()
    const seeded = new Set(all.filter((s) => s.seq <= before).map((s) => s.kind))
    expect([...seeded].sort()).toEqual(expect.arrayContaining(['client-secret', 'github-token', 'idtoken-request-token', 'kube-admin-token']))
    expect(all.map((s) => s.value)).toContain(SEED.adminToken)
    expect(all.map((s) => s.value)).toContain(sandbox.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
  })

  test('the full state dump has every Kubernetes object, with Secret data as digests only', async () => {
    const { core } = sandboxClients(sandbox)
    await core.createNamespacedSecret({ namespace: 'default', body: { metadata: { name: 's1', labels: { a: 'b' } }, stringData: { key: 'hunter2' } } })
    const state = await admin.state<{ kube: { objects: Record<string, Array<{ metadata: { name: string; labels?: Record<string, string> }; data?: Record<string, string> }>> } }>('full')
    const s1 = state.kube.objects.secrets!.find((s) => s.metadata.name === 's1')!
    expect(s1.metadata.labels).toEqual({ a: 'b' })
    expect(s1.data!.key).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(JSON.stringify(state)).not.toContain(Buffer.from('hunter2').toString('base64'))
    // The summary stays the names only.
    const summary = await admin.state<{ kube: { objects: Record<string, string[]> } }>()
    expect(summary.kube.objects.secrets).toContain('default/s1')
  })
})
