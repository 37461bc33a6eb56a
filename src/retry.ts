// The one retry helper for Azure's eventual-consistency errors. The SDK pipelines already retry 408/429/5xx
// (honouring Retry-After); these are the errors they do not retry, each with its own bounded time budget.
// Sleep and clock are injected so tests run in milliseconds.
import { errorCode, errorStatus } from './azure/errors.js'

export type RetryReason = 'ficConcurrency' | 'principalNotFound' | 'parentNotFound' | 'clusterBusy'

export interface RetryBounds {
  /** First wait, in ms; doubled per attempt up to maxDelayMs. */
  initialDelayMs: number
  maxDelayMs: number
  /** Total time to keep trying after the first failure, in ms. */
  budgetMs: number
}

export type RetryConfig = Record<RetryReason, RetryBounds>

/**
 * Production bounds, from what peers found necessary: hashicorp/terraform-provider-azurerm#19968 and
 * pulumi/pulumi-azure-native#4421 (concurrent FIC writes), terraform-provider-azurerm#4168 (PrincipalNotFound),
 * openshift/cloud-credential-operator#878 (ParentResourceNotFound), Azure/AKS#3965 (another cluster operation).
 */
export const DEFAULT_RETRY: RetryConfig = {
  // Concurrent FIC writes on one identity: Pulumi backs off 20 s / 60 s / 120 s.
  ficConcurrency: { initialDelayMs: 2_000, maxDelayMs: 30_000, budgetMs: 180_000 },
  // Entra replication to ARM: azwi 7 x 5 s, Terraform minutes.
  principalNotFound: { initialDelayMs: 5_000, maxDelayMs: 30_000, budgetMs: 300_000 },
  // Identity not yet visible to its child resource: OpenShift 24 x 10 s.
  parentNotFound: { initialDelayMs: 5_000, maxDelayMs: 10_000, budgetMs: 240_000 },
  // AKS runs one operation at a time; another one (upgrade, key rotation) can take many minutes.
  clusterBusy: { initialDelayMs: 15_000, maxDelayMs: 60_000, budgetMs: 1_800_000 }
}

export interface RetryClock {
  sleep(ms: number): Promise<void>
  now(): number
}

export const realClock: RetryClock = {
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => Date.now()
}

/** Which eventual-consistency error this is, if any: matched by code (messages change), status as a guard. */
export function retryReason(err: unknown): RetryReason | undefined {
  const code = errorCode(err)?.toLowerCase()
  const status = errorStatus(err)
  if (code === 'concurrentfederatedidentitycredentialswritesforsinglemanagedidentity') return 'ficConcurrency'
  if (code === 'principalnotfound') return 'principalNotFound'
  if (code === 'parentresourcenotfound') return 'parentNotFound'
  // OperationNotAllowed is also a stopped cluster, a quota, a policy: waited out only when it says another operation runs.
  const inProgress = /another operation .* is in progress|operation .* is in progress/i.test(errorMessage(err))
  if (code === 'notlatestoperation' || code === 'anotheroperationinprogress') return 'clusterBusy'
  if (code === 'operationnotallowed') return inProgress ? 'clusterBusy' : undefined
  // AKS has answered "Another operation (...) is in progress" under more than one code: recognise the 409 by its text too.
  if (status === 409 && inProgress) return 'clusterBusy'
  return undefined
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

export interface RetryOptions {
  config: RetryConfig
  clock: RetryClock
  /** Only these reasons are retried here (others are thrown at once). */
  reasons?: ReadonlySet<RetryReason>
  onRetry?: (info: { what: string; reason: RetryReason; attempt: number; delayMs: number; error: unknown }) => void
  /** 0..1 → jitter; injectable for tests. Jitter keeps two runs that collided from colliding again in lockstep. */
  random?: () => number
}

/** Runs `fn`, retrying the eventual-consistency errors with jittered exponential backoff within each reason's budget. */
export async function withRetry<T>(what: string, fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const started = new Map<RetryReason, number>()
  const random = opts.random ?? Math.random
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn()
    } catch (err) {
      const reason = retryReason(err)
      if (!reason || (opts.reasons && !opts.reasons.has(reason))) throw err
      const bounds = opts.config[reason]
      const now = opts.clock.now()
      const since = started.get(reason) ?? now
      started.set(reason, since)
      const base = Math.min(bounds.maxDelayMs, bounds.initialDelayMs * 2 ** (attempt - 1))
      const delayMs = Math.round(base / 2 + (base / 2) * random())
      if (now - since + delayMs > bounds.budgetMs) throw new RetryExhaustedError(what, reason, attempt, now - since, err)
      opts.onRetry?.({ what, reason, attempt, delayMs, error: err })
      await opts.clock.sleep(delayMs)
    }
  }
}

const EXPLAIN: Record<RetryReason, string> = {
  ficConcurrency: 'another process kept writing federated credentials on the same identity',
  principalNotFound: "the new identity's service principal did not replicate to Azure RBAC in time",
  parentNotFound: 'the new identity did not become visible to its federated credentials in time',
  clusterBusy: 'another operation on the cluster kept running'
}

/** Thrown when a retry budget runs out; keeps the last Azure error as `cause` for its code and request ID. */
export class RetryExhaustedError extends Error {
  constructor(
    readonly what: string,
    readonly reason: RetryReason,
    readonly attempts: number,
    readonly elapsedMs: number,
    override readonly cause: unknown
  ) {
    // The last Azure error carries the code and request ID people need: keep its message.
    const last = cause instanceof Error ? cause.message : String(cause)
    super(`${what}: gave up after ${attempts} attempts in ${Math.round(elapsedMs / 1000)} s (${EXPLAIN[reason]}). Last error: ${last}`)
    this.name = 'RetryExhaustedError'
  }
}
