import { describe, expect, it } from '@jest/globals'
import { readSettings, SettingsError } from '../../src/settings.js'
import { readRunnerShaping } from '../../src/shaping/settings.js'
import { DEFAULT_RUNNER_IMAGE } from '../../src/runner-kinds/github.js'
import { CLOUDS } from '../../src/clouds.js'
import { BAD, BASE, SUB, source } from '../helpers/bad-inputs.js'

function problems(inputs: Record<string, string>, env: Record<string, string> = {}): string[] {
  try {
    readSettings(source({ ...BASE, ...inputs }, env), readRunnerShaping)
  } catch (e) {
    if (e instanceof SettingsError) return e.problems.map((p) => p.message)
    throw e
  }
  return []
}

describe('settings: bad inputs', () => {
  it('has at least 30 cases', () => expect(BAD.length).toBeGreaterThanOrEqual(30))

  it.each(BAD)('%s', (_what, inputs, expected) => {
    const found = problems(inputs)
    expect(found.join('\n')).toContain(expected)
  })

  it('reports every problem together, not just the first', () => {
    const found = problems({ mode: 'x', namespace: 'NS', 'runner-count': 'many', 'identity-name': '' })
    expect(found).toHaveLength(4)
    expect(found.map((m) => m.split("'")[1])).toEqual(['mode', 'identity-name', 'namespace', 'runner-count'])
  })

  it('never shows a secret, and masks it on read', () => {
    const masked: string[] = []
    const err = (() => {
      try {
        readSettings(source({ ...BASE, 'github-token': 'ghp_verysecret', 'runner-count': '1', 'runner-scope': 'bad scope' }, {}, masked))
      } catch (e) {
        return e as SettingsError
      }
      return undefined
    })()
    expect(err).toBeInstanceOf(SettingsError)
    expect(err!.message).not.toContain('ghp_verysecret')
    expect(masked).toEqual(['ghp_verysecret'])
  })
})

describe('settings: defaults and parsing', () => {
  it('resolves documented defaults', () => {
    const s = readSettings(source(BASE))
    expect(s.mode).toBe('apply')
    expect(s.failOnDrift).toBe(true)
    expect(s.kube).toEqual({ namespace: 'default', createNamespace: true, serviceAccount: 'app-sa', forceConflicts: true })
    expect(s.identity.resourceGroup).toBe('rg-app')
    expect(s.federation).toEqual({ name: undefined, audience: CLOUDS.AzureCloud.tokenExchangeAudience, audienceGiven: false })
    expect(s.runners.image).toBe(DEFAULT_RUNNER_IMAGE)
    expect(s.runners.count).toBe(0)
    expect(s.wait).toEqual({ enabled: true, timeoutSeconds: 300 })
    expect(s.azure.armEndpoint).toBe('https://management.azure.com')
    expect(s.azure.authorityHost).toBe('https://login.microsoftonline.com')
    expect(s.azure.auth).toBe('auto')
    expect(s.roleAssignments).toEqual([])
  })

  it('accepts the YAML spellings of booleans and nothing else', () => {
    for (const [v, want] of [['True', true], ['FALSE', false], ['true', true], ['false', false]] as const) {
      expect(readSettings(source({ ...BASE, verify: v })).verify).toBe(want)
    }
  })

  it('takes ids from the environment when inputs are empty', () => {
    const s = readSettings(source(BASE, { AZURE_SUBSCRIPTION_ID: SUB, AZURE_TENANT_ID: SUB, GITHUB_REPOSITORY: 'octo-org/octo-repo' }))
    expect(s.azure.subscriptionId).toBe(SUB)
    expect(s.azure.tenantId).toBe(SUB)
    expect(s.runners.scope).toEqual({ kind: 'repo', owner: 'octo-org', repo: 'octo-repo' })
  })

  it('parses roles: names with spaces, GUIDs, role definition IDs, and every scope form', () => {
    const rdId = `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/2A2B9908-6EA1-4AE2-8E65-A410DF84E7D1`
    const s = readSettings(
      source({
        ...BASE,
        role: 'Storage Blob Data Reader',
        scope: `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/st1`,
        'role-assignments': [
          `acdd72a7-3385-48ef-bd42-f606fba81ae7 /subscriptions/${SUB}`,
          `${rdId} /subscriptions/${SUB}/resourceGroups/rg-data`,
          'Reader /providers/Microsoft.Management/managementGroups/mg-platform'
        ].join('\n')
      })
    )
    expect(s.roleAssignments.map((r) => [r.roleGuid ?? r.role, r.scopeKind])).toEqual([
      ['Storage Blob Data Reader', 'resource'],
      ['acdd72a7-3385-48ef-bd42-f606fba81ae7', 'subscription'],
      ['2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', 'resourceGroup'],
      ['Reader', 'managementGroup']
    ])
  })

  it('allows a privileged role only when asked to', () => {
    const s = readSettings(source({ ...BASE, role: 'Owner', scope: `/subscriptions/${SUB}/resourceGroups/x`, 'allow-privileged-roles': 'true' }))
    expect(s.roleAssignments[0]!.role).toBe('Owner')
  })

  it('normalises a region display name and an org runner scope', () => {
    const s = readSettings(source({ ...BASE, location: 'West Europe', 'runner-scope': 'org:octo-org', 'runner-count': '2', 'github-token': 't' }))
    expect(s.identity.location).toBe('westeurope')
    expect(s.runners.scope).toEqual({ kind: 'org', org: 'octo-org' })
  })

  it('selects sovereign clouds and honours endpoint overrides', () => {
    const gov = readSettings(source({ ...BASE, environment: 'azureusgovernment' }))
    expect(gov.azure.armEndpoint).toBe('https://management.usgovcloudapi.net')
    const custom = readSettings(source({ ...BASE, 'arm-endpoint': 'https://127.0.0.1:8443/', 'authority-host': 'https://127.0.0.1:8444' }))
    expect([custom.azure.armEndpoint, custom.azure.authorityHost]).toEqual(['https://127.0.0.1:8443', 'https://127.0.0.1:8444'])
  })

  it('parses user tags', () => {
    const s = readSettings(source({ ...BASE, tags: 'team=platform\n cost-center = 42 \n' }))
    expect(s.identity.tags).toEqual({ team: 'platform', 'cost-center': '42' })
  })
})

