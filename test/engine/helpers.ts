// Running the engine in-process against the sandbox: settings from the sandbox's inputs, a sink that records,
// the sandbox CA handed to every Azure client, small retry bounds, and request-log analysis.
import { Agent, fetch } from 'undici'
import { AZURE_KINDS, execute, type EngineDeps, type RunResult } from '../../src/engine.js'
import { azureResources } from '../../src/azure/resources.js'
import { readSettings, type Settings } from '../../src/settings.js'
import { readRunnerShaping } from '../../src/shaping/settings.js'
import type { Sink } from '../../src/report.js'
import type { Sandbox, LogEntry } from '../sandbox/index.js'
import type { AzureHalf } from '../sandbox/azure/index.js'

export const WORKLOAD = { 'identity-name': 'id-app', 'service-account-name': 'app-sa', namespace: 'apps' }

export interface Recorded extends Sink {
  lines: string[]
  warnings: string[]
  outputs: Record<string, string>
  secrets: string[]
  summaries: string[]
}

export function recordingSink(): Recorded {
  const r: Recorded = {
    lines: [],
    warnings: [],
    outputs: {},
    secrets: [],
    summaries: [],
    // One entry per line, so tests can look for a plan line.
    info: (m) => void r.lines.push(...m.split('\n')),
    warning: (m) => void r.warnings.push(m),
    setOutput: (n, v) => void (r.outputs[n] = v),
    setSecret: (s) => void r.secrets.push(s),
    summary: async (md) => void r.summaries.push(md)
  }
  return r
}

/**
 * The sandbox's inputs plus a workload. The sandbox's `auth` input says 'github-oidc', which the action does not
 * accept (its value is 'oidc'): reported to the sandbox's author; overridden here.
 */
export function settingsFor(sb: Sandbox, inputs: Record<string, string> = {}, env: Record<string, string | undefined> = sb.env): Settings {
  const all: Record<string, string> = { ...sb.inputs, auth: 'oidc', ...WORKLOAD, ...inputs }
  // The shaping check is passed always (the action loads it only when a shaping input is given: src/shaping/names.ts).
  return readSettings({ get: (n) => all[n] ?? '', mask: () => undefined, env }, readRunnerShaping)
}

/** GitHub's ID token fetched from the sandbox's stand-in exactly as @actions/core does (bearer + &audience=). */
export function idTokenFrom(sb: Sandbox, env: Record<string, string | undefined> = sb.env): (audience: string) => Promise<string> {
  const agent = new Agent({ connect: { ca: sb.tls.caPem } })
  return async (audience) => {
    const res = await fetch(`${env.ACTIONS_ID_TOKEN_REQUEST_URL}&audience=${encodeURIComponent(audience)}`, {
      dispatcher: agent,
      headers: { authorization: `Bearer ${env.ACTIONS_ID_TOKEN_REQUEST_TOKEN}`, accept: 'application/json' }
    })
    if (!res.ok) throw new Error(`ID token request failed: HTTP ${res.status}`)
    return ((await res.json()) as { value: string }).value
  }
}

/**
 * The Azure half only (its kinds and resources), small retry bounds and fast LRO polling, so these tests measure
 * exactly this half and eventual-consistency tests take milliseconds, not minutes.
 */
export const FAST: Partial<EngineDeps> = {
  kinds: AZURE_KINDS,
  desired: azureResources,
  retry: {
    ficConcurrency: { initialDelayMs: 20, maxDelayMs: 150, budgetMs: 5_000 },
    principalNotFound: { initialDelayMs: 20, maxDelayMs: 100, budgetMs: 5_000 },
    parentNotFound: { initialDelayMs: 20, maxDelayMs: 100, budgetMs: 5_000 },
    clusterBusy: { initialDelayMs: 50, maxDelayMs: 200, budgetMs: 10_000 }
  },
  pollIntervalMs: 50
}

export async function run(sb: Sandbox, inputs: Record<string, string> = {}, deps: Partial<EngineDeps> = {}): Promise<RunResult & { sink: Recorded }> {
  const sink = recordingSink()
  const env = deps.env ?? sb.env
  const result = await execute(settingsFor(sb, inputs, env), { sink, env, ca: sb.tls.caPem, idToken: idTokenFrom(sb, env), azOnPath: async () => false, ...FAST, ...deps })
  return { ...result, sink }
}

export const azure = (sb: Sandbox): AzureHalf => sb.ctx.parts.azure as AzureHalf

/** The sandbox world's view of what a run should have left: exactly one of each. */
export function worldCounts(sb: Sandbox, principalId: string) {
  const w = azure(sb).world
  const identities = [...w.identities.values()].filter((i) => i.name === 'id-app')
  const fics = identities.flatMap((i) => [...i.fics.values()]).filter((f) => f.subject === 'system:serviceaccount:apps:app-sa')
  const assignments = [...w.roleAssignments.values()].filter((ra) => ra.principalId === principalId)
  return { identities: identities.length, fics: fics.length, assignments: assignments.length, ficList: fics, assignmentList: assignments }
}

export { clientRequests, dependencyDepth } from '../sandbox/log-analysis.js'

/** Whether some requests overlap in time (ran concurrently). */
export function maxOverlap(entries: readonly LogEntry[]): number {
  let best = 0
  for (const e of entries) best = Math.max(best, entries.filter((o) => o.start < e.end && o.end > e.start).length)
  return best
}

export const writes = (sb: Sandbox) => sb.log.all().filter((e) => e.write)
