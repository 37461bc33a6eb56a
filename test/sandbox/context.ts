// What every sandbox service part receives and returns. A part owns its own state; the context is how
// parts see each other (URLs, the shared identifiers, the clock, other parts' read-only views).
import type { IncomingMessage } from 'node:http'
import type { Frame, Handler, Router, SandboxRequest } from './frame.js'
import type { SandboxTls } from './ca.js'
import type { SandboxClock } from './clock.js'
import { AKS_SERVER_APP_ID as SERVER_APP_ID, CLOUDS, type Cloud, type CloudName } from '../../src/clouds.js'

export interface SandboxUrls {
  /** Azure Resource Manager (resource groups, Microsoft.ManagedIdentity, Microsoft.Authorization, Microsoft.ContainerService). */
  arm: string
  /** Entra ID authority host (`{authority}/{tenant}/oauth2/v2.0/token`). */
  entra: string
  /** The emulated AKS cluster's OIDC issuer host (issuer URL = `${oidc}/${tenantId}/${clusterGuid}/`). */
  oidc: string
  /** The emulated AKS cluster's Kubernetes API server. */
  kube: string
  /** GitHub REST API (runners). */
  github: string
  /** Stand-in for the Actions runner's ID-token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL). */
  idtoken: string
  /** Admin API: request log, faults, reset, seed, per-service controls. */
  admin: string
}

export interface Clock {
  /** Epoch milliseconds; tests may skew it to provoke time-range errors. */
  now(): number
}

export interface SandboxContext {
  frame: Frame
  urls: SandboxUrls
  /** Real time plus the offset tests set or advance (clock.ts); its `sleep` ends early when a test advances it. */
  clock: SandboxClock
  /** The tenant of the emulated Entra ID. */
  tenantId: string
  /** The subscription of the emulated ARM. */
  subscriptionId: string
  /** Parts register themselves here so other parts can call them in-process (e.g. Entra reads ARM's FICs). */
  parts: Partial<Record<string, unknown>>
  /** Options given to startSandbox, for parts to read their own section. */
  options: SandboxOptions
}

export interface ServicePart {
  /** Service name in the log and fault rules: arm, entra, oidc, kube, github, idtoken. */
  name: keyof SandboxUrls
  router: Router
  errorBody: (status: number, code: string, message: string, requestId: string) => unknown
  commonHeaders?: (requestId: string) => Record<string, string>
  before?: (req: SandboxRequest) => void | Promise<void>
  anonymous?: (operation: string) => boolean
  /** Checks a response against the service's published schema (see ServiceOptions.check). */
  check?: (req: SandboxRequest, status: number, body: unknown) => string[] | undefined
  /** Connections the service drops unanswered (see ServiceOptions.refuse). */
  refuse?: (req: IncomingMessage) => boolean
  /** Admin routes, mounted on the admin server under `/{name}/...` (patterns given without the prefix). */
  admin?: Array<{ method: string; pattern: string; handler: Handler }>
  /** Back to the seeded state. */
  reset(): void
  /** Files to write into the sandbox directory once every service listens (name -> content), e.g. `kubeconfig`. */
  files?(): Record<string, string>
  /** Action inputs (without the INPUT_ prefix, as named in action.yml) that point the action at this part. */
  inputs?(): Record<string, string>
  /** Environment variables a process needs to use this part (credentials, endpoints). */
  env?(): Record<string, string>
  /**
   * JSON-friendly dump of the part's state (for the admin API and debugging). `full` (`GET /state?detail=full`):
   * every stored object in full, for harnesses that compare states (credentials replaced by digests).
   */
  dump?(detail?: 'summary' | 'full'): unknown
  /**
   * Asynchronous start-up work that needs every service listening (e.g. reading an external cluster's
   * issuer); startSandbox awaits it before files(), inputs() and env().
   */
  init?(): Promise<void>
}

export interface SandboxOptions {
  /** Fixed ports per service (0 or absent = a free port). */
  ports?: Partial<Record<keyof SandboxUrls, number>>
  /** Directory for the CA file and kubeconfig (default: a new temp dir). */
  dir?: string
  /**
   * Reuse an existing CA and server certificate (default: a new pair). Lets a second sandbox trust the first,
   * e.g. when one sandbox's Kubernetes API serves as another's external cluster.
   */
  tls?: SandboxTls
  /**
   * Real-hosts mode (see real-hosts.ts): each service on port 443 at its own loopback address under its real
   * name (management.azure.com, login.microsoftonline.com, the AKS issuer host, the cluster FQDN, api.github.com,
   * token.actions.githubusercontent.com), with a certificate for those names. Only inside a network namespace
   * whose /etc/hosts maps the names (start-up fails otherwise); `ports` is ignored for those services.
   */
  realHosts?: boolean
  /** Serve the admin API on this Unix socket instead of a TCP port (reachable from outside a network namespace). */
  adminSocket?: string
  /**
   * Check every ARM response against the stored spec of the request's api-version; problems are recorded in
   * the request log (`LogEntry.problems`). Off by default (compiling the large AKS schemas costs ~0.2 s each);
   * request bodies are validated always, as the providers do.
   */
  validateResponses?: boolean
  /**
   * The Azure cloud the sandbox poses as (default AzureCloud), from the action's cloud table (src/clouds.ts): its
   * Entra ID refuses assertions for another cloud's token-exchange audience (AADSTS700212) and issues, like its ARM
   * accepts, only tokens for that cloud's ARM audiences; the test principal's GitHub credential and the webhook's
   * projected tokens carry its token-exchange audience; the default region, the issuer host and the cluster FQDN
   * (real-hosts mode: every name) are that cloud's; and `inputs` carry `environment`.
   */
  cloud?: CloudName
  /** Per-part options; each part documents its own section. */
  azure?: Record<string, unknown>
  kube?: Record<string, unknown>
  github?: Record<string, unknown>
}

/**
 * What the Azure half offers the other parts in-process (registered as `ctx.parts.azure`).
 * Only the emulated cluster's state crosses over; everything else goes over HTTPS as in the real world.
 */
export interface AzureView {
  /** The emulated AKS cluster as ARM currently reports it. */
  cluster(): {
    id: string
    name: string
    resourceGroup: string
    location: string
    oidcIssuerEnabled: boolean
    workloadIdentityEnabled: boolean
    /** `disableLocalAccounts`: listClusterAdminCredential is refused when true. */
    localAccountsDisabled: boolean
  }
  /**
   * Verify an access token issued by the Entra emulator for `audience` (e.g. the AKS server application
   * `6dae42f8-4368-4678-94ff-3960e28e3630`, or ARM). Returns its claims, or undefined if invalid or expired.
   */
  verifyAccessToken(token: string, audience: string): Promise<{ oid: string; appid: string; tid: string } | undefined>
}

/** What the Kubernetes half offers the other parts in-process (registered as `ctx.parts.kube`). */
export interface KubeView {
  /** The cluster's OIDC issuer URL, trailing slash included: what ARM reports as `oidcIssuerProfile.issuerURL`. */
  issuerUrl(): string
  /**
   * A kubeconfig (YAML) for the cluster's API server, as AKS's listClusterUserCredential ('user': an Entra
   * cluster, the user is an `exec` of kubelogin with server id 6dae42f8-4368-4678-94ff-3960e28e3630) or
   * listClusterAdminCredential ('admin': a static admin token) returns it.
   */
  kubeconfig(kind: 'user' | 'admin'): string
  /**
   * A kubeconfig for the API server as a pod inside the cluster reaches it (an AKS run-command): by its in-network
   * name, so it works while the API server is private; signed in with `token`, else as the cluster admin.
   */
  commandKubeconfig?(token: string | undefined): string
}

/** The AKS server application (the audience of Entra tokens the Kubernetes API server accepts; the same in every cloud). */
export const AKS_SERVER_APP_ID = SERVER_APP_ID

/** A region of each cloud, the sandbox's default location when it poses as that cloud. */
export const CLOUD_REGIONS: Record<CloudName, string> = { AzureCloud: 'eastus', AzureUSGovernment: 'usgovvirginia', AzureChinaCloud: 'chinanorth3' }

/** The cloud the sandbox poses as (`options.cloud`, default AzureCloud). */
export const sandboxCloud = (options: Pick<SandboxOptions, 'cloud'>): Cloud => CLOUDS[options.cloud ?? 'AzureCloud']

/** The sandbox's region: `azure.location`, else the cloud's region. */
export const sandboxRegion = (options: Pick<SandboxOptions, 'cloud' | 'azure'>): string =>
  String(options.azure?.location ?? CLOUD_REGIONS[options.cloud ?? 'AzureCloud'])
