// Entra ID through @azure/identity: client secret, GitHub OIDC sign-in through the ID-token stand-in, and the
// workload-identity exchange of a service-account token (from a small test issuer) for a managed identity,
// with every failure the issue names provoked and answered with its real AADSTS code.
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { Agent, fetch } from 'undici'
import { ClientSecretCredential } from '@azure/identity'
import { AKS_SERVER_APP_ID } from '../context.js'
import { startSandbox, type Sandbox } from '../index.js'
import { SandboxClient } from '../client.js'
import { armClients, assertionCredential, azureHalf, credentialOptions, failure, principalCredential, type ArmClients } from './sdk.js'
import { TestIssuer } from './test-issuer.js'
import { mintServiceAccountToken } from '../kube/index.js'

let sandbox: Sandbox
let arm: ArmClients
let issuer: TestIssuer
let admin: SandboxClient
let agent: Agent

beforeAll(async () => {
  sandbox = await startSandbox()
  arm = armClients(sandbox, principalCredential(sandbox), 0)
  issuer = await new TestIssuer().start(sandbox.tls)
  admin = new SandboxClient(sandbox.urls.admin, sandbox.tls.caPem)
  agent = new Agent({ connect: { ca: sandbox.tls.caPem } })
})
afterAll(async () => {
  await Promise.all([issuer.stop(), admin.close(), agent.close()])
  await sandbox.stop()
})
beforeEach(() => sandbox.reset())

const armScope = () => `${sandbox.urls.arm}/.default`

/** A fresh identity federated with the test issuer for ns:sa. */
async function federatedIdentity(name: string, ficIssuer = issuer.url, subject = 'system:serviceaccount:apps:web') {
  const id = await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', name, { location: 'eastus' })
  await arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', name, 'fic-web', { issuer: ficIssuer, subject, audiences: ['api://AzureADTokenExchange'] })
  return id
}

/** The AADSTS code of a failed getToken. */
async function aadCode(p: Promise<unknown>): Promise<string> {
  const e = await failure(p)
  return /AADSTS(\d+)/.exec(e.message)?.[1] ?? `no AADSTS code in: ${e.message}`
}

describe('client credentials by secret', () => {
  test('issues an RS256 token with kid, the requested resource as aud, and the principal as oid', async () => {
    const t = (await principalCredential(sandbox).getToken(armScope()))!
    const claims = decodeJwt(t.token)
    const p = azureHalf(sandbox).settings.principal
    expect(decodeProtectedHeader(t.token)).toMatchObject({ alg: 'RS256', kid: expect.any(String) })
    expect(claims).toMatchObject({ aud: sandbox.urls.arm, oid: p.objectId, appid: p.clientId, tid: sandbox.tenantId, iss: `${sandbox.urls.entra}/${sandbox.tenantId}/v2.0` })
    expect(claims.exp! - claims.iat!).toBe(3600)
    expect(await azureHalf(sandbox).verifyAccessToken(t.token, sandbox.urls.arm)).toEqual({ oid: p.objectId, appid: p.clientId, tid: sandbox.tenantId })
    expect(await azureHalf(sandbox).verifyAccessToken(t.token, AKS_SERVER_APP_ID)).toBeUndefined()
    const aks = (await principalCredential(sandbox).getToken(`${AKS_SERVER_APP_ID}/.default`))!
    expect(decodeJwt(aks.token).aud).toBe(AKS_SERVER_APP_ID)
    expect(await azureHalf(sandbox).verifyAccessToken(aks.token, AKS_SERVER_APP_ID)).toMatchObject({ oid: p.objectId })
  })

  test('a wrong secret is AADSTS7000215, an unknown client AADSTS700016, an unknown resource AADSTS500011', async () => {
    const p = azureHalf(sandbox).settings.principal
    expect(await aadCode(new ClientSecretCredential(sandbox.tenantId, p.clientId, 'wrong', credentialOptions(sandbox)).getToken(armScope()))).toBe('7000215')
    expect(await aadCode(new ClientSecretCredential(sandbox.tenantId, '00000000-0000-0000-0000-00000000beef', 'x', credentialOptions(sandbox)).getToken(armScope()))).toBe(
      '700016'
    )
    // Another cloud's ARM is no resource of this (public) tenant; its own cloud's ARM audiences are.
    expect(await aadCode(principalCredential(sandbox).getToken('https://management.usgovcloudapi.net/.default'))).toBe('500011')
  })

  test('the error body has the OAuth shape Entra uses', async () => {
    const res = await fetch(`${sandbox.urls.entra}/${sandbox.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      dispatcher: agent,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: azureHalf(sandbox).settings.principal.clientId, client_secret: 'nope', scope: armScope() }).toString()
    })
    const body = (await res.json()) as Record<string, unknown>
    expect(res.status).toBe(401)
    expect(body).toMatchObject({ error: 'invalid_client', error_codes: [7000215] })
    expect(String(body.error_description)).toMatch(/^AADSTS7000215: /)
    for (const f of ['trace_id', 'correlation_id', 'timestamp']) expect(typeof body[f]).toBe('string')
  })
})

describe('GitHub OIDC sign-in of the test principal', () => {
  test('the ID-token endpoint needs its bearer; its token exchanges for an ARM token that works', async () => {
    const env = sandbox.env
    const url = `${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent('api://AzureADTokenExchange')}`
    expect((await fetch(url, { dispatcher: agent })).status).toBe(401)
    const getAssertion = async () => {
      const res = await fetch(url, { dispatcher: agent, headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` } })
      return ((await res.json()) as { value: string }).value
    }
    const gh = decodeJwt(await getAssertion())
    expect(gh).toMatchObject({ iss: sandbox.urls.idtoken, sub: 'repo:octo-org/octo-repo:ref:refs/heads/main', aud: 'api://AzureADTokenExchange' })
    const cred = assertionCredential(sandbox, env.AZURE_CLIENT_ID!, getAssertion)
    const rg = await armClients(sandbox, cred, 0).aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')
    expect(rg.name).toBe('aks-sandbox')
  })

  test('a token for another subject (an environment) has no matching record: AADSTS70021', async () => {
    await admin.azure.setIdTokenClaims({ sub: 'repo:octo-org/octo-repo:environment:prod' })
    const cred = assertionCredential(sandbox, sandbox.env.AZURE_CLIENT_ID!, () => azureHalf(sandbox).githubIdToken('api://AzureADTokenExchange'))
    expect(await aadCode(cred.getToken(armScope()))).toBe('70021')
  })
})

describe('workload identity exchange for a managed identity', () => {
  test('a service-account token from the federated issuer buys a token for the identity', async () => {
    const id = await federatedIdentity('id-web')
    const cred = assertionCredential(sandbox, id.clientId!, () => issuer.token('apps', 'web'))
    const t = (await cred.getToken(armScope()))!
    expect(decodeJwt(t.token)).toMatchObject({ oid: id.principalId, appid: id.clientId, aud: sandbox.urls.arm })
    // With no role yet the identity cannot read the group; Reader on it fixes that.
    const asIdentity = armClients(sandbox, cred, 0)
    expect((await failure(asIdentity.msi.userAssignedIdentities.listByResourceGroup('rg-identities').next())).statusCode).toBe(403)
    await arm.authz.roleAssignments.create(`subscriptions/${sandbox.subscriptionId}/resourceGroups/rg-identities`, '7d1f3a52-9c4b-4e8f-a1d2-3b4c5d6e7f80', {
      roleDefinitionId: `/subscriptions/${sandbox.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`,
      principalId: id.principalId!,
      principalType: 'ServicePrincipal'
    })
    expect((await asIdentity.msi.userAssignedIdentities.listByResourceGroup('rg-identities').next()).value.name).toBe('id-web')
  })

  test('issuer without its trailing slash: AADSTS70021', async () => {
    const id = await federatedIdentity('id-slash', issuer.url.replace(/\/$/, ''))
    expect(await aadCode(assertionCredential(sandbox, id.clientId!, () => issuer.token('apps', 'web')).getToken(armScope()))).toBe('70021')
  })

  test('subject differing only in case: AADSTS7002138', async () => {
    const id = await federatedIdentity('id-case', issuer.url, 'system:serviceaccount:Apps:Web')
    expect(await aadCode(assertionCredential(sandbox, id.clientId!, () => issuer.token('apps', 'web')).getToken(armScope()))).toBe('7002138')
  })

  test('wrong audience: AADSTS70021', async () => {
    const id = await federatedIdentity('id-aud')
    const cred = assertionCredential(sandbox, id.clientId!, () => issuer.token('apps', 'web', { aud: ['https://kubernetes.default.svc'] }))
    expect(await aadCode(cred.getToken(armScope()))).toBe('70021')
  })

  test('an expired assertion (sandbox clock two hours ahead): AADSTS700024', async () => {
    const id = await federatedIdentity('id-time')
    await admin.clock(2 * 3600_000)
    expect(await aadCode(assertionCredential(sandbox, id.clientId!, () => issuer.token('apps', 'web')).getToken(armScope()))).toBe('700024')
  })

  test('a signature from another key: AADSTS50027', async () => {
    const id = await federatedIdentity('id-sig')
    const forger = await new TestIssuer().start(sandbox.tls)
    try {
      // Right claims, wrong key: the issuer's JWKS cannot verify it.
      const forged = await forger.token('apps', 'web', { iss: issuer.url })
      expect(await aadCode(assertionCredential(sandbox, id.clientId!, async () => forged).getToken(armScope()))).toBe('50027')
    } finally {
      await forger.stop()
    }
  })

  test('an issuer that cannot be reached: AADSTS90061', async () => {
    const gone = await new TestIssuer().start(sandbox.tls)
    const id = await federatedIdentity('id-gone', gone.url)
    const token = await gone.token('apps', 'web')
    await gone.stop()
    expect(await aadCode(assertionCredential(sandbox, id.clientId!, async () => token).getToken(armScope()))).toBe('90061')
  })

  test('a deleted identity: AADSTS700016', async () => {
    const id = await federatedIdentity('id-deleted')
    await arm.msi.userAssignedIdentities.delete('rg-identities', 'id-deleted')
    expect(await aadCode(assertionCredential(sandbox, id.clientId!, () => issuer.token('apps', 'web')).getToken(armScope()))).toBe('700016')
  })

  test('eventual consistency: a new federated credential fails the exchange for ficPropagationMs, then works', async () => {
    // A window no test run outlasts; the sandbox clock is moved past it rather than waited for.
    await admin.azure.setConsistency({ ficPropagationMs: 60_000 })
    const id = await federatedIdentity('id-prop')
    const cred = () => assertionCredential(sandbox, id.clientId!, () => issuer.token('apps', 'web'))
    expect(await aadCode(cred().getToken(armScope()))).toBe('70021')
    await admin.advanceClock(60_000)
    expect((await cred().getToken(armScope()))!.token).toBeTruthy()
  })
})

describe('with the Kubernetes half', () => {
  test('a TokenRequest token of the emulated cluster exchanges through the issuer ARM reports', async () => {
    expect(sandbox.ctx.parts.kube).toBeDefined()
    azureHalf(sandbox).patchCluster({ oidcIssuerEnabled: true, workloadIdentityEnabled: true })
    const issuerURL = (await arm.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')).oidcIssuerProfile!.issuerURL!
    const id = await federatedIdentity('id-kube', issuerURL, 'system:serviceaccount:default:default')
    const sa = () => mintServiceAccountToken(sandbox.ctx, { namespace: 'default', name: 'default', audiences: ['api://AzureADTokenExchange'] })
    expect(decodeJwt(await sa()).iss).toBe(issuerURL)
    const t = (await assertionCredential(sandbox, id.clientId!, sa).getToken(armScope()))!
    expect(decodeJwt(t.token).oid).toBe(id.principalId)
  })
})
