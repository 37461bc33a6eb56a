// Issue 12, "Concurrent runs oversubscribe runners" and interruption: runs of one workload take turns on its Lease
// (src/kube/lease.ts), so 4 identical runs at once end with exactly runner-count pods and registrations and none
// removes a sibling's; what a killed run left half-made (a registration without its pod, a pod without its Secret, a
// Secret without its pod, the Lease itself) is repaired by the next run; a stopped run removes what it half-made.
// The engine in-process against the whole sandbox; time for the Lease's expiry is driven by the test's clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { CoordinationV1Api, KubeConfig, type CoreV1Api } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { adminCore, sandboxGitHub } from '../kube/helpers.js'
import { FAST_TRANSPORT } from '../transport/helpers.js'
import { coreApi } from '../../src/kube/client.js'
import { FAST, idTokenFrom, settingsFor } from '../engine/helpers.js'
import { annotatingSink, livePods, SANDBOX_OPTIONS, type Run } from '../modes/helpers.js'
import { ALL_KINDS, execute, type EngineDeps } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { settingsOwnerKey } from '../../src/ownership.js'
import { credentialSecretManifest, runnerName, runnerPodManifest, type RunnerPodInput } from '../../src/kube/manifests.js'
import { createRunner, RunnerError } from '../../src/kube/runner-pods.js'
import { acquireLease, LEASE_DURATION_SECONDS, microTime } from '../../src/kube/lease.js'
import { runnerLeaseName } from '../../src/kube/runner-set.js'
import type { RetryClock } from '../../src/retry.js'
import type { GitHubRunners } from '../../src/github/runners.js'

let sb: Sandbox
let api: CoreV1Api
let leases: CoordinationV1Api
const NS = 'apps'
const SA = 'app-sa'

/** A clock whose sleeps pass at once and move its time on: waiting for a Lease to expire takes no wall time. */
function virtualClock(): RetryClock {
  let t = Date.now()
  return { now: () => t, sleep: async (ms) => void (t += ms) }
}

async function runAction(inputs: Record<string, string>, deps: Partial<EngineDeps> = {}): Promise<Run> {
  const sink = annotatingSink()
  const result = await execute(settingsFor(sb, { verify: 'false', ...inputs }, sb.env), {
    ...FAST,
    kinds: ALL_KINDS,
    desired: desiredState,
    sink,
    env: sb.env,
    ca: sb.tls.caPem,
    idToken: idTokenFrom(sb, sb.env),
    azOnPath: async () => false,
    githubFetch: caFetch(sb.tls.caPem),
    ...deps
  })
  return { ...result, sink }
}

const key = () => settingsOwnerKey(settingsFor(sb), sb.subscriptionId)
const slot = (n: number) => runnerName('aks-wi-runner', key(), n)
const registrations = async () => (await (await sandboxGitHub(sb)).listByPrefix('aks-wi-runner-')).map((r) => r.name).sort()
const podNames = async () => (await livePods(api, NS, SA)).map((p) => p.metadata!.name!).sort()
/** What the chaos campaign calls orphans: registrations without a live pod, our Secrets whose pod is gone. */
async function orphans(): Promise<string[]> {
  const pods = await livePods(api, NS, SA)
  const names = new Set(pods.map((p) => p.metadata!.name))
  const uids = new Set(pods.map((p) => p.metadata!.uid))
  const secrets = (await api.listNamespacedSecret({ namespace: NS, labelSelector: `aks-workload-identity/owner=${key()}` })).items
  return [
    ...(await registrations()).filter((r) => !names.has(r)).map((r) => `registration ${r}`),
    ...secrets.filter((s) => !s.metadata?.ownerReferences?.some((o) => uids.has(o.uid))).map((s) => `Secret ${s.metadata!.name}`)
  ]
}

beforeAll(async () => {
  sb = await startSandbox(SANDBOX_OPTIONS)
  api = adminCore(sb)
  const kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  leases = kc.makeApiClient(CoordinationV1Api)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('concurrent runs of one workload', () => {
  it('4 identical runs at once with runner-count 2: all succeed, 2 pods and 2 registrations, none deleted by a sibling', async () => {
    // Pod creation answers slowly, so that every run has observed "no pods" before the first one exists.
    sb.faults.add({ service: 'kube', method: 'POST', path: `/namespaces/${NS}/pods(\\?|$)`, latencyMs: 400 })
    const since = sb.log.all().at(-1)?.seq ?? 0
    const runs = await Promise.all(Array.from({ length: 4 }, () => runAction({ 'runner-count': '2' })))
    expect(runs.every((r) => r.plan.steps.find((s) => s.kind === 'runner-set')?.action === 'create')).toBe(true)
    expect(await podNames()).toEqual([slot(0), slot(1)])
    expect(await registrations()).toEqual([slot(0), slot(1)])
    const log = sb.log.all().filter((e) => e.seq > since)
    // Exactly two registrations and two pods were ever made; no registration or pod was deleted.
    expect(log.filter((e) => e.service === 'github' && e.method === 'POST' && e.status < 400)).toHaveLength(2)
    expect(log.filter((e) => e.service === 'kube' && e.method === 'POST' && /\/pods$/.test(e.path.split('?')[0]!) && e.status < 400)).toHaveLength(2)
    expect(log.filter((e) => e.method === 'DELETE' && (e.service === 'github' || /\/pods\//.test(e.path)))).toEqual([])
    // The runs that waited say so, and found the work done.
    const said = runs.flatMap((r) => r.sink.lines)
    expect(said.filter((l) => l.includes('nothing left to do (another run of this workload made the changes meanwhile)')).length).toBeGreaterThan(0)
    expect(runs.map((r) => r.outputs['runner-names']!.split('\n').sort())).toEqual(Array.from({ length: 4 }, () => [slot(0), slot(1)]))
    expect(await orphans()).toEqual([])
  })
})

describe('after a run killed at any point, the next run converges with no duplicates and no orphans', () => {
  it('a registration without its pod, a pod without its Secret, a Secret without its pod and a Lease its dead holder kept are all repaired', async () => {
    const first = await runAction({ 'runner-count': '0' })
    const s = settingsFor(sb, { 'runner-count': '2' })
    const input: RunnerPodInput = {
      kind: 'github',
      options: {},
      namespace: NS,
      serviceAccount: SA,
      image: s.runners.image,
      namePrefix: s.runners.namePrefix,
      clientId: first.outputs['client-id']!,
      tenantId: sb.tenantId,
      ownerKey: key()
    }
    const github = await sandboxGitHub(sb)
    // Killed after registering slot 0, before its pod.
    await github.generateJitConfig(slot(0))
    // Killed after creating slot 1's pod, before its Secret.
    const jit1 = await github.generateJitConfig(slot(1))
    await api.createNamespacedPod({ namespace: NS, body: runnerPodManifest(input, slot(1), jit1.runner.id) })
    // A Secret whose pod is gone (its pod deleted, the Secret made after; the garbage collector has not run).
    await api.createNamespacedSecret({
      namespace: NS,
      body: credentialSecretManifest({ namespace: NS, name: `${slot(5)}-jitconfig`, key: 'jitconfig', value: 'x', component: 'github-runner', ownerKey: key() }, { name: slot(5), uid: 'gone' })
    })
    // And the Lease it held, renewed just now by a run that will never renew it again.
    await leases.createNamespacedLease({
      namespace: NS,
      body: {
        metadata: { name: runnerLeaseName(key()), namespace: NS },
        spec: { holderIdentity: 'killed run', leaseDurationSeconds: LEASE_DURATION_SECONDS, renewTime: microTime(Date.now()) as unknown as Date }
      }
    })

    const plan = await runAction({ 'runner-count': '2', mode: 'plan', 'fail-on-drift': 'false' })
    expect(plan.plan.steps.find((s) => s.kind === 'runner-set')!.diff).toEqual([
      { field: 'runners', from: 1, to: 2 },
      { field: 'pods.secret-missing', from: slot(1) },
      { field: 'github.orphaned-runners', from: slot(0) },
      { field: 'secrets.orphaned', from: `${slot(5)}-jitconfig` }
    ])
    const r = await runAction({ 'runner-count': '2' }, { clock: virtualClock() })
    expect(r.sink.lines.join('\n')).toContain(`Lease ${NS}/${runnerLeaseName(key())}: taken over from killed run, which stopped renewing it.`)
    expect((await podNames()).length).toBe(2)
    expect(await registrations()).toEqual(await podNames())
    expect(await orphans()).toEqual([])
    const lease = await leases.readNamespacedLease({ name: runnerLeaseName(key()), namespace: NS })
    // Released at the end of the run: free for the next one, and the takeover counted.
    expect(lease.spec?.holderIdentity).toBeUndefined()
    expect(lease.spec?.leaseTransitions).toBe(1)
    // A rerun has nothing to do.
    const again = await runAction({ 'runner-count': '2' })
    expect(again.plan.steps.every((s) => s.action === 'unchanged')).toBe(true)
  })

  it('a run that is stopped while making a runner removes what it made of it (registration, pod)', async () => {
    const first = await runAction({ 'runner-count': '0' })
    const s = settingsFor(sb, { 'runner-count': '1' })
    const input: RunnerPodInput = {
      kind: 'github',
      options: {},
      namespace: NS,
      serviceAccount: SA,
      image: s.runners.image,
      namePrefix: s.runners.namePrefix,
      clientId: first.outputs['client-id']!,
      tenantId: sb.tenantId,
      ownerKey: key()
    }
    const expect_ = { clientId: input.clientId, audience: 'api://AzureADTokenExchange', serviceAccount: SA }
    const real = await sandboxGitHub(sb)
    // Stopped right after the registration was made...
    const stop1 = new AbortController()
    const github: GitHubRunners = { ...real, generateJitConfig: async (name) => real.generateJitConfig(name).finally(() => stop1.abort()) }
    const err1 = await createRunner({ api, github, info: () => undefined, signal: stop1.signal }, input, expect_, slot(0)).catch((e: unknown) => e)
    expect(err1).toBeInstanceOf(RunnerError)
    expect((err1 as Error).message).toMatch(/stopped before it was complete/)
    expect(await registrations()).toEqual([])
    // ...and right after the pod was created.
    const stop2 = new AbortController()
    const core = new Proxy(api, {
      get: (target, prop, receiver) =>
        prop === 'createNamespacedPod'
          ? (...args: Parameters<CoreV1Api['createNamespacedPod']>) => target.createNamespacedPod(...args).finally(() => stop2.abort())
          : (Reflect.get(target, prop, receiver) as unknown)
    })
    const err2 = await createRunner({ api: core, github: real, info: () => undefined, signal: stop2.signal }, input, expect_, slot(0)).catch((e: unknown) => e)
    expect(err2).toBeInstanceOf(RunnerError)
    expect(await registrations()).toEqual([])
    expect(await podNames()).toEqual([])
    expect(await orphans()).toEqual([])
    // The run's register of half-made things (src/model.ts halfMade) holds the runner exactly while it is incomplete;
    // its undo removes it, as the run's clean-up calls it when this function cannot finish.
    const pending = new Map<string, (signal: AbortSignal) => Promise<void>>()
    const halfMade = (what: string, undo: (signal: AbortSignal) => Promise<void>) => (pending.set(what, undo), () => void pending.delete(what))
    let seen: string[] = []
    const watching: GitHubRunners = { ...real, generateJitConfig: async (name) => real.generateJitConfig(name).finally(() => (seen = [...pending.keys()])) }
    await createRunner({ api, github: watching, info: () => undefined, halfMade }, input, expect_, slot(0))
    expect(seen).toEqual([])
    expect(pending.size).toBe(0)
    const undoCheck = new Map<string, (signal: AbortSignal) => Promise<void>>()
    const core2 = new Proxy(api, {
      get: (target, prop, receiver) =>
        prop === 'createNamespacedSecret'
          ? async (...args: Parameters<CoreV1Api['createNamespacedSecret']>) => {
              for (const [k, v] of pending) undoCheck.set(k, v)
              return target.createNamespacedSecret(...args)
            }
          : (Reflect.get(target, prop, receiver) as unknown)
    })
    await createRunner({ api: core2, github: real, info: () => undefined, halfMade }, input, expect_, slot(1))
    expect([...undoCheck.keys()]).toEqual([`runner ${NS}/${slot(1)}`])
    await undoCheck.get(`runner ${NS}/${slot(1)}`)!(AbortSignal.timeout(5000))
    expect(await registrations()).toEqual([slot(0)])
    expect(await podNames()).toEqual([slot(0)])
  })
})

describe('creates whose answer was lost (issue 12: a 409 after a lost answer is success when the object is ours)', () => {
  /** A runner's input for slot names of this workload, once the identity and service account exist. */
  async function runnerInput(): Promise<{ input: RunnerPodInput; expect_: { clientId: string; audience: string; serviceAccount: string } }> {
    const first = await runAction({ 'runner-count': '0' })
    const s = settingsFor(sb, { 'runner-count': '1' })
    const input: RunnerPodInput = {
      kind: 'github',
      options: {},
      namespace: NS,
      serviceAccount: SA,
      image: s.runners.image,
      namePrefix: s.runners.namePrefix,
      clientId: first.outputs['client-id']!,
      tenantId: sb.tenantId,
      ownerKey: key()
    }
    return { input, expect_: { clientId: input.clientId, audience: 'api://AzureADTokenExchange', serviceAccount: SA } }
  }
  /** core/v1 through the action's transport (its retries mark a repeat's 409 as possibly our own). */
  const transportCore = async () => {
    const kc = new KubeConfig()
    kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
    return coreApi(kc, { policy: FAST_TRANSPORT })
  }

  it("the pod's and the Secret's creates answered by a reset after the server acted: the runner is made once, whole", async () => {
    const { input, expect_ } = await runnerInput()
    sb.faults.add({ service: 'kube', method: 'POST', path: '/pods$', kind: 'reset', phase: 'after', times: 1 })
    sb.faults.add({ service: 'kube', method: 'POST', path: '/secrets$', kind: 'reset', phase: 'after', times: 1 })
    const said: string[] = []
    const made = await createRunner({ api: await transportCore(), github: await sandboxGitHub(sb), info: (m) => void said.push(m) }, input, expect_, slot(0))
    expect(made.name).toBe(slot(0))
    expect(said.some((m) => m.includes('created by an earlier attempt whose answer was lost'))).toBe(true)
    expect(await podNames()).toEqual([slot(0)])
    expect(await registrations()).toEqual([slot(0)])
    expect(await orphans()).toEqual([])
    const secrets = (await api.listNamespacedSecret({ namespace: NS, labelSelector: `aks-workload-identity/owner=${key()}` })).items
    expect(secrets.map((x) => x.metadata?.ownerReferences?.[0]?.uid)).toEqual([made.pod.metadata?.uid])
  })

  it('a pod already in the slot on the first attempt is neither taken for ours nor deleted; only our registration goes', async () => {
    const { input, expect_ } = await runnerInput()
    const core = await transportCore()
    const github = await sandboxGitHub(sb)
    // A plain pod with an identical manifest (same spec and owner key, no registration): only the first-attempt 409 tells it apart.
    const plain: RunnerPodInput = { ...input, kind: 'pod', options: { command: ['sleep'], args: ['3600'] } }
    const theirs = await api.createNamespacedPod({ namespace: NS, body: runnerPodManifest(plain, slot(0)) })
    const err = await createRunner({ api: core, github, info: () => undefined }, plain, expect_, slot(0)).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RunnerError)
    expect((err as Error).message).toContain('409 AlreadyExists')
    expect((err as Error).message).toContain('left alone')
    // A GitHub runner meeting a pod it did not make: its registration removed, the pod kept.
    const err2 = await createRunner({ api: core, github, info: () => undefined }, input, expect_, slot(0)).catch((e: unknown) => e)
    expect(err2).toBeInstanceOf(RunnerError)
    expect((await api.readNamespacedPod({ name: slot(0), namespace: NS })).metadata?.uid).toBe(theirs.metadata?.uid)
    expect(await registrations()).toEqual([])
  })
})

describe('the Lease', () => {
  const target = (holder: string, durationSeconds?: number) => ({ namespace: NS, name: 'lock', labels: { app: 'test' }, holder, ...(durationSeconds ? { durationSeconds } : {}) })
  const deps = (info: string[], clock: RetryClock = { now: Date.now, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) }) => ({
    api: leases,
    clock,
    pollMs: 20,
    maxWaitMs: 60_000,
    info: (m: string) => void info.push(m)
  })

  it('a second holder waits while the first holds it, and gets it once released', async () => {
    await api.createNamespace({ body: { metadata: { name: NS } } })
    const a = await acquireLease(target('run a'), deps([]))
    const said: string[] = []
    let bHolds = false
    const b = acquireLease(target('run b'), deps(said)).then((held) => ((bHolds = true), held))
    // b keeps looking (it has said it waits) and does not have it while a holds it.
    while (!said.length) await new Promise((r) => setTimeout(r, 10))
    expect(said[0]).toContain('(run a) is changing its runners: waiting for it')
    expect(bHolds).toBe(false)
    expect((await leases.readNamespacedLease({ name: 'lock', namespace: NS })).spec?.holderIdentity).toBe('run a')
    await a.release()
    const heldB = await b
    expect((await leases.readNamespacedLease({ name: 'lock', namespace: NS })).spec?.holderIdentity).toBe('run b')
    await heldB.release({ remove: true })
    await expect(leases.readNamespacedLease({ name: 'lock', namespace: NS })).rejects.toMatchObject({ code: 404 })
  })

  it("a holder that lost the Lease to another run learns it at its next renewal (its 'lost' signal)", async () => {
    await api.createNamespace({ body: { metadata: { name: NS } } })
    const a = await acquireLease(target('run a', 3), deps([]))
    const now = await leases.readNamespacedLease({ name: 'lock', namespace: NS })
    await leases.replaceNamespacedLease({ name: 'lock', namespace: NS, body: { ...now, spec: { ...now.spec, holderIdentity: 'run b', renewTime: microTime(Date.now()) as unknown as Date } } })
    await new Promise<void>((resolve) => a.lost.addEventListener('abort', () => resolve()))
    expect(String(a.lost.reason)).toContain('taken over by run b')
    await a.release()
    // It does not free what is no longer its own.
    expect((await leases.readNamespacedLease({ name: 'lock', namespace: NS })).spec?.holderIdentity).toBe('run b')
  })

  it('times are written as MicroTime (six fractional digits); the API server refuses three', async () => {
    await api.createNamespace({ body: { metadata: { name: NS } } })
    const held = await acquireLease(target('run a'), deps([], virtualClock()))
    expect(String((await leases.readNamespacedLease({ name: 'lock', namespace: NS })).spec?.renewTime)).toMatch(/\.\d{6}Z$/)
    await held.release()
    const refused = await leases
      .createNamespacedLease({ namespace: NS, body: { metadata: { name: 'ms' }, spec: { renewTime: '2026-01-01T00:00:00.000Z' as unknown as Date } } })
      .catch((e: unknown) => e)
    expect(refused).toMatchObject({ code: 400 })
    expect(String((refused as { body?: string }).body)).toContain('2006-01-02T15:04:05.000000Z07:00')
  })
})
