// The projected service-account token the webhook mounts: read, masked, and checked before anything presents it
// to Entra ID (present, a JWT, within its validity, with the exchange audience). Only its claims are ever shown.
// Kubelet rewrites the file before it expires (at 80% of its life), so every reader re-reads it.
import { readFile } from 'node:fs/promises'
import { tokenClaims, type TokenClaims } from '../token-claims.js'

export interface ProjectedToken {
  /** The JWT: a credential, masked on read. */
  token: string
  claims: TokenClaims
  /** Epoch ms. */
  expiresOn: number
}

/** Why the token cannot be used, as a sentence naming the file. */
export class TokenFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'TokenFileError'
  }
}

/** Pure: the checks on the file's text. Throws TokenFileError; returns warnings (e.g. another audience). */
export function checkToken(
  text: string,
  path: string,
  o: { now: number; audience: string }
): { token: ProjectedToken; warnings: string[] } {
  const token = text.trim()
  if (!token) throw new TokenFileError(`The token file ${path} is empty: kubelet has not written the projected service-account token yet.`)
  const claims = tokenClaims(token)
  if (!claims || typeof claims.exp !== 'number')
    throw new TokenFileError(`The token file ${path} does not hold a service-account token (not a JWT with an expiry).`)
  const expiresOn = claims.exp * 1000
  const at = (ms: number) => new Date(ms).toISOString()
  if (expiresOn <= o.now)
    throw new TokenFileError(
      `The service-account token in ${path} expired at ${at(expiresOn)}: kubelet renews it while the pod runs, so the pod's ` +
        'token volume is not being refreshed (a stopped kubelet, or a file copied out of the pod). Run the job on a running pod with workload identity.'
    )
  if (typeof claims.nbf === 'number' && claims.nbf * 1000 > o.now + 60_000)
    throw new TokenFileError(
      `The service-account token in ${path} is not valid before ${at(claims.nbf * 1000)}: this machine's clock is behind the cluster's.`
    )
  const warnings: string[] = []
  if (!claims.aud.includes(o.audience))
    warnings.push(
      `The service-account token's audience is '${claims.aud.join(',')}', not '${o.audience}': Entra ID accepts it only if the federated credential lists that audience.`
    )
  return { token: { token, claims, expiresOn }, warnings }
}

/** Reads the file and checks it; `mask` gets the token before anything else can see it. */
export async function readProjectedToken(
  path: string,
  o: { now: number; audience: string; mask: (s: string) => void }
): Promise<{ token: ProjectedToken; warnings: string[] }> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (err) {
    const code = (err as { code?: string }).code
    throw new TokenFileError(
      code === 'ENOENT'
        ? `The token file ${path} does not exist: AZURE_FEDERATED_TOKEN_FILE is set, but the projected token volume is not mounted in this container (a container listed in azure.workload.identity/skip-containers, or a path copied from another pod).`
        : `Cannot read the token file ${path}: ${(err as Error).message}`
    )
  }
  if (text.trim()) o.mask(text.trim())
  return checkToken(text, path, o)
}
