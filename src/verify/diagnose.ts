// Pure explanations of a failed verification: what failed, why, and what to do. The exchange is explained
// by comparing the token's claims with the identity's federated credentials (Entra only says "no match");
// an ARM refusal by comparing the check with the principal's role assignments. No I/O here.
import type { ExchangeFailure } from '../azure/exchange.js'
import type { FederatedCredentialView, RoleAssignmentView, RoleDefinitionView } from '../azure/reads.js'
import type { TokenClaims } from '../token-claims.js'
import type { WebhookProblem } from '../kube/webhook-probe.js'
import { cloudOfAudience } from '../clouds.js'

export type DiagnosisKind =
  | 'token-request-failed'
  | 'no-federated-credential'
  | 'issuer-mismatch'
  | 'subject-mismatch'
  | 'audience-mismatch'
  | 'not-propagated'
  | 'clock-skew'
  | 'issuer-unreachable'
  | 'identity-not-found'
  | 'exchange-failed'
  | 'role-missing'
  | 'role-wrong-scope'
  | 'role-not-effective'
  | 'scope-not-found'
  | 'arm-failed'
  | 'webhook-off'
  | 'webhook-client-id'
  | 'webhook-audience'
  | 'webhook-rejected'

export interface Diagnosis {
  kind: DiagnosisKind
  /** What failed, why, what to do: one paragraph, safe to log (never contains a token). */
  message: string
  /** The AADSTS code or HTTP status behind it. */
  code?: string
}

/** AADSTS codes that mean "not yet": federation or the identity's service principal still propagating. */
const PROPAGATING = new Set([70021, 700213, 700016])

export const isPropagating = (f: ExchangeFailure): boolean => f.code !== undefined && PROPAGATING.has(f.code)

/**
 * Codes that say which field of the presented token no federated credential matched, explained from the identity's
 * credentials like 70021: 700211 issuer, 700212 audience (also a token for another cloud's token-exchange audience),
 * 7002138 a match only in letter case.
 */
const NO_MATCH = new Set([700211, 700212, 7002138])

const q = (s: string) => `'${s}'`
const noSlash = (s: string) => s.replace(/\/+$/, '')

/** How `actual` (the credential's) differs from `expected` (the token's). */
function difference(expected: string, actual: string): 'same' | 'slash' | 'case' | 'other' {
  if (expected === actual) return 'same'
  if (noSlash(expected) === noSlash(actual)) return 'slash'
  if (expected.toLowerCase() === actual.toLowerCase() || noSlash(expected).toLowerCase() === noSlash(actual).toLowerCase()) return 'case'
  return 'other'
}

interface Fit {
  fic: FederatedCredentialView
  issuer: ReturnType<typeof difference>
  subject: ReturnType<typeof difference>
  audience: 'same' | 'case' | 'other'
}

function fit(fic: FederatedCredentialView, claims: TokenClaims): Fit {
  const aud = fic.audiences.some((a) => claims.aud.includes(a))
    ? 'same'
    : fic.audiences.some((a) => claims.aud.some((c) => c.toLowerCase() === a.toLowerCase()))
      ? 'case'
      : 'other'
  return { fic, issuer: difference(claims.iss, fic.issuer), subject: difference(claims.sub, fic.subject), audience: aud }
}

/** Fewer differing fields first; a near miss (slash, case) beats a different value. */
const distance = (f: Fit): number => [f.issuer, f.subject, f.audience].reduce((n, d) => n + (d === 'same' ? 0 : d === 'other' ? 3 : 1), 0)

function issuerMessage(f: Fit, claims: TokenClaims, clusterIssuer?: string): string {
  const why =
    f.issuer === 'slash'
      ? `differs only in the trailing slash: the issuer must be the cluster's issuer URL verbatim, trailing '/' included`
      : f.issuer === 'case'
        ? `differs only in letter case: Entra compares issuers case-sensitively (AADSTS7002138)`
        : `is another issuer (another cluster, or the issuer changed when OIDC was re-enabled or the cluster recreated)`
  const cluster = clusterIssuer && clusterIssuer !== claims.iss ? ` (ARM reports the cluster's issuer as ${q(clusterIssuer)})` : ''
  return `Federated credential ${q(f.fic.name)} has issuer ${q(f.fic.issuer)}, but the cluster's service-account tokens carry iss ${q(claims.iss)}${cluster}; it ${why}. Set the credential's issuer to exactly ${q(claims.iss)} (re-running the action in apply mode does this).`
}

/** Entra's 700024 text: `Current time: T, assertion valid from F, expiry time of assertion E`. */
const TIME_RANGE = /Current time: (\S+?),\s*assertion valid from (\S+?),\s*expiry time of assertion (\S+?)\.?(?:\s|$)/

/** How far apart the clocks are, from Entra's own account of it when it gives one, else from this runner's clock. */
function skewText(description: string, claims: TokenClaims, nowMs: number): string {
  const m = TIME_RANGE.exec(description)
  const at = (s: string | undefined) => (s ? Date.parse(s.replace(/(\.\d{3})\d*Z$/, '$1Z')) : NaN)
  if (m) {
    const [now, from, to] = [at(m[1]), at(m[2]), at(m[3])]
    if (!Number.isNaN(now) && !Number.isNaN(to) && now > to)
      return ` Entra ID's time (${m[1]}) is ${Math.round((now - to) / 1000)} s past the token's expiry (${m[3]}).`
    if (!Number.isNaN(now) && !Number.isNaN(from) && now < from)
      return ` Entra ID's time (${m[1]}) is ${Math.round((from - now) / 1000)} s before the token's start (${m[2]}).`
  }
  const iat = claims.iat ?? claims.nbf
  if (iat === undefined) return ''
  const skew = Math.round(iat - nowMs / 1000)
  return ` The token was issued ${Math.abs(skew)} s ${skew >= 0 ? 'ahead of' : 'behind'} this runner's clock.`
}

/** Explains a failed token exchange. `fics` is undefined when they could not be read. */
export function diagnoseExchange(
  failure: ExchangeFailure,
  claims: TokenClaims,
  fics: FederatedCredentialView[] | undefined,
  opts: { nowMs: number; clusterIssuer?: string; clientId: string; tenantId: string }
): Diagnosis {
  const code = failure.code !== undefined ? `AADSTS${failure.code}` : undefined
  const d = (kind: DiagnosisKind, message: string): Diagnosis => ({ kind, message: `${message} (Entra ID: ${failure.description})`, code })
  const wanted = `issuer ${q(claims.iss)}, subject ${q(claims.sub)}, audience ${q(claims.aud.join(','))}`

  switch (failure.code) {
    case 700024: {
      return d(
        'clock-skew',
        `Entra ID rejected the service-account token as outside its valid time range: a clock is off, the cluster's or the runner's.${skewText(failure.description, claims, opts.nowMs)} Check NTP on the cluster's nodes and on the runner, then re-run.`
      )
    }
    case 90061:
      return d(
        'issuer-unreachable',
        `Entra ID could not fetch the issuer's discovery document at ${q(`${noSlash(claims.iss)}/.well-known/openid-configuration`)}: the cluster's OIDC issuer is disabled or not reachable from the internet. Enable it (az aks update --enable-oidc-issuer, or enable-cluster-features: true) and make sure the issuer URL is public.`
      )
    case 700016:
      return d(
        'identity-not-found',
        `Entra ID does not know the client ID ${q(opts.clientId)} in tenant ${q(opts.tenantId)}: the managed identity was deleted, is in another tenant, or was created moments ago and has not replicated yet. Check the identity and re-run.`
      )
    case 90002:
      return d(
        'exchange-failed',
        `The tenant ${q(opts.tenantId)} was not found at the authority: check tenant-id and the cloud (environment / authority-host).`
      )
    default:
    // The codes below are explained from the identity's federated credentials.
  }
  if (failure.code !== undefined && (isPropagating(failure) || NO_MATCH.has(failure.code))) {
    if (!fics)
      return d(
        'no-federated-credential',
        `No federated credential of the identity matches ${wanted}, and its credentials could not be read to say why. Check them in the portal.`
      )
    if (fics.length === 0) {
      return d(
        'no-federated-credential',
        `The managed identity has no federated credentials. Create one with ${wanted} (re-running the action in apply mode does this).`
      )
    }
    const best = fics.map((f) => fit(f, claims)).sort((a, b) => distance(a) - distance(b))[0]!
    // A credential matches, yet Entra names the audience: it does not exchange tokens for that audience at all (the
    // token-exchange audience of another cloud, presented to a sovereign cloud's Entra ID or the other way round).
    if (distance(best) === 0 && failure.code === 700212) {
      const aud = claims.aud.join(',')
      const other = claims.aud.map(cloudOfAudience).find((c) => c !== undefined)
      return d(
        'audience-mismatch',
        `Federated credential ${q(best.fic.name)} matches the token, but Entra ID refuses its audience ${q(aud)}${other ? `, the token-exchange audience of ${other.label}` : ''}: Entra ID of each cloud exchanges only its own cloud's. Set 'environment' to the cluster's cloud and leave 'audience' empty (the action then uses that cloud's audience on both sides).`
      )
    }
    if (distance(best) === 0) {
      return d(
        'not-propagated',
        `Federated credential ${q(best.fic.name)} matches the token exactly, but Entra ID has not picked it up yet: a new or changed credential can take a few minutes to take effect. Re-run the verification later.`
      )
    }
    const off = [best.issuer !== 'same', best.subject !== 'same', best.audience !== 'same'].filter(Boolean).length
    if (off === 1 && best.issuer !== 'same') return d('issuer-mismatch', issuerMessage(best, claims, opts.clusterIssuer))
    if (off === 1 && best.subject !== 'same') {
      const why = best.subject === 'case' ? ' (they differ only in letter case: Entra compares subjects case-sensitively)' : ''
      return d(
        'subject-mismatch',
        `Federated credential ${q(best.fic.name)} has subject ${q(best.fic.subject)}, but the token's subject is ${q(claims.sub)}${why}: the credential was made for another namespace or service account. Set its subject to ${q(claims.sub)} (re-running the action in apply mode does this).`
      )
    }
    if (off === 1) {
      return d(
        'audience-mismatch',
        `Federated credential ${q(best.fic.name)} accepts audiences ${q(best.fic.audiences.join(','))}, but the token's audience is ${q(claims.aud.join(','))}${audienceClouds(best.fic.audiences, claims.aud)}. Use the same audience on both sides: the input 'audience' (default: the cloud's token-exchange audience), which the workload identity webhook must project too.`
      )
    }
    const list = fics.map((f) => `${q(f.name)} (issuer ${q(f.issuer)}, subject ${q(f.subject)})`).join('; ')
    return d(
      'no-federated-credential',
      `None of the identity's ${fics.length} federated credentials matches ${wanted}: ${list}. Create one that matches (re-running the action in apply mode does this).`
    )
  }
  return d(
    'exchange-failed',
    `The token exchange at Entra ID failed. Check the tenant, the client ID ${q(opts.clientId)} and the authority host.`
  )
}

/** ` (the credential's is the token-exchange audience of X, the token's of Y)` when either belongs to a known cloud. */
function audienceClouds(fic: readonly string[], token: readonly string[]): string {
  const of = (list: readonly string[]) => list.map(cloudOfAudience).find((c) => c !== undefined)
  const [f, t] = [of(fic), of(token)]
  if (!f && !t) return ''
  const parts = [f ? `the credential's is the token-exchange audience of ${f.label}` : '', t ? `the token's of ${t.label}` : '']
  return ` (${parts.filter(Boolean).join(', ')})`
}

/** Segment-wise, case-insensitive: `outer` is `inner` or one of its ancestors. */
export function covers(outer: string, inner: string): boolean {
  const k = (s: string) => '/' + s.replace(/^\/+|\/+$/g, '').toLowerCase()
  const o = k(outer)
  const i = k(inner)
  return o === '/' || o === i || i.startsWith(`${o}/`)
}

/** Whether a role's control-plane permissions include `action` (ARM's wildcard match, minus notActions). */
export function roleGrants(role: Pick<RoleDefinitionView, 'actions' | 'notActions'>, action: string): boolean {
  const match = (pattern: string) =>
    new RegExp(
      `^${pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
      'i'
    ).test(action)
  return role.actions.some(match) && !role.notActions.some(match)
}

/**
 * A data-plane role: its definition lists dataActions (Storage Blob Data Reader, Key Vault Secrets User, ...). What it is
 * for is data access, which no ARM call exercises (and its control-plane actions, if any, are not what it is assigned
 * for): verification checks its assignment instead. Control-plane roles (Reader, Contributor, AcrPull, ...) list none.
 */
export const isDataPlaneRole = (role: Pick<RoleDefinitionView, 'dataActions'>): boolean => role.dataActions.length > 0

export interface ArmCheck {
  scope: string
  role: string
}

/** Where the principal stands for a check, from its role assignments (read as the action). */
export type AssignmentState = { state: 'covering'; at: string } | { state: 'elsewhere'; at: string[] } | { state: 'none' }

export function assignmentState(check: ArmCheck, roleGuid: string | undefined, assignments: RoleAssignmentView[]): AssignmentState {
  const sameRole = assignments.filter((a) => roleGuid && a.roleDefinitionId.toLowerCase().endsWith(`/${roleGuid.toLowerCase()}`))
  const covering = sameRole.find((a) => covers(a.scope, check.scope))
  if (covering) return { state: 'covering', at: covering.scope }
  if (sameRole.length) return { state: 'elsewhere', at: sameRole.map((a) => a.scope) }
  return { state: 'none' }
}

/** Explains an ARM read that failed as the workload identity. `state` is undefined when assignments could not be read. */
export function diagnoseArm(
  check: ArmCheck,
  result: { status: number; code?: string; message?: string },
  state: AssignmentState | undefined,
  principalId: string | undefined
): Diagnosis {
  const code = result.status ? `HTTP ${result.status}${result.code ? ` ${result.code}` : ''}` : 'no response'
  const arm = result.message ? ` (${result.status ? 'ARM: ' : ''}${result.message})` : ''
  const who = principalId ? `principal ${q(principalId)}` : 'the identity'
  if (result.status === 404) {
    return {
      kind: 'scope-not-found',
      code,
      message: `The scope ${q(check.scope)} does not exist${arm}. Fix the scope of the role '${check.role}' or create the resource.`
    }
  }
  if (result.status === 403) {
    if (!state) {
      return {
        kind: 'role-missing',
        code,
        message: `The identity was refused at ${q(check.scope)}${arm}: the role '${check.role}' is not assigned there or not in effect yet. Check its role assignments.`
      }
    }
    if (state.state === 'covering') {
      return {
        kind: 'role-not-effective',
        code,
        message: `The role '${check.role}' is assigned to ${who} at ${q(state.at)}, but ARM does not apply it yet${arm}: new role assignments can take several minutes to take effect. Re-run the verification later.`
      }
    }
    return diagnoseAssignment(check, state, principalId, code, arm)
  }
  return { kind: 'arm-failed', code, message: `Reading ${q(check.scope)} as the identity failed with ${code}${arm}.` }
}

/** Explains a role that is not assigned where it should be (a data-plane role's check, or an ARM read refused). */
export function diagnoseAssignment(
  check: ArmCheck,
  state: Exclude<AssignmentState, { state: 'covering' }>,
  principalId: string | undefined,
  code?: string,
  arm = ''
): Diagnosis {
  const who = principalId ? `principal ${q(principalId)}` : 'the identity'
  if (state.state === 'elsewhere') {
    return {
      kind: 'role-wrong-scope',
      code,
      message: `The role '${check.role}' is assigned to ${who} at ${state.at.map(q).join(', ')}, which does not cover ${q(check.scope)}${arm}. Assign it at ${q(check.scope)} or a parent scope.`
    }
  }
  return {
    kind: 'role-missing',
    code,
    message: `${who[0]!.toUpperCase()}${who.slice(1)} has no assignment of the role '${check.role}' at or above ${q(check.scope)}${arm}. Assign it (re-running the action in apply mode does this).`
  }
}

/** Explains a webhook probe failure. */
export function diagnoseWebhook(reason: WebhookProblem, detail: string): Diagnosis {
  switch (reason) {
    case 'not-mutated':
      return {
        kind: 'webhook-off',
        message: `Pods would not receive the identity: ${detail}. Turn workload identity on for the cluster (az aks update --enable-workload-identity, or enable-cluster-features: true); existing pods must be recreated afterwards.`
      }
    case 'client-id':
      return {
        kind: 'webhook-client-id',
        message: `Pods would sign in as the wrong identity: ${detail}. Re-run the action in apply mode to restore the annotation.`
      }
    case 'audience':
      return {
        kind: 'webhook-audience',
        message: `Pods' tokens would not match the federated credential: ${detail}. Set the input 'audience' to the audience the webhook projects, or configure the webhook for the cloud's token-exchange audience.`
      }
    case 'rejected':
      return { kind: 'webhook-rejected', message: `Pods using the service account cannot start: ${detail}.` }
  }
}
