// The GitHub adapter's queued-job count (src/github/queue.ts) against the sandbox's GitHub: every page of the queued
// and in-progress runs, each run's jobs, only queued jobs whose labels the runners have, several repositories (an
// organisation's runners), and a refusal explained with the permission to add.
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { SandboxClient } from '../sandbox/client.js'
import { githubQueue } from '../../src/github/queue.js'
import { installationTokens } from '../../src/github/app.js'

let sb: Sandbox
let admin: SandboxClient

const queueOf = (repositories: string[], token: string | (() => Promise<string>) = SEED.adminToken) =>
  githubQueue({ token, baseUrl: sb.urls.github, fetch: caFetch(sb.tls.caPem), repositories })

beforeAll(async () => {
  sb = await startSandbox()
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
})
afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})
beforeEach(() => sb.reset())

test('reads every page of runs and their jobs, and counts the queued jobs the runners match', async () => {
  // 101 queued runs: two pages of 100.
  for (let i = 0; i < 101; i++) await admin.github.queueRun({ jobs: [{ labels: ['self-hosted', 'aks'] }] })
  // In progress: one job started, the next waits.
  const partly = await admin.github.queueRun({ jobs: [{ labels: ['self-hosted', 'aks'] }, { labels: ['self-hosted', 'aks'] }] })
  await admin.github.setJob(partly.jobs[0]!.id, 'in_progress')
  // For other runners: GitHub-hosted, or self-hosted with a label ours lack.
  await admin.github.queueRun({ jobs: [{ labels: ['ubuntu-latest'] }, { labels: ['self-hosted', 'gpu'] }] })
  // Done: nothing waits.
  await admin.github.queueRun({ jobs: [{ labels: ['self-hosted'], status: 'completed' }] })

  sb.log.clear()
  const count = await (await queueOf([SEED.repo])).count(['linux', 'aks'])
  expect(count).toEqual({ matching: 102, queued: 104, runs: 103, repositories: [SEED.repo] })
  const runLists = sb.log.all().filter((e) => e.operation === 'actions/list-workflow-runs-for-repo')
  expect(runLists.map((e) => e.path).filter((u) => /status=queued/.test(u))).toHaveLength(2)
  expect(sb.log.all().filter((e) => e.operation === 'actions/list-jobs-for-workflow-run')).toHaveLength(103)
})

test("an organisation's runners count each listed repository", async () => {
  await caFetch(sb.tls.caPem)(`${sb.urls.admin}/github/repos`, { method: 'POST', body: JSON.stringify({ full_name: 'octo-org/web' }) })
  await admin.github.queueRun({ jobs: [{ labels: ['self-hosted'] }] })
  await admin.github.queueRun({ repo: 'octo-org/web', jobs: [{ labels: ['self-hosted'] }, { labels: ['self-hosted'] }] })
  expect((await (await queueOf([SEED.repo, 'octo-org/web'])).count(['aks'])).matching).toBe(3)
  expect((await (await queueOf(['octo-org/web'])).count(['aks'])).matching).toBe(2)
})

test('a token that may not read Actions is told which permission to add', async () => {
  const token = await admin.github.addToken({ kind: 'installation', read: { repos: [SEED.repo] }, permissions: { administration: 'write' } })
  const err = (await (await queueOf([SEED.repo], token)).count(['aks']).catch((e: unknown) => e)) as Error
  expect(err.message).toMatch(/^Listing the queued workflow runs of octo-org\/octo-repo failed \(HTTP 403\): Resource not accessible by integration/)
  expect(err.message).toContain('the token must read its Actions (fine-grained token: Actions read; classic: repo; GitHub App: Actions read-only)')
  const missing = (await (await queueOf(['octo-org/nope'])).count(['aks']).catch((e: unknown) => e)) as Error
  expect(missing.message).toMatch(/octo-org\/nope failed \(HTTP 404\)/)
})

test("a GitHub App's token for the run also asks for actions: read, and a missing grant says so", async () => {
  const appTokens = (app: { id: number; private_key: string }, readsQueue: boolean) =>
    installationTokens({
      app: { appId: String(app.id), privateKey: app.private_key },
      scope: { kind: 'org', org: SEED.org },
      baseUrl: sb.urls.github,
      fetch: caFetch(sb.tls.caPem),
      mask: () => undefined,
      info: () => undefined,
      readsQueue
    })
  const withActions = await admin.github.addApp({
    slug: 'autoscaler',
    permissions: { organization_self_hosted_runners: 'write', actions: 'read', metadata: 'read' },
    installations: [{ account: SEED.org }]
  })
  await admin.github.queueRun({ jobs: [{ labels: ['self-hosted'] }] })
  const t = appTokens(withActions, true)
  expect((await (await queueOf([SEED.repo], () => t.token())).count([])).matching).toBe(1)
  await t.revoke()
  // Without the flag the token has only the runner permission: GitHub refuses the runs.
  const runnersOnly = appTokens(withActions, false)
  await expect((await queueOf([SEED.repo], () => runnersOnly.token())).count([])).rejects.toThrow(/HTTP 403/)
  await runnersOnly.revoke()
  // The seeded App does not grant Actions: minting fails, naming the permission to add.
  const seeded = (await admin.github.apps()).find((a) => a.id === SEED.app.id)!
  await expect(appTokens(seeded, true).token()).rejects.toThrow(/Actions: Read-only, as 'runner-count: auto' reads the queued jobs/)
})
