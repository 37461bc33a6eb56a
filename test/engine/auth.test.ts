// Each way the action signs in, against the sandbox's Entra ID: GitHub OIDC through the stand-in for the
// runner's ID-token endpoint, workload identity through a token file, environment credentials; and the errors.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { azure, idTokenFrom, run, settingsFor } from './helpers.js'
import { signIn } from '../../src/azure/credentials.js'
import { tempDir } from '../helpers/run-action.js'

let sb: Sandbox
const READ_ONLY = { mode: 'plan', 'fail-on-drift': 'false' }
const tokenRequests = () => sb.log.all().filter((e) => e.operation === 'entra.token')

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

/** The environment of a job with nothing set but what a test adds. */
const bare = (extra: Record<string, string>) => ({ AZURE_SUBSCRIPTION_ID: sb.subscriptionId, ...extra })

describe('sign-in', () => {
  it('GitHub OIDC: ID token from the runner endpoint, exchanged as a client assertion; claims logged, tokens masked', async () => {
    const r = await run(sb, { ...READ_ONLY, auth: 'auto' })
    const line = r.sink.lines.find((l) => l.startsWith('Signed in to Azure with oidc'))!
    expect(line).toContain(`client ${azure(sb).settings.principal.clientId}`)
    expect(line).toContain('sub repo:octo-org/octo-repo:ref:refs/heads/main')
    expect(line).toContain('aud api://AzureADTokenExchange')
    expect(sb.log.all().filter((e) => e.service === 'idtoken' && e.operation === 'idtoken.request')).toHaveLength(1)
    expect(tokenRequests().map((e) => e.status)).toEqual([200])
    // The ID token and the access token are masked, and neither appears in the log.
    expect(r.sink.secrets.length).toBeGreaterThanOrEqual(2)
    for (const s of r.sink.secrets) expect(r.sink.lines.join('\n')).not.toContain(s)
  })

  it("says it is under way (the engine then loads the ARM SDKs) once it has an ID token to present, never when it has none", async () => {
    const deps = (underway: () => void, idToken = idTokenFrom(sb)) => ({
      env: sb.env,
      log: { info: () => undefined, warning: () => undefined },
      mask: () => undefined,
      ca: sb.tls.caPem,
      idToken,
      azOnPath: async () => false,
      underway
    })
    let calls = 0
    await signIn(settingsFor(sb, { auth: 'oidc' }), deps(() => calls++))
    expect(calls).toBe(1)
    let failed = 0
    const refused = () => Promise.reject(new Error('no ID token'))
    await expect(signIn(settingsFor(sb, { auth: 'oidc' }), deps(() => failed++, refused))).rejects.toThrow('no ID token')
    expect(failed).toBe(0)
  })

  it('GitHub OIDC without the ID-token permission says what to add', async () => {
    sb.faults.add({ service: 'idtoken', operation: 'idtoken.request', kind: 'status', status: 401, body: { message: 'Unauthorized' } })
    // The action's own ID-token request (no injected one): src/github/id-token.ts.
    const err = (await run(sb, { ...READ_ONLY, auth: 'oidc' }, { idToken: undefined }).catch((e: unknown) => e)) as Error
    expect(err.message).toContain('the GitHub ID-token endpoint refused the token request for audience api://AzureADTokenExchange (HTTP 401)')
    expect(err.message).toContain('permissions: id-token: write')
    expect(sb.log.all().some((e) => e.service === 'arm')).toBe(false)
  })

  it('workload identity: the federated token file of an AKS runner pod (auto, no GitHub OIDC endpoint)', async () => {
    const dir = await tempDir('awi-token-')
    const file = join(dir, 'azure-identity-token')
    const token = await azure(sb).githubIdToken('api://AzureADTokenExchange')
    await writeFile(file, token)
    const env = bare({ AZURE_FEDERATED_TOKEN_FILE: file, AZURE_CLIENT_ID: azure(sb).settings.principal.clientId, AZURE_TENANT_ID: sb.tenantId })
    const r = await run(sb, { ...READ_ONLY, auth: 'auto', 'client-id': '' }, { env })
    expect(r.sink.lines.some((l) => l.startsWith(`Signed in to Azure with workload-identity (client ${azure(sb).settings.principal.clientId}, token file ${file})`))).toBe(true)
    expect(tokenRequests().map((e) => e.status)).toEqual([200])
    expect(sb.log.all().some((e) => e.service === 'idtoken' && e.operation === 'idtoken.request')).toBe(false)
    expect(r.sink.secrets).toContain(token)
    expect(r.sink.lines.join('\n')).not.toContain(token)
    expect(r.plan.steps[0]).toMatchObject({ kind: 'cluster', action: 'unchanged' })
  })

  it('environment: a service principal secret from AZURE_CLIENT_SECRET, masked', async () => {
    const secret = azure(sb).settings.principal.secret
    const env = bare({ AZURE_CLIENT_ID: azure(sb).settings.principal.clientId, AZURE_TENANT_ID: sb.tenantId, AZURE_CLIENT_SECRET: secret })
    const r = await run(sb, { ...READ_ONLY, auth: 'auto' }, { env })
    expect(r.sink.lines.some((l) => l.startsWith('Signed in to Azure with environment'))).toBe(true)
    expect(r.sink.secrets).toContain(secret)
    expect(tokenRequests().map((e) => e.status)).toEqual([200])
  })

  it('a wrong secret fails at sign-in with the method and the AADSTS code, before any ARM call', async () => {
    const env = bare({ AZURE_CLIENT_ID: azure(sb).settings.principal.clientId, AZURE_TENANT_ID: sb.tenantId, AZURE_CLIENT_SECRET: 'wrong' })
    const err = (await run(sb, { ...READ_ONLY, auth: 'environment' }, { env }).catch((e: unknown) => e)) as Error
    expect(err.message).toMatch(/^Signing in to Azure with environment failed: .*AADSTS\d+/s)
    expect(sb.log.all().some((e) => e.service === 'arm')).toBe(false)
  })

  it('no usable method: says why each one was skipped', async () => {
    const err = (await run(sb, { ...READ_ONLY, auth: 'auto', 'client-id': '', 'tenant-id': '' }, { env: bare({}) }).catch((e: unknown) => e)) as Error
    expect(err.message).toContain('Cannot sign in to Azure (auth: auto)')
    expect(err.message).toContain('id-token: write')
    expect(err.message).toContain('AZURE_FEDERATED_TOKEN_FILE is not set')
    expect(err.message).toContain("'az' is not on PATH")
    expect(sb.log.all()).toEqual([])
  })
})
