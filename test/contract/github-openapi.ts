// GitHub's own OpenAPI 3.0.3 description (shipped by @octokit/openapi) as a response validator: finds the
// operation for a method and URL, picks the response schema for the status, resolves `$ref`s and turns
// OpenAPI's `nullable` into JSON Schema before handing it to ajv.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

type Json = Record<string, unknown>
interface OpenApiDoc {
  paths: Record<string, Record<string, Json>>
  components: { schemas: Record<string, Json>; responses: Record<string, Json> }
}

export interface SpecOperation {
  operationId: string
  method: string
  path: string
  regex: RegExp
  responses: Record<string, Json>
}

export interface Verdict {
  operationId: string
  status: number
  /** False when the status is not among the operation's documented responses (then `basic-error` is used). */
  documented: boolean
  valid: boolean
  errors: string
}

// ajv-formats is CommonJS with a `default` export; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv
/** Component schemas are added to ajv under absolute ids, so `$ref`s between them resolve wherever they appear. */
const componentId = (name: string): string => `https://api.github.com/openapi/components/schemas/${encodeURIComponent(name)}`

export class GitHubOpenApi {
  private readonly doc: OpenApiDoc
  private readonly ajv = new Ajv({ strict: false, allErrors: true })
  private readonly validators = new Map<string, ValidateFunction>()
  private readonly added = new Set<string>()
  private readonly ops: SpecOperation[]

  /** Reads the 13 MB description once; keep one instance per test file. */
  constructor(file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json')) {
    this.doc = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDoc
    addFormats(this.ajv)
    this.ops = Object.entries(this.doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([method, op]) => ({
          operationId: op.operationId as string,
          method: method.toUpperCase(),
          path,
          regex: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
          responses: op.responses as Record<string, Json>
        }))
    )
  }

  operationById(operationId: string): SpecOperation | undefined {
    return this.ops.find((o) => o.operationId === operationId)
  }

  /** The operation a request was for; literal paths win over templated ones (`generate-jitconfig` vs `{runner_id}`). */
  operationFor(method: string, pathname: string): SpecOperation | undefined {
    const candidates = this.ops.filter((o) => o.method === method && o.regex.test(pathname))
    return candidates.sort((a, b) => templateCount(a.path) - templateCount(b.path))[0]
  }

  validate(op: SpecOperation, status: number, body: unknown): Verdict {
    const documented = String(status) in op.responses
    const schema = documented ? this.responseSchema(op.responses[String(status)]!) : { $ref: '#/components/schemas/basic-error' }
    // A documented response without content (204) must come without a body.
    if (!schema) {
      const valid = body === undefined
      return { operationId: op.operationId, status, documented, valid, errors: valid ? '' : 'a body where the description has none' }
    }
    const key = `${op.operationId} ${documented ? status : 'basic-error'}`
    let validate = this.validators.get(key)
    if (!validate) {
      validate = this.ajv.compile(this.prepare(schema))
      this.validators.set(key, validate)
    }
    const valid = validate(body)
    return { operationId: op.operationId, status, documented, valid, errors: valid ? '' : this.ajv.errorsText(validate.errors) }
  }

  /** The JSON schema of a response object (following a `$ref` to components.responses), or undefined if it has no body. */
  private responseSchema(response: Json): Json | undefined {
    const resolved = typeof response.$ref === 'string' ? this.pointer(response.$ref) : response
    const content = resolved.content as Record<string, { schema?: Json }> | undefined
    return content?.['application/json']?.schema
  }

  private pointer(ref: string): Json {
    return ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, seg) => (node as Json)[seg.replace(/~1/g, '/').replace(/~0/g, '~')], this.doc) as Json
  }

  /**
   * Converts a schema for ajv: `nullable` becomes a null alternative, and every component schema it refers to
   * (transitively) is converted and added to ajv under its own id.
   */
  private prepare(schema: Json): Json {
    const convert = (node: unknown): unknown => {
      if (Array.isArray(node)) return node.map(convert)
      if (typeof node !== 'object' || node === null) return node
      const out: Json = {}
      for (const [k, v] of Object.entries(node as Json)) {
        if (k === 'nullable') continue
        if (k === '$ref' && typeof v === 'string') {
          const name = /^#\/components\/schemas\/(.+)$/.exec(v)?.[1]
          if (!name) throw new Error(`unsupported $ref ${v}`)
          this.addComponent(name, convert)
          out.$ref = componentId(name)
          continue
        }
        out[k] = convert(v)
      }
      if ((node as Json).nullable === true) return nullable(out)
      return out
    }
    return convert(schema) as Json
  }

  private addComponent(name: string, convert: (node: unknown) => unknown): void {
    if (this.added.has(name)) return
    this.added.add(name)
    const schema = this.doc.components.schemas[name]
    if (!schema) throw new Error(`no component schema ${name}`)
    this.ajv.addSchema({ ...(convert(schema) as Json), $id: componentId(name) })
  }
}

function templateCount(path: string): number {
  return (path.match(/\{/g) ?? []).length
}

/** OpenAPI 3.0 `nullable: true` in JSON Schema terms. */
function nullable(schema: Json): Json {
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'], ...(Array.isArray(schema.enum) ? { enum: [...schema.enum, null] } : {}) }
  return { anyOf: [schema, { type: 'null' }] }
}
