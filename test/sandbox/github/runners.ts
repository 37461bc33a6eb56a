// The self-hosted runner endpoints of the GitHub REST API (operation names are GitHub's operationIds):
// JIT configuration for a repository or organisation, list/get/delete runners, list an org's runner groups.
// Authentication and the common headers are added around these by index.ts.
import type { SandboxRequest } from '../frame.js'
import type { RunnerGroup, RunnerRecord, RunnerScope } from './model.js'
import type { Call, TokenEndpoint } from './endpoint.js'
import type { GitHubState } from './state.js'
import { requireRunnerAdmin } from './auth.js'
import { ghError, invalidRequest, jsonBody, notFound, paginate, DOCS_ROOT } from './http.js'
import { encodeJitConfig, jitConfigDigest, newRunnerKey } from './jitconfig.js'

export type { Call, Endpoint } from './endpoint.js'

const RUNNERS_DOC = `${DOCS_ROOT}/actions/self-hosted-runners`
const GROUPS_DOC = `${DOCS_ROOT}/actions/self-hosted-runner-groups`

const repoScope = (req: SandboxRequest): RunnerScope & { kind: 'repo' } => ({ kind: 'repo', owner: req.params.owner!, repo: req.params.repo! })
const orgScope = (req: SandboxRequest): RunnerScope & { kind: 'org' } => ({ kind: 'org', org: req.params.org! })

/** The API's view of a runner (the `runner` schema); `version` only once the runner has connected. */
export function runnerView(r: RunnerRecord): Record<string, unknown> {
  return {
    id: r.id,
    name: r.name,
    os: r.os,
    status: r.status,
    busy: r.busy,
    ephemeral: r.ephemeral,
    runner_group_id: r.runnerGroupId,
    labels: r.labels.map((l) => ({ ...l })),
    ...(r.version !== null ? { version: r.version } : {})
  }
}

interface JitRequest {
  name: string
  runnerGroupId: number
  labels: string[]
  workFolder: string
}

/** Validates the generate-jitconfig body against its schema, reporting every problem as GitHub does. */
function parseJitRequest(body: unknown, doc: string): JitRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw invalidRequest(doc, [`${JSON.stringify(body ?? null)} is not an object.`])
  }
  const b = body as Record<string, unknown>
  const problems: string[] = []
  for (const key of ['name', 'runner_group_id', 'labels']) if (!(key in b)) problems.push(`"${key}" wasn't supplied.`)
  const is = (key: string, ok: boolean, what: string): void => {
    if (key in b && !ok) problems.push(`For 'properties/${key}', ${JSON.stringify(b[key])} is not ${what}.`)
  }
  is('name', typeof b.name === 'string', 'a string')
  is('runner_group_id', Number.isInteger(b.runner_group_id), 'an integer')
  is('labels', Array.isArray(b.labels), 'an array')
  is('work_folder', typeof b.work_folder === 'string', 'a string')
  if (typeof b.name === 'string' && b.name.trim() === '') problems.push(`For 'properties/name', "" is too short (minimum 1 characters).`)
  if (Array.isArray(b.labels)) {
    if (b.labels.length < 1) problems.push(`For 'properties/labels', [] has fewer items than the minimum of 1.`)
    if (b.labels.length > 100) problems.push(`For 'properties/labels', ${b.labels.length} items is more than the maximum of 100.`)
    b.labels.forEach((l, i) => {
      if (typeof l !== 'string' || l.trim() === '') problems.push(`For 'items/${i}', ${JSON.stringify(l)} is not a non-empty string.`)
    })
  }
  if (problems.length) throw invalidRequest(doc, problems)
  return {
    name: b.name as string,
    runnerGroupId: b.runner_group_id as number,
    labels: b.labels as string[],
    workFolder: (b.work_folder as string | undefined) ?? '_work'
  }
}

export function runnerEndpoints(state: GitHubState, serverUrl: () => string): TokenEndpoint[] {
  const htmlUrl = (scope: RunnerScope): string =>
    scope.kind === 'repo' ? `${serverUrl()}/${scope.owner}/${scope.repo}` : `${serverUrl()}/${scope.org}`

  const conflict = (scope: RunnerScope, name: string, doc: string): void => {
    if (state.findByName(scope, name)) throw ghError(409, `Already exists - A runner with the name ${name} already exists.`, doc)
  }

  const generateJit = (scopeOf: (req: SandboxRequest) => RunnerScope) => async (req: SandboxRequest, { grant, doc }: Call) => {
    const scope = scopeOf(req)
    requireRunnerAdmin(grant, state, scope, doc)
    const jit = parseJitRequest(jsonBody(req, doc), doc)
    const group = state.runnerGroups(scope).find((g) => g.id === jit.runnerGroupId)
    if (!group) throw invalidRequest(doc, [`Runner group with id ${jit.runnerGroupId} does not exist or is not available to this ${scope.kind === 'repo' ? 'repository' : 'organization'}.`])
    conflict(scope, jit.name, doc)
    const key = await newRunnerKey()
    // Checked again after the await: a concurrent request may have taken the name meanwhile.
    conflict(scope, jit.name, doc)
    const id = state.allocateRunnerId()
    const encoded = encodeJitConfig({ id, name: jit.name, runnerGroupId: group.id, workFolder: jit.workFolder, gitHubUrl: htmlUrl(scope) }, key, serverUrl())
    state.issued('github-jit-config', encoded)
    if (key.d) state.issued('github-runner-key', Buffer.from(key.d, 'base64url').toString('base64'))
    const runner = state.addRunner({
      id,
      name: jit.name,
      scope,
      os: 'unknown',
      status: 'offline',
      busy: false,
      ephemeral: true,
      runnerGroupId: group.id,
      labels: state.labelsFor(jit.labels),
      version: null,
      workFolder: jit.workFolder,
      jitConfigDigest: jitConfigDigest(encoded)
    })
    return { status: 201, body: { runner: runnerView(runner), encoded_jit_config: encoded } }
  }

  const list = (scopeOf: (req: SandboxRequest) => RunnerScope) => (req: SandboxRequest, { grant, doc }: Call) => {
    const scope = scopeOf(req)
    requireRunnerAdmin(grant, state, scope, doc)
    const name = req.query.get('name')
    const all = state.runnersIn(scope).filter((r) => name === null || r.name.toLowerCase() === name.toLowerCase())
    const page = paginate(all, req, serverUrl())
    return {
      status: 200,
      headers: page.link ? { link: page.link } : {},
      body: { total_count: all.length, runners: page.items.map(runnerView) }
    }
  }

  const findRunner = (req: SandboxRequest, scope: RunnerScope, doc: string): RunnerRecord => {
    const raw = req.params.runner_id!
    const runner = /^\d+$/.test(raw) ? state.runnerIn(scope, Number(raw)) : undefined
    if (!runner) throw notFound(doc)
    return runner
  }

  const get = (scopeOf: (req: SandboxRequest) => RunnerScope) => (req: SandboxRequest, { grant, doc }: Call) => {
    const scope = scopeOf(req)
    requireRunnerAdmin(grant, state, scope, doc)
    return { status: 200, body: runnerView(findRunner(req, scope, doc)) }
  }

  const remove = (scopeOf: (req: SandboxRequest) => RunnerScope) => (req: SandboxRequest, { grant, doc }: Call) => {
    const scope = scopeOf(req)
    requireRunnerAdmin(grant, state, scope, doc)
    const runner = findRunner(req, scope, doc)
    // GitHub refuses to remove a runner while it runs a job (422, validation-error-simple shape).
    if (runner.busy) throw ghError(422, `Bad request - Runner "${runner.name}" is still running a job`, doc)
    state.runners.delete(runner.id)
    return { status: 204 }
  }

  const listGroups = (req: SandboxRequest, { grant, doc }: Call) => {
    const scope = orgScope(req)
    requireRunnerAdmin(grant, state, scope, doc)
    const org = state.org(scope.org)!
    const visibleTo = req.query.get('visible_to_repository')
    const groups = org.runnerGroups.filter(
      (g) => visibleTo === null || g.visibility === 'all' || g.selectedRepositories.some((r) => r.toLowerCase() === visibleTo.toLowerCase())
    )
    const page = paginate(groups, req, serverUrl())
    return {
      status: 200,
      headers: page.link ? { link: page.link } : {},
      body: { total_count: groups.length, runner_groups: page.items.map((g) => groupView(serverUrl(), org.login, g)) }
    }
  }

  const repo = '/repos/{owner}/{repo}/actions/runners'
  const org = '/orgs/{org}/actions/runners'
  return [
    { method: 'POST', pattern: `${repo}/generate-jitconfig`, operation: 'actions/generate-runner-jitconfig-for-repo', doc: `${RUNNERS_DOC}#create-configuration-for-a-just-in-time-runner-for-a-repository`, handler: generateJit(repoScope) },
    { method: 'POST', pattern: `${org}/generate-jitconfig`, operation: 'actions/generate-runner-jitconfig-for-org', doc: `${RUNNERS_DOC}#create-configuration-for-a-just-in-time-runner-for-an-organization`, handler: generateJit(orgScope) },
    { method: 'GET', pattern: repo, operation: 'actions/list-self-hosted-runners-for-repo', doc: `${RUNNERS_DOC}#list-self-hosted-runners-for-a-repository`, handler: list(repoScope) },
    { method: 'GET', pattern: org, operation: 'actions/list-self-hosted-runners-for-org', doc: `${RUNNERS_DOC}#list-self-hosted-runners-for-an-organization`, handler: list(orgScope) },
    { method: 'GET', pattern: `${repo}/{runner_id}`, operation: 'actions/get-self-hosted-runner-for-repo', doc: `${RUNNERS_DOC}#get-a-self-hosted-runner-for-a-repository`, handler: get(repoScope) },
    { method: 'GET', pattern: `${org}/{runner_id}`, operation: 'actions/get-self-hosted-runner-for-org', doc: `${RUNNERS_DOC}#get-a-self-hosted-runner-for-an-organization`, handler: get(orgScope) },
    { method: 'DELETE', pattern: `${repo}/{runner_id}`, operation: 'actions/delete-self-hosted-runner-from-repo', doc: `${RUNNERS_DOC}#delete-a-self-hosted-runner-from-a-repository`, handler: remove(repoScope) },
    { method: 'DELETE', pattern: `${org}/{runner_id}`, operation: 'actions/delete-self-hosted-runner-from-org', doc: `${RUNNERS_DOC}#delete-a-self-hosted-runner-from-an-organization`, handler: remove(orgScope) },
    { method: 'GET', pattern: '/orgs/{org}/actions/runner-groups', operation: 'actions/list-self-hosted-runner-groups-for-org', doc: `${GROUPS_DOC}#list-self-hosted-runner-groups-for-an-organization`, handler: listGroups }
  ]
}

/** The `runner-groups-org` schema; URLs in the form GitHub's own examples show. */
function groupView(base: string, org: string, g: RunnerGroup): Record<string, unknown> {
  const groupUrl = `${base}/orgs/${org}/actions/runner_groups/${g.id}`
  return {
    id: g.id,
    name: g.name,
    visibility: g.visibility,
    default: g.default,
    ...(g.visibility === 'selected' ? { selected_repositories_url: `${groupUrl}/repositories` } : {}),
    runners_url: `${groupUrl}/runners`,
    hosted_runners_url: `${groupUrl}/hosted-runners`,
    inherited: false,
    allows_public_repositories: false,
    restricted_to_workflows: false,
    selected_workflows: [],
    workflow_restrictions_read_only: false
  }
}
