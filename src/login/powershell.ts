// Azure PowerShell signed in as the workload identity, when `pwsh` with the Az.Accounts module is there:
// Connect-AzAccount -ServicePrincipal -FederatedToken, the context saved for the user so later pwsh steps have it
// (as azure/login does), cleared in the post step. The token is read from the file inside PowerShell and the
// identity passed in the environment: nothing secret is on a command line, and no value is pasted into the script.
import type { Cloud } from '../clouds.js'
import { tail, type Exec } from './exec.js'

/** The exit code of the script when the Az.Accounts module is not installed. */
export const NO_AZ_MODULE = 3

export const PWSH_ARGS = ['-NoLogo', '-NoProfile', '-NonInteractive', '-Command'] as const

export const CONNECT_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  `if (-not (Get-Module -ListAvailable -Name Az.Accounts)) { exit ${NO_AZ_MODULE} }`,
  'Import-Module Az.Accounts',
  '$token = (Get-Content -Raw -LiteralPath $env:AKS_WI_TOKEN_FILE).Trim()',
  '$p = @{ ServicePrincipal = $true; ApplicationId = $env:AKS_WI_CLIENT_ID; Tenant = $env:AKS_WI_TENANT_ID; FederatedToken = $token; Environment = $env:AKS_WI_ENVIRONMENT; Scope = "CurrentUser" }',
  'if ($env:AKS_WI_SUBSCRIPTION_ID) { $p.Subscription = $env:AKS_WI_SUBSCRIPTION_ID }',
  'Connect-AzAccount @p | Out-Null',
  '$c = Get-AzContext',
  'Write-Output ("{0} {1}" -f $c.Account.Id, $c.Subscription.Id)'
].join('\n')

export const DISCONNECT_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  'Import-Module Az.Accounts',
  'Clear-AzContext -Scope CurrentUser -Force'
].join('\n')

/** The environment the connect script reads. */
export function connectEnv(p: {
  clientId: string
  tenantId: string
  tokenFile: string
  cloud: Cloud
  subscriptionId?: string
}): Record<string, string> {
  return {
    AKS_WI_CLIENT_ID: p.clientId,
    AKS_WI_TENANT_ID: p.tenantId,
    AKS_WI_TOKEN_FILE: p.tokenFile,
    AKS_WI_ENVIRONMENT: p.cloud.name,
    ...(p.subscriptionId ? { AKS_WI_SUBSCRIPTION_ID: p.subscriptionId } : {})
  }
}

export type PowerShellOutcome = { signedIn: true; account: string; subscriptionId: string } | { signedIn: false; reason: string }

export async function signInPowerShell(p: {
  pwsh: string
  exec: Exec
  clientId: string
  tenantId: string
  tokenFile: string
  cloud: Cloud
  subscriptionId?: string
  token: string
}): Promise<PowerShellOutcome> {
  const r = await p.exec(p.pwsh, [...PWSH_ARGS, CONNECT_SCRIPT], { env: connectEnv(p) })
  if (r.code === NO_AZ_MODULE) return { signedIn: false, reason: 'the Az.Accounts module is not installed' }
  if (r.code !== 0)
    throw new Error(
      `Connect-AzAccount -ServicePrincipal -FederatedToken failed (exit ${r.code}): ${tail(r.stderr || r.stdout, [p.token]) || 'no output'}`
    )
  const [account = '', subscriptionId = ''] = r.stdout.trim().split('\n').at(-1)?.split(' ') ?? []
  return { signedIn: true, account, subscriptionId }
}

export async function signOutPowerShell(pwsh: string, exec: Exec): Promise<void> {
  const r = await exec(pwsh, [...PWSH_ARGS, DISCONNECT_SCRIPT])
  if (r.code !== 0) throw new Error(`Clear-AzContext failed (exit ${r.code}): ${tail(r.stderr || r.stdout, [])}`)
}
