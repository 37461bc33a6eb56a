// Contract suite for the sandbox's Azure Resource Manager: every response it returns for the operations it
// implements (successes and errors) validates against the official specs (test/specs/azure), and every stored
// `x-ms-examples` request of those operations, replayed against the sandbox after seeding what the example
// needs, answers with the example's status and a body that validates. Prints what it covered.
import { Agent, fetch } from 'undici'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SandboxClient } from '../sandbox/client.js'
import { azureHalf, principalCredential } from '../sandbox/azure/sdk.js'
import { AzureSpecs, type Example, type Json, type SpecOperation } from './azure-specs.js'

/** The spec operations the sandbox implements. */
const OPERATIONS = [
  'UserAssignedIdentities_ListBySubscription',
  'UserAssignedIdentities_ListByResourceGroup',
  'UserAssignedIdentities_Get',
  'UserAssignedIdentities_CreateOrUpdate',
  'UserAssignedIdentities_Update',
  'UserAssignedIdentities_Delete',
  'FederatedIdentityCredentials_List',
  'FederatedIdentityCredentials_Get',
  'FederatedIdentityCredentials_CreateOrUpdate',
  'FederatedIdentityCredentials_Delete',
  'RoleAssignments_ListForSubscription',
  'RoleAssignments_ListForResourceGroup',
  'RoleAssignments_ListForResource',
  'RoleAssignments_ListForScope',
  'RoleAssignments_Get',
  'RoleAssignments_Create',
  'RoleAssignments_Delete',
  'RoleAssignments_GetById',
  'RoleAssignments_CreateById',
  'RoleAssignments_DeleteById',
  'Operations_List',
  'SystemAssignedIdentities_GetByScope',
  'RoleDefinitions_List',
  'RoleDefinitions_Get',
  'RoleDefinitions_GetById',
  'RoleDefinitions_CreateOrUpdate',
  'RoleDefinitions_Delete',
  'ManagedClusters_List',
  'ManagedClusters_ListByResourceGroup',
  'ManagedClusters_Get',
  'ManagedClusters_CreateOrUpdate',
  'ManagedClusters_ListClusterUserCredentials',
  'ManagedClusters_ListClusterAdminCredentials',
  'ManagedClusters_RunCommand',
  'ManagedClusters_GetCommandResult'
]
/** The AKS 2026-06-01 examples folder is partly stored; the 2025-10-01 copies stand in (see test/specs/README.md). */
const AKS_FALLBACK = ['containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2025-10-01']
/** What the examples refer to, seeded before each replay. */
const EXAMPLE_PRINCIPAL = 'ce2ce14e-85d7-4629-bdbc-454d0519d987'
const EXAMPLE_ROLE = '0b5fe924-9a61-425c-96af-cfe6e287ca2d'
const EXAMPLE_ASSIGNMENT = 'b0f43c54-e787-4862-89b1-a653fa9cf747'
/**
 * Operations whose stored spec path is not the one ARM (and the SDK) serves, with the path to replay instead.
 * SystemAssignedIdentities_GetByScope: the 2024-11-30 TypeSpec output says
 * `/{resourceUri}/providers/Microsoft.ManagedIdentity/identities/default/{scope}`, and its example gives only
 * `scope`, ending in `/identities/default`; the service, @azure/arm-msi and the earlier api-versions use
 * `/{scope}/providers/Microsoft.ManagedIdentity/identities/default` with `scope` the resource.
 */
const REPLAY_PATHS: Record<string, (params: Json) => string> = {
  SystemAssignedIdentities_GetByScope: (params) => `/${resourceOfScope(params)}/providers/Microsoft.ManagedIdentity/identities/default`
}
const resourceOfScope = (params: Json): string =>
  String(params.scope)
    .replace(/^\/+/, '')
    .replace(/\/identities\/default$/i, '')

let sandbox: Sandbox
let admin: SandboxClient
let agent: Agent
let specs: AzureSpecs
let token: string
let sub: string
/** operationId -> statuses whose bodies were validated. */
const covered = new Map<string, Set<number>>()
const problems: string[] = []

beforeAll(async () => {
  specs = new AzureSpecs()
  sandbox = await startSandbox({ validateResponses: true, azure: { pageSize: 2, consistency: { clusterOperationMs: 0 } } })
  admin = new SandboxClient(sandbox.urls.admin, sandbox.tls.caPem)
  agent = new Agent({ connect: { ca: sandbox.tls.caPem } })
  token = (await principalCredential(sandbox).getToken(`${sandbox.urls.arm}/.default`))!.token
  sub = sandbox.subscriptionId
})
afterAll(async () => {
  await Promise.all([admin.close(), agent.close()])
  await sandbox.stop()
})

interface Answer {
  status: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are read field by field
  body: any
  /** The operation the sandbox routed the request to (from its request log). */
  operation: string
}

/** One ARM request as the test principal (or anonymous); validates the answer when the operation is in the specs. */
async function call(method: string, path: string, body?: unknown, opts: { anonymous?: boolean; as?: string; spec?: SpecOperation } = {}): Promise<Answer> {
  const res = await fetch(`${sandbox.urls.arm}${path}`, {
    method,
    dispatcher: agent,
    headers: { ...(opts.anonymous ? {} : { authorization: `Bearer ${token}` }), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  const text = await res.text()
  const parsed: unknown = text ? JSON.parse(text) : undefined
  const requestId = res.headers.get('x-ms-request-id')
  const entry = sandbox.log.all().find((e) => e.requestId === requestId)
  const operation = opts.as ?? entry?.operation ?? 'unknown'
  if (opts.spec) validate(opts.spec, res.status, parsed, `${method} ${path}`)
  else if (specs.operations.has(operation)) validate(specs.operations.get(operation)!, res.status, parsed, `${method} ${path}`)
  // The sandbox checks each response against the spec of the api-version asked for (validateResponses): same verdict.
  if (entry?.problems) problems.push(`${method} ${path} -> the sandbox's own check: ${entry.problems.join('; ')}`)
  return { status: res.status, body: parsed, operation }
}

function validate(spec: SpecOperation, status: number, body: unknown, what: string): void {
  const errs = specs.check(spec, status, body)
  if (errs.length) problems.push(`${what} -> ${spec.operationId} ${spec.apiVersion} ${status}: ${errs.join('; ')}`)
  else {
    if (!covered.has(spec.operationId)) covered.set(spec.operationId, new Set())
    covered.get(spec.operationId)!.add(status)
  }
}

const V = { msi: 'api-version=2024-11-30', authz: 'api-version=2022-04-01', aks: 'api-version=2026-06-01' }

describe('the validator', () => {
  test('rejects bodies that break the schema (wrong types, missing required, undocumented status)', () => {
    expect(specs.check('ManagedClusters_Get', 200, { location: 'x', properties: { oidcIssuerProfile: { enabled: 'yes' } } })).toHaveLength(1)
    expect(specs.check('FederatedIdentityCredentials_Get', 200, { properties: { issuer: 'https://i', subject: 's', audiences: 'a' } })).toHaveLength(1)
    expect(specs.check('UserAssignedIdentities_Get', 200, { location: 'x', systemData: { createdAt: 5 } })).toHaveLength(1)
    expect(specs.check('RoleAssignments_Get', 200, { properties: {} }).length).toBe(2)
    expect(specs.check('RoleAssignments_Get', 404, { error: { code: 5 } })).toHaveLength(1)
    expect(specs.check('UserAssignedIdentities_Delete', 202, undefined)[0]).toContain('not a documented response')
  })
})

describe('every response validates against the specs', () => {
  test('Microsoft.ManagedIdentity', async () => {
    const rg = `/subscriptions/${sub}/resourceGroups/rg-identities/providers/Microsoft.ManagedIdentity/userAssignedIdentities`
    expect((await call('PUT', `${rg}/id-a?${V.msi}`, { location: 'eastus', tags: { k: 'v' } })).status).toBe(201)
    expect((await call('PUT', `${rg}/id-a?${V.msi}`, { location: 'eastus' })).status).toBe(200)
    for (const n of ['id-b', 'id-c']) await call('PUT', `${rg}/${n}?${V.msi}`, { location: 'eastus' })
    expect((await call('PATCH', `${rg}/id-a?${V.msi}`, { tags: { x: 'y' }, properties: { isolationScope: 'Regional' } })).body.properties.isolationScope).toBe('Regional')
    expect((await call('GET', `${rg}/id-a?${V.msi}`)).status).toBe(200)
    expect((await call('GET', `${rg}/id-zzz?${V.msi}`)).status).toBe(404)
    const page = await call('GET', `${rg}?${V.msi}`)
    expect(page.body.nextLink).toContain('$skiptoken')
    await call('GET', new URL(page.body.nextLink).pathname + new URL(page.body.nextLink).search)
    await call('GET', `/subscriptions/${sub}/providers/Microsoft.ManagedIdentity/userAssignedIdentities?${V.msi}`)
    expect((await call('PUT', `/subscriptions/${sub}/resourceGroups/rg-nope/providers/Microsoft.ManagedIdentity/userAssignedIdentities/x1?${V.msi}`, { location: 'eastus' })).status).toBe(404)
    expect((await call('PUT', `${rg}/id-a?${V.msi}`, {})).status).toBe(400)

    const fic = `${rg}/id-a/federatedIdentityCredentials`
    const props = (subject: string) => ({ properties: { issuer: 'https://issuer.example/t/c/', subject, audiences: ['api://AzureADTokenExchange'] } })
    expect((await call('PUT', `${fic}/fic-1?${V.msi}`, props('system:serviceaccount:a:b'))).status).toBe(201)
    expect((await call('PUT', `${fic}/fic-1?${V.msi}`, props('system:serviceaccount:a:b'))).status).toBe(200)
    expect((await call('PUT', `${fic}/fic-2?${V.msi}`, props('system:serviceaccount:a:b'))).status).toBe(400)
    for (const n of [3, 4]) await call('PUT', `${fic}/fic-${n}?${V.msi}`, props(`system:serviceaccount:a:${n}`))
    expect((await call('GET', `${fic}/fic-1?${V.msi}`)).status).toBe(200)
    expect((await call('GET', `${fic}/fic-9?${V.msi}`)).status).toBe(404)
    expect((await call('GET', `${fic}?${V.msi}`)).body.nextLink).toBeDefined()
    expect((await call('PUT', `${rg}/id-missing/federatedIdentityCredentials/fic-1?${V.msi}`, props('s'))).status).toBe(404)
    expect((await call('DELETE', `${fic}/fic-1?${V.msi}`)).status).toBe(200)
    expect((await call('DELETE', `${fic}/fic-1?${V.msi}`)).status).toBe(204)
    expect((await call('DELETE', `${rg}/id-c?${V.msi}`)).status).toBe(200)
    expect((await call('DELETE', `${rg}/id-c?${V.msi}`)).status).toBe(204)
    const ops = await call('GET', `/providers/Microsoft.ManagedIdentity/operations?${V.msi}`)
    expect(ops.body.nextLink).toContain('$skiptoken')
    await call('GET', new URL(ops.body.nextLink).pathname + new URL(ops.body.nextLink).search)
    const identities = `providers/Microsoft.ManagedIdentity/identities/default?${V.msi}`
    expect((await call('GET', `/subscriptions/${sub}/resourceGroups/rg-aks-sandbox/providers/Microsoft.ContainerService/managedClusters/aks-sandbox/${identities}`)).status).toBe(200)
    expect((await call('GET', `/subscriptions/${sub}/resourceGroups/rg-aks-sandbox/providers/Microsoft.Storage/storageAccounts/stsandbox/${identities}`)).status).toBe(404)
    expect((await call('GET', `/subscriptions/${sub}/resourceGroups/rg-aks-sandbox/providers/Microsoft.Storage/storageAccounts/nope/${identities}`)).status).toBe(404)
    expect((await call('GET', `${rg}/id-a?${V.msi}`, undefined, { anonymous: true })).status).toBe(401)
    expect((await call('GET', `${rg}/id-a?api-version=1999-01-01`)).status).toBe(400)
  })

  test('Microsoft.Authorization', async () => {
    const subScope = `/subscriptions/${sub}`
    const rgScope = `${subScope}/resourceGroups/rg-aks-sandbox`
    const storage = `${rgScope}/providers/Microsoft.Storage/storageAccounts/stsandbox`
    const reader = `${subScope}/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7`
    expect((await call('GET', `${subScope}/providers/Microsoft.Authorization/roleDefinitions?${V.authz}&$filter=${encodeURIComponent("roleName eq 'Reader'")}`)).body.value).toHaveLength(1)
    expect((await call('GET', `${subScope}/providers/Microsoft.Authorization/roleDefinitions?${V.authz}`)).body.nextLink).toBeDefined()
    expect((await call('GET', `${reader}?${V.authz}`)).status).toBe(200)
    expect((await call('GET', `/providers/Microsoft.Authorization/roleDefinitions/acdd72a7-3385-48ef-bd42-f606fba81ae7?${V.authz}`, undefined, { as: 'RoleDefinitions_GetById' })).status).toBe(200)
    expect((await call('GET', `${subScope}/providers/Microsoft.Authorization/roleDefinitions/00000000-0000-0000-0000-000000000001?${V.authz}`)).status).toBe(404)

    const id = await call('PUT', `${rgScope}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-role?${V.msi}`, { location: 'eastus' })
    const principalId = id.body.properties.principalId as string
    const ra = (scope: string, name: string) => `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}?${V.authz}`
    const body = { properties: { roleDefinitionId: reader, principalId, principalType: 'ServicePrincipal' } }
    expect((await call('PUT', ra(rgScope, '11111111-2222-4333-8444-555555555555'), body)).status).toBe(201)
    expect((await call('PUT', ra(rgScope, '11111111-2222-4333-8444-555555555555'), body)).status).toBe(200)
    expect((await call('PUT', ra(rgScope, '11111111-2222-4333-8444-666666666666'), body)).status).toBe(409)
    expect((await call('PUT', ra(storage, '11111111-2222-4333-8444-777777777777'), body)).status).toBe(201)
    expect((await call('PUT', ra(rgScope, '11111111-2222-4333-8444-888888888888'), { properties: { roleDefinitionId: reader, principalId: '00000000-0000-0000-0000-0000000000aa' } })).status).toBe(400)
    expect((await call('GET', ra(rgScope, '11111111-2222-4333-8444-555555555555'))).status).toBe(200)
    expect((await call('GET', ra(rgScope, '11111111-2222-4333-8444-999999999999'))).status).toBe(404)
    const list = (scope: string, filter?: string) => `${scope}/providers/Microsoft.Authorization/roleAssignments?${V.authz}${filter ? `&$filter=${encodeURIComponent(filter)}` : ''}`
    expect((await call('GET', list(subScope, `principalId eq '${principalId}'`))).body.value).toHaveLength(2)
    expect((await call('GET', list(rgScope))).operation).toBe('RoleAssignments_ListForResourceGroup')
    expect((await call('GET', list(storage, 'atScope()'))).operation).toBe('RoleAssignments_ListForResource')
    expect((await call('GET', list(`${storage}/blobServices/default`, 'atScope()'))).operation).toBe('RoleAssignments_ListForScope')
    expect((await call('GET', list(subScope, 'bogus()'))).status).toBe(400)
    expect((await call('DELETE', ra(rgScope, '11111111-2222-4333-8444-555555555555'))).status).toBe(200)
    expect((await call('DELETE', ra(rgScope, '11111111-2222-4333-8444-555555555555'))).status).toBe(204)

    const rd = (guid: string) => `${subScope}/providers/Microsoft.Authorization/roleDefinitions/${guid}?${V.authz}`
    const custom = '22222222-3333-4444-8555-666666666666'
    const definition = (roleName: string) => ({
      properties: { roleName, description: 'reads identities', assignableScopes: [rgScope], permissions: [{ actions: ['Microsoft.ManagedIdentity/userAssignedIdentities/read'] }] }
    })
    expect((await call('PUT', rd(custom), definition('Identity reader'))).status).toBe(201)
    expect((await call('PUT', rd(custom), definition('Identity reader'))).status).toBe(201)
    expect((await call('PUT', rd('22222222-3333-4444-8555-777777777777'), definition('identity READER'))).status).toBe(409)
    expect((await call('PUT', rd('acdd72a7-3385-48ef-bd42-f606fba81ae7'), definition('Reader'))).status).toBe(400)
    expect((await call('PUT', rd(custom), { properties: { roleName: 'x' } })).status).toBe(400)
    const customId = `${subScope}/providers/Microsoft.Authorization/roleDefinitions/${custom}`
    expect((await call('PUT', ra(subScope, '11111111-2222-4333-8444-aaaaaaaaaaaa'), { properties: { roleDefinitionId: customId, principalId, principalType: 'ServicePrincipal' } })).status).toBe(400)
    expect((await call('PUT', ra(rgScope, '11111111-2222-4333-8444-aaaaaaaaaaaa'), { properties: { roleDefinitionId: customId, principalId, principalType: 'ServicePrincipal' } })).status).toBe(201)
    expect((await call('DELETE', rd(custom))).status).toBe(409)
    expect((await call('DELETE', rd('acdd72a7-3385-48ef-bd42-f606fba81ae7'))).status).toBe(400)
    expect((await call('DELETE', ra(rgScope, '11111111-2222-4333-8444-aaaaaaaaaaaa'))).status).toBe(200)
    expect((await call('DELETE', rd(custom))).status).toBe(200)
    expect((await call('DELETE', rd(custom))).status).toBe(204)
  })

  test('Microsoft.ContainerService', async () => {
    const clusters = `/subscriptions/${sub}/resourceGroups/rg-aks-sandbox/providers/Microsoft.ContainerService/managedClusters`
    await call('GET', `/subscriptions/${sub}/providers/Microsoft.ContainerService/managedClusters?${V.aks}`)
    await call('GET', `${clusters}?${V.aks}`)
    const got = await call('GET', `${clusters}/aks-sandbox?${V.aks}`)
    expect((await call('GET', `${clusters}/nope?${V.aks}`)).status).toBe(404)
    got.body.properties.oidcIssuerProfile = { enabled: true }
    got.body.properties.securityProfile = { workloadIdentity: { enabled: true } }
    await admin.azure.setConsistency({ clusterOperationMs: 60_000 })
    expect((await call('PUT', `${clusters}/aks-sandbox?${V.aks}`, got.body)).status).toBe(200)
    expect((await call('PUT', `${clusters}/aks-sandbox?${V.aks}`, got.body)).status).toBe(409)
    expect((await call('GET', `${clusters}/aks-sandbox?${V.aks}`)).body.properties.provisioningState).toBe('Updating')
    await admin.azure.setConsistency({ clusterOperationMs: 0 })
    await admin.azure.patchCluster({ oidcIssuerEnabled: true })
    const off = await call('GET', `${clusters}/aks-sandbox?${V.aks}`)
    off.body.properties.oidcIssuerProfile = { enabled: false }
    await admin.advanceClock(60_000) // let the running operation finish
    expect((await call('PUT', `${clusters}/aks-sandbox?${V.aks}`, off.body)).status).toBe(400)
    expect((await call('POST', `${clusters}/aks-sandbox/listClusterUserCredential?${V.aks}`)).status).toBe(200)
    expect((await call('POST', `${clusters}/aks-sandbox/listClusterAdminCredential?${V.aks}`)).status).toBe(200)
    await admin.azure.patchCluster({ disableLocalAccounts: true })
    expect((await call('POST', `${clusters}/aks-sandbox/listClusterAdminCredential?${V.aks}`)).status).toBe(400)
    expect((await call('POST', `${clusters}/nope/listClusterUserCredential?${V.aks}`)).status).toBe(404)
    // Run-command: 202 (Location to the command's result), then the result (202 while running, 200 when done).
    expect((await call('POST', `${clusters}/aks-sandbox/runCommand?${V.aks}`, { command: 'kubectl get --raw /api/v1/namespaces/default' })).status).toBe(202)
    const [command] = [...azureHalf(sandbox).runCommands.values()]
    await command!.done
    const result = await call('GET', `${clusters}/aks-sandbox/commandResults/${command!.id}?${V.aks}`)
    expect(result).toMatchObject({ status: 200, body: { id: command!.id, properties: { provisioningState: 'Succeeded', exitCode: 0 } } })
    expect(JSON.parse(result.body.properties.logs as string)).toMatchObject({ kind: 'Namespace', metadata: { name: 'default' } })
    expect((await call('GET', `${clusters}/aks-sandbox/commandResults/nope?${V.aks}`)).status).toBe(404)
    expect((await call('POST', `${clusters}/aks-sandbox/runCommand?${V.aks}`, {})).status).toBe(400)
  })

  test('no response failed validation', () => {
    expect(problems).toEqual([])
  })
})

describe('stored x-ms-examples replay with their status and a valid body', () => {
  /** Seeds what the examples refer to: their groups, principal, custom role, resource, and the example's target. */
  async function seed(ex: Example, params: Json): Promise<void> {
    await admin.reset()
    for (const rg of ['rgName', 'testrg', 'rg1']) await admin.azure.addResourceGroup(rg)
    await admin.azure.addPrincipal({ objectId: EXAMPLE_PRINCIPAL, type: 'User', displayName: 'example user' })
    await admin.azure.addRoleDefinition({ name: EXAMPLE_ROLE, roleName: 'Example custom role', permissions: [{ actions: ['*/read'], notActions: [], dataActions: [], notDataActions: [] }] })
    await admin.azure.addResource(`/subscriptions/${sub}/resourceGroups/testrg/providers/Microsoft.DocumentDb/databaseAccounts/test-db-account`)
    const msi = `/subscriptions/${sub}/resourceGroups/${params.resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${params.resourceName}`
    if (ex.operationId.startsWith('UserAssignedIdentities_') || ex.operationId.startsWith('FederatedIdentityCredentials_')) {
      if (ex.operationId !== 'UserAssignedIdentities_CreateOrUpdate') await call('PUT', `${msi}?${V.msi}`, { location: 'eastus' }, { as: 'seed' })
      if (/^FederatedIdentityCredentials_(Get|Delete|List)$/.test(ex.operationId)) {
        await call('PUT', `${msi}/federatedIdentityCredentials/${params.federatedIdentityCredentialResourceName ?? 'ficResourceName'}?${V.msi}`, {
          properties: { issuer: 'https://oidc.prod-aks.azure.com/TenantGUID/IssuerGUID', subject: 'system:serviceaccount:ns:svcaccount', audiences: ['api://AzureADTokenExchange'] }
        }, { as: 'seed' })
      }
    }
    if (/^RoleAssignments_(Get|GetById|Delete|DeleteById|ListFor\w+)$/.test(ex.operationId)) {
      await call('PUT', `/subscriptions/${sub}/providers/Microsoft.Authorization/roleAssignments/${EXAMPLE_ASSIGNMENT}?${V.authz}`, {
        properties: { roleDefinitionId: `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${EXAMPLE_ROLE}`, principalId: EXAMPLE_PRINCIPAL, principalType: 'User' }
      }, { as: 'seed' })
    }
    if (ex.operationId === 'SystemAssignedIdentities_GetByScope') {
      const resource = `/${resourceOfScope(params)}`
      await admin.azure.addResourceGroup(resource.split('/')[4]!)
      azureHalf(sandbox).world.addResource(resource, 'cus', {}, undefined, true)
    }
    if (ex.operationId.startsWith('ManagedClusters_') && ex.operationId !== 'ManagedClusters_CreateOrUpdate') {
      await call('PUT', `/subscriptions/${sub}/resourceGroups/${params.resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/${params.resourceName}?${V.aks}`, {
        location: 'eastus',
        properties: { dnsPrefix: 'dnsprefix1', agentPoolProfiles: [{ name: 'nodepool1', count: 1, vmSize: 'Standard_DS2_v2', mode: 'System' }] }
      }, { as: 'seed' })
    }
  }

  /** The example's parameters with its subscription replaced by the sandbox's and placeholder scopes made real. */
  function localise(params: Json): Json {
    const out = JSON.parse(JSON.stringify(params).replace(/subscriptions\/[^/"]+/gi, `subscriptions/${sub}`)) as Json
    if ('subscriptionId' in out) out.subscriptionId = sub
    if (out.scope === 'scope') out.scope = `subscriptions/${sub}`
    if (out.roleDefinitionId === 'roleDefinitionId') out.roleDefinitionId = EXAMPLE_ROLE
    if (out.roleId === 'roleDefinitionId') out.roleId = `subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions/${EXAMPLE_ROLE}`
    // PutRoleDefinition.json gives its body parameter `roleDefinition` as `{}` and the definition, flattened, under
    // an extra `body.roleDefinition`: the request it means has that definition as the RoleDefinition schema shapes it.
    const flat = out.body?.roleDefinition as Json | undefined
    if (flat && out.roleDefinition && Object.keys(out.roleDefinition as Json).length === 0) {
      out.roleDefinition = { properties: { roleName: flat.roleName, description: flat.description, assignableScopes: flat.assignableScopes, permissions: flat.permissions } }
    }
    return out
  }

  test('replay', async () => {
    const replayed: string[] = []
    const failures: string[] = []
    /** Examples sent at another api-version than they name, and why. */
    const reversioned: string[] = []
    /** Requests of examples that break their own operation's schema (refused by the sandbox, as by Azure). */
    const invalidRequests: string[] = []
    for (const operationId of OPERATIONS) {
      const sdkOp = specs.operations.get(operationId)!
      for (const ex of specs.examples(operationId, operationId.startsWith('ManagedClusters_') ? AKS_FALLBACK : [])) {
        const params = localise(ex.parameters)
        // An example is sent with its own api-version when a spec of that version is stored (so both its request
        // and its responses are checked against that version); otherwise with the version of the folder it is
        // stored under (the 2025-10-01 AKS stand-ins; RoleAssignments_Get.json naming 2020-10-01-preview).
        const named = String(params['api-version'])
        const op = specs.operation(sdkOp.folder, operationId, named) ?? sdkOp
        if (op.apiVersion !== named) {
          reversioned.push(`${ex.file.split('/').pop()} ${named} -> ${op.apiVersion}`)
          params['api-version'] = op.apiVersion
        }
        await seed(ex, params)
        const path =
          REPLAY_PATHS[operationId]?.(params) ??
          op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
            const p = op.parameters.find((x) => x.name === name)
            const v = String(params[name])
            return p?.['x-ms-skip-url-encoding'] ? v.replace(/^\/+/, '') : encodeURIComponent(v)
          })
        const query = new URLSearchParams({ 'api-version': String(params['api-version']) })
        for (const p of op.parameters.filter((x) => x.in === 'query' && x.name !== 'api-version')) {
          const v = params[p.name] ?? params[String(p.name).replace(/^\$/, '')]
          if (v !== undefined) query.set(p.name, String(v))
        }
        const bodyParam = op.parameters.find((x) => x.in === 'body')
        let body = bodyParam ? (params[bodyParam.name] as Json | undefined) : undefined
        // The request, in the other direction: the example's body against the schema of the version it is sent with.
        const requestProblems = specs.checkRequest(op, body)
        if (requestProblems.length) invalidRequests.push(`${ex.file}: ${requestProblems.join('; ')}`)
        // Examples from before AKS renamed the SKU (2023-02-01) still say `sku.name: "Basic"`: Azure refuses that
        // (SkuNotAvailable, Azure/azure-rest-api-specs#27263), and so does the sandbox; then the example is
        // replayed with the name its version has.
        if (op.folder === 'containerservice' && op.apiVersion >= '2023-02-01' && (body?.sku as Json | undefined)?.name === 'Basic') {
          const refused = await call(op.method, `${path}?${query.toString()}`, body, { as: operationId, spec: op })
          replayed.push(`${operationId} 400 SkuNotAvailable (${ex.file.split('/').pop()}, sku Basic)`)
          if (refused.status !== 400 || refused.body?.error?.code !== 'SkuNotAvailable') failures.push(`${ex.file} with sku Basic at ${op.apiVersion}: expected 400 SkuNotAvailable, got ${refused.status} ${JSON.stringify(refused.body).slice(0, 200)}`)
          body = { ...body, sku: { ...(body!.sku as Json), name: 'Base' } }
        }
        // A create answers 201 then 200; a delete 200 then 204: replay in that order against one state.
        const rank = (s: number) => ({ 201: 0, 200: 1, 202: 1, 204: 2 })[s] ?? 3
        for (const status of Object.keys(ex.responses).map(Number).sort((a, b) => rank(a) - rank(b))) {
          const answer = await call(op.method, `${path}?${query.toString()}`, body, { as: operationId, spec: op })
          replayed.push(`${operationId} ${status} (${ex.file.split('/').pop()})`)
          if (answer.status !== status) failures.push(`${ex.file} expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`)
        }
      }
    }
    const ops = OPERATIONS.filter((o) => covered.has(o))
    const examples = new Set(replayed.map((r) => r.replace(/^\S+ \d+ /, '')))
    process.stdout.write(
      `Azure contract: ${ops.length}/${OPERATIONS.length} operations with validated responses ` +
        `(${[...covered.values()].reduce((n, s) => n + s.size, 0)} operation-status pairs); ${examples.size} stored examples replayed ` +
        `(${replayed.length} responses, each status and body checked; every request body checked against its version's schema); ` +
        `${reversioned.length} sent at the stored spec's version (${reversioned.join(', ')}); ${specs.missingExamples.length} example references not stored.\n`
    )
    expect(invalidRequests).toEqual([])
    expect(failures).toEqual([])
    expect(problems).toEqual([])
    expect(OPERATIONS.filter((o) => !covered.has(o))).toEqual([])
    expect(examples.size).toBeGreaterThanOrEqual(20)
  })
})
