// ARM through the real SDK clients: identities and federated credentials (limits and conflicts), the MSI
// operations list and system-assigned identities, role definitions (built-in and custom) and assignments
// (filters, conflicts, RBAC that makes a difference), managed clusters (LRO,
// credentials, feature rules), and the front door (401 challenge, api-version, case-insensitive ids, paging).
import { randomUUID } from 'node:crypto'
import { Agent, fetch } from 'undici'
import type { KubeView } from '../../sandbox/context.js'
import { startSandbox, type Sandbox } from '../index.js'
import { ClientSecretCredential } from '@azure/identity'
import { armClients, azureHalf, credentialOptions, failure, principalCredential, type ArmClients } from './sdk.js'

const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
let sandbox: Sandbox
let arm: ArmClients
let agent: Agent
let sub: string

beforeAll(async () => {
  sandbox = await startSandbox({ azure: { pageSize: 2 } })
  arm = armClients(sandbox, principalCredential(sandbox), 0)
  agent = new Agent({ connect: { ca: sandbox.tls.caPem } })
  sub = sandbox.subscriptionId
})
afterAll(async () => {
  await agent.close()
  await sandbox.stop()
})
beforeEach(() => sandbox.reset())

async function token(): Promise<string> {
  return (await principalCredential(sandbox).getToken(`${sandbox.urls.arm}/.default`))!.token
}
/** The fields the tests read from ARM answers. */
interface ArmBody {
  name?: string
  error: { code: string; message: string }
}
async function raw(method: string, path: string, opts: { token?: string | null; body?: unknown } = {}) {
  const t = opts.token === undefined ? await token() : opts.token
  const res = await fetch(`${sandbox.urls.arm}${path}`, {
    method,
    dispatcher: agent,
    headers: { ...(t ? { authorization: `Bearer ${t}` } : {}), ...(opts.body ? { 'content-type': 'application/json' } : {}) },
    body: opts.body ? JSON.stringify(opts.body) : undefined
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as ArmBody) : undefined }
}

describe('front door', () => {
  test('no token: 401 with the ARM challenge; bad token: 401 InvalidAuthenticationToken', async () => {
    const none = await raw('GET', `/subscriptions/${sub}/resourcegroups/rg-aks-sandbox?api-version=2021-04-01`, { token: null })
    expect(none.status).toBe(401)
    expect(none.body!.error.code).toBe('AuthenticationFailed')
    expect(none.headers.get('www-authenticate')).toContain(`authorization_uri="${sandbox.urls.entra}/${sandbox.tenantId}"`)
    const bad = await raw('GET', `/subscriptions/${sub}/resourcegroups/rg-aks-sandbox?api-version=2021-04-01`, { token: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' })
    expect(bad.status).toBe(401)
    expect(bad.body!.error.code).toBe('InvalidAuthenticationToken')
  })

  test('a token for another audience (the AKS server app) is refused by ARM', async () => {
    const aksToken = (await principalCredential(sandbox).getToken('6dae42f8-4368-4678-94ff-3960e28e3630/.default'))!.token
    const r = await raw('GET', `/subscriptions/${sub}/resourcegroups/rg-aks-sandbox?api-version=2021-04-01`, { token: aksToken })
    expect(r.status).toBe(401)
    expect(r.body!.error.code).toBe('InvalidAuthenticationTokenAudience')
  })

  test('api-version is required and checked per provider', async () => {
    const missing = await raw('GET', `/subscriptions/${sub}/providers/Microsoft.ManagedIdentity/userAssignedIdentities`)
    expect([missing.status, missing.body!.error.code]).toEqual([400, 'MissingApiVersionParameter'])
    const wrong = await raw('GET', `/subscriptions/${sub}/providers/Microsoft.ManagedIdentity/userAssignedIdentities?api-version=2026-06-01`)
    expect([wrong.status, wrong.body!.error.code]).toEqual([400, 'NoRegisteredProviderFound'])
  })

  test('every response carries x-ms-request-id, errors included', async () => {
    const ok = await raw('GET', `/subscriptions/${sub}/resourcegroups/rg-aks-sandbox?api-version=2021-04-01`)
    const notFound = await raw('GET', `/subscriptions/${sub}/resourcegroups/nope?api-version=2021-04-01`)
    const unauth = await raw('GET', `/subscriptions/${sub}/resourcegroups/nope?api-version=2021-04-01`, { token: null })
    for (const r of [ok, notFound, unauth]) expect(r.headers.get('x-ms-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(notFound.body!.error.code).toBe('ResourceGroupNotFound')
  })

  test('resource ids are case-insensitive; responses keep the creation casing', async () => {
    await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'Id-Mixed', { location: 'eastus' })
    const r = await raw('GET', `/SUBSCRIPTIONS/${sub}/RESOURCEGROUPS/RG-IDENTITIES/providers/microsoft.managedidentity/USERASSIGNEDIDENTITIES/id-mixed?api-version=2024-11-30`)
    expect(r.status).toBe(200)
    expect(r.body!.name).toBe('Id-Mixed')
  })

  test('a scope with a leading slash (`//subscriptions`) cannot be routed', async () => {
    const e = await failure(arm.authz.roleDefinitions.get(`/subscriptions/${sub}`, READER))
    expect([e.statusCode, e.code]).toEqual([400, 'MissingSubscription'])
  })
})

describe('Microsoft.ManagedIdentity', () => {
  test('identity create (201) then update (200) keeps its ids; delete 200 then 204', async () => {
    const created = await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-app', { location: 'eastus', tags: { a: '1' } })
    const again = await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-app', { location: 'eastus', tags: { a: '2' } })
    expect(again.clientId).toBe(created.clientId)
    expect(again.principalId).toBe(created.principalId)
    expect(again.tags).toEqual({ a: '2' })
    expect(created.tenantId).toBe(sandbox.tenantId)
    const statuses = sandbox.log.all().filter((e) => e.operation === 'UserAssignedIdentities_CreateOrUpdate').map((e) => e.status)
    expect(statuses).toEqual([201, 200])
    await arm.msi.userAssignedIdentities.delete('rg-identities', 'id-app')
    await arm.msi.userAssignedIdentities.delete('rg-identities', 'id-app')
    expect(sandbox.log.all().filter((e) => e.operation === 'UserAssignedIdentities_Delete').map((e) => e.status)).toEqual([200, 204])
    expect((await failure(arm.msi.userAssignedIdentities.get('rg-identities', 'id-app'))).statusCode).toBe(404)
  })

  test('missing resource group: 404 ResourceGroupNotFound', async () => {
    const e = await failure(arm.msi.userAssignedIdentities.createOrUpdate('rg-missing', 'id-x', { location: 'eastus' }))
    expect([e.statusCode, e.code]).toEqual([404, 'ResourceGroupNotFound'])
  })

  test('lists page with nextLink and the SDK follows it', async () => {
    for (const n of ['id-p1', 'id-p2', 'id-p3', 'id-p4', 'id-p5']) await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', n, { location: 'eastus' })
    const names: string[] = []
    for await (const i of arm.msi.userAssignedIdentities.listByResourceGroup('rg-identities')) names.push(i.name!)
    expect(names.sort()).toEqual(['id-p1', 'id-p2', 'id-p3', 'id-p4', 'id-p5'])
    const pages = sandbox.log.all().filter((e) => e.operation === 'UserAssignedIdentities_ListByResourceGroup')
    expect(pages.length).toBe(3)
    expect(new URL(pages[1]!.path, sandbox.urls.arm).searchParams.get('$skiptoken')).toBe('2')
  })

  test('operations.list: the provider operations, paged; no role needed', async () => {
    const names: string[] = []
    for await (const o of arm.msi.operations.list()) {
      expect(o.display?.provider).toBe('Managed Service Identity')
      names.push(o.name!)
    }
    expect(names).toEqual(expect.arrayContaining(['Microsoft.ManagedIdentity/userAssignedIdentities/read', 'Microsoft.ManagedIdentity/identities/read', 'Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials/write']))
    expect(new Set(names).size).toBe(names.length)
    expect(sandbox.log.all().filter((e) => e.operation === 'Operations_List').length).toBe(Math.ceil(names.length / 2))
  })

  test('systemAssignedIdentities.getByScope: a resource identity (a directory principal that can be assigned roles) and the cluster identity; 404 without one', async () => {
    const rg = `subscriptions/${sub}/resourceGroups/rg-aks-sandbox`
    const app = azureHalf(sandbox).world.addResource(`/${rg}/providers/Microsoft.Web/sites/app-sandbox`, 'eastus', {}, { env: 'test' }, true)
    const identity = await arm.msi.systemAssignedIdentities.getByScope(`${rg}/providers/Microsoft.Web/sites/app-sandbox`)
    expect(identity).toMatchObject({
      id: `/${rg}/providers/Microsoft.Web/sites/app-sandbox/providers/Microsoft.ManagedIdentity/identities/default`,
      name: 'default',
      type: 'Microsoft.ManagedIdentity/identities',
      location: 'eastus',
      tags: { env: 'test' },
      principalId: app.identity!.principalId,
      clientId: app.identity!.clientId,
      tenantId: sandbox.tenantId
    })
    // The identity's service principal is in the directory: a role assignment to it needs no principalType.
    await arm.authz.roleAssignments.create(`subscriptions/${sub}/resourceGroups/rg-identities`, randomUUID(), {
      roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${READER}`,
      principalId: identity.principalId!
    })

    const cluster = await arm.msi.systemAssignedIdentities.getByScope(`${rg}/providers/Microsoft.ContainerService/managedClusters/aks-sandbox`)
    expect(cluster.principalId).toBe(azureHalf(sandbox).world.cluster.identity!.principalId)
    expect(cluster.clientId).toMatch(/^[0-9a-f-]{36}$/)

    const none = await failure(arm.msi.systemAssignedIdentities.getByScope(`${rg}/providers/Microsoft.Storage/storageAccounts/stsandbox`))
    expect([none.statusCode, none.code]).toEqual([404, 'NotFound'])
    const missing = await failure(arm.msi.systemAssignedIdentities.getByScope(`${rg}/providers/Microsoft.Web/sites/nope`))
    expect([missing.statusCode, missing.code]).toEqual([404, 'ResourceNotFound'])
  })

  test('federated credentials: create/replace, name rule, one audience, unique issuer+subject, 20 per identity', async () => {
    await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-fic', { location: 'eastus' })
    const fic = (subject: string, issuer = 'https://issuer.example/t/c/') => ({ issuer, subject, audiences: ['api://AzureADTokenExchange'] })
    const a = await arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-fic', 'fic-a', fic('system:serviceaccount:ns:a'))
    expect(a.subject).toBe('system:serviceaccount:ns:a')
    await arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-fic', 'fic-a', fic('system:serviceaccount:ns:a2'))
    expect((await arm.msi.federatedIdentityCredentials.get('rg-identities', 'id-fic', 'fic-a')).subject).toBe('system:serviceaccount:ns:a2')

    const dup = await failure(arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-fic', 'fic-b', fic('system:serviceaccount:ns:a2')))
    expect(dup.statusCode).toBe(400)
    expect(dup.message).toContain('Issuer and subject combination already exists for this Managed Identity.')
    expect((await failure(arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-fic', '-bad', fic('x')))).statusCode).toBe(400)
    const twoAud = await failure(
      arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-fic', 'fic-c', { issuer: 'https://i.example/', subject: 's', audiences: ['a', 'b'] })
    )
    expect(twoAud.statusCode).toBe(400)

    for (let i = 1; i < 20; i++) await arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-fic', `fic-n${i}`, fic(`system:serviceaccount:ns:n${i}`))
    const over = await failure(arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-fic', 'fic-21', fic('system:serviceaccount:ns:21')))
    expect(over.statusCode).toBe(400)
    expect(over.message).toMatch(/maximum of 20/)
    const listed: string[] = []
    for await (const f of arm.msi.federatedIdentityCredentials.list('rg-identities', 'id-fic')) listed.push(f.name!)
    expect(listed).toHaveLength(20)
    await arm.msi.federatedIdentityCredentials.delete('rg-identities', 'id-fic', 'fic-a')
    await arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', 'id-fic', 'fic-21', fic('system:serviceaccount:ns:21'))
  })
})

describe('Microsoft.Authorization', () => {
  test('built-in roles by name, with their real GUIDs', async () => {
    const expected: Record<string, string> = {
      Reader: READER,
      Contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
      Owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
      'User Access Administrator': '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
      'Role Based Access Control Administrator': 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
      'Storage Blob Data Reader': '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1',
      'Key Vault Secrets User': '4633458b-17de-408a-b874-0445c86b69e6',
      AcrPull: '7f951dda-4ed3-4680-a7ca-43fe172d538d'
    }
    for (const [roleName, guid] of Object.entries(expected)) {
      const found = []
      for await (const d of arm.authz.roleDefinitions.list(`subscriptions/${sub}`, { filter: `roleName eq '${roleName}'` })) found.push(d)
      expect(found.map((d) => d.name)).toEqual([guid])
      expect(found[0]!.id).toBe(`/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${guid}`)
      expect(found[0]!.roleType).toBe('BuiltInRole')
    }
    expect((await arm.authz.roleDefinitions.get(`subscriptions/${sub}`, READER)).roleName).toBe('Reader')
  })

  test('assignments: create 201, same body 200, exists under another name 409, different principal 409, filters, delete', async () => {
    const id = await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-ra', { location: 'eastus' })
    const other = await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-ra2', { location: 'eastus' })
    const scope = `subscriptions/${sub}/resourceGroups/rg-aks-sandbox`
    const roleDefinitionId = `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${READER}`
    const body = { roleDefinitionId, principalId: id.principalId!, principalType: 'ServicePrincipal' as const }
    const name = randomUUID()
    const ra = await arm.authz.roleAssignments.create(scope, name, body)
    expect(ra.scope).toBe(`/${scope}`)
    await arm.authz.roleAssignments.create(scope, name, body)
    expect(sandbox.log.all().filter((e) => e.operation === 'RoleAssignments_Create').map((e) => e.status)).toEqual([201, 200])

    const exists = await failure(arm.authz.roleAssignments.create(scope, randomUUID(), body))
    expect([exists.statusCode, exists.code]).toEqual([409, 'RoleAssignmentExists'])
    const update = await failure(arm.authz.roleAssignments.create(scope, name, { ...body, principalId: other.principalId! }))
    expect([update.statusCode, update.code]).toEqual([409, 'RoleAssignmentUpdateNotPermitted'])
    const notGuid = await failure(arm.authz.roleAssignments.create(scope, 'not-a-guid', body))
    expect(notGuid.statusCode).toBe(400)
    const unmatched = await failure(arm.authz.roleAssignments.create(scope, randomUUID(), { ...body, principalType: 'User' }))
    expect([unmatched.statusCode, unmatched.code]).toEqual([400, 'UnmatchedPrincipalType'])
    const nobody = await failure(arm.authz.roleAssignments.create(scope, randomUUID(), { ...body, principalId: randomUUID() }))
    expect([nobody.statusCode, nobody.code]).toEqual([400, 'PrincipalNotFound'])

    const byPrincipal = []
    for await (const a of arm.authz.roleAssignments.listForSubscription({ filter: `principalId eq '${id.principalId}'` })) byPrincipal.push(a)
    expect(byPrincipal.map((a) => a.name)).toEqual([name])
    const atRg = []
    for await (const a of arm.authz.roleAssignments.listForScope(scope, { filter: 'atScope()' })) atRg.push(a)
    // The test principal's Owner at the subscription is above the group; the new one is at it.
    expect(atRg.map((a) => a.scope).sort()).toEqual([`/subscriptions/${sub}`, `/${scope}`])
    const atSub = []
    for await (const a of arm.authz.roleAssignments.listForScope(`subscriptions/${sub}`, { filter: 'atScope()' })) atSub.push(a)
    expect(atSub.map((a) => a.scope)).toEqual([`/subscriptions/${sub}`])

    const deleted = await arm.authz.roleAssignments.delete(scope, name)
    expect(deleted.name).toBe(name)
    await arm.authz.roleAssignments.delete(scope, name)
    expect(sandbox.log.all().filter((e) => e.operation === 'RoleAssignments_Delete').map((e) => e.status)).toEqual([200, 204])
  })

  test('role assignments make a difference: a read succeeds only with a role at or above the scope', async () => {
    const secret = `s-${randomUUID()}`
    const p = await azureHalf(sandbox).world.directory
    const appId = randomUUID()
    const objectId = randomUUID()
    p.set(objectId, { objectId, appId, displayName: 'reader-under-test', type: 'ServicePrincipal', secrets: [secret], federated: [], createdAt: 0 })
    const reader = armClients(sandbox, new ClientSecretCredential(sandbox.tenantId, appId, secret, credentialOptions(sandbox)), 0)
    const storage = `/subscriptions/${sub}/resourceGroups/rg-aks-sandbox/providers/Microsoft.Storage/storageAccounts/stsandbox`
    const readStorage = async () => {
      const t = (await new ClientSecretCredential(sandbox.tenantId, appId, secret, credentialOptions(sandbox)).getToken(`${sandbox.urls.arm}/.default`))!.token
      return raw('GET', `${storage}?api-version=2024-01-01`, { token: t })
    }

    const denied = await failure(reader.msi.userAssignedIdentities.listByResourceGroup('rg-aks-sandbox').next())
    expect([denied.statusCode, denied.code]).toEqual([403, 'AuthorizationFailed'])
    expect((await readStorage()).status).toBe(403)

    // A data-plane role on the account does not grant reading the account itself.
    await arm.authz.roleAssignments.create(storage.slice(1), randomUUID(), {
      roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/2a2b9908-6ea1-4ae2-8e65-a410df84e7d1`,
      principalId: objectId,
      principalType: 'ServicePrincipal'
    })
    const stillDenied = await readStorage()
    expect([stillDenied.status, stillDenied.body!.error.code]).toEqual([403, 'AuthorizationFailed'])
    expect(stillDenied.body!.error.message).toContain("'Microsoft.Storage/storageAccounts/read'")

    // Reader on the other group grants nothing here; Reader on this group grants the read.
    await arm.authz.roleAssignments.create(`subscriptions/${sub}/resourceGroups/rg-identities`, randomUUID(), {
      roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${READER}`,
      principalId: objectId
    })
    expect((await readStorage()).status).toBe(403)
    await arm.authz.roleAssignments.create(`subscriptions/${sub}/resourceGroups/rg-aks-sandbox`, randomUUID(), {
      roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${READER}`,
      principalId: objectId,
      principalType: 'ServicePrincipal'
    })
    const allowed = await readStorage()
    expect([allowed.status, allowed.body!.name]).toEqual([200, 'stsandbox'])
    // Reader cannot write.
    const write = await failure(reader.msi.userAssignedIdentities.createOrUpdate('rg-aks-sandbox', 'id-nope', { location: 'eastus' }))
    expect([write.statusCode, write.code]).toEqual([403, 'AuthorizationFailed'])
  })
})

describe('Microsoft.Authorization custom roles', () => {
  test('roleDefinitions.createOrUpdate/delete: a custom role is assignable within its scopes and its permissions are enforced, live', async () => {
    const guid = randomUUID()
    const groupScope = `subscriptions/${sub}/resourceGroups/rg-identities`
    const definition = {
      roleName: 'Identity reader',
      description: 'Reads user-assigned identities',
      permissions: [{ actions: ['Microsoft.ManagedIdentity/userAssignedIdentities/read'], notActions: [], dataActions: [], notDataActions: [] }],
      assignableScopes: [`/${groupScope}`]
    }
    const created = await arm.authz.roleDefinitions.createOrUpdate(groupScope, guid, definition)
    expect(created).toMatchObject({ id: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${guid}`, name: guid, roleType: 'CustomRole', roleName: 'Identity reader' })
    expect((await arm.authz.roleDefinitions.get(groupScope, guid)).permissions![0]!.actions).toEqual(['Microsoft.ManagedIdentity/userAssignedIdentities/read'])
    const byName = []
    for await (const d of arm.authz.roleDefinitions.list(`subscriptions/${sub}`, { filter: "roleName eq 'Identity reader'" })) byName.push(d.name)
    expect(byName).toEqual([guid])

    // Role names are unique in the directory, built-in ones included; built-in roles cannot be changed or deleted.
    const sameName = await failure(arm.authz.roleDefinitions.createOrUpdate(groupScope, randomUUID(), { ...definition, roleName: 'identity READER' }))
    expect([sameName.statusCode, sameName.code]).toEqual([409, 'RoleDefinitionWithSameNameExists'])
    expect((await failure(arm.authz.roleDefinitions.createOrUpdate(groupScope, randomUUID(), { ...definition, roleName: 'Reader' }))).code).toBe('RoleDefinitionWithSameNameExists')
    const builtIn = await failure(arm.authz.roleDefinitions.createOrUpdate(`subscriptions/${sub}`, READER, { ...definition, roleName: 'Reader' }))
    expect([builtIn.statusCode, builtIn.code]).toEqual([400, 'BuiltInRoleDefinitionNotModifiable'])
    expect((await failure(arm.authz.roleDefinitions.delete(`subscriptions/${sub}`, READER))).statusCode).toBe(400)
    expect((await arm.authz.roleDefinitions.get(`subscriptions/${sub}`, READER)).roleType).toBe('BuiltInRole')

    // A principal holding the role can read identities in the group, and only there, and cannot write.
    const secret = `s-${randomUUID()}`
    const appId = randomUUID()
    const objectId = randomUUID()
    azureHalf(sandbox).world.directory.set(objectId, { objectId, appId, displayName: 'custom-role-holder', type: 'ServicePrincipal', secrets: [secret], federated: [], createdAt: 0 })
    const holder = armClients(sandbox, new ClientSecretCredential(sandbox.tenantId, appId, secret, credentialOptions(sandbox)), 0)
    const roleDefinitionId = created.id!
    const outside = await failure(arm.authz.roleAssignments.create(`subscriptions/${sub}/resourceGroups/rg-aks-sandbox`, randomUUID(), { roleDefinitionId, principalId: objectId }))
    expect([outside.statusCode, outside.code]).toEqual([400, 'RoleDefinitionDoesNotExist'])
    const assignment = randomUUID()
    await arm.authz.roleAssignments.create(groupScope, assignment, { roleDefinitionId, principalId: objectId })
    await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-custom', { location: 'eastus' })
    expect((await holder.msi.userAssignedIdentities.get('rg-identities', 'id-custom')).name).toBe('id-custom')
    expect((await failure(holder.msi.userAssignedIdentities.listByResourceGroup('rg-aks-sandbox').next())).statusCode).toBe(403)
    const write = await failure(holder.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-custom', { location: 'eastus' }))
    expect([write.statusCode, write.code]).toEqual([403, 'AuthorizationFailed'])

    // An update (201 as well) takes effect at once.
    const updated = await arm.authz.roleDefinitions.createOrUpdate(groupScope, guid, {
      ...definition,
      permissions: [{ actions: ['Microsoft.ManagedIdentity/userAssignedIdentities/*'], notActions: ['Microsoft.ManagedIdentity/userAssignedIdentities/delete'] }]
    })
    expect(updated.createdOn).toEqual(created.createdOn)
    expect(sandbox.log.all().filter((e) => e.operation === 'RoleDefinitions_CreateOrUpdate' && e.status < 300).map((e) => e.status)).toEqual([201, 201])
    await holder.msi.userAssignedIdentities.createOrUpdate('rg-identities', 'id-custom', { location: 'eastus', tags: { by: 'holder' } })
    expect((await failure(holder.msi.userAssignedIdentities.delete('rg-identities', 'id-custom'))).statusCode).toBe(403)

    // Delete: refused while assigned; then 200 with the definition, then 204; the role is gone for RBAC too.
    const inUse = await failure(arm.authz.roleDefinitions.delete(groupScope, guid))
    expect([inUse.statusCode, inUse.code]).toEqual([409, 'RoleDefinitionHasAssignments'])
    await arm.authz.roleAssignments.delete(groupScope, assignment)
    expect((await arm.authz.roleDefinitions.delete(groupScope, guid)).roleName).toBe('Identity reader')
    await arm.authz.roleDefinitions.delete(groupScope, guid)
    expect(sandbox.log.all().filter((e) => e.operation === 'RoleDefinitions_Delete' && e.status < 300).map((e) => e.status)).toEqual([200, 204])
    expect((await failure(arm.authz.roleDefinitions.get(groupScope, guid))).statusCode).toBe(404)
    expect((await failure(arm.authz.roleAssignments.create(groupScope, randomUUID(), { roleDefinitionId, principalId: objectId }))).code).toBe('RoleDefinitionDoesNotExist')
  })
})

describe('Microsoft.ContainerService', () => {
  test('the seeded cluster starts with OIDC issuer and workload identity off', async () => {
    const c = await arm.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')
    expect(c.provisioningState).toBe('Succeeded')
    expect(c.oidcIssuerProfile?.enabled).toBe(false)
    expect(c.oidcIssuerProfile?.issuerURL).toBeUndefined()
    expect(c.securityProfile?.workloadIdentity?.enabled).toBe(false)
  })

  test('GET-modify-PUT enables both as a long-running operation; the issuer URL ends with a slash', async () => {
    const c = await arm.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')
    c.oidcIssuerProfile = { enabled: true }
    c.securityProfile = { ...c.securityProfile, workloadIdentity: { enabled: true } }
    const done = await arm.aks.managedClusters.beginCreateOrUpdateAndWait('rg-aks-sandbox', 'aks-sandbox', c, { updateIntervalInMs: 50 })
    expect(done.provisioningState).toBe('Succeeded')
    expect(done.securityProfile?.workloadIdentity?.enabled).toBe(true)
    const kube = sandbox.ctx.parts.kube as KubeView | undefined
    const issuer = done.oidcIssuerProfile!.issuerURL!
    expect(issuer.endsWith('/')).toBe(true)
    if (kube) expect(issuer).toBe(kube.issuerUrl())
    else expect(issuer).toBe(`${sandbox.urls.oidc}/${sandbox.tenantId}/${azureHalf(sandbox).settings.clusterGuid}/`)
    const put = sandbox.log.all().find((e) => e.operation === 'ManagedClusters_CreateOrUpdate')!
    expect(put.status).toBe(200)
    expect(sandbox.log.all().some((e) => e.operation === 'ManagedClusters_OperationStatus')).toBe(true)
    expect(azureHalf(sandbox).cluster()).toMatchObject({ oidcIssuerEnabled: true, workloadIdentityEnabled: true })
  })

  test('AKS rules: workload identity needs the issuer; the issuer cannot be turned off', async () => {
    const c = await arm.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')
    c.securityProfile = { workloadIdentity: { enabled: true } }
    expect((await failure(arm.aks.managedClusters.beginCreateOrUpdateAndWait('rg-aks-sandbox', 'aks-sandbox', c, { updateIntervalInMs: 50 }))).statusCode).toBe(400)
    azureHalf(sandbox).patchCluster({ oidcIssuerEnabled: true })
    const on = await arm.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')
    on.oidcIssuerProfile = { enabled: false }
    const off = await failure(arm.aks.managedClusters.beginCreateOrUpdateAndWait('rg-aks-sandbox', 'aks-sandbox', on, { updateIntervalInMs: 50 }))
    expect(off.statusCode).toBe(400)
    expect(off.message).toContain('OIDC issuer feature cannot be disabled')
  })

  test('credentials: user and admin kubeconfigs; admin refused with local accounts disabled', async () => {
    const user = await arm.aks.managedClusters.listClusterUserCredentials('rg-aks-sandbox', 'aks-sandbox')
    const admin = await arm.aks.managedClusters.listClusterAdminCredentials('rg-aks-sandbox', 'aks-sandbox')
    const text = (v: Uint8Array) => Buffer.from(v).toString('utf8')
    expect(user.kubeconfigs![0]!.name).toBe('clusterUser')
    expect(admin.kubeconfigs![0]!.name).toBe('clusterAdmin')
    const kube = sandbox.ctx.parts.kube as KubeView | undefined
    if (kube) {
      expect(text(user.kubeconfigs![0]!.value!)).toBe(kube.kubeconfig('user'))
      expect(text(admin.kubeconfigs![0]!.value!)).toBe(kube.kubeconfig('admin'))
    } else expect(text(user.kubeconfigs![0]!.value!)).toContain('6dae42f8-4368-4678-94ff-3960e28e3630')
    azureHalf(sandbox).patchCluster({ disableLocalAccounts: true })
    const refused = await failure(arm.aks.managedClusters.listClusterAdminCredentials('rg-aks-sandbox', 'aks-sandbox'))
    expect(refused.statusCode).toBe(400)
    expect(refused.message).toContain('disable local accounts')
  })
})
