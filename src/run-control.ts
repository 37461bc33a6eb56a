// How a run is stopped before its end: a cancelled job (SIGTERM or SIGINT from the runner) or the `timeout`
// input. Two signals: `stop` (start nothing new: no new step, no new write, no new retry) fires at once, and
// `abort` (abandon what is in flight: every request carries it) fires a grace period later, so that a write
// already sent can finish and be recorded. Kinds register what they have half made (a registration without its
// pod, a pod without its Secret) with `halfMade`, and `cleanUp` removes whatever is still registered once the
// run has stopped. No I/O of its own: the process wiring is in main.ts, the requests in the adapters.
import { setMaxListeners } from 'node:events'
import { StoppedError } from './transport.js'

/** Production timings after a stop: in-flight requests get GRACE_MS, clean-up CLEANUP_MS, then the run reports and exits. */
export const GRACE_MS = 4_000
export const CLEANUP_MS = 3_000

interface Undo {
  what: string
  undo: (signal: AbortSignal) => Promise<void>
}

export class RunControl {
  private readonly stopper = new AbortController()
  private readonly aborter = new AbortController()
  private readonly undos = new Map<number, Undo>()
  private next = 0
  private graceTimer?: ReturnType<typeof setTimeout>
  /** Why the run was stopped (undefined while it was not). */
  reason?: string

  constructor() {
    // Every request in flight listens to the stop (AbortSignal.any): many at once is normal, not a leak.
    setMaxListeners(0, this.stopper.signal, this.aborter.signal)
  }

  /** Aborted when the run must start nothing new. */
  get stopSignal(): AbortSignal {
    return this.stopper.signal
  }

  /** Aborted when requests in flight must be abandoned (GRACE_MS after the stop). */
  get abortSignal(): AbortSignal {
    return this.aborter.signal
  }

  get stopped(): boolean {
    return this.stopper.signal.aborted
  }

  /** Stops the run: nothing new starts now, what is in flight is abandoned after `graceMs`. A second call aborts at once. */
  stop(reason: string, graceMs = GRACE_MS): void {
    if (this.stopped) {
      this.abortNow()
      return
    }
    this.reason = reason
    this.stopper.abort(new StoppedError(reason))
    this.graceTimer = setTimeout(() => this.abortNow(), graceMs)
    this.graceTimer.unref()
  }

  private abortNow(): void {
    if (this.graceTimer) clearTimeout(this.graceTimer)
    if (!this.aborter.signal.aborted) this.aborter.abort(new StoppedError(this.reason ?? 'the run was stopped'))
  }

  /** Throws StoppedError when the run was stopped: call before starting a write. */
  checkpoint(): void {
    if (this.stopped) throw new StoppedError(this.reason ?? 'the run was stopped')
  }

  /**
   * Registers something half made and how to remove it (e.g. a JIT registration whose pod is not created yet);
   * call the returned function once it is whole (or removed). Whatever is still registered when the run stops
   * is removed by `cleanUp`.
   */
  halfMade(what: string, undo: (signal: AbortSignal) => Promise<void>): () => void {
    const id = this.next++
    this.undos.set(id, { what, undo })
    return () => void this.undos.delete(id)
  }

  /** What is still registered as half made. */
  pending(): string[] {
    return [...this.undos.values()].map((u) => u.what)
  }

  /** Removes what is still half made, each within `timeoutMs` (its requests get their own signal: the run's is aborted). */
  async cleanUp(log: (message: string) => void, timeoutMs = CLEANUP_MS): Promise<void> {
    const all = [...this.undos.entries()]
    this.undos.clear()
    await Promise.all(
      all.map(async ([, u]) => {
        try {
          await u.undo(AbortSignal.timeout(timeoutMs))
          log(`Removed what was half made: ${u.what}.`)
        } catch (err) {
          log(
            `Could not remove what was half made (${u.what}): ${err instanceof Error ? err.message : String(err)}; the next run removes it.`
          )
        }
      })
    )
  }
}
