// The shaped Pod checked against the Kubernetes 1.35 Pod schema (./pod-schema.ts): every field known (as the API
// server's strict field validation and kubectl's default `--validate=strict` refuse unknown ones), every value of
// its type, required fields present, enums kept. What the schema cannot say (the restricted pod security standard,
// the identity) is ./policy.ts's. Pure.
import { POD_SCHEMA } from './pod-schema.js'
import type { SchemaField, SchemaType } from './schema-types.js'
import { isObject } from './merge.js'

/** Problems of `value` as the schema type `typeName` (default: the Pod), each `path: why`. */
export function schemaProblems(value: unknown, typeName = POD_SCHEMA.root, path = ''): string[] {
  const out: string[] = []
  checkType(value, POD_SCHEMA.types[typeName], typeName, path, out)
  return out
}

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
