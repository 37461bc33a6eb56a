// The ARM front door shared by every resource provider the sandbox serves: bearer-token checks (401 with the
// ARM challenge), api-version checks per provider, RBAC authorization (403 AuthorizationFailed), the ARM error
// shape, `x-ms-request-id` on every response, paging with `nextLink`, and scope existence checks.
import { Router, type SandboxRequest, type SandboxResponse } from '../frame.js'
import { armError, armErrorBody } from './errors.js'
import { isAtOrAbove, key, normaliseScope, parseScope, resourceType } from './ids.js'
import { grants } from './roles.js'
import type { TokenCheck } from './signer.js'
import type { AzureWorld } from './world.js'

export interface ArmCaller {
  /** Object id of the signed-in principal: the principal of role-assignment checks. */
  oid: string
  appid: string
}

export type ArmHandler = (req: SandboxRequest, caller: ArmCaller) => SandboxResponse | Promise<SandboxResponse>

/** The api-versions each provider accepts (the SDKs' pinned ones first; older stable ones as real ARM still serves). */
export const API_VERSIONS = {
  msi: ['2024-11-30', '2023-01-31', '2018-11-30'],
  authorization: ['2022-04-01', '2020-10-01-preview', '2020-04-01-preview', '2018-01-01-preview', '2015-07-01'],
  aks: ['2026-06-01', '2026-04-01', '2025-10-01'],
  resources: ['2025-04-01', '2024-11-01', '2024-07-01', '2024-03-01', '2022-09-01', '2021-04-01'],
  plain: ['2025-01-01']
} as const

export type Provider = keyof typeof API_VERSIONS

const PROVIDER_TYPE: Record<Provider, string> = {
  msi: 'Microsoft.ManagedIdentity',
  authorization: 'Microsoft.Authorization',
  aks: 'Microsoft.ContainerService',
  resources: 'Microsoft.Resources',
  plain: 'the resource type'
}

export class Arm {
  readonly router = new Router()
  private readonly callers = new WeakMap<SandboxRequest, ArmCaller>()
  private readonly providers = new Map<string, Provider>()

  constructor(
    private readonly world: AzureWorld,
    /** Checks an Entra access token for the given audiences. */
    private readonly checkToken: (token: string, audiences: string[]) => Promise<TokenCheck>,
    private readonly armUrl: () => string,
    private readonly authorityUrl: () => string
  ) {}

  /** The signed-in caller of a request that passed `before`. */
  callerOf(req: SandboxRequest): ArmCaller {
    return this.callers.get(req)!
  }

  /** Absolute ARM URL of a path. */
  url(path: string): string {
    return `${this.armUrl()}${path}`
  }

  add(method: string, pattern: string, operation: string, provider: Provider, handler: ArmHandler): this {
    this.providers.set(operation, provider)
    this.router.add(method, pattern, operation, (req) => handler(req, this.callers.get(req)!))
    return this
  }

  /** Runs before every ARM route: authentication first (as ARM does), then the api-version. */
  readonly before = async (req: SandboxRequest): Promise<void> => {
    // A path starting with `//` (an SDK scope given with a leading slash) parses as a host: ARM cannot route it.
    if (req.url.host !== new URL(this.armUrl()).host) {
      throw armError(400, 'MissingSubscription', 'The request did not have a subscription or a valid tenant level resource provider.')
    }
    this.callers.set(req, await this.authenticate(req))
    const provider = this.providers.get(req.operation)
    if (!provider) return
    const version = req.query.get('api-version')
    if (!version) throw armError(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.')
    const allowed: readonly string[] = API_VERSIONS[provider]
    // Plain resources stand for many providers: any well-formed api-version is taken.
    const okVersion = provider === 'plain' ? /^\d{4}-\d{2}-\d{2}(-preview)?$/.test(version) : allowed.includes(version)
    if (!okVersion) {
      throw armError(
        400,
        provider === 'resources' ? 'InvalidApiVersionParameter' : 'NoRegisteredProviderFound',
        `No registered resource provider found for location '${this.world.settings.location}' and API version '${version}' for type '${PROVIDER_TYPE[provider]}'. The supported api-versions are '${allowed.join(', ')}'.`
      )
    }
  }

  readonly commonHeaders = (requestId: string): Record<string, string> => ({
    'x-ms-request-id': requestId,
    'x-ms-correlation-request-id': requestId,
    'x-ms-routing-request-id': `EASTUS:${new Date(this.world.now()).toISOString().replace(/[-:.]/g, '').slice(0, 15)}Z:${requestId}`
  })

  readonly errorBody = (_status: number, code: string, message: string): unknown => armErrorBody(code, message)

  private async authenticate(req: SandboxRequest): Promise<ArmCaller> {
    const challenge = (description: string) => ({
      'www-authenticate': `Bearer authorization_uri="${this.authorityUrl()}/${this.world.ctx.tenantId}", error="invalid_token", error_description="${description}"`
    })
    const header = req.headers.authorization
    if (!header) {
      throw armError(401, 'AuthenticationFailed', "Authentication failed. The 'Authorization' header is missing.", challenge("The authentication failed because of missing 'Authorization' header."))
    }
    const m = /^Bearer\s+(\S+)$/i.exec(header)
    if (!m) throw armError(401, 'AuthenticationFailedInvalidHeader', "Authentication failed. The 'Authorization' header is provided in an invalid format.", challenge('The access token is invalid.'))
    const arm = this.armUrl()
    const result = await this.checkToken(m[1]!, [arm, `${arm}/`])
    if (!result.ok) {
      if (result.reason === 'expired') throw armError(401, 'ExpiredAuthenticationToken', 'The access token expiry UTC time is earlier than current UTC time.', challenge('The access token has expired.'))
      if (result.reason === 'audience') {
        throw armError(
          401,
          'InvalidAuthenticationTokenAudience',
          `The access token has been obtained for wrong audience or resource. It should exactly match with one of the allowed audiences '${arm}/','${arm}'.`,
          challenge('The access token has wrong audience.')
        )
      }
      throw armError(401, 'InvalidAuthenticationToken', 'The access token is invalid.', challenge('The access token is invalid.'))
    }
    return { oid: String(result.payload.oid ?? ''), appid: String(result.payload.appid ?? result.payload.azp ?? '') }
  }

  /** Whether `principalId` holds a role granting `action` at `scope` or above. */
  allowed(principalId: string, action: string, scope: string): boolean {
    for (const ra of this.world.roleAssignments.values()) {
      if (ra.principalId.toLowerCase() !== principalId.toLowerCase() || !isAtOrAbove(ra.scope, scope)) continue
      const role = this.world.roleDefinitions.get(ra.roleDefinitionId.split('/').pop()!.toLowerCase())
      if (role && grants(role, action)) return true
    }
    return false
  }

  /** 403 AuthorizationFailed unless the caller may perform `action` at `scope`. */
  authorize(caller: ArmCaller, action: string, scope: string): void {
    if (this.allowed(caller.oid, action, scope)) return
    throw armError(
      403,
      'AuthorizationFailed',
      `The client '${caller.oid}' with object id '${caller.oid}' does not have authorization to perform action '${action}' over scope '${normaliseScope(scope)}' or the scope is invalid. If access was recently granted, please refresh your credentials.`
    )
  }

  /** 404 unless the subscription, resource group and (for a resource scope) the resource exist. */
  requireScope(scope: string): void {
    const p = parseScope(scope)
    if (!p || !p.subscriptionId) throw armError(400, 'InvalidRoleAssignmentScope', `The scope '${normaliseScope(scope)}' is not valid.`)
    this.requireSubscription(p.subscriptionId)
    if (p.resourceGroup) this.requireResourceGroup(p.resourceGroup)
    if (p.provider && !this.resourceExists(scope)) {
      throw armError(404, 'ResourceNotFound', `The Resource '${resourceType(p)}/${p.names.join('/')}' under resource group '${p.resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`)
    }
  }

  requireSubscription(sub: string): void {
    if (sub.toLowerCase() !== this.world.ctx.subscriptionId.toLowerCase()) throw armError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`)
  }

  requireResourceGroup(rg: string): void {
    if (!this.world.resourceGroups.has(rg.toLowerCase())) throw armError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`)
  }

  resourceExists(scope: string): boolean {
    const k = key(scope)
    if (this.world.resources.has(k) || this.world.identities.has(k) || this.world.clusters.has(k)) return true
    for (const i of this.world.identities.values()) if (i.fics.has(k)) return true
    return false
  }

  /** One page of `items` and a `nextLink` (same URL, `$skiptoken` = offset) when more remain. `$top` sets the page size. */
  page<T>(req: SandboxRequest, items: T[]): { value: T[]; nextLink?: string } {
    const top = Number(req.query.get('$top') ?? 0)
    const size = top > 0 ? Math.min(top, this.world.settings.pageSize) : this.world.settings.pageSize
    const skip = Number(req.query.get('$skiptoken') ?? req.query.get('$skipToken') ?? 0) || 0
    const value = items.slice(skip, skip + size)
    if (skip + size >= items.length) return { value }
    // ARM writes `$skiptoken` with a literal `$`, as URLSearchParams would not.
    const query = [...req.query].filter(([k]) => k.toLowerCase() !== '$skiptoken')
    query.push(['$skiptoken', String(skip + size)])
    const qs = query.map(([k, v]) => `${encodeURIComponent(k).replace(/^%24/, '$')}=${encodeURIComponent(v)}`).join('&')
    return { value, nextLink: `${this.armUrl()}${req.url.pathname}?${qs}` }
  }
}

export const ok = (body: unknown, status = 200, headers?: Record<string, string>): SandboxResponse => ({ status, body, headers })
