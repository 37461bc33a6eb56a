// `aks-workload-identity plan|apply|destroy [--INPUT VALUE ...] [--config FILE]`: the same settings, engine and
// plan output as the action, for a terminal. Flags are the action's input names; --config is a YAML (or JSON)
// file of inputs (a flat map, or an object with `inputs` and `env`, as `npm run sandbox` prints). Sign-in is
// the action's chain without GitHub OIDC: workload identity, the Azure CLI session, or environment credentials.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { readSettings, SettingsError, type InputSource } from './settings.js'
import type { Sink } from './report.js'

const MODES = ['plan', 'apply', 'destroy'] as const

export const USAGE = `Usage: aks-workload-identity <plan|apply|destroy> [--INPUT VALUE ...] [--config FILE] [--json] [--summary FILE]
       aks-workload-identity validate-config WORKLOADS-FILE [--INPUT VALUE ...]   (docs/config.md)

Flags are named like the action's inputs (see action.yml), e.g.
  aks-workload-identity plan --resource-group rg-platform --cluster-name aks-prod \\
    --identity-name id-orders --namespace orders --service-account-name orders-api \\
    --role Reader --scope /subscriptions/<id>/resourceGroups/rg-data
  --config FILE    YAML or JSON with the inputs (flags win); an object with "inputs" and "env" also works,
                   such as the JSON line of 'npm run sandbox'
  --json           print the outputs as one JSON object at the end
  --summary FILE   write the job summary (Markdown) to FILE
Sign-in: Azure CLI session (az login), workload identity (AZURE_FEDERATED_TOKEN_FILE) or environment
credentials (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET).`

export interface CliArgs {
  mode: (typeof MODES)[number]
  inputs: Record<string, string>
  env: Record<string, string>
  json: boolean
  summaryFile?: string
}

export class UsageError extends Error {}

/** Parses argv (without node and script). Values of --config come first, flags override them. */
export function parseArgs(argv: string[], readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): CliArgs {
  const [mode, ...rest] = argv
  if (!mode || mode === '--help' || mode === '-h') throw new UsageError(USAGE)
  if (!(MODES as readonly string[]).includes(mode))
    throw new UsageError(`Unknown command '${mode}': use plan, apply or destroy.\n\n${USAGE}`)
  const flags: Record<string, string> = {}
  let config: string | undefined
  let json = false
  let summaryFile: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument '${arg}': flags are --NAME VALUE.`)
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq > 0 ? eq : undefined)
    const next = rest[i + 1]
    const takeValue = (): string => {
      if (eq > 0) return arg.slice(eq + 1)
      // A bare flag followed by another flag (or nothing) is a boolean switch: --verify means --verify true.
      if (next === undefined || next.startsWith('--')) return 'true'
      i++
      return next
    }
    if (name === 'json') json = true
    else if (name === 'config') config = takeValue()
    else if (name === 'summary') summaryFile = takeValue()
    else if (name === 'mode') throw new UsageError('The mode is the command (plan, apply or destroy), not a flag.')
    else flags[name] = takeValue()
  }
  let fromFile: Record<string, string> = {}
  let env: Record<string, string> = {}
  if (config) {
    const doc = parse(readFile(config)) as unknown
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new UsageError(`--config ${config}: expected a map of inputs.`)
    const obj = doc as Record<string, unknown>
    const inputs = (obj.inputs && typeof obj.inputs === 'object' ? obj.inputs : obj) as Record<string, unknown>
    fromFile = Object.fromEntries(
      Object.entries(inputs)
        .filter(([, v]) => typeof v !== 'object')
        .map(([k, v]) => [k, String(v)])
    )
    if (obj.env && typeof obj.env === 'object')
      env = Object.fromEntries(Object.entries(obj.env as Record<string, unknown>).map(([k, v]) => [k, String(v)]))
  }
  return { mode: mode as CliArgs['mode'], inputs: { ...fromFile, ...flags, mode }, env, json, summaryFile }
}

/** A terminal sink: secrets are redacted from everything it prints; outputs are kept for the end. */
export function terminalSink(
  out: (s: string) => void,
  err: (s: string) => void,
  summary?: (md: string) => void
): Sink & { outputs: Record<string, string>; redact(s: string): string } {
  const secrets = new Set<string>()
  const redact = (s: string): string => [...secrets].reduce((acc, sec) => acc.split(sec).join('***'), s)
  const outputs: Record<string, string> = {}
  return {
    outputs,
    redact,
    info: (m) => out(redact(m)),
    warning: (m) => err(`warning: ${redact(m)}`),
    setOutput: (n, v) => void (outputs[n] = redact(v)),
    setSecret: (s) => {
      if (s) secrets.add(s)
    },
    summary(md) {
      summary?.(redact(md))
      return Promise.resolve()
    }
  }
}

export interface CliIo {
  argv: string[]
  env: Record<string, string | undefined>
  out: (s: string) => void
  err: (s: string) => void
  readFile?: (path: string) => string
  writeFile?: (path: string, text: string) => void
}

/** Runs the CLI; returns the exit code (0 ok, 1 failed or drift, 2 usage). */
export async function cli(io: CliIo): Promise<number> {
  if (io.argv[0] === 'validate-config') return (await import('./config/command.js')).validateConfigCommand(io)
  let args: CliArgs
  try {
    args = parseArgs(io.argv, io.readFile)
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e))
    return 2
  }
  const env = { ...args.env, ...io.env }
  const sink = terminalSink(io.out, io.err, args.summaryFile && io.writeFile ? (md) => io.writeFile!(args.summaryFile!, md) : undefined)
  const source: InputSource = { get: (n) => args.inputs[n] ?? '', mask: (s) => sink.setSecret(s), env }
  try {
    const settings = readSettings(source)
    const { execute } = await import('./engine.js')
    const ca = env.NODE_EXTRA_CA_CERTS && !io.env.NODE_EXTRA_CA_CERTS && io.readFile ? io.readFile(env.NODE_EXTRA_CA_CERTS) : undefined
    await execute(settings, {
      sink,
      env,
      ca,
      idToken: async () => Promise.reject(new Error('GitHub OIDC is only available inside a GitHub Actions job'))
    })
    printOutputs(io, sink.outputs, args.json)
    return 0
  } catch (e) {
    if (e instanceof SettingsError) io.err(e.problems.map((p) => `error: ${p.message}`).join('\n'))
    else io.err(`error: ${sink.redact(e instanceof Error ? e.message : String(e))}`)
    if (Object.keys(sink.outputs).length) printOutputs(io, sink.outputs, args.json)
    return 1
  }
}

function printOutputs(io: CliIo, outputs: Record<string, string>, json: boolean): void {
  if (json) {
    io.out(JSON.stringify(outputs))
    return
  }
  const shown = Object.entries(outputs).filter(([k, v]) => k !== 'plan' && v !== '')
  if (shown.length) io.out('\nOutputs:\n' + shown.map(([k, v]) => `  ${k} = ${v.includes('\n') ? v.split('\n').join(', ') : v}`).join('\n'))
}
