// `cluster-access: run-command`: every Kubernetes request of the run goes through the AKS run-command API
// (ManagedClusters_RunCommand), for clusters whose API server this runner cannot reach (private clusters,
// authorized IP ranges). @kubernetes/client-node stays the client: its generated APIs hand each prepared request
// to an HttpLibrary, and this one turns the request into one kubectl command line, runs it in the cluster through
// the Azure adapter (src/azure/run-command.ts), and turns kubectl's exit code and output back into the HTTP answer
// the API server gave, so that the kinds' 404 / 409 handling and server-side apply conflicts work unchanged:
//   GET    → kubectl get --raw URI
//   POST   → kubectl create --raw URI -f body.json
//   PUT    → kubectl replace --raw URI -f body.json
//   DELETE → kubectl delete --raw URI [-f body.json]
//   PATCH (server-side apply) → kubectl apply --server-side --field-manager=M [--force-conflicts] [--dry-run=server]
//                               --show-managed-fields -f object.json -o json
// The request's body travels in the run-command's `context` (a zip of the files the command uses). Each request is
// one run-command, and AKS starts a pod for each: seconds per request on a real cluster, not milliseconds.
import type { HttpLibrary, RequestContext, ResponseContext } from '@kubernetes/client-node'
import { zipFiles } from './zip.js'

/** What one run-command answered: the command's exit code and its output (stdout and stderr together, as AKS gives them). */
export interface CommandOutcome {
  exitCode: number
  logs: string
  /** The command's id in AKS (for messages). */
  id?: string
}

/** Runs `command` in the cluster with `context` (base64 zip) as its working files: the Azure adapter. */
export type RunCommand = (command: string, context: string | undefined, signal?: AbortSignal) => Promise<CommandOutcome>

export interface KubectlCall {
  /** The command line, its arguments single-quoted for the shell AKS runs it in. */
  command: string
  /** Files the command reads (name → content). */
  files: Record<string, string>
}

/** Single-quotes an argument for a POSIX shell (what AKS runs the command with). */
export const shellQuote = (s: string): string => (/^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`)

const line = (args: string[]): string => ['kubectl', ...args].map(shellQuote).join(' ')

/** Thrown for a request this transport cannot express as a kubectl command (the action sends none of these). */
export class RunCommandUnsupportedError extends Error {
  constructor(what: string) {
    super(`cluster-access: run-command cannot send ${what}: only GET, POST, PUT, DELETE and server-side apply PATCH are mapped to kubectl.`)
    this.name = 'RunCommandUnsupportedError'
  }
}

/** The kubectl command for one HTTP request to the API server (`uri`: path and query). Pure. */
export function kubectlFor(method: string, uri: string, contentType: string | undefined, body: string | undefined): KubectlCall {
  const withBody = body !== undefined && body !== ''
  switch (method.toUpperCase()) {
    case 'GET':
      return { command: line(['get', '--raw', uri]), files: {} }
    case 'POST':
      return { command: line(['create', '--raw', uri, '-f', 'body.json']), files: { 'body.json': body ?? '{}' } }
    case 'PUT':
      return { command: line(['replace', '--raw', uri, '-f', 'body.json']), files: { 'body.json': body ?? '{}' } }
    case 'DELETE':
      return withBody
        ? { command: line(['delete', '--raw', uri, '-f', 'body.json']), files: { 'body.json': body } }
        : { command: line(['delete', '--raw', uri]), files: {} }
    case 'PATCH': {
      if (!/^application\/apply-patch\+(yaml|json)/.test(contentType ?? ''))
        throw new RunCommandUnsupportedError(`a PATCH of type ${contentType ?? '(none)'}`)
      const q = new URL(uri, 'https://cluster.invalid').searchParams
      const manager = q.get('fieldManager')
      if (!manager) throw new RunCommandUnsupportedError('a server-side apply without fieldManager')
      const args = ['apply', '--server-side', `--field-manager=${manager}`]
      if (q.get('force') === 'true') args.push('--force-conflicts')
      if (q.get('dryRun') === 'All') args.push('--dry-run=server')
      // kubectl leaves managedFields out of what it prints unless asked; the action's diffs read them.
      args.push('--show-managed-fields', '-f', 'object.json', '-o', 'json')
      return { command: line(args), files: { 'object.json': body ?? '{}' } }
    }
    default:
      throw new RunCommandUnsupportedError(`a ${method} request`)
  }
}

/** HTTP status of each Status reason kubectl prints (`Error from server (NotFound): ...`). */
const REASON_CODES: Record<string, number> = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  AlreadyExists: 409,
  Conflict: 409,
  Gone: 410,
  Expired: 410,
  RequestEntityTooLarge: 413,
  UnsupportedMediaType: 415,
  Invalid: 422,
  TooManyRequests: 429,
  InternalError: 500,
  ServiceUnavailable: 503,
  Timeout: 504,
  ServerTimeout: 504
}

/** The answer recovered from kubectl's output: a status and a body (the object, or a meta/v1 Status). */
export interface RecoveredAnswer {
  status: number
  body: string
}

const statusBody = (code: number, reason: string, message: string, details?: Record<string, unknown>): string =>
  JSON.stringify({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    code,
    ...(details ? { details } : {})
  })

/**
 * The causes of a server-side apply conflict from kubectl's message: `Apply failed with 1 conflict: conflict with
 * "kubectl-edit": .metadata.annotations.x`, or for several `conflicts with "m":` followed by `- .path` lines.
 */
function applyConflictCauses(text: string): Array<{ type: string; message: string; field: string }> | undefined {
  if (!/Apply failed with \d+ conflicts?/.test(text)) return undefined
  const causes: Array<{ type: string; message: string; field: string }> = []
  let manager: string | undefined
  for (const raw of text.split('\n')) {
    const l = raw.trim()
    const head = /conflicts? with "([^"]+)"(?: using [^:]+)?:\s*(\S.*)?$/.exec(l)
    if (head) {
      manager = head[1]!
      if (head[2]) causes.push({ type: 'FieldManagerConflict', message: `conflict with "${manager}"`, field: head[2] })
      continue
    }
    const item = /^- (\.\S.*)$/.exec(l)
    if (item && manager) causes.push({ type: 'FieldManagerConflict', message: `conflict with "${manager}"`, field: item[1]! })
  }
  return causes.length ? causes : undefined
}

/**
 * The JSON document in kubectl's output: AKS gives stdout and stderr together, so warnings (stderr) may come before or
 * after it, and may hold braces themselves. From the first line that opens a document, the longest piece that parses.
 */
function jsonIn(logs: string): string | undefined {
  const start = logs.search(/^[{[]/m)
  if (start < 0) return undefined
  for (let end = logs.length; end > start;) {
    end = Math.max(logs.lastIndexOf('}', end - 1), logs.lastIndexOf(']', end - 1))
    if (end <= start) break
    const piece = logs.slice(start, end + 1)
    try {
      JSON.parse(piece)
      return piece
    } catch {
      // Not the end of the document yet: a warning after it held a brace.
    }
  }
  return undefined
}

/**
 * What the API server answered, recovered from kubectl's exit code and output; undefined when the output is not an
 * API server's answer at all (kubectl could not reach the server, a bad flag): the caller reports it as it is.
 */
export function recoverAnswer(outcome: CommandOutcome, method: string): RecoveredAnswer | undefined {
  const logs = outcome.logs
  if (outcome.exitCode === 0) {
    const json = jsonIn(logs)
    if (json !== undefined) return { status: method.toUpperCase() === 'POST' ? 201 : 200, body: json }
    // A DELETE of a collection or a raw call whose answer is not JSON: success without a body to read.
    return {
      status: 200,
      body: logs.trim() === '' ? '{}' : JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Success', message: logs.trim() })
    }
  }
  const conflicts = applyConflictCauses(logs)
  if (conflicts) {
    const message = /Apply failed with[^\n]*(?:\n- [^\n]*)*/.exec(logs)?.[0] ?? 'Apply failed with conflicts'
    return { status: 409, body: statusBody(409, 'Conflict', message, { causes: conflicts }) }
  }
  const fromServer = /^Error from server(?: \((\w+)\))?: (.*)$/m.exec(logs)
  if (fromServer) {
    const reason = fromServer[1] ?? 'InternalError'
    const code = REASON_CODES[reason] ?? 500
    const named = /^(\S+) "([^"]+)" (?:not found|already exists)$/.exec(fromServer[2]!)
    return { status: code, body: statusBody(code, reason, fromServer[2]!, named ? { kind: named[1], name: named[2] } : undefined) }
  }
  // kubectl prints a 422 Invalid as `The ServiceAccount "x" is invalid: ...`.
  const invalid = /^The (\S+) "([^"]+)" is invalid: (.*)$/m.exec(logs)
  if (invalid) return { status: 422, body: statusBody(422, 'Invalid', invalid[0], { kind: invalid[1], name: invalid[2] }) }
  return undefined
}

/** A run-command whose output is no answer of the API server (kubectl failed before or around the request). */
export class RunCommandError extends Error {
  constructor(
    readonly command: string,
    readonly outcome: CommandOutcome
  ) {
    const tail = outcome.logs.trim().split('\n').slice(-5).join(' | ')
    super(
      `AKS run-command${outcome.id ? ` ${outcome.id}` : ''} \`${command}\` exited with ${outcome.exitCode}: ${tail || '(no output)'}. ` +
        'Check that the command pod can reach the API server (AKS runs it inside the cluster) and that the cluster allows run-command.'
    )
    this.name = 'RunCommandError'
  }
}

/** The HttpLibrary that sends every request of @kubernetes/client-node through `run`. */
export async function runCommandHttpLibrary(run: RunCommand): Promise<HttpLibrary> {
  const { ResponseContext: Response, wrapHttpLibrary } = await import('@kubernetes/client-node')
  return wrapHttpLibrary({
    async send(req: RequestContext): Promise<ResponseContext> {
      const url = new URL(req.getUrl())
      const method = req.getHttpMethod().toString()
      const body = req.getBody()
      if (body !== undefined && typeof body !== 'string') throw new RunCommandUnsupportedError('a form body')
      const headers = req.getHeaders()
      const contentType = headers['Content-Type'] ?? headers['content-type']
      const call = kubectlFor(method, url.pathname + url.search, contentType, body)
      const context = Object.keys(call.files).length ? zipFiles(call.files).toString('base64') : undefined
      const outcome = await run(call.command, context, req.getSignal())
      const answer = recoverAnswer(outcome, method)
      if (!answer) throw new RunCommandError(call.command, outcome)
      const bytes = Buffer.from(answer.body, 'utf8')
      return new Response(
        answer.status,
        { 'content-type': 'application/json', ...(outcome.id ? { 'x-aks-run-command-id': outcome.id } : {}) },
        {
          text: () => Promise.resolve(answer.body),
          binary: () => Promise.resolve(bytes)
        }
      )
    }
  })
}
