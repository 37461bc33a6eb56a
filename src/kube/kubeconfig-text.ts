// A kubeconfig's text (YAML): which user signs in, replacing that user, masking what users carry. Pure, and loaded
// only once a kubeconfig is in hand (src/kube/client.ts imports it then): the yaml package is not part of the
// action's start (docs/performance.md).
import { parse, stringify } from 'yaml'
import { ClusterAccessError } from './client.js'

interface KubeconfigDoc {
  'current-context'?: string
  contexts?: Array<{ name: string; context?: { user?: string; cluster?: string } }>
  users?: Array<{ name: string; user?: Record<string, unknown> }>
}

function currentUser(doc: KubeconfigDoc): { name: string; user?: Record<string, unknown> } | undefined {
  const ctx = doc.contexts?.find((c) => c.name === doc['current-context']) ?? doc.contexts?.[0]
  return doc.users?.find((u) => u.name === ctx?.context?.user)
}

/** Whether the current context signs in through Entra (kubelogin `exec`, or the legacy `azure` auth provider). */
export function usesEntra(kubeconfigYaml: string): boolean {
  const user = currentUser(parse(kubeconfigYaml) as KubeconfigDoc)?.user ?? {}
  return 'exec' in user || 'auth-provider' in user
}

/** Replaces the current context's user entry (pure); a multi-context file keeps its other entries. */
export function withUser(kubeconfigYaml: string, entry: Record<string, unknown>): { yaml: string; userName: string } {
  const doc = parse(kubeconfigYaml) as KubeconfigDoc
  const user = currentUser(doc)
  if (!user) throw new ClusterAccessError('The kubeconfig from AKS has no user for its current context.')
  user.user = entry
  return { yaml: stringify(doc), userName: user.name }
}

/** The current context's user (a kubelogin `exec`) replaced by a static bearer token: the file we write. Pure. */
export const withBearerToken = (kubeconfigYaml: string, token: string): string => withUser(kubeconfigYaml, { token }).yaml

/** Masks the static credentials a kubeconfig's users carry. */
export function maskUserSecrets(text: string, mask: (s: string) => void): void {
  const doc = parse(text) as KubeconfigDoc
  for (const u of doc.users ?? []) {
    for (const key of ['token', 'client-key-data', 'password']) {
      const v = u.user?.[key]
      if (typeof v === 'string' && v) mask(v)
    }
  }
}
