// The user-assigned managed identity: created when missing (tagged with the owner key of the workload it is for),
// tags merged in when they differ, never deleted and re-created (its client ID would change and every federation
// and assignment built on it would break). An identity found, not created, is adopted: no ownership tag is added
// and destroy never deletes it. One a previous version created (its managed-by tag, no owner key) is claimed by
// the first workload that declares it: the owner key tag is added.
import type { Identity } from '@azure/arm-msi'
import { UNKNOWN, type Change, type FieldDiff, type Outputs, type ResourceKind, type Step } from '../model.js'
import { createChange } from '../plan.js'
import { OWNER_KEY_TAG, OWNER_TAG, OWNER_VALUE } from '../constants.js'
import { markOf, type Mark } from '../ownership.js'
import type { AzureContext, AzureKindServices } from './clients.js'
import { explain, isNotFound } from './errors.js'

export interface IdentitySpec {
  resourceGroup: string
  name: string
  /** The identity's region (the cluster's unless given). */
  location: string
  /** Whether the user gave the location (only then a different existing one is a conflict). */
  locationGiven: boolean
  /** The user's tags. */
  tags: Record<string, string>
  /** The ownership tags (managed-by and the owner key), only on identities this action creates (destroy never removes an adopted one). */
  ownerTag: Record<string, string>
  /** The workload's owner key (src/ownership.ts). */
  ownerKey: string
}

export interface IdentityState {
  id: string
  location: string
  tags: Record<string, string>
  clientId: string
  principalId: string
  tenantId: string
}

const normLocation = (l: string) => l.replace(/\s+/g, '').toLowerCase()

/** The Azure marks as src/ownership.ts reads them (tag names are case-insensitive). */
export const AZURE_MARKS = { key: OWNER_KEY_TAG, managedBy: OWNER_TAG, managedByValue: OWNER_VALUE, caseInsensitive: true } as const

const markOfIdentity = (o: IdentityState, spec: IdentitySpec): Mark => markOf(o.tags, spec.ownerKey, AZURE_MARKS)
/** Created by the action for this workload, or by a previous version (claimed by the workload that declares it). */
const ownsIdentity = (o: IdentityState, spec: IdentitySpec): boolean => ['ours', 'legacy'].includes(markOfIdentity(o, spec))

/** Pure. */
export function diffIdentity(spec: IdentitySpec, o: IdentityState | undefined): Change {
  if (!o) {
    return { ...createChange({ location: spec.location, ...prefixed('tags', { ...spec.tags, ...spec.ownerTag }) }), ownership: 'owned' }
  }
  if (spec.locationGiven && spec.location !== UNKNOWN && normLocation(spec.location) !== normLocation(o.location)) {
    return {
      action: 'conflict',
      id: o.id,
      diff: [{ field: 'location', from: o.location, to: spec.location }],
      reason: `the identity exists in '${o.location}'; moving it means deleting it, which changes its client ID. Remove the location input, or delete the identity yourself`
    }
  }
  const diff: FieldDiff[] = []
  const mark = markOfIdentity(o, spec)
  for (const [k, v] of Object.entries(wantedTags(spec, mark))) {
    // ARM tag names are case-insensitive.
    const existing = Object.entries(o.tags).find(([ek]) => ek.toLowerCase() === k.toLowerCase())
    if (existing?.[1] !== v) diff.push({ field: `tags.${k}`, from: existing?.[1], to: v })
  }
  const ownership = mark === 'ours' || mark === 'legacy' ? 'owned' : 'adopted'
  const reason =
    mark === 'legacy' ? `created by a previous version of the action (tag ${OWNER_TAG} only): the owner key is recorded` : undefined
  return diff.length
    ? { action: 'update', diff, id: o.id, ownership, ...(reason ? { reason } : {}) }
    : { action: 'unchanged', diff: [], id: o.id, ownership }
}

/** The tags the action sets on an existing identity: the user's, plus the owner key when claiming a previous version's. */
function wantedTags(spec: IdentitySpec, mark: Mark): Record<string, string> {
  return mark === 'legacy' ? { ...spec.tags, [OWNER_KEY_TAG]: spec.ownerKey } : spec.tags
}

function prefixed(prefix: string, rec: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => [`${prefix}.${k}`, v]))
}

function stateOf(i: Identity): IdentityState {
  return {
    id: i.id ?? '',
    location: i.location,
    tags: { ...(i.tags ?? {}) },
    clientId: i.clientId ?? '',
    principalId: i.principalId ?? '',
    tenantId: i.tenantId ?? ''
  }
}

export const identityKind: ResourceKind<IdentitySpec, IdentityState, AzureKindServices> = {
  kind: 'identity',

  async observe(_r, spec, ctx) {
    try {
      const i = await explain(`Reading managed identity ${spec.resourceGroup}/${spec.name}`, () =>
        ctx.azure.msi.userAssignedIdentities.get(spec.resourceGroup, spec.name)
      )
      return stateOf(i)
    } catch (err) {
      if (isNotFound(err)) return undefined
      throw err
    }
  },

  diff: diffIdentity,

  async apply(step: Step, spec: IdentitySpec, o: IdentityState | undefined, ctx: AzureContext) {
    const msi = ctx.azure.msi.userAssignedIdentities
    const label = `${spec.resourceGroup}/${spec.name}`
    if (step.action === 'create' || !o) {
      if (spec.location === UNKNOWN)
        throw new Error(
          `Creating managed identity ${label} failed: no location (the cluster's location is unknown); set the location input`
        )
      const created = await explain(`Creating managed identity ${label}`, () =>
        msi.createOrUpdate(spec.resourceGroup, spec.name, { location: spec.location, tags: { ...spec.tags, ...spec.ownerTag } })
      )
      return stateOf(created)
    }
    // PATCH with the merged tags: tags others set (policies, teams) stay.
    const tags = { ...o.tags }
    for (const [k, v] of Object.entries(wantedTags(spec, markOfIdentity(o, spec)))) {
      for (const ek of Object.keys(tags)) if (ek.toLowerCase() === k.toLowerCase()) delete tags[ek]
      tags[k] = v
    }
    const updated = await explain(`Updating the tags of managed identity ${label}`, () =>
      msi.update(spec.resourceGroup, spec.name, { tags })
    )
    return stateOf(updated)
  },

  outputs(o: IdentityState | undefined): Outputs {
    return { id: o?.id, clientId: o?.clientId, principalId: o?.principalId, tenantId: o?.tenantId, location: o?.location }
  },

  owned: ownsIdentity,

  keepReason: (o: IdentityState, spec: IdentitySpec) =>
    markOfIdentity(o, spec) === 'other'
      ? `it was created for another workload (its tag ${OWNER_KEY_TAG} is not ${spec.ownerKey}), which owns it`
      : `it has no tag ${OWNER_TAG}: ${OWNER_VALUE}, so this action did not create it (adopted)`,

  async destroy(_step: Step, _spec: IdentitySpec, o: IdentityState, ctx: AzureContext) {
    const m = /resourcegroups\/([^/]+)\/.*userAssignedIdentities\/([^/]+)$/i.exec(o.id)
    if (!m) throw new Error(`cannot parse identity id ${o.id}`)
    await explain(`Deleting managed identity ${m[1]}/${m[2]}`, () => ctx.azure.msi.userAssignedIdentities.delete(m[1]!, m[2]!))
  }
}
