// Server-side apply of the objects we own by field (namespace, service account, the runners' RBAC): the
// field-level diff between what we apply and what the cluster has, with the manager that owns each differing
// field (read from metadata.managedFields), and the apply itself with field manager `aks-workload-identity`.
// Fields another manager changed are taken back by a forced apply (`force-conflicts: true`, the default) or
// refused (`false`); either way the other manager is named.
import type { ConfigurationOptions, V1ManagedFieldsEntry, V1ObjectMeta } from '@kubernetes/client-node'
import { OWNER_VALUE as FIELD_MANAGER } from '../constants.js'
import { ApplyConflictError, applyConflicts, wrapKubeError } from './errors.js'

export interface MetadataFieldDiff {
  /** `metadata.annotations.azure.workload.identity/client-id` */
  field: string
  /** Undefined when our apply removes the field (we declared it before and no longer do). */
  want?: string
  /** Undefined when the field is missing on the cluster. */
  have?: string
  /** Other managers that own the field now: our apply conflicts with them (forced or refused). */
  ownedBy: string[]
}

export interface MetadataDiff {
  /** Desired fields that differ from the cluster's, and fields we declared before that our apply removes. */
  fields: MetadataFieldDiff[]
  /** True when we have no Apply entry yet (the object exists but we never applied it). */
  adopt: boolean
}

type FieldsV1 = Record<string, Record<string, Record<string, unknown>>> | undefined

/** Which managers' FieldsV1 contain `metadata.<map>.<key>`. */
function ownersOf(entries: V1ManagedFieldsEntry[] | undefined, map: 'labels' | 'annotations', key: string): V1ManagedFieldsEntry[] {
  return (entries ?? []).filter((e) => (e.fieldsV1 as FieldsV1)?.['f:metadata']?.[`f:${map}`]?.[`f:${key}`] !== undefined)
}

const isOurApply = (e: V1ManagedFieldsEntry): boolean => e.manager === FIELD_MANAGER && e.operation === 'Apply'

/** The label or annotation keys our last apply declared. */
function ourKeys(entries: V1ManagedFieldsEntry[] | undefined, map: 'labels' | 'annotations'): string[] {
  const f = (entries ?? []).find(isOurApply)?.fieldsV1 as FieldsV1
  return Object.keys(f?.['f:metadata']?.[`f:${map}`] ?? {})
    .filter((k) => k.startsWith('f:'))
    .map((k) => k.slice(2))
}

/** Other managers (not our apply) that own any field under the top-level field `top` (e.g. `rules`, `subjects`). */
export function otherManagersOf(entries: V1ManagedFieldsEntry[] | undefined, top: string): string[] {
  const own = (entries ?? []).filter(
    (e) => !isOurApply(e) && (e.fieldsV1 as Record<string, unknown> | undefined)?.[`f:${top}`] !== undefined
  )
  return [...new Set(own.map((e) => e.manager ?? '(unknown)'))]
}

/**
 * Pure: what applying `desired` (labels and annotations) would change on `live`, and who owns those fields now.
 * A label or annotation our previous apply declared and `desired` no longer does is removed by the apply (server-side
 * apply semantics), unless another manager owns it too: listed with `want` undefined.
 */
export function diffMetadata(desired: V1ObjectMeta, live: V1ObjectMeta): MetadataDiff {
  const fields: MetadataFieldDiff[] = []
  for (const map of ['labels', 'annotations'] as const) {
    for (const [key, want] of Object.entries(desired[map] ?? {})) {
      const have = live[map]?.[key]
      if (have === want) continue
      const ownedBy = ownersOf(live.managedFields, map, key)
        .filter((e) => !isOurApply(e))
        .map((e) => e.manager ?? '(unknown)')
      fields.push({ field: `metadata.${map}.${key}`, want, have, ownedBy: [...new Set(ownedBy)] })
    }
    for (const key of ourKeys(live.managedFields, map)) {
      if (desired[map]?.[key] !== undefined || live[map]?.[key] === undefined) continue
      // Shared with another manager: the value stays, only our claim on it goes.
      if (ownersOf(live.managedFields, map, key).some((e) => !isOurApply(e))) continue
      fields.push({ field: `metadata.${map}.${key}`, have: live[map][key], ownedBy: [] })
    }
  }
  return { fields, adopt: !(live.managedFields ?? []).some(isOurApply) }
}

/** Managers whose fields a forced apply of this diff takes back. */
export const conflictingManagers = (d: MetadataDiff): string[] => [...new Set(d.fields.flatMap((f) => f.ownedBy))]

/** A one-line description of a diff for plans and logs (values are identifiers, never secrets). */
export function describeDiff(d: MetadataDiff): string {
  const parts = d.fields.map(
    (f) =>
      `${f.field}: ${f.have === undefined ? '(missing)' : `'${f.have}'`} → ${f.want === undefined ? '(removed)' : `'${f.want}'`}${f.ownedBy.length ? ` (changed by ${f.ownedBy.map((m) => `"${m}"`).join(', ')})` : ''}`
  )
  if (d.adopt && parts.length === 0) parts.push(`adopt: take field ownership as "${FIELD_MANAGER}"`)
  return parts.join('; ')
}

/**
 * Runs one server-side apply call. `call` receives the field manager; the caller's client sends
 * `application/apply-patch+yaml` with `force` as asked. A 409 Conflict (only without force) becomes an
 * ApplyConflictError naming the managers.
 */
export async function serverSideApply<T>(object: string, call: (fieldManager: string) => Promise<T>): Promise<T> {
  try {
    return await call(FIELD_MANAGER)
  } catch (err) {
    const conflicts = applyConflicts(err)
    if (conflicts) throw new ApplyConflictError(object, conflicts)
    throw wrapKubeError(`Applying ${object}`, err)
  }
}

/** The warning after a forced apply took fields back from other managers. */
export function takenBackWarning(object: string, fields: string[], managers: string[]): string {
  return (
    `${object}: took back ${fields.join(', ')} from field manager ${managers.map((m) => `"${m}"`).join(', ')} (force-conflicts: true). ` +
    `If that tool should own ${fields.length > 1 ? 'these fields' : 'this field'}, stop it changing them or set force-conflicts: false.`
  )
}

/** The ConfigurationOptions that make @kubernetes/client-node send a patch as server-side apply. */
export async function applyPatchOptions(): Promise<ConfigurationOptions> {
  const { setHeaderOptions, PatchStrategy } = await import('@kubernetes/client-node')
  return setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)
}
