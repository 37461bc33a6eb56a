// Azure errors as users need them: what failed, why (Azure's code and message), what to do, and the
// x-ms-request-id to quote to support. Duck-typed over RestError so this module loads no SDK.

interface RestLike {
  code?: unknown
  statusCode?: unknown
  message?: unknown
  request?: { requestId?: string }
  response?: { headers?: { get(name: string): string | undefined } }
  cause?: unknown
}

/** The Azure error code (`RoleAssignmentExists`, `PrincipalNotFound`, ...) of an SDK error, or of its cause. */
export function errorCode(err: unknown): string | undefined {
  for (let e = err as RestLike | undefined, i = 0; e && i < 4; e = e.cause as RestLike | undefined, i++) {
    if (typeof e.code === 'string' && e.code) return e.code
  }
  return undefined
}

export function errorStatus(err: unknown): number | undefined {
  for (let e = err as RestLike | undefined, i = 0; e && i < 4; e = e.cause as RestLike | undefined, i++) {
    if (typeof e.statusCode === 'number') return e.statusCode
  }
  return undefined
}

/** ARM's x-ms-request-id from the response (else the client request ID the SDK sent). */
export function requestId(err: unknown): string | undefined {
  for (let e = err as RestLike | undefined, i = 0; e && i < 4; e = e.cause as RestLike | undefined, i++) {
    const id = e.response?.headers?.get('x-ms-request-id') ?? e.request?.requestId
    if (id) return id
  }
  return undefined
}

/** What to do about common codes; the caller's own hint comes first. */
const ADVICE: Record<string, string> = {
  AuthorizationFailed:
    'Give the principal the action signs in as a role that allows this (for example Contributor on the resource group, and Role Based Access Control Administrator or User Access Administrator where it assigns roles).',
  LinkedAuthorizationFailed: 'The principal also needs permission on the linked resource named in the message.',
  ResourceGroupNotFound: 'Create the resource group first, or fix the resource-group / identity-resource-group input.',
  SubscriptionNotFound: 'Check subscription-id, and that the principal has access to that subscription.',
  InvalidAuthenticationTokenTenant: 'The subscription belongs to another tenant: set tenant-id to its tenant.',
  RoleAssignmentUpdateNotPermitted:
    'A role assignment with this name already exists for another principal or scope; delete it or assign at another scope.',
  UnmatchedPrincipalType: 'The principal is not a service principal; check the identity.',
  ExpiredAuthenticationToken: 'The sign-in expired during the run; re-run the job.'
}

/** An error that says what failed, why, and what to do. `cause` keeps the SDK error. */
export class AzureActionError extends Error {
  readonly code?: string
  readonly statusCode?: number
  readonly requestId?: string
  constructor(what: string, err: unknown, hint?: string) {
    const code = errorCode(err)
    const status = errorStatus(err)
    const id = requestId(err)
    const why = err instanceof Error ? err.message : String(err)
    const facts = [code, status ? `HTTP ${status}` : undefined, id ? `x-ms-request-id ${id}` : undefined].filter(Boolean).join(', ')
    const advice = [hint, code ? ADVICE[code] : undefined].filter(Boolean).join(' ')
    super(`${what} failed: ${why.trim()}${facts ? ` (${facts})` : ''}.${advice ? ` ${advice}` : ''}`)
    this.name = 'AzureActionError'
    this.code = code
    this.statusCode = status
    this.requestId = id
    this.cause = err
  }
}

/** Runs `fn`; any failure becomes an AzureActionError about `what` (already-wrapped errors pass through). */
export async function explain<T>(what: string, fn: () => Promise<T>, hint?: (err: unknown) => string | undefined): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (err instanceof AzureActionError) throw err
    throw new AzureActionError(what, err, hint?.(err))
  }
}

/** True for a 404 (absent resource) from any ARM client. */
export const isNotFound = (err: unknown): boolean => errorStatus(err) === 404
