// The pure parts of verification: reading AADSTS codes out of @azure/identity errors, explaining a failed
// exchange from claims vs credentials, ARM refusals from role assignments, and the reads chosen per scope.
import { AuthenticationError } from '@azure/identity'
import { assignmentState, covers, diagnoseArm, diagnoseExchange, roleGrants } from '../../src/verify/diagnose.js'
import { exchangeFailure } from '../../src/azure/exchange.js'
import { probeRequest, resourceTypeOf } from '../../src/verify/probe.js'
import type { TokenClaims } from '../../src/token-claims.js'

const ISS = 'https://eastus.oic.prod-aks.azure.com/72f988bf-86f1-41af-91ab-2d7cd011db47/8d5a2f3c-6b1e-4f7a-9c2d-1e0b3a4c5d6e/'
const SUB = 'system:serviceaccount:apps:api'
const AUD = 'api://AzureADTokenExchange'
const NOW = Date.UTC(2026, 10, 28, 12)
const claims: TokenClaims = { iss: ISS, sub: SUB, aud: [AUD], iat: NOW / 1000, nbf: NOW / 1000, exp: NOW / 1000 + 600 }
const opts = { nowMs: NOW, clientId: '11111111-1111-4111-8111-111111111111', tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' }
const fic = (over: Partial<{ name: string; issuer: string; subject: string; audiences: string[] }> = {}) => ({ name: 'fic', issuer: ISS, subject: SUB, audiences: [AUD], ...over })
const SUBSCRIPTION = '/subscriptions/00000000-0000-4000-8000-00000000a11c'
const RG = `${SUBSCRIPTION}/resourceGroups/rg-app`

describe('exchangeFailure', () => {
  it('reads the code from the error response of an AuthenticationError', () => {
    const err = new AuthenticationError(400, {
      error: 'invalid_client',
      error_description: 'AADSTS700024: Client assertion is not within its valid time range.\r\nTrace ID: x\r\nCorrelation ID: y',
      error_codes: [700024]
    })
    expect(exchangeFailure(err)).toEqual({ code: 700024, description: 'AADSTS700024: Client assertion is not within its valid time range.' })
  })

  it('finds the code in the message chain of an MSAL error wrapped by @azure/identity', () => {
    const msal = Object.assign(new Error('invalid_request: Error(s): 70021 - Timestamp: t - Description: AADSTS70021: No matching federated identity record found. Trace ID: a - Correlation ID: b'), { name: 'ServerError' })
    const wrapped = Object.assign(new Error('ClientAssertionCredential: authentication failed'), { cause: msal })
    expect(exchangeFailure(wrapped)).toEqual({ code: 70021, description: 'AADSTS70021: No matching federated identity record found.' })
  })

  it('keeps the message when there is no AADSTS code', () => {
    expect(exchangeFailure(new Error('getaddrinfo ENOTFOUND login.example'))).toEqual({ code: undefined, description: 'getaddrinfo ENOTFOUND login.example' })
  })
})

describe('diagnoseExchange', () => {
  const f70021 = { code: 70021, description: 'AADSTS70021: No matching federated identity record found for presented assertion.' }

  it.each([
    ['issuer without trailing slash', fic({ issuer: ISS.slice(0, -1) }), 'issuer-mismatch', /trailing slash/],
    ['issuer of another cluster', fic({ issuer: ISS.replace('8d5a', '0000') }), 'issuer-mismatch', /another issuer/],
    ['subject of another namespace', fic({ subject: 'system:serviceaccount:other:api' }), 'subject-mismatch', /another namespace or service account/],
    ['subject in other case', fic({ subject: SUB.toUpperCase() }), 'subject-mismatch', /letter case/],
    ['audience', fic({ audiences: ['api://custom'] }), 'audience-mismatch', /'api:\/\/custom'.*'api:\/\/AzureADTokenExchange'/],
    ['nothing alike', fic({ issuer: 'https://other/', subject: 'x' }), 'no-federated-credential', /None of the identity's 1 federated credentials/],
    ['an exact match (not yet propagated)', fic(), 'not-propagated', /has not picked it up yet/]
  ])('%s', (_what, credential, kind, text) => {
    const d = diagnoseExchange(f70021, claims, [credential], opts)
    expect(d.kind).toBe(kind)
    expect(d.message).toMatch(text)
    expect(d.code).toBe('AADSTS70021')
  })

  it("AADSTS700212 for a matching credential: Entra refuses the audience itself (another cloud's token-exchange audience)", () => {
    const f700212 = { code: 700212, description: `AADSTS700212: No matching federated identity record found for presented assertion audience '${AUD}'.` }
    const d = diagnoseExchange(f700212, claims, [fic()], opts)
    expect(d).toMatchObject({ kind: 'audience-mismatch', code: 'AADSTS700212' })
    expect(d.message).toContain(`Entra ID refuses its audience '${AUD}', the token-exchange audience of Azure (public)`)
    expect(d.message).toContain("Set 'environment' to the cluster's cloud")
    // A credential with another audience is explained as for 70021, naming the clouds of both audiences.
    const other = diagnoseExchange(f700212, claims, [fic({ audiences: ['api://AzureADTokenExchangeUSGov'] })], opts)
    expect(other.kind).toBe('audience-mismatch')
    expect(other.message).toContain("(the credential's is the token-exchange audience of Azure US Government, the token's of Azure (public))")
  })

  it('picks the closest of several credentials', () => {
    const d = diagnoseExchange(f70021, claims, [fic({ name: 'far', issuer: 'https://x/', subject: 'y' }), fic({ name: 'near', issuer: ISS.slice(0, -1) })], opts)
    expect(d).toMatchObject({ kind: 'issuer-mismatch' })
    expect(d.message).toContain("'near'")
  })

  it('no credentials at all', () => {
    expect(diagnoseExchange(f70021, claims, [], opts).kind).toBe('no-federated-credential')
    expect(diagnoseExchange(f70021, claims, undefined, opts).message).toContain('could not be read')
  })

  it('clock skew (AADSTS700024) says by how much', () => {
    const skewed = { ...claims, iat: NOW / 1000 + 3600 }
    const d = diagnoseExchange({ code: 700024, description: 'AADSTS700024: Client assertion is not within its valid time range.' }, skewed, [fic()], opts)
    expect(d.kind).toBe('clock-skew')
    expect(d.message).toContain('3600 s ahead of')
  })

  it("clock skew (AADSTS700024) uses Entra's own times when it gives them", () => {
    const description =
      'AADSTS700024: Client assertion is not within its valid time range. Current time: 2026-11-28T14:00:00.0000000Z, assertion valid from 2026-11-28T12:00:00.0000000Z, expiry time of assertion 2026-11-28T12:10:00.0000000Z. Review the documentation.'
    const d = diagnoseExchange({ code: 700024, description }, claims, [fic()], opts)
    expect(d.message).toContain("Entra ID's time (2026-11-28T14:00:00.0000000Z) is 6600 s past the token's expiry (2026-11-28T12:10:00.0000000Z)")
  })

  it('issuer unreachable (AADSTS90061) names the discovery URL', () => {
    const d = diagnoseExchange({ code: 90061, description: 'AADSTS90061: Request to External OIDC endpoint failed.' }, claims, [fic()], opts)
    expect(d.kind).toBe('issuer-unreachable')
    expect(d.message).toContain(`'${ISS}.well-known/openid-configuration'`)
  })

  it('unknown client (AADSTS700016)', () => {
    expect(diagnoseExchange({ code: 700016, description: 'AADSTS700016: Application not found' }, claims, [], opts).kind).toBe('identity-not-found')
  })
})

describe('ARM checks', () => {
  const reader = '/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7'
  const check = { scope: `${RG}/providers/Microsoft.Storage/storageAccounts/st1`, role: 'Reader' }

  it('covers() compares segment-wise and case-insensitively', () => {
    expect(covers(RG, check.scope)).toBe(true)
    expect(covers(RG.toUpperCase(), check.scope)).toBe(true)
    expect(covers(`${RG}-2`, check.scope)).toBe(false)
    expect(covers(check.scope, RG)).toBe(false)
  })

  it('assignmentState() tells covering, elsewhere and none apart', () => {
    const guid = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
    expect(assignmentState(check, guid, [{ id: 'a', scope: SUBSCRIPTION, roleDefinitionId: reader }])).toEqual({ state: 'covering', at: SUBSCRIPTION })
    expect(assignmentState(check, guid, [{ id: 'a', scope: `${SUBSCRIPTION}/resourceGroups/other`, roleDefinitionId: reader }])).toEqual({ state: 'elsewhere', at: [`${SUBSCRIPTION}/resourceGroups/other`] })
    expect(assignmentState(check, guid, [{ id: 'a', scope: RG, roleDefinitionId: reader.replace('acdd', 'bbbb') }])).toEqual({ state: 'none' })
  })

  it('diagnoseArm() by status and assignment state', () => {
    const denied = { status: 403, code: 'AuthorizationFailed', message: 'no' }
    expect(diagnoseArm(check, denied, { state: 'covering', at: RG }, 'p').kind).toBe('role-not-effective')
    expect(diagnoseArm(check, denied, { state: 'elsewhere', at: ['x'] }, 'p').kind).toBe('role-wrong-scope')
    expect(diagnoseArm(check, denied, { state: 'none' }, 'p').kind).toBe('role-missing')
    expect(diagnoseArm(check, denied, undefined, 'p').message).toContain('not assigned there or not in effect yet')
    expect(diagnoseArm(check, { status: 404, code: 'ResourceNotFound' }, undefined, 'p')).toMatchObject({ kind: 'scope-not-found', code: 'HTTP 404 ResourceNotFound' })
    expect(diagnoseArm(check, { status: 500 }, undefined, 'p').kind).toBe('arm-failed')
  })

  it('roleGrants() applies wildcards and notActions as ARM does', () => {
    expect(roleGrants({ actions: ['*/read'], notActions: [] }, 'Microsoft.Storage/storageAccounts/read')).toBe(true)
    expect(roleGrants({ actions: ['*'], notActions: ['Microsoft.Storage/*'] }, 'Microsoft.Storage/storageAccounts/read')).toBe(false)
    expect(roleGrants({ actions: [], notActions: [] }, 'Microsoft.KeyVault/vaults/read')).toBe(false)
    expect(roleGrants({ actions: ['microsoft.keyvault/vaults/*'], notActions: [] }, 'Microsoft.KeyVault/vaults/read')).toBe(true)
  })

  it('probeRequest() reads the scope itself, with an api-version ARM serves for its type', () => {
    expect(probeRequest(SUBSCRIPTION)).toEqual({ path: `${SUBSCRIPTION}/resourcegroups?api-version=2021-04-01&$top=1`, action: 'Microsoft.Resources/subscriptions/resourceGroups/read' })
    expect(probeRequest(`${RG}/`)).toEqual({ path: `${RG}?api-version=2021-04-01`, action: 'Microsoft.Resources/subscriptions/resourceGroups/read' })
    expect(probeRequest(check.scope)).toEqual({ path: `${check.scope}?api-version=2023-05-01`, action: 'Microsoft.Storage/storageAccounts/read' })
    const nested = `${RG}/providers/Microsoft.ServiceBus/namespaces/ns1/queues/q1`
    expect(resourceTypeOf(nested)).toBe('Microsoft.ServiceBus/namespaces/queues')
    expect(probeRequest(nested)).toBeUndefined()
    expect(probeRequest(nested, { 'microsoft.servicebus/namespaces/queues': '2021-11-01' })?.path).toBe(`${nested}?api-version=2021-11-01`)
  })
})
