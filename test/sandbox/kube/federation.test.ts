// End to end, as a workload on the cluster would do it: a federated credential (created through
// @azure/arm-msi) trusts the cluster's issuer for a service account; a TokenRequest token for that
// annotated service account is exchanged at the Entra emulator for an ARM token through
// ClientAssertionCredential. Entra validates the token against the issuer's discovery document and JWKS.
import { decodeJwt } from 'jose'
import { parse } from 'yaml'
import { AKS_SERVER_APP_ID } from '../context.js'
import { startSandbox, type Sandbox } from '../index.js'
import { armClients, assertionCredential, azureHalf, principalCredential } from '../azure/sdk.js'
import type { KubeSandboxView } from './index.js'
import { kubeClients, sandboxClients, type KubeClients } from './testkit.js'

let sb: Sandbox
let k: KubeClients
const ns = 'fed'
const audience = 'api://AzureADTokenExchange'

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
  k = sandboxClients(sb)
  await k.core.createNamespace({ body: { metadata: { name: ns } } })
})
afterAll(async () => {
  await sb?.stop()
})

const tokenFor = async (sa: string) =>
  (await k.core.createNamespacedServiceAccountToken({ namespace: ns, name: sa, body: { spec: { audiences: [audience], expirationSeconds: 3600 } } })).status!.token

describe('TokenRequest token exchanged for an ARM token', () => {
  it('works for the federated service account, and only for it', async () => {
    const arm = armClients(sb, principalCredential(sb))
    const rg = azureHalf(sb).settings.resourceGroup
    const cluster = await arm.aks.managedClusters.get(rg, azureHalf(sb).settings.clusterName)
    const issuer = cluster.oidcIssuerProfile!.issuerURL!
    // ARM reports exactly the issuer the Kubernetes half signs with.
    expect(issuer).toBe((sb.ctx.parts.kube as KubeSandboxView).issuerUrl())

    const identity = await arm.msi.userAssignedIdentities.createOrUpdate(rg, 'id-federated', { location: cluster.location })
    await arm.msi.federatedIdentityCredentials.createOrUpdate(rg, 'id-federated', 'fic-app', {
      issuer,
      subject: `system:serviceaccount:${ns}:app`,
      audiences: [audience]
    })
    await k.core.createNamespacedServiceAccount({
      namespace: ns,
      body: { metadata: { name: 'app', annotations: { 'azure.workload.identity/client-id': identity.clientId! } } }
    })
    const sa = await k.core.readNamespacedServiceAccount({ namespace: ns, name: 'app' })
    const clientId = sa.metadata!.annotations!['azure.workload.identity/client-id']!

    const credential = assertionCredential(sb, clientId, () => tokenFor('app'))
    const access = await credential.getToken(`${sb.urls.arm}/.default`)
    const claims = decodeJwt(access.token)
    expect(claims).toMatchObject({ appid: identity.clientId, oid: identity.principalId, tid: sb.tenantId })

    // Another service account of the same namespace is not federated: Entra refuses its token.
    await k.core.createNamespacedServiceAccount({ namespace: ns, body: { metadata: { name: 'other' } } })
    const refused = assertionCredential(sb, clientId, () => tokenFor('other'))
    await expect(refused.getToken(`${sb.urls.arm}/.default`)).rejects.toThrow(/AADSTS700213|AADSTS70021/)
  })
})

describe('the kubeconfigs ARM hands out', () => {
  const credential = async (kind: 'user' | 'admin'): Promise<string> => {
    const arm = armClients(sb, principalCredential(sb))
    const { resourceGroup, clusterName } = azureHalf(sb).settings
    const res = kind === 'user' ? await arm.aks.managedClusters.listClusterUserCredentials(resourceGroup, clusterName) : await arm.aks.managedClusters.listClusterAdminCredentials(resourceGroup, clusterName)
    return Buffer.from(res.kubeconfigs![0]!.value!).toString('utf8')
  }

  it('admin: reaches the API server as is', async () => {
    const admin = kubeClients(await credential('admin'))
    expect((await admin.core.listNamespace()).items.map((n) => n.metadata?.name)).toContain(ns)
  })

  it('user: names kubelogin for the AKS server app; its server and CA with an Entra token reach the API server', async () => {
    const yaml = await credential('user')
    const doc = parse(yaml) as { users: Array<{ user: { exec?: { command: string; args: string[] } } }>; clusters: Array<{ cluster: { server: string } }> }
    expect(doc.users[0]!.user.exec!.command).toBe('kubelogin')
    expect(doc.users[0]!.user.exec!.args).toEqual(expect.arrayContaining(['--server-id', AKS_SERVER_APP_ID]))
    expect(doc.clusters[0]!.cluster.server).toBe(sb.urls.kube)
    // What the action does instead of kubelogin: an Entra token for the AKS server application.
    const { token } = await principalCredential(sb).getToken(`${AKS_SERVER_APP_ID}/.default`)
    const withToken = kubeClients(yaml)
    withToken.kc.users[0] = { name: withToken.kc.users[0]!.name, token }
    const clients = kubeClients(withToken.kc.exportConfig())
    expect((await clients.core.listNamespace()).items.length).toBeGreaterThan(0)
  })
})
