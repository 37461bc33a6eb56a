// Placeholder: replaced by the azure half of the sandbox.
import type { SandboxContext, ServicePart } from '../context.js'

export function createAzureParts(_ctx: SandboxContext): ServicePart[] {
  return []
}
