// cluster-access: run-command, the pure parts: the kubectl command line for each request (and that the sandbox's
// parser of command lines, which the sandbox tests run through the real kubectl, takes every one of them), the
// answer recovered from kubectl's exit code and output (texts as kubectl 1.35 prints them), and the context zip.
import { describe, expect, it } from '@jest/globals'
import { kubectlFor, recoverAnswer, RunCommandUnsupportedError, shellQuote } from '../../src/kube/run-command.js'
import { zipFiles } from '../../src/kube/zip.js'
import { parseKubectl, shellWords } from '../sandbox/azure/run-command.js'
import { unzip } from '../sandbox/azure/unzip.js'
import { readSettings, SettingsError } from '../../src/settings.js'
import { BASE, source } from '../helpers/bad-inputs.js'

const APPLY = 'application/apply-patch+yaml'

describe('kubectlFor', () => {
  it('maps each verb to one kubectl command line, the body in the context', () => {
    expect(kubectlFor('GET', '/api/v1/namespaces/apps', undefined, undefined)).toEqual({ command: 'kubectl get --raw /api/v1/namespaces/apps', files: {} })
    expect(kubectlFor('POST', '/api/v1/namespaces/apps/pods?dryRun=All', 'application/json', '{"a":1}')).toEqual({
      command: "kubectl create --raw '/api/v1/namespaces/apps/pods?dryRun=All' -f body.json",
      files: { 'body.json': '{"a":1}' }
    })
    expect(kubectlFor('PUT', '/apis/coordination.k8s.io/v1/namespaces/apps/leases/l', 'application/json', '{}').command).toBe(
      'kubectl replace --raw /apis/coordination.k8s.io/v1/namespaces/apps/leases/l -f body.json'
    )
    expect(kubectlFor('DELETE', '/api/v1/namespaces/apps/pods/p?gracePeriodSeconds=0', undefined, undefined)).toEqual({
      command: "kubectl delete --raw '/api/v1/namespaces/apps/pods/p?gracePeriodSeconds=0'",
      files: {}
    })
    expect(kubectlFor('DELETE', '/api/v1/namespaces/apps', 'application/json', '{"propagationPolicy":"Foreground"}').command).toBe(
      'kubectl delete --raw /api/v1/namespaces/apps -f body.json'
    )
  })

  it('sends a server-side apply as kubectl apply --server-side with the field manager, force and dry run', () => {
    const uri = '/api/v1/namespaces/apps/serviceaccounts/app-sa?fieldManager=aks-workload-identity&force=true'
    expect(kubectlFor('PATCH', uri, APPLY, '{"kind":"ServiceAccount"}')).toEqual({
      command: 'kubectl apply --server-side --field-manager=aks-workload-identity --force-conflicts --show-managed-fields -f object.json -o json',
      files: { 'object.json': '{"kind":"ServiceAccount"}' }
    })
    expect(kubectlFor('PATCH', '/api/v1/namespaces/apps?fieldManager=m&dryRun=All', APPLY, '{}').command).toBe(
      'kubectl apply --server-side --field-manager=m --dry-run=server --show-managed-fields -f object.json -o json'
    )
  })

  it('refuses what it cannot express, before any command', () => {
    expect(() => kubectlFor('PATCH', '/api/v1/namespaces/apps', 'application/merge-patch+json', '{}')).toThrow(RunCommandUnsupportedError)
    expect(() => kubectlFor('PATCH', '/api/v1/namespaces/apps', APPLY, '{}')).toThrow(/without fieldManager/)
    expect(() => kubectlFor('HEAD', '/api', undefined, undefined)).toThrow(RunCommandUnsupportedError)
  })

  it('quotes for the shell, and the sandbox reads back exactly the words meant', () => {
    for (const s of ['/api/v1/x?labelSelector=a%3Db,c!=d&limit=5', "it's", 'a b', '--field-manager=m']) expect(shellWords(shellQuote(s))).toEqual([s])
    expect(shellWords('kubectl get --raw /x; rm -rf /')).toBeUndefined()
    expect(shellWords('kubectl get --raw $(id)')).toBeUndefined()
  })

  it('every command line it makes is one the sandbox runs, with the files it names', () => {
    const calls = [
      kubectlFor('GET', '/api/v1/namespaces/apps/pods?labelSelector=a%3Db', undefined, undefined),
      kubectlFor('POST', '/api/v1/namespaces/apps/serviceaccounts/sa/token', 'application/json', '{}'),
      kubectlFor('PUT', '/apis/coordination.k8s.io/v1/namespaces/apps/leases/l', 'application/json', '{}'),
      kubectlFor('DELETE', '/api/v1/namespaces/apps/pods/p', undefined, undefined),
      kubectlFor('DELETE', '/api/v1/namespaces/apps/pods/p', 'application/json', '{}'),
      kubectlFor('PATCH', '/api/v1/namespaces/apps?fieldManager=m', APPLY, '{}'),
      kubectlFor('PATCH', '/api/v1/namespaces/apps?fieldManager=m&force=true&dryRun=All', APPLY, '{}')
    ]
    for (const c of calls) {
      const parsed = parseKubectl(c.command)
      expect(parsed).not.toHaveProperty('error')
      if (!('error' in parsed)) expect(parsed.files.sort()).toEqual(Object.keys(c.files).sort())
    }
    expect(parseKubectl('kubectl get pods')).toHaveProperty('error')
    expect(parseKubectl('helm list')).toHaveProperty('error')
  })
})

describe('recoverAnswer (kubectl 1.35 output)', () => {
  it('a success is the JSON kubectl printed, whatever warnings come around it', () => {
    const json = '{"kind":"Namespace","metadata":{"name":"apps"}}'
    expect(recoverAnswer({ exitCode: 0, logs: `${json}\n` }, 'GET')).toEqual({ status: 200, body: json })
    expect(recoverAnswer({ exitCode: 0, logs: `Warning: unknown field "spec.x"\n${json}\n` }, 'POST')).toEqual({ status: 201, body: json })
    expect(recoverAnswer({ exitCode: 0, logs: `${json}\nWarning: annotation "a.b/{x}" is deprecated\n` }, 'GET')).toEqual({ status: 200, body: json })
    const pretty = JSON.stringify({ kind: 'List', items: [{ a: 1 }] }, null, 4)
    expect(recoverAnswer({ exitCode: 0, logs: `${pretty}\n` }, 'GET')).toEqual({ status: 200, body: pretty })
    expect(recoverAnswer({ exitCode: 0, logs: '' }, 'DELETE')).toEqual({ status: 200, body: '{}' })
  })

  it('Error from server (Reason) becomes that status, with a meta/v1 Status body', () => {
    const nf = recoverAnswer({ exitCode: 1, logs: 'Error from server (NotFound): serviceaccounts "x" not found\n' }, 'GET')!
    expect(nf.status).toBe(404)
    expect(JSON.parse(nf.body)).toMatchObject({ kind: 'Status', code: 404, reason: 'NotFound', message: 'serviceaccounts "x" not found', details: { kind: 'serviceaccounts', name: 'x' } })
    const ae = recoverAnswer({ exitCode: 1, logs: 'Error from server (AlreadyExists): namespaces "x1" already exists\n' }, 'POST')!
    expect([ae.status, JSON.parse(ae.body).reason]).toEqual([409, 'AlreadyExists'])
    expect(recoverAnswer({ exitCode: 1, logs: 'Error from server (Forbidden): pods is forbidden: User "u" cannot list resource "pods"\n' }, 'GET')!.status).toBe(403)
    expect(recoverAnswer({ exitCode: 1, logs: 'Error from server: etcdserver: request timed out\n' }, 'GET')!.status).toBe(500)
    const invalid = recoverAnswer({ exitCode: 1, logs: 'The Pod "p" is invalid: spec.containers: Required value\n' }, 'POST')!
    expect([invalid.status, JSON.parse(invalid.body).reason]).toEqual([422, 'Invalid'])
  })

  it('an apply conflict becomes 409 Conflict with one FieldManagerConflict cause per field', () => {
    const logs = [
      'error: Apply failed with 1 conflict: conflict with "kubectl-edit": .metadata.annotations.a',
      'Please review the fields above--they currently have other managers. Here',
      'are the ways you can resolve this warning:'
    ].join('\n')
    const a = recoverAnswer({ exitCode: 1, logs }, 'PATCH')!
    expect(a.status).toBe(409)
    expect(JSON.parse(a.body)).toMatchObject({
      reason: 'Conflict',
      details: { causes: [{ type: 'FieldManagerConflict', message: 'conflict with "kubectl-edit"', field: '.metadata.annotations.a' }] }
    })
  })

  it('output that is no answer of the API server is left to the caller', () => {
    expect(recoverAnswer({ exitCode: 1, logs: 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n' }, 'GET')).toBeUndefined()
    expect(recoverAnswer({ exitCode: 127, logs: 'bash: kubectl: command not found\n' }, 'GET')).toBeUndefined()
  })
})

describe('the context zip', () => {
  it('reads back file for file', () => {
    const files = { 'body.json': '{"a":"ü"}', 'object.json': '' }
    const back = unzip(zipFiles(files))
    expect(Object.fromEntries([...back].map(([k, v]) => [k, v.toString('utf8')]))).toEqual(files)
  })
})

describe('the cluster-access input', () => {
  const read = (inputs: Record<string, string>) => readSettings(source({ ...BASE, ...inputs }))
  const problems = (inputs: Record<string, string>): string[] => {
    try {
      read(inputs)
    } catch (e) {
      if (e instanceof SettingsError) return e.problems.map((p) => p.message)
      throw e
    }
    return []
  }

  it('is direct unless told, and takes run-command', () => {
    expect(read({}).cluster.access).toBe('direct')
    expect(read({ 'cluster-access': 'run-command' }).cluster.access).toBe('run-command')
  })

  it('refuses other values, and a kubeconfig or keep-kubeconfig with run-command', () => {
    expect(problems({ 'cluster-access': 'vpn' }).join('\n')).toMatch(/cluster-access.*must be one of: direct, run-command/)
    expect(problems({ 'cluster-access': 'run-command', kubeconfig: '/tmp/kc' }).join('\n')).toMatch(/not through a kubeconfig: drop 'kubeconfig'/)
    expect(problems({ 'cluster-access': 'run-command', 'keep-kubeconfig': 'true' }).join('\n')).toMatch(/'keep-kubeconfig' has nothing to keep/)
  })
})
