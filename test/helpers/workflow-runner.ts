// A small GitHub Actions runner for the README's example workflows, against the sandbox: each job's steps in order,
// as the runner would run them. `uses:` this action runs dist/index.js, `uses:` the login action runs
// dist/login/index.js (its post step at the end of the job), `run:` runs bash -e; `${{ vars.* }}`, `${{ secrets.* }}`
// and `${{ steps.ID.outputs.* }}` are substituted, and any other expression, or any other action, fails the run (an
// example this runner cannot run is an example nobody checked). Inputs a step does not give get action.yml's
// defaults, `${{ github.token }}` the job's GITHUB_TOKEN (an installation token with the job's `permissions:`). The
// run's event is the workflow's first trigger: `pull_request` opens a pull request in the sandbox and passes its
// payload (GITHUB_EVENT_PATH). A job on `ubuntu-latest` gets a hosted runner's environment (the ID-token endpoint only
// with `id-token: write`); a job on `self-hosted` labels runs in a runner pod an earlier example created with those
// labels, in that pod's environment (test/helpers/job-on-pod.ts). The sandbox's endpoints are given as inputs
// (`arm-endpoint`, `authority-host`), as the sandbox does not answer to Azure's names.
import { readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CoreV1Api } from '@kubernetes/client-node'
import { parse } from 'yaml'
import type { Sandbox } from '../sandbox/index.js'
import { admin } from '../kube/helpers.js'
import { jobOnPod } from './job-on-pod.js'
import { run as runProcess } from './processes.js'
import { parseOutputFile, postStateEnv, runStep, tempDir, type StepRun } from './run-action.js'

export interface WorkflowStep {
  id?: string
  name?: string
  uses?: string
  run?: string
  with?: Record<string, unknown>
}
export interface WorkflowJob {
  'runs-on': string | string[]
  permissions?: Record<string, string>
  steps: WorkflowStep[]
}
export interface Workflow {
  name?: string
  on?: string | string[] | Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, WorkflowJob>
}

export interface StepReport {
  step: string
  code: number
  output: string
  outputs: Record<string, string>
}
export interface JobReport {
  job: string
  /** Where it ran: `hosted`, or the runner pod's namespace/name. */
  on: string
  ok: boolean
  steps: StepReport[]
}

/** Runner pods an example made, with the labels jobs ask for (runner-kind github; jenkins: the agent's name). */
export interface RunnerSet {
  kind: string
  labels: string[]
  /** runner-kind gitlab: the executor (`kubernetes`, whose job pods share the runner's identity, or `shell`). */
  executor?: string
  namespace: string
  pods: string[]
}

export interface WorkflowContext {
  sb: Sandbox
  core: CoreV1Api
  vars: Record<string, string>
  secrets: Record<string, string>
  /** PATH of jobs on runner pods (stand-ins and the real tools the image has), and what the stand-ins need. */
  podPath: string
  podEnv: Record<string, string>
  /** Runner sets the examples made so far (filled as they run). */
  runnerSets: RunnerSet[]
}

const THIS_ACTION = /^aks-workload-identity\/aks-workload-identity@/
const LOGIN_ACTION = /^aks-workload-identity\/aks-workload-identity\/login@/
const DEFAULT_LABELS = 'self-hosted,linux,x64,aks-workload-identity'

/** Each input's default in an action.yml: the runner gives every input with a default to the step (INPUT_*). */
function defaultsOf(file: string): Record<string, string> {
  const inputs = (parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown }> }).inputs ?? {}
  return Object.fromEntries(Object.entries(inputs).flatMap(([k, d]) => (d.default === undefined ? [] : [[k, String(d.default)]])))
}
const DEFAULTS = { main: defaultsOf('action.yml'), login: defaultsOf('login/action.yml') }

/** The job's GITHUB_TOKEN as its `permissions:` make it: an installation token of the workflow's repository. */
async function jobToken(ctx: WorkflowContext, permissions: Record<string, string>): Promise<string> {
  const granted = Object.fromEntries(Object.entries(permissions).flatMap(([k, v]) => (k === 'id-token' ? [] : [[k.replace(/-/g, '_'), v]])))
  const r = await admin(ctx.sb, 'POST', '/github/tokens', {
    kind: 'installation',
    login: 'github-actions[bot]',
    read: { repos: [ctx.sb.env.GITHUB_REPOSITORY!] },
    permissions: { metadata: 'read', ...granted }
  })
  return (r.body as { token: string }).token
}

let runId = 0

/**
 * The run's GitHub environment for the workflow's first trigger: `pull_request` opens a pull request in the sandbox
 * and hands its event payload (GITHUB_EVENT_PATH), as a run for it would get; `schedule` its cron.
 */
async function eventEnv(ctx: WorkflowContext, wf: Workflow, dir: string): Promise<Record<string, string>> {
  const triggers = typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? wf.on : Object.keys(wf.on ?? {})
  const event = triggers[0] ?? 'workflow_dispatch'
  let payload: unknown = {}
  let ref = 'refs/heads/main'
  if (event === 'pull_request') {
    const pr = (await admin(ctx.sb, 'POST', '/github/pulls', { repo: ctx.sb.env.GITHUB_REPOSITORY, title: `Change for the ${wf.name} workflow` })).body as { number: number; event: unknown }
    payload = pr.event
    ref = `refs/pull/${pr.number}/merge`
  } else if (event === 'schedule') {
    const schedule = (wf.on as { schedule?: Array<{ cron: string }> }).schedule
    payload = { schedule: schedule?.[0]?.cron }
  }
  const path = join(dir, 'event.json')
  await writeFile(path, JSON.stringify(payload))
  runId += 1
  return {
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: path,
    GITHUB_REF: ref,
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_WORKFLOW: wf.name ?? 'workflow',
    GITHUB_RUN_ID: String(7000 + runId),
    GITHUB_RUN_NUMBER: String(runId),
    GITHUB_RUN_ATTEMPT: '1'
  }
}

/** `${{ ... }}` with the values a README example may use; anything else is an error. */
export function substitute(text: string, ctx: WorkflowContext, steps: Record<string, Record<string, string>>, github: Record<string, string> = {}): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    const [head, ...rest] = expr.split('.')
    const pick = (map: Record<string, string> | undefined, key: string | undefined) => {
      if (!map || key === undefined || !(key in map)) throw new Error(`the example uses \${{ ${expr} }}, which is not defined`)
      return map[key]!
    }
    if (head === 'vars' && rest.length === 1) return pick(ctx.vars, rest[0])
    if (head === 'secrets' && rest.length === 1) return pick(ctx.secrets, rest[0])
    if (head === 'steps' && rest.length === 3 && rest[1] === 'outputs') return pick(steps[rest[0]!], rest[2])
    if (head === 'github' && rest.length === 1) return pick(github, rest[0])
    throw new Error(`the example uses \${{ ${expr} }}, which this runner does not evaluate`)
  })
}

/**
 * A `run:` step (or a GitLab or Jenkins job script), as the runner's default shell runs it: bash -e with pipefail, in
 * `env` only. The timeout only stops a hung script (its whole process group).
 */
export async function runJobScript(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await runProcess('/bin/bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, timeoutMs: 120_000 })
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** Runs every job of the workflow in order; a failed step stops its job. */
export async function runWorkflow(wf: Workflow, ctx: WorkflowContext): Promise<JobReport[]> {
  const reports: JobReport[] = []
  for (const [jobName, job] of Object.entries(wf.jobs)) {
    const permissions = { ...(wf.permissions ?? {}), ...(job.permissions ?? {}) }
    const runsOn = [job['runs-on']].flat()
    const hosted = !runsOn.includes('self-hosted')
    const workspace = await tempDir('aks-wi-job-')
    const github = {
      GITHUB_REPOSITORY: ctx.sb.env.GITHUB_REPOSITORY!,
      GITHUB_API_URL: ctx.sb.env.GITHUB_API_URL!,
      GITHUB_SERVER_URL: ctx.sb.env.GITHUB_SERVER_URL!,
      ...(await eventEnv(ctx, wf, workspace))
    }
    const token = await jobToken(ctx, permissions)
    let env: Record<string, string>
    let on = 'hosted'
    if (hosted) {
      env = {
        PATH: process.env.PATH ?? '',
        NODE_EXTRA_CA_CERTS: ctx.sb.caFile,
        ...github,
        ...(permissions['id-token'] === 'write'
          ? { ACTIONS_ID_TOKEN_REQUEST_URL: ctx.sb.env.ACTIONS_ID_TOKEN_REQUEST_URL!, ACTIONS_ID_TOKEN_REQUEST_TOKEN: ctx.sb.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN! }
          : {})
      }
    } else {
      const set = ctx.runnerSets.find((r) => r.kind === 'github' && runsOn.every((l) => r.labels.includes(l)))
      if (!set) throw new Error(`job '${jobName}' runs on [${runsOn.join(', ')}], and no earlier example made runners with those labels`)
      const pod = await jobOnPod(ctx.sb, ctx.core, set.namespace, set.pods[0]!)
      env = { ...pod.env, ...ctx.podEnv, ...github, PATH: ctx.podPath }
      on = `${set.namespace}/${set.pods[0]}`
    }
    const report: JobReport = { job: jobName, on, ok: true, steps: [] }
    reports.push(report)
    env = { ...env, HOME: workspace, RUNNER_TEMP: workspace }
    const outputs: Record<string, Record<string, string>> = {}
    const posts: Array<Record<string, string>> = []
    for (const [i, step] of job.steps.entries()) {
      const name = step.id ?? step.name ?? step.uses ?? step.run ?? `step ${i + 1}`
      let r: StepReport
      if (step.uses) {
        const inputs = Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, substitute(String(v), ctx, outputs)]))
        // The inputs not given get action.yml's defaults, `${{ github.token }}` the job's token, as on GitHub's runner.
        const defaults = (d: Record<string, string>) => Object.fromEntries(Object.entries(d).map(([k, v]) => [k, substitute(v, ctx, outputs, { token })]))
        let run: StepRun
        if (THIS_ACTION.test(step.uses))
          run = await runStep('index.js', { ...defaults(DEFAULTS.main), 'arm-endpoint': ctx.sb.urls.arm, 'authority-host': ctx.sb.urls.entra, ...inputs }, env, 180_000)
        else if (LOGIN_ACTION.test(step.uses)) {
          run = await runStep('login/index.js', { ...defaults(DEFAULTS.login), 'arm-endpoint': ctx.sb.urls.arm, ...inputs }, env, 120_000)
          posts.unshift(run.state)
        } else throw new Error(`job '${jobName}' uses ${step.uses}, which this runner cannot run`)
        env = { ...env, ...run.exported }
        r = { step: name, code: run.code, output: run.stdout + run.stderr, outputs: run.outputs }
        if (run.code === 0 && THIS_ACTION.test(step.uses)) recordRunners(ctx, inputs, run.outputs)
      } else {
        const files = { GITHUB_ENV: join(workspace, `env-${i}`), GITHUB_OUTPUT: join(workspace, `out-${i}`) }
        for (const f of Object.values(files)) await writeFile(f, '')
        const { code, stdout, stderr } = await runJobScript(substitute(step.run ?? '', ctx, outputs), { ...env, ...files }, workspace)
        const output = stdout + stderr
        env = { ...env, ...parseOutputFile(await readFile(files.GITHUB_ENV, 'utf8')) }
        r = { step: name, code, output, outputs: parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8')) }
      }
      if (step.id) outputs[step.id] = r.outputs
      report.steps.push(r)
      if (r.code !== 0) {
        report.ok = false
        break
      }
    }
    for (const state of posts) {
      const post = await runStep('login/post.js', {}, { ...env, ...postStateEnv(state) })
      report.steps.push({ step: 'post: login', code: post.code, output: post.stdout + post.stderr, outputs: {} })
      if (post.code !== 0) report.ok = false
    }
  }
  return reports
}

function recordRunners(ctx: WorkflowContext, inputs: Record<string, string>, outputs: Record<string, string>): void {
  const pods = (outputs['runner-names'] ?? '').split('\n').filter(Boolean)
  if (!pods.length) return
  const kind = inputs['runner-kind'] ?? 'github'
  // A Jenkins agent's name is one of its labels (what `agent { label '...' }` picks).
  const labels = kind === 'jenkins' ? [inputs['jenkins-agent-name']!] : (inputs['runner-labels'] ?? DEFAULT_LABELS).split(',').map((l) => l.trim())
  const executor = kind === 'gitlab' ? (inputs['gitlab-executor'] ?? 'kubernetes') : undefined
  ctx.runnerSets.push({ kind, labels, executor, namespace: outputs.namespace!, pods })
}
