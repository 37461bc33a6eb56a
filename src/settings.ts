// Inputs → one typed, validated Settings object. This is the only module that reads inputs; defaults are
// resolved here and nowhere else. Every problem names the input, shows the value (never a secret's) and the
// expected form, and all problems are reported together, before anything touches the network.
import { CLOUD_NAMES, cloudByName, cloudTarget, type Cloud } from './clouds.js'
import {
  AUTH_MODES,
  CLUSTER_CREDENTIALS,
  MODES,
  OWNER_KEY_TAG,
  OWNER_TAG,
  type AuthMode,
  type ClusterCredentials,
  type Mode
} from './constants.js'
import { privilegedRole } from './privileged-roles.js'
import * as rules from './rules.js'
import { DRIVERS, RUNNER_KINDS, selectionOf, type RunnerKind, type RunnerSelection } from './runner-kinds/index.js'
import type { InputReader, RunnerInputs, RunnerRun } from './runner-kinds/driver.js'
import { appIdProblem, readAppPrivateKey } from './github/app.js'
import type { PodShaping } from './shaping/inputs.js'
import { SHAPING_INPUTS } from './shaping/names.js'

/** A role assignment as the inputs ask for it (the role-assignment kind's spec adds the identity: RoleAssignmentSpec). */
export interface RoleAssignmentRequest {
  /** As the user wrote it: a name, a GUID or a role definition ID. */
  role: string
  /** The role definition GUID when `role` is a GUID or an ID; undefined for a name (resolved at the scope). */
  roleGuid?: string
  scope: string
  scopeKind: rules.ScopeKind
}

export type RunnerScope = { kind: 'repo'; owner: string; repo: string } | { kind: 'org'; org: string }

/** `runner-count: auto`: idle runners for the queued jobs they match, at least `min`, all runners at most `max`. */
export interface Autoscale {
  min: number
  max: number
  /** `owner/name` of each repository whose queued jobs are counted. */
  repositories: string[]
}

export interface Settings {
  mode: Mode
  /** plan mode: fail the step when anything drifted. */
  failOnDrift: boolean
  azure: {
    /** Undefined = from the Azure CLI context at sign-in. */
    subscriptionId?: string
    tenantId?: string
    /** The client ID the action signs in as (GitHub OIDC / environment); not the managed identity's. */
    clientId?: string
    auth: AuthMode
    cloud: Cloud
    /** ARM endpoint and Entra authority, without trailing slash (cloud defaults or overrides). */
    armEndpoint: string
    authorityHost: string
  }
  cluster: {
    resourceGroup: string
    name: string
    enableFeatures: boolean
    credentials: ClusterCredentials
    /** Path of a kubeconfig file from the `kubeconfig` input (else $KUBECONFIG, else fetched from AKS). */
    kubeconfig?: string
    /** Keep a kubeconfig fetched from AKS for later steps (output kubeconfig-path, KUBECONFIG exported); else removed at the end. */
    keepKubeconfig: boolean
    /** How Kubernetes requests reach the API server: `direct` (HTTPS), or `run-command` (the AKS run-command API, for private clusters). */
    access: ClusterAccessMode
  }
  identity: {
    name: string
    resourceGroup: string
    /** Undefined = the cluster's location. */
    location?: string
    /** The user's tags; the ownership tag is added on top. */
    tags: Record<string, string>
  }
  federation: {
    /** Undefined = derived from cluster, namespace and service account. */
    name?: string
    /** The `audience` input, else the cloud's token-exchange audience (src/clouds.ts). */
    audience: string
    /** Whether `audience` was given (then it wins over the cloud's, with a warning when they differ). */
    audienceGiven: boolean
  }
  roleAssignments: RoleAssignmentRequest[]
  allowPrivilegedRoles: boolean
  kube: {
    namespace: string
    createNamespace: boolean
    serviceAccount: string
    /** Take back fields we declare that another field manager changed (forced server-side apply), naming it. */
    forceConflicts: boolean
  }
  /** The runner kind with its own options (read by its driver, src/runner-kinds/), and what every kind shares. */
  runners: RunnerSelection & {
    /** Fixed: the pods to keep; with `autoscale`: its `max` (the most there may be). */
    count: number
    /** `runner-count: auto` (kinds that register at GitHub). */
    autoscale?: Autoscale
    /** Where runners register at GitHub (kinds that register there). */
    scope?: RunnerScope
    labels: string[]
    groupId: number
    image: string
    namePrefix: string
    githubToken?: string
    githubApiUrl: string
    /** Runner registration as a GitHub App (`github-app-id`; its private key is in `secrets`), instead of `githubToken`. */
    githubAppId?: string
    /** How the runner pods are shaped (the `runner-*` shaping inputs, src/shaping/); undefined when none is given. */
    shaping?: PodShaping
  }
  /**
   * The runner credential from the kind's inputs other than the GitHub token (masked on read), the GitHub App's
   * private key and the token for comments and issues. Kept apart from `runners` so no resource spec, plan or
   * output ever carries them.
   */
  secrets: { runnerCredential?: string; githubAppPrivateKey?: string; commentToken?: string }
  /** Where people look: the plan as a pull-request comment, drift as an issue (src/github/publish.ts). */
  report: {
    comment: boolean
    driftIssue: boolean
    /** Labels of the drift issue besides the action's own. */
    driftIssueLabels: string[]
    driftIssueAssignees: string[]
    /** `owner/name` the comment and the issue go to: GITHUB_REPOSITORY. */
    repository?: string
  }
  wait: { enabled: boolean; timeoutSeconds: number }
  verify: boolean
  /** Export AZURE_CLIENT_ID (the managed identity's), AZURE_TENANT_ID and AZURE_SUBSCRIPTION_ID for later steps. */
  exportEnv: boolean
  /** The whole run's limit: after it the run stops cleanly (nothing new starts, the summary says what happened). */
  timeoutSeconds: number
  /** The `config` input: a workloads file (docs/config.md) whose workloads the run manages; main.ts reads it. */
  workloadsFile?: string
}

export interface Problem {
  input: string
  message: string
  /** The value as shown in `message` ('(value hidden)' for a secret), when the problem is about one value. */
  value?: string
  /** The expected form (or, for a conflict, what is wrong), without the input's name: for callers that place it elsewhere (src/config/). */
  expected?: string
}

export class SettingsError extends Error {
  constructor(public readonly problems: Problem[]) {
    super(`${problems.length} input problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `- ${p.message}`).join('\n'))
    this.name = 'SettingsError'
  }
}

/** Where inputs come from: the action's inputs (core.getInput) in production, a plain object in tests. */
export interface InputSource {
  /** The raw input value, '' when not set. */
  get(name: string): string
  /** Called with every secret value as soon as it is read, before anything can log it. */
  mask(secret: string): void
  env: Record<string, string | undefined>
  /** Told of every input as it is read, and whether it is read as a boolean (the CLI's catalogue of flags). */
  seen?(name: string, kind: InputKind): void
}

/** How an input is read: a boolean ('true'/'false'), or any other value. */
export type InputKind = 'boolean' | 'value'

/** `cluster-access`: how Kubernetes requests reach the API server. */
export const CLUSTER_ACCESS = ['direct', 'run-command'] as const
export type ClusterAccessMode = (typeof CLUSTER_ACCESS)[number]

/** Inputs whose values are never shown in messages and are masked on read: the GitHub credentials and the runner kinds' secrets. */
export const SECRET_INPUTS: ReadonlySet<string> = new Set([
  'github-token',
  'github-app-private-key',
  'comment-token',
  ...RUNNER_KINDS.flatMap((k) => DRIVERS[k].secretInputs ?? [])
])

const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE'])

/** Reads, validates and collects problems; shared by the action's settings and the login action's (src/login/settings.ts). */
export class Reader implements InputReader {
  readonly problems: Problem[] = []
  constructor(private readonly src: InputSource) {}

  raw(name: string, kind: InputKind = 'value'): string {
    this.src.seen?.(name, kind)
    const v = this.src.get(name).trim()
    if (v && SECRET_INPUTS.has(name)) {
      this.src.mask(v)
      // A log line never holds a multi-line secret whole: each line of one (a PEM's body) is masked too.
      for (const line of v.split(/\r?\n/).map((l) => l.trim()))
        if (line !== v && line.length >= 8 && !line.startsWith('-----')) this.src.mask(line)
    }
    return v
  }

  problem(name: string, value: string, expected: string): void {
    const shown = SECRET_INPUTS.has(name) ? '(value hidden)' : `'${value}'`
    this.problems.push({ input: name, message: `Input '${name}' = ${shown}: ${expected}.`, value: shown, expected })
  }

  /** A problem about how inputs combine, not about one value. */
  conflict(name: string, message: string): void {
    this.problems.push({ input: name, message: `Input '${name}': ${message}.`, expected: message })
  }

  required(name: string, rule: rules.Rule): string {
    const v = this.raw(name)
    if (!v) {
      this.conflict(name, 'is required')
      return ''
    }
    return this.check(name, v, rule)
  }

  optional(name: string, rule: rules.Rule): string | undefined {
    const v = this.raw(name)
    return v ? this.check(name, v, rule) : undefined
  }

  check(name: string, v: string, rule: rules.Rule): string {
    const why = rule(v)
    if (why) this.problem(name, v, why)
    return v
  }

  bool(name: string, dflt: boolean): boolean {
    const v = this.raw(name, 'boolean')
    if (!v) return dflt
    if (TRUE.has(v)) return true
    if (FALSE.has(v)) return false
    this.problem(name, v, "must be 'true' or 'false'")
    return dflt
  }

  int(name: string, dflt: number, min: number, max: number): number {
    const v = this.raw(name)
    if (!v) return dflt
    if (!/^[0-9]+$/.test(v) || Number(v) < min || Number(v) > max) {
      this.problem(name, v, `must be a whole number from ${min} to ${max}`)
      return dflt
    }
    return Number(v)
  }

  lines(name: string): string[] {
    return this.raw(name)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
  }

  oneOf<T extends string>(name: string, dflt: T, allowed: readonly T[]): T {
    const v = this.raw(name)
    if (!v) return dflt
    const hit = allowed.find((a) => a === v.toLowerCase())
    if (!hit) this.problem(name, v, `must be one of: ${allowed.join(', ')}`)
    return hit ?? dflt
  }
}

/** Normalises an Azure region display name ('East US') to its ARM name ('eastus'). */
function normaliseLocation(v: string): string {
  return v.replace(/\s+/g, '').toLowerCase()
}

function parseTags(r: Reader, name: string): Record<string, string> {
  const tags: Record<string, string> = {}
  const text = r.raw(name)
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const eq = line.indexOf('=')
    if (eq <= 0) {
      r.problem(name, line, "must be one 'key=value' per line")
      continue
    }
    const key = line.slice(0, eq).trim()
    const value = line.slice(eq + 1).trim()
    const why = rules.tagProblem(key, value)
    if (why) r.conflict(name, why)
    else if (key.toLowerCase() === OWNER_TAG || key.toLowerCase() === OWNER_KEY_TAG)
      r.conflict(name, `the tag '${key}' is reserved: the action sets it to mark what it owns`)
    else tags[key] = value
  }
  if (Object.keys(tags).length > 48) r.conflict(name, 'at most 48 tags (Azure allows 50, two are the ownership tags)')
  return tags
}

/** `input` names the role's input; `scopeInput` the scope's (the `scope` input, or the same `role-assignments` line). */
function roleSpec(r: Reader, input: string, role: string, rawScope: string, scopeInput = input): RoleAssignmentRequest | undefined {
  const scope = rawScope.length > 1 ? rawScope.replace(/\/+$/, '') : rawScope
  const roleWhy = rules.role(role)
  const kind = rules.scopeKind(scope)
  if (roleWhy) r.problem(input, role, `role ${roleWhy}`)
  if (!kind) r.problem(scopeInput, scope, `scope ${rules.scope(scope)}`)
  if (roleWhy || !kind) return undefined
  return { role, roleGuid: rules.roleGuid(role), scope, scopeKind: kind }
}

function parseRoleAssignments(r: Reader): RoleAssignmentRequest[] {
  const out: RoleAssignmentRequest[] = []
  const role = r.raw('role')
  const scope = r.raw('scope')
  if (role && !scope) r.conflict('role', "needs 'scope' (the ARM scope to assign the role at)")
  if (scope && !role) r.conflict('scope', "needs 'role' (the role to assign at this scope)")
  if (role && scope) {
    const spec = roleSpec(r, 'role', role, scope, 'scope')
    if (spec) out.push(spec)
  }
  for (const line of r
    .raw('role-assignments')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    // ROLE SCOPE: the scope is the last word and starts with '/'; the role (a name may contain spaces) is the rest.
    const m = /^(.+?)\s+(\/\S+)$/.exec(line)
    if (!m) {
      r.problem('role-assignments', line, "each line must be 'ROLE SCOPE', e.g. 'Reader /subscriptions/{id}/resourceGroups/{name}'")
      continue
    }
    const spec = roleSpec(r, 'role-assignments', m[1]!.trim(), m[2]!)
    if (spec) out.push(spec)
  }
  const seen = new Set<string>()
  for (const s of out) {
    const key = `${(s.roleGuid ?? s.role).toLowerCase()}|${s.scope.toLowerCase()}`
    if (seen.has(key)) r.conflict('role-assignments', `the role '${s.role}' at '${s.scope}' is listed twice`)
    seen.add(key)
  }
  return out
}

function parseRunnerScope(r: Reader, env: InputSource['env']): RunnerScope | undefined {
  const given = r.raw('runner-scope')
  const v = given || env.GITHUB_REPOSITORY || ''
  if (!v) return undefined
  const why = rules.runnerScope(v)
  if (why) {
    r.problem('runner-scope', v, why)
    return undefined
  }
  if (v.startsWith('org:')) return { kind: 'org', org: v.slice(4) }
  const [owner, repo] = v.split('/') as [string, string]
  return { kind: 'repo', owner, repo }
}

/** The runner pod the shaping applies to, as the settings know it (the identity and the owner key come at run time). */
export type ShapedPodContext = RunnerSelection & { namespace: string; serviceAccount: string; image: string; namePrefix: string }

/**
 * Reads the runner pod shaping inputs and checks the shaped pod as a whole, reporting problems through the
 * reader: src/shaping/settings.ts. Passed to readSettings by its caller, loaded only when a shaping input is given
 * (shapingCheckFor, src/shaping/names.ts): the settings module does not import the shaping code, the pod builder
 * (an adapter's, src/kube/manifests.ts) or the YAML parser, which a run without shaping never uses.
 */
export type ShapingCheck = (r: Reader, pod: ShapedPodContext) => PodShaping | undefined

/**
 * The run's settings from its inputs, every problem reported together (SettingsError). `shaping` is required
 * when a shaping input is given (else an Error): shapingCheckFor(inputs) gives it.
 */
export function readSettings(src: InputSource, shaping?: ShapingCheck): Settings {
  const r = new Reader(src)
  const env = src.env

  const mode = r.oneOf<Mode>('mode', 'apply', MODES)
  const failOnDrift = r.bool('fail-on-drift', true)

  // --- Azure sign-in and cloud
  const auth = r.oneOf<AuthMode>('auth', 'auto', AUTH_MODES)
  const envName = r.raw('environment') || 'AzureCloud'
  if (!cloudByName(envName)) r.problem('environment', envName, `must be one of: ${CLOUD_NAMES.join(', ')}`)
  const audienceInput = r.raw('audience')
  if (audienceInput.length > 600 || /\s/.test(audienceInput))
    r.problem('audience', audienceInput, 'must be a single audience value without spaces, at most 600 characters')
  // The cloud's endpoints and token-exchange audience, with the inputs that override them (src/clouds.ts).
  const target = cloudTarget(cloudByName(envName) ? envName : 'AzureCloud', {
    armEndpoint: r.optional('arm-endpoint', rules.httpsUrl),
    authorityHost: r.optional('authority-host', rules.httpsUrl),
    audience: audienceInput
  })
  const { cloud: base, armEndpoint, authorityHost } = target
  const subscriptionId = r.optional('subscription-id', rules.guid) ?? validEnvGuid(env.AZURE_SUBSCRIPTION_ID)
  const tenantId = r.optional('tenant-id', rules.guid) ?? validEnvGuid(env.AZURE_TENANT_ID)
  const clientIdInput = r.optional('client-id', rules.guid)
  const clientId = clientIdInput ?? validEnvGuid(env.AZURE_CLIENT_ID)
  if (auth === 'oidc') {
    if (!clientIdInput)
      r.conflict('client-id', "is required with 'auth: oidc' (the app registration or managed identity the workflow signs in as)")
    if (!tenantId) r.conflict('tenant-id', "is required with 'auth: oidc'")
  }
  if (auth === 'workload-identity' && !env.AZURE_FEDERATED_TOKEN_FILE) {
    r.conflict(
      'auth',
      '\'workload-identity\' needs AZURE_FEDERATED_TOKEN_FILE, which the webhook sets only in pods labelled azure.workload.identity/use: "true"'
    )
  }

  // --- Cluster
  const resourceGroup = r.required('resource-group', rules.resourceGroupName)
  const clusterName = r.required('cluster-name', rules.clusterName)
  const enableFeatures = r.bool('enable-cluster-features', true)
  const credentials = r.oneOf<ClusterCredentials>('cluster-credentials', 'user', CLUSTER_CREDENTIALS)
  const kubeconfig = r.raw('kubeconfig') || undefined
  const keepKubeconfig = r.bool('keep-kubeconfig', false)
  const access = r.oneOf<ClusterAccessMode>('cluster-access', 'direct', CLUSTER_ACCESS)
  if (access === 'run-command' && kubeconfig)
    r.conflict('cluster-access', "'run-command' reaches the cluster through AKS, not through a kubeconfig: drop 'kubeconfig'")
  if (access === 'run-command' && keepKubeconfig)
    r.conflict('cluster-access', "'run-command' fetches no kubeconfig, so 'keep-kubeconfig' has nothing to keep: drop it")

  // --- Identity and federation
  const identityName = r.required('identity-name', rules.identityName)
  const identityRg = r.optional('identity-resource-group', rules.resourceGroupName) ?? resourceGroup
  const locRaw = r.raw('location')
  const location = locRaw ? r.check('location', normaliseLocation(locRaw), rules.location) : undefined
  const tags = parseTags(r, 'tags')
  const ficName = r.optional('federated-credential-name', rules.federatedCredentialName)

  // --- Roles
  const roleAssignments = parseRoleAssignments(r)
  const allowPrivilegedRoles = r.bool('allow-privileged-roles', false)
  if (!allowPrivilegedRoles) {
    for (const s of roleAssignments) {
      const p = privilegedRole(s.roleGuid ? undefined : s.role, s.roleGuid)
      if (p)
        r.conflict(
          s.role === r.raw('role') ? 'role' : 'role-assignments',
          `'${p}' can grant access to others; set 'allow-privileged-roles: true' to assign it on purpose`
        )
    }
  }

  // --- Kubernetes
  const namespace = r.optional('namespace', rules.dnsLabel) ?? 'default'
  const createNamespace = r.bool('create-namespace', true)
  const serviceAccount = r.required('service-account-name', rules.dnsSubdomain)
  const forceConflicts = r.bool('force-conflicts', true)

  // --- Runners: what every kind shares here; each kind's own inputs are read by its driver.
  const kind = r.oneOf<RunnerKind>('runner-kind', 'github', RUNNER_KINDS)
  const driver = DRIVERS[kind]
  const auto = r.raw('runner-count').toLowerCase() === 'auto'
  const fixedCount = auto ? 0 : r.int('runner-count', 0, 0, 100)
  const labelsRaw = r.raw('runner-labels') || 'self-hosted,linux,x64,aks-workload-identity'
  const labels = labelsRaw
    .split(/[,\n]/)
    .map((l) => l.trim())
    .filter(Boolean)
  for (const l of labels) r.check('runner-labels', l, rules.runnerLabel)
  if (labels.length === 0 || labels.length > 100) r.problem('runner-labels', labelsRaw, 'must list 1 to 100 labels, comma-separated')
  const groupId = r.int('runner-group-id', 1, 1, 2_147_483_647)
  const imageInput = r.optional('runner-image', rules.imageRef)
  const namePrefix =
    r.optional('runner-name-prefix', (v) =>
      v.length <= 50 && !rules.dnsLabel(v)
        ? undefined
        : "must be an RFC 1123 label of at most 50 characters ('-', 8 characters of the workload's owner key and a slot number are added)"
    ) ?? 'aks-wi-runner'
  const githubToken = r.raw('github-token') || undefined
  const githubApiUrl = (r.optional('github-api-url', rules.httpsUrl) ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '')
  const app = readGitHubApp(r, githubToken)
  // The GitHub registration scope matters only for kinds that register there (others never call GitHub).
  const runnerScope = driver.registersAtGitHub ? parseRunnerScope(r, env) : undefined
  const autoscale = readAutoscale(r, auto, kind, runnerScope, env)
  const count = autoscale?.max ?? fixedCount
  const wantsRunners = count > 0 && mode !== 'destroy'
  if (driver.registersAtGitHub && count > 0 && !githubToken && !app) {
    r.conflict(
      'github-token',
      "is required when 'runner-count' > 0, unless a GitHub App registers the runners ('github-app-id' and 'github-app-private-key'): a token that may create runners (a GitHub App token or a PAT with repository Administration or organisation Self-hosted runners write; the workflow's GITHUB_TOKEN cannot)"
    )
  }
  if (driver.registersAtGitHub && count > 0 && !runnerScope && !r.raw('runner-scope')) {
    r.conflict('runner-scope', "is required when 'runner-count' > 0 and GITHUB_REPOSITORY is not set ('owner/repo' or 'org:NAME')")
  }
  // Every kind's driver validates what is set of its inputs; the other kinds' own inputs are refused.
  const run = { creating: wantsRunners, count, destroying: mode === 'destroy' }
  for (const other of RUNNER_KINDS.filter((k) => k !== kind)) {
    DRIVERS[other].read(r, { ...run, selected: false })
    for (const n of DRIVERS[other].ownInputs) if (r.raw(n)) r.conflict(n, `applies only to 'runner-kind: ${other}' (this is '${kind}')`)
  }
  const runnerKind = readRunnerKind(kind, r, { ...run, selected: true })
  const image = runnerKind.image ?? imageInput ?? driver.defaultImage
  const podShaping = readRunnerShaping(r, shaping, { ...selectionOf(runnerKind), namespace, serviceAccount, image, namePrefix })

  // --- Waiting and verification
  const wait = r.bool('wait', true)
  const timeoutSeconds = r.int('wait-timeout', 300, 10, 3600)
  const verify = r.bool('verify', true)
  const exportEnv = r.bool('export-env', false)

  // --- Where people look: the plan on the pull request, drift as an issue
  const report = readReport(r, env, mode)
  const runTimeout = r.int('timeout', 900, 30, 21_600)
  const workloadsFile = r.raw('config').trim() || undefined

  if (r.problems.length) throw new SettingsError(r.problems)

  return {
    mode,
    failOnDrift,
    azure: { subscriptionId, tenantId, clientId, auth, cloud: base, armEndpoint, authorityHost },
    cluster: { resourceGroup, name: clusterName, enableFeatures, credentials, kubeconfig, keepKubeconfig, access },
    identity: { name: identityName, resourceGroup: identityRg, location, tags },
    federation: { name: ficName, audience: target.audience, audienceGiven: target.audienceGiven },
    roleAssignments,
    allowPrivilegedRoles,
    kube: { namespace, createNamespace, serviceAccount, forceConflicts },
    runners: {
      ...selectionOf(runnerKind),
      count,
      ...(autoscale ? { autoscale } : {}),
      scope: runnerScope,
      labels,
      groupId,
      image,
      namePrefix,
      githubToken,
      githubApiUrl,
      githubAppId: app?.appId,
      ...(podShaping ? { shaping: podShaping } : {})
    },
    secrets: { runnerCredential: runnerKind.credential, githubAppPrivateKey: app?.privateKey, commentToken: report.token },
    report: report.settings,
    wait: { enabled: wait, timeoutSeconds },
    verify,
    exportEnv,
    timeoutSeconds: runTimeout,
    workloadsFile
  }
}

/**
 * Every input the settings read, each with how it is read (the CLI's flags: a boolean may be given bare). Found by
 * reading empty inputs; the docs test checks the names equal action.yml's.
 */
export function inputCatalog(): Map<string, InputKind> {
  const seen = new Map<string, InputKind>()
  const record = (name: string, kind: InputKind): void => void seen.set(name, seen.get(name) === 'boolean' ? 'boolean' : kind)
  try {
    readSettings({ get: () => '', mask: () => undefined, env: {}, seen: record })
  } catch {
    // Required inputs are missing: only the names and kinds matter here.
  }
  return seen
}

/** One runner kind's inputs, read by its driver: the kind, its options and what else its inputs give. */
function readRunnerKind<K extends RunnerKind>(
  kind: K,
  r: InputReader,
  run: RunnerRun
): RunnerSelection<K> & Omit<RunnerInputs<unknown>, 'options'> {
  const read = DRIVERS[kind].read(r, run)
  return { kind, options: read.options, credential: read.credential, image: read.image }
}

/** `owner/name`, GitHub's rules for both. */
const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/

/**
 * `runner-count: auto` with `runner-min`, `runner-max` and `runner-repositories`, for kinds that register at GitHub.
 * Whose queued jobs count: a repository's runners serve only its own; an organisation's serve the repositories
 * listed in `runner-repositories`, by default the repository of the run (GITHUB_REPOSITORY).
 */
function readAutoscale(
  r: Reader,
  auto: boolean,
  kind: RunnerKind,
  scope: RunnerScope | undefined,
  env: InputSource['env']
): Autoscale | undefined {
  const reposRaw = r.raw('runner-repositories')
  if (!auto) {
    if (reposRaw) r.conflict('runner-repositories', "applies to 'runner-count: auto' (the repositories whose queued jobs are counted)")
    // runner-min and runner-max are also ARC's minRunners/maxRunners: refused only where nothing would read them.
    if (DRIVERS[kind].registersAtGitHub)
      for (const n of ['runner-min', 'runner-max'])
        if (r.raw(n)) r.conflict(n, `applies to 'runner-count: auto' (this run keeps a fixed number of runners)`)
    return undefined
  }
  if (!DRIVERS[kind].registersAtGitHub) {
    r.conflict('runner-count', `'auto' scales on the jobs queued at GitHub: it applies to 'runner-kind: github' (this is '${kind}')`)
    return undefined
  }
  const min = r.int('runner-min', 0, 0, 100)
  if (!r.raw('runner-max'))
    r.conflict('runner-max', "is required with 'runner-count: auto': the most runners kept, busy ones included (1-100)")
  const max = r.int('runner-max', 1, 1, 100)
  if (min > max) r.conflict('runner-min', `is more than 'runner-max' (${min} > ${max})`)
  const listed = reposRaw
    .split(/[,\n]/)
    .map((x) => x.trim())
    .filter(Boolean)
  for (const repo of listed) r.check('runner-repositories', repo, (v) => (REPOSITORY.test(v) ? undefined : "must be 'owner/name'"))
  if (!scope) return { min, max, repositories: listed }
  if (scope.kind === 'repo') {
    const own = `${scope.owner}/${scope.repo}`
    const others = listed.filter((x) => x.toLowerCase() !== own.toLowerCase())
    if (others.length)
      r.conflict('runner-repositories', `a repository's runners take only its own jobs: ${others.join(', ')} cannot use runners of ${own}`)
    return { min, max, repositories: [own] }
  }
  const outside = listed.filter((x) => x.split('/')[0]!.toLowerCase() !== scope.org.toLowerCase())
  if (outside.length)
    r.conflict(
      'runner-repositories',
      `runners of the organisation ${scope.org} take only its repositories' jobs, not ${outside.join(', ')}`
    )
  const run = env.GITHUB_REPOSITORY
  const repositories = listed.length ? listed : run && run.split('/')[0]!.toLowerCase() === scope.org.toLowerCase() ? [run] : []
  if (repositories.length === 0)
    r.conflict(
      'runner-repositories',
      `is required with 'runner-count: auto' and organisation runners when this run's repository is not one of ${scope.org}'s: the repositories whose queued jobs are counted`
    )
  return { min, max, repositories }
}

/** The shaping inputs read through `check` when one is given (readSettings' `shaping`). */
function readRunnerShaping(r: Reader, check: ShapingCheck | undefined, pod: ShapedPodContext): PodShaping | undefined {
  // Each is read here even when none is given, so the input catalogue (inputCatalog) lists them.
  const given = SHAPING_INPUTS.filter((n) => r.raw(n))
  if (given.length === 0) return undefined
  if (!check)
    throw new Error(
      `readSettings: the shaping input '${given[0]}' is given but no shaping check was passed; load it with shapingCheckFor (src/shaping/names.ts)`
    )
  return check(r, pod)
}

function validEnvGuid(v: string | undefined): string | undefined {
  return v && !rules.guid(v.trim()) ? v.trim() : undefined
}

/**
 * `github-app-id` and `github-app-private-key`: both or neither, not with `github-token`, the key checked here
 * (PEM, RSA) so a wrong one fails before any request.
 */
function readGitHubApp(r: Reader, githubToken: string | undefined): { appId: string; privateKey: string } | undefined {
  const appId = r.optional('github-app-id', appIdProblem)
  const keyText = r.raw('github-app-private-key')
  if (!appId && !keyText) return undefined
  if (!keyText) r.conflict('github-app-id', "needs 'github-app-private-key' (the App's private key, as a secret)")
  if (!appId && !r.raw('github-app-id')) r.conflict('github-app-private-key', "needs 'github-app-id' (the App's ID or client ID)")
  if (githubToken)
    r.conflict('github-token', "give either 'github-token' or a GitHub App ('github-app-id' and 'github-app-private-key'), not both")
  let privateKey: string | undefined
  if (keyText) {
    const read = readAppPrivateKey(keyText)
    if ('problem' in read) r.conflict('github-app-private-key', read.problem)
    else privateKey = read.pem
  }
  return appId && privateKey ? { appId, privateKey } : undefined
}

/** A GitHub login: letters, digits and single hyphens, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/

function readReport(r: Reader, env: InputSource['env'], mode: Mode): { settings: Settings['report']; token?: string } {
  const comment = r.bool('comment', false)
  const driftIssue = r.bool('drift-issue', false)
  const list = (name: string): string[] =>
    r
      .raw(name)
      .split(/[,\n]/)
      .map((x) => x.trim())
      .filter(Boolean)
  const labels = list('drift-issue-labels')
  for (const l of labels) if (l.length > 50) r.problem('drift-issue-labels', l, 'each label must be at most 50 characters')
  const assignees = list('drift-issue-assignees')
  for (const a of assignees)
    if (!LOGIN.test(a.replace(/^@/, ''))) r.problem('drift-issue-assignees', a, 'each assignee must be a GitHub login')
  if (assignees.length > 10) r.conflict('drift-issue-assignees', 'at most 10 assignees (GitHub assigns no more)')
  // The workflow's token by default (action.yml: github.token); GITHUB_TOKEN outside a workflow (the CLI).
  const token = r.raw('comment-token') || env.GITHUB_TOKEN || undefined
  const repository = env.GITHUB_REPOSITORY || undefined
  if (driftIssue && mode !== 'plan') r.conflict('drift-issue', `applies to 'mode: plan' (the drift check); this run is '${mode}'`)
  for (const [name, on] of [
    ['comment', comment],
    ['drift-issue', driftIssue]
  ] as const) {
    if (!on) continue
    if (!token) r.conflict(name, "needs a token: 'comment-token' (default: the workflow's GITHUB_TOKEN)")
    if (!repository) r.conflict(name, 'needs GITHUB_REPOSITORY (set on every GitHub Actions runner): the repository to write to')
  }
  return {
    settings: { comment, driftIssue, driftIssueLabels: labels, driftIssueAssignees: assignees.map((a) => a.replace(/^@/, '')), repository },
    token
  }
}
