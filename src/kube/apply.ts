// Server-side apply of the objects we own by field (namespace, service account): the field-level diff between
// what we apply and what the cluster has, with the manager that owns each differing field (read from
// metadata.managedFields), and the apply itself with field manager `aks-workload-identity`, never forced.
import type { ConfigurationOptions, V1ManagedFieldsEntry, V1ObjectMeta } from '@kubernetes/client-node'
import { OWNER_VALUE as FIELD_MANAGER } from '../constants.js'
import { ApplyConflictError, applyConflicts, wrapKubeError } from './errors.js'

export interface MetadataFieldDiff {
  /** `metadata.annotations.azure.workload.identity/client-id` */
  field: string
  want: string
  /** Undefined when the field is missing on the cluster. */
  have?: string
  /** Other managers that own the field now: our apply would conflict with them. */
  ownedBy: string[]
}

export interface MetadataDiff {
  /** Desired fields that differ from the cluster's. */
  fields: MetadataFieldDiff[]
  /** True when we have no Apply entry yet (the object exists but we never applied it). */
  adopt: boolean
}

/** Which managers' FieldsV1 contain `metadata.<map>.<key>`. */
function ownersOf(entries: V1ManagedFieldsEntry[] | undefined, map: 'labels' | 'annotations', key: string): V1ManagedFieldsEntry[] {
  return (entries ?? []).filter((e) => {
    const f = e.fieldsV1 as Record<string, Record<string, Record<string, unknown>>> | undefined
    return f?.['f:metadata']?.[`f:${map}`]?.[`f:${key}`] !== undefined
  })
}

const isOurApply = (e: V1ManagedFieldsEntry): boolean => e.manager === FIELD_MANAGER && e.operation === 'Apply'

/** Pure: what applying `desired` (labels and annotations) would change on `live`, and who owns those fields now. */
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
  }
  return { fields, adopt: !(live.managedFields ?? []).some(isOurApply) }
}

/** A one-line description of a diff for plans and logs (values are identifiers, never secrets). */
export function describeDiff(d: MetadataDiff): string {
  const parts = d.fields.map(
    (f) =>
      `${f.field}: ${f.have === undefined ? '(missing)' : `'${f.have}'`} → '${f.want}'${f.ownedBy.length ? ` (changed by ${f.ownedBy.map((m) => `"${m}"`).join(', ')})` : ''}`
  )
  if (d.adopt && parts.length === 0) parts.push(`adopt: take field ownership as "${FIELD_MANAGER}"`)
  return parts.join('; ')
}

/**
 * Runs one server-side apply call. `call` receives the field manager; the caller's client sends
 * `application/apply-patch+yaml` with `force: false`. A 409 Conflict becomes an ApplyConflictError naming the managers.
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

/** The ConfigurationOptions that make @kubernetes/client-node send a patch as server-side apply. */
export async function applyPatchOptions(): Promise<ConfigurationOptions> {
  const { setHeaderOptions, PatchStrategy } = await import('@kubernetes/client-node')
  return setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)
}
