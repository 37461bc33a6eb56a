// `npm run demo`: starts the sandbox (emulated Azure, AKS and GitHub) and runs the BUILT action against it exactly
// as GitHub's runner would (dist/index.js in a child process, INPUT_* variables, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, GitHub OIDC sign-in through the runner's ID-token endpoint), in four phases:
//   1. a fresh apply with two runners, 2. the same run again: nothing to change, 3. drift made behind the
//   action's back and caught by `mode: plan`, 4. destroy.
import { KubeConfig, CoreV1Api } from '@kubernetes/client-node'
import { SandboxClient } from '../test/sandbox/client.js'
import { startSandbox, type Sandbox } from '../test/sandbox/index.js'
import { runAction, type ActionRun } from '../test/helpers/run-action.js'

const color = process.stdout.isTTY && !process.env.NO_COLOR
const paint = (code: string) => (s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s)
const bold = paint('1')
const dim = paint('2')
const green = paint('32')
const yellow = paint('33')
const red = paint('31')

/** The action's stdout as a person reads it in the Actions UI: workflow commands rendered, masks hidden. */
function readable(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !/^::(add-mask|debug|endgroup|set-output|save-state)/.test(l) && l.trim() !== '')
    .map((l) => {
      const m = /^::(error|warning|notice)(?: [^:]*)?::(.*)$/.exec(l)
      if (m) {
        const text = m[2]!.replace(/%0A/g, '\n    ').replace(/%25/g, '%')
        return m[1] === 'error' ? red(`  ✖ ${text}`) : m[1] === 'warning' ? yellow(`  ⚠ ${text}`) : `  ℹ ${text}`
      }
      const g = /^::group::(.*)$/.exec(l)
      if (g) return bold(`  ▸ ${g[1]}`)
      return `  ${l}`
    })
    .join('\n')
}

async function phase(sb: Sandbox, title: string, inputs: Record<string, string>, expectCode: number): Promise<ActionRun> {
  console.log('\n' + bold(`━━ ${title} ━━`))
  const since = sb.log.all().length
  const started = Date.now()
  const run = await runAction(inputs, sb.env)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const requests = sb.log.all().slice(since)
  const writes = requests.filter((e) => e.write)
  console.log(readable(run.stdout))
  const outcome = run.code === expectCode ? green(run.code === 0 ? 'succeeded' : 'failed, as expected') : red(`exit code ${run.code}, expected ${expectCode}`)
  console.log(dim(`  → step ${outcome}${color ? '' : ''} in ${seconds} s; ${requests.length} requests to the sandbox, ${writes.length} of them writes`))
  if (run.code !== expectCode) {
    console.error(run.stderr)
    throw new Error(`${title}: unexpected exit code ${run.code}`)
  }
  return run
}

async function main(): Promise<void> {
  console.log(bold('aks-workload-identity demo') + dim(' (everything runs locally against the sandbox; nothing reaches Azure or GitHub)'))
  const sb = await startSandbox({ kube: { podLifecycle: 'timers', podStartMs: 300, githubRunnerLink: true } })
  const admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
  try {
    console.log(dim(`  sandbox: ARM ${sb.urls.arm}, Entra ID ${sb.urls.entra}, Kubernetes ${sb.urls.kube}, GitHub ${sb.urls.github}`))
    const workload = {
      ...sb.inputs,
      'identity-name': 'id-orders-api',
      namespace: 'orders',
      'service-account-name': 'orders-api',
      role: 'Reader',
      scope: `/subscriptions/${sb.subscriptionId}/resourceGroups/${sb.inputs['resource-group']}`,
      'runner-count': '2',
      'runner-name-prefix': 'orders-runner'
    }

    const first = await phase(sb, '1. apply: a fresh cluster, everything created', workload, 0)
    for (const k of ['client-id', 'oidc-issuer-url', 'federated-credential-name', 'runner-names', 'verified']) {
      if (first.outputs[k] !== undefined) console.log(`  ${dim('output')} ${k} = ${first.outputs[k]!.split('\n').join(', ')}`)
    }

    const runners = await admin.github.runners()
    console.log(`  ${dim('GitHub lists')} ${runners.map((r) => `${r.name} (${r.status}${r.busy ? ', busy' : ''})`).join(', ')}`)

    await phase(sb, '2. apply again: nothing to change, zero writes', workload, 0)

    console.log('\n' + bold('━━ 3. drift behind the action\'s back ━━'))
    const identityId = first.outputs['identity-id']!
    const ficId = `${identityId}/federatedIdentityCredentials/${first.outputs['federated-credential-name']}`
    await admin.azure.alterResource(ficId, { subject: 'system:serviceaccount:orders:someone-else' })
    console.log(`  someone changed the federated credential's subject to system:serviceaccount:orders:someone-else`)
    const kc = new KubeConfig()
    kc.loadFromFile(sb.files.kubeconfig!)
    const core = kc.makeApiClient(CoreV1Api)
    const runner = first.outputs['runner-names']?.split('\n')[0]
    if (runner) {
      await core.deleteNamespacedPod({ name: runner, namespace: 'orders' })
      console.log(`  someone deleted the runner pod ${runner}`)
    }
    await phase(sb, '3. plan: the drift check finds both, changes nothing, and fails the step', { ...workload, mode: 'plan', 'fail-on-drift': 'true' }, 1)

    await phase(sb, '4. destroy: removes what the action created, and only that', { ...workload, mode: 'destroy' }, 0)
    console.log('\n' + green('Demo complete: apply, an idempotent re-run, a drift check and a teardown, all with the built action.'))
  } finally {
    await admin.close()
    await sb.stop()
  }
}

main().catch((err: unknown) => {
  console.error(red(`demo failed: ${err instanceof Error ? err.message : String(err)}`))
  process.exitCode = 1
})
