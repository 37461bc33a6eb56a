// Placeholder: replaced by the kube half of the sandbox.
import type { SandboxContext, ServicePart } from '../context.js'

export function createKubeParts(_ctx: SandboxContext): ServicePart[] {
  return []
}
