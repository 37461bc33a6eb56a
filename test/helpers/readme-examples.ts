// The examples of README.md and docs/*.md, as a reader copies them, and the world they are written for (cluster
// aks-prod in rg-platform, rg-data with the key vault kv-orders, rg-app, GitHub's my-org/my-repo), for the tests that
// run them: test/readme/workflows.test.ts (anywhere, Azure CLI stand-in) and test/real/examples-flow.ts (the real
// Azure CLI, inside a namespace). Workflows go to test/helpers/workflow-runner.ts; a GitLab job's `script` and a
// Jenkins pipeline's `sh` steps run here, in bash, in the environment of a runner pod an earlier example made.
import { randomBytes } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { Sandbox, SandboxOptions } from '../sandbox/index.js'
import { admin } from '../kube/helpers.js'
import { installArc } from '../kube/arc-install.js'
import type { Workflow, WorkflowContext } from './workflow-runner.js'
import { jobOnPod, type PodJob } from './job-on-pod.js'

export interface Example {
  where: string
  /**
   * A GitHub workflow, a .gitlab-ci.yml, a Jenkinsfile, or a fragment, not run: a list of steps, or a workloads file
   * (docs/config.md; it names its schema on its first line, and test/unit/config-schema.test.ts checks it).
   */
  kind: 'workflow' | 'gitlab' | 'jenkins' | 'fragment'
  doc: unknown
  text: string
}

/** Every yaml and groovy block of README.md and docs/*.md, in order. */
export function readmeExamples(): Example[] {
  const files = ['README.md', ...readdirSync('docs').filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)]
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/```(yaml|groovy)\n([\s\S]*?)```/g)].map((m, i) => {
      const text = m[2]!
      if (m[1] === 'groovy') return { where: `${file} example ${i + 1} (Jenkinsfile)`, kind: 'jenkins' as const, doc: jenkinsPipeline(text), text }
      const doc = parse(text) as unknown
      const workloads = /^# yaml-language-server: \$schema=\S*config\.schema\.json\n/.test(text)
      const kind = /^# \.gitlab-ci\.yml/.test(text) ? 'gitlab' : Array.isArray(doc) || workloads ? 'fragment' : 'workflow'
      return { where: `${file} example ${i + 1}${kind === 'workflow' ? ` (${(doc as Workflow).name})` : ''}`, kind, doc, text }
    })
  )
}

/** The sandbox options of the examples' world (with `realHosts` for the real Azure CLI). */
export const EXAMPLES_WORLD: SandboxOptions = {
  azure: { resourceGroup: 'rg-platform', clusterName: 'aks-prod', extraResourceGroups: ['rg-data', 'rg-app'], consistency: { clusterOperationMs: 100 } },
  kube: { podStartMs: 50 }
}

/** Seeds what the examples name beyond the options (the key vault; GitHub's org, repo, a runner admin token and App). */
export async function seedExamplesWorld(sb: Sandbox): Promise<Pick<WorkflowContext, 'vars' | 'secrets'>> {
  const sub = sb.subscriptionId
  await admin(sb, 'POST', '/arm/resources', { id: `/subscriptions/${sub}/resourceGroups/rg-data/providers/Microsoft.KeyVault/vaults/kv-orders`, properties: { enableRbacAuthorization: true } })
  const runnerToken = `ghp_${randomBytes(18).toString('hex')}`
  await admin(sb, 'POST', '/github/orgs', { login: 'my-org' })
  await admin(sb, 'POST', '/github/repos', { full_name: 'my-org/my-repo' })
  await admin(sb, 'POST', '/github/tokens', { token: runnerToken, admin: { repos: ['my-org/my-repo'], orgs: ['my-org'] } })
  // The GitHub App that registers runners: Administration write (and Actions read for runner-count: auto), installed on my-org/my-repo only (README).
  const app = (await admin(sb, 'POST', '/github/apps', { slug: 'aks-runners', permissions: { administration: 'write', actions: 'read', metadata: 'read' }, installations: [{ account: 'my-org', repositories: ['my-repo'] }] }))
    .body as { id: number; private_key: string }
  // ARC, as the README's `runner-kind: arc` example expects a cluster admin to have installed it.
  await installArc(sb)
  return {
    vars: { AZURE_CLIENT_ID: sb.inputs['client-id']!, AZURE_TENANT_ID: sb.tenantId, AZURE_SUBSCRIPTION_ID: sub, RUNNER_APP_ID: String(app.id) },
    secrets: {
      RUNNER_ADMIN_TOKEN: runnerToken,
      RUNNER_APP_PRIVATE_KEY: app.private_key,
      GITLAB_RUNNER_TOKEN: `glrt-${randomBytes(12).toString('hex')}`,
      JENKINS_AGENT_SECRET: randomBytes(32).toString('hex')
    }
  }
}

export interface JenkinsPipeline {
  /** `agent { label '...' }`: a permanent agent's name is one of its labels. */
  label: string
  /** Each stage's `sh '...'` steps, in order. */
  steps: string[]
}

/** A declarative Jenkinsfile of `sh` steps; anything else in a `steps` block is refused (it would not be run). */
export function jenkinsPipeline(text: string): JenkinsPipeline {
  const label = /agent\s*\{\s*label\s+'([^']+)'\s*\}/.exec(text)?.[1]
  if (!label) throw new Error(`a Jenkinsfile example without "agent { label '...' }":\n${text}`)
  const steps: string[] = []
  for (const block of text.matchAll(/steps\s*\{\n([\s\S]*?)\n\s*\}/g)) {
    for (const line of block[1]!.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const sh = /^sh '([^']*)'$/.exec(line)
      if (!sh) throw new Error(`a Jenkinsfile step this test cannot run: ${line}`)
      steps.push(sh[1]!)
    }
  }
  return { label, steps }
}

/** GitLab CI's jobs (the top-level keys with a `script`), each script joined as the runner's shell runs it. */
export function gitlabJobs(doc: Record<string, { script?: string[] }>): Array<{ name: string; script: string }> {
  return Object.entries(doc)
    .filter(([, def]) => Array.isArray(def?.script))
    .map(([name, def]) => ({ name, script: def.script!.join('\n') }))
}

/** The runner set of an earlier example a GitLab job or a Jenkins pipeline runs on. */
export function runnerSetFor(ctx: WorkflowContext, example: Example) {
  const set =
    example.kind === 'jenkins'
      ? ctx.runnerSets.find((r) => r.kind === 'jenkins' && r.labels.includes((example.doc as JenkinsPipeline).label))
      : ctx.runnerSets.find((r) => r.kind === 'gitlab' && r.executor === 'kubernetes')
  if (!set) throw new Error(`${example.where}: no earlier example made the ${example.kind} runners it runs on`)
  return set
}

/**
 * Where a GitLab job's script or a Jenkins pipeline's `sh` steps run: the Jenkins agent pod itself; for GitLab's
 * Kubernetes executor, a job pod made as the runner's config.toml says (the workload's service account and the
 * workload identity label), since the runner manager's own service account has no identity.
 */
export async function pipelineJob(ctx: WorkflowContext, example: Example): Promise<PodJob> {
  const set = runnerSetFor(ctx, example)
  if (example.kind !== 'gitlab') return jobOnPod(ctx.sb, ctx.core, set.namespace, set.pods[0]!)
  const name = `runner-job-${randomBytes(4).toString('hex')}`
  await ctx.core.createNamespacedPod({
    namespace: set.namespace,
    body: {
      metadata: { name, labels: { 'azure.workload.identity/use': 'true' } },
      spec: { serviceAccountName: set.serviceAccount, containers: [{ name: 'build', image: 'mcr.microsoft.com/azure-cli:2.67.0' }] }
    }
  })
  return jobOnPod(ctx.sb, ctx.core, set.namespace, name, 'build')
}
