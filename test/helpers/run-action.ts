// Runs the built action (dist/index.js) the way GitHub's runner does: a child process with INPUT_* variables
// and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, from a folder with no node_modules above it, so a bundle
// that secretly resolves a dependency from the project's node_modules fails here.
import { spawn } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

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
let bundleDir: string | undefined

/** Copies the bundle (index.js and its chunks) once per test file into a temp folder outside the project. */
async function isolatedBundle(): Promise<string> {
  if (!bundleDir) {
    bundleDir = await mkdtemp(join(tmpdir(), 'aks-wi-dist-'))
    await cp(DIST, bundleDir, { recursive: true })
  }
  return join(bundleDir, 'index.js')
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

export async function runAction(inputs: Record<string, string>, env: Record<string, string> = {}, timeoutMs = 120_000): Promise<ActionRun> {
  const script = await isolatedBundle()
  const work = await mkdtemp(join(tmpdir(), 'aks-wi-run-'))
  const outputFile = join(work, 'output.txt')
  const summaryFile = join(work, 'summary.md')
  await writeFile(outputFile, '')
  await writeFile(summaryFile, '')
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: work,
    RUNNER_TEMP: work,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ACTIONS: 'true',
    ...env
  }
  for (const [k, v] of Object.entries(inputs)) childEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v
  const child = spawn(process.execPath, [script], { cwd: work, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number>((resolveCode, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`action did not finish in ${timeoutMs} ms\n${stdout}\n${stderr}`))
    }, timeoutMs)
    child.on('close', (c) => {
      clearTimeout(timer)
      resolveCode(c ?? -1)
    })
  })
  const outputText = await readFile(outputFile, 'utf8')
  const summary = await readFile(summaryFile, 'utf8')
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(outputText),
    summary,
    errors: commandLines(stdout, 'error'),
    warnings: commandLines(stdout, 'warning'),
    masks: stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length)),
    everything: [stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n'), stderr, outputText, summary].join('\n')
  }
}
