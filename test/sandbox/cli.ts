// `npm run sandbox [-- --port-base N] [--dir D] [--auth github-oidc|secret] [--pods timers|instant|manual]`: starts every emulator in one process, prints ONE JSON line
// (endpoints, CA file, kubeconfig path, the action inputs and environment to use against it) and runs until
// SIGINT/SIGTERM, then stops cleanly. With --port-base, services listen on N, N+1, ... in SERVICE_ORDER.
import { startSandbox, type SandboxOptions, type SandboxUrls } from './index.js'
import { POD_LIFECYCLE_MODES, type PodLifecycleMode } from './kube/pods.js'

/** Port offsets from --port-base (stable, so scripts can rely on them). */
export const SERVICE_ORDER: Array<keyof SandboxUrls> = ['arm', 'entra', 'oidc', 'kube', 'github', 'idtoken', 'admin']

export interface CliArgs {
  portBase?: number
  dir?: string
  /** How the action signs in: GitHub OIDC through the ID-token stand-in (default) or a client secret (for the CLI). */
  auth?: 'github-oidc' | 'secret'
  /** How pods move (kube.podLifecycle); the CLI's default is 'timers', a cluster as a person sees one. */
  pods?: PodLifecycleMode
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
    } else if (flag === '--pods') {
      const p = value() as PodLifecycleMode
      if (!POD_LIFECYCLE_MODES.includes(p)) throw new Error(`--pods needs ${POD_LIFECYCLE_MODES.join(', ')}`)
      out.pods = p
    } else throw new Error(`unknown argument ${flag} (use --port-base N, --dir D, --auth github-oidc|secret, --pods timers|instant|manual)`)
  }
  return out
}

async function main(): Promise<void> {
  const started = performance.now()
  const args = parseArgs(process.argv.slice(2))
  const options: SandboxOptions = { dir: args.dir, azure: args.auth ? { auth: args.auth } : undefined, kube: { podLifecycle: args.pods ?? 'timers' } }
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
    startupMs: Math.round(performance.now() - started)
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
