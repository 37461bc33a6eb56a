// Server-side field validation, as kube-apiserver does it for every write (create, update, patch, apply):
// the `fieldValidation` query parameter says what to do with fields the object's schema does not declare and
// with fields given twice. `Strict` refuses the request (400, "strict decoding error: unknown field ...",
// or for server-side apply ".path: field not declared in schema"), `Warn` (the API server's default since
// Kubernetes 1.27) accepts it and returns one `Warning: 299 - "unknown field \"...\""` header per field,
// `Ignore` drops them silently. kubectl sends Strict. Unknown fields are found with the official OpenAPI v3
// schemas (closed objects: see openapi-validator.ts); duplicates by reading the raw JSON or YAML.
import { parseDocument } from 'yaml'
import type { SandboxRequest } from '../frame.js'
import { KubeOpenApi } from './openapi-validator.js'
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

let openApi: KubeOpenApi | undefined
/** Loaded on the first checked write (2 MB of JSON): a sandbox that only reads never pays for it. */
const schemas = (): KubeOpenApi => (openApi ??= new KubeOpenApi())

/** The request's directive; `fallback` is the server's default (Warn, as kube-apiserver). */
export function fieldValidationOf(req: SandboxRequest, fallback: FieldValidation, options: 'CreateOptions' | 'UpdateOptions' | 'PatchOptions'): FieldValidation {
  const v = req.query.get('fieldValidation')
  if (v === null || v === '') return fallback
  if (v === 'Strict' || v === 'Warn' || v === 'Ignore') return v
  throw badRequest(`${options}.meta.k8s.io "" is invalid: fieldValidation: Unsupported value: "${v}": supported values: "", "Ignore", "Strict", "Warn"`)
}

/** Paths (`spec.containers[0].foo`) of fields `obj` has that the schema of its kind does not declare. */
export function unknownFields(kind: string, obj: unknown): string[] {
  const schema = SCHEMAS[kind]
  if (!schema) return []
  const { errors } = schemas().validateSchema(schema, obj)
  return errors
    .filter((e) => e.keyword === 'additionalProperties')
    .map((e) => {
      const base = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s.replace(/~1/g, '/').replace(/~0/g, '~')}`))
        .join('')
      return `${base}.${(e.params as { additionalProperty: string }).additionalProperty}`.replace(/^\./, '')
    })
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
