// The GitHub half of the sandbox: the self-hosted runner API (JIT configuration, runners, runner groups)
// for repositories and organisations; issues, issue and pull-request comments and labels; GitHub Apps (the
// App's JWT, installations, installation access tokens); with GitHub's tokens, permissions, errors, headers
// and pagination.
//
// Seed (model.ts SEED): org `octo-org` (runner groups Default=1, aks-runners=2), repo `octo-org/octo-repo`
// (GitHub's default labels), an admin token (the action's `github-token`), a read-only installation token (the
// workflow GITHUB_TOKEN with `contents: read`), the App `aks-wi-sandbox` installed on the org, and a few users.
// Admin routes, under `/github` on the admin server:
//   GET    /runners                 every runner, with its scope (never a JIT config)
//   POST   /runners/{id}            {status?: 'online'|'offline', busy?, os?, version?}: play the runner's side
//   DELETE /runners/{id}            the runner deregistered (an ephemeral runner after its job)
//   POST   /tokens                  {token?, kind?: 'pat'|'installation', login?, admin?: {repos, orgs}, read?: {repos, orgs},
//                                   permissions?: {issues: 'write', ...}} (with permissions: an installation-style grant)
//   POST   /repos                   {full_name: 'owner/name'}
//   POST   /orgs                    {login, runner_groups?: [{id, name, visibility?, selected_repositories?}]}
//   GET    /apps                    every App with its private key (PEM) and installations
//   POST   /apps                    {slug?, permissions?, installations?: [{account, repositories?, permissions?}]}: a new App
//   POST   /pulls                   {repo?, title?, head_ref?, head_sha?, head_repo?, user?}: a pull request, and its
//                                   `pull_request` event payload (what GITHUB_EVENT_PATH holds in a workflow run)
//   GET    /issues?repo=owner/name  every issue and pull request with its labels, assignees and comments
//   POST   /runs                    {repo?, name?, event?, jobs: [{name?, labels, status?: queued|in_progress|completed}]}:
//                                   a workflow run whose jobs wait for runners with those labels (runner-count: auto)
//   GET    /runs                    every workflow run with its jobs
//   POST   /jobs/{id}               {status}: a job taken by a runner (in_progress) or finished (completed)
// In-process, `ctx.parts.github` is a GitHubView (view.ts) for parts that run runner pods.
import { HttpError, Router, type Handler } from '../frame.js'
import type { SandboxContext, ServicePart } from '../context.js'
import { SEED } from './model.js'
import { GitHubState } from './state.js'
import { RateLimits, authenticate } from './auth.js'
import { commonHeaders, errorBody, selectApiVersion } from './http.js'
import { runnerEndpoints } from './runners.js'
import { issueEndpoints } from './issues.js'
import { actionsEndpoints } from './actions.js'
import { appEndpoints, authenticateApp } from './apps.js'
import type { Endpoint } from './endpoint.js'
import { adminRoutes, adminRunnerView } from './admin.js'
import { createGitHubView } from './view.js'

export { SEED } from './model.js'
export { decodeJitConfig, type JitConfigFiles } from './jitconfig.js'
export type { GitHubView } from './view.js'

/**
 * Authenticated (a token, or an App's JWT for the App endpoints), rate-counted, version-checked: what every
 * GitHub REST endpoint does before its own work.
 */
function withGitHubConventions(ep: Endpoint, state: GitHubState, limits: RateLimits): Handler {
  return async (req) => {
    let headers: Record<string, string> = {}
    try {
      headers['x-github-api-version-selected'] = selectApiVersion(req)
      let who: { key: string; call: () => ReturnType<Endpoint['handler']> }
      try {
        if (ep.auth === 'app') {
          const app = authenticateApp(req, state)
          who = { key: `app:${app.id}`, call: () => ep.handler(req, { app, doc: ep.doc }) }
        } else {
          const grant = authenticate(req, state)
          who = { key: grant.token, call: () => ep.handler(req, { grant, doc: ep.doc }) }
        }
      } catch (err) {
        headers = { ...headers, ...limits.take('anonymous', 60) }
        throw err
      }
      headers = { ...headers, ...limits.take(who.key, 5000) }
      const out = await who.call()
      return { ...out, headers: { ...headers, ...out.headers } }
    } catch (err) {
      // Errors carry the same rate-limit and version headers as successes, as on GitHub.
      if (err instanceof HttpError) throw new HttpError(err.status, err.body, { ...headers, ...err.headers })
      throw err
    }
  }
}

const maskToken = (t: string): string => `${t.slice(0, 4)}…(${t.length} chars)`

/** Every endpoint the emulator serves, by GitHub operationId (the contract tests check each against the description). */
export function githubEndpoints(state: GitHubState, serverUrl: () => string): Endpoint[] {
  return [...runnerEndpoints(state, serverUrl), ...actionsEndpoints(state, serverUrl), ...issueEndpoints(state, serverUrl), ...appEndpoints(state, serverUrl)]
}

export function createGitHubParts(ctx: SandboxContext): ServicePart[] {
  const state = new GitHubState(ctx.frame.secrets, () => ctx.clock.now())
  const limits = new RateLimits(() => ctx.clock.now())
  // The sandbox serves the REST API at its root and stands in for the web host too (GITHUB_SERVER_URL).
  const url = (): string => ctx.urls.github
  const router = new Router()
  // The first pattern that matches wins: literal segments come before templates (issue comments before `{issue_number}`).
  for (const ep of githubEndpoints(state, url)) router.add(ep.method, ep.pattern, ep.operation, withGitHubConventions(ep, state, limits))
  ctx.parts.github = createGitHubView(state)

  return [
    {
      name: 'github',
      router,
      // Injected faults and unmatched routes answer in GitHub's shape too (GitHub says "Not Found" for unknown paths).
      errorBody: (status, _code, message) => errorBody(status, status === 404 ? 'Not Found' : message),
      commonHeaders,
      admin: adminRoutes(state, url),
      reset() {
        state.reset()
        limits.reset()
      },
      inputs: () => ({ 'github-api-url': url(), 'github-token': SEED.adminToken, 'runner-scope': SEED.repo }),
      env: () => ({ GITHUB_API_URL: url(), GITHUB_SERVER_URL: url(), GITHUB_REPOSITORY: SEED.repo }),
      // Tokens masked; JIT configs are never kept, so they cannot leak here.
      dump: () => ({
        orgs: [...state.orgs.values()].map((o) => ({ login: o.login, id: o.id, runner_groups: o.runnerGroups })),
        repos: [...state.repos.values()].map((r) => ({ full_name: `${r.owner}/${r.name}`, id: r.id })),
        tokens: [...state.tokens.values()].map((t) => ({
          token: maskToken(t.token),
          login: t.login,
          kind: t.kind,
          admin: t.admin,
          read: t.read,
          ...(t.permissions ? { permissions: t.permissions } : {}),
          ...(t.installation ? { installation: t.installation } : {})
        })),
        runners: adminRunnerView(state),
        apps: [...state.apps.values()].map((a) => ({ id: a.id, slug: a.slug, client_id: a.clientId, permissions: a.permissions })),
        installations: [...state.installations.values()],
        issues: [...state.issues.values()].flatMap((m) => [...m.values()]).map((i) => ({ repo: i.repo, number: i.number, title: i.title, state: i.state, pull: !!i.pull }))
      })
    }
  ]
}
