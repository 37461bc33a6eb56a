// The Kubernetes `Status` error shape (meta/v1 Status) and the messages the real API server uses,
// so clients that parse `reason`, `details.causes` or the message text behave as against a cluster.
import { HttpError } from '../frame.js'

export interface StatusCause {
  reason?: string
  message?: string
  field?: string
}

export interface StatusDetails {
  name?: string
  group?: string
  kind?: string
  uid?: string
  causes?: StatusCause[]
  retryAfterSeconds?: number
}

export interface KubeStatus {
  kind: 'Status'
  apiVersion: 'v1'
  metadata: Record<string, never>
  status: 'Failure' | 'Success'
  message?: string
  reason?: string
  details?: StatusDetails
  code: number
}

export function status(code: number, reason: string | undefined, message: string, details?: StatusDetails): KubeStatus {
  const s: KubeStatus = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: code < 400 ? 'Success' : 'Failure', message, code }
  // A webhook denial carries no reason; omit the key rather than sending an empty string.
  if (reason) s.reason = reason
  if (details) s.details = details
  return s
}

export function statusError(code: number, reason: string | undefined, message: string, details?: StatusDetails): HttpError {
  return new HttpError(code, status(code, reason, message, details))
}

/** `group` is '' for core/v1 and left out of `details` then, as the API server does. */
function detailsFor(resource: string, name: string, group = ''): StatusDetails {
  return group ? { name, group, kind: resource } : { name, kind: resource }
}

const qualified = (resource: string, group: string): string => (group ? `${resource}.${group}` : resource)

export const notFound = (resource: string, name: string, group = ''): HttpError =>
  statusError(404, 'NotFound', `${qualified(resource, group)} "${name}" not found`, detailsFor(resource, name, group))

export const alreadyExists = (resource: string, name: string, group = ''): HttpError =>
  statusError(409, 'AlreadyExists', `${qualified(resource, group)} "${name}" already exists`, detailsFor(resource, name, group))

export const conflict = (resource: string, name: string, why: string, group = ''): HttpError =>
  statusError(409, 'Conflict', `Operation cannot be fulfilled on ${qualified(resource, group)} "${name}": ${why}`, detailsFor(resource, name, group))

export const modifiedConflict = (resource: string, name: string): HttpError =>
  conflict(resource, name, 'the object has been modified; please apply your changes to the latest version and try again')

export const badRequest = (message: string): HttpError => statusError(400, 'BadRequest', message)

export const forbidden = (resource: string, name: string, why: string): HttpError =>
  statusError(403, 'Forbidden', `${resource} "${name}" is forbidden: ${why}`, detailsFor(resource, name))

export const unauthorized = (): HttpError => statusError(401, 'Unauthorized', 'Unauthorized')

/** 422 Invalid, one cause per field error: `<Kind> "<name>" is invalid: <field>: <message>`. */
export function invalid(kind: string, name: string, errors: Array<{ field: string; reason: string; message: string }>, group = ''): HttpError {
  const summary = errors.map((e) => `${e.field}: ${e.message}`)
  const message = `${group ? `${kind}.${group}` : kind} "${name}" is invalid: ${summary.length === 1 ? summary[0] : `[${summary.join(', ')}]`}`
  return statusError(422, 'Invalid', message, {
    name,
    ...(group ? { group } : {}),
    kind,
    causes: errors.map((e) => ({ reason: e.reason, message: e.message, field: e.field }))
  })
}

/** How the API server reports a mutating webhook's rejection (`ToStatusErr` in k8s.io/apiserver). */
export function webhookDenied(webhook: string, message: string, code = 400): HttpError {
  return statusError(Math.max(code, 400), undefined, `admission webhook "${webhook}" denied the request: ${message}`)
}
