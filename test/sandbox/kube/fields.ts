// Field ownership (metadata.managedFields, FieldsV1) and the four ways a client changes an object:
// server-side apply (with conflicts unless forced), JSON merge patch, strategic merge patch and JSON
// patch. A simplified structured-merge-diff: associative lists are keyed by the merge keys of the
// core/v1 types the emulator serves; every other list is atomic.
import { statusError, badRequest } from './status.js'
import { clone, deepEqual, isMap, rfc3339, type Json, type KObject, type ManagedFieldsEntry } from './types.js'

// ---------------------------------------------------------------------------------------------------
// Schema knowledge: which lists are maps keyed by which fields (x-kubernetes-list-map-keys / patchMergeKey).

const LIST_KEYS: Record<string, string[]> = {
  'metadata.ownerReferences': ['uid'],
  'spec.volumes': ['name'],
  'spec.imagePullSecrets': ['name'],
  // ServiceAccount
  secrets: ['name'],
  imagePullSecrets: ['name']
}
for (const c of ['containers', 'initContainers', 'ephemeralContainers']) {
  LIST_KEYS[`spec.${c}`] = ['name']
  LIST_KEYS[`spec.${c}.env`] = ['name']
  LIST_KEYS[`spec.${c}.ports`] = ['containerPort']
  LIST_KEYS[`spec.${c}.volumeMounts`] = ['mountPath']
}

const listKeys = (schemaPath: string): string[] | undefined => LIST_KEYS[schemaPath]
const join = (sp: string, k: string): string => (sp ? `${sp}.${k}` : k)

/** Fields the API server sets itself: never part of anyone's managed fields. */
const SYSTEM_META = new Set(['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'managedFields', 'selfLink', 'generateName'])
const SKIP_TOP = new Set(['apiVersion', 'kind', 'status'])

const keyOf = (el: Json, keys: string[]): string => `k:${JSON.stringify(Object.fromEntries(keys.map((k) => [k, el?.[k]])))}`
const matches = (el: Json, keyed: Record<string, Json>): boolean => isMap(el) && Object.entries(keyed).every(([k, v]) => deepEqual(el[k], v))

// ---------------------------------------------------------------------------------------------------
// Field sets: a path is the list of FieldsV1 keys (`f:spec`, `k:{"name":"c"}`, `.`), stored JSON-encoded.

export type FieldSet = Set<string>

function collect(value: Json, sp: string, path: string[], out: FieldSet): void {
  if (isMap(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) collect(v, join(sp, k), [...path, `f:${k}`], out)
    return
  }
  const keys = listKeys(sp)
  if (Array.isArray(value) && keys) {
    for (const el of value) {
      const p = [...path, keyOf(el, keys)]
      out.add(JSON.stringify([...p, '.']))
      if (isMap(el)) for (const [k, v] of Object.entries(el)) collect(v, join(sp, k), [...p, `f:${k}`], out)
    }
    return
  }
  out.add(JSON.stringify(path))
}

/** The fields an object sets, as managedFields count them (system metadata and status excluded). */
export function fieldSet(obj: KObject | undefined): FieldSet {
  const out: FieldSet = new Set()
  if (!obj) return out
  for (const [k, v] of Object.entries(obj)) {
    if (SKIP_TOP.has(k)) continue
    if (k === 'metadata') {
      for (const [mk, mv] of Object.entries(v as Record<string, Json>)) if (!SYSTEM_META.has(mk)) collect(mv, `metadata.${mk}`, ['f:metadata', `f:${mk}`], out)
      continue
    }
    collect(v, k, [`f:${k}`], out)
  }
  return out
}

/** The status fields (for the kubelet's `status` subresource entry). */
export function statusFieldSet(obj: KObject): FieldSet {
  const out: FieldSet = new Set()
  if (obj.status !== undefined) collect(obj.status, 'status', ['f:status'], out)
  return out
}

export function toFieldsV1(set: FieldSet): Json {
  const root: Record<string, Json> = {}
  for (const enc of [...set].sort()) {
    const path = JSON.parse(enc) as string[]
    let node = root
    for (const seg of path) node = node[seg] ??= {}
  }
  return root
}

export function fromFieldsV1(tree: Json, prefix: string[] = [], out: FieldSet = new Set()): FieldSet {
  if (!isMap(tree)) return out
  const entries = Object.entries(tree)
  if (entries.length === 0 && prefix.length) out.add(JSON.stringify(prefix))
  for (const [k, v] of entries) fromFieldsV1(v, [...prefix, k], out)
  return out
}

function parentAndKey(obj: Json, path: string[]): { parent: Json; seg: string } | undefined {
  let cur = obj
  for (const seg of path.slice(0, -1)) {
    cur = step(cur, seg)
    if (cur === undefined) return undefined
  }
  return { parent: cur, seg: path[path.length - 1]! }
}

function step(cur: Json, seg: string): Json {
  if (seg.startsWith('f:')) return isMap(cur) ? cur[seg.slice(2)] : undefined
  if (seg.startsWith('k:')) {
    const keyed = JSON.parse(seg.slice(2)) as Record<string, Json>
    return Array.isArray(cur) ? cur.find((el) => matches(el, keyed)) : undefined
  }
  return cur // '.': the element itself
}

export function valueAt(obj: Json, path: string[]): Json {
  let cur = obj
  for (const seg of path) {
    cur = step(cur, seg)
    if (cur === undefined) return undefined
  }
  return cur
}

function removePath(obj: Json, path: string[]): void {
  // `[..., k:{...}, '.']` removes the whole element; `[..., f:x]` removes the field.
  const elementPath = path[path.length - 1] === '.' ? path.slice(0, -1) : path
  const at = parentAndKey(obj, elementPath)
  if (!at) return
  const { parent, seg } = at
  if (seg.startsWith('f:') && isMap(parent)) delete parent[seg.slice(2)]
  else if (seg.startsWith('k:') && Array.isArray(parent)) {
    const keyed = JSON.parse(seg.slice(2)) as Record<string, Json>
    const i = parent.findIndex((el) => matches(el, keyed))
    if (i >= 0) parent.splice(i, 1)
  }
}

/** `.spec.containers[name="c"].image`, the path syntax of the API server's conflict messages. */
export function formatPath(path: string[]): string {
  return path
    .map((seg) => {
      if (seg.startsWith('f:')) return `.${seg.slice(2)}`
      if (seg.startsWith('k:')) {
        const keyed = JSON.parse(seg.slice(2)) as Record<string, Json>
        return `[${Object.entries(keyed).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(',')}]`
      }
      return ''
    })
    .join('')
}

// ---------------------------------------------------------------------------------------------------
// Ownership bookkeeping

interface Owner {
  entry: ManagedFieldsEntry
  set: FieldSet
}

const sameManager = (e: ManagedFieldsEntry, manager: string, operation: string, subresource?: string): boolean =>
  e.manager === manager && e.operation === operation && (e.subresource ?? '') === (subresource ?? '')

function owners(obj: KObject | undefined): Owner[] {
  return (obj?.metadata.managedFields ?? []).map((entry) => ({ entry, set: fromFieldsV1(entry.fieldsV1) }))
}

function serialise(list: Owner[]): ManagedFieldsEntry[] | undefined {
  const out = list.filter((o) => o.set.size > 0).map((o) => ({ ...o.entry, fieldsV1: toFieldsV1(o.set) }))
  return out.length ? out : undefined
}

function entry(manager: string, operation: 'Apply' | 'Update', apiVersion: string, now: number, subresource?: string): ManagedFieldsEntry {
  return { manager, operation, apiVersion, time: rfc3339(now), fieldsType: 'FieldsV1', fieldsV1: {}, ...(subresource ? { subresource } : {}) }
}

const changedAt = (a: Json, b: Json, enc: string): boolean => {
  const path = JSON.parse(enc) as string[]
  // An element's presence marker changes only when the element appears or disappears.
  if (path[path.length - 1] === '.') return (valueAt(a, path) === undefined) !== (valueAt(b, path) === undefined)
  return !deepEqual(valueAt(a, path), valueAt(b, path))
}

/**
 * An Update operation (create, PUT, merge/strategic/JSON patch, a status write): the manager takes the
 * fields whose value changed; others lose them; fields that disappeared are owned by no one.
 */
export function recordUpdate(old: KObject | undefined, next: KObject, manager: string, apiVersion: string, now: number, subresource?: string): void {
  const sets = subresource === 'status' ? statusFieldSet : fieldSet
  const before = old ? sets(old) : new Set<string>()
  const after = sets(next)
  const changed = [...after].filter((p) => !before.has(p) || changedAt(old, next, p))
  const removed = [...before].filter((p) => !after.has(p))
  const list = owners(old)
  let mine = list.find((o) => sameManager(o.entry, manager, 'Update', subresource))
  if (!mine && changed.length) list.push((mine = { entry: entry(manager, 'Update', apiVersion, now, subresource), set: new Set() }))
  for (const o of list) {
    if (o === mine) continue
    for (const p of [...changed, ...removed]) o.set.delete(p)
  }
  if (mine) {
    changed.forEach((p) => mine.set.add(p))
    removed.forEach((p) => mine.set.delete(p))
    if (changed.length) mine.entry = { ...mine.entry, time: rfc3339(now) }
  }
  next.metadata.managedFields = serialise(list)
}

function managerLabel(e: ManagedFieldsEntry): string {
  const name = JSON.stringify(e.manager) + (e.subresource ? ` with subresource ${JSON.stringify(e.subresource)}` : '')
  return e.operation === 'Update' ? `${name} using ${e.apiVersion} at ${e.time}` : name
}

function conflictError(conflicts: Array<{ owner: ManagedFieldsEntry; path: string[] }>): Error {
  // metav1.StatusCause's Go field `Type` is `reason` in JSON.
  const causes = conflicts.map((c) => ({ reason: 'FieldManagerConflict', message: `conflict with ${managerLabel(c.owner)}`, field: formatPath(c.path) }))
  let message: string
  if (conflicts.length === 1) message = `Apply failed with 1 conflict: conflict with ${managerLabel(conflicts[0]!.owner)}: ${formatPath(conflicts[0]!.path)}`
  else {
    const byManager = new Map<string, string[]>()
    for (const c of conflicts) byManager.set(managerLabel(c.owner), [...(byManager.get(managerLabel(c.owner)) ?? []), formatPath(c.path)])
    const lines = [...byManager.keys()].sort().flatMap((m) => [`conflicts with ${m}:`, ...byManager.get(m)!.map((p) => `- ${p}`)])
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`
  }
  return statusError(409, 'Conflict', message, { causes })
}

function mergeApplied(live: Json, applied: Json, sp: string): Json {
  if (isMap(applied)) {
    const out: Record<string, Json> = isMap(live) ? live : {}
    for (const [k, v] of Object.entries(applied)) out[k] = mergeApplied(out[k], v, join(sp, k))
    return out
  }
  const keys = listKeys(sp)
  if (Array.isArray(applied) && keys) {
    const out: Json[] = Array.isArray(live) ? live : []
    for (const el of applied) {
      const keyed = JSON.parse(keyOf(el, keys).slice(2)) as Record<string, Json>
      const i = out.findIndex((x) => matches(x, keyed))
      if (i >= 0) out[i] = mergeApplied(out[i], el, sp)
      else out.push(clone(el))
    }
    return out
  }
  return clone(applied)
}

/**
 * Server-side apply of `applied` by `manager` onto `live` (undefined = create). Returns the new object
 * (status, system metadata and other managers' fields kept) with managedFields updated; throws the
 * 409 Conflict Status when another manager owns a field the configuration sets to a different value.
 */
export function serverSideApply(live: KObject | undefined, applied: KObject, manager: string, force: boolean, apiVersion: string, now: number): KObject {
  const appliedSet = fieldSet(applied)
  const list = owners(live)
  const mine = list.find((o) => sameManager(o.entry, manager, 'Apply'))
  const others = list.filter((o) => o !== mine)
  const conflicts: Array<{ owner: ManagedFieldsEntry; path: string[] }> = []
  if (live) {
    for (const enc of appliedSet) {
      if (!changedAt(live, applied, enc)) continue
      for (const o of others) if (o.set.has(enc)) conflicts.push({ owner: o.entry, path: JSON.parse(enc) as string[] })
    }
  }
  if (conflicts.length && !force) throw conflictError(conflicts)

  const next: KObject = clone(live) ?? { apiVersion: applied.apiVersion, kind: applied.kind, metadata: {} }
  // Fields this manager applied before and no longer applies are removed, unless someone else owns them.
  const ownedByOthers = (enc: string): boolean => {
    const prefix = `${enc.slice(0, -1)},`
    return others.some((o) => [...o.set].some((p) => p === enc || p.startsWith(prefix)))
  }
  for (const enc of mine?.set ?? []) {
    if (appliedSet.has(enc) || ownedByOthers(enc)) continue
    removePath(next, JSON.parse(enc) as string[])
  }
  const { metadata, apiVersion: _a, kind: _k, status: _s, ...rest } = applied
  for (const [k, v] of Object.entries(metadata ?? {})) if (!SYSTEM_META.has(k)) next.metadata[k as 'labels'] = mergeApplied(next.metadata[k as 'labels'], v, `metadata.${k}`)
  for (const [k, v] of Object.entries(rest)) next[k] = mergeApplied(next[k], v, k)

  for (const o of others) for (const enc of appliedSet) if (live && changedAt(live, next, enc)) o.set.delete(enc)
  const after = fieldSet(next)
  for (const o of others) for (const enc of [...o.set]) if (!after.has(enc)) o.set.delete(enc)
  const updated = { entry: { ...(mine?.entry ?? entry(manager, 'Apply', apiVersion, now)), time: rfc3339(now) }, set: appliedSet }
  next.metadata.managedFields = serialise(mine ? list.map((o) => (o === mine ? updated : o)) : [...list, updated])
  return next
}

// ---------------------------------------------------------------------------------------------------
// Patches (all three are Update operations for managedFields)

/** RFC 7386 JSON merge patch; with `strategic`, keyed lists merge by key and `$patch` directives apply. */
export function mergePatch(target: Json, patch: Json, strategic: boolean, sp = ''): Json {
  if (isMap(patch)) {
    const out: Record<string, Json> = isMap(target) ? clone(target) : {}
    if (strategic && patch.$patch === 'replace') return Object.fromEntries(Object.entries(patch).filter(([k]) => !k.startsWith('$')))
    for (const [k, v] of Object.entries(patch)) {
      if (strategic && k.startsWith('$')) continue
      if (v === null) delete out[k]
      else out[k] = mergePatch(out[k], v, strategic, join(sp, k))
    }
    return out
  }
  const keys = strategic ? listKeys(sp) : undefined
  if (Array.isArray(patch) && keys) {
    if (patch.some((el) => isMap(el) && el.$patch === 'replace')) return patch.filter((el) => !(isMap(el) && el.$patch)).map(clone)
    const out: Json[] = Array.isArray(target) ? clone(target) : []
    for (const el of patch) {
      const keyed = JSON.parse(keyOf(el, keys).slice(2)) as Record<string, Json>
      const i = out.findIndex((x) => matches(x, keyed))
      if (isMap(el) && el.$patch === 'delete') {
        if (i >= 0) out.splice(i, 1)
      } else if (i >= 0) out[i] = mergePatch(out[i], el, strategic, sp)
      else out.push(mergePatch(undefined, el, strategic, sp))
    }
    return out
  }
  return clone(patch)
}

function pointer(p: string): string[] {
  if (p === '') return []
  if (!p.startsWith('/')) throw badRequest(`the server rejected our request due to an error in our request`)
  return p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** RFC 6902 JSON patch (what @kubernetes/client-node sends by default for patch calls). */
export function jsonPatch(target: Json, ops: Json): Json {
  if (!Array.isArray(ops)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch')
  let doc = clone(target)
  const locate = (path: string[]): { parent: Json; key: string } => {
    let cur = doc
    for (const seg of path.slice(0, -1)) {
      cur = Array.isArray(cur) ? cur[Number(seg)] : isMap(cur) ? cur[seg] : undefined
      if (cur === undefined) throw statusError(422, 'Invalid', `the server rejected our request due to an error in our request`)
    }
    return { parent: cur, key: path[path.length - 1]! }
  }
  const get = (path: string[]): Json => path.reduce<Json>((c, s) => (c === undefined ? undefined : Array.isArray(c) ? c[Number(s)] : c[s]), doc)
  const remove = (path: string[]): Json => {
    const { parent, key } = locate(path)
    if (Array.isArray(parent)) return parent.splice(Number(key), 1)[0]
    if (!isMap(parent) || !(key in parent)) throw statusError(422, 'Invalid', `the server rejected our request due to an error in our request`)
    const v = parent[key]
    delete parent[key]
    return v
  }
  const add = (path: string[], value: Json): void => {
    if (path.length === 0) {
      doc = value
      return
    }
    const { parent, key } = locate(path)
    if (Array.isArray(parent)) parent.splice(key === '-' ? parent.length : Number(key), 0, value)
    else if (isMap(parent)) parent[key] = value
    else throw statusError(422, 'Invalid', `the server rejected our request due to an error in our request`)
  }
  for (const op of ops as Array<{ op: string; path: string; from?: string; value?: Json }>) {
    const path = pointer(op.path)
    switch (op.op) {
      case 'add':
        add(path, clone(op.value))
        break
      case 'remove':
        remove(path)
        break
      case 'replace':
        remove(path)
        add(path, clone(op.value))
        break
      case 'move':
        add(path, remove(pointer(op.from ?? '')))
        break
      case 'copy':
        add(path, clone(get(pointer(op.from ?? ''))))
        break
      case 'test':
        if (!deepEqual(get(path), op.value)) throw statusError(422, 'Invalid', `the server rejected our request due to an error in our request`)
        break
      default:
        throw badRequest(`Unexpected kind: ${op.op}`)
    }
  }
  return doc
}
