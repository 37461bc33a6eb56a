// The issues endpoints of the GitHub REST API (operation names are GitHub's operationIds): issues (create, get,
// update and close, list with filters), issue comments (list, get, create, update) and repository labels (get,
// list, create). Pull requests are issues here as on GitHub: they share numbers and comments, and the issues
// list returns them with a `pull_request` key. Permissions as GitHub checks them: `issues`, or `pull_requests`
// for a pull request; a token that may not write gets "Resource not accessible by integration".
import type { SandboxRequest, SandboxResponse } from '../frame.js'
import type { IssueRecord, LabelRecord, TokenGrant } from './model.js'
import type { GitHubState } from './state.js'
import type { Call, TokenEndpoint } from './endpoint.js'
import { allows, canSeeRepo, requireRepoPermission } from './auth.js'
import { DOCS_ROOT, invalidBody as invalidRequest, jsonBody, notFound, paginate, validationFailed } from './http.js'
import { commentView, issueView, labelView } from './api-views.js'

const ISSUES_DOC = `${DOCS_ROOT}/issues/issues`
const COMMENTS_DOC = `${DOCS_ROOT}/issues/comments`
const LABELS_DOC = `${DOCS_ROOT}/issues/labels`

/** GitHub's limit on an issue's or a comment's body, in characters. */
export const MAX_BODY = 65536

const lower = (s: string): string => s.toLowerCase()
const chars = (s: string): number => [...s].length

type Json = Record<string, unknown>

/** A page of a list, with GitHub's Link header when there are more. */
function listResponse(link: string | undefined, body: unknown[]): SandboxResponse {
  return { status: 200, headers: link ? { link } : {}, body }
}

function object(body: unknown, doc: string): Json {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalidRequest(doc, [`${JSON.stringify(body ?? null)} is not an object.`])
  return body as Json
}

/** Collects request-schema problems in GitHub's wording ("For 'properties/x', 1 is not a string."). */
class Problems {
  readonly list: string[] = []
  constructor(private readonly b: Json) {}
  required(key: string): void {
    if (!(key in this.b)) this.list.push(`"${key}" wasn't supplied.`)
  }
  is(key: string, ok: (v: unknown) => boolean, what: string): void {
    if (key in this.b && !ok(this.b[key])) this.list.push(`For 'properties/${key}', ${JSON.stringify(this.b[key])} is not ${what}.`)
  }
  throwIfAny(doc: string): void {
    if (this.list.length) throw invalidRequest(doc, this.list)
  }
}

const isString = (v: unknown): boolean => typeof v === 'string'
const isStringOrNull = (v: unknown): boolean => typeof v === 'string' || v === null
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string')
const isLabelList = (v: unknown): boolean =>
  Array.isArray(v) && v.every((x) => typeof x === 'string' || (typeof x === 'object' && x !== null && typeof (x as Json).name === 'string'))
const labelName = (x: unknown): string => (typeof x === 'string' ? x : String((x as Json).name))

/** Whether the grant may set labels and assignees (GitHub drops them silently for a caller without push access). */
function mayTriage(grant: TokenGrant, owner: string, repo: string): boolean {
  if (grant.permissions) return allows(grant, 'issues', 'write') || allows(grant, 'pull_requests', 'write')
  const full = lower(`${owner}/${repo}`)
  return grant.admin.repos.some((r) => lower(r) === full) || grant.admin.orgs.some((o) => lower(o) === lower(owner))
}

export function issueEndpoints(state: GitHubState, serverUrl: () => string): TokenEndpoint[] {
  const base = (): string => serverUrl()

  /** The repository of a request (404 when it does not exist or the caller cannot see it). */
  const repoOf = (req: SandboxRequest, grant: TokenGrant, doc: string): { owner: string; repo: string; full: string } => {
    const r = state.repo(req.params.owner!, req.params.repo!)
    if (!r || !canSeeRepo(grant, r.owner, r.name)) throw notFound(doc)
    return { owner: r.owner, repo: r.name, full: `${r.owner}/${r.name}` }
  }

  const findIssue = (owner: string, repo: string, raw: string | undefined, doc: string): IssueRecord => {
    const issue = raw && /^\d+$/.test(raw) ? state.issuesOf(owner, repo).get(Number(raw)) : undefined
    if (!issue) throw notFound(doc)
    return issue
  }

  /** The permissions that may act on an issue: `issues`, and for a pull request `pull_requests` too. */
  const permsFor = (issue: IssueRecord | undefined): string[] => (issue?.pull ? ['issues', 'pull_requests'] : ['issues'])

  /** Label records for names, creating the missing ones (GitHub creates a label the first time an issue names it). */
  const resolveLabels = (owner: string, repo: string, names: string[]): number[] => {
    const labels = state.labelsOf(owner, repo)
    const ids: number[] = []
    for (const name of names) {
      let l = labels.find((x) => lower(x.name) === lower(name))
      if (!l) {
        l = { id: state.objectId(), name, color: 'ededed', description: null, default: false }
        labels.push(l)
      }
      if (!ids.includes(l.id)) ids.push(l.id)
    }
    return ids
  }

  const checkAssignees = (logins: string[], resource: string, doc: string): void => {
    const unknown = logins.filter((l) => ![...state.users].some((u) => lower(u) === lower(l)))
    if (unknown.length) throw validationFailed(doc, unknown.map((value) => ({ resource, code: 'invalid', field: 'assignees', value })))
  }

  const tooLong = (body: unknown): boolean => typeof body === 'string' && chars(body) > MAX_BODY

  // --- issues -------------------------------------------------------------------------------------

  const create = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo, full } = repoOf(req, grant, doc)
    requireRepoPermission(grant, state, owner, repo, ['issues'], 'write', doc)
    const b = object(jsonBody(req, doc), doc)
    const p = new Problems(b)
    p.required('title')
    p.is('title', (v) => typeof v === 'string' || Number.isInteger(v), 'a string or an integer')
    p.is('body', isStringOrNull, 'a string')
    p.is('labels', isLabelList, 'an array of strings or label objects')
    p.is('assignees', isStringArray, 'an array of strings')
    p.is('assignee', isStringOrNull, 'a string')
    p.throwIfAny(doc)
    if (String(b.title).trim() === '') throw validationFailed(doc, [{ resource: 'Issue', code: 'missing_field', field: 'title' }])
    if (tooLong(b.body)) throw validationFailed(doc, [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }])
    const triage = mayTriage(grant, owner, repo)
    const assignees = triage ? [...new Set([...((b.assignees as string[] | undefined) ?? []), ...(typeof b.assignee === 'string' ? [b.assignee] : [])])] : []
    checkAssignees(assignees, 'Issue', doc)
    const now = state.now()
    const issue: IssueRecord = {
      id: state.objectId(),
      number: state.nextIssueNumber(owner, repo),
      repo: full,
      title: String(b.title),
      body: (b.body as string | null | undefined) ?? null,
      state: 'open',
      stateReason: null,
      labels: triage ? resolveLabels(owner, repo, ((b.labels as unknown[] | undefined) ?? []).map(labelName)) : [],
      assignees,
      user: grant.login,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      closedBy: null
    }
    state.issuesOf(owner, repo).set(issue.number, issue)
    const view = issueView(base(), state, issue)
    return { status: 201, headers: { location: String(view.url) }, body: view }
  }

  const get = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo } = repoOf(req, grant, doc)
    const issue = findIssue(owner, repo, req.params.issue_number, doc)
    requireRepoPermission(grant, state, owner, repo, permsFor(issue), 'read', doc)
    return { status: 200, body: issueView(base(), state, issue) }
  }

  const update = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo } = repoOf(req, grant, doc)
    const issue = findIssue(owner, repo, req.params.issue_number, doc)
    requireRepoPermission(grant, state, owner, repo, permsFor(issue), 'write', doc)
    const b = object(jsonBody(req, doc) ?? {}, doc)
    const p = new Problems(b)
    p.is('title', (v) => typeof v === 'string' || Number.isInteger(v) || v === null, 'a string or an integer')
    p.is('body', isStringOrNull, 'a string')
    p.is('state', (v) => v === 'open' || v === 'closed', 'one of "open", "closed"')
    p.is('state_reason', (v) => v === null || ['completed', 'not_planned', 'reopened', 'duplicate'].includes(v as string), 'a valid state reason')
    p.is('labels', isLabelList, 'an array of strings or label objects')
    p.is('assignees', isStringArray, 'an array of strings')
    p.throwIfAny(doc)
    if (tooLong(b.body)) throw validationFailed(doc, [{ resource: 'Issue', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }])
    const triage = mayTriage(grant, owner, repo)
    if (triage && Array.isArray(b.assignees)) checkAssignees(b.assignees as string[], 'Issue', doc)
    if (typeof b.title === 'string' || typeof b.title === 'number') issue.title = String(b.title)
    if ('body' in b) issue.body = (b.body as string | null) ?? null
    if (triage && Array.isArray(b.labels)) issue.labels = resolveLabels(owner, repo, (b.labels as unknown[]).map(labelName))
    if (triage && Array.isArray(b.assignees)) issue.assignees = [...new Set(b.assignees as string[])]
    const now = state.now()
    if (b.state === 'closed' && issue.state === 'open') {
      issue.state = 'closed'
      issue.closedAt = now
      issue.closedBy = grant.login
      issue.stateReason = (b.state_reason as IssueRecord['stateReason'] | undefined) ?? 'completed'
    } else if (b.state === 'open' && issue.state === 'closed') {
      issue.state = 'open'
      issue.closedAt = null
      issue.stateReason = 'reopened'
    } else if ('state_reason' in b && issue.state === 'closed') {
      issue.stateReason = b.state_reason as IssueRecord['stateReason']
    }
    issue.updatedAt = now
    return { status: 200, body: issueView(base(), state, issue) }
  }

  const list = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo } = repoOf(req, grant, doc)
    // A token may list issues with `issues: read`, pull requests with `pull_requests: read`; a classic one both.
    const issuesOk = !grant.permissions || allows(grant, 'issues', 'read')
    const pullsOk = !grant.permissions || allows(grant, 'pull_requests', 'read')
    if (!issuesOk && !pullsOk) requireRepoPermission(grant, state, owner, repo, ['issues', 'pull_requests'], 'read', doc)
    const q = req.query
    const stateFilter = q.get('state') ?? 'open'
    if (!['open', 'closed', 'all'].includes(stateFilter)) throw invalidRequest(doc, [`For 'state', "${stateFilter}" is not one of open, closed, all.`])
    const wanted = (q.get('labels') ?? '')
      .split(',')
      .map((l) => lower(l.trim()))
      .filter(Boolean)
    const labels = state.labelsOf(owner, repo)
    const nameOf = (id: number): string => lower(labels.find((l) => l.id === id)?.name ?? '')
    const creator = q.get('creator')
    const assignee = q.get('assignee')
    const since = q.get('since')
    const sinceMs = since ? Date.parse(since) : undefined
    if (since && Number.isNaN(sinceMs)) throw validationFailed(doc, [{ resource: 'Issue', code: 'invalid', field: 'since' }])
    const sort = q.get('sort') ?? 'created'
    const direction = q.get('direction') ?? 'desc'
    const commentCount = (i: IssueRecord): number => [...state.comments.values()].filter((c) => c.repo === i.repo && c.issueNumber === i.number).length
    const key = (i: IssueRecord): number => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? commentCount(i) : i.createdAt)
    const all = [...state.issuesOf(owner, repo).values()]
      .filter((i) => (i.pull ? pullsOk : issuesOk))
      .filter((i) => stateFilter === 'all' || i.state === stateFilter)
      .filter((i) => wanted.every((w) => i.labels.some((id) => nameOf(id) === w)))
      .filter((i) => creator === null || lower(i.user) === lower(creator))
      .filter((i) =>
        assignee === null ? true : assignee === 'none' ? i.assignees.length === 0 : assignee === '*' ? i.assignees.length > 0 : i.assignees.some((a) => lower(a) === lower(assignee))
      )
      .filter((i) => sinceMs === undefined || i.updatedAt >= sinceMs)
      .sort((a, b) => (direction === 'asc' ? key(a) - key(b) || a.number - b.number : key(b) - key(a) || b.number - a.number))
    const page = paginate(all, req, base())
    return listResponse(page.link, page.items.map((i) => issueView(base(), state, i)))
  }

  // --- comments -----------------------------------------------------------------------------------

  const commentsOf = (i: IssueRecord) =>
    [...state.comments.values()].filter((c) => c.repo === i.repo && c.issueNumber === i.number).sort((a, b) => a.id - b.id)

  const listComments = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo } = repoOf(req, grant, doc)
    const issue = findIssue(owner, repo, req.params.issue_number, doc)
    requireRepoPermission(grant, state, owner, repo, permsFor(issue), 'read', doc)
    const since = req.query.get('since')
    const sinceMs = since ? Date.parse(since) : undefined
    const all = commentsOf(issue).filter((c) => sinceMs === undefined || Number.isNaN(sinceMs) || c.updatedAt >= sinceMs)
    const page = paginate(all, req, base())
    return listResponse(page.link, page.items.map((c) => commentView(base(), state, c)))
  }

  const commentBody = (req: SandboxRequest, doc: string): string => {
    const b = object(jsonBody(req, doc), doc)
    const p = new Problems(b)
    p.required('body')
    p.is('body', isString, 'a string')
    p.throwIfAny(doc)
    const body = b.body as string
    if (chars(body) > MAX_BODY)
      throw validationFailed(doc, [{ resource: 'IssueComment', code: 'unprocessable', field: 'data', message: 'Body is too long (maximum is 65536 characters)' }])
    return body
  }

  const createComment = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo } = repoOf(req, grant, doc)
    const issue = findIssue(owner, repo, req.params.issue_number, doc)
    requireRepoPermission(grant, state, owner, repo, permsFor(issue), 'write', doc)
    const body = commentBody(req, doc)
    const now = state.now()
    const c = { id: state.objectId(), repo: issue.repo, issueNumber: issue.number, body, user: grant.login, createdAt: now, updatedAt: now }
    state.comments.set(c.id, c)
    issue.updatedAt = now
    const view = commentView(base(), state, c)
    return { status: 201, headers: { location: String(view.url) }, body: view }
  }

  /** A comment by id, only in this repository (another repository's comment is a 404). */
  const findComment = (req: SandboxRequest, full: string, doc: string) => {
    const raw = req.params.comment_id!
    const c = /^\d+$/.test(raw) ? state.comments.get(Number(raw)) : undefined
    if (!c || lower(c.repo) !== lower(full)) throw notFound(doc)
    return c
  }

  const getComment = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo, full } = repoOf(req, grant, doc)
    const c = findComment(req, full, doc)
    requireRepoPermission(grant, state, owner, repo, permsFor(state.issuesOf(owner, repo).get(c.issueNumber)), 'read', doc)
    return { status: 200, body: commentView(base(), state, c) }
  }

  const updateComment = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo, full } = repoOf(req, grant, doc)
    const c = findComment(req, full, doc)
    requireRepoPermission(grant, state, owner, repo, permsFor(state.issuesOf(owner, repo).get(c.issueNumber)), 'write', doc)
    c.body = commentBody(req, doc)
    c.updatedAt = state.now()
    return { status: 200, body: commentView(base(), state, c) }
  }

  // --- labels -------------------------------------------------------------------------------------

  const getLabel = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo, full } = repoOf(req, grant, doc)
    requireRepoPermission(grant, state, owner, repo, ['issues', 'pull_requests'], 'read', doc)
    const l = state.labelsOf(owner, repo).find((x) => lower(x.name) === lower(req.params.name!))
    if (!l) throw notFound(doc)
    return { status: 200, body: labelView(base(), full, l) }
  }

  const listLabels = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo, full } = repoOf(req, grant, doc)
    requireRepoPermission(grant, state, owner, repo, ['issues', 'pull_requests'], 'read', doc)
    const page = paginate(state.labelsOf(owner, repo), req, base())
    return listResponse(page.link, page.items.map((l) => labelView(base(), full, l)))
  }

  const createLabel = (req: SandboxRequest, { grant, doc }: Call) => {
    const { owner, repo, full } = repoOf(req, grant, doc)
    requireRepoPermission(grant, state, owner, repo, ['issues', 'pull_requests'], 'write', doc, true)
    const b = object(jsonBody(req, doc), doc)
    const p = new Problems(b)
    p.required('name')
    p.is('name', isString, 'a string')
    p.is('color', isString, 'a string')
    p.is('description', isString, 'a string')
    p.throwIfAny(doc)
    const name = (b.name as string).trim()
    const labels = state.labelsOf(owner, repo)
    if (!name) throw validationFailed(doc, [{ resource: 'Label', code: 'missing_field', field: 'name' }])
    if (labels.some((l) => lower(l.name) === lower(name))) throw validationFailed(doc, [{ resource: 'Label', code: 'already_exists', field: 'name' }])
    const color = ((b.color as string | undefined) ?? 'ededed').replace(/^#/, '')
    if (!/^[0-9a-fA-F]{6}$/.test(color)) throw validationFailed(doc, [{ resource: 'Label', code: 'invalid', field: 'color' }])
    const description = (b.description as string | undefined) ?? null
    if (description !== null && chars(description) > 100) throw validationFailed(doc, [{ resource: 'Label', code: 'invalid', field: 'description' }])
    const label: LabelRecord = { id: state.objectId(), name, color: lower(color), description, default: false }
    labels.push(label)
    const view = labelView(base(), full, label)
    return { status: 201, headers: { location: String(view.url) }, body: view }
  }

  const r = '/repos/{owner}/{repo}'
  return [
    { method: 'POST', pattern: `${r}/issues`, operation: 'issues/create', doc: `${ISSUES_DOC}#create-an-issue`, handler: create },
    { method: 'GET', pattern: `${r}/issues`, operation: 'issues/list-for-repo', doc: `${ISSUES_DOC}#list-repository-issues`, handler: list },
    // Literal `comments` before `{issue_number}`: the router takes the first pattern that matches.
    { method: 'GET', pattern: `${r}/issues/comments/{comment_id}`, operation: 'issues/get-comment', doc: `${COMMENTS_DOC}#get-an-issue-comment`, handler: getComment },
    { method: 'PATCH', pattern: `${r}/issues/comments/{comment_id}`, operation: 'issues/update-comment', doc: `${COMMENTS_DOC}#update-an-issue-comment`, handler: updateComment },
    { method: 'GET', pattern: `${r}/issues/{issue_number}`, operation: 'issues/get', doc: `${ISSUES_DOC}#get-an-issue`, handler: get },
    { method: 'PATCH', pattern: `${r}/issues/{issue_number}`, operation: 'issues/update', doc: `${ISSUES_DOC}#update-an-issue`, handler: update },
    { method: 'GET', pattern: `${r}/issues/{issue_number}/comments`, operation: 'issues/list-comments', doc: `${COMMENTS_DOC}#list-issue-comments`, handler: listComments },
    { method: 'POST', pattern: `${r}/issues/{issue_number}/comments`, operation: 'issues/create-comment', doc: `${COMMENTS_DOC}#create-an-issue-comment`, handler: createComment },
    { method: 'GET', pattern: `${r}/labels`, operation: 'issues/list-labels-for-repo', doc: `${LABELS_DOC}#list-labels-for-a-repository`, handler: listLabels },
    { method: 'POST', pattern: `${r}/labels`, operation: 'issues/create-label', doc: `${LABELS_DOC}#create-a-label`, handler: createLabel },
    { method: 'GET', pattern: `${r}/labels/{name}`, operation: 'issues/get-label', doc: `${LABELS_DOC}#get-a-label`, handler: getLabel }
  ]
}

