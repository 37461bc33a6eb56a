// The harness's own seeded choices (scenario, runner count, interruption point): a small deterministic generator
// seeded from a string, so `--replay SEED` makes the same choices. The sandbox's fault draws are seeded separately
// (test/sandbox/frame.ts, FaultRule.seed).
import { createHash } from 'node:crypto'

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number
  /** Integer in [min, max]. */
  int(min: number, max: number): number
  /** One of `items`, by weight. */
  pick<T>(items: ReadonlyArray<readonly [T, number]>): T
}

/** mulberry32, seeded with the first 4 bytes of SHA-256 of `seed`. */
export function rng(seed: string): Rng {
  let a = createHash('sha256').update(seed).digest().readUInt32BE(0)
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick<T>(items: ReadonlyArray<readonly [T, number]>): T {
      const total = items.reduce((s, [, w]) => s + w, 0)
      let u = next() * total
      for (const [item, w] of items) if ((u -= w) < 0) return item
      return items[items.length - 1]![0]
    }
  }
}
