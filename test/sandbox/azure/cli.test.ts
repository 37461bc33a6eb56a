// `npm run sandbox` (test/sandbox/cli.ts) as a user runs it: one JSON line on stdout, values that work
// (the printed CA, inputs and environment sign in and reach ARM through the real SDK), a clean stop on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Agent, fetch } from 'undici'
import { ClientAssertionCredential } from '@azure/identity'
import { ContainerServiceClient } from '@azure/arm-containerservice'

const TSX = join(process.cwd(), 'node_modules/.bin/tsx')
const CLI = join(process.cwd(), 'test/sandbox/cli.ts')

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

function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let buf = ''
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString('utf8')
      if (buf.includes('\n')) resolve(buf.slice(0, buf.indexOf('\n')))
    })
    child.on('exit', (code) => reject(new Error(`exited with ${code} before printing a line`)))
  })
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))

test('prints one JSON line whose values work, and stops cleanly on SIGTERM', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aks-wi-cli-'))
  const base = 30000 + Math.floor(Math.random() * 3000) * 10
  const t0 = performance.now()
  const child = spawn(TSX, [CLI, '--port-base', String(base), '--dir', dir], { stdio: ['pipe', 'pipe', 'pipe'] })
  try {
    const line = JSON.parse(await firstLine(child)) as Line
    const toLine = performance.now() - t0
    process.stdout.write(`sandbox CLI: JSON line after ${Math.round(toLine)} ms (in-process start-up ${line.startupMs} ms)\n`)
    expect(line.startupMs).toBeLessThan(2000)
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

    const code = exited(child)
    child.kill('SIGTERM')
    expect(await code).toBe(0)
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(dir, { recursive: true, force: true })
  }
})

test('an unknown flag is refused with a usage message and exit code 2', async () => {
  const child = spawn(TSX, [CLI, '--bogus'], { stdio: ['pipe', 'pipe', 'pipe'] })
  let err = ''
  child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')))
  expect(await exited(child)).toBe(2)
  expect(err).toContain('unknown argument --bogus')
})
