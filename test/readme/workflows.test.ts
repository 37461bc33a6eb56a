// Every example in README.md and docs/ runs, in order, against one sandbox shaped like the examples' world (cluster
// aks-prod in rg-platform, rg-data with kv-orders, rg-app, GitHub's my-org/my-repo; test/helpers/readme-examples.ts),
// with the same inputs: only the sandbox's endpoints are added (test/helpers/workflow-runner.ts). An example that
// fails as written fails here (issue 14: three examples omitted subscription-id and failed under GitHub OIDC sign-in
// with "No subscription"). Jobs on self-hosted runners run in a runner pod an earlier example made, with the pod's
// identity; the Azure CLI there is a recording stand-in, kubectl is the real one. The GitLab job's script and the
// Jenkins pipeline's `sh` steps run in a GitLab or Jenkins runner pod's environment the same way. A job passes when
// every step exits 0 with no warning; a plan with `comment: true` must be on the run's pull request, and no drift
// issue may be opened (the examples agree with each other).
// test/real/examples.test.ts runs the same examples with the real Azure CLI where a namespace can be made. Lists of
// steps (fragments, not workflows) are checked by action-metadata.test.ts and not run here.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { admin, adminCore } from '../kube/helpers.js'
import type { SandboxIssue } from '../sandbox/client.js'
import { kubectlBinary } from '../real/kubectl.js'
import { jobOnPod, standIns, type StandIns } from '../helpers/job-on-pod.js'
import { EXAMPLES_WORLD, gitlabJobs, readmeExamples, runnerSetFor, seedExamplesWorld, type Example, type JenkinsPipeline } from '../helpers/readme-examples.js'
import { runJobScript, runWorkflow, type Workflow, type WorkflowContext } from '../helpers/workflow-runner.js'

const examples = readmeExamples()

let sb: Sandbox
let ctx: WorkflowContext
let tools: StandIns

beforeAll(async () => {
  sb = await startSandbox(EXAMPLES_WORLD)
  const kubectl = await kubectlBinary()
  tools = await standIns(['az'], { bash: '/bin/bash', sh: '/bin/sh', cat: '/bin/cat', echo: '/bin/echo', kubectl })
  ctx = { sb, core: adminCore(sb), ...(await seedExamplesWorld(sb)), podPath: tools.bin, podEnv: tools.env, runnerSets: [] }
}, 60_000)
afterAll(async () => sb?.stop())

describe('every example workflow runs as written', () => {
  it('finds the examples', () => {
    expect(examples.filter((e) => e.kind === 'workflow').length).toBeGreaterThanOrEqual(9)
    expect(examples.filter((e) => e.kind === 'gitlab')).toHaveLength(1)
    expect(examples.filter((e) => e.kind === 'jenkins')).toHaveLength(1)
  })

  it.each(examples.filter((e) => e.kind !== 'fragment').map((e) => [e.where, e] as const))('%s', async (_where, example) => {
    if (example.kind === 'gitlab' || example.kind === 'jenkins') {
      await runPipeline(example)
      return
    }
    const jobs = await runWorkflow(example.doc as Workflow, ctx)
    for (const job of jobs) {
      const failed = job.steps.find((s) => s.code !== 0)
      expect({ job: job.job, on: job.on, failed: failed ? `${failed.step}\n${failed.output}` : undefined }).toEqual({ job: job.job, on: job.on, failed: undefined })
      // Nor does it warn: a warning is how the action reports what it could not do (a comment not written, ...).
      const warnings = job.steps.flatMap((s) => s.output.split('\n').filter((l) => l.startsWith('::warning')).map((l) => `${s.step}: ${l}`))
      expect({ job: job.job, warnings }).toEqual({ job: job.job, warnings: [] })
    }
    // A plan with `comment: true` is on the pull request the run was for (the last one opened); drift made no issue.
    const wf = example.doc as Workflow
    const withInput = (name: string) => Object.values(wf.jobs).some((j) => j.steps.some((st) => String(st.with?.[name]) === 'true'))
    const issues = ((await admin(sb, 'GET', `/github/issues?repo=${encodeURIComponent(sb.env.GITHUB_REPOSITORY!)}`)).body as { issues: SandboxIssue[] }).issues
    if (withInput('comment')) {
      const pr = issues.filter((i) => i.pull).at(-1)!
      expect(pr.comments.map((c) => c.user)).toEqual(['github-actions[bot]'])
      expect(pr.comments[0]!.body).toContain('No changes')
    }
    expect(issues.filter((i) => !i.pull)).toEqual([])
  }, 180_000)
})

/**
 * A GitLab job's script or a Jenkins pipeline's `sh` steps, in the environment of a runner pod an earlier example
 * made (GitLab's Kubernetes executor: job pods share the runner's service account, so its identity).
 */
async function runPipeline(example: Example): Promise<void> {
  const set = runnerSetFor(ctx, example)
  const job = await jobOnPod(sb, ctx.core, set.namespace, set.pods[0]!)
  // GitLab: AZURE_SUBSCRIPTION_ID is a CI/CD variable of the project (the README says so).
  const env = { ...job.env, ...tools.env, PATH: tools.bin, HOME: sb.dir, ...(example.kind === 'gitlab' ? { AZURE_SUBSCRIPTION_ID: ctx.vars.AZURE_SUBSCRIPTION_ID! } : {}) }
  const scripts =
    example.kind === 'gitlab'
      ? gitlabJobs(example.doc as Record<string, { script?: string[] }>)
      : (example.doc as JenkinsPipeline).steps.map((script, i) => ({ name: `sh ${i + 1}`, script }))
  expect(scripts.length).toBeGreaterThan(0)
  const before = (await tools.calls()).length
  for (const { name, script } of scripts) {
    const r = await runJobScript(script, env, sb.dir)
    expect({ name, code: r.code, output: r.stderr }).toEqual({ name, code: 0, output: '' })
  }
  // The script signed in as the pod's identity with the pod's token, then used the subscription (GitLab sets it;
  // the Jenkins pipeline uses the one az login picked).
  const calls = (await tools.calls()).slice(before).map((c) => c.args)
  expect(calls[0]!.slice(0, 8)).toEqual(['login', '--service-principal', '-u', job.env.AZURE_CLIENT_ID, '-t', job.env.AZURE_TENANT_ID, '--federated-token', job.token])
  if (example.kind === 'gitlab') expect(calls[1]).toEqual(['account', 'set', '--subscription', ctx.vars.AZURE_SUBSCRIPTION_ID])
}
