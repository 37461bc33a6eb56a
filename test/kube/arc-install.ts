// ARC as a cluster admin installs it, in the sandbox: the AutoscalingRunnerSet CRD of gha-runner-scale-set-controller
// 0.14.2 (test/specs/arc; the API server then serves and validates its objects) and a Running controller pod labelled as
// the controller chart labels it (the sandbox runs no controller: the pod only proves one is there).
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { ApiextensionsV1Api, KubeConfig, type V1CustomResourceDefinition } from '@kubernetes/client-node'
import type { Sandbox } from '../sandbox/index.js'
import { adminCore } from './helpers.js'

export const ARC_CRD_FILE = new URL('../specs/arc/actions.github.com_autoscalingrunnersets.yaml', import.meta.url)
export const arcCrd = (): V1CustomResourceDefinition => parse(readFileSync(ARC_CRD_FILE, 'utf8')) as V1CustomResourceDefinition

export async function installArc(sb: Sandbox, opts: { crds?: boolean; controller?: boolean } = {}): Promise<void> {
  const kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  if (opts.crds !== false) await kc.makeApiClient(ApiextensionsV1Api).createCustomResourceDefinition({ body: arcCrd() })
  if (opts.controller === false) return
  const core = adminCore(sb)
  await core.createNamespace({ body: { metadata: { name: 'arc-systems' } } })
  await core.createNamespacedPod({
    namespace: 'arc-systems',
    body: {
      metadata: {
        name: 'arc-gha-rs-controller-7d9f8',
        labels: { 'app.kubernetes.io/part-of': 'gha-rs-controller', 'app.kubernetes.io/version': '0.14.2' }
      },
      spec: {
        securityContext: { runAsNonRoot: true, runAsUser: 1001, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [
          {
            name: 'manager',
            image: 'ghcr.io/actions/gha-runner-scale-set-controller:0.14.2',
            securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } }
          }
        ]
      }
    }
  })
}
