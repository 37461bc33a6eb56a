// src/github/app.ts against the sandbox's GitHub: the App's JWT (jose), its installation for the runner scope,
// an installation token with only the permission runners need, masked on arrival, reused while it has time
// left and minted again before it expires, revoked at the end; GitHub's refusals explained.
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { SandboxClient, type SandboxApp } from '../sandbox/client.js'
import { installationTokens, type InstallationTokenOptions } from '../../src/github/app.js'
import { githubRunners } from '../../src/github/runners.js'
import type { RunnerScope } from '../../src/settings.js'

let sb: Sandbox
let admin: SandboxClient
let app: SandboxApp
let fetchCa: typeof fetch
const repoScope: RunnerScope = { kind: 'repo', owner: 'octo-org', repo: 'octo-repo' }
const orgScope: RunnerScope = { kind: 'org', org: SEED.org }

interface Recorder {
  masked: string[]
  lines: string[]
}

function tokens(scope: RunnerScope, over: Partial<InstallationTokenOptions> = {}, rec: Recorder = { masked: [], lines: [] }) {
  return {
    rec,
    t: installationTokens({
      app: { appId: String(app.id), privateKey: app.private_key },
      scope,
      baseUrl: sb.urls.github,
      fetch: fetchCa,
      mask: (s) => rec.masked.push(s),
      info: (m) => rec.lines.push(m),
      ...over
    })
  }
}

const mints = (since = 0) => sb.log.all().filter((e) => e.seq > since && e.operation === 'apps/create-installation-access-token')
const lastSeq = () => sb.log.all().at(-1)?.seq ?? 0
/** The sandbox's tokens as its state dump shows them (values masked, grants in full). */
const tokenGrants = () => (sb.parts.github!.dump!() as { tokens: Array<{ login: string; permissions?: unknown; installation?: unknown }> }).tokens

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

test('repository scope: administration: write on that repository only, masked on arrival, registers a runner', async () => {
  const { t, rec } = tokens(repoScope)
  const token = await t.token()
  expect(rec.masked).toEqual([token])
  expect(rec.lines.join('\n')).toMatch(new RegExp(`GitHub App ${app.id}: installation ${SEED.app.installationId}, a token for octo-org/octo-repo with administration: write, metadata: read until \\d\\d:\\d\\d UTC`))
  // What was asked for, as the sandbox recorded it.
  const asked = sb.log.all().find((e) => e.operation === 'apps/create-installation-access-token')
  expect(asked?.status).toBe(201)
  expect(tokenGrants().find((x) => x.login === `${SEED.app.slug}[bot]`)).toMatchObject({
    permissions: { administration: 'write', metadata: 'read' },
    installation: { account: SEED.org, repositories: ['octo-repo'] }
  })
  const gh = await githubRunners({ token: () => t.token(), baseUrl: sb.urls.github, scope: repoScope, labels: ['aks'], groupId: 1, fetch: fetchCa, mask: () => undefined })
  const jit = await gh.generateJitConfig('app-runner-00000001')
  expect((await gh.listByPrefix('app-runner-')).map((r) => r.id)).toEqual([jit.runner.id])
})

test('organisation scope: organization_self_hosted_runners: write', async () => {
  const { t, rec } = tokens(orgScope)
  await t.token()
  expect(rec.lines.join('\n')).toMatch(/a token for organisation octo-org with organization_self_hosted_runners: write/)
  const gh = await githubRunners({ token: () => t.token(), baseUrl: sb.urls.github, scope: orgScope, labels: ['aks'], groupId: 2, fetch: fetchCa, mask: () => undefined })
  expect((await gh.generateJitConfig('org-app-runner-0001')).runner.name).toBe('org-app-runner-0001')
})

test('one token while it has time left, even for requests at once; a new one five minutes before it expires', async () => {
  const skew = { ms: 0 }
  const { t } = tokens(repoScope, { now: () => Date.now() + skew.ms })
  const since = lastSeq()
  const [a, b, c] = await Promise.all([t.token(), t.token(), t.token()])
  expect(new Set([a, b, c]).size).toBe(1)
  expect(await t.token()).toBe(a)
  expect(mints(since)).toHaveLength(1)
  // 56 minutes later on both clocks: four minutes left, so a fresh token (the JWT's time claims follow the clock).
  skew.ms = 56 * 60_000
  await admin.clock(skew.ms)
  const fresh = await t.token()
  expect(fresh).not.toBe(a)
  expect(mints(since)).toHaveLength(2)
})

test('revoke ends the tokens of the run at once', async () => {
  const { t } = tokens(repoScope)
  const token = await t.token()
  await t.revoke()
  const res = await fetchCa(`${sb.urls.github}/repos/octo-org/octo-repo/actions/runners`, { headers: { authorization: `token ${token}` } })
  expect(res.status).toBe(401)
  // Nothing left to revoke: a second call makes no request.
  const since = lastSeq()
  await t.revoke()
  expect(sb.log.all().filter((e) => e.seq > since)).toEqual([])
})

describe("GitHub's refusals, explained", () => {
  test('a key of another App: the ID and the key must belong to the same App', async () => {
    const other = await admin.github.addApp({ slug: 'other' })
    const { t } = tokens(repoScope, { app: { appId: String(app.id), privateKey: other.private_key } })
    await expect(t.token()).rejects.toThrow(
      /Finding the GitHub App 424242's installation for octo-org\/octo-repo failed \(HTTP 401\): A JSON web token could not be decoded — GitHub refused the App's JWT: 'github-app-id' \(424242\) and 'github-app-private-key' must belong to the same App/
    )
  })

  test('an App ID that is no App', async () => {
    const { t } = tokens(repoScope, { app: { appId: '99', privateKey: app.private_key } })
    await expect(t.token()).rejects.toThrow(/\(HTTP 404\): Integration not found — no GitHub App has the ID or client ID '99'/)
  })

  test('an App not installed where the runners register', async () => {
    const limited = await admin.github.addApp({ slug: 'limited', installations: [{ account: SEED.org, repositories: ['octo-repo'] }] })
    await fetchCa(`${sb.urls.admin}/github/repos`, { method: 'POST', body: JSON.stringify({ full_name: 'octo-org/other' }) })
    const { t } = tokens({ kind: 'repo', owner: 'octo-org', repo: 'other' }, { app: { appId: String(limited.id), privateKey: limited.private_key } })
    await expect(t.token()).rejects.toThrow(/the App is not installed on octo-org\/other: install it there .* Repository → Administration: Read and write/)
  })

  test('an installation without the permission: what to add, and that the owner must accept it', async () => {
    const limited = await admin.github.addApp({ slug: 'readonly', permissions: { metadata: 'read' } })
    const readOnly = await admin.github.addApp({ slug: 'ro2', permissions: { metadata: 'read' }, installations: [{ account: SEED.org }] })
    expect(limited.installations).toEqual([])
    const { t } = tokens(orgScope, { app: { appId: readOnly.client_id, privateKey: readOnly.private_key } })
    await expect(t.token()).rejects.toThrow(
      /\(HTTP 422\): The permissions requested are not granted to this installation\. — the App's installation does not grant 'organization_self_hosted_runners: write': .*Organization → Self-hosted runners: Read and write/
    )
  })

  test('a failed mint is not kept: the next request tries again', async () => {
    const { t } = tokens(repoScope)
    sb.faults.add({ service: 'github', operation: 'apps/create-installation-access-token', kind: 'status', status: 503, times: 1 })
    await expect(t.token()).rejects.toThrow(/HTTP 503/)
    expect(await t.token()).toMatch(/^ghs_/)
  })
})
