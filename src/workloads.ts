// Many workloads in one run (the `config` input, docs/config.md): one resource graph for every workload of the
// file. Pure. Each workload's desired state is the single-workload one (src/desired.ts); what several workloads
// have in common is one resource: the cluster (the file has one), an identity several workloads share (one
// identity, one federated credential per workload on it, the identity's role assignments once) and a namespace
// several workloads live in. Keys are the resources' own (they name the identity, the namespace and service
// account), so the same resource of two workloads has the same key; `owners` says whose each is, and the plan, the
// summary and the `workloads` output group by it.
//
// Ownership: owner keys stay per workload (src/ownership.ts), except for an identity several workloads of the file
// share: it, and its role assignments, belong to the identity (an owner key of the identity on the cluster), so
// destroying one workload's objects never takes the others' identity with it. A namespace several workloads use
// carries the first one's key (file order); the others' objects in it are not foreign to it.
import { createHash } from 'node:crypto'
import type { Plan, Resource, Step } from './model.js'
import type { Settings } from './settings.js'
import { desiredState } from './desired.js'
import { federatedCredentialName } from './azure/resources.js'
import { OWNER_KEY_TAG, OWNER_VALUE } from './constants.js'
import { ownerMarker, type RoleAssignmentSpec } from './azure/role-assignments.js'
import type { IdentitySpec } from './azure/identity.js'
import type { FederatedCredentialSpec } from './azure/federation.js'
import type { NamespaceSpec } from './kube/namespace.js'
import type { ActionOutputs } from './report.js'
import { CHANGING_ACTIONS } from './model.js'

/** One workload of the file: its name (the key under `workloads`) and the settings of its single-workload run. */
export interface Workload {
  name: string
  settings: Settings
}

export interface WorkloadGraph {
  /** Every resource once, in the order the workloads list them. */
  resources: Resource[]
  /** Resource key → the workloads (names, file order) whose desired state holds it. */
  owners: ReadonlyMap<string, readonly string[]>
  /** Workload name → the keys of its desired state. */
  keysOf: ReadonlyMap<string, readonly string[]>
}

const identityId = (s: Settings): string => `${s.identity.resourceGroup}/${s.identity.name}`.toLowerCase()

/**
 * The owner key of an identity several workloads of a file share: a hash of the subscription, the cluster and the
 * identity (same form as a workload's, src/ownership.ts), so it is stable whichever workloads use the identity.
 */
export function sharedIdentityOwnerKey(s: Settings, subscriptionId: string): string {
  const basis = ['aks-workload-identity/owner/v1/identity', subscriptionId, s.cluster.resourceGroup, s.cluster.name, identityId(s)]
    .map((x) => x.toLowerCase())
    .join('\n')
  return createHash('sha256').update(basis).digest('hex').slice(0, 16)
}

/** Pure: one graph for every workload (see the file's head). */
export function workloadGraph(workloads: readonly Workload[], subscriptionId: string): WorkloadGraph {
  const users = new Map<string, Workload[]>()
  for (const w of workloads) users.set(identityId(w.settings), [...(users.get(identityId(w.settings)) ?? []), w])
  const byKey = new Map<string, Resource>()
  const owners = new Map<string, string[]>()
  const keysOf = new Map<string, string[]>()
  // Namespaces of several workloads: every workload's service accounts and owner key are the namespace's own.
  const namespaceUsers = new Map<string, Array<{ key: string; serviceAccounts: string[] }>>()
  for (const w of workloads) {
    const s = w.settings
    const sharing = users.get(identityId(s))!
    const shared = sharing.length > 1
    const keys: string[] = []
    for (let r of desiredState(s, subscriptionId)) {
      keys.push(r.key)
      owners.set(r.key, [...(owners.get(r.key) ?? []), w.name])
      if (r.kind === 'namespace') {
        const spec = r.spec(() => ({})) as NamespaceSpec
        namespaceUsers.set(r.key, [...(namespaceUsers.get(r.key) ?? []), { key: spec.ownerKey, serviceAccounts: spec.serviceAccounts }])
      }
      if (byKey.has(r.key)) continue
      if (shared && (r.kind === 'identity' || r.kind === 'role-assignment'))
        r = ownedByIdentity(r, s, sharing, sharedIdentityOwnerKey(s, subscriptionId))
      if (r.kind === 'federated-credential') r = withSiblings(r, sharing)
      byKey.set(r.key, r)
    }
    keysOf.set(w.name, keys)
  }
  for (const [key, list] of namespaceUsers) if (list.length > 1) byKey.set(key, sharedNamespace(byKey.get(key)!, list))
  return { resources: [...byKey.values()], owners, keysOf }
}

/** The identity or one of its role assignments, owned by the identity rather than by the first workload using it. */
function ownedByIdentity(r: Resource, s: Settings, sharing: readonly Workload[], key: string): Resource {
  const names = sharing.map((w) => w.name).join(', ')
  if (r.kind === 'identity')
    return {
      ...r,
      spec: (refs) => {
        const spec = r.spec(refs) as IdentitySpec
        return { ...spec, ownerKey: key, ownerTag: { ...spec.ownerTag, [OWNER_KEY_TAG]: key } }
      }
    }
  return {
    ...r,
    spec: (refs) => ({
      ...(r.spec(refs) as RoleAssignmentSpec),
      ownerKey: key,
      description: `Managed by ${OWNER_VALUE} for identity ${s.identity.resourceGroup}/${s.identity.name} (workloads ${names}) on cluster ${s.cluster.name} ${ownerMarker(key)}`
    })
  }
}

/** A federated credential that knows the file's other credentials on its identity (the 20 limit; destroy). */
function withSiblings(r: Resource, sharing: readonly Workload[]): Resource {
  const mine = (r.spec(() => ({})) as FederatedCredentialSpec).name.toLowerCase()
  const siblings = sharing.map((w) => federatedCredentialName(w.settings)).filter((n) => n.toLowerCase() !== mine)
  return { ...r, spec: (refs) => ({ ...(r.spec(refs) as FederatedCredentialSpec), siblings }) }
}

function sharedNamespace(r: Resource, users: ReadonlyArray<{ key: string; serviceAccounts: string[] }>): Resource {
  return {
    ...r,
    spec: (refs) => {
      const spec = r.spec(refs) as NamespaceSpec
      return {
        ...spec,
        serviceAccounts: [...new Set(users.flatMap((u) => u.serviceAccounts))],
        otherOwnerKeys: [...new Set(users.map((u) => u.key))].filter((k) => k !== spec.ownerKey)
      }
    }
  }
}

/** The plan with each step's workloads (several: a shared resource); a file of one workload gets none. */
export function withWorkloads(plan: Plan, graph: WorkloadGraph): Plan {
  if (graph.keysOf.size < 2) return plan
  return { ...plan, steps: plan.steps.map((s): Step => ({ ...s, workloads: [...(graph.owners.get(s.key) ?? [])] })) }
}

/** One entry of the `workloads` output. */
export interface WorkloadOutput {
  'client-id'?: string
  'principal-id'?: string
  'tenant-id'?: string
  /** The managed identity's resource ID. */
  identity?: string
  'identity-name': string
  namespace: string
  'service-account': string
  'federated-credential'?: string
  'role-assignment-ids': string[]
  'runner-names': string[]
  /** Steps of the plan that change something of this workload (shared resources included). */
  changes: number
  /** Whether anything of this workload differed from the desired state (not in destroy). */
  drift?: boolean
}

/**
 * The `workloads` output: workload name → what a later step needs about it. `outputsOf` gives one workload's
 * single-workload outputs (the engine's collectOutputs over that workload's resources).
 */
export function workloadsOutput(
  workloads: readonly Workload[],
  graph: WorkloadGraph,
  plan: Plan,
  outputsOf: (w: Workload, resources: Resource[]) => ActionOutputs
): Record<string, WorkloadOutput> {
  const out: Record<string, WorkloadOutput> = {}
  for (const w of workloads) {
    const keys = new Set(graph.keysOf.get(w.name) ?? [])
    const o = outputsOf(
      w,
      graph.resources.filter((r) => keys.has(r.key))
    )
    const steps = plan.steps.filter((s) => keys.has(s.key))
    const changing = steps.filter((s) => CHANGING_ACTIONS.has(s.action) || s.action === 'conflict').length
    const list = (v: string | undefined): string[] => (v ? v.split('\n').filter(Boolean) : [])
    out[w.name] = {
      'client-id': o['client-id'],
      'principal-id': o['principal-id'],
      'tenant-id': o['tenant-id'],
      identity: o['identity-id'],
      'identity-name': w.settings.identity.name,
      namespace: w.settings.kube.namespace,
      'service-account': w.settings.kube.serviceAccount,
      'federated-credential': o['federated-credential-name'],
      'role-assignment-ids': list(o['role-assignment-ids']),
      'runner-names': list(o['runner-names']),
      changes: steps.filter((s) => CHANGING_ACTIONS.has(s.action)).length,
      ...(plan.mode === 'destroy' ? {} : { drift: changing > 0 })
    }
  }
  return out
}

/** The run-wide outputs of a run of several workloads: the single-workload ones are empty (see `workloads`). */
export function manyOutputs(
  first: ActionOutputs,
  map: Record<string, WorkloadOutput>,
  run: Pick<ActionOutputs, 'changes' | 'plan' | 'drift'>
): ActionOutputs {
  return {
    'tenant-id': first['tenant-id'],
    'oidc-issuer-url': first['oidc-issuer-url'],
    'client-id': '',
    'principal-id': '',
    'identity-id': '',
    'federated-credential-name': '',
    'role-assignment-ids': '',
    namespace: '',
    'service-account': '',
    'runner-names': '',
    ...run,
    workloads: JSON.stringify(map)
  }
}

/** The job summary's table of workloads. */
export function workloadsSummary(map: Record<string, WorkloadOutput>): string[] {
  const cell = (s: string | undefined): string => (s ? `\`${s.replace(/[`|]/g, '')}\`` : '(none)')
  return [
    '#### Workloads',
    '',
    '| Workload | Service account | Identity | Client ID | Changes | Drift |',
    '| --- | --- | --- | --- | --- | --- |',
    ...Object.entries(map).map(
      ([name, w]) =>
        `| ${cell(name)} | ${cell(`${w.namespace}/${w['service-account']}`)} | ${cell(w['identity-name'])} | ${cell(w['client-id'])} | ${w.changes} | ${w.drift === undefined ? '' : w.drift ? 'yes' : 'no'} |`
    ),
    ''
  ]
}

/**
 * The settings of the run as a whole (sign-in, mode, the GitHub runner registration, the secrets): the first
 * workload with autoscaled GitHub runners, else with GitHub runners, else the first, with the runner credential of
 * the workload whose kind needs one. The run has one GitHub client: workloads whose runners register at GitHub must
 * agree on where and how, and on the repositories `runner-count: auto` counts (not yet per workload); refused before
 * any request.
 */
export function runSettings(workloads: readonly Workload[]): Settings {
  if (!workloads.length) throw new Error('The workloads file has no workloads.')
  const github = workloads.filter((w) => w.settings.runners.count > 0 && w.settings.runners.scope)
  const registration = (s: Settings) => {
    const r = s.runners
    return JSON.stringify([r.scope, r.labels, r.groupId, r.githubApiUrl, r.githubToken, r.githubAppId])
  }
  const differ = github.filter((w) => registration(w.settings) !== registration(github[0]!.settings))
  if (differ.length)
    throw new Error(
      `Workloads ${github[0]!.name} and ${differ.map((w) => w.name).join(', ')} register runners at GitHub differently (runner-scope, runner-labels, runner-group, github-api-url or the token): one run has one GitHub registration for now. Give them the same, or run them in separate steps.`
    )
  // `runner-count: auto` counts queued jobs through that one client, in one list of repositories.
  const auto = github.filter((w) => w.settings.runners.autoscale)
  const repos = (w: Workload) => JSON.stringify(w.settings.runners.autoscale!.repositories.map((x) => x.toLowerCase()).sort())
  const otherRepos = auto.filter((w) => repos(w) !== repos(auto[0]!))
  if (otherRepos.length)
    throw new Error(
      `Workloads ${auto[0]!.name} and ${otherRepos.map((w) => w.name).join(', ')} have 'runner-count: auto' with different 'runner-repositories': one run counts the queued jobs of one list of repositories for now. Give them the same, or run them in separate steps.`
    )
  const run = (auto[0] ?? github[0] ?? workloads[0]!).settings
  // The run has one set of secrets, and the runner credential is the kind's (ARC's configuration Secret from the
  // GitHub token or App; GitLab's runner token, Jenkins' agent secret): a workload of another kind may be the run's.
  // At most one kind has one: a kind's secret input is refused for every workload of another kind (readSettings).
  const credentialed = workloads.filter((w) => w.settings.secrets.runnerCredential !== undefined)
  if (!credentialed.length || run.secrets.runnerCredential !== undefined) return run
  return { ...run, secrets: { ...run.secrets, runnerCredential: credentialed[0]!.settings.secrets.runnerCredential } }
}

/** Runs `fn` over `items` with at most `limit` at once; results in the items' order. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

/** One verification verdict for several workloads: verified when every verified one is, failed when any failed. */
export function combinedVerification(
  reports: ReadonlyArray<readonly [string, { verified?: boolean; detail: string; markdown?: string }]>
): { verified?: boolean; detail: string; markdown?: string } | undefined {
  if (!reports.length) return undefined
  const failed = reports.filter(([, r]) => r.verified === false)
  const passed = reports.filter(([, r]) => r.verified === true)
  const verified = failed.length ? false : passed.length === reports.length ? true : undefined
  const detail = failed.length
    ? failed.map(([n, r]) => `${n}: ${r.detail}`).join('; ')
    : `${passed.length} of ${reports.length} workload(s) verified${
        passed.length < reports.length
          ? ` (${reports
              .filter(([, r]) => r.verified === undefined)
              .map(([n]) => n)
              .join(', ')}: not verified)`
          : ''
      }`
  const markdown = reports.map(([n, r]) => `##### ${n}\n\n${r.markdown ?? r.detail}\n`).join('\n')
  return { verified, detail, markdown }
}
