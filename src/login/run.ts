// The login action's two steps. `login`: the identity the webhook injected → its projected token checked →
// the token exchanged once at Entra ID (a clear error here beats a tool's) → each tool found and asked for signed
// in (the Azure CLI, Azure PowerShell), ARM_* exported for Terraform, a kubeconfig written for a named cluster.
// `post`: the CLI's session, PowerShell's context and the kubeconfig removed, and what the tokens' lifetimes meant
// for the job said. Every dependency on the world is injected, so tests run both in-process or as the bundle.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { armScope } from '../clouds.js'
import { exchange, workloadCredential } from '../azure/exchange.js'
import { sharedCredential } from '../azure/credentials.js'
import { tlsOptions } from '../azure/clients.js'
import type { InputSource } from '../settings.js'
import { diagnoseExchange } from '../verify/diagnose.js'
import { signInAzureCli } from './azure-cli.js'
import { armEnvironment, azureEnvironment } from './environment.js'
import type { Exec } from './exec.js'
import { writeClusterKubeconfig } from './kubeconfig.js'
import { signInPowerShell, signOutPowerShell } from './powershell.js'
import { readLoginSettings, requireIdentity, type LoginIdentity, type ToolMode } from './settings.js'
import { parseState, STATE_NAME, type LoginState } from './state.js'
import { readProjectedToken } from './token.js'

/** Where the steps' results go: @actions/core in the action. */
export interface LoginIo {
  info(message: string): void
  warning(message: string): void
  setOutput(name: string, value: string): void
  setSecret(secret: string): void
  exportVariable(name: string, value: string): void
  saveState(name: string, value: string): void
  getState(name: string): string
}

export interface LoginDeps {
  io: LoginIo
  inputs: InputSource
  exec: Exec
  /** The path of a command on PATH, or undefined. */
  which: (command: string) => Promise<string | undefined>
  now: () => number
  /** RUNNER_TEMP: where the CLI's session and the kubeconfig go (deleted by the post step). */
  tempDir: string
  /** Extra CA (PEM) for Entra and ARM (tests); production: system CAs + NODE_EXTRA_CA_CERTS. */
  ca?: string
}

/** The tools signed in (or set up), in the `signed-in` output's words. */
export type LoginTool = 'azure-cli' | 'azure-powershell' | 'arm-env' | 'kubeconfig'

export interface LoginResult {
  identity: LoginIdentity
  signedIn: LoginTool[]
  subscriptionId?: string
  state: LoginState
}

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const minutes = (ms: number): number => Math.max(0, Math.round(ms / 60_000))

/** The tool's command on PATH; undefined (and why, in the log) when it is not wanted or not there and not required. */
async function wanted(deps: LoginDeps, mode: ToolMode, command: string, what: string, input: string): Promise<string | undefined> {
  if (mode === 'false') return undefined
  const path = await deps.which(command)
  if (path) return path
  if (mode === 'true')
    throw new Error(
      `'${input}: true', but ${what} ('${command}') is not installed in this job's image. Use a runner image that has it (README: "Runner images"), or set '${input}: auto'.`
    )
  deps.io.info(`${what}: '${command}' is not installed here; skipped.`)
  return undefined
}

export async function login(deps: LoginDeps): Promise<LoginResult> {
  const { io } = deps
  const id = requireIdentity(readLoginSettings(deps.inputs))
  const masked = new Set<string>()
  const mask = (s: string): void => {
    if (masked.has(s)) return
    masked.add(s)
    io.setSecret(s)
  }
  const { token, warnings } = await readProjectedToken(id.tokenFile, { now: deps.now(), audience: id.audience, mask })
  for (const w of warnings) io.warning(w)
  const left = token.expiresOn - deps.now()
  io.info(
    `Workload identity: client ${id.clientId}, tenant ${id.tenantId} (${id.source.clientId === 'input' ? 'from the inputs' : 'injected by the webhook'}); ` +
      `service account token for '${token.claims.sub}', valid until ${iso(token.expiresOn)} (${minutes(left)} min).`
  )
  const state: LoginState = { signedInAt: deps.now(), tokenExpiresOn: token.expiresOn }
  const save = (): void => io.saveState(STATE_NAME, JSON.stringify(state))
  save()

  // The exchange, once, with the credential an SDK uses: it re-reads the file on every request (kubelet rotates it).
  const credential = sharedCredential(
    await workloadCredential({
      tenantId: id.tenantId,
      clientId: id.clientId,
      authorityHost: id.authorityHost,
      assertion: async () => (await readFile(id.tokenFile, 'utf8')).trim(),
      clientOptions: tlsOptions(deps.ca)
    }),
    mask
  )
  const failure = await exchange(credential, armScope(id.armEndpoint))
  if (failure) {
    const d = diagnoseExchange(failure, token.claims, undefined, { nowMs: deps.now(), clientId: id.clientId, tenantId: id.tenantId })
    throw new Error(`Signing in as the workload identity failed: ${d.message}`)
  }
  io.info(`Entra ID accepted the token for client ${id.clientId}.`)

  const signedIn: LoginTool[] = []
  let subscriptionId = id.subscriptionId

  const az = await wanted(deps, id.azureCli, 'az', 'The Azure CLI', 'azure-cli')
  if (az) {
    // mkdtemp makes it 700: the session and its token cache are this user's alone.
    const configDir = await mkdtemp(join(deps.tempDir, 'aks-wi-azure-'))
    state.azureConfigDir = configDir
    save()
    const account = await signInAzureCli({
      az,
      exec: deps.exec,
      configDir,
      cloud: id.cloud,
      clientId: id.clientId,
      tenantId: id.tenantId,
      token: token.token,
      subscriptionId
    })
    io.exportVariable('AZURE_CONFIG_DIR', configDir)
    subscriptionId ??= account.subscriptionId || undefined
    io.info(
      `Azure CLI: signed in as ${account.user} (${account.userType})` +
        (account.subscriptionId ? `, subscription '${account.subscriptionName}' (${account.subscriptionId})` : ', no subscription') +
        `; its session is in ${configDir} (AZURE_CONFIG_DIR, exported for later steps).`
    )
    signedIn.push('azure-cli')
  }

  const pwsh = await wanted(deps, id.azurePowerShell, 'pwsh', 'Azure PowerShell', 'azure-powershell')
  if (pwsh) {
    state.powershell = pwsh
    save()
    const r = await signInPowerShell({ pwsh, exec: deps.exec, ...id, subscriptionId, token: token.token })
    if (r.signedIn) {
      io.info(`Azure PowerShell: connected as ${r.account}${r.subscriptionId ? `, subscription ${r.subscriptionId}` : ''}.`)
      signedIn.push('azure-powershell')
    } else {
      delete state.powershell
      save()
      if (id.azurePowerShell === 'true') throw new Error(`'azure-powershell: true', but ${r.reason} (pwsh is there).`)
      io.info(`Azure PowerShell: ${r.reason}; skipped.`)
    }
  }

  const exported: Record<string, string> = {
    ...azureEnvironment(id, subscriptionId),
    ...(id.armEnv ? armEnvironment(id, subscriptionId) : {})
  }
  for (const [k, v] of Object.entries(exported)) io.exportVariable(k, v)
  if (id.armEnv) signedIn.push('arm-env')
  if (Object.keys(exported).length) io.info(`Exported for later steps: ${Object.keys(exported).join(', ')}.`)

  if (id.cluster) {
    const kc = await writeClusterKubeconfig({
      credential,
      subscriptionId: id.subscriptionId!,
      resourceGroup: id.cluster.resourceGroup,
      clusterName: id.cluster.name,
      armEndpoint: id.armEndpoint,
      ca: deps.ca,
      dir: deps.tempDir,
      mask
    })
    state.kubeconfig = kc.path
    state.kubeTokenExpiresOn = kc.tokenExpiresOn
    save()
    io.exportVariable('KUBECONFIG', kc.path)
    io.setOutput('kubeconfig-path', kc.path)
    io.info(
      `kubectl: the user kubeconfig of ${id.cluster.resourceGroup}/${id.cluster.name} with an Entra token (no kubelogin) is in ${kc.path} (mode 600, KUBECONFIG exported)` +
        (kc.tokenExpiresOn ? `; its token is valid until ${iso(kc.tokenExpiresOn)}.` : '.')
    )
    signedIn.push('kubeconfig')
  }

  io.setOutput('client-id', id.clientId)
  io.setOutput('tenant-id', id.tenantId)
  if (subscriptionId) io.setOutput('subscription-id', subscriptionId)
  io.setOutput('signed-in', signedIn.join(','))
  io.setOutput('token-expires-on', iso(token.expiresOn))
  if (signedIn.some((t) => t !== 'arm-env'))
    io.info(
      `Signed in: ${signedIn.join(', ')}. Kubelet renews the token file before ${iso(token.expiresOn)}, but a tool signed in with it keeps the token it was given: ` +
        'in a job that runs longer, run this action again before the steps that come after then (README: "Long jobs").'
    )
  return { identity: id, signedIn, subscriptionId, state }
}

export interface PostResult {
  removed: string[]
  problems: string[]
}

async function gone(path: string): Promise<boolean> {
  return stat(path).then(
    () => false,
    () => true
  )
}

/** Removes what `login` left, then says whether the job outlived the tokens it signed in with. */
export async function post(deps: Pick<LoginDeps, 'io' | 'exec' | 'now'>): Promise<PostResult> {
  const { io } = deps
  const state = parseState(io.getState(STATE_NAME))
  const removed: string[] = []
  const problems: string[] = []
  if (!state) {
    io.info('Nothing to clean up: the login step signed nothing in.')
    return { removed, problems }
  }
  if (state.powershell) {
    try {
      await signOutPowerShell(state.powershell, deps.exec)
      removed.push('the Azure PowerShell context')
    } catch (err) {
      problems.push((err as Error).message)
    }
  }
  for (const [what, path] of [
    ['the Azure CLI session', state.azureConfigDir],
    ['the kubeconfig', state.kubeconfig]
  ] as const) {
    if (!path) continue
    await rm(path, { recursive: true, force: true }).catch((err: unknown) => problems.push(`Removing ${path}: ${(err as Error).message}`))
    if (await gone(path)) removed.push(`${what} (${path})`)
    else problems.push(`${what} is still at ${path}`)
  }
  if (removed.length) io.info(`Removed ${removed.join(', ')}.`)

  const now = deps.now()
  const late: string[] = []
  if (state.tokenExpiresOn && state.tokenExpiresOn < now && (state.azureConfigDir || state.powershell))
    late.push(
      `the service-account token the Azure CLI and Azure PowerShell were signed in with expired at ${iso(state.tokenExpiresOn)}, ` +
        `${minutes(state.tokenExpiresOn - state.signedInAt)} min after sign-in: their commands fail from then on, as soon as their cached access token runs out (AADSTS700024)`
    )
  if (state.kubeTokenExpiresOn && state.kubeTokenExpiresOn < now)
    late.push(`the kubeconfig's Entra token expired at ${iso(state.kubeTokenExpiresOn)}: kubectl gets 401 Unauthorized after that`)
  if (late.length)
    io.warning(
      `This job outlived its sign-in: ${late.join('; ')}. Run the login action again before the steps that start after about ${iso(
        Math.min(...[state.tokenExpiresOn, state.kubeTokenExpiresOn].filter((x): x is number => typeof x === 'number'))
      )} (README: "Long jobs").`
    )
  return { removed, problems }
}
