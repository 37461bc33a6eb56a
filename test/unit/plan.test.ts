// The pure planning: each kind's diff, the planner over the dependency graph, and the desired state.
import { describe, expect, it } from '@jest/globals'
import { UNKNOWN, type Resource, type ResourceKind } from '../../src/model.js'
import { countChanges, dependencyOrder, makePlan } from '../../src/plan.js'
import { diffCluster, type ClusterSpec, type ClusterState } from '../../src/azure/cluster.js'
import { diffIdentity, identityKind, type IdentitySpec, type IdentityState } from '../../src/azure/identity.js'
import { diffCredential, matchCredential, type Credential, type FederatedCredentialSpec } from '../../src/azure/federation.js'
import { diffRoleAssignment, roleAssignmentKind, roleDefinitionIdFor, type RoleAssignmentSpec, type RoleAssignmentState } from '../../src/azure/role-assignments.js'
import { desiredStateWarnings } from '../../src/desired.js'
import { azureKeys as keys, azureResources } from '../../src/azure/resources.js'
import { AZURE_KINDS } from '../../src/engine.js'
import { roleAssignmentName } from '../../src/names.js'
import { readSettings } from '../../src/settings.js'
import { BASE, source } from '../helpers/bad-inputs.js'

const SUB = '00000000-0000-4000-8000-00000000a11c'
const ISSUER = 'https://oidc.example/tenant/guid/'

describe('cluster diff', () => {
  const spec: ClusterSpec = { resourceGroup: 'rg', name: 'aks', enableFeatures: true }
  const on: ClusterState = { id: '/c', location: 'eastus', oidcIssuerEnabled: true, workloadIdentityEnabled: true, issuerUrl: ISSUER }

  it('is unchanged when both features are on', () => expect(diffCluster(spec, on)).toEqual({ action: 'unchanged', diff: [], id: '/c' }))

  it('updates only the fields that are off', () => {
    const c = diffCluster(spec, { ...on, workloadIdentityEnabled: false })
    expect(c.action).toBe('update')
    expect(c.diff).toEqual([{ field: 'securityProfile.workloadIdentity.enabled', from: false, to: true }])
  })

  it('with enable-cluster-features false, is a conflict naming the exact az command', () => {
    const c = diffCluster({ ...spec, enableFeatures: false }, { ...on, oidcIssuerEnabled: false, workloadIdentityEnabled: false, issuerUrl: undefined })
    expect(c.action).toBe('conflict')
    expect(c.reason).toContain('az aks update --resource-group rg --name aks --enable-oidc-issuer --enable-workload-identity')
    expect(c.diff).toHaveLength(2)
  })

  it('is a conflict when the cluster does not exist', () => expect(diffCluster(spec, undefined).action).toBe('conflict'))
})

describe('identity diff', () => {
  const spec: IdentitySpec = {
    resourceGroup: 'rg',
    name: 'id',
    location: 'eastus',
    locationGiven: false,
    tags: { team: 'b' },
    ownerTag: { 'managed-by': 'aks-workload-identity', 'aks-workload-identity-owner': 'k1' },
    ownerKey: 'k1'
  }
  const state: IdentityState = { id: '/i', location: 'eastus', tags: { team: 'b', other: 'kept' }, clientId: 'c', principalId: 'p', tenantId: 't' }

  it('creates with location and all tags, including ownership', () => {
    const c = diffIdentity(spec, undefined)
    expect(c.action).toBe('create')
    expect(c.diff).toEqual([
      { field: 'location', to: 'eastus' },
      { field: 'tags.team', to: 'b' },
      { field: 'tags.managed-by', to: 'aks-workload-identity' },
      { field: 'tags.aks-workload-identity-owner', to: 'k1' }
    ])
    expect(c.ownership).toBe('owned')
  })

  it("ownership: its own key owns it; another workload's key or no tag adopts it (no ownership tag added); a previous version's tag is claimed", () => {
    expect(diffIdentity(spec, { ...state, tags: { ...state.tags, 'managed-by': 'aks-workload-identity', 'aks-workload-identity-owner': 'k1' } })).toMatchObject({ action: 'unchanged', ownership: 'owned' })
    expect(diffIdentity(spec, { ...state, tags: { ...state.tags, 'managed-by': 'aks-workload-identity', 'aks-workload-identity-owner': 'k2' } })).toMatchObject({ action: 'unchanged', ownership: 'adopted' })
    expect(diffIdentity(spec, state)).toMatchObject({ action: 'unchanged', ownership: 'adopted' })
    expect(diffIdentity(spec, { ...state, tags: { ...state.tags, 'Managed-By': 'aks-workload-identity' } })).toMatchObject({
      action: 'update',
      ownership: 'owned',
      diff: [{ field: 'tags.aks-workload-identity-owner', to: 'k1' }]
    })
    expect(identityKind.owned!({ ...state, tags: { 'managed-by': 'aks-workload-identity', 'aks-workload-identity-owner': 'k2' } }, spec)).toBe(false)
    expect(identityKind.owned!({ ...state, tags: { 'managed-by': 'aks-workload-identity' } }, spec)).toBe(true)
  })

  it('is unchanged when the desired tags are present (others and a missing ownership tag are left alone)', () => {
    expect(diffIdentity(spec, state).action).toBe('unchanged')
  })

  it('updates a differing tag, field by field, matching tag names case-insensitively', () => {
    expect(diffIdentity(spec, { ...state, tags: { Team: 'a' } }).diff).toEqual([{ field: 'tags.team', from: 'a', to: 'b' }])
    expect(diffIdentity(spec, { ...state, tags: { TEAM: 'b' } }).action).toBe('unchanged')
  })

  it('never replaces: a different explicit location is a conflict, a defaulted one is ignored', () => {
    expect(diffIdentity({ ...spec, location: 'westeurope', locationGiven: true }, state).action).toBe('conflict')
    expect(diffIdentity({ ...spec, location: 'westeurope', locationGiven: false }, state).action).toBe('unchanged')
    expect(diffIdentity({ ...spec, location: 'East US', locationGiven: true }, state).action).toBe('unchanged')
  })
})

describe('federated credential diff', () => {
  const spec: FederatedCredentialSpec = {
    identityKey: 'identity:rg/id',
    identityResourceGroup: 'rg',
    identityName: 'id',
    name: 'aks-default-app',
    issuer: ISSUER,
    subject: 'system:serviceaccount:default:app',
    audiences: ['api://AzureADTokenExchange']
  }
  const cred = (over: Partial<Credential> = {}): Credential => ({
    id: `/fic/${over.name ?? spec.name}`,
    name: spec.name,
    issuer: spec.issuer,
    subject: spec.subject,
    audiences: [...spec.audiences],
    ...over
  })

  it('creates when nothing matches', () => {
    const c = diffCredential(spec, { credentials: [cred({ name: 'other', subject: 'system:serviceaccount:x:y' })] })
    expect(c.action).toBe('create')
    expect(c.diff.map((d) => d.field)).toEqual(['name', 'issuer', 'subject', 'audiences'])
  })

  it('creates when the identity does not exist yet', () => expect(diffCredential(spec, undefined).action).toBe('create'))

  it('is unchanged when issuer, subject and audiences match', () => expect(diffCredential(spec, { credentials: [cred()] })).toMatchObject({ action: 'unchanged', id: `/fic/${spec.name}` }))

  it('keeps the issuer verbatim: a missing trailing slash is a difference', () => {
    const c = diffCredential(spec, { credentials: [cred({ issuer: ISSUER.slice(0, -1) })] })
    expect(c.action).toBe('update')
    expect(c.diff).toEqual([{ field: 'issuer', from: ISSUER.slice(0, -1), to: ISSUER }])
  })

  it('compares the subject case-sensitively (Entra does)', () => {
    expect(diffCredential(spec, { credentials: [cred({ subject: spec.subject.toUpperCase() })] }).action).toBe('update')
  })

  it('updates audiences in place', () => {
    expect(diffCredential(spec, { credentials: [cred({ audiences: ['other'] })] }).diff).toEqual([{ field: 'audiences', from: ['other'], to: spec.audiences }])
  })

  it('adopts a credential with the same issuer and subject under another name', () => {
    const c = diffCredential(spec, { credentials: [cred({ name: 'made-by-hand', id: '/fic/made-by-hand' })] })
    expect(c).toMatchObject({ action: 'unchanged', id: '/fic/made-by-hand' })
    expect(c.reason).toContain("adopts the existing credential 'made-by-hand'")
    expect(matchCredential(spec, [cred({ name: 'made-by-hand' })])).toMatchObject({ adopted: true })
  })

  it('prefers the issuer+subject match over a same-named credential for something else', () => {
    const list = [cred({ subject: 'system:serviceaccount:old:sa' }), cred({ name: 'adopted' })]
    expect(matchCredential(spec, list).target?.name).toBe('adopted')
  })

  it('is a conflict at the 20-credential limit, with what to do', () => {
    const list = Array.from({ length: 20 }, (_, i) => cred({ name: `c${i}`, subject: `system:serviceaccount:ns:sa${i}` }))
    const c = diffCredential(spec, { credentials: list })
    expect(c.action).toBe('conflict')
    expect(c.reason).toContain('limit of 20')
    expect(c.reason).toContain('az identity federated-credential')
    // At the limit, an existing match is still fine.
    expect(diffCredential(spec, { credentials: [...list.slice(1), cred()] }).action).toBe('unchanged')
  })

  it('with the issuer unknown (cluster feature still off), shows the field as known after apply', () => {
    const c = diffCredential({ ...spec, issuer: UNKNOWN }, undefined)
    expect(c.diff).toContainEqual({ field: 'issuer', to: UNKNOWN })
  })
})

describe('federated credential ownership', () => {
  const spec: FederatedCredentialSpec = {
    identityKey: 'identity:rg/id',
    identityResourceGroup: 'rg',
    identityName: 'id',
    name: 'shared-name',
    issuer: ISSUER,
    subject: 'system:serviceaccount:team-a:sa-a',
    audiences: ['api://AzureADTokenExchange']
  }
  const theirs: Credential = { id: '/fic/shared-name', name: 'shared-name', issuer: ISSUER, subject: 'system:serviceaccount:team-b:sa-b', audiences: ['api://AzureADTokenExchange'] }

  it("a credential under a chosen name that trusts another service account is another workload's: a conflict, never an overwrite", () => {
    expect(diffCredential({ ...spec, nameGiven: true }, { credentials: [theirs] })).toMatchObject({ action: 'conflict', reason: expect.stringContaining('another workload') })
    // Under the derived name (which names cluster, namespace and service account) it is ours, drifted: updated.
    expect(diffCredential(spec, { credentials: [theirs] })).toMatchObject({ action: 'update', ownership: 'owned' })
  })

  it('same issuer and subject under another name: adopted', () => {
    expect(diffCredential(spec, { credentials: [{ ...theirs, name: 'by-hand', subject: spec.subject }] })).toMatchObject({ action: 'unchanged', ownership: 'adopted' })
  })
})

describe('role assignment diff', () => {
  const roleId = `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`
  const spec: RoleAssignmentSpec = {
    identityKey: 'identity:rg/id',
    subscriptionId: SUB,
    scope: `/subscriptions/${SUB}/resourceGroups/rg`,
    role: 'Reader',
    principalId: 'p-1',
    allowPrivileged: false,
    ownerKey: 'k1',
    description: 'Managed by aks-workload-identity for default/app on cluster aks (owner k1)'
  }
  const resolved: RoleAssignmentState = { roleDefinitionId: roleId, roleName: 'Reader' }

  it('creates with a deterministic name and principalType ServicePrincipal', () => {
    const c = diffRoleAssignment(spec, resolved)
    expect(c.action).toBe('create')
    expect(c.diff).toContainEqual({ field: 'name', to: roleAssignmentName(spec.scope, roleId, 'p-1') })
    expect(c.diff).toContainEqual({ field: 'principalType', to: 'ServicePrincipal' })
  })

  it('shows the name as known after apply when the identity is new', () => {
    expect(diffRoleAssignment({ ...spec, principalId: UNKNOWN }, resolved).diff).toContainEqual({ field: 'name', to: UNKNOWN })
  })

  it('is unchanged when the assignment exists', () => {
    const assignment = { id: '/ra', name: 'x', scope: spec.scope, roleDefinitionId: roleId, principalId: 'p-1' }
    expect(diffRoleAssignment(spec, { ...resolved, assignment })).toMatchObject({ action: 'unchanged', id: '/ra', ownership: 'adopted' })
  })

  it("ownership: the deterministic name and this workload's key in the description; another's key is adopted; the previous version's description is claimed", () => {
    const ra = (description?: string) => ({ id: '/ra', name: roleAssignmentName(spec.scope, roleId, 'p-1'), scope: spec.scope, roleDefinitionId: roleId, principalId: 'p-1', description })
    expect(diffRoleAssignment(spec, { ...resolved, assignment: ra(spec.description) })).toMatchObject({ action: 'unchanged', ownership: 'owned' })
    expect(diffRoleAssignment(spec, { ...resolved, assignment: ra('Managed by aks-workload-identity for x/y on cluster aks (owner k2)') })).toMatchObject({ action: 'unchanged', ownership: 'adopted' })
    expect(diffRoleAssignment(spec, { ...resolved, assignment: ra('Managed by aks-workload-identity') })).toMatchObject({
      action: 'update',
      ownership: 'owned',
      diff: [{ field: 'description', from: 'Managed by aks-workload-identity', to: spec.description }]
    })
    expect(roleAssignmentKind.owned!({ ...resolved, assignment: ra('Managed by aks-workload-identity for x/y on cluster aks (owner k2)') }, spec)).toBe(false)
    expect(roleAssignmentKind.owned!({ ...resolved, assignment: ra(spec.description) }, spec)).toBe(true)
  })

  it('is a conflict when the role cannot be resolved', () => {
    expect(diffRoleAssignment(spec, { roleProblem: "no role named 'Raeder'" })).toMatchObject({ action: 'conflict', reason: "no role named 'Raeder'" })
  })

  it.each([
    ['Owner', '8e3af657-a8ff-443c-a75c-2fe8c4bcb635'],
    ['User Access Administrator', '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9'],
    ['Role Based Access Control Administrator', 'f58310d9-a9f6-439a-9e8d-f62e7b41a168']
  ])('refuses %s unless allowed (also when given by GUID)', (name, guid) => {
    const state = { roleDefinitionId: roleDefinitionIdFor(spec.scope, guid, guid) }
    expect(diffRoleAssignment({ ...spec, role: guid, roleGuid: guid }, state).action).toBe('conflict')
    expect(diffRoleAssignment({ ...spec, role: name, allowPrivileged: true }, { ...state, roleName: name }).action).toBe('create')
  })

  it('builds role definition IDs for GUIDs at subscription and management-group scopes, and keeps full IDs', () => {
    expect(roleDefinitionIdFor(spec.scope, 'g', 'g')).toBe(`/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/g`)
    expect(roleDefinitionIdFor('/providers/Microsoft.Management/managementGroups/mg', 'g', 'g')).toBe('/providers/Microsoft.Authorization/roleDefinitions/g')
    expect(roleDefinitionIdFor(spec.scope, 'g', roleId)).toBe(roleId)
  })
})

describe('planner', () => {
  const fake = (kind: string, diff: (spec: { v: string }, o: { v: string } | undefined) => ReturnType<ResourceKind['diff']>): ResourceKind<{ v: string }, { v: string }> => ({
    kind,
    observe: async () => undefined,
    diff,
    apply: async (_s, spec) => spec,
    outputs: (o) => ({ v: o?.v }),
    owned: (o) => o.v.startsWith('ours'),
    destroy: async () => undefined
  })
  const k = fake('thing', (spec, o) => (o?.v === spec.v ? { action: 'unchanged', diff: [] } : { action: o ? 'update' : 'create', diff: [{ field: 'v', from: o?.v, to: spec.v }] }))
  const kinds = new Map([['thing', k as ResourceKind]])
  const res = (key: string, dependsOn: string[], v: (refs: (k: string) => Record<string, string | undefined>) => string): Resource<{ v: string }> => ({
    key,
    kind: 'thing',
    dependsOn,
    spec: (refs) => ({ v: v(refs) })
  })

  it('orders by dependency, stable otherwise, and rejects cycles and unknown keys', () => {
    const order = dependencyOrder([
      { key: 'c', dependsOn: ['a'] },
      { key: 'a', dependsOn: [] },
      { key: 'b', dependsOn: [] }
    ]).map((r) => r.key)
    expect(order).toEqual(['a', 'c', 'b'])
    expect(() => dependencyOrder([{ key: 'a', dependsOn: ['b'] }, { key: 'b', dependsOn: ['a'] }])).toThrow(/cycle/)
    expect(() => dependencyOrder([{ key: 'a', dependsOn: ['zzz'] }])).toThrow(/not in the desired state/)
  })

  it('resolves specs against dependencies, marking values of resources to be created as unknown', () => {
    const resources = [res('parent', [], () => 'p'), res('child', ['parent'], (refs) => `of ${refs('parent').v}`)]
    const plan = makePlan('apply', resources, new Map(), kinds)
    expect(plan.steps.map((s) => [s.key, s.action])).toEqual([
      ['parent', 'create'],
      ['child', 'create']
    ])
    expect(plan.steps[1]!.diff).toEqual([{ field: 'v', to: `of ${UNKNOWN}` }])
    expect(countChanges(plan)).toBe(2)
    const again = makePlan('apply', resources, new Map([['parent', { v: 'p' }], ['child', { v: 'of p' }]]), kinds)
    expect(again.steps.map((s) => s.action)).toEqual(['unchanged', 'unchanged'])
    expect(countChanges(again)).toBe(0)
  })

  it('destroy: reverse order, deletes only what is ours and exists', () => {
    const resources = [res('a', [], () => 'x'), res('b', ['a'], () => 'y'), res('c', [], () => 'z')]
    const plan = makePlan('destroy', resources, new Map([['a', { v: 'ours-a' }], ['b', { v: 'ours-b' }], ['c', { v: 'theirs' }]]), kinds)
    expect(plan.steps.map((s) => [s.key, s.action])).toEqual([
      ['c', 'unchanged'],
      ['b', 'delete'],
      ['a', 'delete']
    ])
    expect(plan.steps[0]!.reason).toContain('not created by this action')
  })
})

describe('desired state', () => {
  const settings = readSettings(
    source({ ...BASE, role: 'Reader', scope: `/subscriptions/${SUB}/resourceGroups/rg-app`, 'role-assignments': `AcrPull /subscriptions/${SUB}`, tags: 'team=a' })
  )
  const resources = azureResources(settings, SUB)

  it('has cluster, identity, one federated credential and each role assignment, with stable keys', () => {
    expect(resources.map((r) => r.key)).toEqual([
      'cluster:rg-app/aks-app',
      'identity:rg-app/id-app',
      'federated-credential:rg-app/id-app/aks-app-default-app-sa',
      `role-assignment:/subscriptions/${SUB}/resourceGroups/rg-app|Reader|rg-app/id-app`,
      `role-assignment:/subscriptions/${SUB}|AcrPull|rg-app/id-app`
    ])
  })

  it('federates the cluster issuer verbatim with the service account subject and audience', () => {
    const fic = resources[2]!.spec((k) => (k === keys.cluster(settings) ? { issuerUrl: ISSUER } : {})) as FederatedCredentialSpec
    expect(fic).toMatchObject({ issuer: ISSUER, subject: 'system:serviceaccount:default:app-sa', audiences: ['api://AzureADTokenExchange'] })
    expect((resources[2]!.spec(() => ({})) as FederatedCredentialSpec).issuer).toBe(UNKNOWN)
  })

  it("defaults the identity's location to the cluster's and tags it", () => {
    const id = resources[1]!.spec((k) => (k === keys.cluster(settings) ? { location: 'westeurope' } : {})) as IdentitySpec
    expect(id).toMatchObject({ location: 'westeurope', locationGiven: false, tags: { team: 'a' }, ownerTag: { 'managed-by': 'aks-workload-identity' } })
  })

  it('warns about subscription-wide scopes only', () => {
    const w = desiredStateWarnings(settings)
    expect(w).toHaveLength(1)
    expect(w[0]).toContain("'AcrPull'")
  })

  it('every resource kind in the desired state is registered', () => {
    const kinds = new Set(AZURE_KINDS.map((k) => k.kind))
    for (const r of resources) expect(kinds.has(r.kind)).toBe(true)
  })
})
