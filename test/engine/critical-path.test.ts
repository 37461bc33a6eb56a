// The critical path of a no-op run (issue 19, item 3): the longest chain of requests each of which starts only
// after another has answered. Measured with holds, not with time: every request of the run is held at the
// sandbox, and wave k is let go only once all of its requests have arrived (test/sandbox/log-analysis.ts,
// releaseInWaves). A request that waited for one it does not need arrives a wave late, and the run then waits for
// it forever: the test fails by jest's timeout, whatever the machine's load. docs/performance.md has the chain.
import { ALL_KINDS, execute } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { clientRequests, releaseInWaves, waveOf } from '../sandbox/log-analysis.js'
import { FAST, idTokenFrom, recordingSink, settingsFor } from './helpers.js'

let sb: Sandbox
const rg = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`

/** The whole action (both halves, no runners), as a run of the action does it. */
const runAll = (inputs: Record<string, string> = {}) =>
  execute(settingsFor(sb, { role: 'Reader', scope: rg(), verify: 'false', ...inputs }), {
    ...FAST,
    sink: recordingSink(),
    env: sb.env,
    ca: sb.tls.caPem,
    idToken: idTokenFrom(sb),
    azOnPath: async () => false,
    kinds: ALL_KINDS,
    desired: desiredState
  })

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 50 } } })
}, 30_000)
afterAll(async () => sb?.stop())

/** Every request the client makes; the sandbox's own (Entra reading the GitHub issuer's documents) go free. */
const holdAll = () => sb.faults.add({ hold: true, operation: '^(?!idtoken\\.(openid-configuration|jwks)$)' })

/** The run's requests by wave: `service operation`, sorted within a wave. */
function waves(since: number, releases: number[]): string[][] {
  const out: string[][] = []
  for (const e of clientRequests(sb.log.all().filter((x) => x.seq > since))) {
    const w = waveOf(e, releases)
    ;(out[w - 1] ??= []).push(`${e.service} ${e.operation}`)
  }
  return out.map((w) => w.sort())
}

test('a no-op run is 4 dependent round trips (+ MSAL discovering a host outside its built-in table)', async () => {
  await runAll()
  const since = sb.log.all().at(-1)?.seq ?? 0
  const hold = holdAll()
  try {
    const [releases, result] = await Promise.all([releaseInWaves(sb.faults, hold, [1, 2, 2, 5, 3]), runAll()])
    expect(result.plan.steps.every((s) => s.action === 'unchanged')).toBe(true)
    expect(waves(since, releases)).toEqual([
      // 1. GitHub's ID token: the only thing that needs nothing.
      ['idtoken idtoken.request'],
      // Not a round trip in production: MSAL takes the endpoints of Entra's public and sovereign hosts from its
      // built-in table (@azure/msal-common AuthorityMetadata); for any other host (the sandbox's) it reads the
      // discovery document, after the assertion. One per token request started together.
      ['entra entra.openid-configuration', 'entra entra.openid-configuration'],
      // 2. The ARM token, and the AKS server application's in parallel (the kubeconfig will need it).
      ['entra entra.token', 'entra entra.token'],
      // 3. Every ARM read at once, the cluster's user credential included: it needs only the token.
      [
        'arm FederatedIdentityCredentials_List',
        'arm ManagedClusters_Get',
        'arm ManagedClusters_ListClusterUserCredentials',
        'arm RoleDefinitions_List',
        'arm UserAssignedIdentities_Get'
      ],
      // 4. The role-assignment list (its filter needs the identity's principal ID) and the Kubernetes reads.
      ['arm RoleAssignments_ListForResourceGroup', 'kube kube.namespaces.get', 'kube kube.object.get']
    ])
    // Nothing was held past the last wave: the run's requests are exactly these.
    expect(clientRequests(sb.log.all().filter((x) => x.seq > since))).toHaveLength(13)
  } finally {
    sb.faults.remove(hold)
  }
})

test('with the cluster missing, the Kubernetes reads are not made and the kubeconfig fetch fails quietly', async () => {
  // The kubeconfig is fetched while the cluster is read; when there is no cluster its 404 is not the run's error.
  const since = sb.log.all().at(-1)?.seq ?? 0
  // The cluster's 404 is held until the kubeconfig request has answered: without it, a loaded machine can end the
  // run on the 404 before the parallel request is even sent (a race, not the behaviour under test).
  const hold = sb.faults.add({ hold: true, operation: '^ManagedClusters_Get$' })
  // (A request of this run: `next` also answers with one logged earlier, and the tests above fetched it too.)
  const fetched = sb.log.next((e) => e.seq > since && e.operation === 'ManagedClusters_ListClusterUserCredentials')
  const release = (async () => {
    await sb.faults.held(hold, 1)
    await fetched
    sb.faults.release(hold)
  })()
  const err = (await runAll({ 'cluster-name': 'aks-missing', mode: 'plan', 'fail-on-drift': 'false' }).catch((e: unknown) => e)) as Error
  await release
  sb.faults.remove(hold)
  const ops = clientRequests(sb.log.all().filter((x) => x.seq > since)).map((e) => e.operation)
  expect(ops).toContain('ManagedClusters_ListClusterUserCredentials')
  expect(ops.filter((o) => o.startsWith('kube.'))).toEqual([])
  // Whatever the run says about the missing cluster, it is not the kubeconfig's 404.
  if (err instanceof Error) expect(err.message).not.toMatch(/listClusterUserCredential|kubeconfig/i)
})

test('with verification: 3 more, starting once the service account is observed (+ MSAL discovering the sandbox host again)', async () => {
  await runAll({ verify: 'true' })
  const since = sb.log.all().at(-1)?.seq ?? 0
  const hold = holdAll()
  try {
    const [releases, result] = await Promise.all([releaseInWaves(sb.faults, hold, [1, 2, 2, 5, 3, 3, 1, 1, 1]), runAll({ verify: 'true' })])
    expect(result.outputs.verified).toBe('true')
    expect(waves(since, releases).slice(5)).toEqual([
      // 5. The service-account token, the webhook's dry-run pod and the role's definition, together.
      ['arm RoleDefinitions_List', 'kube kube.object.create', 'kube kube.serviceaccounts.token'],
      // The workload identity's own MSAL client: the sandbox's host again (see above).
      ['entra entra.openid-configuration'],
      // 6. The exchange at Entra ID (the service-account token for the identity's ARM token).
      ['entra entra.token'],
      // 7. The ARM read the role allows, as the identity, with that token.
      ['arm ResourceGroups_Get']
    ])
    expect(clientRequests(sb.log.all().filter((x) => x.seq > since))).toHaveLength(13 + 6)
  } finally {
    sb.faults.remove(hold)
  }
})
