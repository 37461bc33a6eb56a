// An RS256 signing key with a `kid`, as an OpenID provider holds one: signs JWTs, publishes its JWKS and
// verifies what it signed. Used by the Entra emulator (access tokens) and the Actions ID-token stand-in.
import { createHash, generateKeyPair, type KeyObject } from 'node:crypto'
import { SignJWT, exportJWK, jwtVerify, type JWK, type JWTPayload } from 'jose'

interface Keys {
  kid: string
  privateKey: KeyObject
  publicKey: KeyObject
}

export class Signer {
  /** Generated in the background (libuv thread pool) so that sandbox start-up does not wait on RSA. */
  private readonly keys: Promise<Keys>
  private jwk?: JWK

  constructor() {
    this.keys = new Promise((resolve, reject) =>
      generateKeyPair('rsa', { modulusLength: 2048 }, (err, publicKey, privateKey) => {
        if (err) return reject(err)
        const kid = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url').slice(0, 27)
        resolve({ kid, privateKey, publicKey })
      })
    )
  }

  /** Resolves once the key exists (parts await it in `init`). */
  async ready(): Promise<void> {
    await this.keys
  }

  /** Signs `claims` (iat/nbf/exp are the caller's to set, from the sandbox clock). */
  async sign(claims: JWTPayload, typ = 'JWT'): Promise<string> {
    const k = await this.keys
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ, kid: k.kid }).sign(k.privateKey)
  }

  async jwks(): Promise<{ keys: JWK[] }> {
    const k = await this.keys
    this.jwk ??= { ...(await exportJWK(k.publicKey)), kid: k.kid, use: 'sig', alg: 'RS256' }
    return { keys: [this.jwk] }
  }

  /** Verifies signature, issuer, audience (one of) and time range at `now`; says which check failed. */
  async check(token: string, opts: { issuer: string; audience: string[]; now: number }): Promise<TokenCheck> {
    try {
      const { payload } = await jwtVerify(token, (await this.keys).publicKey, {
        issuer: opts.issuer,
        audience: opts.audience,
        currentDate: new Date(opts.now),
        algorithms: ['RS256']
      })
      return { ok: true, payload }
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'ERR_JWT_EXPIRED') return { ok: false, reason: 'expired' }
      if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && (err as { claim?: string }).claim === 'aud') return { ok: false, reason: 'audience' }
      return { ok: false, reason: 'invalid' }
    }
  }

  async verify(token: string, opts: { issuer: string; audience: string[]; now: number }): Promise<JWTPayload | undefined> {
    const r = await this.check(token, opts)
    return r.ok ? r.payload : undefined
  }
}

export type TokenCheck = { ok: true; payload: JWTPayload } | { ok: false; reason: 'expired' | 'audience' | 'invalid' }
