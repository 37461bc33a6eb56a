// The Azure clouds the action can target: one table, read by everything that depends on the cloud (the sign-in's
// GitHub ID-token audience, the federated credentials' default audience, the verification's TokenRequest and
// exchange, the job summary's portal links, the login companion action). Pure data and pure lookups.
//
// Sources, per column:
// - ARM endpoint, its token audiences, the Entra authority host and the portal: ARM's own cloud metadata
//   (`https://management.azure.com/metadata/endpoints?api-version=2019-05-01`), as the Azure SDK for Go keeps it
//   (Azure/azure-sdk-for-go, sdk/azcore/cloud/cloud.go, `armMetadata`).
// - Token-exchange audience: MSAL for .NET's cloud table (AzureAD/microsoft-authentication-library-for-dotnet,
//   src/client/Microsoft.Identity.Client/Instance/Discovery/KnownCloudConfiguration.cs, `TokenExchangeAudience`), and
//   Microsoft Entra's "Configure an application to trust a managed identity" (the same three values).
// - AKS Entra server application: Azure/kubelogin, docs/book/src/concepts/aks.md ("These application IDs are the
//   same in all environments").
// - AKS OIDC issuer host (`https://{region}.oic.prod-aks.azure.{com,us,cn}/{tenant}/{guid}/`) and API server domain:
//   AKS issuer URLs as clusters report them in each cloud, and AKS's outbound-rules page ("Required FQDN / application
//   rules" per cloud: `*.hcp.{region}.azmk8s.io`, `.cx.aks.containerservice.azure.us`, `.cx.prod.service.azk8s.cn`).
// - Not here: USNat and USSec. Their token-exchange audiences are documented (api://AzureADTokenExchangeUSNat,
//   api://AzureADTokenExchangeUSSec), but none of MSAL's, the Azure CLI's or the Azure SDKs' cloud tables lists those
//   clouds, public sources disagree on their portal URL, and their AKS issuer host is not published. Use `environment:
//   AzureCloud` with `arm-endpoint`, `authority-host` and `audience` there.

export const CLOUD_NAMES = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'] as const
export type CloudName = (typeof CLOUD_NAMES)[number]

export interface Cloud {
  name: CloudName
  /** For messages: "Azure US Government". */
  label: string
  /** Azure Resource Manager endpoint, no trailing slash. */
  armEndpoint: string
  /**
   * The token audiences ARM accepts (its metadata's `authentication.audiences`): the classic resource URI the Azure
   * CLI asks for, and the endpoint itself, which the action asks for (`{armEndpoint}/.default`).
   */
  armAudiences: readonly string[]
  /** Entra ID authority host, no trailing slash. */
  authorityHost: string
  /**
   * Other host names of the same Entra ID that MSAL sends requests to: its cloud metadata's `preferred_network` when
   * that is not the authority host (China: MSAL turns `login.chinacloudapi.cn` into `login.partner.microsoftonline.cn`;
   * @azure/msal-common, authority/AuthorityMetadata.mjs).
   */
  authorityAliases: readonly string[]
  /**
   * The audience Entra ID of this cloud exchanges external tokens for: what the GitHub ID token and the service
   * account token must carry, and what a federated credential's `audiences` holds.
   */
  tokenExchangeAudience: string
  /** Portal base URL, for links in the job summary. */
  portal: string
  /** The AKS Entra server application (the audience of Entra tokens for the Kubernetes API of Entra-integrated clusters). */
  aksServerAppId: string
  /** The AKS OIDC issuer's host is `{region}.{aksIssuerDomain}`: issuer URL `https://{region}.{domain}/{tenant}/{guid}/`. */
  aksIssuerDomain: string
  /** The AKS API server's FQDN is `{dnsPrefix}-{hash}.hcp.{region}.{aksApiServerDomain}`. */
  aksApiServerDomain: string
}

/** The AKS server application: the same ID in every cloud (kubelogin's documentation). */
export const AKS_SERVER_APP_ID = '6dae42f8-4368-4678-94ff-3960e28e3630'

export const CLOUDS: Readonly<Record<CloudName, Cloud>> = {
  AzureCloud: {
    name: 'AzureCloud',
    label: 'Azure (public)',
    armEndpoint: 'https://management.azure.com',
    armAudiences: ['https://management.core.windows.net/', 'https://management.azure.com/'],
    authorityHost: 'https://login.microsoftonline.com',
    authorityAliases: [],
    tokenExchangeAudience: 'api://AzureADTokenExchange',
    portal: 'https://portal.azure.com',
    aksServerAppId: AKS_SERVER_APP_ID,
    aksIssuerDomain: 'oic.prod-aks.azure.com',
    aksApiServerDomain: 'azmk8s.io'
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    label: 'Azure US Government',
    armEndpoint: 'https://management.usgovcloudapi.net',
    armAudiences: ['https://management.core.usgovcloudapi.net', 'https://management.usgovcloudapi.net'],
    authorityHost: 'https://login.microsoftonline.us',
    authorityAliases: [],
    tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
    portal: 'https://portal.azure.us',
    aksServerAppId: AKS_SERVER_APP_ID,
    aksIssuerDomain: 'oic.prod-aks.azure.us',
    aksApiServerDomain: 'cx.aks.containerservice.azure.us'
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    label: 'Azure China (21Vianet)',
    armEndpoint: 'https://management.chinacloudapi.cn',
    armAudiences: ['https://management.core.chinacloudapi.cn', 'https://management.chinacloudapi.cn'],
    authorityHost: 'https://login.chinacloudapi.cn',
    authorityAliases: ['login.partner.microsoftonline.cn'],
    tokenExchangeAudience: 'api://AzureADTokenExchangeChina',
    portal: 'https://portal.azure.cn',
    aksServerAppId: AKS_SERVER_APP_ID,
    aksIssuerDomain: 'oic.prod-aks.azure.cn',
    aksApiServerDomain: 'cx.prod.service.azk8s.cn'
  }
}

/** Accepts the names azure/login and the Azure CLI use, case-insensitively. */
export function cloudByName(name: string): Cloud | undefined {
  const key = CLOUD_NAMES.find((k) => k.toLowerCase() === name.trim().toLowerCase())
  return key ? CLOUDS[key] : undefined
}

/** The cloud whose token-exchange audience this is (exact: Entra compares audiences case-sensitively), if any. */
export function cloudOfAudience(audience: string): Cloud | undefined {
  return Object.values(CLOUDS).find((c) => c.tokenExchangeAudience === audience)
}

/** The cloud an AKS OIDC issuer URL belongs to (by its host), if it is an AKS issuer at all. */
export function cloudOfIssuer(issuerUrl: string): Cloud | undefined {
  let host: string
  try {
    host = new URL(issuerUrl).hostname.toLowerCase()
  } catch {
    return undefined
  }
  return Object.values(CLOUDS).find((c) => host.endsWith(`.${c.aksIssuerDomain}`))
}

/** The issuer URL AKS gives a cluster in `cloud` (trailing slash included, as AKS reports it). */
export const aksIssuerUrl = (cloud: Cloud, region: string, tenantId: string, clusterGuid: string): string =>
  `https://${region}.${cloud.aksIssuerDomain}/${tenantId}/${clusterGuid}/`

/** The token scope for ARM on a given endpoint (`https://management.azure.com/.default`). */
export const armScope = (armEndpoint: string): string => `${armEndpoint.replace(/\/+$/, '')}/.default`

/** Where a run signs in and what it federates with: the cloud's values, with the overrides applied. */
export interface CloudTarget {
  cloud: Cloud
  /** ARM endpoint, no trailing slash: `arm-endpoint`, else the cloud's. */
  armEndpoint: string
  /** The scope of ARM tokens (`{armEndpoint}/.default`). */
  armScope: string
  /** Entra authority host, no trailing slash: `authority-host`, else the cloud's. */
  authorityHost: string
  /** The audience external tokens are requested for and federated credentials trust: `audience`, else the cloud's. */
  audience: string
  /** Whether `audience` was given explicitly. */
  audienceGiven: boolean
  /** Why the overrides look wrong for the cloud (an audience of another cloud, say); empty when they fit. */
  warnings: string[]
}

export interface CloudOverrides {
  armEndpoint?: string
  authorityHost?: string
  audience?: string
}

/**
 * The one way to resolve a cloud and its overrides, for the action and for the login companion action. Throws for
 * an unknown cloud name (the inputs' validation reports it first, with the input named).
 */
export function cloudTarget(environment: string, over: CloudOverrides = {}): CloudTarget {
  const cloud = cloudByName(environment || 'AzureCloud')
  if (!cloud) throw new Error(`Unknown Azure cloud '${environment}': use one of ${CLOUD_NAMES.join(', ')}.`)
  const trim = (u: string) => u.replace(/\/+$/, '')
  const armEndpoint = trim(over.armEndpoint || cloud.armEndpoint)
  const audience = over.audience || cloud.tokenExchangeAudience
  const warnings: string[] = []
  if (over.audience && audience !== cloud.tokenExchangeAudience) {
    const other = cloudOfAudience(audience)
    warnings.push(
      `The audience '${audience}' is not the token-exchange audience of ${cloud.label} ('${cloud.tokenExchangeAudience}')` +
        (other ? `: it is ${other.label}'s, and Entra ID of ${cloud.label} does not exchange tokens for it` : '') +
        `. The federated credential and the workload's token must both carry '${audience}'; leave 'audience' empty to use the cloud's.`
    )
  }
  return {
    cloud,
    armEndpoint,
    armScope: armScope(armEndpoint),
    authorityHost: trim(over.authorityHost || cloud.authorityHost),
    audience,
    audienceGiven: !!over.audience,
    warnings
  }
}
