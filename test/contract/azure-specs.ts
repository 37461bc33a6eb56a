// The official Azure REST specs (Swagger 2.0, copied under test/specs/azure) as a response validator and an
// example catalogue. Swagger 2.0 schemas are JSON Schema draft-04 plus extensions, so each file is handed to
// ajv-draft-04 under a URL mirroring its path (cross-file `$ref`s resolve as they do upstream) after these
// adjustments, each what Azure's own tooling (autorest/oav) does with the extension:
// - `x-ms-enum.modelAsString: true` makes an enum extensible: the `enum` list is dropped;
// - `x-nullable: true` admits `null`;
// - `discriminator`, `readOnly`, `x-ms-*` are annotations here (polymorphic subtypes are not enforced);
// - ManagedIdentity.json (2024-11-30) refers to `v4/types.json#/definitions/systemData` while v4 defines
//   `SystemData`: an alias is added (see test/specs/README.md).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import AjvDraft04Module from 'ajv-draft-04'
import type { ValidateFunction } from 'ajv'

// Swagger documents are walked generically; `any` keeps that code readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>

// ajv-draft-04 is CommonJS with a `default` export; under NodeNext the default import may be the module object.
const Ajv04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as unknown as typeof AjvDraft04Module.default

export const SPEC_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../specs/azure/specification')
const BASE = 'https://specs.sandbox.invalid/specification/'
/** Formats Swagger and Azure use that JSON Schema does not define: accepted as annotations. */
const EXTRA_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'unixtime', 'duration', 'date-time-rfc1123', 'arm-id', 'base64url', 'file', 'decimal', 'uuid', 'uri', 'date-time', 'date', 'email']

export interface SpecOperation {
  operationId: string
  method: string
  /** Path template, `?disambiguation` of x-ms-paths removed. */
  path: string
  file: string
  op: Json
  /** Parameters with `$ref`s resolved. */
  parameters: Json[]
}

export interface Example {
  operationId: string
  title: string
  /** Path of the example file relative to test/specs/azure/specification. */
  file: string
  parameters: Json
  responses: Record<string, { body?: unknown }>
}

export class AzureSpecs {
  private readonly ajv = new Ajv04({ strict: false, allErrors: true, validateSchema: false })
  private readonly docs = new Map<string, Json>()
  private readonly validators = new Map<string, ValidateFunction>()
  readonly operations = new Map<string, SpecOperation>()
  /** Example references whose file is not stored (the stored-specs README lists them). */
  readonly missingExamples: Array<{ operationId: string; ref: string }> = []

  constructor(root = SPEC_ROOT) {
    for (const f of EXTRA_FORMATS) this.ajv.addFormat(f, true)
    for (const file of walk(root).filter((f) => f.endsWith('.json') && !f.includes('/examples/'))) {
      const rel = relative(root, file)
      const doc = JSON.parse(readFileSync(file, 'utf8')) as Json
      adjust(doc)
      if (rel.endsWith('resource-management/v4/types.json') && doc.definitions?.SystemData && !doc.definitions.systemData) {
        doc.definitions.systemData = { $ref: '#/definitions/SystemData' }
      }
      this.docs.set(rel, doc)
      this.ajv.addSchema(doc, BASE + rel)
    }
    for (const [rel, doc] of this.docs) {
      for (const [rawPath, item] of Object.entries({ ...(doc.paths ?? {}), ...(doc['x-ms-paths'] ?? {}) }) as Array<[string, Json]>) {
        for (const [method, op] of Object.entries(item)) {
          if (!['get', 'put', 'post', 'patch', 'delete', 'head'].includes(method)) continue
          const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map((p: Json) => this.resolve(rel, p))
          this.operations.set(op.operationId, { operationId: op.operationId, method: method.toUpperCase(), path: rawPath.replace(/\?.*$/, ''), file: rel, op, parameters })
        }
      }
    }
  }

  /** Follows a `$ref` (local or to another stored file) to the object it names. */
  resolve(fromFile: string, node: Json): Json {
    let file = fromFile
    let cur = node
    for (let i = 0; cur && typeof cur.$ref === 'string' && i < 10; i++) {
      const [target, pointer = ''] = (cur.$ref as string).split('#')
      if (target) file = relative(SPEC_ROOT, resolve(SPEC_ROOT, dirname(file), target))
      const doc = this.docs.get(file)
      if (!doc) throw new Error(`unresolved $ref ${cur.$ref} from ${fromFile}`)
      cur = pointer
        .split('/')
        .slice(1)
        .reduce((o: Json, k) => o?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc)
    }
    return cur
  }

  /**
   * Validates a response body against the operation's schema for `status` (or its `default` response for an
   * undocumented error status). Returns the problems, empty when the body conforms.
   */
  check(operationId: string, status: number, body: unknown): string[] {
    const o = this.operations.get(operationId)
    if (!o) return [`no operation ${operationId} in the stored specs`]
    const code = o.op.responses[String(status)] ? String(status) : status >= 400 && o.op.responses.default ? 'default' : undefined
    if (!code) return [`status ${status} is not a documented response of ${operationId} (${Object.keys(o.op.responses).join(', ')})`]
    const response = this.resolve(o.file, o.op.responses[code])
    if (!response.schema) return body === undefined || body === '' ? [] : [`${operationId} ${code} has no body, got ${JSON.stringify(body).slice(0, 200)}`]
    if (body === undefined) return [`${operationId} ${code} needs a body`]
    const key = `${operationId} ${code}`
    let v = this.validators.get(key)
    if (!v) {
      const { section, path } = rawPathOf(this.docs.get(o.file)!, o)
      v = this.ajv.compile({ $ref: `${BASE}${o.file}#/${section}/${pointerEscape(path)}/${o.method.toLowerCase()}/responses/${code}/schema` })
      this.validators.set(key, v)
    }
    return v(body) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
  }

  /** The operation's stored examples; references to files not stored are recorded in `missingExamples`. */
  examples(operationId: string, fallbackFolders: string[] = []): Example[] {
    const o = this.operations.get(operationId)
    if (!o) return []
    const out: Example[] = []
    for (const [title, ref] of Object.entries((o.op['x-ms-examples'] ?? {}) as Record<string, { $ref: string }>)) {
      const candidates = [join(dirname(o.file), ref.$ref), ...fallbackFolders.map((f) => join(f, ref.$ref.replace(/^\.\/examples\//, 'examples/')))]
      const file = candidates.find((c) => existsSync(join(SPEC_ROOT, c)))
      if (!file) {
        this.missingExamples.push({ operationId, ref: ref.$ref })
        continue
      }
      const ex = JSON.parse(readFileSync(join(SPEC_ROOT, file), 'utf8')) as Example
      out.push({ operationId, title, file, parameters: ex.parameters, responses: ex.responses })
    }
    return out
  }
}

function rawPathOf(doc: Json, o: SpecOperation): { section: string; path: string } {
  for (const section of ['paths', 'x-ms-paths']) {
    for (const p of Object.keys(doc[section] ?? {})) if (p.replace(/\?.*$/, '') === o.path && doc[section][p][o.method.toLowerCase()]) return { section, path: p }
  }
  throw new Error(`path of ${o.operationId} not found`)
}

function pointerEscape(s: string): string {
  return s.replace(/~/g, '~0').replace(/\//g, '~1')
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

/** The in-memory adjustments listed at the top of this file. */
function adjust(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(adjust)
  if (!node || typeof node !== 'object') return
  const n = node as Json
  if (n['x-ms-enum']?.modelAsString === true && Array.isArray(n.enum)) delete n.enum
  if (n['x-nullable'] === true && typeof n.type === 'string') n.type = [n.type, 'null']
  for (const v of Object.values(n)) adjust(v)
}
