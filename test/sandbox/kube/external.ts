// The external-cluster option: a real Kubernetes API (kind, k3d, minikube, or another sandbox) stands in
// for the emulated AKS cluster's API server. Its issuer comes from its own ServiceAccountIssuerDiscovery
// document, and TokenRequest goes to it over HTTPS with the real client.
import { readFileSync } from 'node:fs'
import type { KubeConfig } from '@kubernetes/client-node'

/** @kubernetes/client-node takes ~0.6 s to import: load it only when an external cluster is really used. */
const clientNode = () => import('@kubernetes/client-node')

export interface ExternalClusterOptions {
  /** A kubeconfig: a file path, or the YAML itself. */
  kubeconfig: string
}

export class ExternalCluster {
  readonly yaml: string
  private kcPromise?: Promise<KubeConfig>
  private issuer?: string
  private serverUrl = ''

  constructor(opts: ExternalClusterOptions) {
    const src = opts.kubeconfig
    // YAML has a newline or a key; a path has neither.
    this.yaml = /\n|^\s*apiVersion\s*:/.test(src) ? src : readFileSync(src, 'utf8')
  }

  private kc(): Promise<KubeConfig> {
    this.kcPromise ??= clientNode().then(({ KubeConfig }) => {
      const kc = new KubeConfig()
      kc.loadFromString(this.yaml)
      this.serverUrl = kc.getCurrentCluster()?.server ?? ''
      return kc
    })
    return this.kcPromise
  }

  /** The API server URL (known once resolveIssuer() ran, which startSandbox awaits through the part's init()). */
  get server(): string {
    return this.serverUrl
  }

  /** Reads `/.well-known/openid-configuration` from the cluster (needs to run once before issuerUrl()). */
  async resolveIssuer(): Promise<string> {
    const [{ WellKnownApi }, kc] = await Promise.all([clientNode(), this.kc()])
    const doc = await kc.makeApiClient(WellKnownApi).getServiceAccountIssuerOpenIDConfiguration()
    const issuer = (typeof doc === 'string' ? (JSON.parse(doc) as { issuer?: string }) : (doc as { issuer?: string })).issuer
    if (!issuer) throw new Error(`the cluster at ${this.server} publishes no service account issuer`)
    this.issuer = issuer
    return issuer
  }

  issuerUrl(): string {
    if (!this.issuer) throw new Error('external cluster: issuer not resolved yet (startSandbox awaits the part init())')
    return this.issuer
  }

  async mintToken(namespace: string, name: string, audiences: string[] | undefined, expirationSeconds: number): Promise<string> {
    const [{ CoreV1Api }, kc] = await Promise.all([clientNode(), this.kc()])
    const res = await kc.makeApiClient(CoreV1Api).createNamespacedServiceAccountToken({
      namespace,
      name,
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { audiences: audiences ?? [], expirationSeconds } }
    })
    return res.status!.token
  }
}
