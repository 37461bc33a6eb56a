// src/stack-map.ts: a failed run's stack names src/ files and lines, read from the bundle's maps only when printed
// (the entries no longer turn Node's source maps on at start: docs/bundle.md). The bundle here is built by esbuild,
// as scripts/build.mjs builds dist/, with a linked map and no sources in it.
import { mkdirSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { transform } from 'esbuild'
import { mapStack } from '../../src/stack-map.js'

let dir: string
beforeAll(() => void (dir = mkdtempSync(join(tmpdir(), 'aks-wi-stack-'))))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const SOURCE = ['// a comment line', 'export function fail(n: number): never {', '  const why: string = `n is ${n}`', '  throw new Error(why)', '}', ''].join('\n')

test('frames of a bundled file with a map name the source file, line and column; others stay as they are', async () => {
  const out = await transform(SOURCE, { loader: 'ts', format: 'esm', sourcemap: 'external', sourcefile: '../src/fail.ts', sourcesContent: false })
  const chunk = join(dir, 'chunks', 'fail.js')
  mkdirSync(join(dir, 'chunks'))
  writeFileSync(chunk, `${out.code}//# sourceMappingURL=fail.js.map\n`)
  writeFileSync(`${chunk}.map`, out.map)
  // Where the bundle's `throw` is: the frame Node would print for it (1-based line and column).
  const lines = out.code.split('\n')
  const line = lines.findIndex((l) => l.includes('throw new Error'))
  const column = lines[line]!.indexOf('throw')
  const url = pathToFileURL(chunk).href
  const noMap = pathToFileURL(join(dir, 'chunks', 'no-map.js')).href
  const stack = [`Error: n is 1`, `    at fail (${url}:${line + 1}:${column + 1})`, `    at run (${noMap}:10:3)`, '    at node:internal/process/task_queues:95:5'].join('\n')

  const mapped = await mapStack(stack)
  // The source path is resolved against the map's folder, as Node resolves it: <dir>/src/fail.ts, line 4.
  expect(mapped.split('\n')[1]).toBe(`    at fail (${join(dir, 'src', 'fail.ts')}:4:3)`)
  expect(mapped.split('\n').slice(2)).toEqual(stack.split('\n').slice(2))
  expect(mapped.split('\n')[0]).toBe('Error: n is 1')
})

test('a stack with no bundled frames is returned as it is', async () => {
  const stack = 'Error: x\n    at f (/work/src/a.ts:1:1)\n    at node:internal/main:1:1'
  expect(await mapStack(stack)).toBe(stack)
})
