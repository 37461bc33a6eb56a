// A helper for other tests: mint a service-account token as TokenRequest would, for the sandbox's
// cluster (emulated: in-process, signed by the issuer; external: through that cluster's TokenRequest).
import type { SandboxContext } from '../context.js'
import type { KubeSandboxView } from './index.js'

export interface MintRequest {
  namespace: string
  name: string
  /** Default: the issuer URL (the API server's audience), as TokenRequest does without spec.audiences. */
  audiences?: string[]
  /** Default 3600. */
  expirationSeconds?: number
}

/** `ctx` is `sandbox.ctx` (or any SandboxContext whose kube part is registered). */
export async function mintServiceAccountToken(ctx: SandboxContext, req: MintRequest): Promise<string> {
  const view = ctx.parts.kube as KubeSandboxView | undefined
  if (!view) throw new Error('the sandbox has no kube part')
  return view.mintToken(req.namespace, req.name, { audiences: req.audiences, expirationSeconds: req.expirationSeconds })
}
