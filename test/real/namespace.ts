// Runs a node script inside a fresh network and mount namespace (see test/sandbox/real-hosts.ts): the jest
// process stays outside; the child (unshare -> sh -> node -> az, kubectl, the action) is its own process group,
// killed as a group on timeout, on failure and when the caller aborts, so nothing outlives the test.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { hostsFile, namespaceUnavailable, realHosts, unshareCommand } from '../sandbox/real-hosts.js'

export interface NamespaceRun {
  code: number
  stdout: string
  stderr: string
  ms: number
  /** The temp directory the script got as its first argument (sandbox files, az config, kubeconfig). */
  dir: string
}

/** Why the real-client tests cannot run here (no namespace, no az, no built action), or undefined. */
export function realClientsUnavailable(opts: { needsDist?: boolean } = {}): string | undefined {
  const ns = namespaceUnavailable()
  if (ns) return ns
  const hasAz = (process.env.PATH ?? '').split(':').some((d) => d && existsSync(join(d, 'az')))
  if (!hasAz) return 'the Azure CLI is not installed (apt-get install -y --no-install-recommends azure-cli)'
  if (opts.needsDist && !existsSync(resolve('dist/index.js'))) return 'dist/index.js is missing: run npm run build first'
  return undefined
}

/**
 * `node --import tsx <script> <dir> ...args` inside a namespace whose /etc/hosts maps the real names. Resolves
 * when it exits; kills its whole process group after `timeoutMs`.
 */
export async function runInNamespace(script: string, args: string[] = [], opts: { timeoutMs?: number; onStderr?: (s: string) => void } = {}): Promise<NamespaceRun> {
  const dir = await mkdtemp(join(tmpdir(), 'aks-wi-ns-'))
  const hostsPath = join(dir, 'hosts')
  await writeFile(hostsPath, hostsFile(realHosts({ location: 'eastus', dnsPrefix: 'aks-sandbox-dns' })))
  const argv = unshareCommand(hostsPath, [process.execPath, '--import', 'tsx', resolve(script), dir, ...args])
  const started = performance.now()
  // detached: the child leads a new process group, so one kill(-pid) reaches every process under it.
  const child = spawn(argv[0]!, argv.slice(1), { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } })
  const killGroup = (): void => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  process.once('exit', killGroup)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString()
    opts.onStderr?.(d.toString())
  })
  try {
    const code = await new Promise<number>((done, fail) => {
      const timer = setTimeout(() => {
        killGroup()
        fail(new Error(`${script} did not finish in ${opts.timeoutMs ?? 600_000} ms\n${stderr.slice(-4000)}`))
      }, opts.timeoutMs ?? 600_000)
      child.on('error', (err) => {
        clearTimeout(timer)
        fail(err)
      })
      child.on('close', (c) => {
        clearTimeout(timer)
        done(c ?? -1)
      })
    })
    return { code, stdout, stderr, ms: Math.round(performance.now() - started), dir }
  } finally {
    killGroup()
    process.off('exit', killGroup)
  }
}
