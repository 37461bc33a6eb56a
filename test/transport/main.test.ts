// Issue 12 at the entry point (src/main.ts): SIGTERM stops the run through its RunControl and the step fails with a
// message; a kubeconfig the run wrote is removed at the end (also on failure), or kept with keep-kubeconfig (its
// path an output, KUBECONFIG exported); inputs that fail validation still get a job summary. The runner's files
// (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY) are real temporary files; the engine is a stand-in.
import { EventEmitter } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from '@jest/globals'
import { run, type RunHooks } from '../../src/main.js'
import type { Settings } from '../../src/settings.js'

const BASE: Record<string, string> = { 'resource-group': 'rg', 'cluster-name': 'aks', 'identity-name': 'id-app', 'service-account-name': 'sa' }
let dir: string
const saved = { ...process.env }
const files = () => ({ output: join(dir, 'output'), env: join(dir, 'env'), summary: join(dir, 'summary.md') })

beforeAll(async () => {
  // One directory for the file: @actions/core keeps the first job-summary path it sees.
  dir = await mkdtemp(join(tmpdir(), 'aks-wi-main-'))
})
beforeEach(async () => {
  for (const f of Object.values(files())) await writeFile(f, '')
  process.env.GITHUB_OUTPUT = files().output
  process.env.GITHUB_ENV = files().env
  process.env.GITHUB_STEP_SUMMARY = files().summary
})
afterEach(() => {
  process.env = { ...saved }
  // core.setFailed sets the exit code of this very process: the test's failures are its own.
  process.exitCode = undefined
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

const inputs = (extra: Record<string, string> = {}) => {
  const all = { ...BASE, ...extra }
  return { get: (n: string) => all[n] ?? '', mask: () => undefined, env: {} }
}

test('SIGTERM stops the run: the engine sees the stop, the step fails with why, the kubeconfig it wrote is removed', async () => {
  const signals = new EventEmitter()
  const kubeconfig = join(dir, 'aks-wi-kubeconfig-1')
  await writeFile(kubeconfig, 'token: secret')
  const exits: number[] = []
  let sawStop = ''
  let busy!: () => void
  const started = new Promise<void>((resolve) => (busy = resolve))
  const execute = async (_s: Settings, hooks: RunHooks): Promise<void> => {
    hooks.onKubeconfig(kubeconfig)
    // The run is busy until it is stopped, as a real one waiting on a request.
    const stopped = new Promise<void>((resolve) => hooks.control.stopSignal.addEventListener('abort', () => resolve()))
    busy()
    await stopped
    sawStop = hooks.control.reason ?? ''
    throw new Error(`${hooks.control.reason}: 0 change(s) made`)
  }
  const running = run({ inputs: inputs(), execute, signals: signals as unknown as NodeJS.Process, exit: (c) => void exits.push(c) })
  // The signal comes while the engine runs (reading the inputs may await a module before the handlers are set).
  await started
  signals.emit('SIGTERM', 'SIGTERM')
  await running
  expect(sawStop).toBe('cancelled (SIGTERM)')
  expect(process.exitCode).toBe(1)
  expect(existsSync(kubeconfig)).toBe(false)
  expect(exits).toEqual([])
  // The handlers are gone once the run ended.
  expect(signals.listenerCount('SIGTERM')).toBe(0)
})

test('keep-kubeconfig: true keeps it, names it in the output kubeconfig-path and exports KUBECONFIG', async () => {
  const kubeconfig = join(dir, 'aks-wi-kubeconfig-2')
  await writeFile(kubeconfig, 'token: secret')
  await run({ inputs: inputs({ 'keep-kubeconfig': 'true' }), execute: async (_s, hooks) => hooks.onKubeconfig(kubeconfig), signals: new EventEmitter() as unknown as NodeJS.Process })
  expect(existsSync(kubeconfig)).toBe(true)
  expect(await readFile(files().output, 'utf8')).toContain(kubeconfig)
  expect(await readFile(files().env, 'utf8')).toMatch(new RegExp(`^KUBECONFIG<<`, 'm'))
  expect(await readFile(files().env, 'utf8')).toContain(kubeconfig)
  expect(process.exitCode).toBeUndefined()
})

test('the timeout input is read (default 900 s) and bounded', async () => {
  let seen = 0
  await run({ inputs: inputs(), execute: async (s) => void (seen = s.timeoutSeconds), signals: new EventEmitter() as unknown as NodeJS.Process })
  expect(seen).toBe(900)
  await run({ inputs: inputs({ timeout: '5' }), execute: async () => undefined, signals: new EventEmitter() as unknown as NodeJS.Process })
  expect(await readFile(files().summary, 'utf8')).toContain("Input 'timeout' = '5': must be a whole number from 30 to 21600")
})

test('inputs that fail validation still get a short job summary listing the problems', async () => {
  await run({ inputs: inputs({ 'runner-count': 'many', mode: 'aply' }), signals: new EventEmitter() as unknown as NodeJS.Process })
  const summary = await readFile(files().summary, 'utf8')
  expect(summary).toContain('✖ **2 input problems:** nothing was read or changed.')
  expect(summary).toContain('`runner-count`')
  expect(summary).toContain('`mode`')
  expect(process.exitCode).toBe(1)
})
