// The GitHub emulator through the real clients (@octokit/rest and @actions/github's getOctokit), trusting
// the sandbox CA through a custom fetch: JIT configs, runner lifecycle, auth, headers, admin and reset.
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto'
import { Octokit } from '@octokit/rest'
import { getOctokit } from '@actions/github'
import { startSandbox, type Sandbox } from '../index.js'
import { SEED, decodeJitConfig, type GitHubView } from './index.js'
import { caFetch } from './fetch.js'

let sb: Sandbox
let fetchCa: typeof fetch
let octokit: Octokit
const [owner, repo] = SEED.repo.split('/') as [string, string]
const org = SEED.org

// Octokit logs every failed request at error level; the tests expect failures, so only warnings are shown.
const quiet = { debug: () => undefined, info: () => undefined, warn: console.warn, error: () => undefined }
const client = (token: string): Octokit => new Octokit({ auth: token, baseUrl: sb.urls.github, request: { fetch: fetchCa }, log: quiet })

/** Runs a request expected to fail and returns the HTTP status and GitHub's error body. */
async function failure(p: Promise<unknown>): Promise<{ status: number; data: { message: string; documentation_url: string; status: string; errors?: string[] } }> {
  try {
    await p
  } catch (err) {
    const e = err as { status: number; response?: { data: unknown } }
    return { status: e.status, data: e.response?.data as never }
  }
  throw new Error('the request was expected to fail')
}

type AdminJson = { token?: string; runners?: unknown[]; [key: string]: unknown }

async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: AdminJson }> {
  const res = await fetchCa(`${sb.urls.admin}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, json: text ? (JSON.parse(text) as AdminJson) : {} }
}

beforeAll(async () => {
  sb = await startSandbox()
  fetchCa = caFetch(sb.tls.caPem)
  octokit = client(SEED.adminToken)
})

afterAll(async () => {
  await sb?.stop()
})

beforeEach(() => sb.reset())

test('points the action at itself: inputs and env', () => {
  expect(sb.inputs).toMatchObject({ 'github-api-url': sb.urls.github, 'github-token': SEED.adminToken, 'runner-scope': 'octo-org/octo-repo' })
  expect(sb.env).toMatchObject({ GITHUB_API_URL: sb.urls.github, GITHUB_SERVER_URL: sb.urls.github, GITHUB_REPOSITORY: 'octo-org/octo-repo' })
  expect(sb.urls.github).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
})

describe('generate-jitconfig', () => {
  test('repository: 201 with an offline ephemeral runner and a JIT config the runner can read', async () => {
    const res = await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'aks-runner-1', runner_group_id: 1, labels: ['aks', 'X64'] })
    expect(res.status).toBe(201)
    const runner = res.data.runner
    expect(runner).toMatchObject({ name: 'aks-runner-1', os: 'unknown', status: 'offline', busy: false, ephemeral: true, runner_group_id: 1 })
    expect(runner.labels.map((l) => [l.name, l.type])).toEqual([
      ['self-hosted', 'read-only'],
      ['aks', 'custom'],
      ['X64', 'read-only']
    ])
    expect(new Set(runner.labels.map((l) => l.id)).size).toBe(3)

    const files = decodeJitConfig(res.data.encoded_jit_config)
    // The outer object maps file names to base64 file contents, exactly three files.
    expect(Object.keys(JSON.parse(Buffer.from(res.data.encoded_jit_config, 'base64').toString()))).toEqual(['.runner', '.credentials', '.credentials_rsaparams'])
    expect(files['.runner']).toMatchObject({ AgentId: String(runner.id), AgentName: 'aks-runner-1', PoolId: '1', Ephemeral: 'True', WorkFolder: '_work' })
    expect(files['.runner'].GitHubUrl).toBe(`${sb.urls.github}/octo-org/octo-repo`)
    expect(files['.runner'].ServerUrl.startsWith(sb.urls.github)).toBe(true)
    expect(files['.credentials'].Scheme).toBe('OAuth')
    expect(files['.credentials'].Data.AuthorizationUrl).toContain(files['.credentials'].Data.ClientId)

    // .credentials_rsaparams is a usable RSA private key (.NET RSAParameters): sign with it, verify with its modulus.
    const p = files['.credentials_rsaparams']
    const url = (b64: string): string => Buffer.from(b64, 'base64').toString('base64url')
    const key = createPrivateKey({ key: { kty: 'RSA', n: url(p.modulus), e: url(p.exponent), d: url(p.d), p: url(p.p), q: url(p.q), dp: url(p.dp), dq: url(p.dq), qi: url(p.inverseQ) }, format: 'jwk' })
    expect(key.asymmetricKeyDetails?.modulusLength).toBe(2048)
    const pub = createPublicKey({ key: { kty: 'RSA', n: url(p.modulus), e: url(p.exponent) }, format: 'jwk' })
    const sig = sign('sha256', Buffer.from('runner'), key)
    expect(verify('sha256', Buffer.from('runner'), pub, sig)).toBe(true)
  })

  test('each JIT config carries its own key and client id; work_folder is honoured', async () => {
    const a = await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'a', runner_group_id: 1, labels: ['x'], work_folder: '/tmp/w' })
    const b = await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'b', runner_group_id: 1, labels: ['x'] })
    const fa = decodeJitConfig(a.data.encoded_jit_config)
    const fb = decodeJitConfig(b.data.encoded_jit_config)
    expect(fa['.runner'].WorkFolder).toBe('/tmp/w')
    expect(fa['.credentials_rsaparams'].modulus).not.toBe(fb['.credentials_rsaparams'].modulus)
    expect(fa['.credentials'].Data.ClientId).not.toBe(fb['.credentials'].Data.ClientId)
    expect(b.data.runner.id).toBeGreaterThan(a.data.runner.id)
  })

  test('a name already taken in the scope is a 409; the same name in another scope is fine', async () => {
    await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'dup', runner_group_id: 1, labels: ['x'] })
    const again = await failure(octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'DUP', runner_group_id: 1, labels: ['y'] }))
    expect(again.status).toBe(409)
    expect(again.data).toMatchObject({ message: 'Already exists - A runner with the name DUP already exists.', status: '409' })
    expect(again.data.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/rest\/actions\/self-hosted-runners#/)
    const inOrg = await octokit.rest.actions.generateRunnerJitconfigForOrg({ org, name: 'dup', runner_group_id: 1, labels: ['x'] })
    expect(inOrg.status).toBe(201)
  })

  test('concurrent requests for one name: exactly one wins', async () => {
    const results = await Promise.allSettled(
      [1, 2, 3].map(() => octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'race', runner_group_id: 1, labels: ['x'] }))
    )
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.status)).toEqual([409, 409])
  })

  test('organisation: the runner group is required and must exist; group 2 registers there', async () => {
    const missing = await failure(octokit.request('POST /orgs/{org}/actions/runners/generate-jitconfig', { org, name: 'r', labels: ['x'] } as never))
    expect(missing.status).toBe(422)
    expect(missing.data.message).toContain('"runner_group_id" wasn\'t supplied.')
    expect(missing.data.errors).toEqual(['"runner_group_id" wasn\'t supplied.'])
    const unknown = await failure(octokit.rest.actions.generateRunnerJitconfigForOrg({ org, name: 'r', runner_group_id: 99, labels: ['x'] }))
    expect(unknown.status).toBe(422)
    const ok = await octokit.rest.actions.generateRunnerJitconfigForOrg({ org, name: 'r', runner_group_id: 2, labels: ['x'] })
    expect(ok.data.runner.runner_group_id).toBe(2)
    expect(decodeJitConfig(ok.data.encoded_jit_config)['.runner']).toMatchObject({ PoolId: '2', GitHubUrl: `${sb.urls.github}/octo-org` })
    // Repositories only have the Default group.
    const repoGroup2 = await failure(octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'r2', runner_group_id: 2, labels: ['x'] }))
    expect(repoGroup2.status).toBe(422)
  })

  test('422 for labels outside 1..100, wrong types and every problem at once; 400 for a body that is not JSON', async () => {
    const none = await failure(octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'r', runner_group_id: 1, labels: [] }))
    expect(none.status).toBe(422)
    const many = await failure(octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'r', runner_group_id: 1, labels: Array.from({ length: 101 }, (_, i) => `l${i}`) }))
    expect(many.status).toBe(422)
    const hundred = await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'r100', runner_group_id: 1, labels: Array.from({ length: 100 }, (_, i) => `l${i}`) })
    expect(hundred.data.runner.labels).toHaveLength(101) // self-hosted + 100 custom
    const types = await failure(octokit.request('POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig', { owner, repo, name: 7, runner_group_id: '1', labels: 'x' } as never))
    expect(types.status).toBe(422)
    expect(types.data.errors).toHaveLength(3)
    const notJson = await failure(
      octokit.request('POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig', { owner, repo, data: '{"name": ', headers: { 'content-type': 'application/json' } } as never)
    )
    expect(notJson).toMatchObject({ status: 400, data: { message: 'Problems parsing JSON' } })
    // Nothing was created by the failures.
    const list = await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo })
    expect(list.data.runners.map((r) => r.name)).toEqual(['r100'])
  })
})

describe('list, get and delete', () => {
  test('list filters by name, pages with a Link header, and Octokit pagination walks every page', async () => {
    for (const n of ['r1', 'r2', 'r3', 'r4', 'r5']) await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: n, runner_group_id: 1, labels: ['x'] })
    await octokit.rest.actions.generateRunnerJitconfigForOrg({ org, name: 'org-only', runner_group_id: 1, labels: ['x'] })

    const page2 = await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo, per_page: 2, page: 2 })
    expect(page2.data.total_count).toBe(5)
    expect(page2.data.runners.map((r) => r.name)).toEqual(['r3', 'r4'])
    const link = page2.headers.link ?? ''
    expect(link).toContain(`<${sb.urls.github}/repos/octo-org/octo-repo/actions/runners?per_page=2&page=3>; rel="next"`)
    expect(link).toContain('page=3>; rel="last"')
    expect(link).toContain('page=1>; rel="prev"')

    const all = await octokit.paginate(octokit.rest.actions.listSelfHostedRunnersForRepo, { owner, repo, per_page: 2 })
    expect(all.map((r) => r.name)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5'])

    const byName = await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo, name: 'r4' })
    expect(byName.data).toMatchObject({ total_count: 1, runners: [{ name: 'r4' }] })
    expect(byName.headers.link).toBeUndefined()

    const orgList = await octokit.rest.actions.listSelfHostedRunnersForOrg({ org })
    expect(orgList.data.runners.map((r) => r.name)).toEqual(['org-only'])
  })

  test('get: a runner is only visible in its own scope', async () => {
    const { data } = await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'mine', runner_group_id: 1, labels: ['x'] })
    const got = await octokit.rest.actions.getSelfHostedRunnerForRepo({ owner, repo, runner_id: data.runner.id })
    expect(got.data).toEqual(data.runner)
    expect((await failure(octokit.rest.actions.getSelfHostedRunnerForOrg({ org, runner_id: data.runner.id }))).status).toBe(404)
    expect((await failure(octokit.rest.actions.getSelfHostedRunnerForRepo({ owner, repo, runner_id: 9999 }))).status).toBe(404)
  })

  test('a runner marked busy cannot be deleted (422); once idle it can (204), then it is gone', async () => {
    const { data } = await octokit.rest.actions.generateRunnerJitconfigForOrg({ org, name: 'worker', runner_group_id: 1, labels: ['x'] })
    const id = data.runner.id
    const busy = await admin('POST', `/github/runners/${id}`, { busy: true })
    expect(busy.json).toMatchObject({ status: 'online', busy: true, os: 'linux', version: expect.any(String) })
    const got = await octokit.rest.actions.getSelfHostedRunnerForOrg({ org, runner_id: id })
    expect(got.data).toMatchObject({ status: 'online', busy: true, os: 'linux' })

    const refused = await failure(octokit.rest.actions.deleteSelfHostedRunnerFromOrg({ org, runner_id: id }))
    expect(refused.status).toBe(422)
    expect(refused.data.message).toBe('Bad request - Runner "worker" is still running a job')

    const offline = await admin('POST', `/github/runners/${id}`, { status: 'offline' })
    expect(offline.json).toMatchObject({ status: 'offline', busy: false })
    const deleted = await octokit.rest.actions.deleteSelfHostedRunnerFromOrg({ org, runner_id: id })
    expect(deleted.status).toBe(204)
    expect((await failure(octokit.rest.actions.getSelfHostedRunnerForOrg({ org, runner_id: id }))).status).toBe(404)
    expect((await failure(octokit.rest.actions.deleteSelfHostedRunnerFromOrg({ org, runner_id: id }))).status).toBe(404)
  })

  test('runner groups of an org: Default is id 1', async () => {
    const { data } = await octokit.request('GET /orgs/{org}/actions/runner-groups', { org })
    expect(data.total_count).toBe(2)
    expect(data.runner_groups[0]).toMatchObject({ id: 1, name: 'Default', default: true, visibility: 'all' })
    expect(data.runner_groups[1]).toMatchObject({ id: 2, default: false })
  })
})

describe('auth and headers', () => {
  test('`token` and `Bearer` schemes; the workflow token gets 403, unknown tokens 401, unknown scopes 404', async () => {
    const viaToken = await octokit.request('GET /repos/{owner}/{repo}/actions/runners', { owner, repo, headers: { authorization: `token ${SEED.adminToken}` } })
    expect(viaToken.status).toBe(200)
    const viaBearer = await octokit.request('GET /repos/{owner}/{repo}/actions/runners', { owner, repo, headers: { authorization: `Bearer ${SEED.adminToken}` } })
    expect(viaBearer.status).toBe(200)

    const workflow = client(SEED.workflowToken)
    const jit = await failure(workflow.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'w', runner_group_id: 1, labels: ['x'] }))
    expect(jit).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration', status: '403' } })
    // The workflow token cannot see the org's runner settings at all.
    expect((await failure(workflow.rest.actions.listSelfHostedRunnersForOrg({ org }))).status).toBe(403)

    const bad = await failure(client('ghp_nope').rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))
    expect(bad).toMatchObject({ status: 401, data: { message: 'Bad credentials', status: '401' } })
    const anonymous = await failure(new Octokit({ baseUrl: sb.urls.github, request: { fetch: fetchCa }, log: quiet }).rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))
    expect(anonymous).toMatchObject({ status: 401, data: { message: 'Requires authentication' } })

    expect((await failure(octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo: 'nope' }))).data).toMatchObject({ message: 'Not Found', status: '404' })
    expect((await failure(octokit.rest.actions.generateRunnerJitconfigForOrg({ org: 'other-org', name: 'x', runner_group_id: 1, labels: ['x'] }))).status).toBe(404)
  })

  test('GitHub headers: request id, rate limits counting down per token, API version, JSON content type', async () => {
    const a = await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo })
    const b = await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo })
    expect(a.headers['x-github-request-id']).toMatch(/^[0-9A-F]{4}:[0-9A-F]{4}:[0-9A-F]{6}:[0-9A-F]{6}:[0-9A-F]{8}$/)
    expect(a.headers['x-github-request-id']).not.toBe(b.headers['x-github-request-id'])
    expect(a.headers['x-ratelimit-limit']).toBe('5000')
    expect(Number(a.headers['x-ratelimit-remaining']) - Number(b.headers['x-ratelimit-remaining'])).toBe(1)
    expect(Number(b.headers['x-ratelimit-used'])).toBe(2)
    expect(Number(a.headers['x-ratelimit-reset']) * 1000).toBeGreaterThan(Date.now())
    expect(a.headers['x-github-api-version-selected']).toBe('2022-11-28')
    expect(a.headers['content-type']).toBe('application/json; charset=utf-8')
    const err = await failure(client('ghp_nope').rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))
    expect(err.status).toBe(401)
    const unsupported = await failure(octokit.request('GET /orgs/{org}/actions/runners', { org, headers: { 'x-github-api-version': '2001-01-01' } }))
    expect(unsupported.status).toBe(400)
  })

  test('@actions/github getOctokit works with baseUrl and a CA-trusting fetch', async () => {
    const gh = getOctokit(SEED.adminToken, { baseUrl: sb.urls.github, request: { fetch: fetchCa } })
    const created = await gh.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'from-actions-github', runner_group_id: 1, labels: ['aks'] })
    expect(created.status).toBe(201)
    const list = await gh.rest.actions.listSelfHostedRunnersForRepo({ owner, repo, name: 'from-actions-github' })
    expect(list.data.runners.map((r) => r.id)).toEqual([created.data.runner.id])
    const groups = await gh.request('GET /orgs/{org}/actions/runner-groups', { org })
    expect(groups.data.runner_groups.map((g) => g.id)).toContain(1)
  })

  test('injected faults answer in GitHub\'s error shape and the log names GitHub operations', async () => {
    sb.faults.add({ service: 'github', operation: 'actions/list-self-hosted-runners-for-repo', kind: 'status', status: 503, times: 1 })
    const err = await failure(octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))
    expect(err.status).toBe(503)
    expect(err.data).toMatchObject({ status: '503', documentation_url: expect.any(String) })
    expect((await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo })).status).toBe(200)
    expect(sb.log.all().map((e) => e.operation)).toEqual(['actions/list-self-hosted-runners-for-repo', 'actions/list-self-hosted-runners-for-repo'])
  })
})

describe('admin, view and reset', () => {
  test('seeded orgs, repos and tokens are usable; reset removes them and every runner', async () => {
    const newOrg = await admin('POST', '/github/orgs', { login: 'contoso', runner_groups: [{ id: 7, name: 'gpu' }] })
    expect(newOrg.status).toBe(201)
    expect(newOrg.json.runner_groups).toEqual([{ id: 1, name: 'Default' }, { id: 7, name: 'gpu' }])
    expect((await admin('POST', '/github/repos', { full_name: 'contoso/app' })).status).toBe(201)
    const tok = await admin('POST', '/github/tokens', { kind: 'installation', admin: { orgs: ['contoso'] } })
    expect(tok.json.token).toMatch(/^ghs_/)

    const contoso = client(tok.json.token!)
    const r = await contoso.rest.actions.generateRunnerJitconfigForOrg({ org: 'contoso', name: 'g', runner_group_id: 7, labels: ['gpu'] })
    expect(r.status).toBe(201)
    // Org admin implies admin on the org's repositories; the seeded admin token has no access to contoso at all.
    expect((await contoso.rest.actions.listSelfHostedRunnersForRepo({ owner: 'contoso', repo: 'app' })).status).toBe(200)
    expect((await failure(octokit.rest.actions.listSelfHostedRunnersForOrg({ org: 'contoso' }))).status).toBe(404)

    const runners = await admin('GET', '/github/runners')
    expect(runners.json.runners).toEqual([expect.objectContaining({ id: r.data.runner.id, scope: 'org:contoso' })])

    await admin('POST', '/reset')
    expect((await admin('GET', '/github/runners')).json.runners).toEqual([])
    expect((await failure(contoso.rest.actions.listSelfHostedRunnersForOrg({ org: 'contoso' }))).status).toBe(401)
    expect((await octokit.rest.actions.listSelfHostedRunnersForOrg({ org })).status).toBe(200)
  })

  test('admin runner state is validated', async () => {
    const { data } = await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'v', runner_group_id: 1, labels: ['x'] })
    expect((await admin('POST', `/github/runners/${data.runner.id}`, { status: 'offline', busy: true })).status).toBe(400)
    expect((await admin('POST', `/github/runners/${data.runner.id}`, { status: 'running' })).status).toBe(400)
    expect((await admin('POST', '/github/runners/4242', { status: 'online' })).status).toBe(404)
    expect((await admin('POST', `/github/runners/${data.runner.id}`, { status: 'online' })).json).toMatchObject({ status: 'online', busy: false })
    expect((await admin('DELETE', `/github/runners/${data.runner.id}`)).status).toBe(204)
    expect((await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner, repo })).data.total_count).toBe(0)
  })

  test('the state dump never shows a JIT config, its key or a token', async () => {
    const { data } = await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'secret', runner_group_id: 1, labels: ['x'] })
    const files = decodeJitConfig(data.encoded_jit_config)
    const state = JSON.stringify((await admin('GET', '/state')).json)
    expect(state).toContain('"name":"secret"')
    for (const secret of [data.encoded_jit_config, files['.credentials_rsaparams'].d, files['.credentials'].Data.ClientId, SEED.adminToken, SEED.workflowToken]) {
      expect(state).not.toContain(secret)
    }
  })

  test('other parts can find the runner a JIT config belongs to and report its state', async () => {
    const view = sb.ctx.parts.github as GitHubView
    const { data } = await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'pod-runner', runner_group_id: 1, labels: ['x'] })
    expect(view.runnerForJitConfig(data.encoded_jit_config)).toEqual({ id: data.runner.id, name: 'pod-runner', scope: 'octo-org/octo-repo' })
    expect(view.runnerForJitConfig(Buffer.from('{}').toString('base64'))).toBeUndefined()
    expect(view.setRunnerState(data.runner.id, { status: 'online' })).toBe(true)
    expect((await octokit.rest.actions.getSelfHostedRunnerForRepo({ owner, repo, runner_id: data.runner.id })).data.status).toBe('online')
    expect(view.removeRunner(data.runner.id)).toBe(true)
    expect(view.runnerForJitConfig(data.encoded_jit_config)).toBeUndefined()
  })
})
