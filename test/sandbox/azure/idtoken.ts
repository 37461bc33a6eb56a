// Stand-in for the GitHub Actions runner's ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL, answered with
// `{ value: <jwt> }` for the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN, `&audience=` as @actions/core adds it) and
// for the OIDC issuer behind it (token.actions.githubusercontent.com: discovery document and JWKS).
// Its issuer URL is the service URL without a trailing slash, as GitHub's is.
import { randomUUID } from 'node:crypto'
import type { SandboxContext } from '../context.js'
import { HttpError, Router, type SandboxRequest, type SandboxResponse } from '../frame.js'
import { Signer } from './signer.js'
import type { AzureWorld } from './world.js'

export class IdToken {
  readonly router = new Router()
  readonly signer = new Signer()
  /** The bearer a job presents to ask for its ID token (ACTIONS_ID_TOKEN_REQUEST_TOKEN). */
  readonly requestToken = `sandbox-idtoken-${randomUUID()}`
  /** Per-test claim overrides (e.g. another `sub` for an environment): set through the admin API. */
  overrides: Record<string, unknown> = {}

  constructor(
    private readonly ctx: SandboxContext,
    private readonly world: AzureWorld
  ) {
    ctx.frame.secrets.add('idtoken-request-token', this.requestToken)
    this.router
      .add('GET', '/_apis/distributedtask/hubs/Actions/plans/{plan}/jobs/{job}/idtoken', 'idtoken.request', (req) => this.issue(req))
      .add('GET', '/.well-known/openid-configuration', 'idtoken.openid-configuration', () => this.discovery())
      .add('GET', '/.well-known/jwks', 'idtoken.jwks', async () => ({ status: 200, body: await this.signer.jwks() }))
  }

  get issuer(): string {
    return this.ctx.urls.idtoken
  }

  /** ACTIONS_ID_TOKEN_REQUEST_URL, shaped like the runner's (plan and job ids, api-version). */
  requestUrl(): string {
    return `${this.issuer}/_apis/distributedtask/hubs/Actions/plans/6f3c1b2a-0d4e-4f5a-8b7c-9d0e1f2a3b4c/jobs/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/idtoken?api-version=2.0`
  }

  readonly errorBody = (_status: number, code: string, message: string): unknown => ({ message: `${code}: ${message}` })

  private discovery(): SandboxResponse {
    return {
      status: 200,
      body: {
        issuer: this.issuer,
        jwks_uri: `${this.issuer}/.well-known/jwks`,
        subject_types_supported: ['public', 'pairwise'],
        response_types_supported: ['id_token'],
        claims_supported: ['sub', 'aud', 'exp', 'iat', 'iss', 'jti', 'nbf', 'ref', 'repository', 'repository_owner', 'run_id', 'sha', 'workflow', 'actor', 'environment', 'job_workflow_ref'],
        id_token_signing_alg_values_supported: ['RS256'],
        scopes_supported: ['openid']
      }
    }
  }

  /** Signs an ID token as the runner would hand it to this job (also used in-process by tests). */
  async token(audience?: string): Promise<string> {
    const s = this.world.settings
    const [owner] = s.githubRepository.split('/')
    const iat = Math.floor(this.world.now() / 1000)
    const token = await this.signer.sign({
      jti: randomUUID(),
      sub: s.githubSubject,
      aud: audience ?? `https://github.com/${owner}`,
      ref: 'refs/heads/main',
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      repository: s.githubRepository,
      repository_owner: owner,
      run_id: '4242424242',
      run_number: '7',
      run_attempt: '1',
      actor: 'octocat',
      workflow: 'deploy',
      event_name: 'push',
      ref_type: 'branch',
      job_workflow_ref: `${s.githubRepository}/.github/workflows/deploy.yml@refs/heads/main`,
      runner_environment: 'github-hosted',
      iss: this.issuer,
      nbf: iat - 5,
      iat,
      exp: iat + 300,
      ...this.overrides
    })
    this.ctx.frame.secrets.add('github-id-token', token)
    return token
  }

  private async issue(req: SandboxRequest): Promise<SandboxResponse> {
    if (req.headers.authorization !== `Bearer ${this.requestToken}`) {
      throw new HttpError(401, { message: 'The ID-token request needs the bearer ACTIONS_ID_TOKEN_REQUEST_TOKEN.' })
    }
    return { status: 200, body: { count: 1, value: await this.token(req.query.get('audience') ?? undefined) } }
  }
}
