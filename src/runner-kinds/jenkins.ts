// runner-kind jenkins: the Jenkins inbound agent (jenkins/inbound-agent) connecting to `jenkins-url` as
// `jenkins-agent-name` with the agent's secret from a Secret. WebSocket transport: the agent reaches the
// controller over its https URL alone, no separate TCP agent port to open (Jenkins 2.217+).
import { fromSecret, resources, type RunnerDriver } from './driver.js'

/** The inbound-agent image's user (`jenkins`, uid/gid 1000). */
export const JENKINS_UID = 1000
export const JENKINS_WORKDIR = '/home/jenkins/agent'
export const JENKINS_SECRET_KEY = 'secret'

export const jenkinsDriver: RunnerDriver = {
  kind: 'jenkins',
  component: 'jenkins-agent',
  secret: { suffix: 'agent-secret', key: JENKINS_SECRET_KEY },
  pod: (o, secretName) => ({
    component: 'jenkins-agent',
    // A long-lived agent: the kubelet restarts it if the connection drops and the process exits.
    restartPolicy: 'Always',
    automountServiceAccountToken: false,
    uid: JENKINS_UID,
    gid: JENKINS_UID,
    // The image's entrypoint (jenkins-agent) reads everything from the environment.
    env: [
      { name: 'JENKINS_URL', value: `${o.jenkins?.url ?? ''}/` },
      { name: 'JENKINS_AGENT_NAME', value: o.jenkins?.agentName ?? '' },
      fromSecret('JENKINS_SECRET', secretName, JENKINS_SECRET_KEY),
      { name: 'JENKINS_AGENT_WORKDIR', value: JENKINS_WORKDIR },
      { name: 'JENKINS_WEB_SOCKET', value: 'true' }
    ],
    volumeMounts: [{ name: 'workdir', mountPath: JENKINS_WORKDIR }],
    volumes: [{ name: 'workdir', emptyDir: {} }],
    resources: resources()
  })
}
