// The run's shared HTTPS agents (src/https-agents.ts) against the sandbox: the Kubernetes client makes a new agent
// for every request, which the transport swaps for the run's shared keep-alive one, so that a request after an
// answer reuses its connection; the Azure SDK clients and credentials get the shared agent unless a proxy is set.
import { createRequire } from 'node:module'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { coreApi, reachCluster } from '../../src/kube/client.js'
import { clientOptions } from '../../src/azure/clients.js'
import { proxyConfigured, sharedHttpsAgent } from '../../src/https-agents.js'
import { armClients, azureHalf, principalCredential } from '../sandbox/azure/sdk.js'

// The CommonJS `tls` object https.Agent connects through: counting its connect() counts TLS handshakes.
const tls = createRequire(import.meta.url)('node:tls') as typeof import('node:tls')
let connections = 0
const connect = tls.connect
let sb: Sandbox

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  tls.connect = ((...args: Parameters<typeof connect>) => {
    connections++
    return connect(...args)
  }) as typeof connect
})
afterAll(async () => {
  tls.connect = connect
  await sb.stop()
})

test('Kubernetes reads one after another share one TLS connection (the client alone makes one per request)', async () => {
  const reached = await reachCluster({
    kubeconfigInput: sb.files.kubeconfig!,
    env: {},
    mask: () => undefined,
    aks: {
      credential: principalCredential(sb),
      client: armClients(sb, principalCredential(sb)).aks,
      resourceGroup: azureHalf(sb).settings.resourceGroup,
      clusterName: azureHalf(sb).settings.clusterName,
      kind: 'user'
    }
  })
  const core = await coreApi(reached.kubeConfig)
  const before = connections
  const since = sb.log.all().length
  for (let i = 0; i < 3; i++) await core.listNamespace()
  expect(sb.log.all().slice(since).filter((e) => e.service === 'kube' && e.method === 'GET')).toHaveLength(3)
  expect(connections - before).toBe(1)
})

test('the same TLS options give the same agent, with keep-alive; other options another', () => {
  const a = sharedHttpsAgent({ ca: sb.tls.caPem })
  expect(sharedHttpsAgent({ ca: sb.tls.caPem })).toBe(a)
  expect(a.options.keepAlive).toBe(true)
  expect(sharedHttpsAgent({ ca: sb.tls.caPem, servername: 'other.example' })).not.toBe(a)
  expect(sharedHttpsAgent()).not.toBe(a)
})

test('the Azure clients get the shared agent, unless a proxy is configured (the SDK proxy agent would be replaced)', () => {
  const saved = process.env.HTTPS_PROXY
  try {
    delete process.env.HTTPS_PROXY
    if (proxyConfigured()) return // the machine itself sends through a proxy: nothing to compare
    expect((clientOptions(sb.tls.caPem) as { agent?: unknown }).agent).toBe(sharedHttpsAgent({ ca: sb.tls.caPem }))
    process.env.HTTPS_PROXY = 'http://proxy.example:3128'
    expect((clientOptions(sb.tls.caPem) as { agent?: unknown }).agent).toBeUndefined()
  } finally {
    if (saved === undefined) delete process.env.HTTPS_PROXY
    else process.env.HTTPS_PROXY = saved
  }
  expect(proxyConfigured({ https_proxy: 'http://p:1' })).toBe(true)
  expect(proxyConfigured({})).toBe(false)
})
