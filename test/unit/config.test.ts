// The workloads file (src/config/): valid files resolve to one Settings per workload with the inputs as defaults;
// every kind of problem is reported at its file:line:column with the key and the expected form, all of them in one
// go; and the 20-federated-credentials-per-identity limit is checked across the whole file. Positions are asserted
// against the text itself (where the offending key or value is written), not against what the parser says.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { ConfigError, formatProblem, loadConfig, MAX_FEDERATED_CREDENTIALS, readConfig, type ConfigProblem, type WorkloadSettings } from '../../src/config/index.js'
import { source } from '../helpers/bad-inputs.js'

const SUB = '0b5d3e0a-4f1c-4a8e-9d55-1f2a3b4c5d6e'
const RG = `/subscriptions/${SUB}/resourceGroups`
const HEAD = `# yaml-language-server: $schema=../schema/config.schema.json\nversion: 1\ncluster:\n  resource-group: rg-platform\n  cluster-name: aks-prod\n`

const read = (text: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}): WorkloadSettings[] =>
  readConfig(text, 'team.yaml', source(inputs, env))

function problems(text: string, inputs: Record<string, string> = {}): ConfigProblem[] {
  try {
    read(text, inputs)
  } catch (e) {
    if (e instanceof ConfigError) return e.problems
    throw e
  }
  throw new Error('expected problems, the file was valid')
}

/** 1-based line and column of the `n`-th occurrence of `needle` in `text` (where the problem must point). */
function at(text: string, needle: string, n = 1): { line: number; column: number } {
  let i = -1
  for (let k = 0; k < n; k++) {
    i = text.indexOf(needle, i + 1)
    if (i < 0) throw new Error(`'${needle}' (${n}) is not in the text`)
  }
  const before = text.slice(0, i).split('\n')
  return { line: before.length, column: before.at(-1)!.length + 1 }
}

describe('a valid file', () => {
  const text = readFileSync('examples/team-workloads.yaml', 'utf8')

  it('resolves the team example: 3 workloads, two sharing one identity, roles from the identity entry', () => {
    const ws = read(text)
    expect(ws.map((w) => [w.name, w.identity])).toEqual([
      ['payments-api', 'id-payments'],
      ['payments-worker', 'id-payments'],
      ['reconciler', 'id-payments-reconciler']
    ])
    const [api, worker, reconciler] = ws.map((w) => w.settings)
    expect(api!.cluster).toMatchObject({ resourceGroup: 'rg-platform', name: 'aks-prod' })
    expect(api!.azure.subscriptionId).toBe(SUB)
    expect(api!.kube).toEqual({ namespace: 'payments', createNamespace: true, serviceAccount: 'payments-api', forceConflicts: true })
    expect(api!.identity).toEqual({ name: 'id-payments', resourceGroup: 'rg-identities', location: undefined, tags: { team: 'payments' } })
    expect(worker!.identity).toEqual(api!.identity)
    expect(api!.roleAssignments.map((r) => r.role)).toEqual(['Key Vault Secrets User', 'Storage Blob Data Reader'])
    expect(worker!.roleAssignments).toEqual(api!.roleAssignments)
    expect(reconciler!.identity.name).toBe('id-payments-reconciler')
    expect(reconciler!.roleAssignments).toEqual([{ role: 'Reader', roleGuid: undefined, scope: `${RG}/rg-payments`, scopeKind: 'resourceGroup' }])
    expect(reconciler!.runners).toMatchObject({ kind: 'pod', count: 1, image: 'mcr.microsoft.com/azure-cli:2.67.0' })
    expect(reconciler!.runners.options).toMatchObject({ command: ['sleep', 'infinity'] })
    expect(api!.runners.count).toBe(0)
    // One federated credential per workload, each with its own derived name.
    expect(new Set(ws.map((w) => w.federatedCredential)).size).toBe(3)
    expect(ws[0]!.federatedCredential).toBe('aks-prod-payments-payments-api')
  })

  it('loadConfig reads the file and names it in problems; an unreadable file is one problem', () => {
    expect(loadConfig('examples/team-workloads.yaml', source({})).map((w) => w.name)).toHaveLength(3)
    try {
      loadConfig('examples/missing.yaml', source({}))
      throw new Error('no error')
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError)
      expect(formatProblem((e as ConfigError).problems[0]!)).toMatch(/^examples\/missing\.yaml: \(file\): cannot be read: .*ENOENT/)
    }
  })
})

describe('the inputs are the defaults of every workload', () => {
  const file = `version: 1\nidentities:\n  shared: {}\n  solo: {}\ndefaults:\n  identity: shared\nworkloads:\n  a:\n    service-account-name: a\n  b:\n    identity: solo\n    service-account-name: b\n    namespace: team-b\n    verify: true\n    role-assignments:\n      - role: Reader\n        scope: ${RG}/rg-b\n`
  const inputs = { 'resource-group': 'rg-in', 'cluster-name': 'aks-in', namespace: 'from-input', verify: 'false', location: 'West Europe', role: 'Reader', scope: `${RG}/rg-in` }

  it('an input fills what the file leaves out; the file wins where it says something', () => {
    const [a, b] = read(file, inputs).map((w) => w.settings)
    expect(a!.cluster).toMatchObject({ resourceGroup: 'rg-in', name: 'aks-in' })
    expect(a!.kube.namespace).toBe('from-input')
    expect(b!.kube.namespace).toBe('team-b')
    expect(a!.verify).toBe(false)
    expect(b!.verify).toBe(true)
    // The identity's name is its label; its location comes from the input (normalised as for a single run).
    expect(a!.identity).toMatchObject({ name: 'shared', resourceGroup: 'rg-in', location: 'westeurope' })
  })

  it("the file's role assignments replace the inputs' role and scope; without any, the inputs' apply", () => {
    const [a, b] = read(file, inputs).map((w) => w.settings)
    expect(a!.roleAssignments.map((r) => r.scope)).toEqual([`${RG}/rg-in`])
    expect(b!.roleAssignments.map((r) => r.scope)).toEqual([`${RG}/rg-b`])
  })

  it('the action defaults come last, exactly as for a single run', () => {
    const [a] = read(file, { 'resource-group': 'rg', 'cluster-name': 'aks' }).map((w) => w.settings)
    expect(a).toMatchObject({ mode: 'apply', verify: true, kube: { namespace: 'default', createNamespace: true }, runners: { count: 0, kind: 'github' } })
  })
})

describe('every kind of problem, at its line and column, with the key and the expected form', () => {
  const one = (text: string, inputs: Record<string, string> = {}): ConfigProblem => {
    const found = problems(text, inputs)
    expect(found).toHaveLength(1)
    return found[0]!
  }

  it.each<[string, string, string, string, RegExp]>([
    ['YAML syntax', `${HEAD}workloads:\n  a:\n    namespace: [unclosed\n`, '', '(syntax)', /flow sequence|Missing|Unexpected/i],
    ['a key written twice', `${HEAD}workloads:\n  a:\n    service-account-name: a\n    service-account-name: b\n`, 'service-account-name: b', '(syntax)', /unique/],
    ['an unknown key', `${HEAD}workloads:\n  a:\n    service-account-name: a\n    namespce: apps\n`, 'namespce', 'workloads.a.namespce', /unknown key 'namespce'; expected one of: identity, namespace, /],
    ['a secret in the file', `${HEAD}  github-token: ghp_x\nworkloads:\n  a:\n    service-account-name: a\n`, 'github-token', 'cluster.github-token', /secret.*input 'github-token'/],
    ['a missing key', `cluster:\n  resource-group: rg\nworkloads:\n  a:\n    service-account-name: a\n`, 'cluster', '(document)', /missing key 'version' \(The file format's version: 1\)/],
    ['a wrong type', `${HEAD}workloads:\n  a:\n    service-account-name: a\n    verify: yes please\n`, 'yes please', 'workloads.a.verify', /'yes please' must be a boolean \(true or false\)\. verify: /],
    ['a value outside an enum', `${HEAD}workloads:\n  a:\n    service-account-name: a\n    runner-kind: circleci\n`, 'circleci', 'workloads.a.runner-kind', /must be one of: github, gitlab, jenkins, pod/],
    ['a number out of range', `${HEAD}workloads:\n  a:\n    service-account-name: a\n    runner-count: 500\n`, '500', 'workloads.a.runner-count', /^500 must be <= 100\. runner-count: A whole number of pods to keep \(0-100\), or 'auto' \(/],
    ['a bad workload name', `${HEAD}workloads:\n  bad name!:\n    service-account-name: a\n`, 'bad name!', 'workloads.bad name!', /'bad name!' must be a workload name: 1-63/],
    ['a value the inputs’ rules refuse', `${HEAD}workloads:\n  a:\n    service-account-name: a\n    namespace: Payments\n`, 'Payments', 'workloads.a.namespace', /'Payments': must be an RFC 1123 label/],
    ['a bad scope in a list item', `${HEAD}workloads:\n  a:\n    service-account-name: a\n    role-assignments:\n      - role: Reader\n        scope: /subscriptions/nope\n`, '/subscriptions/nope', 'workloads.a.role-assignments[0].scope', /scope must be an ARM scope/],
    ['a privileged role', `${HEAD}workloads:\n  a:\n    service-account-name: a\n    role-assignments:\n      - role: Owner\n        scope: ${RG}/rg\n`, 'Owner', 'workloads.a.role-assignments[0].role', /'Owner' can grant access to others; set 'allow-privileged-roles: true'/],
    ['an identity that is not declared', `${HEAD}identities:\n  shared: {}\nworkloads:\n  a:\n    identity: sahred\n    service-account-name: a\n`, 'sahred', 'workloads.a.identity', /'sahred' is not under 'identities'; expected one of: shared/],
    ['an identity named like an object property', `${HEAD}identities:\n  shared: {}\nworkloads:\n  a:\n    identity: constructor\n    service-account-name: a\n`, 'constructor', 'workloads.a.identity', /'constructor' is not under 'identities'/],
    ['an identity entry that is not a map', `${HEAD}identities:\n  shared: 5\nworkloads:\n  a:\n    identity: shared\n    service-account-name: a\n`, '5', 'identities.shared', /^5 must be a map of keys\. shared: A user-assigned managed identity$/],
    ['a required value given nowhere', `${HEAD}workloads:\n  a:\n    namespace: apps\n`, 'a:', 'workloads.a.service-account-name', /is required: set it on the workload, in 'defaults', or as the input 'service-account-name'/],
    ['an identity name from a label the rules refuse', `${HEAD}identities:\n  x:\n    tags: {}\nworkloads:\n  a:\n    identity: x\n    service-account-name: a\n`, 'x:', 'identities.x', /'x': must be a managed identity name/]
  ])('%s', (_what, text, needle, key, message) => {
    const p = one(text, { 'identity-name': 'id-app' })
    if (needle) expect({ line: p.line, column: p.column }).toEqual(at(text, needle))
    else expect(p.line).toBeGreaterThan(0)
    expect(p.key).toBe(key)
    expect(p.message).toMatch(message)
    expect(formatProblem(p)).toBe(`team.yaml:${p.line}:${p.column}: ${key}: ${p.message}`)
  })

  it('a value only an input can give (a secret, sign-in) is asked of the input, once; a missing identity of the workload', () => {
    const text = `${HEAD}workloads:\n  a:\n    service-account-name: a\n    runner-count: 1\n  b:\n    service-account-name: b\n    runner-count: 1\n    runner-name-prefix: b\n`
    const found = problems(text, { 'identity-name': 'id-app', 'runner-scope': 'org/repo' })
    expect(found.map((p) => p.key)).toEqual(["input 'github-token'"])
    expect(found[0]!.message).toMatch(/^Input 'github-token': is required when 'runner-count' > 0/)
    const none = problems(`${HEAD}workloads:\n  a:\n    service-account-name: a\n`)
    expect(none.map((p) => [p.key, p.line])).toEqual([['workloads.a.identity', at(`${HEAD}workloads:\n  a:\n`, 'a:').line]])
    expect(none[0]!.message).toMatch(/is required: name an entry under 'identities' on the workload or in 'defaults', or give the input 'identity-name'/)
  })

  it("an input's own problem is reported once, as the input's, not once per workload", () => {
    const found = problems(`${HEAD}workloads:\n  a:\n    service-account-name: a\n  b:\n    service-account-name: b\n`, { 'identity-name': 'id-app', mode: 'deploy' })
    expect(found).toEqual([{ file: 'team.yaml', line: 0, column: 0, key: "input 'mode'", message: "Input 'mode' = 'deploy': must be one of: apply, plan, destroy." }])
  })

  it('what only the whole file shows: a service account twice, shared roles on one workload, runners and credentials named alike', () => {
    const text = `${HEAD}identities:
  shared: {}
  other: {}
defaults:
  identity: shared
  namespace: apps
workloads:
  a:
    service-account-name: web
    role-assignments:
      - role: Reader
        scope: ${RG}/rg
    runner-kind: pod
    runner-count: 1
  b:
    service-account-name: web
    identity: other
  c:
    service-account-name: batch
    runner-kind: pod
    runner-count: 1
  d:
    service-account-name: api
    federated-credential-name: fic-batch
  e:
    service-account-name: cron
    federated-credential-name: fic-batch
`
    const found = problems(text)
    expect(found.map((p) => [p.key, p.line])).toEqual([
      ['workloads.a.role-assignments', at(text, 'role-assignments').line],
      ['workloads.b.service-account-name', at(text, 'web', 2).line],
      ['workloads.c', at(text, '  c:').line],
      ['workloads.e', at(text, '  e:').line]
    ])
    expect(found[0]!.message).toMatch(/the identity 'shared' is shared by a, c, d, e.*list it under identities\.shared\.role-assignments/)
    expect(found[1]!.message).toMatch(/'apps\/web' is already workload 'a' with identity 'shared': a service account carries one client-id annotation/)
    expect(found[2]!.message).toMatch(/workload 'a' would share the name prefix 'apps\/aks-wi-runner'/)
    expect(found[3]!.message).toMatch(/'fic-batch' on identity 'shared' is also workload 'd's/)
  })
})

describe('all problems together', () => {
  it('reports syntax-clean files’ schema, value and reference problems in one go, in the order of the file', () => {
    const text = `${HEAD}  github-token: ghp_x
identities:
  shared: {}
workloads:
  api:
    identity: shared
    namespace: Payments
    service-account-name: api
    runner-count: many
  worker:
    identity: nope
    service-account-name: worker
  bad name!:
    service-account-name: x
`
    const found = problems(text, { 'identity-name': 'id-app' })
    expect(found.map((p) => `${p.line}:${p.column} ${p.key}`)).toEqual([
      `${at(text, 'github-token').line}:${at(text, 'github-token').column} cluster.github-token`,
      `${at(text, 'Payments').line}:${at(text, 'Payments').column} workloads.api.namespace`,
      `${at(text, 'many').line}:${at(text, 'many').column} workloads.api.runner-count`,
      `${at(text, 'nope').line}:${at(text, 'nope').column} workloads.worker.identity`,
      `${at(text, 'bad name!').line}:${at(text, 'bad name!').column} workloads.bad name!`
    ])
    const err = (() => {
      try {
        read(text, { 'identity-name': 'id-app' })
      } catch (e) {
        return e as Error
      }
      return undefined
    })()
    expect(err!.message).toMatch(/^5 problems in the workloads file:\n- team\.yaml:6:3: cluster\.github-token: /)
  })
})

describe('the federated-credential limit, across the whole file', () => {
  const workloads = (n: number, identity = '    identity: shared\n') =>
    Array.from({ length: n }, (_, i) => `  w${i}:\n${identity}    service-account-name: sa-${i}\n`).join('')

  it(`allows ${MAX_FEDERATED_CREDENTIALS} workloads on one identity`, () => {
    expect(read(`${HEAD}identities:\n  shared: {}\nworkloads:\n${workloads(MAX_FEDERATED_CREDENTIALS)}`)).toHaveLength(MAX_FEDERATED_CREDENTIALS)
  })

  it(`refuses ${MAX_FEDERATED_CREDENTIALS + 1}, at the identity, naming them and the run-time count of the others`, () => {
    const text = `${HEAD}identities:\n  shared: {}\nworkloads:\n${workloads(MAX_FEDERATED_CREDENTIALS + 1)}`
    const [p, ...rest] = problems(text)
    expect(rest).toEqual([])
    expect({ line: p!.line, column: p!.column }).toEqual(at(text, 'shared: {}'))
    expect(p!.key).toBe('identities.shared')
    expect(p!.message).toMatch(/'shared' .* would carry 21 federated credentials, one per workload \(w0, w1, .*w20\); Azure allows 20 per identity/)
    expect(p!.message).toMatch(/already on the identity that this file does not declare are counted at run time/)
  })

  it('counts workloads that share the identity of the inputs, and points at the first one over the limit', () => {
    const text = `${HEAD}workloads:\n${workloads(MAX_FEDERATED_CREDENTIALS + 2, '')}`
    const found = problems(text, { 'identity-name': 'id-app' })
    expect(found).toHaveLength(1)
    expect(found[0]!.key).toBe('workloads.w20')
    expect(found[0]!.line).toBe(at(text, '  w20:').line)
    expect(found[0]!.message).toMatch(/'id-app' .* 22 federated credentials/)
  })

  it('counts per identity: 40 workloads on two identities are fine', () => {
    const text = `${HEAD}identities:\n  one: {}\n  two: {}\nworkloads:\n${workloads(20, '    identity: one\n')}${workloads(20, '    identity: two\n').replace(/ {2}w(\d+):/g, '  v$1:').replace(/sa-/g, 'sb-')}`
    expect(read(text)).toHaveLength(40)
  })
})

describe('prune', () => {
  const file = (prune: string) =>
    `${HEAD}prune: ${prune}\nidentities:\n  id-a: {}\nworkloads:\n  a:\n    identity: id-a\n    service-account-name: a\n`

  it("is refused with 'not yet' and what to do instead when true; false is the behaviour there is", () => {
    const text = file('true')
    const [p, ...rest] = problems(text)
    expect(rest).toEqual([])
    expect(p).toMatchObject({ key: 'prune', ...at(text, 'true') })
    expect(p!.message).toMatch(/^not supported yet: .*run 'mode: destroy' with a file that still lists it/)
    expect(read(file('false'))).toHaveLength(1)
  })

  it('is a boolean', () => {
    expect(problems(file('yes')).map((p) => p.key)).toEqual(['prune'])
  })
})
