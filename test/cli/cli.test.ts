// The CLI: argument parsing, secret redaction, and plan → apply → plan against the sandbox with the same
// engine and output as the action, configured from the sandbox's own JSON line (--config).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cli, parseArgs, terminalSink, UsageError } from '../../src/cli.js'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { run as runProcess } from '../helpers/processes.js'

describe('cli arguments', () => {
  const files: Record<string, string> = {
    'inputs.yml': 'resource-group: rg-a\ncluster-name: aks-a\nverify: false\n',
    'sandbox.json': JSON.stringify({ inputs: { 'arm-endpoint': 'https://127.0.0.1:1' }, env: { AZURE_CLIENT_ID: 'c' }, urls: {} })
  }
  const read = (p: string) => files[p] ?? (() => { throw new Error(`no ${p}`) })()

  it('takes the mode as the command and flags named like inputs, in both forms', () => {
    const a = parseArgs(['plan', '--resource-group', 'rg-x', '--cluster-name=aks-x', '--verify', '--json'], read)
    expect(a.mode).toBe('plan')
    expect(a.inputs).toEqual({ 'resource-group': 'rg-x', 'cluster-name': 'aks-x', verify: 'true', mode: 'plan' })
    expect(a.json).toBe(true)
  })

  it('reads --config as a map of inputs, flags winning, or as {inputs, env}', () => {
    expect(parseArgs(['apply', '--config', 'inputs.yml', '--cluster-name', 'aks-b'], read).inputs).toEqual({
      'resource-group': 'rg-a',
      'cluster-name': 'aks-b',
      verify: 'false',
      mode: 'apply'
    })
    const sb = parseArgs(['destroy', '--config=sandbox.json'], read)
    expect(sb.inputs['arm-endpoint']).toBe('https://127.0.0.1:1')
    expect(sb.env).toEqual({ AZURE_CLIENT_ID: 'c' })
  })

  it('refuses an unknown command, a positional argument and --mode', () => {
    expect(() => parseArgs(['deploy'], read)).toThrow(UsageError)
    expect(() => parseArgs(['plan', 'rg'], read)).toThrow("Unexpected argument 'rg'")
    expect(() => parseArgs(['plan', '--mode', 'apply'], read)).toThrow('The mode is the command')
  })

  it('redacts secrets from everything it prints', async () => {
    const lines: string[] = []
    const sink = terminalSink((s) => lines.push(s), (s) => lines.push(s))
    sink.setSecret('s3cr3t-value')
    sink.info('token s3cr3t-value used')
    sink.warning('again s3cr3t-value')
    sink.setOutput('x', 'has s3cr3t-value')
    expect(lines.join('\n')).not.toContain('s3cr3t-value')
    expect(lines).toEqual(['token *** used', 'warning: again ***'])
    expect(sink.outputs.x).toBe('has ***')
  })
})

describe('cli against the sandbox', () => {
  let sb: Sandbox
  let configFile: string
  beforeAll(async () => {
    sb = await startSandbox({ azure: { auth: 'secret' } })
    configFile = join(sb.dir, 'sandbox.json')
    writeFileSync(configFile, JSON.stringify({ inputs: sb.inputs, env: sb.env }))
  })
  afterAll(async () => sb?.stop())

  async function run(...argv: string[]) {
    const out: string[] = []
    const err: string[] = []
    const written: Record<string, string> = {}
    const code = await cli({
      argv,
      env: { PATH: process.env.PATH },
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: (p) => readFileSync(p, 'utf8'),
      writeFile: (p, t) => void (written[p] = t)
    })
    return { code, out: out.join('\n'), err: err.join('\n'), written }
  }

  const workload = ['--identity-name', 'id-cli', '--namespace', 'cli', '--service-account-name', 'cli-sa', '--verify', 'false']

  it('plans, applies, and then plans no drift, printing the plan and the outputs', async () => {
    const first = await run('plan', '--config', configFile, ...workload)
    expect(first.code).toBe(1)
    expect(first.out).toMatch(/\+ create .*identity/)
    expect(first.err).toContain('Drift')
    expect(sb.log.all().filter((e) => e.write)).toEqual([])

    const apply = await run('apply', '--config', configFile, ...workload, '--json', '--summary', 'summary.md')
    expect(apply.err).not.toContain('error:')
    expect(apply.code).toBe(0)
    const outputs = JSON.parse(apply.out.split('\n').pop()!) as Record<string, string>
    expect(outputs['client-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(outputs['oidc-issuer-url']).toMatch(/\/$/)
    expect(apply.written['summary.md']).toContain('|')

    const before = sb.log.all().length
    const again = await run('plan', '--config', configFile, ...workload)
    expect(again.code).toBe(0)
    expect(sb.log.all().slice(before).filter((e) => e.write)).toEqual([])
  })

  it('reports input problems as plain errors with exit code 1', async () => {
    const bad = await run('apply', '--config', configFile, '--identity-name', 'x', '--service-account-name', 'Bad_Name')
    expect(bad.code).toBe(1)
    expect(bad.err).toContain("error: Input 'identity-name' = 'x'")
    expect(bad.err).toContain("error: Input 'service-account-name' = 'Bad_Name'")
  })
})

describe('the built CLI (dist/cli.js, the package bin)', () => {
  it('prints its usage and exits 2 without a command', async () => {
    const r = await runProcess(process.execPath, ['dist/cli.js'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('Usage: aks-workload-identity <plan|apply|destroy>')
  })

  it('has a node shebang, so npx can run it as a bin', () => {
    expect(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})
