// GitHub Apps: the App's JWT (RS256, signed with the App's private key) checked as GitHub checks it, the
// installation of an App on a repository or organisation, and installation access tokens with exactly the
// permissions and repositories asked for (within the installation's), valid one hour and revocable.
import { randomBytes, verify } from 'node:crypto'
import type { SandboxRequest } from '../frame.js'
import type { AppRecord, InstallationRecord, Level, Permissions } from './model.js'
import type { GitHubState } from './state.js'
import type { AppCall, AppEndpoint, Call, Endpoint } from './endpoint.js'
import { bearer, forbidden } from './auth.js'
import { DOCS_ROOT, ghError, invalidBody as invalidRequest, isoTime, jsonBody, notFound } from './http.js'
import { installationView, repoView } from './api-views.js'

const APPS_DOC = `${DOCS_ROOT}/apps/apps`
/** How long an installation token lives (GitHub: one hour). */
export const INSTALLATION_TOKEN_TTL_MS = 3600_000
/** The longest a JWT may live (GitHub: ten minutes), counted from the server's clock. */
const MAX_JWT_LIFETIME_S = 600

const lower = (s: string): string => s.toLowerCase()
const RANK: Record<Level, number> = { read: 1, write: 2, admin: 3 }
const decodeError = () => ghError(401, 'A JSON web token could not be decoded', DOCS_ROOT)

function b64json(part: string): Record<string, unknown> {
  const v = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object')
  return v as Record<string, unknown>
}

/**
 * The App a request is authenticated as, from its `Authorization: Bearer <JWT>`. In GitHub's order and words:
 * not a JWT or a bad signature: 401 "A JSON web token could not be decoded" (a private key of another App gets
 * this too); an `iss` that is no App: 404 "Integration not found"; `iat` in the future, `exp` past or more than
 * ten minutes ahead of the server's clock: 401 with GitHub's messages.
 */
export function authenticateApp(req: SandboxRequest, state: GitHubState): AppRecord {
  const jwt = bearer(req)
  const parts = jwt?.split('.') ?? []
  if (parts.length !== 3) throw decodeError()
  let header: Record<string, unknown>
  let payload: Record<string, unknown>
  try {
    header = b64json(parts[0]!)
    payload = b64json(parts[1]!)
  } catch {
    throw decodeError()
  }
  if (header.alg !== 'RS256') throw decodeError()
  const app = state.appByIssuer(payload.iss)
  if (!app) throw ghError(404, 'Integration not found', DOCS_ROOT)
  const signed = verify('RSA-SHA256', Buffer.from(`${parts[0]}.${parts[1]}`), state.appKey(app.id).publicKeyPem, Buffer.from(parts[2]!, 'base64url'))
  if (!signed) throw decodeError()
  const now = Math.floor(state.now() / 1000)
  if (!Number.isInteger(payload.iat) || (payload.iat as number) > now)
    throw ghError(401, "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued", DOCS_ROOT)
  if (typeof payload.exp !== 'number' || payload.exp <= now)
    throw ghError(401, "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires", DOCS_ROOT)
  if (payload.exp > now + MAX_JWT_LIFETIME_S) throw ghError(401, "'Expiration time' claim ('exp') is too far in the future", DOCS_ROOT)
  return app
}

/** Whether `asked` is within `granted` (every permission named, at its level or below). */
function within(asked: Permissions, granted: Permissions): boolean {
  return Object.entries(asked).every(([name, level]) => granted[name] !== undefined && RANK[level] <= RANK[granted[name]])
}

const isLevel = (v: unknown): v is Level => v === 'read' || v === 'write' || v === 'admin'

export function appEndpoints(state: GitHubState, serverUrl: () => string): Endpoint[] {
  const base = (): string => serverUrl()
  const notGranted = (doc: string) => ghError(422, 'The permissions requested are not granted to this installation.', doc)

  /** The installation of the calling App that covers a repository (an org installation of all or selected repositories). */
  const forRepo = (app: AppRecord, owner: string, repo: string): InstallationRecord | undefined => {
    if (!state.repo(owner, repo)) return undefined
    const inst = state.installationOn(app.id, owner)
    return inst && (inst.repositorySelection === 'all' || inst.repositories.some((r) => lower(r) === lower(repo))) ? inst : undefined
  }

  const getRepoInstallation = (req: SandboxRequest, { app, doc }: AppCall) => {
    const inst = forRepo(app, req.params.owner!, req.params.repo!)
    if (!inst) throw notFound(doc)
    return { status: 200, body: installationView(base(), state, inst) }
  }

  const getOrgInstallation = (req: SandboxRequest, { app, doc }: AppCall) => {
    const inst = state.org(req.params.org!) ? state.installationOn(app.id, req.params.org!) : undefined
    if (!inst) throw notFound(doc)
    return { status: 200, body: installationView(base(), state, inst) }
  }

  const createToken = (req: SandboxRequest, { app, doc }: AppCall) => {
    const raw = req.params.installation_id!
    const inst = /^\d+$/.test(raw) ? state.installations.get(Number(raw)) : undefined
    if (!inst || inst.appId !== app.id) throw notFound(doc)
    const body = (jsonBody(req, doc) ?? {}) as Record<string, unknown>
    if (typeof body !== 'object' || Array.isArray(body)) throw invalidRequest(doc, [`${JSON.stringify(body)} is not an object.`])
    const problems: string[] = []
    if (body.repositories !== undefined && !(Array.isArray(body.repositories) && body.repositories.every((r) => typeof r === 'string')))
      problems.push(`For 'properties/repositories', ${JSON.stringify(body.repositories)} is not an array of strings.`)
    if (body.repository_ids !== undefined && !(Array.isArray(body.repository_ids) && body.repository_ids.every((r) => Number.isInteger(r))))
      problems.push(`For 'properties/repository_ids', ${JSON.stringify(body.repository_ids)} is not an array of integers.`)
    if (body.permissions !== undefined && (typeof body.permissions !== 'object' || body.permissions === null || Array.isArray(body.permissions)))
      problems.push(`For 'properties/permissions', ${JSON.stringify(body.permissions)} is not an object.`)
    if (problems.length) throw invalidRequest(doc, problems)

    // Permissions: a subset of the installation's (an unknown name is not granted either).
    const asked = body.permissions as Record<string, unknown> | undefined
    if (asked && !Object.values(asked).every(isLevel)) throw notGranted(doc)
    if (asked && !within(asked as Permissions, inst.permissions)) throw notGranted(doc)
    // Metadata (read) comes with every installation token, asked for or not.
    const permissions: Permissions = asked
      ? { ...(asked as Permissions), ...(inst.permissions.metadata && !('metadata' in asked) ? { metadata: 'read' } : {}) }
      : { ...inst.permissions }

    // Repositories: by name or id, each in the installation's account and selection.
    const names = [...((body.repositories as string[] | undefined) ?? [])]
    for (const id of (body.repository_ids as number[] | undefined) ?? []) {
      const r = [...state.repos.values()].find((x) => x.id === id)
      names.push(r ? r.name : `#${id}`)
    }
    if (names.length > 500) throw invalidRequest(doc, ["For 'properties/repositories', more than 500 items."])
    const repos = names.map((n) => state.repo(inst.account, n))
    const covered = (n: string): boolean => inst.repositorySelection === 'all' || inst.repositories.some((r) => lower(r) === lower(n))
    if (repos.some((r, i) => !r || !covered(names[i]!)))
      throw ghError(422, 'There is at least one repository that does not exist or is not accessible to the parent installation.', doc)
    const selected = names.length ? repos.map((r) => r!.name) : inst.repositorySelection === 'selected' ? [...inst.repositories] : undefined

    const token = `ghs_${randomBytes(27).toString('base64url').replace(/[-_]/g, '0').slice(0, 36)}`
    const expiresAt = state.now() + INSTALLATION_TOKEN_TTL_MS
    state.addToken({
      token,
      login: `${app.slug}[bot]`,
      kind: 'installation',
      admin: { repos: [], orgs: [] },
      read: { repos: [], orgs: [] },
      permissions,
      installation: { id: inst.id, account: inst.account, repositories: selected ?? 'all' },
      expiresAt
    })
    return {
      status: 201,
      body: {
        token,
        expires_at: isoTime(expiresAt),
        permissions,
        repository_selection: selected ? 'selected' : 'all',
        ...(selected ? { repositories: selected.map((n) => repoView(base(), state.repo(inst.account, n)!, inst.createdAt)) } : {})
      }
    }
  }

  const revoke = (_req: SandboxRequest, { grant, doc }: Call) => {
    if (!grant.installation) throw forbidden(grant, doc)
    state.tokens.delete(grant.token)
    return { status: 204 }
  }

  const appRoutes: AppEndpoint[] = [
    { auth: 'app', method: 'GET', pattern: '/repos/{owner}/{repo}/installation', operation: 'apps/get-repo-installation', doc: `${APPS_DOC}#get-a-repository-installation-for-the-authenticated-app`, handler: getRepoInstallation },
    { auth: 'app', method: 'GET', pattern: '/orgs/{org}/installation', operation: 'apps/get-org-installation', doc: `${APPS_DOC}#get-an-organization-installation-for-the-authenticated-app`, handler: getOrgInstallation },
    { auth: 'app', method: 'POST', pattern: '/app/installations/{installation_id}/access_tokens', operation: 'apps/create-installation-access-token', doc: `${APPS_DOC}#create-an-installation-access-token-for-an-app`, handler: createToken }
  ]
  return [
    ...appRoutes,
    { method: 'DELETE', pattern: '/installation/token', operation: 'apps/revoke-installation-access-token', doc: `${DOCS_ROOT}/apps/installations#revoke-an-installation-access-token`, handler: revoke }
  ]
}
