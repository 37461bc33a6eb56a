// The cluster's service-account token issuer: one RS256 signing key (kid = base64url SHA-256 of the
// public key's DER, as kube-apiserver derives it), the JWTs TokenRequest mints, and the two OIDC
// discovery documents AKS publishes at the issuer URL.
import { createHash, generateKeyPair as generateKeyPairCb, randomUUID, type KeyObject } from 'node:crypto'
import { promisify } from 'node:util'
import { SignJWT, exportJWK, jwtVerify, createLocalJWKSet, type JSONWebKeySet, type JWTPayload } from 'jose'

const generateKeyPair = promisify(generateKeyPairCb)

export interface ServiceAccountRef {
  namespace: string
  name: string
  uid: string
}

export interface BoundObject {
  kind: 'Pod' | 'Secret' | 'Node'
  name: string
  uid: string
}

export interface MintOptions {
  audiences: string[]
  expirationSeconds: number
  boundObject?: BoundObject
  /** Epoch ms. */
  now: number
}

interface SigningKey {
  privateKey: KeyObject
  kid: string
  jwks: JSONWebKeySet
}

export class Issuer {
  /** Generated in the background (libuv pool) from construction: RSA key generation costs ~0.3 s of start-up. */
  private readonly key: Promise<SigningKey>

  constructor(private readonly issuerUrl: () => string) {
    this.key = (async () => {
      const { privateKey, publicKey } = await generateKeyPair('rsa', { modulusLength: 2048 })
      const kid = createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('base64url')
      return { privateKey, kid, jwks: { keys: [{ ...(await exportJWK(publicKey)), use: 'sig', kid, alg: 'RS256' }] } }
    })()
  }

  async keySet(): Promise<JSONWebKeySet> {
    return (await this.key).jwks
  }

  /** `{issuer}.well-known/openid-configuration` as AKS serves it (issuer URL with its trailing slash). */
  openidConfiguration(jwksUri: string): Record<string, unknown> {
    return {
      issuer: this.issuerUrl(),
      jwks_uri: jwksUri,
      response_types_supported: ['id_token'],
      subject_types_supported: ['public'],
      id_token_signing_alg_values_supported: ['RS256']
    }
  }

  /** A projected/TokenRequest service-account token with the claims kube-apiserver puts in it. */
  async mint(sa: ServiceAccountRef, opts: MintOptions): Promise<{ token: string; expiresAt: number }> {
    const iat = Math.floor(opts.now / 1000)
    const exp = iat + opts.expirationSeconds
    const k8s: Record<string, unknown> = { namespace: sa.namespace, serviceaccount: { name: sa.name, uid: sa.uid } }
    if (opts.boundObject) k8s[opts.boundObject.kind.toLowerCase()] = { name: opts.boundObject.name, uid: opts.boundObject.uid }
    const { privateKey, kid } = await this.key
    const token = await new SignJWT({ 'kubernetes.io': k8s } as JWTPayload)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setIssuer(this.issuerUrl())
      .setSubject(`system:serviceaccount:${sa.namespace}:${sa.name}`)
      .setAudience(opts.audiences)
      .setIssuedAt(iat)
      .setNotBefore(iat)
      .setExpirationTime(exp)
      .setJti(randomUUID())
      .sign(privateKey)
    return { token, expiresAt: exp * 1000 }
  }

  /** Verifies a token this issuer signed (the API server authenticating a service account). */
  async verify(token: string, audience: string, now: number): Promise<JWTPayload | undefined> {
    try {
      const { payload } = await jwtVerify(token, createLocalJWKSet(await this.keySet()), {
        issuer: this.issuerUrl(),
        audience,
        currentDate: new Date(now)
      })
      return payload
    } catch {
      return undefined
    }
  }
}
