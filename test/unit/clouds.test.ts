// The cloud table and what reads it, without the network: the resolved endpoints and audience per cloud (with the
// overrides the sandbox uses), the warning for an explicit audience of another cloud, the settings, the drift reason
// for a credential with another cloud's audience, and the warning for a cluster of another cloud.
import { describe, expect, it } from '@jest/globals'
import { aksIssuerUrl, CLOUD_NAMES, CLOUDS, cloudOfAudience, cloudOfIssuer, cloudTarget } from '../../src/clouds.js'
import { readSettings } from '../../src/settings.js'
import { desiredStateWarnings, observedStateWarnings } from '../../src/desired.js'
import { audienceReason, diffCredential, type FederatedCredentialSpec } from '../../src/azure/federation.js'
import { BASE, source } from '../helpers/bad-inputs.js'

describe('the cloud table', () => {
  it('has one token-exchange audience, authority, ARM, portal and issuer domain per cloud, no two alike', () => {
    for (const field of ['tokenExchangeAudience', 'authorityHost', 'armEndpoint', 'portal', 'aksIssuerDomain', 'aksApiServerDomain'] as const) {
      expect(new Set(CLOUD_NAMES.map((n) => CLOUDS[n][field])).size).toBe(CLOUD_NAMES.length)
    }
    expect(CLOUD_NAMES.map((n) => CLOUDS[n].tokenExchangeAudience)).toEqual(['api://AzureADTokenExchange', 'api://AzureADTokenExchangeUSGov', 'api://AzureADTokenExchangeChina'])
    // ARM accepts its endpoint as a token audience in every cloud (what the action asks for).
    for (const n of CLOUD_NAMES) expect(CLOUDS[n].armAudiences.map((a) => a.replace(/\/$/, ''))).toContain(CLOUDS[n].armEndpoint)
  })

  it('knows a cloud by its audience (exactly) and by its AKS issuer URL', () => {
    expect(cloudOfAudience('api://AzureADTokenExchangeUSGov')?.name).toBe('AzureUSGovernment')
    expect(cloudOfAudience('api://azureadtokenexchange')).toBeUndefined()
    expect(cloudOfAudience('api://custom')).toBeUndefined()
    const url = aksIssuerUrl(CLOUDS.AzureChinaCloud, 'chinanorth3', 't', 'g')
    expect(url).toBe('https://chinanorth3.oic.prod-aks.azure.cn/t/g/')
    expect(cloudOfIssuer(url)?.name).toBe('AzureChinaCloud')
    expect(cloudOfIssuer('https://usgovvirginia.oic.prod-aks.azure.us/t/g/')?.name).toBe('AzureUSGovernment')
    expect(cloudOfIssuer('https://127.0.0.1:8442/t/g/')).toBeUndefined()
    expect(cloudOfIssuer('not a url')).toBeUndefined()
  })

  it.each(CLOUD_NAMES.map((n) => [n]))("resolves %s: the cloud's values, overrides kept, no warning", (name) => {
    const c = CLOUDS[name]
    expect(cloudTarget(name)).toEqual({
      cloud: c,
      armEndpoint: c.armEndpoint,
      armScope: `${c.armEndpoint}/.default`,
      authorityHost: c.authorityHost,
      audience: c.tokenExchangeAudience,
      audienceGiven: false,
      warnings: []
    })
    const over = cloudTarget(name.toLowerCase(), { armEndpoint: 'https://127.0.0.1:8440/', authorityHost: 'https://127.0.0.1:8441/' })
    expect([over.armEndpoint, over.armScope, over.authorityHost, over.audience]).toEqual([
      'https://127.0.0.1:8440',
      'https://127.0.0.1:8440/.default',
      'https://127.0.0.1:8441',
      c.tokenExchangeAudience
    ])
  })

  it('lets an explicit audience win, warning when it is not the cloud’s', () => {
    const same = cloudTarget('AzureChinaCloud', { audience: 'api://AzureADTokenExchangeChina' })
    expect([same.audience, same.audienceGiven, same.warnings]).toEqual(['api://AzureADTokenExchangeChina', true, []])
    const other = cloudTarget('AzureUSGovernment', { audience: 'api://AzureADTokenExchange' })
    expect(other.audience).toBe('api://AzureADTokenExchange')
    expect(other.warnings).toEqual([
      "The audience 'api://AzureADTokenExchange' is not the token-exchange audience of Azure US Government ('api://AzureADTokenExchangeUSGov'): it is Azure (public)'s, and Entra ID of Azure US Government does not exchange tokens for it. The federated credential and the workload's token must both carry 'api://AzureADTokenExchange'; leave 'audience' empty to use the cloud's."
    ])
    expect(cloudTarget('AzureCloud', { audience: 'api://custom' }).warnings[0]).toMatch(/^The audience 'api:\/\/custom' is not the token-exchange audience of Azure \(public\) \('api:\/\/AzureADTokenExchange'\)\. The federated/)
    expect(() => cloudTarget('AzureGermanCloud')).toThrow("Unknown Azure cloud 'AzureGermanCloud'")
  })
})

describe('settings and warnings per cloud', () => {
  it("default the federated credential's audience to the cloud's; an explicit one wins, with a warning before any read", () => {
    for (const n of CLOUD_NAMES) {
      const s = readSettings(source({ ...BASE, environment: n }))
      expect(s.federation).toMatchObject({ audience: CLOUDS[n].tokenExchangeAudience, audienceGiven: false })
      expect(s.azure).toMatchObject({ cloud: CLOUDS[n], armEndpoint: CLOUDS[n].armEndpoint, authorityHost: CLOUDS[n].authorityHost })
      expect(desiredStateWarnings(s)).toEqual([])
    }
    const s = readSettings(source({ ...BASE, environment: 'AzureChinaCloud', audience: 'api://AzureADTokenExchange' }))
    expect(s.federation).toMatchObject({ audience: 'api://AzureADTokenExchange', audienceGiven: true })
    expect(desiredStateWarnings(s)[0]).toContain("is not the token-exchange audience of Azure China (21Vianet) ('api://AzureADTokenExchangeChina')")
  })

  it("warn when the cluster's issuer is another cloud's than 'environment'", () => {
    const pub = readSettings(source(BASE))
    expect(observedStateWarnings(pub, 'https://usgovvirginia.oic.prod-aks.azure.us/t/g/')).toEqual([
      "The cluster's OIDC issuer 'https://usgovvirginia.oic.prod-aks.azure.us/t/g/' is one of Azure US Government, but 'environment' is AzureCloud: set 'environment: AzureUSGovernment' so the endpoints and the token-exchange audience ('api://AzureADTokenExchangeUSGov') are that cloud's."
    ])
    expect(observedStateWarnings(pub, 'https://eastus.oic.prod-aks.azure.com/t/g/')).toEqual([])
    expect(observedStateWarnings(pub, 'https://127.0.0.1:8442/t/g/')).toEqual([])
    expect(observedStateWarnings(pub, undefined)).toEqual([])
  })
})

describe("a federated credential with another cloud's audience", () => {
  const spec: FederatedCredentialSpec = {
    identityKey: 'identity:rg/id',
    identityResourceGroup: 'rg',
    identityName: 'id',
    name: 'fic',
    issuer: 'https://usgovvirginia.oic.prod-aks.azure.us/t/g/',
    subject: 'system:serviceaccount:apps:app',
    audiences: ['api://AzureADTokenExchangeUSGov']
  }
  const existing = (audiences: string[], name = 'fic') => ({ credentials: [{ id: `/x/${name}`, name, issuer: spec.issuer, subject: spec.subject, audiences }] })

  it('is drift, an update whose reason names both clouds', () => {
    expect(diffCredential(spec, existing(['api://AzureADTokenExchange']))).toEqual({
      action: 'update',
      diff: [{ field: 'audiences', from: ['api://AzureADTokenExchange'], to: ['api://AzureADTokenExchangeUSGov'] }],
      id: '/x/fic',
      ownership: 'owned',
      reason:
        "its audience 'api://AzureADTokenExchange' is the token-exchange audience of Azure (public), and Entra ID of Azure US Government exchanges only 'api://AzureADTokenExchangeUSGov'"
    })
    // Adopted under another name: both reasons.
    expect(diffCredential(spec, existing(['api://AzureADTokenExchangeChina'], 'theirs')).ownership).toBe('adopted')
    expect(diffCredential(spec, existing(['api://AzureADTokenExchangeChina'], 'theirs')).reason).toBe(
      "adopts the existing credential 'theirs' (same issuer and subject); its audience 'api://AzureADTokenExchangeChina' is the token-exchange audience of Azure China (21Vianet), and Entra ID of Azure US Government exchanges only 'api://AzureADTokenExchangeUSGov'"
    )
  })

  it('has no cloud reason for custom audiences, or when nothing differs', () => {
    expect(diffCredential(spec, existing(['api://AzureADTokenExchangeUSGov']))).toEqual({ action: 'unchanged', diff: [], id: '/x/fic', ownership: 'owned' })
    expect(audienceReason(['api://AzureADTokenExchangeUSGov'], ['api://custom'])).toBeUndefined()
    expect(audienceReason(['api://custom'], ['api://AzureADTokenExchange'])).toBe(
      "its audience 'api://AzureADTokenExchange' is the token-exchange audience of Azure (public), not the one asked for"
    )
  })
})
