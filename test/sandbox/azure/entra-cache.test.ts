// Honest latency: when Entra checks a service-account token it reads the issuer's discovery document and JWKS.
// Those reads are the sandbox's own (internal), not the client's: Entra caches them as Entra does (one fetch per
// issuer for ISSUER_KEYS_TTL_MS of the sandbox clock, concurrent checks sharing it), and injected latency is not
// charged to them. Everything here is counted from the request log; nothing is timed.
import { Agent, fetch } from 'undici'
import { startSandbox, type Sandbox } from '../index.js'
import { clientRequests } from '../log-analysis.js'
import { armClients, azureHalf, principalCredential } from './sdk.js'
import { ISSUER_KEYS_TTL_MS } from './entra.js'
import { sandboxClients, type KubeClients } from '../kube/testkit.js'

let sb: Sandbox
let k: KubeClients
let agent: Agent
let clientId: string
const ns = 'cache'
const audience = 'api://AzureADTokenExchange'

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  k = sandboxClients(sb)
  agent = new Agent({ connect: { ca: sb.tls.caPem } })
  const arm = armClients(sb, principalCredential(sb))
  const { resourceGroup, clusterName } = azureHalf(sb).settings
  const cluster = await arm.aks.managedClusters.get(resourceGroup, clusterName)
  const identity = await arm.msi.userAssignedIdentities.createOrUpdate(resourceGroup, 'id-cache', { location: cluster.location })
  await arm.msi.federatedIdentityCredentials.createOrUpdate(resourceGroup, 'id-cache', 'fic-app', {
    issuer: cluster.oidcIssuerProfile!.issuerURL!,
    subject: `system:serviceaccount:${ns}:app`,
    audiences: [audience]
  })
  clientId = identity.clientId!
  await k.core.createNamespace({ body: { metadata: { name: ns } } })
  await k.core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: 'app' } } })
}, 30_000)
afterAll(async () => {
  await agent?.close()
  await sb?.stop()
})

const tokenFor = async () =>
  (await k.core.createNamespacedServiceAccountToken({ namespace: ns, name: 'app', body: { spec: { audiences: [audience], expirationSeconds: 3600 } } })).status!.token

/** One client-credentials request with the service-account token as the assertion; the AADSTS code, or 'ok'. */
async function exchange(assertion: string): Promise<string> {
  const res = await fetch(`${sb.urls.entra}/${sb.tenantId}/oauth2/v2.0/token`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope: `${sb.urls.arm}/.default`
    }).toString()
  })
  const body = (await res.json()) as { access_token?: string; error_description?: string }
  return res.status === 200 && body.access_token ? 'ok' : (/AADSTS(\d+)/.exec(body.error_description ?? '')?.[1] ?? `HTTP ${res.status}`)
}

const since = () => sb.log.lastSeq
const entries = (from: number) => sb.log.all().filter((e) => e.seq > from)
const issuerReads = (from: number) => entries(from).filter((e) => e.service === 'oidc')

describe("Entra's reads of the issuer", () => {
  it('are fetched once for many assertions, concurrent or not, logged as internal and never charged latency', async () => {
    const steady = sb.faults.add({ latencyMs: 5 })
    // A one-off latency spike on the issuer: an internal read must neither feel it nor spend it.
    const spike = sb.faults.add({ service: 'oidc', kind: 'latency', latencyMs: 5, times: 1 })
    try {
      const tokens = await Promise.all([1, 2, 3, 4, 5, 6].map(() => tokenFor()))
      const from = since()
      expect(await Promise.all(tokens.slice(0, 4).map(exchange))).toEqual(['ok', 'ok', 'ok', 'ok'])
      for (const t of tokens.slice(4)) expect(await exchange(t)).toBe('ok')

      const reads = issuerReads(from)
      expect(reads.map((e) => e.operation).sort()).toEqual(['oidc.jwks', 'oidc.openid-configuration'])
      for (const e of reads) {
        expect(e.internal).toBe(true)
        expect(e.latencyMs).toBeUndefined()
        expect(e.spikes).toBeUndefined()
      }
      expect(sb.faults.list().find((r) => r.id === spike)?.times).toBe(1)
      // The client's own requests are charged, and are all that clientRequests() counts.
      const tokenRequests = entries(from).filter((e) => e.operation === 'entra.token')
      expect(tokenRequests).toHaveLength(6)
      for (const e of tokenRequests) expect(e.latencyMs).toBe(5)
      expect(clientRequests(entries(from))).toEqual(tokenRequests)
    } finally {
      sb.faults.remove(steady)
      sb.faults.remove(spike)
    }
  })

  it('are fetched again once the cache lifetime has passed on the sandbox clock', async () => {
    const from = since()
    expect(await exchange(await tokenFor())).toBe('ok')
    expect(issuerReads(from)).toHaveLength(0)
    sb.ctx.clock.advance(ISSUER_KEYS_TTL_MS + 1000)
    expect(await exchange(await tokenFor())).toBe('ok')
    expect(issuerReads(from).map((e) => e.operation).sort()).toEqual(['oidc.jwks', 'oidc.openid-configuration'])
  })

  it('do not hide an issuer switched off behind a cached copy (AADSTS90061), and a failed read is not cached', async () => {
    const token = await tokenFor()
    azureHalf(sb).patchCluster({ oidcIssuerEnabled: false })
    try {
      const from = since()
      expect(await exchange(token)).toBe('90061')
      expect(await exchange(token)).toBe('90061')
      // Each check tried the issuer again: the discovery document answered 404 twice.
      expect(issuerReads(from).map((e) => `${e.operation} ${e.status}`)).toEqual(['oidc.openid-configuration 404', 'oidc.openid-configuration 404'])
    } finally {
      azureHalf(sb).patchCluster({ oidcIssuerEnabled: true })
    }
    expect(await exchange(await tokenFor())).toBe('ok')
  })
})
