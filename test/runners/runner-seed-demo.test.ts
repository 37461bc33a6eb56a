// The seed's own demo, end to end in the sandbox: a plain `mcr.microsoft.com/azure-cli` pod running
// `sleep 3600` with the workload identity (runner-kind pod, every default), created and mutated by the webhook,
// and the token exchange its `az login --federated-token` would do succeeding, through the verify step's
// module: a TokenRequest token for the pod's service account, with the audience the webhook projects,
// exchanged at the sandbox's Entra ID with ClientAssertionCredential for an ARM token.
import type { CoreV1Api } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { run } from '../engine/helpers.js'
import { ALL_KINDS } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { adminCore } from '../kube/helpers.js'
import { runnerSelector } from '../kube/helpers.js'
import { checkInjection } from '../../src/kube/injection.js'
import { verifyIdentity } from '../../src/verify/proof.js'
import { restrictedViolations } from '../kube/pod-security.js'

let sb: Sandbox
let api: CoreV1Api

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
  api = adminCore(sb)
})
afterAll(async () => sb?.stop())

test("the seed's azure-cli pod: created, mutated, and its federated-token sign-in succeeds", async () => {
  const result = await run(sb, { 'runner-kind': 'pod', 'runner-count': '1' }, { kinds: ALL_KINDS, desired: desiredState, githubFetch: caFetch(sb.tls.caPem), pollIntervalMs: 50 })
  const clientId = result.sink.outputs['client-id']!
  const [pod, ...more] = (await api.listNamespacedPod({ namespace: 'apps', labelSelector: runnerSelector('app-sa') })).items
  expect(more).toEqual([])

  // The seed's pod: the azure-cli image, `sleep 3600`, the label and the service account; Running.
  const c = pod!.spec!.containers[0]!
  expect(c.image).toMatch(/^mcr\.microsoft\.com\/azure-cli:\d+\.\d+\.\d+$/)
  expect([...(c.command ?? []), ...(c.args ?? [])]).toEqual(['sleep', '3600'])
  expect(pod!.metadata?.labels?.['azure.workload.identity/use']).toBe('true')
  expect(pod!.status?.phase).toBe('Running')
  expect(restrictedViolations(pod!)).toEqual([])

  // Mutated: what `az login --federated-token "$(cat $AZURE_FEDERATED_TOKEN_FILE)"` reads is all there.
  const injection = checkInjection(pod!, { clientId, audience: 'api://AzureADTokenExchange', serviceAccount: 'app-sa' })
  expect(injection).toMatchObject({ ok: true })
  const env = new Map((c.env ?? []).map((e) => [e.name, e.value]))
  expect(env.get('AZURE_CLIENT_ID')).toBe(clientId)
  expect(env.get('AZURE_TENANT_ID')).toBe(sb.tenantId)

  // The exchange az would do, as the verify step does it: the pod's service account token → Entra → ARM token.
  const masked: string[] = []
  const verified = await verifyIdentity({
    kube: api,
    namespace: 'apps',
    serviceAccount: 'app-sa',
    audience: 'api://AzureADTokenExchange',
    tenantId: env.get('AZURE_TENANT_ID')!,
    clientId: env.get('AZURE_CLIENT_ID')!,
    authorityHost: env.get('AZURE_AUTHORITY_HOST')!.replace(/\/+$/, ''),
    armEndpoint: sb.inputs['arm-endpoint']!,
    checks: [],
    webhook: false,
    mask: (s) => void masked.push(s),
    clientOptions: { tlsOptions: { ca: sb.tls.caPem } },
    budgetMs: 5_000,
    retryDelayMs: 50
  })
  expect(verified.diagnoses).toEqual([])
  expect(verified).toMatchObject({ verified: true, exchanged: true })
  expect(verified.claims?.sub).toBe('system:serviceaccount:apps:app-sa')
  expect(masked).toHaveLength(1)
})
