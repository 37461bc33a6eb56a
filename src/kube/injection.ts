// The injection check (pure): did the workload identity webhook mutate a pod (a runner pod, or verification's
// dry-run probe pod) as it must for its workload to sign in to Azure? The token path is read from
// AZURE_FEDERATED_TOKEN_FILE, never assumed: webhook v1.5 and v1.6 mount it at different places
// (Azure/azure-workload-identity#1720). When something is missing, say the likely cause.
import type { V1Pod, V1Volume } from '@kubernetes/client-node'
import { CLIENT_ID_ANNOTATION, USE_LABEL } from '../constants.js'
import { RUNNER_CONTAINER } from './manifests.js'

export const INJECTED_ENV = ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_AUTHORITY_HOST'] as const
const SKIP_CONTAINERS_ANNOTATION = 'azure.workload.identity/skip-containers'

export interface InjectionExpectation {
  /** The managed identity's client ID the service account names. */
  clientId: string
  /** The token audience the federated credential expects. */
  audience: string
  serviceAccount: string
  /** From ARM when known: false means the cluster's workload identity feature is off. */
  workloadIdentityEnabled?: boolean
}

/**
 * What is wrong, most basic first: `not-mutated` (no token file: the webhook did not run), `client-id` (missing or
 * another identity), `audience` (the projected token's), `partial` (some of the injection is missing).
 */
export type InjectionProblem = 'not-mutated' | 'client-id' | 'audience' | 'partial'

export interface InjectionResult {
  ok: boolean
  problem?: InjectionProblem
  /** What is missing or wrong, one short item each. */
  missing: string[]
  /** The likely cause and the fix, when not ok. */
  cause?: string
  /** Where the webhook put the token (from AZURE_FEDERATED_TOKEN_FILE). */
  tokenFile?: string
  /** The AZURE_CLIENT_ID the webhook injected, if any. */
  clientId?: string
  /** The audience of the projected token, when it is not the expected one. */
  audienceSeen?: string
}

function tokenVolume(
  pod: V1Pod,
  tokenFile: string,
  containerMounts: Array<{ name: string; mountPath: string }>
): { volume?: V1Volume; path?: string } {
  // The longest mount path that contains the file: that volume holds the token.
  const mount = containerMounts
    .filter((m) => tokenFile.startsWith(m.mountPath.replace(/\/+$/, '') + '/'))
    .sort((a, b) => b.mountPath.length - a.mountPath.length)[0]
  if (!mount) return {}
  const path = tokenFile.slice(mount.mountPath.replace(/\/+$/, '').length + 1)
  return { volume: pod.spec?.volumes?.find((v) => v.name === mount.name), path }
}

/** Checks the container named `containerName` (the runner's by default). */
export function checkInjection(pod: V1Pod, exp: InjectionExpectation, containerName: string = RUNNER_CONTAINER): InjectionResult {
  const missing: string[] = []
  const container = pod.spec?.containers.find((c) => c.name === containerName)
  const env = new Map((container?.env ?? []).map((e) => [e.name, e.value ?? '']))
  for (const name of INJECTED_ENV) if (!env.get(name)) missing.push(`env ${name}`)
  const tokenFile = env.get('AZURE_FEDERATED_TOKEN_FILE') || undefined
  let audienceSeen: string | undefined
  if (tokenFile) {
    const { volume, path } = tokenVolume(pod, tokenFile, container?.volumeMounts ?? [])
    const source = volume?.projected?.sources?.find(
      (s) => s.serviceAccountToken && s.serviceAccountToken.path === path
    )?.serviceAccountToken
    if (!source) missing.push(`a projected service account token volume mounted at ${tokenFile}`)
    else if ((source.audience ?? '') !== exp.audience) {
      audienceSeen = source.audience ?? '(the API server default)'
      missing.push(`token audience ${exp.audience} (the projected token has ${audienceSeen})`)
    }
  } else missing.push('a projected service account token volume')
  const injectedClientId = env.get('AZURE_CLIENT_ID')
  if (injectedClientId && injectedClientId.toLowerCase() !== exp.clientId.toLowerCase())
    missing.push(`AZURE_CLIENT_ID ${exp.clientId} (the pod has ${injectedClientId})`)

  if (missing.length === 0) return { ok: true, missing, tokenFile, clientId: injectedClientId }
  const problem: InjectionProblem = !tokenFile
    ? 'not-mutated'
    : !injectedClientId || injectedClientId.toLowerCase() !== exp.clientId.toLowerCase()
      ? 'client-id'
      : audienceSeen !== undefined
        ? 'audience'
        : 'partial'
  return {
    ok: false,
    problem,
    missing,
    tokenFile,
    clientId: injectedClientId,
    audienceSeen,
    cause: diagnose(pod, exp, env, audienceSeen, containerName)
  }
}

function diagnose(
  pod: V1Pod,
  exp: InjectionExpectation,
  env: Map<string, string>,
  audienceSeen: string | undefined,
  containerName: string
): string {
  const skip = (pod.metadata?.annotations?.[SKIP_CONTAINERS_ANNOTATION] ?? '').split(';').map((s) => s.trim())
  if (pod.metadata?.labels?.[USE_LABEL] !== 'true') {
    return `the pod has no label ${USE_LABEL}: "true" (the webhook only mutates pods with that label, on the pod itself, at creation); something removed it, such as a mutating policy`
  }
  if (skip.includes(containerName))
    return `the pod annotation ${SKIP_CONTAINERS_ANNOTATION} lists the "${containerName}" container, so the webhook skipped it`
  const anyInjected = ['AZURE_TENANT_ID', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_AUTHORITY_HOST'].some((n) => env.get(n))
  if (!anyInjected) {
    const enable =
      "enable it with 'az aks update --enable-oidc-issuer --enable-workload-identity' or the input 'enable-cluster-features: true', then re-run"
    if (exp.workloadIdentityEnabled === false)
      return `the pod was created unmutated: workload identity is off on the cluster (securityProfile.workloadIdentity.enabled); ${enable}`
    if (exp.workloadIdentityEnabled === true) {
      return 'the pod was created unmutated although workload identity is on for the cluster: the webhook is not installed or not running (check the azure-wi-webhook pods in kube-system and the MutatingWebhookConfiguration azure-wi-webhook-mutating-webhook-configuration)'
    }
    return `the pod was created unmutated: the workload identity webhook is not installed or workload identity is off on the cluster (securityProfile.workloadIdentity.enabled); ${enable}`
  }
  if (!env.get('AZURE_CLIENT_ID')) {
    return `the service account ${exp.serviceAccount} had no ${CLIENT_ID_ANNOTATION} annotation when the pod was created (the webhook injects AZURE_CLIENT_ID only from it); re-run to replace the pod`
  }
  if (env.get('AZURE_CLIENT_ID')!.toLowerCase() !== exp.clientId.toLowerCase()) {
    return `the service account ${exp.serviceAccount} named another identity when the pod was created; re-run to replace the pod`
  }
  if (audienceSeen !== undefined) {
    return `the webhook projects tokens for ${audienceSeen} but the federated credential expects ${exp.audience}: use the input 'audience: ${audienceSeen}' or configure the webhook's audience`
  }
  return 'the webhook mutated the pod only partly (an old or customised webhook); check its version and configuration'
}
