// The run: Settings → desired state → sign in → observe → plan → apply → report. Kinds plug in through the
// registry below; the graph walking lives in graph.ts and knows no kind. Every dependency on the outside
// world (sink, CA, ID token, clock) can be injected, so tests run the engine in-process against the sandbox.
import type { Settings } from './settings.js'
import type { KindContext, Plan, Resource, ResourceKind } from './model.js'
import { conflicts, countChanges, makePlan, resolver, type Kinds } from './plan.js'
import { applyPlan, combine, observeAll } from './graph.js'
import { desiredState, desiredStateWarnings, observedStateWarnings } from './desired.js'
import { azureKeys } from './azure/resources.js'
import { coreSink, exportEnvironment, planJson, renderPlan, writeOutputs, type ActionOutputs, type Sink } from './report.js'
import { summaryMarkdown, type Timings, type VerificationReport } from './summary.js'
import { annotate, driftFindings } from './drift.js'
import { DEFAULT_RETRY, realClock, withRetry, type RetryBounds, type RetryClock, type RetryConfig, type RetryReason } from './retry.js'
import { signIn, type SignInDeps } from './azure/credentials.js'
import { createAzureServices, type AzureKindServices } from './azure/clients.js'
import { clusterKind } from './azure/cluster.js'
import { identityKind } from './azure/identity.js'
import { federationKind } from './azure/federation.js'
import { roleAssignmentKind } from './azure/role-assignments.js'
import { createKubeServices, type KubeKindServices } from './kube/services.js'
import { kubeOutputs } from './kube/resources.js'
import { namespaceKind } from './kube/namespace.js'
import { serviceAccountKind } from './kube/service-account.js'
import { runnerRbacKind } from './kube/rbac.js'
import { runnerSetKind, type RunnerSetServices } from './kube/runner-set.js'
import { createGitHubServices } from './github/runners.js'
import { runnerAppTokens, type InstallationTokens } from './github/app.js'
import { publishToGitHub } from './github/publish.js'
import { notVerified, verificationReport, verifyRun } from './verify/run.js'

/** Everything the kinds get from the engine: each kind's type names the part it uses. */
export type EngineServices = AzureKindServices & KubeKindServices & RunnerSetServices
type EngineKind = ResourceKind<unknown, unknown, EngineServices>

/** The Azure kinds. A new kind is one more entry here and resources of its kind in the desired state. */
export const AZURE_KINDS: EngineKind[] = [clusterKind, identityKind, federationKind, roleAssignmentKind]
/** The Kubernetes kinds: namespace, service account, the runners' RBAC and the runner set. */
export const KUBE_KINDS: EngineKind[] = [namespaceKind, serviceAccountKind, runnerRbacKind, runnerSetKind]
/** Every kind: Azure's, then the Kubernetes half's. */
export const ALL_KINDS: EngineKind[] = [...AZURE_KINDS, ...KUBE_KINDS]

export interface EngineDeps {
  sink: Sink
  env: Record<string, string | undefined>
  /** Extra CA (PEM) every Azure client and credential trusts (the sandbox's); production: none. */
  ca?: string
  idToken?: SignInDeps['idToken']
  azOnPath?: SignInDeps['azOnPath']
  /** Retry bounds per eventual-consistency error (tests use small ones). */
  retry?: Partial<Record<RetryReason, Partial<RetryBounds>>>
  clock?: RetryClock
  /** Long-running-operation poll interval (tests); default: the service's Retry-After. */
  pollIntervalMs?: number
  /** Concurrent apply steps. */
  concurrency?: number
  kinds?: EngineKind[]
  /** The desired state (default: desiredState, both halves); tests of one half pass that half's. */
  desired?: (settings: Settings, subscriptionId: string) => Resource[]
  /** A fetch for the GitHub API that trusts an extra CA (tests: the sandbox's); production: Octokit's default. */
  githubFetch?: typeof fetch
}

export interface RunResult {
  plan: Plan
  outputs: ActionOutputs
  /** States after the run, by resource key. */
  states: Map<string, unknown>
}

function retryConfig(over: EngineDeps['retry']): RetryConfig {
  const out = { ...DEFAULT_RETRY }
  for (const [k, v] of Object.entries(over ?? {}) as Array<[RetryReason, Partial<RetryBounds>]>) out[k] = { ...out[k], ...v }
  return out
}

/** Runs `fn` once per key and shares the promise. */
function memoizer() {
  const m = new Map<string, Promise<unknown>>()
  return <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    let p = m.get(key) as Promise<T> | undefined
    if (!p) {
      p = fn()
      m.set(key, p)
    }
    return p
  }
}

/** Serialises tasks per key (a promise chain per key). */
function exclusiveByKey() {
  const tails = new Map<string, Promise<unknown>>()
  return <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const prev = tails.get(key) ?? Promise.resolve()
    const next = prev.catch(() => undefined).then(fn)
    tails.set(key, next)
    return next
  }
}

/** The context every kind gets: the services, the log, and the run-wide retry, memo and per-key exclusion. */
function kindContext<S extends object>(services: S, sink: Sink, deps: Pick<EngineDeps, 'retry' | 'clock'>): KindContext<S> {
  const config = retryConfig(deps.retry)
  const clock = deps.clock ?? realClock
  const log = sink
  return {
    ...services,
    log,
    retry: (fn, what) =>
      withRetry(what, fn, {
        config,
        clock,
        onRetry: ({ reason, attempt, delayMs }) =>
          log.info(`  ${what}: ${reason}, retrying in ${(delayMs / 1000).toFixed(1)} s (attempt ${attempt + 1})`)
      }),
    memo: memoizer(),
    exclusive: exclusiveByKey()
  }
}

/** The action's outputs from the final states (pure over states and specs). */
export function collectOutputs(
  s: Settings,
  resources: readonly Resource[],
  states: ReadonlyMap<string, unknown>,
  kinds: Kinds,
  plan: Plan
): ActionOutputs {
  // Specs resolved against the final states (the outputs of a spec's refs are final too).
  const { outputs: out } = resolver(kinds, resources, (k) => states.get(k))
  const identity = out(azureKeys.identity(s))
  const cluster = out(azureKeys.cluster(s))
  const fic = resources.find((r) => r.kind === 'federated-credential')
  const roleIds = resources
    .filter((r) => r.kind === 'role-assignment')
    .map((r) => out(r.key).id)
    .filter((x): x is string => !!x)
  return {
    'client-id': identity.clientId || undefined,
    'principal-id': identity.principalId || undefined,
    'tenant-id': identity.tenantId || undefined,
    'identity-id': identity.id || undefined,
    'oidc-issuer-url': cluster.issuerUrl,
    'federated-credential-name': fic ? out(fic.key).name : undefined,
    'role-assignment-ids': roleIds.join('\n'),
    ...kubeOutputs(s, out),
    // Destroy has no drift: removing things is what it was asked to do.
    ...(plan.mode === 'destroy' ? {} : { drift: String(driftFindings(plan).length > 0) }),
    changes: String(countChanges(plan)),
    plan: planJson(plan)
  }
}

export async function execute(settings: Settings, partial: Partial<EngineDeps> = {}): Promise<RunResult> {
  const deps: EngineDeps = { sink: partial.sink ?? (await coreSink()), env: partial.env ?? process.env, ...partial }
  const { sink } = deps
  // Runners registered as a GitHub App: an installation token minted on first use, revoked when the run ends, failed or not.
  const app = runnerAppTokens(settings, { fetch: deps.githubFetch, mask: (s) => sink.setSecret(s), info: (m) => sink.info(m) })
  try {
    return await converge(settings, deps, app)
  } finally {
    await app?.revoke()
  }
}

async function converge(settings: Settings, deps: EngineDeps, app: InstallationTokens | undefined): Promise<RunResult> {
  const { sink } = deps
  const kinds: Kinds = new Map((deps.kinds ?? ALL_KINDS).map((k) => [k.kind, k]))

  const startedAt = Date.now()
  const since = (t: number) => Date.now() - t
  // Filled as the run goes (verification adds verifyMs); the job summary shows them.
  const timings: Timings = {}
  for (const w of desiredStateWarnings(settings)) sink.warning(w)

  const session = await signIn(settings, {
    env: deps.env,
    log: sink,
    mask: (s) => sink.setSecret(s),
    ca: deps.ca,
    idToken: deps.idToken,
    azOnPath: deps.azOnPath
  })
  const azure = await createAzureServices(session.credential, session.subscriptionId, {
    armEndpoint: settings.azure.armEndpoint,
    ca: deps.ca,
    pollIntervalMs: deps.pollIntervalMs
  })
  // The Kubernetes and GitHub clients are built on first use (reaching the cluster may fetch a kubeconfig from AKS).
  const kube = createKubeServices({
    settings,
    azure,
    env: deps.env,
    mask: (s) => sink.setSecret(s),
    info: (m) => sink.info(m),
    pollMs: deps.pollIntervalMs
  })
  const r = settings.runners
  const github = createGitHubServices(
    (r.githubToken || app) && r.scope
      ? {
          token: app ? () => app.token() : r.githubToken!,
          baseUrl: r.githubApiUrl,
          scope: r.scope,
          labels: r.labels,
          groupId: r.groupId,
          fetch: deps.githubFetch,
          mask: (s) => sink.setSecret(s)
        }
      : undefined
  )
  const services: EngineServices = { azure, kube, github, secrets: settings.secrets }
  const ctx = kindContext(services, sink, deps)
  const resources = (deps.desired ?? desiredState)(settings, session.subscriptionId)

  const observeStart = Date.now()
  const observed = await observeAll(resources, kinds, ctx)
  timings.observeMs = since(observeStart)
  const planStart = Date.now()
  const plan = makePlan(settings.mode, resources, observed, kinds)
  timings.planMs = since(planStart)
  sink.info(renderPlan(plan))
  annotate(sink, plan)
  const observedIssuer = resolver(kinds, resources, (k) => observed.get(k)).outputs(azureKeys.cluster(settings)).issuerUrl
  for (const w of observedStateWarnings(settings, observedIssuer)) sink.warning(w)

  /** `verification`: the verification step's report; absent = not run (the summary says why). */
  const finish = async (states: ReadonlyMap<string, unknown>, applied: boolean, verification?: VerificationReport): Promise<RunResult> => {
    const outputs = collectOutputs(settings, resources, states, kinds, plan)
    if (verification?.verified !== undefined) outputs.verified = String(verification.verified)
    writeOutputs(sink, outputs)
    // After destroy the identity is gone: nothing to hand to later steps.
    if (settings.exportEnv && settings.mode !== 'destroy')
      exportEnvironment(sink, { ...outputs, 'tenant-id': outputs['tenant-id'] ?? settings.azure.tenantId }, session.subscriptionId)
    timings.totalMs = since(startedAt)
    const tenantId = outputs['tenant-id'] ?? settings.azure.tenantId
    const ids = resourceIds(resources, states, kinds)
    const summary = summaryMarkdown(plan, outputs, applied, {
      portal: settings.azure.cloud.portal,
      tenantId,
      timings,
      ids,
      verification: verification ?? notVerified(settings)
    })
    await sink.summary(summary)
    // The plan on the pull request, drift as an issue (each when asked for).
    await publishToGitHub({
      settings,
      plan,
      summary,
      applied,
      verified: verification?.verified,
      subscriptionId: session.subscriptionId,
      env: deps.env,
      sink,
      fetch: deps.githubFetch
    })
    return { plan, outputs, states: new Map(states) }
  }

  // End-to-end proof (src/verify): needs the service account, so only in runs that manage one. Plan mode passes
  // dryRunProbe false (a dry-run pod is still a POST); with runners, their real pods' injection is checked instead.
  const verify = async (states: ReadonlyMap<string, unknown>): Promise<VerificationReport | undefined> => {
    if (!settings.verify || !resources.some((r) => r.kind === 'service-account')) return undefined
    const verifyStart = Date.now()
    const out = collectOutputs(settings, resources, states, kinds, plan)
    const cluster = resolver(kinds, resources, (k) => states.get(k)).outputs(azureKeys.cluster(settings))
    const result = await verifyRun({
      settings,
      azure,
      identity: { clientId: out['client-id'], principalId: out['principal-id'], tenantId: out['tenant-id'] },
      cluster: {
        issuerUrl: cluster.issuerUrl,
        workloadIdentityEnabled: cluster.workloadIdentityEnabled === undefined ? undefined : cluster.workloadIdentityEnabled === 'true'
      },
      core: () => kube.core(),
      ca: deps.ca,
      sink,
      dryRunProbe: settings.mode === 'apply' && settings.runners.count === 0,
      clock: deps.clock
    })
    timings.verifyMs = since(verifyStart)
    return verificationReport(result)
  }

  if (settings.mode === 'plan') {
    const changes = countChanges(plan)
    const attention = conflicts(plan).length
    const drifted = changes > 0 || attention > 0
    const result = await finish(observed, false, drifted ? undefined : await verify(observed))
    if (settings.failOnDrift && drifted) {
      throw new Error(
        `Drift: ${changes} resource(s) differ from the desired state${attention ? ` and ${attention} need attention` : ''} (see the plan above). Run with mode: apply to converge.`
      )
    }
    return result
  }

  const blocked = conflicts(plan)
  if (blocked.length) {
    await finish(observed, false)
    throw new Error(
      `Nothing was changed: ${blocked.length} resource(s) cannot be brought to the desired state:\n` +
        blocked.map((s) => `- ${s.key}: ${s.reason ?? 'conflict'}`).join('\n')
    )
  }

  const applyStart = Date.now()
  const { states, failures } = await applyPlan(plan, resources, observed, kinds, ctx, deps.concurrency)
  timings.applyMs = since(applyStart)
  if (failures.length) {
    await finish(states, true).catch(() => undefined)
    const err = combine(
      'Applying the plan',
      failures.filter((f) => !f.skipped).map((f) => f.error)
    )
    const skipped = failures.filter((f) => f.skipped).map((f) => f.step.key)
    if (skipped.length) err.message += `\nNot attempted, as they depend on what failed: ${skipped.join(', ')}`
    throw err
  }
  sink.info(
    settings.mode === 'destroy' ? `Destroyed: ${countChanges(plan)} resource(s) deleted.` : `Applied: ${countChanges(plan)} change(s).`
  )
  const verification = settings.mode === 'apply' ? await verify(states) : undefined
  const result = await finish(states, true, verification)
  if (verification?.verified === false)
    throw new Error(`Verification failed: ${verification.detail} (the warnings above and the job summary say why and what to do).`)
  return result
}

/** Each resource's ID in the given states (what the job summary links to). */
function resourceIds(
  resources: readonly Resource[],
  states: ReadonlyMap<string, unknown>,
  kinds: Kinds
): Record<string, string | undefined> {
  const { outputs } = resolver(kinds, resources, (k) => states.get(k))
  return Object.fromEntries(resources.map((r) => [r.key, outputs(r.key).id]))
}
