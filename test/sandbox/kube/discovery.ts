// Discovery (/version, /api, /api/v1, /apis, /apis/authentication.k8s.io/v1) and the OpenAPI v3
// documents, served byte for byte from the official Kubernetes 1.35 documents in test/specs/kubernetes,
// so kubectl's field validation and explain and @kubernetes/client-node see the real schemas.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { APIEXTENSIONS_GROUP, COORDINATION_GROUP, RBAC_GROUP, RESOURCES, resourceVerbs } from './store.js'

export const KUBERNETES_VERSION = {
  major: '1',
  minor: '35',
  emulationMajor: '1',
  emulationMinor: '35',
  minCompatibilityMajor: '1',
  minCompatibilityMinor: '34',
  gitVersion: 'v1.35.0',
  gitCommit: '66452049f3d692768c39c797b21b793dce80314e',
  gitTreeState: 'clean',
  buildDate: '2025-12-17T12:32:06Z',
  goVersion: 'go1.25.5',
  compiler: 'gc',
  platform: 'linux/amd64'
}

export const AUTHENTICATION_GV = 'authentication.k8s.io/v1'

/** The OpenAPI v3 documents, keyed by the index path (`api/v1`), with the file they come from. */
export const OPENAPI_V3_FILES: Record<string, string> = {
  'api/v1': 'api__v1_openapi.json',
  [`apis/${AUTHENTICATION_GV}`]: 'apis__authentication.k8s.io__v1_openapi.json'
}

export const specPath = (file: string): string => fileURLToPath(new URL(`../../specs/kubernetes/v1.35/${file}`, import.meta.url))

interface LoadedDoc {
  body: Buffer
  hash: string
}
const docs = new Map<string, LoadedDoc>()

/** The raw document and its content hash (the index's `?hash=` is the upper-case hex SHA-512, as kube-apiserver uses). */
export function openapiDocument(key: string): LoadedDoc | undefined {
  const file = OPENAPI_V3_FILES[key]
  if (!file) return undefined
  let doc = docs.get(key)
  if (!doc) {
    const body = readFileSync(specPath(file))
    doc = { body, hash: createHash('sha512').update(body).digest('hex').toUpperCase() }
    docs.set(key, doc)
  }
  return doc
}

export function openapiIndex(): Record<string, unknown> {
  return {
    paths: Object.fromEntries(Object.keys(OPENAPI_V3_FILES).map((k) => [k, { serverRelativeURL: `/openapi/v3/${k}?hash=${openapiDocument(k)!.hash}` }]))
  }
}

export function apiVersions(serverAddress: string): Record<string, unknown> {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] }
}

export function coreResourceList(): Record<string, unknown> {
  const resources: Array<Record<string, unknown>> = []
  for (const def of Object.values(RESOURCES).filter((d) => !d.group)) {
    const verbs = def.resource === 'namespaces' ? resourceVerbs().filter((v) => v !== 'deletecollection') : resourceVerbs()
    resources.push({
      name: def.resource,
      singularName: def.singular,
      namespaced: def.namespaced,
      kind: def.kind,
      verbs,
      ...(def.shortNames ? { shortNames: def.shortNames } : {}),
      ...(def.resource === 'pods' ? { categories: ['all'] } : {})
    })
    if (def.resource === 'pods' || def.resource === 'namespaces') resources.push({ name: `${def.resource}/status`, singularName: '', namespaced: def.namespaced, kind: def.kind, verbs: ['get'] })
  }
  resources.push({ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] })
  resources.push({ name: 'serviceaccounts/token', singularName: '', namespaced: true, group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest', verbs: ['create'] })
  return { kind: 'APIResourceList', groupVersion: 'v1', resources }
}

export const RBAC_GV = `${RBAC_GROUP}/v1`
export const COORDINATION_GV = `${COORDINATION_GROUP}/v1`

export const APIEXTENSIONS_GV = `${APIEXTENSIONS_GROUP}/v1`

/** The groups served here, then those of installed CustomResourceDefinitions (`extra`). */
export function apiGroupList(extra: Array<Record<string, unknown>> = []): Record<string, unknown> {
  const group = (name: string, groupVersion: string) => ({ name, versions: [{ groupVersion, version: 'v1' }], preferredVersion: { groupVersion, version: 'v1' } })
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: [
      group('authentication.k8s.io', AUTHENTICATION_GV),
      group(RBAC_GROUP, RBAC_GV),
      group(COORDINATION_GROUP, COORDINATION_GV),
      group(APIEXTENSIONS_GROUP, APIEXTENSIONS_GV),
      ...extra
    ]
  }
}

/** coordination.k8s.io/v1 as served here: Leases. */
export function coordinationResourceList(): Record<string, unknown> {
  const resources = Object.values(RESOURCES)
    .filter((d) => d.group === COORDINATION_GROUP)
    .map((d) => ({ name: d.resource, singularName: d.singular, namespaced: true, kind: d.kind, verbs: resourceVerbs() }))
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: COORDINATION_GV, resources }
}

/** rbac.authorization.k8s.io/v1 as served here: the namespaced Roles and RoleBindings. */
export function rbacResourceList(): Record<string, unknown> {
  const resources = Object.values(RESOURCES)
    .filter((d) => d.group === RBAC_GROUP)
    .map((d) => ({ name: d.resource, singularName: d.singular, namespaced: true, kind: d.kind, verbs: resourceVerbs() }))
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: RBAC_GV, resources }
}

export function authenticationResourceList(): Record<string, unknown> {
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: AUTHENTICATION_GV,
    resources: [
      { name: 'selfsubjectreviews', singularName: 'selfsubjectreview', namespaced: false, kind: 'SelfSubjectReview', verbs: ['create'] },
      { name: 'tokenreviews', singularName: 'tokenreview', namespaced: false, kind: 'TokenReview', verbs: ['create'] }
    ]
  }
}

/** apiextensions.k8s.io/v1 as served here: CustomResourceDefinitions (cluster-scoped). */
export function apiextensionsResourceList(): Record<string, unknown> {
  const d = RESOURCES.customresourcedefinitions!
  return {
    kind: 'APIResourceList',
    apiVersion: 'v1',
    groupVersion: APIEXTENSIONS_GV,
    resources: [{ name: d.resource, singularName: d.singular, namespaced: false, kind: d.kind, verbs: resourceVerbs(), shortNames: d.shortNames }]
  }
}
