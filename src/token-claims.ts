// The claims of a JWT, decoded and not verified (the issuer's token service verifies it; the action only needs
// iss/sub/aud to explain a federation mismatch and exp to know when to fetch a new one). Pure. The token itself
// is a credential: only these claims may ever be logged.
import { decodeJwt } from 'jose'

/** The claims that decide whether a federated credential matches, and the token's lifetime. */
export interface TokenClaims {
  iss: string
  sub: string
  aud: string[]
  /** Epoch seconds. */
  iat?: number
  nbf?: number
  exp?: number
}

/** iss/sub/aud/iat/nbf/exp of a JWT, without verifying it; undefined when it is not a readable JWT. */
export function tokenClaims(jwt: string): TokenClaims | undefined {
  let c: ReturnType<typeof decodeJwt>
  try {
    c = decodeJwt(jwt)
  } catch {
    return undefined
  }
  return {
    iss: typeof c.iss === 'string' ? c.iss : '',
    sub: typeof c.sub === 'string' ? c.sub : '',
    aud: Array.isArray(c.aud) ? [...c.aud] : c.aud ? [c.aud] : [],
    iat: c.iat,
    nbf: c.nbf,
    exp: c.exp
  }
}

/** Whether a JWT's `exp` is less than `ms` away (or unreadable). */
export function expiresWithin(jwt: string, ms: number, now = Date.now()): boolean {
  const exp = tokenClaims(jwt)?.exp
  return typeof exp !== 'number' || exp * 1000 - now < ms
}
