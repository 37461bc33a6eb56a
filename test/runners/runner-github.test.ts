// src/github/runners.ts against the sandbox's GitHub API through the real @actions/github Octokit: JIT configs
// for repository and organisation scope, masking on arrival, listing by prefix (all pages), deletion.
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { SEED, decodeJitConfig } from '../sandbox/github/index.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { githubRunners, GitHubApiError, type GitHubRunners } from '../../src/github/runners.js'
import type { RunnerScope } from '../../src/settings.js'

let sb: Sandbox
let fetchCa: typeof fetch
const masked: string[] = []
const repoScope: RunnerScope = { kind: 'repo', owner: 'octo-org', repo: 'octo-repo' }

const client = (scope: RunnerScope, token: string = SEED.adminToken, groupId = 1): Promise<GitHubRunners> =>
  githubRunners({ token, baseUrl: sb.urls.github, scope, labels: ['self-hosted', 'aks'], groupId, fetch: fetchCa, mask: (s) => masked.push(s) })

beforeAll(async () => {
  sb = await startSandbox()
  fetchCa = caFetch(sb.tls.caPem)
})
afterAll(async () => sb?.stop())
beforeEach(() => {
  sb.reset()
  masked.length = 0
})

test('repository JIT config: registered under the name, masked the moment it arrives', async () => {
  const gh = await client(repoScope)
  const jit = await gh.generateJitConfig('aks-wi-runner-abcd1234')
  expect(jit.runner).toMatchObject({ name: 'aks-wi-runner-abcd1234', busy: false })
  expect(masked).toEqual([jit.encodedJitConfig])
  const files = decodeJitConfig(jit.encodedJitConfig)
  expect(files['.runner'].AgentName).toBe('aks-wi-runner-abcd1234')
  expect(files['.runner'].AgentId).toBe(String(jit.runner.id))
  const listed = await gh.listByPrefix('aks-wi-runner-')
  expect(listed.map((r) => r.id)).toEqual([jit.runner.id])
})

test('organisation scope uses the org endpoint and the runner group', async () => {
  const gh = await client({ kind: 'org', org: SEED.org }, SEED.adminToken, SEED.extraGroup.id)
  const jit = await gh.generateJitConfig('org-runner-00000001')
  expect(decodeJitConfig(jit.encodedJitConfig)['.runner'].PoolId).toBe(String(SEED.extraGroup.id))
  expect((await gh.listByPrefix('org-runner-')).map((r) => r.name)).toEqual(['org-runner-00000001'])
  // Not visible at repository scope: a different registration.
  expect(await (await client(repoScope)).listByPrefix('org-runner-')).toEqual([])
})

test('listing by prefix returns exactly the runners with the prefix', async () => {
  const gh = await client(repoScope)
  const names = Array.from({ length: 5 }, (_, i) => `pfx-${String(i).padStart(8, '0')}`)
  for (const n of names) await gh.generateJitConfig(n)
  await gh.generateJitConfig('other-00000000')
  const listed = await gh.listByPrefix('pfx-')
  expect(listed.map((r) => r.name).sort()).toEqual(names)
})

test('remove deletes the record; a second remove reports it already gone', async () => {
  const gh = await client(repoScope)
  const jit = await gh.generateJitConfig('gone-00000000')
  expect(await gh.remove(jit.runner.id)).toBe(true)
  expect(await gh.remove(jit.runner.id)).toBe(false)
  expect(await gh.listByPrefix('gone-')).toEqual([])
})

test("the workflow's GITHUB_TOKEN is refused with advice naming the permission", async () => {
  const gh = await client(repoScope, SEED.workflowToken)
  const err = await gh.generateJitConfig('x-00000000').catch((e: unknown) => e)
  expect(err).toBeInstanceOf(GitHubApiError)
  expect((err as GitHubApiError).status).toBe(403)
  expect((err as Error).message).toMatch(/Administration read & write/)
  expect((err as Error).message).not.toContain(SEED.workflowToken)
})
