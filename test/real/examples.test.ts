// Issue 14, "every README workflow runs", with the real clients: each example of README.md and docs/ runs as
// written against the sandbox under Azure's real names, the jobs on runner pods with the real Azure CLI and kubectl
// (test/real/examples-flow.ts does the work inside a network namespace). test/readme/workflows.test.ts runs the same
// examples anywhere, with a recording stand-in for az; this one shows that the commands the examples give would
// work: the roles they assign allow them, the subscription is set, the flags exist. Skipped, with the reason in its
// name, where a namespace cannot be made, az is missing or dist/ is not built; CI runs it as root.
import { readmeExamples } from '../helpers/readme-examples.js'
import { realClientsUnavailable, runInNamespace } from './namespace.js'
import type { ExamplesFlowReport } from './examples-flow.js'

const why = realClientsUnavailable({ needsDist: true })
const maybe = why ? test.skip : test

maybe(`every example of the README and docs runs as written, the jobs with the real az and kubectl${why ? ` (skipped: ${why})` : ''}`, async () => {
  const run = await runInNamespace('test/real/examples-flow.ts', [], { timeoutMs: 540_000, clusterName: 'aks-prod' })
  let report: ExamplesFlowReport
  try {
    report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as ExamplesFlowReport
  } catch {
    throw new Error(`no report from the flow (exit ${run.code})\n${run.stderr.slice(-4000)}`)
  }
  expect(report.error).toBeUndefined()
  // Every example that is not a fragment ran, in order.
  expect(report.examples.map((e) => e.where)).toEqual(readmeExamples().filter((e) => e.kind !== 'fragment').map((e) => e.where))
  expect(report.examples.filter((e) => !e.ok).map((e) => `${e.where}: ${e.failed?.step}\n${e.failed?.output.slice(-1500)}`)).toEqual([])
  // The jobs that sign in ran on runner pods (a GitHub runner with the login action, GitLab, Jenkins).
  const onPods = report.examples.filter((e) => e.ran.some((r) => !r.endsWith(' on hosted')))
  expect(onPods.map((e) => e.kind).sort()).toEqual(expect.arrayContaining(['gitlab', 'jenkins', 'workflow']))
  process.stdout.write(`examples with the real az ${report.azVersion}: ${report.examples.length} in ${(run.ms / 1000).toFixed(1)} s\n`)
}, 600_000)
