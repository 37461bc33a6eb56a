// The CLI: argument parsing, secret redaction, and plan → apply → plan against the sandbox with the same
// engine and output as the action, configured from the sandbox's own JSON line (--config).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cli, HelpRequested, nearest, parseArgs, terminalSink, UsageError } from '../../src/cli.js'
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

  it('takes --help or -h anywhere as a request for the usage', () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['plan', '--resource-group', 'rg', '-h']]) expect(() => parseArgs(argv, read)).toThrow(HelpRequested)
  })

  it('refuses a misspelled flag, naming the nearest one (issue 14: they were silently ignored)', () => {
    expect(() => parseArgs(['apply', '--runner-cont', '2'], read)).toThrow("Unknown flag '--runner-cont'. Did you mean '--runner-count'?")
    expect(() => parseArgs(['apply', '--verfy'], read)).toThrow("Unknown flag '--verfy'. Did you mean '--verify'?")
    expect(() => parseArgs(['apply', '--identity', 'id-x'], read)).toThrow("Did you mean '--identity-name'?")
    expect(() => parseArgs(['apply', '--jsn'], read)).toThrow("Did you mean '--json'?")
    expect(() => parseArgs(['apply', '--frobnicate', 'x'], read)).toThrow(/^Unknown flag '--frobnicate'\. Flags are/)
    files['typo.yml'] = 'resource-group: rg-a\nclustr-name: aks-a\n'
    expect(() => parseArgs(['plan', '--config', 'typo.yml'], read)).toThrow("Unknown flag '--clustr-name' in --config typo.yml. Did you mean '--cluster-name'?")
  })

  it('refuses a flag without its value, except a true/false input given bare', () => {
    expect(() => parseArgs(['apply', '--runner-count'], read)).toThrow("Flag '--runner-count' needs a value: --runner-count VALUE (or --runner-count=VALUE).")
    expect(() => parseArgs(['apply', '--resource-group', '--cluster-name', 'aks'], read)).toThrow("Flag '--resource-group' needs a value")
    expect(() => parseArgs(['apply', '--config'], read)).toThrow("Flag '--config' needs a value")
    expect(parseArgs(['apply', '--create-namespace', '--wait=false'], read).inputs).toMatchObject({ 'create-namespace': 'true', wait: 'false' })
  })

  it('suggests only near misses', () => {
    expect(nearest('runner-cont', ['runner-count', 'runner-kind'])).toBe('runner-count')
    expect(nearest('verfy', ['verify', 'wait'])).toBe('verify')
    expect(nearest('xyz', ['verify', 'wait'])).toBeUndefined()
  })

  it('finds the CA a config names: its caFile, else NODE_EXTRA_CA_CERTS in its env', () => {
    files['ca.json'] = JSON.stringify({ inputs: {}, env: { NODE_EXTRA_CA_CERTS: '/sb/env-ca.pem' }, caFile: '/sb/ca.pem' })
    files['env-ca.json'] = JSON.stringify({ inputs: {}, env: { NODE_EXTRA_CA_CERTS: '/sb/env-ca.pem' } })
    expect(parseArgs(['plan', '--config', 'ca.json'], read).caFile).toBe('/sb/ca.pem')
    expect(parseArgs(['plan', '--config', 'env-ca.json'], read).caFile).toBe('/sb/env-ca.pem')
    expect(parseArgs(['plan'], read).caFile).toBeUndefined()
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

  it("trusts the config's CA for sign-in too, whatever this shell's NODE_EXTRA_CA_CERTS names (issue 14: endpoints_resolution_error)", async () => {
    const out: string[] = []
    const err: string[] = []
    const code = await cli({
      argv: ['plan', '--config', configFile, ...workload],
      // A shell that trusts some other CA file: before, the config's CA was then ignored.
      env: { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt' },
      out: (s) => out.push(s),
      err: (s) => err.push(s),
      readFile: (p) => readFileSync(p, 'utf8')
    })
    expect(err.join('\n')).not.toContain('endpoints_resolution_error')
    expect(out.join('\n')).toContain('Signed in to Azure with environment')
    expect([0, 1]).toContain(code)
  })

  it('prints the usage on stdout and exits 0 for --help; exits 2 for a misspelled flag', async () => {
    const help = await run('--help')
    expect(help).toMatchObject({ code: 0, err: '' })
    expect(help.out).toContain('Usage: aks-workload-identity <plan|apply|destroy>')
    const before = sb.log.all().length
    const typo = await run('apply', '--config', configFile, '--runner-cont', '2')
    expect(typo).toMatchObject({ code: 2, out: '' })
    expect(typo.err).toContain("Did you mean '--runner-count'?")
    expect(sb.log.all().slice(before)).toEqual([])
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

  it('prints its usage on stdout and exits 0 for --help and -h', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await runProcess(process.execPath, ['dist/cli.js', flag])
      expect({ flag, status: r.code, stderr: r.stderr }).toEqual({ flag, status: 0, stderr: '' })
      expect(r.stdout).toContain('Usage: aks-workload-identity <plan|apply|destroy>')
    }
  })

  it('exits 2 naming the nearest flag for a misspelled one', async () => {
    const r = await runProcess(process.execPath, ['dist/cli.js', 'plan', '--resource-group', 'rg', '--verfy'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("Unknown flag '--verfy'. Did you mean '--verify'?")
  })

  it('has a node shebang, so npx can run it as a bin', () => {
    expect(readFileSync('dist/cli.js', 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true)
  })
})
