// Authentication on the API server: the static admin token of the admin kubeconfig, Entra access tokens
// for the AKS server application (verified by the Azure half, as AKS's Entra integration does), and the
// service-account tokens this cluster's issuer signed (for the API server audience, the issuer URL).
import { AKS_SERVER_APP_ID, type AzureView } from '../context.js'
import type { UserInfo } from './authz.js'
import type { ObjectStore } from './store.js'
import type { Issuer } from './tokens.js'

export const ADMIN_USER: UserInfo = { username: 'masterclient', groups: ['system:masters', 'system:authenticated'] }

export class Authenticator {
  constructor(
    private readonly deps: {
      adminToken: string
      store: ObjectStore
      issuer: Issuer
      issuerUrl: () => string
      azure: () => AzureView | undefined
      now: () => number
    }
  ) {}

  /** The user a bearer token stands for, or undefined (→ 401). */
  async authenticate(authorization: string | undefined): Promise<UserInfo | undefined> {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1]
    if (!token) return undefined
    if (token === this.deps.adminToken) return ADMIN_USER
    return (await this.entraUser(token)) ?? (await this.serviceAccountUser(token, this.deps.issuerUrl()))
  }

  private async entraUser(token: string): Promise<UserInfo | undefined> {
    const claims = await this.deps.azure()?.verifyAccessToken(token, AKS_SERVER_APP_ID).catch(() => undefined)
    return claims ? { username: claims.oid, uid: claims.oid, groups: ['system:authenticated'] } : undefined
  }

  /** A service-account token for `audience`, whose service account still exists (same uid). */
  async serviceAccountUser(token: string, audience: string): Promise<UserInfo | undefined> {
    const claims = await this.deps.issuer.verify(token, audience, this.deps.now())
    const k8s = claims?.['kubernetes.io'] as { namespace?: string; serviceaccount?: { name?: string; uid?: string } } | undefined
    if (!claims?.sub || !k8s?.namespace || !k8s.serviceaccount?.name) return undefined
    // A deleted (or deleted and recreated) service account invalidates its tokens.
    if (this.deps.store.get('serviceaccounts', k8s.namespace, k8s.serviceaccount.name)?.metadata.uid !== k8s.serviceaccount.uid) return undefined
    return { username: claims.sub, uid: k8s.serviceaccount.uid, groups: ['system:serviceaccounts', `system:serviceaccounts:${k8s.namespace}`, 'system:authenticated'] }
  }
}
