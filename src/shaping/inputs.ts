// The runner pod shaping inputs (every runner kind) → PodShaping: `runner-node-selector`, `runner-tolerations`,
// `runner-resources`, `runner-image-pull-secrets`, `runner-annotations`, `runner-labels-k8s` and the
// `runner-pod-template` patch. Each is parsed and checked on its own here (form, Kubernetes key and value syntax,
// the schema of its type, keys reserved by the action); the shaped pod as a whole is checked by ./apply.ts. Every
// problem names the input and the expected form. Pure.
import { parse as parseYaml } from 'yaml'
import { MANAGED_BY_LABEL, USE_LABEL } from '../constants.js'
import { isObject, text } from './merge.js'
import { schemaProblems } from './validate.js'

export { SHAPING_INPUTS } from './names.js'

type Obj = Record<string, unknown>

/** How a runner pod is shaped beyond what its kind generates; only what was given. Plain JSON (hashed, compared). */
export interface PodShaping {
  nodeSelector?: Record<string, string>
  /** io.k8s.api.core.v1.Toleration items. */
  tolerations?: Obj[]
  /** The runner container's io.k8s.api.core.v1.ResourceRequirements: replaces the kind's default whole. */
  resources?: Obj
  imagePullSecrets?: string[]
  annotations?: Record<string, string>
  labels?: Record<string, string>
  /** A strategic merge patch on the generated Pod (`metadata.labels`, `metadata.annotations`, `spec`). */
  podTemplate?: Obj
}

/** What the settings reader offers: the raw value and a problem about one input. */
export interface ShapingReader {
  raw(name: string): string
  conflict(name: string, message: string): void
}

/** Label keys (and prefixes) the action sets on its pods: shaping may not set them. */
const RESERVED_LABELS = [MANAGED_BY_LABEL, 'app.kubernetes.io/component', USE_LABEL]
const RESERVED_PREFIXES = ['aks-workload-identity/']

/** The shaping the inputs ask for; undefined when none is given. */
export function readShaping(r: ShapingReader): PodShaping | undefined {
  const out: PodShaping = {}
  const nodeSelector = readMap(r, 'runner-node-selector', 'label')
  if (nodeSelector) out.nodeSelector = nodeSelector
  const tolerations = readTolerations(r)
  if (tolerations) out.tolerations = tolerations
  const resources = readResources(r)
  if (resources) out.resources = resources
  const secrets = readNames(r, 'runner-image-pull-secrets')
  if (secrets) out.imagePullSecrets = secrets
  const annotations = readMap(r, 'runner-annotations', 'annotation')
  if (annotations) out.annotations = annotations
  const labels = readMap(r, 'runner-labels-k8s', 'label')
  if (labels) out.labels = labels
  const template = readTemplate(r)
  if (template) out.podTemplate = template
  return Object.keys(out).length ? out : undefined
}

/** YAML text → value, or a problem naming the input. */
function yaml(r: ShapingReader, name: string, text: string, expected: string): unknown {
  try {
    return parseYaml(text, { uniqueKeys: true, merge: false })
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0]
    r.conflict(name, `is not valid YAML (${why}); expected ${expected}`)
    return undefined
  }
}

const KEY_NAME = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/
const DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/
const LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/

/** Kubernetes' qualified name (a label's or annotation's key): `[prefix/]name`. */
export function qualifiedNameProblem(key: string): string | undefined {
  const slash = key.lastIndexOf('/')
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined
  const name = slash >= 0 ? key.slice(slash + 1) : key
  if (prefix !== undefined && (!prefix || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
    return `the key '${key}' has an invalid prefix (a lower-case DNS subdomain of at most 253 characters before '/')`
  if (!KEY_NAME.test(name))
    return `the key '${key}' is invalid: its name must be 1 to 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`
  return undefined
}

/**
 * A map input: YAML (`key: value`) or one `key=value` per line. `kind` label: keys and values follow the label
 * rules (node selectors and labels); annotation: keys only. Scalars (YAML true, 3) are taken as their text.
 */
function readMap(r: ShapingReader, name: string, kind: 'label' | 'annotation'): Record<string, string> | undefined {
  const given = r.raw(name)
  if (!given) return undefined
  const expected = `a YAML map ('key: value' lines) or one 'key=value' per line`
  const lines = given.split(/\r?\n/).filter((l) => l.trim())
  let entries: Array<[string, unknown]>
  if (lines.every((l) => /^\s*[^\s:=#][^:=]*=/.test(l) && !/^\s*[^=]*:\s/.test(l))) {
    entries = lines.map((l) => {
      const eq = l.indexOf('=')
      return [l.slice(0, eq).trim(), l.slice(eq + 1).trim()]
    })
  } else {
    const v = yaml(r, name, given, expected)
    if (v === undefined) return undefined
    if (!isObject(v)) {
      r.conflict(name, `must be ${expected}`)
      return undefined
    }
    entries = Object.entries(v)
  }
  const out: Record<string, string> = {}
  let ok = true
  for (const [key, raw] of entries) {
    if (raw !== null && typeof raw === 'object') {
      r.conflict(name, `the value of '${key}' must be text, not a ${Array.isArray(raw) ? 'list' : 'map'}`)
      ok = false
      continue
    }
    const value = raw === null ? '' : text(raw)
    const why = qualifiedNameProblem(key) ?? reservedProblem(key, kind)
    if (why) {
      r.conflict(name, why)
      ok = false
      continue
    }
    if (kind === 'label' && !LABEL_VALUE.test(value)) {
      r.conflict(
        name,
        `the value '${value}' of '${key}' is invalid: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`
      )
      ok = false
      continue
    }
    out[key] = value
  }
  if (kind === 'annotation' && Buffer.byteLength(JSON.stringify(out)) > 256 * 1024)
    r.conflict(name, 'the annotations are larger than the 256 KiB Kubernetes allows')
  return ok && Object.keys(out).length ? out : undefined
}

function reservedProblem(key: string, kind: 'label' | 'annotation'): string | undefined {
  const reserved = RESERVED_PREFIXES.some((p) => key.startsWith(p)) || (kind === 'label' && RESERVED_LABELS.includes(key))
  return reserved ? `the key '${key}' is the action's own (it marks, finds and identifies its pods by it): use another key` : undefined
}

function readTolerations(r: ShapingReader): Obj[] | undefined {
  const name = 'runner-tolerations'
  const text = r.raw(name)
  if (!text) return undefined
  const expected = "a YAML list of tolerations, e.g. '- key: sku\\n  operator: Equal\\n  value: gpu\\n  effect: NoSchedule'"
  const v = yaml(r, name, text, expected)
  if (v === undefined) return undefined
  if (!Array.isArray(v) || !v.every(isObject)) {
    r.conflict(name, `must be ${expected}`)
    return undefined
  }
  let ok = true
  for (const [i, t] of v.entries()) {
    const problems = [...schemaProblems(t, 'Toleration', `[${i}]`), ...tolerationProblems(t, `[${i}]`)]
    for (const p of problems) r.conflict(name, p)
    ok &&= problems.length === 0
  }
  return ok ? v : undefined
}

/** What the Toleration schema cannot say (the API server's validation). */
export function tolerationProblems(t: Obj, at: string): string[] {
  const out: string[] = []
  const operator = t.operator ?? 'Equal'
  if (operator !== 'Equal' && operator !== 'Exists') out.push(`${at}.operator: must be Equal or Exists`)
  if (operator === 'Exists' && t.value !== undefined && t.value !== '') out.push(`${at}.value: must be empty with operator Exists`)
  if ((t.key === undefined || t.key === '') && operator !== 'Exists') out.push(`${at}.key: empty (all taints) needs operator Exists`)
  if (t.effect !== undefined && !['NoSchedule', 'PreferNoSchedule', 'NoExecute', ''].includes(text(t.effect)))
    out.push(`${at}.effect: must be NoSchedule, PreferNoSchedule or NoExecute`)
  if (t.tolerationSeconds !== undefined && t.effect !== 'NoExecute') out.push(`${at}.tolerationSeconds: applies only to effect NoExecute`)
  return out
}

function readResources(r: ShapingReader): Obj | undefined {
  const name = 'runner-resources'
  const text = r.raw(name)
  if (!text) return undefined
  const expected = "a YAML map with 'requests' and/or 'limits', e.g. 'requests: {cpu: 500m, memory: 1Gi}\\nlimits: {memory: 4Gi}'"
  const v = yaml(r, name, text, expected)
  if (v === undefined) return undefined
  if (!isObject(v) || (v.requests === undefined && v.limits === undefined)) {
    r.conflict(name, `must be ${expected}`)
    return undefined
  }
  const problems = schemaProblems(v, 'ResourceRequirements')
  for (const p of problems) r.conflict(name, p)
  return problems.length ? undefined : v
}

function readNames(r: ShapingReader, name: string): string[] | undefined {
  const names = r
    .raw(name)
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean)
  if (!names.length) return undefined
  const bad = names.filter((n) => n.length > 253 || !DNS_SUBDOMAIN.test(n))
  for (const n of bad)
    r.conflict(name, `'${n}' is not a Secret name (a lower-case DNS subdomain); expected Secret names, comma- or line-separated`)
  return bad.length ? undefined : [...new Set(names)]
}

/** The patch's own shape: a Pod's `metadata.labels`, `metadata.annotations` and `spec`; the rest is the action's. */
function readTemplate(r: ShapingReader): Obj | undefined {
  const name = 'runner-pod-template'
  const text = r.raw(name)
  if (!text) return undefined
  const expected = "a YAML Pod patch with 'spec' and/or 'metadata.labels' / 'metadata.annotations'"
  const v = yaml(r, name, text, expected)
  if (v === undefined) return undefined
  if (!isObject(v)) {
    r.conflict(name, `must be ${expected}`)
    return undefined
  }
  const refused: string[] = []
  const refuse = (why: string): void => {
    r.conflict(name, why)
    refused.push(why)
  }
  for (const k of Object.keys(v))
    if (!['apiVersion', 'kind', 'metadata', 'spec'].includes(k)) refuse(`'${k}' cannot be patched; expected ${expected}`)
  if (v.apiVersion !== undefined && v.apiVersion !== 'v1') refuse(`apiVersion: must be v1 (a Pod) when given`)
  if (v.kind !== undefined && v.kind !== 'Pod') refuse(`kind: must be Pod when given`)
  if (v.metadata !== undefined) {
    if (!isObject(v.metadata)) refuse('metadata: must be a map')
    else
      for (const [k, x] of Object.entries(v.metadata)) {
        if (k !== 'labels' && k !== 'annotations') {
          refuse(`metadata.${k}: is the action's; only metadata.labels and metadata.annotations can be patched`)
          continue
        }
        for (const key of isObject(x) ? Object.keys(x) : []) {
          // The action's label values are checked on the shaped pod (./policy.ts): restating one is harmless.
          const why = key === '$patch' ? undefined : (qualifiedNameProblem(key) ?? reservedProblem(key, 'annotation'))
          if (why) refuse(`metadata.${k}: ${why}`)
        }
      }
  }
  if (v.spec !== undefined && !isObject(v.spec)) refuse('spec: must be a map (PodSpec fields)')
  return refused.length ? undefined : v
}
