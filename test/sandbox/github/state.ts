// The GitHub emulator's state: accounts, tokens, runners, label ids; seeding and reset. Names of orgs,
// repos and runners compare case-insensitively, as GitHub's do.
import { generateKeyPairSync } from 'node:crypto'
import {
  DEFAULT_LABELS,
  SEED,
  defaultRunnerGroups,
  scopeKey,
  seedTokens,
  type AppRecord,
  type CommentRecord,
  type InstallationRecord,
  type IssueRecord,
  type LabelRecord,
  type OrgRecord,
  type RepoRecord,
  type RunnerGroup,
  type RunnerLabel,
  type RunnerRecord,
  type RunnerScope,
  type TokenGrant,
  type WorkflowRunRecord
} from './model.js'
import type { SecretKind, SecretLedger } from '../frame.js'

/** Labels the runner applies itself when it configures (read-only in the API); anything else is custom. */
const SYSTEM_LABELS = ['self-hosted', 'Linux', 'Windows', 'macOS', 'X64', 'ARM', 'ARM64']

/** The version a sandbox runner reports once it has connected. */
export const RUNNER_VERSION = '2.330.0'

export interface RunnerStatePatch {
  status?: 'online' | 'offline'
  busy?: boolean
  os?: string
  version?: string
}

const lower = (s: string): string => s.toLowerCase()

/** The `os` GitHub reports, from the runner's OS label (runner pods here are Linux unless labelled otherwise). */
function osFromLabels(labels: RunnerLabel[]): string {
  const names = labels.map((l) => lower(l.name))
  if (names.includes('windows')) return 'windows'
  if (names.includes('macos')) return 'macos'
  return 'linux'
}

export class GitHubState {
  readonly orgs = new Map<string, OrgRecord>()
  readonly repos = new Map<string, RepoRecord>()
  readonly tokens = new Map<string, TokenGrant>()
  readonly runners = new Map<number, RunnerRecord>()
  readonly apps = new Map<number, AppRecord>()
  readonly installations = new Map<number, InstallationRecord>()
  /** Issues and pull requests by `owner/name` (lower-case), then number. */
  readonly issues = new Map<string, Map<number, IssueRecord>>()
  readonly comments = new Map<number, CommentRecord>()
  /** Workflow runs (with their jobs) by id: what the queued-job count of `runner-count: auto` reads (actions.ts). */
  readonly workflowRuns = new Map<number, WorkflowRunRecord>()
  /** Repository labels by `owner/name` (lower-case). */
  readonly repoLabels = new Map<string, LabelRecord[]>()
  /** Logins that exist (and may be assigned): the seeded people and every token's login. */
  readonly users = new Set<string>()
  /** Label name (lower-case) -> id, stable for the sandbox's lifetime like GitHub's label ids. */
  private readonly labelIds = new Map<string, number>()
  /** App key pairs by app id; the seeded App's survives reset (generating one takes a moment). */
  private readonly appKeys = new Map<number, { privateKeyPem: string; publicKeyPem: string }>()
  private nextRunnerId = 1
  private nextAccountId = 1
  private nextObjectId = 1

  /**
   * `secrets`: where tokens (seeded or added) are recorded as issued credentials; `now`: the sandbox clock
   * (timestamps, token lifetimes).
   */
  constructor(
    private readonly secrets?: SecretLedger,
    readonly now: () => number = () => Date.now()
  ) {
    this.reset()
  }

  /** Records a credential the emulated GitHub handed out (JIT configs, runner keys). */
  issued(kind: SecretKind, value: string): void {
    this.secrets?.add(kind, value)
  }

  reset(): void {
    this.orgs.clear()
    this.repos.clear()
    this.tokens.clear()
    this.runners.clear()
    this.labelIds.clear()
    this.apps.clear()
    this.installations.clear()
    this.issues.clear()
    this.comments.clear()
    this.workflowRuns.clear()
    this.repoLabels.clear()
    this.users.clear()
    for (const id of [...this.appKeys.keys()]) if (id !== SEED.app.id) this.appKeys.delete(id)
    this.nextRunnerId = 1
    this.nextAccountId = 1
    this.nextObjectId = 1
    SYSTEM_LABELS.forEach((l) => this.labelId(l))
    SEED.users.forEach((u) => this.users.add(u))
    this.addOrg(SEED.org)
    this.addRepo(SEED.repo)
    for (const t of seedTokens()) this.addToken(t)
    const app = SEED.app
    this.addApp({ id: app.id, clientId: app.clientId, slug: app.slug, name: 'AKS WI sandbox', permissions: { ...app.permissions }, createdAt: this.now() })
    this.addInstallation({
      id: app.installationId,
      appId: app.id,
      account: SEED.org,
      repositorySelection: 'all',
      repositories: [],
      permissions: { ...app.permissions },
      createdAt: this.now()
    })
  }

  /** A fresh id for issues, comments and labels (GitHub's are global; these are unique per sandbox run). */
  objectId(): number {
    return 2_000_000_000 + this.nextObjectId++
  }

  addApp(app: AppRecord): AppRecord {
    this.apps.set(app.id, app)
    return app
  }

  addInstallation(inst: InstallationRecord): InstallationRecord {
    this.installations.set(inst.id, inst)
    return inst
  }

  /** The App whose id or client ID is `iss` (a JWT's issuer may be either). */
  appByIssuer(iss: unknown): AppRecord | undefined {
    if (typeof iss === 'number' || (typeof iss === 'string' && /^\d+$/.test(iss))) return this.apps.get(Number(iss))
    if (typeof iss === 'string') return [...this.apps.values()].find((a) => a.clientId === iss)
    return undefined
  }

  /** The App's key pair, generated on first use (RSA 2048, the private key as PKCS#1 PEM like GitHub's download). */
  appKey(appId: number): { privateKeyPem: string; publicKeyPem: string } {
    let pair = this.appKeys.get(appId)
    if (!pair) {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
      pair = {
        privateKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString()
      }
      this.appKeys.set(appId, pair)
      this.secrets?.add('github-app-private-key', pair.privateKeyPem)
    }
    return pair
  }

  /** An App's installation on an account (an org), if any. */
  installationOn(appId: number, account: string): InstallationRecord | undefined {
    return [...this.installations.values()].find((i) => i.appId === appId && lower(i.account) === lower(account))
  }

  /** The issues and pull requests of a repository (created on first use). */
  issuesOf(owner: string, name: string): Map<number, IssueRecord> {
    const key = lower(`${owner}/${name}`)
    let m = this.issues.get(key)
    if (!m) {
      m = new Map()
      this.issues.set(key, m)
    }
    return m
  }

  /** A repository's labels, seeded with GitHub's defaults on first use. */
  labelsOf(owner: string, name: string): LabelRecord[] {
    const key = lower(`${owner}/${name}`)
    let l = this.repoLabels.get(key)
    if (!l) {
      l = DEFAULT_LABELS.map(([n, color, description]) => ({ id: this.objectId(), name: n, color, description, default: true }))
      this.repoLabels.set(key, l)
    }
    return l
  }

  /** The next issue or pull request number of a repository (they share one sequence). */
  nextIssueNumber(owner: string, name: string): number {
    return Math.max(0, ...this.issuesOf(owner, name).keys()) + 1
  }

  addOrg(login: string, runnerGroups: RunnerGroup[] = defaultRunnerGroups()): OrgRecord {
    const org: OrgRecord = { login, id: 9_000_000 + this.nextAccountId++, runnerGroups }
    this.orgs.set(lower(login), org)
    return org
  }

  /** `owner/name`; the owner becomes an org too if it is not one yet (repos here always belong to an org). */
  addRepo(fullName: string): RepoRecord {
    const [owner, name] = fullName.split('/')
    if (!owner || !name) throw new Error(`a repository is "owner/name", got "${fullName}"`)
    if (!this.orgs.has(lower(owner))) this.addOrg(owner)
    const repo: RepoRecord = { owner, name, id: 1_296_000 + this.nextAccountId++ }
    this.repos.set(lower(fullName), repo)
    return repo
  }

  addToken(grant: TokenGrant): void {
    this.tokens.set(grant.token, grant)
    this.users.add(grant.login)
    this.secrets?.add('github-token', grant.token)
  }

  org(login: string): OrgRecord | undefined {
    return this.orgs.get(lower(login))
  }

  repo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(lower(`${owner}/${name}`))
  }

  /** The runner groups a scope may register into: an org's groups, or only Default for a repository. */
  runnerGroups(scope: RunnerScope): RunnerGroup[] {
    if (scope.kind === 'org') return this.org(scope.org)?.runnerGroups ?? []
    return defaultRunnerGroups().filter((g) => g.default)
  }

  runnersIn(scope: RunnerScope): RunnerRecord[] {
    const key = scopeKey(scope)
    return [...this.runners.values()].filter((r) => scopeKey(r.scope) === key).sort((a, b) => a.id - b.id)
  }

  findByName(scope: RunnerScope, name: string): RunnerRecord | undefined {
    return this.runnersIn(scope).find((r) => lower(r.name) === lower(name))
  }

  /** A runner by id, only if it belongs to the scope (another scope's runner is a 404, as on GitHub). */
  runnerIn(scope: RunnerScope, id: number): RunnerRecord | undefined {
    const r = this.runners.get(id)
    return r && scopeKey(r.scope) === scopeKey(scope) ? r : undefined
  }

  /** Reserves a runner id (the JIT config names the runner's id, so it is needed before the runner exists). */
  allocateRunnerId(): number {
    return this.nextRunnerId++
  }

  addRunner(runner: RunnerRecord): RunnerRecord {
    this.runners.set(runner.id, runner)
    return runner
  }

  /**
   * A runner connecting, taking a job, finishing it or going away. Busy implies online and offline implies idle,
   * as GitHub reports them; the first time a runner is online it gets an OS and a runner version.
   */
  setRunnerState(id: number, patch: RunnerStatePatch): RunnerRecord | undefined {
    const r = this.runners.get(id)
    if (!r) return undefined
    if (patch.status) r.status = patch.status
    if (patch.busy !== undefined) r.busy = patch.busy
    if (patch.busy && !patch.status) r.status = 'online'
    if (r.status === 'offline') r.busy = false
    if (patch.os) r.os = patch.os
    if (patch.version) r.version = patch.version
    if (r.status === 'online') {
      if (r.os === 'unknown') r.os = osFromLabels(r.labels)
      r.version ??= RUNNER_VERSION
    }
    return r
  }

  /** `self-hosted` first, then the requested labels (deduplicated, case-insensitively). */
  labelsFor(requested: string[]): RunnerLabel[] {
    const out: RunnerLabel[] = []
    const seen = new Set<string>()
    for (const name of ['self-hosted', ...requested]) {
      if (seen.has(lower(name))) continue
      seen.add(lower(name))
      const system = SYSTEM_LABELS.find((s) => lower(s) === lower(name))
      out.push({ id: this.labelId(system ?? name), name: system ?? name, type: system ? 'read-only' : 'custom' })
    }
    return out
  }

  private labelId(name: string): number {
    const key = lower(name)
    let id = this.labelIds.get(key)
    if (id === undefined) {
      id = this.labelIds.size + 1
      this.labelIds.set(key, id)
    }
    return id
  }
}
