// Error shapes of the two Azure front doors: ARM's `{ error: { code, message } }` (CloudError in the specs'
// common-types) and Entra ID's OAuth error JSON (`error`, `error_description` starting with the AADSTS code,
// `error_codes`, `timestamp`, `trace_id`, `correlation_id`, `error_uri`).
import { randomUUID } from 'node:crypto'
import { HttpError } from '../frame.js'

/** The ARM error body (common-types ErrorResponse). */
export function armErrorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } }
}

/** Throwable ARM error: `throw armError(404, 'ResourceNotFound', '...')`. */
export function armError(status: number, code: string, message: string, headers: Record<string, string> = {}): HttpError {
  return new HttpError(status, armErrorBody(code, message), headers)
}

/** Entra's timestamp format in error bodies: `2025-04-22 01:01:11Z`. */
function aadTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z')
}

/**
 * Throwable Entra ID token-endpoint error. `description` is the text after `AADSTS<code>: `; Entra appends the
 * trace and correlation ids and the timestamp to it, and repeats them as fields.
 */
export function aadError(status: number, error: string, code: number, description: string, now: number, correlationId?: string): HttpError {
  const traceId = randomUUID()
  const correlation = correlationId ?? randomUUID()
  const timestamp = aadTimestamp(now)
  return new HttpError(status, {
    error,
    error_description: `AADSTS${code}: ${description}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlation}\r\nTimestamp: ${timestamp}`,
    error_codes: [code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlation,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`
  })
}
