// The runner plan's drift additions (issue 7): a pod whose JIT config Secret is gone, and a pod whose runner
// image was replaced on the cluster, are both replaced; a busy runner is left to finish its job.
import { describe, expect, test } from '@jest/globals'
import { runnerPodManifest, runnerSpecHash, type RunnerPodInput } from '../../src/kube/manifests.js'
import { jitSecretName } from '../kube/helpers.js'
import { planRunners, toRunnerPod, type RunnerPod } from '../../src/kube/runner-pods.js'
import { diffRunnerSet, type RunnerSetSpec } from '../../src/kube/runner-set.js'

const input: RunnerPodInput = { kind: 'github', options: {}, namespace: 'ci', serviceAccount: 'sa', image: 'ghcr.io/actions/actions-runner:2.329.0', namePrefix: 'r', clientId: 'c', tenantId: 't', ownerKey: '0123456789abcdef' }
/** A pod exactly as we would create it (the spec hash included), Running. */
const pod = (name: string, image = input.image): RunnerPod => {
  const p = runnerPodManifest(input, name, 7)
  p.spec!.containers[0]!.image = image
  return toRunnerPod({ ...p, metadata: { ...p.metadata, uid: `uid-${name}` }, status: { phase: 'Running' } })
}
const injected = () => true

describe('runner drift', () => {
  test('the pods are ours as built: nothing to do', () => {
    expect(pod('a').specHash).toBe(runnerSpecHash(input))
    expect(planRunners({ count: 1, input, pods: [pod('a')], injected, hasSecret: () => true })).toMatchObject({ create: 0, remove: [] })
  })

  test('a pod without its Secret is replaced, unless its runner is busy; without a Secret list nothing is assumed', () => {
    const p = planRunners({ count: 2, input, pods: [pod('a'), pod('b')], injected, hasSecret: (x) => x.name !== 'b' })
    expect(p.remove.map((r) => `${r.pod.name}:${r.reason}`)).toEqual(['b:secret-missing'])
    expect(p.create).toBe(1)
    const busy = planRunners({ count: 2, input, pods: [pod('a'), pod('b')], injected, hasSecret: (x) => x.name !== 'b', records: [{ id: 7, name: 'b', status: 'online', busy: true }] })
    expect(busy.deferred.map((x) => x.name)).toEqual(['b'])
    expect(planRunners({ count: 2, input, pods: [pod('a'), pod('b')], injected }).remove).toEqual([])
  })

  test('a pod whose runner image was replaced on the cluster is outdated, though its hash annotation still matches', () => {
    const p = planRunners({ count: 1, input, pods: [pod('a', 'evil/runner:latest')], injected, hasSecret: () => true })
    expect(p.remove.map((r) => `${r.pod.name}:${r.reason}`)).toEqual(['a:outdated'])
  })

  test('the runner set step names the field and the pod', () => {
    const spec: RunnerSetSpec = { ...input, count: 1, audience: 'api://AzureADTokenExchange', wait: false, timeoutSeconds: 60, clusterKey: 'cluster:rg/aks' }
    // As the webhook leaves it: the identity's env and the projected token.
    const a = pod('a')
    const c = a.pod.spec!.containers[0]!
    const dir = '/var/run/secrets/azure/tokens'
    c.env = [...(c.env ?? []), ...Object.entries({ AZURE_CLIENT_ID: 'c', AZURE_TENANT_ID: 't', AZURE_FEDERATED_TOKEN_FILE: `${dir}/azure-identity-token`, AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.com/' }).map(([name, value]) => ({ name, value }))]
    c.volumeMounts = [...(c.volumeMounts ?? []), { name: 'azure-identity-token', mountPath: dir, readOnly: true }]
    a.pod.spec!.volumes = [...(a.pod.spec!.volumes ?? []), { name: 'azure-identity-token', projected: { sources: [{ serviceAccountToken: { path: 'azure-identity-token', audience: spec.audience, expirationSeconds: 3600 } }] } }]
    expect(diffRunnerSet(spec, { pods: [a], secrets: [{ name: jitSecretName('a'), ownerUid: 'uid-a' }] })).toMatchObject({ action: 'unchanged', diff: [] })
    const change = diffRunnerSet(spec, { pods: [a], secrets: [] })
    expect(change.diff).toEqual([
      { field: 'runners', from: 1, to: 1 },
      { field: 'pods.secret-missing', from: 'a' }
    ])
  })
})
