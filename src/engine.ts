// The run: Settings → desired state → sign in → observe → plan → apply → report. Kinds plug in through the
// registry below; the graph walking lives in graph.ts and knows no kind. Every dependency on the outside
// world (sink, CA, ID token, clock) can be injected, so tests run the engine in-process against the sandbox.
import type { Settings } from './settings.js'
import type { KindContext, Plan, Resource, ResourceKind } from './model.js'
import { conflicts, countChanges, makePlan, resolver, type Kinds } from './plan.js'
import { applyPlan, ConflictError, NotAttempted, observeAll } from './graph.js'
import { desiredState, desiredStateWarnings, observedStateWarnings } from './desired.js'
import { azureKeys } from './azure/resources.js'
import { coreSink, exportEnvironment, planJson, renderPlan, writeOutputs, type ActionOutputs, type Sink } from './report.js'
import { failureSummary, summaryMarkdown, type RunOutcome, type Timings, type VerificationReport } from './summary.js'
import { annotate, driftFindings } from './drift.js'
import { DEFAULT_RETRY, realClock, withRetry, type RetryBounds, type RetryClock, type RetryConfig, type RetryReason } from './retry.js'
import { signIn, type SignInDeps } from './azure/credentials.js'
import { createAzureServices, loadArmSdks, type ArmSdks, type AzureKindServices } from './azure/clients.js'
import { clusterKind } from './azure/cluster.js'
import { identityKind } from './azure/identity.js'
import { federationKind } from './azure/federation.js'
import { roleAssignmentKind } from './azure/role-assignments.js'
import { clusterTokenScopes, createKubeServices, loadKubeClient, type KubeKindServices } from './kube/services.js'
import { kubeOutputs } from './kube/resources.js'
import { namespaceKind } from './kube/namespace.js'
import { serviceAccountKind } from './kube/service-account.js'
import { runnerRbacKind } from './kube/rbac.js'
import { runnerSetKind, type RunnerSetServices } from './kube/runner-set.js'
import { arcRunnerSetKind } from './kube/arc-runner-set.js'
import { createGitHubServices } from './github/runners.js'
import { runnerAppTokens, type InstallationTokens } from './github/app.js'
import { publishToGitHub } from './github/publish.js'
import { notVerified, verificationReport, verifyRun } from './verify/run.js'
import { RunControl } from './run-control.js'
import { isStopped, sleep, StoppedError, type TransportPolicy } from './transport.js'
import { UNKNOWN } from './model.js'
import {
  combinedVerification,
  manyOutputs,
  mapLimited,
  withWorkloads,
  workloadGraph,
  workloadsOutput,
  workloadsSummary,
  type Workload
} from './workloads.js'

/** Everything the kinds get from the engine: each kind's type names the part it uses. */
export type EngineServices = AzureKindServices & KubeKindServices & RunnerSetServices
type EngineKind = ResourceKind<unknown, unknown, EngineServices>

/** The Azure kinds. A new kind is one more entry here and resources of its kind in the desired state. */
export const AZURE_KINDS: EngineKind[] = [clusterKind, identityKind, federationKind, roleAssignmentKind]
/** The Kubernetes kinds: namespace, service account, the runners' RBAC and the runner set (ARC's scale set for runner-kind arc). */
export const KUBE_KINDS: EngineKind[] = [namespaceKind, serviceAccountKind, runnerRbacKind, runnerSetKind, arcRunnerSetKind]
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
  /** How the run is stopped (SIGTERM, the `timeout` input): main.ts wires it to the process; tests stop it themselves. */
  control?: RunControl
  /** Called once the cluster was reached, with the kubeconfig the run wrote (main.ts removes or keeps it). */
  onKubeconfig?: (path: string) => void
  /** The transport policy for every client (tests: short attempt deadlines and backoff); default TRANSPORT. */
  transport?: TransportPolicy
  /**
   * The workloads of a workloads file (the `config` input; src/workloads.ts): one graph, one plan and one apply for
   * all of them; `settings` is then the run's own (workloads.ts runSettings).
   */
  workloads?: Workload[]
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

/** The context every kind gets: the services, the log, the run-wide retry, memo and per-key exclusion, and the stop. */
function kindContext<S extends object>(
  services: S,
  sink: Sink,
  deps: Pick<EngineDeps, 'retry' | 'clock'>,
  control: RunControl
): KindContext<S> {
  const config = retryConfig(deps.retry)
  const clock = stoppableClock(deps.clock ?? realClock, control.stopSignal)
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
    exclusive: exclusiveByKey(),
    signal: control.abortSignal,
    checkpoint: () => control.checkpoint(),
    halfMade: (what, undo) => control.halfMade(what, undo)
  }
}

/** A clock whose waits end (with StoppedError) when the run is stopped: no retry starts after a stop. */
function stoppableClock(clock: RetryClock, stop: AbortSignal): RetryClock {
  return {
    now: () => clock.now(),
    sleep: (ms) => (clock === realClock ? sleep(ms, stop) : Promise.race([clock.sleep(ms), whenStopped(stop)]))
  }
}

/** Rejects with StoppedError when `signal` aborts (no timer: nothing keeps the process alive). */
function whenStopped(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fail = (): void => reject(new StoppedError(signal.reason instanceof Error ? signal.reason.message : 'the run was stopped'))
    if (signal.aborted) fail()
    else signal.addEventListener('abort', fail, { once: true })
  })
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
    ...planOutputs(plan)
  }
}

const planOutputsCache = new WeakMap<Plan, Pick<ActionOutputs, 'drift' | 'changes' | 'plan'>>()
/**
 * The outputs that describe the whole plan, made once per plan: a workloads file asks for every workload's outputs,
 * and the plan's JSON made each time was O(N²), a third of a second after the last answer at N = 100.
 */
function planOutputs(plan: Plan): Pick<ActionOutputs, 'drift' | 'changes' | 'plan'> {
  let o = planOutputsCache.get(plan)
  if (!o) {
    o = {
      // Destroy has no drift: removing things is what it was asked to do.
      ...(plan.mode === 'destroy' ? {} : { drift: String(driftFindings(plan).length > 0) }),
      changes: String(countChanges(plan)),
      plan: planJson(plan)
    }
    planOutputsCache.set(plan, o)
  }
  return o
}

export async function execute(settings: Settings, partial: Partial<EngineDeps> = {}): Promise<RunResult> {
  const deps: EngineDeps = { sink: partial.sink ?? (await coreSink()), env: partial.env ?? process.env, ...partial }
  const { sink } = deps
  const control = deps.control ?? new RunControl()
  // Runners registered as a GitHub App: an installation token minted on first use, revoked when the run ends, failed or not.
  const app = runnerAppTokens(settings, {
    fetch: deps.githubFetch,
    mask: (s) => sink.setSecret(s),
    info: (m) => sink.info(m),
    signal: control.abortSignal,
    policy: deps.transport
  })
  try {
    return await converge(settings, { ...deps, control }, app)
  } finally {
    await app?.revoke()
  }
}

async function converge(
  settings: Settings,
  deps: EngineDeps & { control: RunControl },
  app: InstallationTokens | undefined
): Promise<RunResult> {
  const { sink, control } = deps
  // A function, not the getter: the stop comes from outside while the run awaits (no narrowing across awaits).
  const stoppedNow = (): boolean => control.stopped
  const kinds: Kinds = new Map((deps.kinds ?? ALL_KINDS).map((k) => [k.kind, k]))

  const startedAt = Date.now()
  const since = (t: number) => Date.now() - t
  // Filled as the run goes (verification adds verifyMs); the job summary shows them.
  const timings: Timings = {}
  for (const w of new Set((deps.workloads?.map((x) => x.settings) ?? [settings]).flatMap(desiredStateWarnings))) sink.warning(w)

  /** A run that failed before it had a plan: the summary says where, and that nothing was changed. */
  const failedEarly = async (phase: string, err: unknown): Promise<never> => {
    timings.totalMs = since(startedAt)
    if (stoppedNow()) await control.cleanUp((m) => sink.info(m))
    const why = stoppedNow() ? stopMessage(control) : undefined
    sink.setOutput('changes', '0')
    await sink.summary(failureSummary(settings.mode, phase, err, why, timings)).catch(() => undefined)
    sink.info(`✖ ${phase} failed${why ? ` (${why})` : ''}: nothing was changed.`)
    // Stopped: whatever failed on the way is the stop's doing; say that, once.
    throw stoppedNow() ? new StoppedError(`${stopMessage(control)}: stopped while ${phase.toLowerCase()}; nothing was changed.`) : err
  }

  const usesKube = [...kinds.values()].some((k) => KUBE_KINDS.includes(k))
  let session: Awaited<ReturnType<typeof signIn>>
  let azure: Awaited<ReturnType<typeof createAzureServices>>
  // The ARM SDKs, then the Kubernetes client, load while the sign-in's token request is on the wire, not after its
  // token arrived: their compiling would otherwise hold back the ARM reads, then the Kubernetes reads and the
  // role-assignment lists (docs/performance.md).
  let sdks: Promise<ArmSdks> | undefined
  const preload = (): Promise<ArmSdks> => {
    if (!sdks) {
      sdks = loadArmSdks()
      sdks.catch(() => undefined)
      if (usesKube) void sdks.then(loadKubeClient).catch(() => undefined)
    }
    return sdks
  }
  try {
    session = await signIn(settings, {
      env: deps.env,
      log: sink,
      mask: (s) => sink.setSecret(s),
      ca: deps.ca,
      idToken: deps.idToken,
      azOnPath: deps.azOnPath,
      signal: control.abortSignal,
      policy: deps.transport,
      // The AKS server application's token with ARM's, when the run reaches the cluster through AKS.
      prefetchScopes: usesKube ? clusterTokenScopes(settings, deps.env) : [],
      underway: () => void preload()
    })
    azure = await createAzureServices(
      session.credential,
      session.subscriptionId,
      {
        armEndpoint: settings.azure.armEndpoint,
        ca: deps.ca,
        pollIntervalMs: deps.pollIntervalMs,
        signal: control.abortSignal,
        policy: deps.transport
      },
      preload()
    )
  } catch (err) {
    return failedEarly('Signing in', err)
  }
  // The Kubernetes and GitHub clients are built on first use (reaching the cluster may fetch a kubeconfig from AKS).
  const kube = createKubeServices({
    settings,
    azure,
    env: deps.env,
    mask: (s) => sink.setSecret(s),
    info: (m) => sink.info(m),
    pollMs: deps.pollIntervalMs,
    clock: deps.clock,
    signal: control.abortSignal,
    onKubeconfig: deps.onKubeconfig,
    policy: deps.transport
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
          mask: (s) => sink.setSecret(s),
          signal: control.abortSignal,
          onRetry: (m) => sink.info(m),
          policy: deps.transport
        }
      : undefined,
    r.autoscale?.repositories
  )
  const services: EngineServices = { azure, kube, github, secrets: settings.secrets }
  const ctx = kindContext(services, sink, deps, control)
  // A workloads file: every workload's resources in one graph, what they share once (src/workloads.ts).
  const graph = deps.workloads ? workloadGraph(deps.workloads, session.subscriptionId) : undefined
  const resources = graph ? graph.resources : (deps.desired ?? desiredState)(settings, session.subscriptionId)
  const resourcesOf = (w: Workload): Resource[] => {
    const keys = new Set(graph?.keysOf.get(w.name) ?? [])
    return resources.filter((r) => keys.has(r.key))
  }

  const observeStart = Date.now()
  let observed: Map<string, unknown>
  try {
    if (stoppedNow()) throw new StoppedError(stopMessage(control))
    observed = await observeAll(resources, kinds, ctx)
  } catch (err) {
    return failedEarly('Reading the current state', err)
  }
  timings.observeMs = since(observeStart)
  const planStart = Date.now()
  const made = makePlan(settings.mode, resources, observed, kinds)
  const plan = graph ? withWorkloads(made, graph) : made
  timings.planMs = since(planStart)
  sink.info(renderPlan(plan))
  annotate(sink, plan)
  const observedIssuer = resolver(kinds, resources, (k) => observed.get(k)).outputs(azureKeys.cluster(settings)).issuerUrl
  for (const w of observedStateWarnings(settings, observedIssuer)) sink.warning(w)

  /** `verification`: the verification step's report; absent = not run (the summary says why). */
  const finish = async (
    states: ReadonlyMap<string, unknown>,
    applied: boolean,
    verification?: VerificationReport,
    outcome?: RunOutcome
  ): Promise<RunResult> => {
    const single = collectOutputs(settings, graph ? resourcesOf(deps.workloads![0]!) : resources, states, kinds, plan)
    const map =
      deps.workloads && workloadsOutput(deps.workloads, graph!, plan, (w, res) => collectOutputs(w.settings, res, states, kinds, plan))
    // One workload: its outputs as a single step's; several: run-wide ones, and each workload's in `workloads`.
    const outputs = !map
      ? single
      : deps.workloads!.length === 1
        ? { ...single, workloads: JSON.stringify(map) }
        : manyOutputs(single, map, { changes: single.changes, plan: single.plan, drift: single.drift })
    // What really changed: in apply and destroy the steps that finished, not the ones planned.
    if (outcome) outputs.changes = String(outcome.done.length)
    if (verification?.verified !== undefined) outputs.verified = String(verification.verified)
    writeOutputs(sink, outputs)
    // After destroy the identity is gone: nothing to hand to later steps.
    if (settings.exportEnv && settings.mode !== 'destroy' && (deps.workloads?.length ?? 1) === 1)
      exportEnvironment(sink, { ...outputs, 'tenant-id': outputs['tenant-id'] ?? settings.azure.tenantId }, session.subscriptionId)
    timings.totalMs = since(startedAt)
    const tenantId = outputs['tenant-id'] ?? settings.azure.tenantId
    const ids = resourceIds(resources, states, kinds)
    const summary = summaryMarkdown(outcome ? withKnownValues(plan, resources, states, observed, kinds, outcome) : plan, outputs, applied, {
      portal: settings.azure.cloud.portal,
      tenantId,
      timings,
      ids,
      verification: verification ?? notVerified(settings),
      outcome,
      workloads: map && deps.workloads!.length > 1 ? workloadsSummary(map) : undefined
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
    if (!deps.workloads) return verifyOne(settings, resources, states)
    // Each workload that asks for it, a few at once (each makes its own token exchange and probe).
    const reports = await mapLimited(deps.workloads, 4, async (w) => [w.name, await verifyOne(w.settings, resourcesOf(w), states)] as const)
    return combinedVerification(reports.filter((r): r is readonly [string, VerificationReport] => r[1] !== undefined))
  }
  const verifyOne = async (
    settings: Settings,
    resources: readonly Resource[],
    states: ReadonlyMap<string, unknown>
  ): Promise<VerificationReport | undefined> => {
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
      clock: stoppableClock(deps.clock ?? realClock, control.stopSignal),
      signal: control.abortSignal
    })
    timings.verifyMs = since(verifyStart)
    return verificationReport(result)
  }

  if (settings.mode === 'plan') {
    const changes = countChanges(plan)
    const attention = conflicts(plan)
    // Scaling to demand (runner-count: auto) is a change but not drift (drift.ts isDrift).
    const drifted = driftFindings(plan).length > 0
    const result = await finish(observed, false, drifted ? undefined : await verify(observed))
    if (settings.failOnDrift && drifted) {
      // The advice matches what apply would do: converge what it can, and name what it cannot.
      const cannot = attention.map((s) => `- ${s.key}: ${s.reason ?? 'conflict'}`).join('\n')
      throw new Error(
        `Drift: ${changes + attention.length} resource(s) differ from the desired state (see the plan above). ` +
          (changes ? `mode: apply would change ${changes} of them` : 'mode: apply would change none of them') +
          (attention.length
            ? `${changes ? ' and' : ', and'} cannot converge ${attention.length} until you resolve:\n${cannot}`
            : '. Run with mode: apply to converge.')
      )
    }
    return result
  }

  const applyStart = Date.now()
  const { states, failures, done } = await applyPlan(plan, resources, observed, kinds, ctx, deps.concurrency, control.stopSignal)
  timings.applyMs = since(applyStart)
  if (stoppedNow()) await control.cleanUp((m) => sink.info(m))
  const failed = failures.filter((f) => !f.skipped)
  const skipped = failures.filter((f) => f.skipped)
  const outcome: RunOutcome = {
    done,
    failed: failed.map((f) => ({ key: f.step.key, error: f.error })),
    notAttempted: skipped.map((f) => ({
      key: f.step.key,
      why:
        f.error instanceof NotAttempted && f.error.blockedBy.length ? `depends on ${f.error.blockedBy.join(', ')}` : 'the run was stopped'
    })),
    stopped: stoppedNow() ? stopMessage(control) : undefined
  }
  if (failures.length || stoppedNow()) {
    await finish(states, true, undefined, outcome).catch(() => undefined)
    const verb = settings.mode === 'destroy' ? 'deleted' : 'made'
    const head = stoppedNow()
      ? `Stopped (${stopMessage(control)})`
      : `Failed: ${failed.length} resource(s) could not be ${settings.mode === 'destroy' ? 'deleted' : 'brought to the desired state'}`
    sink.info(
      `✖ ${head}: ${done.length} change(s) ${verb}, ${failed.length} failed, ${skipped.length} not attempted${skipped.length ? ` (${skipped.map((f) => f.step.key).join(', ')})` : ''}.`
    )
    const real = failed.filter((f) => !(isStopped(f.error) && stoppedNow()))
    const lines = real.map((f) =>
      f.error instanceof ConflictError ? `${f.step.key} cannot be applied: ${f.step.reason ?? 'conflict'}` : message(f.error)
    )
    const stoppedLine = stoppedNow()
      ? `${stopMessage(control)}: ${done.length} change(s) ${verb}; ${skipped.length + failed.length - real.length} step(s) not finished (see the job summary). Re-run to converge.`
      : undefined
    const err = combineMessages('Applying the plan', [...(stoppedLine ? [stoppedLine] : []), ...lines])
    if (skipped.length && !stoppedNow())
      err.message += `\nNot attempted, as they depend on what failed: ${skipped.map((f) => f.step.key).join(', ')}`
    throw stoppedNow() ? Object.assign(new StoppedError(err.message), { cause: failures[0]?.error }) : err
  }
  sink.info(settings.mode === 'destroy' ? `Destroyed: ${done.length} resource(s) deleted.` : `Applied: ${done.length} change(s).`)
  let verification: VerificationReport | undefined
  try {
    verification = settings.mode === 'apply' ? await verify(states) : undefined
    // A verification the stop cut short proves nothing either way: the run was stopped, not refuted.
    if (stoppedNow()) throw new StoppedError(stopMessage(control))
  } catch (err) {
    if (!isStopped(err)) throw err
    await finish(states, true, undefined, { ...outcome, stopped: stopMessage(control) })
    throw new StoppedError(`${stopMessage(control)}: stopped while verifying; ${done.length} change(s) made.`)
  }
  const result = await finish(states, true, verification, outcome)
  if (verification?.verified === false)
    throw new Error(`Verification failed: ${verification.detail} (the warnings above and the job summary say why and what to do).`)
  return result
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/** One error for several messages: the message itself when alone, else a numbered list. */
function combineMessages(what: string, lines: string[]): Error {
  if (lines.length === 1) return new Error(lines[0])
  return new Error(`${what} failed in ${lines.length} places:\n${lines.map((l, i) => `${i + 1}. ${l}`).join('\n')}`)
}

/** Why the run stopped, for messages. */
function stopMessage(control: RunControl): string {
  return control.reason ?? 'the run was stopped'
}

/**
 * The plan as it turned out: the placeholders of values known only after apply replaced by the values the run
 * produced, or by "not created" where the step did not finish.
 */
function withKnownValues(
  plan: Plan,
  resources: readonly Resource[],
  states: ReadonlyMap<string, unknown>,
  observed: ReadonlyMap<string, unknown>,
  kinds: Kinds,
  outcome: RunOutcome
): Plan {
  const { spec } = resolver(kinds, resources, (k) => states.get(k))
  const done = new Set(outcome.done)
  return {
    ...plan,
    steps: plan.steps.map((step) => {
      if (!step.diff.some((d) => d.to === UNKNOWN || d.from === UNKNOWN)) return step
      let real: Map<string, unknown> | undefined
      if (done.has(step.key) && plan.mode !== 'destroy') {
        try {
          const kind = kinds.get(step.kind)
          real = new Map((kind?.diff(spec(step.key), observed.get(step.key)).diff ?? []).map((d) => [d.field, d.to]))
        } catch {
          real = undefined
        }
      }
      const known = (field: string, v: unknown): unknown => {
        if (v !== UNKNOWN) return v
        const r = real?.get(field)
        return r !== undefined && r !== UNKNOWN ? r : 'not created'
      }
      return { ...step, diff: step.diff.map((d) => ({ ...d, from: known(d.field, d.from), to: known(d.field, d.to) })) }
    })
  }
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
