// The token exchange as a workload does it: a service-account token as a client assertion at Entra ID, for an
// ARM token, with the same credential class a workload uses (ClientAssertionCredential = what
// WorkloadIdentityCredential does with the projected file). Failures are reduced to their AADSTS code and Entra's
// own description. @azure/identity is loaded on first use, like every Azure SDK (./clients.ts).
import type { ClientAssertionCredentialOptions, TokenCredential } from '@azure/identity'
import { backoffMs, sleep, TRANSPORT, type TransportPolicy } from '../transport.js'

/** A failed exchange: Entra's AADSTS code when it sent one, and its description (first line, no trace IDs). */
export interface ExchangeFailure {
  code?: number
  description: string
}

export interface ExchangeParams {
  tenantId: string
  clientId: string
  authorityHost: string
  /** Returns the service-account token; called on every attempt (the token itself never leaves it). */
  assertion: () => Promise<string>
  /** Transport options for tests (tlsOptions with the sandbox CA); production passes none. */
  clientOptions?: ClientAssertionCredentialOptions
  /** The retries of AADSTS90061 (default the transport policy); tests pass a fast one. */
  issuerPolicy?: TransportPolicy
}

/** The credential a workload with this identity would use, built once so a success is cached for the ARM read. */
export async function workloadCredential(p: ExchangeParams): Promise<TokenCredential> {
  const { ClientAssertionCredential } = await import('@azure/identity')
  const inner = new ClientAssertionCredential(p.tenantId, p.clientId, p.assertion, {
    ...p.clientOptions,
    authorityHost: p.authorityHost,
    // The authority is given explicitly (sovereign clouds, the sandbox): no lookup at login.microsoftonline.com.
    disableInstanceDiscovery: true
  })
  // Entra fetching the cluster issuer's keys can fail for a moment (AADSTS90061): not a verdict on the federation.
  return { getToken: (scopes, options) => retryUnreachableIssuer(() => inner.getToken(scopes, options), p.issuerPolicy ?? TRANSPORT) }
}

/**
 * AADSTS90061 ("Request to External OIDC endpoint failed"): Entra could not fetch the token issuer's discovery
 * document or keys (GitHub's, or the cluster's). Transient on the issuer's side, but a 400 that no SDK retries:
 * retried here with the transport policy's backoff and twice its attempts, as each attempt needs two requests of
 * Entra's to the issuer (discovery document and keys) to get through where the policy's count is meant for one
 * (chaos at 30% faults: six attempts of two requests left one sign-in in about 20 failing).
 */
export const issuerAttempts = (policy: TransportPolicy): number => 2 * policy.attempts

export async function retryUnreachableIssuer<T>(
  fn: () => Promise<T>,
  policy: TransportPolicy,
  info?: (m: string) => void,
  signal?: AbortSignal
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (err) {
      if (exchangeFailure(err).code !== 90061 || attempt >= issuerAttempts(policy)) throw err
      const delay = backoffMs(policy, attempt)
      info?.(
        `  Entra ID could not reach the token issuer's keys (AADSTS90061), retrying in ${(delay / 1000).toFixed(1)} s (attempt ${attempt + 1})`
      )
      await sleep(delay, signal)
    }
  }
}

/** Gets an ARM token; undefined on success, else why it failed. */
export async function exchange(credential: TokenCredential, scope: string): Promise<ExchangeFailure | undefined> {
  try {
    // As the ARM pipeline asks (core-rest-pipeline's bearer policy sets enableCae): MSAL keeps CAE tokens in a cache
    // of their own, and the ARM reads that follow would otherwise exchange the assertion a second time.
    const token = await credential.getToken(scope, { enableCae: true })
    if (!token?.token) return { description: 'Entra ID returned no access token' }
    return undefined
  } catch (err) {
    return exchangeFailure(err)
  }
}

/** The AADSTS code and description of an @azure/identity / MSAL error, searching its cause chain. */
export function exchangeFailure(err: unknown): ExchangeFailure {
  const texts: string[] = []
  let code: number | undefined
  for (let e = err as Record<string, unknown> | undefined, i = 0; e && i < 5; e = e.cause as Record<string, unknown> | undefined, i++) {
    const resp = e.errorResponse as { errorCodes?: number[]; errorDescription?: string } | undefined
    if (code === undefined && Array.isArray(resp?.errorCodes) && resp.errorCodes.length) code = Number(resp.errorCodes[0])
    for (const t of [resp?.errorDescription, e.errorMessage, e.message]) if (typeof t === 'string' && t) texts.push(t)
  }
  const all = texts.join('\n')
  const m = /AADSTS(\d+)\s*:?\s*([^\r\n]*)/.exec(all)
  if (code === undefined && m) code = Number(m[1])
  const description = (m ? `AADSTS${m[1]}: ${m[2]}` : (texts[0] ?? String(err))).replace(/\s+Trace ID:.*$/s, '').trim()
  return { code, description }
}
