// A job on a sandbox runner pod, outside a namespace: the pod's container environment as the webhook injected it,
// and its projected token minted as kubelet mints it (TokenRequest bound to the pod, the projection's audience and
// lifetime) and written to a file under a temp folder (the pod's own path re-rooted there: only a namespace could
// mount it at /var/run/secrets). Plus stand-ins for `az` and `pwsh` that record how they were called and keep a
// session in their config folder as the real ones do, for machines without them (test/real/ runs the real az).
import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { CoreV1Api } from '@kubernetes/client-node'
import type { Sandbox } from '../sandbox/index.js'
import { tempDir } from './run-action.js'

export interface PodJob {
  /** The job's environment: the pod's injected variables, the token file re-rooted, the sandbox CA trusted. */
  env: Record<string, string>
  token: string
  tokenFile: string
  /** AZURE_FEDERATED_TOKEN_FILE as the webhook set it in the pod. */
  podTokenPath: string
  serviceAccount: string
  audience: string
}

export async function jobOnPod(sb: Sandbox, core: CoreV1Api, namespace: string, podName: string, container = 'runner'): Promise<PodJob> {
  const pod = await core.readNamespacedPod({ name: podName, namespace })
  const c = pod.spec!.containers.find((x) => x.name === container)!
  const podEnv = Object.fromEntries((c.env ?? []).filter((e) => e.value !== undefined).map((e) => [e.name, e.value!]))
  const projection = (pod.spec!.volumes ?? []).flatMap((v) => v.projected?.sources ?? []).find((s) => s.serviceAccountToken)?.serviceAccountToken
  const serviceAccount = pod.spec!.serviceAccountName!
  const audience = projection?.audience ?? 'api://AzureADTokenExchange'
  const minted = await core.createNamespacedServiceAccountToken({
    namespace,
    name: serviceAccount,
    body: {
      spec: {
        audiences: [audience],
        expirationSeconds: projection?.expirationSeconds ?? 3600,
        boundObjectRef: { kind: 'Pod', apiVersion: 'v1', name: podName, uid: pod.metadata!.uid }
      }
    }
  })
  const token = minted.status!.token
  const root = await tempDir('aks-wi-pod-')
  const podTokenPath = podEnv.AZURE_FEDERATED_TOKEN_FILE ?? '/var/run/secrets/azure/wi/token/azure-identity-token'
  const tokenFile = join(root, podTokenPath)
  await mkdir(dirname(tokenFile), { recursive: true })
  await writeFile(tokenFile, token, { mode: 0o644 })
  const env = { ...podEnv, ...(podEnv.AZURE_FEDERATED_TOKEN_FILE ? { AZURE_FEDERATED_TOKEN_FILE: tokenFile } : {}), NODE_EXTRA_CA_CERTS: sb.caFile }
  return { env, token, tokenFile, podTokenPath, serviceAccount, audience }
}

export interface ToolCall {
  tool: 'az' | 'pwsh'
  args: string[]
  env: Record<string, string | undefined>
  /** pwsh: the token file it was pointed at could be read and held a JWT. */
  tokenRead?: boolean
}

export interface StandIns {
  /** The whole PATH of a job that should see only these tools (and node, which the stand-ins run on). */
  bin: string
  /** STANDIN_LOG and, for the pwsh without Az, STANDIN_PWSH_NO_AZ. */
  env: Record<string, string>
  calls(): Promise<ToolCall[]>
}

const AZ = `#!/usr/bin/env node
// Stand-in for the Azure CLI: records its arguments; keeps the session in AZURE_CONFIG_DIR like the real one.
const fs = require('fs'), path = require('path')
const args = process.argv.slice(2)
fs.appendFileSync(process.env.STANDIN_LOG, JSON.stringify({ tool: 'az', args, env: { AZURE_CONFIG_DIR: process.env.AZURE_CONFIG_DIR } }) + '\\n')
const dir = process.env.AZURE_CONFIG_DIR || path.join(process.env.HOME, '.azure')
const profile = path.join(dir, 'azureProfile.json')
const arg = (n) => args[args.indexOf(n) + 1]
if (args[0] === 'login') {
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(profile, JSON.stringify({ user: arg('-u'), tenant: arg('-t'), sub: process.env.STANDIN_DEFAULT_SUBSCRIPTION || '' }))
} else if (args[0] === 'account' && args[1] === 'set') {
  const p = JSON.parse(fs.readFileSync(profile, 'utf8'))
  fs.writeFileSync(profile, JSON.stringify({ ...p, sub: arg('--subscription') }))
} else if (args[0] === 'account' && args[1] === 'show') {
  if (!fs.existsSync(profile)) { console.error("ERROR: Please run 'az login' to setup account."); process.exit(1) }
  const p = JSON.parse(fs.readFileSync(profile, 'utf8'))
  console.log(JSON.stringify({ id: p.sub, name: 'stand-in subscription', tenantId: p.tenant, user: { name: p.user, type: 'servicePrincipal' } }))
} else if (args[0] !== 'version' && args[0] !== 'cloud' && !fs.existsSync(profile)) {
  console.error("ERROR: Please run 'az login' to setup account.")
  process.exit(1)
}
`

const PWSH = `#!/usr/bin/env node
// Stand-in for PowerShell with Az.Accounts: records its arguments and the AKS_WI_* environment it was given.
const fs = require('fs')
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k.startsWith('AKS_WI_')))
let tokenRead = false
try { tokenRead = /^ey[\\w-]+\\.[\\w-]+\\.[\\w-]+$/.test(fs.readFileSync(env.AKS_WI_TOKEN_FILE, 'utf8').trim()) } catch {}
fs.appendFileSync(process.env.STANDIN_LOG, JSON.stringify({ tool: 'pwsh', args: process.argv.slice(2), env, tokenRead }) + '\\n')
if (process.env.STANDIN_PWSH_NO_AZ) process.exit(3)
if (env.AKS_WI_CLIENT_ID) console.log(env.AKS_WI_CLIENT_ID + ' ' + (env.AKS_WI_SUBSCRIPTION_ID || ''))
`

/** Stand-ins for `tools`, and links to the real `system` commands a job's scripts use (bash, cat, kubectl, ...). */
export async function standIns(tools: Array<'az' | 'pwsh'> = ['az', 'pwsh'], system: Record<string, string> = {}): Promise<StandIns> {
  const root = await tempDir('aks-wi-standin-')
  const bin = join(root, 'bin')
  await mkdir(bin)
  const log = join(root, 'calls.jsonl')
  await writeFile(log, '')
  await symlink(process.execPath, join(bin, 'node'))
  for (const [name, path] of Object.entries(system)) await symlink(path, join(bin, name))
  for (const t of tools) {
    await writeFile(join(bin, t), t === 'az' ? AZ : PWSH)
    await chmod(join(bin, t), 0o755)
  }
  return {
    bin,
    env: { STANDIN_LOG: log },
    calls: async () =>
      (await readFile(log, 'utf8'))
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as ToolCall)
  }
}
