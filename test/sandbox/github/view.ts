// What the GitHub part offers the other parts in-process (registered as `ctx.parts.github`): a runner pod
// started with a JIT config can say which runner it is and report the runner's state, as the real runner
// does by connecting to the Actions service.
import { scopeKey } from './model.js'
import { jitConfigDigest } from './jitconfig.js'
import type { GitHubState, RunnerStatePatch } from './state.js'

export interface GitHubView {
  /** The runner a JIT config was issued for, or undefined if unknown or deleted. */
  runnerForJitConfig(encoded: string): { id: number; name: string; scope: string } | undefined
  /** Marks a runner online/offline/busy; false if there is no such runner. */
  setRunnerState(id: number, patch: RunnerStatePatch): boolean
  /** Removes a runner (an ephemeral runner deregisters after its job); false if there is no such runner. */
  removeRunner(id: number): boolean
}

export function createGitHubView(state: GitHubState): GitHubView {
  return {
    runnerForJitConfig(encoded) {
      const digest = jitConfigDigest(encoded)
      const r = [...state.runners.values()].find((x) => x.jitConfigDigest === digest)
      return r && { id: r.id, name: r.name, scope: scopeKey(r.scope) }
    },
    setRunnerState: (id, patch) => state.setRunnerState(id, patch) !== undefined,
    removeRunner: (id) => state.runners.delete(id)
  }
}
