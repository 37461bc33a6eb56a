// The kubeconfig AKS hands out when the Kubernetes half is not there to provide the real one: same shape
// (an Entra cluster: the user is a kubelogin `exec`; admin: a static token), pointing at the kube URL if any.
import { AKS_SERVER_APP_ID } from '../context.js'

export function fallbackKubeconfig(opts: { clusterName: string; server: string; caPem: string; kind: 'user' | 'admin'; tenantId: string }): string {
  const user = opts.kind === 'admin' ? `clusterAdmin_${opts.clusterName}` : `clusterUser_${opts.clusterName}`
  const ca = Buffer.from(opts.caPem).toString('base64')
  const userBlock =
    opts.kind === 'admin'
      ? `    token: sandbox-admin-token-${opts.clusterName}`
      : [
          '    exec:',
          '      apiVersion: client.authentication.k8s.io/v1beta1',
          '      command: kubelogin',
          '      args:',
          '      - get-token',
          '      - --login',
          '      - devicecode',
          '      - --server-id',
          `      - ${AKS_SERVER_APP_ID}`,
          '      - --tenant-id',
          `      - ${opts.tenantId}`,
          '      interactiveMode: IfAvailable',
          '      provideClusterInfo: false'
        ].join('\n')
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- cluster:',
    `    certificate-authority-data: ${ca}`,
    `    server: ${opts.server}`,
    `  name: ${opts.clusterName}`,
    'contexts:',
    '- context:',
    `    cluster: ${opts.clusterName}`,
    `    user: ${user}`,
    `  name: ${opts.clusterName}`,
    `current-context: ${opts.clusterName}`,
    'preferences: {}',
    'users:',
    `- name: ${user}`,
    '  user:',
    userBlock,
    ''
  ].join('\n')
}
