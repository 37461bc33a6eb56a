// Label and field selectors as the API server parses them (k8s.io/apimachinery/pkg/labels and /fields):
// `=`, `==`, `!=`, `in (...)`, `notin (...)`, `key` (exists) and `!key` for labels; `=`, `==`, `!=` on a
// per-kind list of supported fields for field selectors.
import { badRequest } from './status.js'

export type Predicate = (labels: Record<string, string>) => boolean

/** Splits on commas outside parentheses (`a in (x,y),b` is two requirements). */
function splitTopLevel(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of s) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out.map((p) => p.trim()).filter((p) => p.length > 0)
}

const KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/

function checkKey(key: string, raw: string): void {
  if (!KEY.test(key)) throw badRequest(`unable to parse requirement: invalid label key "${key}" in "${raw}"`)
}

function checkValue(value: string, raw: string): void {
  if (!VALUE.test(value)) throw badRequest(`unable to parse requirement: invalid label value: "${value}" in "${raw}"`)
}

export function parseLabelSelector(selector: string | null | undefined): Predicate {
  if (!selector) return () => true
  const preds: Predicate[] = splitTopLevel(selector).map((req) => {
    let m = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(req)
    if (m) {
      const [, key, op, list] = m as unknown as [string, string, string, string]
      checkKey(key, req)
      const values = new Set(list.split(',').map((v) => v.trim()).filter((v) => v.length > 0))
      values.forEach((v) => checkValue(v, req))
      return op === 'in' ? (l) => key in l && values.has(l[key]!) : (l) => !(key in l) || !values.has(l[key]!)
    }
    m = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(req)
    if (m) {
      const [, key, op, value] = m as unknown as [string, string, string, string]
      checkKey(key, req)
      checkValue(value, req)
      return op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value
    }
    m = /^(!?)\s*(\S+)$/.exec(req)
    if (m) {
      const [, not, key] = m as unknown as [string, string, string]
      checkKey(key, req)
      return not ? (l) => !(key in l) : (l) => key in l
    }
    throw badRequest(`unable to parse requirement: found '${req}', expected: !, identifier, or 'end of string'`)
  })
  return (labels) => preds.every((p) => p(labels))
}

export type FieldPredicate = (obj: Record<string, unknown>) => boolean

/** Field labels that name a nested value (events' `source` is `source.component`). */
const FIELD_ALIASES: Record<string, string> = { source: 'source.component' }

function fieldValue(obj: Record<string, unknown>, label: string): string {
  const path = FIELD_ALIASES[label] ?? label
  let cur: unknown = obj
  for (const seg of path.split('.')) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[seg] : undefined
  return cur === undefined || cur === null ? '' : String(cur)
}

/** `supported`: the field labels the kind's conversion functions accept (metadata.name/namespace always). */
export function parseFieldSelector(selector: string | null | undefined, supported: readonly string[]): FieldPredicate {
  if (!selector) return () => true
  const fields = new Set(['metadata.name', 'metadata.namespace', ...supported])
  const preds: FieldPredicate[] = splitTopLevel(selector).map((req) => {
    const m = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(req)
    if (!m) throw badRequest(`invalid selector: '${selector}'; can't understand '${req}'`)
    const [, field, op, value] = m as unknown as [string, string, string, string]
    if (!fields.has(field)) throw badRequest(`field label not supported: ${field}`)
    return op === '!=' ? (o) => fieldValue(o, field) !== value : (o) => fieldValue(o, field) === value
  })
  return (obj) => preds.every((p) => p(obj))
}
