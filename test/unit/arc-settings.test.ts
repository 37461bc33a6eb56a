// runner-kind arc's inputs (issue 18 item 1): what it needs (the configuration URL, a token or a GitHub App with its
// installation), its bounds, the inputs it refuses, the Secret data ARC reads (its documented keys), and the pod
// template's parts that are pure (src/kube/arc-runner-set.ts).
import { describe, expect, it } from '@jest/globals'
import { generateKeyPairSync } from 'node:crypto'
import { parse } from 'yaml'
import { readSettings, SettingsError } from '../../src/settings.js'
import { readRunnerShaping } from '../../src/shaping/settings.js'
import { arcSecretData, DEFAULT_MAX_RUNNERS } from '../../src/runner-kinds/arc.js'
import { arcJobPodSpec, arcRunnerSetManifest, containsDeclared, hookTemplateYaml, type ArcRunnerSetSpec } from '../../src/kube/arc-runner-set.js'
import { BASE, source } from '../helpers/bad-inputs.js'

const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const ARC = { ...BASE, 'runner-kind': 'arc', 'arc-github-config-url': 'https://github.com/octo-org/', 'github-token': 'ghp_' + 'a'.repeat(36) }

function problems(inputs: Record<string, string>): string {
  try {
    readSettings(source(inputs))
  } catch (e) {
    if (e instanceof SettingsError) return e.message
    throw e
  }
  throw new Error('expected input problems')
}

describe('runner-kind arc: settings', () => {
  it('reads its options with defaults; the token becomes ARC’s github_token key, never part of the options', () => {
    const s = readSettings(source(ARC))
    expect(s.runners).toMatchObject({
      kind: 'arc',
      options: { minRunners: 0, maxRunners: DEFAULT_MAX_RUNNERS, runnerGroup: 'default', configUrl: 'https://github.com/octo-org', containerMode: 'default' }
    })
    expect(arcSecretData(s.secrets.runnerCredential)).toEqual({ github_token: ARC['github-token'] })
    expect(JSON.stringify(s.runners.options)).not.toContain(ARC['github-token'])
  })

  it('a GitHub App gives ARC’s three App keys; the installation ID is required with it', () => {
    const app = { ...ARC, 'github-token': '', 'github-app-id': '12345', 'github-app-private-key': PEM }
    expect(problems(app)).toMatch(/Input 'github-app-installation-id': is required with 'runner-kind: arc' and a GitHub App/)
    const s = readSettings(source({ ...app, 'github-app-installation-id': '678' }))
    expect(arcSecretData(s.secrets.runnerCredential)).toEqual({ github_app_id: '12345', github_app_installation_id: '678', github_app_private_key: PEM.trim() })
  })

  it.each([
    [{ 'arc-github-config-url': '' }, /Input 'arc-github-config-url': is required/],
    [{ 'arc-github-config-url': 'http://github.com/o' }, /must be an https URL/],
    [{ 'github-token': '' }, /Input 'github-token': is required with 'runner-kind: arc'/],
    [{ 'runner-min': '6', 'runner-max': '3' }, /Input 'runner-min': must not exceed 'runner-max' \(3\)/],
    [{ 'runner-max': '-1' }, /Input 'runner-max'.*must be a whole number from 0 to 1000/],
    [{ 'runner-count': '2' }, /Input 'runner-count': does not apply to 'runner-kind: arc'/],
    [{ 'arc-container-mode': 'dind' }, /Input 'arc-container-mode'/]
  ])('refuses %j', (extra, message) => {
    expect(problems({ ...ARC, ...extra })).toMatch(message)
  })

  it('its own inputs are refused with another kind; destroy needs no credential', () => {
    expect(problems({ ...BASE, 'arc-runner-group': 'ci' })).toMatch(/Input 'arc-runner-group': applies only to 'runner-kind: arc'/)
    expect(readSettings(source({ ...BASE, 'runner-kind': 'arc', mode: 'destroy' })).runners.kind).toBe('arc')
  })
})

describe('runner-kind arc: the objects (pure)', () => {
  const spec = (containerMode: 'default' | 'kubernetes'): ArcRunnerSetSpec => {
    const s = readSettings(source({ ...ARC, 'arc-container-mode': containerMode }))
    return {
      name: 'ci',
      input: {
        kind: 'arc',
        options: s.runners.options as ArcRunnerSetSpec['input']['options'],
        namespace: 'apps',
        serviceAccount: 'app-sa',
        image: s.runners.image,
        namePrefix: 'ci',
        clientId: 'c',
        tenantId: 't',
        ownerKey: 'k'
      },
      audience: 'api://AzureADTokenExchange',
      clusterKey: 'cluster',
      force: true,
      destroy: false
    }
  }

  it('kubernetes mode: the hook template gives job pods the identity, restricted, no API token', () => {
    const template = parse(hookTemplateYaml(spec('kubernetes'))) as { kind: string; metadata: { labels: Record<string, string> }; spec: unknown }
    expect(template.kind).toBe('PodTemplate')
    expect(template.metadata.labels).toEqual({ 'azure.workload.identity/use': 'true' })
    expect(template.spec).toEqual(arcJobPodSpec(spec('kubernetes')))
    expect(arcJobPodSpec(spec('kubernetes'))).toMatchObject({ serviceAccountName: 'app-sa', automountServiceAccountToken: false })
    const runner = arcRunnerSetManifest(spec('kubernetes'), '0.14.2').spec!.template as { spec: { serviceAccountName: string; volumes: unknown[] } }
    expect(runner.spec.serviceAccountName).toBe('app-sa-arc-runner')
    expect(runner.spec.volumes).toEqual([{ name: 'hook-template', configMap: { name: 'ci-hook-template' } }])
  })

  it('shaping reaches the template ARC makes its pods from (the shared pod builder): tolerations, labels, the patch', () => {
    const s = readSettings(
      source({
        ...ARC,
        'runner-tolerations': '- {key: ci, operator: Exists, effect: NoSchedule}',
        'runner-labels-k8s': 'team=payments',
        'runner-pod-template': 'spec:\n  nodeSelector:\n    agentpool: ci'
      }),
      readRunnerShaping
    )
    const shaped = { ...spec('default'), input: { ...spec('default').input, shaping: s.runners.shaping } }
    const template = arcRunnerSetManifest(shaped, '0.14.2').spec!.template as {
      metadata: { labels: Record<string, string> }
      spec: { tolerations: unknown[]; nodeSelector: Record<string, string>; serviceAccountName: string }
    }
    expect(template.spec.tolerations).toEqual([{ key: 'ci', operator: 'Exists', effect: 'NoSchedule' }])
    expect(template.spec.nodeSelector).toEqual({ agentpool: 'ci' })
    expect(template.spec.serviceAccountName).toBe('app-sa')
    expect(template.metadata.labels).toMatchObject({ team: 'payments', 'azure.workload.identity/use': 'true' })
    // Without shaping, the template has none of it.
    const plain = arcRunnerSetManifest(spec('default'), '0.14.2').spec!.template as { spec: Record<string, unknown> }
    expect(plain.spec.tolerations).toBeUndefined()
  })

  it('an adopted set gets no ownership labels; the version label follows the controller', () => {
    expect(arcRunnerSetManifest(spec('default'), '0.13.0', false).metadata!.labels).toEqual({ 'app.kubernetes.io/version': '0.13.0' })
    expect(arcRunnerSetManifest(spec('default'), undefined).metadata!.labels!['aks-workload-identity/owner']).toBe('k')
  })

  it('containsDeclared: what the server adds is ignored, what we declare must match', () => {
    expect(containsDeclared({ a: 1, b: [{ c: 2 }] }, { a: 1, x: 9, b: [{ c: 2, d: 3 }] })).toBe(true)
    expect(containsDeclared({ a: 1, b: [{ c: 2 }] }, { a: 1, b: [{ c: 3 }] })).toBe(false)
    expect(containsDeclared({ b: [1] }, { b: [1, 2] })).toBe(false)
  })
})
