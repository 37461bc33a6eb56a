// Federated identity credentials on the managed identity: one per (cluster issuer, namespace, service account).
// Compared on issuer, subject and audiences; created or replaced by name; an existing credential with the same
// issuer and subject under another name is adopted (Azure refuses a second one). All writes on one identity are
// serialised in-process, and Azure's cross-process 409 and post-creation 404 are retried.
//
// Ownership (credentials carry no tags): the issuer is the cluster's and the subject names the namespace and
// service account, so a credential with this workload's issuer and subject is this workload's whoever made it;
// the action owns it when it also has the name the action gives it (else it is adopted, and destroy keeps it).
// A credential that merely has our name but trusts another subject is another workload's: with a name the user
// chose, that is a conflict, never an overwrite (the derived name itself names cluster, namespace and service
// account, so a credential under it is ours even when its subject drifted).
import type { FederatedIdentityCredential } from '@azure/arm-msi'
import { UNKNOWN, type Change, type FieldDiff, type Outputs, type ResourceKind, type Step } from '../model.js'
import { createChange, sameValue } from '../plan.js'
import { cloudOfAudience } from '../clouds.js'
import type { AzureContext, AzureKindServices, AzureServices } from './clients.js'
import { errorStatus, explain, isNotFound } from './errors.js'

/** Azure's limit of federated credentials per user-assigned identity. */
export const MAX_CREDENTIALS_PER_IDENTITY = 20

export interface FederatedCredentialSpec {
  identityKey: string
  identityResourceGroup: string
  identityName: string
  name: string
  issuer: string
  subject: string
  audiences: string[]
  /** The name came from `federated-credential-name` (not derived from cluster, namespace and service account). */
  nameGiven?: boolean
  /**
   * The names of the other credentials this run declares on the same identity (a workloads file, src/workloads.ts):
   * not foreign to this one, and counted with it against Azure's limit.
   */
  siblings?: string[]
}

export interface Credential {
  id: string
  name: string
  issuer: string
  subject: string
  audiences: string[]
}

/** Every credential on the identity (the resource itself is picked from them by name or issuer+subject). */
export interface CredentialsState {
  credentials: Credential[]
}

export interface Match {
  /** The credential this resource is (by issuer+subject first, else by name); undefined = to be created. */
  target?: Credential
  adopted: boolean
}

/** Pure: which existing credential is ours. Issuer and subject compare exactly (Entra is case-sensitive). */
export function matchCredential(spec: FederatedCredentialSpec, list: readonly Credential[]): Match {
  const same = spec.issuer === UNKNOWN ? undefined : list.find((c) => c.issuer === spec.issuer && c.subject === spec.subject)
  if (same) return { target: same, adopted: same.name.toLowerCase() !== spec.name.toLowerCase() }
  return { target: list.find((c) => c.name.toLowerCase() === spec.name.toLowerCase()), adopted: false }
}

/** Pure. */
export function diffCredential(spec: FederatedCredentialSpec, o: CredentialsState | undefined): Change {
  const list = o?.credentials ?? []
  const { target, adopted } = matchCredential(spec, list)
  const desired = { issuer: spec.issuer, subject: spec.subject, audiences: spec.audiences }
  if (!target) {
    const siblings = new Set((spec.siblings ?? []).map((n) => n.toLowerCase()))
    if (siblings.size) {
      // Ours (this run's) are counted whether they exist yet or not; the rest are someone else's and stay.
      const foreign = list.filter((c) => !siblings.has(c.name.toLowerCase())).length
      if (foreign + siblings.size + 1 > MAX_CREDENTIALS_PER_IDENTITY)
        return {
          action: 'conflict',
          diff: [],
          reason: `the identity has ${foreign} federated credential(s) this run does not declare and the run declares ${siblings.size + 1} on it: ${foreign + siblings.size + 1}, over Azure's limit of ${MAX_CREDENTIALS_PER_IDENTITY}. Delete unused ones (az identity federated-credential list/delete --identity-name ${spec.identityName} --resource-group ${spec.identityResourceGroup}) or give some workloads another identity`
        }
    } else if (list.length >= MAX_CREDENTIALS_PER_IDENTITY) {
      return {
        action: 'conflict',
        diff: [],
        reason: `the identity already has ${list.length} federated credentials, Azure's limit of ${MAX_CREDENTIALS_PER_IDENTITY}: delete unused ones (az identity federated-credential list/delete --identity-name ${spec.identityName} --resource-group ${spec.identityResourceGroup}) or use another identity`
      }
    }
    return { ...createChange({ name: spec.name, ...desired }), ownership: 'owned' }
  }
  // Found by name only, trusting another subject, under a name the user chose: another workload's credential.
  if (spec.nameGiven && !adopted && target.subject !== spec.subject)
    return {
      action: 'conflict',
      id: target.id,
      diff: [{ field: 'subject', from: target.subject, to: spec.subject }],
      reason: `a federated credential named '${target.name}' already trusts ${target.subject}, another workload's service account: the action never changes it. Choose another federated-credential-name`
    }
  const diff: FieldDiff[] = []
  for (const [field, want] of Object.entries(desired)) {
    const have = target[field as keyof typeof desired]
    if (!sameValue(want, have)) diff.push({ field, from: have, to: want })
  }
  const reasons = [
    adopted ? `adopts the existing credential '${target.name}' (same issuer and subject)` : undefined,
    audienceReason(spec.audiences, target.audiences)
  ].filter(Boolean)
  const reason = reasons.length ? reasons.join('; ') : undefined
  return {
    action: diff.length ? 'update' : 'unchanged',
    diff,
    id: target.id,
    ownership: adopted ? 'adopted' : 'owned',
    ...(reason ? { reason } : {})
  }
}

/**
 * Pure: why the credential's audience is wrong when it is another cloud's token-exchange audience (a credential
 * made for the public cloud in a sovereign one, or the other way round): Entra ID exchanges only its own cloud's.
 */
export function audienceReason(want: readonly string[], have: readonly string[]): string | undefined {
  if (sameValue(want, have)) return undefined
  const wanted = want.map(cloudOfAudience).find((c) => c !== undefined)
  const wrong = have.find((a) => {
    const c = cloudOfAudience(a)
    return c !== undefined && c !== wanted
  })
  if (!wrong) return undefined
  const other = cloudOfAudience(wrong)!
  return wanted
    ? `its audience '${wrong}' is the token-exchange audience of ${other.label}, and Entra ID of ${wanted.label} exchanges only '${wanted.tokenExchangeAudience}'`
    : `its audience '${wrong}' is the token-exchange audience of ${other.label}, not the one asked for`
}

function toCredential(f: FederatedIdentityCredential): Credential {
  return { id: f.id ?? '', name: f.name ?? '', issuer: f.issuer ?? '', subject: f.subject ?? '', audiences: [...(f.audiences ?? [])] }
}

/** Every federated credential on the identity. */
export async function listCredentials(azure: AzureServices, resourceGroup: string, identityName: string): Promise<Credential[]> {
  const credentials: Credential[] = []
  for await (const f of azure.msi.federatedIdentityCredentials.list(resourceGroup, identityName)) credentials.push(toCredential(f))
  return credentials
}

async function list(spec: FederatedCredentialSpec, ctx: AzureContext): Promise<CredentialsState | undefined> {
  try {
    return await explain(`Listing the federated credentials of ${spec.identityResourceGroup}/${spec.identityName}`, async () => ({
      credentials: await listCredentials(ctx.azure, spec.identityResourceGroup, spec.identityName)
    }))
  } catch (err) {
    // No identity yet: no credentials either.
    if (isNotFound(err)) return undefined
    throw err
  }
}

/** Azure's answer when another credential already has this issuer and subject (code not documented: match the text). */
const isDuplicateIssuerSubject = (err: unknown): boolean =>
  errorStatus(err) === 400 && /issuer and subject combination already exists/i.test(err instanceof Error ? err.message : String(err))

export const federationKind: ResourceKind<FederatedCredentialSpec, CredentialsState, AzureKindServices> = {
  kind: 'federated-credential',

  // One list per identity, however many of the run's credentials are on it (a shared identity of a workloads file).
  observe: (_r, spec, ctx) => ctx.memo(`federated-credentials:${spec.identityKey}`, () => list(spec, ctx)),

  diff: diffCredential,

  async apply(_step: Step, spec: FederatedCredentialSpec, o: CredentialsState | undefined, ctx: AzureContext) {
    if (spec.issuer === UNKNOWN) throw new Error(`Federating ${spec.identityName} failed: the cluster reports no OIDC issuer URL`)
    // One writer per identity in this process (the lane below): Azure rejects concurrent credential writes on one identity.
    {
      // Decide again with the spec as it is now (the issuer may only be known after the cluster update).
      let current = o ?? { credentials: [] }
      let { target } = matchCredential(spec, current.credentials)
      const write = async (name: string): Promise<Credential> =>
        toCredential(
          await ctx.retry(
            () =>
              explain(`Writing federated credential '${name}' on ${spec.identityResourceGroup}/${spec.identityName}`, () =>
                ctx.azure.msi.federatedIdentityCredentials.createOrUpdate(spec.identityResourceGroup, spec.identityName, name, {
                  issuer: spec.issuer,
                  subject: spec.subject,
                  audiences: spec.audiences
                })
              ),
            `Writing federated credential '${name}'`
          )
        )
      if (target && diffCredential(spec, current).action === 'unchanged') return current
      let written: Credential
      try {
        written = await write(target?.name ?? spec.name)
      } catch (err) {
        if (!isDuplicateIssuerSubject(err)) throw err
        // Another run created the same issuer+subject under another name meanwhile: adopt it.
        current = (await list(spec, ctx)) ?? { credentials: [] }
        target = matchCredential(spec, current.credentials).target
        if (!target) throw err
        ctx.log.info(`  adopting federated credential '${target.name}' (same issuer and subject, written concurrently)`)
        if (diffCredential(spec, current).action === 'unchanged') return current
        written = await write(target.name)
      }
      return { credentials: [...current.credentials.filter((c) => c.name.toLowerCase() !== written.name.toLowerCase()), written] }
    }
  },

  /** Every credential write of one identity in one lane (graph.ts): one after another, none holding a slot while it waits. */
  lane: (spec: FederatedCredentialSpec) => `federated-credentials:${spec.identityKey}`,

  /** Ours when it has the name this action gives it (an adopted credential, named by someone else, is kept). */
  owned: (o: CredentialsState, spec: FederatedCredentialSpec) => {
    const m = matchCredential(spec, o.credentials)
    return !!m.target && !m.adopted && m.target.name.toLowerCase() === spec.name.toLowerCase()
  },

  /** The list of the identity's credentials is there; ours (by name, or adopted) may not be. */
  exists: (o: CredentialsState, spec: FederatedCredentialSpec) => !!matchCredential(spec, o.credentials).target,

  keepReason: (o: CredentialsState, spec: FederatedCredentialSpec) =>
    `it is named '${matchCredential(spec, o.credentials).target?.name}', not '${spec.name}': someone else created it (adopted for its issuer and subject)`,

  /** Someone else's trust in the same subject: the same issuer under another name (adopted), or another issuer. */
  notices(o: CredentialsState | undefined, spec: FederatedCredentialSpec): string[] {
    const { target, adopted } = o ? matchCredential(spec, o.credentials) : { target: undefined, adopted: false }
    const others = (o?.credentials ?? []).filter((c) => c !== target && c.subject === spec.subject)
    return [
      ...(target && adopted
        ? [
            `credential '${target.name}' has this issuer and subject under a name this action did not give it: adopted as is, and destroy keeps it`
          ]
        : []),
      ...others.map(
        (c) =>
          `credential '${c.name}' also trusts subject ${c.subject} (issuer ${c.issuer}); this action did not create it and leaves it in place`
      )
    ]
  },

  /** Deleting the identity would delete others' credentials on it. */
  keepsDependencies(o: CredentialsState, spec: FederatedCredentialSpec): string | undefined {
    const target = matchCredential(spec, o.credentials).target
    const siblings = new Set((spec.siblings ?? []).map((n) => n.toLowerCase()))
    const foreign = o.credentials.filter(
      (c) => !siblings.has(c.name.toLowerCase()) && (c !== target || c.name.toLowerCase() !== spec.name.toLowerCase())
    )
    return foreign.length
      ? `the identity holds federated credential(s) this action did not create (${foreign.map((c) => `'${c.name}'`).join(', ')}), which deleting it would delete`
      : undefined
  },

  async destroy(_step: Step, spec: FederatedCredentialSpec, _o: CredentialsState, ctx: AzureContext) {
    await ctx.retry(
      () =>
        explain(`Deleting federated credential '${spec.name}' of ${spec.identityResourceGroup}/${spec.identityName}`, () =>
          ctx.azure.msi.federatedIdentityCredentials.delete(spec.identityResourceGroup, spec.identityName, spec.name)
        ),
      `Deleting federated credential '${spec.name}'`
    )
  },

  outputs(o: CredentialsState | undefined, spec: FederatedCredentialSpec): Outputs {
    // The credential this spec resolved to: ours by name, or the one adopted by issuer and subject.
    const t = o ? matchCredential(spec, o.credentials).target : undefined
    return { id: t?.id, name: t?.name }
  }
}
