// `drift-issue: true` in scheduled plan runs of the whole action against the sandbox: drift opens one issue per
// workload set (title with the cluster and namespace, the plan in the body, the label, the run's link), later
// drift updates that same issue (found by its marker, never by title; a comment only when the drift changed), a
// clean check closes it with a comment; labels and assignees as asked; a token that may not write issues fails
// the step with the permission to add.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SandboxClient, type SandboxIssue } from '../sandbox/client.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { azure } from '../engine/helpers.js'
import { SANDBOX_OPTIONS, lastSeq, writesSince } from '../modes/run.js'
import { DRIFT_LABEL } from '../../src/github-report.js'
import { githubCalls, runEnv, runIn, runInFailing, workflowToken, type Env } from './helpers.js'

let sb: Sandbox
let admin: SandboxClient
let token: string
const rgScope = () => `/subscriptions/${sb.subscriptionId}/resourceGroups/rg-aks-sandbox`
const WORKLOAD = () => ({ role: 'Reader', scope: rgScope(), tags: 'team=a' })
const CHECK = { mode: 'plan', 'fail-on-drift': 'false', 'drift-issue': 'true', 'drift-issue-labels': 'drift, platform', 'drift-issue-assignees': '@octocat' }
const identity = () => [...azure(sb).world.identities.values()].find((i) => i.name === 'id-app')!
const nightly = (): Env => runEnv(sb, 'schedule')
const check = async (extra: Record<string, string> = {}) => {
  const env = nightly()
  return { ...(await runIn(sb, env, { ...WORKLOAD(), ...CHECK, 'comment-token': token, ...extra })), env }
}
const issues = async (): Promise<SandboxIssue[]> => (await admin.github.issues()).filter((i) => !i.pull)

beforeAll(async () => {
  sb = await startSandbox(SANDBOX_OPTIONS)
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
})
afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})
beforeEach(async () => {
  sb.reset()
  token = await workflowToken(admin, { issues: 'write', contents: 'read' })
  await runIn(sb, runEnv(sb, 'push'), WORKLOAD())
})

describe('drift as an issue', () => {
  it('opens on drift, is updated by the next drift run (no duplicate), comments when the drift changes, closes when clean', async () => {
    // A clean check with no issue open does nothing on GitHub but look.
    let since = lastSeq(sb)
    const clean = await check()
    expect(githubCalls(sb, since)).toEqual(['issues/list-for-repo 200'])
    expect(clean.sink.lines).toContain('No drift and no open drift issue: nothing to do.')

    // Drift behind the action's back: the identity's tag.
    await admin.azure.alterResource(identity().id, { tags: { ...identity().tags, team: 'b' } })
    const first = await check()
    let all = await issues()
    expect(all).toHaveLength(1)
    const [issue] = all
    expect(issue).toMatchObject({
      title: 'Workload identity drift: aks-sandbox / apps (app-sa)',
      state: 'open',
      user: 'github-actions[bot]',
      labels: [DRIFT_LABEL.name, 'drift', 'platform'],
      assignees: ['octocat'],
      comments: []
    })
    expect(issue!.body).toMatch(/^<!-- aks-workload-identity:drift-issue:[0-9a-f]{16} -->\n<!-- drift-fingerprint:[0-9a-f]{16} -->\n### Workload identity drift: `aks-sandbox` \/ `apps` \/ `app-sa`/)
    expect(issue!.body).toContain('| `identity:rg-aks-sandbox/id-app` | `tags.team` | `"b"` | `"a"` |')
    expect(issue!.body).toContain('~ update identity:rg-aks-sandbox/id-app (tags.team: "b" → "a")')
    expect(issue!.body).toContain(`[run ${first.env.GITHUB_RUN_NUMBER}](${sb.urls.github}/octo-org/octo-repo/actions/runs/${first.env.GITHUB_RUN_ID})`)
    expect(first.sink.lines.some((l) => l.startsWith(`Drift issue #${issue!.number} opened: ${sb.urls.github}/octo-org/octo-repo/issues/${issue!.number}`))).toBe(true)
    // The label was created with the action's colour and description.
    expect((await admin.github.labels()).find((l) => l.name === DRIFT_LABEL.name)).toEqual({ name: DRIFT_LABEL.name, color: DRIFT_LABEL.color, description: DRIFT_LABEL.description })

    // The same drift the next night: the same issue, its body refreshed, no comment (nothing new to say).
    since = lastSeq(sb)
    const second = await check()
    expect(githubCalls(sb, since)).toEqual(['issues/list-for-repo 200', 'issues/update 200'])
    all = await issues()
    expect(all.map((i) => [i.number, i.state, i.comments.length])).toEqual([[issue!.number, 'open', 0]])
    expect(second.sink.lines).toContain(`Drift issue #${issue!.number} updated (same drift as before): ${sb.urls.github}/octo-org/octo-repo/issues/${issue!.number}`)

    // More drift: the federated credential deleted. The same issue, and a comment saying the drift changed.
    const fic = [...identity().fics.values()][0]!
    await admin.azure.deleteResource(fic.id)
    await check()
    all = await issues()
    expect(all).toHaveLength(1)
    expect(all[0]!.comments).toHaveLength(1)
    expect(all[0]!.comments[0]!.body).toMatch(/^The drift changed: 2 resource\(s\) differ now/)
    expect(all[0]!.body).toContain('federated-credential:rg-aks-sandbox/id-app/aks-sandbox-apps-app-sa')

    // Fixed by an apply; the next check closes the issue with a comment.
    await runIn(sb, runEnv(sb, 'workflow_dispatch'), WORKLOAD())
    since = lastSeq(sb)
    const closing = await check()
    all = await issues()
    expect(all[0]).toMatchObject({ number: issue!.number, state: 'closed', state_reason: 'completed' })
    expect(all[0]!.comments.at(-1)!.body).toMatch(/^✅ \*\*No drift:\*\* the 6 resource\(s\) match the desired state again\. Closing\./)
    expect(githubCalls(sb, since)).toEqual(['issues/list-for-repo 200', 'issues/create-comment 201', 'issues/update 200'])
    expect(closing.sink.lines).toContain(`Drift issue #${issue!.number} closed: ${sb.urls.github}/octo-org/octo-repo/issues/${issue!.number}`)

    // Drift again after that: a new issue (the closed one is history).
    await admin.azure.alterResource(identity().id, { tags: { ...identity().tags, team: 'c' } })
    await check()
    all = await issues()
    expect(all.map((i) => i.state)).toEqual(['closed', 'open'])
  })

  it('finds its issue by the marker, not the title; another workload set gets its own issue', async () => {
    await admin.azure.alterResource(identity().id, { tags: { ...identity().tags, team: 'b' } })
    await check()
    const [mine] = await issues()
    // Renamed by a person: still the action's issue.
    await renameIssue(mine!.number, 'Renamed by a person', await workflowToken(admin, { issues: 'write' }))
    await check()
    expect((await issues()).map((i) => [i.number, i.title])).toEqual([[mine!.number, 'Workload identity drift: aks-sandbox / apps (app-sa)']])
    // A second workload, drifting from the start (nothing of it exists): its own issue.
    await check({ namespace: 'payments', 'service-account-name': 'payments-api', 'identity-name': 'id-payments' })
    const titles = (await issues()).map((i) => i.title)
    expect(titles).toEqual(['Workload identity drift: aks-sandbox / apps (app-sa)', 'Workload identity drift: aks-sandbox / payments (payments-api)'])
  })

  it('an assignee GitHub refuses: a warning, and the issue opened without', async () => {
    await admin.azure.alterResource(identity().id, { tags: { ...identity().tags, team: 'b' } })
    const run = await check({ 'drift-issue-assignees': 'octocat,no-such-person' })
    expect(run.sink.warnings.some((w) => w.startsWith('GitHub refused the assignees octocat, no-such-person (Validation Failed)'))).toBe(true)
    expect((await issues()).map((i) => i.assignees)).toEqual([[]])
  })

  it("without 'issues: write' the step fails after the summary, naming the permission; nothing else written", async () => {
    await admin.azure.alterResource(identity().id, { tags: { ...identity().tags, team: 'b' } })
    token = await workflowToken(admin, { contents: 'read' })
    const since = lastSeq(sb)
    const { error, sink } = await runInFailing(sb, nightly(), { ...WORKLOAD(), ...CHECK, 'comment-token': token })
    expect(error.message).toBe(
      "Writing the drift issue in octo-org/octo-repo failed (HTTP 403): Resource not accessible by integration — give the job 'permissions: issues: write' (or a 'comment-token' that may write issues)"
    )
    expect(sink.summaries[0]).toContain('⚠️ **Drift:**')
    expect(writesSince(sb, since)).toEqual([])
  })
})

/** A person renames the issue (through the API, as the web page does). */
async function renameIssue(number: number, title: string, tok: string): Promise<void> {
  const res = await caFetch(sb.tls.caPem)(`${sb.urls.github}/repos/octo-org/octo-repo/issues/${number}`, {
    method: 'PATCH',
    headers: { authorization: `token ${tok}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title })
  })
  expect(res.status).toBe(200)
}
