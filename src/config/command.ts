// `aks-workload-identity validate-config FILE [--INPUT VALUE ...]`: reads the workloads file as a run would, with
// the flags (and --config inputs) as the inputs it falls back on, and prints each workload's resolved settings or
// every problem at once. No sign-in, no request: the check that runs before any run.
import { parseArgs, UsageError, type CliIo } from '../cli.js'
import type { InputSource } from '../settings.js'
import { ConfigError, formatProblem, loadConfig, type WorkloadSettings } from './index.js'

export const VALIDATE_USAGE = `Usage: aks-workload-identity validate-config FILE [--INPUT VALUE ...] [--config INPUTS-FILE]

Checks a workloads file (docs/config.md) without signing in: YAML, the schema (schema/config.schema.json), every
workload's values, and the whole file (identities, service accounts, 20 federated credentials per identity).
Flags are the action's inputs, the defaults of every workload, as for 'apply'. Exit code 0 valid, 1 problems, 2 usage.`

export function validateConfigCommand(io: CliIo): number {
  const [, file, ...rest] = io.argv
  if (!file || file.startsWith('-')) {
    io.err(VALIDATE_USAGE)
    return 2
  }
  let inputs: Record<string, string>
  let env: Record<string, string>
  try {
    // The inputs as for an apply (the mode with the most requirements).
    ;({ inputs, env } = parseArgs(['apply', ...rest], io.readFile))
  } catch (e) {
    io.err(e instanceof UsageError ? `${e.message.split('\n')[0]}\n\n${VALIDATE_USAGE}` : String(e))
    return 2
  }
  const secrets: string[] = []
  const source: InputSource = { get: (n) => inputs[n] ?? '', mask: (s) => void secrets.push(s), env: { ...env, ...io.env } }
  try {
    const workloads = loadConfig(file, source, io.readFile)
    io.out(`${file}: ${workloads.length} workload${workloads.length === 1 ? '' : 's'}, valid.`)
    for (const w of workloads) io.out(describe(w))
    return 0
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e
    const redact = (s: string) => secrets.reduce((acc, sec) => acc.split(sec).join('***'), s)
    io.err(e.problems.map((p) => `error: ${redact(formatProblem(p))}`).join('\n'))
    io.err(`${e.problems.length} problem${e.problems.length === 1 ? '' : 's'}; nothing was sent anywhere.`)
    return 1
  }
}

function describe(w: WorkloadSettings): string {
  const s = w.settings
  const roles = s.roleAssignments.map((r) => `${r.role} at ${r.scope}`)
  return [
    `- ${w.name}: service account ${s.kube.namespace}/${s.kube.serviceAccount}`,
    `    identity ${s.identity.resourceGroup}/${s.identity.name}${w.identity !== undefined ? ` (identities.${w.identity})` : ' (input identity-name)'}, federated credential ${w.federatedCredential}`,
    `    roles: ${roles.length ? roles.join('; ') : 'none'}`,
    `    runners: ${runners(s)}`
  ].join('\n')
}

/** `2 × pod (shaped: node selector, resources)`, `auto 0-6 × github`, `ARC scale set deploy-runners, 1-10`. */
function runners(s: WorkloadSettings['settings']): string {
  const r = s.runners
  const shaped = r.shaping
    ? ` (shaped: ${SHAPES.filter(([k]) => r.shaping![k] !== undefined)
        .map(([, label]) => label)
        .join(', ')})`
    : ''
  if (r.kind === 'arc') {
    const o = r.options as { minRunners: number; maxRunners: number }
    return `ARC scale set ${r.namePrefix}, ${o.minRunners}-${o.maxRunners} runners${shaped}`
  }
  if (r.autoscale) return `auto ${r.autoscale.min}-${r.autoscale.max} × ${r.kind}${shaped}`
  return r.count ? `${r.count} × ${r.kind}${shaped}` : 'none'
}

const SHAPES: ReadonlyArray<[keyof NonNullable<WorkloadSettings['settings']['runners']['shaping']>, string]> = [
  ['nodeSelector', 'node selector'],
  ['tolerations', 'tolerations'],
  ['resources', 'resources'],
  ['imagePullSecrets', 'image pull secrets'],
  ['annotations', 'annotations'],
  ['labels', 'labels'],
  ['podTemplate', 'pod template']
]
