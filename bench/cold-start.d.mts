// Types of bench/cold-start.mjs's exports (bench/engine.ts uses them).
export interface BundleCopy {
  dist: string
  dir: string
  files: number
  jsBytes: number
  allBytes: number
}
export function bundleCopy(dist: string): BundleCopy
export function env(dir: string): Record<'bad input' | 'engine', NodeJS.ProcessEnv>
