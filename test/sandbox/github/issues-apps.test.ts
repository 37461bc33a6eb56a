// The GitHub emulator's issues, comments, labels and Apps through the real @octokit/rest: what GitHub checks
// beyond the response shapes (the contract test's subject): permissions per token kind, pull requests in the
// issues API, filters, App JWTs refused in GitHub's words, installation tokens scoped to what was asked, their
// lifetime and revocation.
import { Octokit } from '@octokit/rest'
import { startSandbox, type Sandbox } from '../index.js'
import { SEED } from './index.js'
import { caFetch } from './fetch.js'
import { SandboxClient, type SandboxApp } from '../client.js'
import { appJwt } from './app-jwt.js'

let sb: Sandbox
let fetchCa: typeof fetch
let admin: SandboxClient
let app: SandboxApp
const [owner, repo] = SEED.repo.split('/') as [string, string]
const org = SEED.org

const quiet = { debug: () => undefined, info: () => undefined, warn: console.warn, error: () => undefined }
const client = (token: string): Octokit => new Octokit({ auth: token, baseUrl: sb.urls.github, request: { fetch: fetchCa }, log: quiet })

async function failure(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await p
  } catch (err) {
    const e = err as { status: number; response?: { data?: { message?: string } } }
    return { status: e.status, message: e.response?.data?.message ?? '' }
  }
  throw new Error('the request was expected to fail')
}

const jwt = (claims: Partial<Parameters<typeof appJwt>[1]> = {}, key = app.private_key): string =>
  appJwt(key, { iss: app.id, ...claims }, sb.ctx.clock.now())

/** The workflow's GITHUB_TOKEN with the given permissions (an installation token of the repository). */
const workflowToken = (permissions: Record<string, 'read' | 'write'>): Promise<string> =>
  admin.github.addToken({ kind: 'installation', login: 'github-actions[bot]', read: { repos: [SEED.repo] }, permissions })

beforeAll(async () => {
  sb = await startSandbox()
  fetchCa = caFetch(sb.tls.caPem)
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
  app = (await admin.github.apps()).find((a) => a.id === SEED.app.id)!
})
afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})
beforeEach(() => sb.reset())

describe('installation tokens', () => {
  test('a token for one repository with administration: write registers runners there and nowhere else', async () => {
    await fetchCa(`${sb.urls.admin}/github/repos`, { method: 'POST', body: JSON.stringify({ full_name: 'octo-org/other' }) })
    const { data } = await client(jwt()).rest.apps.createInstallationAccessToken({
      installation_id: SEED.app.installationId,
      repositories: [repo],
      permissions: { administration: 'write' }
    })
    expect(data.permissions).toEqual({ administration: 'write', metadata: 'read' })
    expect(data.repository_selection).toBe('selected')
    expect(data.repositories?.map((r) => r.full_name)).toEqual([SEED.repo])
    expect(Date.parse(data.expires_at) - sb.ctx.clock.now()).toBeGreaterThan(3590_000)
    const gh = client(data.token)
    const jit = await gh.rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'r1', runner_group_id: 1, labels: ['aks'] })
    expect(jit.status).toBe(201)
    expect((await failure(gh.rest.actions.generateRunnerJitconfigForRepo({ owner, repo: 'other', name: 'r2', runner_group_id: 1, labels: ['aks'] }))).status).toBe(404)
    expect(await failure(gh.rest.actions.generateRunnerJitconfigForOrg({ org, name: 'r3', runner_group_id: 1, labels: ['aks'] }))).toEqual({
      status: 403,
      message: 'Resource not accessible by integration'
    })
  })

  test('organization_self_hosted_runners: write is what an organisation runner needs; without it a 403', async () => {
    const asApp = client(jwt())
    const orgToken = (await asApp.rest.apps.createInstallationAccessToken({ installation_id: SEED.app.installationId, permissions: { organization_self_hosted_runners: 'write' } })).data.token
    expect((await client(orgToken).rest.actions.generateRunnerJitconfigForOrg({ org, name: 'o1', runner_group_id: 2, labels: ['aks'] })).status).toBe(201)
    expect((await failure(client(orgToken).rest.actions.generateRunnerJitconfigForRepo({ owner, repo, name: 'o2', runner_group_id: 1, labels: ['aks'] }))).status).toBe(403)
    const repoToken = (await asApp.rest.apps.createInstallationAccessToken({ installation_id: SEED.app.installationId, permissions: { administration: 'write' } })).data.token
    expect((await failure(client(repoToken).rest.actions.listSelfHostedRunnersForOrg({ org }))).status).toBe(403)
  })

  test('a permission the installation lacks, or a repository outside it, is refused with 422', async () => {
    const limited = await admin.github.addApp({ slug: 'limited', installations: [{ account: org, repositories: ['octo-repo'], permissions: { metadata: 'read', issues: 'write' } }] })
    const asLimited = client(appJwt(limited.private_key, { iss: limited.id }, sb.ctx.clock.now()))
    const id = limited.installations[0]!.id
    expect(await failure(asLimited.rest.apps.createInstallationAccessToken({ installation_id: id, permissions: { administration: 'write' } }))).toEqual({
      status: 422,
      message: 'The permissions requested are not granted to this installation.'
    })
    await fetchCa(`${sb.urls.admin}/github/repos`, { method: 'POST', body: JSON.stringify({ full_name: 'octo-org/other' }) })
    expect((await failure(asLimited.rest.apps.createInstallationAccessToken({ installation_id: id, repositories: ['other'] }))).message).toMatch(/not accessible to the parent installation/)
    // Not installed for that repository: its installation lookup is a 404.
    expect((await failure(asLimited.rest.apps.getRepoInstallation({ owner, repo: 'other' }))).status).toBe(404)
    expect((await asLimited.rest.apps.getRepoInstallation({ owner, repo })).data.id).toBe(id)
    // Another App's installation is not this App's to mint tokens for.
    expect((await failure(asLimited.rest.apps.createInstallationAccessToken({ installation_id: SEED.app.installationId }))).status).toBe(404)
  })

  test('a token lives one hour on the sandbox clock, and a revoked one is refused at once', async () => {
    const asApp = client(jwt())
    const a = (await asApp.rest.apps.createInstallationAccessToken({ installation_id: SEED.app.installationId })).data.token
    const b = (await asApp.rest.apps.createInstallationAccessToken({ installation_id: SEED.app.installationId })).data.token
    await client(b).rest.apps.revokeInstallationAccessToken()
    expect(await failure(client(b).rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))).toEqual({ status: 401, message: 'Bad credentials' })
    expect((await client(a).rest.actions.listSelfHostedRunnersForRepo({ owner, repo })).status).toBe(200)
    await admin.clock(3601_000)
    expect(await failure(client(a).rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))).toEqual({ status: 401, message: 'Bad credentials' })
  })

  test('the issued token and the App key are in the secrets ledger; the key survives reset', async () => {
    const before = (await admin.github.apps())[0]!.private_key
    const { token } = (await client(jwt()).rest.apps.createInstallationAccessToken({ installation_id: SEED.app.installationId })).data
    const ledger = sb.secrets.all()
    expect(ledger.some((s) => s.kind === 'github-token' && s.value === token)).toBe(true)
    expect(ledger.some((s) => s.kind === 'github-app-private-key' && s.value === before)).toBe(true)
    sb.reset()
    expect((await admin.github.apps())[0]!.private_key).toBe(before)
  })
})

describe("the App's JWT", () => {
  const mint = (token: string) => client(token).rest.apps.createInstallationAccessToken({ installation_id: SEED.app.installationId })

  test('the App id or its client ID may be the issuer', async () => {
    expect((await mint(jwt())).status).toBe(201)
    expect((await mint(jwt({ iss: app.client_id }))).status).toBe(201)
  })

  test("refused in GitHub's words: another App's key, an unknown App, time claims", async () => {
    const now = Math.floor(sb.ctx.clock.now() / 1000)
    const other = await admin.github.addApp({ slug: 'other' })
    expect(await failure(mint(jwt({}, other.private_key)))).toEqual({ status: 401, message: 'A JSON web token could not be decoded' })
    expect(await failure(mint(jwt({ iss: 99 })))).toEqual({ status: 404, message: 'Integration not found' })
    expect(await failure(mint(jwt({ iat: now + 120, exp: now + 300 })))).toEqual({
      status: 401,
      message: "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued"
    })
    expect(await failure(mint(jwt({ iat: now - 60, exp: now + 660 })))).toEqual({ status: 401, message: "'Expiration time' claim ('exp') is too far in the future" })
    expect(await failure(mint(jwt({ iat: now - 900, exp: now - 300 })))).toEqual({
      status: 401,
      message: "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires"
    })
    expect(await failure(mint('not.a.jwt'))).toEqual({ status: 401, message: 'A JSON web token could not be decoded' })
  })

  test('a JWT is not a token for the runner API, and a token is not a JWT', async () => {
    expect((await failure(client(jwt()).rest.actions.listSelfHostedRunnersForRepo({ owner, repo }))).status).toBe(401)
    expect((await failure(mint(SEED.adminToken))).message).toBe('A JSON web token could not be decoded')
  })
})

describe('issues and pull-request comments', () => {
  test("a fork's read-only token may read a pull request's comments but not write one", async () => {
    const pr = await admin.github.openPullRequest({ head_repo: 'someone/octo-repo' })
    expect((pr.event.pull_request as { head: { repo: { fork: boolean } } }).head.repo.fork).toBe(true)
    const fork = client(await workflowToken({ contents: 'read', pull_requests: 'read', issues: 'read' }))
    expect((await fork.rest.issues.listComments({ owner, repo, issue_number: pr.number })).data).toEqual([])
    expect(await failure(fork.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'plan' }))).toEqual({
      status: 403,
      message: 'Resource not accessible by integration'
    })
  })

  test('pull_requests: write comments on a pull request, not on an issue; issues: write on both', async () => {
    const pr = await admin.github.openPullRequest()
    const issue = (await client(SEED.adminToken).rest.issues.create({ owner, repo, title: 'An issue' })).data
    const prOnly = client(await workflowToken({ pull_requests: 'write' }))
    expect((await prOnly.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'plan' })).status).toBe(201)
    expect((await failure(prOnly.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'x' }))).status).toBe(403)
    expect((await failure(prOnly.rest.issues.create({ owner, repo, title: 'x' }))).status).toBe(403)
    const issues = client(await workflowToken({ issues: 'write' }))
    expect((await issues.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'x' })).status).toBe(201)
    expect((await issues.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: 'x' })).status).toBe(201)
    // The seeded GITHUB_TOKEN (contents: read) can do neither.
    expect((await failure(client(SEED.workflowToken).rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'x' }))).status).toBe(403)
  })

  test('pull requests share numbers with issues and come back from the issues list marked as such', async () => {
    const gh = client(SEED.adminToken)
    const a = (await gh.rest.issues.create({ owner, repo, title: 'first' })).data
    const pr = await admin.github.openPullRequest()
    const b = (await gh.rest.issues.create({ owner, repo, title: 'third' })).data
    expect([a.number, pr.number, b.number]).toEqual([1, 2, 3])
    const listed = (await gh.rest.issues.listForRepo({ owner, repo })).data
    expect(listed.map((i) => [i.number, !!i.pull_request])).toEqual([
      [3, false],
      [2, true],
      [1, false]
    ])
    // A token that may read pull requests only sees them alone.
    const prReader = client(await workflowToken({ pull_requests: 'read' }))
    expect((await prReader.rest.issues.listForRepo({ owner, repo })).data.map((i) => i.number)).toEqual([2])
  })

  test('the list filters by state, every label named, creator and assignee', async () => {
    const gh = client(SEED.adminToken)
    const mk = async (title: string, labels: string[], assignees: string[] = []) => (await gh.rest.issues.create({ owner, repo, title, labels, assignees })).data.number
    const n1 = await mk('a', ['drift', 'aks-workload-identity'], ['octocat'])
    const n2 = await mk('b', ['drift'])
    const n3 = await mk('c', ['aks-workload-identity'])
    await gh.rest.issues.update({ owner, repo, issue_number: n3, state: 'closed' })
    const numbers = async (q: Record<string, string>) => (await gh.rest.issues.listForRepo({ owner, repo, ...q })).data.map((i) => i.number).sort()
    expect(await numbers({ labels: 'aks-workload-identity' })).toEqual([n1])
    expect(await numbers({ labels: 'aks-workload-identity', state: 'all' })).toEqual([n1, n3])
    expect(await numbers({ labels: 'drift,AKS-Workload-Identity' })).toEqual([n1])
    expect(await numbers({ state: 'closed' })).toEqual([n3])
    expect(await numbers({ assignee: 'octocat' })).toEqual([n1])
    expect(await numbers({ assignee: 'none' })).toEqual([n2])
    expect(await numbers({ creator: 'octo-admin', state: 'all' })).toEqual([n1, n2, n3])
    expect(await numbers({ creator: 'someone-else' })).toEqual([])
    // Labels an issue names are created with GitHub's default colour.
    expect((await gh.rest.issues.getLabel({ owner, repo, name: 'drift' })).data.color).toBe('ededed')
  })

  test('closing records the reason and who closed it; reopening says so', async () => {
    const gh = client(await workflowToken({ issues: 'write' }))
    const n = (await gh.rest.issues.create({ owner, repo, title: 'Drift' })).data.number
    const closed = (await gh.rest.issues.update({ owner, repo, issue_number: n, state: 'closed', state_reason: 'completed' })).data
    expect([closed.state, closed.state_reason, closed.closed_by?.login, !!closed.closed_at]).toEqual(['closed', 'completed', 'github-actions[bot]', true])
    const reopened = (await gh.rest.issues.update({ owner, repo, issue_number: n, state: 'open' })).data
    expect([reopened.state, reopened.state_reason, reopened.closed_at]).toEqual(['open', 'reopened', null])
  })

  test('a caller without push access has labels and assignees dropped silently; an unknown assignee is a 422', async () => {
    const reader = client(await admin.github.addToken({ kind: 'pat', login: 'reader', read: { repos: [SEED.repo] } }))
    const created = (await reader.rest.issues.create({ owner, repo, title: 'x', labels: ['drift'], assignees: ['octocat'] })).data
    expect([created.labels, created.assignees]).toEqual([[], []])
    const bad = await failure(client(SEED.adminToken).rest.issues.create({ owner, repo, title: 'x', assignees: ['no-such-user'] }))
    expect(bad).toEqual({ status: 422, message: 'Validation Failed' })
  })

  test('comments page in the order they were written; a body over 65536 characters is refused', async () => {
    const pr = await admin.github.openPullRequest()
    const gh = client(SEED.adminToken)
    for (let i = 0; i < 5; i++) await gh.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: `c${i}` })
    const all = await gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: pr.number, per_page: 2 })
    expect(all.map((c) => c.body)).toEqual(['c0', 'c1', 'c2', 'c3', 'c4'])
    expect((await gh.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: '✅'.repeat(65536) })).status).toBe(201)
    const tooLong = await failure(gh.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'x'.repeat(65537) }))
    expect(tooLong.status).toBe(422)
    expect(all[0]!.html_url).toBe(`${sb.urls.github}/${SEED.repo}/pull/${pr.number}#issuecomment-${all[0]!.id}`)
  })
})
