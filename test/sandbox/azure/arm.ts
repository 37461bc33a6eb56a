// The ARM front door shared by every resource provider the sandbox serves: bearer-token checks (401 with the
// ARM challenge), api-version checks per provider (the stored specs' versions), request bodies validated against
// the schema of their version, RBAC authorization (403 AuthorizationFailed), the ARM error
// shape, `x-ms-request-id` on every response, paging with `nextLink`, and scope existence checks.
import { HttpError, Router, type SandboxRequest, type SandboxResponse } from '../frame.js'
import { azureSpecs, type SpecFolder, type SpecOperation } from './specs.js'
import { ARM_CLASSIC_AUDIENCE } from './entra.js'
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

/**
 * The api-versions of the providers without a stored spec (resource groups, subscriptions, plain resources).
 * Microsoft.ManagedIdentity, Microsoft.Authorization and Microsoft.ContainerService accept exactly the versions
 * whose spec is stored under test/specs/azure (see specs.ts): each request is validated against its own version.
 */
export const API_VERSIONS = {
  resources: ['2025-04-01', '2024-11-01', '2024-07-01', '2024-03-01', '2022-09-01', '2021-04-01'],
  subscriptions: ['2022-12-01', '2021-01-01', '2020-01-01', '2019-11-01', '2016-06-01'],
  plain: ['2025-01-01']
} as const

export type Provider = 'msi' | 'authorization' | 'aks' | keyof typeof API_VERSIONS

const SPEC_FOLDER: Partial<Record<Provider, SpecFolder>> = { msi: 'msi', authorization: 'authorization', aks: 'containerservice' }

export class Arm {
  readonly router = new Router()
  private readonly callers = new WeakMap<SandboxRequest, ArmCaller>()
  private readonly providers = new Map<string, Provider>()
  /** The stored spec operation (at the request's api-version) each validated request was checked against. */
  private readonly specs = new WeakMap<SandboxRequest, SpecOperation>()
  /** Validate every response against the spec of the request's api-version (problems go to the request log). */
  validateResponses = false

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

  /** Runs before every ARM route: authentication first (as ARM does), then the api-version, then the request body. */
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
    const folder = SPEC_FOLDER[provider]
    const catalogue = folder ? azureSpecs() : undefined
    let allowed: readonly string[]
    if (folder && catalogue) {
      const own = catalogue.versions(folder, req.operation)
      // Operations without a spec entry of their own (e.g. the AKS operation-status poll) follow their provider.
      allowed = own.length ? own : [...new Set(['ManagedClusters_Get', 'UserAssignedIdentities_Get', 'RoleAssignments_Get'].flatMap((o) => catalogue.versions(folder, o)))].sort().reverse()
    } else allowed = API_VERSIONS[provider as keyof typeof API_VERSIONS]
    // Plain resources stand for many providers: any well-formed api-version is taken.
    const okVersion = provider === 'plain' ? /^\d{4}-\d{2}-\d{2}(-preview)?$/.test(version) : allowed.includes(version)
    if (!okVersion) throw this.unsupportedVersion(req, provider, version, allowed)
    const spec = folder && catalogue?.operation(folder, req.operation, version)
    if (spec) {
      this.specs.set(req, spec)
      this.validateRequest(req, spec)
    }
  }

  /** ARM's answer to an api-version the resource type does not have, listing the ones it has. */
  private unsupportedVersion(req: SandboxRequest, provider: Provider, version: string, allowed: readonly string[]) {
    if (provider === 'resources' || provider === 'subscriptions') {
      return armError(400, 'InvalidApiVersionParameter', `The api-version '${version}' is invalid. The supported versions are '${allowed.join(',')}'. Please see https://aka.ms/api-versions for more details.`)
    }
    // The resource type as ARM names it in this message: the type segment after the provider namespace.
    // The last one: a role assignment on a storage account is of type 'roleAssignments'.
    const m = [...req.path.matchAll(/\/providers\/(Microsoft\.\w+)\/(\w+)/gi)].at(-1)
    const type = m ? m[2] : 'the resource type'
    return armError(
      400,
      'NoRegisteredProviderFound',
      `No registered resource provider found for location '${this.world.settings.location}' and API version '${version}' for type '${type}'. The supported api-versions are '${allowed.join(', ')}'. The supported locations are '${this.world.settings.location}'.`
    )
  }

  /**
   * Request bodies are validated against the operation's schema for the request's api-version, as the resource
   * providers do: a body that is not JSON, or not an object, cannot be read (400 InvalidRequestFormat); one that
   * breaks the schema (wrong type, missing required property, pattern, non-extensible enum) is refused with
   * 400 InvalidRequestContent naming each path. Providers' own semantic checks (e.g. AKS's SkuNotAvailable)
   * run in their handlers afterwards.
   */
  private validateRequest(req: SandboxRequest, spec: SpecOperation): void {
    if (!spec.parameters.some((p) => p.in === 'body')) return
    let body: unknown
    if (req.body.length > 0) {
      try {
        body = JSON.parse(req.body.toString('utf8'))
      } catch (err) {
        throw armError(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: '${err instanceof Error ? err.message : String(err)}'.`)
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw armError(400, 'InvalidRequestFormat', 'Cannot parse the request: the request content must be a JSON object.')
      }
    }
    const problems = azureSpecs().checkRequest(spec, body)
    // A tracked resource without its location is refused by ARM's front door itself, with its own code.
    if (problems.includes('location: required property is missing')) throw armError(400, 'LocationRequired', 'The location property is required for this definition.')
    if (problems.length) {
      throw new HttpError(400, {
        error: {
          code: 'InvalidRequestContent',
          message: `The request content was invalid and could not be deserialized: '${problems[0]}'.`,
          details: problems.map((p) => ({ code: 'InvalidRequestContent', target: p.split(':')[0], message: p }))
        }
      })
    }
  }

  /** The stored spec operation the request was validated against (its api-version's), if the provider has one. */
  specOf(req: SandboxRequest): SpecOperation | undefined {
    return this.specs.get(req)
  }

  /** Response problems against the spec of the request's api-version (when `validateResponses` is on). */
  readonly checkResponse = (req: SandboxRequest, status: number, body: unknown): string[] | undefined => {
    if (!this.validateResponses) return undefined
    const spec = this.specs.get(req)
    if (!spec) return undefined
    const problems = azureSpecs().check(spec, status, body)
    return problems.length ? problems : undefined
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
    const result = await this.checkToken(m[1]!, [arm, `${arm}/`, ARM_CLASSIC_AUDIENCE])
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
