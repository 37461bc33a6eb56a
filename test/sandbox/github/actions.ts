// Workflow runs and their jobs (GitHub's operationIds `actions/list-workflow-runs-for-repo` and
// `actions/list-jobs-for-workflow-run`): what `runner-count: auto` reads to count the queued jobs its runners could
// take. A test queues runs and jobs through the admin routes (admin.ts: POST /github/runs, POST /github/jobs/{id});
// a run's status follows its jobs' as on GitHub: queued while every job waits, in_progress once one has started and
// not all have finished, completed when all have. Reading needs `actions: read` (an installation or fine-grained
// token) or read access to the repository (a classic token).
import type { SandboxRequest, SandboxResponse } from '../frame.js'
import type { JobRecord, WorkflowRunRecord } from './model.js'
import type { Call, TokenEndpoint } from './endpoint.js'
import type { GitHubState } from './state.js'
import { requireRepoPermission } from './auth.js'
import { DOCS_ROOT, isoTime, notFound, paginate } from './http.js'
import { repoView, userView } from './api-views.js'

const RUNS_DOC = `${DOCS_ROOT}/actions/workflow-runs`
const JOBS_DOC = `${DOCS_ROOT}/actions/workflow-jobs`

/** The run's status, from its jobs' (GitHub's `status` of a workflow run). */
export function runStatus(run: WorkflowRunRecord): 'queued' | 'in_progress' | 'completed' {
  const s = run.jobs.map((j) => j.status)
  if (s.length > 0 && s.every((x) => x === 'completed')) return 'completed'
  if (s.every((x) => x === 'queued')) return 'queued'
  return 'in_progress'
}

const nodeId = (type: string, id: number): string => Buffer.from(`0${type.length}:${type}${id}`).toString('base64')

function runView(base: string, state: GitHubState, run: WorkflowRunRecord): Record<string, unknown> {
  const [owner = '', name = ''] = run.repo.split('/')
  const repo = state.repo(owner, name)!
  const api = `${base}/repos/${run.repo}/actions/runs/${run.id}`
  const status = runStatus(run)
  const time = isoTime(run.createdAt)
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('WorkflowRun', run.id),
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: `.github/workflows/${run.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.yml`,
    display_title: run.name,
    run_number: run.runNumber,
    run_attempt: 1,
    event: run.event,
    status,
    conclusion: status === 'completed' ? 'success' : null,
    workflow_id: 1000 + (run.name.length % 7),
    url: api,
    html_url: `${base}/${run.repo}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: time,
    updated_at: isoTime(run.updatedAt),
    run_started_at: time,
    actor: userView(base, 'octocat'),
    triggering_actor: userView(base, 'octocat'),
    jobs_url: `${api}/jobs`,
    logs_url: `${api}/logs`,
    check_suite_url: `${base}/repos/${run.repo}/check-suites/${run.id}`,
    artifacts_url: `${api}/artifacts`,
    cancel_url: `${api}/cancel`,
    rerun_url: `${api}/rerun`,
    workflow_url: `${base}/repos/${run.repo}/actions/workflows/${1000 + (run.name.length % 7)}`,
    head_commit: {
      id: run.headSha,
      tree_id: run.headSha.split('').reverse().join(''),
      message: run.name,
      timestamp: time,
      author: { name: 'Octocat', email: 'octocat@example.com' },
      committer: { name: 'Octocat', email: 'octocat@example.com' }
    },
    repository: repoView(base, repo, run.createdAt),
    head_repository: repoView(base, repo, run.createdAt)
  }
}

function jobView(base: string, run: WorkflowRunRecord, job: JobRecord): Record<string, unknown> {
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${base}/repos/${run.repo}/actions/runs/${run.id}`,
    run_attempt: 1,
    node_id: nodeId('CheckRun', job.id),
    head_sha: run.headSha,
    url: `${base}/repos/${run.repo}/actions/jobs/${job.id}`,
    html_url: `${base}/${run.repo}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.status === 'completed' ? 'success' : null,
    created_at: isoTime(job.createdAt),
    started_at: isoTime(job.startedAt ?? job.createdAt),
    completed_at: job.completedAt === null ? null : isoTime(job.completedAt),
    name: job.name,
    steps: [],
    check_run_url: `${base}/repos/${run.repo}/check-runs/${job.id}`,
    labels: [...job.labels],
    runner_id: job.runner?.id ?? null,
    runner_name: job.runner?.name ?? null,
    runner_group_id: job.runner?.groupId ?? null,
    runner_group_name: job.runner?.groupName ?? null,
    workflow_name: run.name,
    head_branch: run.headBranch
  }
}

export function actionsEndpoints(state: GitHubState, serverUrl: () => string): TokenEndpoint[] {
  const runsOf = (owner: string, repo: string): WorkflowRunRecord[] =>
    [...state.workflowRuns.values()].filter((r) => r.repo.toLowerCase() === `${owner}/${repo}`.toLowerCase())

  const listRuns = (req: SandboxRequest, { grant, doc }: Call): SandboxResponse => {
    const { owner = '', repo = '' } = req.params
    requireRepoPermission(grant, state, owner, repo, ['actions'], 'read', doc)
    const status = req.query.get('status')
    // Newest first, as GitHub lists them; `status` filters by the run's status (or its conclusion, e.g. success).
    const all = runsOf(owner, repo)
      .filter((r) => status === null || runStatus(r) === status || (runStatus(r) === 'completed' && status === 'success'))
      .sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)
    const page = paginate(all, req, serverUrl())
    return {
      status: 200,
      headers: page.link ? { link: page.link } : undefined,
      body: { total_count: all.length, workflow_runs: page.items.map((r) => runView(serverUrl(), state, r)) }
    }
  }

  const listJobs = (req: SandboxRequest, { grant, doc }: Call): SandboxResponse => {
    const { owner = '', repo = '', run_id: raw = '' } = req.params
    requireRepoPermission(grant, state, owner, repo, ['actions'], 'read', doc)
    const run = /^\d+$/.test(raw) ? state.workflowRuns.get(Number(raw)) : undefined
    if (!run || run.repo.toLowerCase() !== `${owner}/${repo}`.toLowerCase()) throw notFound(doc)
    const page = paginate(run.jobs, req, serverUrl())
    return {
      status: 200,
      headers: page.link ? { link: page.link } : undefined,
      body: { total_count: run.jobs.length, jobs: page.items.map((j) => jobView(serverUrl(), run, j)) }
    }
  }

  return [
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/actions/runs',
      operation: 'actions/list-workflow-runs-for-repo',
      doc: `${RUNS_DOC}#list-workflow-runs-for-a-repository`,
      handler: listRuns
    },
    {
      method: 'GET',
      pattern: '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs',
      operation: 'actions/list-jobs-for-workflow-run',
      doc: `${JOBS_DOC}#list-jobs-for-a-workflow-run`,
      handler: listJobs
    }
  ]
}

export interface QueueRequest {
  repo: string
  name?: string
  event?: string
  jobs: Array<{ name?: string; labels: string[]; status?: JobRecord['status'] }>
}

/** A new workflow run with its jobs (the admin route POST /github/runs); returns it. */
export function queueRun(state: GitHubState, q: QueueRequest): WorkflowRunRecord {
  const [owner = '', name = ''] = q.repo.split('/')
  const repo = state.repo(owner, name)
  if (!repo) throw new Error(`no repository ${q.repo}`)
  const now = state.now()
  const id = state.objectId()
  const runs = [...state.workflowRuns.values()].filter((r) => r.repo.toLowerCase() === q.repo.toLowerCase())
  const run: WorkflowRunRecord = {
    id,
    repo: `${repo.owner}/${repo.name}`,
    name: q.name ?? 'CI',
    event: q.event ?? 'push',
    headSha: Buffer.from(`${id}`).toString('hex').padEnd(40, '0').slice(0, 40),
    headBranch: 'main',
    runNumber: runs.length + 1,
    createdAt: now,
    updatedAt: now,
    jobs: []
  }
  q.jobs.forEach((j, i) => {
    const status = j.status ?? 'queued'
    run.jobs.push({
      id: state.objectId(),
      name: j.name ?? `job-${i + 1}`,
      status,
      labels: [...j.labels],
      createdAt: now,
      startedAt: status === 'queued' ? null : now,
      completedAt: status === 'completed' ? now : null,
      runner: null
    })
  })
  state.workflowRuns.set(id, run)
  return run
}

/** Moves a job along (the admin route POST /github/jobs/{id}); undefined if there is no such job. */
export function setJobStatus(state: GitHubState, jobId: number, status: JobRecord['status']): JobRecord | undefined {
  for (const run of state.workflowRuns.values()) {
    const job = run.jobs.find((j) => j.id === jobId)
    if (!job) continue
    const now = state.now()
    job.status = status
    if (status !== 'queued') job.startedAt ??= now
    job.completedAt = status === 'completed' ? now : null
    run.updatedAt = now
    return job
  }
  return undefined
}
