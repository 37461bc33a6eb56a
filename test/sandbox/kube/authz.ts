// Authorization, kept cheap but faithful where it shows: cluster admins (the static admin token, members of
// system:masters) and Entra users may do everything; a service account has only what a fresh cluster
// grants every authenticated user (discovery, OpenAPI, the issuer documents, SelfSubjectReview) and gets
// the API server's 403 for the rest, as it would without RBAC bindings.
import type { SandboxRequest } from '../frame.js'
import { statusError } from './status.js'

export interface UserInfo {
  username: string
  uid?: string
  groups: string[]
}

/** Operations the default ClusterRoles (system:discovery, system:basic-user, ...) allow any authenticated user. */
const PUBLIC = /^kube\.(version|healthz|livez|readyz|discovery\..*|openapi\..*|openid\..*|selfsubjectreviews\.create)$/

interface Attributes {
  verb: string
  resource: string
  group: string
  namespace?: string
  name?: string
}

/** The request's RBAC attributes, derived from the route's operation name and path parameters. */
function attributes(req: SandboxRequest): Attributes {
  const op = req.operation
  const { namespace, name, resource } = req.params
  const watch = req.query.get('watch') === 'true' || req.query.get('watch') === '1'
  const last = op.split('.').pop()!
  const verbs: Record<string, string> = { get: 'get', list: watch ? 'watch' : 'list', listall: watch ? 'watch' : 'list', create: 'create', update: 'update', patch: 'patch', delete: 'delete', deletecollection: 'deletecollection', token: 'create', log: 'get' }
  const verb = verbs[last] ?? 'get'
  if (op === 'kube.serviceaccounts.token') return { verb, resource: 'serviceaccounts/token', group: '', namespace, name }
  if (op === 'kube.pods.status.get') return { verb, resource: 'pods/status', group: '', namespace, name }
  if (op === 'kube.pods.log') return { verb, resource: 'pods/log', group: '', namespace, name }
  if (op === 'kube.namespaces.status.get') return { verb, resource: 'namespaces/status', group: '', name }
  if (op === 'kube.tokenreviews.create') return { verb: 'create', resource: 'tokenreviews', group: 'authentication.k8s.io' }
  if (op.startsWith('kube.namespaces.')) return { verb, resource: 'namespaces', group: '', name }
  if (op.startsWith('kube.rbac.')) return { verb, resource: resource ?? '', group: 'rbac.authorization.k8s.io', namespace, name }
  if (op.startsWith('kube.coordination.')) return { verb, resource: resource ?? '', group: 'coordination.k8s.io', namespace, name }
  return { verb, resource: resource ?? '', group: '', namespace, name }
}

/** Throws the API server's 403 Forbidden Status when `user` may not make `req`. */
export function authorize(req: SandboxRequest, user: UserInfo): void {
  if (user.groups.includes('system:masters') || !user.groups.includes('system:serviceaccounts') || PUBLIC.test(req.operation)) return
  const a = attributes(req)
  const base = a.resource.split('/')[0]!
  const subject = `${a.group ? `${base}.${a.group}` : base}${a.name ? ` "${a.name}"` : ''}`
  const scope = a.namespace ? `in the namespace "${a.namespace}"` : 'at the cluster scope'
  throw statusError(403, 'Forbidden', `${subject} is forbidden: User "${user.username}" cannot ${a.verb} resource "${a.resource}" in API group "${a.group}" ${scope}`, {
    ...(a.name ? { name: a.name } : {}),
    ...(a.group ? { group: a.group } : {}),
    kind: base
  })
}
