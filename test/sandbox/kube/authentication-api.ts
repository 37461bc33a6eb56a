// The authentication.k8s.io/v1 endpoints: TokenRequest (`POST .../serviceaccounts/{name}/token`, real RS256
// JWTs from the cluster's issuer), SelfSubjectReview (`kubectl auth whoami`) and TokenReview.
import type { SandboxRequest, SandboxResponse, SecretLedger } from '../frame.js'
import type { Authenticator } from './authn.js'
import type { UserInfo } from './authz.js'
import { AUTHENTICATION_GV } from './discovery.js'
import { decodeTokenRequest, isProtobuf } from './protobuf.js'
import { parseBody } from './request.js'
import type { ObjectStore } from './store.js'
import { badRequest, invalid, notFound } from './status.js'
import type { BoundObject, Issuer } from './tokens.js'
import { isMap, rfc3339 } from './types.js'

const GROUP = 'authentication.k8s.io'
const MIN_SECONDS = 600
const DEFAULT_SECONDS = 3600

export class AuthenticationApi {
  constructor(
    private readonly deps: { store: ObjectStore; issuer: Issuer; issuerUrl: () => string; now: () => number; authn: Authenticator; secrets?: SecretLedger }
  ) {}

  private expirationError(name: string, seconds: number, why: string): Error {
    return invalid('TokenRequest', name, [{ field: 'spec.expirationSeconds', reason: 'FieldValueInvalid', message: `Invalid value: ${seconds}: ${why}` }], GROUP)
  }

  /** Mints for service account `ns/name`; throws the API server's 404/422 Status errors. */
  async mint(ns: string, name: string, spec: { audiences?: string[]; expirationSeconds?: number; boundObjectRef?: { kind?: string; name?: string; uid?: string } }) {
    const sa = this.deps.store.get('serviceaccounts', ns, name)
    if (!sa) throw notFound('serviceaccounts', name)
    const expirationSeconds = spec.expirationSeconds ?? DEFAULT_SECONDS
    if (!Number.isInteger(expirationSeconds) || expirationSeconds < MIN_SECONDS) throw this.expirationError(name, expirationSeconds, 'may not specify a duration less than 10 minutes')
    if (expirationSeconds > 2 ** 32) throw this.expirationError(name, expirationSeconds, 'may not specify a duration larger than 2^32 seconds')
    // Without audiences the token is for the API server itself, whose audience is the issuer.
    const audiences = spec.audiences?.length ? spec.audiences.map(String) : [this.deps.issuerUrl()]
    let bound: BoundObject | undefined
    const ref = spec.boundObjectRef
    if (ref) {
      const resource = ref.kind === 'Pod' ? 'pods' : ref.kind === 'Secret' ? 'secrets' : undefined
      if (!resource)
        throw invalid('TokenRequest', name, [{ field: 'spec.boundObjectRef.kind', reason: 'FieldValueNotSupported', message: `Unsupported value: "${ref.kind}": supported values: "Pod", "Secret"` }], GROUP)
      const target = this.deps.store.get(resource, ns, String(ref.name))
      if (!target || (ref.uid && ref.uid !== target.metadata.uid)) throw notFound(resource, String(ref.name))
      bound = { kind: ref.kind as 'Pod' | 'Secret', name: target.metadata.name!, uid: target.metadata.uid! }
    }
    const now = this.deps.now()
    const { token, expiresAt } = await this.deps.issuer.mint({ namespace: ns, name, uid: sa.metadata.uid! }, { audiences, expirationSeconds, now, boundObject: bound })
    this.deps.secrets?.add('kube-service-account-token', token)
    return { token, expiresAt, audiences, expirationSeconds, bound, now }
  }

  async tokenRequest(req: SandboxRequest): Promise<SandboxResponse> {
    const ns = req.params.namespace!
    const name = req.params.name!
    const body = isProtobuf(req.headers['content-type']) ? decodeTokenRequest(req.body) : req.body.length ? parseBody(req) : {}
    if (!isMap(body)) throw badRequest('the object provided is unrecognized')
    const spec = isMap(body.spec) ? body.spec : {}
    const t = await this.mint(ns, name, {
      audiences: Array.isArray(spec.audiences) ? spec.audiences : undefined,
      expirationSeconds: spec.expirationSeconds === undefined || spec.expirationSeconds === null ? undefined : Number(spec.expirationSeconds),
      boundObjectRef: isMap(spec.boundObjectRef) ? spec.boundObjectRef : undefined
    })
    const boundObjectRef = t.bound ? { kind: t.bound.kind, apiVersion: 'v1', name: t.bound.name, uid: t.bound.uid } : undefined
    return {
      status: 201,
      body: {
        kind: 'TokenRequest',
        apiVersion: AUTHENTICATION_GV,
        metadata: { name, namespace: ns, creationTimestamp: rfc3339(t.now) },
        spec: { audiences: t.audiences, expirationSeconds: t.expirationSeconds, ...(boundObjectRef ? { boundObjectRef } : {}) },
        status: { token: t.token, expirationTimestamp: rfc3339(t.expiresAt) }
      }
    }
  }

  selfSubjectReview(user: UserInfo): SandboxResponse {
    return { status: 201, body: { kind: 'SelfSubjectReview', apiVersion: AUTHENTICATION_GV, metadata: { creationTimestamp: rfc3339(this.deps.now()) }, status: { userInfo: user } } }
  }

  async tokenReview(req: SandboxRequest): Promise<SandboxResponse> {
    const body = parseBody(req)
    const token = String(body?.spec?.token ?? '')
    const audiences: string[] = Array.isArray(body?.spec?.audiences) && body.spec.audiences.length ? body.spec.audiences : [this.deps.issuerUrl()]
    let result: { user: UserInfo; audience: string } | undefined
    for (const audience of audiences) {
      const user = await this.deps.authn.serviceAccountUser(token, audience)
      if (user) {
        result = { user, audience }
        break
      }
    }
    const status = result ? { authenticated: true, user: result.user, audiences: [result.audience] } : { error: '[invalid bearer token, service account token has been invalidated]' }
    return { status: 201, body: { kind: 'TokenReview', apiVersion: AUTHENTICATION_GV, metadata: { creationTimestamp: rfc3339(this.deps.now()) }, spec: body.spec, status } }
  }
}
