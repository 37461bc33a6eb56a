// The official Azure REST specs (Swagger 2.0, copied under test/specs/azure) by api-version: what the sandbox's
// ARM serves (an api-version is accepted for an operation when a stored spec of that version defines it), how it
// validates request bodies (always, as the resource providers do), and how responses are checked (the contract
// suite, and any sandbox started with `validateResponses`). Swagger 2.0 schemas are JSON Schema draft-04 plus
// extensions, so each file is handed to ajv-draft-04 under a URL mirroring its path (cross-file `$ref`s resolve as
// they do upstream) after these adjustments, each what Azure's own tooling (autorest/oav) does with the extension:
// - `x-ms-enum.modelAsString: true` makes an enum extensible: the `enum` list is dropped (a provider that refuses
//   a value it does not know, like AKS for `sku.name`, does so in its own code, with its own error code);
// - `x-nullable: true` admits `null`;
// - `discriminator`, `readOnly`, `x-ms-*` are annotations here (polymorphic subtypes are not enforced; read-only
//   properties sent back in a PUT are ignored by the providers, as they are here);
// - ManagedIdentity.json (2024-11-30) refers to `v4/types.json#/definitions/systemData` while v4 defines
//   `SystemData`: an alias is added (see test/specs/README.md).
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import AjvDraft04Module from 'ajv-draft-04'
import type { ErrorObject, ValidateFunction } from 'ajv'

// Swagger documents are walked generically; `any` keeps that code readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>

// ajv-draft-04 is CommonJS with a `default` export; under NodeNext the default import may be the module object.
const Ajv04 = ((AjvDraft04Module as unknown as { default?: unknown }).default ?? AjvDraft04Module) as unknown as typeof AjvDraft04Module.default

export const SPEC_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../specs/azure/specification')
const BASE = 'https://specs.sandbox.invalid/specification/'
/** Formats Swagger and Azure use that JSON Schema does not define: accepted as annotations. */
const EXTRA_FORMATS = ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password', 'unixtime', 'duration', 'date-time-rfc1123', 'arm-id', 'base64url', 'file', 'decimal', 'uuid', 'uri', 'date-time', 'date', 'email']

/** The spec folder (first segment under specification/) of each resource provider the sandbox serves. */
export type SpecFolder = 'msi' | 'authorization' | 'containerservice'

/** The api-version each current Azure SDK for JavaScript sends: `operations` (by operationId alone) holds these. */
export const SDK_VERSIONS: Record<SpecFolder, string> = { msi: '2024-11-30', authorization: '2022-04-01', containerservice: '2026-06-01' }

/**
 * The same operation under another operationId in an older api-version (same method and path): the sandbox's
 * route names follow the current specs.
 */
const ALIASES: Record<string, string[]> = { RoleAssignments_ListForSubscription: ['RoleAssignments_List'] }

export interface SpecOperation {
  operationId: string
  folder: SpecFolder
  apiVersion: string
  method: string
  /** Path template, `?disambiguation` of x-ms-paths removed. */
  path: string
  file: string
  op: Json
  /** Parameters with `$ref`s resolved, each with the JSON pointer (in ajv's URL space) of its own definition. */
  parameters: Array<Json & { pointer: string }>
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
  /** Operations of the api-versions the SDKs send (SDK_VERSIONS), by operationId. */
  readonly operations = new Map<string, SpecOperation>()
  /** Every stored operation, by `folder operationId apiVersion`. */
  private readonly all = new Map<string, SpecOperation>()
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
      const folder = rel.split('/')[0] as SpecFolder
      if (!(folder in SDK_VERSIONS)) continue
      const apiVersion = String(doc.info?.version)
      for (const section of ['paths', 'x-ms-paths']) {
        for (const [rawPath, item] of Object.entries((doc[section] ?? {}) as Record<string, Json>)) {
          for (const [method, op] of Object.entries(item)) {
            if (!['get', 'put', 'post', 'patch', 'delete', 'head'].includes(method)) continue
            const at = `${BASE}${rel}#/${section}/${pointerEscape(rawPath)}`
            const parameters = [
              ...((item.parameters ?? []) as Json[]).map((p, i) => this.parameter(rel, p, `${at}/parameters/${i}`)),
              ...((op.parameters ?? []) as Json[]).map((p, i) => this.parameter(rel, p, `${at}/${method}/parameters/${i}`))
            ]
            const o: SpecOperation = { operationId: op.operationId, folder, apiVersion, method: method.toUpperCase(), path: rawPath.replace(/\?.*$/, ''), file: rel, op, parameters }
            this.all.set(`${folder} ${op.operationId} ${apiVersion}`, o)
            if (SDK_VERSIONS[folder] === apiVersion) this.operations.set(op.operationId, o)
          }
        }
      }
    }
  }

  /** A parameter with its `$ref` followed, and the pointer of the definition it came from. */
  private parameter(file: string, p: Json, pointer: string): Json & { pointer: string } {
    if (typeof p.$ref !== 'string') return { ...p, pointer }
    const [target, frag = ''] = (p.$ref as string).split('#')
    const targetFile = target ? relative(SPEC_ROOT, resolve(SPEC_ROOT, dirname(file), target)) : file
    return { ...this.resolve(file, p), pointer: `${BASE}${targetFile}#${frag}` }
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

  /** The stored api-versions (newest first) of a provider folder that define `operationId` (or one of its aliases). */
  versions(folder: SpecFolder, operationId: string): string[] {
    const names = [operationId, ...(ALIASES[operationId] ?? [])]
    const out = new Set<string>()
    for (const o of this.all.values()) if (o.folder === folder && names.includes(o.operationId)) out.add(o.apiVersion)
    return [...out].sort().reverse()
  }

  /** The operation as the stored spec of `apiVersion` defines it (aliases followed). */
  operation(folder: SpecFolder, operationId: string, apiVersion: string): SpecOperation | undefined {
    for (const name of [operationId, ...(ALIASES[operationId] ?? [])]) {
      const o = this.all.get(`${folder} ${name} ${apiVersion}`)
      if (o) return o
    }
    return undefined
  }

  /** Whether the definition `name` of that version's spec declares `property` (e.g. fields added in later versions). */
  declares(o: SpecOperation, definition: string, property: string): boolean {
    const def = this.docs.get(o.file)?.definitions?.[definition] as Json | undefined
    return Boolean(def?.properties?.[property])
  }

  /**
   * Validates a request body against the operation's body parameter. Returns the problems (empty when the body
   * conforms), each `path: what is wrong`, with the path in the dotted form the providers' messages use.
   */
  checkRequest(o: SpecOperation, body: unknown): string[] {
    const param = o.parameters.find((p) => p.in === 'body')
    if (!param) return []
    if (body === undefined) return param.required ? ['(body): the request body is required'] : []
    const key = `request ${o.file} ${o.method} ${o.path}`
    let v = this.validators.get(key)
    if (!v) {
      v = this.ajv.compile({ $ref: `${param.pointer}/schema` })
      this.validators.set(key, v)
    }
    return v(body) ? [] : describe(v.errors ?? [])
  }

  /**
   * Validates a response body against the operation's schema for `status` (or its `default` response for an
   * undocumented error status). `operationId` alone means the SDK's version; pass a SpecOperation for another.
   */
  check(operation: string | SpecOperation, status: number, body: unknown): string[] {
    const o = typeof operation === 'string' ? this.operations.get(operation) : operation
    if (!o) return [`no operation ${String(operation)} in the stored specs`]
    const code = o.op.responses[String(status)] ? String(status) : status >= 400 && o.op.responses.default ? 'default' : undefined
    if (!code) return [`status ${status} is not a documented response of ${o.operationId} ${o.apiVersion} (${Object.keys(o.op.responses).join(', ')})`]
    const response = this.resolve(o.file, o.op.responses[code])
    if (!response.schema) return body === undefined || body === '' ? [] : [`${o.operationId} ${code} has no body, got ${JSON.stringify(body).slice(0, 200)}`]
    if (body === undefined) return [`${o.operationId} ${code} needs a body`]
    const key = `${o.file} ${o.operationId} ${code}`
    let v = this.validators.get(key)
    if (!v) {
      const { section, path } = rawPathOf(this.docs.get(o.file)!, o)
      v = this.ajv.compile({ $ref: `${BASE}${o.file}#/${section}/${pointerEscape(path)}/${o.method.toLowerCase()}/responses/${code}/schema` })
      this.validators.set(key, v)
    }
    return v(body) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`)
  }

  /** The operation's stored examples; references to files not stored are recorded in `missingExamples`. */
  examples(operation: string | SpecOperation, fallbackFolders: string[] = []): Example[] {
    const o = typeof operation === 'string' ? this.operations.get(operation) : operation
    if (!o) return []
    const out: Example[] = []
    for (const [title, ref] of Object.entries((o.op['x-ms-examples'] ?? {}) as Record<string, { $ref: string }>)) {
      const candidates = [join(dirname(o.file), ref.$ref), ...fallbackFolders.map((f) => join(f, ref.$ref.replace(/^\.\/examples\//, 'examples/')))]
      const file = candidates.find((c) => existsSync(join(SPEC_ROOT, c)))
      if (!file) {
        this.missingExamples.push({ operationId: o.operationId, ref: ref.$ref })
        continue
      }
      const ex = JSON.parse(readFileSync(join(SPEC_ROOT, file), 'utf8')) as Example
      out.push({ operationId: o.operationId, title, file, parameters: ex.parameters, responses: ex.responses })
    }
    return out
  }
}

let shared: AzureSpecs | undefined
/** One catalogue per process (loading reads ~1.5 MB of JSON; validators compile on first use). */
export function azureSpecs(): AzureSpecs {
  return (shared ??= new AzureSpecs())
}

/** ajv errors as `properties.audiences: must be array`, the JSON path the providers' messages name. */
function describe(errors: ErrorObject[]): string[] {
  return errors.map((e) => {
    const path = e.instancePath
      .split('/')
      .slice(1)
      .map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s.replace(/~1/g, '/').replace(/~0/g, '~')}`))
      .join('')
      .replace(/^\./, '')
    const missing = e.keyword === 'required' ? (e.params as { missingProperty?: string }).missingProperty : undefined
    if (missing) return `${path ? `${path}.` : ''}${missing}: required property is missing`
    return `${path || '(body)'}: ${e.message ?? 'is invalid'}${e.keyword === 'enum' ? ` (${(e.params as { allowedValues?: unknown[] }).allowedValues?.join(', ')})` : ''}`
  })
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
