// Optional link from the emulated cluster to the emulated GitHub (`startSandbox({ kube: { githubRunnerLink: true } })`):
// what the real runner process does by talking to the Actions service. A pod whose container env reads a JIT
// config from a Secret (ACTIONS_RUNNER_INPUT_JITCONFIG) is that runner: when it turns Running the runner goes
// online; when it Succeeds (an ephemeral runner after its job) GitHub removes the registration; when it fails or
// the pod goes away, the runner goes offline.
import type { GitHubView } from '../github/view.js'
import type { KObject } from './types.js'

export const JIT_CONFIG_ENV = 'ACTIONS_RUNNER_INPUT_JITCONFIG'

/** The Secret key a pod reads its JIT config from, if it is a runner pod. */
export function jitConfigRef(pod: KObject): { name: string; key: string } | undefined {
  for (const c of pod.spec?.containers ?? []) {
    const ref = (c.env ?? []).find((e: { name?: string }) => e.name === JIT_CONFIG_ENV)?.valueFrom?.secretKeyRef
    if (ref?.name && ref?.key) return { name: String(ref.name), key: String(ref.key) }
  }
  return undefined
}

export class RunnerLink {
  /** Pod uid → GitHub runner id, learnt when the pod starts (its Secret may be deleted before the pod). */
  private readonly runners = new Map<string, number>()

  constructor(
    private readonly github: () => GitHubView | undefined,
    private readonly readSecret: (namespace: string, name: string) => KObject | undefined
  ) {}

  private runnerOf(pod: KObject): number | undefined {
    const known = this.runners.get(pod.metadata.uid!)
    if (known !== undefined) return known
    const ref = jitConfigRef(pod)
    const data = ref && this.readSecret(pod.metadata.namespace!, ref.name)?.data?.[ref.key]
    if (typeof data !== 'string') return undefined
    const runner = this.github()?.runnerForJitConfig(Buffer.from(data, 'base64').toString('utf8'))
    if (runner) this.runners.set(pod.metadata.uid!, runner.id)
    return runner?.id
  }

  /** A pod's phase changed from `from` to its current one. */
  phaseChanged(pod: KObject, from: string | undefined): void {
    const phase = pod.status?.phase
    const github = this.github()
    if (!github || phase === from) return
    const id = this.runnerOf(pod)
    if (id === undefined) return
    if (phase === 'Running') github.setRunnerState(id, { status: 'online', busy: false })
    else if (phase === 'Succeeded') {
      github.removeRunner(id)
      this.runners.delete(pod.metadata.uid!)
    } else if (phase === 'Failed') github.setRunnerState(id, { status: 'offline', busy: false })
  }

  /** A pod was removed: its runner process is gone. */
  podRemoved(pod: KObject): void {
    const id = this.runners.get(pod.metadata.uid!)
    this.runners.delete(pod.metadata.uid!)
    if (id !== undefined) this.github()?.setRunnerState(id, { status: 'offline', busy: false })
  }

  clear(): void {
    this.runners.clear()
  }
}
