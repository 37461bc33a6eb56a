// A tiny OIDC issuer for tests of the token exchange that should not depend on the Kubernetes half: it serves
// `{issuer}.well-known/openid-configuration` and its JWKS over HTTPS with the sandbox's certificate, and signs
// service-account-like tokens, as a cluster's issuer does.
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'
import type { SandboxTls } from '../ca.js'
import { Signer } from './signer.js'

export class TestIssuer {
  readonly signer = new Signer()
  private server?: Server
  /** Issuer URL with its trailing slash, as AKS reports issuers. */
  url = ''

  async start(tls: SandboxTls, path = `/${randomUUID()}/`): Promise<this> {
    this.server = createServer({ cert: tls.certPem, key: tls.keyPem }, (req, res) => {
      void (async () => {
        const p = new URL(req.url ?? '/', 'https://x').pathname
        let body: unknown
        if (p === `${path}.well-known/openid-configuration`) {
          body = { issuer: this.url, jwks_uri: `${this.url}openid/v1/jwks`, response_types_supported: ['id_token'], subject_types_supported: ['public'], id_token_signing_alg_values_supported: ['RS256'] }
        } else if (p === `${path}openid/v1/jwks`) body = await this.signer.jwks()
        res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
        res.end(body ? JSON.stringify(body) : '{}')
      })()
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}${path}`
    return this
  }

  /** A projected service-account token for `namespace:name` (claims overridable). */
  token(namespace: string, name: string, claims: Record<string, unknown> = {}, nowMs = Date.now()): Promise<string> {
    const iat = Math.floor(nowMs / 1000)
    return this.signer.sign({
      iss: this.url,
      sub: `system:serviceaccount:${namespace}:${name}`,
      aud: ['api://AzureADTokenExchange'],
      iat,
      nbf: iat,
      exp: iat + 3600,
      ...claims
    })
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}
