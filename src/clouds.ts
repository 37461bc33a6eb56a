// The Azure clouds the action can target, and how their endpoints are derived. Pure data.

export type CloudName = 'AzureCloud' | 'AzureUSGovernment' | 'AzureChinaCloud'

export interface Cloud {
  name: CloudName
  /** Azure Resource Manager endpoint, no trailing slash. */
  armEndpoint: string
  /** Entra ID authority host, no trailing slash. */
  authorityHost: string
  /** Portal base URL, for links in the job summary. */
  portal: string
}

export const CLOUDS: Record<CloudName, Cloud> = {
  AzureCloud: {
    name: 'AzureCloud',
    armEndpoint: 'https://management.azure.com',
    authorityHost: 'https://login.microsoftonline.com',
    portal: 'https://portal.azure.com'
  },
  AzureUSGovernment: {
    name: 'AzureUSGovernment',
    armEndpoint: 'https://management.usgovcloudapi.net',
    authorityHost: 'https://login.microsoftonline.us',
    portal: 'https://portal.azure.us'
  },
  AzureChinaCloud: {
    name: 'AzureChinaCloud',
    armEndpoint: 'https://management.chinacloudapi.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    portal: 'https://portal.azure.cn'
  }
}

/** Accepts the names azure/login and the Azure CLI use, case-insensitively. */
export function cloudByName(name: string): Cloud | undefined {
  const key = (Object.keys(CLOUDS) as CloudName[]).find((k) => k.toLowerCase() === name.trim().toLowerCase())
  return key ? CLOUDS[key] : undefined
}

/** The token scope for ARM on a given endpoint (`https://management.azure.com/.default`). */
export const armScope = (armEndpoint: string): string => `${armEndpoint.replace(/\/+$/, '')}/.default`

/** The AKS server application (Entra ID audience of the Kubernetes API server on Entra-integrated clusters). */
export const AKS_SERVER_APP_ID = '6dae42f8-4368-4678-94ff-3960e28e3630'
