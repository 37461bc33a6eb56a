// Who is calling and what they may do: the Authorization header (`Bearer <t>` or `token <t>`), the
// token's grants on a repository or organisation (classic grants, or an installation's permissions), and
// GitHub's per-token rate-limit headers.
import type { SandboxRequest } from '../frame.js'
import type { Level, RunnerScope, TokenGrant } from './model.js'
import type { GitHubState } from './state.js'
import { ghError, header, notFound } from './http.js'

const lower = (s: string): string => s.toLowerCase()
const has = (list: readonly string[], name: string): boolean => list.some((x) => lower(x) === lower(name))

/** The bearer credential of a request, or a 401 "Requires authentication" without one. */
export function bearer(req: SandboxRequest): string | undefined {
  const auth = header(req, 'authorization')
  if (!auth) throw ghError(401, 'Requires authentication')
  return /^(?:bearer|token)\s+(\S+)\s*$/i.exec(auth)?.[1]
}

/** The caller's grant; 401 when the header is missing ("Requires authentication"), the token unknown or expired. */
export function authenticate(req: SandboxRequest, state: GitHubState): TokenGrant {
  const token = bearer(req)
  const grant = token ? state.tokens.get(token) : undefined
  if (!grant || (grant.expiresAt !== undefined && grant.expiresAt <= state.now())) throw ghError(401, 'Bad credentials')
  return grant
}

/** Whether the grant can see a repository at all (if not, GitHub answers 404, as for a missing one). */
export function canSeeRepo(grant: TokenGrant, owner: string, repo: string): boolean {
  const inst = grant.installation
  if (inst) return lower(inst.account) === lower(owner) && (inst.repositories === 'all' || has(inst.repositories, repo))
  const full = `${owner}/${repo}`
  return has(grant.admin.repos, full) || has(grant.admin.orgs, owner) || has(grant.read.repos, full) || has(grant.read.orgs, owner)
}

/** Whether the grant can see an organisation (an installation on it, or access to one of its repositories). */
export function canSeeOrg(grant: TokenGrant, org: string): boolean {
  if (grant.installation) return lower(grant.installation.account) === lower(org)
  return has(grant.admin.orgs, org) || has(grant.read.orgs, org) || grant.read.repos.some((r) => lower(r.split('/')[0] ?? '') === lower(org))
}

const RANK: Record<Level, number> = { read: 1, write: 2, admin: 3 }

/** Whether an installation-style grant holds `permission` at `level` or above (classic grants hold none). */
export function allows(grant: TokenGrant, permission: string, level: Level): boolean {
  const got = grant.permissions?.[permission]
  return got !== undefined && RANK[got] >= RANK[level]
}

/**
 * Checks that the scope exists and the grant may manage its runners. A token that cannot even see the
 * repository or org gets the same 404 as a missing one (GitHub does not reveal private resources); one that
 * can see it but lacks admin gets a 403 worded by token kind. An installation token needs `administration:
 * write` for a repository's runners and `organization_self_hosted_runners: write` for an organisation's.
 */
export function requireRunnerAdmin(grant: TokenGrant, state: GitHubState, scope: RunnerScope, doc: string): void {
  if (scope.kind === 'repo') {
    const full = `${scope.owner}/${scope.repo}`
    if (!state.repo(scope.owner, scope.repo)) throw notFound(doc)
    if (grant.permissions) {
      if (!canSeeRepo(grant, scope.owner, scope.repo)) throw notFound(doc)
      if (!allows(grant, 'administration', 'write')) throw forbidden(grant, doc)
      return
    }
    const admin = has(grant.admin.repos, full) || has(grant.admin.orgs, scope.owner)
    const read = admin || has(grant.read.repos, full) || has(grant.read.orgs, scope.owner)
    if (!read) throw notFound(doc)
    if (!admin) throw forbidden(grant, doc)
    return
  }
  if (!state.org(scope.org)) throw notFound(doc)
  if (grant.permissions) {
    if (!canSeeOrg(grant, scope.org)) throw notFound(doc)
    if (!allows(grant, 'organization_self_hosted_runners', 'write')) throw forbidden(grant, doc)
    return
  }
  const admin = has(grant.admin.orgs, scope.org)
  const read = admin || canSeeOrg(grant, scope.org)
  if (!read) throw notFound(doc)
  if (!admin) throw forbidden(grant, doc)
}

/**
 * Checks that a repository exists, the grant can see it, and may use `permissions` (any one of them) at `level`
 * there: the issues API takes `issues`, or `pull_requests` for a pull request. A classic grant may read and write
 * issues wherever it can see the repository (anyone with read access may open issues and comment), and needs
 * admin (push) access where `needsPush` (creating labels).
 */
export function requireRepoPermission(
  grant: TokenGrant,
  state: GitHubState,
  owner: string,
  repo: string,
  permissions: readonly string[],
  level: Level,
  doc: string,
  needsPush = false
): void {
  if (!state.repo(owner, repo) || !canSeeRepo(grant, owner, repo)) throw notFound(doc)
  if (grant.permissions) {
    if (!permissions.some((p) => allows(grant, p, level))) throw forbidden(grant, doc)
    return
  }
  if (needsPush && level !== 'read' && !(has(grant.admin.repos, `${owner}/${repo}`) || has(grant.admin.orgs, owner))) throw forbidden(grant, doc)
}

export function forbidden(grant: TokenGrant, doc: string) {
  const who = grant.kind === 'installation' ? 'integration' : 'personal access token'
  return ghError(403, `Resource not accessible by ${who}`, doc)
}

/** Per-token hourly budget, as `x-ratelimit-*` reports it (installation tokens and PATs: 5000, anonymous: 60). */
export class RateLimits {
  private readonly windows = new Map<string, { resetAt: number; used: number }>()

  constructor(private readonly now: () => number) {}

  reset(): void {
    this.windows.clear()
  }

  /** Counts one request for `key` (a token, or `anonymous`) and returns the headers to send. */
  take(key: string, limit: number): Record<string, string> {
    const now = this.now()
    let w = this.windows.get(key)
    if (!w || w.resetAt <= now) {
      w = { resetAt: now + 3600_000, used: 0 }
      this.windows.set(key, w)
    }
    w.used += 1
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - w.used)),
      'x-ratelimit-reset': String(Math.floor(w.resetAt / 1000)),
      'x-ratelimit-used': String(w.used),
      'x-ratelimit-resource': 'core'
    }
  }
}
