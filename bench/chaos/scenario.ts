// One seeded chaos run: two workloads share the sandbox's cluster, one managed identity and one runner scope.
// Workload B (team-b/sa-b) is applied cleanly first; workload A (team-a/sa-a, runner-count 1-2) starts fresh or
// from an earlier state, then runs under random faults (and, by the seed, an interruption or as 4 identical runs
// at once). Afterwards: did A converge, or fail clearly? Does a fault-free rerun converge? Duplicates, orphans,
// B's objects untouched, and no issued secret in anything the action wrote.
import { startSandbox, type Sandbox } from '../../test/sandbox/index.js'
import { SandboxClient } from '../../test/sandbox/client.js'
import type { AzureHalf } from '../../test/sandbox/azure/index.js'
import type { FaultRule, IssuedSecret, LogEntry } from '../../test/sandbox/frame.js'
import { describeRule, faultRules, type FaultName } from './faults.js'
import { rng } from './prng.js'
import { runActionProcess, type ActionResult, type Interruption } from './process.js'
import { findSecrets, type SecretFinding } from './secrets.js'
import { desiredStateProblems, duplicates, fingerprint, orphans, runnerPods, touched, type Context, type Workload, type WorldState } from './world.js'

export type ScenarioKind = 'single' | 'sigterm' | 'sigkill' | 'concurrent'
export type StartState = 'fresh' | 'applied' | 'runner-finished' | 'cluster-drift'
export type Outcome = 'converged' | 'failed-cleanly' | 'failed-unclean' | 'false-success' | 'hung' | 'killed'

export interface ScenarioOptions {
  rate: number
  seed: number
  /** Per action process: killed (process group) and counted hung after this long. */
  runTimeoutMs: number
  /** After SIGTERM: how long the action may take to stop. */
  termGraceMs: number
  /** Fault kinds left out (the CI subset leaves out timeouts, which only a wall-clock timer could judge). */
  exclude?: ReadonlySet<FaultName>
  /** Force a scenario instead of drawing it from the seed. */
  scenario?: ScenarioKind
  start?: StartState
  /** Force whether B's registration is offline (its runner disconnected) during A's runs. */
  foreignOffline?: boolean
  /** Force A's runner count (default: 1 or 2 by the seed). */
  runnerCount?: number
  /** Force the interruption point (requests after the faulty phase starts). */
  afterRequests?: number
  /** Scripted rules instead of the random mix (a probe of one defect); `rate` is then only a label. */
  rules?: FaultRule[]
  /**
   * Runs alongside the faulty phase once its rules are in place, with their ids in order: a probe that drives
   * the sandbox while the action runs (releases a `hold` rule once the requests it waits for are held).
   */
  during?: (sb: Sandbox, ruleIds: string[]) => Promise<void>
}

export interface ProcessRecord {
  code: number | null
  signal: string | null
  hung: boolean
  ignoredTerm: boolean
  wallMs: number
  /** Epoch ms when the process ended. */
  endedAt: number
  interrupted?: Interruption
  stopMs?: number
  errors: string[]
  /** The log's last line that is not a workflow command. */
  lastLine: string
  /** The job summary's first line. */
  summaryHead: string
  /** The job summary (its first 3000 characters). */
  summary: string
}

export interface RunRecord {
  rate: number
  seed: number
  scenario: ScenarioKind
  start: StartState
  foreignOffline: boolean
  runnerCount: number
  interruption?: Interruption
  outcome: Outcome
  processes: ProcessRecord[]
  /** What differed from A's desired state once the faulty phase ended. */
  problemsAfterRun: string[]
  /** A's live runner pods once the faulty phase ended (more than runnerCount: oversubscribed). */
  runnerPodsAfterRun: number
  /** Orphans once the faulty phase ended (before the rerun): what an interrupted or failed run left half-made. */
  orphansAfterRun: string[]
  rerun: { code: number | null; hung: boolean; converged: boolean; problems: string[]; errors: string[] }
  duplicates: string[]
  orphans: string[]
  foreignTouched: string[]
  secretsWritten: SecretFinding[]
  /** Requests the sandbox served in the faulty phase. */
  requests: number
  /** Requests the faults hit in the faulty phase, in order: `service method operation [resource]: fault`. */
  faultsHit: string[]
  /** Normalised failure causes of this run (the keys the report groups by). */
  causes: string[]
  /** A short excerpt of the evidence (errors, last lines) for the report. */
  excerpt: string
  wallMs: number
}

const READER = 'acdd72a7-3385-48ef-bd42-f606fba81ae7'
const IDENTITY = 'id-shared'

/** One sandbox for a worker: reset between runs; the ledger of issued secrets keeps growing. */
export class ChaosWorld {
  private constructor(
    readonly sb: Sandbox,
    readonly admin: SandboxClient,
    /** The ledger's last entry at start-up: the seeded credentials (GitHub tokens, the ID-token bearer, the kube admin token). */
    readonly seededSecrets: number
  ) {}

  /**
   * `runnerLink` (default true): runner pods bring their GitHub registrations online when Running, as a real runner
   * does once it connects. Off, every registration stays offline, as in the window between a registration and its
   * runner connecting (or on a cluster whose runners cannot reach GitHub).
   */
  static async start(o: { runnerLink?: boolean } = {}): Promise<ChaosWorld> {
    // Pods move at once (the sandbox's instant lifecycle): what a run sees of its pods never depends on timing, so a
    // seed replays the same pod states; a run still waits for Running as against a real cluster.
    const sb = await startSandbox({ azure: { consistency: { clusterOperationMs: 100 } }, kube: { githubRunnerLink: o.runnerLink ?? true } })
    return new ChaosWorld(sb, new SandboxClient(sb.urls.admin, sb.tls.caPem), sb.secrets.all().at(-1)?.seq ?? 0)
  }

  async stop(): Promise<void> {
    await this.admin.close()
    await this.sb.stop()
  }

  get context(): Context {
    return { identityName: IDENTITY, resourceGroup: this.sb.inputs['resource-group']!, issuer: (this.sb.ctx.parts.azure as AzureHalf).issuerUrl() }
  }

  workloads(runnerCount: number): { a: Workload; b: Workload } {
    const sub = `/subscriptions/${this.sb.subscriptionId}`
    return {
      a: { name: 'A', namespace: 'team-a', serviceAccount: 'sa-a', role: 'Reader', roleGuid: READER, scope: `${sub}/resourceGroups/${this.sb.inputs['resource-group']}`, runnerCount },
      b: { name: 'B', namespace: 'team-b', serviceAccount: 'sa-b', role: 'Reader', roleGuid: READER, scope: `${sub}/resourceGroups/rg-identities`, runnerCount: 1 }
    }
  }

  inputs(w: Workload): Record<string, string> {
    return {
      ...this.sb.inputs,
      'identity-name': IDENTITY,
      namespace: w.namespace,
      'service-account-name': w.serviceAccount,
      role: w.role,
      scope: w.scope,
      'runner-count': String(w.runnerCount),
      verify: 'true'
    }
  }

  async state(): Promise<WorldState> {
    return this.admin.state<WorldState>('full')
  }
}

const lastLine = (stdout: string): string =>
  stdout
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('::'))
    .at(-1) ?? ''

function processRecord(r: ActionResult): ProcessRecord {
  return {
    code: r.code,
    signal: r.signal,
    hung: r.hung,
    ignoredTerm: r.ignoredTerm,
    wallMs: Math.round(r.wallMs),
    endedAt: Math.round(r.endedAt),
    ...(r.interrupted ? { interrupted: r.interrupted } : {}),
    ...(r.stopMs !== undefined ? { stopMs: Math.round(r.stopMs) } : {}),
    errors: r.errors.map((e) => e.slice(0, 600)),
    lastLine: lastLine(r.stdout).slice(0, 300),
    summaryHead: r.summary.split('\n').find((l) => l.trim())?.slice(0, 200) ?? '',
    summary: r.summary.slice(0, 3000)
  }
}

/** Identifiers, names with random parts, numbers: gone, so that one cause is one key across runs. */
export function normalise(s: string): string {
  return s
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/aks-wi-runner-[a-z0-9]+/g, 'aks-wi-runner-<x>')
    .replace(/aks-wi-kubeconfig-[0-9a-f]+/g, 'aks-wi-kubeconfig-<x>')
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>')
    .replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?Z?/g, '<time>')
    .replace(/\b\d+(\.\d+)?\s?(ms|s)\b/g, '<n> $2')
    .replace(/\b[0-9a-f]{16,}\b/gi, '<hex>')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A run's claim of success in a failed run: the summary or the last line says it applied. */
const claimsSuccess = (p: ProcessRecord): boolean => successClaim(p) !== undefined

/**
 * The line of a failed run's summary or log that says it succeeded, if any: a ✅ verdict (the summary's headline,
 * its first line under the title), a "(known after apply)" placeholder left anywhere, or the log's "Applied" line.
 * A ✅ on one check of a table (a token exchange that worked in a verification that failed) claims nothing.
 */
export function successClaim(p: ProcessRecord): string | undefined {
  const lines = p.summary.split('\n')
  const verdict = lines.find((l) => l.trim() && !l.startsWith('#'))
  if (verdict && /✅/.test(verdict)) return verdict.trim()
  const line = lines.find((l) => /\(known after apply\)/.test(l))
  if (line) return line.trim()
  return /^Applied: \d+ change/.test(p.lastLine) ? p.lastLine : undefined
}

/**
 * Messages that mislead, recognised from what the sandbox really answered: permission advice for a transient fault
 * of the ID-token endpoint, a status named that no request returned, the same error annotated more than once.
 */
export function misleading(p: ProcessRecord, entries: LogEntry[]): string[] {
  const out: string[] = []
  const statuses = new Set(entries.map((e) => e.status))
  for (const e of p.errors) {
    const first = e.split('\n')[0]!
    if (/id-token: write/.test(e) && !entries.some((x) => x.service === 'idtoken' && (x.status === 401 || x.status === 403)))
      out.push(`advises 'permissions: id-token: write' for a transient fault: "${normalise(first).slice(0, 160)}"`)
    for (const m of e.matchAll(/\bHTTP (\d{3})\b/g)) if (!statuses.has(Number(m[1]))) out.push(`names HTTP ${m[1]}, which no request returned: "${normalise(first).slice(0, 160)}"`)
  }
  const counts = new Map<string, number>()
  for (const e of p.errors) counts.set(e, (counts.get(e) ?? 0) + 1)
  for (const [e, n] of counts) if (n > 1) out.push(`the same error annotated ${n} times: "${normalise(e.split('\n')[0]!).slice(0, 120)}"`)
  return out
}

function classify(kind: ScenarioKind, ps: ProcessRecord[], problems: string[], entries: LogEntry[]): Outcome {
  if (ps.some((p) => p.hung || p.ignoredTerm)) return 'hung'
  if (kind === 'sigkill' && ps.some((p) => p.interrupted)) return 'killed'
  if (ps.some((p) => p.code === 0) && problems.length > 0) return 'false-success'
  if (ps.every((p) => p.code === 0)) return 'converged'
  // A clean failure: an exit code and an error message that neither claims success nor misleads.
  const explained = (p: ProcessRecord): boolean =>
    p.code !== null && p.errors.length > 0 && !claimsSuccess(p) && misleading(p, entries).length === 0
  const clean = ps.every((p) => p.code === 0 || explained(p))
  return clean ? 'failed-cleanly' : 'failed-unclean'
}

/** Which fault hit which request, for the report. */
function faultsHit(entries: LogEntry[], rules: Map<string, FaultRule>): string[] {
  const out: string[] = []
  for (const e of entries) {
    const resource = /\/namespaces\/[^/]+\/([a-z]+)/.exec(e.path)?.[1]
    const what = `${e.service} ${e.method} ${e.operation}${e.service === 'kube' && resource ? ` ${resource}` : ''}`
    if (e.fault) out.push(`${what}: ${rules.get(e.fault) ? describeRule(rules.get(e.fault)!) : e.fault}`)
    for (const s of e.spikes ?? []) out.push(`${what}: ${rules.get(s) ? describeRule(rules.get(s)!) : s}`)
  }
  return out
}

/** Writes of A's runs to B's objects, read from the request log. */
function foreignWrites(entries: LogEntry[], b: Workload, bFics: string[], bAssignments: string[], bRunnerIds: number[]): string[] {
  const out: string[] = []
  for (const e of entries) {
    if (!e.write || (e.status >= 400 && e.acted === undefined)) continue
    const path = decodeURIComponent(e.path.split('?')[0]!)
    if (e.service === 'kube' && (path.includes(`/namespaces/${b.namespace}/`) || path.endsWith(`/namespaces/${b.namespace}`))) out.push(`${e.method} ${path}`)
    if (e.service === 'arm' && [...bFics, ...bAssignments].some((n) => path.toLowerCase().endsWith(`/${n.toLowerCase()}`))) out.push(`${e.method} ${path}`)
    if (e.service === 'github' && e.method === 'DELETE' && bRunnerIds.some((id) => path.endsWith(`/runners/${id}`))) out.push(`${e.method} ${path}`)
  }
  return out
}

export async function runScenario(world: ChaosWorld, o: ScenarioOptions): Promise<RunRecord> {
  const t0 = performance.now()
  const r = rng(`chaos-${o.seed}`)
  // Every choice is drawn whether or not it is forced, so forcing one leaves the others as the seed made them.
  const drawnScenario = r.pick<ScenarioKind>([['single', 0.55], ['sigterm', 0.15], ['sigkill', 0.15], ['concurrent', 0.15]])
  const drawnStart = r.pick<StartState>([['fresh', 0.4], ['applied', 0.25], ['runner-finished', 0.2], ['cluster-drift', 0.15]])
  const scenario = o.scenario ?? drawnScenario
  const start = o.start ?? drawnStart
  const drawnCount = r.int(1, 2)
  const runnerCount = o.runnerCount ?? drawnCount
  // B's runner has lost its connection to GitHub (its registration offline while its pod runs): another workload's
  // run must still leave it alone.
  const drawnOffline = r.next() < 0.3
  const foreignOffline = o.foreignOffline ?? drawnOffline
  const point = r.int(3, 40)
  const interruption: Interruption | undefined =
    scenario === 'sigterm' || scenario === 'sigkill' ? { signal: scenario === 'sigterm' ? 'SIGTERM' : 'SIGKILL', afterRequests: o.afterRequests ?? point } : undefined
  const { a, b } = world.workloads(runnerCount)
  const ctx = world.context
  const { admin, sb } = world

  await admin.reset()
  const ledgerStart = sb.secrets.all().at(-1)?.seq ?? 0
  const results: ActionResult[] = []
  const clean = async (w: Workload, what: string): Promise<void> => {
    const res = await runActionProcess({ inputs: world.inputs(w), env: sb.env, timeoutMs: o.runTimeoutMs })
    results.push(res)
    if (res.code !== 0) throw new Error(`set-up (${what}) failed without faults: exit ${res.code}\n${res.errors.join('\n')}\n${res.stdout.slice(-2000)}`)
  }

  // Workload B, then A's starting point.
  await clean(b, 'workload B')
  if (start === 'applied' || start === 'runner-finished') await clean(a, 'workload A first apply')
  if (start === 'runner-finished') {
    const pods = runnerPods(await world.state(), a)
    await admin.kube.finishPod(a.namespace, pods[0]!.metadata.name, 'Succeeded')
  }
  if (start === 'cluster-drift') await admin.azure.patchCluster({ workloadIdentityEnabled: false })
  if (foreignOffline) {
    const pods = new Set(runnerPods(await world.state(), b).map((p) => p.metadata.name))
    for (const reg of await admin.github.runners()) if (pods.has(reg.name)) await admin.github.setRunner(reg.id, { status: 'offline' })
  }

  const before = await world.state()
  const fpB = fingerprint(before, b, ctx)
  const bFics = [...fpB.keys()].filter((k) => k.startsWith('federated credential ')).map((k) => k.slice('federated credential '.length))
  const bAssignments = [...fpB.keys()].filter((k) => k.startsWith('role assignment ')).map((k) => k.slice('role assignment '.length))
  const bRunnerIds = before.github.runners.filter((x) => [...fpB.keys()].includes(`GitHub registration ${x.name}`)).map((x) => x.id)
  const logStart = sb.log.all().at(-1)?.seq ?? 0

  // The faulty phase. An interrupted run starts clean and the faults begin with the signal (they hit what the action
  // does after SIGTERM); otherwise most runs would fail before their interruption point.
  const rules = o.rules ?? faultRules(o.rate, o.exclude)
  const ruleById = new Map<string, FaultRule>()
  const ruleIds: string[] = []
  const addFaults = (): void =>
    rules.forEach((rule) => {
      const id = sb.faults.add({ ...rule, seed: `chaos-${o.seed}` })
      ruleIds.push(id)
      ruleById.set(id, rule)
    })
  if (!interruption) addFaults()
  const driving = !interruption && o.during ? o.during(sb, ruleIds) : undefined
  // The interruption point: the n-th request the sandbox logs after the run started (an event, not a poll).
  const afterRequests = (n: number): Promise<void> => {
    const base = sb.log.lastSeq
    return sb.log.next((e) => e.seq - base >= n).then(() => undefined)
  }
  const count = scenario === 'concurrent' ? 4 : 1
  const faulty = await Promise.all(
    Array.from({ length: count }, () =>
      runActionProcess({
        inputs: world.inputs(a),
        env: sb.env,
        timeoutMs: o.runTimeoutMs,
        termGraceMs: o.termGraceMs,
        interruption,
        afterRequests,
        onInterrupt: addFaults
      })
    )
  )
  await driving
  await admin.clearFaults()
  results.push(...faulty)
  const phaseEntries = sb.log.all().filter((e) => e.seq > logStart)
  const afterRun = await world.state()
  const problemsAfterRun = desiredStateProblems(afterRun, a, ctx)
  const processes = faulty.map(processRecord)
  const outcome = classify(scenario, processes, problemsAfterRun, phaseEntries)

  // A rerun without faults must converge.
  const rerunRes = await runActionProcess({ inputs: world.inputs(a), env: sb.env, timeoutMs: o.runTimeoutMs })
  results.push(rerunRes)
  const final = await world.state()
  const rerunProblems = desiredStateProblems(final, a, ctx)
  const rerun = {
    code: rerunRes.code,
    hung: rerunRes.hung,
    converged: rerunRes.code === 0 && rerunProblems.length === 0,
    problems: rerunProblems,
    errors: rerunRes.errors.map((e) => e.slice(0, 600))
  }

  const allEntries = sb.log.all().filter((e) => e.seq > logStart)
  const foreignTouched = [...touched(fpB, fingerprint(final, b, ctx)), ...foreignWrites(allEntries, b, bFics, bAssignments, bRunnerIds).map((w) => `write by A: ${w}`)]
  const secrets: IssuedSecret[] = sb.secrets.all().filter((s) => s.seq > ledgerStart || s.seq <= world.seededSecrets)
  const secretsWritten = results.flatMap((res) => findSecrets(res, secrets))
  const dups = duplicates(final)
  const orph = orphans(final, [a, b])
  const hit = faultsHit(phaseEntries, ruleById)

  const record: RunRecord = {
    rate: o.rate,
    seed: o.seed,
    scenario,
    start,
    foreignOffline,
    runnerCount,
    ...(interruption ? { interruption } : {}),
    outcome,
    processes,
    problemsAfterRun,
    runnerPodsAfterRun: runnerPods(afterRun, a).length,
    orphansAfterRun: orphans(afterRun, [a, b]),
    rerun,
    duplicates: dups,
    orphans: orph,
    foreignTouched,
    secretsWritten,
    requests: phaseEntries.length,
    faultsHit: hit,
    causes: [],
    excerpt: '',
    wallMs: Math.round(performance.now() - t0)
  }
  record.causes = causes(record, phaseEntries, ruleById)
  record.excerpt = excerpt(record)
  return record
}

/** The normalised causes of everything that went wrong in a run: the report's work order. */
function causes(r: RunRecord, entries: LogEntry[], rules: Map<string, FaultRule>): string[] {
  const out: string[] = []
  const lastFault = (): string => {
    const hit = faultsHit(
      entries.filter((e) => e.fault).map((e) => ({ ...e, spikes: undefined })),
      rules
    )
    return hit.at(-1) ?? 'no fault'
  }
  if (r.outcome === 'hung') {
    for (const p of r.processes) {
      if (p.ignoredTerm) out.push('SIGTERM: still running after the grace period, killed')
      if (!p.hung) continue
      // The requests still unanswered when the harness killed it: their connections closed with the process.
      const timeouts = entries.filter((e) => e.fault && rules.get(e.fault)?.kind === 'timeout' && e.status === 0 && Math.abs(e.end - p.endedAt) < 2000)
      const on = timeouts.map((e) => `${e.service} ${e.operation}${rules.get(e.fault!)?.phase === 'after' ? ' (after the write)' : ''}`)
      out.push(on.length ? `hung: no timeout on ${[...new Set(on)].join(', ')}` : 'hung: no timeout fault in flight')
    }
  }
  if (r.outcome === 'false-success') for (const p of r.problemsAfterRun) out.push(`exit 0 but ${normalise(p)}`)
  if (r.outcome === 'failed-unclean') {
    for (const p of r.processes) {
      if (p.code === 0) continue
      if (p.interrupted?.signal === 'SIGTERM' && p.signal === 'SIGTERM') out.push('SIGTERM: died by the signal, no message, no summary, no clean-up')
      else if (p.errors.length === 0) out.push(`exit ${p.code ?? p.signal} without an error message`)
      else if (claimsSuccess(p)) out.push(`failed (exit ${p.code}) but the summary or log claims success: "${normalise(successClaim(p)!).slice(0, 160)}"`)
      for (const m of misleading(p, entries)) out.push(`misleading message: ${m}`)
    }
  }
  if (r.outcome === 'failed-cleanly' || r.outcome === 'failed-unclean') {
    const before = out.length
    for (const p of r.processes) if (p.code !== 0 && p.errors[0]) out.push(`error: ${normalise(p.errors[0]).slice(0, 220)}`)
    if (out.length > before) out.push(`last fault before failing: ${normalise(lastFault())}`)
  }
  if (r.processes.some((p) => p.interrupted?.signal === 'SIGTERM')) for (const o of r.orphansAfterRun) out.push(`SIGTERM left half-made: ${normalise(o)}`)
  if (!r.rerun.converged) out.push(r.rerun.code !== 0 ? `rerun failed: ${normalise(r.rerun.errors[0] ?? `exit ${r.rerun.code}`).slice(0, 220)}` : `rerun exit 0 but ${normalise(r.rerun.problems[0] ?? '')}`)
  for (const d of r.duplicates) out.push(`duplicate: ${normalise(d)}`)
  for (const o of r.orphans) out.push(`orphan: ${normalise(o)}`)
  for (const t of r.foreignTouched) out.push(`foreign object touched: ${normalise(t)}`)
  for (const s of r.secretsWritten) out.push(`secret written: ${s.kind} in ${normalise(s.where)} (${s.form}${s.masked ? ', masked' : ''})`)
  return [...new Set(out)]
}

function excerpt(r: RunRecord): string {
  const lines: string[] = []
  r.processes.forEach((p, i) => {
    const who = r.processes.length > 1 ? `run ${i + 1}: ` : ''
    const how = p.hung ? 'hung, killed' : p.ignoredTerm ? 'ignored SIGTERM, killed' : p.code === null ? `killed by ${p.signal}` : `exit ${p.code}`
    lines.push(`${who}${how}${p.interrupted ? ` (${p.interrupted.signal} after ${p.interrupted.afterRequests} requests)` : ''}; last line: ${p.lastLine}`)
    for (const e of p.errors.slice(0, 3)) lines.push(`  ::error:: ${e.split('\n')[0]}`)
    if (p.summaryHead) lines.push(`  summary: ${p.summaryHead}`)
  })
  if (r.problemsAfterRun.length) lines.push(`world after the run: ${r.problemsAfterRun.slice(0, 4).join('; ')}`)
  lines.push(`faults hit: ${r.faultsHit.slice(0, 12).join('; ')}${r.faultsHit.length > 12 ? ` (+${r.faultsHit.length - 12})` : ''}`)
  return lines.join('\n')
}
