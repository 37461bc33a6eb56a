// Kubeconfigs in the shape AKS's listClusterAdminCredential ('admin': a static token) and
// listClusterUserCredential ('user': an Entra cluster, kubelogin exec with the AKS server app id) return.
import { stringify } from 'yaml'
import { AKS_SERVER_APP_ID } from '../context.js'

export interface KubeconfigParams {
  kind: 'user' | 'admin'
  server: string
  caPem: string
  clusterName: string
  resourceGroup: string
  tenantId: string
  adminToken: string
}

/** The public client id of the Azure CLI (kubelogin's --client-id in AKS user kubeconfigs). */
const AZURE_CLI_CLIENT_ID = '80faf920-1908-4b52-b5ef-a8e7bedfc67a'

export function buildKubeconfig(p: KubeconfigParams): string {
  const userName = `${p.kind === 'admin' ? 'clusterAdmin' : 'clusterUser'}_${p.resourceGroup}_${p.clusterName}`
  const context = p.kind === 'admin' ? `${p.clusterName}-admin` : p.clusterName
  const user =
    p.kind === 'admin'
      ? { token: p.adminToken }
      : {
          exec: {
            apiVersion: 'client.authentication.k8s.io/v1beta1',
            command: 'kubelogin',
            args: ['get-token', '--environment', 'AzurePublicCloud', '--server-id', AKS_SERVER_APP_ID, '--client-id', AZURE_CLI_CLIENT_ID, '--tenant-id', p.tenantId, '--login', 'devicecode'],
            env: null,
            installHint: '\nkubelogin is not installed which is required to connect to AAD enabled cluster.\n\nTo learn more, please go to https://aka.ms/aks/kubelogin\n',
            provideClusterInfo: false
          }
        }
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: p.clusterName, cluster: { 'certificate-authority-data': Buffer.from(p.caPem).toString('base64'), server: p.server } }],
    contexts: [{ name: context, context: { cluster: p.clusterName, user: userName } }],
    'current-context': context,
    preferences: {},
    users: [{ name: userName, user }]
  })
}
