// Azure errors as users need them: what failed, why (Azure's code and message), what to do, and the
// x-ms-request-id to quote to support, and how often it was tried. Duck-typed over RestError so this module loads no SDK.
import { describeCause, isStopped, networkCause } from '../transport.js'
import { attemptsOf, isAttemptTimeout } from './transport.js'

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
  ExpiredAuthenticationToken: 'The sign-in expired during the run; re-run the job.',
  RequestDisallowedByPolicy:
    "An Azure Policy assignment denies this request (the message names it): ask the policy's owner for an exemption, or change the inputs to comply.",
  QuotaExceeded: 'A quota of the subscription or region is used up: raise it (Azure portal, Quotas) or free some, then re-run.',
  PreconditionFailed: 'The resource changed while the action was updating it (its ETag no longer matched); re-run.'
}

/** Advice for codes whose meaning depends on the message (AKS's OperationNotAllowed covers several causes). */
function adviceFor(code: string | undefined, message: string): string | undefined {
  if (code === 'OperationNotAllowed') {
    if (/stopped|is not running|power ?state/i.test(message)) return 'The cluster is stopped: start it (az aks start) and re-run.'
    if (/quota/i.test(message)) return ADVICE.QuotaExceeded
  }
  return code ? ADVICE[code] : undefined
}

/** An error that says what failed, why, and what to do. `cause` keeps the SDK error. */
export class AzureActionError extends Error {
  readonly code?: string
  readonly statusCode?: number
  readonly requestId?: string
  /** Attempts the request took (the transport policy's retries included). */
  readonly attempts?: number
  constructor(what: string, err: unknown, hint?: string) {
    const attempts = attemptsOf(err)
    const tried = attempts && attempts > 1 ? ` after ${attempts} attempts` : ''
    // A request that got no answer (a reset, a deadline): no status, no code, no advice, only what happened.
    const net = isAttemptTimeout(err) ? undefined : networkCause(err)
    if (isAttemptTimeout(err) || (net && errorStatus(err) === undefined)) {
      const why = net ? describeCause(net) : (err as Error).message
      super(`${what} failed${tried}: ${why}.`)
      this.name = 'AzureActionError'
      this.attempts = attempts
      this.cause = err
      return
    }
    const code = errorCode(err)
    const status = errorStatus(err)
    const id = requestId(err)
    const why = err instanceof Error ? err.message : String(err)
    const facts = [code, status ? `HTTP ${status}` : undefined, id ? `x-ms-request-id ${id}` : undefined].filter(Boolean).join(', ')
    const advice = [hint, adviceFor(code, why)].filter(Boolean).join(' ')
    super(`${what} failed${tried}: ${why.trim()}${facts ? ` (${facts})` : ''}.${advice ? ` ${advice}` : ''}`)
    this.attempts = attempts
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
    // Already explained, or the run's stop (not a failure of this request): passed on as it is.
    if (err instanceof AzureActionError || isStopped(err)) throw err
    throw new AzureActionError(what, err, hint?.(err))
  }
}

/** True for a 404 (absent resource) from any ARM client. */
export const isNotFound = (err: unknown): boolean => errorStatus(err) === 404
