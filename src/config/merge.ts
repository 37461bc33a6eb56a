// The pure merge: one workload of the file, over the action's inputs, as the inputs of one single-workload run.
// The workload's own keys win, then the file's `defaults`, then its identity entry and `cluster`, then the inputs,
// then the action's defaults (readSettings). Every value the file supplies remembers where it came from, so a
// problem readSettings finds in it is reported at that key, file:line:column.
import { stringify } from 'yaml'
import type { InputSource } from '../settings.js'
import {
  CLUSTER_KEYS,
  IDENTITY_INPUTS,
  WORKLOAD_KEYS,
  YAML_KEYS,
  type ConfigFile,
  type KeyPath,
  type RoleAssignmentEntry,
  type WorkloadFields
} from './schema.js'

export interface Origin {
  path: KeyPath
  /** The problem is about the key itself (an identity's label used as its name), not a value. */
  key?: boolean
}

export interface WorkloadInputs {
  name: string
  /** The label of the workload's entry under `identities`, when it names one. */
  identity?: string
  /** Input name → value, for the inputs the file sets for this workload. */
  values: Record<string, string>
  /** Input name → where in the file its value came from. */
  origin: Record<string, Origin>
  /** Each role assignment the file gives this workload, with where it is (readSettings names only the input). */
  roles: Array<RoleAssignmentEntry & { path: KeyPath }>
  /** Inputs whose value in the file was left out (`skip`): a problem readSettings finds with them is not news. */
  skipped: Set<string>
}

const text = (v: unknown): string => (Array.isArray(v) ? v.map(String).join(',') : String(v))
/** Inputs whose lines are list items (one per line) rather than comma-separated. */
const LINE_LISTS = new Set(['pod-command', 'pod-args'])

/**
 * A workload key's value in the form its input takes: a map or a list of maps as YAML text (schema.ts YAML_KEYS),
 * a list of plain values comma-separated (or one per line: LINE_LISTS), a scalar as its text.
 */
export function inputText(key: keyof WorkloadFields, v: unknown): string {
  if (YAML_KEYS.has(key) && typeof v === 'object' && v !== null) return stringify(v, { lineWidth: 0 }).trimEnd()
  return LINE_LISTS.has(key) && Array.isArray(v) ? v.join('\n') : text(v)
}

/**
 * `skip(path, exact)`: leave out the value at `path` (with `exact`, only a problem about that very key counts),
 * e.g. one the schema refused, so the rest of the workload can still be checked.
 */
export function workloadInputs(
  file: ConfigFile,
  name: string,
  skip: (path: KeyPath, exact: boolean) => boolean = () => false
): WorkloadInputs {
  const values: Record<string, string> = {}
  const origin: Record<string, Origin> = {}
  const skipped = new Set<string>()
  const set = (input: string, value: string, path: KeyPath, key = false) => {
    if (skip(path, key)) {
      skipped.add(input)
      return
    }
    values[input] = value
    origin[input] = key ? { path, key } : { path }
  }
  // Known keys only: an unknown one (reported by the schema check) never becomes an input.
  for (const k of CLUSTER_KEYS) if (file.cluster?.[k] !== undefined) set(k, String(file.cluster[k]), ['cluster', k])

  const own = file.workloads[name] ?? {}
  const defaults = file.defaults ?? {}
  /** The workload's value of `k` and its path, else the defaults'. */
  const pick = <K extends keyof WorkloadFields>(k: K): [WorkloadFields[K], KeyPath] | undefined => {
    if (own[k] !== undefined) return [own[k], ['workloads', name, k]]
    if (defaults[k] !== undefined) return [defaults[k], ['defaults', k]]
    return undefined
  }

  const roles: WorkloadInputs['roles'] = []
  const identityRef = pick('identity')
  const label = identityRef?.[0]
  const entry = label !== undefined && file.identities && Object.hasOwn(file.identities, label) ? file.identities[label] : undefined
  if (label !== undefined && entry) {
    set(
      'identity-name',
      entry.name ?? label,
      entry.name !== undefined ? ['identities', label, 'name'] : ['identities', label],
      entry.name === undefined
    )
    for (const k of ['resource-group', 'location'] as const)
      if (entry[k] !== undefined) set(IDENTITY_INPUTS[k], entry[k], ['identities', label, k])
    if (entry.tags) {
      set(
        'tags',
        Object.entries(entry.tags)
          .map(([t, v]) => `${t}=${v}`)
          .join('\n'),
        ['identities', label, 'tags']
      )
    }
    entry['role-assignments']?.forEach((r, i) => roles.push({ ...r, path: ['identities', label, 'role-assignments', i] }))
    if (skip(['identities', label, 'role-assignments'], false)) skipped.add('role-assignments')
  }

  for (const k of WORKLOAD_KEYS) {
    const got = k === 'identity' || k === 'role-assignments' ? undefined : pick(k)
    if (!got) continue
    const [v, path] = got
    set(k, inputText(k, v), path)
  }
  const workloadRoles = pick('role-assignments')
  workloadRoles?.[0]?.forEach((r, i) => roles.push({ ...r, path: [...workloadRoles[1], i] }))
  if (workloadRoles && skip(workloadRoles[1], false)) skipped.add('role-assignments')
  if (skipped.has('role-assignments')) {
    values.role = ''
    values.scope = ''
    values['role-assignments'] = ''
  } else if (roles.length || workloadRoles) {
    // The file's role assignments replace the inputs' role, scope and role-assignments for this workload.
    values.role = ''
    values.scope = ''
    set('role-assignments', roles.map((r) => `${r.role} ${r.scope}`).join('\n'), workloadRoles?.[1] ?? roles[0]!.path.slice(0, -1))
  }
  return { name, identity: entry ? label : undefined, values, origin, roles, skipped }
}

/** The inputs of one workload's run: the file's values over the action's inputs. */
export function overlay(base: InputSource, w: WorkloadInputs): InputSource {
  return { get: (n) => (n in w.values ? w.values[n]! : base.get(n)), mask: (s) => base.mask(s), env: base.env }
}
