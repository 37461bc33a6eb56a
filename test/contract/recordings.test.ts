// Real responses as the reference: interactions recorded from Azure by the Azure CLI's own tests
// (test/specs/recordings/azure-cli.json, with their sources) replayed against the sandbox in order. Each answer
// must have the recorded status, the recorded error code, and the recorded body's shape: every key path the
// recording has, and no key path it lacks (values differ: ids, times). Each response is also checked against
// the spec of its api-version. Where the recorded api-version is not served (2018-09-01-preview role
// assignments), the request is sent at the nearest served one and the comparison still applies.
import { readFileSync } from 'node:fs'
import { Agent, fetch } from 'undici'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SandboxClient } from '../sandbox/client.js'
import { principalCredential } from '../sandbox/azure/sdk.js'
import { azureSpecs } from '../sandbox/azure/specs.js'

interface Interaction {
  command: string
  method: string
  path: string
  request?: unknown
  status: number
  response: unknown
}
interface Recording {
  source: { repo: string; path: string; commit: string; client: string }
  interactions: Interaction[]
}

const RECORDED_SUB = '00000000-0000-0000-0000-000000000000'
/** Recorded api-versions the sandbox does not serve, and the one each is replayed at. */
const NEAREST: Record<string, string> = { '2018-09-01-preview': '2020-04-01-preview' }
const recordings = (JSON.parse(readFileSync('test/specs/recordings/azure-cli.json', 'utf8')) as { recordings: Recording[] }).recordings

let sb: Sandbox
let admin: SandboxClient
let agent: Agent
let token: string
beforeAll(async () => {
  sb = await startSandbox({ validateResponses: true, azure: { location: 'eastus2euap' } })
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
  agent = new Agent({ connect: { ca: sb.tls.caPem } })
  token = (await principalCredential(sb).getToken(`${sb.urls.arm}/.default`))!.token
})
afterAll(async () => {
  await Promise.all([admin.close(), agent.close()])
  await sb.stop()
})

/** Key paths of a JSON value (`properties.audiences[]`), arrays collapsed; the keys of `tags` are data, not shape. */
function shape(v: unknown, at = ''): string[] {
  if (Array.isArray(v)) return [`${at}[]`, ...v.flatMap((x) => shape(x, `${at}[]`))]
  if (v && typeof v === 'object' && !/(^|\.)tags$/.test(at)) return Object.entries(v).flatMap(([k, x]) => [`${at}${at ? '.' : ''}${k}`, ...shape(x, `${at}${at ? '.' : ''}${k}`)])
  return []
}

describe.each(recordings.map((r) => [r.source.path.split('/').pop()!, r] as const))('%s', (_name, recording) => {
  test(`${recording.source.client}: statuses, error codes and body shapes as recorded`, async () => {
    await admin.reset()
    await admin.azure.addResourceGroup('cli_test_federated_identity_credential_000001', 'eastus2euap')
    await admin.azure.addResourceGroup('cli_role_assign000001', 'westus')
    await admin.azure.addPrincipal({ objectId: '37c8d0e1-e45e-4e6a-8012-cc145172e781', type: 'User', displayName: 'tester123' })
    const mismatches: string[] = []
    const replayed: string[] = []
    for (const step of recording.interactions) {
      let path = step.path.replaceAll(RECORDED_SUB, sb.subscriptionId)
      const version = new URLSearchParams(path.split('?')[1]).get('api-version')!
      if (NEAREST[version]) path = path.replace(`api-version=${version}`, `api-version=${NEAREST[version]}`)
      const body = step.request === undefined ? undefined : JSON.parse(JSON.stringify(step.request).replaceAll(RECORDED_SUB, sb.subscriptionId))
      const res = await fetch(`${sb.urls.arm}${path}`, {
        method: step.method,
        dispatcher: agent,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body)
      })
      const text = await res.text()
      const got: unknown = text ? JSON.parse(text) : null
      const what = `${step.command}: ${step.method} ${step.path.split('?')[0]!.split('/').slice(-2).join('/')}`
      replayed.push(what)
      if (res.status !== step.status) {
        mismatches.push(`${what}: status ${res.status}, recorded ${step.status} (${text.slice(0, 200)})`)
        continue
      }
      const recordedCode = (step.response as { error?: { code?: string } } | null)?.error?.code
      if (recordedCode && (got as { error?: { code?: string } }).error?.code !== recordedCode) mismatches.push(`${what}: error code ${JSON.stringify(got)}, recorded ${recordedCode}`)
      const want = new Set(shape(step.response))
      const have = new Set(shape(got))
      const missing = [...want].filter((k) => !have.has(k))
      const extra = [...have].filter((k) => !want.has(k))
      if (missing.length || extra.length) mismatches.push(`${what}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}`)
    }
    process.stdout.write(`${recording.source.path.split('/').pop()}: ${replayed.length} recorded interactions replayed\n`)
    expect(mismatches).toEqual([])
    expect(sb.log.all().filter((e) => e.problems).map((e) => `${e.operation}: ${e.problems!.join('; ')}`)).toEqual([])
  })
})

test('the recordings cover operations the sandbox validates against a stored spec of the recorded version', () => {
  const specs = azureSpecs()
  expect(specs.operation('msi', 'FederatedIdentityCredentials_CreateOrUpdate', '2022-01-31-preview')).toBeDefined()
  expect(specs.operation('authorization', 'RoleDefinitions_List', '2018-01-01-preview')).toBeDefined()
})
