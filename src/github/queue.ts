// The demand side of `runner-count: auto`: how many jobs wait at GitHub for a runner like ours. Read through the REST
// API of each repository whose jobs the runners serve: its workflow runs that are queued or in progress (a run with
// one job done and the next waiting is in_progress), paged, and each run's latest jobs; a job counts when it is
// queued and our runners match its `runs-on` labels by GitHub's rule (every label of the job is among the runner's,
// case-insensitively).
import { StoppedError, type TransportPolicy } from '../transport.js'
import { githubClient, githubError, type GitHubClientOptions, type OctokitErrorLike } from './client.js'

export interface QueueCount {
  /** Queued jobs our runners match. */
  matching: number
  /** Queued jobs in all (those for other runners too, e.g. GitHub-hosted ones). */
  queued: number
  /** Workflow runs looked at (queued or in progress). */
  runs: number
  repositories: string[]
}

export interface GitHubQueue {
  /** Counts the queued jobs that runners with `labels` could take. */
  count(labels: readonly string[]): Promise<QueueCount>
}

export interface GitHubQueueOptions extends GitHubClientOptions {
  token: string | (() => Promise<string>)
  /** `owner/name` of each repository whose jobs the runners serve. */
  repositories: readonly string[]
}

/**
 * The labels a runner of ours has: the ones it registers with (`runner-labels`) and `self-hosted`, which every
 * self-hosted runner carries. Lower-case, as GitHub compares them.
 */
export function runnerLabelSet(labels: readonly string[]): Set<string> {
  return new Set(['self-hosted', ...labels].map((l) => l.toLowerCase()))
}

/** GitHub's matching rule: a runner can take a job when every label of the job's `runs-on` is among the runner's. */
export function runnerMatches(jobLabels: readonly string[], runner: ReadonlySet<string>): boolean {
  return jobLabels.length > 0 && jobLabels.every((l) => runner.has(l.toLowerCase()))
}

/** Runs at once whose jobs are read (each a request; GitHub dislikes bursts). */
const JOB_READS_AT_ONCE = 4

function wrap(what: string, repo: string, err: unknown, policy?: TransportPolicy): Error {
  if (err instanceof StoppedError) return err
  const status = (err as OctokitErrorLike).status
  const advice =
    status === 403 || status === 404
      ? `'runner-count: auto' reads the queued jobs of ${repo}: the token must read its Actions (fine-grained token: Actions read; classic: repo; GitHub App: Actions read-only), and the repository must exist ('runner-repositories')`
      : undefined
  return githubError(what, err, advice, policy)
}

export async function githubQueue(o: GitHubQueueOptions): Promise<GitHubQueue> {
  const octokit = await githubClient(o.token, o)
  return {
    async count(labels) {
      const runner = runnerLabelSet(labels)
      const out: QueueCount = { matching: 0, queued: 0, runs: 0, repositories: [...o.repositories] }
      for (const full of o.repositories) {
        const [owner = '', repo = ''] = full.split('/')
        const runs = new Map<number, true>()
        try {
          for (const status of ['queued', 'in_progress'] as const) {
            const page = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, { owner, repo, status, per_page: 100 })
            for (const r of page) runs.set(r.id, true)
          }
        } catch (err) {
          throw wrap(`Listing the queued workflow runs of ${full}`, full, err, o.policy)
        }
        const ids = [...runs.keys()]
        out.runs += ids.length
        for (let i = 0; i < ids.length; i += JOB_READS_AT_ONCE) {
          const batch = await Promise.all(
            ids.slice(i, i + JOB_READS_AT_ONCE).map(async (run_id) => {
              try {
                return await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
                  owner,
                  repo,
                  run_id,
                  filter: 'latest',
                  per_page: 100
                })
              } catch (err) {
                // The run was deleted between the two reads: it has no jobs to wait for.
                if ((err as OctokitErrorLike).status === 404) return []
                throw wrap(`Listing the jobs of workflow run ${run_id} of ${full}`, full, err, o.policy)
              }
            })
          )
          for (const job of batch.flat()) {
            if (job.status !== 'queued') continue
            out.queued++
            if (runnerMatches(job.labels, runner)) out.matching++
          }
        }
      }
      return out
    }
  }
}
