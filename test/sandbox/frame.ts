// The sandbox frame: HTTPS servers on 127.0.0.1, a router with named operations, a request log, and
// fault/latency injection that applies to every service the same way. Services (ARM, Entra ID, the
// Kubernetes API, GitHub, ...) are plain route tables registered on a `Service`; they never see sockets.
import { createServer, type Server } from 'node:https'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
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

export type FaultKind = 'status' | 'reset' | 'timeout'

export interface FaultRule {
  id?: string
  /** Service name (`arm`, `entra`, `kube`, `github`, ...); omitted = every service. */
  service?: string
  /** Route operation name, or a regex source matched against it (`^msi\\.`). */
  operation?: string
  method?: string
  /** Regex source matched (case-insensitively) against the path. */
  path?: string
  /** Added latency in ms before the request is handled (applies even when no error is injected). */
  latencyMs?: number
  /** Probability 0..1 that the request fails (default 1 when `kind` is set, else 0). */
  rate?: number
  kind?: FaultKind
  /** For kind=status: the status (429, 500, 503, ...). */
  status?: number
  /** For 429/503: the Retry-After value in seconds. */
  retryAfter?: number
  /** Response body for kind=status; defaults to the service's error shape. */
  body?: unknown
  /** Fire at most this many times, then the rule is spent (scripted one-off failures). */
  times?: number
  /**
   * Hold each matching request at the server, before it is handled, until the test releases it
   * (`Faults.release(id)`, `POST /faults/{id}/release`); `Faults.held(id)` resolves once one is waiting.
   * The way to make something happen "while a request is in flight" without racing a timer.
   */
  hold?: boolean
}

export interface LogEntry {
  seq: number
  service: string
  operation: string
  method: string
  /** Path and query as received. */
  path: string
  status: number
  /** Epoch ms (with sub-ms precision) when the request arrived and when the response was finished. */
  start: number
  end: number
  requestId: string
  /** Set when an injected fault answered the request. */
  fault?: string
  /** Latency injected by fault rules before the request was handled (ms), when there was any. */
  latencyMs?: number
  /** True for methods that change state (POST/PUT/PATCH/DELETE), except known read-only POSTs and dry runs. */
  write: boolean
}

/** Read-only POSTs (they change nothing): Entra token, listCredential, TokenRequest (mints, stores nothing), SSAR. */
const READ_ONLY_POST = /(oauth2\/v2\.0\/token|oauth2\/token|listClusterUserCredential|listClusterAdminCredential|listClusterMonitoringUserCredential|\/token$|selfsubjectaccessreviews|selfsubjectrulesreviews)/i

export class Faults {
  private rules: Array<FaultRule & { id: string }> = []
  private counter = 0
  /** Held requests per rule id (their release functions), and tests waiting for one to arrive. */
  private readonly holding = new Map<string, Array<() => void>>()
  private readonly arrivals: Array<{ id: string; count: number; arrived: () => void }> = []

  add(rule: FaultRule): string {
    const id = rule.id ?? `fault-${++this.counter}`
    this.rules.push({ ...rule, id })
    return id
  }

  remove(id: string): void {
    this.rules = this.rules.filter((r) => r.id !== id)
    this.release(id)
  }

  clear(): void {
    this.rules = []
    for (const id of [...this.holding.keys()]) this.release(id)
  }

  list(): FaultRule[] {
    return this.rules.map((r) => ({ ...r, ...(r.hold ? { heldNow: this.holding.get(r.id!)?.length ?? 0 } : {}) }))
  }

  /**
   * Resolves once `count` requests are held at the same time by hold rule `id` (at once if they already are):
   * proof that they were all in flight together.
   */
  held(id: string, count = 1): Promise<void> {
    if ((this.holding.get(id)?.length ?? 0) >= count) return Promise.resolve()
    return new Promise((arrived) => this.arrivals.push({ id, count, arrived }))
  }

  /** Lets every request held by rule `id` go on; returns how many there were. */
  release(id: string): number {
    const held = this.holding.get(id) ?? []
    this.holding.delete(id)
    for (const go of held) go()
    return held.length
  }

  /** Waits while hold rules matching this request keep it (called by the service before handling). */
  async wait(rules: FaultRule[]): Promise<void> {
    for (const rule of rules) {
      await new Promise<void>((go) => {
        const held = [...(this.holding.get(rule.id!) ?? []), go]
        this.holding.set(rule.id!, held)
        for (const a of this.arrivals.filter((x) => x.id === rule.id && held.length >= x.count)) {
          this.arrivals.splice(this.arrivals.indexOf(a), 1)
          a.arrived()
        }
      })
    }
  }

  /** Returns the total latency to add and the first failing rule that fires (spending one of its `times`). */
  evaluate(service: string, operation: string, method: string, path: string): { latencyMs: number; fail?: FaultRule; hold: FaultRule[] } {
    let latencyMs = 0
    let fail: FaultRule | undefined
    const hold: FaultRule[] = []
    for (const rule of this.rules) {
      if (rule.service && rule.service !== service) continue
      if (rule.method && rule.method.toUpperCase() !== method) continue
      if (rule.operation && rule.operation !== operation && !safeRegex(rule.operation).test(operation)) continue
      if (rule.path && !safeRegex(rule.path, 'i').test(path)) continue
      if (rule.times !== undefined && rule.times <= 0) continue
      latencyMs += rule.latencyMs ?? 0
      if (rule.hold) {
        hold.push(rule)
        if (rule.times !== undefined && !rule.kind) rule.times -= 1
      }
      if (!fail && rule.kind) {
        const rate = rule.rate ?? 1
        if (rate >= 1 || Math.random() < rate) {
          fail = rule
          if (rule.times !== undefined) rule.times -= 1
        }
      }
    }
    return { latencyMs, fail, hold }
  }
}

function safeRegex(src: string, flags = ''): RegExp {
  try {
    return new RegExp(src, flags)
  } catch {
    return /$^/
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
}

export interface Frame {
  tls: SandboxTls
  log: RequestLog
  faults: Faults
}

export class Service {
  readonly name: string
  private server?: Server
  private readonly sockets = new Set<Socket>()
  url = ''

  constructor(
    private readonly frame: Frame,
    private readonly opts: ServiceOptions
  ) {
    this.name = opts.name
  }

  async listen(port = 0): Promise<string> {
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
      server.listen(port, '127.0.0.1', () => resolve())
    })
    this.server = server
    this.url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
    return this.url
  }

  async close(): Promise<void> {
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
    let status = 500
    let faultId: string | undefined
    let injectedMs = 0
    const finish = (): void => {
      this.frame.log.push({
        service: this.name,
        operation,
        method,
        path: rawPath,
        status,
        start,
        end: performance.timeOrigin + performance.now(),
        requestId,
        fault: faultId,
        ...(injectedMs ? { latencyMs: injectedMs } : {}),
        // A dry run (Kubernetes `?dryRun=All`) stores nothing, so it is not a write.
        write: method !== 'GET' && method !== 'HEAD' && !(method === 'POST' && READ_ONLY_POST.test(url.pathname)) && url.searchParams.get('dryRun') !== 'All'
      })
    }

    const { latencyMs, fail, hold } = this.frame.faults.evaluate(this.name, operation, method, rawPath)
    if (hold.length) await this.frame.faults.wait(hold)
    injectedMs = latencyMs
    if (latencyMs > 0) await sleep(latencyMs)
    if (fail) {
      faultId = fail.id
      if (fail.kind === 'reset') {
        status = 0
        finish()
        req.socket.destroy()
        return
      }
      if (fail.kind === 'timeout') {
        status = 0
        finish()
        // Hold the connection open and never answer; the client's own timeout must fire.
        res.on('close', () => undefined)
        return
      }
      status = fail.status ?? 500
      const headers: Record<string, string> = { ...common }
      if (fail.retryAfter !== undefined) headers['retry-after'] = String(fail.retryAfter)
      send(res, status, headers, fail.body ?? this.opts.errorBody(status, faultCode(status), faultMessage(status), requestId))
      finish()
      return
    }

    try {
      if (!matched) throw new HttpError(404, this.opts.errorBody(404, 'NotFound', `No route for ${method} ${url.pathname}`, requestId))
      if ('allowed' in matched) {
        throw new HttpError(405, this.opts.errorBody(405, 'MethodNotAllowed', `${method} is not allowed on ${url.pathname}`, requestId), {
          allow: [...new Set(matched.allowed)].join(', ')
        })
      }
      const sreq: SandboxRequest = {
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
      const out = await matched.route.handler(sreq)
      status = out.status
      if (isStream(out.body)) await sendStream(res, status, { ...common, ...(out.headers ?? {}) }, out.body)
      else send(res, status, { ...common, ...(out.headers ?? {}) }, out.body)
    } catch (err) {
      if (err instanceof HttpError) {
        status = err.status
        send(res, status, { ...common, ...err.headers }, err.body)
      } else {
        status = 500
        const message = err instanceof Error ? err.message : String(err)
        send(res, status, common, this.opts.errorBody(500, 'InternalServerError', `sandbox bug: ${message}`, requestId))
      }
    }
    finish()
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

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms))
}
