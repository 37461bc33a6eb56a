// Runs the BUILT action (dist/index.js, copied outside the project so it cannot resolve anything from
// node_modules) as GitHub's runner does: a child process with INPUT_* variables and the runner's files
// (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_STEP_SUMMARY, GITHUB_STATE, GITHUB_PATH), a workspace, RUNNER_TEMP and HOME
// of its own. The child leads its own process group, so a timeout or an interruption ends everything it started.
import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'

/** A signal sent while the action runs, once the sandbox has seen `afterRequests` requests since it started. */
export interface Interruption {
  signal: 'SIGTERM' | 'SIGKILL'
  afterRequests: number
}

export interface ProcessOptions {
  inputs: Record<string, string>
  env: Record<string, string>
  /** The harness kills the process group after this long and calls the run hung. */
  timeoutMs: number
  interruption?: Interruption
  /** How many requests the sandbox has logged so far (for the interruption point). */
  requestCount?: () => number
  /** After SIGTERM, how long the action may take to stop before the group is killed (the issue asks for 5 s). */
  termGraceMs?: number
  /** Called just before the interruption's signal is sent. */
  onInterrupt?: () => void
}

export interface ActionResult {
  /** Exit code, or null when a signal ended it. */
  code: number | null
  signal: NodeJS.Signals | null
  /** Killed by the harness after `timeoutMs`. */
  hung: boolean
  /** Killed by the harness because it did not stop within the grace after SIGTERM. */
  ignoredTerm: boolean
  /** The interruption that was delivered (undefined when the run ended before its point). */
  interrupted?: Interruption
  /** Still running this long after SIGTERM (ms), when it stopped by itself. */
  stopMs?: number
  wallMs: number
  /** Epoch ms when the process started and ended. */
  startedAt: number
  endedAt: number
  stdout: string
  stderr: string
  /** `::error::` messages (decoded). */
  errors: string[]
  summary: string
  outputs: string
  /** Every file the run left behind, by where it lies, with its content (runner files, RUNNER_TEMP, workspace, HOME). */
  files: Array<{ where: string; content: Buffer }>
}

let bundle: Promise<string> | undefined

/** The bundle copied once into a temp folder with no node_modules above it. */
export function isolatedBundle(dist = resolve(process.cwd(), 'dist')): Promise<string> {
  bundle ??= (async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aks-wi-chaos-dist-'))
    await cp(dist, dir, { recursive: true })
    return join(dir, 'index.js')
  })()
  return bundle
}

/** Removes the bundle's temp copy (the harness calls it when it ends). */
export async function removeBundle(): Promise<void> {
  if (!bundle) return
  const dir = dirname(await bundle)
  bundle = undefined
  await rm(dir, { recursive: true, force: true })
}

/** Live process groups, so that the harness can end them all if it is itself stopped. */
const live = new Set<ChildProcess>()

export function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    /* already gone */
  }
}

/** Kills every process group still running (harness shutdown). */
export function killAll(): void {
  for (const c of live) killGroup(c)
}

const FILE_NAMES = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_STEP_SUMMARY: 'summary.md', GITHUB_STATE: 'state', GITHUB_PATH: 'path' } as const

async function walk(dir: string, root: string, label: string, out: Array<{ where: string; content: Buffer }>): Promise<void> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    const p = join(dir, e.name)
    if (e.isDirectory()) await walk(p, root, label, out)
    else if (e.isFile() && (await stat(p)).size < 32 * 1024 * 1024) out.push({ where: `${label}/${relative(root, p)}`, content: await readFile(p) })
  }
}

export async function runActionProcess(o: ProcessOptions): Promise<ActionResult> {
  const script = await isolatedBundle()
  const root = await mkdtemp(join(tmpdir(), 'aks-wi-chaos-run-'))
  const dirs = { workspace: join(root, 'workspace'), temp: join(root, 'temp'), home: join(root, 'home'), files: join(root, 'files') }
  await Promise.all(Object.values(dirs).map((d) => mkdir(d, { recursive: true })))
  const runnerFiles: Record<string, string> = {}
  for (const [k, name] of Object.entries(FILE_NAMES)) {
    runnerFiles[k] = join(dirs.files, name)
    await writeFile(runnerFiles[k], '')
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dirs.home,
    RUNNER_TEMP: dirs.temp,
    GITHUB_WORKSPACE: dirs.workspace,
    GITHUB_ACTIONS: 'true',
    ...runnerFiles,
    ...o.env
  }
  for (const [k, v] of Object.entries(o.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v

  const started = performance.now()
  const child = spawn(process.execPath, [script], { cwd: dirs.workspace, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  live.add(child)
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))

  let hung = false
  let ignoredTerm = false
  let interrupted: Interruption | undefined
  let termAt: number | undefined
  const timers: NodeJS.Timeout[] = []
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('close', (code, signal) => res({ code, signal })))
  timers.push(
    setTimeout(() => {
      hung = true
      killGroup(child)
    }, o.timeoutMs)
  )
  if (o.interruption && o.requestCount) {
    const { signal, afterRequests } = o.interruption
    const base = o.requestCount()
    const poll = setInterval(() => {
      if (o.requestCount!() - base < afterRequests) return
      clearInterval(poll)
      interrupted = o.interruption
      o.onInterrupt?.()
      if (signal === 'SIGKILL') return killGroup(child, 'SIGKILL')
      termAt = performance.now()
      // As the runner cancels a job: SIGTERM to the action, then a kill when it does not stop in time.
      killGroup(child, 'SIGTERM')
      timers.push(
        setTimeout(() => {
          ignoredTerm = true
          killGroup(child)
        }, o.termGraceMs ?? 10_000)
      )
    }, 5)
    timers.push(poll)
  }
  const { code, signal } = await exited
  const ended = performance.now()
  for (const t of timers) clearTimeout(t)
  killGroup(child) // anything the action left running in its group
  live.delete(child)

  const files: Array<{ where: string; content: Buffer }> = []
  for (const [k, p] of Object.entries(runnerFiles)) files.push({ where: k, content: await readFile(p) })
  await walk(dirs.temp, dirs.temp, 'RUNNER_TEMP', files)
  await walk(dirs.workspace, dirs.workspace, 'workspace', files)
  await walk(dirs.home, dirs.home, 'HOME', files)
  await rm(root, { recursive: true, force: true })
  return {
    code,
    signal,
    hung,
    ignoredTerm,
    interrupted,
    stopMs: termAt !== undefined && !hung && !ignoredTerm ? ended - termAt : undefined,
    wallMs: ended - started,
    startedAt: performance.timeOrigin + started,
    endedAt: performance.timeOrigin + ended,
    stdout,
    stderr,
    errors: stdout
      .split('\n')
      .filter((l) => l.startsWith('::error'))
      .map((l) => l.slice(l.indexOf('::', 2) + 2).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%')),
    summary: files.find((f) => f.where === 'GITHUB_STEP_SUMMARY')!.content.toString(),
    outputs: files.find((f) => f.where === 'GITHUB_OUTPUT')!.content.toString(),
    files
  }
}
