// Kubernetes API errors as the action reports them: the meta/v1 Status the API server sent (not the client's
// raw dump, which repeats headers and bodies), 404 detection, and server-side apply conflicts with the name
// of the field manager that owns each conflicting field.

export interface StatusCause {
  type?: string
  reason?: string
  message?: string
  field?: string
}

export interface KubeStatus {
  code: number
  /** Attempts the transport made (src/kube/transport.ts), when more than one. */
  attempts?: number
  reason?: string
  message?: string
  details?: { name?: string; kind?: string; causes?: StatusCause[] }
}

/** The Status in a @kubernetes/client-node ApiException (its body is the raw response text). */
export function kubeStatus(err: unknown): KubeStatus | undefined {
  const e = err as { code?: unknown; body?: unknown; headers?: Record<string, string> } | null | undefined
  if (typeof e?.code !== 'number') return undefined
  const attempts = Number(e.headers?.['x-aks-wi-attempts']) || undefined
  let body: unknown = e.body
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body)
    } catch {
      body = { message: body }
    }
  }
  const b = (body ?? {}) as Partial<KubeStatus>
  return { code: e.code, reason: b.reason, message: b.message, details: b.details, ...(attempts ? { attempts } : {}) }
}

export const isNotFound = (err: unknown): boolean => kubeStatus(err)?.code === 404

/**
 * A create answered 409 AlreadyExists on a repeat the transport made after an attempt whose outcome it never
 * heard (a reset, a deadline, a 5xx after the server acted): the object may be this very request's. The caller
 * decides whether it is (e.g. a pod under a name only this run uses) and reads it instead of failing.
 */
export function createdByEarlierAttempt(err: unknown): boolean {
  const e = err as { headers?: Record<string, string> } | undefined
  const s = kubeStatus(err)
  return s?.code === 409 && s.reason === 'AlreadyExists' && e?.headers?.['x-aks-wi-uncertain'] === 'true'
}

/** What the API server said (the Status message), else the error's own message. */
export function kubeMessage(err: unknown): string {
  return kubeStatus(err)?.message || (err instanceof Error ? err.message : String(err))
}

/** A failed Kubernetes call, described by what we tried and what the API server said. */
export class KubeApiError extends Error {
  constructor(
    readonly what: string,
    readonly status: KubeStatus | undefined,
    cause?: unknown
  ) {
    super(
      `${what} failed${status?.attempts ? ` after ${status.attempts} attempts` : ''}: ${status ? `${status.code}${status.reason ? ` ${status.reason}` : ''}: ${status.message ?? '(no message)'}` : cause instanceof Error ? cause.message : String(cause)}`,
      { cause }
    )
    this.name = 'KubeApiError'
  }
}

export interface FieldConflict {
  /** The other field manager, e.g. `kubectl-edit`. */
  manager: string
  /** The field path as the API server prints it, e.g. `.metadata.annotations.azure.workload.identity/client-id`. */
  field: string
}

/** The conflicts of a server-side apply 409 (causes of type FieldManagerConflict), or undefined for other errors. */
export function applyConflicts(err: unknown): FieldConflict[] | undefined {
  const s = kubeStatus(err)
  if (s?.code !== 409 || s.reason !== 'Conflict') return undefined
  const causes = (s.details?.causes ?? []).filter((c) => (c.type ?? c.reason) === 'FieldManagerConflict')
  if (causes.length === 0) return undefined
  return causes.map((c) => ({
    manager: /conflict with "([^"]+)"/.exec(c.message ?? '')?.[1] ?? c.message ?? 'unknown',
    field: c.field ?? '(unknown field)'
  }))
}

/** Our apply would take fields another manager owns; with `force-conflicts: false` we report instead of forcing. */
export class ApplyConflictError extends Error {
  constructor(
    readonly object: string,
    readonly conflicts: FieldConflict[]
  ) {
    const managers = [...new Set(conflicts.map((c) => c.manager))]
    super(
      `${object}: server-side apply conflicts with field manager ${managers.map((m) => `"${m}"`).join(', ')} on ${conflicts.map((c) => c.field).join(', ')}. ` +
        `With force-conflicts: false the action does not take them back. Undo that change (or let that tool stop managing the field${conflicts.some((c) => c.field.includes('annotations')) ? ', e.g. kubectl annotate ... <key>-' : ''}) and re-run, or set force-conflicts: true.`
    )
    this.name = 'ApplyConflictError'
  }
}

export function wrapKubeError(what: string, err: unknown): Error {
  if (err instanceof KubeApiError || err instanceof ApplyConflictError) return err
  return new KubeApiError(what, kubeStatus(err), err)
}

/** A delete whose object may be gone already (a 404 is success); any other failure says what was being deleted. */
export async function deleteQuietly(what: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn()
  } catch (err) {
    if (!isNotFound(err)) throw wrapKubeError(`Deleting ${what}`, err)
  }
}
