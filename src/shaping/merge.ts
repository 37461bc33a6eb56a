// A strategic merge patch applied to a Pod as the Kubernetes API server applies one (k8s.io/apimachinery's
// strategicpatch), led by the patch directives of the Kubernetes 1.35 OpenAPI (./pod-schema.ts):
// - maps merge key by key; a key set to null is removed;
// - a list with x-kubernetes-patch-strategy `merge` and a merge key (containers, initContainers, volumes, env,
//   volumeMounts, ports, imagePullSecrets, ...) merges item by item on that key, new items appended;
// - a list with `merge` and no key (finalizers) takes the union; every other list (tolerations, command, args,
//   capabilities, affinity terms, ...) is atomic in the OpenAPI: the patch's list replaces it whole;
// - `$patch: replace` (a map, or `- $patch: replace` in a merged list) replaces instead of merging; `$patch: delete`
//   removes a map or a merged list's item.
// Not supported (refused with the reason): `$retainKeys` (a retainKeys list such as volumes merges its items
// plainly: replace a volume's source with `$patch: replace` on the item), `$setElementOrder/...` and
// `$deleteFromPrimitiveList/...`. Pure.
import { POD_SCHEMA } from './pod-schema.js'
import type { SchemaField, SchemaType } from './schema-types.js'

export class PatchError extends Error {
  constructor(
    public readonly path: string,
    why: string
  ) {
    super(`${path || '(the patch)'}: ${why}`)
    this.name = 'PatchError'
  }
}

type Obj = Record<string, unknown>
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
/** A value as text in a message: strings as they are, anything else as JSON. */
export const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? 'undefined' : JSON.stringify(v))
const clone = <T>(v: T): T => structuredClone(v)
const at = (path: string, key: string): string => (path ? `${path}.${key}` : key)

/** The Pod after `patch` (both plain JSON); the original is not changed. Throws PatchError for a patch it cannot apply. */
export function strategicMergePod(pod: Obj, patch: Obj): Obj {
  const out = mergeMap(pod, patch, POD_SCHEMA.types[POD_SCHEMA.root], undefined, '')
  if (out === undefined) throw new PatchError('', "'$patch: delete' of the whole pod")
  return out
}

function typeOf(field: SchemaField | undefined): SchemaType | undefined {
  return field?.ref ? POD_SCHEMA.types[field.ref] : undefined
}

/** `type`: the object's fields (undefined for a map or a free-form object); `values`: a map's value field. */
function mergeMap(
  orig: Obj | undefined,
  patch: Obj,
  type: SchemaType | undefined,
  values: SchemaField | undefined,
  path: string
): Obj | undefined {
  const directive = patch.$patch
  if (directive !== undefined) {
    if (directive === 'delete') return undefined
    if (directive === 'replace') return withoutDirective(patch)
    if (directive !== 'merge')
      throw new PatchError(path, `'$patch: ${text(directive)}' is not a patch directive (replace, delete or merge)`)
  }
  const out: Obj = orig ? clone(orig) : {}
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch') continue
    if (key.startsWith('$')) throw new PatchError(at(path, key), unsupported(key))
    if (value === null) {
      delete out[key]
      continue
    }
    const field = type ? type.props[key] : values
    const merged = mergeValue(out[key], value, field, at(path, key))
    if (merged === undefined) delete out[key]
    else out[key] = merged
  }
  return out
}

function unsupported(key: string): string {
  if (key === '$retainKeys') return "'$retainKeys' is not supported: use '$patch: replace' on the item to replace it whole"
  if (key.startsWith('$setElementOrder/')) return `'${key}' is not supported: the merged list keeps the generated order, new items last`
  if (key.startsWith('$deleteFromPrimitiveList/')) return `'${key}' is not supported: give the whole list with '$patch: replace'`
  return `'${key}' is not a field or a supported patch directive`
}

function withoutDirective(v: Obj): Obj {
  const { $patch: _, ...rest } = v
  return clone(rest)
}

function mergeValue(orig: unknown, patch: unknown, field: SchemaField | undefined, path: string): unknown {
  if (Array.isArray(patch) && field?.t === 'array') return mergeList(Array.isArray(orig) ? orig : undefined, patch, field, path)
  if (isObject(patch) && (field === undefined || field.t === 'object' || field.t === 'any'))
    return mergeMap(isObject(orig) ? orig : undefined, patch, typeOf(field), field?.values, path)
  return clone(patch)
}

function mergeList(orig: unknown[] | undefined, patch: unknown[], field: SchemaField, path: string): unknown[] {
  const replaceAll = patch.some((p) => isObject(p) && p.$patch === 'replace' && Object.keys(p).length === 1)
  const items = patch.filter((p) => !(isObject(p) && p.$patch === 'replace' && Object.keys(p).length === 1))
  const merging = field.strategy?.split(',').includes('merge') === true
  if (!merging || replaceAll) {
    for (const p of items) if (isObject(p) && p.$patch !== undefined) throw new PatchError(path, listDirective(merging))
    return clone(items)
  }
  const key = field.key
  if (!key) {
    // A set of scalars (finalizers): the union, in order.
    const out = clone(orig ?? [])
    for (const p of items) if (!out.some((o) => JSON.stringify(o) === JSON.stringify(p))) out.push(clone(p))
    return out
  }
  const out = clone(orig ?? [])
  const itemType = typeOf(field.items)
  for (const [i, p] of items.entries()) {
    if (!isObject(p) || p[key] === undefined || p[key] === null)
      throw new PatchError(`${path}[${i}]`, `each item must have '${key}', the key its list is merged on`)
    const where = `${path}[${key}=${text(p[key])}]`
    const index = out.findIndex((o) => isObject(o) && o[key] === p[key])
    const merged = mergeMap(index >= 0 ? (out[index] as Obj) : undefined, p, itemType, undefined, where)
    if (index >= 0) {
      if (merged === undefined) out.splice(index, 1)
      else out[index] = merged
    } else if (merged !== undefined) out.push(merged)
  }
  return out
}

function listDirective(merging: boolean): string {
  return merging
    ? "'$patch' inside a list given with '- $patch: replace' (that list replaces the generated one whole)"
    : "'$patch' on an item of a list the Kubernetes API replaces whole (its OpenAPI gives it no merge key): give the whole list"
}
