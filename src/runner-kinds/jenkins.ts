// runner-kind jenkins: the Jenkins inbound agent (jenkins/inbound-agent) connecting to `jenkins-url` as
// `jenkins-agent-name` with the agent's secret from a Secret. WebSocket transport: the agent reaches the
// controller over its https URL alone, no separate TCP agent port to open (Jenkins 2.217+).
import { httpsUrl, type Rule } from '../rules.js'
import { fromSecret, resources, type RunnerDriver } from './driver.js'

/** Pinned inbound agent; bump with its releases. */
export const JENKINS_AGENT_IMAGE = 'jenkins/inbound-agent:3345.v03dee9b_f88fc-1'
/** The inbound-agent image's user (`jenkins`, uid/gid 1000). */
export const JENKINS_UID = 1000
export const JENKINS_WORKDIR = '/home/jenkins/agent'
export const JENKINS_SECRET_KEY = 'secret'

export interface JenkinsOptions {
  url?: string
  agentName?: string
}

/** A Jenkins node name: at most 200 characters, none of the characters Jenkins forbids in names, no spaces. */
export const agentNameRule: Rule = (v) =>
  v.length <= 200 && !/[?*/\\%!@#$^&|<>[\]:;\s]/.test(v)
    ? undefined
    : 'must be a Jenkins agent name: at most 200 characters, no spaces and none of ? * / \\ % ! @ # $ ^ & | < > [ ] : ;'

/** The agent secret Jenkins shows on the agent's page: 64 hexadecimal characters. */
export const agentSecretRule: Rule = (v) =>
  /^[0-9a-f]{64}$/i.test(v) ? undefined : "must be the agent's secret from its page in Jenkins: 64 hexadecimal characters"

export const jenkinsDriver: RunnerDriver<JenkinsOptions> = {
  component: 'jenkins-agent',
  defaultImage: JENKINS_AGENT_IMAGE,
  ownInputs: ['jenkins-url', 'jenkins-agent-name', 'jenkins-agent-secret'],
  secretInputs: ['jenkins-agent-secret'],

  /** One inbound agent per name and secret, so at most one pod. */
  read(r, run) {
    const url = r.optional('jenkins-url', httpsUrl)?.replace(/\/+$/, '')
    const agentName = r.optional('jenkins-agent-name', agentNameRule)
    const secret = r.optional('jenkins-agent-secret', agentSecretRule)
    if (run.selected && run.creating) {
      if (!url)
        r.conflict('jenkins-url', "is required with 'runner-kind: jenkins' (the controller's URL, e.g. https://jenkins.example.com)")
      if (!agentName) {
        r.conflict(
          'jenkins-agent-name',
          "is required with 'runner-kind: jenkins' (the name of a permanent agent launched by connecting it to the controller)"
        )
      }
      if (!secret)
        r.conflict('jenkins-agent-secret', "is required with 'runner-kind: jenkins' (the agent's secret, shown on its page in Jenkins)")
    }
    if (run.selected && run.count > 1) {
      r.conflict(
        'runner-count',
        "must be 0 or 1 with 'runner-kind: jenkins': one agent name and secret connect one agent (use one step per agent)"
      )
    }
    return { options: { url, agentName }, credential: secret }
  },

  secret: { suffix: 'agent-secret', key: JENKINS_SECRET_KEY },

  /** The agent secret itself. */
  credential: (_o, secret) => secret,

  pod: (o, secretName) => ({
    // A long-lived agent: the kubelet restarts it if the connection drops and the process exits.
    restartPolicy: 'Always',
    automountServiceAccountToken: false,
    uid: JENKINS_UID,
    gid: JENKINS_UID,
    // The image's entrypoint (jenkins-agent) reads everything from the environment.
    env: [
      { name: 'JENKINS_URL', value: `${o.url ?? ''}/` },
      { name: 'JENKINS_AGENT_NAME', value: o.agentName ?? '' },
      fromSecret('JENKINS_SECRET', secretName, JENKINS_SECRET_KEY),
      { name: 'JENKINS_AGENT_WORKDIR', value: JENKINS_WORKDIR },
      { name: 'JENKINS_WEB_SOCKET', value: 'true' }
    ],
    volumeMounts: [{ name: 'workdir', mountPath: JENKINS_WORKDIR }],
    volumes: [{ name: 'workdir', emptyDir: {} }],
    resources: resources()
  })
}
