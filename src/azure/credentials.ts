// How the action itself signs in to Azure. `auth: auto` tries, in order: GitHub OIDC (as azure/login does,
// without the az CLI), workload identity (the action runs on an AKS runner pod), an Azure CLI session, and
// service-principal environment variables. Every token is masked the moment it exists.
import { readFile } from 'node:fs/promises'
import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth'
import type { AuthMode } from '../constants.js'
import type { Settings } from '../settings.js'
import type { Logger } from '../model.js'
import { armScope, CLOUDS } from '../clouds.js'
import { expiresWithin, tokenClaims } from '../token-claims.js'
import { findOnPath } from '../executables.js'
import { explain } from './errors.js'
import { requestIdToken } from '../github/id-token.js'
import { TRANSPORT, type TransportPolicy } from '../transport.js'
import { retryUnreachableIssuer } from './exchange.js'
import { clientOptions } from './clients.js'

export type AuthMethod = Exclude<AuthMode, 'auto'>

export interface SignInDeps {
  env: Record<string, string | undefined>
  log: Logger
  mask: (secret: string) => void
  /** Extra CA (PEM) for the authority host (tests); production: system CAs + NODE_EXTRA_CA_CERTS. */
  ca?: string
  /** The run's stop signal (aborts sign-in requests in flight). */
  signal?: AbortSignal
  /** The transport policy (tests: short deadlines); default TRANSPORT. */
  policy?: TransportPolicy
  /** GitHub's ID token for an audience; default: the ID-token endpoint under the transport policy (src/github/id-token.ts). */
  idToken?: (audience: string) => Promise<string>
  /** Whether the Azure CLI is installed; default: `az` on PATH. */
  azOnPath?: (env: Record<string, string | undefined>) => Promise<boolean>
  /** The CLI's current subscription; default `az account show` through @actions/exec. */
  azAccount?: () => Promise<{ id: string; tenantId?: string }>
  /**
   * Scopes the run will need a token for soon (the AKS server application's, to reach the cluster): requested
   * together with ARM's at sign-in, not a round trip later (docs/performance.md). A failure here is not the
   * sign-in's: the token is asked for again where it is used, and that reports it.
   */
  prefetchScopes?: string[]
  /**
   * Called once the sign-in is under way, about to ask Entra ID for a token (OIDC: the GitHub ID token arrived;
   * workload identity: the token file was read; otherwise: the credential is built), so that the caller can load
   * what the run needs next while that request is on the wire. Not called when the sign-in fails before (no ID
   * token, a missing token file): a run that cannot sign in loads nothing more.
   */
  underway?: () => void
}

export interface Session {
  credential: TokenCredential
  method: AuthMethod
  subscriptionId: string
  tenantId?: string
}

export interface AuthChoice {
  method?: AuthMethod
  /** Why each earlier method was not used (for the error when none is). */
  skipped: string[]
}

/** Pure: which sign-in method applies, given the settings and environment. */
export function chooseAuth(s: Settings, env: Record<string, string | undefined>, azInstalled: boolean): AuthChoice {
  const checks: Array<[AuthMethod, string | undefined]> = [
    [
      'oidc',
      !env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
        ? "GitHub OIDC: no ID-token endpoint (add 'permissions: id-token: write' to the job)"
        : !s.azure.clientId || !s.azure.tenantId
          ? "GitHub OIDC: 'client-id' and 'tenant-id' are needed"
          : undefined
    ],
    [
      'workload-identity',
      !env.AZURE_FEDERATED_TOKEN_FILE
        ? 'workload identity: AZURE_FEDERATED_TOKEN_FILE is not set (not on a workload-identity pod)'
        : !s.azure.clientId || !s.azure.tenantId
          ? 'workload identity: AZURE_CLIENT_ID and AZURE_TENANT_ID (or client-id and tenant-id) are needed'
          : undefined
    ],
    ['azure-cli', azInstalled ? undefined : "Azure CLI: 'az' is not on PATH (run azure/login first)"],
    [
      'environment',
      !env.AZURE_CLIENT_ID || !env.AZURE_TENANT_ID || (!env.AZURE_CLIENT_SECRET && !env.AZURE_CLIENT_CERTIFICATE_PATH)
        ? 'environment: AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH) are needed'
        : undefined
    ]
  ]
  const wanted = s.azure.auth
  const skipped: string[] = []
  for (const [method, why] of checks) {
    if (wanted !== 'auto' && wanted !== method) continue
    if (!why) return { method, skipped }
    skipped.push(why)
  }
  return { skipped }
}

/** Public-cloud-like authority hosts MSAL can discover; anything else (sovereign overrides, the sandbox) skips discovery. */
function knownAuthority(host: string): boolean {
  return Object.values(CLOUDS).some((c) => c.authorityHost === host)
}

export async function signIn(s: Settings, deps: SignInDeps): Promise<Session> {
  const azInstalled = s.azure.auth === 'auto' || s.azure.auth === 'azure-cli' ? await (deps.azOnPath ?? azOnPath)(deps.env) : false
  const choice = chooseAuth(s, deps.env, azInstalled)
  if (!choice.method) {
    throw new Error(
      `Cannot sign in to Azure (auth: ${s.azure.auth}): ${choice.skipped.join('; ')}. ` +
        'Use GitHub OIDC (client-id, tenant-id and permissions: id-token: write), run azure/login first, or set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET.'
    )
  }
  const method = choice.method
  // Each case loads the credential it needs by name (the build then bundles only those: scripts/build.mjs, facades),
  // and OIDC only after its ID-token request is on the wire, so that loading the SDK overlaps the round trip.
  const common = {
    authorityHost: s.azure.authorityHost,
    disableInstanceDiscovery: !knownAuthority(s.azure.authorityHost),
    ...clientOptions(deps.ca, deps.signal, deps.policy)
  }
  const env = deps.env
  let inner: TokenCredential
  let detail = ''
  let describe = (): Promise<string> => Promise.resolve(detail)
  let idTokenFailure: Promise<unknown> = Promise.resolve(undefined)
  let readable = false
  switch (method) {
    case 'oidc': {
      const getIdToken =
        deps.idToken ??
        ((audience: string) =>
          requestIdToken(audience, {
            url: env.ACTIONS_ID_TOKEN_REQUEST_URL!,
            bearer: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN!,
            ca: deps.ca,
            signal: deps.signal,
            policy: deps.policy,
            onRetry: (m) => deps.log.info(m)
          }))
      // The cloud's token-exchange audience: Entra ID of a sovereign cloud exchanges only its own (src/clouds.ts).
      const audience = s.azure.cloud.tokenExchangeAudience
      // Fetched once up front: its claims go in the log. Its errors say themselves what failed and what to do
      // (permissions only when the endpoint refused): not wrapped again.
      const first = getIdToken(audience)
      // Masked the moment it arrives.
      first.then(
        (t) => deps.mask(t),
        () => undefined
      )
      idTokenFailure = first.then(
        () => undefined,
        (err: unknown) => err
      )
      let current: Promise<string> = first
      const { ClientAssertionCredential } = await import('@azure/identity')
      inner = new ClientAssertionCredential(
        s.azure.tenantId!,
        s.azure.clientId!,
        async () => {
          // A GitHub ID token can be presented until it expires: fetch a new one only when it is about to.
          let token = await current
          if (expiresWithin(token, 60_000)) {
            current = getIdToken(audience)
            token = await current
          }
          deps.mask(token)
          return token
        },
        common
      )
      describe = async () => {
        // Only the claims people need to debug a federation mismatch, never the token.
        const c = tokenClaims(await first)
        return ` (client ${s.azure.clientId}; GitHub ID token iss ${c?.iss}, sub ${c?.sub}, aud ${c?.aud.join(',')})`
      }
      break
    }
    case 'workload-identity': {
      detail = ` (client ${s.azure.clientId}, token file ${env.AZURE_FEDERATED_TOKEN_FILE})`
      // The projected service-account token is a credential too: mask it (the credential re-reads the file itself).
      readable = await readFile(env.AZURE_FEDERATED_TOKEN_FILE!, 'utf8').then(
        (t) => {
          if (t.trim()) deps.mask(t.trim())
          return true
        },
        () => false
      )
      const { WorkloadIdentityCredential } = await import('@azure/identity')
      inner = new WorkloadIdentityCredential({
        ...common,
        tenantId: s.azure.tenantId,
        clientId: s.azure.clientId,
        tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE
      })
      break
    }
    case 'azure-cli': {
      const { AzureCliCredential } = await import('@azure/identity')
      inner = new AzureCliCredential({ tenantId: s.azure.tenantId })
      break
    }
    case 'environment': {
      detail = ` (client ${env.AZURE_CLIENT_ID})`
      if (env.AZURE_CLIENT_SECRET) deps.mask(env.AZURE_CLIENT_SECRET)
      const { ClientCertificateCredential, ClientSecretCredential } = await import('@azure/identity')
      inner = env.AZURE_CLIENT_SECRET
        ? new ClientSecretCredential(env.AZURE_TENANT_ID!, env.AZURE_CLIENT_ID!, env.AZURE_CLIENT_SECRET, common)
        : new ClientCertificateCredential(
            env.AZURE_TENANT_ID!,
            env.AZURE_CLIENT_ID!,
            { certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH! },
            common
          )
      break
    }
  }
  // After the SDK's import (jest's ESM loader fails on concurrent imports of a shared module; the caller's loads share some).
  if (method === 'oidc') void idTokenFailure.then((failed) => failed || deps.underway?.())
  else if (method !== 'workload-identity' || readable) deps.underway?.()
  const credential = sharedCredential(inner, deps.mask, undefined, (m) => deps.log.info(m), deps.signal, deps.policy)
  for (const scope of deps.prefetchScopes ?? []) void credential.getToken(scope).catch(() => undefined)
  // Sign in now: a bad credential fails here with the method named, not in the middle of the first ARM read.
  try {
    await explain(`Signing in to Azure with ${method}`, () => credential.getToken(armScope(s.azure.armEndpoint)))
  } catch (err) {
    // MSAL wraps a failing assertion callback: report the ID-token problem itself when that was the cause.
    throw (await idTokenFailure) ?? err
  }
  deps.log.info(`Signed in to Azure with ${method}${await describe()}.`)

  let subscriptionId = s.azure.subscriptionId
  let tenantId = s.azure.tenantId
  if (!subscriptionId && method === 'azure-cli') {
    const account = await explain('Reading the Azure CLI subscription (az account show)', () => (deps.azAccount ?? azAccountShow)())
    subscriptionId = account.id
    tenantId ??= account.tenantId
  }
  if (!subscriptionId) throw new Error("No subscription: set the 'subscription-id' input or AZURE_SUBSCRIPTION_ID.")
  return { credential, method, subscriptionId, tenantId }
}

/**
 * Wraps a credential so every token is masked as soon as it exists, and concurrent requests for the same scope
 * share one token request (three SDK clients starting together would otherwise each ask Entra).
 */
export function sharedCredential(
  inner: TokenCredential,
  mask: (s: string) => void,
  refreshMarginMs = 120_000,
  info?: (message: string) => void,
  signal?: AbortSignal,
  policy: TransportPolicy = TRANSPORT
): TokenCredential {
  const cache = new Map<string, Promise<AccessToken | null>>()
  return {
    async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
      const k =
        [scopes].flat().join(' ') + (options?.tenantId ? `@${options.tenantId}` : '') + (options?.claims ? `#${options.claims}` : '')
      let p = cache.get(k)
      if (p) {
        const t = await p.catch(() => null)
        if (t && t.expiresOnTimestamp - Date.now() > refreshMarginMs) return t
      }
      p = retryUnreachableIssuer(() => inner.getToken(scopes, options), policy, info, signal).then((t) => {
        if (t) mask(t.token)
        return t
      })
      cache.set(k, p)
      p.catch(() => cache.delete(k))
      return p
    }
  }
}

async function azOnPath(env: Record<string, string | undefined>): Promise<boolean> {
  return (await findOnPath('az', env)) !== undefined
}

/** `az account show`: kept small (not testable here without az). */
async function azAccountShow(): Promise<{ id: string; tenantId?: string }> {
  const { getExecOutput } = await import('@actions/exec')
  const out = await getExecOutput('az', ['account', 'show', '--output', 'json'], { silent: true })
  const account = JSON.parse(out.stdout) as { id?: string; tenantId?: string }
  if (!account.id) throw new Error('az account show returned no subscription id')
  return { id: account.id, tenantId: account.tenantId }
}
