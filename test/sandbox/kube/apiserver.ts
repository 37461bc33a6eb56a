// The emulated AKS cluster's kube-apiserver: routing, and core/v1 namespaces, serviceaccounts, secrets,
// pods and events with create/get/list/watch/update/patch/delete: the create pipeline (managed fields,
// defaults, built-in admission, the workload identity webhook, validation), optimistic concurrency,
// deletion with garbage collection by ownerReferences. Authentication, TokenRequest, watch streaming,
// discovery and field management live in their own modules.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { Router, type SandboxRequest, type SandboxResponse } from '../frame.js'
import { sandboxCloud, type AzureView, type SandboxContext } from '../context.js'
import { RESOURCES, ObjectStore, groupVersion, resourceVerbs, COORDINATION_GROUP, RBAC_GROUP, type ResourceDef } from './store.js'
import { CrdRegistry, type CustomResourceDef } from './crds.js'
import { alreadyExists, badRequest, modifiedConflict, notFound, statusError, unauthorized } from './status.js'
import { parseFieldSelector, parseLabelSelector } from './selectors.js'
import { jsonPatch, mergePatch, recordUpdate, serverSideApply } from './fields.js'
import { validateObject, validatePodUpdate } from './validation.js'
import { checkFields, type FieldValidation } from './field-validation.js'
import { admitPod, defaultPod, PodLifecycle, randomSuffix, type PodLifecycleMode } from './pods.js'
import { mutatePod, selectsPod } from './webhook.js'
import { Issuer } from './tokens.js'
import { APIEXTENSIONS_GV, AUTHENTICATION_GV, COORDINATION_GV, KUBERNETES_VERSION, RBAC_GV, apiGroupList, apiextensionsResourceList, apiVersions, authenticationResourceList, coordinationResourceList, coreResourceList, openapiDocument, openapiIndex, rbacResourceList } from './discovery.js'
import { toTable, wantsTable } from './table.js'
import { fieldManager, isDryRun, parseBody } from './request.js'
import { watchResponse } from './watch.js'
import { ADMIN_USER, Authenticator } from './authn.js'
import { AuthenticationApi } from './authentication-api.js'
import { clone, deepEqual, isMap, rfc3339, type Json, type KObject } from './types.js'
import { authorize, type UserInfo } from './authz.js'
import { RunnerLink } from './runner-link.js'
import type { GitHubView } from '../github/view.js'

export type { UserInfo }

export interface ApiServerOptions {
  /** How pods move through their life (pods.ts): at once, when the test says, or on timers. */
  podLifecycle: PodLifecycleMode
  /** Delay from creation to Running (ms), `timers` mode. */
  podStartMs: number
  /** Delay from a pod's DELETE to its removal (graceful termination, ms), `timers` mode. */
  podStopMs: number
  /** Report runner pods' lifecycle to the emulated GitHub (runner-link.ts); default off. */
  githubRunnerLink?: boolean
  /** `fieldValidation` for writes that do not send it (kube-apiserver: Warn). */
  fieldValidation?: FieldValidation
}

const SEEDED_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease']

const ok = (body: unknown, code = 200, headers?: Record<string, string>): SandboxResponse => ({ status: code, body, ...(headers ? { headers } : {}) })

export class ApiServer {
  readonly store = new ObjectStore()
  /** The resources stored CustomResourceDefinitions define (crds.ts). */
  readonly crds = new CrdRegistry()
  readonly lifecycle: PodLifecycle
  readonly adminToken = randomBytes(32).toString('hex')
  webhookEnabled = true
  private readonly users = new WeakMap<SandboxRequest, UserInfo>()
  private readonly authn: Authenticator
  private readonly authApi: AuthenticationApi
  private readonly runnerLink?: RunnerLink

  constructor(
    private readonly ctx: SandboxContext,
    readonly issuer: Issuer,
    issuerUrl: () => string,
    readonly options: ApiServerOptions
  ) {
    this.lifecycle = new PodLifecycle(
      {
        now: () => this.ctx.clock.now(),
        updatePod: (ns, name, uid, manager, fn) => this.updatePodStatus(ns, name, uid, manager, fn),
        createEvent: (ev) => this.createInternal('events', ev, String(ev.reportingComponent || 'kubelet')),
        readSecret: (ns, name) => this.store.get('secrets', ns, name)
      },
      options.podLifecycle,
      options.podStartMs,
      options.podStopMs
    )
    const now = (): number => this.ctx.clock.now()
    this.authn = new Authenticator({ adminToken: this.adminToken, store: this.store, issuer, issuerUrl, azure: () => this.azure, now })
    this.authApi = new AuthenticationApi({ store: this.store, issuer, issuerUrl, now, authn: this.authn, secrets: ctx.frame.secrets })
    ctx.frame.secrets.add('kube-admin-token', this.adminToken)
    if (options.githubRunnerLink) this.runnerLink = new RunnerLink(() => this.ctx.parts.github as GitHubView | undefined, (ns, name) => this.store.get('secrets', ns, name))
    // A stored CRD serves its resources; a deleted one stops serving them and its objects go (as kube-apiserver does).
    this.store.onChange((c) => {
      if (c.resource !== 'customresourcedefinitions') return
      if (c.type === 'DELETED') {
        for (const d of this.crds.all().filter((x) => x.group === c.object.spec?.group && x.resource === c.object.spec?.names?.plural))
          for (const o of this.store.list(d.resource)) this.store.remove(d.resource, o.metadata.namespace, o.metadata.name!)
        this.crds.uninstall(c.object)
      } else this.crds.install(c.object)
    })
    // A Secret written lets pods waiting for it start (the kubelet's retry).
    this.store.onChange((c) => {
      if (c.resource === 'secrets' && c.type !== 'DELETED' && c.object.metadata.namespace) this.lifecycle.secretWritten(c.object.metadata.namespace)
    })
    this.seed()
  }

  private get azure(): AzureView | undefined {
    return this.ctx.parts.azure as AzureView | undefined
  }

  /** The webhook runs while the cluster's workload identity feature is on and it was not switched off. */
  webhookActive(): boolean {
    return this.webhookEnabled && (this.azure?.cluster().workloadIdentityEnabled ?? true)
  }

  private now(): number {
    return this.ctx.clock.now()
  }

  // -------------------------------------------------------------------------------------------------
  // State

  private seed(): void {
    for (const ns of SEEDED_NAMESPACES) this.createInternal('namespaces', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } }, 'kube-apiserver')
  }

  reset(): void {
    this.runnerLink?.clear()
    this.lifecycle.clear()
    this.store.clear()
    this.crds.clear()
    this.webhookEnabled = true
    this.lifecycle.mode = this.options.podLifecycle
    this.lifecycle.startMs = this.options.podStartMs
    this.lifecycle.stopMs = this.options.podStopMs
    this.seed()
  }

  /** A state dump for the admin API: the stored objects' names per resource. */
  dump(): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const { resource, object } of this.store.all()) (out[resource] ??= []).push(object.metadata.namespace ? `${object.metadata.namespace}/${object.metadata.name}` : object.metadata.name!)
    return out
  }

  /**
   * Every stored object in full, per resource (`GET /state?detail=full`), for harnesses that compare states.
   * A Secret's `data` values are replaced by `sha256:<hex>` of their bytes: equal when unchanged, never the credential.
   */
  dumpFull(): Record<string, KObject[]> {
    const out: Record<string, KObject[]> = {}
    for (const { resource, object } of this.store.all()) {
      const o = clone(object)
      if (resource === 'secrets' && isMap(o.data)) {
        o.data = Object.fromEntries(Object.entries(o.data).map(([k, v]) => [k, `sha256:${createHash('sha256').update(Buffer.from(String(v), 'base64')).digest('hex')}`]))
      }
      ;(out[resource] ??= []).push(o)
    }
    return out
  }

  // -------------------------------------------------------------------------------------------------
  // Authentication and authorization (the service's `before` hook)

  async authenticate(req: SandboxRequest): Promise<void> {
    const user = await this.authn.authenticate(req.headers.authorization)
    if (!user) throw unauthorized()
    authorize(req, user)
    this.users.set(req, user)
  }

  // -------------------------------------------------------------------------------------------------
  // Routes

  router(): Router {
    const r = new Router(false)
    const core = '/api/v1'
    r.add('GET', '/version', 'kube.version', () => ok(KUBERNETES_VERSION))
    for (const probe of ['healthz', 'livez', 'readyz']) r.add('GET', `/${probe}`, `kube.${probe}`, () => ok('ok'))
    r.add('GET', '/api', 'kube.discovery.api', (req) => ok(apiVersions(req.url.host)))
    // Discovery answers with and without the trailing slash (the OpenAPI documents name `/api/v1/`).
    for (const slash of ['', '/']) {
      r.add('GET', `${core}${slash}`, 'kube.discovery.v1', () => ok(coreResourceList()))
      r.add('GET', `/apis${slash}`, 'kube.discovery.apis', () => ok(apiGroupList(this.crds.groups())))
      r.add('GET', `/apis/${APIEXTENSIONS_GV}${slash}`, 'kube.discovery.apiextensions', () => ok(apiextensionsResourceList()))
      r.add('GET', `/apis/${AUTHENTICATION_GV}${slash}`, 'kube.discovery.authentication', () => ok(authenticationResourceList()))
      r.add('GET', `/apis/${RBAC_GV}${slash}`, 'kube.discovery.rbac', () => ok(rbacResourceList()))
      r.add('GET', `/apis/${COORDINATION_GV}${slash}`, 'kube.discovery.coordination', () => ok(coordinationResourceList()))
    }
    r.add('GET', '/openapi/v2', 'kube.openapi.v2', () => {
      throw statusError(404, 'NotFound', 'the server could not find the requested resource')
    })
    r.add('GET', '/openapi/v3', 'kube.openapi.v3', () => ok(openapiIndex()))
    r.add('GET', '/openapi/v3/{*path}', 'kube.openapi.v3.doc', (req) => {
      const doc = openapiDocument(req.params.path!)
      if (!doc) throw statusError(404, 'NotFound', 'the server could not find the requested resource')
      return ok(doc.body, 200, { 'content-type': 'application/json', etag: `"${doc.hash}"` })
    })
    // ServiceAccountIssuerDiscovery, as kube-apiserver serves it (authenticated callers).
    r.add('GET', '/.well-known/openid-configuration', 'kube.openid.configuration', (req) => ok(this.issuer.openidConfiguration(`${req.url.origin}/openid/v1/jwks`)))
    r.add('GET', '/openid/v1/jwks', 'kube.openid.jwks', async () => ok(await this.issuer.keySet(), 200, { 'content-type': 'application/jwk-set+json' }))
    r.add('POST', `/apis/${AUTHENTICATION_GV}/selfsubjectreviews`, 'kube.selfsubjectreviews.create', (req) => this.authApi.selfSubjectReview(this.users.get(req) ?? ADMIN_USER))
    r.add('POST', `/apis/${AUTHENTICATION_GV}/tokenreviews`, 'kube.tokenreviews.create', (req) => this.authApi.tokenReview(req))
    r.add('POST', `${core}/namespaces/{namespace}/serviceaccounts/{name}/token`, 'kube.serviceaccounts.token', (req) => this.authApi.tokenRequest(req))
    r.add('GET', `${core}/namespaces/{name}/status`, 'kube.namespaces.status.get', (req) => this.getOne(req, RESOURCES.namespaces!, undefined, req.params.name!))
    r.add('GET', `${core}/namespaces/{namespace}/pods/{name}/status`, 'kube.pods.status.get', (req) => this.getOne(req, RESOURCES.pods!, req.params.namespace, req.params.name!))
    r.add('GET', `${core}/namespaces/{namespace}/pods/{name}/log`, 'kube.pods.log', (req) => this.podLog(req))
    for (const [method, verb] of [
      ['GET', 'get'],
      ['PUT', 'update'],
      ['PATCH', 'patch'],
      ['DELETE', 'delete']
    ] as const) {
      r.add(method, `${core}/namespaces/{namespace}/{resource}/{name}`, `kube.object.${verb}`, (req) => this.object(req, this.def(req.params.resource!, true), req.params.namespace, req.params.name!))
      r.add(method, `${core}/namespaces/{name}`, `kube.namespaces.${verb}`, (req) => this.object(req, RESOURCES.namespaces!, undefined, req.params.name!))
    }
    r.add('GET', `${core}/namespaces/{namespace}/{resource}`, 'kube.object.list', (req) => this.list(req, this.def(req.params.resource!, true), req.params.namespace))
    r.add('POST', `${core}/namespaces/{namespace}/{resource}`, 'kube.object.create', (req) => this.create(req, this.def(req.params.resource!, true), req.params.namespace))
    r.add('DELETE', `${core}/namespaces/{namespace}/{resource}`, 'kube.object.deletecollection', (req) => this.deleteCollection(req, this.def(req.params.resource!, true), req.params.namespace))
    r.add('GET', `${core}/{resource}`, 'kube.object.listall', (req) => this.list(req, this.def(req.params.resource!), undefined))
    r.add('POST', `${core}/namespaces`, 'kube.namespaces.create', (req) => this.create(req, RESOURCES.namespaces!, undefined))
    // rbac.authorization.k8s.io/v1: the same handlers for Roles and RoleBindings.
    const rbac = `/apis/${RBAC_GV}`
    const rbacDef = (req: SandboxRequest): ResourceDef => this.def(req.params.resource!, true, RBAC_GROUP)
    for (const [method, verb] of [
      ['GET', 'get'],
      ['PUT', 'update'],
      ['PATCH', 'patch'],
      ['DELETE', 'delete']
    ] as const)
      r.add(method, `${rbac}/namespaces/{namespace}/{resource}/{name}`, `kube.rbac.object.${verb}`, (req) => this.object(req, rbacDef(req), req.params.namespace, req.params.name!))
    r.add('GET', `${rbac}/namespaces/{namespace}/{resource}`, 'kube.rbac.object.list', (req) => this.list(req, rbacDef(req), req.params.namespace))
    r.add('POST', `${rbac}/namespaces/{namespace}/{resource}`, 'kube.rbac.object.create', (req) => this.create(req, rbacDef(req), req.params.namespace))
    r.add('DELETE', `${rbac}/namespaces/{namespace}/{resource}`, 'kube.rbac.object.deletecollection', (req) => this.deleteCollection(req, rbacDef(req), req.params.namespace))
    r.add('GET', `${rbac}/{resource}`, 'kube.rbac.object.listall', (req) => this.list(req, this.def(req.params.resource!, false, RBAC_GROUP), undefined))
    // coordination.k8s.io/v1: the same handlers for Leases.
    const coord = `/apis/${COORDINATION_GV}`
    const coordDef = (req: SandboxRequest): ResourceDef => this.def(req.params.resource!, true, COORDINATION_GROUP)
    for (const [method, verb] of [
      ['GET', 'get'],
      ['PUT', 'update'],
      ['PATCH', 'patch'],
      ['DELETE', 'delete']
    ] as const)
      r.add(method, `${coord}/namespaces/{namespace}/{resource}/{name}`, `kube.coordination.object.${verb}`, (req) => this.object(req, coordDef(req), req.params.namespace, req.params.name!))
    r.add('GET', `${coord}/namespaces/{namespace}/{resource}`, 'kube.coordination.object.list', (req) => this.list(req, coordDef(req), req.params.namespace))
    r.add('POST', `${coord}/namespaces/{namespace}/{resource}`, 'kube.coordination.object.create', (req) => this.create(req, coordDef(req), req.params.namespace))
    r.add('DELETE', `${coord}/namespaces/{namespace}/{resource}`, 'kube.coordination.object.deletecollection', (req) => this.deleteCollection(req, coordDef(req), req.params.namespace))
    r.add('GET', `${coord}/{resource}`, 'kube.coordination.object.listall', (req) => this.list(req, this.def(req.params.resource!, false, COORDINATION_GROUP), undefined))
    // apiextensions.k8s.io/v1: CustomResourceDefinitions (cluster-scoped).
    const crdDef = RESOURCES.customresourcedefinitions!
    const ext = `/apis/${APIEXTENSIONS_GV}/customresourcedefinitions`
    for (const [method, verb] of [
      ['GET', 'get'],
      ['PUT', 'update'],
      ['PATCH', 'patch'],
      ['DELETE', 'delete']
    ] as const)
      r.add(method, `${ext}/{name}`, `kube.crd.${verb}`, (req) => this.object(req, crdDef, undefined, req.params.name!))
    r.add('GET', ext, 'kube.crd.list', (req) => this.list(req, crdDef, undefined))
    r.add('POST', ext, 'kube.crd.create', (req) => this.create(req, crdDef, undefined))
    // Custom resources of the installed CRDs (404 for any group/version no CRD serves).
    const cr = '/apis/{group}/{version}'
    for (const slash of ['', '/'])
      r.add('GET', `${cr}${slash}`, 'kube.discovery.custom', (req) => {
        const list = this.crds.resourceList(req.params.group!, req.params.version!, resourceVerbs())
        if (!list) throw statusError(404, 'NotFound', 'the server could not find the requested resource')
        return ok(list)
      })
    for (const [method, verb] of [
      ['GET', 'get'],
      ['PUT', 'update'],
      ['PATCH', 'patch'],
      ['DELETE', 'delete']
    ] as const)
      r.add(method, `${cr}/namespaces/{namespace}/{resource}/{name}`, `kube.custom.object.${verb}`, (req) => this.object(req, this.customDef(req, true), req.params.namespace, req.params.name!))
    r.add('GET', `${cr}/namespaces/{namespace}/{resource}`, 'kube.custom.object.list', (req) => this.list(req, this.customDef(req, true), req.params.namespace))
    r.add('POST', `${cr}/namespaces/{namespace}/{resource}`, 'kube.custom.object.create', (req) => this.create(req, this.customDef(req, true), req.params.namespace))
    r.add('DELETE', `${cr}/namespaces/{namespace}/{resource}`, 'kube.custom.object.deletecollection', (req) => this.deleteCollection(req, this.customDef(req, true), req.params.namespace))
    r.add('GET', `${cr}/{resource}`, 'kube.custom.object.listall', (req) => this.list(req, this.customDef(req, false), undefined))
    return r
  }

  /** The custom resource the URL names; 404 when no installed CRD serves it. */
  private customDef(req: SandboxRequest, namespaced: boolean): CustomResourceDef {
    const def = this.crds.find(req.params.group!, req.params.version!, req.params.resource!)
    if (!def || (namespaced && !def.namespaced)) throw statusError(404, 'NotFound', 'the server could not find the requested resource', {})
    return def
  }

  /** Sets a custom resource's status, as its controller would (the sandbox runs no controller; tests call this). */
  setCustomStatus(group: string, resource: string, ns: string | undefined, name: string, status: Json): KObject {
    const def = this.crds.all().find((d) => d.group === group && d.resource === resource)
    if (!def) throw notFound(resource, name)
    const old = this.existing(def, ns, name)
    const next = clone(old)
    next.status = clone(status)
    recordUpdate(old, next, 'sandbox-controller', groupVersion(def), this.now(), 'status')
    return this.store.put(def.resource, next)
  }

  /** The resource `resource` of API group `group` (core when undefined); 404 when not served there. */
  private def(resource: string, namespaced?: boolean, group?: string): ResourceDef {
    const def = RESOURCES[resource]
    if (!def || def.group !== group || (namespaced && !def.namespaced)) throw statusError(404, 'NotFound', 'the server could not find the requested resource', {})
    return def
  }

  private object(req: SandboxRequest, def: ResourceDef, ns: string | undefined, name: string): Promise<SandboxResponse> | SandboxResponse {
    switch (req.method) {
      case 'GET':
        return this.getOne(req, def, ns, name)
      case 'PUT':
        return this.update(req, def, ns, name)
      case 'PATCH':
        return this.patch(req, def, ns, name)
      default:
        return this.delete(req, def, ns, name)
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Reads

  private withType(def: ResourceDef, obj: KObject): KObject {
    const { apiVersion: _a, kind: _k, ...rest } = obj
    return { kind: def.kind, apiVersion: groupVersion(def), ...rest } as KObject
  }

  private getOne(req: SandboxRequest, def: ResourceDef, ns: string | undefined, name: string): SandboxResponse {
    const obj = this.store.get(def.resource, ns, name)
    if (!obj) throw notFound(def.resource, name)
    if (wantsTable(String(req.headers.accept))) return ok(toTable(def.kind, [obj], obj.metadata.resourceVersion!, req.query.get('includeObject'), this.now()))
    return ok(this.withType(def, obj))
  }

  private select(req: SandboxRequest, def: ResourceDef): (o: KObject) => boolean {
    const labels = parseLabelSelector(req.query.get('labelSelector'))
    const fields = parseFieldSelector(req.query.get('fieldSelector'), def.fieldSelectors)
    return (o) => labels(o.metadata.labels ?? {}) && fields(o)
  }

  private list(req: SandboxRequest, def: ResourceDef, ns: string | undefined): SandboxResponse {
    const match = this.select(req, def)
    const watch = req.query.get('watch')
    if (watch === 'true' || watch === '1') {
      // kubectl get -w asks for Tables: each event then carries a one-row Table.
      const table = wantsTable(String(req.headers.accept))
      return watchResponse(this.store, {
        resource: def.resource,
        kind: def.kind,
        namespace: ns,
        match,
        present: (o) => (table ? toTable(def.kind, [o], o.metadata.resourceVersion ?? '', req.query.get('includeObject'), this.now()) : this.withType(def, o)),
        resourceVersion: req.query.get('resourceVersion'),
        timeoutSeconds: req.query.get('timeoutSeconds'),
        sendInitialEvents: req.query.get('sendInitialEvents') === 'true'
      })
    }
    const items = this.store
      .list(def.resource, ns)
      .filter(match)
      .sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`))
    const rv = this.store.currentRv()
    if (wantsTable(String(req.headers.accept))) return ok(toTable(def.kind, items, rv, req.query.get('includeObject'), this.now()))
    return ok({ kind: `${def.kind}List`, apiVersion: groupVersion(def), metadata: { resourceVersion: rv }, items: items.map(({ apiVersion: _a, kind: _k, ...o }) => o) })
  }

  private podLog(req: SandboxRequest): SandboxResponse {
    const pod = this.store.get('pods', req.params.namespace, req.params.name!)
    if (!pod) throw notFound('pods', req.params.name!)
    const phase = pod.status?.phase
    if (phase !== 'Running' && phase !== 'Succeeded' && phase !== 'Failed') {
      const c = pod.spec.containers[0]?.name
      throw badRequest(`container "${c}" in pod "${pod.metadata.name}" is waiting to start: ${pod.status?.containerStatuses?.[0]?.state?.waiting?.reason ?? 'ContainerCreating'}`)
    }
    return ok(`sandbox: ${pod.metadata.name} ${phase}\n`)
  }

  // -------------------------------------------------------------------------------------------------
  // Writes

  private checkType(def: ResourceDef, body: Json): KObject {
    if (!isMap(body)) throw badRequest('the object provided is unrecognized')
    const gv = groupVersion(def)
    if (body.apiVersion !== undefined && body.apiVersion !== gv) throw badRequest(`the API version in the data (${body.apiVersion}) does not match the expected API version (${gv})`)
    if (body.kind !== undefined && body.kind !== def.kind) throw badRequest(`the kind in the data (${body.kind}) does not match the expected kind (${def.kind})`)
    const obj = body as KObject
    obj.metadata = isMap(obj.metadata) ? obj.metadata : {}
    obj.apiVersion = gv
    obj.kind = def.kind
    return obj
  }

  private requireNamespace(ns: string | undefined): void {
    if (ns === undefined) return
    const n = this.store.get('namespaces', undefined, ns)
    if (!n) throw notFound('namespaces', ns)
    if (n.status?.phase === 'Terminating') throw statusError(403, 'Forbidden', `unable to create new content in namespace ${ns} because it is being terminated`)
  }

  /** Fields only the server sets, kept from the stored object on writes; the main resource ignores status. */
  private carrySystemFields(def: ResourceDef, old: KObject, next: KObject): void {
    for (const k of ['uid', 'creationTimestamp', 'generation', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'namespace', 'name'] as const) {
      if (old.metadata[k] !== undefined) (next.metadata as Record<string, unknown>)[k] = old.metadata[k]
    }
    next.metadata.managedFields = old.metadata.managedFields
    // Pods, namespaces and custom resources (a status subresource) keep their status on writes of the main resource.
    if (def.resource === 'pods' || def.resource === 'namespaces' || 'validate' in def) next.status = old.status
    if (def.resource === 'namespaces') next.spec = old.spec
  }

  private normalise(def: ResourceDef, obj: KObject): void {
    if (def.resource === 'secrets') {
      obj.type ??= 'Opaque'
      if (isMap(obj.stringData)) {
        obj.data = { ...(obj.data ?? {}) }
        for (const [k, v] of Object.entries(obj.stringData)) obj.data[k] = Buffer.from(String(v)).toString('base64')
      }
      delete obj.stringData
    }
    if (def.resource === 'namespaces') obj.metadata.labels = { ...obj.metadata.labels, 'kubernetes.io/metadata.name': obj.metadata.name! }
  }

  private async create(req: SandboxRequest, def: ResourceDef, ns: string | undefined): Promise<SandboxResponse> {
    const dry = isDryRun(req)
    const manager = fieldManager(req, false)
    const obj = this.checkType(def, parseBody(req, false))
    const warnings = this.fields(req, def, obj, 'CreateOptions')
    if (ns !== undefined && obj.metadata.namespace && obj.metadata.namespace !== ns)
      throw badRequest('the namespace of the provided object does not match the namespace sent on the request')
    // A POST body is decoded with defaults before the field manager sees it: the creator owns the defaults.
    const created = await this.admitAndStore(def, ns, obj, dry, (o) => recordUpdate(undefined, o, manager, groupVersion(def), this.now()), true)
    return warn(ok(this.withType(def, created), 201), warnings)
  }

  /** Server-side field validation of a write (field-validation.ts): throws when Strict, else the Warning headers. */
  private fields(req: SandboxRequest, def: ResourceDef, obj: unknown, options: 'CreateOptions' | 'UpdateOptions' | 'PatchOptions', extra: { apply?: boolean; yaml?: boolean; name?: string } = {}): string[] {
    const yaml = extra.yaml ?? /yaml/i.test(String(req.headers['content-type'] ?? ''))
    return checkFields(req, def.kind, obj, { fallback: this.options.fieldValidation ?? 'Warn', options, ...extra, yaml })
  }

  /**
   * The create pipeline: managed fields (`track`), defaults, admission (built-in, then the webhook),
   * validation, storage. `defaultsFirst`: defaults are applied before `track` (POST), not after (apply).
   */
  private async admitAndStore(def: ResourceDef, ns: string | undefined, input: KObject, dry: boolean, track: (o: KObject) => void, defaultsFirst = false): Promise<KObject> {
    this.requireNamespace(ns)
    const obj = clone(input)
    if (ns !== undefined) obj.metadata.namespace = ns
    else delete obj.metadata.namespace
    for (const k of ['uid', 'resourceVersion', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generation', 'managedFields', 'selfLink'] as const)
      delete obj.metadata[k as keyof typeof obj.metadata]
    delete obj.status
    this.normalise(def, obj)
    if (def.resource === 'pods' && defaultsFirst) defaultPod(obj)
    track(obj)
    if (def.resource === 'pods') {
      defaultPod(obj)
      const saName = obj.spec.serviceAccountName || 'default'
      const sa = this.store.get('serviceaccounts', ns, saName)
      admitPod(obj, ns!, sa)
      if (this.webhookActive() && selectsPod(obj, ns!)) {
        Object.assign(obj, mutatePod(obj, sa, { tenantId: this.ctx.tenantId, authorityHost: `${this.ctx.urls.entra}/`, audience: sandboxCloud(this.ctx.options).tokenExchangeAudience }))
        // The webhook's output is decoded again with defaults, like any request body.
        defaultPod(obj)
      }
      obj.status = { phase: 'Pending', qosClass: 'BestEffort' }
      obj.metadata.generation = 1
    }
    if (def.resource === 'namespaces') {
      obj.spec = { finalizers: ['kubernetes'] }
      obj.status = { phase: 'Active' }
    }
    // generateName is resolved after admission (rest.BeforeCreate), so webhooks see an empty name.
    const meta = obj.metadata
    if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomSuffix()}`
    validateObject(obj)
    if ('validate' in def) this.crds.validate(def as CustomResourceDef, obj)
    if (this.store.get(def.resource, ns, meta.name!)) throw alreadyExists(def.resource, meta.name!)
    meta.uid = randomUUID()
    meta.creationTimestamp = rfc3339(this.now())
    if (dry) return obj
    const stored = this.store.put(def.resource, obj)
    if (def.resource === 'pods') this.lifecycle.track(stored)
    // The service account controller gives every namespace its `default` service account.
    if (def.resource === 'namespaces') this.createInternal('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: meta.name } }, 'kube-controller-manager')
    return stored
  }

  /** Creates an object on behalf of a control-plane component (seeding, events, controllers). */
  private createInternal(resource: string, obj: KObject, manager: string): void {
    const def = RESOURCES[resource]!
    const o = clone(obj)
    this.normalise(def, o)
    recordUpdate(undefined, o, manager, 'v1', this.now())
    o.metadata.uid = randomUUID()
    o.metadata.creationTimestamp = rfc3339(this.now())
    if (resource === 'namespaces') {
      o.spec = { finalizers: ['kubernetes'] }
      o.status = { phase: 'Active' }
    }
    this.store.put(resource, o)
    if (resource === 'namespaces') this.createInternal('serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: o.metadata.name } }, 'kube-controller-manager')
  }

  /** Stores an update of `old` to `next` after the checks every update path shares. */
  private commitUpdate(def: ResourceDef, old: KObject, next: KObject, dry: boolean, expectedRv: string | undefined): KObject {
    if (expectedRv && expectedRv !== old.metadata.resourceVersion) throw modifiedConflict(def.resource, old.metadata.name!)
    this.normalise(def, next)
    if (def.resource === 'pods') {
      validatePodUpdate(old, next)
      if (!deepEqual(old.spec, next.spec)) next.metadata.generation = (old.metadata.generation ?? 1) + 1
    }
    validateObject(next)
    if ('validate' in def) this.crds.validate(def as CustomResourceDef, next)
    next.metadata.resourceVersion = old.metadata.resourceVersion
    // A no-op write keeps the resourceVersion (and the managed fields' timestamps).
    const strip = (o: KObject): KObject => ({ ...o, metadata: { ...o.metadata, managedFields: undefined } })
    if (deepEqual(strip(old), strip(next)) || dry) return deepEqual(strip(old), strip(next)) ? old : next
    return this.store.put(def.resource, next)
  }

  private existing(def: ResourceDef, ns: string | undefined, name: string): KObject {
    const old = this.store.get(def.resource, ns, name)
    if (!old) throw notFound(def.resource, name)
    return old
  }

  private update(req: SandboxRequest, def: ResourceDef, ns: string | undefined, name: string): SandboxResponse {
    const dry = isDryRun(req)
    const manager = fieldManager(req, false)
    const body = this.checkType(def, parseBody(req, false))
    const warnings = this.fields(req, def, body, 'UpdateOptions')
    if (body.metadata.name && body.metadata.name !== name) throw badRequest(`the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`)
    const old = this.existing(def, ns, name)
    const next = clone(body)
    const expectedRv = next.metadata.resourceVersion
    this.carrySystemFields(def, old, next)
    recordUpdate(old, next, manager, groupVersion(def), this.now())
    return warn(ok(this.withType(def, this.commitUpdate(def, old, next, dry, expectedRv))), warnings)
  }

  private async patch(req: SandboxRequest, def: ResourceDef, ns: string | undefined, name: string): Promise<SandboxResponse> {
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase()
    const dry = isDryRun(req)
    if (type === 'application/apply-patch+yaml' || type === 'application/apply-patch+cbor') {
      const manager = fieldManager(req, true)
      const force = req.query.get('force') === 'true'
      const raw = parseBody(req, true)
      // An apply configuration must name its type (the API server cannot guess it from the URL).
      if (!isMap(raw) || !raw.apiVersion || !raw.kind) throw badRequest(`invalid object type: ${isMap(raw) ? `${raw.apiVersion ?? ''}, Kind=${raw.kind ?? ''}` : '/, Kind='}`)
      const applied = this.checkType(def, raw)
      const warnings = this.fields(req, def, raw, 'PatchOptions', { apply: true, yaml: true, name })
      if (applied.metadata.name && applied.metadata.name !== name) throw badRequest(`the name of the object (${applied.metadata.name}) does not match the name on the URL (${name})`)
      applied.metadata.name = name
      const old = this.store.get(def.resource, ns, name)
      if (!old) {
        // Server-side apply creates the object when it does not exist.
        const created = await this.admitAndStore(def, ns, applied, dry, (o) => {
          const fresh = serverSideApply(undefined, applied, manager, force, groupVersion(def), this.now())
          o.metadata.managedFields = fresh.metadata.managedFields
        })
        return warn(ok(this.withType(def, created), 201), warnings)
      }
      const next = serverSideApply(old, applied, manager, force, groupVersion(def), this.now())
      const managedFields = next.metadata.managedFields
      this.carrySystemFields(def, old, next)
      next.metadata.managedFields = managedFields
      return warn(ok(this.withType(def, this.commitUpdate(def, old, next, dry, applied.metadata.resourceVersion))), warnings)
    }
    if (type !== 'application/merge-patch+json' && type !== 'application/strategic-merge-patch+json' && type !== 'application/json-patch+json')
      throw statusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`)
    const manager = fieldManager(req, false)
    const old = this.existing(def, ns, name)
    const body = parseBody(req, false)
    const base = this.withType(def, old)
    const next = (type === 'application/json-patch+json' ? jsonPatch(base, body) : mergePatch(base, body, type.includes('strategic'))) as KObject
    if (!isMap(next) || !isMap(next.metadata)) throw badRequest('the patched object is not a valid object')
    const warnings = this.fields(req, def, next, 'PatchOptions')
    const expectedRv = next.metadata.resourceVersion !== old.metadata.resourceVersion ? next.metadata.resourceVersion : undefined
    if (next.metadata.name !== name) throw badRequest(`the name of the object (${next.metadata.name}) does not match the name on the URL (${name})`)
    this.carrySystemFields(def, old, next)
    recordUpdate(old, next, manager, groupVersion(def), this.now())
    return warn(ok(this.withType(def, this.commitUpdate(def, old, next, dry, expectedRv))), warnings)
  }

  /** A status write by a control-plane component (scheduler, kubelet). */
  private updatePodStatus(ns: string, name: string, uid: string, manager: string, fn: (pod: KObject) => void): boolean {
    const old = this.store.get('pods', ns, name)
    if (!old || old.metadata.uid !== uid) return false
    const next = clone(old)
    fn(next)
    recordUpdate(old, next, manager, 'v1', this.now(), 'status')
    this.store.put('pods', next)
    this.runnerLink?.phaseChanged(next, old.status?.phase)
    return true
  }

  private deleteOptions(req: SandboxRequest): { propagationPolicy: string; gracePeriodSeconds?: number; preconditions?: { uid?: string; resourceVersion?: string } } {
    const body = req.body.length ? parseBody(req, false) : {}
    const policy = req.query.get('propagationPolicy') ?? body.propagationPolicy ?? 'Background'
    if (!['Background', 'Foreground', 'Orphan'].includes(policy)) throw badRequest(`DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "${policy}": supported values: "Foreground", "Background", "Orphan"`)
    const grace = req.query.get('gracePeriodSeconds') ?? body.gracePeriodSeconds
    return { propagationPolicy: policy, gracePeriodSeconds: grace === undefined || grace === null ? undefined : Number(grace), preconditions: body.preconditions }
  }

  private delete(req: SandboxRequest, def: ResourceDef, ns: string | undefined, name: string): SandboxResponse {
    const dry = isDryRun(req)
    const opts = this.deleteOptions(req)
    const old = this.existing(def, ns, name)
    const pre = opts.preconditions
    if (pre?.uid && pre.uid !== old.metadata.uid)
      throw statusError(409, 'Conflict', `Precondition failed: UID in precondition: ${pre.uid}, UID in object meta: ${old.metadata.uid}`, { name, kind: def.resource })
    if (pre?.resourceVersion && pre.resourceVersion !== old.metadata.resourceVersion)
      throw statusError(409, 'Conflict', `Precondition failed: ResourceVersion in precondition: ${pre.resourceVersion}, ResourceVersion in object meta: ${old.metadata.resourceVersion}`, { name, kind: def.resource })
    const stamp = (o: KObject, grace: number): KObject => ({ ...o, metadata: { ...o.metadata, deletionTimestamp: rfc3339(this.now()), deletionGracePeriodSeconds: grace } })
    const answer = (o: KObject): SandboxResponse => ok(def.deleteReturnsObject ? this.withType(def, o) : this.deletedStatus(def, o))
    if (dry) return answer(def.graceful ? stamp(old, opts.gracePeriodSeconds ?? 30) : old)
    if (def.resource === 'namespaces') {
      // Namespace deletion removes everything it contains (the namespace controller's job, done at once).
      for (const r of [...Object.values(RESOURCES), ...this.crds.all()].filter((d) => d.namespaced))
        for (const o of this.store.list(r.resource, name)) this.removeNow(r, o, 'Background')
      return answer(this.store.remove('namespaces', undefined, name)!)
    }
    if (def.graceful && opts.gracePeriodSeconds !== 0) {
      if (old.metadata.deletionTimestamp) return answer(old)
      const grace = opts.gracePeriodSeconds ?? old.spec?.terminationGracePeriodSeconds ?? 30
      const terminating = this.store.put(def.resource, stamp(old, grace))
      this.lifecycle.terminate(terminating, grace, () => {
        const cur = this.store.get(def.resource, ns, name)
        if (cur && cur.metadata.uid === old.metadata.uid) this.removeNow(def, cur, opts.propagationPolicy)
      })
      return answer(terminating)
    }
    this.removeNow(def, old, opts.propagationPolicy)
    return answer(def.graceful ? stamp(old, 0) : old)
  }

  private deletedStatus(def: ResourceDef, old: KObject): Json {
    return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { name: old.metadata.name, kind: def.resource, uid: old.metadata.uid } }
  }

  private deleteCollection(req: SandboxRequest, def: ResourceDef, ns: string | undefined): SandboxResponse {
    const match = this.select(req, def)
    const policy = this.deleteOptions(req).propagationPolicy
    const removed = this.store.list(def.resource, ns).filter(match)
    if (!isDryRun(req)) for (const o of removed) this.removeNow(def, o, policy)
    // The OpenAPI document answers deletecollection with a Status.
    return ok({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Success', details: { kind: def.resource } })
  }

  /** Final removal, then garbage collection of dependents (ownerReferences) per the propagation policy. */
  private removeNow(def: ResourceDef, obj: KObject, policy: string): void {
    if (!this.store.remove(def.resource, obj.metadata.namespace, obj.metadata.name!)) return
    if (def.resource === 'pods') {
      this.lifecycle.forget(obj.metadata.uid!)
      this.runnerLink?.podRemoved(obj)
    }
    for (const { resource, object } of this.store.all()) {
      const refs = object.metadata.ownerReferences ?? []
      if (!refs.some((r) => r.uid === obj.metadata.uid)) continue
      if (policy === 'Orphan') {
        const next = clone(object)
        next.metadata.ownerReferences = refs.filter((r) => r.uid !== obj.metadata.uid)
        if (!next.metadata.ownerReferences.length) delete next.metadata.ownerReferences
        recordUpdate(object, next, 'kube-controller-manager', 'v1', this.now())
        this.store.put(resource, next)
      } else this.removeNow(RESOURCES[resource] ?? this.crds.all().find((d) => d.resource === resource)!, object, policy)
    }
  }

  /** Ends a pod's containers (admin route): Succeeded or Failed. */
  finishPod(ns: string, name: string, phase: 'Succeeded' | 'Failed'): KObject {
    const pod = this.existing(RESOURCES.pods!, ns, name)
    this.lifecycle.finish(ns, name, pod.metadata.uid!, phase)
    return this.store.get('pods', ns, name)!
  }

  /** In-process TokenRequest for tests (no HTTP, no log entry). */
  async mintToken(ns: string, name: string, audiences?: string[], expirationSeconds = 3600): Promise<string> {
    return (await this.authApi.mint(ns, name, { audiences, expirationSeconds })).token
  }
}

/** Adds `Warning` headers (one per value) to a response. */
function warn(res: SandboxResponse, warnings: string[]): SandboxResponse {
  return warnings.length ? { ...res, headers: { ...(res.headers ?? {}), warning: warnings } } : res
}
