// The job's GitHub ID token, fetched as the Actions runtime documents it (GET ACTIONS_ID_TOKEN_REQUEST_URL with
// `&audience=`, bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, answer `{ "value": "<JWT>" }`), under the transport policy:
// each attempt has a deadline, resets, timeouts, 408, 429 and 5xx are retried (the request is a read), and the
// advice to add `permissions: id-token: write` is given only when the endpoint refused the request (401/403).
// @actions/core's getIDToken has neither a deadline nor retries on a reset. The token is a credential: it is
// handed back to the caller only, never logged.
import { request } from 'node:https'
import { retrying, type TransportPolicy } from '../transport.js'

export interface IdTokenRequest {
  /** ACTIONS_ID_TOKEN_REQUEST_URL */
  url: string
  /** ACTIONS_ID_TOKEN_REQUEST_TOKEN (a credential). */
  bearer: string
  /** Extra CA (PEM) to trust (tests: the sandbox's); production: the system's and NODE_EXTRA_CA_CERTS. */
  ca?: string
  signal?: AbortSignal
  policy?: TransportPolicy
  onRetry?: (message: string) => void
}

export const ID_TOKEN_SERVICE = 'the GitHub ID-token endpoint'

/** The endpoint refused or failed in a way the user must fix; the message says how. */
export class IdTokenError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'IdTokenError'
  }
}

interface Answer {
  status: number
  retryAfter?: string
  body: string
}

function get(url: string, bearer: string, ca: string | undefined, signal: AbortSignal): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/json; api-version=2.0' },
        signal,
        ...(ca ? { ca } : {})
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('error', reject)
        res.on('end', () => {
          const h: string | string[] | undefined = res.headers['retry-after']
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: typeof h === 'string' ? h : h?.[0],
            body: Buffer.concat(chunks).toString('utf8')
          })
        })
      }
    )
    req.on('error', reject)
    req.end()
  })
}

/** The ID token for `audience`. */
export async function requestIdToken(audience: string, o: IdTokenRequest): Promise<string> {
  const url = `${o.url}&audience=${encodeURIComponent(audience)}`
  const operation = `token request for audience ${audience}`
  let attempts = 0
  const res = await retrying(
    {
      send: (signal, n) => {
        attempts = n
        return get(url, o.bearer, o.ca, signal)
      },
      status: (r) => ({ status: r.status, retryAfter: r.retryAfter }),
      repeatable: true
    },
    {
      service: ID_TOKEN_SERVICE,
      operation,
      policy: o.policy,
      signal: o.signal,
      onRetry: ({ attempt, delayMs, cause }) =>
        o.onRetry?.(
          `  ${ID_TOKEN_SERVICE}: ${cause.kind === 'status' ? `HTTP ${cause.status}` : cause.kind === 'timeout' ? 'no answer' : 'connection failed'}, retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`
        )
    }
  )
  if (res.status === 401 || res.status === 403) {
    throw new IdTokenError(
      `${ID_TOKEN_SERVICE} refused the ${operation} (HTTP ${res.status}). The job needs 'permissions: id-token: write' (and a workflow from a fork gets no ID token).`,
      res.status
    )
  }
  if (res.status < 200 || res.status >= 300) {
    const tried = attempts > 1 ? ` after ${attempts} attempts` : ''
    throw new IdTokenError(`${ID_TOKEN_SERVICE}: ${operation} failed${tried}: HTTP ${res.status}.`, res.status)
  }
  let value: unknown
  try {
    value = (JSON.parse(res.body) as { value?: unknown }).value
  } catch {
    // handled below
  }
  if (typeof value !== 'string' || !value) throw new IdTokenError(`${ID_TOKEN_SERVICE} answered the ${operation} without a token.`)
  return value
}
