// End-to-end proof that the identity works, as a workload would use it: a service-account token from the
// TokenRequest API → client-assertion exchange at Entra ID → an ARM read that needs each assigned role, plus
// a dry-run pod that shows whether the webhook would inject the identity into pods. Propagation (new
// credential, new role assignment) is retried within one time budget; anything else is explained at once.
// The token never leaves this module except to `mask`; only its iss/sub/aud claims are logged. The steps talk
// to the world only through the adapters (src/azure, src/kube); this module is the proof's logic.
import type { CoreV1Api } from '@kubernetes/client-node'
import type { CommonClientOptions } from '@azure/core-client'
import { armScope } from '../clouds.js'
import type { Logger } from '../model.js'
import { realClock, type RetryClock } from '../retry.js'
import type { TransportPolicy } from '../transport.js'
import { roleGuid } from '../rules.js'
import {
  assignmentState,
  diagnoseArm,
  diagnoseExchange,
  diagnoseWebhook,
  diagnoseAssignment,
  isDataPlaneRole,
  isPropagating,
  roleGrants,
  type ArmCheck,
  type AssignmentState,
  type Diagnosis
} from './diagnose.js'
import { probeRequest } from './probe.js'
import { armReader, type ArmReadResult } from '../azure/clients.js'
import { exchange, exchangeFailure, workloadCredential, type ExchangeFailure } from '../azure/exchange.js'
import type { RoleDefinitionView, VerifyReads } from '../azure/reads.js'
import { kubeMessage } from '../kube/errors.js'
import { requestServiceAccountToken, type ServiceAccountToken } from '../kube/token-request.js'
import { probeWebhook, type WebhookFinding } from '../kube/webhook-probe.js'
import type { TokenClaims } from '../token-claims.js'

export interface VerifyOptions {
  /** The cluster's core/v1 API, as the action reaches it. */
  kube: CoreV1Api
  namespace: string
  serviceAccount: string
  audience: string
  /** The managed identity: its client ID signs in, its principal ID holds the roles. */
  tenantId: string
  clientId: string
  principalId?: string
  authorityHost: string
  armEndpoint: string
  /** The cluster's issuer URL as ARM reports it (for the diagnosis). */
  clusterIssuer?: string
  /** One ARM read per role assignment. */
  checks: ArmCheck[]
  /** Reads as the action, to explain failures (federated credentials, role assignments); none = shorter diagnoses. */
  reads?: VerifyReads
  /**
   * Also check that the webhook injects the identity, with a dry-run pod create (default true). The dry run
   * stores nothing, but it is a POST: plan mode, which promises zero writes, passes false and relies on
   * `workloadIdentityEnabled` instead.
   */
  webhook?: boolean
  /** The cluster's workload identity feature as ARM reports it (securityProfile.workloadIdentity.enabled). */
  workloadIdentityEnabled?: boolean
  /** Called with the service-account token the moment it exists (core.setSecret). */
  mask: (secret: string) => void
  log?: Logger
  /** Transport options for Entra and ARM (tests: `{ tlsOptions: { ca } }`). */
  clientOptions?: CommonClientOptions
  /** The transport's retries of AADSTS90061 within one exchange (default the transport policy); tests pass a fast one. */
  issuerPolicy?: TransportPolicy
  /** How long to keep retrying while federation or a role assignment propagates (default 5 min). */
  budgetMs?: number
  /** First retry delay (doubled per attempt, at most 30 s); default 5 s. */
  retryDelayMs?: number
  /** Injectable time for fast tests. */
  clock?: RetryClock
  /** api-versions for resource scopes of types the module does not know (`microsoft.foo/bars` → version). */
  apiVersions?: Record<string, string>
}

export type CheckOutcome = 'passed' | 'failed' | 'not-probed'

export interface CheckResult extends ArmCheck {
  outcome: CheckOutcome
  /**
   * What a passed check proved: `arm-read` (a control-plane role: an ARM read it allows succeeded as the identity) or
   * `assignment` (a data-plane role: the exchange worked and the assignment exists; data access was not exercised).
   */
  proof?: 'arm-read' | 'assignment'
  /** The ARM status of the last read. */
  status?: number
  note?: string
}

export interface VerifyResult {
  verified: boolean
  /** iss/sub/aud of the service-account token (never the token). */
  claims?: TokenClaims
  /** Whether Entra ID issued an ARM token for the service-account token. */
  exchanged: boolean
  checks: CheckResult[]
  webhook: 'passed' | 'failed' | 'skipped'
  /** Why it failed, one per problem; empty when verified. */
  diagnoses: Diagnosis[]
  attempts: number
  elapsedMs: number
}

const DEFAULT_BUDGET_MS = 300_000
/**
 * Rounds of the budget's backoff granted to AADSTS90061 (Entra could not fetch the cluster issuer's discovery document
 * or keys) once the transport's own retries of it are spent: a moment's unreachability (or an issuer just enabled)
 * is waited out for a while, but a disabled or private issuer is still diagnosed long before the budget ends.
 */
const ISSUER_ROUNDS = 3
const DEFAULT_DELAY_MS = 5_000
const MAX_DELAY_MS = 30_000
/** Mint a fresh token after this long (tokens live 600 s; Entra wants the assertion valid when it arrives). */
const TOKEN_REFRESH_MS = 300_000

const quiet: Logger = { info: () => undefined, warning: () => undefined }
const message = (err: unknown): string => (err instanceof Error ? err.message : String(err))

export async function verifyIdentity(o: VerifyOptions): Promise<VerifyResult> {
  const clock = o.clock ?? realClock
  const log = o.log ?? quiet
  const started = clock.now()
  const deadline = started + (o.budgetMs ?? DEFAULT_BUDGET_MS)
  const core = o.kube
  const diagnoses: Diagnosis[] = []
  let attempts = 0
  const result = (extra: Partial<VerifyResult>): VerifyResult => ({
    verified: false,
    exchanged: false,
    checks: o.checks.map((c) => ({ ...c, outcome: 'not-probed' })),
    webhook: 'skipped',
    diagnoses,
    attempts,
    elapsedMs: clock.now() - started,
    ...extra
  })

  // Waits before the next attempt; false when the budget would run out.
  let delay = o.retryDelayMs ?? DEFAULT_DELAY_MS
  const backoff = async (why: string): Promise<boolean> => {
    if (clock.now() + delay > deadline) return false
    log.info(`${why}; retrying in ${Math.round(delay / 1000)} s (for up to ${Math.round((deadline - clock.now()) / 1000)} s more).`)
    await clock.sleep(delay)
    delay = Math.min(MAX_DELAY_MS, delay * 2)
    return true
  }

  // AADSTS90061 after the transport's retries: waited out for ISSUER_ROUNDS rounds of the backoff in all.
  let issuerRounds = 0
  const issuerRetry = async (why: string): Promise<boolean> => issuerRounds++ < ISSUER_ROUNDS && (await backoff(why))

  // What needs nothing but the cluster and the action's own reads starts at once, together (docs/performance.md):
  // the webhook's dry run and each role's definition do not wait for the token or the exchange.
  // 2. The webhook (a dry run: nothing is created); its finding is taken in after the exchange.
  const webhookCheck = ((): Promise<{ webhook: VerifyResult['webhook']; diagnosis?: Diagnosis }> => {
    if (o.workloadIdentityEnabled === false)
      return Promise.resolve({
        webhook: 'failed',
        diagnosis: diagnoseWebhook(
          'not-mutated',
          `the cluster's workload identity feature is off (ARM: securityProfile.workloadIdentity.enabled = false), so its webhook does not run`
        )
      })
    if (o.webhook === false) return Promise.resolve({ webhook: 'skipped' })
    return probeWebhook({
      core,
      namespace: o.namespace,
      serviceAccount: o.serviceAccount,
      clientId: o.clientId,
      audience: o.audience
    }).then((finding: WebhookFinding) => {
      if (finding.status === 'unknown') log.warning(`Could not check the workload identity webhook: ${finding.detail}.`)
      return {
        webhook: finding.status === 'unknown' ? 'skipped' : finding.status,
        diagnosis: finding.status === 'failed' ? diagnoseWebhook(finding.reason, finding.detail) : undefined
      }
    })
  })()
  // Each role's definition (a data-plane role is checked by its assignment), read with the action's credential.
  const definitions = new Map(
    o.checks.map((c) => [
      c,
      o.reads && o.principalId ? readOrWarn(log, `the role '${c.role}'`, () => o.reads?.roleDefinition(c.scope, c.role)) : undefined
    ])
  )
  let webhook: VerifyResult['webhook'] = 'skipped'
  const webhookDone = async (): Promise<void> => {
    const w = await webhookCheck
    webhook = w.webhook
    if (w.diagnosis) diagnoses.push(w.diagnosis)
  }

  // 1. The token.
  const mint = () =>
    requestServiceAccountToken({ core, namespace: o.namespace, serviceAccount: o.serviceAccount, audience: o.audience, mask: o.mask })
  let sa: ServiceAccountToken
  try {
    sa = await mint()
  } catch (err) {
    diagnoses.push({
      kind: 'token-request-failed',
      message: `Requesting a token for service account ${o.namespace}/${o.serviceAccount} failed: ${kubeMessage(err)}. Check that the service account exists and that the action's cluster credentials may create serviceaccounts/token.`
    })
    // Started together with the token request: finished, but not reported (as before, no token, no webhook check).
    await Promise.allSettled([webhookCheck, ...definitions.values()])
    return result({})
  }
  const claims = sa.claims
  let mintedAt = clock.now()
  log.info(`Verifying with a service-account token: iss '${claims.iss}', sub '${claims.sub}', aud '${claims.aud.join(',')}'.`)
  if (o.clusterIssuer && o.clusterIssuer !== claims.iss)
    log.warning(`The cluster signs tokens as '${claims.iss}', but ARM reports its issuer as '${o.clusterIssuer}'.`)

  // 3. The exchange, retried while federation propagates.
  const credential = await workloadCredential({
    tenantId: o.tenantId,
    clientId: o.clientId,
    authorityHost: o.authorityHost,
    clientOptions: o.clientOptions,
    ...(o.issuerPolicy ? { issuerPolicy: o.issuerPolicy } : {}),
    assertion: async () => {
      if (clock.now() - mintedAt > TOKEN_REFRESH_MS) {
        sa = await mint()
        mintedAt = clock.now()
      }
      return sa.token
    }
  })
  let failure: ExchangeFailure | undefined
  for (;;) {
    attempts++
    failure = await exchange(credential, armScope(o.armEndpoint))
    if (!failure) break
    const why = `Token exchange not accepted yet (${failure.description.split(':')[0]})`
    if (failure.code === 90061 ? !(await issuerRetry(why)) : !isPropagating(failure) || !(await backoff(why))) break
  }
  await webhookDone()
  if (failure) {
    const fics = await readOrWarn(log, 'the federated credentials', () => o.reads?.federatedCredentials())
    diagnoses.push(
      diagnoseExchange(failure, claims, fics, {
        nowMs: clock.now(),
        clusterIssuer: o.clusterIssuer,
        clientId: o.clientId,
        tenantId: o.tenantId
      })
    )
    return result({ claims, webhook })
  }
  log.info(`Entra ID accepted the service-account token for client ID ${o.clientId}.`)

  // 4. One ARM read per role, retried while an assignment propagates.
  const read = await armReader(credential, o.armEndpoint, o.clientOptions)
  const checks: CheckResult[] = []
  for (const check of o.checks) {
    const c = await runCheck(check, await definitions.get(check), read, o, log, backoff, issuerRetry, () => attempts++)
    checks.push(c.result)
    if (c.diagnosis) diagnoses.push(c.diagnosis)
  }
  const verified = diagnoses.length === 0
  return result({ verified, claims, exchanged: true, checks, webhook })
}

async function runCheck(
  check: ArmCheck,
  definition: RoleDefinitionView | undefined,
  read: (path: string) => Promise<ArmReadResult>,
  o: VerifyOptions,
  log: Logger,
  backoff: (why: string) => Promise<boolean>,
  issuerRetry: (why: string) => Promise<boolean>,
  count: () => void
): Promise<{ result: CheckResult; diagnosis?: Diagnosis }> {
  // A data-plane role is checked by its assignment: an ARM read would prove nothing about data access.
  if (definition && isDataPlaneRole(definition)) return dataPlaneCheck(check, definition, o, log, backoff, count)
  const req = probeRequest(check.scope, o.apiVersions)
  if (!req) {
    const note = `no ARM read is known for this scope's resource type; the role was not probed`
    log.warning(`Role '${check.role}' at '${check.scope}': ${note}.`)
    return { result: { ...check, outcome: 'not-probed', note } }
  }
  for (;;) {
    count()
    // A transport failure (after the SDK pipeline's own retries) is a failed check, not a crashed verification.
    let unreachable: ExchangeFailure | undefined
    const res = await read(req.path).catch((err: unknown): ArmReadResult => {
      // The identity's token for the read could not be had: Entra could not fetch the issuer's keys (AADSTS90061).
      const f = exchangeFailure(err)
      if (f.code === 90061) unreachable = f
      return { status: 0, message: message(err) }
    })
    if (unreachable) {
      if (await issuerRetry(`Reading '${check.scope}' as the identity: Entra ID could not reach the cluster issuer's keys (AADSTS90061)`))
        continue
      return {
        result: { ...check, outcome: 'failed', status: 0 },
        diagnosis: {
          kind: 'issuer-unreachable',
          code: 'AADSTS90061',
          message: `Entra ID could not fetch the cluster issuer's discovery document or keys to give the identity a token for reading ${JSON.stringify(check.scope)}, through every retry: the issuer was unreachable from Entra ID all that time. Re-run; if it persists, make sure the cluster's OIDC issuer is enabled and public. (Entra ID: ${unreachable.description})`
        }
      }
    }
    if (res.status >= 200 && res.status < 300) {
      log.info(`The identity can read '${check.scope}' (role '${check.role}').`)
      return { result: { ...check, outcome: 'passed', proof: 'arm-read', status: res.status } }
    }
    const role = res.status === 403 ? definition : undefined
    const state = res.status === 403 ? await assignmentsFor(check, role?.name ?? roleGuid(check.role), o, log) : undefined
    // A role without control-plane read (a data-plane role such as Key Vault Secrets User) cannot be proven by an ARM read:
    // the assignment being in place is all there is to check.
    if (role && state?.state === 'covering' && !roleGrants(role, req.action)) {
      const note = `the role grants no '${req.action}', so an ARM read cannot exercise it; its assignment at '${state.at}' is in place`
      log.info(`Role '${check.role}' at '${check.scope}': ${note}.`)
      return { result: { ...check, outcome: 'passed', proof: 'assignment', status: res.status, note } }
    }
    const diagnosis = diagnoseArm(check, res, state, o.principalId)
    const retry = diagnosis.kind === 'role-not-effective' || diagnosis.kind === 'role-missing'
    if (!retry || !(await backoff(`Reading '${check.scope}' as the identity: ${diagnosis.code}`))) {
      return { result: { ...check, outcome: 'failed', status: res.status }, diagnosis }
    }
  }
}

/** A data-plane role: its assignment at or above the scope (retried while it propagates), never an ARM read. */
async function dataPlaneCheck(
  check: ArmCheck,
  role: RoleDefinitionView,
  o: VerifyOptions,
  log: Logger,
  backoff: (why: string) => Promise<boolean>,
  count: () => void
): Promise<{ result: CheckResult; diagnosis?: Diagnosis }> {
  const actions =
    role.dataActions.length === 1 ? `'${role.dataActions[0]}'` : `'${role.dataActions[0]}' and ${role.dataActions.length - 1} more`
  for (;;) {
    count()
    const state = await assignmentsFor(check, role.name, o, log)
    if (!state) {
      const note = `data-plane role (${actions}): its assignments could not be read, and data access is not exercised; not checked`
      log.warning(`Role '${check.role}' at '${check.scope}': ${note}.`)
      return { result: { ...check, outcome: 'not-probed', note } }
    }
    if (state.state === 'covering') {
      const note = `data-plane role (${actions}): the token exchange worked and the assignment at '${state.at}' exists; data access was not exercised`
      log.info(`Role '${check.role}' at '${check.scope}': ${note}.`)
      return { result: { ...check, outcome: 'passed', proof: 'assignment', note } }
    }
    const diagnosis = diagnoseAssignment(check, state, o.principalId)
    if (diagnosis.kind !== 'role-missing' || !(await backoff(`The role '${check.role}' is not assigned at '${check.scope}' yet`)))
      return { result: { ...check, outcome: 'failed' }, diagnosis }
  }
}

async function assignmentsFor(
  check: ArmCheck,
  guid: string | undefined,
  o: VerifyOptions,
  log: Logger
): Promise<AssignmentState | undefined> {
  if (!o.reads || !o.principalId) return undefined
  // At the subscription, `principalId eq` returns the principal's assignments anywhere below it too (for "wrong scope").
  const sub = /^\/subscriptions\/[^/]+/i.exec(check.scope)?.[0] ?? check.scope
  const list = await readOrWarn(log, 'the role assignments', () => o.reads!.roleAssignments(sub, o.principalId!))
  return list ? assignmentState(check, guid, list) : undefined
}

/** A diagnostic read that must not turn one failure into another: on error, warn and go on without it. */
async function readOrWarn<T>(log: Logger, what: string, fn: () => Promise<T> | undefined): Promise<T | undefined> {
  try {
    return await fn()
  } catch (err) {
    log.warning(`Could not read ${what} to explain the failure: ${message(err)}`)
    return undefined
  }
}
