// Runs the built action (dist/index.js) the way GitHub's runner does: a child process with INPUT_* variables
// and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, from a folder with no node_modules above it, so a bundle
// that secretly resolves a dependency from the project's node_modules fails here.
import { mkdtempSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { run } from './processes.js'

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  /** Outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>
  /** Markdown written to GITHUB_STEP_SUMMARY. */
  summary: string
  /** `::error::` (and `::error title=...::`) lines, message part only. */
  errors: string[]
  warnings: string[]
  /** Values the action asked the runner to mask (`::add-mask::`). */
  masks: string[]
  /**
   * Everything the run wrote anywhere (stdout, stderr, outputs file, summary file) as a reader would see it,
   * for secret searches: `::add-mask::` lines are instructions the runner consumes, not shown, so they are left out.
   */
  everything: string
}

const DIST = resolve(process.cwd(), 'dist')
let bundle: Promise<string> | undefined
/** Temp folders this file made (the bundle copy, each run's work folder, tempDir's), removed when the test file ends. */
const made: string[] = []

/** A temp folder (`prefix` + random) removed with the others when the test file ends. */
export async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** tempDir for a synchronous caller (a beforeAll without await, a helper that returns a path): the same removal. */
export function tempDirSync(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })))
  bundle = undefined
}

/**
 * Copies the bundle (index.js, login/ and their chunks) once per test file into a temp folder outside the project. The
 * promise is shared, so runs started together all wait for the whole copy (none starts a half-copied bundle).
 */
function isolatedBundle(): Promise<string> {
  bundle ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aks-wi-dist-'))
    made.push(dir)
    await cp(DIST, dir, { recursive: true })
    return join(dir, 'index.js')
  })()
  return bundle
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIM\nvalue\nDELIM`) as @actions/core writes it. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!)
    if (!m) continue
    const [, name, delim] = m
    const value: string[] = []
    while (++i < lines.length && lines[i] !== delim) value.push(lines[i]!)
    out[name!] = value.join('\n')
  }
  return out
}

function commandLines(stdout: string, cmd: 'error' | 'warning'): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith(`::${cmd}`))
    .map((l) => l.slice(l.indexOf('::', 2) + 2).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'))
}

/** A step of the built bundle: the action (`index.js`), or the login action's main and post steps. */
export type Entry = 'index.js' | 'login/index.js' | 'login/post.js'

export interface StepRun extends ActionRun {
  /** Variables the step exported for later steps (GITHUB_ENV). */
  exported: Record<string, string>
  /** What it saved for its post step (GITHUB_STATE); the runner hands them to the post step as STATE_<name>. */
  state: Record<string, string>
  /** The folder the step ran in (its RUNNER_TEMP and HOME unless `env` says otherwise). */
  work: string
}

export async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<ActionRun> {
  return runStep('index.js', inputs, env, timeoutMs)
}

/** Runs one entry of the bundle as the runner does, with the GITHUB_* files a step gets; the child is killed on timeout. */
export async function runStep(entry: Entry, inputs: Record<string, string>, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<StepRun> {
  const script = join(dirname(await isolatedBundle()), entry)
  const work = await mkdtemp(join(tmpdir(), 'aks-wi-run-'))
  const files = { GITHUB_OUTPUT: 'output.txt', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_ENV: 'env.txt', GITHUB_STATE: 'state.txt' }
  for (const f of Object.values(files)) await writeFile(join(work, f), '')
  made.push(work)
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: work,
    RUNNER_TEMP: work,
    GITHUB_ACTIONS: 'true',
    ...Object.fromEntries(Object.entries(files).map(([k, f]) => [k, join(work, f)])),
    ...env
  }
  for (const [k, v] of Object.entries(inputs)) childEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  // The guard only stops a hung step (the whole process group); it asserts nothing about time.
  const { code: exitCode, stdout, stderr } = await run(process.execPath, [script], { cwd: work, env: childEnv, timeoutMs })
  const code = exitCode ?? -1
  const read = (k: keyof typeof files) => readFile(childEnv[k]!, 'utf8')
  const outputText = await read('GITHUB_OUTPUT')
  const summary = await read('GITHUB_STEP_SUMMARY')
  const exportedText = await read('GITHUB_ENV')
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(outputText),
    summary,
    errors: commandLines(stdout, 'error'),
    warnings: commandLines(stdout, 'warning'),
    masks: stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length)),
    everything: [stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), stderr, outputText, summary, exportedText].join('\n'),
    exported: parseOutputFile(exportedText),
    state: parseOutputFile(await read('GITHUB_STATE')),
    work
  }
}

/** The environment the runner gives a post step: STATE_<name> for each value its main step saved. */
export const postStateEnv = (state: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]))
