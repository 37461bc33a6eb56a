import { describe, expect, it } from '@jest/globals'
import { derivedFederatedCredentialName, roleAssignmentName, uuidv5 } from '../../src/names.js'
import { FIC_NAME } from '../../src/rules.js'

describe('uuidv5', () => {
  it('matches the RFC 4122 test vector (DNS namespace, www.example.com)', () => {
    // Published in the RFC 4122 errata and used by every UUID library's tests.
    expect(uuidv5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2')
  })

  it('sets version 5 and the RFC variant', () => {
    const u = uuidv5('anything')
    expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

describe('roleAssignmentName', () => {
  const scope = '/subscriptions/00000000-0000-4000-8000-00000000a11c/resourceGroups/rg'
  const role = '/subscriptions/00000000-0000-4000-8000-00000000a11c/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7'
  const principal = '9b8a7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'

  it('is deterministic and case-insensitive', () => {
    expect(roleAssignmentName(scope, role, principal)).toBe(roleAssignmentName(scope.toUpperCase(), role.toLowerCase(), principal.toUpperCase()))
  })

  it('differs when scope, role or principal differ', () => {
    const base = roleAssignmentName(scope, role, principal)
    expect(roleAssignmentName(scope + '2', role, principal)).not.toBe(base)
    expect(roleAssignmentName(scope, role.replace('acdd', 'bcdd'), principal)).not.toBe(base)
    expect(roleAssignmentName(scope, role, principal.replace('9b8a', '9b8b'))).not.toBe(base)
  })
})

describe('derivedFederatedCredentialName', () => {
  it('is readable when it fits', () => {
    expect(derivedFederatedCredentialName('aks-prod', 'default', 'app-sa')).toBe('aks-prod-default-app-sa')
  })

  it('hashes when the service account has dots (not allowed in FIC names), and stays distinct', () => {
    const a = derivedFederatedCredentialName('aks', 'ns', 'app.sa')
    const b = derivedFederatedCredentialName('aks', 'ns', 'app-sa')
    expect(a).toMatch(FIC_NAME)
    expect(a).not.toBe(b)
    expect(a.startsWith('aks-ns-app-sa-')).toBe(true)
  })

  it('shortens with a hash when too long, always valid and unique', () => {
    const long = 's'.repeat(200)
    const a = derivedFederatedCredentialName('aks', 'ns', long)
    const b = derivedFederatedCredentialName('aks', 'ns', long + 'x')
    expect(a.length).toBeLessThanOrEqual(120)
    expect(a).toMatch(FIC_NAME)
    expect(a).not.toBe(b)
  })

  it.each([
    ['_aks', 'default', 'sa'],
    ['a', 'b', 'c'],
    ['aks_cluster', 'n'.repeat(63), 'x'.repeat(253)]
  ])('is valid for %s / %s / %s', (c, n, s) => {
    expect(derivedFederatedCredentialName(c, n, s)).toMatch(FIC_NAME)
  })
})
