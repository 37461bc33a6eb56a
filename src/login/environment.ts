// What later steps read from the environment (pure): Terraform's azurerm provider (and tools that read the same
// ARM_* names) with its AKS workload identity mode, and the AZURE_* values an input overrode (so Azure SDKs'
// DefaultAzureCredential, which already works from the injected variables, follows the override).
import type { CloudName } from '../clouds.js'
import type { LoginIdentity } from './settings.js'

/** azurerm's names of the clouds (ARM_ENVIRONMENT); the public cloud needs none. */
const ARM_ENVIRONMENT: Record<CloudName, string | undefined> = {
  AzureCloud: undefined,
  AzureUSGovernment: 'usgovernment',
  AzureChinaCloud: 'china'
}

/** ARM_CLIENT_ID, ARM_TENANT_ID, ARM_SUBSCRIPTION_ID, ARM_USE_AKS_WORKLOAD_IDENTITY=true, and what a cloud or an override adds. */
export function armEnvironment(id: LoginIdentity, subscriptionId: string | undefined): Record<string, string> {
  const env: Record<string, string> = {
    ARM_CLIENT_ID: id.clientId,
    ARM_TENANT_ID: id.tenantId,
    ...(subscriptionId ? { ARM_SUBSCRIPTION_ID: subscriptionId } : {}),
    // azurerm then reads the token from AZURE_FEDERATED_TOKEN_FILE and the authority from AZURE_AUTHORITY_HOST.
    ARM_USE_AKS_WORKLOAD_IDENTITY: 'true'
  }
  const cloud = ARM_ENVIRONMENT[id.cloud.name]
  if (cloud) env.ARM_ENVIRONMENT = cloud
  // A token file given as an input is not where AZURE_FEDERATED_TOKEN_FILE points: tell azurerm.
  if (id.source.tokenFile === 'input') env.ARM_OIDC_TOKEN_FILE_PATH = id.tokenFile
  return env
}

/** The AZURE_* variables an input overrode, and AZURE_SUBSCRIPTION_ID when known: what SDKs in later steps read. */
export function azureEnvironment(id: LoginIdentity, subscriptionId: string | undefined): Record<string, string> {
  const env: Record<string, string> = {}
  if (id.source.clientId === 'input') env.AZURE_CLIENT_ID = id.clientId
  if (id.source.tenantId === 'input') env.AZURE_TENANT_ID = id.tenantId
  if (id.source.tokenFile === 'input') env.AZURE_FEDERATED_TOKEN_FILE = id.tokenFile
  if (id.source.authorityHost === 'input') env.AZURE_AUTHORITY_HOST = id.authorityHost
  if (subscriptionId) env.AZURE_SUBSCRIPTION_ID = subscriptionId
  return env
}
