// `npm run sandbox [-- --port-base N] [--dir D] [--auth github-oidc|secret] [--real-hosts] [--admin-socket PATH]`:
// starts every emulator in one process, prints ONE JSON line (endpoints, CA file, kubeconfig path, the action
// inputs and environment to use against it) and runs until SIGINT/SIGTERM, then stops cleanly. With --port-base,
// services listen on N, N+1, ... in SERVICE_ORDER. With --real-hosts it first makes a network and mount namespace
// (root, unshare; see real-hosts.ts) and runs there under Azure's and GitHub's real host names on port 443; the
// line then carries `pid` (enter with `nsenter --target PID --net --mount -- az ...`) and the admin API is on a
// Unix socket (`adminSocket`, default `<dir>/admin.sock`) reachable from outside.
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { startSandbox, type SandboxOptions, type SandboxUrls } from './index.js'
import { hostsFile, namespaceUnavailable, realHosts, unshareCommand } from './real-hosts.js'

/** Set in the environment of the sandbox process started inside the namespace. */
const IN_NAMESPACE = 'AKS_WI_SANDBOX_NAMESPACE'

/** Port offsets from --port-base (stable, so scripts can rely on them). */
export const SERVICE_ORDER: Array<keyof SandboxUrls> = ['arm', 'entra', 'oidc', 'kube', 'github', 'idtoken', 'admin']

export interface CliArgs {
  portBase?: number
  dir?: string
  /** How the action signs in: GitHub OIDC through the ID-token stand-in (default) or a client secret (for the CLI). */
  auth?: 'github-oidc' | 'secret'
  realHosts?: boolean
  adminSocket?: string
}

export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = {}
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined]
    const value = () => inline ?? argv[++i]
    if (flag === '--port-base') {
      const n = Number(value())
      if (!Number.isInteger(n) || n < 1 || n + SERVICE_ORDER.length > 65535) throw new Error('--port-base needs a port number (1-65528)')
      out.portBase = n
    } else if (flag === '--dir') {
      const d = value()
      if (!d) throw new Error('--dir needs a directory')
      out.dir = d
    } else if (flag === '--auth') {
      const a = value()
      if (a !== 'github-oidc' && a !== 'secret') throw new Error('--auth needs github-oidc or secret')
      out.auth = a
    } else if (flag === '--real-hosts') {
      out.realHosts = true
    } else if (flag === '--admin-socket') {
      const p = value()
      if (!p) throw new Error('--admin-socket needs a path')
      out.adminSocket = p
    } else throw new Error(`unknown argument ${flag} (use --port-base N, --dir D, --auth github-oidc|secret, --real-hosts, --admin-socket PATH)`)
  }
  return out
}

/**
 * --real-hosts outside the namespace: make it (hosts file in the sandbox directory), run this same command in
 * it, pass signals on, and exit with its code.
 */
async function reexecInNamespace(args: CliArgs): Promise<void> {
  const why = namespaceUnavailable()
  if (why) throw new Error(`--real-hosts needs a network namespace: ${why}`)
  const dir = resolve(args.dir ?? (await mkdtemp(join(tmpdir(), 'aks-wi-sandbox-'))))
  const hostsPath = join(dir, 'hosts')
  await writeFile(hostsPath, hostsFile(realHosts({ location: 'eastus', dnsPrefix: 'aks-sandbox-dns' })))
  const self = fileURLToPath(import.meta.url)
  const rest = process.argv.slice(2).filter((a, i, all) => a !== '--dir' && all[i - 1] !== '--dir' && !a.startsWith('--dir='))
  const argv = unshareCommand(hostsPath, [process.execPath, ...process.execArgv, self, ...rest, '--dir', dir])
  const child = spawn(argv[0]!, argv.slice(1), { stdio: 'inherit', env: { ...process.env, [IN_NAMESPACE]: '1' } })
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => child.kill(sig))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

async function main(): Promise<void> {
  const started = performance.now()
  const args = parseArgs(process.argv.slice(2))
  if (args.realHosts && !process.env[IN_NAMESPACE]) return reexecInNamespace(args)
  const options: SandboxOptions = { dir: args.dir, azure: args.auth ? { auth: args.auth } : undefined, validateResponses: true }
  if (args.realHosts) {
    options.realHosts = true
    options.adminSocket = args.adminSocket ?? join(args.dir ?? tmpdir(), 'admin.sock')
  } else if (args.adminSocket) options.adminSocket = args.adminSocket
  if (args.portBase !== undefined) options.ports = Object.fromEntries(SERVICE_ORDER.map((s, i) => [s, args.portBase! + i]))
  const sandbox = await startSandbox(options)
  const line = {
    urls: sandbox.urls,
    caFile: sandbox.caFile,
    kubeconfig: sandbox.files.kubeconfig ?? null,
    dir: sandbox.dir,
    tenantId: sandbox.tenantId,
    subscriptionId: sandbox.subscriptionId,
    inputs: sandbox.inputs,
    env: sandbox.env,
    startupMs: Math.round(performance.now() - started),
    ...(options.adminSocket ? { adminSocket: options.adminSocket } : {}),
    ...(args.realHosts ? { pid: process.pid, enter: `nsenter --target ${process.pid} --net --mount --` } : {})
  }
  process.stdout.write(JSON.stringify(line) + '\n')

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    sandbox.stop().then(
      () => {
        process.stderr.write(`sandbox stopped (${signal})\n`)
        process.exit(0)
      },
      (err: unknown) => {
        process.stderr.write(`sandbox stop failed: ${String(err)}\n`)
        process.exit(1)
      }
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err: unknown) => {
  process.stderr.write(`sandbox: ${err instanceof Error ? err.message : String(err)}\n`)
  process.exit(2)
})
