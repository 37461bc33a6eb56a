// `comment: true` in pull_request runs of the whole action against the sandbox: the plan appears on the pull
// request as one comment per workload set, is edited in place (never duplicated) by later runs, says "No changes"
// on a converged state; a fork's read-only token, a run that is not for a pull request and a job without
// `pull-requests: write` never fail the run, and each says why in the log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SandboxClient } from '../sandbox/client.js'
import { SANDBOX_OPTIONS, lastSeq } from '../modes/run.js'
import { commentMarker, workloadSet } from '../../src/github-report.js'
import { githubCalls, pullRequestRun, runEnv, runIn, workflowToken } from './helpers.js'

let sb: Sandbox
let admin: SandboxClient

beforeAll(async () => {
  sb = await startSandbox(SANDBOX_OPTIONS)
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
})
afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})
beforeEach(() => sb.reset())

const PLAN = { mode: 'plan', 'fail-on-drift': 'false', comment: 'true' }
const commentsOn = async (number: number) => (await admin.github.issues()).find((i) => i.number === number)!.comments

describe('the plan on the pull request', () => {
  it('appears, is updated in place on every push, and says "No changes" once converged', async () => {
    const token = await workflowToken(admin, { contents: 'read', pull_requests: 'write' })
    const pr = await pullRequestRun(sb, admin, { title: 'orders-api: workload identity' })
    const inputs = { ...PLAN, 'comment-token': token }

    // First push: nothing exists yet, the plan creates everything.
    const first = await runIn(sb, pr.env(), inputs)
    let comments = await commentsOn(pr.number)
    expect(comments).toHaveLength(1)
    const [c] = comments
    expect(c!.user).toBe('github-actions[bot]')
    const set = workloadSet({
      subscriptionId: sb.subscriptionId,
      resourceGroup: 'rg-aks-sandbox',
      cluster: 'aks-sandbox',
      identityResourceGroup: 'rg-aks-sandbox',
      identity: 'id-app',
      namespace: 'apps',
      serviceAccount: 'app-sa'
    })
    expect(c!.body.split('\n')[0]).toBe(commentMarker(set))
    expect(c!.body).toContain('### Workload identity plan: `aks-sandbox` / `apps` / `app-sa`')
    expect(c!.body).toContain('<details open><summary>Plan</summary>')
    expect(c!.body).toMatch(/^\+ create identity:rg-aks-sandbox\/id-app/m)
    expect(c!.body).toContain('#### Drift')
    expect(c!.body).toContain(`(${sb.urls.github}/octo-org/octo-repo/actions/runs/`)
    expect(first.sink.lines.some((l) => l.startsWith(`Plan comment created on pull request #${pr.number}: ${sb.urls.github}/octo-org/octo-repo/pull/${pr.number}#issuecomment-${c!.id}`))).toBe(true)

    // Second push: applied (a deploy job of the same pull request); the same comment says what was done.
    const since = lastSeq(sb)
    await runIn(sb, pr.env(), { ...inputs, mode: 'apply' })
    expect(githubCalls(sb, since)).toEqual(['issues/list-comments 200', 'issues/update-comment 200'])
    comments = await commentsOn(pr.number)
    expect(comments.map((x) => x.id)).toEqual([c!.id])
    expect(comments[0]!.body).toContain('### Workload identity apply:')
    expect(comments[0]!.body).toContain('✅ **Applied:**')

    // Third push: converged; the comment says so, folded.
    await runIn(sb, pr.env(), inputs)
    comments = await commentsOn(pr.number)
    expect(comments.map((x) => x.id)).toEqual([c!.id])
    expect(comments[0]!.body).toContain('✅ **No changes.**')
    expect(comments[0]!.body).toContain('<details><summary>Plan and details</summary>')
    expect(comments[0]!.body).not.toContain('<details open>')
  })

  it('one comment per workload set on the same pull request', async () => {
    const token = await workflowToken(admin, { pull_requests: 'write' })
    const pr = await pullRequestRun(sb, admin)
    await runIn(sb, pr.env(), { ...PLAN, 'comment-token': token })
    await runIn(sb, pr.env(), { ...PLAN, 'comment-token': token, namespace: 'payments', 'service-account-name': 'payments-api' })
    await runIn(sb, pr.env(), { ...PLAN, 'comment-token': token })
    const comments = await commentsOn(pr.number)
    expect(comments).toHaveLength(2)
    expect(comments.map((c) => c.body.split('\n')[1])).toEqual([
      '### Workload identity plan: `aks-sandbox` / `apps` / `app-sa`',
      '### Workload identity plan: `aks-sandbox` / `payments` / `payments-api`'
    ])
  })

  it("from a fork's pull request: the log says so, no comment, and the run passes", async () => {
    const forkToken = await workflowToken(admin, { contents: 'read', pull_requests: 'read' })
    const pr = await pullRequestRun(sb, admin, { head_repo: 'outsider/octo-repo' })
    const run = await runIn(sb, pr.env(), { ...PLAN, 'comment-token': forkToken })
    expect(await commentsOn(pr.number)).toEqual([])
    expect(run.sink.lines.join('\n')).toContain(
      'This pull request comes from a fork (outsider/octo-repo): its workflow token is read-only, so no plan comment was posted (GitHub: Resource not accessible by integration). The plan is in the job summary.'
    )
    expect(run.sink.annotations.filter((a) => /comment/i.test(a.message))).toEqual([])
  })

  it("without 'pull-requests: write': a warning that names the permission; the run passes", async () => {
    const pr = await pullRequestRun(sb, admin)
    const run = await runIn(sb, pr.env(), { ...PLAN, 'comment-token': await workflowToken(admin, { contents: 'read' }) })
    expect(run.sink.warnings.find((w) => w.startsWith('The plan comment could not be posted'))).toMatch(
      /on pull request #\d+ \(HTTP 403: Resource not accessible by integration\): give the job 'permissions: pull-requests: write'/
    )
    expect(run.outputs.drift).toBe('true')
  })

  it('a run that is not for a pull request posts nothing and says why', async () => {
    const since = lastSeq(sb)
    const run = await runIn(sb, runEnv(sb, 'push'), { ...PLAN, 'comment-token': await workflowToken(admin, { pull_requests: 'write' }) })
    expect(run.sink.lines).toContain("comment: true, but this run is for the 'push' event, not a pull request: no plan comment (the plan is in the job summary).")
    expect(githubCalls(sb, since)).toEqual([])
  })
})
