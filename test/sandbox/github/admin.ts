// Admin routes of the GitHub part (mounted under `/github/...` on the admin server): play the runner's side
// (online, busy, offline, gone), seed tokens, repositories, organisations and Apps, open a pull request (and get
// the event payload a workflow run would see), and read issues with their comments.
import { createHash, randomBytes } from 'node:crypto'
import { HttpError, type Handler, type SandboxRequest } from '../frame.js'
import type { InstallationRecord, IssueRecord, Level, Permissions, RunnerGroup, TokenGrant } from './model.js'
import { SEED, scopeKey } from './model.js'
import type { GitHubState, RunnerStatePatch } from './state.js'
import { runnerView } from './runners.js'
import { issueHtmlUrl } from './api-views.js'
import { queueRun, runStatus, setJobStatus } from './actions.js'

type AdminRoute = { method: string; pattern: string; handler: Handler }

const bad = (message: string): HttpError => new HttpError(400, { error: { code: 'BadRequest', message, status: 400 } })
const missing = (what: string): HttpError => new HttpError(404, { error: { code: 'NotFound', message: `${what} not found`, status: 404 } })

function body(req: SandboxRequest): Record<string, unknown> {
  const b = req.json<unknown>()
  if (typeof b !== 'object' || b === null || Array.isArray(b)) throw bad('a JSON object is required')
  return b as Record<string, unknown>
}

const strings = (v: unknown, what: string): string[] => {
  if (v === undefined) return []
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw bad(`${what} must be an array of strings`)
  return v as string[]
}

/** The admin view of a runner: the API view plus where it is registered (never its JIT config). */
export function adminRunnerView(state: GitHubState): Array<Record<string, unknown>> {
  return [...state.runners.values()].map((r) => ({ ...runnerView(r), scope: scopeKey(r.scope) }))
}

function parseStatePatch(b: Record<string, unknown>): RunnerStatePatch {
  const { status, busy, os, version } = b
  if (status !== undefined && status !== 'online' && status !== 'offline') throw bad('status must be "online" or "offline"')
  if (busy !== undefined && typeof busy !== 'boolean') throw bad('busy must be a boolean')
  if (busy === true && status === 'offline') throw bad('an offline runner cannot be busy')
  if (os !== undefined && typeof os !== 'string') throw bad('os must be a string')
  if (version !== undefined && typeof version !== 'string') throw bad('version must be a string')
  return { status, busy, os, version }
}

function parseGroups(v: unknown): RunnerGroup[] | undefined {
  if (v === undefined) return undefined
  if (!Array.isArray(v)) throw bad('runner_groups must be an array')
  const groups = v.map((g: Record<string, unknown>) => {
    if (!Number.isInteger(g?.id) || typeof g?.name !== 'string') throw bad('each runner group needs an integer id and a name')
    const visibility = (g.visibility as RunnerGroup['visibility'] | undefined) ?? 'all'
    if (!['all', 'selected', 'private'].includes(visibility)) throw bad('visibility must be all, selected or private')
    return { id: g.id as number, name: g.name, visibility, default: g.id === 1, selectedRepositories: strings(g.selected_repositories, 'selected_repositories') }
  })
  // Every org has the Default group (id 1); seeding cannot remove it.
  if (!groups.some((g) => g.id === 1)) groups.unshift({ id: 1, name: 'Default', visibility: 'all', default: true, selectedRepositories: [] })
  return groups
}

function parsePermissions(v: unknown, what: string): Permissions | undefined {
  if (v === undefined) return undefined
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad(`${what} must be an object of permission: level`)
  for (const [k, level] of Object.entries(v)) {
    if (!['read', 'write', 'admin'].includes(level as string)) throw bad(`${what}.${k} must be read, write or admin`)
  }
  return v as Record<string, Level>
}

/** Every App with its private key and installations: what a test hands the action as `github-app-private-key`. */
function appsView(state: GitHubState): Array<Record<string, unknown>> {
  return [...state.apps.values()].map((a) => ({
    id: a.id,
    client_id: a.clientId,
    slug: a.slug,
    permissions: a.permissions,
    private_key: state.appKey(a.id).privateKeyPem,
    installations: [...state.installations.values()]
      .filter((i) => i.appId === a.id)
      .map((i) => ({ id: i.id, account: i.account, repository_selection: i.repositorySelection, repositories: i.repositories, permissions: i.permissions }))
  }))
}

/** The `pull_request` event payload of a workflow run (the parts of it the action reads, in GitHub's shape). */
function pullRequestEvent(base: string, i: IssueRecord, repoId: number): Record<string, unknown> {
  const pull = i.pull!
  const repo = (full: string, id: number, fork: boolean) => ({ id, name: full.split('/')[1], full_name: full, fork, html_url: `${base}/${full}`, private: true })
  const fork = pull.headRepo.toLowerCase() !== i.repo.toLowerCase()
  return {
    action: 'opened',
    number: i.number,
    pull_request: {
      number: i.number,
      title: i.title,
      state: 'open',
      html_url: issueHtmlUrl(base, i),
      url: `${base}/repos/${i.repo}/pulls/${i.number}`,
      user: { login: i.user },
      draft: pull.draft,
      head: { ref: pull.headRef, sha: pull.headSha, repo: repo(pull.headRepo, fork ? repoId + 1 : repoId, fork) },
      base: { ref: pull.baseRef, repo: repo(i.repo, repoId, false) }
    },
    repository: repo(i.repo, repoId, false),
    sender: { login: i.user }
  }
}

const JOB_STATUSES = ['queued', 'in_progress', 'completed'] as const
type JobStatus = (typeof JOB_STATUSES)[number]
const jobStatus = (v: unknown): JobStatus | undefined => {
  if (v === undefined) return undefined
  if (!JOB_STATUSES.includes(v as JobStatus)) throw bad('status must be queued, in_progress or completed')
  return v as JobStatus
}

/** Workflow runs with their jobs, as a test reads them back. */
const runsView = (state: GitHubState) =>
  [...state.workflowRuns.values()].map((r) => ({
    id: r.id,
    repo: r.repo,
    name: r.name,
    status: runStatus(r),
    jobs: r.jobs.map((j) => ({ id: j.id, name: j.name, status: j.status, labels: j.labels }))
  }))

/** POST /runs: a workflow run whose jobs wait for runners with their labels. */
function queueRoute(state: GitHubState): Handler {
  return (req) => {
    const b = body(req)
    const repo = typeof b.repo === 'string' ? b.repo : SEED.repo
    const [owner = '', name = ''] = repo.split('/')
    if (!state.repo(owner, name)) throw bad(`no repository ${repo}`)
    if (!Array.isArray(b.jobs) || b.jobs.length === 0) throw bad('jobs must be a non-empty array')
    const jobs = (b.jobs as Array<Record<string, unknown>>).map((j) => {
      const labels = strings(j?.labels, 'jobs[].labels')
      if (labels.length === 0) throw bad('each job needs its runs-on labels')
      return { name: typeof j.name === 'string' ? j.name : undefined, labels, status: jobStatus(j.status) }
    })
    const runName = typeof b.name === 'string' ? b.name : undefined
    const run = queueRun(state, { repo, jobs, name: runName, event: typeof b.event === 'string' ? b.event : undefined })
    return { status: 201, body: runsView(state).find((r) => r.id === run.id) }
  }
}

export function adminRoutes(state: GitHubState, serverUrl: () => string): AdminRoute[] {
  return [
    { method: 'GET', pattern: '/runs', handler: () => ({ status: 200, body: { runs: runsView(state) } }) },
    { method: 'POST', pattern: '/runs', handler: queueRoute(state) },
    {
      method: 'POST',
      pattern: '/jobs/{id}',
      handler: (req) => {
        const status = jobStatus(body(req).status)
        if (!status) throw bad('status is required')
        const job = setJobStatus(state, Number(req.params.id), status)
        if (!job) throw missing(`job ${req.params.id}`)
        return { status: 200, body: { id: job.id, name: job.name, status: job.status, labels: job.labels } }
      }
    },
    { method: 'GET', pattern: '/runners', handler: () => ({ status: 200, body: { runners: adminRunnerView(state) } }) },
    {
      method: 'POST',
      pattern: '/runners/{id}',
      handler: (req) => {
        const runner = state.setRunnerState(Number(req.params.id), parseStatePatch(body(req)))
        if (!runner) throw missing(`runner ${req.params.id}`)
        return { status: 200, body: { ...runnerView(runner), scope: scopeKey(runner.scope) } }
      }
    },
    {
      // The runner finished its one job and deregistered (what an ephemeral runner does), or the machine is gone.
      method: 'DELETE',
      pattern: '/runners/{id}',
      handler: (req) => {
        if (!state.runners.delete(Number(req.params.id))) throw missing(`runner ${req.params.id}`)
        return { status: 204 }
      }
    },
    {
      method: 'POST',
      pattern: '/tokens',
      handler: (req) => {
        const b = body(req)
        const admin = (b.admin ?? {}) as Record<string, unknown>
        const read = (b.read ?? {}) as Record<string, unknown>
        const kind = b.kind ?? 'pat'
        if (kind !== 'pat' && kind !== 'installation') throw bad('kind must be "pat" or "installation"')
        const permissions = parsePermissions(b.permissions, 'permissions')
        const grant: TokenGrant = {
          token: typeof b.token === 'string' && b.token ? b.token : `${kind === 'pat' ? 'ghp' : 'ghs'}_${randomBytes(18).toString('hex')}`,
          login: typeof b.login === 'string' ? b.login : 'sandbox-user',
          kind,
          admin: { repos: strings(admin.repos, 'admin.repos'), orgs: strings(admin.orgs, 'admin.orgs') },
          read: { repos: strings(read.repos, 'read.repos'), orgs: strings(read.orgs, 'read.orgs') },
          ...(permissions ? { permissions } : {})
        }
        state.addToken(grant)
        return { status: 201, body: { token: grant.token } }
      }
    },
    {
      method: 'POST',
      pattern: '/repos',
      handler: (req) => {
        const fullName = body(req).full_name
        if (typeof fullName !== 'string' || !/^[\w.-]+\/[\w.-]+$/.test(fullName)) throw bad('full_name must be "owner/name"')
        const repo = state.addRepo(fullName)
        return { status: 201, body: { id: repo.id, full_name: `${repo.owner}/${repo.name}` } }
      }
    },
    {
      method: 'POST',
      pattern: '/orgs',
      handler: (req) => {
        const b = body(req)
        if (typeof b.login !== 'string' || !/^[\w-]+$/.test(b.login)) throw bad('login is required')
        const org = state.addOrg(b.login, parseGroups(b.runner_groups))
        return { status: 201, body: { id: org.id, login: org.login, runner_groups: org.runnerGroups.map((g) => ({ id: g.id, name: g.name })) } }
      }
    },
    { method: 'GET', pattern: '/apps', handler: () => ({ status: 200, body: { apps: appsView(state) } }) },
    {
      method: 'POST',
      pattern: '/apps',
      handler: (req) => {
        const b = body(req)
        const id = Math.max(SEED.app.id, ...state.apps.keys()) + 1
        const slug = typeof b.slug === 'string' && /^[a-z0-9-]+$/.test(b.slug) ? b.slug : `sandbox-app-${id}`
        const permissions = parsePermissions(b.permissions, 'permissions') ?? { administration: 'write', metadata: 'read' }
        const app = state.addApp({ id, clientId: `Iv23li${createHash('sha256').update(slug).digest('hex').slice(0, 14)}`, slug, name: slug, permissions, createdAt: state.now() })
        const installs = Array.isArray(b.installations) ? (b.installations as Array<Record<string, unknown>>) : []
        const created: InstallationRecord[] = installs.map((i, n) => {
          if (typeof i.account !== 'string' || !state.org(i.account)) throw bad('each installation needs the login of an existing org as account')
          const repos = i.repositories === undefined || i.repositories === 'all' ? undefined : strings(i.repositories, 'repositories')
          return state.addInstallation({
            id: 52_000_000 + id * 10 + n,
            appId: id,
            account: i.account,
            repositorySelection: repos ? 'selected' : 'all',
            repositories: repos ?? [],
            permissions: parsePermissions(i.permissions, 'installations[].permissions') ?? { ...permissions },
            createdAt: state.now()
          })
        })
        return {
          status: 201,
          body: { id: app.id, client_id: app.clientId, slug, private_key: state.appKey(id).privateKeyPem, installations: created.map((c) => ({ id: c.id, account: c.account })) }
        }
      }
    },
    {
      method: 'POST',
      pattern: '/pulls',
      handler: (req) => {
        const b = body(req)
        const full = typeof b.repo === 'string' ? b.repo : SEED.repo
        const [owner = '', name = ''] = full.split('/')
        const repo = state.repo(owner, name)
        if (!repo) throw bad(`no repository ${full}`)
        const headRepo = typeof b.head_repo === 'string' ? b.head_repo : `${repo.owner}/${repo.name}`
        const now = state.now()
        const number = state.nextIssueNumber(repo.owner, repo.name)
        const headRef = typeof b.head_ref === 'string' ? b.head_ref : `feature-${number}`
        const issue: IssueRecord = {
          id: state.objectId(),
          number,
          repo: `${repo.owner}/${repo.name}`,
          title: typeof b.title === 'string' ? b.title : `Pull request ${number}`,
          body: null,
          state: 'open',
          stateReason: null,
          labels: [],
          assignees: [],
          user: typeof b.user === 'string' ? b.user : 'octocat',
          createdAt: now,
          updatedAt: now,
          closedAt: null,
          closedBy: null,
          pull: {
            headRef,
            headSha: typeof b.head_sha === 'string' ? b.head_sha : createHash('sha1').update(`${full}#${number}`).digest('hex'),
            headRepo,
            baseRef: 'main',
            draft: false
          }
        }
        state.issuesOf(repo.owner, repo.name).set(number, issue)
        return { status: 201, body: { number, html_url: issueHtmlUrl(serverUrl(), issue), event: pullRequestEvent(serverUrl(), issue, repo.id) } }
      }
    },
    {
      method: 'GET',
      pattern: '/issues',
      handler: (req) => {
        const full = req.query.get('repo') ?? SEED.repo
        const [owner = '', name = ''] = full.split('/')
        if (!state.repo(owner, name)) throw missing(`repository ${full}`)
        const labels = state.labelsOf(owner, name)
        const issues = [...state.issuesOf(owner, name).values()].map((i) => ({
          number: i.number,
          pull: !!i.pull,
          title: i.title,
          body: i.body,
          state: i.state,
          state_reason: i.stateReason,
          user: i.user,
          labels: i.labels.map((id) => labels.find((l) => l.id === id)?.name),
          assignees: i.assignees,
          comments: [...state.comments.values()]
            .filter((c) => c.repo === i.repo && c.issueNumber === i.number)
            .sort((a, c) => a.id - c.id)
            .map((c) => ({ id: c.id, body: c.body, user: c.user, created_at: c.createdAt, updated_at: c.updatedAt }))
        }))
        return { status: 200, body: { issues, labels: labels.map((l) => ({ name: l.name, color: l.color, description: l.description })) } }
      }
    }
  ]
}
