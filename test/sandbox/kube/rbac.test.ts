// The sandbox API server's rbac.authorization.k8s.io/v1 (namespaced Roles and RoleBindings), through the real
// @kubernetes/client-node: discovery, create/get/list, server-side apply with managed fields, delete, garbage
// with the namespace, and the group served only where the real API server serves it.
import { readFileSync } from 'node:fs'
import { ApisApi, CoreV1Api, KubeConfig, PatchStrategy, RbacAuthorizationV1Api, setHeaderOptions, type V1Role } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../index.js'
import { adminToken, call } from './testkit.js'

let sb: Sandbox
let rbac: RbacAuthorizationV1Api
let core: CoreV1Api
let kc: KubeConfig
const NS = 'rbac-test'

const role = (verbs: string[]): V1Role => ({
  apiVersion: 'rbac.authorization.k8s.io/v1',
  kind: 'Role',
  metadata: { name: 'runner', namespace: NS, labels: { team: 'ci' } },
  rules: [{ apiGroups: [''], resources: ['pods', 'pods/exec'], verbs }]
})

beforeAll(async () => {
  sb = await startSandbox()
  kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  rbac = kc.makeApiClient(RbacAuthorizationV1Api)
  core = kc.makeApiClient(CoreV1Api)
})
afterAll(async () => sb?.stop())
beforeEach(async () => {
  sb.reset()
  await core.createNamespace({ body: { metadata: { name: NS } } })
})

test('discovery lists the group and its two namespaced resources', async () => {
  const groups = await kc.makeApiClient(ApisApi).getAPIVersions()
  expect(groups.groups.map((g) => g.name)).toContain('rbac.authorization.k8s.io')
  const list = await rbac.getAPIResources()
  expect(list.groupVersion).toBe('rbac.authorization.k8s.io/v1')
  expect(list.resources.map((r) => [r.name, r.kind, r.namespaced])).toEqual([
    ['roles', 'Role', true],
    ['rolebindings', 'RoleBinding', true]
  ])
})

test('Role: create, read, list by label, server-side apply (no-op keeps the resourceVersion), delete', async () => {
  const created = await rbac.createNamespacedRole({ namespace: NS, body: role(['get']) })
  expect(created.apiVersion).toBe('rbac.authorization.k8s.io/v1')
  expect(created.metadata?.managedFields?.[0]).toMatchObject({ apiVersion: 'rbac.authorization.k8s.io/v1', operation: 'Update' })
  expect((await rbac.readNamespacedRole({ name: 'runner', namespace: NS })).rules).toEqual(role(['get']).rules)
  expect((await rbac.listNamespacedRole({ namespace: NS, labelSelector: 'team=ci' })).items.map((r) => r.metadata?.name)).toEqual(['runner'])

  const apply = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)
  const applied = await rbac.patchNamespacedRole({ name: 'runner', namespace: NS, body: role(['get', 'create']), fieldManager: 'tester', force: true }, apply)
  expect(applied.rules?.[0]?.verbs).toEqual(['get', 'create'])
  const again = await rbac.patchNamespacedRole({ name: 'runner', namespace: NS, body: role(['get', 'create']), fieldManager: 'tester', force: true }, apply)
  expect(again.metadata?.resourceVersion).toBe(applied.metadata?.resourceVersion)

  await rbac.deleteNamespacedRole({ name: 'runner', namespace: NS })
  await expect(rbac.readNamespacedRole({ name: 'runner', namespace: NS })).rejects.toMatchObject({ code: 404 })
})

test('RoleBinding: created by server-side apply; a wrong apiVersion is refused; removed with its namespace', async () => {
  const apply = setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)
  const body = {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'runner', namespace: NS },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'runner' },
    subjects: [{ kind: 'ServiceAccount', name: 'app-sa', namespace: NS }]
  }
  const created = await rbac.patchNamespacedRoleBinding({ name: 'runner', namespace: NS, body, fieldManager: 'tester' }, apply)
  expect(created.subjects).toEqual(body.subjects)
  await expect(rbac.createNamespacedRoleBinding({ namespace: NS, body: { ...body, apiVersion: 'v1', metadata: { name: 'other' } } })).rejects.toMatchObject({ code: 400 })
  await core.deleteNamespace({ name: NS })
  await expect(rbac.readNamespacedRoleBinding({ name: 'runner', namespace: NS })).rejects.toMatchObject({ code: 404 })
})

test('roles are served only under their group, never under the core API', async () => {
  await rbac.createNamespacedRole({ namespace: NS, body: role(['get']) })
  const auth = { authorization: `Bearer ${adminToken(sb)}` }
  expect((await call(sb, `${sb.urls.kube}/api/v1/namespaces/${NS}/roles`, { headers: auth })).status).toBe(404)
  const listed = await call(sb, `${sb.urls.kube}/apis/rbac.authorization.k8s.io/v1/namespaces/${NS}/roles`, { headers: auth })
  expect(listed).toMatchObject({ status: 200, body: { kind: 'RoleList', apiVersion: 'rbac.authorization.k8s.io/v1' } })
  // And the core discovery document does not list them.
  expect((await core.getAPIResources()).resources.map((r) => r.name)).not.toContain('roles')
})
