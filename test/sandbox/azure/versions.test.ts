// ARM by api-version: what the sandbox serves (the stored specs' versions, including the Azure CLI 2.45 ones),
// how it refuses others (the supported list, as ARM words it), request bodies validated against the schema of
// their own version (InvalidRequestContent / InvalidRequestFormat), AKS's SKU rename across 2023-02-01
// (SkuNotAvailable), and responses checked against the version asked for (validateResponses -> log problems).
import { Agent, fetch } from 'undici'
import { startSandbox, type Sandbox } from '../index.js'
import { principalCredential } from './sdk.js'
import { azureSpecs } from './specs.js'

let sb: Sandbox
let agent: Agent
let token: string
let sub: string
beforeAll(async () => {
  sb = await startSandbox({ validateResponses: true, azure: { consistency: { clusterOperationMs: 0 } } })
  agent = new Agent({ connect: { ca: sb.tls.caPem } })
  token = (await principalCredential(sb).getToken(`${sb.urls.arm}/.default`))!.token
  sub = sb.subscriptionId
})
afterAll(async () => {
  await agent.close()
  await sb.stop()
})
beforeEach(() => sb.reset())

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ARM bodies are read field by field
async function arm(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${sb.urls.arm}${path}`, {
    method,
    dispatcher: agent,
    headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : undefined }
}

const rg = () => `/subscriptions/${sub}/resourceGroups/rg-aks-sandbox`
const cluster = (v: string) => `${rg()}/providers/Microsoft.ContainerService/managedClusters/aks-sandbox?api-version=${v}`
const identity = (name: string, v: string) => `${rg()}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}?api-version=${v}`

describe('api-versions', () => {
  test('each provider serves the versions of its stored specs: the SDKs\' and the Azure CLI 2.45\'s', () => {
    const specs = azureSpecs()
    expect(specs.versions('msi', 'UserAssignedIdentities_CreateOrUpdate')).toEqual(['2024-11-30', '2022-01-31-preview'])
    expect(specs.versions('containerservice', 'ManagedClusters_CreateOrUpdate')).toEqual(['2026-06-01', '2022-11-01'])
    expect(specs.versions('authorization', 'RoleAssignments_Create')).toEqual(['2022-04-01', '2020-04-01-preview'])
    expect(specs.versions('authorization', 'RoleDefinitions_List')).toEqual(['2022-04-01', '2018-01-01-preview'])
    // Renamed since: the subscription-wide list is RoleAssignments_List in 2020-04-01-preview.
    expect(specs.versions('authorization', 'RoleAssignments_ListForSubscription')).toEqual(['2022-04-01', '2020-04-01-preview'])
  })

  test('an unknown version is refused as ARM does, with the supported ones listed', async () => {
    const msi = await arm('GET', identity('id-x', '2023-01-31'))
    expect(msi.status).toBe(400)
    expect(msi.body.error.code).toBe('NoRegisteredProviderFound')
    expect(msi.body.error.message).toBe(
      "No registered resource provider found for location 'eastus' and API version '2023-01-31' for type 'userAssignedIdentities'. The supported api-versions are '2024-11-30, 2022-01-31-preview'. The supported locations are 'eastus'."
    )
    const roles = await arm('GET', `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions?api-version=2020-04-01-preview`)
    expect(roles.body.error.message).toContain("for type 'roleDefinitions'. The supported api-versions are '2022-04-01, 2018-01-01-preview'")
    const onStorage = await arm('GET', `${rg()}/providers/Microsoft.Storage/storageAccounts/stsandbox/providers/Microsoft.Authorization/roleAssignments?api-version=2015-07-01`)
    expect(onStorage.body.error.message).toContain("for type 'roleAssignments'. The supported api-versions are '2022-04-01, 2020-04-01-preview'")
    const groups = await arm('GET', `/subscriptions/${sub}/resourcegroups/rg-aks-sandbox?api-version=2019-01-01`)
    expect(groups.status).toBe(400)
    expect(groups.body.error.code).toBe('InvalidApiVersionParameter')
    expect(groups.body.error.message).toMatch(/^The api-version '2019-01-01' is invalid\. The supported versions are '2025-04-01,.*2021-04-01'\./)
  })

  test('the CLI 2.45 versions work end to end, each answer valid for its own version', async () => {
    expect((await arm('PUT', identity('id-old', '2022-01-31-preview'), { location: 'eastus' })).status).toBe(201)
    expect((await arm('GET', identity('id-old', '2024-11-30'))).body.properties.clientId).toMatch(/^[0-9a-f-]{36}$/)
    const ra = `/subscriptions/${sub}/providers/Microsoft.Authorization/roleAssignments?api-version=2020-04-01-preview`
    expect((await arm('GET', ra)).status).toBe(200)
    expect((await arm('GET', `/subscriptions/${sub}/providers/Microsoft.Authorization/roleDefinitions?$filter=roleName%20eq%20'Reader'&api-version=2018-01-01-preview`)).body.value).toHaveLength(1)
    expect(sb.log.all().filter((e) => e.problems)).toEqual([])
  })
})

describe('request bodies are validated against their own version', () => {
  test('wrong types and missing required properties: 400 InvalidRequestContent naming each path', async () => {
    const fic = `${rg()}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id-v/federatedIdentityCredentials/fic-v?api-version=2024-11-30`
    await arm('PUT', identity('id-v', '2024-11-30'), { location: 'eastus' })
    const res = await arm('PUT', fic, { properties: { issuer: 'https://issuer.example/', audiences: 'api://AzureADTokenExchange' } })
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('InvalidRequestContent')
    expect(res.body.error.message).toMatch(/^The request content was invalid and could not be deserialized: '/)
    expect(res.body.error.details.map((d: { target: string }) => d.target).sort()).toEqual(['properties.audiences', 'properties.subject'])
    // Not JSON at all, or not an object.
    expect((await arm('PUT', identity('id-w', '2024-11-30'), '{"location": ')).body.error.code).toBe('InvalidRequestContent')
    expect((await arm('PUT', identity('id-w', '2024-11-30'), '["eastus"]')).body.error.code).toBe('InvalidRequestFormat')
    expect((await arm('PUT', cluster('2026-06-01'), { location: 'eastus', properties: { oidcIssuerProfile: { enabled: 'yes' } } })).body.error).toMatchObject({
      code: 'InvalidRequestContent',
      details: [expect.objectContaining({ target: 'properties.oidcIssuerProfile.enabled' })]
    })
    // A tracked resource without a location: ARM's own code.
    expect((await arm('PUT', identity('id-w', '2022-01-31-preview'), { tags: {} })).body.error.code).toBe('LocationRequired')
    // The refusals themselves are valid error bodies of each operation's version.
    expect(sb.log.all().filter((e) => e.problems)).toEqual([])
  })

  test('AKS: sku Basic on 2026-06-01 is refused as Azure refuses it (SkuNotAvailable), not echoed', async () => {
    const current = (await arm('GET', cluster('2026-06-01'))).body
    expect(current.sku).toEqual({ name: 'Base', tier: 'Free' })
    const basic = await arm('PUT', cluster('2026-06-01'), { ...current, sku: { name: 'Basic', tier: 'Free' } })
    expect(basic.status).toBe(400)
    expect(basic.body.error).toEqual({ code: 'SkuNotAvailable', message: "Basic managed cluster SKU name is invalid. 'Basic' has been replaced by 'Base' since v2023-02-01. " })
    const paid = await arm('PUT', cluster('2026-06-01'), { ...current, sku: { name: 'Base', tier: 'Paid' } })
    expect(paid.body.error.code).toBe('SkuNotAvailable')
    // 2022-11-01 speaks the old names: it reads Basic, writes Basic, and refuses Base.
    const old = (await arm('GET', cluster('2022-11-01'))).body
    expect(old.sku).toEqual({ name: 'Basic', tier: 'Free' })
    expect((await arm('PUT', cluster('2022-11-01'), { ...old, sku: { name: 'Base', tier: 'Free' } })).body.error.code).toBe('SkuNotAvailable')
    expect((await arm('PUT', cluster('2022-11-01'), { ...old, sku: { name: 'Basic', tier: 'Paid' } })).status).toBe(200)
    expect((await arm('GET', cluster('2026-06-01'))).body.sku).toEqual({ name: 'Base', tier: 'Standard' })
    expect(sb.log.all().filter((e) => e.problems)).toEqual([])
  })

  test('a PUT at 2022-11-01 (which cannot express workload identity) leaves it as it is', async () => {
    const now = (await arm('GET', cluster('2026-06-01'))).body
    now.properties.oidcIssuerProfile = { enabled: true }
    now.properties.securityProfile = { workloadIdentity: { enabled: true } }
    expect((await arm('PUT', cluster('2026-06-01'), now)).status).toBe(200)
    const old = (await arm('GET', cluster('2022-11-01'))).body
    delete old.properties.securityProfile
    expect((await arm('PUT', cluster('2022-11-01'), old)).status).toBe(200)
    expect((await arm('GET', cluster('2026-06-01'))).body.properties.securityProfile.workloadIdentity).toEqual({ enabled: true })
  })
})

test('the response check flags a body that breaks the schema of its own version', () => {
  const op = azureSpecs().operation('msi', 'UserAssignedIdentities_Get', '2022-01-31-preview')!
  expect(azureSpecs().check(op, 200, { location: 'eastus', properties: { clientId: 42 } })).toHaveLength(1)
  expect(azureSpecs().checkRequest(op, undefined)).toEqual([])
})
