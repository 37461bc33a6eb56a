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

export class PodLifecycle {
  private readonly timers = new Map<string, NodeJS.Timeout[]>()

  constructor(
    private readonly host: PodHost,
    public startMs: number
  ) {}

  /** Starts the simulated life of a newly created pod. */
  track(pod: KObject): void {
    const { namespace, name, uid } = pod.metadata as { namespace: string; name: string; uid: string }
    const containers = (pod.spec.containers as Json[]).map((c) => ({ name: String(c.name), image: String(c.image) }))
    const broken = containers.some((c) => c.image.includes('invalid'))
    const at = (ms: number, fn: () => void): void => {
      const t = setTimeout(fn, ms)
      t.unref?.()
      this.timers.set(uid, [...(this.timers.get(uid) ?? []), t])
    }
    at(Math.min(20, this.startMs / 4), () => this.schedule(namespace, name, uid, containers))
    if (broken) {
      at(this.startMs, () => this.pullFailed(namespace, name, uid, pod, 'ErrImagePull'))
      at(this.startMs * 2, () => this.pullFailed(namespace, name, uid, pod, 'ImagePullBackOff'))
    } else at(this.startMs, () => this.run(namespace, name, uid, pod))
  }

  forget(uid: string): void {
    for (const t of this.timers.get(uid) ?? []) clearTimeout(t)
    this.timers.delete(uid)
  }

  clear(): void {
    for (const uid of [...this.timers.keys()]) this.forget(uid)
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
