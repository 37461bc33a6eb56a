// The BUILT action (dist/, `npm run build` first) registering runners as a GitHub App, run as GitHub's runner runs
// it (a child process, inputs as INPUT_* variables): App credentials alone are enough, the installation token is
// masked and revoked, and the private key appears nowhere the process wrote; a wrong key fails the step with the
// key's problem named before the action sends any request.
import { existsSync } from 'node:fs'
import { createPublicKey } from 'node:crypto'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED } from '../sandbox/github/index.js'
import { SandboxClient, type SandboxApp } from '../sandbox/client.js'
import { runAction } from '../helpers/run-action.js'
import { WORKLOAD } from '../engine/helpers.js'
import { lastSeq } from '../modes/run.js'
import { githubCalls } from './helpers.js'

let sb: Sandbox
let admin: SandboxClient
let app: SandboxApp

beforeAll(async () => {
  if (!existsSync('dist/index.js')) throw new Error('dist/index.js is missing: run `npm run build` first')
  sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } } })
  admin = new SandboxClient(sb.urls.admin, sb.tls.caPem)
  app = (await admin.github.apps()).find((a) => a.id === SEED.app.id)!
})
afterAll(async () => {
  await admin?.close()
  await sb?.stop()
})

/** The sandbox's inputs with the App instead of its admin token (`auth: oidc`: the sandbox's input says 'github-oidc'). */
const inputs = (key: string) => ({
  ...sb.inputs,
  ...WORKLOAD,
  auth: 'oidc',
  verify: 'false',
  'runner-count': '1',
  'github-token': '',
  'github-app-id': String(app.id),
  'github-app-private-key': key
})

/** The base64 lines of a PEM: what a leak of the key would show. */
const keyLines = (pem: string) => pem.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'))

test('App credentials alone: the runner registers, the token is masked and revoked, the key is nowhere', async () => {
  const since = lastSeq(sb)
  const issuedBefore = sb.secrets.all().at(-1)?.seq ?? 0
  const run = await runAction(inputs(app.private_key), sb.env)
  expect(run.errors).toEqual([])
  expect(run.code).toBe(0)
  const calls = githubCalls(sb, since)
  expect(calls.slice(0, 2)).toEqual(['apps/get-repo-installation 200', 'apps/create-installation-access-token 201'])
  expect(calls).toContain('actions/generate-runner-jitconfig-for-repo 201')
  expect(calls.at(-1)).toBe('apps/revoke-installation-access-token 204')
  expect((await admin.github.runners()).map((r) => r.name)).toEqual([run.outputs['runner-names']])

  // The installation token the run minted was masked, and neither it nor the key shows anywhere.
  const minted = sb.secrets
    .all(issuedBefore)
    .filter((s) => s.kind === 'github-token' && s.value.startsWith('ghs_'))
    .map((s) => s.value)
  expect(minted.length).toBeGreaterThan(0)
  for (const t of minted) {
    expect(run.masks).toContain(t)
    expect(run.everything).not.toContain(t)
  }
  for (const line of keyLines(app.private_key)) {
    expect(run.masks).toContain(line)
    expect(run.everything).not.toContain(line)
  }
  expect(run.stdout).toContain(`GitHub App ${app.id}: installation ${SEED.app.installationId}, a token for octo-org/octo-repo with administration: write`)
})

test.each([
  ['a public key', () => createPublicKey(app.private_key).export({ type: 'spki', format: 'pem' }).toString(), "is a public key or certificate, not the App's private key"],
  ['a key whose line breaks were lost', () => app.private_key.trim().split('\n').join(' '), 'cannot be read as a private key (damaged, or its line breaks were lost)'],
  ['the key file cut short', () => app.private_key.trim().split('\n').slice(0, 5).join('\n'), "is cut short (no '-----END … PRIVATE KEY-----' line)"]
])('%s: the step fails with the problem named, before any request', async (_what, key, problem) => {
  const wrong = key()
  const since = lastSeq(sb)
  const run = await runAction(inputs(wrong), sb.env)
  expect(run.code).not.toBe(0)
  expect(run.errors).toContainEqual(expect.stringContaining(`Input 'github-app-private-key': ${problem}`))
  expect(sb.log.all().filter((e) => e.seq > since)).toEqual([])
  for (const line of keyLines(app.private_key)) expect(run.everything).not.toContain(line)
})
