// Server-side field validation, as kube-apiserver does it for every write (create, update, patch, apply):
// the `fieldValidation` query parameter says what to do with fields the object's schema does not declare and
// with fields given twice. `Strict` refuses the request (400, "strict decoding error: unknown field ...",
// or for server-side apply ".path: field not declared in schema"), `Warn` (the API server's default since
// Kubernetes 1.27) accepts it and returns one `Warning: 299 - "unknown field \"...\""` header per field,
// `Ignore` drops them silently. kubectl sends Strict. Unknown fields are found by walking the object along the
// official OpenAPI v3 schemas (test/specs/kubernetes); duplicates by reading the raw JSON or YAML.
import { parseDocument } from 'yaml'
import type { SandboxRequest } from '../frame.js'
import { readFileSync } from 'node:fs'
import { OPENAPI_V3_FILES, specPath } from './discovery.js'
import { badRequest } from './status.js'

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore'

/** The kinds whose schema is in the stored documents (core/v1): the others are not checked for unknown fields. */
const SCHEMAS: Record<string, string> = {
  Namespace: 'io.k8s.api.core.v1.Namespace',
  ServiceAccount: 'io.k8s.api.core.v1.ServiceAccount',
  Secret: 'io.k8s.api.core.v1.Secret',
  Pod: 'io.k8s.api.core.v1.Pod',
  Event: 'io.k8s.api.core.v1.Event'
}

type Schema = Record<string, unknown> & { $ref?: string; allOf?: Schema[]; properties?: Record<string, Schema>; additionalProperties?: Schema | boolean; items?: Schema }

let components: Record<string, Schema> | undefined
/** The core/v1 schemas, read on the first checked write (2 MB of JSON): a sandbox that only reads never pays for it. */
const schemas = (): Record<string, Schema> =>
  (components ??= (JSON.parse(readFileSync(specPath(OPENAPI_V3_FILES['api/v1']!), 'utf8')) as { components: { schemas: Record<string, Schema> } }).components.schemas)

/** Follows `$ref` and single-`allOf` wrappers to the schema they name. */
function deref(s: Schema | undefined): Schema | undefined {
  for (let i = 0; s && i < 20; i++) {
    if (s.$ref) s = schemas()[s.$ref.split('/').pop()!]
    else if (Array.isArray(s.allOf) && s.allOf.length === 1 && !s.properties) s = s.allOf[0]
    else return s
  }
  return s
}

/**
 * Walks the object along its schema: a key an object schema does not declare (and that admits no additional
 * properties) is unknown, as kube-apiserver's structural decoding finds it. No compilation: cheap per write.
 */
function walk(schema: Schema | undefined, value: unknown, path: string, out: string[]): void {
  const s = deref(schema)
  if (!s || value === null || typeof value !== 'object' || s['x-kubernetes-preserve-unknown-fields']) return
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(s.items, v, `${path}[${i}]`, out))
    return
  }
  for (const [k, v] of Object.entries(value)) {
    const at = path ? `${path}.${k}` : k
    const declared = s.properties?.[k]
    if (declared) walk(declared, v, at, out)
    else if (typeof s.additionalProperties === 'object') walk(s.additionalProperties, v, at, out)
    else if (s.properties && s.additionalProperties !== true) out.push(at)
  }
}

/** The request's directive; `fallback` is the server's default (Warn, as kube-apiserver). */
export function fieldValidationOf(req: SandboxRequest, fallback: FieldValidation, options: 'CreateOptions' | 'UpdateOptions' | 'PatchOptions'): FieldValidation {
  const v = req.query.get('fieldValidation')
  if (v === null || v === '') return fallback
  if (v === 'Strict' || v === 'Warn' || v === 'Ignore') return v
  throw badRequest(`${options}.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: "${v}": supported values: "", "Ignore", "Strict", "Warn"`)
}

/** Paths (`spec.containers[0].foo`) of fields `obj` has that the schema of its kind does not declare. */
export function unknownFields(kind: string, obj: unknown): string[] {
  const name = SCHEMAS[kind]
  if (!name) return []
  const out: string[] = []
  walk(schemas()[name], obj, '', out)
  return out
}

/** Fields given twice in the raw body, as kube-apiserver's strict decoders name them. */
export function duplicateFields(text: string, yaml: boolean): string[] {
  if (yaml) {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false })
    return doc.errors
      .filter((e) => e.code === 'DUPLICATE_KEY')
      .map((e) => {
        const key = /^(\S+)/.exec(text.slice(e.pos[0]))?.[1]?.replace(/:$/, '') ?? ''
        const line = text.slice(0, e.pos[0]).split('\n').length
        return `line ${line}: key "${key}" already set in map`
      })
  }
  return jsonDuplicates(text).map((p) => `duplicate field "${p}"`)
}

/**
 * Applies the directive to a write. Strict: throws 400 with the API server's message. Warn: returns the
 * `Warning` header values. Ignore: nothing.
 */
export function checkFields(
  req: SandboxRequest,
  kind: string,
  obj: unknown,
  opts: { fallback: FieldValidation; options: 'CreateOptions' | 'UpdateOptions' | 'PatchOptions'; apply?: boolean; yaml?: boolean; name?: string }
): string[] {
  const directive = fieldValidationOf(req, opts.fallback, opts.options)
  if (directive === 'Ignore' || /protobuf/i.test(String(req.headers['content-type'] ?? ''))) return []
  const unknown = unknownFields(kind, obj)
  const duplicates = req.body.length ? duplicateFields(req.body.toString('utf8'), opts.yaml ?? false) : []
  if (!unknown.length && !duplicates.length) return []
  if (directive === 'Strict') {
    if (opts.apply && unknown.length) {
      throw badRequest(`failed to create typed patch object (/v1, Kind=${kind}) ${req.params.namespace ? `${req.params.namespace}/` : ''}${opts.name ?? ''}: ${unknown.map((u) => `.${u}: field not declared in schema`).join(', ')}`)
    }
    const list = [...unknown.map((u) => `unknown field "${u}"`), ...duplicates]
    throw badRequest(`${kind} in version "v1" cannot be handled as a ${kind}: strict decoding error: ${list.join(', ')}`)
  }
  return [...unknown.map((u) => `unknown field "${u}"`), ...duplicates].map((w) => `299 - ${JSON.stringify(w)}`)
}

/** Dotted paths of keys that appear twice in one JSON object (a tolerant scan; JSON.parse has already succeeded). */
function jsonDuplicates(text: string): string[] {
  const out: string[] = []
  let i = 0
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++
  }
  const str = (): string => {
    const start = i
    i++
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
    return JSON.parse(text.slice(start, i)) as string
  }
  const value = (path: string): void => {
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      const seen = new Set<string>()
      ws()
      while (text[i] !== '}' && i < text.length) {
        ws()
        const key = str()
        const p = path ? `${path}.${key}` : key
        if (seen.has(key)) out.push(p)
        seen.add(key)
        ws()
        i++ // ':'
        value(p)
        ws()
        if (text[i] === ',') i++
        ws()
      }
      i++
    } else if (c === '[') {
      i++
      let n = 0
      ws()
      while (text[i] !== ']' && i < text.length) {
        value(`${path}[${n++}]`)
        ws()
        if (text[i] === ',') i++
        ws()
      }
      i++
    } else if (c === '"') str()
    else while (i < text.length && !/[,}\]\s]/.test(text[i]!)) i++
  }
  value('')
  return out
}
