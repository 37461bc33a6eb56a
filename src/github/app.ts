// Runner registration as a GitHub App: the App's private key read and checked before any request, the App's
// JWT (RS256, signed with jose), the App's installation for the runner scope, and an installation token minted
// for the run with only the permission runners need (`administration: write` on the one repository, or
// `organization_self_hosted_runners: write` on the organisation), masked the moment it arrives, minted again
// before it expires, and revoked at the end of the run. The private key stays in this process: it is never
// logged, written or put in a spec, a plan or an output.
import { createPrivateKey, type KeyObject } from 'node:crypto'
import type { RunnerScope, Settings } from '../settings.js'
import { githubAnswer, githubClient, githubError, type GitHubClientOptions, type Octokit } from './client.js'

/** The App as the inputs name it: its id (or client ID) and its private key (PEM, validated). */
export interface GitHubAppCredentials {
  /** `github-app-id`: the App ID (digits) or its client ID (`Iv…`); either is a valid JWT issuer. */
  appId: string
  /** `github-app-private-key`, normalised (escaped line breaks restored). A secret. */
  privateKey: string
}

/** An App ID (digits) or a client ID (`Iv1.0123456789abcdef`, `Iv23li…`). */
export function appIdProblem(v: string): string | undefined {
  return /^[1-9][0-9]{0,11}$/.test(v) || /^Iv[0-9A-Za-z.]{6,40}$/.test(v)
    ? undefined
    : "must be the GitHub App's ID (digits, on the App's settings page) or its client ID (Iv…)"
}

/**
 * Reads `github-app-private-key`: the whole .pem file GitHub downloads (PKCS#1 `BEGIN RSA PRIVATE KEY`, or PKCS#8
 * `BEGIN PRIVATE KEY`), with line breaks as they are or escaped as `\n` (some secret stores do that). Returns the
 * key, or what is wrong in words that never show the value.
 */
export function readAppPrivateKey(text: string): { pem: string; key: KeyObject } | { problem: string } {
  let pem = text.trim()
  if (!pem.includes('\n') && pem.includes('\\n')) pem = pem.replace(/\\n/g, '\n')
  const whole =
    "paste the whole .pem file GitHub downloaded (App settings → Private keys), from '-----BEGIN RSA PRIVATE KEY-----' to '-----END RSA PRIVATE KEY-----', line breaks included"
  if (/^-----BEGIN (RSA |EC )?PUBLIC KEY-----|^-----BEGIN CERTIFICATE-----|^ssh-(rsa|ed25519) /.test(pem))
    return { problem: `is a public key or certificate, not the App's private key: ${whole}` }
  if (/^-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem))
    return { problem: "is encrypted with a passphrase; GitHub's App keys are not: use the downloaded file as it is" }
  if (!/^-----BEGIN (RSA )?PRIVATE KEY-----/.test(pem)) {
    const bare = /^[A-Za-z0-9+/=\s]{100,}$/.test(pem)
    return { problem: bare ? `is base64 without the PEM header and footer: ${whole}` : `is not a PEM private key: ${whole}` }
  }
  if (!/-----END (RSA )?PRIVATE KEY-----$/.test(pem)) return { problem: `is cut short (no '-----END … PRIVATE KEY-----' line): ${whole}` }
  let key: KeyObject
  try {
    key = createPrivateKey({ key: pem, format: 'pem' })
  } catch {
    return { problem: `cannot be read as a private key (damaged, or its line breaks were lost): ${whole}` }
  }
  if (key.asymmetricKeyType !== 'rsa')
    return { problem: `is a ${key.asymmetricKeyType ?? 'non-RSA'} key; GitHub App keys are RSA: ${whole}` }
  if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
    return { problem: 'is an RSA key shorter than 2048 bits; GitHub App keys are 2048 bits' }
  return { pem, key }
}

/**
 * The App's JWT: issued 60 s in the past and valid 9 minutes (GitHub refuses more than 10, counted on its own
 * clock, so a little margin for a runner whose clock runs ahead).
 */
export async function appJwt(app: GitHubAppCredentials, nowMs: number): Promise<string> {
  const { SignJWT } = await import('jose')
  const read = readAppPrivateKey(app.privateKey)
  if ('problem' in read) throw new Error(`Input 'github-app-private-key' ${read.problem}.`)
  const now = Math.floor(nowMs / 1000)
  return new SignJWT({})
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT' })
    .setIssuer(app.appId)
    .setIssuedAt(now - 60)
    .setExpirationTime(now + 540)
    .sign(read.key)
}

/** The permission the runner API needs at a scope, as an installation token asks for it. */
export function runnerPermission(scope: RunnerScope): Record<string, 'write'> {
  return scope.kind === 'repo' ? { administration: 'write' } : { organization_self_hosted_runners: 'write' }
}

export interface InstallationTokenOptions extends GitHubClientOptions {
  app: GitHubAppCredentials
  scope: RunnerScope
  /** core.setSecret: called with each token the moment it arrives. */
  mask: (secret: string) => void
  info: (message: string) => void
  /** Epoch ms (tests); default Date.now. */
  now?: () => number
  /** `runner-count: auto` reads queued jobs: the token also gets `actions: read`. */
  readsQueue?: boolean
}

export interface InstallationTokens {
  /** A token with at least five minutes left: minted on first use, and again when the last one is about to expire. */
  token(): Promise<string>
  /** Revokes the tokens minted for this run (the end of the run); never throws. */
  revoke(): Promise<void>
}

/** Mint again when less than this is left of a token's hour. */
const REFRESH_MARGIN_MS = 5 * 60_000

const label = (s: RunnerScope): string => (s.kind === 'repo' ? `${s.owner}/${s.repo}` : `organisation ${s.org}`)

/** The installation of the App that covers the runner scope (a repository's, or the organisation's). */
async function findInstallation(octokit: Octokit, o: InstallationTokenOptions): Promise<number> {
  const { scope, app } = o
  const what = `Finding the GitHub App ${app.appId}'s installation for ${label(scope)}`
  try {
    const { data } =
      scope.kind === 'repo'
        ? await octokit.rest.apps.getRepoInstallation({ owner: scope.owner, repo: scope.repo })
        : await octokit.rest.apps.getOrgInstallation({ org: scope.org })
    return data.id
  } catch (err) {
    throw appError(what, err, o)
  }
}

/** GitHub's refusal of the App or its JWT, with what to check. */
function appError(what: string, err: unknown, o: InstallationTokenOptions) {
  const { status, message } = githubAnswer(err)
  const permission = Object.keys(runnerPermission(o.scope))[0]!
  if (status === 401)
    return githubError(
      what,
      err,
      `GitHub refused the App's JWT: 'github-app-id' (${o.app.appId}) and 'github-app-private-key' must belong to the same App (a key of another App gives "A JSON web token could not be decoded"), and the runner's clock must be right`
    )
  if (status === 404 && /integration not found/i.test(message))
    return githubError(what, err, `no GitHub App has the ID or client ID '${o.app.appId}' ('github-app-id')`)
  if (status === 404)
    return githubError(
      what,
      err,
      `the App is not installed on ${label(o.scope)}: install it there (the App's page → Install App) with the permission ${permission === 'administration' ? 'Repository → Administration: Read and write' : 'Organization → Self-hosted runners: Read and write'}`
    )
  if (status === 422)
    return githubError(
      what,
      err,
      `the App's installation does not grant '${permission}: write'${o.scope.kind === 'repo' ? ` on ${label(o.scope)}` : ''}: add it in the App's permissions (${permission === 'administration' ? 'Repository → Administration' : 'Organization → Self-hosted runners'}: Read and write${o.readsQueue ? "; and Repository → Actions: Read-only, as 'runner-count: auto' reads the queued jobs" : ''}), then have the installation's owner accept the new permissions`
    )
  return githubError(what, err)
}

/** Installation tokens for the runner API, minted with only the permission the scope needs. */
export function installationTokens(o: InstallationTokenOptions): InstallationTokens {
  const now = o.now ?? (() => Date.now())
  let current: Promise<{ token: string; expiresAt: number }> | undefined
  let expiresAt = 0
  const minted: string[] = []

  const mint = async (): Promise<{ token: string; expiresAt: number }> => {
    const jwt = await appJwt(o.app, now())
    const asApp = await githubClient(jwt, o)
    const installationId = await findInstallation(asApp, o)
    const permissions: Record<string, 'read' | 'write'> = { ...runnerPermission(o.scope), ...(o.readsQueue ? { actions: 'read' } : {}) }
    let data
    try {
      data = (
        await asApp.rest.apps.createInstallationAccessToken({
          installation_id: installationId,
          permissions,
          ...(o.scope.kind === 'repo' ? { repositories: [o.scope.repo] } : {})
        })
      ).data
    } catch (err) {
      throw appError(`Minting an installation token of the GitHub App ${o.app.appId} for ${label(o.scope)}`, err, o)
    }
    // Masked before anything else can see it.
    o.mask(data.token)
    minted.push(data.token)
    const at = Date.parse(data.expires_at)
    const granted = Object.entries(data.permissions ?? permissions).map(([k, v]) => `${k}: ${v}`)
    o.info(
      `GitHub App ${o.app.appId}: installation ${installationId}, a token for ${label(o.scope)} with ${granted.join(', ')} until ${new Date(at).toISOString().slice(11, 16)} UTC`
    )
    return { token: data.token, expiresAt: at }
  }

  return {
    async token() {
      if (!current || expiresAt - now() < REFRESH_MARGIN_MS) {
        const next = mint()
        current = next
        // A failed mint is not kept: the next request tries again.
        next.then(
          (t) => (expiresAt = t.expiresAt),
          () => {
            if (current === next) current = undefined
          }
        )
        expiresAt = Number.POSITIVE_INFINITY
      }
      return (await current).token
    },

    async revoke() {
      // A token still being minted is revoked too, once it arrives.
      await current?.catch(() => undefined)
      for (const token of minted.splice(0)) {
        try {
          // Cleanup runs after a stop too: not under the run's stop signal (the attempt deadlines still bound it).
          const octokit = await githubClient(token, { ...o, signal: undefined })
          await octokit.rest.apps.revokeInstallationAccessToken()
        } catch (err) {
          o.info(
            `GitHub App ${o.app.appId}: revoking the run's installation token failed (${githubAnswer(err).message}); it expires within the hour`
          )
        }
      }
    }
  }
}

/** The run's installation tokens when runners register as a GitHub App (`github-app-id`), else undefined. */
export function runnerAppTokens(
  s: Pick<Settings, 'runners' | 'secrets'>,
  o: Pick<InstallationTokenOptions, 'fetch' | 'mask' | 'info' | 'signal' | 'policy'>
): InstallationTokens | undefined {
  const r = s.runners
  const privateKey = s.secrets.githubAppPrivateKey
  if (!r.githubAppId || !privateKey || !r.scope) return undefined
  return installationTokens({
    ...o,
    app: { appId: r.githubAppId, privateKey },
    scope: r.scope,
    baseUrl: r.githubApiUrl,
    readsQueue: r.autoscale !== undefined
  })
}
