// Contract: the emulator's issues, issue comments, labels, pull-request comments and GitHub App endpoints answer
// as GitHub's own OpenAPI description says, successes and errors alike. The client is the real @octokit/rest
// (an App's JWT is sent as `Authorization: bearer`, as Octokit does for a three-part token); every response is
// recorded and validated against the operation and status.
import { Octokit } from '@octokit/rest'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { issueEndpoints } from '../sandbox/github/issues.js'
import { appEndpoints } from '../sandbox/github/apps.js'
import { GitHubState } from '../sandbox/github/state.js'
import { caFetch, recordingFetch, type RecordedResponse } from '../sandbox/github/fetch.js'
import { SandboxClient } from '../sandbox/client.js'
import { appJwt } from '../sandbox/github/app-jwt.js'
import { GitHubOpenApi, type Verdict } from './github-openapi.js'

let sb: Sandbox
let spec: GitHubOpenApi
let fetchCa: typeof fetch
let admin: SandboxClient
const recorded: RecordedResponse[] = []
const [owner, repo] = SEED.repo.split('/') as [string, string]
const org = SEED.org
/** The operations this file covers, by GitHub operationId, from the emulator's own route tables. */
const implemented = [...issueEndpoints(new GitHubState(), () => ''), ...appEndpoints(new GitHubState(), () => '')]

const quiet = { debug: () => undefined, info: () => undefined, warn: console.warn, error: () => undefined }
const client = (token: string): Octokit =>
  new Octokit({ auth: token, baseUrl: sb.urls.github, request: { fetch: recordingFetch(fetchCa, recorded) }, log: quiet })
const settle = (p: Promise<unknown>): Promise<unknown> => p.catch(() => undefined)

beforeAll(async () => {
  spec = new GitHubOpenApi()
  sb = await startSandbox()
  fetchCa = caFetch(sb.tls.caPem)
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
})

afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})

test('the emulator implements GitHub operations at GitHub paths', () => {
  for (const ep of implemented) {
    const op = spec.operationById(ep.operation)
    expect(op).toBeDefined()
    expect([op!.method, op!.path]).toEqual([ep.method, ep.pattern])
  }
})

test('the validator rejects issue, comment, label and installation bodies that break the description', () => {
  const get = spec.operationById('issues/get')!
  const u = 'https://api.github.com/x'
  const user = { login: 'u', id: 1, node_id: 'x', avatar_url: u, gravatar_id: '', url: u, html_url: u, followers_url: u, following_url: u, gists_url: u, starred_url: u, subscriptions_url: u, organizations_url: u, repos_url: u, events_url: u, received_events_url: u, type: 'User', site_admin: false }
  const issue = { id: 1, node_id: 'I', url: u, repository_url: u, labels_url: u, comments_url: u, events_url: u, html_url: u, number: 1, state: 'open', title: 't', user, labels: [], assignee: null, milestone: null, locked: false, comments: 0, closed_at: null, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z' }
  expect(spec.validate(get, 200, issue).valid).toBe(true)
  expect(spec.validate(get, 200, { ...issue, number: '1' }).valid).toBe(false)
  const { user: _u, ...noUser } = issue
  expect(spec.validate(get, 200, noUser).valid).toBe(false)
  const label = spec.operationById('issues/get-label')!
  expect(spec.validate(label, 200, { id: 1, node_id: 'L', url: u, name: 'n', description: null, color: 'ededed', default: false }).valid).toBe(true)
  expect(spec.validate(label, 200, { id: 1, node_id: 'L', url: u, name: 'n', color: 'ededed', default: false }).valid).toBe(false)
  const token = spec.operationById('apps/create-installation-access-token')!
  expect(spec.validate(token, 201, { token: 'ghs_x', expires_at: '2026-01-01T00:00:00Z', permissions: { administration: 'write' } }).valid).toBe(true)
  expect(spec.validate(token, 201, { token: 'ghs_x', expires_at: '2026-01-01T00:00:00Z', permissions: { administration: 'owner' } }).valid).toBe(false)
  expect(spec.validate(token, 201, { expires_at: '2026-01-01T00:00:00Z' }).valid).toBe(false)
  const create = spec.operationById('issues/create')!
  expect(spec.validate(create, 422, { message: 'Validation Failed', documentation_url: 'd', errors: ['a string'] }).valid).toBe(false)
})

test('every response of every operation validates against api.github.com.json', async () => {
  const apps = await admin.github.apps()
  const app = apps.find((a) => a.id === SEED.app.id)!
  const adminGh = client(SEED.adminToken)
  const readOnly = client(SEED.workflowToken)
  const prToken = await admin.github.addToken({ kind: 'installation', login: 'github-actions[bot]', read: { repos: [SEED.repo] }, permissions: { pull_requests: 'write', issues: 'write', metadata: 'read' } })
  const bot = client(prToken)
  const pr = await admin.github.openPullRequest({ title: 'Add orders-api identity' })

  // issues: create 201 (with labels and an assignee), 422 (no title, too long), 403, 404, 400
  const first = (await bot.rest.issues.create({ owner, repo, title: 'Drift', body: 'marker', labels: ['aks-workload-identity', 'drift'], assignees: ['octocat'] })).data
  await bot.rest.issues.create({ owner, repo, title: 'Second', body: null as never })
  await settle(bot.request('POST /repos/{owner}/{repo}/issues', { owner, repo, body: 'no title' } as never))
  await settle(bot.rest.issues.create({ owner, repo, title: 'x', body: 'y'.repeat(65537) }))
  await settle(bot.rest.issues.create({ owner, repo, title: 'x', assignees: ['nobody-here'] }))
  await settle(readOnly.rest.issues.create({ owner, repo, title: 'x' }))
  await settle(bot.rest.issues.create({ owner, repo: 'missing', title: 'x' }))
  await settle(bot.request('POST /repos/{owner}/{repo}/issues', { owner, repo, data: '{', headers: { 'content-type': 'application/json' } } as never))

  // get (issue, pull request), 404; update 200 (body, close), 403, 404, 422
  await bot.rest.issues.get({ owner, repo, issue_number: first.number })
  await bot.rest.issues.get({ owner, repo, issue_number: pr.number })
  await settle(bot.rest.issues.get({ owner, repo, issue_number: 9999 }))
  await bot.rest.issues.update({ owner, repo, issue_number: first.number, body: 'updated' })
  await settle(readOnly.rest.issues.update({ owner, repo, issue_number: first.number, body: 'x' }))
  await settle(bot.rest.issues.update({ owner, repo, issue_number: 9999, body: 'x' }))
  await settle(bot.rest.issues.update({ owner, repo, issue_number: first.number, state: 'merged' as never }))

  // comments: create 201 on an issue and a pull request, 422, 403, 404; list 200 paged, 404; get, update
  const c1 = (await bot.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: '<!-- plan -->' })).data
  for (let i = 0; i < 3; i++) await bot.rest.issues.createComment({ owner, repo, issue_number: first.number, body: `note ${i}` })
  await settle(bot.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'z'.repeat(65537) }))
  await settle(readOnly.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'x' }))
  await settle(bot.rest.issues.createComment({ owner, repo, issue_number: 9999, body: 'x' }))
  await bot.paginate(bot.rest.issues.listComments, { owner, repo, issue_number: first.number, per_page: 2 })
  await settle(bot.rest.issues.listComments({ owner, repo, issue_number: 9999 }))
  await bot.rest.issues.getComment({ owner, repo, comment_id: c1.id })
  await settle(bot.rest.issues.getComment({ owner, repo, comment_id: 1 }))
  await bot.rest.issues.updateComment({ owner, repo, comment_id: c1.id, body: '<!-- plan --> v2' })
  await settle(bot.rest.issues.updateComment({ owner, repo, comment_id: c1.id, body: 'z'.repeat(65537) }))
  await bot.rest.issues.update({ owner, repo, issue_number: first.number, state: 'closed', state_reason: 'completed' })

  // list: 200 with filters and pages, 404
  await bot.paginate(bot.rest.issues.listForRepo, { owner, repo, state: 'all', per_page: 1 })
  await bot.rest.issues.listForRepo({ owner, repo, labels: 'aks-workload-identity', state: 'closed' })
  await bot.rest.issues.listForRepo({ owner, repo, creator: 'github-actions[bot]', sort: 'updated', direction: 'asc' })
  await settle(bot.rest.issues.listForRepo({ owner, repo: 'missing' }))

  // labels: get 200, 404; create 201, 422 (exists, bad colour), 404; list 200
  await bot.rest.issues.getLabel({ owner, repo, name: 'drift' })
  await settle(bot.rest.issues.getLabel({ owner, repo, name: 'no such label' }))
  await adminGh.rest.issues.createLabel({ owner, repo, name: 'workload-identity', color: '1f6feb', description: 'Opened by aks-workload-identity' })
  await settle(adminGh.rest.issues.createLabel({ owner, repo, name: 'Workload-Identity' }))
  await settle(adminGh.rest.issues.createLabel({ owner, repo, name: 'x', color: 'blue' }))
  await settle(adminGh.rest.issues.createLabel({ owner, repo: 'missing', name: 'x' }))
  await adminGh.rest.issues.listLabelsForRepo({ owner, repo, per_page: 100 })

  // Apps: installation by repository and by organisation (200, 404), installation tokens (201 all and selected,
  // 422 permission and repository, 401 stale and wrong-key JWTs, 404), revoke (204)
  const jwt = appJwt(app.private_key, { iss: app.id }, sb.ctx.clock.now())
  const asApp = client(jwt)
  await asApp.rest.apps.getRepoInstallation({ owner, repo })
  await settle(asApp.rest.apps.getRepoInstallation({ owner, repo: 'missing' }))
  await asApp.rest.apps.getOrgInstallation({ org })
  await settle(asApp.rest.apps.getOrgInstallation({ org: 'missing-org' }))
  const installation_id = SEED.app.installationId
  await asApp.rest.apps.createInstallationAccessToken({ installation_id })
  const selected = (await asApp.rest.apps.createInstallationAccessToken({ installation_id, repositories: [repo], permissions: { administration: 'write' } })).data
  await settle(asApp.rest.apps.createInstallationAccessToken({ installation_id, permissions: { issues: 'write' } }))
  await settle(asApp.rest.apps.createInstallationAccessToken({ installation_id, repositories: ['missing'] }))
  await settle(asApp.rest.apps.createInstallationAccessToken({ installation_id: 1 }))
  const stale = appJwt(app.private_key, { iss: app.id, iat: 1_000_000, exp: 1_000_600 })
  await settle(client(stale).rest.apps.createInstallationAccessToken({ installation_id }))
  const other = await admin.github.addApp({ slug: 'other-app' })
  await settle(client(appJwt(other.private_key, { iss: app.id }, sb.ctx.clock.now())).rest.apps.createInstallationAccessToken({ installation_id }))
  await client(selected.token).rest.apps.revokeInstallationAccessToken()

  const verdicts: Verdict[] = recorded.map((r) => {
    const op = spec.operationFor(r.method, r.url.pathname)
    if (!op) throw new Error(`no operation in the description for ${r.method} ${r.url.pathname}`)
    return spec.validate(op, r.status, r.body)
  })
  const failures = verdicts.filter((v) => !v.valid).map((v) => `${v.operationId} ${v.status}: ${v.errors}`)
  expect(failures).toEqual([])
  for (const r of recorded) expect(r.headers.get('x-github-request-id')).toBeTruthy()
  expect(recorded.some((r) => r.url.pathname.endsWith('/comments') && /rel="next"/.test(r.headers.get('link') ?? ''))).toBe(true)

  const pairs = new Map<string, Set<number>>()
  for (const v of verdicts) pairs.set(v.operationId, (pairs.get(v.operationId) ?? new Set()).add(v.status))
  expect([...pairs.keys()].sort()).toEqual(implemented.map((e) => e.operation).sort())
  const statuses = (id: string): number[] => [...(pairs.get(id) ?? [])].sort()
  expect(statuses('issues/create')).toEqual([201, 400, 403, 404, 422])
  expect(statuses('issues/update')).toEqual([200, 403, 404, 422])
  expect(statuses('issues/create-comment')).toEqual([201, 403, 404, 422])
  expect(statuses('issues/update-comment')).toEqual([200, 422])
  expect(statuses('issues/create-label')).toEqual([201, 404, 422])
  expect(statuses('apps/create-installation-access-token')).toEqual([201, 401, 404, 422])
  expect(statuses('apps/get-repo-installation')).toEqual([200, 404])

  const distinct = [...pairs.values()].reduce((n, s) => n + s.size, 0)
  const documented = verdicts.filter((v) => v.documented).length
  console.log(
    `GitHub contract (issues, comments, labels, Apps): ${pairs.size}/${implemented.length} operations, ${verdicts.length} responses validated ` +
      `(${distinct} operation×status pairs; ${documented} against documented statuses, ${verdicts.length - documented} undocumented against basic-error)\n` +
      [...pairs].map(([id, s]) => `  ${id}: ${[...s].sort().join(', ')}`).join('\n')
  )
})
