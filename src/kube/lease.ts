// One Lease (coordination.k8s.io/v1) per workload, held while a run changes the workload's runners: concurrent runs
// of the same workload take turns, so none can exceed runner-count or remove what a sibling is half-way through
// making, and whatever is half-made when the Lease is free again was left by a run that died, so it is repaired.
//
// The protocol is client-go's leader election: create the Lease, or take it over with an update guarded by its
// resourceVersion (409 = someone else was faster: look again) when it is free (released), or expired: its record
// has not changed for leaseDurationSeconds on this run's own clock (no trust in another machine's clock), or its
// renewTime is older than the duration plus a generous skew. The holder renews it every third of the duration and
// clears holderIdentity when done; a holder that cannot renew for two thirds of the duration gives it up (its
// `lost` signal aborts, and the run stops writing). MicroTime fields are written with six fractional digits, the
// only form the API server decodes (Kubernetes 1.35).
import type { CoordinationV1Api, V1Lease } from '@kubernetes/client-node'
import type { RetryClock } from '../retry.js'
import { kubeStatus, wrapKubeError } from './errors.js'

/** How long a Lease is good for without renewal: a run killed while holding one delays the next run by at most this. */
export const LEASE_DURATION_SECONDS = 20
/** Beyond the duration, how far the holder's clock may be off before its renewTime alone shows the Lease expired. */
const MAX_SKEW_MS = 60_000

export interface LeaseTarget {
  namespace: string
  name: string
  labels: Record<string, string>
  /** This run's holder identity. */
  holder: string
  durationSeconds?: number
}

export interface LeaseDeps {
  api: CoordinationV1Api
  /** Waiting for another holder (tests drive it); renewal uses the process's own timers. */
  clock: RetryClock
  pollMs: number
  /** Give up waiting for another holder after this long. */
  maxWaitMs: number
  info(message: string): void
  /** Stop waiting when the run is stopped. */
  signal?: AbortSignal
}

export interface HeldLease {
  /** Aborted when this run can no longer be sure it holds the Lease (renewals failed, or another run took it over). */
  readonly lost: AbortSignal
  /** Stops renewing and frees the Lease (best effort: if that fails, it expires); `remove` deletes it (destroy). */
  release(options?: { remove?: boolean }): Promise<void>
}

/** Raised when the Lease cannot be had: held by another run for too long, or the API refuses Leases. */
export class LeaseError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LeaseError'
  }
}

/** metav1.MicroTime: RFC 3339 with exactly six fractional digits (Date has milliseconds: three zeros are added). */
export const microTime = (ms: number): string => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')

const parseTime = (v: unknown): number | undefined => {
  const ms = v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : NaN
  return Number.isFinite(ms) ? ms : undefined
}

// The generated client types MicroTime as Date; a string in the right form passes its serializer unchanged.
const asTime = (ms: number): Date => microTime(ms) as unknown as Date

function leaseBody(t: LeaseTarget, holder: string, now: number, transitions: number, from?: V1Lease): V1Lease {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name: t.name,
      namespace: t.namespace,
      labels: { ...from?.metadata?.labels, ...t.labels },
      ...(from?.metadata?.resourceVersion ? { resourceVersion: from.metadata.resourceVersion } : {})
    },
    spec: {
      holderIdentity: holder,
      leaseDurationSeconds: t.durationSeconds ?? LEASE_DURATION_SECONDS,
      acquireTime: asTime(now),
      renewTime: asTime(now),
      leaseTransitions: transitions
    }
  }
}

const isConflict = (err: unknown): boolean => kubeStatus(err)?.code === 409
const isNotFound = (err: unknown): boolean => kubeStatus(err)?.code === 404

function forbidden(err: unknown, t: LeaseTarget): Error {
  const s = kubeStatus(err)
  if (s?.code === 403)
    return new LeaseError(
      `The action may not use Leases in namespace ${t.namespace} (${s.message ?? '403 Forbidden'}): it needs get, create, update and delete on leases.coordination.k8s.io there, to keep concurrent runs of this workload from exceeding runner-count.`
    )
  return wrapKubeError(`Reading Lease ${t.namespace}/${t.name}`, err)
}

/** Takes the Lease, waiting while another live run holds it; resolves once this run holds it. */
export async function acquireLease(t: LeaseTarget, d: LeaseDeps): Promise<HeldLease> {
  const durationMs = (t.durationSeconds ?? LEASE_DURATION_SECONDS) * 1000
  const started = d.clock.now()
  let seen: { record: string; at: number } | undefined
  let announced = false
  for (;;) {
    if (d.signal?.aborted) throw new LeaseError(`Stopped while waiting for Lease ${t.namespace}/${t.name}.`)
    let lease: V1Lease | undefined
    try {
      lease = await d.api.readNamespacedLease({ name: t.name, namespace: t.namespace })
    } catch (err) {
      if (!isNotFound(err)) throw forbidden(err, t)
    }
    const now = d.clock.now()
    try {
      if (!lease) {
        const created = await d.api.createNamespacedLease({ namespace: t.namespace, body: leaseBody(t, t.holder, now, 0) })
        return hold(created, t, d, durationMs)
      }
      const spec = lease.spec ?? {}
      const holder = spec.holderIdentity ?? ''
      const record = `${holder}|${String(spec.renewTime)}|${lease.metadata?.resourceVersion}`
      if (seen?.record !== record) seen = { record, at: now }
      const duration = (spec.leaseDurationSeconds ?? t.durationSeconds ?? LEASE_DURATION_SECONDS) * 1000
      const renewed = parseTime(spec.renewTime ?? spec.acquireTime)
      const expired = now - seen.at >= duration || (renewed !== undefined && now - renewed > duration + MAX_SKEW_MS)
      if (!holder || holder === t.holder || expired) {
        const transitions = (spec.leaseTransitions ?? 0) + (holder && holder !== t.holder ? 1 : 0)
        if (holder && holder !== t.holder) d.info(`Lease ${t.namespace}/${t.name}: taken over from ${holder}, which stopped renewing it.`)
        const taken = await d.api.replaceNamespacedLease({
          name: t.name,
          namespace: t.namespace,
          body: leaseBody(t, t.holder, now, transitions, lease)
        })
        return hold(taken, t, d, durationMs)
      }
      if (!announced) {
        announced = true
        d.info(`Another run of this workload (${holder}) is changing its runners: waiting for it (Lease ${t.namespace}/${t.name}).`)
      }
    } catch (err) {
      // Another run created or took the Lease between our read and our write: look again.
      if (!isConflict(err)) throw forbidden(err, t)
    }
    if (d.clock.now() - started > d.maxWaitMs) {
      const holder = lease?.spec?.holderIdentity ?? 'another run'
      throw new LeaseError(
        `Lease ${t.namespace}/${t.name} is still held by ${holder} after ${Math.round(d.maxWaitMs / 1000)} s: another run of this workload keeps changing its runners. Re-run when it has finished (or delete the Lease if no such run exists; it expires ${durationMs / 1000} s after its holder stops).`
      )
    }
    await d.clock.sleep(d.pollMs)
  }
}

/** Renews the held Lease every third of its duration until released; aborts `lost` when it cannot. */
function hold(initial: V1Lease, t: LeaseTarget, d: LeaseDeps, durationMs: number): HeldLease {
  const lost = new AbortController()
  let current = initial
  let lastRenewal = Date.now()
  let released = false
  let timer: NodeJS.Timeout | undefined
  let renewing: Promise<void> = Promise.resolve()

  const renew = async (): Promise<void> => {
    try {
      current = await d.api.replaceNamespacedLease({
        name: t.name,
        namespace: t.namespace,
        body: {
          ...leaseBody(t, t.holder, Date.now(), current.spec?.leaseTransitions ?? 0, current),
          spec: { ...current.spec, renewTime: asTime(Date.now()) }
        }
      })
      lastRenewal = Date.now()
    } catch (err) {
      if (isConflict(err)) {
        // Changed under us: still ours (then renew from the new version), or taken over.
        const now = await d.api.readNamespacedLease({ name: t.name, namespace: t.namespace }).catch(() => undefined)
        if (now?.spec?.holderIdentity === t.holder) current = now
        else if (now)
          lost.abort(new LeaseError(`Lease ${t.namespace}/${t.name} was taken over by ${now.spec?.holderIdentity ?? 'another run'}.`))
      }
      if (!lost.signal.aborted && Date.now() - lastRenewal > (durationMs * 2) / 3)
        lost.abort(
          new LeaseError(`Lease ${t.namespace}/${t.name} could not be renewed for ${Math.round((Date.now() - lastRenewal) / 1000)} s.`)
        )
    }
  }
  const schedule = (): void => {
    if (released || lost.signal.aborted) return
    // After a failed renewal, try again sooner.
    const delay = Date.now() - lastRenewal >= durationMs / 3 ? 1000 : durationMs / 3
    timer = setTimeout(() => {
      renewing = renew().finally(schedule)
    }, delay)
    timer.unref()
  }
  schedule()

  return {
    lost: lost.signal,
    async release(options) {
      released = true
      clearTimeout(timer)
      await renewing.catch(() => undefined)
      if (lost.signal.aborted) return
      try {
        if (options?.remove)
          await d.api.deleteNamespacedLease({
            name: t.name,
            namespace: t.namespace,
            body: { preconditions: { resourceVersion: current.metadata?.resourceVersion } }
          })
        else {
          const spec = { ...current.spec, holderIdentity: undefined, acquireTime: undefined, renewTime: asTime(Date.now()) }
          await d.api.replaceNamespacedLease({
            name: t.name,
            namespace: t.namespace,
            body: { ...leaseBody(t, '', Date.now(), 0, current), spec }
          })
        }
      } catch {
        // Not freed: it expires after its duration, and the next run takes it over then.
      }
    }
  }
}

/** Runs `fn` while holding the Lease; `fn` gets the signal that aborts when the Lease is lost. */
export async function withLease<T>(
  t: LeaseTarget,
  d: LeaseDeps,
  fn: (lost: AbortSignal) => Promise<T>,
  options?: { remove?: boolean }
): Promise<T> {
  const held = await acquireLease(t, d)
  try {
    return await fn(held.lost)
  } finally {
    await held.release(options)
  }
}
