// The shaped Pod checked against the Kubernetes 1.35 Pod schema (./pod-schema.ts): every field known (as the API
// server's strict field validation and kubectl's default `--validate=strict` refuse unknown ones), every value of
// its type, required fields present, enums kept; and a container's requests within its limits, which the API server
// checks beyond the schema. What the schema cannot say about security (the restricted pod security standard, the
// identity) is ./policy.ts's. Pure.
import { POD_SCHEMA } from './pod-schema.js'
import type { SchemaField, SchemaType } from './schema-types.js'
import { isObject } from './merge.js'

/** Problems of `value` as the schema type `typeName` (default: the Pod), each `path: why`. */
export function schemaProblems(value: unknown, typeName = POD_SCHEMA.root, path = ''): string[] {
  const out: string[] = []
  checkType(value, POD_SCHEMA.types[typeName], typeName, path, out)
  return out
}

/**
 * Fields of the 1.35 Pod schema that @kubernetes/client-node 1.4.0's models lack: its serializer would drop them
 * without a word, so they are refused instead (test/unit/pod-shaping.test.ts derives this list from the client).
 */
export const NOT_SENT = ['PodSpec.workloadRef', 'PodCertificateProjection.userAnnotations']

const at = (path: string, key: string): string => (path ? `${path}.${key}` : key)
const show = (v: unknown): string => (typeof v === 'string' ? `'${v}'` : JSON.stringify(v))

function checkType(value: unknown, type: SchemaType | undefined, name: string, path: string, out: string[]): void {
  if (!type) return
  if (!isObject(value)) {
    out.push(`${path || '(top)'}: must be a map (${name}), not ${show(value)}`)
    return
  }
  for (const [key, v] of Object.entries(value)) {
    const field = type.props[key]
    if (!field) {
      out.push(`${at(path, key)}: unknown field of ${name}${near(key, Object.keys(type.props))}`)
      continue
    }
    if (NOT_SENT.includes(`${name}.${key}`)) {
      out.push(
        `${at(path, key)}: not supported: the Kubernetes client the action uses (@kubernetes/client-node 1.4.0) does not send this 1.35 field`
      )
      continue
    }
    checkField(v, field, at(path, key), out)
  }
  for (const r of type.required ?? []) if (value[r] === undefined) out.push(`${at(path, r)}: required in ${name}`)
}

function near(key: string, known: string[]): string {
  const k = key.toLowerCase()
  const hit = known.find((x) => x.toLowerCase() === k || x.toLowerCase() === `${k}s` || `${x.toLowerCase()}s` === k)
  return hit ? ` (did you mean '${hit}'?)` : ''
}

function checkField(v: unknown, f: SchemaField, path: string, out: string[]): void {
  // null: the field is unset (what a patch's null leaves, and what the API server accepts).
  if (v === null) return
  const bad = (what: string): void => void out.push(`${path}: must be ${what}, not ${show(v)}`)
  switch (f.t) {
    case 'string':
      if (typeof v !== 'string') bad('a string (quote it in YAML)')
      break
    case 'integer':
      if (!Number.isInteger(v)) bad('a whole number')
      break
    case 'number':
      if (typeof v !== 'number') bad('a number')
      break
    case 'boolean':
      if (typeof v !== 'boolean') bad('true or false')
      break
    case 'quantity':
      if (typeof v === 'number' ? !Number.isFinite(v) : typeof v !== 'string' || !QUANTITY.test(v))
        bad("a quantity such as '500m', '2', '512Mi' or '1Gi'")
      break
    case 'int-or-string':
      if (!Number.isInteger(v) && typeof v !== 'string') bad('a whole number or a string')
      break
    case 'array':
      if (!Array.isArray(v)) bad('a list')
      else if (f.items) for (const [i, item] of v.entries()) checkField(item, f.items, `${path}[${itemName(item, f, i)}]`, out)
      break
    case 'object':
      if (f.ref) checkType(v, POD_SCHEMA.types[f.ref], f.ref, path, out)
      else if (!isObject(v)) bad('a map')
      else if (f.values) for (const [k, x] of Object.entries(v)) checkField(x, f.values, `${path}.${k}`, out)
      break
    case 'any':
      break
  }
  if (f.enum && !f.enum.includes(v)) out.push(`${path}: must be one of ${f.enum.map(show).join(', ')}, not ${show(v)}`)
}

function itemName(item: unknown, f: SchemaField, i: number): string {
  return f.key && isObject(item) && typeof item[f.key] === 'string' ? `${f.key}=${item[f.key] as string}` : String(i)
}

/** resource.Quantity's serialised form: a signed decimal number with an optional binary, decimal or exponent suffix. */
export const QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/

const SUFFIX: Record<string, number> = {
  '': 1,
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60
}

/** A quantity's value as a number (approximate for huge values: enough to compare a request with its limit). */
export function quantityValue(q: unknown): number | undefined {
  if (typeof q === 'number') return q
  if (typeof q !== 'string' || !QUANTITY.test(q)) return undefined
  const m = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))([KMGTPE]i|[numkMGTPE]|[eE][+-]?[0-9]+)?$/.exec(q)
  if (!m) return undefined
  const [, n, suffix = ''] = m
  const scale = /^[eE]/.test(suffix) ? 10 ** Number(suffix.slice(1)) : SUFFIX[suffix]
  return scale === undefined ? undefined : Number(n) * scale
}

/** What the API server refuses beyond the schema: a container's request above its limit. */
export function resourceProblems(pod: unknown): string[] {
  const out: string[] = []
  const spec = isObject(pod) && isObject(pod.spec) ? pod.spec : {}
  for (const group of ['containers', 'initContainers'] as const) {
    const list = Array.isArray(spec[group]) ? (spec[group] as unknown[]) : []
    for (const c of list.filter(isObject)) {
      const r = isObject(c.resources) ? c.resources : {}
      const requests = isObject(r.requests) ? r.requests : {}
      const limits = isObject(r.limits) ? r.limits : {}
      for (const [k, req] of Object.entries(requests)) {
        const request = quantityValue(req)
        const limit = quantityValue(limits[k])
        if (request !== undefined && limit !== undefined && request > limit)
          out.push(
            `spec.${group}[name=${typeof c.name === 'string' ? c.name : '?'}].resources.requests.${k}: ${show(req)} is more than its limit ${show(limits[k])} (the API server refuses a request above the limit)`
          )
      }
    }
  }
  return out
}
