// Pods: the defaults and built-in admission the API server applies at creation (ServiceAccount plugin,
// DefaultTolerationSeconds), and a simulated scheduler + kubelet: Pending → Running after a delay, or
// ErrImagePull → ImagePullBackOff for images containing `invalid`, with the usual events; a pod can be
// told to finish (Succeeded or Failed), as a runner pod does after its job.
import { createHash, randomBytes } from 'node:crypto'
import { forbidden } from './status.js'
import { rfc3339, type Json, type KObject } from './types.js'

export const NODE_NAME = 'aks-nodepool1-31718369-vmss000000'
const HOST_IP = '10.224.0.4'

/** Random suffix alphabet of generateName and kube-api-access volumes (k8s.io/apimachinery rand.String). */
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789'
export function randomSuffix(n = 5): string {
  return [...randomBytes(n)].map((b) => ALPHANUMS[b % ALPHANUMS.length]).join('')
}

function pullPolicy(image: string): string {
  const tag = /:([^/:@]+)$/.exec(image)?.[1]
  return image.includes('@') ? 'IfNotPresent' : !tag || tag === 'latest' ? 'Always' : 'IfNotPresent'
}

/** SetDefaults_Pod and friends: the fields a created pod shows even when the manifest omits them. */
export function defaultPod(pod: KObject): void {
  const spec = (pod.spec ??= {})
  spec.restartPolicy ??= 'Always'
  spec.terminationGracePeriodSeconds ??= 30
  spec.dnsPolicy ??= 'ClusterFirst'
  spec.securityContext ??= {}
  spec.schedulerName ??= 'default-scheduler'
  spec.enableServiceLinks ??= true
  spec.priority ??= 0
  spec.preemptionPolicy ??= 'PreemptLowerPriority'
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as Json[]) {
    c.terminationMessagePath ??= '/dev/termination-log'
    c.terminationMessagePolicy ??= 'File'
    c.imagePullPolicy ??= pullPolicy(String(c.image ?? ''))
    c.resources ??= {}
    for (const port of (c.ports ?? []) as Json[]) port.protocol ??= 'TCP'
  }
}

/**
 * The ServiceAccount admission plugin: default `serviceAccountName`, refuse a pod whose service account
 * does not exist (403, before any webhook runs), and mount the kube-api-access projected volume.
 * DefaultTolerationSeconds adds the not-ready/unreachable tolerations.
 */
export function admitPod(pod: KObject, namespace: string, sa: KObject | undefined): void {
  const spec = pod.spec
  spec.serviceAccountName ||= 'default'
  spec.serviceAccount = spec.serviceAccountName
  const name = pod.metadata.name || pod.metadata.generateName || ''
  if (!sa) throw forbidden('pods', name, `error looking up service account ${namespace}/${spec.serviceAccountName}: serviceaccount "${spec.serviceAccountName}" not found`)
  if (spec.automountServiceAccountToken !== false && sa.automountServiceAccountToken !== false) {
    const volume = `kube-api-access-${randomSuffix()}`
    spec.volumes = [
      ...(spec.volumes ?? []),
      {
        name: volume,
        projected: {
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
            { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } }
          ],
          defaultMode: 420
        }
      }
    ]
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])] as Json[])
      c.volumeMounts = [...(c.volumeMounts ?? []), { name: volume, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }]
  }
  const tolerations: Json[] = (spec.tolerations ??= [])
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'])
    if (!tolerations.some((t) => t.key === key)) tolerations.push({ key, operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 })
}

/** What the lifecycle needs from the API server: status writes as the kubelet, and event creation. */
export interface PodHost {
  /** Applies `fn` to the stored pod's status (and spec.nodeName) as manager `manager`; false if the pod is gone. */
  updatePod(namespace: string, name: string, uid: string, manager: string, fn: (pod: KObject) => void): boolean
  createEvent(event: KObject): void
  now(): number
  /** The stored Secret, if any (a container whose env reads a missing one cannot start). */
  readSecret(namespace: string, name: string): KObject | undefined
}

/**
 * What keeps the kubelet from creating a container: a Secret its env (`valueFrom.secretKeyRef`, `envFrom`)
 * reads that does not exist, or lacks the key (not for optional references). The kubelet's own messages.
 */
export function missingSecretRefs(pod: KObject, readSecret: (name: string) => KObject | undefined): string[] {
  const out: string[] = []
  for (const c of [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])] as Json[]) {
    for (const e of (c.env ?? []) as Json[]) {
      const ref = e.valueFrom?.secretKeyRef
      if (!ref?.name || ref.optional) continue
      const secret = readSecret(String(ref.name))
      if (!secret) out.push(`secret "${ref.name}" not found`)
      else if (!(ref.key in (secret.data ?? {})) && !(ref.key in (secret.stringData ?? {}))) out.push(`couldn't find key ${ref.key} in Secret ${pod.metadata.namespace}/${ref.name}`)
    }
    for (const f of (c.envFrom ?? []) as Json[]) {
      if (f.secretRef?.name && !f.secretRef.optional && !readSecret(String(f.secretRef.name))) out.push(`secret "${f.secretRef.name}" not found`)
    }
  }
  return [...new Set(out)]
}

type Phase = 'Succeeded' | 'Failed'

// kube-apiserver sends `lastProbeTime: null`; the OpenAPI schema (Time, not nullable) does not allow it, and the spec wins.
const condition = (type: string, status: 'True' | 'False', now: string, reason?: string): Json => ({
  type,
  status,
  lastTransitionTime: now,
  ...(reason ? { reason } : {})
})

const fakeDigest = (s: string): string => createHash('sha256').update(s).digest('hex')
const imageRef = (image: string): string => (image.includes('/') ? image : `docker.io/library/${image}`)

/**
 * How pods move through their life:
 * - `instant` (the default of startSandbox): every transition happens at once, when the pod is created or
 *   deleted, after its answer is stored (the create answers Pending; the next read sees Running, or
 *   ImagePullBackOff for an `invalid` image; a graceful DELETE answers the terminating pod, which is gone
 *   on the next read). Deterministic: what a test reads never depends on timing.
 * - `manual`: nothing happens until the test advances pods (`advance()`, `POST /kube/lifecycle/advance`),
 *   one transition at a time or all of them: for tests of intermediate states (Pending, Terminating).
 * - `timers`: transitions after real delays (`podStartMs`, `podStopMs`), as a person running
 *   `npm run sandbox` sees a cluster behave. No test should depend on it.
 */
export type PodLifecycleMode = 'instant' | 'manual' | 'timers'
export const POD_LIFECYCLE_MODES: readonly PodLifecycleMode[] = ['instant', 'manual', 'timers']

/** One step of a pod's life: scheduled, Running, the two image-pull failures, or removal after a graceful delete. */
export type PodTransition = 'Scheduled' | 'Running' | 'ErrImagePull' | 'ImagePullBackOff' | 'Removed'

interface Step {
  transition: PodTransition
  /** Delay in `timers` mode, from when the step was queued. */
  delayMs: number
  run: () => void
  timer?: NodeJS.Timeout
}

interface Tracked {
  namespace: string
  name: string
  steps: Step[]
}

export interface AdvancedPod {
  namespace: string
  name: string
  transition: PodTransition
}

export class PodLifecycle {
  private readonly pods = new Map<string, Tracked>()
  /** Pods whose containers wait for a Secret (CreateContainerConfigError): uid → how to try again. */
  private readonly blocked = new Map<string, { namespace: string; name: string; retry: () => void }>()

  constructor(
    private readonly host: PodHost,
    public mode: PodLifecycleMode,
    public startMs: number,
    public stopMs: number
  ) {}

  /** Starts the simulated life of a newly created pod. */
  track(pod: KObject): void {
    const { namespace, name, uid } = pod.metadata as { namespace: string; name: string; uid: string }
    const containers = (pod.spec.containers as Json[]).map((c) => ({ name: String(c.name), image: String(c.image) }))
    const broken = containers.some((c) => c.image.includes('invalid'))
    const steps: Step[] = [{ transition: 'Scheduled', delayMs: Math.min(20, this.startMs / 4), run: () => this.schedule(namespace, name, uid, containers) }]
    if (broken) {
      steps.push({ transition: 'ErrImagePull', delayMs: this.startMs, run: () => this.pullFailed(namespace, name, uid, pod, 'ErrImagePull') })
      steps.push({ transition: 'ImagePullBackOff', delayMs: this.startMs * 2, run: () => this.pullFailed(namespace, name, uid, pod, 'ImagePullBackOff') })
    } else steps.push({ transition: 'Running', delayMs: this.startMs, run: () => this.run(namespace, name, uid, pod) })
    this.queue(uid, namespace, name, steps)
  }

  /**
   * A graceful DELETE: the pod (already stored as terminating) is removed by `remove` after its grace
   * period, bounded by `podStopMs` in `timers` mode. Whatever start-up was still pending is dropped.
   */
  terminate(pod: KObject, graceSeconds: number, remove: () => void): void {
    const { namespace, name, uid } = pod.metadata as { namespace: string; name: string; uid: string }
    this.forget(uid)
    this.queue(uid, namespace, name, [{ transition: 'Removed', delayMs: Math.min(graceSeconds * 1000, this.stopMs), run: remove }])
  }

  private queue(uid: string, namespace: string, name: string, steps: Step[]): void {
    if (this.mode === 'instant') {
      for (const step of steps) step.run()
      return
    }
    const tracked: Tracked = { namespace, name, steps }
    this.pods.set(uid, tracked)
    if (this.mode === 'manual') return
    for (const step of steps) {
      step.timer = setTimeout(() => {
        tracked.steps = tracked.steps.filter((s) => s !== step)
        if (!tracked.steps.length && this.pods.get(uid) === tracked) this.pods.delete(uid)
        step.run()
      }, step.delayMs)
      step.timer.unref?.()
    }
  }

  /**
   * Runs the next pending transition of every pod that matches (or all of their transitions with `all`),
   * whatever the mode; returns what happened, in order.
   */
  advance(filter: { namespace?: string; name?: string; all?: boolean } = {}): AdvancedPod[] {
    const done: AdvancedPod[] = []
    for (const [uid, t] of [...this.pods]) {
      if ((filter.namespace && filter.namespace !== t.namespace) || (filter.name && filter.name !== t.name)) continue
      do {
        const step = t.steps.shift()
        if (!step) break
        // Its timer (timers mode) must not run it a second time.
        clearTimeout(step.timer)
        if (!t.steps.length) this.pods.delete(uid)
        done.push({ namespace: t.namespace, name: t.name, transition: step.transition })
        step.run()
      } while (filter.all && this.pods.get(uid) === t)
    }
    return done
  }

  /** Pods with transitions still to come, and those transitions in order. */
  pending(): Array<{ namespace: string; name: string; next: PodTransition[] }> {
    return [...this.pods.values()].map((t) => ({ namespace: t.namespace, name: t.name, next: t.steps.map((s) => s.transition) }))
  }

  /**
   * A Secret was written in `namespace`: pods waiting for one try to start again (the kubelet retries
   * on its own; here the retry is a transition like any other, so `manual` mode holds it for the test).
   */
  secretWritten(namespace: string): void {
    for (const [uid, b] of [...this.blocked]) {
      if (b.namespace !== namespace || this.pods.has(uid)) continue
      this.blocked.delete(uid)
      this.queue(uid, b.namespace, b.name, [{ transition: 'Running', delayMs: Math.min(20, this.startMs / 4), run: b.retry }])
    }
  }

  forget(uid: string): void {
    for (const step of this.pods.get(uid)?.steps ?? []) clearTimeout(step.timer)
    this.pods.delete(uid)
    this.blocked.delete(uid)
  }

  clear(): void {
    for (const uid of [...this.pods.keys(), ...this.blocked.keys()]) this.forget(uid)
  }

  private event(pod: { namespace: string; name: string; uid: string }, type: 'Normal' | 'Warning', reason: string, message: string, component: string, fieldPath?: string): void {
    const now = rfc3339(this.host.now())
    this.host.createEvent({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${pod.name}.${(BigInt(this.host.now()) * 1000000n + BigInt(Math.floor(Math.random() * 1e6))).toString(16)}`, namespace: pod.namespace },
      involvedObject: { kind: 'Pod', namespace: pod.namespace, name: pod.name, uid: pod.uid, apiVersion: 'v1', ...(fieldPath ? { fieldPath } : {}) },
      reason,
      message,
      source: { component, ...(component === 'kubelet' ? { host: NODE_NAME } : {}) },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      reportingComponent: component,
      reportingInstance: component === 'kubelet' ? NODE_NAME : ''
    })
  }

  private schedule(namespace: string, name: string, uid: string, containers: Array<{ name: string; image: string }>): void {
    const ok = this.host.updatePod(namespace, name, uid, 'kube-scheduler', (p) => {
      p.spec.nodeName = NODE_NAME
      p.status = { ...p.status, conditions: [condition('PodScheduled', 'True', rfc3339(this.host.now()))] }
    })
    if (!ok) return
    const ref = { namespace, name, uid }
    this.event(ref, 'Normal', 'Scheduled', `Successfully assigned ${namespace}/${name} to ${NODE_NAME}`, 'default-scheduler')
    for (const c of containers) this.event(ref, 'Normal', 'Pulling', `Pulling image "${c.image}"`, 'kubelet', `spec.containers{${c.name}}`)
  }

  private baseStatus(p: KObject, now: string): Json {
    return {
      ...p.status,
      hostIP: HOST_IP,
      hostIPs: [{ ip: HOST_IP }],
      podIP: `10.244.0.${10 + (parseInt(String(p.metadata.uid).slice(0, 2), 16) % 200)}`,
      podIPs: [{ ip: `10.244.0.${10 + (parseInt(String(p.metadata.uid).slice(0, 2), 16) % 200)}` }],
      startTime: p.status?.startTime ?? now,
      qosClass: 'BestEffort'
    }
  }

  private run(namespace: string, name: string, uid: string, pod: KObject): void {
    const missing = missingSecretRefs(pod, (secret) => this.host.readSecret(namespace, secret))
    if (missing.length) return this.configError(namespace, name, uid, pod, missing)
    const now = rfc3339(this.host.now())
    const ok = this.host.updatePod(namespace, name, uid, 'kubelet', (p) => {
      p.status = {
        ...this.baseStatus(p, now),
        phase: 'Running',
        conditions: [
          condition('PodReadyToStartContainers', 'True', now),
          condition('Initialized', 'True', now),
          condition('Ready', 'True', now),
          condition('ContainersReady', 'True', now),
          condition('PodScheduled', 'True', now)
        ],
        containerStatuses: (p.spec.containers as Json[]).map((c) => ({
          name: c.name,
          state: { running: { startedAt: now } },
          lastState: {},
          ready: true,
          restartCount: 0,
          image: imageRef(c.image),
          imageID: `${imageRef(String(c.image).split(':')[0]!)}@sha256:${fakeDigest(c.image)}`,
          containerID: `containerd://${fakeDigest(`${uid}/${c.name}`)}`,
          started: true
        }))
      }
    })
    if (!ok) return
    const ref = { namespace, name, uid }
    for (const c of pod.spec.containers as Json[]) {
      const fieldPath = `spec.containers{${c.name}}`
      this.event(ref, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in 812ms (812ms including waiting). Image size: 73425816 bytes.`, 'kubelet', fieldPath)
      this.event(ref, 'Normal', 'Created', `Created container: ${c.name}`, 'kubelet', fieldPath)
      this.event(ref, 'Normal', 'Started', `Started container ${c.name}`, 'kubelet', fieldPath)
    }
  }

  /** The kubelet cannot build a container's environment: Pending, CreateContainerConfigError, until the Secret exists. */
  private configError(namespace: string, name: string, uid: string, pod: KObject, missing: string[]): void {
    const now = rfc3339(this.host.now())
    const unready = `containers with unready status: [${(pod.spec.containers as Json[]).map((c) => c.name).join(' ')}]`
    const ok = this.host.updatePod(namespace, name, uid, 'kubelet', (p) => {
      p.status = {
        ...this.baseStatus(p, now),
        phase: 'Pending',
        conditions: [
          condition('PodReadyToStartContainers', 'True', now),
          condition('Initialized', 'True', now),
          { ...condition('Ready', 'False', now, 'ContainersNotReady'), message: unready },
          { ...condition('ContainersReady', 'False', now, 'ContainersNotReady'), message: unready },
          condition('PodScheduled', 'True', now)
        ],
        containerStatuses: (p.spec.containers as Json[]).map((c) => ({
          name: c.name,
          state: { waiting: { reason: 'CreateContainerConfigError', message: missing[0] } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: imageRef(c.image),
          imageID: '',
          started: false
        }))
      }
    })
    if (!ok) return
    this.blocked.set(uid, { namespace, name, retry: () => this.run(namespace, name, uid, pod) })
    for (const c of pod.spec.containers as Json[]) this.event({ namespace, name, uid }, 'Warning', 'Failed', `Error: ${missing[0]}`, 'kubelet', `spec.containers{${c.name}}`)
  }

  private pullFailed(namespace: string, name: string, uid: string, pod: KObject, reason: 'ErrImagePull' | 'ImagePullBackOff'): void {
    const now = rfc3339(this.host.now())
    const ok = this.host.updatePod(namespace, name, uid, 'kubelet', (p) => {
      p.status = {
        ...this.baseStatus(p, now),
        phase: 'Pending',
        conditions: [
          condition('PodReadyToStartContainers', 'True', now),
          condition('Initialized', 'True', now),
          { ...condition('Ready', 'False', now, 'ContainersNotReady'), message: `containers with unready status: [${(p.spec.containers as Json[]).map((c) => c.name).join(' ')}]` },
          { ...condition('ContainersReady', 'False', now, 'ContainersNotReady'), message: `containers with unready status: [${(p.spec.containers as Json[]).map((c) => c.name).join(' ')}]` },
          condition('PodScheduled', 'True', now)
        ],
        containerStatuses: (p.spec.containers as Json[]).map((c) => ({
          name: c.name,
          state: String(c.image).includes('invalid')
            ? {
                waiting: {
                  reason,
                  message:
                    reason === 'ErrImagePull'
                      ? `rpc error: code = NotFound desc = failed to pull and unpack image "${imageRef(c.image)}": not found`
                      : `Back-off pulling image "${c.image}": ErrImagePull: not found`
                }
              }
            : { waiting: { reason: 'PodInitializing' } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: c.image,
          imageID: '',
          started: false
        }))
      }
    })
    if (!ok) return
    const ref = { namespace, name, uid }
    for (const c of (pod.spec.containers as Json[]).filter((x) => String(x.image).includes('invalid'))) {
      const fieldPath = `spec.containers{${c.name}}`
      if (reason === 'ErrImagePull') {
        this.event(ref, 'Warning', 'Failed', `Failed to pull image "${c.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${imageRef(c.image)}": not found`, 'kubelet', fieldPath)
        this.event(ref, 'Warning', 'Failed', 'Error: ErrImagePull', 'kubelet', fieldPath)
      } else {
        this.event(ref, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, 'kubelet', fieldPath)
        this.event(ref, 'Warning', 'Failed', 'Error: ImagePullBackOff', 'kubelet', fieldPath)
      }
    }
  }

  /** Ends a running pod as its containers exiting would (exit code 0 → Succeeded, 1 → Failed). */
  finish(namespace: string, name: string, uid: string, phase: Phase): boolean {
    this.forget(uid)
    const now = rfc3339(this.host.now())
    const exitCode = phase === 'Succeeded' ? 0 : 1
    const reason = phase === 'Succeeded' ? 'Completed' : 'Error'
    return this.host.updatePod(namespace, name, uid, 'kubelet', (p) => {
      const base = this.baseStatus(p, now)
      p.status = {
        ...base,
        phase,
        conditions: [
          condition('PodReadyToStartContainers', 'False', now),
          condition('Initialized', 'True', now),
          condition('Ready', 'False', now, phase === 'Succeeded' ? 'PodCompleted' : 'PodFailed'),
          condition('ContainersReady', 'False', now, phase === 'Succeeded' ? 'PodCompleted' : 'PodFailed'),
          condition('PodScheduled', 'True', now)
        ],
        containerStatuses: (p.spec.containers as Json[]).map((c) => ({
          name: c.name,
          state: { terminated: { exitCode, reason, startedAt: base.startTime, finishedAt: now, containerID: `containerd://${fakeDigest(`${uid}/${c.name}`)}` } },
          lastState: {},
          ready: false,
          restartCount: 0,
          image: imageRef(c.image),
          imageID: `${imageRef(String(c.image).split(':')[0]!)}@sha256:${fakeDigest(c.image)}`,
          containerID: `containerd://${fakeDigest(`${uid}/${c.name}`)}`,
          started: false
        }))
      }
    })
  }
}
