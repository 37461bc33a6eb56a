// Who is calling and what they may do: the Authorization header (`Bearer <t>` or `token <t>`), the
// token's grants on a repository or organisation, and GitHub's per-token rate-limit headers.
import type { SandboxRequest } from '../frame.js'
import type { RunnerScope, TokenGrant } from './model.js'
import type { GitHubState } from './state.js'
import { ghError, header, notFound } from './http.js'

const lower = (s: string): string => s.toLowerCase()

/** The caller's grant; 401 when the header is missing ("Requires authentication") or the token unknown. */
export function authenticate(req: SandboxRequest, state: GitHubState): TokenGrant {
  const auth = header(req, 'authorization')
  if (!auth) throw ghError(401, 'Requires authentication')
  const m = /^(?:bearer|token)\s+(\S+)\s*$/i.exec(auth)
  const grant = m ? state.tokens.get(m[1]!) : undefined
  if (!grant) throw ghError(401, 'Bad credentials')
  return grant
}

/**
 * Checks that the scope exists and the grant may manage its runners. A token that cannot even see the
 * repository or org gets the same 404 as a missing one (GitHub does not reveal private resources); one that
 * can see it but lacks admin gets a 403 worded by token kind.
 */
export function requireRunnerAdmin(grant: TokenGrant, state: GitHubState, scope: RunnerScope, doc: string): void {
  const has = (list: string[], name: string): boolean => list.some((x) => lower(x) === lower(name))
  if (scope.kind === 'repo') {
    const full = `${scope.owner}/${scope.repo}`
    if (!state.repo(scope.owner, scope.repo)) throw notFound(doc)
    const admin = has(grant.admin.repos, full) || has(grant.admin.orgs, scope.owner)
    const read = admin || has(grant.read.repos, full) || has(grant.read.orgs, scope.owner)
    if (!read) throw notFound(doc)
    if (!admin) throw forbidden(grant, doc)
    return
  }
  if (!state.org(scope.org)) throw notFound(doc)
  const admin = has(grant.admin.orgs, scope.org)
  const read = admin || has(grant.read.orgs, scope.org) || grant.read.repos.some((r) => lower(r.split('/')[0] ?? '') === lower(scope.org))
  if (!read) throw notFound(doc)
  if (!admin) throw forbidden(grant, doc)
}

function forbidden(grant: TokenGrant, doc: string) {
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
