// The workload identity webhook (azure-workload-identity v1.6, FACTS.md c.5), one test per rule, through
// pods created with the real @kubernetes/client-node; plus its own service-account check in-process.
import { createHash } from 'node:crypto'
import { PatchStrategy, setHeaderOptions, type V1Container, type V1Pod } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../index.js'
import { HttpError } from '../frame.js'
import { AKS_SERVER_APP_ID } from '../context.js'
import { principalCredential } from '../azure/sdk.js'
import { mutatePod } from './webhook.js'
import { call, failure, sandboxClients, type KubeClients } from './testkit.js'

let sb: Sandbox
let k: KubeClients
const ns = 'wi'
const CLIENT_ID = '0d5c4a1e-1111-4b7a-9c2d-2e0b3a4c5d6e'
const TOKEN_FILE = '/var/run/secrets/azure/wi/token/azure-identity-token'

beforeAll(async () => {
  sb = await startSandbox({ kube: { podStartMs: 50 }, azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  k = sandboxClients(sb)
  await k.core.createNamespace({ body: { metadata: { name: ns } } })
  await k.core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: 'wi-sa', annotations: { 'azure.workload.identity/client-id': CLIENT_ID } } } })
})
afterAll(async () => {
  await sb?.stop()
})

let n = 0
const create = (opts: { labels?: Record<string, string>; annotations?: Record<string, string>; sa?: string; containers?: V1Container[]; initContainers?: V1Container[]; namespace?: string; generateName?: string }) =>
  k.core.createNamespacedPod({
    namespace: opts.namespace ?? ns,
    body: {
      metadata: {
        ...(opts.generateName ? { generateName: opts.generateName } : { name: `p${++n}` }),
        labels: opts.labels ?? { 'azure.workload.identity/use': 'true' },
        annotations: opts.annotations
      },
      spec: { serviceAccountName: opts.sa ?? 'wi-sa', containers: opts.containers ?? [{ name: 'main', image: 'nginx:1.27' }], initContainers: opts.initContainers }
    }
  })

const env = (c: V1Container | undefined): Record<string, string> => Object.fromEntries((c?.env ?? []).map((e) => [e.name, e.value ?? '']))
const wiVolume = (p: V1Pod) => p.spec?.volumes?.find((v) => v.name.startsWith('azure-workload-identity-reserved-'))
const hashName = (s: string) => `azure-workload-identity-reserved-${createHash('sha256').update(s).digest('hex')}`.slice(0, 63)
const setWebhook = (enabled: boolean) => call(sb, `${sb.urls.admin}/kube/webhook`, { method: 'POST', body: { enabled } })
const setClusterWi = (enabled: boolean) => call(sb, `${sb.urls.admin}/arm/cluster`, { method: 'PATCH', body: { workloadIdentityEnabled: enabled } })

describe('workload identity webhook', () => {
  it('injects the four variables, the v1.6 projected token volume and its mount', async () => {
    const p = await create({})
    expect(env(p.spec!.containers[0])).toMatchObject({
      AZURE_CLIENT_ID: CLIENT_ID,
      AZURE_TENANT_ID: sb.tenantId,
      AZURE_FEDERATED_TOKEN_FILE: TOKEN_FILE,
      AZURE_AUTHORITY_HOST: `${sb.urls.entra}/`
    })
    const vol = wiVolume(p)!
    expect(vol.name).toBe(hashName(p.metadata!.name!))
    expect(vol.name).toHaveLength(63)
    expect(vol.projected?.sources).toEqual([{ serviceAccountToken: { path: 'token/azure-identity-token', expirationSeconds: 3600, audience: 'api://AzureADTokenExchange' } }])
    expect(p.spec!.containers[0]!.volumeMounts).toContainEqual({ name: vol.name, mountPath: '/var/run/secrets/azure/wi', readOnly: true })
  })

  it('mutates only pods labelled azure.workload.identity/use: "true"', async () => {
    for (const labels of [{}, { 'azure.workload.identity/use': 'True' }, { 'azure.workload.identity/use': 'false' }] as Array<Record<string, string>>) {
      const p = await create({ labels })
      expect(wiVolume(p)).toBeUndefined()
      expect(env(p.spec!.containers[0]).AZURE_CLIENT_ID).toBeUndefined()
    }
  })

  it('keeps variables a container already defines and skips empty values', async () => {
    await k.core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: 'plain-sa' } } })
    const p = await create({ sa: 'plain-sa', containers: [{ name: 'main', image: 'nginx:1.27', env: [{ name: 'AZURE_TENANT_ID', value: 'mine' }] }] })
    const e = env(p.spec!.containers[0])
    expect(e.AZURE_TENANT_ID).toBe('mine')
    expect(p.spec!.containers[0]!.env!.filter((x) => x.name === 'AZURE_TENANT_ID')).toHaveLength(1)
    expect('AZURE_CLIENT_ID' in e).toBe(false) // no client-id annotation: nothing injected
    expect(e.AZURE_FEDERATED_TOKEN_FILE).toBe(TOKEN_FILE)
  })

  it('takes the tenant from the service account annotation when present', async () => {
    await k.core.createNamespacedServiceAccount({
      namespace: ns,
      body: { metadata: { name: 'tenant-sa', annotations: { 'azure.workload.identity/client-id': CLIENT_ID, 'azure.workload.identity/tenant-id': 'other-tenant' } } }
    })
    expect(env((await create({ sa: 'tenant-sa' })).spec!.containers[0]).AZURE_TENANT_ID).toBe('other-tenant')
  })

  it('reads the token expiration from the service account, the pod annotation winning', async () => {
    await k.core.createNamespacedServiceAccount({
      namespace: ns,
      body: { metadata: { name: 'exp-sa', annotations: { 'azure.workload.identity/service-account-token-expiration': '7200' } } }
    })
    const fromSa = await create({ sa: 'exp-sa' })
    expect(wiVolume(fromSa)!.projected!.sources![0]!.serviceAccountToken!.expirationSeconds).toBe(7200)
    const fromPod = await create({ sa: 'exp-sa', annotations: { 'azure.workload.identity/service-account-token-expiration': '5000' } })
    expect(wiVolume(fromPod)!.projected!.sources![0]!.serviceAccountToken!.expirationSeconds).toBe(5000)
  })

  it.each([3599, 86401])('denies the admission for an expiration of %i s', async (seconds) => {
    const { code, status } = await failure(create({ annotations: { 'azure.workload.identity/service-account-token-expiration': String(seconds) } }))
    expect(code).toBe(400)
    expect(status.message).toBe(`admission webhook "mutation.azure-workload-identity.io" denied the request: token expiration ${seconds} not valid. Expected value to be between 3600 and 86400`)
    expect(status.reason).toBeUndefined()
  })

  it('honours skip-containers and mutates init containers too', async () => {
    const p = await create({
      annotations: { 'azure.workload.identity/skip-containers': 'sidecar; other' },
      initContainers: [{ name: 'init', image: 'busybox:1.36' }],
      containers: [
        { name: 'main', image: 'nginx:1.27' },
        { name: 'sidecar', image: 'envoy:1' }
      ]
    })
    const [main, sidecar] = p.spec!.containers
    expect(env(main).AZURE_CLIENT_ID).toBe(CLIENT_ID)
    expect(env(sidecar).AZURE_CLIENT_ID).toBeUndefined()
    expect(sidecar!.volumeMounts?.some((m) => m.mountPath === '/var/run/secrets/azure/wi')).toBe(false)
    expect(env(p.spec!.initContainers![0]).AZURE_FEDERATED_TOKEN_FILE).toBe(TOKEN_FILE)
  })

  it('injects the IMDS proxy (init container + native sidecar) on request, on the annotated port', async () => {
    const p = await create({ annotations: { 'azure.workload.identity/inject-proxy-sidecar': 'true', 'azure.workload.identity/proxy-sidecar-port': '8081' } })
    const init = p.spec!.initContainers!
    expect(init.map((c) => c.name)).toEqual(['azwi-proxy', 'azwi-proxy-init'])
    const [proxy, proxyInit] = init
    expect(proxy).toMatchObject({ restartPolicy: 'Always', args: ['--proxy-port=8081', '--log-level=info'], ports: [{ containerPort: 8081, protocol: 'TCP' }] })
    expect(proxyInit!.securityContext).toMatchObject({ privileged: true, runAsUser: 0, capabilities: { add: ['NET_ADMIN'] } })
    expect(env(proxyInit).PROXY_PORT).toBe('8081')
    // Injected containers get the variables too, and the API server's defaults.
    expect(env(proxy).AZURE_CLIENT_ID).toBe(CLIENT_ID)
    expect(proxy!.terminationMessagePath).toBe('/dev/termination-log')
  })

  it('refuses the proxy for hostNetwork pods and an unparsable port', async () => {
    const hostNet = await failure(
      k.core.createNamespacedPod({
        namespace: ns,
        body: {
          metadata: { name: 'hostnet', labels: { 'azure.workload.identity/use': 'true' }, annotations: { 'azure.workload.identity/inject-proxy-sidecar': 'true' } },
          spec: { hostNetwork: true, serviceAccountName: 'wi-sa', containers: [{ name: 'main', image: 'nginx:1.27' }] }
        }
      })
    )
    expect(hostNet.status.message).toBe('admission webhook "mutation.azure-workload-identity.io" denied the request: hostNetwork is set to true, cannot inject proxy sidecar')
    const badPort = await failure(create({ annotations: { 'azure.workload.identity/inject-proxy-sidecar': 'true', 'azure.workload.identity/proxy-sidecar-port': 'http' } }))
    expect(badPort.status.message).toContain('failed to parse proxy sidecar port: strconv.ParseInt: parsing "http": invalid syntax')
  })

  it('names the volume after generateName when the pod has no name yet', async () => {
    const p = await create({ generateName: 'runner-' })
    expect(p.metadata!.name).toMatch(/^runner-[a-z0-9]{5}$/)
    expect(wiVolume(p)!.name).toBe(hashName('runner- (prefix)'))
  })

  it('mutates pods created by server-side apply; a re-apply keeps the (unowned) injection', async () => {
    const manifest = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'applied', labels: { 'azure.workload.identity/use': 'true' } },
      spec: { serviceAccountName: 'wi-sa', containers: [{ name: 'main', image: 'nginx:1.27' }] }
    }
    const ssa = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)
    const created = await k.core.patchNamespacedPod({ namespace: ns, name: 'applied', body: manifest, fieldManager: 'deployer' }, ssa)
    expect(env(created.spec!.containers[0]).AZURE_FEDERATED_TOKEN_FILE).toBe(TOKEN_FILE)
    // Only what the manager applied is its own; the webhook's additions belong to no manager.
    expect(JSON.stringify(created.metadata!.managedFields)).not.toContain('AZURE_CLIENT_ID')
    // Once the scheduler has bound it (spec.nodeName), a re-apply of the same manifest changes nothing.
    let bound = created
    while (!bound.spec!.nodeName) bound = await k.core.readNamespacedPod({ namespace: ns, name: 'applied' })
    const again = await k.core.patchNamespacedPod({ namespace: ns, name: 'applied', body: manifest, fieldManager: 'deployer' }, ssa)
    expect(again.spec).toEqual(bound.spec)
    expect(again.metadata!.generation).toBe(created.metadata!.generation)
  })

  it('never mutates a pod after creation (CREATE only)', async () => {
    const p = await create({ labels: {} })
    const patched = await k.core.patchNamespacedPod({ namespace: ns, name: p.metadata!.name!, body: [{ op: 'add', path: '/metadata/labels', value: { 'azure.workload.identity/use': 'true' } }] })
    expect(wiVolume(patched)).toBeUndefined()
  })

  it('is not applied in kube-system', async () => {
    await k.core.createNamespacedServiceAccount({ namespace: 'kube-system', body: { metadata: { name: 'wi-sa', annotations: { 'azure.workload.identity/client-id': CLIENT_ID } } } })
    expect(wiVolume(await create({ namespace: 'kube-system' }))).toBeUndefined()
  })

  it('rejects the pod when its service account does not exist', async () => {
    // Through the API server the built-in ServiceAccount admission plugin refuses it first (403) ...
    const { code, status } = await failure(create({ sa: 'ghost' }))
    expect(code).toBe(403)
    expect(status.message).toBe(`pods "p${n}" is forbidden: error looking up service account ${ns}/ghost: serviceaccount "ghost" not found`)
    // ... and the webhook's own lookup denies it as well (it matters when its cache lags the plugin's).
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'x', labels: { 'azure.workload.identity/use': 'true' } }, spec: { serviceAccountName: 'ghost', containers: [{ name: 'c', image: 'i' }] } }
    let denied: HttpError | undefined
    try {
      mutatePod(pod, undefined, { tenantId: sb.tenantId, authorityHost: `${sb.urls.entra}/` })
    } catch (err) {
      denied = err as HttpError
    }
    expect(denied?.status).toBe(400)
    expect((denied?.body as { message: string }).message).toBe('admission webhook "mutation.azure-workload-identity.io" denied the request: serviceaccounts "ghost" not found')
  })

  it('leaves pods unmutated while switched off through the admin route', async () => {
    expect((await setWebhook(false)).body).toEqual({ enabled: false, active: false })
    try {
      const p = await create({})
      expect(wiVolume(p)).toBeUndefined()
      expect(p.spec!.containers[0]!.env).toBeUndefined()
    } finally {
      await setWebhook(true)
    }
    expect(wiVolume(await create({}))).toBeDefined()
  })

  it('is active only while the cluster has the workload identity feature on', async () => {
    await setClusterWi(false)
    try {
      expect((await call(sb, `${sb.urls.admin}/kube/webhook`)).body).toEqual({ enabled: true, active: false })
      expect(wiVolume(await create({}))).toBeUndefined()
    } finally {
      await setClusterWi(true)
    }
    expect(wiVolume(await create({}))).toBeDefined()
  })

  it('without the Azure half, acts as a cluster with workload identity on that accepts no Entra token', async () => {
    await setClusterWi(false)
    const entraToken = (await principalCredential(sb).getToken(`${AKS_SERVER_APP_ID}/.default`)).token
    const azure = sb.ctx.parts.azure
    sb.ctx.parts.azure = undefined
    try {
      expect(wiVolume(await create({}))).toBeDefined()
      const res = await call(sb, `${sb.urls.kube}/api/v1/namespaces`, { headers: { authorization: `Bearer ${entraToken}` } })
      expect(res.status).toBe(401)
    } finally {
      sb.ctx.parts.azure = azure
      await setClusterWi(true)
    }
    expect((await call(sb, `${sb.urls.kube}/api/v1/namespaces`, { headers: { authorization: `Bearer ${entraToken}` } })).status).toBe(200)
  })
})
