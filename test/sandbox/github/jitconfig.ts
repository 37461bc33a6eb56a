// The just-in-time runner configuration, in the layout actions/runner reads (`run.sh --jitconfig`, see
// src/Runner.Listener/Runner.cs): base64 of a JSON object mapping config file names to base64 file
// contents. The files are the ones `config.sh` would write: `.runner` (settings; GitHub sends PascalCase
// keys with string values), `.credentials` (OAuth client id and token URL) and `.credentials_rsaparams`
// (the runner's RSA private key as .NET RSAParameters). It is a credential: callers must never log it.
import { createHash, generateKeyPair, randomUUID, type JsonWebKey } from 'node:crypto'
import { promisify } from 'node:util'

export const JIT_FILES = ['.runner', '.credentials', '.credentials_rsaparams'] as const

export interface RunnerSettingsFile {
  AgentId: string
  AgentName: string
  DisableUpdate: string
  Ephemeral: string
  PoolId: string
  PoolName: string | null
  ServerUrl: string
  GitHubUrl: string
  WorkFolder: string
}

export interface CredentialsFile {
  Scheme: 'OAuth'
  Data: { ClientId: string; AuthorizationUrl: string; RequireFipsCryptography: string }
}

/** .NET RSAParameters, each a base64 big-endian integer. */
export interface RsaParamsFile {
  d: string
  dp: string
  dq: string
  exponent: string
  inverseQ: string
  modulus: string
  p: string
  q: string
}

export interface JitConfigFiles {
  '.runner': RunnerSettingsFile
  '.credentials': CredentialsFile
  '.credentials_rsaparams': RsaParamsFile
}

export interface JitRunner {
  id: number
  name: string
  runnerGroupId: number
  workFolder: string
  /** html URL of the repository or organisation the runner serves. */
  gitHubUrl: string
}

const generateKeyPairAsync = promisify(generateKeyPair)

/** A fresh RSA key for one runner: the runner signs its OAuth client assertions with it. */
export async function newRunnerKey(): Promise<JsonWebKey> {
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 })
  return privateKey.export({ format: 'jwk' })
}

/**
 * Builds the encoded config. `serviceUrl` is where the runner would talk to the Actions service: the sandbox's
 * own URL, so a runner started with it can never reach the real GitHub.
 */
export function encodeJitConfig(runner: JitRunner, key: JsonWebKey, serviceUrl: string): string {
  const clientId = randomUUID()
  const files: JitConfigFiles = {
    '.runner': {
      AgentId: String(runner.id),
      AgentName: runner.name,
      DisableUpdate: 'False',
      Ephemeral: 'True',
      PoolId: String(runner.runnerGroupId),
      PoolName: null,
      ServerUrl: `${serviceUrl}/_sandbox/actions/`,
      GitHubUrl: runner.gitHubUrl,
      WorkFolder: runner.workFolder
    },
    '.credentials': {
      Scheme: 'OAuth',
      Data: {
        ClientId: clientId,
        AuthorizationUrl: `${serviceUrl}/_sandbox/actions/_apis/oauth2/token/${clientId}`,
        RequireFipsCryptography: 'True'
      }
    },
    '.credentials_rsaparams': rsaParams(key)
  }
  const encoded: Record<string, string> = {}
  for (const name of JIT_FILES) encoded[name] = Buffer.from(JSON.stringify(files[name])).toString('base64')
  return Buffer.from(JSON.stringify(encoded)).toString('base64')
}

/** The inverse of encodeJitConfig, as the runner does it; throws on anything that is not a JIT config. */
export function decodeJitConfig(encoded: string): JitConfigFiles {
  const outer = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8')) as Record<string, unknown>
  const out: Partial<Record<string, unknown>> = {}
  for (const name of JIT_FILES) {
    const v = outer[name]
    if (typeof v !== 'string') throw new Error(`not a JIT config: "${name}" is missing`)
    out[name] = JSON.parse(Buffer.from(v, 'base64').toString('utf8'))
  }
  return out as unknown as JitConfigFiles
}

/** Digest kept instead of the config, to recognise it later without storing the credential. */
export function jitConfigDigest(encoded: string): string {
  return createHash('sha256').update(encoded).digest('hex')
}

/** JWK (base64url) -> RSAParameters (base64), the inverse of what RsaParamsFile documents. */
function rsaParams(jwk: JsonWebKey): RsaParamsFile {
  const b64 = (v: string | undefined): string => {
    if (!v) throw new Error('incomplete RSA key')
    return Buffer.from(v, 'base64url').toString('base64')
  }
  return { d: b64(jwk.d), dp: b64(jwk.dp), dq: b64(jwk.dq), exponent: b64(jwk.e), inverseQ: b64(jwk.qi), modulus: b64(jwk.n), p: b64(jwk.p), q: b64(jwk.q) }
}
