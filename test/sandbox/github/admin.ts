// Admin routes of the GitHub part (mounted under `/github/...` on the admin server): play the runner's side
// (online, busy, offline, gone) and seed tokens, repositories and organisations.
import { randomBytes } from 'node:crypto'
import { HttpError, type Handler, type SandboxRequest } from '../frame.js'
import type { RunnerGroup, TokenGrant } from './model.js'
import { scopeKey } from './model.js'
import type { GitHubState, RunnerStatePatch } from './state.js'
import { runnerView } from './runners.js'

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

export function adminRoutes(state: GitHubState): AdminRoute[] {
  return [
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
        const grant: TokenGrant = {
          token: typeof b.token === 'string' && b.token ? b.token : `${kind === 'pat' ? 'ghp' : 'ghs'}_${randomBytes(18).toString('hex')}`,
          login: typeof b.login === 'string' ? b.login : 'sandbox-user',
          kind,
          admin: { repos: strings(admin.repos, 'admin.repos'), orgs: strings(admin.orgs, 'admin.orgs') },
          read: { repos: strings(read.repos, 'read.repos'), orgs: strings(read.orgs, 'read.orgs') }
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
    }
  ]
}
