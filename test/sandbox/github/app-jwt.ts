// A GitHub App's JWT for tests, signed with node:crypto (RS256), independent of the action's own signer: what a
// test uses to play an App against the emulator, and to make JWTs GitHub refuses (stale, future, too long).
import { sign } from 'node:crypto'

export interface AppJwtClaims {
  /** Seconds since the epoch; default now - 60 (GitHub's advice against clock drift). */
  iat?: number
  /** Default iat + 600 - 60 (nine minutes from now). */
  exp?: number
  /** The issuer: the App's id or client ID. */
  iss: number | string
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url')

export function appJwt(privateKeyPem: string, claims: AppJwtClaims, nowMs = Date.now()): string {
  const now = Math.floor(nowMs / 1000)
  const iat = claims.iat ?? now - 60
  const payload = { iat, exp: claims.exp ?? now + 540, iss: claims.iss }
  const head = `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64(payload)}`
  return `${head}.${sign('RSA-SHA256', Buffer.from(head), privateKeyPem).toString('base64url')}`
}
