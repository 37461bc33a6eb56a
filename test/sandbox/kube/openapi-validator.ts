// Validates Kubernetes responses against the official OpenAPI v3 documents (test/specs/kubernetes) with ajv.
// OpenAPI 3.0 specifics: `$ref`s to `#/components/schemas/...` resolve inside each document (added to ajv
// whole, under its own id), `nullable` is ajv's own keyword, `x-kubernetes-*` are ignored (strict: false),
// `allOf: [{$ref}]` wrappers need nothing, and the int-or-string / int32 / int64 / byte formats are known.
// Stricter than the documents: objects with declared properties reject undeclared ones, so a field the
// emulator invents (or misspells) fails validation.
import { readFileSync } from 'node:fs'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { OPENAPI_V3_FILES, specPath } from './discovery.js'
import type { Json } from './types.js'

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

interface Operation {
  doc: string
  method: string
  template: string
  regex: RegExp
  operationId: string
  responses: Record<string, string | undefined>
}

function closeObjects(node: Json): void {
  if (Array.isArray(node)) return node.forEach(closeObjects)
  if (!node || typeof node !== 'object') return
  if (node.properties && node.additionalProperties === undefined) node.additionalProperties = false
  for (const v of Object.values(node)) closeObjects(v)
}

export interface ValidationResult {
  operationId?: string
  schema?: string
  errors: ErrorObject[]
}

export class KubeOpenApi {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false })
  private readonly operations: Operation[] = []
  private readonly validators = new Map<string, ValidateFunction>()
  readonly coveredOperations = new Set<string>()
  readonly coveredSchemas = new Set<string>()

  constructor() {
    addFormats(this.ajv)
    this.ajv.addFormat('int-or-string', true)
    for (const [key, file] of Object.entries(OPENAPI_V3_FILES)) {
      const doc = JSON.parse(readFileSync(specPath(file), 'utf8')) as Json
      closeObjects(doc.components.schemas)
      this.ajv.addSchema({ components: doc.components }, key)
      for (const [template, item] of Object.entries(doc.paths as Record<string, Json>)) {
        const regex = new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`)
        for (const [method, op] of Object.entries(item as Record<string, Json>)) {
          if (method === 'parameters') continue
          const responses: Record<string, string | undefined> = {}
          for (const [code, r] of Object.entries(op.responses as Record<string, Json>)) responses[code] = r?.content?.['application/json']?.schema?.$ref
          this.operations.push({ doc: key, method: method.toUpperCase(), template, regex, operationId: op.operationId, responses })
        }
      }
    }
  }

  /** Every operation the documents define on the paths matching `filter` (for the coverage figure). */
  operationIds(filter: (template: string, method: string) => boolean): string[] {
    return this.operations.filter((o) => filter(o.template, o.method)).map((o) => o.operationId)
  }

  private validator(doc: string, ref: string): ValidateFunction {
    const key = `${doc}${ref}`
    let v = this.validators.get(key)
    if (!v) this.validators.set(key, (v = this.ajv.getSchema(key)!))
    if (!v) throw new Error(`no schema ${key}`)
    return v
  }

  /** Validates `body` against a named component schema (e.g. `io.k8s.apimachinery.pkg.apis.meta.v1.Status`). */
  validateSchema(name: string, body: unknown, doc = 'api/v1'): ValidationResult {
    const v = this.validator(doc, `#/components/schemas/${name}`)
    this.coveredSchemas.add(name)
    return { schema: name, errors: v(body) ? [] : [...(v.errors ?? [])] }
  }

  /** Validates a response to `method path` (the concrete path) with `status` against its operation's schema. */
  validateResponse(method: string, path: string, status: number, body: unknown): ValidationResult {
    const op = this.operations.find((o) => o.method === method && o.regex.test(path))
    if (!op) throw new Error(`no operation in the documents for ${method} ${path}`)
    const ref = op.responses[String(status)]
    if (!ref) throw new Error(`${op.operationId} documents no JSON body for ${status} (documented: ${Object.keys(op.responses).join(', ')})`)
    this.coveredOperations.add(op.operationId)
    const name = ref.split('/').pop()!
    this.coveredSchemas.add(name)
    const v = this.validator(op.doc, ref)
    return { operationId: op.operationId, schema: name, errors: v(body) ? [] : [...(v.errors ?? [])] }
  }
}
