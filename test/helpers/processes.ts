// Every child process a test starts goes through here. Each one leads its own process group (spawned
// detached), and is killed as a group, so whatever it started in turn (a wrapper's real process, a sandbox,
// a shell's commands) goes with it:
// - when the test is done with it (`stop()`, or `run()` returning),
// - when a `run()` overruns its `timeoutMs` (a guard, never an assertion),
// - whatever happened, at the end of every test file (test/helpers/jest-setup.ts calls `killAll()` in afterAll),
//   and when the jest worker exits.
// A failed test therefore never orphans a process that keeps jest (or the machine) busy.
import { spawn, type ChildProcess } from 'node:child_process'

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

export interface Child {
  readonly pid: number
  /** Everything it wrote so far. */
  readonly stdout: string
  readonly stderr: string
  /** Resolves when the process has exited and its output is closed. */
  readonly exited: Promise<Exit>
  /** Resolves with the first line it writes on stdout; rejects if it exits first. */
  firstLine(): Promise<string>
  /** Sends `signal` to the whole process group (no-op once it has exited). */
  signal(signal: NodeJS.Signals): void
  /** Kills the whole group (SIGKILL) and waits for the exit. */
  stop(): Promise<Exit>
}

export interface StartOptions {
  cwd?: string
  /** The whole environment of the child (default: the test's own). */
  env?: NodeJS.ProcessEnv
  /** Written to stdin, which is then closed (default: stdin closed at once). */
  input?: string
  /** Called with each piece of stderr as it comes (progress of a long child), besides collecting it. */
  onStderr?: (text: string) => void
  /**
   * false: the child stays in the caller's process group instead of leading its own, and only it is killed here.
   * For a script run inside a namespace by test/real/namespace.ts, whose launcher kills that whole group: a
   * detached child would outlive it. Default true, but false in such a script (runInNamespace sets
   * AKS_WI_PROCESS_GROUP=inherit), so the helpers it shares with the jest tests need no option.
   */
  detached?: boolean
}

const live = new Set<Child>()

function killGroup(pid: number, signal: NodeJS.Signals, group = true): void {
  try {
    process.kill(group ? -pid : pid, signal)
  } catch {
    // ESRCH: the group is gone already.
  }
}

/** Starts `command` in its own process group; it is killed at the latest when the test file ends. */
export function start(command: string, args: readonly string[], options: StartOptions = {}): Child {
  const detached = options.detached ?? process.env.AKS_WI_PROCESS_GROUP !== 'inherit'
  const proc: ChildProcess = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'], detached })
  if (proc.pid === undefined) {
    // spawn failed (ENOENT, ...): the 'error' event carries why.
    const failed = new Promise<never>((_, reject) => proc.once('error', reject))
    failed.catch(() => undefined)
    return {
      pid: -1,
      stdout: '',
      stderr: '',
      exited: failed,
      firstLine: () => failed,
      signal: () => undefined,
      stop: () => failed
    }
  }
  const pid = proc.pid
  let stdout = ''
  let stderr = ''
  let done = false
  proc.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')))
  proc.stderr!.on('data', (d: Buffer) => {
    const text = d.toString('utf8')
    stderr += text
    options.onStderr?.(text)
  })
  proc.stdin!.on('error', () => undefined) // a child that exits without reading its input
  proc.stdin!.end(options.input ?? '')
  const exited = new Promise<Exit>((resolve) =>
    proc.once('close', (code, signal) => {
      done = true
      live.delete(child)
      // Anything the leader left behind in its group goes too.
      if (detached) killGroup(pid, 'SIGKILL')
      resolve({ code, signal })
    })
  )
  const child: Child = {
    pid,
    get stdout() {
      return stdout
    },
    get stderr() {
      return stderr
    },
    exited,
    firstLine: () =>
      new Promise((resolve, reject) => {
        const look = (): boolean => {
          const nl = stdout.indexOf('\n')
          if (nl < 0) return false
          resolve(stdout.slice(0, nl))
          return true
        }
        if (look()) return
        const onData = (): void => {
          if (look()) proc.stdout!.off('data', onData)
        }
        proc.stdout!.on('data', onData)
        void exited.then((e) => reject(new Error(`${command} exited (code ${e.code}, signal ${e.signal}) before writing a line\nstdout: ${stdout}\nstderr: ${stderr}`)))
      }),
    signal: (signal) => {
      if (!done) killGroup(pid, signal, detached)
    },
    stop: () => {
      if (!done) killGroup(pid, 'SIGKILL', detached)
      return exited
    }
  }
  live.add(child)
  return child
}

export interface RunResult extends Exit {
  stdout: string
  stderr: string
}

/**
 * Runs `command` to its end and returns its exit and output (a non-zero exit is a result, not an error).
 * `timeoutMs` is a guard against a hung child: past it the group is killed and the run rejects with the output.
 */
export async function run(command: string, args: readonly string[], options: StartOptions & { timeoutMs?: number } = {}): Promise<RunResult> {
  const child = start(command, args, options)
  let timer: NodeJS.Timeout | undefined
  const guard = new Promise<never>((_, reject) => {
    if (options.timeoutMs === undefined) return
    timer = setTimeout(() => {
      void child.stop().then(() => reject(new Error(`${command} ${args.join(' ')} still running after ${options.timeoutMs} ms: killed\nstdout: ${child.stdout}\nstderr: ${child.stderr}`)))
    }, options.timeoutMs)
  })
  try {
    const exit = await Promise.race([child.exited, guard])
    return { ...exit, stdout: child.stdout, stderr: child.stderr }
  } finally {
    clearTimeout(timer)
    await child.stop()
  }
}

/** Kills every child still running, each as a group. */
export function killAll(): void {
  for (const c of [...live]) c.signal('SIGKILL')
}

/** How many children are still running (a test file should leave none). */
export const running = (): number => live.size

// If the worker exits before the test file's afterAll (a crash), its children go with it.
process.on('exit', killAll)

/** For the test file's afterAll: kill what is left and stop listening for the worker's exit. */
export function cleanUp(): void {
  killAll()
  process.off('exit', killAll)
}
