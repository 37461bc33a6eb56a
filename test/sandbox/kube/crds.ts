// CustomResourceDefinitions (apiextensions.k8s.io/v1) and the custom resources they define, as kube-apiserver
// serves them: a CRD stored through the API (a test creates it from a spec file, e.g. ARC's CRDs in test/specs/arc)
// makes its group/version appear in discovery and its resources servable; its objects are validated against the
// version's openAPIV3Schema (422 Invalid, one cause per error, as the API server answers) with unknown fields pruned
// (structural schema pruning; fields under x-kubernetes-preserve-unknown-fields are kept). No controller behaviour:
// a custom resource's status is only what a test writes. Served versions only; no conversion, defaulting or CEL.
import { createHash } from 'node:crypto'
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { APIEXTENSIONS_GROUP, type ResourceDef } from './store.js'
import { invalid } from './status.js'
import type { Json, KObject } from './types.js'

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv

export const APIEXTENSIONS_GV = `${APIEXTENSIONS_GROUP}/v1`

export interface CustomResourceDef extends ResourceDef {
  group: string
  version: string
  validate: ValidateFunction
}

/** Pruning as the API server does it: objects with declared properties drop undeclared ones (ajv's removeAdditional). */
function prunable(node: Json): Json {
  if (Array.isArray(node)) return node.map(prunable)
  if (!node || typeof node !== 'object') return node
  const out: Json = {}
  for (const [k, v] of Object.entries(node)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as Json).map(([p, s]) => [p, prunable(s)])) : prunable(v)
  if (out.properties && out.additionalProperties === undefined && !out['x-kubernetes-preserve-unknown-fields']) out.additionalProperties = false
  return out
}

/** `spec.template.spec.containers[0].name` from ajv's `/spec/template/spec/containers/0/name`. */
const fieldPath = (e: ErrorObject): string => {
  const parts = e.instancePath.split('/').filter(Boolean)
  const missing = e.keyword === 'required' ? [(e.params as { missingProperty: string }).missingProperty] : []
  return [...parts, ...missing].reduce((acc, p) => (/^[0-9]+$/.test(p) ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '')
}

function causeOf(e: ErrorObject, obj: KObject): { field: string; reason: string; message: string } {
  const field = fieldPath(e)
  if (e.keyword === 'required') return { field, reason: 'FieldValueRequired', message: 'Required value' }
  const value = e.instancePath.split('/').filter(Boolean).reduce<Json>((o, k) => (o == null ? o : o[k]), obj)
  if (e.keyword === 'type') return { field, reason: 'FieldValueTypeInvalid', message: `Invalid value: "${typeof value}": ${field} in body must be of type ${(e.params as { type: string }).type}: ${JSON.stringify(value)}` }
  if (e.keyword === 'enum') return { field, reason: 'FieldValueNotSupported', message: `Unsupported value: ${JSON.stringify(value)}: supported values: ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}` }
  if (e.keyword === 'minimum') return { field, reason: 'FieldValueInvalid', message: `Invalid value: ${JSON.stringify(value)}: ${field} in body should be greater than or equal to ${(e.params as { limit: number }).limit}` }
  return { field, reason: 'FieldValueInvalid', message: `Invalid value: ${JSON.stringify(value)}: ${field} in body ${e.message ?? 'is invalid'}` }
}

let ajv: Ajv | undefined
/** Compiled schemas by content: ARC's is 1.2 MB and takes seconds to compile; every sandbox and reset shares one. */
const compiled = new Map<string, ValidateFunction>()

function compile(schema: Json): ValidateFunction {
  const key = createHash('sha256').update(JSON.stringify(schema)).digest('hex')
  let v = compiled.get(key)
  if (!v) {
    if (!ajv) {
      ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, removeAdditional: true })
      addFormats(ajv)
      for (const f of ['int32', 'int64', 'int-or-string', 'byte', 'quantity']) ajv.addFormat(f, true)
    }
    compiled.set(key, (v = ajv.compile(schema)))
  }
  return v
}

export class CrdRegistry {
  private readonly defs = new Map<string, CustomResourceDef>()

  /** Serves what a stored CRD defines (every served version). */
  install(crd: KObject): void {
    const spec = crd.spec ?? {}
    for (const v of (spec.versions ?? []) as Json[]) {
      if (!v.served) continue
      const schema = prunable(v.schema?.openAPIV3Schema ?? { type: 'object', 'x-kubernetes-preserve-unknown-fields': true })
      // metadata is the API server's, never pruned or checked here.
      if (schema.properties?.metadata) schema.properties.metadata = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true }
      this.defs.set(`${spec.group}/${v.name}/${spec.names.plural}`, {
        resource: spec.names.plural,
        kind: spec.names.kind,
        singular: spec.names.singular ?? spec.names.kind.toLowerCase(),
        namespaced: spec.scope === 'Namespaced',
        shortNames: spec.names.shortNames,
        fieldSelectors: [],
        group: spec.group,
        version: v.name,
        validate: compile(schema)
      })
    }
  }

  uninstall(crd: KObject): void {
    for (const [k, d] of this.defs) if (d.group === crd.spec?.group && d.resource === crd.spec?.names?.plural) this.defs.delete(k)
  }

  clear(): void {
    this.defs.clear()
  }

  find(group: string, version: string, resource: string): CustomResourceDef | undefined {
    return this.defs.get(`${group}/${version}/${resource}`)
  }

  all(): CustomResourceDef[] {
    return [...this.defs.values()]
  }

  /** Prunes unknown fields and validates against the version's schema: a 422 Invalid listing every error. */
  validate(def: CustomResourceDef, obj: KObject): void {
    const { metadata, ...rest } = obj
    const body = rest as Json
    if (def.validate(body)) {
      Object.assign(obj, body, { metadata })
      return
    }
    const causes = (def.validate.errors ?? []).map((e) => causeOf(e, obj))
    throw invalid(def.kind, obj.metadata.name ?? '', causes, def.group)
  }

  /** `/apis` entries for the installed groups. */
  groups(): Array<Record<string, unknown>> {
    const byGroup = new Map<string, string[]>()
    for (const d of this.defs.values()) byGroup.set(d.group, [...new Set([...(byGroup.get(d.group) ?? []), d.version])])
    return [...byGroup].map(([name, versions]) => ({
      name,
      versions: versions.map((version) => ({ groupVersion: `${name}/${version}`, version })),
      preferredVersion: { groupVersion: `${name}/${versions[0]}`, version: versions[0] }
    }))
  }

  /** `/apis/{group}/{version}`: undefined when no CRD serves it (404). */
  resourceList(group: string, version: string, verbs: string[]): Record<string, unknown> | undefined {
    const defs = this.all().filter((d) => d.group === group && d.version === version)
    if (!defs.length) return undefined
    return {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: `${group}/${version}`,
      resources: defs.flatMap((d) => [
        { name: d.resource, singularName: d.singular, namespaced: d.namespaced, kind: d.kind, verbs, ...(d.shortNames ? { shortNames: d.shortNames } : {}) },
        { name: `${d.resource}/status`, singularName: '', namespaced: d.namespaced, kind: d.kind, verbs: ['get', 'patch', 'update'] }
      ])
    }
  }
}
