// The REST API's view of accounts, repositories, labels, issues, comments and App installations: the shapes of
// GitHub's OpenAPI schemas (`simple-user`, `repository`, `label`, `issue`, `issue-comment`, `installation`),
// with the URLs GitHub puts in them. The sandbox serves the API at its root and stands in for the web host too.
import { createHash } from 'node:crypto'
import type { CommentRecord, InstallationRecord, IssueRecord, LabelRecord, RepoRecord } from './model.js'
import type { GitHubState } from './state.js'
import { isoTime } from './http.js'

/** A stable numeric id for a login (GitHub's are global; these only need to be stable and distinct). */
export function userId(login: string): number {
  return 1_000_000 + (createHash('sha256').update(login.toLowerCase()).digest().readUInt32BE(0) % 90_000_000)
}

/** `node_id`s look like `MDQ6VXNlcjE=`: base64 of a type and an id. */
const nodeId = (type: string, id: number): string => Buffer.from(`0${type.length}:${type}${id}`).toString('base64')

/** The `simple-user` schema: a person, a bot (`name[bot]`) or an organisation. */
export function userView(base: string, login: string, type?: 'User' | 'Bot' | 'Organization'): Record<string, unknown> {
  const kind = type ?? (login.endsWith('[bot]') ? 'Bot' : 'User')
  const id = userId(login)
  const api = `${base}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(kind, id),
    avatar_url: `${base}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${base}/${encodeURIComponent(login)}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: kind,
    user_view_type: 'public',
    site_admin: false
  }
}

/** The `repository` schema (what an installation token's answer lists), for a private organisation repository. */
export function repoView(base: string, r: RepoRecord, createdAt: number): Record<string, unknown> {
  const full = `${r.owner}/${r.name}`
  const api = `${base}/repos/${full}`
  const url = (path: string): string => `${api}/${path}`
  const time = isoTime(createdAt)
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: full,
    license: null,
    forks: 0,
    owner: userView(base, r.owner, 'Organization'),
    private: true,
    html_url: `${base}/${full}`,
    description: null,
    fork: false,
    url: api,
    archive_url: url('{archive_format}{/ref}'),
    assignees_url: url('assignees{/user}'),
    blobs_url: url('git/blobs{/sha}'),
    branches_url: url('branches{/branch}'),
    collaborators_url: url('collaborators{/collaborator}'),
    comments_url: url('comments{/number}'),
    commits_url: url('commits{/sha}'),
    compare_url: url('compare/{base}...{head}'),
    contents_url: url('contents/{+path}'),
    contributors_url: url('contributors'),
    deployments_url: url('deployments'),
    downloads_url: url('downloads'),
    events_url: url('events'),
    forks_url: url('forks'),
    git_commits_url: url('git/commits{/sha}'),
    git_refs_url: url('git/refs{/sha}'),
    git_tags_url: url('git/tags{/sha}'),
    git_url: `git://${new URL(base).host}/${full}.git`,
    issue_comment_url: url('issues/comments{/number}'),
    issue_events_url: url('issues/events{/number}'),
    issues_url: url('issues{/number}'),
    keys_url: url('keys{/key_id}'),
    labels_url: url('labels{/name}'),
    languages_url: url('languages'),
    merges_url: url('merges'),
    milestones_url: url('milestones{/number}'),
    notifications_url: url('notifications{?since,all,participating}'),
    pulls_url: url('pulls{/number}'),
    releases_url: url('releases{/id}'),
    ssh_url: `git@${new URL(base).hostname}:${full}.git`,
    stargazers_url: url('stargazers'),
    statuses_url: url('statuses/{sha}'),
    subscribers_url: url('subscribers'),
    subscription_url: url('subscription'),
    tags_url: url('tags'),
    teams_url: url('teams'),
    trees_url: url('git/trees{/sha}'),
    clone_url: `${base}/${full}.git`,
    mirror_url: null,
    hooks_url: url('hooks'),
    svn_url: `${base}/${full}`,
    homepage: null,
    language: 'TypeScript',
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 0,
    default_branch: 'main',
    open_issues_count: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    pushed_at: time,
    created_at: time,
    updated_at: time,
    open_issues: 0,
    watchers: 0
  }
}

/** The `label` schema. */
export function labelView(base: string, repo: string, l: LabelRecord): Record<string, unknown> {
  return {
    id: l.id,
    node_id: nodeId('Label', l.id),
    url: `${base}/repos/${repo}/labels/${encodeURIComponent(l.name)}`,
    name: l.name,
    color: l.color,
    default: l.default,
    description: l.description
  }
}

/** Where a person reads an issue or pull request (`/issues/N` or `/pull/N`). */
export const issueHtmlUrl = (base: string, i: IssueRecord): string => `${base}/${i.repo}/${i.pull ? 'pull' : 'issues'}/${i.number}`

/** The `issue` schema; a pull request carries `pull_request` (what tells the two apart in the issues API). */
export function issueView(base: string, state: GitHubState, i: IssueRecord): Record<string, unknown> {
  const api = `${base}/repos/${i.repo}/issues/${i.number}`
  const [owner = '', name = ''] = i.repo.split('/')
  const labels = state.labelsOf(owner, name)
  const comments = [...state.comments.values()].filter((c) => c.repo === i.repo && c.issueNumber === i.number).length
  return {
    id: i.id,
    node_id: nodeId(i.pull ? 'PullRequest' : 'Issue', i.id),
    url: api,
    repository_url: `${base}/repos/${i.repo}`,
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: issueHtmlUrl(base, i),
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: userView(base, i.user),
    labels: i.labels.flatMap((id) => labels.filter((l) => l.id === id)).map((l) => labelView(base, i.repo, l)),
    assignee: i.assignees[0] === undefined ? null : userView(base, i.assignees[0]),
    assignees: i.assignees.map((a) => userView(base, a)),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments,
    ...(i.pull
      ? {
          pull_request: {
            url: `${base}/repos/${i.repo}/pulls/${i.number}`,
            html_url: issueHtmlUrl(base, i),
            diff_url: `${issueHtmlUrl(base, i)}.diff`,
            patch_url: `${issueHtmlUrl(base, i)}.patch`,
            merged_at: null
          },
          draft: i.pull.draft
        }
      : {}),
    closed_at: i.closedAt === null ? null : isoTime(i.closedAt),
    closed_by: i.closedBy === null ? null : userView(base, i.closedBy),
    created_at: isoTime(i.createdAt),
    updated_at: isoTime(i.updatedAt),
    author_association: i.user.endsWith('[bot]') ? 'NONE' : 'MEMBER',
    timeline_url: `${api}/timeline`
  }
}

/** The `issue-comment` schema. */
export function commentView(base: string, state: GitHubState, c: CommentRecord): Record<string, unknown> {
  const issue = state.issues.get(c.repo.toLowerCase())?.get(c.issueNumber)
  const html = issue ? issueHtmlUrl(base, issue) : `${base}/${c.repo}/issues/${c.issueNumber}`
  return {
    id: c.id,
    node_id: nodeId('IssueComment', c.id),
    url: `${base}/repos/${c.repo}/issues/comments/${c.id}`,
    html_url: `${html}#issuecomment-${c.id}`,
    body: c.body,
    user: userView(base, c.user),
    created_at: isoTime(c.createdAt),
    updated_at: isoTime(c.updatedAt),
    issue_url: `${base}/repos/${c.repo}/issues/${c.issueNumber}`,
    author_association: c.user.endsWith('[bot]') ? 'NONE' : 'MEMBER'
  }
}

/** The `installation` schema: an App installed on an organisation. */
export function installationView(base: string, state: GitHubState, i: InstallationRecord): Record<string, unknown> {
  const app = state.apps.get(i.appId)
  const org = state.org(i.account)
  return {
    id: i.id,
    account: userView(base, org?.login ?? i.account, 'Organization'),
    repository_selection: i.repositorySelection,
    access_tokens_url: `${base}/app/installations/${i.id}/access_tokens`,
    repositories_url: `${base}/installation/repositories`,
    html_url: `${base}/organizations/${i.account}/settings/installations/${i.id}`,
    app_id: i.appId,
    client_id: app?.clientId,
    app_slug: app?.slug ?? 'app',
    target_id: org?.id ?? userId(i.account),
    target_type: 'Organization',
    permissions: { ...i.permissions },
    events: [],
    created_at: isoTime(i.createdAt),
    updated_at: isoTime(i.createdAt),
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null
  }
}
