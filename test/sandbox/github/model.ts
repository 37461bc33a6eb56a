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

/**
 * What a token may do. `admin` is what the runner endpoints need (repo admin / org "self-hosted runners");
 * `read` lets a token see a repository without being allowed to manage its runners (the workflow GITHUB_TOKEN).
 * An org in `admin.orgs` also grants admin on every repository of that org.
 */
export interface TokenGrant {
  token: string
  login: string
  /** `installation` tokens (GitHub App, workflow GITHUB_TOKEN) and PATs word their 403s differently. */
  kind: 'pat' | 'installation'
  admin: { repos: string[]; orgs: string[] }
  read: { repos: string[]; orgs: string[] }
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
  extraGroup: { id: 2, name: 'aks-runners' }
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
      read: { repos: [SEED.repo], orgs: [] }
    }
  ]
}

export function defaultRunnerGroups(): RunnerGroup[] {
  return [
    { id: 1, name: 'Default', visibility: 'all', default: true, selectedRepositories: [] },
    { id: SEED.extraGroup.id, name: SEED.extraGroup.name, visibility: 'all', default: false, selectedRepositories: [] }
  ]
}

export function scopeKey(scope: RunnerScope): string {
  return scope.kind === 'repo' ? `${scope.owner}/${scope.repo}`.toLowerCase() : `org:${scope.org.toLowerCase()}`
}
