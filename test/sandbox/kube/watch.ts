// Watches, streamed (chunked JSON lines) as kube-apiserver sends them: ADDED for every current object when
// no resourceVersion is given (or, for client-go's streaming list, `sendInitialEvents=true`, followed by the
// bookmark that ends them), then every change after the resourceVersion as it happens, until
// `timeoutSeconds` (at most 10 minutes) or the client leaves.
import type { SandboxResponse } from '../frame.js'
import { status } from './status.js'
import type { ObjectStore } from './store.js'
import type { Json, KObject } from './types.js'

export interface WatchRequest {
  resource: string
  kind: string
  namespace?: string
  match: (o: KObject) => boolean
  /** How an object travels in an event (typed object, or a one-row Table for kubectl get -w). */
  present: (o: KObject) => Json
  resourceVersion: string | null
  timeoutSeconds: string | null
  sendInitialEvents: boolean
}

const line = (type: string, object: unknown): string => `${JSON.stringify({ type, object })}\n`
const HEADERS = { 'content-type': 'application/json' }

export function watchResponse(store: ObjectStore, w: WatchRequest): SandboxResponse {
  const since = w.resourceVersion
  const fromStart = w.sendInitialEvents || !since || since === '0'
  if (!fromStart && Number(since) < store.oldestRv() - 1) {
    return { status: 200, headers: HEADERS, body: line('ERROR', status(410, 'Expired', `too old resource version: ${since} (${store.oldestRv()})`)) }
  }
  const timeoutMs = Math.min(600, Number(w.timeoutSeconds ?? 600)) * 1000
  async function* events(): AsyncGenerator<string> {
    let from = fromStart ? Number(store.currentRv()) : Number(since)
    if (fromStart) {
      for (const o of store.list(w.resource, w.namespace).filter(w.match)) yield line('ADDED', w.present(o))
      const bookmark = { kind: w.kind, apiVersion: 'v1', metadata: { resourceVersion: String(from), annotations: { 'k8s.io/initial-events-end': 'true' } } }
      if (w.sendInitialEvents) yield line('BOOKMARK', bookmark)
    }
    const deadline = Date.now() + timeoutMs
    while (Date.now() < deadline) {
      const changes = store.since(from).filter((c) => c.resource === w.resource && (w.namespace === undefined || c.object.metadata.namespace === w.namespace) && w.match(c.object))
      // Everything up to now has been looked at (this part runs synchronously: no change slips through).
      from = Number(store.currentRv())
      for (const c of changes) yield line(c.type, w.present(c.object))
      // Short slices, so a client that left is noticed within a second.
      await store.waitForChange(Math.min(1000, deadline - Date.now()))
    }
  }
  return { status: 200, headers: HEADERS, body: events() }
}
