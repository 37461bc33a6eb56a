// kubectl for an AKS cluster, signed in as the workload identity: the cluster's user kubeconfig from AKS with its
// kubelogin `exec` replaced by an Entra token for the AKS server application, minted from the federated token (no
// kubelogin binary). Written under RUNNER_TEMP with mode 600 for later steps; the post step deletes it.
import type { TokenCredential } from '@azure/core-auth'
import { createAksClient } from '../azure/clients.js'
import { errorStatus, explain } from '../azure/errors.js'
import { fetchAksKubeconfigFile, writePrivateFile } from '../kube/client.js'

export interface ClusterKubeconfig {
  path: string
  /** When its Entra token expires (epoch ms); undefined for a kubeconfig without one. */
  tokenExpiresOn?: number
}

export async function writeClusterKubeconfig(p: {
  credential: TokenCredential
  subscriptionId: string
  resourceGroup: string
  clusterName: string
  armEndpoint: string
  ca?: string
  dir: string
  mask: (s: string) => void
}): Promise<ClusterKubeconfig> {
  const client = await createAksClient(p.credential, p.subscriptionId, { armEndpoint: p.armEndpoint, ca: p.ca })
  const { file, tokenExpiresOn } = await explain(
    `Fetching the user kubeconfig of AKS cluster ${p.resourceGroup}/${p.clusterName}`,
    () =>
      fetchAksKubeconfigFile(
        { credential: p.credential, client, resourceGroup: p.resourceGroup, clusterName: p.clusterName, kind: 'user' },
        p.mask
      ),
    (err) =>
      errorStatus(err) === 403
        ? "The workload identity needs 'Azure Kubernetes Service Cluster User Role' on the cluster (listClusterUserCredential), and a Kubernetes role there for what the job does."
        : undefined
  )
  const path = await writePrivateFile(p.dir, 'aks-wi-kubeconfig', file)
  return { path, tokenExpiresOn }
}
