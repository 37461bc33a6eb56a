// action.yml is valid GitHub Actions metadata (SchemaStore's schema), the README's tables equal it, and every
// workflow and README example that uses this action parses, uses only declared inputs, and asks for the
// permissions it needs.
import { describe, expect, it } from '@jest/globals'
import { readFileSync, readdirSync } from 'node:fs'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { renderReadme } from '../../scripts/docs.js'
import { inputCatalog, readSettings } from '../../src/settings.js'
import { readLoginSettings } from '../../src/login/settings.js'

const actionYml = readFileSync('action.yml', 'utf8')
const action = parse(actionYml) as { inputs: Record<string, { required?: boolean }>; outputs: Record<string, unknown>; runs: { using: string; main: string } }
const readme = readFileSync('README.md', 'utf8')

describe('action.yml', () => {
  it("validates against SchemaStore's github-action schema", () => {
    const schema = JSON.parse(readFileSync('test/specs/github/schemastore/github-action.json', 'utf8')) as object
    const ajv = new Ajv({ strict: false, allErrors: true })
    const validate = ajv.compile(schema)
    const ok = validate(action)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  it('runs on node24 from the committed bundle', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs the settings module reads', () => {
    const read = new Set<string>()
    const base: Record<string, string> = { 'resource-group': 'rg', 'cluster-name': 'aks', 'identity-name': 'id-app', 'service-account-name': 'sa' }
    readSettings({ get: (n) => (read.add(n), base[n] ?? ''), mask: () => undefined, env: {} })
    expect([...read].filter((n) => !(n in action.inputs))).toEqual([])
    expect(Object.keys(action.inputs).filter((n) => !read.has(n))).toEqual([])
  })

  it("gives the CLI every input as a flag, booleans as switches (settings.inputCatalog)", () => {
    const catalog = inputCatalog()
    expect([...catalog.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
    const booleans = Object.entries(action.inputs as Record<string, { default?: string }>)
      .filter(([, v]) => v.default === 'true' || v.default === 'false')
      .map(([k]) => k)
    expect([...catalog].filter(([, kind]) => kind === 'boolean').map(([k]) => k).sort()).toEqual(booleans.sort())
  })

  it('has README tables equal to what action.yml and login/action.yml generate', () => {
    expect(renderReadme(readme, actionYml, readFileSync('login/action.yml', 'utf8'))).toBe(readme)
  })
})

describe('login/action.yml', () => {
  const login = parse(readFileSync('login/action.yml', 'utf8')) as { inputs: Record<string, unknown>; runs: Record<string, string> }

  it("validates against SchemaStore's github-action schema", () => {
    const ajv = new Ajv({ strict: false, allErrors: true })
    const validate = ajv.compile(JSON.parse(readFileSync('test/specs/github/schemastore/github-action.json', 'utf8')) as object)
    validate(login)
    expect(validate.errors ?? []).toEqual([])
  })

  it('runs on node24 from the shared bundle, with a post step', () => {
    expect(login.runs).toEqual({ using: 'node24', main: '../dist/login/index.js', post: '../dist/login/post.js' })
  })

  it('declares exactly the inputs the login settings read', () => {
    const read = new Set<string>()
    readLoginSettings({ get: (n) => (read.add(n), ''), mask: () => undefined, env: {} })
    expect([...read].sort()).toEqual(Object.keys(login.inputs).sort())
  })
})

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Workflow {
  on?: unknown
  permissions?: Record<string, string> | string
  jobs?: Record<string, { permissions?: Record<string, string> | string; steps?: Step[] }>
}

/** Steps that run this action: `uses: ./` in this repository, or the published name in examples. */
const isThisAction = (uses: string | undefined): boolean => !!uses && (uses === './' || /^aks-workload-identity\/aks-workload-identity@/.test(uses))
/** Steps that run the login action: `uses: ./login`, or its published name. */
const isLoginAction = (uses: string | undefined): boolean =>
  !!uses && (uses === './login' || /^aks-workload-identity\/aks-workload-identity\/login@/.test(uses))
const loginAction = parse(readFileSync('login/action.yml', 'utf8')) as { inputs: Record<string, { required?: boolean }> }

function checkWorkflow(name: string, wf: Workflow): string[] {
  const problems: string[] = []
  if (!wf.jobs || typeof wf.jobs !== 'object') return [`${name}: no jobs`]
  if (!wf.permissions && Object.values(wf.jobs).some((j) => !j.permissions)) problems.push(`${name}: no top-level or job-level permissions`)
  for (const [jobName, job] of Object.entries(wf.jobs)) {
    const perms = { ...(typeof wf.permissions === 'object' ? wf.permissions : {}), ...(typeof job.permissions === 'object' ? job.permissions : {}) }
    for (const step of job.steps ?? []) {
      if (step.uses && !step.uses.startsWith('./') && !/@[0-9a-f]{40}$/.test(step.uses) && !isThisAction(step.uses) && name.startsWith('.github/')) {
        problems.push(`${name} ${jobName}: ${step.uses} is not pinned by SHA`)
      }
      if (isLoginAction(step.uses)) {
        for (const k of Object.keys(step.with ?? {})) if (!(k in loginAction.inputs)) problems.push(`${name} ${jobName}: unknown login input '${k}'`)
        continue
      }
      if (!isThisAction(step.uses)) continue
      const given = Object.keys(step.with ?? {})
      for (const k of given) if (!(k in action.inputs)) problems.push(`${name} ${jobName}: unknown input '${k}'`)
      // A workloads file (`config`) gives the cluster, identities and service accounts.
      const required = (k: string, v: { required?: boolean }) => v.required && !given.includes(k) && !given.includes('config')
      for (const [k, v] of Object.entries(action.inputs)) if (required(k, v)) problems.push(`${name} ${jobName}: required input '${k}' missing`)
      const oidc = step.with?.auth === 'oidc' || ('client-id' in (step.with ?? {}) && !step.with?.auth)
      if (oidc && perms['id-token'] !== 'write') problems.push(`${name} ${jobName}: signs in with GitHub OIDC but lacks permissions: id-token: write`)
    }
  }
  return problems
}

describe('workflows and README examples', () => {
  const files = readdirSync('.github/workflows').filter((f) => /\.ya?ml$/.test(f))

  it.each(files)('.github/workflows/%s parses and uses the action correctly', (f) => {
    const wf = parse(readFileSync(`.github/workflows/${f}`, 'utf8')) as Workflow
    expect(checkWorkflow(`.github/workflows/${f}`, wf)).toEqual([])
  })

  // GitHub Actions YAML only: a block that starts by naming another file (`# .gitlab-ci.yml`) is another system's.
  // A workloads file (it names its schema on its first line) is checked by test/unit/config-schema.test.ts.
  const blocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((b) => !/^# \.gitlab-ci\.yml/.test(b) && !/^# yaml-language-server: \$schema=\S*config\.schema\.json\n/.test(b))
  it('README has YAML examples', () => expect(blocks.length).toBeGreaterThan(0))

  it.each(blocks.map((b, i) => [i + 1, b] as const))('README example %i parses and uses the action correctly', (i, block) => {
    const doc = parse(block) as unknown
    // An example is a whole workflow, or a list of steps.
    const wf: Workflow = Array.isArray(doc) ? { permissions: {}, jobs: { example: { steps: doc as Step[] } } } : (doc as Workflow)
    expect(checkWorkflow(`README example ${i}`, wf)).toEqual([])
  })

  it('detects a bad example (unknown input, missing permission)', () => {
    const bad: Workflow = {
      jobs: {
        j: {
          steps: [
            { uses: 'aks-workload-identity/aks-workload-identity@v1', with: { 'client-id': 'x', 'resource-grup': 'rg' } },
            { uses: 'aks-workload-identity/aks-workload-identity/login@v1', with: { 'cluster': 'aks' } }
          ]
        }
      }
    }
    const problems = checkWorkflow('bad', bad)
    expect(problems.join('\n')).toContain("unknown login input 'cluster'")
    expect(problems.join('\n')).toContain("unknown input 'resource-grup'")
    expect(problems.join('\n')).toContain("required input 'resource-group' missing")
    expect(problems.join('\n')).toContain('lacks permissions: id-token: write')
  })
})
