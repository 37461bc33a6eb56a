// Step 1 of verification: a service-account token from the TokenRequest API, exactly what the workload
// identity webhook would project into a pod, and its claims (decoded, not verified: Entra verifies it; we
// only need iss/sub/aud to explain a mismatch). The token is a credential: it is handed to `mask` before
// anything else can see it and is never part of a message.
import type { CoreV1Api } from '@kubernetes/client-node'
import { decodeJwt } from 'jose'

/** The shortest lifetime the TokenRequest API accepts (kube-apiserver: "may not specify a duration less than 10 minutes"). */
export const MIN_TOKEN_SECONDS = 600

/** The claims that decide whether a federated credential matches. */
export interface TokenClaims {
  iss: string
  sub: string
  aud: string[]
  /** Epoch seconds. */
  iat?: number
  nbf?: number
  exp?: number
}

export interface ServiceAccountToken {
  /** The JWT itself: a secret. */
  token: string
  claims: TokenClaims
}

export interface TokenRequestParams {
  core: CoreV1Api
  namespace: string
  serviceAccount: string
  audience: string
  /** Called with the token as soon as it exists (core.setSecret in the action). */
  mask: (secret: string) => void
}

/** Mints a short-lived token for the service account with our audience. */
export async function requestServiceAccountToken(p: TokenRequestParams): Promise<ServiceAccountToken> {
  const res = await p.core.createNamespacedServiceAccountToken({
    namespace: p.namespace,
    name: p.serviceAccount,
    body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { audiences: [p.audience], expirationSeconds: MIN_TOKEN_SECONDS } }
  })
  const token = res.status?.token
  if (!token) throw new Error(`the TokenRequest for service account ${p.namespace}/${p.serviceAccount} returned no token`)
  p.mask(token)
  return { token, claims: tokenClaims(token) }
}

/** iss/sub/aud/iat/nbf/exp of a JWT, without verifying it. */
export function tokenClaims(token: string): TokenClaims {
  const c = decodeJwt(token)
  return {
    iss: String(c.iss ?? ''),
    sub: String(c.sub ?? ''),
    aud: Array.isArray(c.aud) ? c.aud.map(String) : c.aud ? [String(c.aud)] : [],
    iat: c.iat,
    nbf: c.nbf,
    exp: c.exp
  }
}
