// Contract: every response the GitHub emulator gives (successes and errors) validates against GitHub's own
// OpenAPI description for that operation and status. The client is the real @octokit/rest; its fetch trusts
// the sandbox CA and records each response for validation.
import { Octokit } from '@octokit/rest'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { runnerEndpoints } from '../sandbox/github/runners.js'
import { GitHubState } from '../sandbox/github/state.js'
import { caFetch, recordingFetch, type RecordedResponse } from '../sandbox/github/fetch.js'
import { GitHubOpenApi, type Verdict } from './github-openapi.js'

let sb: Sandbox
let spec: GitHubOpenApi
let fetchCa: typeof fetch
const recorded: RecordedResponse[] = []
const [owner, repo] = SEED.repo.split('/') as [string, string]
const org = SEED.org
/** The operations the emulator implements, by GitHub operationId, from its own route table. */
const implemented = runnerEndpoints(new GitHubState(), () => '')

const quiet = { debug: () => undefined, info: () => undefined, warn: console.warn, error: () => undefined }
const client = (token: string): Octokit =>
  new Octokit({ auth: token, baseUrl: sb.urls.github, request: { fetch: recordingFetch(fetchCa, recorded) }, log: quiet })

/** Error statuses are the point here: swallow the rejection, the recorder has the response. */
const settle = (p: Promise<unknown>): Promise<unknown> => p.catch(() => undefined)

beforeAll(async () => {
  spec = new GitHubOpenApi()
  sb = await startSandbox()
  fetchCa = caFetch(sb.tls.caPem)
})

afterAll(async () => {
  await sb?.stop()
})

test('the emulator implements GitHub operations at GitHub paths', () => {
  for (const ep of implemented) {
    const op = spec.operationById(ep.operation)
    expect(op).toBeDefined()
    expect([op!.method, op!.path]).toEqual([ep.method, ep.pattern])
  }
})

test('the validator rejects bodies that break the description (it is not vacuous)', () => {
  const get = spec.operationById('actions/get-self-hosted-runner-for-repo')!
  const good = { id: 1, name: 'r', os: 'linux', status: 'online', busy: false, labels: [{ id: 1, name: 'self-hosted', type: 'read-only' }], version: null }
  expect(spec.validate(get, 200, good).valid).toBe(true)
  expect(spec.validate(get, 200, { ...good, busy: 'no' }).valid).toBe(false)
  expect(spec.validate(get, 200, { ...good, labels: [{ id: 1, name: 'x', type: 'system' }] }).valid).toBe(false)
  const { busy: _busy, ...withoutBusy } = good
  expect(spec.validate(get, 200, withoutBusy).valid).toBe(false)
  const jit = spec.operationById('actions/generate-runner-jitconfig-for-org')!
  expect(spec.validate(jit, 201, { runner: good, encoded_jit_config: 'e30=' }).valid).toBe(true)
  expect(spec.validate(jit, 201, { runner: { ...good, os: undefined }, encoded_jit_config: 'e30=' }).valid).toBe(false)
  expect(spec.validate(jit, 201, { runner: good }).valid).toBe(false)
  const list = spec.operationById('actions/list-self-hosted-runners-for-repo')!
  expect(spec.validate(list, 200, { total_count: 1, runners: [{ ...good, id: '1' }] }).valid).toBe(false)
  const del = spec.operationById('actions/delete-self-hosted-runner-from-repo')!
  expect(spec.validate(del, 204, { unexpected: true }).valid).toBe(false)
  expect(spec.validate(del, 422, { message: 'x' }).valid).toBe(false) // documentation_url is required
})

test('every response of every operation validates against api.github.com.json', async () => {
  const admin = client(SEED.adminToken)
  const workflow = client(SEED.workflowToken)
  const stranger = client('ghp_unknown')
  const jitRepo = (name: string, extra: Record<string, unknown> = {}) =>
    admin.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name, runner_group_id: 1, labels: ['aks'], ...extra })
  const jitOrg = (name: string, extra: Record<string, unknown> = {}) =>
    admin.rest.actions.generateRunnerJitconfigForOrg({ org, name, runner_group_id: 2, labels: ['aks', 'X64'], ...extra })

  // generate-jitconfig (repo): 201, 409, 422, 400, 404, 403, 401
  const repoRunners = []
  for (const n of ['c1', 'c2', 'c3']) repoRunners.push((await jitRepo(n)).data.runner)
  await settle(jitRepo('c1'))
  await settle(jitRepo('bad', { labels: [] }))
  await settle(admin.request('POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig', { owner, repo, data: '{', headers: { 'content-type': 'application/json' } } as never))
  await settle(admin.rest.actions.generateRunnerJitconfigForRepo({ owner, repo: 'missing', name: 'x', runner_group_id: 1, labels: ['x'] }))
  await settle(workflow.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'x', runner_group_id: 1, labels: ['x'] }))
  await settle(stranger.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'x', runner_group_id: 1, labels: ['x'] }))

  // generate-jitconfig (org): 201, 409, 422, 404, 403
  const orgRunner = (await jitOrg('o1')).data.runner
  await settle(jitOrg('o1'))
  await settle(jitOrg('o2', { runner_group_id: 42 }))
  await settle(admin.rest.actions.generateRunnerJitconfigForOrg({ org: 'missing-org', name: 'x', runner_group_id: 1, labels: ['x'] }))
  await settle(workflow.rest.actions.generateRunnerJitconfigForOrg({ org, name: 'x', runner_group_id: 1, labels: ['x'] }))

  // Runners in every state the API can show.
  await fetchCa(`${sb.urls.admin}/github/runners/${repoRunners[0]!.id}`, { method: 'POST', body: JSON.stringify({ busy: true }) })
  await fetchCa(`${sb.urls.admin}/github/runners/${repoRunners[1]!.id}`, { method: 'POST', body: JSON.stringify({ status: 'online' }) })
  await fetchCa(`${sb.urls.admin}/github/runners/${orgRunner.id}`, { method: 'POST', body: JSON.stringify({ busy: true }) })

  // list: 200 paged (Link) and filtered, 401, 403, 404, and an injected 429
  await admin.paginate(admin.rest.actions.listSelfHostedRunnersForRepo, { owner, repo, per_page: 2 })
  await admin.rest.actions.listSelfHostedRunnersForRepo({ owner, repo, name: 'c2' })
  await admin.rest.actions.listSelfHostedRunnersForOrg({ org })
  await settle(stranger.rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))
  await settle(workflow.rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))
  await settle(admin.rest.actions.listSelfHostedRunnersForOrg({ org: 'missing-org' }))
  sb.faults.add({ service: 'github', operation: 'actions/list-self-hosted-runners-for-org', kind: 'status', status: 429, retryAfter: 1, times: 1 })
  await settle(admin.rest.actions.listSelfHostedRunnersForOrg({ org }))

  // get: 200 (offline, online, busy), 404
  for (const r of repoRunners) await admin.rest.actions.getSelfHostedRunnerForRepo({ owner, repo, runner_id: r.id })
  await admin.rest.actions.getSelfHostedRunnerForOrg({ org, runner_id: orgRunner.id })
  await settle(admin.rest.actions.getSelfHostedRunnerForRepo({ owner, repo, runner_id: orgRunner.id }))
  await settle(admin.rest.actions.getSelfHostedRunnerForOrg({ org, runner_id: 99999 }))

  // delete: 422 (busy), 204, 404
  await settle(admin.rest.actions.deleteSelfHostedRunnerFromRepo({ owner, repo, runner_id: repoRunners[0]!.id }))
  await admin.rest.actions.deleteSelfHostedRunnerFromRepo({ owner, repo, runner_id: repoRunners[2]!.id })
  await settle(admin.rest.actions.deleteSelfHostedRunnerFromRepo({ owner, repo, runner_id: repoRunners[2]!.id }))
  await settle(admin.rest.actions.deleteSelfHostedRunnerFromOrg({ org, runner_id: orgRunner.id }))
  await fetchCa(`${sb.urls.admin}/github/runners/${orgRunner.id}`, { method: 'POST', body: JSON.stringify({ status: 'offline' }) })
  await admin.rest.actions.deleteSelfHostedRunnerFromOrg({ org, runner_id: orgRunner.id })

  // runner groups: 200 (paged and filtered), 403, 404
  await admin.request('GET /orgs/{org}/actions/runner-groups', { org, per_page: 1 })
  await admin.request('GET /orgs/{org}/actions/runner-groups', { org, visible_to_repository: repo })
  await settle(workflow.request('GET /orgs/{org}/actions/runner-groups', { org }))
  await settle(admin.request('GET /orgs/{org}/actions/runner-groups', { org: 'missing-org' }))

  const verdicts: Verdict[] = recorded.map((r) => {
    const op = spec.operationFor(r.method, r.url.pathname)
    if (!op) throw new Error(`no operation in the description for ${r.method} ${r.url.pathname}`)
    return spec.validate(op, r.status, r.body)
  })
  const failures = verdicts.filter((v) => !v.valid).map((v) => `${v.operationId} ${v.status}: ${v.errors}`)
  expect(failures).toEqual([])

  // Every answer carries GitHub's headers; paged lists carry a Link header.
  for (const r of recorded) {
    expect(r.headers.get('x-github-request-id')).toBeTruthy()
    if (r.body !== undefined) expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
  }
  expect(recorded.some((r) => r.url.searchParams.get('per_page') === '2' && /rel="next"/.test(r.headers.get('link') ?? ''))).toBe(true)

  // Coverage: every implemented operation, with the statuses asserted above.
  const pairs = new Map<string, Set<number>>()
  for (const v of verdicts) pairs.set(v.operationId, (pairs.get(v.operationId) ?? new Set()).add(v.status))
  expect([...pairs.keys()].sort()).toEqual(implemented.map((e) => e.operation).sort())
  const statuses = (id: string): number[] => [...(pairs.get(id) ?? [])].sort()
  expect(statuses('actions/generate-runner-jitconfig-for-repo')).toEqual([201, 400, 401, 403, 404, 409, 422])
  expect(statuses('actions/generate-runner-jitconfig-for-org')).toEqual([201, 403, 404, 409, 422])
  expect(statuses('actions/delete-self-hosted-runner-from-repo')).toEqual([204, 404, 422])
  expect(statuses('actions/list-self-hosted-runners-for-org')).toEqual([200, 404, 429])

  const distinct = [...pairs.values()].reduce((n, s) => n + s.size, 0)
  const documented = verdicts.filter((v) => v.documented).length
  console.log(
    `GitHub contract: ${pairs.size}/${implemented.length} operations, ${verdicts.length} responses validated ` +
      `(${distinct} operation×status pairs; ${documented} against documented statuses, ` +
      `${verdicts.length - documented} undocumented statuses against basic-error)\n` +
      [...pairs].map(([id, s]) => `  ${id}: ${[...s].sort().join(', ')}`).join('\n')
  )
})
