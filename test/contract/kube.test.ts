// Contract: the JSON the emulated Kubernetes API server returns, validated with ajv against the official
// Kubernetes 1.35 OpenAPI v3 documents (test/specs/kubernetes): objects, lists, Status errors, TokenRequest,
// authentication reviews and discovery. Prints the operations and schemas covered.
import { Agent, fetch } from 'undici'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { KubeOpenApi } from '../sandbox/kube/openapi-validator.js'
import { RESOURCES } from '../sandbox/kube/store.js'
import { adminToken } from '../sandbox/kube/testkit.js'
import type { Json } from '../sandbox/kube/types.js'

let sb: Sandbox
let agent: Agent
let token: string
const spec = new KubeOpenApi()
const ns = 'contract'
const checked: string[] = []

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  agent = new Agent({ connect: { ca: sb.tls.caPem } })
  token = adminToken(sb)
})
afterAll(async () => {
  // Operations of the documents on the resources the emulator serves, for the coverage figure.
  const resources = Object.keys(RESOURCES).filter((r) => r !== 'namespaces').join('|')
  const served = new RegExp(
    `^(/api/v1/(namespaces/\\{namespace\\}/)?(${resources})(/\\{name\\}(/(status|token))?)?|/api/v1/namespaces(/\\{name\\}(/status)?)?|/api/v1/|/apis/authentication\\.k8s\\.io/v1/(selfsubjectreviews|tokenreviews)?)$`
  )
  const candidates = spec.operationIds((t) => served.test(t))
  const covered = candidates.filter((id) => spec.coveredOperations.has(id))
  console.log(
    [
      `Kubernetes contract: ${spec.coveredOperations.size} operations validated (${covered.length}/${candidates.length} of the documents' operations on the served resources), ${spec.coveredSchemas.size} schemas, ${checked.length} responses.`,
      `operations: ${[...spec.coveredOperations].sort().join(', ')}`,
      `not exercised: ${candidates.filter((id) => !spec.coveredOperations.has(id)).sort().join(', ')}`,
      `schemas: ${[...spec.coveredSchemas].sort().join(', ')}`
    ].join('\n')
  )
  await agent?.close()
  await sb?.stop()
})

async function request(method: string, path: string, body?: unknown, contentType = 'application/json'): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${sb.urls.kube}${path}`, {
    method,
    dispatcher: agent,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', 'content-type': contentType },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: res.status, json: await res.json() }
}

/** Calls the API and validates the response against the operation's documented schema for its status. */
async function contract(method: string, path: string, expected: number, body?: unknown, contentType?: string): Promise<Json> {
  const { status, json } = await request(method, path, body, contentType)
  expect(status).toBe(expected)
  const result = spec.validateResponse(method, path.split('?')[0]!, status, json)
  checked.push(`${method} ${path} -> ${status} ${result.schema}`)
  expect({ op: result.operationId, errors: result.errors }).toEqual({ op: result.operationId, errors: [] })
  return json
}

/** Calls the API expecting an error and validates the body against meta/v1 Status. */
async function statusContract(method: string, path: string, expected: number, body?: unknown, contentType?: string): Promise<Json> {
  const { status, json } = await request(method, path, body, contentType)
  expect(status).toBe(expected)
  const result = spec.validateSchema('io.k8s.apimachinery.pkg.apis.meta.v1.Status', json)
  checked.push(`${method} ${path} -> ${status} Status`)
  expect(result.errors).toEqual([])
  expect(json).toMatchObject({ kind: 'Status', status: 'Failure', code: expected })
  return json
}

describe('Kubernetes API contract (OpenAPI v3, Kubernetes 1.35)', () => {
  it('discovery', async () => {
    const core = await contract('GET', '/api/v1/', 200)
    expect(core.resources.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining(['pods', 'serviceaccounts/token']))
    await contract('GET', '/apis/authentication.k8s.io/v1/', 200)
  })

  it('namespaces', async () => {
    await contract('POST', '/api/v1/namespaces', 201, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, labels: { team: 'a' } } })
    await contract('GET', '/api/v1/namespaces', 200)
    const got = await contract('GET', `/api/v1/namespaces/${ns}`, 200)
    await contract('GET', `/api/v1/namespaces/${ns}/status`, 200)
    await contract('PATCH', `/api/v1/namespaces/${ns}`, 200, { metadata: { labels: { team: 'b' } } }, 'application/merge-patch+json')
    await contract('PUT', `/api/v1/namespaces/${ns}`, 200, { ...got, metadata: { ...got.metadata, resourceVersion: undefined, labels: { team: 'c' } } })
    await contract('POST', '/api/v1/namespaces', 201, { metadata: { name: 'contract-doomed' } })
    await contract('DELETE', '/api/v1/namespaces/contract-doomed', 200)
  })

  it('service accounts, including server-side apply and TokenRequest', async () => {
    const sa = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'app', annotations: { 'azure.workload.identity/client-id': '3f1c1c6a-0000-4000-8000-000000000001' } } }
    await contract('POST', `/api/v1/namespaces/${ns}/serviceaccounts`, 201, sa)
    await contract('GET', `/api/v1/namespaces/${ns}/serviceaccounts`, 200)
    await contract('GET', '/api/v1/serviceaccounts', 200)
    const applied = await contract('PATCH', `/api/v1/namespaces/${ns}/serviceaccounts/app?fieldManager=contract`, 200, { ...sa, metadata: { ...sa.metadata, labels: { x: 'y' } } }, 'application/apply-patch+yaml')
    expect(applied.metadata.managedFields.map((m: { operation: string }) => m.operation)).toEqual(['Update', 'Apply'])
    const got = await contract('GET', `/api/v1/namespaces/${ns}/serviceaccounts/app`, 200)
    await contract('PUT', `/api/v1/namespaces/${ns}/serviceaccounts/app`, 200, got)
    const tr = await contract('POST', `/api/v1/namespaces/${ns}/serviceaccounts/app/token`, 201, {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      spec: { audiences: ['api://AzureADTokenExchange'], expirationSeconds: 3600 }
    })
    expect(tr.status.token.split('.')).toHaveLength(3)
    await contract('POST', `/api/v1/namespaces/${ns}/serviceaccounts`, 201, { metadata: { name: 'temp' } })
    await contract('DELETE', `/api/v1/namespaces/${ns}/serviceaccounts/temp`, 200)
    await contract('DELETE', `/api/v1/namespaces/${ns}/serviceaccounts?labelSelector=none%3Dmatch`, 200)
  })

  it('secrets', async () => {
    await contract('POST', `/api/v1/namespaces/${ns}/secrets`, 201, { metadata: { name: 's1', labels: { app: 'x' } }, stringData: { a: 'b' } })
    await contract('GET', `/api/v1/namespaces/${ns}/secrets?labelSelector=app%3Dx`, 200)
    await contract('GET', '/api/v1/secrets?fieldSelector=type%3DOpaque', 200)
    const s1 = await contract('GET', `/api/v1/namespaces/${ns}/secrets/s1`, 200)
    await contract('PUT', `/api/v1/namespaces/${ns}/secrets/s1`, 200, { ...s1, data: { a: 'Yg==', e: 'Zg==' } })
    await contract('PATCH', `/api/v1/namespaces/${ns}/secrets/s1`, 200, [{ op: 'add', path: '/data/c', value: 'ZA==' }], 'application/json-patch+json')
    await contract('DELETE', `/api/v1/namespaces/${ns}/secrets/s1`, 200)
    await contract('POST', `/api/v1/namespaces/${ns}/secrets`, 201, { metadata: { name: 's2', labels: { bulk: 'yes' } } })
    await contract('DELETE', `/api/v1/namespaces/${ns}/secrets?labelSelector=bulk%3Dyes`, 200)
  })

  it('pods (mutated by the webhook, then running) and their events', async () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web', labels: { 'azure.workload.identity/use': 'true' } },
      spec: { serviceAccountName: 'app', containers: [{ name: 'main', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] }
    }
    const created = await contract('POST', `/api/v1/namespaces/${ns}/pods`, 201, pod)
    expect(created.spec.volumes.length).toBe(2)
    // The sandbox's instant pod lifecycle: Running on the next read.
    const running = await contract('GET', `/api/v1/namespaces/${ns}/pods/web`, 200)
    expect(running.metadata.managedFields.map((m: { manager: string }) => m.manager)).toEqual(expect.arrayContaining(['kubelet']))
    await contract('GET', `/api/v1/namespaces/${ns}/pods/web/status`, 200)
    await contract('GET', `/api/v1/namespaces/${ns}/pods?fieldSelector=status.phase%3DRunning`, 200)
    await contract('GET', '/api/v1/pods', 200)
    await contract('PATCH', `/api/v1/namespaces/${ns}/pods/web`, 200, { metadata: { annotations: { a: 'b' } } }, 'application/strategic-merge-patch+json')
    await contract('PUT', `/api/v1/namespaces/${ns}/pods/web`, 200, { ...running, metadata: { ...running.metadata, resourceVersion: undefined, labels: { ...running.metadata.labels, v: '2' } } })
    const events = await contract('GET', `/api/v1/namespaces/${ns}/events?fieldSelector=involvedObject.name%3Dweb`, 200)
    expect(events.items.length).toBeGreaterThanOrEqual(5)
    await contract('GET', `/api/v1/namespaces/${ns}/events/${events.items[0].metadata.name}`, 200)
    await contract('GET', '/api/v1/events', 200)
    const ev = await contract('POST', `/api/v1/namespaces/${ns}/events`, 201, {
      metadata: { name: 'web.custom' },
      involvedObject: { kind: 'Pod', namespace: ns, name: 'web', apiVersion: 'v1' },
      reason: 'Custom',
      message: 'written by a client',
      type: 'Normal'
    })
    await contract('PUT', `/api/v1/namespaces/${ns}/events/web.custom`, 200, { ...ev, message: 'rewritten' })
    await contract('PATCH', `/api/v1/namespaces/${ns}/events/web.custom`, 200, { count: 2 }, 'application/merge-patch+json')
    await contract('DELETE', `/api/v1/namespaces/${ns}/events/web.custom`, 200)
    await contract('DELETE', `/api/v1/namespaces/${ns}/events?fieldSelector=reason%3DCustom`, 200)
    await contract('POST', `/api/v1/namespaces/${ns}/pods`, 201, { metadata: { name: 'broken' }, spec: { serviceAccountName: 'app', containers: [{ name: 'c', image: 'invalid/image:1' }] } })
    // Already in ImagePullBackOff (instant lifecycle): its waiting status is validated too.
    const broken = await contract('GET', `/api/v1/namespaces/${ns}/pods/broken`, 200)
    expect(broken.status.containerStatuses[0].state.waiting.reason).toBe('ImagePullBackOff')
    await contract('DELETE', `/api/v1/namespaces/${ns}/pods/web`, 200)
    await contract('DELETE', `/api/v1/namespaces/${ns}/pods?labelSelector=none%3Dmatch`, 200)
  })

  it('authentication.k8s.io reviews', async () => {
    await contract('POST', '/apis/authentication.k8s.io/v1/selfsubjectreviews', 201, { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' })
    const tr = await request('POST', `/api/v1/namespaces/${ns}/serviceaccounts/app/token`, { spec: {} })
    const review = await contract('POST', '/apis/authentication.k8s.io/v1/tokenreviews', 201, {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenReview',
      spec: { token: (tr.json as { status: { token: string } }).status.token }
    })
    expect(review.status.authenticated).toBe(true)
  })

  it('Status errors: 401, 400, 404, 409 (AlreadyExists, Conflict, apply conflict), 415, 422, 403, webhook denial', async () => {
    const saved = token
    token = 'nope'
    await statusContract('GET', '/api/v1/namespaces', 401)
    token = saved
    await statusContract('GET', `/api/v1/namespaces/${ns}/secrets?labelSelector=a%20in%20(`, 400)
    await statusContract('GET', `/api/v1/namespaces/${ns}/secrets/missing`, 404)
    await statusContract('POST', `/api/v1/namespaces/${ns}/serviceaccounts`, 409, { metadata: { name: 'app' } })
    await statusContract('PUT', `/api/v1/namespaces/${ns}/serviceaccounts/app`, 409, { metadata: { name: 'app', resourceVersion: '1' } })
    await statusContract('PATCH', `/api/v1/namespaces/${ns}/serviceaccounts/app?fieldManager=intruder`, 409, { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { labels: { x: 'z' } } }, 'application/apply-patch+yaml')
    await statusContract('PATCH', `/api/v1/namespaces/${ns}/serviceaccounts/app`, 415, {}, 'text/plain')
    await statusContract('POST', `/api/v1/namespaces/${ns}/secrets`, 422, { metadata: { name: 'UPPER' } })
    await statusContract('POST', `/api/v1/namespaces/${ns}/serviceaccounts/app/token`, 422, { spec: { expirationSeconds: 60 } })
    await statusContract('POST', `/api/v1/namespaces/${ns}/pods`, 403, { metadata: { name: 'nosa' }, spec: { serviceAccountName: 'ghost', containers: [{ name: 'c', image: 'i' }] } })
    await statusContract('POST', `/api/v1/namespaces/${ns}/pods`, 400, {
      metadata: { name: 'denied', labels: { 'azure.workload.identity/use': 'true' }, annotations: { 'azure.workload.identity/service-account-token-expiration': '60' } },
      spec: { serviceAccountName: 'app', containers: [{ name: 'c', image: 'i' }] }
    })
  })
})
