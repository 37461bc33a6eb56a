// Runner registration with GitHub App credentials alone (no github-token), the whole action in-process against
// the sandbox: the installation token is minted for the run with only what runners need, used for JIT
// registration and cleanup, masked, and revoked when the run ends; the private key is nowhere the run wrote.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { SandboxClient, type SandboxApp } from '../sandbox/client.js'
import { lastSeq } from '../modes/run.js'
import { githubCalls, runEnv, runIn, runInFailing } from './helpers.js'

let sb: Sandbox
let admin: SandboxClient
let app: SandboxApp

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true, consistency: { clusterOperationMs: 100 } }, kube: { podStartMs: 50, podStopMs: 10 } })
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
  app = (await admin.github.apps()).find((a) => a.id === SEED.app.id)!
})
afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})
beforeEach(() => sb.reset())

/** The App instead of the sandbox's admin token. */
const appInputs = () => ({ 'github-token': '', 'github-app-id': String(app.id), 'github-app-private-key': app.private_key, 'runner-count': '2' })

describe('runners registered as a GitHub App', () => {
  it('registers, re-runs and cleans up with App credentials alone; the token is masked and revoked; the key is nowhere', async () => {
    const since = lastSeq(sb)
    const run = await runIn(sb, runEnv(sb, 'workflow_dispatch'), appInputs())
    const calls = githubCalls(sb, since)
    // Installation for the repository, a token for it, the runner API with that token, the token revoked at the end.
    expect(calls[0]).toBe('apps/get-repo-installation 200')
    expect(calls[1]).toBe('apps/create-installation-access-token 201')
    expect(calls.filter((c) => c === 'actions/generate-runner-jitconfig-for-repo 201')).toHaveLength(2)
    expect(calls.at(-1)).toBe('apps/revoke-installation-access-token 204')
    expect(calls.filter((c) => / 40[13] /.test(c))).toEqual([])
    const runners = await admin.github.runners()
    expect(runners.map((r) => r.name).sort()).toEqual(run.outputs['runner-names']!.split('\n').sort())

    // The token the run used was masked the moment it arrived, and no longer works.
    const minted = sb.secrets.all().filter((s) => s.kind === 'github-token' && s.value.startsWith('ghs_')).map((s) => s.value)
    const token = minted.find((t) => run.sink.secrets.includes(t))
    expect(token).toBeDefined()
    expect(sb.parts.github!.dump!()).toMatchObject({ tokens: expect.not.arrayContaining([expect.objectContaining({ login: `${SEED.app.slug}[bot]` })]) })

    // The log says which App, installation, scope and permission; never the key or the token.
    const text = [...run.sink.lines, ...run.sink.warnings, ...run.sink.summaries, JSON.stringify(run.sink.outputs), JSON.stringify(run.plan)].join('\n')
    expect(text).toMatch(new RegExp(`GitHub App ${app.id}: installation ${SEED.app.installationId}, a token for octo-org/octo-repo with administration: write, metadata: read`))
    for (const line of app.private_key.split('\n').filter((l) => l.length > 20 && !l.startsWith('-----'))) expect(text).not.toContain(line)
    expect(text).not.toContain(token!)

    // Destroy removes the runners' registrations with a token of its own.
    const before = lastSeq(sb)
    await runIn(sb, runEnv(sb, 'workflow_dispatch'), { ...appInputs(), mode: 'destroy' })
    const destroyCalls = githubCalls(sb, before)
    expect(destroyCalls.filter((c) => c.startsWith('actions/delete-self-hosted-runner-from-repo'))).toHaveLength(2)
    expect(destroyCalls.at(-1)).toBe('apps/revoke-installation-access-token 204')
    expect(await admin.github.runners()).toEqual([])
  })

  it('organisation runners: the org installation and organization_self_hosted_runners: write', async () => {
    const since = lastSeq(sb)
    await runIn(sb, runEnv(sb, 'workflow_dispatch'), { ...appInputs(), 'runner-count': '1', 'runner-scope': `org:${SEED.org}`, 'runner-group-id': '2' })
    const calls = githubCalls(sb, since)
    expect(calls.slice(0, 2)).toEqual(['apps/get-org-installation 200', 'apps/create-installation-access-token 201'])
    expect(calls).toContain('actions/generate-runner-jitconfig-for-org 201')
  })

  it('a run that fails after the token was minted (before any summary) still revokes it', async () => {
    // The runners' observation fails: the run stops before its plan, with the token already minted.
    sb.faults.add({ service: 'github', operation: 'actions/list-self-hosted-runners-for-repo', kind: 'status', status: 422, body: { message: 'Validation Failed' } })
    const since = lastSeq(sb)
    const { error } = await runInFailing(sb, runEnv(sb, 'workflow_dispatch'), appInputs())
    expect(error.message).toMatch(/Validation Failed/)
    const calls = githubCalls(sb, since)
    expect(calls).toContain('actions/list-self-hosted-runners-for-repo 422')
    expect(calls.at(-1)).toBe('apps/revoke-installation-access-token 204')
  })

  it('a key of another App fails the run at the first GitHub request, saying the ID and key must match', async () => {
    const other = await admin.github.addApp({ slug: 'another-app' })
    const { error } = await runInFailing(sb, runEnv(sb, 'workflow_dispatch'), { ...appInputs(), 'github-app-private-key': other.private_key })
    expect(error.message).toMatch(/'github-app-id' \(424242\) and 'github-app-private-key' must belong to the same App/)
    expect(await admin.github.runners()).toEqual([])
  })
})
