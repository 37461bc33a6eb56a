// runner-kind github: GitHub's ephemeral runner with a just-in-time configuration (registered by the action,
// one per pod). The pod spec is exactly what it was before the other kinds existed, so the spec hash of
// running github runner pods does not change when the action is upgraded.
import { fromSecret, resources, type RunnerDriver } from './driver.js'
import { OWNER_VALUE } from '../constants.js'

/** Pinned by tag; bump with the runner's releases (the runner refuses to run when too old for GitHub). */
export const DEFAULT_RUNNER_IMAGE = 'ghcr.io/actions/actions-runner:2.329.0'
/** The runner image's user (actions/runner images/Dockerfile: `runner`, uid 1001). */
export const GITHUB_RUNNER_UID = 1001
export const JIT_SECRET_KEY = 'jitconfig'

/** Its inputs (github-token, runner-scope, runner-labels, runner-group-id) are GitHub's, shared with any kind that registers there. */
export type GitHubOptions = Record<string, never>

export const githubDriver: RunnerDriver<GitHubOptions> = {
  component: 'github-runner',
  defaultImage: DEFAULT_RUNNER_IMAGE,
  ownInputs: [],
  read: () => ({ options: {} }),
  registersAtGitHub: true,
  secret: { suffix: 'jitconfig', key: JIT_SECRET_KEY },
  pod: (_o, secretName) => ({
    // A runner registers once and exits after one job; a restart would re-use a spent JIT config.
    restartPolicy: 'Never',
    // The job talks to Azure through workload identity, not to this cluster's API: no API token mounted.
    automountServiceAccountToken: false,
    uid: GITHUB_RUNNER_UID,
    gid: GITHUB_RUNNER_UID,
    command: ['/home/runner/run.sh'],
    env: [
      fromSecret('ACTIONS_RUNNER_INPUT_JITCONFIG', secretName, JIT_SECRET_KEY),
      // Exit with a distinct code instead of self-updating when GitHub deprecates the image's runner version.
      { name: 'ACTIONS_RUNNER_RETURN_VERSION_DEPRECATED_EXIT_CODE', value: '1' },
      { name: 'GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT', value: OWNER_VALUE }
    ],
    resources: resources()
  }),
  // The hash covers the pod spec alone, as it did before the other kinds existed.
  hash: () => undefined
}
