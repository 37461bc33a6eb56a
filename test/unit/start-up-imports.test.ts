// Issue 19 item 4 (start-up): what a run loads before it needs it. The static import graph of the entry (src/main.ts,
// through src/settings.ts) is read from esbuild's metafile, as scripts/build.mjs bundles it: only `import` statements
// count (a dynamic `import()` loads when the run reaches it). A run with no shaping input must not load the shaping
// code, the pod schema, the Kubernetes pod builder or the YAML parser; with one, readSettings gets the check loaded
// on demand (src/shaping/names.ts).
import { build } from 'esbuild'
import { readSettings } from '../../src/settings.js'
import { shapingCheckFor, shapingGiven, SHAPING_INPUTS } from '../../src/shaping/names.js'
import { readRunnerShaping } from '../../src/shaping/settings.js'
import { BASE, source } from '../helpers/bad-inputs.js'

/** Every module and package `entry` reaches through import statements alone. */
async function staticClosure(entry: string): Promise<Set<string>> {
  const { metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    logLevel: 'silent'
  })
  const reached = new Set([entry])
  const queue = [entry]
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const i of metafile.inputs[file]?.imports ?? []) {
      if (i.kind !== 'import-statement' || reached.has(i.path)) continue
      reached.add(i.path)
      queue.push(i.path)
    }
  }
  return reached
}

describe('start-up: the entry loads only what every run needs', () => {
  it('main.ts and settings.ts reach neither the shaping code, the Kubernetes adapter nor the yaml package', async () => {
    const reached = await staticClosure('src/main.ts')
    // The closure is real: it holds the settings and what they use.
    expect(reached).toContain('src/settings.ts')
    expect(reached).toContain('src/shaping/names.ts')
    expect(reached).toContain('@actions/core')
    const unwanted = [...reached].filter((m) => m === 'yaml' || m.startsWith('src/kube/') || (m.startsWith('src/shaping/') && m !== 'src/shaping/names.ts'))
    expect(unwanted).toEqual([])
  })

  it('the shaping check, loaded on demand, reaches the shaping code and the YAML parser (what the entry no longer does)', async () => {
    const reached = await staticClosure('src/shaping/settings.ts')
    expect(reached).toContain('src/shaping/pod-schema.ts')
    expect(reached).toContain('src/kube/manifests.ts')
    expect(reached).toContain('yaml')
  })
})

describe('start-up: the shaping check, loaded only when a shaping input is given', () => {
  it('no shaping input: no check is loaded, and the settings need none', async () => {
    expect(shapingGiven(source(BASE))).toBe(false)
    expect(await shapingCheckFor(source(BASE))).toBeUndefined()
    expect(readSettings(source(BASE)).runners.shaping).toBeUndefined()
  })

  it.each(SHAPING_INPUTS)('%s given (even after spaces): the check is loaded', async (name) => {
    const inputs = source({ ...BASE, [name]: '  x' })
    expect(shapingGiven(inputs)).toBe(true)
    expect(await shapingCheckFor(inputs)).toBe(readRunnerShaping)
  })

  it('a shaping input with the check: shaped; without it: an error naming the input and the loader, never a silent skip', async () => {
    const inputs = source({ ...BASE, 'runner-node-selector': 'agentpool=ci' })
    expect(readSettings(inputs, await shapingCheckFor(inputs)).runners.shaping).toEqual({ nodeSelector: { agentpool: 'ci' } })
    expect(() => readSettings(inputs)).toThrow(/'runner-node-selector' is given but no shaping check was passed.*shapingCheckFor/)
  })
})
