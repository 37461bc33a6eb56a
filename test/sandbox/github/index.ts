// Placeholder: replaced by the github half of the sandbox.
import type { SandboxContext, ServicePart } from '../context.js'

export function createGitHubParts(_ctx: SandboxContext): ServicePart[] {
  return []
}
