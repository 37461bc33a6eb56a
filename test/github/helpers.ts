// Runs of the whole action in-process against the whole sandbox, as a workflow run for a pull request or on a
// schedule: the runner's GitHub environment (event name and payload file, run id and number, server URL) and
// the token the job's `permissions:` would give its GITHUB_TOKEN.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { execute, ALL_KINDS } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import type { Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import type { SandboxClient } from '../sandbox/client.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { FAST, idTokenFrom, settingsFor } from '../engine/helpers.js'
import { annotatingSink, BASE_INPUTS, type Annotated, type Run } from '../modes/run.js'
import { tempDir } from '../helpers/run-action.js'

export type Env = Record<string, string>

/** The workflow's GITHUB_TOKEN as `permissions:` makes it: an installation token of the repository. */
export function workflowToken(admin: SandboxClient, permissions: Record<string, 'read' | 'write'>): Promise<string> {
  return admin.github.addToken({ kind: 'installation', login: 'github-actions[bot]', read: { repos: [SEED.repo] }, permissions: { metadata: 'read', ...permissions } })
}

let runId = 1000

/** The environment of a workflow run on GitHub's runner (for `event`), on top of the sandbox's. */
export function runEnv(sb: Sandbox, event: string, extra: Env = {}): Env {
  runId += 1
  return {
    ...sb.env,
    GITHUB_EVENT_NAME: event,
    GITHUB_SERVER_URL: sb.urls.github,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_NUMBER: String(runId - 1000),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: event === 'schedule' ? 'drift' : 'review',
    GITHUB_SHA: 'a'.repeat(40),
    ...extra
  }
}

/** A pull request opened in the sandbox and the environment of a `pull_request` run for it (payload file written). */
export async function pullRequestRun(sb: Sandbox, admin: SandboxClient, p: Parameters<SandboxClient['github']['openPullRequest']>[0] = {}) {
  const pr = await admin.github.openPullRequest(p)
  const dir = await tempDir('aks-wi-event-')
  const path = join(dir, 'event.json')
  await writeFile(path, JSON.stringify(pr.event))
  return { number: pr.number, env: (): Env => runEnv(sb, 'pull_request', { GITHUB_EVENT_PATH: path, GITHUB_REF: `refs/pull/${pr.number}/merge` }) }
}

/** The action in-process with `env` as the runner's environment. */
export async function runIn(sb: Sandbox, env: Env, inputs: Record<string, string>, sink: Annotated = annotatingSink()): Promise<Run> {
  const result = await execute(settingsFor(sb, { ...BASE_INPUTS, ...inputs }, env), {
    ...FAST,
    kinds: ALL_KINDS,
    desired: desiredState,
    sink,
    env,
    ca: sb.tls.caPem,
    idToken: idTokenFrom(sb, env),
    azOnPath: async () => false,
    githubFetch: caFetch(sb.tls.caPem)
  })
  return { ...result, sink }
}

/** A run expected to fail: its error and what it recorded. */
export async function runInFailing(sb: Sandbox, env: Env, inputs: Record<string, string>): Promise<{ error: Error; sink: Annotated }> {
  const sink = annotatingSink()
  try {
    await runIn(sb, env, inputs, sink)
  } catch (error) {
    return { error: error as Error, sink }
  }
  throw new Error('the run was expected to fail')
}

/** GitHub requests after `since`: operation and status, in order. */
export const githubCalls = (sb: Sandbox, since: number) =>
  sb.log
    .all()
    .filter((e) => e.seq > since && e.service === 'github')
    .map((e) => `${e.operation} ${e.status}`)
