// The user-assigned managed identity: created when missing, tags merged in when they differ, never deleted
// and re-created (its client ID would change and every federation and assignment built on it would break).
import type { Identity } from '@azure/arm-msi'
import { UNKNOWN, type Change, type FieldDiff, type Outputs, type ResourceKind, type Step } from '../model.js'
import { createChange } from '../plan.js'
import { OWNER_TAG, OWNER_VALUE } from '../constants.js'
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
  /** The ownership tag, set only on identities this action creates (so destroy never removes one it adopted). */
  ownerTag: Record<string, string>
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

/** Pure. */
export function diffIdentity(spec: IdentitySpec, o: IdentityState | undefined): Change {
  if (!o) {
    return createChange({ location: spec.location, ...prefixed('tags', { ...spec.tags, ...spec.ownerTag }) })
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
  for (const [k, v] of Object.entries(spec.tags)) {
    // ARM tag names are case-insensitive.
    const existing = Object.entries(o.tags).find(([ek]) => ek.toLowerCase() === k.toLowerCase())
    if (existing?.[1] !== v) diff.push({ field: `tags.${k}`, from: existing?.[1], to: v })
  }
  return diff.length ? { action: 'update', diff, id: o.id } : { action: 'unchanged', diff: [], id: o.id }
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
    for (const [k, v] of Object.entries(spec.tags)) {
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

  owned: (o: IdentityState) => Object.entries(o.tags).some(([k, v]) => k.toLowerCase() === OWNER_TAG && v === OWNER_VALUE),

  keepReason: () => `it has no tag ${OWNER_TAG}: ${OWNER_VALUE}, so this action did not create it`,

  async destroy(_step: Step, _spec: IdentitySpec, o: IdentityState, ctx: AzureContext) {
    const m = /resourcegroups\/([^/]+)\/.*userAssignedIdentities\/([^/]+)$/i.exec(o.id)
    if (!m) throw new Error(`cannot parse identity id ${o.id}`)
    await explain(`Deleting managed identity ${m[1]}/${m[2]}`, () => ctx.azure.msi.userAssignedIdentities.delete(m[1]!, m[2]!))
  }
}
