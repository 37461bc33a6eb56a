// The external-cluster option, tested against a first sandbox's Kubernetes API used "as if external" by a
// second sandbox: the issuer comes from that server's /.well-known/openid-configuration, the kubeconfig the
// second sandbox hands out (its file, ARM's credentials) reaches that server, its own kube/oidc services do
// not emulate, and its Entra validates the external issuer's tokens against that issuer's JWKS.
import { readFileSync } from 'node:fs'
import { decodeJwt } from 'jose'
import { startSandbox, type Sandbox } from '../index.js'
import { armClients, assertionCredential, azureHalf, principalCredential } from '../azure/sdk.js'
import { mintServiceAccountToken, type KubeSandboxView } from './index.js'
import { call, kubeClients, sandboxClients } from './testkit.js'

let cluster: Sandbox // stands in for kind/k3d/minikube
let sb: Sandbox // uses it as its AKS cluster's API server

beforeAll(async () => {
  cluster = await startSandbox({ azure: { oidcIssuerEnabled: true } })
  // Same CA, so the second sandbox's Entra can reach the first one's issuer over HTTPS.
  sb = await startSandbox({ tls: cluster.tls, kube: { external: { kubeconfig: cluster.files.kubeconfig! } }, azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true } })
})
afterAll(async () => {
  await sb?.stop()
  await cluster?.stop()
})

const view = (s: Sandbox) => s.ctx.parts.kube as KubeSandboxView

describe('external cluster option', () => {
  it('takes the issuer from the external API server’s openid-configuration, and ARM reports it', async () => {
    const external = view(cluster).issuerUrl()
    expect(view(sb).issuerUrl()).toBe(external)
    const arm = armClients(sb, principalCredential(sb))
    const mc = await arm.aks.managedClusters.get(azureHalf(sb).settings.resourceGroup, azureHalf(sb).settings.clusterName)
    expect(mc.oidcIssuerProfile?.issuerURL).toBe(external)
    // The discovery document came from the external server (its log shows the read).
    expect(cluster.log.all().some((e) => e.operation === 'kube.openid.configuration' && e.status === 200)).toBe(true)
  })

  it('hands out the external kubeconfig, which reaches the external server', async () => {
    expect(readFileSync(sb.files.kubeconfig!, 'utf8')).toBe(readFileSync(cluster.files.kubeconfig!, 'utf8'))
    const through = kubeClients(readFileSync(sb.files.kubeconfig!, 'utf8'))
    await through.core.createNamespacedServiceAccount({ namespace: 'default', body: { metadata: { name: 'ext-sa' } } })
    const direct = sandboxClients(cluster)
    expect((await direct.core.readNamespacedServiceAccount({ namespace: 'default', name: 'ext-sa' })).metadata?.name).toBe('ext-sa')
  })

  it('does not emulate: the kube service answers 503 and the oidc service 404', async () => {
    const kube = await call(sb, `${sb.urls.kube}/api/v1/namespaces`)
    expect(kube.status).toBe(503)
    expect(kube.body).toMatchObject({ kind: 'Status', reason: 'ServiceUnavailable' })
    expect((await call(sb, `${sb.urls.oidc}/${sb.tenantId}/any/.well-known/openid-configuration`)).status).toBe(404)
  })

  it('mints through the external TokenRequest, and Entra validates the token against the external JWKS', async () => {
    const token = await mintServiceAccountToken(sb.ctx, { namespace: 'default', name: 'ext-sa', audiences: ['api://AzureADTokenExchange'] })
    expect(decodeJwt(token)).toMatchObject({ iss: view(cluster).issuerUrl(), sub: 'system:serviceaccount:default:ext-sa' })
    expect(cluster.log.all().some((e) => e.operation === 'kube.serviceaccounts.token')).toBe(true)

    const arm = armClients(sb, principalCredential(sb))
    const rg = azureHalf(sb).settings.resourceGroup
    const id = await arm.msi.userAssignedIdentities.createOrUpdate(rg, 'id-ext', { location: 'eastus' })
    await arm.msi.federatedIdentityCredentials.createOrUpdate(rg, 'id-ext', 'fic', {
      issuer: view(sb).issuerUrl(),
      subject: 'system:serviceaccount:default:ext-sa',
      audiences: ['api://AzureADTokenExchange']
    })
    const access = await assertionCredential(sb, id.clientId!, async () => token).getToken(`${sb.urls.arm}/.default`)
    expect(decodeJwt(access.token).oid).toBe(id.principalId)
  })
})
