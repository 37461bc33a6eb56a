// `npm run sandbox` (test/sandbox/cli.ts) as a user runs it: one JSON line on stdout, values that work
// (the printed CA, inputs and environment sign in and reach ARM through the real SDK), a clean stop on SIGTERM.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent, fetch } from 'undici'
import { ClientAssertionCredential } from '@azure/identity'
import { ContainerServiceClient } from '@azure/arm-containerservice'
import { run, start } from '../../helpers/processes.js'

const CLI = join(process.cwd(), 'test/sandbox/cli.ts')
// What `npm run sandbox` runs: one node process with tsx's loader (the tsx CLI would add a second).
const sandboxCli = (...args: string[]) => [process.execPath, ['--import', 'tsx', CLI, ...args]] as const

/** Whether `port` can be listened on right now. */
const free = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })

/** A base port whose block of consecutive ports (one per service) is free: below Linux's ephemeral range. */
async function freeBase(): Promise<number> {
  for (;;) {
    const base = 20000 + Math.floor(Math.random() * 1200) * 10
    // Seven services (SERVICE_ORDER in cli.ts, which cannot be imported here: importing it starts a sandbox).
    const checks = await Promise.all(Array.from({ length: 7 }, (_, i) => free(base + i)))
    if (checks.every(Boolean)) return base
  }
}

interface Line {
  urls: Record<string, string>
  caFile: string
  kubeconfig: string | null
  dir: string
  tenantId: string
  subscriptionId: string
  inputs: Record<string, string>
  env: Record<string, string>
  startupMs: number
}

test('prints one JSON line whose values work, and stops cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aks-wi-cli-'))
  const base = await freeBase()
  const child = start(...sandboxCli('--port-base', String(base), '--dir', dir))
  try {
    const line = JSON.parse(await child.firstLine()) as Line
    // Start-up time is reported (the README quotes it); how long it takes is the benchmark's business, not a test's.
    expect(line.startupMs).toEqual(expect.any(Number))
    expect(line.urls.arm).toBe(`https://127.0.0.1:${base}`)
    expect(line.urls.entra).toBe(`https://127.0.0.1:${base + 1}`)
    expect(line.urls.admin).toBe(`https://127.0.0.1:${base + 6}`)
    expect(line.caFile).toBe(join(dir, 'ca.pem'))
    if (line.kubeconfig !== null) expect(existsSync(line.kubeconfig)).toBe(true)
    expect(line.inputs).toMatchObject({ 'arm-endpoint': line.urls.arm, 'authority-host': line.urls.entra, 'subscription-id': line.subscriptionId, 'cluster-name': 'aks-sandbox' })
    expect(line.env.NODE_EXTRA_CA_CERTS).toBe(line.caFile)

    // Sign in the way the action does on a runner (GitHub OIDC) with nothing but what the line says.
    const ca = readFileSync(line.caFile, 'utf8')
    const agent = new Agent({ connect: { ca } })
    const getAssertion = async () => {
      const res = await fetch(`${line.env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=api://AzureADTokenExchange`, {
        dispatcher: agent,
        headers: { authorization: `Bearer ${line.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}` }
      })
      return ((await res.json()) as { value: string }).value
    }
    const cred = new ClientAssertionCredential(line.env.AZURE_TENANT_ID!, line.inputs['client-id']!, getAssertion, {
      authorityHost: line.inputs['authority-host'],
      disableInstanceDiscovery: true,
      tlsOptions: { ca }
    })
    const aks = new ContainerServiceClient(cred, line.inputs['subscription-id']!, {
      endpoint: line.inputs['arm-endpoint'],
      tlsOptions: { ca },
      credentials: { scopes: [`${line.inputs['arm-endpoint']}/.default`] }
    })
    expect((await aks.managedClusters.get(line.inputs['resource-group']!, line.inputs['cluster-name']!)).provisioningState).toBe('Succeeded')
    await agent.close()

    child.signal('SIGTERM')
    expect(await child.exited).toEqual({ code: 0, signal: null })
    expect(child.stderr).toContain('sandbox stopped (SIGTERM)')
  } finally {
    await child.stop() // the whole process group, also when an expectation above failed
    rmSync(dir, { recursive: true, force: true })
  }
})

test('an unknown flag is refused with a usage message and exit code 2', async () => {
  const r = await run(...sandboxCli('--bogus'))
  expect(r.code).toBe(2)
  expect(r.stderr).toContain('unknown argument --bogus')
})
