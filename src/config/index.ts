// The workloads file (the CLI's `validate-config FILE`; docs/config.md) → one validated Settings per workload, or
// every problem at once: YAML syntax, the schema, each workload's values (the inputs' own rules, through
// readSettings), and what only the whole file shows (identity references, service accounts claimed twice, the
// federated-credential limit per identity). Pure apart from loadConfig, which reads the file. Nothing here touches
// the network: all of it runs before any request.
import { readFileSync } from 'node:fs'
import { derivedFederatedCredentialName } from '../names.js'
import { readSettings, SettingsError, type InputSource, type Problem, type Settings } from '../settings.js'
import { overlay, workloadInputs, type Origin, type WorkloadInputs } from './merge.js'
import { parseConfigText } from './parse.js'
import { ConfigError, formatProblem, keyText, type ConfigProblem } from './problems.js'
import { CLUSTER_KEYS, IDENTITY_INPUTS, WORKLOAD_KEYS, type ConfigFile, type KeyPath } from './schema.js'
import { schemaProblems } from './validate.js'
// A workloads file is read whole before any request; its inputs may shape the runner pods (the check is loaded with it).
import { readRunnerShaping } from '../shaping/settings.js'

export { ConfigError, formatProblem, type ConfigProblem } from './problems.js'

/** The inputs a file can set for a workload (so a missing one is the workload's to give). */
const FILE_INPUTS: ReadonlySet<string> = new Set([...CLUSTER_KEYS, ...WORKLOAD_KEYS, ...Object.values(IDENTITY_INPUTS), 'role-assignments'])

/** Azure's limit of federated identity credentials on one user-assigned managed identity. */
export const MAX_FEDERATED_CREDENTIALS = 20

export interface WorkloadSettings {
  /** The workload's name: its key under `workloads`. */
  name: string
  /** The label of its entry under `identities`, or undefined when it uses the `identity-name` input. */
  identity?: string
  /** The federated credential's name: the given one, else the derived one. */
  federatedCredential: string
  /** What one single-workload run of the engine takes. */
  settings: Settings
}

/** Reads and checks the file at `path` against the inputs `base` (the defaults for every workload). */
export function loadConfig(
  path: string,
  base: InputSource,
  read: (p: string) => string = (p) => readFileSync(p, 'utf8')
): WorkloadSettings[] {
  let text: string
  try {
    text = read(path)
  } catch (e) {
    throw new ConfigError([
      { file: path, line: 0, column: 0, key: '(file)', message: `cannot be read: ${e instanceof Error ? e.message : String(e)}` }
    ])
  }
  return readConfig(text, path, base)
}

/** The pure part: the file's text (named `file` in messages) and the inputs → the workloads' settings. */
export function readConfig(text: string, file: string, base: InputSource): WorkloadSettings[] {
  const parsed = parseConfigText(text, file)
  if (parsed.problems.length) throw new ConfigError(parsed.problems)
  // Schema problems do not stop the checks of what they leave intact: every problem is reported in one go.
  const found = schemaProblems(parsed.value, parsed, file)
  const schema = found.map((f) => f.problem)
  const tainted = (prefix: string) =>
    found.some(({ problem: p, taints }) => taints && (p.key === prefix || p.key.startsWith(`${prefix}.`) || p.key.startsWith(`${prefix}[`)))
  if (
    !isConfig(parsed.value) ||
    tainted('(document)') ||
    tainted('version') ||
    found.some((f) => f.taints && f.problem.key === 'workloads')
  )
    throw new ConfigError(schema)
  const config = parsed.value as ConfigFile

  const problems: ConfigProblem[] = [...schema]
  // A problem in `defaults` or a shared identity shows up in every workload that inherits it: reported once.
  const seen = new Set<string>()
  const at = (path: KeyPath, message: string, key = false): void => {
    const p = { file, ...parsed.locate(path, { key }), key: keyText(path), message }
    if (!seen.has(formatProblem(p))) problems.push(p)
    seen.add(formatProblem(p))
  }
  const inputProblems = new Map<string, ConfigProblem>()

  const out: WorkloadSettings[] = []
  for (const name of Object.keys(config.workloads)) {
    const ref = config.workloads[name]?.identity !== undefined ? ['workloads', name, 'identity'] : ['defaults', 'identity']
    const label = config.workloads[name]?.identity ?? config.defaults?.identity
    // A value the schema refused would only be refused again, in other words: the rest of the workload is checked without it.
    const w = workloadInputs(config, name, (path, exact) => (exact ? schema.some((p) => p.key === keyText(path)) : tainted(keyText(path))))
    if (label !== undefined && !(config.identities && Object.hasOwn(config.identities, label))) {
      const known = Object.keys(config.identities ?? {})
      at(
        ref,
        `'${label}' is not under 'identities'; expected one of: ${known.length ? known.join(', ') : "(none: add an 'identities' section)"}`
      )
      continue
    }
    try {
      const settings = readSettings(overlay(base, w), readRunnerShaping)
      const federatedCredential =
        settings.federation.name ??
        derivedFederatedCredentialName(settings.cluster.name, settings.kube.namespace, settings.kube.serviceAccount)
      out.push({ name, identity: w.identity, federatedCredential, settings })
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e
      // A problem about a refused value, or one that names it (runner-max "applies to 'runner-count: auto'"), is not news.
      const skipped = [...w.skipped]
      const news = (x: Problem) =>
        !w.skipped.has(x.input) && !skipped.some((n) => x.message.includes(`'${n}'`) || x.message.includes(`'${n}:`))
      for (const p of e.problems.filter(news)) {
        const where = placeOf(p, w)
        if (where) at(where.path, messageOf(p), where.key)
        else if (base.get(p.input) === '' && p.input === 'identity-name')
          at(
            ['workloads', name, 'identity'],
            `${messageOf(p)}: name an entry under 'identities' on the workload or in 'defaults', or give the input 'identity-name'`
          )
        else if (base.get(p.input) === '' && FILE_INPUTS.has(p.input))
          at(['workloads', name, p.input], `${messageOf(p)}: set it on the workload, in 'defaults', or as the input '${p.input}'`)
        // An input the file cannot set (sign-in, secrets) or its value: the input's problem, reported once.
        else inputProblems.set(p.message, { file, line: 0, column: 0, key: `input '${p.input}'`, message: p.message })
      }
    }
  }
  wholeFileChecks(config, out, at)
  if (config.prune === true)
    at(
      ['prune'],
      "not supported yet: the run manages the workloads the file lists and never removes those it no longer lists. To remove a workload, run 'mode: destroy' with a file that still lists it (only it, to keep the others), then take it out of the file; or set 'prune: false'"
    )
  if (problems.length || inputProblems.size)
    throw new ConfigError([...inputProblems.values(), ...problems.sort((a, b) => a.line - b.line || a.column - b.column)])
  return out
}

const isConfig = (v: unknown): boolean => {
  const w = typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { workloads?: unknown }).workloads : undefined
  return typeof w === 'object' && w !== null && !Array.isArray(w)
}

/** Where in the file the value a settings problem is about came from (undefined: from the inputs). */
function placeOf(p: Problem, w: WorkloadInputs): Origin | undefined {
  if (p.input === 'role-assignments' && p.value !== undefined) {
    const v = p.value.replace(/^'|'$/g, '')
    for (const r of w.roles) {
      if (r.role === v) return { path: [...r.path, 'role'] }
      if (r.scope.replace(/\/+$/, '') === v || r.scope === v) return { path: [...r.path, 'scope'] }
    }
  }
  // A problem with one of the roles that names it (a privileged role, one listed twice): at that role.
  const named = p.input === 'role-assignments' || p.input === 'role' ? w.roles.find((r) => p.expected?.includes(`'${r.role}'`)) : undefined
  if (named) return { path: [...named.path, 'role'] }
  return w.origin[p.input]
}

function messageOf(p: Problem): string {
  if (p.expected === undefined) return p.message
  return p.value !== undefined ? `${p.value}: ${p.expected}` : p.expected
}

/** Checks only the whole file can fail: one service account per identity and subject, and at most 20 per identity. */
function wholeFileChecks(
  config: ConfigFile,
  workloads: WorkloadSettings[],
  at: (path: KeyPath, message: string, key?: boolean) => void
): void {
  const identityKey = (s: Settings) => `${s.identity.resourceGroup}/${s.identity.name}`.toLowerCase()
  const saKey = (s: Settings) => `${s.kube.namespace}/${s.kube.serviceAccount}`
  const saPath = (w: WorkloadSettings): KeyPath =>
    config.workloads[w.name]?.['service-account-name'] !== undefined ? ['workloads', w.name, 'service-account-name'] : ['workloads', w.name]

  // A service account carries one client-id annotation: one identity, one federated credential.
  const bySa = new Map<string, WorkloadSettings>()
  for (const w of workloads) {
    const first = bySa.get(saKey(w.settings))
    if (!first) {
      bySa.set(saKey(w.settings), w)
      continue
    }
    const same = identityKey(first.settings) === identityKey(w.settings)
    at(
      saPath(w),
      same
        ? `the service account '${saKey(w.settings)}' is already workload '${first.name}' with the same identity: one federated credential per service account; merge the two workloads`
        : `the service account '${saKey(w.settings)}' is already workload '${first.name}' with identity '${first.settings.identity.name}': a service account carries one client-id annotation, so it can use one identity`
    )
  }

  // Runner pods are named by prefix: two workloads with runners in one namespace need different prefixes.
  const byPrefix = new Map<string, string>()
  for (const w of workloads.filter((x) => x.settings.runners.count > 0)) {
    const k = `${w.settings.kube.namespace}/${w.settings.runners.namePrefix}`
    const first = byPrefix.get(k)
    if (first)
      at(
        ['workloads', w.name],
        `its runners and those of workload '${first}' would share the name prefix '${k}': set 'runner-name-prefix' on one of them`
      )
    else byPrefix.set(k, w.name)
  }

  const byIdentity = new Map<string, WorkloadSettings[]>()
  for (const w of workloads) byIdentity.set(identityKey(w.settings), [...(byIdentity.get(identityKey(w.settings)) ?? []), w])
  for (const group of byIdentity.values()) {
    const [first, ...rest] = group
    const id = first!.settings.identity
    // One identity, one set of properties: workloads sharing it through the inputs could still differ.
    for (const w of rest) {
      const a = w.settings.identity
      if (a.location !== id.location || JSON.stringify(a.tags) !== JSON.stringify(id.tags))
        at(
          ['workloads', w.name],
          `shares the identity '${id.name}' with workload '${first!.name}' but gives it another location or other tags`
        )
    }
    // A role assignment is the identity's: on a shared identity it grants every workload that uses it, so the file
    // must say so where the identity is declared rather than on one workload.
    if (group.length > 1) {
      for (const w of group) {
        const own = config.workloads[w.name]?.['role-assignments']
        const path: KeyPath = own !== undefined ? ['workloads', w.name, 'role-assignments'] : ['defaults', 'role-assignments']
        if ((own ?? config.defaults?.['role-assignments'])?.length)
          at(
            path,
            `the identity '${id.name}' is shared by ${group.map((x) => x.name).join(', ')}, and a role assignment grants the identity, so all of them: list it under ${first!.identity !== undefined ? `identities.${first!.identity}` : "an entry under 'identities'"}.role-assignments, or give this workload an identity of its own`
          )
      }
    }
    const names = new Map<string, string>()
    for (const w of group) {
      const other = names.get(w.federatedCredential.toLowerCase())
      if (other)
        at(
          ['workloads', w.name],
          `its federated credential '${w.federatedCredential}' on identity '${id.name}' is also workload '${other}'s: give one a different 'federated-credential-name'`
        )
      else names.set(w.federatedCredential.toLowerCase(), w.name)
    }
    if (group.length > MAX_FEDERATED_CREDENTIALS) {
      const label = first!.identity
      const where: KeyPath = label !== undefined ? ['identities', label] : ['workloads', group[MAX_FEDERATED_CREDENTIALS]!.name]
      at(
        where,
        `the identity '${id.name}' (resource group '${id.resourceGroup}') would carry ${group.length} federated credentials, one per workload (${group.map((w) => w.name).join(', ')}); Azure allows ${MAX_FEDERATED_CREDENTIALS} per identity: give some workloads an identity of their own. Credentials already on the identity that this file does not declare are counted at run time`,
        label !== undefined
      )
    }
  }
}
