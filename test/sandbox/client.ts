// A small typed client for the sandbox's admin API, for tests in-process or against `npm run sandbox`:
// request log, fault rules, reset, clock skew, state dump, and the Azure half's admin routes.
// It speaks HTTPS trusting the sandbox CA, like every other client.
import { Agent, fetch } from 'undici'
import type { FaultRule, IssuedSecret, LogEntry } from './frame.js'
import type { ConsistencySettings } from './azure/options.js'

export interface AzureClusterPatch {
  oidcIssuerEnabled?: boolean
  workloadIdentityEnabled?: boolean
  disableLocalAccounts?: boolean
  kubernetesVersion?: string
  provisioningState?: string
}

/** An issue or pull request as the GitHub half's admin route lists it, with its comments. */
export interface SandboxIssue {
  number: number
  pull: boolean
  title: string
  body: string | null
  state: 'open' | 'closed'
  state_reason: string | null
  user: string
  labels: string[]
  assignees: string[]
  comments: Array<{ id: number; body: string; user: string; created_at: number; updated_at: number }>
}

export type SandboxJobStatus = 'queued' | 'in_progress' | 'completed'

/** A workflow run of the emulated GitHub with its jobs (admin GET/POST /github/runs). */
export interface SandboxRun {
  id: number
  repo: string
  name: string
  status: SandboxJobStatus
  jobs: Array<{ id: number; name: string; status: SandboxJobStatus; labels: string[] }>
}

/** A GitHub App of the sandbox, with the private key a test hands the action. */
export interface SandboxApp {
  id: number
  client_id: string
  slug: string
  private_key: string
  installations: Array<{ id: number; account: string }>
}

export class SandboxAdminError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string
  ) {
    super(`${what}: HTTP ${status} ${JSON.stringify(body)}`)
  }
}

export class SandboxClient {
  private readonly agent: Agent

  /**
   * `adminUrl` is `urls.admin`; `caPem` the sandbox CA (`tls.caPem`, or the contents of `caFile`); `socketPath`
   * the admin Unix socket when the sandbox was started with `adminSocket` (e.g. inside a network namespace).
   */
  constructor(
    readonly adminUrl: string,
    caPem: string,
    socketPath?: string
  ) {
    this.agent = new Agent({ connect: { ca: caPem, ...(socketPath ? { socketPath, servername: 'localhost' } : {}) } })
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.adminUrl}${path}`, {
      method,
      dispatcher: this.agent,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await res.text()
    const parsed: unknown = text ? JSON.parse(text) : undefined
    if (res.status >= 400) throw new SandboxAdminError(res.status, parsed, `${method} ${path}`)
    return parsed as T
  }

  // --- frame ------------------------------------------------------------------------------------
  /** Request log entries after sequence number `since` (all by default). */
  async log(since = 0): Promise<LogEntry[]> {
    return (await this.call<{ entries: LogEntry[] }>('GET', `/log?since=${since}`)).entries
  }
  clearLog(): Promise<void> {
    return this.call('DELETE', '/log')
  }
  async addFault(rule: FaultRule): Promise<string> {
    return (await this.call<{ id: string }>('POST', '/faults', rule)).id
  }
  /**
   * A rule set: every rule without its own `seed` takes `seed`, so the set's random draws replay exactly
   * (see FaultRule.seed). Returns the rules' ids in order.
   */
  async addFaults(rules: FaultRule[], seed?: number | string): Promise<string[]> {
    return (await this.call<{ ids: string[] }>('POST', '/faults', { seed, rules })).ids
  }
  async faults(): Promise<FaultRule[]> {
    return (await this.call<{ rules: FaultRule[] }>('GET', '/faults')).rules
  }
  removeFault(id: string): Promise<void> {
    return this.call('DELETE', `/faults/${encodeURIComponent(id)}`)
  }
  /** Lets the requests a `hold` rule is holding go on; resolves with how many there were. */
  async releaseFault(id: string): Promise<number> {
    return (await this.call<{ released: number }>('POST', `/faults/${encodeURIComponent(id)}/release`)).released
  }
  clearFaults(): Promise<void> {
    return this.call('DELETE', '/faults')
  }
  /** Every part back to its seed; log and faults cleared; clock skew removed. */
  reset(): Promise<void> {
    return this.call('POST', '/reset')
  }
  /** Skews the sandbox clock (token lifetimes, assertion time ranges) by `skewMs`. */
  clock(skewMs: number): Promise<{ skewMs: number }> {
    return this.call('POST', '/clock', { skewMs })
  }
  /** Moves the sandbox clock forward: consistency windows and cluster operations end, sleeping writes finish. */
  advanceClock(ms: number): Promise<{ skewMs: number }> {
    return this.call('POST', '/clock', { advanceMs: ms })
  }
  /** Every part's state; `full`: every stored object in full (Kubernetes Secrets' data as digests). */
  state<T = Record<string, unknown>>(detail: 'summary' | 'full' = 'summary'): Promise<T> {
    return this.call('GET', detail === 'full' ? '/state?detail=full' : '/state')
  }
  /**
   * Every credential the sandbox issued or seeded after sequence number `since` (access tokens, ID tokens,
   * service-account tokens, JIT configs and runner keys, GitHub tokens, the kube admin token, the ID-token
   * request token, a client secret): what must never appear in anything a client wrote.
   */
  async secrets(since = 0): Promise<IssuedSecret[]> {
    return (await this.call<{ secrets: IssuedSecret[] }>('GET', `/secrets?since=${since}`)).secrets
  }

  // --- Azure half -------------------------------------------------------------------------------
  readonly azure = {
    consistency: (): Promise<ConsistencySettings> => this.call('GET', '/arm/consistency'),
    /** Turns eventual-consistency windows on (ms > 0) or off (0). */
    setConsistency: (c: Partial<ConsistencySettings>): Promise<ConsistencySettings> => this.call('PUT', '/arm/consistency', c),
    cluster: (): Promise<Record<string, unknown>> => this.call('GET', '/arm/cluster'),
    /** Changes the seeded cluster behind the action's back. */
    patchCluster: (p: AzureClusterPatch): Promise<unknown> => this.call('PATCH', '/arm/cluster', p),
    addResourceGroup: (name: string, location?: string): Promise<unknown> => this.call('POST', '/arm/resourceGroups', { name, location }),
    addResource: (id: string, properties: Record<string, unknown> = {}, location?: string): Promise<unknown> =>
      this.call('POST', '/arm/resources', { id, properties, location }),
    /** Deletes anything by id (identity, federated credential, role assignment, resource, group): drift. */
    deleteResource: (id: string): Promise<void> => this.call('DELETE', `/arm/resources?id=${encodeURIComponent(id)}`),
    /** Alters a stored resource (federated credential issuer/subject/audiences, tags, properties, description). */
    alterResource: (id: string, changes: Record<string, unknown>): Promise<void> => this.call('PATCH', '/arm/resources', { id, ...changes }),
    addRoleDefinition: (d: { name?: string; roleName: string; permissions?: unknown[]; description?: string }): Promise<{ id: string; name: string }> =>
      this.call('POST', '/arm/roleDefinitions', d),
    addPrincipal: (p: { objectId?: string; appId?: string; displayName?: string; type?: 'ServicePrincipal' | 'User' | 'Group'; secret?: string }): Promise<{ objectId: string; appId?: string }> =>
      this.call('POST', '/entra/principals', p),
    /** Overrides claims of the GitHub ID tokens the stand-in issues (e.g. `{ sub: 'repo:o/r:environment:prod' }`). */
    setIdTokenClaims: (claims: Record<string, unknown>): Promise<void> => this.call('PUT', '/idtoken/claims', claims),
    clearIdTokenClaims: (): Promise<void> => this.call('DELETE', '/idtoken/claims')
  }

  // --- Kubernetes half --------------------------------------------------------------------------
  readonly kube = {
    /** Ends a pod as its container would: `Succeeded` (an ephemeral runner after its job) or `Failed`. */
    finishPod: (namespace: string, name: string, phase: 'Succeeded' | 'Failed' = 'Succeeded'): Promise<unknown> =>
      this.call('POST', `/kube/pods/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}/finish`, { phase })
  }

  // --- GitHub half ------------------------------------------------------------------------------
  readonly github = {
    /** Every runner registration the emulated GitHub holds (never their JIT configs). */
    runners: async (): Promise<Array<{ id: number; name: string; status: string; busy: boolean }>> =>
      (await this.call<{ runners: Array<{ id: number; name: string; status: string; busy: boolean }> }>('GET', '/github/runners')).runners,
    /** Plays the runner's side: online, offline (lost its connection), busy. */
    setRunner: (id: number, patch: { status?: 'online' | 'offline'; busy?: boolean }): Promise<unknown> => this.call('POST', `/github/runners/${id}`, patch),
    /**
     * A token: classic (`admin`/`read` lists) or, with `permissions`, installation-style (the workflow's GITHUB_TOKEN
     * with `permissions: pull-requests: write` is `{ kind: 'installation', read: { repos: [repo] }, permissions: { pull_requests: 'write' } }`).
     */
    addToken: async (t: {
      token?: string
      kind?: 'pat' | 'installation'
      login?: string
      admin?: { repos?: string[]; orgs?: string[] }
      read?: { repos?: string[]; orgs?: string[] }
      permissions?: Record<string, 'read' | 'write' | 'admin'>
    }): Promise<string> => (await this.call<{ token: string }>('POST', '/github/tokens', t)).token,
    /** Opens a pull request; `event` is the `pull_request` event payload a workflow run for it reads from GITHUB_EVENT_PATH. */
    openPullRequest: (p: { repo?: string; title?: string; head_ref?: string; head_sha?: string; head_repo?: string; user?: string } = {}) =>
      this.call<{ number: number; html_url: string; event: Record<string, unknown> }>('POST', '/github/pulls', p),
    /** Every issue and pull request of a repository (default: the seeded one), with labels, assignees and comments. */
    issues: async (repo?: string): Promise<SandboxIssue[]> =>
      (await this.call<{ issues: SandboxIssue[] }>('GET', `/github/issues${repo ? `?repo=${encodeURIComponent(repo)}` : ''}`)).issues,
    /** The repository's labels. */
    labels: async (repo?: string): Promise<Array<{ name: string; color: string; description: string | null }>> =>
      (await this.call<{ labels: Array<{ name: string; color: string; description: string | null }> }>('GET', `/github/issues${repo ? `?repo=${encodeURIComponent(repo)}` : ''}`)).labels,
    /** Every GitHub App with its private key (the seeded App first). */
    apps: async (): Promise<SandboxApp[]> => (await this.call<{ apps: SandboxApp[] }>('GET', '/github/apps')).apps,
    /** A new App, installed where asked (`repositories` omitted: all of the org's). */
    addApp: (a: {
      slug?: string
      permissions?: Record<string, 'read' | 'write' | 'admin'>
      installations?: Array<{ account: string; repositories?: string[]; permissions?: Record<string, 'read' | 'write' | 'admin'> }>
    }): Promise<SandboxApp> => this.call('POST', '/github/apps', a),
    /** A workflow run whose jobs wait for runners with their `runs-on` labels (default repository: the seeded one). */
    queueRun: (r: { repo?: string; name?: string; event?: string; jobs: Array<{ name?: string; labels: string[]; status?: SandboxJobStatus }> }) =>
      this.call<SandboxRun>('POST', '/github/runs', r),
    /** Every workflow run with its jobs. */
    runs: async (): Promise<SandboxRun[]> => (await this.call<{ runs: SandboxRun[] }>('GET', '/github/runs')).runs,
    /** Moves a job along: a runner took it (in_progress) or it finished (completed). */
    setJob: (id: number, status: SandboxJobStatus): Promise<unknown> => this.call('POST', `/github/jobs/${id}`, { status })
  }

  close(): Promise<void> {
    return this.agent.close()
  }
}
