// `runner-count: auto` (pure): how many runner pods to keep, from the queued jobs our runners match (counted by the
// GitHub adapter, src/github/queue.ts) and the pods there are. Idle runners are wanted for every matching queued job,
// at least `runner-min` of them; busy runners (the registration's busy flag) are never idle and never removed; all
// runners together stay within `runner-max`, so busy ones leave less room for idle ones. Scaling down removes only
// idle pods (runner-pods.ts planRunners: busy ones are kept first, then running, then pending; the oldest go first).
import type { QueueCount } from '../github/queue.js'
import type { RunnerPlan } from './runner-pods.js'

export interface AutoscaleSpec {
  min: number
  max: number
  /** The labels the runners register with (`runner-labels`): what a queued job's `runs-on` must be among. */
  labels: string[]
}

export interface Scaling {
  /** Healthy pods to keep (busy ones included): planRunners' `count`. */
  count: number
  /** Queued jobs our runners match (0 when GitHub was not asked). */
  matching: number
  idle: number
  /** Busy runners: kept healthy ones and those left to finish a job (outdated or without their Secret). */
  busy: number
  /** Idle runners wanted after the run. */
  idleTarget: number
  /** "3 queued jobs match, 1 idle runner: create 2" */
  reason: string
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

/**
 * `all`: the plan with every healthy pod kept (so that `keep` lists them); `busy`: whether a pod's runner runs a job.
 */
export function autoscale(a: AutoscaleSpec, demand: QueueCount | undefined, all: RunnerPlan, busy: (name: string) => boolean): Scaling {
  const matching = demand?.matching ?? 0
  const busyKept = all.keep.filter((p) => busy(p.name)).length
  const busyAll = busyKept + all.deferred.length
  const idle = all.keep.length - busyKept
  const wanted = Math.max(a.min, matching)
  const room = Math.max(0, a.max - busyAll)
  const idleTarget = Math.min(wanted, room)
  const change = idleTarget > idle ? `create ${idleTarget - idle}` : idleTarget < idle ? `remove ${idle - idleTarget}` : 'no change'
  const bound =
    wanted > room
      ? ` (runner-max ${a.max}${busyAll ? `, ${busyAll} of them busy` : ''})`
      : a.min > matching && idleTarget !== idle
        ? ` (runner-min ${a.min})`
        : ''
  const jobs = `${plural(matching, 'queued job')} ${matching === 1 ? 'matches' : 'match'}`
  const runners = `${plural(idle, 'idle runner')}${busyAll ? `, ${busyAll} busy` : ''}`
  return { count: busyKept + idleTarget, matching, idle, busy: busyAll, idleTarget, reason: `${jobs}, ${runners}: ${change}${bound}` }
}
