// runner-kind pod: a plain long-running workload pod with the identity (the seed's azure-cli pod, `sleep 3600`),
// for teams that want `kubectl exec` into a tool pod that is signed in to Azure. No credential, no Secret.
import { resources, type RunnerDriver } from './driver.js'

/** Any non-root uid: the azure-cli image has no user of its own and runs as root by default. */
export const WORKLOAD_UID = 1000
/** A writable home: `az` keeps its configuration and token cache in ~/.azure. */
export const WORKLOAD_HOME = '/home/workload'

export const podDriver: RunnerDriver = {
  kind: 'pod',
  component: 'workload',
  pod: (o) => ({
    component: 'workload',
    restartPolicy: 'Always',
    automountServiceAccountToken: false,
    uid: WORKLOAD_UID,
    gid: WORKLOAD_UID,
    ...(o.pod?.command.length ? { command: [...o.pod.command] } : {}),
    ...(o.pod?.args.length ? { args: [...o.pod.args] } : {}),
    env: [{ name: 'HOME', value: WORKLOAD_HOME }],
    volumeMounts: [{ name: 'home', mountPath: WORKLOAD_HOME }],
    volumes: [{ name: 'home', emptyDir: {} }],
    resources: resources({ requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '1Gi' } })
  })
}
