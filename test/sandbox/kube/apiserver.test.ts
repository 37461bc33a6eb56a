// The emulated kube-apiserver through the real @kubernetes/client-node: authentication, CRUD with label
// and field selectors, optimistic concurrency, server-side apply and patches, dry run, pod immutability,
// the pod lifecycle and its events, deletion with garbage collection, watch, and TokenRequest.
import { ClientSecretCredential } from '@azure/identity'
import { PatchStrategy, Watch, setHeaderOptions, type V1Pod, type V1Secret } from '@kubernetes/client-node'
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose'
import { startSandbox, type Sandbox } from '../index.js'
import { AKS_SERVER_APP_ID } from '../context.js'
import { mintServiceAccountToken, type KubeSandboxView } from './index.js'
import { adminToken, call, failure, sandboxClients, type KubeClients } from './testkit.js'

let sb: Sandbox
let k: KubeClients
const ns = 'apitest'

beforeAll(async () => {
  // Pods move only when a test advances them: every intermediate state is seen, none is raced.
  sb = await startSandbox({ kube: { podLifecycle: 'manual' }, azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  k = sandboxClients(sb)
  await k.core.createNamespace({ body: { metadata: { name: ns } } })
})
afterAll(async () => {
  await sb?.stop()
})

const secret = (name: string, labels: Record<string, string> = {}, data: Record<string, string> = { k: 'dg==' }): V1Secret => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, labels },
  data
})
const pod = (name: string, image = 'nginx:1.27', extra: Partial<V1Pod['metadata']> = {}): V1Pod => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, ...extra },
  spec: { containers: [{ name: 'main', image }] }
})
const advance = (filter: { name?: string; all?: boolean }) => (sb.ctx.parts.kube as KubeSandboxView).advancePods({ namespace: ns, ...filter })
const apply = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)
const mergePatch = setHeaderOptions('Content-Type', PatchStrategy.MergePatch)
const strategic = setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch)

describe('authentication', () => {
  const whoami = async (token?: string) =>
    call(sb, `${sb.urls.kube}/apis/authentication.k8s.io/v1/selfsubjectreviews`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' }
    })

  it('answers 401 with the Status shape without a token or with an unknown one', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const res = await whoami(token)
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 })
    }
  })

  it('serves /version anonymously, as kube-apiserver does', async () => {
    const res = await call(sb, `${sb.urls.kube}/version`)
    expect(res.status).toBe(200)
    expect((res.body as { gitVersion: string }).gitVersion).toMatch(/^v1\.35\./)
  })

  it('accepts the admin token of the written kubeconfig', async () => {
    const res = await whoami(adminToken(sb))
    expect(res.status).toBe(201)
    expect((res.body as { status: { userInfo: { groups: string[] } } }).status.userInfo.groups).toContain('system:masters')
  })

  it('accepts an Entra access token for the AKS server application and refuses one for ARM', async () => {
    const principal = (sb.ctx.parts.azure as { settings: { principal: { clientId: string; secret: string; objectId: string } } }).settings.principal
    const cred = new ClientSecretCredential(sb.tenantId, principal.clientId, principal.secret, {
      authorityHost: sb.urls.entra,
      disableInstanceDiscovery: true,
      additionallyAllowedTenants: ['*'],
      tlsOptions: { ca: sb.tls.caPem }
    } as ConstructorParameters<typeof ClientSecretCredential>[3])
    const aks = await cred.getToken(`${AKS_SERVER_APP_ID}/.default`)
    const ok = await whoami(aks.token)
    expect(ok.status).toBe(201)
    expect((ok.body as { status: { userInfo: { username: string } } }).status.userInfo.username).toBe(principal.objectId)
    const arm = await cred.getToken(`${sb.urls.arm}/.default`)
    expect((await whoami(arm.token)).status).toBe(401)
  })

  it('accepts a service-account token for the API server audience (the issuer)', async () => {
    const token = await mintServiceAccountToken(sb.ctx, { namespace: 'default', name: 'default' })
    const res = await whoami(token)
    expect((res.body as { status: { userInfo: { username: string } } }).status.userInfo.username).toBe('system:serviceaccount:default:default')
  })

  it('gives a service account discovery only, and the API server’s 403 for the rest (no RBAC bindings)', async () => {
    const token = await mintServiceAccountToken(sb.ctx, { namespace: 'default', name: 'default' })
    const headers = { authorization: `Bearer ${token}` }
    expect((await call(sb, `${sb.urls.kube}/api/v1`, { headers })).status).toBe(200)
    const list = await call(sb, `${sb.urls.kube}/api/v1/namespaces/default/pods`, { headers })
    expect(list.status).toBe(403)
    expect(list.body).toMatchObject({
      reason: 'Forbidden',
      message: 'pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "default"'
    })
    const tokenReq = await call(sb, `${sb.urls.kube}/api/v1/namespaces/default/serviceaccounts/default/token`, { method: 'POST', headers, body: {} })
    expect((tokenReq.body as { message: string }).message).toBe(
      'serviceaccounts "default" is forbidden: User "system:serviceaccount:default:default" cannot create resource "serviceaccounts/token" in API group "" in the namespace "default"'
    )
  })
})

describe('namespaces and names', () => {
  it('gives a new namespace its default service account and the metadata.name label', async () => {
    const sas = await k.core.listNamespacedServiceAccount({ namespace: ns })
    expect(sas.items.map((s) => s.metadata?.name)).toEqual(['default'])
    const n = await k.core.readNamespace({ name: ns })
    expect(n.metadata?.labels?.['kubernetes.io/metadata.name']).toBe(ns)
    expect(n.status?.phase).toBe('Active')
  })

  it('rejects an invalid name with 422 Invalid and the field in details.causes', async () => {
    const { code, status } = await failure(k.core.createNamespacedSecret({ namespace: ns, body: secret('Not_Valid') }))
    expect(code).toBe(422)
    expect(status.reason).toBe('Invalid')
    expect(status.message).toMatch(/^Secret "Not_Valid" is invalid: metadata.name: Invalid value: "Not_Valid": a lowercase RFC 1123 subdomain/)
    expect(status.details?.causes?.[0]).toMatchObject({ reason: 'FieldValueInvalid', field: 'metadata.name' })
    const nsErr = await failure(k.core.createNamespace({ body: { metadata: { name: 'a.b' } } }))
    expect(nsErr.status.message).toContain('RFC 1123 label')
  })

  it('answers 404 NotFound and 409 AlreadyExists as the API server words them', async () => {
    const nf = await failure(k.core.readNamespacedSecret({ namespace: ns, name: 'missing' }))
    expect(nf.code).toBe(404)
    expect(nf.status).toMatchObject({ reason: 'NotFound', message: 'secrets "missing" not found', details: { name: 'missing', kind: 'secrets' } })
    await k.core.createNamespacedSecret({ namespace: ns, body: secret('dup') })
    const ae = await failure(k.core.createNamespacedSecret({ namespace: ns, body: secret('dup') }))
    expect(ae).toMatchObject({ code: 409, status: { reason: 'AlreadyExists', message: 'secrets "dup" already exists' } })
    const noNs = await failure(k.core.createNamespacedSecret({ namespace: 'nowhere', body: secret('x') }))
    expect(noNs.status.message).toBe('namespaces "nowhere" not found')
  })
})

describe('selectors', () => {
  beforeAll(async () => {
    await k.core.createNamespacedSecret({ namespace: ns, body: secret('sel-a', { tier: 'web', env: 'prod' }) })
    await k.core.createNamespacedSecret({ namespace: ns, body: secret('sel-b', { tier: 'db', env: 'dev' }) })
    await k.core.createNamespacedSecret({ namespace: ns, body: secret('sel-c', { tier: 'web' }) })
  })
  const names = async (labelSelector?: string, fieldSelector?: string) =>
    (await k.core.listNamespacedSecret({ namespace: ns, labelSelector, fieldSelector })).items.map((s) => s.metadata!.name).filter((n) => n!.startsWith('sel-'))

  it.each([
    ['tier=web', ['sel-a', 'sel-c']],
    ['tier==db', ['sel-b']],
    ['tier!=web', ['sel-b']],
    ['env in (prod,dev)', ['sel-a', 'sel-b']],
    ['env notin (prod)', ['sel-b', 'sel-c']],
    ['env', ['sel-a', 'sel-b']],
    ['!env', ['sel-c']],
    ['tier=web,env', ['sel-a']]
  ])('labelSelector %s', async (selector, expected) => {
    expect(await names(selector)).toEqual(expected)
  })

  it('filters on metadata.name and rejects unsupported field labels with 400', async () => {
    expect(await names(undefined, 'metadata.name=sel-b')).toEqual(['sel-b'])
    expect(await names(undefined, 'metadata.name!=sel-b')).toEqual(['sel-a', 'sel-c'])
    const bad = await failure(k.core.listNamespacedSecret({ namespace: ns, fieldSelector: 'spec.nope=1' }))
    expect(bad).toMatchObject({ code: 400, status: { reason: 'BadRequest', message: 'field label not supported: spec.nope' } })
  })
})

describe('updates and optimistic concurrency', () => {
  it('refuses a PUT with a stale resourceVersion (409 Conflict) and accepts the current one', async () => {
    const created = await k.core.createNamespacedSecret({ namespace: ns, body: secret('occ', { v: '1' }) })
    const stale = created.metadata!.resourceVersion
    const updated = await k.core.replaceNamespacedSecret({ namespace: ns, name: 'occ', body: { ...created, metadata: { ...created.metadata, labels: { v: '2' } } } })
    expect(Number(updated.metadata!.resourceVersion)).toBeGreaterThan(Number(stale))
    const { code, status } = await failure(k.core.replaceNamespacedSecret({ namespace: ns, name: 'occ', body: { ...created, metadata: { ...created.metadata, resourceVersion: stale, labels: { v: '3' } } } }))
    expect(code).toBe(409)
    expect(status.message).toBe('Operation cannot be fulfilled on secrets "occ": the object has been modified; please apply your changes to the latest version and try again')
    // A no-op write keeps the resourceVersion.
    const again = await k.core.replaceNamespacedSecret({ namespace: ns, name: 'occ', body: updated })
    expect(again.metadata!.resourceVersion).toBe(updated.metadata!.resourceVersion)
  })

  it('honours dryRun=All on create and patch', async () => {
    const dry = await k.core.createNamespacedSecret({ namespace: ns, body: secret('dry'), dryRun: 'All' })
    expect(dry.metadata?.uid).toBeTruthy()
    expect((await failure(k.core.readNamespacedSecret({ namespace: ns, name: 'dry' }))).code).toBe(404)
    await k.core.createNamespacedSecret({ namespace: ns, body: secret('dry2', { a: '1' }) })
    const patched = await k.core.patchNamespacedSecret({ namespace: ns, name: 'dry2', body: { metadata: { labels: { a: '2' } } }, dryRun: 'All' }, mergePatch)
    expect(patched.metadata?.labels?.a).toBe('2')
    expect((await k.core.readNamespacedSecret({ namespace: ns, name: 'dry2' })).metadata?.labels?.a).toBe('1')
  })
})

describe('server-side apply', () => {
  const cm = (labels: Record<string, string>, data: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'ssa', namespace: ns, labels }, data })

  it('creates with an Apply entry in managedFields and keeps fields per manager', async () => {
    const created = await k.core.patchNamespacedSecret({ namespace: ns, name: 'ssa', body: cm({ app: 'one' }, { a: 'YQ==' }), fieldManager: 'alpha' }, apply)
    expect(created.metadata?.managedFields).toEqual([
      expect.objectContaining({ manager: 'alpha', operation: 'Apply', apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:data': { 'f:a': {} }, 'f:metadata': { 'f:labels': { 'f:app': {} } } } })
    ])
  })

  it('answers 409 listing the other manager in details.causes, and takes the field with force=true', async () => {
    const { code, status } = await failure(k.core.patchNamespacedSecret({ namespace: ns, name: 'ssa', body: cm({ app: 'two' }, {}), fieldManager: 'beta' }, apply))
    expect(code).toBe(409)
    expect(status.reason).toBe('Conflict')
    expect(status.message).toBe('Apply failed with 1 conflict: conflict with "alpha": .metadata.labels.app')
    expect(status.details?.causes).toEqual([{ reason: 'FieldManagerConflict', message: 'conflict with "alpha"', field: '.metadata.labels.app' }])
    const forced = await k.core.patchNamespacedSecret({ namespace: ns, name: 'ssa', body: cm({ app: 'two' }, {}), fieldManager: 'beta', force: true }, apply)
    expect(forced.metadata?.labels?.app).toBe('two')
    const owners = Object.fromEntries(forced.metadata!.managedFields!.map((m) => [m.manager, m.fieldsV1]))
    // An empty map in the configuration is a field of its own.
    expect(owners.beta).toEqual({ 'f:data': {}, 'f:metadata': { 'f:labels': { 'f:app': {} } } })
    expect(owners.alpha).toEqual({ 'f:data': { 'f:a': {} } })
  })

  it('removes a field its only manager stops applying', async () => {
    const after = await k.core.patchNamespacedSecret({ namespace: ns, name: 'ssa', body: cm({}, { b: 'Yg==' }), fieldManager: 'alpha' }, apply)
    expect(after.data).toEqual({ b: 'Yg==' })
    expect(after.metadata?.labels?.app).toBe('two') // owned by beta, untouched
  })

  it('requires fieldManager for apply', async () => {
    const { code, status } = await failure(k.core.patchNamespacedSecret({ namespace: ns, name: 'ssa', body: cm({}, {}) }, apply))
    expect(code).toBe(400)
    expect(status.message).toContain('fieldManager: Required value')
  })

  it('records merge and strategic merge patches as Update operations that take ownership', async () => {
    const merged = await k.core.patchNamespacedSecret({ namespace: ns, name: 'ssa', body: { metadata: { labels: { app: 'three' } } }, fieldManager: 'gamma' }, mergePatch)
    const gamma = merged.metadata!.managedFields!.find((m) => m.manager === 'gamma')!
    expect(gamma.operation).toBe('Update')
    expect(gamma.fieldsV1).toEqual({ 'f:metadata': { 'f:labels': { 'f:app': {} } } })
    expect(merged.metadata!.managedFields!.find((m) => m.manager === 'beta')).toBeUndefined()
    // beta now conflicts with gamma's Update entry.
    const { status } = await failure(k.core.patchNamespacedSecret({ namespace: ns, name: 'ssa', body: cm({ app: 'two' }, {}), fieldManager: 'beta' }, apply))
    expect(status.message).toMatch(/^Apply failed with 1 conflict: conflict with "gamma" using v1 at \S+: \.metadata\.labels\.app$/)

    await k.core.createNamespacedPod({ namespace: ns, body: pod('smp', 'nginx:1.27') })
    const smp = await k.core.patchNamespacedPod(
      { namespace: ns, name: 'smp', body: { spec: { containers: [{ name: 'main', image: 'nginx:1.28' }] } }, fieldManager: 'delta' },
      strategic
    )
    expect(smp.spec?.containers.map((c) => [c.name, c.image])).toEqual([['main', 'nginx:1.28']])
    expect(smp.spec?.containers[0]?.terminationMessagePath).toBe('/dev/termination-log') // merged by name, not replaced
  })

  it('applies JSON patches (client-node’s default patch type)', async () => {
    const patched = await k.core.patchNamespacedSecret({ namespace: ns, name: 'ssa', body: [{ op: 'add', path: '/metadata/labels/extra', value: 'x' }] })
    expect(patched.metadata?.labels?.extra).toBe('x')
  })
})

describe('pods', () => {
  it('allows image and label changes but refuses other spec changes with 422', async () => {
    await k.core.createNamespacedPod({ namespace: ns, body: pod('immutable') })
    const img = await k.core.patchNamespacedPod({ namespace: ns, name: 'immutable', body: { spec: { containers: [{ name: 'main', image: 'nginx:1.28' }] }, metadata: { labels: { x: 'y' } } } }, strategic)
    expect(img.spec?.containers[0]?.image).toBe('nginx:1.28')
    expect(img.metadata?.labels?.x).toBe('y')
    const { code, status } = await failure(k.core.patchNamespacedPod({ namespace: ns, name: 'immutable', body: { spec: { restartPolicy: 'Never' } } }, mergePatch))
    expect(code).toBe(422)
    expect(status.reason).toBe('Invalid')
    expect(status.message).toMatch(/^Pod "immutable" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers\[\*\].image`/)
  })

  it('goes Pending → scheduled → Running with conditions, container statuses and the usual events', async () => {
    const created = await k.core.createNamespacedPod({ namespace: ns, body: pod('life') })
    expect(created.status?.phase).toBe('Pending')
    expect(advance({ name: 'life' })).toEqual([{ namespace: ns, name: 'life', transition: 'Scheduled' }])
    const scheduled = await k.core.readNamespacedPod({ namespace: ns, name: 'life' })
    expect([scheduled.status?.phase, scheduled.spec?.nodeName, scheduled.status?.conditions?.map((c) => `${c.type}=${c.status}`)]).toEqual(['Pending', expect.any(String), ['PodScheduled=True']])
    expect(advance({ name: 'life' })).toEqual([{ namespace: ns, name: 'life', transition: 'Running' }])
    const running = await k.core.readNamespacedPod({ namespace: ns, name: 'life' })
    expect(running.status?.phase).toBe('Running')
    expect(running.status?.startTime).toBeTruthy()
    expect(running.status?.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True')
    expect(running.status?.containerStatuses?.[0]).toMatchObject({ name: 'main', ready: true, started: true, state: { running: {} } })
    expect(running.spec?.nodeName).toBe(scheduled.spec?.nodeName)
    const events = await k.core.listNamespacedEvent({ namespace: ns, fieldSelector: 'involvedObject.name=life' })
    expect(events.items.map((e) => e.reason).sort()).toEqual(['Created', 'Pulled', 'Pulling', 'Scheduled', 'Started'])
    expect(events.items.every((e) => e.involvedObject.uid === created.metadata!.uid)).toBe(true)
    const byPhase = await k.core.listNamespacedPod({ namespace: ns, fieldSelector: 'status.phase=Running' })
    expect(byPhase.items.map((p) => p.metadata?.name)).toContain('life')
    expect(advance({ name: 'life' })).toEqual([])
  })

  it('leaves an image containing "invalid" Pending in ErrImagePull then ImagePullBackOff, with Failed/BackOff events', async () => {
    await k.core.createNamespacedPod({ namespace: ns, body: pod('badimg', 'example.com/invalid:1') })
    const waiting = async () => (await k.core.readNamespacedPod({ namespace: ns, name: 'badimg' })).status?.containerStatuses?.[0]?.state?.waiting?.reason
    expect(advance({ name: 'badimg' }).map((a) => a.transition)).toEqual(['Scheduled'])
    expect(advance({ name: 'badimg' }).map((a) => a.transition)).toEqual(['ErrImagePull'])
    expect(await waiting()).toBe('ErrImagePull')
    expect(advance({ name: 'badimg' }).map((a) => a.transition)).toEqual(['ImagePullBackOff'])
    expect(await waiting()).toBe('ImagePullBackOff')
    expect((await k.core.readNamespacedPod({ namespace: ns, name: 'badimg' })).status?.phase).toBe('Pending')
    const events = await k.core.listNamespacedEvent({ namespace: ns, fieldSelector: 'involvedObject.name=badimg' })
    expect(events.items.map((e) => e.reason)).toContain('BackOff')
    expect(events.items.filter((e) => e.reason === 'Failed').map((e) => e.message)).toEqual(expect.arrayContaining(['Error: ErrImagePull']))
  })

  it('waits in CreateContainerConfigError while a Secret its env reads is missing, and starts once it is written', async () => {
    const body = pod('needs-secret')
    body.spec!.containers[0]!.env = [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 'later', key: 'token' } } }]
    await k.core.createNamespacedPod({ namespace: ns, body })
    expect(advance({ name: 'needs-secret', all: true }).map((a) => a.transition)).toEqual(['Scheduled', 'Running'])
    const stuck = await k.core.readNamespacedPod({ namespace: ns, name: 'needs-secret' })
    expect([stuck.status?.phase, stuck.status?.containerStatuses?.[0]?.state?.waiting]).toEqual(['Pending', { reason: 'CreateContainerConfigError', message: 'secret "later" not found' }])
    const events = await k.core.listNamespacedEvent({ namespace: ns, fieldSelector: 'involvedObject.name=needs-secret,reason=Failed' })
    expect(events.items.map((e) => e.message)).toEqual(['Error: secret "later" not found'])
    expect(advance({ name: 'needs-secret' })).toEqual([])
    await k.core.createNamespacedSecret({ namespace: ns, body: secret('later', {}, { token: 'dA==' }) })
    expect(advance({ name: 'needs-secret' }).map((a) => a.transition)).toEqual(['Running'])
    expect((await k.core.readNamespacedPod({ namespace: ns, name: 'needs-secret' })).status?.phase).toBe('Running')
  })

  it('finishes a runner pod through the admin route (Succeeded and Failed)', async () => {
    for (const [name, phase, exitCode] of [
      ['runner-ok', 'Succeeded', 0],
      ['runner-ko', 'Failed', 1]
    ] as const) {
      await k.core.createNamespacedPod({ namespace: ns, body: pod(name, 'ghcr.io/actions/actions-runner:latest') })
      expect(advance({ name, all: true }).map((a) => a.transition)).toEqual(['Scheduled', 'Running'])
      const res = await call(sb, `${sb.urls.admin}/kube/pods/${ns}/${name}/finish`, { method: 'POST', body: { phase } })
      expect(res.status).toBe(200)
      const done = await k.core.readNamespacedPod({ namespace: ns, name })
      expect(done.status?.phase).toBe(phase)
      expect(done.status?.containerStatuses?.[0]?.state?.terminated?.exitCode).toBe(exitCode)
    }
  })

  it('lists pending transitions and advances pods through the admin routes; the mode can change at run time', async () => {
    const lifecycle = `${sb.urls.admin}/kube/lifecycle`
    await k.core.createNamespacedPod({ namespace: ns, body: pod('slow') })
    const pending = (await call(sb, lifecycle)).body as { podLifecycle: string; pending: Array<{ name: string; next: string[] }> }
    expect(pending.podLifecycle).toBe('manual')
    expect(pending.pending.find((p) => p.name === 'slow')?.next).toEqual(['Scheduled', 'Running'])
    expect((await k.core.readNamespacedPod({ namespace: ns, name: 'slow' })).status?.phase).toBe('Pending')
    const res = await call(sb, `${lifecycle}/advance`, { method: 'POST', body: { namespace: ns, name: 'slow', all: true } })
    expect(res.body).toEqual({ advanced: [{ namespace: ns, name: 'slow', transition: 'Scheduled' }, { namespace: ns, name: 'slow', transition: 'Running' }] })
    expect((await k.core.readNamespacedPod({ namespace: ns, name: 'slow' })).status?.phase).toBe('Running')

    expect((await call(sb, lifecycle, { method: 'POST', body: { podLifecycle: 'instant' } })).body).toMatchObject({ podLifecycle: 'instant' })
    try {
      const created = await k.core.createNamespacedPod({ namespace: ns, body: pod('quick') })
      expect(created.status?.phase).toBe('Pending')
      expect((await k.core.readNamespacedPod({ namespace: ns, name: 'quick' })).status?.phase).toBe('Running')
    } finally {
      await call(sb, lifecycle, { method: 'POST', body: { podLifecycle: 'manual' } })
    }
    expect((await call(sb, lifecycle, { method: 'POST', body: { podLifecycle: 'sometimes' } })).status).toBe(400)
  })
})

describe('deletion', () => {
  const owned = async (podName: string, secretName: string) => {
    const p = await k.core.createNamespacedPod({ namespace: ns, body: pod(podName) })
    await k.core.createNamespacedSecret({
      namespace: ns,
      body: { ...secret(secretName), metadata: { name: secretName, ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: podName, uid: p.metadata!.uid! }] } }
    })
  }

  it('garbage-collects a Secret owned by a Pod when the Pod is deleted', async () => {
    await owned('owner', 'owned')
    const res = await k.core.deleteNamespacedPod({ namespace: ns, name: 'owner' })
    expect(res.metadata?.deletionTimestamp).toBeTruthy()
    // Terminating (its grace period): still there, and so is what it owns.
    expect((await k.core.readNamespacedPod({ namespace: ns, name: 'owner' })).metadata?.deletionTimestamp).toBeTruthy()
    expect((await k.core.readNamespacedSecret({ namespace: ns, name: 'owned' })).metadata?.name).toBe('owned')
    expect(advance({ name: 'owner' })).toEqual([{ namespace: ns, name: 'owner', transition: 'Removed' }])
    expect((await failure(k.core.readNamespacedPod({ namespace: ns, name: 'owner' }))).code).toBe(404)
    expect((await failure(k.core.readNamespacedSecret({ namespace: ns, name: 'owned' }))).code).toBe(404)
  })

  it('orphans dependents with propagationPolicy=Orphan', async () => {
    await owned('owner2', 'owned2')
    await k.core.deleteNamespacedPod({ namespace: ns, name: 'owner2', propagationPolicy: 'Orphan', gracePeriodSeconds: 0 })
    const s = await k.core.readNamespacedSecret({ namespace: ns, name: 'owned2' })
    expect(s.metadata?.ownerReferences).toBeUndefined()
  })

  it('answers a Status for non-graceful kinds and removes a namespace with its contents', async () => {
    await k.core.createNamespace({ body: { metadata: { name: 'doomed' } } })
    await k.core.createNamespacedSecret({ namespace: 'doomed', body: secret('inside') })
    const st = (await k.core.deleteNamespacedSecret({ namespace: 'doomed', name: 'inside' })) as unknown as { status: string; details: { name: string } }
    expect(st).toMatchObject({ status: 'Success', details: { name: 'inside' } })
    await k.core.createNamespacedSecret({ namespace: 'doomed', body: secret('inside2') })
    const gone = await k.core.deleteNamespace({ name: 'doomed' })
    expect(gone).toMatchObject({ status: 'Success', details: { name: 'doomed', kind: 'namespaces' } })
    expect((await k.core.listSecretForAllNamespaces({ fieldSelector: 'metadata.namespace=doomed' })).items).toHaveLength(0)
  })
})

describe('watch', () => {
  it('streams changes after a resourceVersion to client-node’s Watch as they happen', async () => {
    const list = await k.core.listNamespacedSecret({ namespace: ns })
    const seen: Array<[string, string]> = []
    let both: () => void = () => undefined
    const arrived = new Promise<void>((resolve) => (both = resolve))
    const watcher = await new Watch(k.kc).watch(
      `/api/v1/namespaces/${ns}/secrets`,
      { resourceVersion: list.metadata!.resourceVersion },
      (type: string, obj: V1Secret) => {
        seen.push([type, obj.metadata!.name!])
        if (seen.length === 2) both()
      },
      () => undefined
    )
    await k.core.createNamespacedSecret({ namespace: ns, body: secret('watched') })
    await k.core.deleteNamespacedSecret({ namespace: ns, name: 'watched' })
    await arrived
    watcher.abort()
    expect(seen).toEqual([
      ['ADDED', 'watched'],
      ['DELETED', 'watched']
    ])
  })
})

describe('TokenRequest and the issuer', () => {
  const jwks = async (): Promise<JSONWebKeySet> => {
    const issuer = (sb.ctx.parts.kube as KubeSandboxView).issuerUrl()
    const conf = await call(sb, `${issuer}.well-known/openid-configuration`)
    expect(conf.status).toBe(200)
    expect((conf.body as { issuer: string }).issuer).toBe(issuer)
    return (await call(sb, (conf.body as { jwks_uri: string }).jwks_uri)).body as JSONWebKeySet
  }

  it('mints an RS256 JWT with the issuer, subject, audiences, expiry and kubernetes.io claim', async () => {
    const sa = await k.core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: 'tok' } } })
    const tr = await k.core.createNamespacedServiceAccountToken({
      namespace: ns,
      name: 'tok',
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { audiences: ['api://AzureADTokenExchange'], expirationSeconds: 1800 } }
    })
    const token = tr.status!.token
    const keys = await jwks()
    expect(decodeProtectedHeader(token)).toMatchObject({ alg: 'RS256', kid: keys.keys[0]!.kid })
    const issuer = (sb.ctx.parts.kube as KubeSandboxView).issuerUrl()
    expect(issuer).toBe(`${sb.urls.oidc}/${sb.tenantId}/${issuer.split('/').slice(-2)[0]}/`)
    const { payload } = await jwtVerify(token, createLocalJWKSet(keys), { issuer, audience: 'api://AzureADTokenExchange' })
    expect(payload.sub).toBe(`system:serviceaccount:${ns}:tok`)
    expect(payload.exp! - payload.iat!).toBe(1800)
    expect(payload['kubernetes.io']).toEqual({ namespace: ns, serviceaccount: { name: 'tok', uid: sa.metadata!.uid } })
    expect(new Date(tr.status!.expirationTimestamp).getTime()).toBe(payload.exp! * 1000)
  })

  it('defaults the audience to the issuer and the lifetime to 3600 s', async () => {
    const tr = await k.core.createNamespacedServiceAccountToken({ namespace: ns, name: 'tok', body: { spec: { audiences: [] } } })
    const claims = decodeJwt(tr.status!.token)
    expect(claims.aud).toEqual([(sb.ctx.parts.kube as KubeSandboxView).issuerUrl()])
    expect(claims.exp! - claims.iat!).toBe(3600)
  })

  it('refuses less than 10 minutes (422) and unknown service accounts (404)', async () => {
    const short = await failure(k.core.createNamespacedServiceAccountToken({ namespace: ns, name: 'tok', body: { spec: { audiences: [], expirationSeconds: 599 } } }))
    expect(short.code).toBe(422)
    expect(short.status.message).toBe('TokenRequest.authentication.k8s.io "tok" is invalid: spec.expirationSeconds: Invalid value: 599: may not specify a duration less than 10 minutes')
    const missing = await failure(k.core.createNamespacedServiceAccountToken({ namespace: ns, name: 'ghost', body: { spec: { audiences: [] } } }))
    expect(missing).toMatchObject({ code: 404, status: { message: 'serviceaccounts "ghost" not found' } })
  })

  it('serves no issuer documents while ARM reports the OIDC issuer disabled', async () => {
    const issuer = (sb.ctx.parts.kube as KubeSandboxView).issuerUrl()
    await call(sb, `${sb.urls.admin}/arm/cluster`, { method: 'PATCH', body: { oidcIssuerEnabled: false } })
    try {
      expect((await call(sb, `${issuer}.well-known/openid-configuration`)).status).toBe(404)
    } finally {
      await call(sb, `${sb.urls.admin}/arm/cluster`, { method: 'PATCH', body: { oidcIssuerEnabled: true } })
    }
    expect((await call(sb, `${issuer}.well-known/openid-configuration`)).status).toBe(200)
  })
})

describe('faults', () => {
  it('answers an injected 503 in the Status shape, once', async () => {
    await call(sb, `${sb.urls.admin}/faults`, { method: 'POST', body: { service: 'kube', operation: 'kube.object.list', kind: 'status', status: 503, times: 1 } })
    const { code, status } = await failure(k.core.listNamespacedSecret({ namespace: ns }))
    expect(code).toBe(503)
    expect(status).toMatchObject({ kind: 'Status', reason: 'ServiceUnavailable', code: 503 })
    expect((await k.core.listNamespacedSecret({ namespace: ns })).items.length).toBeGreaterThan(0)
  })
})

describe('reset', () => {
  it('returns to the seeded state: seeded namespaces only, webhook on, same admin token', async () => {
    await call(sb, `${sb.urls.admin}/kube/webhook`, { method: 'POST', body: { enabled: false } })
    expect((await call(sb, `${sb.urls.admin}/reset`, { method: 'POST' })).status).toBe(204)
    const names = (await k.core.listNamespace()).items.map((n) => n.metadata!.name)
    expect(names).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system'])
    expect((await call(sb, `${sb.urls.admin}/kube/webhook`)).body).toMatchObject({ enabled: true })
    expect((await k.core.listPodForAllNamespaces()).items).toHaveLength(0)
  })
})
