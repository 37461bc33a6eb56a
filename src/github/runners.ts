// GitHub's side of the runners: a just-in-time runner configuration per runner pod (repository or
// organisation scope), the runners registered under our name prefix, one looked up by name, and deleting the
// records of runners whose pods are gone. Which registrations are a workload's is decided by the caller, from
// the owner key in their names (kube/manifests.ts): GitHub keeps nothing else of ours. The JIT config is a
// credential: it is masked the moment it arrives and handed only to the caller, which puts it in a Secret and
// nowhere else.
import type { RunnerScope } from '../settings.js'
import { StoppedError, type TransportPolicy } from '../transport.js'
import { GitHubApiError, githubCause, githubClient, githubError, type OctokitErrorLike } from './client.js'
import { githubQueue, type GitHubQueue } from './queue.js'

export { GitHubApiError, githubCause }

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
  /** A token, or a function asked before each request (a GitHub App's installation token, minted again before it expires). */
  token: string | (() => Promise<string>)
  /** REST API base URL (https://api.github.com, GHES, or the sandbox). */
  baseUrl: string
  scope: RunnerScope
  labels: string[]
  groupId: number
  /** Tests pass a fetch that trusts the sandbox CA; production passes nothing (Octokit's default). */
  fetch?: typeof fetch
  /** core.setSecret in the action. */
  mask: (secret: string) => void
  /** The run's stop signal: aborts requests in flight and the waits between retries. */
  signal?: AbortSignal
  policy?: TransportPolicy
  /** Told before each retry (the log line). */
  onRetry?: (message: string) => void
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

/** A GitHub error for the runner API: a 403 or 404 there means the token may not manage the scope's runners. */
function wrap(what: string, scope: RunnerScope, err: unknown, policy?: TransportPolicy): Error {
  if (err instanceof StoppedError) return err
  const status = (err as OctokitErrorLike).status
  const advice =
    status !== 403 && status !== 404
      ? undefined
      : scope.kind === 'repo'
        ? `the 'github-token' must be allowed to manage self-hosted runners of ${scopeLabel(scope)} (fine-grained: Administration read & write; classic PAT: repo). The workflow's GITHUB_TOKEN cannot.`
        : `the 'github-token' must be allowed to manage the organisation's self-hosted runners (fine-grained: Self-hosted runners read & write; classic PAT: admin:org).`
  return githubError(what, err, advice, policy)
}

export async function githubRunners(o: GitHubRunnersOptions): Promise<GitHubRunners> {
  const octokit = await githubClient(o.token, o)
  const policy = o.policy
  const scope = o.scope
  const label = scopeLabel(scope)

  const self: GitHubRunners = {
    scopeLabel: label,

    async generateJitConfig(name) {
      const body = { name, runner_group_id: o.groupId, labels: o.labels }
      const generate = async () =>
        scope.kind === 'repo'
          ? (await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner: scope.owner, repo: scope.repo, ...body })).data
          : (await octokit.rest.actions.generateRunnerJitconfigForOrg({ org: scope.org, ...body })).data
      let data
      try {
        data = await generate()
      } catch (err) {
        const e = err as OctokitErrorLike
        // A repeat after a lost answer: the first attempt registered the runner, and its JIT config (the only
        // way to start it) was lost with the answer. The names are unique per run, so it is ours: remove it (it
        // never connected) and register again.
        if (e.status !== 409 || (e.request?.request?.retryCount ?? 0) === 0)
          throw wrap(`Registering runner ${name} with ${label}`, scope, err, policy)
        const stale = (await self.listByPrefix(name)).find((r) => r.name === name)
        if (!stale || stale.busy || stale.status === 'online') throw wrap(`Registering runner ${name} with ${label}`, scope, err, policy)
        o.onRetry?.(`  GitHub: runner ${name} was registered by an attempt whose answer was lost: removing it and registering again`)
        await self.remove(stale.id)
        try {
          data = await generate()
        } catch (again) {
          throw wrap(`Registering runner ${name} with ${label}`, scope, again, policy)
        }
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
        throw wrap(`Listing the runners of ${label}`, scope, err, policy)
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
        throw wrap(`Deleting runner ${id} from ${label}`, scope, err, policy)
      }
    }
  }
  return self
}

/** What the runner set needs from GitHub (`ctx.github`): the runner API and the queued jobs, built on first use. */
export interface GitHubServices {
  /** Undefined when there is no `github-token` or no runner scope. */
  runners(): Promise<GitHubRunners | undefined>
  /** The queued jobs of `runner-count: auto`'s repositories; undefined without a token or without auto. */
  queue(): Promise<GitHubQueue | undefined>
}

/** `queueRepositories`: the repositories whose queued jobs `runner-count: auto` counts (none: no queue). */
export function createGitHubServices(o: GitHubRunnersOptions | undefined, queueRepositories: readonly string[] = []): GitHubServices {
  let client: Promise<GitHubRunners | undefined> | undefined
  let queue: Promise<GitHubQueue | undefined> | undefined
  return {
    runners: () => (client ??= o ? githubRunners(o) : Promise.resolve(undefined)),
    queue: () =>
      (queue ??= o && queueRepositories.length ? githubQueue({ ...o, repositories: queueRepositories }) : Promise.resolve(undefined))
  }
}
