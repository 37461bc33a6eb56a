// Server-side field validation (`fieldValidation`): Strict refuses unknown and duplicate fields with the API
// server's messages, Warn (the default) accepts with `Warning` headers, Ignore says nothing; server-side apply
// names the field "not declared in schema"; the real kubectl (which sends Strict) sees the refusal; and the
// action's own writes (it sends no fieldValidation) pass against a server whose default is Strict.
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startSandbox, type Sandbox } from '../index.js'
import { adminToken, call } from './testkit.js'
import { kubectlBinary } from '../../real/kubectl.js'
import { run as spawned } from '../../helpers/processes.js'
import { run } from '../../engine/helpers.js'
import { caFetch } from '../github/fetch.js'
import { ALL_KINDS } from '../../../src/engine.js'
import { desiredState } from '../../../src/desired.js'
import { tempDirSync } from '../../helpers/run-action.js'

let sb: Sandbox
let strict: Sandbox
beforeAll(async () => {
  ;[sb, strict] = await Promise.all([
    startSandbox({ kube: { podStartMs: 50 } }),
    startSandbox({ kube: { podStartMs: 50, fieldValidation: 'Strict' }, azure: { consistency: { clusterOperationMs: 50 } } })
  ])
})
afterAll(async () => Promise.all([sb?.stop(), strict?.stop()]))

const sa = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, ...extra } })
const post = (path: string, body: unknown, query = '') =>
  call(sb, `${sb.urls.kube}/api/v1/namespaces/default/${path}${query}`, { method: 'POST', body, headers: { authorization: `Bearer ${adminToken(sb)}` } })

describe('fieldValidation on writes', () => {
  test('Strict refuses an unknown field with the strict decoding message', async () => {
    const res = await post('serviceaccounts', sa('sa-strict', { colour: 'blue' }), '?fieldValidation=Strict')
    expect(res.status).toBe(400)
    expect(res.body).toMatchObject({
      kind: 'Status',
      reason: 'BadRequest',
      code: 400,
      message: 'ServiceAccount in version "v1" cannot be handled as a ServiceAccount: strict decoding error: unknown field "metadata.colour"'
    })
  })

  test('Strict refuses a field given twice; Warn names it in a Warning header', async () => {
    const text = '{"apiVersion":"v1","kind":"ServiceAccount","metadata":{"name":"sa-dup","name":"sa-dup2"}}'
    const refused = await post('serviceaccounts', text, '?fieldValidation=Strict')
    expect(refused.status).toBe(400)
    expect((refused.body as { message: string }).message).toContain('strict decoding error: duplicate field "metadata.name"')
    const warned = await post('serviceaccounts', text, '?fieldValidation=Warn')
    expect(warned.status).toBe(201)
    expect(warned.headers.get('warning')).toBe('299 - "duplicate field \\"metadata.name\\""')
  })

  test('Warn (and no parameter: the default) stores the object without the field and says so; Ignore is silent', async () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p-warn' }, spec: { containers: [{ name: 'main', image: 'nginx:1.27', imagePullPolicyy: 'Always' }] } }
    const warned = await post('pods', pod)
    expect(warned.status).toBe(201)
    expect(warned.headers.get('warning')).toBe('299 - "unknown field \\"spec.containers[0].imagePullPolicyy\\""')
    const ignored = await post('pods', { ...pod, metadata: { name: 'p-ignore' } }, '?fieldValidation=Ignore')
    expect(ignored.status).toBe(201)
    expect(ignored.headers.get('warning')).toBeNull()
    expect((await post('pods', pod, '?fieldValidation=strict')).status).toBe(400)
  })

  test('server-side apply in Strict: "field not declared in schema"', async () => {
    const res = await call(sb, `${sb.urls.kube}/api/v1/namespaces/default/serviceaccounts/sa-apply?fieldManager=test&fieldValidation=Strict`, {
      method: 'PATCH',
      body: sa('sa-apply', { colour: 'blue' }),
      headers: { authorization: `Bearer ${adminToken(sb)}`, 'content-type': 'application/apply-patch+yaml' }
    })
    expect(res.status).toBe(400)
    expect((res.body as { message: string }).message).toBe('failed to create typed patch object (/v1, Kind=ServiceAccount) default/sa-apply: .metadata.colour: field not declared in schema')
  })

  test('the real kubectl sends Strict: a misspelt field is refused by the server', async () => {
    const bin = await kubectlBinary()
    const dir = tempDirSync('fieldvalidation-')
    const file = join(dir, 'pod.yaml')
    writeFileSync(file, 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: typo\n  namespace: default\nspec:\n  containers:\n    - name: main\n      image: nginx:1.27\n      imagee: nginx:1.28\n')
    const r = await spawned(bin, ['--kubeconfig', sb.files.kubeconfig!, '--cache-dir', join(dir, 'cache'), 'apply', '-f', file])
    rmSync(dir, { recursive: true, force: true })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('strict decoding error: unknown field "spec.containers[0].imagee"')
  })
})

test("the action's writes (namespace and service account by server-side apply, a runner pod and its Secret) pass where the server's default is Strict", async () => {
  // A GitHub runner: its JIT config Secret (owned by the pod) and the pod, besides the namespace and service account.
  const result = await run(strict, { 'runner-count': '1' }, { kinds: ALL_KINDS, desired: desiredState, githubFetch: caFetch(strict.tls.caPem), pollIntervalMs: 50 })
  expect(result.sink.warnings).toEqual([])
  const kubeWrites = strict.log.all().filter((e) => e.service === 'kube' && e.write)
  expect(kubeWrites.map((e) => `${e.method} ${e.path.split('?')[0]}`)).toEqual(
    expect.arrayContaining(['PATCH /api/v1/namespaces/apps', 'PATCH /api/v1/namespaces/apps/serviceaccounts/app-sa', 'POST /api/v1/namespaces/apps/pods', 'POST /api/v1/namespaces/apps/secrets'])
  )
  expect(kubeWrites.filter((e) => e.status >= 400)).toEqual([])
})
