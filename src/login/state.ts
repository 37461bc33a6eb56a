// What the login step leaves for its post step (core.saveState): where the session and the kubeconfig are, and
// how long the tokens it used were valid. Saved as it goes, so a login that fails halfway is still cleaned up.
export interface LoginState {
  /** The Azure CLI's configuration directory (session, token cache). */
  azureConfigDir?: string
  /** Azure PowerShell was signed in (its context is cleared). */
  powershell?: string
  /** The kubeconfig written for later steps. */
  kubeconfig?: string
  /** Epoch ms. */
  signedInAt: number
  /** When the service-account token presented at sign-in expired (epoch ms). */
  tokenExpiresOn?: number
  /** When the kubeconfig's Entra token expired (epoch ms). */
  kubeTokenExpiresOn?: number
}

export const STATE_NAME = 'aks-workload-identity-login'

export function parseState(text: string): LoginState | undefined {
  if (!text) return undefined
  try {
    const v = JSON.parse(text) as unknown
    return v && typeof v === 'object' ? (v as LoginState) : undefined
  } catch {
    return undefined
  }
}
