// The whole action in-process against the whole sandbox (ARM, Entra, the AKS API server, GitHub), for the plan
// and destroy tests and the docs example: a sink that also records annotations (warnings with their titles,
// notices), and the request-log questions those tests ask. No jest here: the docs script uses it too.
import type { CoreV1Api } from '@kubernetes/client-node'
import { execute, ALL_KINDS, type RunResult } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import type { AnnotationProps } from '../../src/report.js'
import type { Sandbox } from '../sandbox/index.js'
import { runnerSelector } from '../kube/helpers.js'
import { caFetch } from '../sandbox/github/fetch.js'
import { FAST, idTokenFrom, recordingSink, settingsFor, type Recorded } from '../engine/helpers.js'

export interface Annotated extends Recorded {
  /** Warning annotations with their titles. */
  annotations: Array<{ level: 'warning' | 'notice'; message: string; title?: string }>
  notices: string[]
}

export function annotatingSink(): Annotated {
  const base = recordingSink()
  const sink: Annotated = {
    ...base,
    annotations: [],
    notices: [],
    warning: (m: string, props?: AnnotationProps) => {
      base.warning(m)
      sink.annotations.push({ level: 'warning', message: m, title: props?.title })
    },
    notice: (m: string, props?: AnnotationProps) => {
      sink.notices.push(m)
      sink.annotations.push({ level: 'notice', message: m, title: props?.title })
    }
  }
  return sink
}

/** The sandbox with the cluster's OIDC issuer and workload identity already on (a cluster set up by hand or by a first apply). */
export const SANDBOX_OPTIONS = {
  azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true, consistency: { clusterOperationMs: 100 } }
}

/** Every input a test run uses unless it says otherwise: verification is another engineer's subject. */
export const BASE_INPUTS: Record<string, string> = { verify: 'false' }

export type Run = RunResult & { sink: Annotated }

/** Runs the action (all kinds, the whole desired state) with the sandbox's inputs plus `inputs`. */
export async function runAll(sb: Sandbox, inputs: Record<string, string> = {}, sink: Annotated = annotatingSink()): Promise<Run> {
  const result = await execute(settingsFor(sb, { ...BASE_INPUTS, ...inputs }, sb.env), {
    ...FAST,
    kinds: ALL_KINDS,
    desired: desiredState,
    sink,
    env: sb.env,
    ca: sb.tls.caPem,
    idToken: idTokenFrom(sb, sb.env),
    azOnPath: async () => false,
    githubFetch: caFetch(sb.tls.caPem)
  })
  return { ...result, sink }
}

export const lastSeq = (sb: Sandbox): number => sb.log.all().at(-1)?.seq ?? 0
/** Write requests the action made after `since` (the sandbox flags every non-read). */
export const writesSince = (sb: Sandbox, since: number) => sb.log.all().filter((e) => e.seq > since && e.write)

/** Runner pods of the workload's service account that are not going away. */
export async function livePods(api: CoreV1Api, namespace: string, serviceAccount: string) {
  return (await api.listNamespacedPod({ namespace, labelSelector: runnerSelector(serviceAccount) })).items.filter((p) => !p.metadata?.deletionTimestamp)
}
