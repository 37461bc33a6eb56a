// runner-kind github: GitHub's ephemeral runner with a just-in-time configuration (registered by the action,
// one per pod). The pod spec is exactly what it was before the other kinds existed, so the spec hash of
// running github runner pods does not change when the action is upgraded.
import { fromSecret, resources, type RunnerDriver } from './driver.js'
import { OWNER_VALUE } from '../constants.js'

/** The runner image's user (actions/runner images/Dockerfile: `runner`, uid 1001). */
export const GITHUB_RUNNER_UID = 1001

export const githubDriver: RunnerDriver = {
  kind: 'github',
  component: 'github-runner',
  secret: { suffix: 'jitconfig', key: 'jitconfig' },
  pod: (_o, secretName) => ({
    component: 'github-runner',
    // A runner registers once and exits after one job; a restart would re-use a spent JIT config.
    restartPolicy: 'Never',
    // The job talks to Azure through workload identity, not to this cluster's API: no API token mounted.
    automountServiceAccountToken: false,
    uid: GITHUB_RUNNER_UID,
    gid: GITHUB_RUNNER_UID,
    command: ['/home/runner/run.sh'],
    env: [
      fromSecret('ACTIONS_RUNNER_INPUT_JITCONFIG', secretName, 'jitconfig'),
      // Exit with a distinct code instead of self-updating when GitHub deprecates the image's runner version.
      { name: 'ACTIONS_RUNNER_RETURN_VERSION_DEPRECATED_EXIT_CODE', value: '1' },
      { name: 'GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT', value: OWNER_VALUE }
    ],
    resources: resources()
  })
}
