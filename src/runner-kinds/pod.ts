// runner-kind pod: a plain long-running workload pod with the identity (the seed's azure-cli pod, `sleep 3600`),
// for teams that want `kubectl exec` into a tool pod that is signed in to Azure. No credential, no Secret.
import { imageRef } from '../rules.js'
import { resources, type RunnerDriver } from './driver.js'

/** The seed's demo image: the Azure CLI (`pod-image` overrides it; `runner-image` does not apply). */
export const WORKLOAD_IMAGE = 'mcr.microsoft.com/azure-cli:2.67.0'
/** The seed's demo pod kept alive for `kubectl exec` (the image's own default command is a shell that exits). */
export const DEFAULT_COMMAND = ['sleep']
export const DEFAULT_ARGS = ['3600']
/** Any non-root uid: the azure-cli image has no user of its own and runs as root by default. */
export const WORKLOAD_UID = 1000
/** A writable home: `az` keeps its configuration and token cache in ~/.azure. */
export const WORKLOAD_HOME = '/home/workload'

/** Command and args, one item per line in the inputs; empty = the image's own. */
export interface PodOptions {
  command: string[]
  args: string[]
}

export const podDriver: RunnerDriver<PodOptions> = {
  component: 'workload',
  defaultImage: WORKLOAD_IMAGE,
  ownInputs: ['pod-image', 'pod-command', 'pod-args'],

  read(r) {
    const image = r.optional('pod-image', imageRef)
    const command = r.lines('pod-command')
    const args = r.lines('pod-args')
    // The default image's own command is an interactive shell that exits at once: the seed's `sleep 3600` instead.
    const options = command.length || args.length || image ? { command, args } : { command: DEFAULT_COMMAND, args: DEFAULT_ARGS }
    return { options, image: image ?? WORKLOAD_IMAGE }
  },

  pod: (o) => ({
    restartPolicy: 'Always',
    automountServiceAccountToken: false,
    uid: WORKLOAD_UID,
    gid: WORKLOAD_UID,
    ...(o.command.length ? { command: [...o.command] } : {}),
    ...(o.args.length ? { args: [...o.args] } : {}),
    env: [{ name: 'HOME', value: WORKLOAD_HOME }],
    volumeMounts: [{ name: 'home', mountPath: WORKLOAD_HOME }],
    volumes: [{ name: 'home', emptyDir: {} }],
    resources: resources({ requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } })
  })
}
