// Issue 12, "every client has a timeout and every idempotent request is retried": each adapter's transport
// against the sandbox over real HTTPS, with faults on exact requests. No wall time is asserted: a request that
// never answers is held by the sandbox until the client's own (short, test) deadline ends it, and the log shows
// what the client did.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { requestIdToken } from '../../src/github/id-token.js'
import { githubRunners, GitHubApiError } from '../../src/github/runners.js'
import { coreApi } from '../../src/kube/client.js'
import { createdByEarlierAttempt, kubeStatus, wrapKubeError } from '../../src/kube/errors.js'
import { FAST_TRANSPORT } from './helpers.js'

let sb: Sandbox
const statuses = (service: string, operation?: string) =>
  sb.log
    .all()
    .filter((e) => e.service === service && (!operation || e.operation === operation))
    .map((e) => e.status)

beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('the GitHub ID-token endpoint', () => {
  const get = (policy = FAST_TRANSPORT) =>
    requestIdToken('api://AzureADTokenExchange', {
      url: sb.env.ACTIONS_ID_TOKEN_REQUEST_URL!,
      bearer: sb.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!,
      ca: sb.tls.caPem,
      policy
    })

  test('a reset and a request that never answers are retried', async () => {
    sb.faults.add({ service: 'idtoken', operation: 'idtoken.request', kind: 'reset', times: 1 })
    sb.faults.add({ service: 'idtoken', operation: 'idtoken.request', kind: 'timeout', times: 1 })
    const token = await get()
    expect(token.split('.')).toHaveLength(3)
    expect(statuses('idtoken', 'idtoken.request')).toEqual([0, 0, 200])
  })

  test('exhausted retries say the service, the request, the attempts and the last cause; no permission advice', async () => {
    sb.faults.add({ service: 'idtoken', operation: 'idtoken.request', kind: 'status', status: 500 })
    const err = (await get().catch((e: unknown) => e)) as Error
    expect(err.message).toBe('the GitHub ID-token endpoint: token request for audience api://AzureADTokenExchange failed after 4 attempts: HTTP 500.')
    expect(err.message).not.toContain('id-token: write')
    expect(statuses('idtoken', 'idtoken.request')).toEqual([500, 500, 500, 500])
  })

  test('resets to the end are a connection problem, not a permissions one', async () => {
    sb.faults.add({ service: 'idtoken', operation: 'idtoken.request', kind: 'reset' })
    const err = (await get().catch((e: unknown) => e)) as Error
    expect(err.message).toMatch(/^the GitHub ID-token endpoint: token request for audience api:\/\/AzureADTokenExchange failed after 4 attempts; last: connection reset/)
    expect(err.message).not.toContain('id-token: write')
  })

  test('a 403 is the missing permission: said once, not retried', async () => {
    sb.faults.add({ service: 'idtoken', operation: 'idtoken.request', kind: 'status', status: 403 })
    const err = (await get().catch((e: unknown) => e)) as Error
    expect(err.message).toContain("refused the token request for audience api://AzureADTokenExchange (HTTP 403). The job needs 'permissions: id-token: write'")
    expect(statuses('idtoken', 'idtoken.request')).toEqual([403])
  })
})

describe('the Kubernetes API', () => {
  const api = async () => {
    const { KubeConfig } = await import('@kubernetes/client-node')
    const kc = new KubeConfig()
    kc.loadFromFile(sb.files.kubeconfig!)
    return coreApi(kc, { policy: FAST_TRANSPORT })
  }

  test('503, a reset and a read that never answers are retried', async () => {
    sb.faults.add({ service: 'kube', method: 'GET', kind: 'status', status: 503, times: 1 })
    sb.faults.add({ service: 'kube', method: 'GET', kind: 'reset', times: 1 })
    sb.faults.add({ service: 'kube', method: 'GET', kind: 'timeout', times: 1 })
    const ns = await (await api()).readNamespace({ name: 'default' })
    expect(ns.metadata?.name).toBe('default')
    expect(statuses('kube')).toEqual([503, 0, 0, 200])
  })

  test('a create whose answer was lost is repeated; the repeat meets 409 AlreadyExists, marked as possibly our own', async () => {
    sb.faults.add({ service: 'kube', method: 'POST', kind: 'reset', phase: 'after', times: 1 })
    const core = await api()
    const body = { metadata: { name: 'cm-lost-answer' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } }
    const err = await core.createNamespacedPod({ namespace: 'default', body }).catch((e: unknown) => e)
    expect(kubeStatus(err)).toMatchObject({ code: 409, reason: 'AlreadyExists', attempts: 2 })
    expect(createdByEarlierAttempt(err)).toBe(true)
    expect(wrapKubeError('Creating pod default/cm-lost-answer', err).message).toMatch(/^Creating pod default\/cm-lost-answer failed after 2 attempts: 409 AlreadyExists/)
    // A 409 on a first attempt is someone else's object, not possibly ours.
    const again = await core.createNamespacedPod({ namespace: 'default', body }).catch((e: unknown) => e)
    expect(kubeStatus(again)).toMatchObject({ code: 409, reason: 'AlreadyExists' })
    expect(createdByEarlierAttempt(again)).toBe(false)
    // One pod, not two.
    expect((await core.readNamespacedPod({ name: 'cm-lost-answer', namespace: 'default' })).metadata?.name).toBe('cm-lost-answer')
  })

  test('exhausted retries name the request, the attempts and the last cause', async () => {
    sb.faults.add({ service: 'kube', method: 'GET', kind: 'reset' })
    const err = await (await api()).readNamespace({ name: 'default' }).catch((e: unknown) => e)
    expect(wrapKubeError('Reading namespace default', err).message).toMatch(
      /^Reading namespace default failed: Kubernetes API: GET \/api\/v1\/namespaces\/default failed after 4 attempts; last: connection reset/
    )
  })
})

describe('the GitHub API', () => {
  const client = () =>
    githubRunners({
      token: SEED.adminToken,
      baseUrl: sb.urls.github,
      scope: { kind: 'repo', owner: 'octo-org', repo: 'octo-repo' },
      labels: ['self-hosted'],
      groupId: 1,
      fetch: caFetch(sb.tls.caPem),
      mask: () => undefined,
      policy: FAST_TRANSPORT
    })

  test('a registration whose answer was lost is reconciled: the orphan removed, one registration under the name', async () => {
    sb.faults.add({ service: 'github', method: 'POST', kind: 'reset', phase: 'after', times: 1 })
    const gh = await client()
    const jit = await gh.generateJitConfig('aks-wi-runner-lost0001')
    const listed = await gh.listByPrefix('aks-wi-runner-lost0001')
    expect(listed.map((r) => r.id)).toEqual([jit.runner.id])
    const posts = sb.log.all().filter((e) => e.service === 'github' && e.method === 'POST')
    // The lost answer (the server registered the runner, the client saw a reset), a repeat (409: the name is taken),
    // the orphan's removal and the registration again. On a loaded machine an attempt can also pass the client's
    // attempt timeout (2.5 s) while the server works on it, and be repeated: so the test counts what the server did,
    // not the attempts: every registration it made but the one returned was removed, and one runner remains.
    expect(posts[0]).toMatchObject({ status: 0, acted: 201 })
    expect(posts.some((e) => e.status === 409)).toBe(true)
    const registered = posts.filter((e) => e.status === 201 || e.acted === 201).length
    const deletes = sb.log.all().filter((e) => e.service === 'github' && e.method === 'DELETE')
    expect(deletes.filter((e) => e.status === 204 || e.acted === 204)).toHaveLength(registered - 1)
  })

  test('a read that never answers and a 502 are retried', async () => {
    sb.faults.add({ service: 'github', method: 'GET', kind: 'timeout', times: 1 })
    sb.faults.add({ service: 'github', method: 'GET', kind: 'status', status: 502, times: 1 })
    expect(await (await client()).listByPrefix('nothing-')).toEqual([])
    expect(statuses('github').slice(0, 3)).toEqual([0, 502, 200])
  })

  test('a connection reset is told as one, not as "HTTP 500"', async () => {
    sb.faults.add({ service: 'github', method: 'GET', kind: 'reset' })
    const err = (await (await client()).listByPrefix('x-').catch((e: unknown) => e)) as GitHubApiError
    expect(err).toBeInstanceOf(GitHubApiError)
    expect(err.message).toMatch(/^Listing the runners of octo-org\/octo-repo failed after 4 attempts: connection reset/)
    expect(err.message).not.toContain('HTTP 500')
    expect(err.status).toBeUndefined()
  })
})
