// The test environment of every test file (jest.config.js `testEnvironment`): Node's, plus two checks around each
// file, in the jest worker that runs it.
//
// - Open handles. Whatever the file leaves running after its last hook (a server, a socket, a child process, a
//   timer) fails the file, with a list of what it is. This replaces jest's `--detectOpenHandles`, which forces the
//   whole run into one process: with it `npm test` cannot use both cores. The handles are counted with
//   `process.getActiveResourcesInfo()` (what keeps a process alive: unref'd timers and sockets are not counted),
//   against the count when the file started; a handle still closing gets a grace period before it counts.
//   AKS_WI_OPEN_HANDLES=warn only prints the list, =off skips the check; for the stack that made a handle, run the
//   one file with `npm test -- test/x.test.ts --detectOpenHandles`.
// - Time. With AKS_WI_TEST_TIMES=<file>, one JSON line per test file is appended to <file>: its wall time and the
//   CPU time (user + system, seconds) of the worker and of the child processes it waited for (the built action,
//   az, kubectl, ...). The CPU time is what to compare on a busy machine, where wall time is noise.
import { appendFileSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import type { EnvironmentContext, JestEnvironmentConfig } from '@jest/environment'
import type { Circus } from '@jest/types'
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node'

type Counts = Map<string, number>

/** Requests in flight (fs, DNS, ...) end by themselves: only what can stay open counts as a leak. */
const TRANSIENT = /ReqWrap$|^FSReqCallback$|^FSReqPromise$|^Immediate$|^TTYWrap$|^PromiseWrap$/
const GRACE_MS = 10_000

function counts(): Counts {
  const c: Counts = new Map()
  for (const r of process.getActiveResourcesInfo()) if (!TRANSIENT.test(r)) c.set(r, (c.get(r) ?? 0) + 1)
  // The process's own stdin, stdout and stderr (pipes to jest in a worker) are opened on first use, by a test or a
  // library: they are not the file's to close.
  for (const h of activeHandles().filter(isStdio)) {
    const type = `${(h as { _handle: { constructor: { name: string } } })._handle.constructor.name}Wrap`
    if (c.has(type)) c.set(type, c.get(type)! - 1)
  }
  return c
}

const isStdio = (h: unknown): boolean => [0, 1, 2].includes((h as { _handle?: { fd?: number } } | null)?._handle?.fd ?? -1)

function extra(now: Counts, before: Counts): Counts {
  const out: Counts = new Map()
  for (const [k, n] of now) if (n > (before.get(k) ?? 0)) out.set(k, n - (before.get(k) ?? 0))
  return out
}

/** What the handles are, where Node tells (servers' and sockets' addresses, children's commands). */
function describeHandles(before: Set<unknown>): string[] {
  return activeHandles()
    .filter((h) => !before.has(h) && !isStdio(h) && h !== null && typeof h === 'object')
    .map((h) => {
      const o = h as Record<string, unknown>
      if (Array.isArray(o.spawnargs)) return `child process ${String(o.pid)}: ${o.spawnargs.join(' ').slice(0, 200)}`
      if (typeof o.address === 'function' && typeof o.listening === 'boolean') return `server on ${JSON.stringify(o.address.call(h))}`
      if ('remoteAddress' in o && o.remoteAddress === undefined)
        return `pipe or closed socket (fd ${String((o._handle as { fd?: number } | null)?.fd)})`
      if ('remoteAddress' in o) return `socket from port ${String(o.localPort)} to ${String(o.remoteAddress)}:${String(o.remotePort)}`
      return (h as { constructor?: { name?: string } }).constructor?.name ?? 'handle'
    })
}

/** The objects behind the ref'd handles (servers, sockets, child processes; not timers): Node's own, undocumented. */
const activeHandles = (): unknown[] => (process as unknown as { _getActiveHandles?: () => unknown[] })._getActiveHandles?.() ?? []

/** utime, stime, cutime, cstime of this process, in seconds (/proc/self/stat: clock ticks of 1/100 s). */
function cpu(): { self: number; children: number } {
  const self = process.cpuUsage()
  let children = 0
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    children = (Number(fields[13]) + Number(fields[14])) / 100
  } catch {
    // not Linux: the children's time is not known
  }
  return { self: (self.user + self.system) / 1e6, children }
}

const idle = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

export default class CheckedEnvironment extends NodeEnvironment {
  private readonly testPath: string
  private readonly rootDir: string
  private before: Counts = new Map()
  private handlesBefore = new Set<unknown>()
  private started = { wall: 0, self: 0, children: 0 }

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context)
    this.testPath = context.testPath
    this.rootDir = config.projectConfig.rootDir
  }

  override async setup(): Promise<void> {
    await super.setup()
    this.before = counts()
    this.handlesBefore = new Set(activeHandles())
    this.started = { wall: Date.now(), ...cpu() }
  }

  async handleTestEvent(event: Circus.Event, state: Circus.State): Promise<void> {
    if (event.name !== 'run_finish') return
    const mode = process.env.AKS_WI_OPEN_HANDLES ?? 'fail'
    if (mode === 'off') return
    let left = extra(counts(), this.before)
    for (const until = Date.now() + GRACE_MS; left.size > 0 && Date.now() < until; left = extra(counts(), this.before)) await idle(50)
    if (left.size === 0) return
    const what = [...left].map(([k, n]) => `${k} ×${n}`).join(', ')
    const message =
      `${relative(this.rootDir, this.testPath)} left open handles after its last test and hook (${GRACE_MS / 1000} s later): ${what}\n` +
      describeHandles(this.handlesBefore)
        .map((d) => `  - ${d}\n`)
        .join('') +
      'Stop what the file starts in afterAll (sandbox.stop(), server.close(), clearTimeout, processes.ts for children); ' +
      'the stack that made each handle: npm test -- <file> --detectOpenHandles'
    if (mode === 'warn') return console.warn(message)
    const error = new Error(message)
    error.stack = message // the list is the point, not this file's stack
    state.unhandledErrors.push(error)
  }

  override async teardown(): Promise<void> {
    const out = process.env.AKS_WI_TEST_TIMES
    if (out) {
      const now = cpu()
      const line = {
        file: relative(this.rootDir, this.testPath),
        wallSeconds: (Date.now() - this.started.wall) / 1000,
        cpuSeconds: +(now.self - this.started.self).toFixed(2),
        childCpuSeconds: +(now.children - this.started.children).toFixed(2),
        worker: process.env.JEST_WORKER_ID ?? '1'
      }
      appendFileSync(out, JSON.stringify(line) + '\n')
    }
    await super.teardown()
  }
}
