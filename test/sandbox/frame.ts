// The sandbox frame: HTTPS servers on 127.0.0.1, a router with named operations, a request log, and
// fault/latency injection that applies to every service the same way. Services (ARM, Entra ID, the
// Kubernetes API, GitHub, ...) are plain route tables registered on a `Service`; they never see sockets.
import { createServer, type Server } from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { createHash, randomUUID } from 'node:crypto'
import type { AddressInfo, Socket } from 'node:net'
import type { SandboxTls } from './ca.js'

export interface SandboxRequest {
  service: string
  /** Name of the matched route, e.g. `msi.identities.put`. */
  operation: string
  method: string
  /** Full URL as received (https://127.0.0.1:port/path?query). */
  url: URL
  /** Decoded path without query. */
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: Buffer
  /** Path parameters captured by the route pattern (`{name}` segments), URI-decoded. */
  params: Record<string, string>
  requestId: string
  /** Parsed JSON body, or undefined when empty; throws HttpError(400) when the body is not JSON. */
  json<T = unknown>(): T | undefined
}

export interface SandboxResponse {
  status: number
  headers?: Record<string, string | string[]>
  /** Objects are sent as JSON; strings and Buffers as they are. */
  body?: unknown
}

export type Handler = (req: SandboxRequest) => SandboxResponse | Promise<SandboxResponse>

/** Throw from a handler to answer with a given status and body. */
export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: unknown,
    public readonly headers: Record<string, string> = {}
  ) {
    super(typeof body === 'string' ? body : `HTTP ${status}`)
  }
}

interface Route {
  method: string
  operation: string
  regex: RegExp
  names: string[]
  handler: Handler
}

/**
 * A route pattern is a path with `{name}` segments (one segment each) and an optional trailing `{*name}`
 * (the rest of the path, possibly containing slashes). Literal segments match case-insensitively, as ARM does.
 */
export function compilePattern(pattern: string, caseInsensitive = true): { regex: RegExp; names: string[] } {
  const names: string[] = []
  const src = pattern
    .split('/')
    .map((seg) => {
      const rest = /^\{\*(\w+)\}$/.exec(seg)
      if (rest) {
        names.push(rest[1]!)
        return '(.+)'
      }
      return seg.replace(/\{(\w+)\}|([^{}]+)/g, (_m, name: string | undefined, lit: string | undefined) => {
        if (name) {
          names.push(name)
          return '([^/]+)'
        }
        return lit!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      })
    })
    .join('/')
  return { regex: new RegExp(`^${src}$`, caseInsensitive ? 'i' : ''), names }
}

export class Router {
  private readonly routes: Route[] = []
  constructor(private readonly caseInsensitive = true) {}

  add(method: string, pattern: string, operation: string, handler: Handler): this {
    const { regex, names } = compilePattern(pattern, this.caseInsensitive)
    this.routes.push({ method: method.toUpperCase(), operation, regex, names, handler })
    return this
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | { allowed: string[] } | undefined {
    const allowed: string[] = []
    for (const route of this.routes) {
      const m = route.regex.exec(path)
      if (!m) continue
      if (route.method !== method && route.method !== '*') {
        allowed.push(route.method)
        continue
      }
      const params: Record<string, string> = {}
      route.names.forEach((n, i) => {
        params[n] = safeDecode(m[i + 1] ?? '')
      })
      return { route, params }
    }
    return allowed.length ? { allowed } : undefined
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}

// ---------------------------------------------------------------------------------------------------
// Faults and latency

/**
 * `status`: answer with `status`; `reset`: drop the connection; `timeout`: never answer (the connection is held
 * until the client gives up or the sandbox stops); `latency`: a spike, `latencyMs` added to the share `rate` of
 * matching requests, which are then handled normally.
 */
export type FaultKind = 'status' | 'reset' | 'timeout' | 'latency'

/**
 * `before` (default): the fault answers instead of the handler; nothing changes. `after`: the handler runs (a
 * write is stored) and then its answer is lost: the connection is reset, held open (timeout) or answered with
 * `status` instead: the write succeeded but the client cannot know.
 */
export type FaultPhase = 'before' | 'after'

export interface FaultRule {
  id?: string
  /** Service name (`arm`, `entra`, `kube`, `github`, ...); omitted = every service. */
  service?: string
  /** Route operation name, or a regex source matched against it (`^msi\\.`). */
  operation?: string
  /** An HTTP method, or several as alternatives (`PUT|POST|PATCH|DELETE`); case-insensitive. */
  method?: string
  /** Regex source matched (case-insensitively) against the path. */
  path?: string
  /** Added latency in ms before the request is handled (every matching request; with kind=latency, a spike on the share `rate`). */
  latencyMs?: number
  /** Probability 0..1 that the request fails (default 1 when `kind` is set, else 0). */
  rate?: number
  kind?: FaultKind
  /** When the fault hits (default `before`); see FaultPhase. Not for kind=latency. */
  phase?: FaultPhase
  /** For kind=status: the status (429, 500, 503, ...). */
  status?: number
  /** For 429/503: the Retry-After value in seconds. */
  retryAfter?: number
  /** Response body for kind=status; defaults to the service's error shape. */
  body?: unknown
  /** Fire at most this many times, then the rule is spent (scripted one-off failures). */
  times?: number
  /**
   * Seed of the rule's random draws (`rate`). Without it, draws use Math.random. With it, the rule draws from
   * a counter-based PRNG keyed by the seed, the rule's definition, and the request's service, method and
   * operation (for Kubernetes, also the resource type): the n-th request of one operation gets the same draw in
   * every run with the same seed, whatever other operations were in flight. A seeded rule draws on every matching
   * request, whether or not an earlier rule already failed it, so its draws do not depend on the other rules.
   * See test/sandbox/README.md (Faults).
   */
  seed?: number | string
  /**
   * Hold each matching request at the server, before it is handled (and before any latency or fault of its
   * rules), until the test releases it (`Faults.release(id)`, `POST /faults/{id}/release`); `Faults.held(id)`
   * resolves once one is waiting. The way to make something happen "while a request is in flight" without
   * racing a timer. A stopping sandbox lets held requests go without handling them.
   */
  hold?: boolean
}

/** What `Faults.evaluate` decided for one request. */
export interface FaultDecision {
  /** Total latency to add before handling. */
  latencyMs: number
  /** The first failing rule that fired (one of its `times` spent). */
  fail?: FaultRule
  /** Ids of the latency rules (kind=latency) that fired. */
  spikes: string[]
  /** The hold rules that matched: the request waits for each to be released before anything else happens. */
  hold: FaultRule[]
  /** Ids of the rules that added latency (steady `latencyMs` or a spike). */
  slow: string[]
}

export interface LogEntry {
  seq: number
  service: string
  operation: string
  method: string
  /** Path and query as received. */
  path: string
  /** The status the client received; 0 when it received none (reset, timeout). */
  status: number
  /** Epoch ms (with sub-ms precision) when the request arrived and when the response was finished (for a timeout: when the connection closed). */
  start: number
  end: number
  requestId: string
  /** Set when an injected fault answered the request. */
  fault?: string
  /** For a fault in phase `after`: the status of the handler's answer that the client never saw (the request was acted on). */
  acted?: number
  /** Ids of latency spikes (kind=latency) that delayed the request. */
  spikes?: string[]
  /** Latency injected by fault rules (steady latency and spikes) before the request was handled (ms), when there was any. */
  latencyMs?: number
  /** True for methods that change state (POST/PUT/PATCH/DELETE), except known read-only POSTs and dry runs. */
  write: boolean
  /** Where the response broke the service's published schema (services that check their responses). */
  problems?: string[]
  /**
   * A request the sandbox made to itself (Entra reading an issuer's discovery document and keys while it checks an
   * assertion): not the client's round trip, so it is not charged injected latency (faults and holds still apply).
   */
  internal?: true
}

/**
 * The header (and this process's value for it) that marks a sandbox's own request to one of its services (see
 * LogEntry.internal). The value is random per process, so no client can claim it by accident.
 */
export const INTERNAL_REQUEST_HEADER = 'x-sandbox-internal'
export const INTERNAL_REQUEST_TOKEN = randomUUID()

/** Read-only POSTs (they change nothing): Entra token, listCredential, TokenRequest (mints, stores nothing), SSAR. */
const READ_ONLY_POST = /(oauth2\/v2\.0\/token|oauth2\/token|listClusterUserCredential|listClusterAdminCredential|listClusterMonitoringUserCredential|\/token$|selfsubjectaccessreviews|selfsubjectrulesreviews)/i

type StoredRule = FaultRule & { id: string; /** Stable text of the rule's definition, for its PRNG streams. */ key: string }

/** A uniform draw in [0, 1) from SHA-256 of (seed, rule, stream, n): the same inputs give the same number everywhere. */
export function seededDraw(seed: number | string, rule: string, stream: string, n: number): number {
  const h = createHash('sha256').update(`${String(seed)}\u0000${rule}\u0000${stream}\u0000${n}`).digest()
  return h.readUIntBE(0, 6) / 2 ** 48
}

export class Faults {
  private rules: StoredRule[] = []
  private counter = 0
  /** Draws taken per (rule, stream), for seeded rules. */
  private readonly draws = new Map<string, number>()
  /** Held requests per rule id (their release functions), and tests waiting for one to arrive. */
  private readonly holding = new Map<string, Array<() => void>>()
  private readonly arrivals: Array<{ id: string; count: number; arrived: () => void }> = []

  add(rule: FaultRule): string {
    const id = rule.id ?? `fault-${++this.counter}`
    const { id: _id, times: _times, ...definition } = rule
    this.rules.push({ ...rule, id, key: JSON.stringify(Object.entries(definition).sort(([a], [b]) => (a < b ? -1 : 1))) })
    return id
  }

  remove(id: string): void {
    this.rules = this.rules.filter((r) => r.id !== id)
    this.release(id)
  }

  /** Removes every rule and forgets every seeded stream's position (the same rules added again replay the same draws). */
  clear(): void {
    this.rules = []
    this.draws.clear()
    for (const id of [...this.holding.keys()]) this.release(id)
  }

  list(): FaultRule[] {
    // heldNow: the requests the rule keeps in flight right now (hold rules always say, others when they keep any).
    return this.rules.map(({ key: _key, ...r }) => {
      const heldNow = this.holding.get(r.id)?.length ?? 0
      return { ...r, ...(r.hold || heldNow ? { heldNow } : {}) }
    })
  }

  /**
   * Resolves once `count` requests are kept in flight at the same time by rule `id` (at once if they already
   * are): proof that they were all in flight together. A rule keeps a request in flight while it holds it
   * (`hold`), delays it (`latencyMs`, a spike) or leaves it unanswered (`timeout`, until the client gives up).
   */
  held(id: string, count = 1): Promise<void> {
    if ((this.holding.get(id)?.length ?? 0) >= count) return Promise.resolve()
    return new Promise((arrived) => this.arrivals.push({ id, count, arrived }))
  }

  /**
   * Lets every request kept by rule `id` go on: a held request is handled, a delayed one's latency ends, an
   * unanswered one's connection is closed. Returns how many there were.
   */
  release(id: string): number {
    const held = this.holding.get(id) ?? []
    this.holding.delete(id)
    for (const go of held) go()
    return held.length
  }

  /**
   * One request kept in flight by rule `id` (see `held`): `released` resolves on `release(id)`; `done()` forgets
   * it once the request has gone on by itself (its latency over, its client gone, the sandbox stopping).
   */
  keep(id: string): { released: Promise<void>; done: () => void } {
    let go: () => void = () => undefined
    const released = new Promise<void>((resolve) => (go = resolve))
    const kept = [...(this.holding.get(id) ?? []), go]
    this.holding.set(id, kept)
    for (const a of this.arrivals.filter((x) => x.id === id && kept.length >= x.count)) {
      this.arrivals.splice(this.arrivals.indexOf(a), 1)
      a.arrived()
    }
    const done = (): void => {
      const rest = (this.holding.get(id) ?? []).filter((g) => g !== go)
      if (rest.length) this.holding.set(id, rest)
      else this.holding.delete(id)
    }
    return { released, done }
  }

  /**
   * Keeps a request until every hold rule matching it releases it (called by the service before handling).
   * `signal` (the service stopping) lets it go at once.
   */
  async wait(rules: FaultRule[], signal?: AbortSignal): Promise<void> {
    for (const rule of rules) {
      const kept = this.keep(rule.id!)
      await untilAborted(kept.released, signal)
      kept.done()
    }
  }

  /**
   * Injected latency: keeps a request for `ms`, counted as kept by each rule of `ids` (the rules that added it);
   * `release` of any of them, or `signal` (the service stopping), ends it early.
   */
  async delay(ms: number, ids: string[], signal?: AbortSignal): Promise<void> {
    const kept = ids.map((id) => this.keep(id))
    const early = new AbortController()
    const stop = (): void => early.abort()
    if (signal?.aborted) stop()
    signal?.addEventListener('abort', stop, { once: true })
    for (const k of kept) void k.released.then(stop)
    await sleep(ms, early.signal)
    signal?.removeEventListener('abort', stop)
    for (const k of kept) k.done()
  }

  private fires(rule: StoredRule, stream: string): boolean {
    const rate = rule.rate ?? 1
    if (rule.seed === undefined) return rate >= 1 || Math.random() < rate
    const k = `${rule.key}\u0000${stream}`
    const n = this.draws.get(k) ?? 0
    this.draws.set(k, n + 1)
    return seededDraw(rule.seed, rule.key, stream, n) < rate
  }

  /**
   * The hold rules, the latency to add, the latency spikes, and the first failing rule that fires (spending one
   * of its `times`). `kind` narrows a generic operation for seeded streams (the Kubernetes API's
   * `kube.object.create` serves every resource type: its `{resource}` route parameter). An `internal` request (the
   * sandbox's own, LogEntry.internal) gets no latency: latency rules neither delay it nor spend a draw or a `times`.
   */
  evaluate(service: string, operation: string, method: string, path: string, kind?: string, internal = false): FaultDecision {
    let latencyMs = 0
    let fail: StoredRule | undefined
    const spikes: string[] = []
    const hold: FaultRule[] = []
    const slow: string[] = []
    const stream = `${service} ${method} ${operation}${kind ? ` ${kind}` : ''}`
    for (const rule of this.rules) {
      if (rule.service && rule.service !== service) continue
      if (rule.method && !methodMatches(rule.method, method)) continue
      if (rule.operation && rule.operation !== operation && !safeRegex(rule.operation).test(operation)) continue
      if (rule.path && !safeRegex(rule.path, 'i').test(path)) continue
      if (rule.times !== undefined && rule.times <= 0) continue
      if (rule.hold) {
        hold.push(rule)
        // A pure hold rule spends one of its `times` per request held; one with a kind spends it when it fires.
        if (rule.times !== undefined && !rule.kind) rule.times -= 1
      }
      if (rule.kind === 'latency') {
        if (!internal && this.fires(rule, stream)) {
          latencyMs += rule.latencyMs ?? 0
          spikes.push(rule.id)
          if (rule.latencyMs) slow.push(rule.id)
          if (rule.times !== undefined) rule.times -= 1
        }
        continue
      }
      if (!internal) {
        latencyMs += rule.latencyMs ?? 0
        if (rule.latencyMs) slow.push(rule.id)
      }
      if (!rule.kind) continue
      // Seeded rules draw whether or not an earlier rule fired: their streams do not depend on other rules.
      if (fail && rule.seed === undefined) continue
      if (this.fires(rule, stream) && !fail) {
        fail = rule
        if (rule.times !== undefined) rule.times -= 1
      }
    }
    return { latencyMs, fail: fail && (({ key: _key, ...r }) => r)(fail), spikes, hold, slow }
  }
}

const methodMatches = (rule: string, method: string): boolean => rule.toUpperCase() === method || safeRegex(`^(?:${rule})$`, 'i').test(method)

function safeRegex(src: string, flags = ''): RegExp {
  try {
    return new RegExp(src, flags)
  } catch {
    return /$^/
  }
}

// ---------------------------------------------------------------------------------------------------
// Secrets the sandbox issued, so a harness can check that none of them ends up in what a client wrote.

export type SecretKind =
  | 'entra-access-token'
  | 'github-id-token'
  | 'idtoken-request-token'
  | 'kube-service-account-token'
  | 'kube-admin-token'
  | 'github-jit-config'
  | 'github-runner-key'
  | 'github-token'
  | 'github-app-private-key'
  | 'client-secret'

export interface IssuedSecret {
  seq: number
  kind: SecretKind
  value: string
  /** Epoch ms. */
  issuedAt: number
}

/** Every credential the sandbox handed out or seeded; kept across reset (a credential once issued stays a secret). */
export class SecretLedger {
  private entries: IssuedSecret[] = []
  private readonly seen = new Set<string>()
  private seq = 0
  add(kind: SecretKind, value: string): void {
    if (!value || this.seen.has(value)) return
    this.seen.add(value)
    this.entries.push({ seq: ++this.seq, kind, value, issuedAt: Date.now() })
  }
  all(since = 0): IssuedSecret[] {
    return this.entries.filter((e) => e.seq > since)
  }
}

export class RequestLog {
  private entries: LogEntry[] = []
  private seq = 0
  private readonly watchers = new Set<(e: LogEntry) => void>()
  push(e: Omit<LogEntry, 'seq'>): void {
    const entry = { ...e, seq: ++this.seq }
    this.entries.push(entry)
    for (const w of [...this.watchers]) w(entry)
  }
  all(): LogEntry[] {
    return this.entries.slice()
  }
  /** The sequence number of the last request logged (0 before the first); `clear()` does not reset it. */
  get lastSeq(): number {
    return this.seq
  }
  /**
   * Resolves with the first logged request (already logged, or the next one) that `match` accepts: a test
   * waits for the event it needs instead of for a while.
   */
  next(match: (e: LogEntry) => boolean): Promise<LogEntry> {
    const seen = this.entries.find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve) => {
      const w = (e: LogEntry): void => {
        if (!match(e)) return
        this.watchers.delete(w)
        resolve(e)
      }
      this.watchers.add(w)
    })
  }
  clear(): void {
    this.entries = []
  }
}

// ---------------------------------------------------------------------------------------------------
// A service: a named HTTPS server with a router, sharing the log and the faults.

export interface ServiceOptions {
  name: string
  router: Router
  /** The error body for injected faults and unmatched routes, in the service's own error shape. */
  errorBody: (status: number, code: string, message: string, requestId: string) => unknown
  /** Extra headers on every response (e.g. x-ms-request-id for ARM). */
  commonHeaders?: (requestId: string) => Record<string, string>
  /** Runs before routing (e.g. bearer-token checks); may throw HttpError. Not run for unmatched routes. */
  before?: (req: SandboxRequest) => void | Promise<void>
  /** Operations that skip `before` (e.g. discovery documents that need no token). */
  anonymous?: (operation: string) => boolean
  /** Checks a response against the service's published schema; problems are recorded in the request log. */
  check?: (req: SandboxRequest, status: number, body: unknown) => string[] | undefined
  /** Connections this service drops unanswered (e.g. a private API server reached from outside its network). */
  refuse?: (req: IncomingMessage) => boolean
}

export interface Frame {
  tls: SandboxTls
  log: RequestLog
  faults: Faults
  secrets: SecretLedger
}

export class Service {
  readonly name: string
  private server?: Server
  private readonly sockets = new Set<Socket>()
  /** Aborted by close(): latency sleeps and held (timeout) responses end with it. */
  private readonly stopping = new AbortController()
  url = ''

  constructor(
    private readonly frame: Frame,
    private readonly opts: ServiceOptions
  ) {
    this.name = opts.name
  }

  /**
   * Listens on `host:port` (a free port by default). `publicHost`, in real-hosts mode, is the name clients use
   * (port 443): the service's URL is then `https://{publicHost}`. `socketPath` listens on a Unix socket instead
   * (the admin API of a sandbox in a network namespace, reachable from outside it); the URL is then
   * `https://localhost` and clients connect through the socket.
   */
  async listen(port = 0, host = '127.0.0.1', publicHost?: string, socketPath?: string): Promise<string> {
    const server = createServer({ cert: this.frame.tls.certPem, key: this.frame.tls.keyPem }, (req, res) => {
      void this.handle(req, res)
    })
    server.keepAliveTimeout = 5000
    server.on('connection', (s: Socket) => {
      this.sockets.add(s)
      s.on('close', () => this.sockets.delete(s))
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      if (socketPath) server.listen(socketPath, () => resolve())
      else server.listen(port, host, () => resolve())
    })
    this.server = server
    if (socketPath) this.url = 'https://localhost'
    else if (publicHost) this.url = `https://${publicHost}${port === 443 ? '' : `:${port}`}`
    else this.url = `https://${host}:${(server.address() as AddressInfo).port}`
    return this.url
  }

  async close(): Promise<void> {
    this.stopping.abort()
    for (const s of this.sockets) s.destroy()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const start = performance.timeOrigin + performance.now()
    const requestId = randomUUID()
    const chunks: Buffer[] = []
    for await (const c of req) chunks.push(c as Buffer)
    const body = Buffer.concat(chunks)
    const url = new URL(req.url ?? '/', this.url)
    const method = (req.method ?? 'GET').toUpperCase()
    const path = safeDecode(url.pathname)
    const common = this.opts.commonHeaders?.(requestId) ?? {}
    const matched = this.opts.router.match(method, url.pathname)
    const operation = matched && 'route' in matched ? matched.route.operation : 'unmatched'
    const rawPath = url.pathname + url.search
    const internal = req.headers[INTERNAL_REQUEST_HEADER] === INTERNAL_REQUEST_TOKEN
    let status = 500
    let acted: number | undefined
    /** `problems`: where the answer broke the service's published schema (its `check`). */
    const finish = (problems?: string[]): void => {
      this.frame.log.push({
        service: this.name,
        operation,
        method,
        path: rawPath,
        status,
        start,
        end: performance.timeOrigin + performance.now(),
        requestId,
        fault: fail?.id,
        ...(acted !== undefined ? { acted } : {}),
        ...(spikes.length ? { spikes } : {}),
        ...(latencyMs ? { latencyMs } : {}),
        // A dry run (Kubernetes `?dryRun=All`) stores nothing, so it is not a write.
        ...(internal ? { internal: true as const } : {}),
        write: method !== 'GET' && method !== 'HEAD' && !(method === 'POST' && READ_ONLY_POST.test(url.pathname)) && url.searchParams.get('dryRun') !== 'All',
        ...(problems ? { problems } : {})
      })
    }

    const kind = matched && 'route' in matched ? matched.params.resource : undefined
    // The sandbox's own fetches (internal) are not charged injected latency: a run's wall shows the client's round trips.
    const { latencyMs, fail, spikes, hold, slow } = this.frame.faults.evaluate(this.name, operation, method, rawPath, kind, internal)
    if (!internal && this.opts.refuse?.(req)) {
      req.socket.destroy()
      status = 0
      return finish()
    }
    // Held requests wait first (the test decides when they go on), then injected latency; a sandbox stopping
    // meanwhile neither handles nor answers them.
    if (hold.length) await this.frame.faults.wait(hold, this.stopping.signal)
    if (latencyMs > 0 && !this.stopping.signal.aborted) await this.frame.faults.delay(latencyMs, slow, this.stopping.signal)
    if (this.stopping.signal.aborted) {
      status = 0
      return finish()
    }
    if (fail && fail.phase !== 'after') {
      status = await this.inject(fail, req, res, common, requestId)
      return finish()
    }

    const out = await this.respond(req, body, url, method, path, operation, matched, requestId)
    if (fail) {
      // Phase `after`: the handler acted (a write is stored); its answer is lost.
      acted = out.status
      if (isStream(out.body)) void out.body[Symbol.asyncIterator]().return?.()
      status = await this.inject(fail, req, res, common, requestId)
      return finish()
    }
    status = out.status
    if (isStream(out.body)) await sendStream(res, status, { ...common, ...(out.headers ?? {}) }, out.body)
    else send(res, status, { ...common, ...(out.headers ?? {}) }, out.body)
    finish(out.problems)
  }

  /** Answers with the injected fault; returns the status the client saw (0 for none). */
  private async inject(fail: FaultRule, req: IncomingMessage, res: ServerResponse, common: Record<string, string>, requestId: string): Promise<number> {
    if (fail.kind === 'reset') {
      req.socket.destroy()
      return 0
    }
    if (fail.kind === 'timeout') {
      // Never answer: hold the connection until the client gives up (its own timeout must fire), the sandbox
      // stops, or the test releases the rule (`Faults.held` counts the request meanwhile).
      const kept = this.frame.faults.keep(fail.id!)
      const closed = new Promise((resolve) => (res.destroyed ? resolve(undefined) : res.once('close', resolve)))
      await untilAborted(Promise.race([kept.released, closed]), this.stopping.signal)
      kept.done()
      if (!res.destroyed) req.socket.destroy()
      return 0
    }
    const status = fail.status ?? 500
    const headers: Record<string, string> = { ...common }
    if (fail.retryAfter !== undefined) headers['retry-after'] = String(fail.retryAfter)
    send(res, status, headers, fail.body ?? this.opts.errorBody(status, faultCode(status), faultMessage(status), requestId))
    return status
  }

  /** Routes the request and runs its handler; errors become their answers. */
  private async respond(
    req: IncomingMessage,
    body: Buffer,
    url: URL,
    method: string,
    path: string,
    operation: string,
    matched: ReturnType<Router['match']>,
    requestId: string
  ): Promise<{ status: number; headers?: Record<string, string | string[]>; body?: unknown; problems?: string[] }> {
    let sreq: SandboxRequest | undefined
    // The service's own check of its answer (e.g. ARM against the spec of the api-version asked for).
    const checked = (out: { status: number; headers?: Record<string, string | string[]>; body?: unknown }) => {
      const problems = sreq && !isStream(out.body) ? this.opts.check?.(sreq, out.status, out.body) : undefined
      return problems ? { ...out, problems } : out
    }
    try {
      if (!matched) throw new HttpError(404, this.opts.errorBody(404, 'NotFound', `No route for ${method} ${url.pathname}`, requestId))
      if ('allowed' in matched) {
        throw new HttpError(405, this.opts.errorBody(405, 'MethodNotAllowed', `${method} is not allowed on ${url.pathname}`, requestId), {
          allow: [...new Set(matched.allowed)].join(', ')
        })
      }
      sreq = {
        service: this.name,
        operation,
        method,
        url,
        path,
        query: url.searchParams,
        headers: req.headers,
        body,
        params: matched.params,
        requestId,
        json<T>(): T | undefined {
          if (body.length === 0) return undefined
          try {
            return JSON.parse(body.toString('utf8')) as T
          } catch {
            throw new HttpError(400, { error: { code: 'InvalidRequestContent', message: 'The request content was invalid and could not be deserialized.' } })
          }
        }
      }
      if (this.opts.before && !this.opts.anonymous?.(operation)) await this.opts.before(sreq)
      return checked(await matched.route.handler(sreq))
    } catch (err) {
      if (err instanceof HttpError) return checked({ status: err.status, headers: err.headers, body: err.body })
      const message = err instanceof Error ? err.message : String(err)
      return { status: 500, body: this.opts.errorBody(500, 'InternalServerError', `sandbox bug: ${message}`, requestId) }
    }
  }
}

function faultCode(status: number): string {
  if (status === 429) return 'TooManyRequests'
  if (status === 503) return 'ServiceUnavailable'
  if (status === 500) return 'InternalServerError'
  return 'InjectedFault'
}

function faultMessage(status: number): string {
  return `Injected fault: HTTP ${status}`
}

export function send(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: unknown): void {
  let payload: Buffer | undefined
  const h: Record<string, string | string[]> = { ...headers }
  if (body === undefined || body === null) payload = undefined
  else if (Buffer.isBuffer(body)) payload = body
  else if (typeof body === 'string') {
    payload = Buffer.from(body)
    if (!hasHeader(h, 'content-type')) h['content-type'] = 'text/plain; charset=utf-8'
  } else {
    payload = Buffer.from(JSON.stringify(body))
    if (!hasHeader(h, 'content-type')) h['content-type'] = 'application/json; charset=utf-8'
  }
  h['content-length'] = String(payload?.length ?? 0)
  res.writeHead(status, h)
  res.end(payload)
}

/** A body produced over time (e.g. a Kubernetes watch): sent chunked, each chunk as soon as it is produced. */
export type StreamBody = AsyncIterable<string | Buffer>

export function isStream(body: unknown): body is StreamBody {
  return typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && Symbol.asyncIterator in body
}

/** Streams `body` until it ends or the client goes away (then the iterator is told to return). */
export async function sendStream(res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: StreamBody): Promise<void> {
  res.writeHead(status, headers)
  res.flushHeaders()
  const it = body[Symbol.asyncIterator]()
  const stop = (): void => void it.return?.()
  res.on('close', stop)
  try {
    for (;;) {
      const { value, done } = await it.next()
      if (done || res.destroyed) break
      res.write(value)
    }
  } finally {
    res.off('close', stop)
    res.end()
  }
}

function hasHeader(h: Record<string, unknown>, name: string): boolean {
  return Object.keys(h).some((k) => k.toLowerCase() === name)
}

/** Resolves when `done` settles or when `signal` aborts, whichever comes first; no listener is left behind. */
function untilAborted(done: Promise<unknown>, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const end = (): void => {
      signal?.removeEventListener('abort', end)
      resolve()
    }
    signal?.addEventListener('abort', end, { once: true })
    void done.then(end, end)
  })
}

/** Resolves after `ms`, or at once when `signal` aborts (a stopping sandbox does not wait out injected latency). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}
