// Pure validation rules for input values: each returns undefined when the value is valid, or a sentence
// describing the expected form (the caller adds the input's name and value). No I/O, no network.

export type Rule = (value: string) => string | undefined

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const guid: Rule = (v) => (GUID.test(v) ? undefined : 'must be a GUID such as 00000000-0000-0000-0000-000000000000')

/** Azure resource group names: 1-90 characters, letters, digits, '_', '-', '.', '(', ')', not ending in '.'. */
export const resourceGroupName: Rule = (v) =>
  /^[-\p{L}\p{N}_.()]{1,90}$/u.test(v) && !v.endsWith('.')
    ? undefined
    : "must be an Azure resource group name: 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'"

/** Microsoft.ManagedIdentity/userAssignedIdentities: 3-128 characters, alphanumerics, '-' and '_', starting alphanumeric. */
export const identityName: Rule = (v) =>
  /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/.test(v)
    ? undefined
    : "must be a managed identity name: 3-128 letters, digits, '-' or '_', starting with a letter or digit"

/** Microsoft.ContainerService/managedClusters: 1-63 characters, alphanumerics, '_' and '-', alphanumeric at both ends. */
export const clusterName: Rule = (v) =>
  /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/.test(v)
    ? undefined
    : "must be an AKS cluster name: 1-63 letters, digits, '-' or '_', starting and ending with a letter or digit"

/** The federated identity credential name pattern from the Microsoft.ManagedIdentity spec. */
export const FIC_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-_]{2,119}$/
export const federatedCredentialName: Rule = (v) =>
  FIC_NAME.test(v) ? undefined : "must be a federated credential name: 3-120 letters, digits, '-' or '_', starting with a letter or digit"

const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/

/** RFC 1123 label (Kubernetes namespaces). */
export const dnsLabel: Rule = (v) =>
  DNS_LABEL.test(v)
    ? undefined
    : "must be an RFC 1123 label: at most 63 lower-case letters, digits or '-', starting and ending with a letter or digit"

/** RFC 1123 subdomain (Kubernetes service accounts and most object names). */
export const dnsSubdomain: Rule = (v) =>
  v.length <= 253 && v.split('.').every((part) => DNS_LABEL.test(part))
    ? undefined
    : "must be an RFC 1123 subdomain: at most 253 lower-case letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit"

/** Azure region name as ARM spells it (`eastus`, `westeurope`); display names are normalised before this check. */
export const location: Rule = (v) =>
  /^[a-z0-9]{2,40}$/.test(v) ? undefined : "must be an Azure region name such as 'eastus' or 'westeurope'"

export const httpsUrl: Rule = (v) => {
  try {
    const u = new URL(v)
    return u.protocol === 'https:' && !u.username && !u.password ? undefined : 'must be an https:// URL without credentials'
  } catch {
    return 'must be an https:// URL'
  }
}

const SEG = '[^/]+'
const SUB = `/subscriptions/${SEG}`
const SCOPE_FORMS: Array<{ re: RegExp; kind: ScopeKind }> = [
  { re: new RegExp(`^${SUB}$`, 'i'), kind: 'subscription' },
  { re: new RegExp(`^${SUB}/resourceGroups/${SEG}$`, 'i'), kind: 'resourceGroup' },
  { re: new RegExp(`^${SUB}/resourceGroups/${SEG}/providers/[A-Za-z0-9]+\\.[A-Za-z0-9.]+(?:/${SEG}/${SEG})+$`, 'i'), kind: 'resource' },
  { re: new RegExp(`^${SUB}/providers/[A-Za-z0-9]+\\.[A-Za-z0-9.]+(?:/${SEG}/${SEG})+$`, 'i'), kind: 'resource' },
  { re: /^\/providers\/Microsoft\.Management\/managementGroups\/[A-Za-z0-9._()-]{1,90}$/i, kind: 'managementGroup' }
]
export type ScopeKind = 'subscription' | 'resourceGroup' | 'resource' | 'managementGroup'

/** Which ARM scope form a scope has, or undefined when it has none. */
export function scopeKind(v: string): ScopeKind | undefined {
  const form = SCOPE_FORMS.find((f) => f.re.test(v))
  if (!form) return undefined
  if (form.kind !== 'managementGroup') {
    const sub = v.split('/')[2] ?? ''
    if (!GUID.test(sub)) return undefined
  }
  return form.kind
}

export const scope: Rule = (v) =>
  scopeKind(v)
    ? undefined
    : 'must be an ARM scope: /subscriptions/{id}, /subscriptions/{id}/resourceGroups/{name}, a full resource ID, or /providers/Microsoft.Management/managementGroups/{name}'

const ROLE_DEF_ID = /^(?:\/subscriptions\/[0-9a-f-]{36})?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i

/** The role definition GUID inside a role value that is a GUID or a role definition ID, else undefined (a name). */
export function roleGuid(v: string): string | undefined {
  if (GUID.test(v)) return v.toLowerCase()
  const m = ROLE_DEF_ID.exec(v)
  return m && GUID.test(m[1]!) ? m[1]!.toLowerCase() : undefined
}

export const role: Rule = (v) => {
  if (v.startsWith('/')) {
    return roleGuid(v)
      ? undefined
      : 'must be a role name, a role definition GUID, or a role definition ID such as /subscriptions/{id}/providers/Microsoft.Authorization/roleDefinitions/{guid}'
  }
  if (/^[0-9a-f-]{30,}$/i.test(v) && !GUID.test(v)) return 'looks like a role definition GUID but is not a valid GUID'
  return v.length <= 256 && !/[\r\n'"]/.test(v)
    ? undefined
    : 'must be a role name (at most 256 characters, no quotes), a GUID or a role definition ID'
}

const GH_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/
const GH_REPO = /^[A-Za-z0-9._-]{1,100}$/

export const runnerScope: Rule = (v) => {
  const org = /^org:(.+)$/.exec(v)
  if (org) return GH_OWNER.test(org[1]!) ? undefined : "must be 'org:NAME' with a GitHub organisation name (letters, digits, '-')"
  const [owner, repo, ...rest] = v.split('/')
  return owner && repo && rest.length === 0 && GH_OWNER.test(owner) && GH_REPO.test(repo) && repo !== '.' && repo !== '..'
    ? undefined
    : "must be 'owner/repo' for a repository or 'org:NAME' for an organisation"
}

/** A container image reference: [registry[:port]/]path[:tag][@sha256:digest]. */
export const imageRef: Rule = (v) =>
  /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/.test(
    v
  )
    ? undefined
    : 'must be a container image reference such as ghcr.io/actions/actions-runner:2.329.0'

/** A GitHub runner label: 1-256 characters, no commas or whitespace. */
export const runnerLabel: Rule = (v) =>
  /^[^\s,]{1,256}$/.test(v) ? undefined : 'each label must be 1-256 characters without spaces or commas'

/** ARM tag names: at most 512 characters, none of < > % & \ ? /. Values: at most 256 characters. */
export function tagProblem(key: string, value: string): string | undefined {
  if (!key || key.length > 512 || /[<>%&\\?/]/.test(key)) return `tag name '${key}' must be 1-512 characters without < > % & \\ ? /`
  if (value.length > 256) return `tag '${key}' has a value longer than 256 characters`
  return undefined
}
