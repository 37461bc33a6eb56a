// The seed's manual flow, verbatim, by the real Azure CLI and the real kubectl, against the sandbox in
// real-hosts mode, then the action (dist/index.js, as the runner starts it) on the same state: it must adopt
// everything with zero writes, and a plan must report no drift. Runs INSIDE a network namespace (start it with
// namespace.ts: `runInNamespace`, or `npm run demo:seed`); prints progress on stderr and one JSON report
// (SeedFlowReport) on stdout. Every child it starts stays in its process group (not detached, unlike
// test/helpers/processes.ts), so the launcher's group kill (runInNamespace) reaches them all. The sandbox's pods
// run as soon as they are created (its default, instant lifecycle): `kubectl wait` finds the pod Ready.
import { execFile, spawn } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseOutputFile, removeTempDirs, tempDir } from '../helpers/run-action.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import type { LogEntry } from '../sandbox/frame.js'
import type { AzureHalf } from '../sandbox/azure/index.js'
import { kubectlBinary } from './kubectl.js'

export interface StepResult {
  name: string
  argv: string[]
  code: number
  stdout: string
  stderr: string
  ms: number
}

export interface ActionResult {
  code: number
  outputs: Record<string, string>
  errors: string[]
  /** ARM and Kubernetes requests the run made that change state (the sandbox log's `write`). */
  writes: Array<Pick<LogEntry, 'service' | 'operation' | 'method' | 'path' | 'status'>>
  requests: number
  ms: number
  stdout: string
}

export interface SeedFlowReport {
  ok: boolean
  azVersion: string
  steps: StepResult[]
  /** What the seed's commands produced. */
  seed: { issuerUrl: string; clientId: string; principalId: string; roleAssignmentId: string; roleAssignmentName: string }
  /** The ARM requests the CLI sent: operation and api-version, each with the statuses it got. */
  cliRequests: Array<{ operation: string; method: string; apiVersion: string; statuses: number[] }>
  apply?: ActionResult
  plan?: ActionResult
  /** Responses that broke the spec of the api-version they were asked with (must be empty). */
  problems: Array<{ operation: string; path: string; status: number; problems: string[] }>
  /** Total wall time of the CLI part. */
  cliMs: number
}

const NS = 'apps'
const SA = 'workload-sa'
const IDENTITY = 'id-seed-workload'
const FIC = 'fic-seed-workload'
const ROLE = 'Reader'

const log = (line: string): void => void process.stderr.write(`${line}\n`)

/** Runs one command; never throws (the report carries its exit code and output). */
export function run(name: string, argv: string[], env: NodeJS.ProcessEnv, timeoutMs = 180_000): Promise<StepResult> {
  const started = performance.now()
  return new Promise((done) => {
    execFile(argv[0]!, argv.slice(1), { env, timeout: timeoutMs, maxBuffer: 32 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : -1) : 0
      const ms = Math.round(performance.now() - started)
      log(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${ms} ms)${code === 0 ? '' : `\n${stderr.trim()}`}`)
      done({ name, argv, code, stdout: String(stdout), stderr: String(stderr), ms })
    })
  })
}

/** The built action as GitHub's runner starts it: node, INPUT_* variables, the output and summary files. */
export async function runAction(sb: Sandbox, inputs: Record<string, string>, env: NodeJS.ProcessEnv): Promise<ActionResult> {
  const work = await tempDir('aks-wi-real-action-')
  const outputFile = join(work, 'output.txt')
  const summaryFile = join(work, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const childEnv: NodeJS.ProcessEnv = { ...env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_ACTIONS: 'true', RUNNER_TEMP: work }
  for (const [k, v] of Object.entries(inputs)) childEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  const since = sb.log.all().at(-1)?.seq ?? 0
  const started = performance.now()
  const { code, stdout } = await new Promise<{ code: number; stdout: string }>((done) => {
    const child = spawn(process.execPath, [resolve('dist/index.js')], { cwd: work, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000)
    child.on('close', (c) => {
      clearTimeout(timer)
      done({ code: c ?? -1, stdout: out })
    })
  })
  const entries = sb.log.all().filter((e) => e.seq > since)
  return {
    code,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    errors: stdout.split('\n').filter((l) => l.startsWith('::error')),
    writes: entries.filter((e) => e.write && (e.service === 'arm' || e.service === 'kube')).map(({ service, operation, method, path, status }) => ({ service, operation, method, path, status })),
    requests: entries.length,
    ms: Math.round(performance.now() - started),
    stdout
  }
}

export async function seedFlow(dir: string): Promise<SeedFlowReport> {
  const sb = await startSandbox({ realHosts: true, validateResponses: true, dir, azure: { auth: 'secret', consistency: { clusterOperationMs: 200 } } })
  const kubectl = await kubectlBinary()
  const settings = sb.inputs
  const rg = settings['resource-group']!
  const cluster = settings['cluster-name']!
  const sub = sb.subscriptionId
  const scope = `/subscriptions/${sub}/resourceGroups/${rg}`
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    AZURE_CONFIG_DIR: join(dir, 'azure'),
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    AZURE_CORE_NO_COLOR: 'true',
    AZURE_CORE_ONLY_SHOW_ERRORS: 'true',
    REQUESTS_CA_BUNDLE: sb.caFile,
    // Mends Debian's azure-cli 2.45 packaging bug in `az role assignment` (see python/sitecustomize.py).
    PYTHONPATH: resolve('test/real/python'),
    NODE_EXTRA_CA_CERTS: sb.caFile
  }
  const steps: StepResult[] = []
  const report: SeedFlowReport = { ok: false, azVersion: '', steps, seed: { issuerUrl: '', clientId: '', principalId: '', roleAssignmentId: '', roleAssignmentName: '' }, cliRequests: [], problems: [], cliMs: 0 }
  const step = async (name: string, argv: string[]): Promise<StepResult> => {
    const r = await run(name, argv, env)
    steps.push(r)
    if (r.code !== 0) throw new Error(`${name} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`)
    return r
  }
  const tsv = (r: StepResult) => r.stdout.trim()
  const cliStarted = performance.now()
  try {
    report.azVersion = JSON.parse(tsv(await step('az version', ['az', 'version', '-o', 'json'])))['azure-cli'] as string
    const principal = sb.env.AZURE_CLIENT_ID!
    // 1. Sign in as the deployment principal: with its secret, then with a federated token (GitHub's ID token).
    await step('az login (secret)', ['az', 'login', '--service-principal', '-u', principal, '-p', sb.env.AZURE_CLIENT_SECRET!, '--tenant', sb.tenantId])
    const idToken = await (sb.ctx.parts.azure as AzureHalf).githubIdToken('api://AzureADTokenExchange')
    await step('az login (federated token)', ['az', 'login', '--service-principal', '-u', principal, '--federated-token', idToken, '--tenant', sb.tenantId])
    // 2. The cluster's OIDC issuer (az 2.45 has the flag) and workload identity (it has not: az rest, GET then PUT).
    await step('az aks update --enable-oidc-issuer', ['az', 'aks', 'update', '-g', rg, '-n', cluster, '--enable-oidc-issuer'])
    const url = `https://management.azure.com${scope}/providers/Microsoft.ContainerService/managedClusters/${cluster}?api-version=2026-06-01`
    const current = JSON.parse(tsv(await step('az rest GET managed cluster', ['az', 'rest', '--method', 'get', '--url', url]))) as { properties: Record<string, { workloadIdentity?: unknown } | undefined> }
    current.properties.securityProfile = { ...(current.properties.securityProfile ?? {}), workloadIdentity: { enabled: true } }
    const bodyFile = join(dir, 'cluster.json')
    await writeFile(bodyFile, JSON.stringify(current))
    await step('az rest PUT workload identity', ['az', 'rest', '--method', 'put', '--url', url, '--body', `@${bodyFile}`])
    await step('az aks wait --updated', ['az', 'aks', 'wait', '-g', rg, '-n', cluster, '--updated', '--interval', '1', '--timeout', '60'])
    // 3. The issuer URL, the identity and its ids.
    report.seed.issuerUrl = tsv(await step('az aks show --query oidcIssuerProfile.issuerUrl', ['az', 'aks', 'show', '-g', rg, '-n', cluster, '--query', 'oidcIssuerProfile.issuerUrl', '-o', 'tsv']))
    await step('az identity create', ['az', 'identity', 'create', '-g', rg, '-n', IDENTITY])
    report.seed.clientId = tsv(await step('az identity show --query clientId', ['az', 'identity', 'show', '-g', rg, '-n', IDENTITY, '--query', 'clientId', '-o', 'tsv']))
    report.seed.principalId = tsv(await step('az identity show --query principalId', ['az', 'identity', 'show', '-g', rg, '-n', IDENTITY, '--query', 'principalId', '-o', 'tsv']))
    // 4. Federation with the service account, and the role.
    await step('az identity federated-credential create', [
      'az', 'identity', 'federated-credential', 'create', '--name', FIC, '--identity-name', IDENTITY, '-g', rg,
      '--issuer', report.seed.issuerUrl, '--subject', `system:serviceaccount:${NS}:${SA}`, '--audience', 'api://AzureADTokenExchange'
    ])
    const ra = JSON.parse(tsv(await step('az role assignment create', [
      'az', 'role', 'assignment', 'create', '--assignee-object-id', report.seed.principalId, '--assignee-principal-type', 'ServicePrincipal', '--role', ROLE, '--scope', scope, '-o', 'json'
    ]))) as { id: string; name: string }
    report.seed.roleAssignmentId = ra.id
    report.seed.roleAssignmentName = ra.name
    // 5. Credentials (admin: the user kubeconfig of an Entra cluster needs kubelogin), then the seed's manifests.
    const kubeconfig = join(dir, 'seed-kubeconfig')
    await step('az aks get-credentials', ['az', 'aks', 'get-credentials', '-g', rg, '-n', cluster, '--admin', '--file', kubeconfig])
    const manifests = join(dir, 'seed.yaml')
    await writeFile(manifests, seedManifests(report.seed.clientId))
    await step('kubectl apply (service account and pod)', [kubectl, '--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'kube-cache'), 'apply', '-f', manifests])
    await step('kubectl get pod', [kubectl, '--kubeconfig', kubeconfig, '--cache-dir', join(dir, 'kube-cache'), 'wait', '--for=condition=Ready', `pod/azure-cli`, '-n', NS, '--timeout=30s'])
    report.cliMs = Math.round(performance.now() - cliStarted)

    // 6. The action with the same inputs, signed in through the CLI's session: it must adopt all of it.
    const inputs: Record<string, string> = {
      'resource-group': rg,
      'cluster-name': cluster,
      'subscription-id': sub,
      'tenant-id': sb.tenantId,
      'identity-name': IDENTITY,
      namespace: NS,
      'service-account-name': SA,
      'federated-credential-name': FIC,
      role: ROLE,
      scope,
      auth: 'azure-cli'
    }
    const summarize = (tag: string, r: ActionResult) => log(`${r.code === 0 ? 'ok  ' : 'FAIL'} action ${tag}: exit ${r.code}, ${r.requests} requests, ${r.writes.length} writes (${r.ms} ms)`)
    const cliEntries = sb.log.all()
    report.apply = await runAction(sb, inputs, env)
    summarize('apply (adopt)', report.apply)
    report.plan = await runAction(sb, { ...inputs, mode: 'plan' }, env)
    summarize('plan', report.plan)
    report.cliRequests = summarizeRequests(cliEntries.filter((e) => e.service === 'arm'))
  } catch (err) {
    log(err instanceof Error ? err.message : String(err))
  } finally {
    if (!report.cliMs) report.cliMs = Math.round(performance.now() - cliStarted)
    if (!report.cliRequests.length) report.cliRequests = summarizeRequests(sb.log.all().filter((e) => e.service === 'arm'))
    report.problems = sb.log
      .all()
      .filter((e) => e.problems)
      .map((e) => ({ operation: e.operation, path: e.path, status: e.status, problems: e.problems! }))
    await sb.stop()
  }
  report.ok = steps.every((s) => s.code === 0) && report.apply?.code === 0 && report.plan?.code === 0
  return report
}

/** The seed's Kubernetes objects, as its README writes them: the namespace, the annotated service account, the labelled pod. */
export function seedManifests(clientId: string): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${NS}
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${SA}
  namespace: ${NS}
  annotations:
    azure.workload.identity/client-id: "${clientId}"
---
apiVersion: v1
kind: Pod
metadata:
  name: azure-cli
  namespace: ${NS}
  labels:
    azure.workload.identity/use: "true"
spec:
  serviceAccountName: ${SA}
  containers:
    - name: azure-cli
      image: mcr.microsoft.com/azure-cli:2.67.0
      command: ["sleep", "3600"]
`
}

function summarizeRequests(entries: LogEntry[]): SeedFlowReport['cliRequests'] {
  const map = new Map<string, SeedFlowReport['cliRequests'][number]>()
  for (const e of entries) {
    const apiVersion = new URLSearchParams(e.path.split('?')[1] ?? '').get('api-version') ?? ''
    const k = `${e.method} ${e.operation} ${apiVersion}`
    const cur = map.get(k) ?? { operation: e.operation, method: e.method, apiVersion, statuses: [] }
    if (!cur.statuses.includes(e.status)) cur.statuses.push(e.status)
    map.set(k, cur)
  }
  return [...map.values()]
}

// Run as a script (inside the namespace): the report on stdout.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? (await tempDir('aks-wi-seed-'))
  const report = await seedFlow(dir)
  process.stdout.write(JSON.stringify(report) + '\n')
  // A script outside jest: its temp folders (the action's step folders, its own) go here, not in jest's afterAll.
  await removeTempDirs()
  process.exit(report.ok ? 0 : 1)
}
