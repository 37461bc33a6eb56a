// Pure parts of the Kubernetes half: manifests and the spec hash, the runner plan, the metadata diff with
// field owners, the injection check's diagnoses, the kubeconfig token swap, and the pod security checker itself.
import type { V1Pod } from '@kubernetes/client-node'
import {
  canonicalJson,
  credentialSecretManifest,
  runnerName,
  runnerPodManifest,
  runnerSlot,
  runnerSpecHash,
  serviceAccountManifest,
  SPEC_HASH_ANNOTATION,
  type RunnerPodInput
} from '../../src/kube/manifests.js'
import { planRunners, toRunnerPod, type RunnerPod } from '../../src/kube/runner-pods.js'
import { diffMetadata } from '../../src/kube/apply.js'
import { checkInjection } from '../../src/kube/injection.js'
import { usesEntra, withBearerToken } from '../../src/kube/kubeconfig-text.js'
import { podProgress } from '../../src/kube/wait.js'
import { restrictedViolations } from '../kube/pod-security.js'
import { jitSecretName } from '../kube/helpers.js'

const base: RunnerPodInput = {
  kind: 'github',
  options: {},
  namespace: 'ci',
  serviceAccount: 'runner-sa',
  image: 'ghcr.io/actions/actions-runner:2.329.0',
  namePrefix: 'aks-wi-runner',
  clientId: '11111111-2222-4333-8444-555555555555',
  tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
  ownerKey: '0123456789abcdef'
}
const KEY8 = '01234567'

describe('manifests and the spec hash', () => {
  test('the hash is stable, independent of the runner name, and changes with what matters', () => {
    const h = runnerSpecHash(base)
    expect(h).toMatch(/^[0-9a-f]{32}$/)
    expect(runnerSpecHash({ ...base })).toBe(h)
    expect(runnerPodManifest(base, 'aks-wi-runner-aaaaaaaa').metadata?.annotations?.[SPEC_HASH_ANNOTATION]).toBe(h)
    expect(runnerPodManifest(base, 'aks-wi-runner-bbbbbbbb', 7).metadata?.annotations?.[SPEC_HASH_ANNOTATION]).toBe(h)
    for (const change of [{ image: 'ghcr.io/actions/actions-runner:2.330.0' }, { clientId: '99999999-2222-4333-8444-555555555555' }, { namePrefix: 'other' }, { serviceAccount: 'sa2' }]) {
      expect(runnerSpecHash({ ...base, ...change })).not.toBe(h)
    }
    // Case of GUIDs does not matter (ARM may report either).
    expect(runnerSpecHash({ ...base, clientId: base.clientId.toUpperCase() })).toBe(h)
  })

  test('canonical JSON ignores key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}')
  })

  test("runner names: prefix, the owner key's 8 characters and a slot, recognised exactly; at most 63 characters", () => {
    expect(runnerName('aks-wi-runner', base.ownerKey, 0)).toBe(`aks-wi-runner-${KEY8}-0`)
    expect(runnerSlot('aks-wi-runner', base.ownerKey, `aks-wi-runner-${KEY8}-12`)).toBe(12)
    // Another workload's key, another prefix, a legacy random name, leading zeros: not ours.
    expect(runnerSlot('aks-wi-runner', base.ownerKey, 'aks-wi-runner-fedcba98-0')).toBeUndefined()
    expect(runnerSlot('aks-wi', base.ownerKey, `aks-wi-runner-${KEY8}-0`)).toBeUndefined()
    expect(runnerSlot('aks-wi-runner', base.ownerKey, 'aks-wi-runner-abcd1234')).toBeUndefined()
    expect(runnerSlot('aks-wi-runner', base.ownerKey, `aks-wi-runner-${KEY8}-01`)).toBeUndefined()
    expect(runnerName('p'.repeat(50), base.ownerKey, 999)).toHaveLength(63)
  })

  test('the pod: label, service account, runner container, secretKeyRef, Never, resources, restricted', () => {
    const pod = runnerPodManifest(base, 'aks-wi-runner-aaaaaaaa', 42)
    expect(pod.metadata?.labels).toMatchObject({
      'azure.workload.identity/use': 'true',
      'app.kubernetes.io/managed-by': 'aks-workload-identity',
      'aks-workload-identity/owner': base.ownerKey
    })
    expect(pod.metadata?.annotations?.['aks-workload-identity/runner-id']).toBe('42')
    expect(pod.spec?.serviceAccountName).toBe('runner-sa')
    expect(pod.spec?.restartPolicy).toBe('Never')
    const c = pod.spec!.containers[0]!
    expect(c).toMatchObject({ name: 'runner', image: base.image, command: ['/home/runner/run.sh'] })
    expect(c.env?.[0]).toEqual({ name: 'ACTIONS_RUNNER_INPUT_JITCONFIG', valueFrom: { secretKeyRef: { name: jitSecretName('aks-wi-runner-aaaaaaaa'), key: 'jitconfig' } } })
    expect(c.resources?.requests).toBeDefined()
    expect(c.resources?.limits).toBeDefined()
    expect(c.securityContext).toMatchObject({ runAsUser: 1001, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] }, seccompProfile: { type: 'RuntimeDefault' } })
    expect(restrictedViolations(pod)).toEqual([])
  })

  test('the secret is owned by its pod and holds the config base64-encoded', () => {
    const s = credentialSecretManifest({ namespace: 'ci', name: jitSecretName('r-1'), key: 'jitconfig', value: 'JIT', component: 'github-runner', ownerKey: base.ownerKey }, { name: 'r-1', uid: 'u-1' })
    expect(s.metadata?.labels?.['aks-workload-identity/owner']).toBe(base.ownerKey)
    expect(s.metadata?.ownerReferences).toEqual([{ apiVersion: 'v1', kind: 'Pod', name: 'r-1', uid: 'u-1', controller: true, blockOwnerDeletion: false }])
    expect(Buffer.from(s.data!.jitconfig!, 'base64').toString()).toBe('JIT')
  })

  test('the service account carries exactly our labels and two annotations; an adopted one only the annotations', () => {
    const sa = { namespace: 'ci', name: 'sa', clientId: 'c', tenantId: 't', workloadIdentity: true, ownerKey: base.ownerKey }
    expect(serviceAccountManifest(sa, true).metadata).toEqual({
      name: 'sa',
      namespace: 'ci',
      labels: { 'app.kubernetes.io/managed-by': 'aks-workload-identity', 'aks-workload-identity/owner': base.ownerKey },
      annotations: { 'azure.workload.identity/client-id': 'c', 'azure.workload.identity/tenant-id': 't' }
    })
    expect(serviceAccountManifest(sa, false).metadata).toEqual({
      name: 'sa',
      namespace: 'ci',
      annotations: { 'azure.workload.identity/client-id': 'c', 'azure.workload.identity/tenant-id': 't' }
    })
    // The runners' own service account (GitLab's manager): no identity.
    expect(serviceAccountManifest({ ...sa, workloadIdentity: false }, true).metadata?.annotations).toBeUndefined()
  })
})

describe('the runner plan', () => {
  const hash = runnerSpecHash(base)
  const pod = (name: string, phase: string, o: { hash?: string; deleting?: boolean } = {}): RunnerPod =>
    toRunnerPod({ metadata: { name, uid: `uid-${name}`, labels: { 'aks-workload-identity/owner': base.ownerKey }, annotations: { [SPEC_HASH_ANNOTATION]: o.hash ?? hash }, ...(o.deleting ? { deletionTimestamp: new Date() } : {}) }, status: { phase } })
  const all = () => true

  test('up to date and enough: nothing to do', () => {
    const p = planRunners({ count: 2, input: base, pods: [pod('a', 'Running'), pod('b', 'Pending')], injected: all })
    expect(p).toMatchObject({ create: 0, remove: [], deferred: [] })
  })

  test('finished, outdated and unmutated pods are removed; pods being deleted count for nothing', () => {
    const p = planRunners({
      count: 3,
      input: base,
      pods: [pod('done', 'Succeeded'), pod('err', 'Failed'), pod('old', 'Running', { hash: 'x' }), pod('bare', 'Running'), pod('gone', 'Running', { deleting: true }), pod('ok', 'Running')],
      injected: (x) => x.name !== 'bare'
    })
    expect(p.remove.map((r) => `${r.pod.name}:${r.reason}`).sort()).toEqual(['bare:not-injected', 'done:finished', 'err:finished', 'old:outdated'])
    expect(p.keep.map((x) => x.name)).toEqual(['ok'])
    expect(p.create).toBe(2)
  })

  test('a pod stuck in ImagePullBackOff is replaced', () => {
    const stuck = pod('stuck', 'Pending')
    stuck.pod.status!.containerStatuses = [{ name: 'runner', ready: false, restartCount: 0, image: 'i', imageID: '', state: { waiting: { reason: 'ImagePullBackOff' } } }]
    const p = planRunners({ count: 1, input: base, pods: [stuck], injected: all })
    expect(p.remove.map((r) => `${r.pod.name}:${r.reason}`)).toEqual(['stuck:failing'])
    expect(p.create).toBe(1)
  })

  test('a surplus trims pending pods before running ones; busy runners are never interrupted', () => {
    const records = [{ id: 1, name: 'busy-old', status: 'online', busy: true }, { id: 2, name: 'r2', status: 'online', busy: false }]
    const p = planRunners({ count: 1, input: base, pods: [pod('p1', 'Pending'), pod('r2', 'Running'), pod('busy-old', 'Running', { hash: 'x' })], records, injected: all })
    expect(p.keep.map((x) => x.name)).toEqual(['r2'])
    expect(p.remove.map((r) => `${r.pod.name}:${r.reason}`)).toEqual(['p1:surplus'])
    expect(p.deferred.map((x) => x.name)).toEqual(['busy-old'])
  })

  test("orphan records: this workload's by the owner key in the name, no pod, offline and idle; never another's or no workload's", () => {
    const records = [
      { id: 1, name: `aks-wi-runner-${KEY8}-0`, status: 'offline', busy: false },
      { id: 2, name: `aks-wi-runner-${KEY8}-1`, status: 'online', busy: false },
      { id: 3, name: `aks-wi-runner-${KEY8}-2`, status: 'offline', busy: false },
      // Another workload's (another key), a previous version's random name, a hand-made one: never ours.
      { id: 4, name: 'aks-wi-runner-fedcba98-0', status: 'offline', busy: false },
      { id: 5, name: 'aks-wi-runner-aaaaaaaa', status: 'offline', busy: false },
      { id: 6, name: 'aks-wi-runner-manual', status: 'offline', busy: false }
    ]
    const p = planRunners({ count: 2, input: base, pods: [pod(`aks-wi-runner-${KEY8}-2`, 'Running')], records, injected: all })
    expect(p.orphanRecords.map((r) => r.id)).toEqual([1])
    // New runners take the lowest free slots: 0 (its orphaned registration goes first); 1 is taken by an online registration.
    expect(p.names).toEqual([`aks-wi-runner-${KEY8}-0`])
  })

  test('slots: a terminating pod keeps its name taken; orphaned Secrets are those whose pod is gone', () => {
    const p = planRunners({
      count: 2,
      input: base,
      pods: [pod(`aks-wi-runner-${KEY8}-0`, 'Running', { deleting: true }), pod(`aks-wi-runner-${KEY8}-1`, 'Running')],
      injected: all,
      secrets: [
        { name: `aks-wi-runner-${KEY8}-1-jitconfig`, ownerUid: `uid-aks-wi-runner-${KEY8}-1` },
        { name: `aks-wi-runner-${KEY8}-5-jitconfig`, ownerUid: 'uid-gone' }
      ]
    })
    expect(p.names).toEqual([`aks-wi-runner-${KEY8}-2`])
    expect(p.orphanSecrets).toEqual([`aks-wi-runner-${KEY8}-5-jitconfig`])
  })
})

describe('metadata diff with owners', () => {
  test('names the manager that owns a differing field; adoption when we never applied', () => {
    const desired = serviceAccountManifest({ namespace: 'ci', name: 'sa', clientId: 'c', tenantId: 't', workloadIdentity: true, ownerKey: 'k' }, false).metadata!
    const live = {
      labels: { 'app.kubernetes.io/managed-by': 'aks-workload-identity' },
      annotations: { 'azure.workload.identity/client-id': 'other', 'azure.workload.identity/tenant-id': 't' },
      managedFields: [
        { manager: 'aks-workload-identity', operation: 'Apply', fieldsV1: { 'f:metadata': { 'f:labels': { 'f:app.kubernetes.io/managed-by': {} } } } },
        { manager: 'kubectl-edit', operation: 'Update', fieldsV1: { 'f:metadata': { 'f:annotations': { 'f:azure.workload.identity/client-id': {} } } } }
      ]
    }
    const d = diffMetadata(desired, live)
    expect(d.fields).toEqual([
      // A label our earlier apply declared and this one does not (an adopted service account): removed by the apply.
      { field: 'metadata.labels.app.kubernetes.io/managed-by', have: 'aks-workload-identity', ownedBy: [] },
      { field: 'metadata.annotations.azure.workload.identity/client-id', want: 'c', have: 'other', ownedBy: ['kubectl-edit'] }
    ])
    expect(d.adopt).toBe(false)
    expect(diffMetadata(desired, { ...live, managedFields: [] }).adopt).toBe(true)
  })
})

describe('injection check', () => {
  const mutated = (o: { env?: Record<string, string>; audience?: string; label?: boolean; mountPath?: string } = {}): V1Pod => {
    const env = o.env ?? {
      AZURE_CLIENT_ID: base.clientId,
      AZURE_TENANT_ID: base.tenantId,
      AZURE_FEDERATED_TOKEN_FILE: '/var/run/secrets/azure/tokens/azure-identity-token',
      AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.com/'
    }
    return {
      metadata: { name: 'r', labels: o.label === false ? {} : { 'azure.workload.identity/use': 'true' } },
      spec: {
        containers: [{ name: 'runner', env: Object.entries(env).map(([name, value]) => ({ name, value })), volumeMounts: [{ name: 'azure-identity-token', mountPath: o.mountPath ?? '/var/run/secrets/azure/tokens', readOnly: true }] }],
        volumes: [{ name: 'azure-identity-token', projected: { sources: [{ serviceAccountToken: { path: 'azure-identity-token', audience: o.audience ?? 'api://AzureADTokenExchange', expirationSeconds: 3600 } }] } }]
      }
    }
  }
  const exp = { clientId: base.clientId, audience: 'api://AzureADTokenExchange', serviceAccount: 'runner-sa' }

  test('the v1.5 token path is found from the env var, not assumed', () => {
    expect(checkInjection(mutated(), exp)).toMatchObject({ ok: true, tokenFile: '/var/run/secrets/azure/tokens/azure-identity-token' })
  })

  test('token volume not mounted where the env var points', () => {
    expect(checkInjection(mutated({ mountPath: '/elsewhere' }), exp).missing).toEqual(['a projected service account token volume mounted at /var/run/secrets/azure/tokens/azure-identity-token'])
  })

  test('label missing', () => {
    const r = checkInjection({ metadata: { name: 'r' }, spec: { containers: [{ name: 'runner' }] } }, exp)
    expect(r.ok).toBe(false)
    expect(r.cause).toMatch(/no label azure.workload.identity\/use/)
  })

  test('webhook not installed / workload identity off, definite when ARM says so', () => {
    const bare: V1Pod = { metadata: { name: 'r', labels: { 'azure.workload.identity/use': 'true' } }, spec: { containers: [{ name: 'runner' }] } }
    expect(checkInjection(bare, exp).cause).toMatch(/webhook is not installed or workload identity is off/)
    expect(checkInjection(bare, { ...exp, workloadIdentityEnabled: false }).cause).toMatch(/^the pod was created unmutated: workload identity is off on the cluster/)
    expect(checkInjection(bare, { ...exp, workloadIdentityEnabled: true }).cause).toMatch(/although workload identity is on.*webhook is not installed or not running/)
  })

  test('client-id annotation missing on the service account', () => {
    const env = { AZURE_TENANT_ID: 't', AZURE_FEDERATED_TOKEN_FILE: '/var/run/secrets/azure/tokens/azure-identity-token', AZURE_AUTHORITY_HOST: 'https://login/' }
    const r = checkInjection(mutated({ env }), exp)
    expect(r.missing).toEqual(['env AZURE_CLIENT_ID'])
    expect(r.cause).toMatch(/no azure.workload.identity\/client-id annotation/)
  })

  test('audience mismatch', () => {
    const r = checkInjection(mutated({ audience: 'api://Other' }), exp)
    expect(r.missing).toEqual(['token audience api://AzureADTokenExchange (the projected token has api://Other)'])
    expect(r.cause).toMatch(/audience: api:\/\/Other/)
  })
})

describe('kubeconfig token swap and pod progress', () => {
  test('only the current context user is replaced, by a bearer token', () => {
    const yaml = [
      'apiVersion: v1',
      'kind: Config',
      'current-context: c1',
      'contexts:',
      '- name: c1',
      '  context: { cluster: k, user: u1 }',
      '- name: c2',
      '  context: { cluster: k, user: u2 }',
      'users:',
      '- name: u1',
      '  user: { exec: { command: kubelogin, args: [get-token] } }',
      '- name: u2',
      '  user: { exec: { command: other } }'
    ].join('\n')
    expect(usesEntra(yaml)).toBe(true)
    expect(usesEntra(yaml.replace('current-context: c1', 'current-context: c2').replace('user: { exec: { command: other } }', 'user: { client-certificate-data: Zm9v }'))).toBe(false)
    const out = withBearerToken(yaml, 'tok')
    expect(out).toMatch(/- name: u1\n\s+user:\n\s+token: tok/)
    expect(out).toContain('command: other')
    expect(out).not.toContain('kubelogin')
  })

  test('terminal waiting reasons fail, ErrImagePull and Unschedulable keep waiting', () => {
    const w = (reason: string): V1Pod => ({ status: { phase: 'Pending', containerStatuses: [{ name: 'runner', ready: false, restartCount: 0, image: 'i', imageID: '', state: { waiting: { reason } } }] } })
    expect(podProgress(w('ImagePullBackOff')).state).toBe('failed')
    expect(podProgress(w('ErrImagePull')).state).toBe('starting')
    expect(podProgress({ status: { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/1 nodes' }] } })).toEqual({ state: 'starting', detail: 'unschedulable: 0/1 nodes' })
    expect(podProgress({ status: { phase: 'Succeeded' } }).state).toBe('failed')
  })
})

describe('the restricted pod security checker catches every rule', () => {
  const good = (): V1Pod => runnerPodManifest(base, 'r-aaaaaaaa')
  const cases: Array<[string, (p: V1Pod) => void, RegExp]> = [
    ['host network', (p) => (p.spec!.hostNetwork = true), /Host namespaces: spec.hostNetwork/],
    ['host PID', (p) => (p.spec!.hostPID = true), /spec.hostPID/],
    ['host IPC', (p) => (p.spec!.hostIPC = true), /spec.hostIPC/],
    ['privileged', (p) => (p.spec!.containers[0]!.securityContext!.privileged = true), /Privileged containers/],
    ['capability added', (p) => (p.spec!.containers[0]!.securityContext!.capabilities = { drop: ['ALL'], add: ['NET_ADMIN'] }), /Capabilities \(baseline\).*NET_ADMIN/],
    ['capability not dropped', (p) => (p.spec!.containers[0]!.securityContext!.capabilities = {}), /must drop ALL/],
    ['restricted add', (p) => (p.spec!.containers[0]!.securityContext!.capabilities = { drop: ['ALL'], add: ['CHOWN'] }), /only NET_BIND_SERVICE/],
    ['hostPath', (p) => (p.spec!.volumes = [{ name: 'h', hostPath: { path: '/' } }]), /HostPath volumes/],
    ['volume type', (p) => (p.spec!.volumes = [{ name: 'n', nfs: { server: 's', path: '/' } }]), /Volume types: .*'nfs'/],
    ['host port', (p) => (p.spec!.containers[0]!.ports = [{ containerPort: 80, hostPort: 80 }]), /Host ports/],
    ['host probe', (p) => (p.spec!.containers[0]!.livenessProbe = { httpGet: { host: '10.0.0.1', port: 80 } }), /Host probes/],
    ['apparmor', (p) => (p.spec!.securityContext!.appArmorProfile = { type: 'Unconfined' }), /AppArmor/],
    ['apparmor annotation', (p) => (p.metadata!.annotations!['container.apparmor.security.beta.kubernetes.io/runner'] = 'unconfined'), /AppArmor: annotation/],
    ['selinux type', (p) => (p.spec!.containers[0]!.securityContext!.seLinuxOptions = { type: 'spc_t' }), /SELinux/],
    ['selinux user', (p) => (p.spec!.securityContext!.seLinuxOptions = { user: 'root' }), /SELinux.*user/],
    ['proc mount', (p) => (p.spec!.containers[0]!.securityContext!.procMount = 'Unmasked'), /\/proc mount/],
    ['seccomp unconfined', (p) => (p.spec!.containers[0]!.securityContext!.seccompProfile = { type: 'Unconfined' }), /Seccomp/],
    ['seccomp missing', (p) => (delete p.spec!.securityContext!.seccompProfile, delete p.spec!.containers[0]!.securityContext!.seccompProfile), /Seccomp \(restricted\)/],
    ['sysctl', (p) => (p.spec!.securityContext!.sysctls = [{ name: 'kernel.msgmax', value: '1' }]), /Sysctls/],
    ['root user', (p) => (p.spec!.containers[0]!.securityContext!.runAsUser = 0), /runAsUser must not be 0/],
    ['non-root off', (p) => (p.spec!.containers[0]!.securityContext!.runAsNonRoot = false), /runAsNonRoot: true/],
    ['escalation', (p) => (p.spec!.containers[0]!.securityContext!.allowPrivilegeEscalation = true), /Privilege escalation/],
    ['hostProcess', (p) => (p.spec!.securityContext!.windowsOptions = { hostProcess: true }), /HostProcess/],
    ['init container', (p) => (p.spec!.initContainers = [{ name: 'init', image: 'x' }]), /initContainers\[init\].*allowPrivilegeEscalation/]
  ]
  test.each(cases)('%s', (_name, mutate, expected) => {
    const p = good()
    mutate(p)
    expect(restrictedViolations(p).join('\n')).toMatch(expected)
  })
})
