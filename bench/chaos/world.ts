// What the campaign checks in the sandbox's world (read from `GET /state?detail=full`, never from src/): whether a
// workload's desired state holds exactly, duplicates, orphans, and a fingerprint of one workload's objects so that
// another workload's runs can be shown to leave them alone.
import { createHash } from 'node:crypto'
import type { RoleAssignment } from '../../test/sandbox/azure/world.js'

/** One workload of the shared cluster, identity and runner scope. */
export interface Workload {
  name: string
  namespace: string
  serviceAccount: string
  /** Role name (built-in) and its definition GUID. */
  role: string
  roleGuid: string
  scope: string
  runnerCount: number
}

export const AUDIENCE = 'api://AzureADTokenExchange'

// The slices of the state dump the checks read.
export interface Fic {
  id: string
  name: string
  issuer: string
  subject: string
  audiences: string[]
}
export interface Identity {
  id: string
  name: string
  resourceGroup: string
  clientId: string
  principalId: string
  tags?: Record<string, string>
  fics: Fic[]
}
export interface KObject {
  metadata: {
    name: string
    namespace?: string
    uid?: string
    labels?: Record<string, string>
    annotations?: Record<string, string>
    ownerReferences?: Array<{ kind: string; name: string; uid: string }>
    deletionTimestamp?: string
  }
  spec?: Record<string, unknown>
  status?: { phase?: string }
  data?: Record<string, string>
  type?: string
}
export interface Registration {
  id: number
  name: string
  status: string
  labels: Array<{ name: string }>
  scope: string
}
export interface WorldState {
  arm: {
    identities: Identity[]
    roleAssignments: RoleAssignment[]
    clusters: Array<{ name: string; properties: { oidcIssuerProfile?: { enabled?: boolean }; securityProfile?: { workloadIdentity?: { enabled?: boolean } } } }>
  }
  kube: { objects: Record<string, KObject[]> }
  github: { runners: Registration[] }
}

const lower = (s: string): string => s.toLowerCase()
const subjectOf = (w: Workload): string => `system:serviceaccount:${w.namespace}:${w.serviceAccount}`
const live = (o: KObject): boolean => !o.metadata.deletionTimestamp
const objects = (s: WorldState, resource: string, namespace?: string): KObject[] =>
  (s.kube.objects[resource] ?? []).filter((o) => namespace === undefined || o.metadata.namespace === namespace)

/** Live pods of the workload's runner set: its namespace, its service account. */
export const runnerPods = (s: WorldState, w: Workload): KObject[] =>
  objects(s, 'pods', w.namespace).filter((p) => live(p) && p.spec?.serviceAccountName === w.serviceAccount)

/** The names of the Secrets a pod refers to (env, envFrom, volumes, projected volumes). */
export function podSecretRefs(p: KObject): string[] {
  const out = new Set<string>()
  const spec = p.spec as {
    containers?: Array<{ env?: Array<{ valueFrom?: { secretKeyRef?: { name?: string } } }>; envFrom?: Array<{ secretRef?: { name?: string } }> }>
    initContainers?: Array<{ env?: Array<{ valueFrom?: { secretKeyRef?: { name?: string } } }>; envFrom?: Array<{ secretRef?: { name?: string } }> }>
    volumes?: Array<{ secret?: { secretName?: string }; projected?: { sources?: Array<{ secret?: { name?: string } }> } }>
  }
  for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
    for (const e of c.env ?? []) if (e.valueFrom?.secretKeyRef?.name) out.add(e.valueFrom.secretKeyRef.name)
    for (const e of c.envFrom ?? []) if (e.secretRef?.name) out.add(e.secretRef.name)
  }
  for (const v of spec?.volumes ?? []) {
    if (v.secret?.secretName) out.add(v.secret.secretName)
    for (const src of v.projected?.sources ?? []) if (src.secret?.name) out.add(src.secret.name)
  }
  return [...out]
}

export interface Context {
  identityName: string
  resourceGroup: string
  issuer: string
}

/** Everything that differs from the workload's desired state; empty when it holds exactly. */
export function desiredStateProblems(s: WorldState, w: Workload, c: Context): string[] {
  const problems: string[] = []
  const cluster = s.arm.clusters[0]
  if (!cluster?.properties.oidcIssuerProfile?.enabled) problems.push('cluster: OIDC issuer off')
  if (!cluster?.properties.securityProfile?.workloadIdentity?.enabled) problems.push('cluster: workload identity off')
  const identity = s.arm.identities.find((i) => lower(i.name) === lower(c.identityName) && lower(i.resourceGroup) === lower(c.resourceGroup))
  if (!identity) return [...problems, `identity ${c.identityName} missing`]
  const fics = identity.fics.filter((f) => f.issuer === c.issuer && f.subject === subjectOf(w))
  if (fics.length !== 1) problems.push(`federated credential for ${subjectOf(w)}: ${fics.length} (want 1)`)
  else if (JSON.stringify(fics[0]!.audiences) !== JSON.stringify([AUDIENCE])) problems.push(`federated credential audiences ${JSON.stringify(fics[0]!.audiences)}`)
  const ras = s.arm.roleAssignments.filter((r) => r.principalId === identity.principalId && lower(r.scope) === lower(w.scope) && lower(r.roleDefinitionId).endsWith(w.roleGuid))
  if (ras.length !== 1) problems.push(`role assignment ${w.role} on ${w.scope}: ${ras.length} (want 1)`)
  if (!objects(s, 'namespaces').some((n) => n.metadata.name === w.namespace && live(n))) problems.push(`namespace ${w.namespace} missing`)
  const sa = objects(s, 'serviceaccounts', w.namespace).find((x) => x.metadata.name === w.serviceAccount)
  if (!sa) problems.push(`service account ${w.namespace}/${w.serviceAccount} missing`)
  else if (sa.metadata.annotations?.['azure.workload.identity/client-id'] !== identity.clientId) problems.push(`service account client-id annotation ${sa.metadata.annotations?.['azure.workload.identity/client-id'] ?? 'missing'}`)
  const pods = runnerPods(s, w)
  if (pods.length !== w.runnerCount) problems.push(`runner pods: ${pods.length} (want ${w.runnerCount})`)
  const secrets = new Set(objects(s, 'secrets', w.namespace).map((x) => x.metadata.name))
  for (const p of pods) {
    if (p.status?.phase !== 'Running') problems.push(`pod ${p.metadata.name}: ${p.status?.phase ?? 'no phase'}`)
    if (p.metadata.labels?.['azure.workload.identity/use'] !== 'true') problems.push(`pod ${p.metadata.name}: no workload identity label`)
    for (const ref of podSecretRefs(p)) if (!secrets.has(ref)) problems.push(`pod ${p.metadata.name}: Secret ${ref} missing`)
    if (!s.github.runners.some((r) => r.name === p.metadata.name)) problems.push(`pod ${p.metadata.name}: no GitHub registration`)
  }
  return problems
}

/** Federated credentials with the same issuer and subject on one identity; role assignments for one principal, role and scope. */
export function duplicates(s: WorldState): string[] {
  const out: string[] = []
  for (const i of s.arm.identities) {
    const seen = new Map<string, string[]>()
    for (const f of i.fics) seen.set(`${f.issuer} ${f.subject}`, [...(seen.get(`${f.issuer} ${f.subject}`) ?? []), f.name])
    for (const [k, names] of seen) if (names.length > 1) out.push(`federated credentials ${names.join(', ')} on ${i.name}: same issuer and subject (${k.split(' ')[1]})`)
  }
  const ras = new Map<string, string[]>()
  for (const r of s.arm.roleAssignments) {
    const k = `${r.principalId} ${lower(r.roleDefinitionId.split('/').pop()!)} ${lower(r.scope)}`
    ras.set(k, [...(ras.get(k) ?? []), r.name])
  }
  for (const [k, names] of ras) if (names.length > 1) out.push(`role assignments ${names.join(', ')}: same principal, role and scope (${k})`)
  return out
}

/** Registrations without pods, Secrets without pods, pods beyond a workload's runner count. */
export function orphans(s: WorldState, workloads: Workload[]): string[] {
  const out: string[] = []
  const podNames = new Set(objects(s, 'pods').filter(live).map((p) => p.metadata.name))
  for (const r of s.github.runners) if (!podNames.has(r.name)) out.push(`GitHub registration ${r.name} (${r.status}) without a pod`)
  for (const w of workloads) {
    const pods = objects(s, 'pods', w.namespace).filter(live)
    const referenced = new Set(pods.flatMap(podSecretRefs))
    for (const sec of objects(s, 'secrets', w.namespace))
      if (sec.type !== 'kubernetes.io/service-account-token' && !referenced.has(sec.metadata.name)) out.push(`Secret ${w.namespace}/${sec.metadata.name} without a pod`)
    const n = runnerPods(s, w).length
    if (n > w.runnerCount) out.push(`${n} runner pods in ${w.namespace} for runner-count ${w.runnerCount}`)
  }
  return out
}

/** A workload's objects, each by key with a fingerprint of what another run must not change (not status). */
export function fingerprint(s: WorldState, w: Workload, c: Context): Map<string, string> {
  const out = new Map<string, string>()
  const h = (v: unknown): string => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16)
  const identity = s.arm.identities.find((i) => lower(i.name) === lower(c.identityName))
  for (const f of identity?.fics ?? []) if (f.subject === subjectOf(w)) out.set(`federated credential ${f.name}`, h([f.issuer, f.subject, f.audiences]))
  for (const r of s.arm.roleAssignments)
    if (identity && r.principalId === identity.principalId && lower(r.scope) === lower(w.scope)) out.set(`role assignment ${r.name}`, h([r.roleDefinitionId, r.scope]))
  for (const [resource, list] of Object.entries(s.kube.objects)) {
    if (resource === 'events') continue
    for (const o of list) {
      const inNs = o.metadata.namespace === w.namespace || (resource === 'namespaces' && o.metadata.name === w.namespace)
      if (!inNs) continue
      const m = o.metadata
      out.set(`${resource} ${m.namespace ? `${m.namespace}/` : ''}${m.name}`, h([m.uid, m.labels, m.annotations, m.ownerReferences, m.deletionTimestamp, o.spec, o.data]))
    }
  }
  const pods = new Set(objects(s, 'pods', w.namespace).map((p) => p.metadata.name))
  for (const r of s.github.runners) if (pods.has(r.name)) out.set(`GitHub registration ${r.name}`, h([r.id, r.labels.map((l) => l.name)]))
  return out
}

/** What differs between two fingerprints of the same workload. */
export function touched(before: Map<string, string>, after: Map<string, string>): string[] {
  const out: string[] = []
  for (const [k, v] of before) {
    if (!after.has(k)) out.push(`${k} deleted`)
    else if (after.get(k) !== v) out.push(`${k} changed`)
  }
  for (const k of after.keys()) if (!before.has(k)) out.push(`${k} created`)
  return out
}
