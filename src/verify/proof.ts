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
import { exchange, workloadCredential, type ExchangeFailure } from '../azure/exchange.js'
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
    return result({})
  }
  const claims = sa.claims
  let mintedAt = clock.now()
  log.info(`Verifying with a service-account token: iss '${claims.iss}', sub '${claims.sub}', aud '${claims.aud.join(',')}'.`)
  if (o.clusterIssuer && o.clusterIssuer !== claims.iss)
    log.warning(`The cluster signs tokens as '${claims.iss}', but ARM reports its issuer as '${o.clusterIssuer}'.`)

  // 2. The webhook (a dry run: nothing is created).
  let webhook: VerifyResult['webhook'] = 'skipped'
  if (o.workloadIdentityEnabled === false) {
    webhook = 'failed'
    diagnoses.push(
      diagnoseWebhook(
        'not-mutated',
        `the cluster's workload identity feature is off (ARM: securityProfile.workloadIdentity.enabled = false), so its webhook does not run`
      )
    )
  } else if (o.webhook !== false) {
    const finding: WebhookFinding = await probeWebhook({
      core,
      namespace: o.namespace,
      serviceAccount: o.serviceAccount,
      clientId: o.clientId,
      audience: o.audience
    })
    if (finding.status === 'unknown') log.warning(`Could not check the workload identity webhook: ${finding.detail}.`)
    else webhook = finding.status
    if (finding.status === 'failed') diagnoses.push(diagnoseWebhook(finding.reason, finding.detail))
  }

  // 3. The exchange, retried while federation propagates.
  const credential = await workloadCredential({
    tenantId: o.tenantId,
    clientId: o.clientId,
    authorityHost: o.authorityHost,
    clientOptions: o.clientOptions,
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
    if (!failure || !isPropagating(failure) || !(await backoff(`Token exchange not accepted yet (${failure.description.split(':')[0]})`)))
      break
  }
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
    const c = await runCheck(check, read, o, log, backoff, () => attempts++)
    checks.push(c.result)
    if (c.diagnosis) diagnoses.push(c.diagnosis)
  }
  const verified = diagnoses.length === 0
  return result({ verified, claims, exchanged: true, checks, webhook })
}

async function runCheck(
  check: ArmCheck,
  read: (path: string) => Promise<ArmReadResult>,
  o: VerifyOptions,
  log: Logger,
  backoff: (why: string) => Promise<boolean>,
  count: () => void
): Promise<{ result: CheckResult; diagnosis?: Diagnosis }> {
  // A data-plane role is checked by its assignment: an ARM read would prove nothing about data access.
  const definition =
    o.reads && o.principalId
      ? await readOrWarn(log, `the role '${check.role}'`, () => o.reads?.roleDefinition(check.scope, check.role))
      : undefined
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
    const res = await read(req.path).catch((err: unknown): ArmReadResult => ({ status: 0, message: message(err) }))
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
