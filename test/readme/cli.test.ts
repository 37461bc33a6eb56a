// The README's command-line example against the sandbox, run exactly as written (issue 14: it failed with
// endpoints_resolution_error because the config file's CA was not applied to sign-in). It runs in a folder of its
// own (the repository's package.json, node_modules, dist and test linked in), in a shell whose NODE_EXTRA_CA_CERTS
// names another CA, as a developer's often does; the shell is its own process group (test/helpers/processes.ts),
// killed as one when the test file ends, whatever happened.
import { expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { symlink } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { run } from '../helpers/processes.js'
import { tempDir } from '../helpers/run-action.js'

const readme = readFileSync('README.md', 'utf8')
const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('## Development'))
const block = [...section.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('node dist/cli.js'))

it("the README's sandbox example runs as written: the sandbox, then an apply through its config file", async () => {
  expect(block).toBeDefined()
  expect(existsSync('dist/cli.js')).toBe(true)
  const dir = await tempDir('aks-wi-readme-cli-')
  for (const f of ['package.json', 'node_modules', 'dist', 'test', 'tsconfig.json']) await symlink(resolve(f), join(dir, f))
  const other = ['/etc/ssl/certs/ca-certificates.crt'].find(existsSync)
  const r = await run('bash', ['-e', '-c', block!], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: dir, ...(other ? { NODE_EXTRA_CA_CERTS: other } : {}) },
    timeoutMs: 110_000
  })
  const out = r.stdout + r.stderr
  const code = r.code
  expect(out).not.toContain('endpoints_resolution_error')
  expect(code).toBe(0)
  expect(out).toMatch(/Signed in to Azure with environment/)
  expect(out).toMatch(/client-id = [0-9a-f-]{36}/)
  expect(out).toContain('verified = true')
  // `kill %1` stopped the sandbox cleanly.
  expect(out).toContain('sandbox stopped (SIGTERM)')
}, 120_000)
