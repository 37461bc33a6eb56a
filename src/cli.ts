// `aks-workload-identity plan|apply|destroy [--INPUT VALUE ...] [--config FILE]`: the same settings, engine and
// plan output as the action, for a terminal. Flags are the action's input names; --config is a YAML (or JSON)
// file of inputs (a flat map, or an object with `inputs` and `env`, as `npm run sandbox` prints). Sign-in is
// the action's chain without GitHub OIDC: workload identity, the Azure CLI session, or environment credentials.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { inputCatalog, readSettings, SettingsError, type InputSource, type Settings } from './settings.js'
import { ConfigError, formatProblem } from './config/problems.js'
import { shapingCheckFor } from './shaping/names.js'
import type { Workload } from './workloads.js'
import type { Sink } from './report.js'

const MODES = ['plan', 'apply', 'destroy'] as const

export const USAGE = `Usage: aks-workload-identity <plan|apply|destroy> [--INPUT VALUE ...] [--config FILE] [--workloads FILE] [--json] [--summary FILE]
       aks-workload-identity validate-config WORKLOADS-FILE [--INPUT VALUE ...]   (docs/config.md)

Flags are named like the action's inputs (see action.yml), e.g.
  aks-workload-identity plan --resource-group rg-platform --cluster-name aks-prod \\
    --identity-name id-orders --namespace orders --service-account-name orders-api \\
    --role Reader --scope /subscriptions/<id>/resourceGroups/rg-data
  --INPUT VALUE    or --INPUT=VALUE; a true/false input given bare means true (--verify)
  --config FILE    YAML or JSON with the inputs (flags win); an object with "inputs" and "env" also works,
                   such as the JSON line of 'npm run sandbox' (its caFile, or NODE_EXTRA_CA_CERTS in its env,
                   is trusted by every client)
  --workloads FILE a workloads file (docs/config.md): all its workloads in this one run (the action's
                   input 'config'); the other flags are their defaults
  --json           print the outputs as one JSON object at the end
  --summary FILE   write the job summary (Markdown) to FILE
  --help, -h       this text
Sign-in: Azure CLI session (az login), workload identity (AZURE_FEDERATED_TOKEN_FILE) or environment
credentials (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET).
Exit codes: 0 done, 1 failed or drift found, 2 usage.`

export interface CliArgs {
  mode: (typeof MODES)[number]
  inputs: Record<string, string>
  env: Record<string, string>
  json: boolean
  summaryFile?: string
  /** A CA file the config names (its caFile, or NODE_EXTRA_CA_CERTS in its env): every client trusts it. */
  caFile?: string
}

export class UsageError extends Error {}

/** `--help` or `-h`: the usage, on stdout, exit 0. */
export class HelpRequested extends Error {
  constructor() {
    super(USAGE)
  }
}

/** The CLI's own flags, besides the inputs. */
const OWN_FLAGS = ['config', 'workloads', 'json', 'summary', 'help']

/** Levenshtein distance (small strings: flag names). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    prev = row
  }
  return prev[b.length]!
}

/** The known name closest to `word`, when it is close enough to be a slip (a third of its length, at least 2 edits). */
export function nearest(word: string, known: readonly string[]): string | undefined {
  const scored = known.map((k) => ({ k, d: k.startsWith(word) && word.length >= 3 ? 0.5 : distance(word, k) }))
  const best = scored.sort((x, y) => x.d - y.d)[0]
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.k : undefined
}

function unknownFlag(name: string, known: readonly string[], where = ''): UsageError {
  const hint = nearest(name, known)
  return new UsageError(
    `Unknown flag '--${name}'${where}.${hint ? ` Did you mean '--${hint}'?` : ''} Flags are the action's inputs (see --help and action.yml).`
  )
}

/** Parses argv (without node and script). Values of --config come first, flags override them. */
export function parseArgs(argv: string[], readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): CliArgs {
  if (argv[0] === 'help' || argv.some((a) => a === '--help' || a === '-h')) throw new HelpRequested()
  const [mode, ...rest] = argv
  if (!mode) throw new UsageError(USAGE)
  if (!(MODES as readonly string[]).includes(mode))
    throw new UsageError(`Unknown command '${mode}': use plan, apply or destroy.\n\n${USAGE}`)
  const catalog = inputCatalog()
  const known = [...catalog.keys(), ...OWN_FLAGS]
  const flags: Record<string, string> = {}
  let config: string | undefined
  let json = false
  let summaryFile: string | undefined
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument '${arg}': flags are --NAME VALUE.`)
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq > 0 ? eq : undefined)
    if (name === 'mode') throw new UsageError('The mode is the command (plan, apply or destroy), not a flag.')
    if (!known.includes(name)) throw unknownFlag(name, known)
    const next = rest[i + 1]
    const bare = eq < 0 && (next === undefined || next.startsWith('--'))
    if (name === 'json') {
      if (eq > 0) throw new UsageError("'--json' takes no value.")
      json = true
      continue
    }
    // Only a true/false input may be given bare (--verify means --verify true); any other flag needs its value.
    if (bare && catalog.get(name) !== 'boolean')
      throw new UsageError(`Flag '--${name}' needs a value: --${name} VALUE (or --${name}=VALUE).`)
    const value = eq > 0 ? arg.slice(eq + 1) : bare ? 'true' : rest[++i]!
    if (name === 'config') config = value
    else if (name === 'summary') summaryFile = value
    // The action's input 'config' (here --config is the inputs file).
    else if (name === 'workloads') flags.config = value
    else flags[name] = value
  }
  let fromFile: Record<string, string> = {}
  let env: Record<string, string> = {}
  let caFile: string | undefined
  if (config) {
    const doc = parse(readFile(config)) as unknown
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new UsageError(`--config ${config}: expected a map of inputs.`)
    const obj = doc as Record<string, unknown>
    const wrapped = !!obj.inputs && typeof obj.inputs === 'object'
    const inputs = (wrapped ? obj.inputs : obj) as Record<string, unknown>
    fromFile = Object.fromEntries(
      Object.entries(inputs)
        .filter(([, v]) => typeof v !== 'object')
        .map(([k, v]) => [k, String(v)])
    )
    // A flat file is all inputs: a misspelled one must not be ignored. (The sandbox's line carries other keys beside `inputs`.)
    for (const k of Object.keys(fromFile)) if (!catalog.has(k)) throw unknownFlag(k, [...catalog.keys()], ` in --config ${config}`)
    if (obj.env && typeof obj.env === 'object')
      env = Object.fromEntries(Object.entries(obj.env as Record<string, unknown>).map(([k, v]) => [k, String(v)]))
    caFile = typeof obj.caFile === 'string' ? obj.caFile : env.NODE_EXTRA_CA_CERTS
  }
  return { mode: mode as CliArgs['mode'], inputs: { ...fromFile, ...flags, mode }, env, json, summaryFile, caFile }
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
    if (e instanceof HelpRequested) {
      io.out(USAGE)
      return 0
    }
    io.err(e instanceof Error ? e.message : String(e))
    return 2
  }
  const env = { ...args.env, ...io.env }
  const sink = terminalSink(io.out, io.err, args.summaryFile && io.writeFile ? (md) => io.writeFile!(args.summaryFile!, md) : undefined)
  const source: InputSource = { get: (n) => args.inputs[n] ?? '', mask: (s) => sink.setSecret(s), env }
  try {
    const file = args.inputs.config?.trim()
    let workloads: Workload[] | undefined
    let settings: Settings
    if (file) {
      const [{ loadConfig }, { runSettings }] = await Promise.all([import('./config/index.js'), import('./workloads.js')])
      workloads = loadConfig(file, source, io.readFile)
      settings = runSettings(workloads)
    } else settings = readSettings(source, await shapingCheckFor(source))
    const { execute } = await import('./engine.js')
    // The config's CA is trusted whatever this shell's NODE_EXTRA_CA_CERTS says (cli-main.ts also restarts the process
    // with it, so clients that take no CA option trust it too).
    const ca = args.caFile && io.readFile ? io.readFile(args.caFile) : undefined
    await execute(settings, {
      sink,
      env,
      ca,
      idToken: async () => Promise.reject(new Error('GitHub OIDC is only available inside a GitHub Actions job')),
      workloads
    })
    printOutputs(io, sink.outputs, args.json)
    return 0
  } catch (e) {
    if (e instanceof SettingsError) io.err(e.problems.map((p) => `error: ${p.message}`).join('\n'))
    else if (e instanceof ConfigError) io.err(e.problems.map((p) => `error: ${sink.redact(formatProblem(p))}`).join('\n'))
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
