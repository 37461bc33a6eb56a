// runner-kind arc as a resource kind: what one ARC runner scale set needs, with workload identity built in. ARC's
// controller makes the runner pods; the action writes (server-side apply, field manager aks-workload-identity):
//   - the GitHub configuration Secret `<name>-github-config` (ARC's keys: github_token, or github_app_id,
//     github_app_installation_id and github_app_private_key), compared in memory, never shown;
//   - in kubernetes container mode, the ConfigMap `<name>-hook-template` with the container hook's PodTemplate: the
//     job pods get the workload identity service account and label (actions-runner-controller#2198, #4115);
//   - the AutoscalingRunnerSet (actions.github.com/v1alpha1) `<name>` with minRunners/maxRunners, the scale set name,
//     runner group, githubConfigUrl/Secret and a pod template built like every runner pod (src/kube/manifests.ts:
//     restricted security context, the service account, the identity label).
// Before anything is written (observe, so plan says it too) it checks that ARC is installed: the API group
// actions.github.com/v1alpha1 serves autoscalingrunnersets (the CRDs), and a Running pod labelled
// app.kubernetes.io/part-of=gha-rs-controller exists (the controller; cluster-wide, or in arc-systems when the
// action may not list pods cluster-wide). The action never installs the controller. After writing, a dry-run pod
// from the set's template (and, in kubernetes mode, from the hook's job pod template) proves the webhook injects the
// identity. A set that existed without this workload's owner key is adopted: updated, never deleted.
import type { CoreV1Api, CustomObjectsApi, V1ConfigMap, V1Pod, V1PodSpec, V1Secret } from '@kubernetes/client-node'
import { stringify } from 'yaml'
import { OWNER_KEY_LABEL, USE_LABEL } from '../constants.js'
import type { Change, FieldDiff, Outputs, ResourceKind } from '../model.js'
import { markOf } from '../ownership.js'
import { arcSecretData, HOOK_TEMPLATE_KEY, hookTemplateConfigMap, type ArcOptions } from '../runner-kinds/arc.js'
import { DRIVERS } from '../runner-kinds/index.js'
import { applyPatchOptions, serverSideApply } from './apply.js'
import { deleteQuietly, isNotFound, kubeStatus, wrapKubeError } from './errors.js'
import { checkInjection } from './injection.js'
import {
  canonicalJson,
  carriesIdentity,
  COMPONENT_LABEL,
  KUBE_MARKS,
  ownershipLabels,
  RUNNER_CONTAINER,
  runnerLabels,
  shapedRunnerPod,
  type RunnerPodInput
} from './manifests.js'
import type { RunnerSetServices } from './runner-set.js'

export const ARC_GROUP = 'actions.github.com'
export const ARC_VERSION = 'v1alpha1'
export const ARC_PLURAL = 'autoscalingrunnersets'
export const ARC_KIND = 'AutoscalingRunnerSet'
/** The controller release the action is tested against (CRDs in test/specs/arc); used when its pod has no version label. */
export const ARC_CONTROLLER_VERSION = '0.14.2'
/** ARC's controller skips a set whose version label differs from its own build (LabelKeyKubernetesVersion). */
export const ARC_VERSION_LABEL = 'app.kubernetes.io/version'
/** The label of the controller's pods (the gha-runner-scale-set-controller chart). */
export const ARC_CONTROLLER_SELECTOR = 'app.kubernetes.io/part-of=gha-rs-controller'
export const ARC_DEFAULT_NAMESPACE = 'arc-systems'
export const ARC_INSTALL_HINT =
  'helm install arc --namespace arc-systems --create-namespace oci://ghcr.io/actions/actions-runner-controller-charts/gha-runner-scale-set-controller --version 0.14.2'

export const arcSecretName = (name: string): string => `${name}-github-config`

export interface ArcRunnerSetSpec {
  /** The AutoscalingRunnerSet's name and the runner scale set's name at GitHub (the `runs-on` label). */
  name: string
  /** The runner pod's inputs (kind arc with its options): the pod template is built like every runner pod. */
  input: RunnerPodInput<'arc'>
  audience: string
  clusterKey: string
  force: boolean
  destroy: boolean
}

type KObject = { apiVersion?: string; kind?: string; metadata?: V1Pod['metadata']; spec?: Record<string, unknown>; status?: unknown }

export interface ArcRunnerSetState {
  set?: KObject
  secret?: V1Secret
  configMap?: V1ConfigMap
  /** The controller's version (its pod's label), for the set's version label. */
  controllerVersion?: string
  /** The Secret's data differs from what the inputs give (compared in memory at observation; nothing is logged). */
  credentialChanged?: boolean
}

/** Raised when ARC is not installed: says what is missing and how to install it. */
export class ArcNotInstalledError extends Error {
  constructor(what: string) {
    super(
      `runner-kind arc needs actions-runner-controller (gha-runner-scale-set-controller) in the cluster, but ${what}. ` +
        `Install it once (the action never installs the controller): ${ARC_INSTALL_HINT}`
    )
    this.name = 'ArcNotInstalledError'
  }
}

const options = (s: ArcRunnerSetSpec): ArcOptions => s.input.options
const kubeMode = (s: ArcRunnerSetSpec): boolean => options(s).containerMode === 'kubernetes'
const labelsOf = (s: ArcRunnerSetSpec): Record<string, string> => ({
  ...ownershipLabels(s.input.ownerKey),
  [COMPONENT_LABEL]: DRIVERS.arc.component
})

/** Pure: the labels of the runner pods ARC makes from the template (no runner-set label: the action's runner sets never see them). */
export function arcPodLabels(s: ArcRunnerSetSpec): Record<string, string> {
  return { ...labelsOf(s), ...(carriesIdentity(s.input) ? { [USE_LABEL]: 'true' } : {}) }
}

/**
 * Pure: the runner pods' template, built by the pod builder every kind shares, so the shaping inputs and the
 * `runner-pod-template` patch reach ARC's pods too: the labels and annotations shaping adds, the shaped spec.
 */
export function arcPodTemplate(s: ArcRunnerSetSpec): {
  metadata: { labels: Record<string, string>; annotations?: Record<string, string> }
  spec: V1PodSpec
} {
  const pod = shapedRunnerPod(s.input, s.name, hookTemplateConfigMap(s.name))
  const ours = runnerLabels(s.input)
  const added = Object.fromEntries(Object.entries(pod.metadata?.labels ?? {}).filter(([k]) => !(k in ours)))
  const annotations = pod.metadata?.annotations
  return {
    metadata: { labels: { ...arcPodLabels(s), ...added }, ...(annotations && Object.keys(annotations).length ? { annotations } : {}) },
    spec: pod.spec!
  }
}

/** Pure: the AutoscalingRunnerSet. `owned`: with the ownership labels (not on an adopted set). */
export function arcRunnerSetManifest(s: ArcRunnerSetSpec, controllerVersion: string | undefined, owned = true): KObject {
  const o = options(s)
  return {
    apiVersion: `${ARC_GROUP}/${ARC_VERSION}`,
    kind: ARC_KIND,
    metadata: {
      name: s.name,
      namespace: s.input.namespace,
      labels: { ...(owned ? labelsOf(s) : {}), [ARC_VERSION_LABEL]: controllerVersion ?? ARC_CONTROLLER_VERSION }
    },
    spec: {
      githubConfigUrl: o.configUrl,
      githubConfigSecret: arcSecretName(s.name),
      runnerScaleSetName: s.name,
      runnerGroup: o.runnerGroup,
      minRunners: o.minRunners,
      maxRunners: o.maxRunners,
      template: arcPodTemplate(s)
    }
  }
}

export function arcSecretManifest(s: ArcRunnerSetSpec, data: Record<string, string>): V1Secret {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'Opaque',
    metadata: { name: arcSecretName(s.name), namespace: s.input.namespace, labels: labelsOf(s) },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('base64')]))
  }
}

/** The uid job pods run as in kubernetes mode: the runner's (the hook copies the workspace as that user). */
export const ARC_JOB_UID = 1001

/** Pure: the job pods' spec in kubernetes mode: the identity's service account, restricted, no API token. */
export function arcJobPodSpec(s: ArcRunnerSetSpec): V1PodSpec {
  return {
    serviceAccountName: s.input.serviceAccount,
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, runAsUser: ARC_JOB_UID, runAsGroup: ARC_JOB_UID, seccompProfile: { type: 'RuntimeDefault' } },
    // `$job`: the hook's name for the job container; it merges this into the container it makes.
    containers: [
      {
        name: '$job',
        securityContext: {
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          privileged: false,
          capabilities: { drop: ['ALL'] },
          seccompProfile: { type: 'RuntimeDefault' }
        }
      }
    ]
  }
}

/** Pure: the hook's PodTemplate, as the YAML file ACTIONS_RUNNER_CONTAINER_HOOK_TEMPLATE names. */
export function hookTemplateYaml(s: ArcRunnerSetSpec): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'PodTemplate',
    metadata: { labels: { [USE_LABEL]: 'true' } },
    spec: arcJobPodSpec(s)
  })
}

export function hookConfigMapManifest(s: ArcRunnerSetSpec): V1ConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: hookTemplateConfigMap(s.name), namespace: s.input.namespace, labels: labelsOf(s) },
    data: { [HOOK_TEMPLATE_KEY]: hookTemplateYaml(s) }
  }
}

/** Pure: every field of `want` equals `have`'s (what the API server or controller adds is not ours to compare). */
export function containsDeclared(want: unknown, have: unknown): boolean {
  if (Array.isArray(want)) return Array.isArray(have) && want.length === have.length && want.every((w, i) => containsDeclared(w, have[i]))
  if (want && typeof want === 'object') {
    if (!have || typeof have !== 'object' || Array.isArray(have)) return false
    return Object.entries(want as Record<string, unknown>).every(
      ([k, v]) => v === undefined || containsDeclared(v, (have as Record<string, unknown>)[k])
    )
  }
  return want === have
}

type Mark = 'ours' | 'other' | 'none'
function setMark(set: KObject | undefined, ownerKey: string): Mark | undefined {
  if (!set) return undefined
  const m = markOf(set.metadata?.labels, ownerKey, KUBE_MARKS)
  return m === 'legacy' ? 'none' : m
}
const secretIsOurs = (o: { metadata?: { labels?: Record<string, string> } } | undefined, ownerKey: string): boolean =>
  o?.metadata?.labels?.[OWNER_KEY_LABEL] === ownerKey

const decoded = (sec: V1Secret | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(sec?.data ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64').toString('utf8')]))

/** Whether the Secret's data differs from ARC's data from the inputs (undefined: not given, e.g. destroy: not compared). */
export const credentialChanged = (secret: V1Secret | undefined, credential: string | undefined): boolean => {
  const data = arcSecretData(credential)
  return !!secret && !!data && canonicalJson(decoded(secret)) !== canonicalJson(data)
}

/** Pure: what differs between the desired objects and the observed ones. */
export function diffArc(spec: ArcRunnerSetSpec, o: ArcRunnerSetState | undefined): FieldDiff[] {
  const diff: FieldDiff[] = []
  const adopted = setMark(o?.set, spec.input.ownerKey) === 'none'
  const want = arcRunnerSetManifest(spec, o?.controllerVersion, !adopted)
  if (!o?.set) diff.push({ field: 'autoscalingRunnerSet', to: spec.name })
  else {
    const ws = want.spec as Record<string, unknown>
    const hs = o.set.spec ?? {}
    for (const f of ['githubConfigUrl', 'githubConfigSecret', 'runnerScaleSetName', 'runnerGroup', 'minRunners', 'maxRunners'])
      if (ws[f] !== hs[f]) diff.push({ field: `spec.${f}`, from: hs[f], to: ws[f] })
    if (!containsDeclared(ws.template, hs.template))
      diff.push({ field: 'spec.template', from: '(differs)', to: '(the identity-wired runner pod)' })
    for (const [k, v] of Object.entries(want.metadata?.labels ?? {}))
      if (o.set.metadata?.labels?.[k] !== v) diff.push({ field: `metadata.labels.${k}`, from: o.set.metadata?.labels?.[k], to: v })
  }
  if (!o?.secret) diff.push({ field: 'secret', to: arcSecretName(spec.name) })
  else if (o.credentialChanged) diff.push({ field: 'secret.data', from: '(hidden)', to: '(from the inputs)' })
  if (kubeMode(spec)) {
    const cm = hookConfigMapManifest(spec)
    if (!o?.configMap) diff.push({ field: 'hookTemplate', to: cm.metadata!.name })
    else if (o.configMap.data?.[HOOK_TEMPLATE_KEY] !== cm.data![HOOK_TEMPLATE_KEY])
      diff.push({ field: 'hookTemplate.data', from: '(differs)', to: '(job pods with the identity)' })
  }
  return diff
}

async function read<T>(what: string, fn: () => Promise<T>): Promise<T | undefined> {
  try {
    return await fn()
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw wrapKubeError(`Reading ${what}`, err)
  }
}

/** Whether the API server serves ARC's AutoscalingRunnerSet (its CRDs are installed). */
export async function arcCrdsInstalled(custom: CustomObjectsApi): Promise<boolean> {
  try {
    const list = await custom.getAPIResources({ group: ARC_GROUP, version: ARC_VERSION })
    return list.resources.some((r) => r.name === ARC_PLURAL)
  } catch (err) {
    if (isNotFound(err)) return false
    throw wrapKubeError(`Discovering ${ARC_GROUP}/${ARC_VERSION}`, err)
  }
}

/** A Running controller pod: cluster-wide when the action may list pods there, else in arc-systems. Its version label, or undefined. */
export async function findArcController(core: CoreV1Api): Promise<{ found: boolean; version?: string; where: string }> {
  let pods: V1Pod[]
  let where = 'in any namespace'
  try {
    pods = (await core.listPodForAllNamespaces({ labelSelector: ARC_CONTROLLER_SELECTOR })).items
  } catch (err) {
    if (kubeStatus(err)?.code !== 403) throw wrapKubeError('Listing the ARC controller pods', err)
    where = `in namespace ${ARC_DEFAULT_NAMESPACE} (the action may not list pods cluster-wide)`
    pods = (await core.listNamespacedPod({ namespace: ARC_DEFAULT_NAMESPACE, labelSelector: ARC_CONTROLLER_SELECTOR })).items
  }
  const running = pods.find((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp)
  return { found: !!running, version: running?.metadata?.labels?.[ARC_VERSION_LABEL], where }
}

async function observeArc(
  spec: ArcRunnerSetSpec,
  ctx: Pick<RunnerSetServices, 'kube' | 'secrets'>
): Promise<ArcRunnerSetState | undefined> {
  const [core, custom] = await Promise.all([ctx.kube.core(), ctx.kube.custom()])
  const ns = spec.input.namespace
  if (!(await arcCrdsInstalled(custom))) {
    // Destroy: without the CRDs there is no set to remove (the Secret and ConfigMap go with the namespace or stay).
    if (spec.destroy) return undefined
    throw new ArcNotInstalledError(`the API server does not serve ${ARC_PLURAL}.${ARC_GROUP}/${ARC_VERSION} (its CRDs are not installed)`)
  }
  let controllerVersion: string | undefined
  if (!spec.destroy) {
    const c = await findArcController(core)
    if (!c.found)
      throw new ArcNotInstalledError(
        `no Running pod labelled ${ARC_CONTROLLER_SELECTOR} was found ${c.where} (the controller is not running)`
      )
    controllerVersion = c.version
  }
  const name = spec.name
  const [set, secret, configMap] = await Promise.all([
    read(
      `${ARC_KIND} ${ns}/${name}`,
      () =>
        custom.getNamespacedCustomObject({
          group: ARC_GROUP,
          version: ARC_VERSION,
          namespace: ns,
          plural: ARC_PLURAL,
          name
        }) as Promise<KObject>
    ),
    read(`Secret ${ns}/${arcSecretName(name)}`, () => core.readNamespacedSecret({ name: arcSecretName(name), namespace: ns })),
    read(`ConfigMap ${ns}/${hookTemplateConfigMap(name)}`, () =>
      core.readNamespacedConfigMap({ name: hookTemplateConfigMap(name), namespace: ns })
    )
  ])
  return { set, secret, configMap, controllerVersion, credentialChanged: credentialChanged(secret, ctx.secrets.runnerCredential) }
}

/** A dry-run pod (stores nothing) from `spec`: the webhook's mutation, as it would be for the real pods. */
async function dryRunPod(
  core: CoreV1Api,
  namespace: string,
  name: string,
  labels: Record<string, string>,
  podSpec: V1PodSpec
): Promise<V1Pod> {
  const body: V1Pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels }, spec: podSpec }
  try {
    return await core.createNamespacedPod({ namespace, body, dryRun: 'All' })
  } catch (err) {
    throw wrapKubeError(`Creating the dry-run pod ${namespace}/${name}`, err)
  }
}

/** Verification: pods from the set's template (and job pods, in kubernetes mode) get the identity injected. */
export async function proveArcInjection(core: CoreV1Api, spec: ArcRunnerSetSpec, workloadIdentityEnabled?: boolean): Promise<void> {
  const i = spec.input
  const expect = { clientId: i.clientId, audience: spec.audience, serviceAccount: i.serviceAccount, workloadIdentityEnabled }
  const probes: Array<{ what: string; labels: Record<string, string>; podSpec: V1PodSpec }> = []
  if (carriesIdentity(i)) {
    const template = arcPodTemplate(spec)
    probes.push({ what: 'runner pods', labels: template.metadata.labels, podSpec: template.spec })
  }
  if (kubeMode(spec)) {
    const job = arcJobPodSpec(spec)
    // The hook names the job container itself; the probe's container is the runner image, named like a runner's.
    const container = { ...job.containers[0]!, name: RUNNER_CONTAINER, image: i.image }
    probes.push({
      what: 'job pods (container hook)',
      labels: { ...labelsOf(spec), [USE_LABEL]: 'true' },
      podSpec: { ...job, containers: [container] }
    })
  }
  for (const p of probes) {
    const pod = await dryRunPod(core, i.namespace, `${spec.name}-probe`.slice(0, 63), p.labels, p.podSpec)
    const r = checkInjection(pod, expect)
    if (!r.ok)
      throw new Error(
        `${ARC_KIND} ${i.namespace}/${spec.name}: ${p.what} would not get the workload identity (${r.missing.join(', ')}). ${r.cause ?? ''}`.trim()
      )
  }
}

type Ctx = Parameters<ResourceKind<ArcRunnerSetSpec, ArcRunnerSetState, RunnerSetServices>['apply']>[3]

async function applyArc(spec: ArcRunnerSetSpec, o: ArcRunnerSetState | undefined, ctx: Ctx): Promise<ArcRunnerSetState> {
  const [core, custom] = await Promise.all([ctx.kube.core(), ctx.kube.custom()])
  const options = await applyPatchOptions()
  const ns = spec.input.namespace
  const force = spec.force
  const data = arcSecretData(ctx.secrets.runnerCredential)
  let secret = o?.secret
  if (data) {
    const body = arcSecretManifest(spec, data)
    secret = await serverSideApply(`Secret ${ns}/${body.metadata!.name}`, (fieldManager) =>
      core.patchNamespacedSecret({ name: body.metadata!.name!, namespace: ns, body, fieldManager, force }, options)
    )
  } else if (!secret) throw new Error(`${ARC_KIND} ${ns}/${spec.name} needs 'github-token' or a GitHub App for its configuration Secret.`)
  let configMap = o?.configMap
  if (kubeMode(spec)) {
    const body = hookConfigMapManifest(spec)
    configMap = await serverSideApply(`ConfigMap ${ns}/${body.metadata!.name}`, (fieldManager) =>
      core.patchNamespacedConfigMap({ name: body.metadata!.name!, namespace: ns, body, fieldManager, force }, options)
    )
  }
  const adopted = setMark(o?.set, spec.input.ownerKey) === 'none'
  const body = arcRunnerSetManifest(spec, o?.controllerVersion, !adopted)
  const set = (await serverSideApply(`${ARC_KIND} ${ns}/${spec.name}`, (fieldManager) =>
    custom.patchNamespacedCustomObject(
      { group: ARC_GROUP, version: ARC_VERSION, namespace: ns, plural: ARC_PLURAL, name: spec.name, body, fieldManager, force },
      options
    )
  )) as KObject
  await proveArcInjection(core, spec)
  return { set, secret, configMap, controllerVersion: o?.controllerVersion }
}

export const arcRunnerSetKind: ResourceKind<ArcRunnerSetSpec, ArcRunnerSetState, RunnerSetServices> = {
  kind: 'arc-runner-set',

  async observe(_r, spec, ctx, upstream) {
    // No cluster, no API to read from (the cluster step reports that).
    if (!(await upstream(spec.clusterKey))) return undefined
    // Also when nothing exists yet: the controller's version decides the set's version label.
    return observeArc(spec, ctx)
  },

  diff(spec, observed): Change {
    const id = `${spec.input.namespace}/${spec.name}`
    const mark = setMark(observed?.set, spec.input.ownerKey)
    if (mark === 'other')
      return {
        action: 'conflict',
        diff: [],
        id,
        reason: `an ${ARC_KIND} named ${spec.name} belongs to another workload (its ${OWNER_KEY_LABEL} label differs): choose another runner-name-prefix`
      }
    const diff = diffArc(spec, observed)
    const ownership = mark === 'none' ? 'adopted' : 'owned'
    if (diff.length === 0) return { action: 'unchanged', diff, id, ownership }
    return { action: observed?.set ? 'update' : 'create', diff, id, ownership }
  },

  apply: async (_step, spec, observed, ctx) => {
    // Not observed (the cluster was made in this run): ARC's CRDs and controller are checked now, before this kind writes.
    const state = await applyArc(spec, observed ?? (await observeArc(spec, ctx)), ctx)
    ctx.log.info(
      `${ARC_KIND} ${spec.input.namespace}/${spec.name}: applied (runs-on: ${spec.name}, ${spec.input.options.minRunners}-${spec.input.options.maxRunners} runners); its pods get the workload identity.`
    )
    return state
  },

  outputs: (_o, spec): Outputs => ({ id: `${spec.input.namespace}/${spec.name}`, 'runner-names': spec.name }),

  /** Ours when the set carries this workload's owner key (or there is no set and the Secret is ours). */
  owned: (o, spec) => (o.set ? setMark(o.set, spec.input.ownerKey) === 'ours' : secretIsOurs(o.secret, spec.input.ownerKey)),

  exists: (o) => !!(o.set || o.secret || o.configMap),

  keepReason: (_o, spec) =>
    `it has no label ${OWNER_KEY_LABEL}: ${spec.input.ownerKey}, so this action did not create it for this workload (adopted sets are updated, never deleted)`,

  async destroy(_step, spec, observed, ctx) {
    const [core, custom] = await Promise.all([ctx.kube.core(), ctx.kube.custom()])
    const ns = spec.input.namespace
    const name = spec.name
    if (observed.set)
      await deleteQuietly(`${ARC_KIND} ${ns}/${name}`, () =>
        custom.deleteNamespacedCustomObject({ group: ARC_GROUP, version: ARC_VERSION, namespace: ns, plural: ARC_PLURAL, name })
      )
    if (secretIsOurs(observed.secret, spec.input.ownerKey))
      await deleteQuietly(`Secret ${ns}/${arcSecretName(name)}`, () =>
        core.deleteNamespacedSecret({ name: arcSecretName(name), namespace: ns })
      )
    if (secretIsOurs(observed.configMap, spec.input.ownerKey))
      await deleteQuietly(`ConfigMap ${ns}/${hookTemplateConfigMap(name)}`, () =>
        core.deleteNamespacedConfigMap({ name: hookTemplateConfigMap(name), namespace: ns })
      )
    ctx.log.info(`${ARC_KIND} ${ns}/${name}: removed with its configuration Secret (ARC's controller removes its runners).`)
  }
}
