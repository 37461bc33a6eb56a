// The GitHub emulator's state: accounts, tokens, runners, label ids; seeding and reset. Names of orgs,
// repos and runners compare case-insensitively, as GitHub's do.
import {
  SEED,
  defaultRunnerGroups,
  scopeKey,
  seedTokens,
  type OrgRecord,
  type RepoRecord,
  type RunnerGroup,
  type RunnerLabel,
  type RunnerRecord,
  type RunnerScope,
  type TokenGrant
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
  /** Label name (lower-case) -> id, stable for the sandbox's lifetime like GitHub's label ids. */
  private readonly labelIds = new Map<string, number>()
  private nextRunnerId = 1
  private nextAccountId = 1

  /** `secrets`: where tokens (seeded or added) are recorded as issued credentials. */
  constructor(private readonly secrets?: SecretLedger) {
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
    this.nextRunnerId = 1
    this.nextAccountId = 1
    SYSTEM_LABELS.forEach((l) => this.labelId(l))
    this.addOrg(SEED.org)
    this.addRepo(SEED.repo)
    for (const t of seedTokens()) this.addToken(t)
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
