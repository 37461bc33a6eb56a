// The workloads file's text → its value, and where each key and value is in the text (the `yaml` package's node
// ranges through a LineCounter), so every problem can name file:line:column. Pure: the text comes in as a string.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml'
import type { ConfigProblem } from './problems.js'
import type { KeyPath } from './schema.js'

export interface Position {
  line: number
  column: number
}

export interface ParsedConfig {
  /** The document as plain values (undefined when it is empty). */
  value: unknown
  /** YAML syntax problems (duplicate keys included), each at its place. */
  problems: ConfigProblem[]
  /**
   * Where `path` is: its value's start, or with `key`, the start of its key (for "unknown key" and the like). A path
   * that is not in the document resolves to its nearest ancestor that is.
   */
  locate(path: KeyPath, opts?: { key?: boolean }): Position
}

export function parseConfigText(text: string, file: string): ParsedConfig {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  const at = (offset: number): Position => {
    const p = lines.linePos(offset)
    return { line: p.line, column: p.col }
  }
  const problems: ConfigProblem[] = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    ...at(e.pos[0]),
    key: '(syntax)',
    message: e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')
  }))
  return {
    value: doc.errors.length ? undefined : (doc.toJS() as unknown),
    problems,
    locate: (path, opts) => at(offsetOf(doc, path, opts?.key === true))
  }
}

/**
 * A scalar is found at its value; a map or list, and a key that is not there, at the key that holds it (where a
 * reader looks for it), else at the nearest ancestor's key; the document's problems at its start.
 */
function offsetOf(doc: Document, path: KeyPath, key: boolean): number {
  if (!key && path.length) {
    const node = doc.getIn(path, true) as Node | null | undefined
    if (isScalar(node) && node.range) return node.range[0]
  }
  for (let n = path.length; n > 0; n--) {
    const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents
    const last = path[n - 1]
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(last))
      const k = pair?.key as Node | undefined
      if (k?.range) return k.range[0]
    } else if (isSeq(parent) && typeof last === 'number') {
      const item = parent.items[last] as Node | undefined
      if (item?.range) return item.range[0]
    }
  }
  return doc.contents?.range?.[0] ?? 0
}
