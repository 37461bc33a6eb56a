// Contract: the workflow-run and job endpoints the emulator serves for `runner-count: auto` (listing a repository's
// runs by status, paged, and a run's jobs) answer as GitHub's OpenAPI description says, successes and errors, to the
// real @octokit/rest. The queued-job count itself is tested in test/runners/autoscale.test.ts.
import { Octokit } from '@octokit/rest'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { actionsEndpoints } from '../sandbox/github/actions.js'
import { GitHubState } from '../sandbox/github/state.js'
import { caFetch, recordingFetch, type RecordedResponse } from '../sandbox/github/fetch.js'
import { SandboxClient } from '../sandbox/client.js'
import { GitHubOpenApi, type Verdict } from './github-openapi.js'

let sb: Sandbox
let spec: GitHubOpenApi
let admin: SandboxClient
let fetchCa: typeof fetch
const recorded: RecordedResponse[] = []
const [owner, repo] = SEED.repo.split('/') as [string, string]
const implemented = actionsEndpoints(new GitHubState(), () => '')

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

test('the emulator serves the run and job operations at GitHub paths', () => {
  for (const ep of implemented) {
    const op = spec.operationById(ep.operation)
    expect(op).toBeDefined()
    expect([op!.method, op!.path]).toEqual([ep.method, ep.pattern])
  }
})

test('the validator rejects a job without its labels or with an unknown status (it is not vacuous)', async () => {
  const run = await admin.github.queueRun({ jobs: [{ labels: ['self-hosted', 'linux'] }] })
  const { data } = await client(SEED.adminToken).rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: run.id })
  const op = spec.operationById('actions/list-jobs-for-workflow-run')!
  expect(spec.validate(op, 200, data).valid).toBe(true)
  const { labels: _labels, ...noLabels } = data.jobs[0]!
  expect(spec.validate(op, 200, { ...data, jobs: [noLabels] }).valid).toBe(false)
  expect(spec.validate(op, 200, { ...data, jobs: [{ ...data.jobs[0], status: 'assigned' }] }).valid).toBe(false)
  recorded.length = 0
  sb.reset()
})

test('every response of both operations validates against api.github.com.json', async () => {
  const adminGh = client(SEED.adminToken)
  const workflow = client(SEED.workflowToken)
  const stranger = client('ghp_unknown')
  const actionsReader = client(
    await admin.github.addToken({ kind: 'installation', read: { repos: [SEED.repo] }, permissions: { actions: 'read' } })
  )

  // Runs in every status: all jobs queued, one started, all done; enough of them to page.
  const queued = await admin.github.queueRun({
    name: 'CI',
    jobs: [{ labels: ['self-hosted', 'linux', 'x64'] }, { labels: ['ubuntu-latest'] }]
  })
  const started = await admin.github.queueRun({
    name: 'Build',
    event: 'pull_request',
    jobs: [{ labels: ['self-hosted'] }, { labels: ['self-hosted'] }]
  })
  await admin.github.setJob(started.jobs[0]!.id, 'in_progress')
  const done = await admin.github.queueRun({ name: 'Lint', jobs: [{ labels: ['self-hosted'], status: 'completed' }] })
  for (let i = 0; i < 3; i++) await admin.github.queueRun({ jobs: [{ labels: ['self-hosted', 'aks'] }] })

  // list runs: 200 (filtered by status, paged with Link), 401, 403 (no actions: read), 404
  const pagedQueued = await adminGh.paginate(adminGh.rest.actions.listWorkflowRunsForRepo, { owner, repo, status: 'queued', per_page: 2 })
  expect(pagedQueued.map((r) => r.id)).toContain(queued.id)
  expect(pagedQueued).toHaveLength(4)
  const inProgress = (await adminGh.rest.actions.listWorkflowRunsForRepo({ owner, repo, status: 'in_progress' })).data
  expect(inProgress.workflow_runs.map((r) => r.id)).toEqual([started.id])
  expect(
    (await actionsReader.rest.actions.listWorkflowRunsForRepo({ owner, repo, status: 'completed' })).data.workflow_runs.map((r) => r.id)
  ).toEqual([done.id])
  await settle(stranger.rest.actions.listWorkflowRunsForRepo({ owner, repo }))
  await settle(workflow.rest.actions.listWorkflowRunsForRepo({ owner, repo }))
  await settle(adminGh.rest.actions.listWorkflowRunsForRepo({ owner, repo: 'missing' }))

  // list jobs: 200 (queued, in progress, completed; paged), 404 (another repository's run, a missing run), 403
  const jobs = (await adminGh.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: started.id })).data.jobs
  expect(jobs.map((j) => j.status)).toEqual(['in_progress', 'queued'])
  expect(jobs[1]!.labels).toEqual(['self-hosted'])
  await adminGh.paginate(adminGh.rest.actions.listJobsForWorkflowRun, { owner, repo, run_id: queued.id, per_page: 1 })
  await adminGh.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: done.id })
  await settle(adminGh.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: 99_999 }))
  await settle(workflow.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: queued.id }))

  const verdicts: Verdict[] = recorded.map((r) => {
    const op = spec.operationFor(r.method, r.url.pathname)
    if (!op) throw new Error(`no operation in the description for ${r.method} ${r.url.pathname}`)
    return spec.validate(op, r.status, r.body)
  })
  expect(verdicts.filter((v) => !v.valid).map((v) => `${v.operationId} ${v.status}: ${v.errors}`)).toEqual([])
  for (const r of recorded) expect(r.headers.get('x-github-request-id')).toBeTruthy()
  expect(recorded.some((r) => r.url.searchParams.get('per_page') === '2' && /rel="next"/.test(r.headers.get('link') ?? ''))).toBe(true)

  const pairs = new Map<string, Set<number>>()
  for (const v of verdicts) pairs.set(v.operationId, (pairs.get(v.operationId) ?? new Set()).add(v.status))
  expect([...pairs.keys()].sort()).toEqual(implemented.map((e) => e.operation).sort())
  expect([...pairs.get('actions/list-workflow-runs-for-repo')!].sort()).toEqual([200, 401, 403, 404])
  expect([...pairs.get('actions/list-jobs-for-workflow-run')!].sort()).toEqual([200, 403, 404])
})
