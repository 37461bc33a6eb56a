// A service-account token from the TokenRequest API, exactly what the workload identity webhook would project
// into a pod, and its claims. The token is a credential: it is handed to `mask` before anything else can see it
// and is never part of a message.
import type { CoreV1Api } from '@kubernetes/client-node'
import { tokenClaims, type TokenClaims } from '../token-claims.js'

/** The shortest lifetime the TokenRequest API accepts (kube-apiserver: "may not specify a duration less than 10 minutes"). */
export const MIN_TOKEN_SECONDS = 600

export interface ServiceAccountToken {
  /** The JWT itself: a secret. */
  token: string
  claims: TokenClaims
}

export interface TokenRequestParams {
  core: CoreV1Api
  namespace: string
  serviceAccount: string
  audience: string
  /** Called with the token as soon as it exists (core.setSecret in the action). */
  mask: (secret: string) => void
}

/** Mints a short-lived token for the service account with our audience. */
export async function requestServiceAccountToken(p: TokenRequestParams): Promise<ServiceAccountToken> {
  const res = await p.core.createNamespacedServiceAccountToken({
    namespace: p.namespace,
    name: p.serviceAccount,
    body: {
      apiVersion: 'authentication.k8s.io/v1',
      kind: 'TokenRequest',
      spec: { audiences: [p.audience], expirationSeconds: MIN_TOKEN_SECONDS }
    }
  })
  const token = res.status?.token
  if (!token) throw new Error(`the TokenRequest for service account ${p.namespace}/${p.serviceAccount} returned no token`)
  p.mask(token)
  const claims = tokenClaims(token)
  if (!claims) throw new Error(`the TokenRequest for service account ${p.namespace}/${p.serviceAccount} returned a token that is not a JWT`)
  return { token, claims }
}
