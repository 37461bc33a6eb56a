// Real-hosts mode: `npm run sandbox -- --real-hosts` makes its own network namespace and serves Azure's and
// GitHub's real names there on 443 (checked from inside with nsenter: the names resolve to loopback, TLS with the
// sandbox CA, Entra's instance discovery and ARM's challenge), its admin API answers on a Unix socket from
// outside, and it stops cleanly on SIGTERM. Outside a namespace, startSandbox({ realHosts }) refuses to start.
import { spawn, execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { startSandbox } from './index.js'
import { SandboxClient } from './client.js'
import { namespaceUnavailable, realHosts } from './real-hosts.js'

const why = namespaceUnavailable()
const maybe = why ? test.skip : test

test('outside a namespace whose hosts file maps the names, real-hosts mode does not start', async () => {
  // Skipped when this process itself sees the names on loopback (it runs inside such a namespace).
  const local = await import('node:dns/promises').then((d) => d.lookup('management.azure.com', { family: 4 }).then((a) => a.address, () => ''))
  if (local === '127.0.10.1') return
  await expect(startSandbox({ realHosts: true })).rejects.toThrow(/real-hosts mode: management\.azure\.com resolves to .*, not 127\.0\.10\.1\. Start it inside a network namespace/)
})

maybe(`npm run sandbox -- --real-hosts: the real names on 443 inside its namespace, the admin API outside${why ? ` (skipped: ${why})` : ''}`, async () => {
  const dir = await mkdtemp(join(tmpdir(), 'aks-wi-realhosts-'))
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/sandbox/cli.ts'), '--real-hosts', '--dir', dir], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } })
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {
      // gone
    }
  }
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  try {
    const line = await new Promise<string>((done, fail) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('\n')) done(out.split('\n')[0]!)
      })
      child.on('exit', (code) => fail(new Error(`sandbox exited (${code}) before its line: ${stderr}`)))
    })
    const info = JSON.parse(line) as { urls: Record<string, string>; pid: number; caFile: string; adminSocket: string; enter: string; env: Record<string, string> }
    const names = realHosts({ location: 'eastus', dnsPrefix: 'aks-sandbox-dns' })
    expect(info.urls).toMatchObject({
      arm: 'https://management.azure.com',
      entra: 'https://login.microsoftonline.com',
      oidc: 'https://eastus.oic.prod-aks.azure.com',
      kube: 'https://aks-sandbox-dns-7f3a9b2c.hcp.eastus.azmk8s.io',
      github: 'https://api.github.com',
      idtoken: 'https://token.actions.githubusercontent.com'
    })
    expect(info.env.REQUESTS_CA_BUNDLE).toBe(info.caFile)
    expect(info.enter).toBe(`nsenter --target ${info.pid} --net --mount --`)

    // From inside the namespace (nsenter): the names resolve to loopback and answer over TLS with the sandbox CA.
    const probe = `
      const dns = require('node:dns/promises')
      ;(async () => {
        const hosts = ${JSON.stringify(names.map((n) => n.host))}
        const addresses = await Promise.all(hosts.map((h) => dns.lookup(h, { family: 4 }).then((a) => a.address)))
        const discovery = await (await fetch('https://login.microsoftonline.com/common/discovery/instance?api-version=1.1&authorization_endpoint=https://login.microsoftonline.com/common/oauth2/authorize')).json()
        const arm = await fetch('https://management.azure.com/subscriptions?api-version=2022-12-01')
        console.log(JSON.stringify({ addresses, discovery, armStatus: arm.status, challenge: arm.headers.get('www-authenticate') }))
      })().catch((e) => { console.error(e); process.exit(1) })`
    const { stdout } = await promisify(execFile)('nsenter', ['--target', String(info.pid), '--net', '--mount', '--', process.execPath, '-e', probe], { env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: info.caFile }, timeout: 30_000 })
    const seen = JSON.parse(stdout) as { addresses: string[]; discovery: { tenant_discovery_endpoint: string }; armStatus: number; challenge: string }
    expect(seen.addresses).toEqual(names.map((n) => n.ip))
    expect(seen.discovery.tenant_discovery_endpoint).toMatch(/^https:\/\/login\.microsoftonline\.com\/[0-9a-f-]{36}\/v2\.0\/\.well-known\/openid-configuration$/)
    expect(seen.armStatus).toBe(401)
    expect(seen.challenge).toContain('authorization_uri="https://login.microsoftonline.com/')

    // Outside: the names are not there, but the admin API answers on its Unix socket.
    const admin = new SandboxClient(info.urls.admin!, await readFile(info.caFile, 'utf8'), info.adminSocket)
    const log = await admin.log()
    expect(log.map((e) => `${e.service} ${e.operation} ${e.status}`)).toEqual(['entra entra.instance-discovery 200', 'arm Subscriptions_List 401'])
    await admin.close()

    const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)))
    process.kill(info.pid, 'SIGTERM')
    expect(await exit).toBe(0)
  } finally {
    killGroup()
  }
}, 60_000)
