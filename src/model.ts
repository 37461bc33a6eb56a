// The engine's vocabulary: desired resources, the kinds that know how to observe and change them, and the
// plan steps that connect the two. Types only (plus two constants): no I/O, no SDKs.
import type { Mode } from './constants.js'
import type { Ownership } from './ownership.js'

/** What a step does to its resource. `conflict` = the desired state cannot be reached without the user. */
export type Action = 'create' | 'update' | 'replace' | 'delete' | 'unchanged' | 'conflict'

/** The actions that change something (what the `changes` output counts). */
export const CHANGING_ACTIONS: ReadonlySet<Action> = new Set<Action>(['create', 'update', 'replace', 'delete'])

/** Shown for a desired value that is only known once a dependency has been applied (Terraform's wording). */
export const UNKNOWN = '(known after apply)'

/** One field that differs: `from` is undefined when the resource or field is absent, `to` when it goes away. */
export interface FieldDiff {
  field: string
  from?: unknown
  to?: unknown
}

/** What a kind's pure diff concludes for one resource. */
export interface Change {
  action: Action
  diff: FieldDiff[]
  /** Why, in a few words: the conflict's explanation, or a note such as an adoption. */
  reason?: string
  /** The existing resource's ID, when there is one. */
  id?: string
  /**
   * Things next to the resource that are not this action's and that it leaves alone (another credential trusting
   * the same subject, a resource destroy keeps): shown as notices, never counted as drift.
   */
  notices?: string[]
  /** Whose the resource is: created by this action for this workload (`owned`), or found and `adopted`. */
  ownership?: Ownership
  /** The change only follows demand (`runner-count: auto` scaling to the queued jobs): applied, never drift. */
  scaling?: boolean
}

export interface Step extends Change {
  key: string
  kind: string
  /** Keys of the steps that must finish first (apply order; destroy walks it backwards). */
  dependsOn: string[]
  /** A run of several workloads (a workloads file): the workloads this resource is part of (several: shared). */
  workloads?: string[]
}

/**
 * The plan, also the `plan` output (JSON). Version 1 shape, kept stable for consumers:
 * `{ version: 1, mode, steps: [{ key, kind, action, reason?, diff: [{ field, from, to }], id?, ownership?, notices? }] }`
 * (`ownership` and `notices` are additive extensions: 'owned' or 'adopted', and what the step leaves alone).
 * Steps are in dependency order.
 */
export interface Plan {
  version: 1
  mode: Mode
  steps: Step[]
}

/** Values a resource offers its dependents (client ID, issuer URL, ...): strings, or undefined when unknown. */
export type Outputs = Record<string, string | undefined>

/** Looks up the outputs of a dependency by key (observed at plan time, as applied at apply time). */
export type Refs = (key: string) => Outputs

/** A resource the user wants, with a stable key. Its spec may depend on what its dependencies report. */
export interface Resource<S = unknown> {
  key: string
  /** Names the ResourceKind that handles it. */
  kind: string
  /** Keys that must be applied first. */
  dependsOn: string[]
  /**
   * The desired fields, given other resources' outputs: a dependency's as applied, any other resource's as
   * observed (e.g. the identity reads the cluster's location without waiting for a cluster update).
   * Values may be missing at plan time (`?? UNKNOWN`).
   */
  spec(refs: Refs): S
}

/** What every kind gets from the engine besides its services. */
export interface KindTools {
  log: Logger
  /** The one retry helper for eventual-consistency errors (see retry.ts). */
  retry: <T>(fn: () => Promise<T>, what: string) => Promise<T>
  /** Runs `fn` once per key for the whole run and shares the promise (e.g. one role-assignment list per scope). */
  memo<T>(key: string, fn: () => Promise<T>): Promise<T>
  /** Serialises everything run under the same key (e.g. all federated-credential writes of one identity). */
  exclusive<T>(key: string, fn: () => Promise<T>): Promise<T>
  /**
   * Aborted when the run was stopped (SIGTERM, the `timeout` input) and its grace for requests in flight has
   * passed: hand it to waits and polls (the adapters' requests carry it already).
   */
  signal: AbortSignal
  /** Throws (StoppedError) once the run was stopped: call before starting a write, so that no new one starts. */
  checkpoint(): void
  /**
   * Registers something half made and how to remove it (a JIT registration without its pod, a pod without its
   * Secret); call the returned function once it is whole. If the run stops first, the engine removes it (the
   * undo gets a fresh signal of its own: the run's is aborted by then).
   */
  halfMade(what: string, undo: (signal: AbortSignal) => Promise<void>): () => void
}

/**
 * Everything a kind may use to talk to the world: the engine's tools and the services the kind names in its
 * type (`KindContext<{ azure: AzureServices }>`). The engine builds it; kinds never build clients themselves.
 */
export type KindContext<Services = object> = KindTools & Services

/** Where a run's messages go (the Sink in report.ts is one). */
export interface Logger {
  info(message: string): void
  warning(message: string): void
}

/**
 * What a kind may learn about another resource while observing: that resource's outputs as observed, or
 * undefined when it does not exist. Waits only for that one observation, so independent reads run in parallel.
 */
export type Upstream = (key: string) => Promise<Outputs | undefined>

/**
 * How one kind of resource is read, compared and changed. A new kind (namespace, service account, runner) plugs in
 * by implementing this and adding resources of its kind to the desired state: the engine core does not change.
 * `Services` names what the kind needs from the engine (e.g. `{ azure: AzureServices }`).
 */
export interface ResourceKind<S = unknown, O = unknown, Services = object> {
  readonly kind: string
  /** Reads the resource; undefined when it does not exist. */
  observe(resource: Resource<S>, spec: S, ctx: KindContext<Services>, upstream: Upstream): Promise<O | undefined>
  /** Pure: the desired spec against the observed state. */
  diff(spec: S, observed: O | undefined): Change
  /**
   * Makes the resource match `spec`; returns the state after. Called only for steps that change something
   * (create, update, replace): an unchanged resource keeps its observed state and is never written.
   */
  apply(step: Step, spec: S, observed: O | undefined, ctx: KindContext<Services>): Promise<O>
  /** What dependents (and the action's outputs) may read from this resource's state. */
  outputs(observed: O | undefined, spec: S): Outputs
  /** Pure: whether this action may delete what it observed (it carries our ownership mark). Absent = never deleted. */
  owned?(observed: O, spec: S): boolean
  /**
   * Pure: the lane of a step (e.g. every federated-credential write of one identity, which Azure refuses to take
   * concurrently): steps of one lane are applied and destroyed one after another, and one waiting for its turn holds
   * no concurrency slot. Undefined = no lane.
   */
  lane?(spec: S): string | undefined
  /** Deletes the resource (destroy mode). */
  destroy?(step: Step, spec: S, observed: O, ctx: KindContext<Services>): Promise<void>
  /**
   * Pure, destroy: the fields destroy removes from a resource it does not own (an adopted one, which stays). Non-empty:
   * the step is an `update` and `apply` is called to remove them (the spec says it is destroy mode).
   */
  release?(observed: O, spec: S): FieldDiff[]
  /** Deleting it deletes what is inside it (a namespace): even a released dependent that stays keeps it. */
  readonly contains?: boolean
  /** Pure: whether an observation means the resource exists (default: observed at all). E.g. a role lookup without an assignment. */
  exists?(observed: O, spec: S): boolean
  /** Pure: why destroy keeps this resource (it is not this action's), in words for a notice. Absent = a generic reason. */
  keepReason?(observed: O, spec: S): string
  /** Pure: foreign objects next to the resource worth a notice (left alone, not drift). */
  notices?(observed: O | undefined, spec: S): string[]
  /**
   * Pure, destroy: why the resources this one depends on must stay even when this one goes (e.g. other people's
   * credentials on the identity would be deleted with it). Undefined = no objection.
   */
  keepsDependencies?(observed: O, spec: S): string | undefined
}
