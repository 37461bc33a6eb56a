// The login action's pure parts: where the identity comes from (the webhook's variables, inputs over them), what a
// missing variable means, the token checks, what later steps get, and the post step's account of expired tokens.
import { describe, expect, it } from '@jest/globals'
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readLoginSettings, requireIdentity, NotInjectedError, type LoginIdentity } from '../../src/login/settings.js'
import { checkToken, TokenFileError } from '../../src/login/token.js'
import { armEnvironment, azureEnvironment } from '../../src/login/environment.js'
import { azCloudSetArgs, azLoginArgs } from '../../src/login/azure-cli.js'
import { post, type LoginIo } from '../../src/login/run.js'
import { STATE_NAME } from '../../src/login/state.js'
import { SettingsError } from '../../src/settings.js'
import { CLOUDS } from '../../src/clouds.js'
import { tempDir } from '../helpers/run-action.js'

const CLIENT = '11111111-2222-4333-8444-555555555555'
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
const SUB = '00000000-0000-4000-8000-00000000a11c'
const INJECTED = {
  AZURE_CLIENT_ID: CLIENT,
  AZURE_TENANT_ID: TENANT,
  AZURE_FEDERATED_TOKEN_FILE: '/var/run/secrets/azure/wi/token/azure-identity-token',
  AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.com/'
}
const settings = (inputs: Record<string, string> = {}, env: Record<string, string | undefined> = INJECTED) =>
  readLoginSettings({ get: (n) => inputs[n] ?? '', mask: () => undefined, env })

/** An unsigned JWT with the given claims (the checks only decode it). */
const jwt = (claims: Record<string, unknown>) =>
  ['{"alg":"RS256"}', JSON.stringify(claims)].map((p) => Buffer.from(p).toString('base64url')).join('.') + '.c2ln'

describe('the identity', () => {
  it("comes from the webhook's variables; inputs override them; the authority host loses its slash", () => {
    const s = settings()
    expect(s).toMatchObject({ clientId: CLIENT, tenantId: TENANT, authorityHost: 'https://login.microsoftonline.com', armEndpoint: 'https://management.azure.com' })
    expect(s.source).toEqual({ clientId: 'webhook', tenantId: 'webhook', tokenFile: 'webhook', authorityHost: 'webhook' })
    const other = '99999999-2222-4333-8444-555555555555'
    const o = settings({ 'client-id': other, 'federated-token-file': '/tmp/t' })
    expect(o).toMatchObject({ clientId: other, tokenFile: '/tmp/t', source: { clientId: 'input', tokenFile: 'input', tenantId: 'webhook' } })
    const gov = settings({ environment: 'AzureUSGovernment' }, { ...INJECTED, AZURE_AUTHORITY_HOST: undefined })
    expect(gov).toMatchObject({ authorityHost: 'https://login.microsoftonline.us', armEndpoint: 'https://management.usgovcloudapi.net', source: { authorityHost: 'cloud' } })
    // The token is expected to carry the cloud's token-exchange audience, as the main action gives the federated credential.
    expect([s.audience, gov.audience, settings({ environment: 'AzureChinaCloud' }).audience]).toEqual([
      'api://AzureADTokenExchange',
      'api://AzureADTokenExchangeUSGov',
      'api://AzureADTokenExchangeChina'
    ])
  })

  it('refuses bad inputs and a bad injected value, naming the variable', () => {
    const err = (() => {
      try {
        settings({ 'cluster-name': 'aks' }, { ...INJECTED, AZURE_CLIENT_ID: 'not-a-guid' })
      } catch (e) {
        return e as SettingsError
      }
      throw new Error('expected a SettingsError')
    })()
    expect(err).toBeInstanceOf(SettingsError)
    expect(err.problems.map((p) => p.message)).toEqual([
      "Input 'client-id': not given, and AZURE_CLIENT_ID = 'not-a-guid' must be a GUID such as 00000000-0000-0000-0000-000000000000.",
      "Input 'cluster-name': needs 'resource-group' (the cluster's resource group).",
      "Input 'cluster-name': needs 'subscription-id' (or AZURE_SUBSCRIPTION_ID): the cluster's subscription."
    ])
  })

  it('says what the webhook did not inject, and what that points to', () => {
    expect(() => requireIdentity(settings({}, {}))).toThrow(NotInjectedError)
    expect(() => requireIdentity(settings({}, {}))).toThrow(/did not inject AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE.*label azure.workload.identity\/use: "true"/)
    const { AZURE_CLIENT_ID: _c, ...noClient } = INJECTED
    expect(() => requireIdentity(settings({}, noClient))).toThrow(/did not inject AZURE_CLIENT_ID .*no azure.workload.identity\/client-id annotation.*give 'client-id'/)
    expect(requireIdentity(settings({ 'client-id': CLIENT }, noClient)).clientId).toBe(CLIENT)
  })
})

describe('the token file', () => {
  const now = Date.parse('2026-11-01T12:00:00Z')
  const base = { iss: 'https://eastus.oic.prod-aks.azure.com/t/c/', sub: 'system:serviceaccount:ci:sa', aud: ['api://AzureADTokenExchange'] }
  const check = (text: string) => checkToken(text, '/t', { now, audience: 'api://AzureADTokenExchange' })

  it('passes a current token and says when it expires', () => {
    const { token, warnings } = check(jwt({ ...base, exp: now / 1000 + 3000, nbf: now / 1000 - 600 }) + '\n')
    expect(token.expiresOn).toBe(now + 3_000_000)
    expect(token.claims.sub).toBe('system:serviceaccount:ci:sa')
    expect(warnings).toEqual([])
  })

  it('refuses an empty file, a non-JWT, an expired token and one from the future; warns on another audience', () => {
    expect(() => check('  \n')).toThrow(/is empty: kubelet has not written/)
    expect(() => check('hello')).toThrow(/does not hold a service-account token/)
    expect(() => check(jwt({ ...base, exp: now / 1000 - 1 }))).toThrow(TokenFileError)
    expect(() => check(jwt({ ...base, exp: now / 1000 - 1 }))).toThrow(/expired at 2026-11-01T11:59:59.000Z: kubelet renews it/)
    expect(() => check(jwt({ ...base, exp: now / 1000 + 9000, nbf: now / 1000 + 600 }))).toThrow(/not valid before .* clock is behind/)
    const { warnings } = check(jwt({ ...base, aud: ['https://kubernetes.default.svc'], exp: now / 1000 + 3000 }))
    expect(warnings[0]).toContain("audience is 'https://kubernetes.default.svc', not 'api://AzureADTokenExchange'")
  })
})

describe('what later steps get', () => {
  const id = (inputs: Record<string, string> = {}) => requireIdentity(settings(inputs)) as LoginIdentity

  it("Terraform's azurerm in AKS workload identity mode; the cloud and an overridden token file when they matter", () => {
    expect(armEnvironment(id(), SUB)).toEqual({ ARM_CLIENT_ID: CLIENT, ARM_TENANT_ID: TENANT, ARM_SUBSCRIPTION_ID: SUB, ARM_USE_AKS_WORKLOAD_IDENTITY: 'true' })
    expect(armEnvironment(id({ environment: 'AzureChinaCloud', 'federated-token-file': '/t' }), undefined)).toEqual({
      ARM_CLIENT_ID: CLIENT,
      ARM_TENANT_ID: TENANT,
      ARM_USE_AKS_WORKLOAD_IDENTITY: 'true',
      ARM_ENVIRONMENT: 'china',
      ARM_OIDC_TOKEN_FILE_PATH: '/t'
    })
  })

  it('AZURE_* only where an input overrode the injected value, and the subscription', () => {
    expect(azureEnvironment(id(), undefined)).toEqual({})
    expect(azureEnvironment(id({ 'federated-token-file': '/t' }), SUB)).toEqual({ AZURE_FEDERATED_TOKEN_FILE: '/t', AZURE_SUBSCRIPTION_ID: SUB })
  })

  it('az: the documented sign-in, and the cloud first for sovereign clouds', () => {
    expect(azLoginArgs(CLIENT, TENANT, 'tok')).toEqual([
      'login', '--service-principal', '-u', CLIENT, '-t', TENANT, '--federated-token', 'tok', '--allow-no-subscriptions', '--output', 'none', '--only-show-errors'
    ])
    expect(azCloudSetArgs(CLOUDS.AzureUSGovernment).slice(0, 4)).toEqual(['cloud', 'set', '--name', 'AzureUSGovernment'])
  })
})

describe('the post step', () => {
  function io(state: object | undefined) {
    const log: string[] = []
    const warnings: string[] = []
    const sink: LoginIo = {
      info: (m) => void log.push(m),
      warning: (m) => void warnings.push(m),
      setOutput: () => undefined,
      setSecret: () => undefined,
      exportVariable: () => undefined,
      saveState: () => undefined,
      getState: (n) => (n === STATE_NAME && state ? JSON.stringify(state) : '')
    }
    return { sink, log, warnings }
  }
  const noExec = () => Promise.reject(new Error('no tool should run'))

  it('removes the session and the kubeconfig, and says nothing about time when the tokens outlived the job', async () => {
    const dir = await tempDir('aks-wi-post-')
    await mkdir(join(dir, 'az'))
    await writeFile(join(dir, 'az', 'msal_token_cache.json'), '{}')
    await writeFile(join(dir, 'kubeconfig'), 'x')
    const t0 = Date.parse('2026-11-01T12:00:00Z')
    const { sink, log, warnings } = io({ azureConfigDir: join(dir, 'az'), kubeconfig: join(dir, 'kubeconfig'), signedInAt: t0, tokenExpiresOn: t0 + 3_600_000 })
    const r = await post({ io: sink, exec: noExec, now: () => t0 + 600_000 })
    expect(r.problems).toEqual([])
    await expect(stat(join(dir, 'az'))).rejects.toThrow(/ENOENT/)
    await expect(stat(join(dir, 'kubeconfig'))).rejects.toThrow(/ENOENT/)
    expect(log.join('\n')).toContain('Removed the Azure CLI session')
    expect(warnings).toEqual([])
  })

  it('says when the job outlived the tokens it signed in with, and what to do', async () => {
    const t0 = Date.parse('2026-11-01T12:00:00Z')
    const { sink, warnings } = io({ azureConfigDir: '/nonexistent/az', signedInAt: t0, tokenExpiresOn: t0 + 3_600_000, kubeTokenExpiresOn: t0 + 3_000_000 })
    await post({ io: sink, exec: noExec, now: () => t0 + 2 * 3_600_000 })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('the service-account token the Azure CLI and Azure PowerShell were signed in with expired at 2026-11-01T13:00:00Z, 60 min after sign-in')
    expect(warnings[0]).toContain("the kubeconfig's Entra token expired at 2026-11-01T12:50:00Z")
    expect(warnings[0]).toContain('Run the login action again before the steps that start after about 2026-11-01T12:50:00Z')
  })

  it('does nothing when the login step signed nothing in', async () => {
    const { sink, log } = io(undefined)
    expect(await post({ io: sink, exec: noExec, now: Date.now })).toEqual({ removed: [], problems: [] })
    expect(log).toEqual(['Nothing to clean up: the login step signed nothing in.'])
  })
})
