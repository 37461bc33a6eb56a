// Runs a node script inside a fresh network and mount namespace (see test/sandbox/real-hosts.ts): the jest
// process stays outside; the child (unshare -> sh -> node -> az, kubectl, the action) is its own process group
// (test/helpers/processes.ts), killed as a group on timeout, on failure and when the test file ends, so nothing
// outlives the test. Inside, the script's own children stay in that group (AKS_WI_PROCESS_GROUP=inherit).
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { hostsFile, namespaceUnavailable, realHosts, unshareCommand } from '../sandbox/real-hosts.js'
import { run } from '../helpers/processes.js'
import { sandboxCloud, sandboxRegion } from '../sandbox/context.js'
import type { CloudName } from '../../src/clouds.js'
import { tempDir } from '../helpers/run-action.js'

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
 * when it exits; its whole process group (test/helpers/processes.ts) is killed after `timeoutMs` (a guard against
 * a hung flow, not a measure), when the caller's test file ends, and in any case once it has exited.
 */
export async function runInNamespace(
  script: string,
  args: string[] = [],
  opts: { timeoutMs?: number; onStderr?: (s: string) => void; cloud?: CloudName; clusterName?: string } = {}
): Promise<NamespaceRun> {
  const dir = await tempDir('aks-wi-ns-')
  const hostsPath = join(dir, 'hosts')
  // The names of the cloud the sandbox will pose as (`opts.cloud`, default the public cloud's), and of the cluster
  // the script's sandbox has (`opts.clusterName`, as its `azure.clusterName`; default the sandbox's).
  const dnsPrefix = `${opts.clusterName ?? 'aks-sandbox'}-dns`
  await writeFile(hostsPath, hostsFile(realHosts({ location: sandboxRegion(opts), dnsPrefix, cloud: sandboxCloud(opts) })))
  const argv = unshareCommand(hostsPath, [process.execPath, '--import', 'tsx', resolve(script), dir, ...args])
  const started = performance.now()
  const timeoutMs = opts.timeoutMs ?? 600_000
  const r = await run(argv[0]!, argv.slice(1), { env: { ...process.env, NODE_OPTIONS: '', AKS_WI_PROCESS_GROUP: 'inherit' }, timeoutMs, onStderr: opts.onStderr })
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr, ms: Math.round(performance.now() - started), dir }
}
