// The real Azure SDK clients, pointed at a sandbox only through endpoint and CA options, for tests.
//
// How each library takes the sandbox CA (found by reading the packages, November 2026):
// - @azure/identity 4.14: credential options extend the core pipeline options, so `tlsOptions: { ca }` reaches
//   MSAL's HTTP client; `authorityHost` + `disableInstanceDiscovery: true` keep MSAL off login.microsoftonline.com.
// - @azure/arm-msi 2.2 and @azure/arm-authorization 9.0 (core-client): `{ endpoint, tlsOptions: { ca } }`; they ask
//   for `${endpoint}/.default` themselves.
// - @azure/arm-containerservice 25.5 (TypeSpec runtime): `{ endpoint, tlsOptions: { ca }, credentials: { scopes } }`.
//   Its option is `credentials.scopes` (not `credentialScopes`); without it the client asks Entra for
//   https://management.azure.com/.default, which the sandbox's Entra refuses (AADSTS500011) like a sovereign cloud.
import { ClientAssertionCredential, ClientSecretCredential, type TokenCredential } from '@azure/identity'
import { ManagedServiceIdentityClient } from '@azure/arm-msi'
import { AuthorizationManagementClient } from '@azure/arm-authorization'
import { ContainerServiceClient } from '@azure/arm-containerservice'
import type { Sandbox } from '../index.js'
import type { AzureHalf } from './index.js'

export interface ArmClients {
  msi: ManagedServiceIdentityClient
  authz: AuthorizationManagementClient
  aks: ContainerServiceClient
}

export const azureHalf = (sandbox: Sandbox): AzureHalf => sandbox.ctx.parts.azure as AzureHalf

/** Options every credential needs to talk to the sandbox's Entra. */
export function credentialOptions(sandbox: Sandbox) {
  return { authorityHost: sandbox.urls.entra, disableInstanceDiscovery: true, tlsOptions: { ca: sandbox.tls.caPem } }
}

/** The test principal, signing in with its client secret. */
export function principalCredential(sandbox: Sandbox): ClientSecretCredential {
  const p = azureHalf(sandbox).settings.principal
  return new ClientSecretCredential(sandbox.tenantId, p.clientId, p.secret, credentialOptions(sandbox))
}

/** A credential exchanging `assertion()` (a federated token) for client `clientId`. */
export function assertionCredential(sandbox: Sandbox, clientId: string, assertion: () => Promise<string>): ClientAssertionCredential {
  return new ClientAssertionCredential(sandbox.tenantId, clientId, assertion, credentialOptions(sandbox))
}

/** `retries`: the SDK's retry count (default: the SDK's own default of 3). */
export function armClients(sandbox: Sandbox, cred: TokenCredential, retries?: number): ArmClients {
  const common = {
    endpoint: sandbox.urls.arm,
    tlsOptions: { ca: sandbox.tls.caPem },
    ...(retries === undefined ? {} : { retryOptions: { maxRetries: retries } })
  }
  return {
    msi: new ManagedServiceIdentityClient(cred, sandbox.subscriptionId, common),
    authz: new AuthorizationManagementClient(cred, sandbox.subscriptionId, common),
    aks: new ContainerServiceClient(cred, sandbox.subscriptionId, { ...common, credentials: { scopes: [`${sandbox.urls.arm}/.default`] } })
  }
}

/** The error a rejected SDK call threw, for asserting on its status and code. */
export async function failure(p: Promise<unknown>): Promise<{ statusCode?: number; code?: string; message: string }> {
  try {
    await p
  } catch (err) {
    return err as { statusCode?: number; code?: string; message: string }
  }
  throw new Error('expected the call to fail, and it succeeded')
}
