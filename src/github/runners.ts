// GitHub's side of the runners: a just-in-time runner configuration per runner pod (repository or
// organisation scope), the runners registered under our name prefix, one looked up by name, and deleting the
// records of runners whose pods are gone. Which registrations are a workload's is decided by the caller, from
// the owner key in their names (kube/manifests.ts): GitHub keeps nothing else of ours. The JIT config is a
// credential: it is masked the moment it arrives and handed only to the caller, which puts it in a Secret and
// nowhere else.
import type { RunnerScope } from '../settings.js'

export interface RunnerRecord {
  id: number
  name: string
  status: string
  busy: boolean
}

export interface JitRunner {
  runner: RunnerRecord
  /** base64 JIT configuration: a credential (already masked). */
  encodedJitConfig: string
}

export interface GitHubRunnersOptions {
  token: string
  /** REST API base URL (https://api.github.com, GHES, or the sandbox). */
  baseUrl: string
  scope: RunnerScope
  labels: string[]
  groupId: number
  /** Tests pass a fetch that trusts the sandbox CA; production passes nothing (Octokit's default). */
  fetch?: typeof fetch
  /** core.setSecret in the action. */
  mask: (secret: string) => void
}

export interface GitHubRunners {
  readonly scopeLabel: string
  generateJitConfig(name: string): Promise<JitRunner>
  /** Every runner whose name starts with `prefix` (all pages). */
  listByPrefix(prefix: string): Promise<RunnerRecord[]>
  /** The runner with exactly this name, if any (GitHub's `name` filter). */
  findByName(name: string): Promise<RunnerRecord | undefined>
  /** Deletes a runner record; false if it was already gone. Throws if GitHub refuses (e.g. busy). */
  remove(id: number): Promise<boolean>
}

export const scopeLabel = (s: RunnerScope): string => (s.kind === 'repo' ? `${s.owner}/${s.repo}` : `org:${s.org}`)

/** Keeps what the action reports about a runner; GitHub's full record has labels, os, etc. */
const record = (r: { id: number; name: string; status: string; busy: boolean }): RunnerRecord => ({
  id: r.id,
  name: r.name,
  status: r.status,
  busy: r.busy
})

/** A GitHub error with its status and message, without the request (which carries the token header). */
export class GitHubApiError extends Error {
  constructor(
    readonly what: string,
    readonly status: number | undefined,
    message: string
  ) {
    super(`${what} failed${status ? ` (HTTP ${status})` : ''}: ${message}`)
    this.name = 'GitHubApiError'
  }
}

function wrap(what: string, scope: RunnerScope, err: unknown): Error {
  const e = err as { status?: number; message?: string; response?: { data?: { message?: string } } }
  let message = e.response?.data?.message ?? e.message ?? String(err)
  if (e.status === 403 || e.status === 404) {
    message +=
      scope.kind === 'repo'
        ? ` — the 'github-token' must be allowed to manage self-hosted runners of ${scopeLabel(scope)} (fine-grained: Administration read & write; classic PAT: repo). The workflow's GITHUB_TOKEN cannot.`
        : ` — the 'github-token' must be allowed to manage the organisation's self-hosted runners (fine-grained: Self-hosted runners read & write; classic PAT: admin:org).`
  }
  return new GitHubApiError(what, e.status, message)
}

export async function githubRunners(o: GitHubRunnersOptions): Promise<GitHubRunners> {
  const { getOctokit } = await import('@actions/github')
  // Octokit's own logging would print request details: the action reports failures itself.
  const quiet = () => undefined
  const log = { debug: quiet, info: quiet, warn: quiet, error: quiet }
  const octokit = getOctokit(o.token, { baseUrl: o.baseUrl, log, ...(o.fetch ? { request: { fetch: o.fetch } } : {}) })
  const scope = o.scope
  const label = scopeLabel(scope)

  return {
    scopeLabel: label,

    async generateJitConfig(name) {
      const body = { name, runner_group_id: o.groupId, labels: o.labels }
      let data
      try {
        data =
          scope.kind === 'repo'
            ? (await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner: scope.owner, repo: scope.repo, ...body })).data
            : (await octokit.rest.actions.generateRunnerJitconfigForOrg({ org: scope.org, ...body })).data
      } catch (err) {
        throw wrap(`Registering runner ${name} with ${label}`, scope, err)
      }
      // Masked before anything else can see it.
      o.mask(data.encoded_jit_config)
      return { runner: record(data.runner), encodedJitConfig: data.encoded_jit_config }
    },

    async listByPrefix(prefix) {
      try {
        const all =
          scope.kind === 'repo'
            ? await octokit.paginate(octokit.rest.actions.listSelfHostedRunnersForRepo, {
                owner: scope.owner,
                repo: scope.repo,
                per_page: 100
              })
            : await octokit.paginate(octokit.rest.actions.listSelfHostedRunnersForOrg, { org: scope.org, per_page: 100 })
        return all.filter((r) => r.name.startsWith(prefix)).map(record)
      } catch (err) {
        throw wrap(`Listing the runners of ${label}`, scope, err)
      }
    },

    async findByName(name) {
      try {
        const { data } =
          scope.kind === 'repo'
            ? await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner: scope.owner, repo: scope.repo, name, per_page: 100 })
            : await octokit.rest.actions.listSelfHostedRunnersForOrg({ org: scope.org, name, per_page: 100 })
        const hit = data.runners.find((r) => r.name === name)
        return hit ? record(hit) : undefined
      } catch (err) {
        throw wrap(`Looking up runner ${name} in ${label}`, scope, err)
      }
    },

    async remove(id) {
      try {
        if (scope.kind === 'repo')
          await octokit.rest.actions.deleteSelfHostedRunnerFromRepo({ owner: scope.owner, repo: scope.repo, runner_id: id })
        else await octokit.rest.actions.deleteSelfHostedRunnerFromOrg({ org: scope.org, runner_id: id })
        return true
      } catch (err) {
        if ((err as { status?: number }).status === 404) return false
        throw wrap(`Deleting runner ${id} from ${label}`, scope, err)
      }
    }
  }
}

/** What the runner set needs from GitHub (`ctx.github`): the runner API, built on first use. */
export interface GitHubServices {
  /** Undefined when there is no `github-token` or no runner scope. */
  runners(): Promise<GitHubRunners | undefined>
}

export function createGitHubServices(o: GitHubRunnersOptions | undefined): GitHubServices {
  let client: Promise<GitHubRunners | undefined> | undefined
  return { runners: () => (client ??= o ? githubRunners(o) : Promise.resolve(undefined)) }
}
