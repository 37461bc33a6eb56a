// startSandbox(): every emulator on its own HTTPS port on 127.0.0.1, sharing one CA, one request log and
// one set of fault rules; plus an admin server to read the log, set faults, reset and seed.
import { mkdtemp, writeFile, mkdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { generateTls, type SandboxTls } from './ca.js'
import { SandboxClock } from './clock.js'
import { assertNamesResolveLocally, realHosts, type RealHost } from './real-hosts.js'
import { Faults, HttpError, RequestLog, Router, SecretLedger, Service, type FaultRule, type Frame, type IssuedSecret, type LogEntry } from './frame.js'
import { sandboxCloud, sandboxRegion, type SandboxContext, type SandboxOptions, type SandboxUrls, type ServicePart } from './context.js'
import { createAzureParts } from './azure/index.js'
import { createKubeParts } from './kube/index.js'
import { createGitHubParts } from './github/index.js'

export type { SandboxOptions, SandboxUrls, LogEntry, FaultRule, IssuedSecret }

export interface Sandbox {
  urls: SandboxUrls
  tls: SandboxTls
  /** Directory holding ca.pem, kubeconfig and the other files parts write. */
  dir: string
  caFile: string
  /** Paths of the files parts wrote (e.g. `kubeconfig`). */
  files: Record<string, string>
  tenantId: string
  subscriptionId: string
  log: RequestLog
  faults: Faults
  /** Every credential the sandbox issued or seeded (tokens, JIT configs, keys), for leak checks. */
  secrets: SecretLedger
  ctx: SandboxContext
  parts: Record<string, ServicePart>
  /** Action inputs (names as in action.yml) that point the action at the sandbox. */
  inputs: Record<string, string>
  /** Environment for a process that runs the action against the sandbox (includes NODE_EXTRA_CA_CERTS). */
  env: Record<string, string>
  /** Every part back to its seeded state; the log and faults cleared. */
  reset(): void
  stop(): Promise<void>
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  // Real-hosts mode: every service on 443 at its own loopback address, named as in Azure and GitHub.
  const hosts: RealHost[] | undefined = options.realHosts
    ? realHosts({ location: sandboxRegion(options), dnsPrefix: `${String(options.azure?.clusterName ?? 'aks-sandbox')}-dns`, cloud: sandboxCloud(options) })
    : undefined
  if (hosts) await assertNamesResolveLocally(hosts)
  const tls = options.tls ?? (await generateTls(hosts ? { dns: hosts.map((h) => h.host), ips: [...new Set(hosts.map((h) => h.ip))] } : {}))
  const frame: Frame = { tls, log: new RequestLog(), faults: new Faults(), secrets: new SecretLedger() }
  const dir = options.dir ?? (await mkdtemp(join(tmpdir(), 'aks-wi-sandbox-')))
  await mkdir(dir, { recursive: true })
  const ownsDir = !options.dir
  const urls = {} as SandboxUrls
  const ctx: SandboxContext = {
    frame,
    urls,
    clock: new SandboxClock(),
    tenantId: (options.azure?.tenantId as string | undefined) ?? '72f988bf-86f1-41af-91ab-2d7cd011db47',
    subscriptionId: (options.azure?.subscriptionId as string | undefined) ?? '00000000-0000-4000-8000-00000000a11c',
    parts: {},
    options
  }
  const partList: ServicePart[] = [...createAzureParts(ctx), ...createKubeParts(ctx), ...createGitHubParts(ctx)]
  const parts: Record<string, ServicePart> = {}
  const services: Service[] = []
  for (const part of partList) {
    parts[part.name] = part
    const svc = new Service(frame, {
      name: part.name,
      router: part.router,
      errorBody: part.errorBody,
      commonHeaders: part.commonHeaders,
      before: part.before,
      anonymous: part.anonymous,
      check: part.check,
      refuse: part.refuse
    })
    services.push(svc)
  }
  const listen = (svc: Service): Promise<string> => {
    const real = hosts?.find((h) => h.service === svc.name)
    return real ? svc.listen(443, real.ip, real.host) : svc.listen(options.ports?.[svc.name as keyof SandboxUrls] ?? 0)
  }
  await Promise.all(services.map(async (svc) => (urls[svc.name as keyof SandboxUrls] = await listen(svc))))

  const reset = (): void => {
    frame.log.clear()
    frame.faults.clear()
    ctx.clock.reset()
    for (const p of partList) p.reset()
  }

  // Admin server: its own (unlogged) frame so tests' reads of the log do not show up in it.
  const adminRouter = new Router()
  const j = (body: unknown, status = 200) => ({ status, body })
  adminRouter
    .add('GET', '/log', 'admin.log', (req) => {
      const since = Number(req.query.get('since') ?? 0)
      return j({ entries: frame.log.all().filter((e) => e.seq > since) })
    })
    .add('DELETE', '/log', 'admin.log.clear', () => (frame.log.clear(), { status: 204 }))
    .add('GET', '/faults', 'admin.faults', () => j({ rules: frame.faults.list() }))
    .add('POST', '/faults', 'admin.faults.add', (req) => {
      // One rule, or a rule set `{ seed?, rules: [...] }` whose rules take `seed` unless they have their own.
      const b = req.json<FaultRule | { seed?: number | string; rules?: FaultRule[] }>()
      if (!b || typeof b !== 'object') throw new HttpError(400, { error: 'a fault rule (JSON) is required' })
      if ('rules' in b) {
        if (!Array.isArray(b.rules)) throw new HttpError(400, { error: 'rules must be an array of fault rules' })
        const seed = b.seed
        return j({ ids: b.rules.map((r) => frame.faults.add(seed !== undefined && r.seed === undefined ? { ...r, seed } : r)) }, 201)
      }
      return j({ id: frame.faults.add(b as FaultRule) }, 201)
    })
    .add('DELETE', '/faults', 'admin.faults.clear', () => (frame.faults.clear(), { status: 204 }))
    .add('DELETE', '/faults/{id}', 'admin.faults.remove', (req) => (frame.faults.remove(req.params.id!), { status: 204 }))
    .add('POST', '/faults/{id}/release', 'admin.faults.release', (req) => j({ released: frame.faults.release(req.params.id!) }))
    .add('POST', '/reset', 'admin.reset', () => (reset(), { status: 204 }))
    .add('GET', '/clock', 'admin.clock', () => j({ skewMs: ctx.clock.skewMs, now: ctx.clock.now() }))
    .add('POST', '/clock', 'admin.clock.set', (req) => {
      const body = req.json<{ skewMs?: number; advanceMs?: number }>() ?? {}
      try {
        if (body.advanceMs !== undefined) ctx.clock.advance(Number(body.advanceMs))
        else ctx.clock.setSkew(Number(body.skewMs ?? 0))
      } catch (err) {
        throw new HttpError(400, { error: (err as Error).message })
      }
      return j({ skewMs: ctx.clock.skewMs, now: ctx.clock.now() })
    })
    .add('GET', '/state', 'admin.state', (req) => {
      const detail = req.query.get('detail') === 'full' ? 'full' : 'summary'
      return j(Object.fromEntries(partList.map((p) => [p.name, p.dump?.(detail) ?? null])))
    })
    .add('GET', '/secrets', 'admin.secrets', (req) => j({ secrets: frame.secrets.all(Number(req.query.get('since') ?? 0)) }))
  for (const part of partList) for (const a of part.admin ?? []) adminRouter.add(a.method, `/${part.name}${a.pattern}`, `admin.${part.name}`, a.handler)
  const admin = new Service(
    { tls, log: new RequestLog(), faults: new Faults(), secrets: new SecretLedger() },
    { name: 'admin', router: adminRouter, errorBody: (status, code, message) => ({ error: { code, message, status } }) }
  )
  if (options.adminSocket) await rm(options.adminSocket, { force: true })
  urls.admin = await admin.listen(options.ports?.admin ?? 0, '127.0.0.1', undefined, options.adminSocket)

  // Parts' asynchronous start-up (e.g. an external cluster's issuer) once every service listens.
  await Promise.all(partList.map((p) => p.init?.()))

  const caFile = join(dir, 'ca.pem')
  await writeFile(caFile, tls.caPem)
  const files: Record<string, string> = { ca: caFile }
  for (const part of partList) {
    for (const [name, content] of Object.entries(part.files?.() ?? {})) {
      const path = join(dir, name)
      await writeFile(path, content, { mode: 0o600 })
      files[name] = path
    }
  }
  const inputs: Record<string, string> = Object.assign({}, ...partList.map((p) => p.inputs?.() ?? {}))
  // REQUESTS_CA_BUNDLE: the Azure CLI (Python requests) trusts the sandbox CA through it.
  const env: Record<string, string> = Object.assign({ NODE_EXTRA_CA_CERTS: caFile, ...(hosts ? { REQUESTS_CA_BUNDLE: caFile } : {}) }, ...partList.map((p) => p.env?.() ?? {}))

  return {
    urls,
    tls,
    dir,
    caFile,
    files,
    tenantId: ctx.tenantId,
    subscriptionId: ctx.subscriptionId,
    log: frame.log,
    faults: frame.faults,
    secrets: frame.secrets,
    ctx,
    parts,
    inputs,
    env,
    reset,
    async stop() {
      await Promise.all([...services, admin].map((s) => s.close()))
      if (ownsDir) await rm(dir, { recursive: true, force: true })
    }
  }
}

/** A fresh identifier in the form Azure uses for request and correlation IDs. */
export const newId = (): string => randomUUID()
