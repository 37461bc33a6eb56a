// The pull-request comment and the drift issue, rendered from a plan and its job summary (src/github-report.ts):
// markers, the verdict, what is folded, what of the summary is kept, the 65536-character limit, fingerprints.
import { describe, expect, it } from '@jest/globals'
import type { Plan, Step } from '../../src/model.js'
import { summaryMarkdown } from '../../src/summary.js'
import {
  MAX_BODY,
  bodyFingerprint,
  commentMarker,
  driftFingerprint,
  driftIssue,
  driftResolvedComment,
  fitBody,
  issueMarker,
  planComment,
  runInfo,
  summaryBody,
  workloadSet
} from '../../src/github-report.js'

const set = workloadSet({
  subscriptionId: '00000000-0000-4000-8000-00000000a11c',
  resourceGroup: 'rg-platform',
  cluster: 'aks-prod',
  identityResourceGroup: 'rg-platform',
  identity: 'id-orders-api',
  namespace: 'orders',
  serviceAccount: 'orders-api'
})
const run = runInfo(
  { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_RUN_ID: '123', GITHUB_RUN_NUMBER: '42', GITHUB_RUN_ATTEMPT: '1', GITHUB_SHA: 'c0ffee00c0ffee00c0ffee00', GITHUB_WORKFLOW: 'review' },
  new Date('2026-11-30T03:17:00.123Z'),
  'feedface1234567890'
)

const step = (key: string, action: Step['action'], diff: Step['diff'] = [], reason?: string): Step => ({ key, kind: key.split(':')[0]!, action, diff, dependsOn: [], ...(reason ? { reason } : {}) })
const plan = (mode: Plan['mode'], steps: Step[]): Plan => ({ version: 1, mode, steps })
const drifted = plan('plan', [
  step('identity:rg-platform/id-orders-api', 'update', [{ field: 'tags.team', from: 'x', to: 'payments' }]),
  step('federated-credential:rg-platform/id-orders-api/fic', 'create', [{ field: 'subject', to: 'system:serviceaccount:orders:orders-api' }]),
  step('service-account:orders/orders-api', 'unchanged')
])
const converged = plan('plan', [step('identity:rg-platform/id-orders-api', 'unchanged'), step('service-account:orders/orders-api', 'unchanged')])
const summaryOf = (p: Plan) =>
  summaryMarkdown(p, { changes: '0', plan: '{}', 'client-id': '11111111-1111-1111-1111-111111111111' }, false, {
    timings: { observeMs: 100, totalMs: 300 },
    verification: { verified: true, detail: 'token exchanged' }
  })

describe('the job summary as a comment takes it', () => {
  it('keeps the headline, the resource table, drift and verification; drops the title, outputs and timings', () => {
    const { headline, sections } = summaryBody(summaryOf(drifted))
    expect(headline.join('\n')).toMatch(/Drift:\*\* 2 of 3 resource\(s\) differ/)
    const text = sections.join('\n')
    expect(text).toMatch(/^\| Resource \| Action \| Detail \| ID \|/)
    expect(text).toContain('#### Drift')
    expect(text).toContain('#### Verification')
    expect(text).not.toContain('#### Outputs')
    expect(text).not.toContain('#### Timings')
    expect(text).not.toContain('### AKS workload identity')
  })
})

describe('the plan comment', () => {
  it('starts with the set\'s marker and shows the plan open in a diff block, with the drift rows and a link to the run', () => {
    const body = planComment({ set, plan: drifted, summary: summaryOf(drifted), run, applied: false })
    expect(body.split('\n')[0]).toBe(commentMarker(set))
    expect(body).toContain('### Workload identity plan: `aks-prod` / `orders` / `orders-api`')
    expect(body).toContain('<details open><summary>Plan</summary>')
    expect(body).toMatch(/```diff\nPlan \(plan\): 1 to create, 1 to update, 1 to keep\n~ update identity:rg-platform\/id-orders-api/)
    expect(body).toContain('| `identity:rg-platform/id-orders-api` | `tags.team` | `"x"` | `"payments"` |')
    expect(body).toContain('End-to-end token exchange | ✅ passed')
    expect(body).toContain('[job summary and log](https://github.com/octo-org/octo-repo/actions/runs/123)')
    expect(body).toContain('commit `feedface1234`')
    expect(body).not.toContain('No changes')
  })

  it('says "No changes" when converged, with everything else folded away', () => {
    const body = planComment({ set, plan: converged, summary: summaryOf(converged), run, applied: false })
    const [marker, heading, , verdict, , fold] = body.split('\n')
    expect([marker, heading]).toEqual([commentMarker(set), '### Workload identity plan: `aks-prod` / `orders` / `orders-api`'])
    expect(verdict).toBe('✅ **No changes.** the 2 resource(s) match the desired state.')
    expect(fold).toBe('<details><summary>Plan and details</summary>')
    expect(body).not.toContain('<details open>')
    // The table is inside the fold: after it opens, before it closes.
    expect(body.indexOf('| Resource |')).toBeGreaterThan(body.indexOf(fold!))
    expect(body.lastIndexOf('</details>')).toBeGreaterThan(body.indexOf('| Resource |'))
  })

  it('another workload set has another marker; the same set, the same marker', () => {
    const other = workloadSet({ ...set, namespace: 'payments' })
    expect(commentMarker(other)).not.toBe(commentMarker(set))
    expect(workloadSet({ ...set, cluster: 'AKS-PROD' }).id).toBe(set.id)
    expect(issueMarker(set)).not.toBe(commentMarker(set))
  })

  it('a plan too long for GitHub is cut to fit, fences closed, with a link to the job summary', () => {
    const big = plan(
      'plan',
      Array.from({ length: 900 }, (_, i) => step(`role-assignment:/subscriptions/x/resourceGroups/rg-${i}|Reader|id`, 'create', [{ field: 'scope', to: `/subscriptions/x/resourceGroups/rg-${i}${'/p'.repeat(20)}` }]))
    )
    const summary = summaryOf(big)
    expect(summary.length).toBeGreaterThan(MAX_BODY)
    const body = planComment({ set, plan: big, summary, run, applied: false })
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(body.length).toBeGreaterThan(MAX_BODY - 2000)
    expect(body).toMatch(/… \d+ more line\(s\) cut to fit GitHub's limit: the whole plan is in the job summary \(https:\/\/github.com\/octo-org\/octo-repo\/actions\/runs\/123\)/)
    // Every fence opened is closed, and the footer survives.
    expect((body.match(/^```/gm) ?? []).length % 2).toBe(0)
    expect(body.trimEnd().split('\n').at(-1)).toMatch(/^<sub>review run 42: \[job summary and log\]/)
  })

  it('backticks in the plan cannot close its fence', () => {
    const odd = plan('plan', [step('identity:rg/id', 'update', [{ field: 'tags.note', from: '```', to: 'ok' }])])
    const body = planComment({ set, plan: odd, summary: summaryOf(odd), run, applied: false })
    expect(body).toContain('````diff')
  })
})

describe('fitting a body', () => {
  it('cuts the first cuttable part before the next, and leaves fixed parts whole', () => {
    const parts = [
      { head: ['HEAD'], lines: Array.from({ length: 50 }, (_, i) => `a${i}`.padEnd(20, '.')), tail: ['END-A'], cut: (n: number) => `cut ${n} of a` },
      { head: [], lines: Array.from({ length: 50 }, (_, i) => `b${i}`.padEnd(20, '.')), tail: [], cut: (n: number) => `cut ${n} of b` },
      { head: ['FOOT'], lines: [], tail: [] }
    ]
    const body = fitBody(parts, 1500)
    expect(body.length).toBeLessThanOrEqual(1500)
    expect(body).toMatch(/cut \d+ of a/)
    expect(body).not.toMatch(/cut \d+ of b/)
    expect(body.startsWith('HEAD\n')).toBe(true)
    expect(body).toContain('END-A')
    expect(body.endsWith('FOOT')).toBe(true)
    expect(fitBody(parts, 100_000)).not.toContain('cut')
  })
})

describe('the drift issue', () => {
  it('titles the cluster and namespace, starts with its marker, links the run, carries the drift rows and a fingerprint', () => {
    const issue = driftIssue({ set, plan: drifted, summary: summaryOf(drifted), run })
    expect(issue.title).toBe('Workload identity drift: aks-prod / orders (orders-api)')
    expect(issue.body.split('\n')[0]).toBe(issueMarker(set))
    expect(bodyFingerprint(issue.body)).toBe(issue.fingerprint)
    expect(issue.body).toContain('found 2 resource(s) that differ')
    expect(issue.body).toContain('| Last checked | [run 42](https://github.com/octo-org/octo-repo/actions/runs/123) at 2026-11-30T03:17:00Z')
    expect(issue.body).toContain('#### Drift')
    expect(issue.body).toContain('```diff')
  })

  it('the fingerprint follows the findings, not their order or the run', () => {
    const reordered = plan('plan', [drifted.steps[1]!, drifted.steps[0]!, drifted.steps[2]!])
    expect(driftFingerprint(reordered)).toBe(driftFingerprint(drifted))
    const more = plan('plan', [...drifted.steps, step('namespace:orders', 'create')])
    expect(driftFingerprint(more)).not.toBe(driftFingerprint(drifted))
  })

  it('the closing comment says there is no drift and links the run', () => {
    const c = driftResolvedComment(converged, run, true)
    expect(c).toMatch(/^✅ \*\*No drift:\*\* the 2 resource\(s\) match the desired state again\. The end-to-end verification passed\. Closing\./)
    expect(c).toContain('https://github.com/octo-org/octo-repo/actions/runs/123')
  })
})

it('the run link names the attempt after the first', () => {
  const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '2' }
  expect(runInfo(env, new Date(0)).url).toBe('https://github.com/o/r/actions/runs/9/attempts/2')
  expect(runInfo({}, new Date(0)).url).toBeUndefined()
})
