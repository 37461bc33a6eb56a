// Waiting for runner pods to be Running: progress in the log while they start, and on failure (a terminal
// container state, a finished pod, or the timeout) an error that carries each pod's phase, conditions,
// container states and events, which is what `kubectl describe pod` would have shown.
import type { CoreV1Api, CoreV1Event, V1Pod } from '@kubernetes/client-node'
import { isNotFound, wrapKubeError } from './errors.js'

/** Waiting reasons the kubelet will not get out of by itself in the time we wait. */
const TERMINAL_WAITING = new Set([
  'ImagePullBackOff',
  'InvalidImageName',
  'ErrImageNeverPull',
  'CrashLoopBackOff',
  'CreateContainerError',
  'RunContainerError'
])

export type PodProgress = { state: 'running' } | { state: 'starting'; detail: string } | { state: 'failed'; detail: string }

/** Pure: where one pod stands. */
export function podProgress(pod: V1Pod): PodProgress {
  const phase = pod.status?.phase ?? 'Pending'
  if (phase === 'Running') return { state: 'running' }
  if (phase === 'Succeeded' || phase === 'Failed') return { state: 'failed', detail: `pod ${phase} before it was seen Running` }
  for (const cs of [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])]) {
    const w = cs.state?.waiting
    if (w?.reason && TERMINAL_WAITING.has(w.reason))
      return { state: 'failed', detail: `container ${cs.name}: ${w.reason}${w.message ? `: ${w.message}` : ''}` }
  }
  const waiting = (pod.status?.containerStatuses ?? []).map((cs) => cs.state?.waiting?.reason).find(Boolean)
  const unscheduled = pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False')
  return {
    state: 'starting',
    detail:
      waiting ??
      (unscheduled
        ? `unschedulable: ${unscheduled.message ?? unscheduled.reason ?? ''}`
        : pod.spec?.nodeName
          ? 'ContainerCreating'
          : 'Pending')
  }
}

/** Pure: the describe-like text of a pod that did not come up. */
export function describePod(pod: V1Pod, events: CoreV1Event[]): string {
  const lines = [`pod ${pod.metadata?.namespace}/${pod.metadata?.name}: phase ${pod.status?.phase ?? 'Pending'}`]
  for (const c of pod.status?.conditions ?? [])
    lines.push(`  condition ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}${c.message ? `: ${c.message}` : ''}`)
  for (const cs of pod.status?.containerStatuses ?? []) {
    const s = cs.state
    const text = s?.waiting
      ? `waiting ${s.waiting.reason ?? ''}${s.waiting.message ? `: ${s.waiting.message}` : ''}`
      : s?.terminated
        ? `terminated ${s.terminated.reason ?? ''} (exit ${s.terminated.exitCode})`
        : s?.running
          ? 'running'
          : 'unknown'
    lines.push(`  container ${cs.name}: ${text}`)
  }
  const sorted = [...events].sort((a, b) =>
    String(a.lastTimestamp ?? a.eventTime ?? '').localeCompare(String(b.lastTimestamp ?? b.eventTime ?? ''))
  )
  for (const e of sorted) lines.push(`  event ${e.type ?? ''} ${e.reason ?? ''}: ${e.message ?? ''}`)
  return lines.join('\n')
}

export class PodWaitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PodWaitError'
  }
}

export interface WaitOptions {
  timeoutMs: number
  /** How often to look (default 1 s). */
  pollMs?: number
  /** Log a progress line at least this often while nothing changes (default 15 s). */
  progressEveryMs?: number
  info: (message: string) => void
}

async function podEvents(api: CoreV1Api, namespace: string, name: string): Promise<CoreV1Event[]> {
  try {
    return (await api.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${name}` })).items
  } catch {
    return [] // the events only explain; never let reading them hide the real failure
  }
}

/** Resolves when every named pod is Running; throws PodWaitError with the pods' state and events otherwise. */
export async function waitForRunning(api: CoreV1Api, namespace: string, names: string[], o: WaitOptions): Promise<void> {
  if (names.length === 0) return
  const start = Date.now()
  const pollMs = o.pollMs ?? 1000
  const every = o.progressEveryMs ?? 15_000
  let lastLine = ''
  let lastAt = 0
  for (;;) {
    const pods = await Promise.all(
      names.map(async (name) => {
        try {
          return await api.readNamespacedPod({ name, namespace })
        } catch (err) {
          if (isNotFound(err)) return undefined
          throw wrapKubeError(`Reading pod ${namespace}/${name}`, err)
        }
      })
    )
    const gone = names.filter((_, i) => !pods[i])
    if (gone.length)
      throw new PodWaitError(
        `Runner pod${gone.length > 1 ? 's' : ''} ${gone.join(', ')} in ${namespace} disappeared while waiting for Running (deleted by someone else?).`
      )
    const progress = pods.map((p) => podProgress(p!))
    const failed = pods.filter((_, i) => progress[i]!.state === 'failed') as V1Pod[]
    const timedOut = Date.now() - start >= o.timeoutMs
    if (failed.length || (timedOut && progress.some((p) => p.state !== 'running'))) {
      const bad = failed.length ? failed : (pods.filter((_, i) => progress[i]!.state !== 'running') as V1Pod[])
      const details = await Promise.all(bad.map(async (p) => describePod(p, await podEvents(api, namespace, p.metadata!.name!))))
      const why = failed.length ? 'failed to start' : `not Running after ${Math.round(o.timeoutMs / 1000)} s ('wait-timeout')`
      throw new PodWaitError(`Runner pod${bad.length > 1 ? 's' : ''} ${why}:\n${details.join('\n')}`)
    }
    const running = progress.filter((p) => p.state === 'running').length
    const line =
      `Waiting for runner pods: ${running}/${names.length} Running` +
      progress.map((p, i) => (p.state === 'starting' ? `; ${names[i]}: ${p.detail}` : '')).join('')
    if (running === names.length) {
      o.info(`Runner pods Running: ${names.join(', ')} (${((Date.now() - start) / 1000).toFixed(1)} s).`)
      return
    }
    if (line !== lastLine || Date.now() - lastAt >= every) {
      o.info(line)
      lastLine = line
      lastAt = Date.now()
    }
    await new Promise((r) => setTimeout(r, pollMs))
  }
}
