// The runner kinds: one driver per `runner-kind`, and the credential each pod gets (built here for the kinds
// whose credential is derived from inputs; GitHub's JIT config is registered through the GitHub API instead).
import { DEFAULT_IMAGES, type RunnerKind } from '../settings.js'
import { githubDriver } from './github.js'
import { gitlabConfigToml, gitlabDriver } from './gitlab.js'
import { jenkinsDriver } from './jenkins.js'
import { podDriver } from './pod.js'
import type { KindOptions, RunnerDriver } from './driver.js'

export type { KindOptions, KindPod, RunnerDriver } from './driver.js'

export const DRIVERS: Record<RunnerKind, RunnerDriver> = { github: githubDriver, gitlab: gitlabDriver, jenkins: jenkinsDriver, pod: podDriver }

export const driverFor = (kind: RunnerKind | undefined): RunnerDriver => DRIVERS[kind ?? 'github']

/** The kind a pod was made as, from its component label (undefined for a pod that is not one of ours). */
export function kindOfComponent(component: string | undefined): RunnerKind | undefined {
  return (Object.values(DRIVERS).find((d) => d.component === component) ?? undefined)?.kind
}

/** The name of a runner pod's credential Secret; undefined when its kind has none. */
export function credentialSecretName(kind: RunnerKind | undefined, runnerName: string): string | undefined {
  const s = driverFor(kind).secret
  return s ? `${runnerName}-${s.suffix}` : undefined
}

/** The credentials from the inputs (masked on read, never in a spec). */
export interface RunnerCredentials {
  gitlabRunnerToken?: string
  jenkinsAgentSecret?: string
}

export interface CredentialInput extends KindOptions {
  kind?: RunnerKind
  namespace: string
  serviceAccount: string
  /** The labels job pods get (GitLab's Kubernetes executor). */
  jobPodLabels: Record<string, string>
}

/**
 * Pure: the Secret value of a pod whose credential comes from the inputs (gitlab: its config.toml; jenkins: the
 * agent secret). Undefined for github (registered per pod through the GitHub API) and pod (no credential).
 */
export function derivedCredential(i: CredentialInput, creds: RunnerCredentials, runnerName: string): string | undefined {
  if (i.kind === 'gitlab' && creds.gitlabRunnerToken) {
    return gitlabConfigToml({
      name: runnerName,
      url: i.gitlab?.url ?? '',
      token: creds.gitlabRunnerToken,
      executor: i.gitlab?.executor ?? 'kubernetes',
      namespace: i.namespace,
      serviceAccount: i.serviceAccount,
      jobImage: DEFAULT_IMAGES.pod,
      jobPodLabels: i.jobPodLabels
    })
  }
  if (i.kind === 'jenkins') return creds.jenkinsAgentSecret
  return undefined
}
