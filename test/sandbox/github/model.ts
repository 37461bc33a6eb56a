// The GitHub emulator's data model: accounts (orgs, repos), tokens and their grants, runner groups and
// self-hosted runners. Plain data; the rules that act on it live in state.ts, auth.ts and runners.ts.

/** Where a runner is registered: a repository (`octo-org/octo-repo`) or an organisation (`octo-org`). */
export type RunnerScope = { kind: 'repo'; owner: string; repo: string } | { kind: 'org'; org: string }

export interface RunnerLabel {
  id: number
  name: string
  type: 'read-only' | 'custom'
}

export interface RunnerRecord {
  id: number
  name: string
  scope: RunnerScope
  /** `unknown` until the runner first connects (what GitHub answers for a fresh JIT runner). */
  os: string
  status: 'online' | 'offline'
  busy: boolean
  ephemeral: boolean
  runnerGroupId: number
  labels: RunnerLabel[]
  /** Runner software version; null until the runner has connected once. */
  version: string | null
  workFolder: string
  /**
   * SHA-256 of the encoded JIT config this runner was created with. The config itself is a credential and is
   * never kept; the digest lets other parts (a runner pod) say which runner they were given.
   */
  jitConfigDigest: string
}

export interface RunnerGroup {
  id: number
  name: string
  visibility: 'all' | 'selected' | 'private'
  default: boolean
  /** Repository names (without owner) that may use a `selected` group. */
  selectedRepositories: string[]
}

export interface OrgRecord {
  login: string
  id: number
  runnerGroups: RunnerGroup[]
}

export interface RepoRecord {
  owner: string
  name: string
  id: number
}

/** A job of a workflow run: what `runs-on` asked for (`labels`) and where it is in its lifecycle. */
export interface JobRecord {
  id: number
  name: string
  status: 'queued' | 'in_progress' | 'completed'
  labels: string[]
  createdAt: number
  startedAt: number | null
  completedAt: number | null
  /** The runner that took it (in_progress or completed), if any. */
  runner: { id: number; name: string; groupId: number; groupName: string } | null
}

/** A workflow run with its jobs; its status follows theirs (actions.ts). */
export interface WorkflowRunRecord {
  id: number
  /** `owner/name` as the repository is spelled. */
  repo: string
  name: string
  event: string
  headSha: string
  headBranch: string
  runNumber: number
  createdAt: number
  updatedAt: number
  jobs: JobRecord[]
}

/** A permission level, as GitHub Apps and fine-grained tokens name them (`app-permissions` in the OpenAPI description). */
export type Level = 'read' | 'write' | 'admin'

/** Permission name (`administration`, `issues`, `pull_requests`, `organization_self_hosted_runners`, ...) to level. */
export type Permissions = Record<string, Level>

/**
 * What a token may do. Without `permissions` (a classic PAT, the seeded admin token): `admin` is what the runner
 * endpoints need (repo admin / org "self-hosted runners") and allows writing issues; `read` lets a token see a
 * repository and read its issues without being allowed to manage its runners. An org in `admin.orgs` also grants
 * admin on every repository of that org.
 *
 * With `permissions` (installation tokens: a GitHub App's, the workflow's GITHUB_TOKEN): the lists (or
 * `installation`) say what the token can see, `permissions` what it may do there; a missing permission is a 403.
 */
export interface TokenGrant {
  token: string
  login: string
  /** `installation` tokens (GitHub App, workflow GITHUB_TOKEN) and PATs word their 403s differently. */
  kind: 'pat' | 'installation'
  admin: { repos: string[]; orgs: string[] }
  read: { repos: string[]; orgs: string[] }
  permissions?: Permissions
  /** A GitHub App installation token: the account it was minted for and the repositories it may reach. */
  installation?: { id: number; account: string; repositories: 'all' | string[] }
  /** Epoch ms after which the token is refused (installation tokens live one hour). */
  expiresAt?: number
}

/**
 * A GitHub App: its id and client ID (either may be a JWT's `iss`) and the permissions it asks for. Its key pair
 * is generated on first use (`GitHubState.appKey`).
 */
export interface AppRecord {
  id: number
  clientId: string
  slug: string
  name: string
  permissions: Permissions
  createdAt: number
}

/** Where an App is installed: an organisation's account, all or selected repositories, the permissions granted. */
export interface InstallationRecord {
  id: number
  appId: number
  account: string
  repositorySelection: 'all' | 'selected'
  /** Repository names (without owner) of a `selected` installation. */
  repositories: string[]
  permissions: Permissions
  createdAt: number
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
  default: boolean
}

/** An issue or a pull request (they share numbers, comments and the issues API, as on GitHub). */
export interface IssueRecord {
  id: number
  number: number
  /** `owner/name`, lower-case. */
  repo: string
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  /** Label ids. */
  labels: number[]
  assignees: string[]
  user: string
  createdAt: number
  updatedAt: number
  closedAt: number | null
  closedBy: string | null
  /** A pull request's head and base; absent for an issue. */
  pull?: { headRef: string; headSha: string; headRepo: string; baseRef: string; draft: boolean }
}

export interface CommentRecord {
  id: number
  repo: string
  issueNumber: number
  body: string
  user: string
  createdAt: number
  updatedAt: number
}

/** The seeded world: what `reset()` returns to. Tokens are fixed so a demo can print them. */
export const SEED = {
  org: 'octo-org',
  repo: 'octo-org/octo-repo',
  /** Admin on the repo and the org: what the action's `github-token` input is in the demo. */
  adminToken: 'ghp_SandboxAdminToken0000000000000000000',
  /** Read-only on the repo, no admin: stands in for the workflow's GITHUB_TOKEN. */
  workflowToken: 'ghs_SandboxWorkflowToken00000000000000',
  /** A second, dedicated org runner group besides Default (id 1). */
  extraGroup: { id: 2, name: 'aks-runners' },
  /**
   * A GitHub App installed on the org (all repositories) with what runner registration needs; its private key is
   * generated once per sandbox (admin `GET /github/apps`).
   */
  app: {
    id: 424242,
    clientId: 'Iv23liSandboxApp0000',
    slug: 'aks-wi-sandbox',
    installationId: 51_000_001,
    permissions: { administration: 'write', organization_self_hosted_runners: 'write', metadata: 'read' }
  },
  /** People who can be assigned to issues, besides the tokens' logins. */
  users: ['octo-admin', 'octocat', 'monalisa', 'hubot']
} as const

export function seedTokens(): TokenGrant[] {
  return [
    {
      token: SEED.adminToken,
      login: 'octo-admin',
      kind: 'pat',
      admin: { repos: [SEED.repo], orgs: [SEED.org] },
      read: { repos: [], orgs: [] }
    },
    {
      token: SEED.workflowToken,
      login: 'github-actions[bot]',
      kind: 'installation',
      admin: { repos: [], orgs: [] },
      read: { repos: [SEED.repo], orgs: [] },
      // A workflow's GITHUB_TOKEN with `permissions: contents: read`: no issues, no pull requests, no administration.
      permissions: { contents: 'read', metadata: 'read' }
    }
  ]
}

/**
 * GitHub's default labels of a new repository (name, colour, description), as its label settings page lists them.
 */
export const DEFAULT_LABELS: ReadonlyArray<[string, string, string]> = [
  ['bug', 'd73a4a', "Something isn't working"],
  ['documentation', '0075ca', 'Improvements or additions to documentation'],
  ['duplicate', 'cfd3d7', 'This issue or pull request already exists'],
  ['enhancement', 'a2eeef', 'New feature or request'],
  ['good first issue', '7057ff', 'Good for newcomers'],
  ['help wanted', '008672', 'Extra attention is needed'],
  ['invalid', 'e4e669', "This doesn't seem right"],
  ['question', 'd876e3', 'Further information is requested'],
  ['wontfix', 'ffffff', 'This will not be worked on']
]

export function defaultRunnerGroups(): RunnerGroup[] {
  return [
    { id: 1, name: 'Default', visibility: 'all', default: true, selectedRepositories: [] },
    { id: SEED.extraGroup.id, name: SEED.extraGroup.name, visibility: 'all', default: false, selectedRepositories: [] }
  ]
}

export function scopeKey(scope: RunnerScope): string {
  return scope.kind === 'repo' ? `${scope.owner}/${scope.repo}`.toLowerCase() : `org:${scope.org.toLowerCase()}`
}
