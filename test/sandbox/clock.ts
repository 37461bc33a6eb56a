// The sandbox clock: real time plus an offset the test controls. Every time-dependent behaviour of the
// sandbox reads it (token lifetimes, assertion time ranges, eventual-consistency windows, cluster
// operations), and the waits that model a slow server (a federated-credential write occupying its identity)
// sleep on it, so a test moves time forward instead of waiting for it: `advance(ms)` ends every window and
// wakes every sleeper whose time has come, at once and in order.
import type { Clock } from './context.js'

interface Sleeper {
  until: number
  timer: NodeJS.Timeout
  wake: () => void
}

export class SandboxClock implements Clock {
  private offsetMs = 0
  private readonly sleepers = new Set<Sleeper>()
  private readonly onSleep: Array<() => void> = []

  /** Epoch milliseconds on the sandbox's clock. */
  now(): number {
    return Date.now() + this.offsetMs
  }

  /** How far the sandbox clock is ahead of real time (ms). */
  get skewMs(): number {
    return this.offsetMs
  }

  /** Sets the offset from real time (ms); sleepers whose time has come wake up. */
  setSkew(ms: number): void {
    this.offsetMs = ms
    this.wakeDue()
  }

  /** Moves the sandbox clock forward by `ms`; sleepers whose time has come wake up. */
  advance(ms: number): void {
    if (!(ms >= 0)) throw new Error(`the sandbox clock only moves forward (advance by ${ms} ms)`)
    this.setSkew(this.offsetMs + ms)
  }

  /** Resolves once the sandbox clock reaches now() + ms: by real time passing or by `advance`. */
  sleep(ms: number): Promise<void> {
    const until = this.now() + ms
    return new Promise((resolve) => {
      const sleeper: Sleeper = {
        until,
        // Real time still passes: the timer is the fallback when no test moves the clock.
        timer: setTimeout(() => sleeper.wake(), Math.max(0, ms)),
        wake: () => {
          clearTimeout(sleeper.timer)
          this.sleepers.delete(sleeper)
          resolve()
        }
      }
      sleeper.timer.unref?.()
      this.sleepers.add(sleeper)
      for (const notify of this.onSleep.splice(0)) notify()
    })
  }

  /**
   * Resolves once something sleeps on this clock (at once if something already does): a test waits for the
   * sandbox to be waiting, then advances the clock, and never guesses how long that takes.
   */
  sleeping(): Promise<void> {
    if (this.sleepers.size) return Promise.resolve()
    return new Promise((resolve) => this.onSleep.push(resolve))
  }

  /**
   * A clock to hand to the code under test (the engine's or verify's `clock`): it reads this clock, and its
   * sleeps move this clock forward at once instead of waiting. A retry then costs no wall time, and whatever it
   * waited for in the sandbox (a consistency window, a propagation delay) is over exactly when it wakes.
   */
  skipAhead(): { now(): number; sleep(ms: number): Promise<void> } {
    return { now: () => this.now(), sleep: async (ms) => this.advance(Math.max(0, ms)) }
  }

  /** Back to real time; every sleeper wakes (a reset must leave nothing waiting). */
  reset(): void {
    this.offsetMs = 0
    for (const s of [...this.sleepers]) s.wake()
  }

  private wakeDue(): void {
    const now = this.now()
    for (const s of [...this.sleepers].sort((a, b) => a.until - b.until)) if (s.until <= now) s.wake()
  }
}
