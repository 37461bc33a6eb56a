// runner-kind arc: actions-runner-controller (ARC, gha-runner-scale-set-controller) makes the runner pods; the
// action writes what one runner scale set needs, with workload identity built in: the GitHub configuration Secret
// and an AutoscalingRunnerSet whose pod template uses the workload identity service account, carries the webhook's
// label and meets the restricted pod security standard (src/kube/arc-runner-set.ts writes them). This driver owns
// the inputs, the credential (the Secret's data, as ARC documents its keys) and the runner container.
//
// Container modes:
// - default: jobs run inside the runner pod, which carries the identity.
// - kubernetes: the runner starts one pod per job through the container hook (ARC's `kubernetes-novolume` hook: no
//   persistent volume claim, so no storage class is needed). The runner pod then runs as a service account of its
//   own (`<service-account>-arc-runner`) with a Role for what the hook does, and no identity; the hook's pod template
//   (a ConfigMap named by ACTIONS_RUNNER_CONTAINER_HOOK_TEMPLATE) gives every job pod the workload identity service
//   account and label, so the webhook injects the identity into the jobs (actions-runner-controller#2198, #4115).
import type { V1PolicyRule } from '@kubernetes/client-node'
import type { Rule } from '../rules.js'
import { resources, type RunnerDriver } from './driver.js'
import { DEFAULT_RUNNER_IMAGE, GITHUB_RUNNER_UID } from './github.js'

export const ARC_CONTAINER_MODES = ['default', 'kubernetes'] as const
export type ArcContainerMode = (typeof ARC_CONTAINER_MODES)[number]

/** Where the hook's pod template is mounted in the runner container, and its file (ARC's PodTemplate YAML). */
export const HOOK_TEMPLATE_DIR = '/home/runner/pod-templates'
export const HOOK_TEMPLATE_KEY = 'job-pod.yaml'
export const HOOK_TEMPLATE_VOLUME = 'hook-template'
/** The ConfigMap of the hook's pod template: `<scale set name>-hook-template`. */
export const hookTemplateConfigMap = (scaleSetName: string): string => `${scaleSetName}-hook-template`

/** maxRunners when `runner-max` is not set: enough for a team's parallel jobs, small enough not to flood a node pool. */
export const DEFAULT_MAX_RUNNERS = 5
export const MAX_RUNNERS_LIMIT = 1000

/**
 * What ARC's kubernetes-novolume hook does in its namespace (the scale-set chart's `kube-mode` Role): job pods with
 * their exec and log streams, and the Secrets it passes the job's environment in. Nothing cluster-wide.
 */
export const ARC_KUBE_MODE_RULES: V1PolicyRule[] = [
  { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'create', 'delete'] },
  { apiGroups: [''], resources: ['pods/exec'], verbs: ['get', 'create'] },
  { apiGroups: [''], resources: ['pods/log'], verbs: ['get', 'list', 'watch'] },
  { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'create', 'delete'] }
]

export interface ArcOptions {
  minRunners: number
  maxRunners: number
  /** The runner group at GitHub the scale set joins (ARC's `runnerGroup`, by name). */
  runnerGroup: string
  /** ARC's `githubConfigUrl`: the repository, organisation or enterprise the scale set serves. */
  configUrl: string
  containerMode: ArcContainerMode
}

/** The GitHub configuration Secret's keys, as ARC reads them (gha-runner-scale-set values.yaml, githubConfigSecret). */
export const ARC_SECRET_KEYS = {
  token: 'github_token',
  appId: 'github_app_id',
  installationId: 'github_app_installation_id',
  privateKey: 'github_app_private_key'
} as const

const count =
  (max: number): Rule =>
  (v) =>
    /^[0-9]{1,6}$/.test(v) && Number(v) <= max ? undefined : `must be a whole number from 0 to ${max}`

/** githubConfigUrl: https, and a repository, organisation or enterprise path (ARC parses it the same way). */
export const configUrlRule: Rule = (v) => {
  let u: URL
  try {
    u = new URL(v)
  } catch {
    return 'must be a URL such as https://github.com/my-org or https://github.com/my-org/my-repo'
  }
  if (u.protocol !== 'https:') return 'must be an https URL'
  const parts = u.pathname.split('/').filter(Boolean)
  const ok = (parts.length === 1 || parts.length === 2 || (parts.length === 2 && parts[0] === 'enterprises')) && !u.search && !u.hash
  return ok ? undefined : 'must name an organisation (https://github.com/ORG), a repository (https://github.com/ORG/REPO) or an enterprise'
}

const groupRule: Rule = (v) => (v.length <= 255 && !/[\r\n]/.test(v) ? undefined : 'must be a runner group name of at most 255 characters')

export const arcDriver: RunnerDriver<ArcOptions> = {
  component: 'arc-runner',
  defaultImage: DEFAULT_RUNNER_IMAGE,
  ownInputs: ['arc-github-config-url', 'arc-runner-group', 'arc-container-mode', 'github-app-installation-id'],
  secretInputs: [],

  /** The configuration URL and a credential are required unless destroying (destroy needs neither). */
  read(r, run) {
    const minRaw = r.optional('runner-min', count(MAX_RUNNERS_LIMIT))
    const maxRaw = r.optional('runner-max', count(MAX_RUNNERS_LIMIT))
    const minRunners = minRaw === undefined ? 0 : Number(minRaw)
    const maxRunners = maxRaw === undefined ? Math.max(DEFAULT_MAX_RUNNERS, minRunners) : Number(maxRaw)
    const configUrl = r.optional('arc-github-config-url', configUrlRule)?.replace(/\/+$/, '')
    const runnerGroup = r.optional('arc-runner-group', groupRule) ?? 'default'
    const containerMode = r.oneOf<ArcContainerMode>('arc-container-mode', 'default', ARC_CONTAINER_MODES)
    const installationId = r.optional('github-app-installation-id', (v) =>
      /^[1-9][0-9]{0,18}$/.test(v) ? undefined : "must be the App installation's numeric ID"
    )
    // The GitHub credentials are the shared inputs' (masked on read): read only when this kind is selected.
    const token = run.selected ? r.raw('github-token') : ''
    const appId = run.selected ? r.raw('github-app-id') : ''
    const privateKey = run.selected ? r.raw('github-app-private-key') : ''
    if (run.selected) {
      if (run.count > 0)
        r.conflict('runner-count', "does not apply to 'runner-kind: arc' (ARC's controller makes the pods): use runner-min and runner-max")
      if (minRunners > maxRunners) r.conflict('runner-min', `must not exceed 'runner-max' (${maxRunners})`)
      if (!run.destroying) {
        if (!configUrl && !r.raw('arc-github-config-url'))
          r.conflict(
            'arc-github-config-url',
            "is required with 'runner-kind: arc': the repository or organisation URL, e.g. https://github.com/my-org"
          )
        if (!token && !appId)
          r.conflict(
            'github-token',
            "is required with 'runner-kind: arc' unless a GitHub App is given ('github-app-id', 'github-app-installation-id', 'github-app-private-key'): ARC's listener registers the scale set with it"
          )
        if (appId && !installationId && !r.raw('github-app-installation-id'))
          r.conflict(
            'github-app-installation-id',
            "is required with 'runner-kind: arc' and a GitHub App: ARC authenticates as that installation"
          )
      }
    }
    // ARC's Secret data, as JSON (never in a spec or plan; compared with the cluster's in memory).
    const data: Record<string, string> | undefined = token
      ? { [ARC_SECRET_KEYS.token]: token }
      : appId && installationId && privateKey
        ? { [ARC_SECRET_KEYS.appId]: appId, [ARC_SECRET_KEYS.installationId]: installationId, [ARC_SECRET_KEYS.privateKey]: privateKey }
        : undefined
    return {
      options: { minRunners, maxRunners, runnerGroup, configUrl: configUrl ?? '', containerMode },
      credential: data && JSON.stringify(data)
    }
  },

  /** `configMap`: the hook template's ConfigMap (kubernetes mode); ARC's pods have no credential Secret of ours. */
  pod: (o, configMap) => ({
    // ARC's ephemeral runners exit after one job; the controller replaces them.
    restartPolicy: 'Never',
    // Only the Kubernetes container hook talks to this cluster's API (it creates the job pods).
    automountServiceAccountToken: o.containerMode === 'kubernetes',
    uid: GITHUB_RUNNER_UID,
    gid: GITHUB_RUNNER_UID,
    command: ['/home/runner/run.sh'],
    env:
      o.containerMode === 'kubernetes'
        ? [
            { name: 'ACTIONS_RUNNER_CONTAINER_HOOKS', value: '/home/runner/k8s-novolume/index.js' },
            { name: 'ACTIONS_RUNNER_POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
            { name: 'ACTIONS_RUNNER_REQUIRE_JOB_CONTAINER', value: 'true' },
            { name: 'ACTIONS_RUNNER_CONTAINER_HOOK_TEMPLATE', value: `${HOOK_TEMPLATE_DIR}/${HOOK_TEMPLATE_KEY}` }
          ]
        : [],
    ...(o.containerMode === 'kubernetes'
      ? {
          volumeMounts: [{ name: HOOK_TEMPLATE_VOLUME, mountPath: HOOK_TEMPLATE_DIR, readOnly: true }],
          volumes: [{ name: HOOK_TEMPLATE_VOLUME, configMap: { name: configMap } }]
        }
      : {}),
    resources: resources()
  }),

  // The runner pods of kubernetes mode start the job pods: they run as their own service account with that Role.
  separateServiceAccount: (o) => o.containerMode === 'kubernetes',

  rbac: (o) =>
    o.containerMode === 'kubernetes'
      ? {
          rules: ARC_KUBE_MODE_RULES,
          reason: "ARC's container hook creates job pods in its namespace (kubernetes mode)",
          serves: "ARC's job pods"
        }
      : undefined
}

/** The GitHub configuration Secret's data from the credential the driver read (JSON of ARC's keys). */
export function arcSecretData(credential: string | undefined): Record<string, string> | undefined {
  return credential ? (JSON.parse(credential) as Record<string, string>) : undefined
}
