// The sandbox posing as a sovereign cloud (`startSandbox({ cloud })`, `npm run sandbox -- --cloud NAME`): its Entra
// ID exchanges external tokens for its own cloud's token-exchange audience only (another cloud's is refused with
// AADSTS700212 whatever the credentials say; custom audiences are matched as they are), it issues ARM tokens only
// for its own cloud's ARM audiences, which its ARM accepts; the GitHub credential of the test principal and the
// webhook's projected tokens carry the cloud's audience; region, FQDN and real host names are the cloud's.
import { spawn } from 'node:child_process'
import { resolve } from 'node:path'
import { decodeJwt } from 'jose'
import { CLOUDS } from '../../../src/clouds.js'
import { startSandbox, type Sandbox } from '../index.js'
import { clusterFqdn, realHosts } from '../real-hosts.js'
import { armClients, assertionCredential, azureHalf, failure, principalCredential, type ArmClients } from './sdk.js'
import { TestIssuer } from './test-issuer.js'

const gov = CLOUDS.AzureUSGovernment
let sandbox: Sandbox
let arm: ArmClients
let issuer: TestIssuer

beforeAll(async () => {
  sandbox = await startSandbox({ cloud: 'AzureUSGovernment' })
  arm = armClients(sandbox, principalCredential(sandbox), 0)
  issuer = await new TestIssuer().start(sandbox.tls)
})
afterAll(async () => {
  await issuer.stop()
  await sandbox.stop()
})

const aadCode = async (p: Promise<unknown>): Promise<string> => /AADSTS(\d+)/.exec((await failure(p)).message)?.[1] ?? 'none'

/** An identity whose credential trusts the test issuer for apps:web with `audience`. */
async function federated(name: string, audience: string) {
  const id = await arm.msi.userAssignedIdentities.createOrUpdate('rg-identities', name, { location: 'usgovvirginia' })
  await arm.msi.federatedIdentityCredentials.createOrUpdate('rg-identities', name, 'fic-web', { issuer: issuer.url, subject: 'system:serviceaccount:apps:web', audiences: [audience] })
  return id
}

test("Entra ID exchanges the cloud's token-exchange audience, refuses another cloud's with AADSTS700212 even when a credential holds it, and matches custom ones", async () => {
  const scope = `${sandbox.urls.arm}/.default`
  const own = await federated('id-gov', gov.tokenExchangeAudience)
  const ok = await assertionCredential(sandbox, own.clientId!, () => issuer.token('apps', 'web', { aud: [gov.tokenExchangeAudience] })).getToken(scope)
  expect(decodeJwt(ok.token).oid).toBe(own.principalId)

  // A credential made for the public cloud (ARM stores it: Azure validates no audience) is of no use here.
  const pub = await federated('id-pub', CLOUDS.AzureCloud.tokenExchangeAudience)
  const refused = assertionCredential(sandbox, pub.clientId!, () => issuer.token('apps', 'web', { aud: [CLOUDS.AzureCloud.tokenExchangeAudience] }))
  const e = await failure(refused.getToken(scope))
  expect(e.message).toContain("AADSTS700212: No matching federated identity record found for presented assertion audience 'api://AzureADTokenExchange'")

  // An audience of no cloud is an ordinary value, matched against the credentials.
  const custom = await federated('id-custom', 'api://my-exchange')
  expect((await assertionCredential(sandbox, custom.clientId!, () => issuer.token('apps', 'web', { aud: ['api://my-exchange'] })).getToken(scope)).token).toBeTruthy()
  expect(await aadCode(assertionCredential(sandbox, custom.clientId!, () => issuer.token('apps', 'web', { aud: ['api://other'] })).getToken(scope))).toBe('70021')
})

test("ARM tokens only for the cloud's ARM audiences: its classic resource URI works, the public cloud's is no resource here", async () => {
  const classic = await principalCredential(sandbox).getToken(`${gov.armAudiences[0]}/.default`)
  expect(decodeJwt(classic.token).aud).toBe(gov.armAudiences[0])
  // ARM takes it (as it takes one for its own URL).
  const asClassic = armClients(sandbox, { getToken: async () => classic }, 0)
  expect((await asClassic.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')).location).toBe('usgovvirginia')
  expect(await aadCode(principalCredential(sandbox).getToken('https://management.core.windows.net//.default'))).toBe('500011')
  expect(await aadCode(principalCredential(sandbox).getToken('https://management.azure.com/.default'))).toBe('500011')
})

test("the test principal's GitHub credential, the inputs and the cluster are the cloud's", async () => {
  const gh = azureHalf(sandbox).world.principalByAppId(sandbox.env.AZURE_CLIENT_ID!)!.federated[0]!
  expect(gh.audiences).toEqual([gov.tokenExchangeAudience])
  const cred = assertionCredential(sandbox, sandbox.env.AZURE_CLIENT_ID!, () => azureHalf(sandbox).githubIdToken(gov.tokenExchangeAudience))
  expect((await cred.getToken(`${sandbox.urls.arm}/.default`)).token).toBeTruthy()
  expect(sandbox.inputs.environment).toBe('AzureUSGovernment')
  const cluster = await arm.aks.managedClusters.get('rg-aks-sandbox', 'aks-sandbox')
  expect(cluster.fqdn).toBe('aks-sandbox-dns-7f3a9b2c.hcp.usgovvirginia.cx.aks.containerservice.azure.us')
})

test('real-hosts names follow the cloud', () => {
  const names = Object.fromEntries(realHosts({ location: 'chinanorth3', dnsPrefix: 'aks-sandbox-dns', cloud: CLOUDS.AzureChinaCloud })
      .filter((h) => !h.alias)
      .map((h) => [h.service, h.host]))
  expect(names).toMatchObject({
    arm: 'management.chinacloudapi.cn',
    entra: 'login.chinacloudapi.cn',
    oidc: 'chinanorth3.oic.prod-aks.azure.cn',
    kube: 'aks-sandbox-dns-7f3a9b2c.hcp.chinanorth3.cx.prod.service.azk8s.cn'
  })
  expect(clusterFqdn('x-dns', 'eastus')).toBe('x-dns-7f3a9b2c.hcp.eastus.azmk8s.io')
  // MSAL sends China's requests to login.partner.microsoftonline.cn: the same Entra, at the same address.
  const china = realHosts({ location: 'chinanorth3', dnsPrefix: 'aks-sandbox-dns', cloud: CLOUDS.AzureChinaCloud })
  expect(china.filter((h) => h.service === 'entra').map((h) => [h.host, h.ip, h.alias])).toEqual([
    ['login.chinacloudapi.cn', '127.0.10.2', undefined],
    ['login.partner.microsoftonline.cn', '127.0.10.2', true]
  ])
})

/** `npm run sandbox -- ARGS` as its own process group: its first stdout line, or its exit code and stderr; always stopped. */
async function sandboxCli(args: string[]): Promise<{ line?: string; code?: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/sandbox/cli.ts'), ...args], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  let stderr = ''
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  try {
    return await new Promise((done) => {
      let out = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        if (out.includes('\n')) done({ line: out.split('\n')[0]!, stderr })
      })
      child.on('exit', (code) => done({ code, stderr }))
    })
  } finally {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

test('npm run sandbox -- --cloud AzureUSGovernment poses as that cloud; an unknown cloud is refused', async () => {
  const { line, stderr } = await sandboxCli(['--cloud', 'azureusgovernment'])
  expect(stderr).toBe('')
  const info = JSON.parse(line!) as { cloud: string; inputs: Record<string, string> }
  expect(info.cloud).toBe('AzureUSGovernment')
  expect(info.inputs.environment).toBe('AzureUSGovernment')
  const bad = await sandboxCli(['--cloud', 'USNat'])
  expect(bad.code).toBe(2)
  expect(bad.stderr).toContain('--cloud needs one of AzureCloud, AzureUSGovernment, AzureChinaCloud')
}, 30_000)
