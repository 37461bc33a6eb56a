// The pure part of many workloads in one run (src/workloads.ts): one graph, what is shared once, whose each
// resource is, and who owns a shared identity; the run-time 20-credentials count of a federated credential.
import { describe, expect, it } from '@jest/globals'
import { readConfig } from '../../src/config/index.js'
import { settingsOwnerKey } from '../../src/ownership.js'
import { runSettings, sharedIdentityOwnerKey, workloadGraph, combinedVerification } from '../../src/workloads.js'
import { diffCredential, type FederatedCredentialSpec } from '../../src/azure/federation.js'
import type { IdentitySpec } from '../../src/azure/identity.js'
import type { NamespaceSpec } from '../../src/kube/namespace.js'
import type { RoleAssignmentSpec } from '../../src/azure/role-assignments.js'

const SUB = '0b5d3e0a-4f1c-4a8e-9d55-1f2a3b4c5d6e'
const SCOPE = `/subscriptions/${SUB}/resourceGroups/rg-data`
const FILE = `version: 1
cluster: { resource-group: rg-platform, cluster-name: aks-prod }
identities:
  shared:
    role-assignments: [{ role: Reader, scope: ${SCOPE} }]
  own: {}
defaults: { namespace: team }
workloads:
  api: { identity: shared, service-account-name: api }
  worker: { identity: shared, service-account-name: worker }
  solo: { identity: own, service-account-name: solo, namespace: solo }
`
const workloads = () => readConfig(FILE, 'f.yaml', { get: (n) => (n === 'subscription-id' ? SUB : ''), mask: () => undefined, env: {} })
const noRefs = () => ({})

describe('workloadGraph', () => {
  it('has each shared resource once and says whose every resource is', () => {
    const g = workloadGraph(workloads(), SUB)
    const keys = g.resources.map((r) => r.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(keys.filter((k) => k.startsWith('cluster:'))).toEqual(['cluster:rg-platform/aks-prod'])
    expect(keys.filter((k) => k.startsWith('identity:'))).toEqual(['identity:rg-platform/shared', 'identity:rg-platform/own'])
    expect(keys.filter((k) => k.startsWith('federated-credential:'))).toHaveLength(3)
    expect(keys.filter((k) => k.startsWith('role-assignment:'))).toHaveLength(1)
    expect(g.owners.get('cluster:rg-platform/aks-prod')).toEqual(['api', 'worker', 'solo'])
    expect(g.owners.get('identity:rg-platform/shared')).toEqual(['api', 'worker'])
    expect(g.owners.get('namespace:team')).toEqual(['api', 'worker'])
    expect(g.owners.get('service-account:team/worker')).toEqual(['worker'])
    expect(g.keysOf.get('solo')).toContain('identity:rg-platform/own')
  })

  it("gives a shared identity and its roles the identity's owner key; an identity of one workload keeps the workload's", () => {
    const ws = workloads()
    const g = workloadGraph(ws, SUB)
    const spec = <T>(key: string) => g.resources.find((r) => r.key === key)!.spec(noRefs) as T
    const sharedKey = sharedIdentityOwnerKey(ws[0]!.settings, SUB)
    expect(sharedKey).toMatch(/^[0-9a-f]{16}$/)
    expect(sharedKey).not.toBe(settingsOwnerKey(ws[0]!.settings, SUB))
    const shared = spec<IdentitySpec>('identity:rg-platform/shared')
    expect([shared.ownerKey, shared.ownerTag['aks-workload-identity-owner']]).toEqual([sharedKey, sharedKey])
    const role = spec<RoleAssignmentSpec>(g.resources.find((r) => r.kind === 'role-assignment')!.key)
    expect(role.ownerKey).toBe(sharedKey)
    expect(role.description).toContain(`(owner ${sharedKey})`)
    expect(role.description).toContain('workloads api, worker')
    expect(spec<IdentitySpec>('identity:rg-platform/own').ownerKey).toBe(settingsOwnerKey(ws[2]!.settings, SUB))
  })

  it("a namespace of several workloads knows all their service accounts and owner keys; credentials know their siblings", () => {
    const ws = workloadGraph(workloads(), SUB)
    const ns = ws.resources.find((r) => r.key === 'namespace:team')!.spec(noRefs) as NamespaceSpec
    expect(ns.serviceAccounts).toEqual(['api', 'worker'])
    expect(ns.otherOwnerKeys).toEqual([settingsOwnerKey(workloads()[1]!.settings, SUB)])
    const fic = ws.resources.find((r) => r.key.endsWith('/aks-prod-team-api'))!.spec(noRefs) as FederatedCredentialSpec
    expect(fic.siblings).toEqual(['aks-prod-team-worker'])
  })
})

describe('the run-time credential count', () => {
  const spec: FederatedCredentialSpec = {
    identityKey: 'identity:rg/id',
    identityResourceGroup: 'rg',
    identityName: 'id',
    name: 'mine',
    issuer: 'https://issuer/',
    subject: 'system:serviceaccount:ns:mine',
    audiences: ['api://AzureADTokenExchange'],
    siblings: ['sib-1', 'sib-2']
  }
  const others = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `x${i}`, name: `other-${i}`, issuer: 'https://issuer/', subject: `s${i}`, audiences: [] }))

  it("counts the run's own credentials, existing or not, with the others on the identity", () => {
    expect(diffCredential(spec, { credentials: others(17) }).action).toBe('create')
    const over = diffCredential(spec, { credentials: others(18) })
    expect(over.action).toBe('conflict')
    expect(over.reason).toMatch(/18 federated credential\(s\) this run does not declare and the run declares 3 on it: 21/)
    // A sibling already there is the run's, not another's.
    const sib = { id: 's', name: 'sib-1', issuer: 'https://issuer/', subject: 'system:serviceaccount:ns:sib-1', audiences: [] }
    expect(diffCredential(spec, { credentials: [...others(17), sib] }).action).toBe('create')
  })
})

describe('runSettings and combinedVerification', () => {
  it('takes the first workload when none registers runners at GitHub', () => {
    expect(runSettings(workloads()).kube.serviceAccount).toBe('api')
  })

  it('fails when any workload failed, verifies when all did, names those not verified', () => {
    const ok = { verified: true, detail: 'ok' }
    expect(combinedVerification([])).toBeUndefined()
    expect(combinedVerification([['a', ok], ['b', ok]])?.verified).toBe(true)
    expect(combinedVerification([['a', ok], ['b', { verified: false, detail: 'AADSTS70021' }]])).toMatchObject({ verified: false, detail: 'b: AADSTS70021' })
    expect(combinedVerification([['a', ok], ['b', { detail: 'skipped' }]])).toMatchObject({ verified: undefined, detail: '1 of 2 workload(s) verified (b: not verified)' })
  })
})
