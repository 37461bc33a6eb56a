// The workloads file's contract stays one: the JSON Schema, the keys the merge reads, the action's inputs and the
// enums of the code agree; the committed standalone validator is the schema's current compilation; every example
// carries the yaml-language-server comment and validates; and `validate-config` reports as the module does.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { CLUSTER_KEYS, SCHEMA_COMMENT, SCHEMA_URL, WORKLOAD_KEYS } from '../../src/config/schema.js'
import { ConfigError, formatProblem, readConfig } from '../../src/config/index.js'
import { CLUSTER_CREDENTIALS } from '../../src/constants.js'
import { RUNNER_KINDS } from '../../src/runner-kinds/index.js'
import { SECRET_INPUTS } from '../../src/settings.js'
import { cli } from '../../src/cli.js'
import { source } from '../helpers/bad-inputs.js'
// @ts-expect-error: a plain ESM script without types
import { generate, OUT } from '../../scripts/config-schema.mjs'

type Props = Record<string, { enum?: unknown[] }>
const schema = JSON.parse(readFileSync('schema/config.schema.json', 'utf8')) as {
  $id: string
  properties: { cluster: { properties: Props } }
  definitions: { workloadFields: { properties: Props } }
}
const inputs = Object.keys((parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs)

describe('one contract', () => {
  it('the schema lists exactly the keys the merge reads', () => {
    expect(Object.keys(schema.properties.cluster.properties)).toEqual([...CLUSTER_KEYS])
    expect(Object.keys(schema.definitions.workloadFields.properties)).toEqual([...WORKLOAD_KEYS])
  })

  it("every key but 'identity' is an input of action.yml, and no secret input is a key", () => {
    for (const k of [...CLUSTER_KEYS, ...WORKLOAD_KEYS.filter((k) => k !== 'identity')]) expect(inputs).toContain(k)
    for (const k of SECRET_INPUTS) expect([...CLUSTER_KEYS, ...WORKLOAD_KEYS]).not.toContain(k)
  })

  it("the schema's enums are the code's", () => {
    expect(schema.definitions.workloadFields.properties['runner-kind']!.enum).toEqual([...RUNNER_KINDS])
    expect(schema.properties.cluster.properties['cluster-credentials']!.enum).toEqual([...CLUSTER_CREDENTIALS])
    expect(schema.$id).toBe(SCHEMA_URL)
  })

  it('the committed validator is the current schema compiled (npm run config-schema)', async () => {
    expect(await (generate as () => Promise<string>)()).toBe(readFileSync(OUT as string, 'utf8'))
  })
})

describe('the examples', () => {
  const files = readdirSync('examples').filter((f) => f.endsWith('.yaml'))
  const docBlocks = [...readFileSync('docs/config.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((b) => /^workloads:/m.test(b))

  it('are there: a file and the docs’ blocks', () => {
    expect(files.length).toBeGreaterThan(0)
    expect(docBlocks.length).toBeGreaterThan(0)
  })

  it.each(files)('examples/%s carries the schema comment and is valid', (f) => {
    const text = readFileSync(`examples/${f}`, 'utf8')
    expect(text.startsWith(`${SCHEMA_COMMENT}../schema/config.schema.json\n`)).toBe(true)
    expect(readConfig(text, f, source({})).length).toBeGreaterThan(0)
  })

  it('every config block of docs/config.md carries the published schema comment and is valid', () => {
    // Secrets stay inputs: the runner example's ARC scale set and GitHub runners take the token from the input.
    for (const block of docBlocks.filter((b) => !/^# mistakes\b/m.test(b))) {
      expect(block.startsWith(`${SCHEMA_COMMENT}${SCHEMA_URL}\n`)).toBe(true)
      expect(readConfig(block, 'docs', source({ 'github-token': 'ghp_docs0123456789' })).length).toBeGreaterThan(0)
    }
  })

  it('the docs’ runner example gives each workload its own runners', () => {
    const block = docBlocks.find((b) => /runner-tolerations:/.test(b))!
    const ws = readConfig(block, 'docs', source({ 'github-token': 'ghp_docs0123456789' }))
    expect(ws.map((w) => [w.name, w.settings.runners.kind, w.settings.runners.count])).toEqual([
      ['builds', 'pod', 2],
      ['deploy', 'arc', 0],
      ['tests', 'github', 6]
    ])
    expect(ws[0]!.settings.runners.shaping?.nodeSelector).toEqual({ agentpool: 'spot' })
    expect(ws[2]!.settings.runners.autoscale).toEqual({ min: 0, max: 6, repositories: ['octo-org/app', 'octo-org/web'] })
  })

  it('the docs’ file with mistakes gives exactly the errors the docs show after it', () => {
    const doc = readFileSync('docs/config.md', 'utf8')
    const m = /```yaml\n(# yaml-language-server[^\n]*\n# mistakes[\s\S]*?)```\s*```text\n\$ npx aks-workload-identity validate-config (\S+)\n([\s\S]*?)```/.exec(doc)
    expect(m).not.toBeNull()
    try {
      readConfig(m![1]!, m![2]!, source({}))
      throw new Error('the file with mistakes was valid')
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError)
      const shown = m![3]!.trim().split('\n')
      expect((e as ConfigError).problems.map((p) => `error: ${formatProblem(p)}`)).toEqual(shown.slice(0, -1))
      expect(shown.at(-1)).toBe(`${(e as ConfigError).problems.length} problems; nothing was sent anywhere.`)
    }
  })
})

describe('aks-workload-identity validate-config', () => {
  const run = async (argv: string[], files: Record<string, string>) => {
    const out: string[] = []
    const err: string[] = []
    const code = await cli({
      argv,
      env: {},
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: (p) => {
        if (!(p in files)) throw new Error(`ENOENT: no such file, open '${p}'`)
        return files[p]!
      }
    })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }
  const example = readFileSync('examples/team-workloads.yaml', 'utf8')

  it('prints each workload of a valid file and exits 0', async () => {
    const r = await run(['validate-config', 'team.yaml'], { 'team.yaml': example })
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^team\.yaml: 3 workloads, valid\./)
    expect(r.out).toContain('- reconciler: service account payments/reconciler')
    expect(r.out).toContain('identity rg-identities/id-payments (identities.id-payments), federated credential aks-prod-payments-payments-worker')
    expect(r.err).toBe('')
  })

  it('takes flags as the inputs every workload falls back on', async () => {
    const bare = example.replace(/^cluster:\n(?: {2}.*\n)+/m, '')
    expect((await run(['validate-config', 'team.yaml'], { 'team.yaml': bare })).code).toBe(1)
    const r = await run(['validate-config', 'team.yaml', '--resource-group', 'rg-x', '--cluster-name', 'aks-x'], { 'team.yaml': bare })
    expect(r.code).toBe(0)
    expect(r.out).toContain('federated credential aks-x-payments-payments-api')
  })

  it('prints every problem as file:line:column, exits 1, and keeps a secret input out of its output', async () => {
    const bad = example.replace('namespace: payments', 'namespace: Payments').replace('runner-count: 1', 'runner-count: lots')
    const r = await run(['validate-config', 'team.yaml', '--github-token', 'ghp_secretvalue', '--mode', 'x'], { 'team.yaml': bad })
    expect(r.code).toBe(2)
    const r2 = await run(['validate-config', 'team.yaml', '--github-token', 'ghp_secretvalue'], { 'team.yaml': bad })
    expect(r2.code).toBe(1)
    expect(r2.err.split('\n')).toEqual([
      expect.stringMatching(/^error: team\.yaml:\d+:\d+: defaults\.namespace: 'Payments': must be an RFC 1123 label/),
      expect.stringMatching(/^error: team\.yaml:\d+:\d+: workloads\.reconciler\.runner-count: 'lots' must be a whole number/),
      '2 problems; nothing was sent anywhere.'
    ])
    expect(r2.err + r2.out).not.toContain('ghp_secretvalue')
  })

  it('prints each workload’s runners: their number and shape, auto with its bounds, an ARC scale set', async () => {
    const block = [...readFileSync('docs/config.md', 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => /runner-tolerations:/.test(b))!
    const r = await run(['validate-config', 'ci.yaml', '--github-token', 'ghp_docs0123456789'], { 'ci.yaml': block })
    expect(r.code).toBe(0)
    expect(r.out.split('\n').filter((l) => l.includes('runners:'))).toEqual([
      '    runners: 2 × pod (shaped: node selector, tolerations, resources, image pull secrets, annotations, labels, pod template)',
      '    runners: ARC scale set deploy-runners, 1-10 runners',
      '    runners: auto 0-6 × github'
    ])
  })

  it('without a file: usage, exit 2', async () => {
    const r = await run(['validate-config'], {})
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^Usage: aks-workload-identity validate-config FILE/)
  })
})
