// Deterministic names: the same inputs give the same name on every run and on every runner, which is what
// makes re-runs and concurrent runs converge on one resource instead of creating duplicates.
import { createHash } from 'node:crypto'
import { FIC_NAME } from './rules.js'

/** Our own namespace for UUIDv5 names (a fixed random UUID; never change it: existing names derive from it). */
export const NAME_NAMESPACE = '5b0c6f4e-2d7a-4c3e-9f1b-8a6d2e4c7b90'

/** RFC 4122 §4.3 name-based UUID, version 5 (SHA-1). */
export function uuidv5(name: string, namespace: string = NAME_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex')
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`)
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest()
  const b = hash.subarray(0, 16)
  b[6] = (b[6]! & 0x0f) | 0x50 // version 5
  b[8] = (b[8]! & 0x3f) | 0x80 // RFC 4122 variant
  const h = b.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

/** Role assignment name: UUIDv5 of `scope|roleDefinitionId|principalId`, lower-cased (ARM IDs are case-insensitive). */
export function roleAssignmentName(scope: string, roleDefinitionId: string, principalId: string): string {
  return uuidv5(`${scope}|${roleDefinitionId}|${principalId}`.toLowerCase())
}

const MAX_FIC_NAME = 120

/**
 * Federated credential name derived from cluster, namespace and service account: readable when it fits
 * (`aks-prod-default-app-sa`), else a readable prefix plus a hash of the full triple, always valid for
 * `^[a-zA-Z0-9][a-zA-Z0-9-_]{2,119}$`. The hash covers the exact inputs, so two triples that clean up to
 * the same readable text still get different names.
 */
export function derivedFederatedCredentialName(cluster: string, namespace: string, serviceAccount: string): string {
  const clean = (s: string) => s.replace(/[^a-zA-Z0-9_-]+/g, '-')
  const readable = clean(`${cluster}-${namespace}-${serviceAccount}`).replace(/^[^a-zA-Z0-9]+/, '')
  const hash = createHash('sha256').update(`${cluster}\n${namespace}\n${serviceAccount}`).digest('hex').slice(0, 10)
  // Service-account names may contain dots, which FIC names may not: then the readable form is lossy, so hash it.
  const lossy = readable !== `${cluster}-${namespace}-${serviceAccount}`
  if (!lossy && readable.length <= MAX_FIC_NAME && FIC_NAME.test(readable)) return readable
  const prefix = readable.slice(0, MAX_FIC_NAME - hash.length - 1).replace(/[-_]+$/, '')
  const name = prefix ? `${prefix}-${hash}` : `fic-${hash}`
  return FIC_NAME.test(name) ? name : `fic-${hash}`
}
