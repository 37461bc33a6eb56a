// Does the cluster's workload identity webhook inject this identity into pods? A server-side dry-run pod create
// runs the mutating admission webhooks (the azure-workload-identity webhook declares sideEffects: None) and
// returns the mutated pod without storing anything, so this probe writes nothing; the mutated pod is judged by
// the same injection check as every runner pod (./injection.ts).
import type { CoreV1Api, V1Pod } from '@kubernetes/client-node'
import { CLIENT_ID_ANNOTATION, USE_LABEL } from '../constants.js'
import { kubeMessage } from './errors.js'
import { checkInjection } from './injection.js'

/** Never pulled (dry run): any well-formed reference would do; this one is small and public. */
const PROBE_IMAGE = 'mcr.microsoft.com/oss/kubernetes/pause:3.10'
const PROBE_CONTAINER = 'probe'

export interface WebhookProbeParams {
  core: CoreV1Api
  namespace: string
  serviceAccount: string
  clientId: string
  audience: string
}

export type WebhookProblem = 'not-mutated' | 'client-id' | 'audience' | 'rejected'

/** `unknown`: something other than the webhook refused the dry-run pod (a policy, a quota): no conclusion. */
export type WebhookFinding =
  { status: 'passed' } | { status: 'failed'; reason: WebhookProblem; detail: string } | { status: 'unknown'; detail: string }

export async function probeWebhook(p: WebhookProbeParams): Promise<WebhookFinding> {
  let pod: V1Pod
  try {
    pod = await p.core.createNamespacedPod({
      namespace: p.namespace,
      dryRun: 'All',
      body: {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { generateName: 'aks-wi-verify-', labels: { [USE_LABEL]: 'true' } },
        spec: {
          serviceAccountName: p.serviceAccount,
          automountServiceAccountToken: false,
          restartPolicy: 'Never',
          // Compliant with the "restricted" Pod Security Standard and with quotas that demand limits, so that
          // only the webhook has a reason to refuse it.
          securityContext: { runAsNonRoot: true, runAsUser: 65535, seccompProfile: { type: 'RuntimeDefault' } },
          containers: [
            {
              name: PROBE_CONTAINER,
              image: PROBE_IMAGE,
              securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } },
              resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '10m', memory: '16Mi' } }
            }
          ]
        }
      }
    })
  } catch (err) {
    // failurePolicy: Fail: when the webhook itself refuses the pod (service account missing, bad token expiration),
    // every pod of this workload will be refused the same way. Anything else refusing the probe says nothing about it.
    const why = kubeMessage(err)
    if (/azure-workload-identity/i.test(why))
      return { status: 'failed', reason: 'rejected', detail: `the webhook refuses labelled pods using the service account: ${why}` }
    return { status: 'unknown', detail: `the dry-run probe pod was refused by something other than the webhook: ${why}` }
  }
  const injection = checkInjection(pod, { clientId: p.clientId, audience: p.audience, serviceAccount: p.serviceAccount }, PROBE_CONTAINER)
  switch (injection.problem) {
    case undefined:
      return { status: 'passed' }
    case 'client-id':
      return {
        status: 'failed',
        reason: 'client-id',
        detail: `the webhook injected AZURE_CLIENT_ID=${injection.clientId ?? '(none)'} instead of ${p.clientId}: the service account's ${CLIENT_ID_ANNOTATION} annotation is missing or wrong`
      }
    case 'audience':
      return {
        status: 'failed',
        reason: 'audience',
        detail: `pods receive tokens for audience '${injection.audienceSeen}' (the webhook's), but the federated credential expects '${p.audience}'`
      }
    case 'not-mutated':
      return {
        status: 'failed',
        reason: 'not-mutated',
        detail: `a pod labelled ${USE_LABEL}: "true" was admitted without AZURE_FEDERATED_TOKEN_FILE or a projected token: the workload identity webhook is not running`
      }
    case 'partial':
      return {
        status: 'failed',
        reason: 'not-mutated',
        detail: `a pod labelled ${USE_LABEL}: "true" was admitted only partly mutated (missing ${injection.missing.join(', ')}): ${injection.cause}`
      }
  }
}
