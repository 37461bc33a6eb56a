// A problem in the workloads file, placed at file:line:column with the key it is about, and the error that carries
// all of them at once.
import type { KeyPath } from './schema.js'

export interface ConfigProblem {
  file: string
  /** 1-based; 0 when the problem is not at one place in the file (an input's value, the file as a whole). */
  line: number
  column: number
  /** The key it is about, dotted from the root (`workloads.orders.namespace`), or the input's name (`input 'mode'`). */
  key: string
  /** What is wrong and the expected form. */
  message: string
}

/** `workloads.orders.role-assignments[1].scope`: keys dotted, list indexes in brackets. */
export function keyText(path: KeyPath): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k), '') || '(document)'
}

export function formatProblem(p: ConfigProblem): string {
  return `${p.file}${p.line ? `:${p.line}:${p.column}` : ''}: ${p.key}: ${p.message}`
}

export class ConfigError extends Error {
  constructor(public readonly problems: ConfigProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the workloads file:\n` +
        problems.map((p) => `- ${formatProblem(p)}`).join('\n')
    )
    this.name = 'ConfigError'
  }
}
