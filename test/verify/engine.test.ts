// Verification inside the run (issue 7, `verify: true`): the engine in-process against the whole sandbox.
// Apply verifies after converging and fails the step when verification fails; plan verifies only when nothing
// drifted, and with zero writes; both set the `verified` output and add a section to the job summary.
import { ALL_KINDS, execute } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { FAST, idTokenFrom, recordingSink, settingsFor, type Recorded } from '../engine/helpers.js'
import { setWebhook } from '../kube/helpers.js'
import { SandboxClient } from '../sandbox/client.js'
import { azureHalf } from '../sandbox/azure/sdk.js'
import type { RunResult } from '../../src/engine.js'

let sb: Sandbox
const rg = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`

/** The whole action (every kind), without runners; returns the sink even when the run fails. */
async function runAction(inputs: Record<string, string> = {}): Promise<{ sink: Recorded; result?: RunResult; error?: Error }> {
  const sink = recordingSink()
  try {
    const result = await execute(settingsFor(sb, { role: 'Reader', scope: rg(), ...inputs }), {
      ...FAST,
      sink,
      env: sb.env,
      ca: sb.tls.caPem,
      idToken: idTokenFrom(sb),
      azOnPath: async () => false,
      kinds: ALL_KINDS,
      desired: desiredState
    })
    return { sink, result }
  } catch (error) {
    return { sink, error: error as Error }
  }
}

const lastSeq = () => sb.log.all().at(-1)?.seq ?? 0
const since = (seq: number) => sb.log.all().filter((e) => e.seq > seq)

beforeAll(async () => {
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 50 } } })
}, 30_000)
afterAll(async () => sb?.stop())
beforeEach(() => sb.reset())

test('apply verifies what it converged: output verified=true, a summary section, the token masked and never shown', async () => {
  const { sink, error } = await runAction()
  expect(error).toBeUndefined()
  expect(sink.outputs.verified).toBe('true')
  const summary = sink.summaries.join('\n')
  expect(summary).toContain('#### Verification')
  expect(summary).toContain('✅ **Verified**')
  expect(summary).toContain(`| Reader at \`${rg()}\` | ✅ | HTTP 200 |`)
  // The proof went through the real APIs, including the dry-run pod for the webhook (no runners to show it).
  const ops = sb.log.all().map((e) => e.operation)
  expect(ops).toEqual(expect.arrayContaining(['kube.serviceaccounts.token', 'ResourceGroups_Get']))
  expect(sb.log.all().some((e) => e.method === 'POST' && /\/pods\?.*dryRun=All/.test(e.path))).toBe(true)
  // The service-account token was masked, and is nowhere in what the run wrote.
  const jwt = sink.secrets.filter((s) => s.split('.').length === 3 && s.includes('eyJ'))
  expect(jwt.length).toBeGreaterThan(0)
  const everything = [...sink.lines, ...sink.warnings, ...Object.values(sink.outputs), ...sink.summaries].join('\n')
  for (const t of jwt) expect(everything).not.toContain(t.split('.')[2])
})

test('plan on a converged state verifies too, with zero writes', async () => {
  await runAction()
  const seq = lastSeq()
  const { sink, error } = await runAction({ mode: 'plan' })
  expect(error).toBeUndefined()
  expect(sink.outputs).toMatchObject({ drift: 'false', changes: '0', verified: 'true' })
  expect(since(seq).filter((e) => e.write)).toEqual([])
  expect(since(seq).map((e) => e.operation)).toContain('kube.serviceaccounts.token')
})

test('plan with drift does not verify (the fix is to apply first)', async () => {
  await runAction()
  const ra = [...azureHalf(sb).world.roleAssignments.values()].find((r) => r.scope === rg())!
  const admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
  await admin.azure.deleteResource(ra.id)
  await admin.close()
  const seq = lastSeq()
  const { sink } = await runAction({ mode: 'plan', 'fail-on-drift': 'false' })
  expect(sink.outputs.drift).toBe('true')
  expect(sink.outputs.verified).toBeUndefined()
  expect(since(seq).map((e) => e.operation)).not.toContain('kube.serviceaccounts.token')
})

test('apply fails the step when verification fails (webhook off), with the diagnosis, verified=false and ❌ in the summary', async () => {
  await setWebhook(sb, false)
  try {
    const { sink, error } = await runAction()
    expect(error?.message).toMatch(/^Verification failed: .*webhook-off/s)
    expect(sink.outputs.verified).toBe('false')
    expect(sink.warnings.join('\n')).toContain('Verification failed (webhook-off)')
    expect(sink.summaries.join('\n')).toContain('❌ **Not verified**')
    // The failed run's summary leads with ✖, not with the changes that went through (issue 12, honest reporting).
    const head = sink.summaries.join('\n').split('\n').find((l) => l && !l.startsWith('#'))
    expect(head).toMatch(/^✖ \*\*Not verified:\*\* \d+ resource\(s\) changed, but the verification failed: failed: webhook-off/)
    expect(sink.summaries.join('\n')).not.toMatch(/✅ \*\*(Applied|Up to date)/)
  } finally {
    await setWebhook(sb, true)
  }
})

test('verify: false skips it entirely', async () => {
  const { sink, error } = await runAction({ verify: 'false' })
  expect(error).toBeUndefined()
  expect(sink.outputs.verified).toBeUndefined()
  expect(sb.log.all().map((e) => e.operation)).not.toContain('kube.serviceaccounts.token')
})
