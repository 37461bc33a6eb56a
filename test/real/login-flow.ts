// A job on a runner pod, signed in by the login action, with the real Azure CLI (Debian's 2.45) and the real
// kubectl, against the sandbox under Azure's real host names. Runs INSIDE a network and mount namespace (start it
// with namespace.ts: `runInNamespace`): the action makes the identity, its federation and roles and one GitHub
// runner pod; the pod's token is minted as kubelet mints it (TokenRequest bound to the pod, the projection's
// audience and lifetime) and written where the webhook said it would be, under a tmpfs mounted over /run in this
// namespace only; the job's environment is the pod's own. Then the login action's main step, `az account show`,
// `az group show`, kubectl through the kubeconfig it wrote, its post step, and `az account show` again. Prints
// progress on stderr and one JSON report (LoginFlowReport) on stdout.
import { existsSync, statSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import type { V1Pod } from '@kubernetes/client-node'
import { startSandbox } from '../sandbox/index.js'
import { postStateEnv, removeTempDirs, runStep, type StepRun } from '../helpers/run-action.js'
import { kubectlBinary } from './kubectl.js'
import { run, runAction, type ActionResult, type StepResult } from './seed-flow.js'

export interface LoginFlowReport {
  ok: boolean
  azVersion: string
  apply?: ActionResult
  pod?: { name: string; env: Record<string, string>; audience: string; expirationSeconds: number; serviceAccount: string }
  token?: { path: string; masked: boolean }
  login?: Pick<StepRun, 'code' | 'stdout' | 'errors' | 'warnings' | 'outputs' | 'exported'> & { kubeconfigMode?: string; configDirMode?: string; tokenShown: boolean }
  /** The job's later steps, with what the login step exported. */
  steps: StepResult[]
  post?: Pick<StepRun, 'code' | 'stdout' | 'errors' | 'warnings'>
  /** After the post step. */
  after?: { configDirExists: boolean; kubeconfigExists: boolean; accountShow: StepResult }
  subscriptionId: string
  tenantId: string
  clientId?: string
  problems: Array<{ operation: string; path: string; status: number; problems: string[] }>
  error?: string
}

const NS = 'ci'
const SA = 'github-runner'
const log = (line: string): void => void process.stderr.write(`${line}\n`)

/** The runner's reading of a GITHUB_ENV export: later steps get it in their environment. */
const withExports = (env: NodeJS.ProcessEnv, exported: Record<string, string>): NodeJS.ProcessEnv => ({ ...env, ...exported })

export async function loginFlow(dir: string): Promise<LoginFlowReport> {
  const sb = await startSandbox({ realHosts: true, validateResponses: true, dir, azure: { auth: 'secret', consistency: { clusterOperationMs: 200 } }, kube: { podStartMs: 100 } })
  const kubectl = await kubectlBinary()
  const rg = sb.inputs['resource-group']!
  const cluster = sb.inputs['cluster-name']!
  const sub = sb.subscriptionId
  const report: LoginFlowReport = { ok: false, azVersion: '', steps: [], subscriptionId: sub, tenantId: sb.tenantId, problems: [] }
  const hostEnv: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: join(dir, 'home'),
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    AZURE_CORE_NO_COLOR: 'true',
    REQUESTS_CA_BUNDLE: sb.caFile,
    NODE_EXTRA_CA_CERTS: sb.caFile
  }
  await mkdir(hostEnv.HOME!, { recursive: true })
  try {
    report.azVersion = (JSON.parse((await run('az version', ['az', 'version', '-o', 'json'], hostEnv)).stdout) as Record<string, string>)['azure-cli']!

    // 1. The platform team's run: identity, federation, Reader on the group, AKS Cluster User on the cluster, one runner pod.
    const clusterId = `/subscriptions/${sub}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${cluster}`
    report.apply = await runAction(
      sb,
      {
        ...sb.inputs,
        'identity-name': 'id-ci-runners',
        namespace: NS,
        'service-account-name': SA,
        role: 'Reader',
        scope: `/subscriptions/${sub}/resourceGroups/${rg}`,
        'role-assignments': `Azure Kubernetes Service Cluster User Role ${clusterId}`,
        'runner-count': '1'
      },
      { ...hostEnv, ...sb.env }
    )
    log(`${report.apply.code === 0 ? 'ok  ' : 'FAIL'} action apply: exit ${report.apply.code} (${report.apply.ms} ms)`)
    if (report.apply.code !== 0) throw new Error(`the action failed: ${report.apply.errors.join(' | ')}`)
    report.clientId = report.apply.outputs['client-id']

    // 2. The runner pod as the webhook left it: its container's environment and the projected token's shape.
    const admin = ['--kubeconfig', sb.files.kubeconfig!, '--cache-dir', join(dir, 'kube-cache')]
    const podName = report.apply.outputs['runner-names']!.split('\n')[0]!
    // Never a synchronous child here: the sandbox answers from this same process.
    const got = await run('kubectl get pod', [kubectl, ...admin, 'get', 'pod', podName, '-n', NS, '-o', 'json'], hostEnv)
    if (got.code !== 0) throw new Error(`kubectl get pod failed: ${got.stderr}`)
    const pod = JSON.parse(got.stdout) as V1Pod
    const container = pod.spec!.containers.find((c) => c.name === 'runner')!
    const env = Object.fromEntries((container.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value!]))
    const projection = pod.spec!.volumes!.flatMap((v) => v.projected?.sources ?? []).find((s) => s.serviceAccountToken)!.serviceAccountToken!
    report.pod = { name: podName, env, audience: projection.audience!, expirationSeconds: projection.expirationSeconds!, serviceAccount: pod.spec!.serviceAccountName! }

    // 3. Kubelet's part: a token bound to the pod, written where AZURE_FEDERATED_TOKEN_FILE says (a tmpfs over /run,
    //    private to this namespace, so the path is the pod's own).
    const created = await run(
      'kubectl create token (bound to the pod)',
      [kubectl, ...admin, 'create', 'token', SA, '-n', NS, '--audience', projection.audience!, '--duration', `${projection.expirationSeconds}s`, '--bound-object-kind', 'Pod', '--bound-object-name', podName],
      hostEnv
    )
    if (created.code !== 0) throw new Error(`kubectl create token failed: ${created.stderr}`)
    const token = created.stdout.trim()
    const tokenPath = env.AZURE_FEDERATED_TOKEN_FILE!
    const mounted = await run('mount a tmpfs over /run (this namespace only)', ['mount', '-t', 'tmpfs', '-o', 'mode=755', 'tmpfs', '/run'], hostEnv)
    if (mounted.code !== 0) throw new Error(`mount failed: ${mounted.stderr}`)
    await mkdir(dirname(tokenPath), { recursive: true })
    await writeFile(tokenPath, token, { mode: 0o644 })

    // 4. The job: the pod's environment, the runner's files; the login action's main step.
    const runnerTemp = join(dir, 'runner-temp')
    await mkdir(runnerTemp, { recursive: true })
    const jobEnv: NodeJS.ProcessEnv = { ...hostEnv, ...env, RUNNER_TEMP: runnerTemp }
    const inputs = { 'subscription-id': sub, 'resource-group': rg, 'cluster-name': cluster }
    const login = await runStep('login/index.js', inputs, jobEnv as Record<string, string>, 180_000)
    log(`${login.code === 0 ? 'ok  ' : 'FAIL'} login action: exit ${login.code}${login.code ? `\n${login.stdout}` : ''}`)
    const mode = (p?: string) => (p && existsSync(p) ? (statSync(p).mode & 0o777).toString(8) : undefined)
    report.token = { path: tokenPath, masked: login.masks.includes(token) }
    report.login = {
      code: login.code,
      stdout: login.stdout,
      errors: login.errors,
      warnings: login.warnings,
      outputs: login.outputs,
      exported: login.exported,
      kubeconfigMode: mode(login.exported.KUBECONFIG),
      configDirMode: mode(login.exported.AZURE_CONFIG_DIR),
      tokenShown: login.everything.includes(token)
    }
    if (login.code !== 0) throw new Error(`the login action failed: ${login.errors.join(' | ')}`)

    // 5. Later steps of the job, with what it exported.
    const later = withExports(jobEnv, login.exported)
    const step = async (name: string, argv: string[]) => {
      const r = await run(name, argv, later)
      report.steps.push(r)
      return r
    }
    await step('az account show', ['az', 'account', 'show', '-o', 'json'])
    await step('az group show', ['az', 'group', 'show', '-n', rg, '-o', 'json'])
    await step('kubectl get serviceaccount', [kubectl, '--cache-dir', join(dir, 'kube-cache-job'), 'get', 'serviceaccount', SA, '-n', NS, '-o', 'name'])

    // 6. The post step, with the state the main step saved; then the session must be gone.
    const post = await runStep('login/post.js', {}, { ...(jobEnv as Record<string, string>), ...postStateEnv(login.state) }, 120_000)
    log(`${post.code === 0 ? 'ok  ' : 'FAIL'} login post step: exit ${post.code}`)
    report.post = { code: post.code, stdout: post.stdout, errors: post.errors, warnings: post.warnings }
    report.after = {
      configDirExists: existsSync(login.exported.AZURE_CONFIG_DIR ?? '/nonexistent'),
      kubeconfigExists: existsSync(login.exported.KUBECONFIG ?? '/nonexistent'),
      accountShow: await run('az account show (after the post step)', ['az', 'account', 'show', '-o', 'json'], later)
    }
  } catch (err) {
    report.error = err instanceof Error ? err.message : String(err)
    log(report.error)
  } finally {
    report.problems = sb.log
      .all()
      .filter((e) => e.problems)
      .map((e) => ({ operation: e.operation, path: e.path, status: e.status, problems: e.problems! }))
    await sb.stop()
    await removeTempDirs()
  }
  report.ok = !report.error && report.steps.every((s) => s.code === 0) && report.post?.code === 0
  return report
}

// Run as a script (inside the namespace): the report on stdout.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? (await mkdtemp(join(tmpdir(), 'aks-wi-login-')))
  const report = await loginFlow(dir)
  process.stdout.write(JSON.stringify(report) + '\n')
  process.exit(report.ok ? 0 : 1)
}
