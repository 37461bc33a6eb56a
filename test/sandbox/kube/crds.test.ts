// The sandbox's CustomResourceDefinitions (crds.ts): a group is discoverable only once its CRD is stored; objects
// are stored, pruned of undeclared fields, refused with 422 Invalid when the CRD's schema says so, applied
// server-side, listed and deleted by label; a status (set as a controller would) survives writes of the main
// resource; deleting the CRD stops serving its group.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { ApiextensionsV1Api, CustomObjectsApi, KubeConfig, PatchStrategy, setHeaderOptions } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../index.js'
import type { KubeSandboxView } from './index.js'
import { failure } from './testkit.js'
import { adminCore } from '../../kube/helpers.js'
import { arcCrd } from '../../kube/arc-install.js'

let sb: Sandbox
let custom: CustomObjectsApi
let ext: ApiextensionsV1Api
const G = { group: 'actions.github.com', version: 'v1alpha1', plural: 'autoscalingrunnersets' }
const NS = 'ci'
const set = (name: string, labels: Record<string, string> = {}, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'actions.github.com/v1alpha1',
  kind: 'AutoscalingRunnerSet',
  metadata: { name, labels },
  spec: { githubConfigUrl: 'https://github.com/o', githubConfigSecret: 's', maxRunners: 2, ...spec }
})

beforeAll(async () => {
  sb = await startSandbox()
  const kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  custom = kc.makeApiClient(CustomObjectsApi)
  ext = kc.makeApiClient(ApiextensionsV1Api)
})
afterAll(async () => sb?.stop())
beforeEach(async () => {
  sb.reset()
  await adminCore(sb).createNamespace({ body: { metadata: { name: NS } } })
})

describe('sandbox CustomResourceDefinitions', () => {
  it('serves a group only once its CRD is stored, and stops when it is deleted', async () => {
    expect((await failure(custom.getAPIResources({ group: G.group, version: G.version }))).code).toBe(404)
    expect((await failure(custom.listNamespacedCustomObject({ ...G, namespace: NS }))).code).toBe(404)
    await ext.createCustomResourceDefinition({ body: arcCrd() })
    const list = await custom.getAPIResources({ group: G.group, version: G.version })
    expect(list.resources.map((r) => r.name)).toEqual(['autoscalingrunnersets', 'autoscalingrunnersets/status'])
    await custom.createNamespacedCustomObject({ ...G, namespace: NS, body: set('a') })
    await ext.deleteCustomResourceDefinition({ name: 'autoscalingrunnersets.actions.github.com' })
    expect((await failure(custom.getAPIResources({ group: G.group, version: G.version }))).code).toBe(404)
  })

  it('prunes undeclared fields, refuses invalid ones (422), lists and deletes by label, keeps a controller’s status', async () => {
    await ext.createCustomResourceDefinition({ body: arcCrd() })
    const stored = (await custom.createNamespacedCustomObject({
      ...G,
      namespace: NS,
      body: set('a', { team: 'x' }, { notAField: true })
    })) as { spec: Record<string, unknown> }
    expect(stored.spec).not.toHaveProperty('notAField')
    const bad = await failure(custom.createNamespacedCustomObject({ ...G, namespace: NS, body: set('b', {}, { minRunners: 'two' }) }))
    expect(bad.code).toBe(422)
    expect(bad.status.details?.causes).toEqual([expect.objectContaining({ field: 'spec.minRunners', reason: 'FieldValueTypeInvalid' })])
    await custom.createNamespacedCustomObject({ ...G, namespace: NS, body: set('c', { team: 'y' }) })

    const kube = sb.ctx.parts.kube as KubeSandboxView
    kube.apiServer!.setCustomStatus(G.group, G.plural, NS, 'a', { currentRunners: 1, phase: 'Running' })
    // Server-side apply of the main resource changes the spec, never the status.
    const applied = (await custom.patchNamespacedCustomObject(
      { ...G, namespace: NS, name: 'a', body: set('a', { team: 'x' }, { maxRunners: 7 }), fieldManager: 'test', force: true },
      setHeaderOptions('Content-Type', PatchStrategy.ServerSideApply)
    )) as { spec: { maxRunners: number }; status: unknown }
    expect(applied.spec.maxRunners).toBe(7)
    expect(applied.status).toEqual({ currentRunners: 1, phase: 'Running' })

    const byLabel = (await custom.listNamespacedCustomObject({ ...G, namespace: NS, labelSelector: 'team=x' })) as { items: Array<{ metadata: { name: string } }> }
    expect(byLabel.items.map((i) => i.metadata.name)).toEqual(['a'])
    await custom.deleteCollectionNamespacedCustomObject({ ...G, namespace: NS, labelSelector: 'team=y' })
    const left = (await custom.listNamespacedCustomObject({ ...G, namespace: NS })) as { items: Array<{ metadata: { name: string } }> }
    expect(left.items.map((i) => i.metadata.name)).toEqual(['a'])
  })
})
