// Issue 18 item 4, private clusters: with the sandbox's API server marked private (connections from outside the
// cluster's network dropped), a direct run fails and says to use `cluster-access: run-command`; a run-command run
// sends every Kubernetes request through AKS run-command (the sandbox runs the real kubectl inside the "network")
// and converges, a re-run writes nothing to Kubernetes, and plan through run-command finds drift.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import type { CoreV1Api } from '@kubernetes/client-node'
import { KubeConfig, CoreV1Api as CoreApi } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import type { KubeSandboxView } from '../sandbox/kube/index.js'
import { ALL_KINDS, execute } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { azure, FAST, idTokenFrom, settingsFor } from '../engine/helpers.js'
import { annotatingSink, BASE_INPUTS, lastSeq, runAll, SANDBOX_OPTIONS } from '../modes/helpers.js'

let sb: Sandbox
/** A client inside the cluster's network (by the API server's in-network name): how the test looks at the cluster. */
let inside: CoreV1Api
const RUN_COMMAND = { 'cluster-access': 'run-command' }
const kube = () => sb.ctx.parts.kube as KubeSandboxView
const SHORT = { attempts: 2, initialDelayMs: 10, maxDelayMs: 20, attemptTimeoutMs: 2_000, attemptTimeoutStepMs: 0, maxAttemptTimeoutMs: 2_000, maxRetryAfterMs: 100 }

/** Kubernetes writes the API server received after `since` (the run-command pod's kubectl included). */
const kubeWritesSince = (since: number) => sb.log.all().filter((e) => e.seq > since && e.service === 'kube' && e.write)
const commands = () => [...azure(sb).runCommands.values()]

beforeAll(async () => {
  sb = await startSandbox({ ...SANDBOX_OPTIONS, kube: { private: true } })
  const kc = new KubeConfig()
  kc.loadFromString(kube().commandKubeconfig!(undefined))
  inside = kc.makeApiClient(CoreApi)
})
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

describe('a private API server', () => {
  it('refuses a direct run, which says to use cluster-access: run-command', async () => {
    const since = lastSeq(sb)
    const { error } = await runFailingWith({})
    expect(error.message).toMatch(/cluster-access: run-command/)
    expect(error.message).toMatch(/does not answer this runner/)
    // The API server answered nothing: every attempt was dropped.
    const kubeEntries = sb.log.all().filter((e) => e.seq > since && e.service === 'kube')
    expect(kubeEntries.length).toBeGreaterThan(0)
    expect(kubeEntries.every((e) => e.status === 0)).toBe(true)
    expect(commands()).toEqual([])
  })

  it('converges through run-command, and a re-run makes no Kubernetes writes', async () => {
    const first = await runAll(sb, RUN_COMMAND)
    expect(first.outputs.drift).toBe('true')
    const sa = await inside.readNamespacedServiceAccount({ name: 'app-sa', namespace: 'apps' })
    expect(sa.metadata?.annotations?.['azure.workload.identity/client-id']).toBe(first.outputs['client-id'])
    expect(sa.metadata?.managedFields?.some((m) => m.manager === 'aks-workload-identity' && m.operation === 'Apply')).toBe(true)
    // Every Kubernetes request went through run-command: each command the sandbox ran is one of the forms it parses.
    const ran = commands()
    expect(ran.length).toBeGreaterThan(0)
    expect(ran.every((c) => c.args !== undefined && c.exitCode !== 127)).toBe(true)
    expect(ran.filter((c) => c.write).map((c) => c.args![0])).toEqual(expect.arrayContaining(['apply']))

    const since = lastSeq(sb)
    const before = ran.length
    const again = await runAll(sb, RUN_COMMAND)
    expect(again.outputs.drift).toBe('false')
    expect(kubeWritesSince(since)).toEqual([])
    const second = commands().slice(before)
    expect(second.length).toBeGreaterThan(0)
    expect(second.filter((c) => c.write)).toEqual([])
    // The only Kubernetes traffic is the run-command pod's kubectl (by the in-network name): nothing direct.
    expect(sb.log.all().filter((e) => e.seq > since && e.service === 'kube' && e.status === 0)).toEqual([])
  })

  it('verifies end to end through run-command: the TokenRequest and the webhook dry run are run-commands too', async () => {
    const r = await runAll(sb, { ...RUN_COMMAND, verify: 'true' })
    expect(r.sink.lines.some((l) => /Verified in .*the service account's token signs in as the identity/.test(l))).toBe(true)
    const ran = commands().map((c) => c.command)
    expect(ran).toEqual(expect.arrayContaining([expect.stringMatching(/^kubectl create --raw \/api\/v1\/namespaces\/apps\/serviceaccounts\/app-sa\/token -f body\.json$/)]))
    expect(ran).toEqual(expect.arrayContaining([expect.stringMatching(/^kubectl create --raw '\/api\/v1\/namespaces\/apps\/pods\?dryRun=All.*' -f body\.json$/)]))
  })

  it('plan through run-command finds drift made inside the cluster, and writes nothing', async () => {
    await runAll(sb, RUN_COMMAND)
    await inside.patchNamespacedServiceAccount(
      {
        name: 'app-sa',
        namespace: 'apps',
        body: [{ op: 'replace', path: '/metadata/annotations/azure.workload.identity~1client-id', value: '00000000-0000-0000-0000-00000000dead' }]
      },
      // JSON patch, as `kubectl patch --type json` would send it.
      (await import('@kubernetes/client-node')).setHeaderOptions('Content-Type', 'application/json-patch+json')
    )
    const since = lastSeq(sb)
    const before = commands().length
    const plan = await runAll(sb, { ...RUN_COMMAND, mode: 'plan', 'fail-on-drift': 'false' })
    expect(plan.sink.outputs.drift).toBe('true')
    const drift = plan.sink.annotations.filter((a) => a.title?.startsWith('Drift: '))
    expect(drift.map((a) => a.title)).toEqual(['Drift: service-account:apps/app-sa'])
    expect(drift[0]!.message).toMatch(/00000000-0000-0000-0000-00000000dead/)
    expect(kubeWritesSince(since)).toEqual([])
    expect(commands().slice(before).filter((c) => c.write)).toEqual([])
    expect(commands().length).toBeGreaterThan(before)
  })
})

/** The whole action, expected to fail, with short transport retries (a dropped connection is retried, then reported). */
async function runFailingWith(inputs: Record<string, string>): Promise<{ error: Error }> {
  try {
    await execute(settingsFor(sb, { ...BASE_INPUTS, ...inputs }, sb.env), {
      ...FAST,
      kinds: ALL_KINDS,
      desired: desiredState,
      sink: annotatingSink(),
      env: sb.env,
      ca: sb.tls.caPem,
      idToken: idTokenFrom(sb, sb.env),
      azOnPath: async () => false,
      transport: SHORT
    })
  } catch (err) {
    return { error: err as Error }
  }
  throw new Error('the run was expected to fail')
}
