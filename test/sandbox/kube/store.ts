// The emulated etcd: objects per resource, one cluster-wide resourceVersion counter, and a bounded
// change history so watch requests can be answered from a resourceVersion.
import { clone, type KObject } from './types.js'

export interface ResourceDef {
  /** Plural, as in the URL. */
  resource: string
  kind: string
  singular: string
  namespaced: boolean
  shortNames?: string[]
  /** Field labels usable in fieldSelector besides metadata.name/namespace. */
  fieldSelectors: string[]
  /** Pods: DELETE marks the object and removes it after the grace period. */
  graceful?: boolean
  /** What DELETE answers, per the OpenAPI document: the object (pods, serviceaccounts) or a Status. */
  deleteReturnsObject?: boolean
  /** The API group; undefined = core (served under /api/v1). */
  group?: string
  /** The group's version (custom resources); default v1. */
  version?: string
}

/** The apiVersion of a resource's objects: `v1` for core, `group/v1` otherwise. */
export const groupVersion = (def: ResourceDef): string => (def.group ? `${def.group}/${def.version ?? 'v1'}` : 'v1')

export const RBAC_GROUP = 'rbac.authorization.k8s.io'
export const COORDINATION_GROUP = 'coordination.k8s.io'
export const APIEXTENSIONS_GROUP = 'apiextensions.k8s.io'

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']

export const RESOURCES: Record<string, ResourceDef> = {
  namespaces: { resource: 'namespaces', kind: 'Namespace', singular: 'namespace', namespaced: false, shortNames: ['ns'], fieldSelectors: ['status.phase'] },
  serviceaccounts: { resource: 'serviceaccounts', kind: 'ServiceAccount', singular: 'serviceaccount', namespaced: true, shortNames: ['sa'], fieldSelectors: [], deleteReturnsObject: true },
  secrets: { resource: 'secrets', kind: 'Secret', singular: 'secret', namespaced: true, fieldSelectors: ['type'] },
  configmaps: { resource: 'configmaps', kind: 'ConfigMap', singular: 'configmap', namespaced: true, shortNames: ['cm'], fieldSelectors: [] },
  pods: {
    resource: 'pods',
    kind: 'Pod',
    singular: 'pod',
    namespaced: true,
    shortNames: ['po'],
    graceful: true,
    deleteReturnsObject: true,
    fieldSelectors: ['spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName']
  },
  events: {
    resource: 'events',
    kind: 'Event',
    singular: 'event',
    namespaced: true,
    shortNames: ['ev'],
    fieldSelectors: [
      'involvedObject.kind',
      'involvedObject.namespace',
      'involvedObject.name',
      'involvedObject.uid',
      'involvedObject.apiVersion',
      'involvedObject.resourceVersion',
      'involvedObject.fieldPath',
      'reason',
      'reportingComponent',
      'source',
      'type'
    ]
  },
  // rbac.authorization.k8s.io/v1, namespaced objects only (what an action may grant within one namespace).
  roles: { resource: 'roles', kind: 'Role', singular: 'role', namespaced: true, fieldSelectors: [], group: RBAC_GROUP },
  rolebindings: { resource: 'rolebindings', kind: 'RoleBinding', singular: 'rolebinding', namespaced: true, fieldSelectors: [], group: RBAC_GROUP },
  // coordination.k8s.io/v1: Leases (what clients use for mutual exclusion; the action holds one per workload's runners).
  leases: { resource: 'leases', kind: 'Lease', singular: 'lease', namespaced: true, fieldSelectors: [], group: COORDINATION_GROUP },
  // apiextensions.k8s.io/v1: CustomResourceDefinitions; storing one serves its resources (crds.ts).
  customresourcedefinitions: { resource: 'customresourcedefinitions', kind: 'CustomResourceDefinition', singular: 'customresourcedefinition', namespaced: false, shortNames: ['crd', 'crds'], fieldSelectors: [], group: APIEXTENSIONS_GROUP }
}

export const resourceVerbs = (): string[] => VERBS

export type WatchType = 'ADDED' | 'MODIFIED' | 'DELETED'
export interface Change {
  rv: number
  type: WatchType
  resource: string
  object: KObject
}

const HISTORY = 2000

export class ObjectStore {
  private rv = 1000
  private readonly data = new Map<string, Map<string, KObject>>()
  private history: Change[] = []
  private readonly waiters = new Set<() => void>()
  private readonly listeners: Array<(c: Change) => void> = []

  private bucket(resource: string): Map<string, KObject> {
    let b = this.data.get(resource)
    if (!b) this.data.set(resource, (b = new Map()))
    return b
  }

  private static key(ns: string | undefined, name: string): string {
    return `${ns ?? ''}/${name}`
  }

  currentRv(): string {
    return String(this.rv)
  }

  /** The oldest resourceVersion a watch can still start from. */
  oldestRv(): number {
    return this.history[0]?.rv ?? this.rv
  }

  get(resource: string, ns: string | undefined, name: string): KObject | undefined {
    return clone(this.bucket(resource).get(ObjectStore.key(ns, name)))
  }

  list(resource: string, ns?: string): KObject[] {
    return [...this.bucket(resource).values()].filter((o) => ns === undefined || o.metadata.namespace === ns).map(clone)
  }

  /** Every stored object of every resource (for garbage collection by owner uid). */
  all(): Array<{ resource: string; object: KObject }> {
    return [...this.data.entries()].flatMap(([resource, b]) => [...b.values()].map((object) => ({ resource, object: clone(object) })))
  }

  /** Stores the object with a fresh resourceVersion; returns the stored copy. */
  put(resource: string, obj: KObject): KObject {
    const key = ObjectStore.key(obj.metadata.namespace, obj.metadata.name!)
    const existed = this.bucket(resource).has(key)
    const stored = clone(obj)
    stored.metadata.resourceVersion = String(++this.rv)
    this.bucket(resource).set(key, stored)
    this.record({ rv: this.rv, type: existed ? 'MODIFIED' : 'ADDED', resource, object: clone(stored) })
    return clone(stored)
  }

  remove(resource: string, ns: string | undefined, name: string): KObject | undefined {
    const key = ObjectStore.key(ns, name)
    const obj = this.bucket(resource).get(key)
    if (!obj) return undefined
    this.bucket(resource).delete(key)
    const gone = clone(obj)
    gone.metadata.resourceVersion = String(++this.rv)
    this.record({ rv: this.rv, type: 'DELETED', resource, object: clone(gone) })
    return gone
  }

  /** Changes after `rv`, oldest first. */
  since(rv: number): Change[] {
    return this.history.filter((c) => c.rv > rv).map((c) => ({ ...c, object: clone(c.object) }))
  }

  /** Resolves when the next change is recorded or after `ms`. */
  waitForChange(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer)
        this.waiters.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      timer.unref?.()
      this.waiters.add(done)
    })
  }

  clear(): void {
    this.data.clear()
    this.history = []
    for (const w of [...this.waiters]) w()
  }

  /** Calls `fn` after every recorded change, synchronously (controllers of the emulated cluster). */
  onChange(fn: (c: Change) => void): void {
    this.listeners.push(fn)
  }

  private record(c: Change): void {
    this.history.push(c)
    if (this.history.length > HISTORY) this.history = this.history.slice(-HISTORY)
    for (const w of [...this.waiters]) w()
    for (const l of this.listeners) l(c)
  }
}
