// An endpoint of the GitHub emulator: method, path pattern and operation (GitHub's operationId), the
// documentation URL its errors carry, who may call it (a token, or a GitHub App by its JWT) and its handler.
// Authentication, rate limits and the common headers are added around the handler by index.ts.
import type { SandboxRequest, SandboxResponse } from '../frame.js'
import type { AppRecord, TokenGrant } from './model.js'

export interface Call {
  grant: TokenGrant
  /** This operation's documentation URL (GitHub puts it in every error body). */
  doc: string
}

/** A call authenticated as a GitHub App (its JWT), not as an installation or a user. */
export interface AppCall {
  app: AppRecord
  doc: string
}

interface EndpointBase {
  method: string
  pattern: string
  operation: string
  doc: string
}

export interface TokenEndpoint extends EndpointBase {
  auth?: 'token'
  handler: (req: SandboxRequest, call: Call) => SandboxResponse | Promise<SandboxResponse>
}

export interface AppEndpoint extends EndpointBase {
  auth: 'app'
  handler: (req: SandboxRequest, call: AppCall) => SandboxResponse | Promise<SandboxResponse>
}

export type Endpoint = TokenEndpoint | AppEndpoint
