// Server-side printing: kubectl asks for `application/json;as=Table;v=v1;g=meta.k8s.io` and prints the
// columns it gets. A few columns per kind, like the API server's printers.
import type { Json, KObject } from './types.js'

type Column = { name: string; type: string; format?: string; description: string; priority: number; cell: (o: KObject, now: number) => Json }

function age(ts: string | undefined, now: number): string {
  if (!ts) return '<unknown>'
  const s = Math.max(0, Math.floor((now - Date.parse(ts)) / 1000))
  if (s < 120) return `${s}s`
  if (s < 7200) return `${Math.floor(s / 60)}m`
  if (s < 172800) return `${Math.floor(s / 3600)}h`
  return `${Math.floor(s / 86400)}d`
}

const NAME: Column = { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.', priority: 0, cell: (o) => o.metadata.name }
const AGE: Column = { name: 'Age', type: 'string', description: 'CreationTimestamp is a timestamp representing the server time when this object was created.', priority: 0, cell: (o, now) => age(o.metadata.creationTimestamp, now) }

function podStatus(o: KObject): string {
  if (o.metadata.deletionTimestamp) return 'Terminating'
  const waiting = (o.status?.containerStatuses ?? []).map((c: Json) => c.state?.waiting?.reason ?? c.state?.terminated?.reason).find(Boolean)
  return waiting ?? o.status?.phase ?? 'Pending'
}

const COLUMNS: Record<string, Column[]> = {
  Pod: [
    NAME,
    { name: 'Ready', type: 'string', description: 'The aggregate readiness state of this pod for accepting traffic.', priority: 0, cell: (o) => `${(o.status?.containerStatuses ?? []).filter((c: Json) => c.ready).length}/${(o.spec?.containers ?? []).length}` },
    { name: 'Status', type: 'string', description: 'The aggregate status of the containers in this pod.', priority: 0, cell: podStatus },
    { name: 'Restarts', type: 'string', description: 'The number of times the containers in this pod have been restarted.', priority: 0, cell: () => '0' },
    AGE
  ],
  Namespace: [NAME, { name: 'Status', type: 'string', description: 'The status of the namespace', priority: 0, cell: (o) => o.status?.phase ?? 'Active' }, AGE],
  Secret: [NAME, { name: 'Type', type: 'string', description: 'The type of the secret', priority: 0, cell: (o) => o.type }, { name: 'Data', type: 'string', description: 'The number of entries in the data', priority: 0, cell: (o) => Object.keys(o.data ?? {}).length }, AGE],
  ServiceAccount: [NAME, AGE],
  Event: [
    { name: 'Last Seen', type: 'string', description: 'Time when this Event was last observed.', priority: 0, cell: (o, now) => age(o.lastTimestamp, now) },
    { name: 'Type', type: 'string', description: 'Type of this event.', priority: 0, cell: (o) => o.type },
    { name: 'Reason', type: 'string', description: 'Short, machine understandable string.', priority: 0, cell: (o) => o.reason },
    { name: 'Object', type: 'string', description: 'The object this Event is about.', priority: 0, cell: (o) => `${String(o.involvedObject?.kind ?? '').toLowerCase()}/${o.involvedObject?.name}` },
    { name: 'Message', type: 'string', description: 'A human-readable description of the status of this operation.', priority: 0, cell: (o) => o.message }
  ]
}

export const wantsTable = (accept: string | undefined): boolean => /as=Table/.test(accept ?? '')

export function toTable(kind: string, objects: KObject[], resourceVersion: string, includeObject: string | null, now: number): Json {
  const cols = COLUMNS[kind] ?? [NAME, AGE]
  return {
    kind: 'Table',
    apiVersion: 'meta.k8s.io/v1',
    metadata: { resourceVersion },
    columnDefinitions: cols.map(({ cell: _c, ...d }) => d),
    rows: objects.map((o) => ({
      cells: cols.map((c) => c.cell(o, now)),
      object:
        includeObject === 'None'
          ? undefined
          : includeObject === 'Object'
            ? { apiVersion: 'v1', kind, ...o }
            : { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata }
    }))
  }
}
