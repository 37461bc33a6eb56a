// Entra ID: the discovery documents MSAL reads and `POST /{tenant}/oauth2/v2.0/token` for client credentials,
// by client secret or by client assertion. An assertion is checked as Entra checks a federated credential:
// time range, then issuer + subject + audience against the application's (or managed identity's) federated
// credentials (exact, case-sensitive), then the signature through the issuer's own discovery document and
// JWKS, fetched over HTTPS. Failures answer with the real AADSTS codes in Entra's OAuth error shape.
import { randomUUID } from 'node:crypto'
import { rootCertificates } from 'node:tls'
import type { Agent } from 'undici'
import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose'
import { AKS_SERVER_APP_ID, sandboxCloud, type SandboxContext } from '../context.js'
import { cloudOfAudience } from '../../../src/clouds.js'
import { INTERNAL_REQUEST_HEADER, INTERNAL_REQUEST_TOKEN, Router, type SandboxRequest, type SandboxResponse } from '../frame.js'
import { aadError } from './errors.js'
import type { Signer, TokenCheck } from './signer.js'
import type { AzureWorld, FederatedCredential, Principal } from './world.js'

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

/**
 * How long Entra keeps an external issuer's discovery document and JWKS: 24 hours of the sandbox clock. Microsoft
 * does not publish Entra's exact cache lifetime; 24 hours is the window AKS documents for its issuer keys ("Once
 * you rotate the key, the old key (key1) expires after 24 hours", learn.microsoft.com/azure/aks/use-oidc-issuer,
 * "Rotate the OIDC key"): an issuer's keys stay valid for a day so that verifiers' caches of that length see the
 * new key before the old one goes. Only a successful fetch is kept (a failed one is tried again next time), and
 * concurrent checks of one issuer share one fetch.
 */
export const ISSUER_KEYS_TTL_MS = 24 * 60 * 60 * 1000

export class Entra {
  readonly router = new Router()
  private agent?: Agent

  constructor(
    private readonly ctx: SandboxContext,
    private readonly world: AzureWorld,
    private readonly signer: Signer
  ) {
    this.router
      .add('GET', '/common/discovery/instance', 'entra.instance-discovery', (req) => this.instanceDiscovery(req))
      .add('GET', '/{tenant}/v2.0/.well-known/openid-configuration', 'entra.openid-configuration', (req) => this.openidConfiguration(req))
      .add('GET', '/{tenant}/discovery/v2.0/keys', 'entra.keys', async () => ({ status: 200, body: await this.signer.jwks() }))
      .add('POST', '/{tenant}/oauth2/v2.0/token', 'entra.token', (req) => this.token(req))
  }

  private get base(): string {
    return this.ctx.urls.entra
  }

  /** The `iss` of the access tokens this tenant issues. */
  issuer(): string {
    return `${this.base}/${this.ctx.tenantId}/v2.0`
  }

  readonly errorBody = (_status: number, code: string, message: string): unknown => ({ error: code, error_description: message })

  readonly commonHeaders = (requestId: string): Record<string, string> => ({ 'x-ms-request-id': requestId, 'cache-control': 'no-store, no-cache' })

  /** Checks an access token this tenant issued, for one of `audiences`, at the sandbox clock. */
  checkAccessToken(token: string, audiences: string[]): Promise<TokenCheck> {
    return this.signer.check(token, { issuer: this.issuer(), audience: audiences, now: this.world.now() })
  }

  private requireTenant(req: SandboxRequest): void {
    const t = req.params.tenant!
    if (t.toLowerCase() !== this.ctx.tenantId.toLowerCase()) {
      throw aadError(
        400,
        'invalid_request',
        90002,
        `Tenant '${t}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
        this.world.now()
      )
    }
  }

  private instanceDiscovery(_req: SandboxRequest): SandboxResponse {
    const host = new URL(this.base).host
    return {
      status: 200,
      body: {
        tenant_discovery_endpoint: `${this.base}/${this.ctx.tenantId}/v2.0/.well-known/openid-configuration`,
        'api-version': '1.1',
        metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }]
      }
    }
  }

  private openidConfiguration(req: SandboxRequest): SandboxResponse {
    this.requireTenant(req)
    const t = `${this.base}/${this.ctx.tenantId}`
    return {
      status: 200,
      body: {
        token_endpoint: `${t}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
        jwks_uri: `${t}/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: this.issuer(),
        request_uri_parameter_supported: false,
        userinfo_endpoint: `${this.base}/oidc/userinfo`,
        authorization_endpoint: `${t}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${t}/oauth2/v2.0/devicecode`,
        http_logout_supported: true,
        frontchannel_logout_supported: true,
        end_session_endpoint: `${t}/oauth2/v2.0/logout`,
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'oid', 'tid', 'azp', 'appid'],
        tenant_region_scope: 'NA',
        cloud_instance_name: new URL(this.base).host,
        cloud_graph_host_name: 'graph.windows.net',
        msgraph_host: 'graph.microsoft.com',
        rbac_url: 'https://pas.windows.net'
      }
    }
  }

  private async token(req: SandboxRequest): Promise<SandboxResponse> {
    this.requireTenant(req)
    const now = this.world.now()
    const form = new URLSearchParams(req.body.toString('utf8'))
    const fail = (status: number, error: string, code: number, text: string) => aadError(status, error, code, text, now, form.get('client-request-id') ?? undefined)
    const grant = form.get('grant_type')
    if (grant !== 'client_credentials') {
      throw fail(400, 'unsupported_grant_type', 70003, `The app requested an unsupported grant type '${grant ?? ''}'.`)
    }
    const clientId = form.get('client_id')
    if (!clientId) throw fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'client_id'.")
    const scopes = (form.get('scope') ?? '').split(/\s+/).filter((s) => s && !['openid', 'profile', 'offline_access'].includes(s))
    if (scopes.length === 0) throw fail(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.")
    const scope = scopes[0]!
    if (!scope.endsWith('/.default')) {
      throw fail(
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`
      )
    }
    const resource = scope.slice(0, -'/.default'.length)
    if (!this.knownResource(resource)) {
      throw fail(
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${resource} was not found in the tenant named ${this.ctx.tenantId}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`
      )
    }
    const principal = this.world.principalByAppId(clientId)
    if (!principal) {
      throw fail(
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${this.ctx.tenantId}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`
      )
    }
    const secret = form.get('client_secret')
    const assertion = form.get('client_assertion')
    if (secret !== null) {
      if (!principal.secrets.includes(secret)) {
        throw fail(
          401,
          'invalid_client',
          7000215,
          `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`
        )
      }
    } else if (assertion !== null) {
      if (form.get('client_assertion_type') !== JWT_BEARER) {
        throw fail(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.')
      }
      await this.checkAssertion(principal, assertion, now, fail)
    } else {
      throw fail(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.")
    }

    const lifetime = this.world.settings.tokenLifetimeSeconds
    const iat = Math.floor(now / 1000)
    const identity = this.world.identityByPrincipal(principal)
    const accessToken = await this.signer.sign({
      aud: resource,
      iss: this.issuer(),
      iat,
      nbf: iat,
      exp: iat + lifetime,
      oid: principal.objectId,
      sub: principal.objectId,
      tid: this.ctx.tenantId,
      appid: clientId,
      azp: clientId,
      appidacr: secret !== null ? '1' : '2',
      idtyp: 'app',
      ver: '2.0',
      uti: randomUUID().replace(/-/g, '').slice(0, 22),
      ...(identity ? { xms_mirid: identity.id } : {})
    })
    this.ctx.frame.secrets.add('entra-access-token', accessToken)
    return { status: 200, body: { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: accessToken } }
  }

  /**
   * The audiences of ARM tokens this tenant issues and the sandbox's ARM accepts: ARM's own URL, and its cloud's ARM
   * audiences (ARM's metadata: the classic resource URI the Azure CLI asks for, `https://management.core.windows.net/`
   * in the public cloud, and the endpoint), each with and without its trailing slash. Another cloud's are unknown here.
   */
  armAudiences(): string[] {
    const arm = this.ctx.urls.arm
    return [arm, ...sandboxCloud(this.ctx.options).armAudiences].flatMap((a) => {
      const bare = a.replace(/\/+$/, '')
      return [bare, `${bare}/`]
    })
  }

  private knownResource(resource: string): boolean {
    return [...this.armAudiences(), AKS_SERVER_APP_ID, `api://${AKS_SERVER_APP_ID}`].includes(resource)
  }

  private async checkAssertion(
    principal: Principal,
    assertion: string,
    now: number,
    fail: (status: number, error: string, code: number, text: string) => Error
  ): Promise<void> {
    let claims: JWTPayload
    try {
      claims = decodeJwt(assertion)
    } catch {
      throw fail(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.')
    }
    const iso = (s: number | undefined) => (s === undefined ? 'never' : new Date(s * 1000).toISOString().replace('Z', '0000Z'))
    const nowS = now / 1000
    if (claims.exp === undefined || claims.exp < nowS || (claims.nbf !== undefined && claims.nbf > nowS + 300)) {
      throw fail(
        401,
        'invalid_client',
        700024,
        `Client assertion is not within its valid time range. Current time: ${new Date(now).toISOString().replace('Z', '0000Z')}, assertion valid from ${iso(claims.nbf ?? claims.iat)}, expiry time of assertion ${iso(claims.exp)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`
      )
    }
    const iss = String(claims.iss ?? '')
    const sub = String(claims.sub ?? '')
    const auds = Array.isArray(claims.aud) ? claims.aud : [String(claims.aud ?? '')]
    // Entra ID exchanges external tokens for its own cloud's token-exchange audience only: a token made for another
    // cloud's (api://AzureADTokenExchange presented to Azure US Government, say) matches no credential here, whatever
    // the credentials say. Other audiences (custom ones) are matched against the credentials as they are.
    const cloud = sandboxCloud(this.ctx.options)
    const foreign = auds.find((a) => cloudOfAudience(a) && a !== cloud.tokenExchangeAudience)
    if (foreign && !auds.includes(cloud.tokenExchangeAudience)) {
      throw fail(
        400,
        'invalid_request',
        700212,
        `No matching federated identity record found for presented assertion audience '${foreign}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`
      )
    }
    const identity = this.world.identityByPrincipal(principal)
    const fics: FederatedCredential[] = identity ? [...identity.fics.values()] : principal.federated
    const matches = (f: FederatedCredential, fold: (s: string) => string) =>
      fold(f.issuer) === fold(iss) && fold(f.subject) === fold(sub) && auds.some((a) => f.audiences.some((fa) => fold(fa) === fold(a)))
    const exact = fics.find((f) => matches(f, (s) => s))
    const noMatch = `No matching federated identity record found for presented assertion. Assertion Issuer: '${iss}'. Assertion Subject: '${sub}'. Assertion Audience: '${auds.join(',')}'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`
    if (!exact) {
      if (fics.some((f) => matches(f, (s) => s.toLowerCase()))) {
        throw fail(
          400,
          'invalid_request',
          7002138,
          `No matching federated identity record found for presented assertion subject '${sub}'. The presented assertion issuer, subject and audience match a federated identity credential with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`
        )
      }
      throw fail(400, 'invalid_request', 70021, noMatch)
    }
    // A credential written moments ago has not reached the token service yet.
    if (now - exact.updatedAt < this.world.consistency.ficPropagationMs) throw fail(400, 'invalid_request', 70021, noMatch)

    const jwks = await this.issuerKeys(iss).catch(() => undefined)
    if (!jwks) throw fail(400, 'invalid_request', 90061, 'Request to External OIDC endpoint failed.')
    try {
      await jwtVerify(assertion, createLocalJWKSet(jwks), { currentDate: new Date(now), clockTolerance: 300 })
    } catch {
      throw fail(400, 'invalid_request', 50027, 'JWT token is invalid or malformed.')
    }
  }

  /** The issuer's keys from Entra's cache (ISSUER_KEYS_TTL_MS on the sandbox clock), else fetched and kept. */
  private issuerKeys(iss: string): Promise<JSONWebKeySet> {
    const now = this.world.now()
    const cached = this.world.issuerKeys.get(iss)
    if (cached && now < cached.until) return cached.keys
    const keys = this.fetchIssuerKeys(iss)
    const entry = { keys, until: now + ISSUER_KEYS_TTL_MS }
    this.world.issuerKeys.set(iss, entry)
    keys.catch(() => {
      if (this.world.issuerKeys.get(iss) === entry) this.world.issuerKeys.delete(iss)
    })
    return keys
  }

  /**
   * `{iss}/.well-known/openid-configuration`, then its `jwks_uri`, over HTTPS trusting the sandbox CA and public
   * roots. Marked as the sandbox's own request (frame.ts INTERNAL_REQUEST_HEADER): when the issuer is one of the
   * sandbox's services, the fetch is logged as internal and not charged injected latency.
   */
  private async fetchIssuerKeys(iss: string): Promise<JSONWebKeySet> {
    if (!/^https:\/\//i.test(iss)) throw new Error('issuer is not https')
    // undici is loaded on first use: it is not needed to start the sandbox.
    const undici = await import('undici')
    this.agent ??= new undici.Agent({ connect: { ca: [this.ctx.frame.tls.caPem, ...rootCertificates] }, connectTimeout: 5000 })
    const agent = this.agent
    const get = async (url: string): Promise<unknown> => {
      const res = await undici.fetch(url, {
        dispatcher: agent,
        headers: { [INTERNAL_REQUEST_HEADER]: INTERNAL_REQUEST_TOKEN },
        signal: AbortSignal.timeout(10_000)
      })
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`)
      return res.json()
    }
    const meta = (await get(`${iss.replace(/\/+$/, '')}/.well-known/openid-configuration`)) as { jwks_uri?: string }
    if (!meta.jwks_uri) throw new Error('no jwks_uri')
    const jwks = (await get(meta.jwks_uri)) as JSONWebKeySet
    if (!Array.isArray(jwks.keys)) throw new Error('no keys')
    return jwks
  }
}

