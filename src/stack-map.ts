// Stack traces that name src/ files and lines, mapped when one is printed rather than at every start. Node's own
// source-map support (--enable-source-maps, process.setSourceMapsEnabled) parses the map of every module as it
// loads: 60-90 ms of CPU on the engine path, most of a start that is otherwise about 0.1 s (docs/bundle.md). A
// run prints a stack only when it fails (main.ts, as a debug line), so the maps are read then, with Node's parser.
import { readFile } from 'node:fs/promises'
import { SourceMap } from 'node:module'
import { dirname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** A frame's location in a bundled file: `file:///…/chunks/engine.js:120:7`. */
const FRAME = /(file:\/\/[^\s()]+?\.[cm]?js):(\d+):(\d+)/g

async function mapOf(file: string): Promise<SourceMap | undefined> {
  try {
    return new SourceMap(JSON.parse(await readFile(`${fileURLToPath(file)}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0])
  } catch {
    // No map (a dependency's chunk, or not a bundle): the frame stays as it is.
    return undefined
  }
}

/** `stack` with every frame in a bundled file that has a map (`<file>.map`) replaced by its source file, line and column. */
export async function mapStack(stack: string): Promise<string> {
  const maps = new Map<string, SourceMap | undefined>()
  for (const [, file] of stack.matchAll(FRAME)) if (!maps.has(file!)) maps.set(file!, await mapOf(file!))
  return stack.replace(FRAME, (frame, file: string, line: string, column: string) => {
    const entry = maps.get(file)?.findEntry(Number(line) - 1, Number(column) - 1)
    if (!entry || !('originalSource' in entry) || !entry.originalSource) return frame
    const source = entry.originalSource.startsWith('file:')
      ? fileURLToPath(entry.originalSource)
      : isAbsolute(entry.originalSource)
        ? entry.originalSource
        : resolve(dirname(fileURLToPath(file)), entry.originalSource)
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`
  })
}
