// Every example of README.md and docs/ (test/helpers/readme-examples.ts), run as test/readme/workflows.test.ts runs
// them, but with the real Azure CLI (Debian's) and the real kubectl in the jobs, against the sandbox under Azure's
// real host names: an example whose az commands fail as written (a missing role, no subscription, a wrong flag)
// fails here, which the recording stand-in cannot show. Runs INSIDE a network namespace (start it with
// namespace.ts: `runInNamespace(..., { clusterName: 'aks-prod' })`); prints progress on stderr and one JSON report
// (ExamplesFlowReport) on stdout.
import { mkdir, mkdtemp, symlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { startSandbox } from '../sandbox/index.js'
import { adminCore } from '../kube/helpers.js'
import { jobOnPod } from '../helpers/job-on-pod.js'
import { EXAMPLES_WORLD, gitlabJobs, readmeExamples, runnerSetFor, seedExamplesWorld, type Example, type JenkinsPipeline } from '../helpers/readme-examples.js'
import { removeTempDirs } from '../helpers/run-action.js'
import { runJobScript, runWorkflow, type Workflow, type WorkflowContext } from '../helpers/workflow-runner.js'
import { kubectlBinary } from './kubectl.js'

export interface ExampleResult {
  where: string
  kind: Example['kind']
  ok: boolean
  /** Where it ran (`hosted`, a runner pod) and, for a failure, the failed step and its output. */
  ran: string[]
  failed?: { step: string; output: string }
}

export interface ExamplesFlowReport {
  azVersion?: string
  examples: ExampleResult[]
  error?: string
}

const log = (line: string): void => void process.stderr.write(`${line}\n`)

export async function examplesFlow(dir: string): Promise<ExamplesFlowReport> {
  const sb = await startSandbox({ ...EXAMPLES_WORLD, realHosts: true, validateResponses: true, dir })
  const report: ExamplesFlowReport = { examples: [] }
  try {
    // The jobs' PATH: the host's (az, bash, coreutils) with the real kubectl in front.
    const bin = join(dir, 'bin')
    await mkdir(bin, { recursive: true })
    await symlink(await kubectlBinary(), join(bin, 'kubectl'))
    const azEnv = { AZURE_CORE_COLLECT_TELEMETRY: 'false', AZURE_CORE_NO_COLOR: 'true', AZURE_CORE_ONLY_SHOW_ERRORS: 'true', REQUESTS_CA_BUNDLE: sb.caFile }
    const ctx: WorkflowContext = {
      sb,
      core: adminCore(sb),
      ...(await seedExamplesWorld(sb)),
      podPath: `${bin}:${process.env.PATH ?? ''}`,
      podEnv: azEnv,
      runnerSets: []
    }
    const version = await runJobScript('az version --output json', { PATH: ctx.podPath, HOME: dir, ...azEnv }, dir)
    report.azVersion = (JSON.parse(version.stdout) as Record<string, string>)['azure-cli']

    for (const example of readmeExamples().filter((e) => e.kind !== 'fragment')) {
      const result: ExampleResult = { where: example.where, kind: example.kind, ok: true, ran: [] }
      report.examples.push(result)
      if (example.kind === 'workflow') {
        for (const job of await runWorkflow(example.doc as Workflow, ctx)) {
          result.ran.push(`${job.job} on ${job.on}`)
          const failed = job.steps.find((s) => s.code !== 0)
          if (failed && !result.failed) result.failed = { step: `${job.job}: ${failed.step}`, output: failed.output }
        }
      } else {
        // A GitLab job (Kubernetes executor: job pods share the runner's identity) or a Jenkins pipeline, in the pod's
        // environment, with a HOME of its own (the Azure CLI keeps its session there).
        const set = runnerSetFor(ctx, example)
        const job = await jobOnPod(sb, ctx.core, set.namespace, set.pods[0]!)
        const home = await mkdtemp(join(dir, 'job-'))
        const env = {
          ...job.env,
          ...azEnv,
          PATH: ctx.podPath,
          HOME: home,
          // GitLab: a CI/CD variable of the project (the README says so).
          ...(example.kind === 'gitlab' ? { AZURE_SUBSCRIPTION_ID: ctx.vars.AZURE_SUBSCRIPTION_ID! } : {})
        }
        result.ran.push(`${set.namespace}/${set.pods[0]}`)
        const scripts =
          example.kind === 'gitlab'
            ? gitlabJobs(example.doc as Record<string, { script?: string[] }>)
            : (example.doc as JenkinsPipeline).steps.map((script, i) => ({ name: `sh ${i + 1}`, script }))
        for (const { name, script } of scripts) {
          const r = await runJobScript(script, env, home)
          if (r.code !== 0) {
            result.failed = { step: name, output: r.stdout + r.stderr }
            break
          }
        }
      }
      result.ok = !result.failed
      log(`${result.ok ? 'ok  ' : 'FAIL'} ${example.where}${result.failed ? `: ${result.failed.step}\n${result.failed.output.slice(-2000)}` : ''}`)
    }
  } catch (err) {
    report.error = err instanceof Error ? (err.stack ?? err.message) : String(err)
    log(report.error)
  } finally {
    await sb.stop()
    await removeTempDirs()
  }
  return report
}

// Run as a script (inside the namespace): the report on stdout.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2]!
  const report = await examplesFlow(dir)
  process.stdout.write(JSON.stringify(report) + '\n')
  process.exit(!report.error && report.examples.every((e) => e.ok) ? 0 : 1)
}
