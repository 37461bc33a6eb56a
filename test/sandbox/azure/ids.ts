// ARM resource IDs and scopes. ARM compares IDs case-insensitively but answers with the casing a resource
// was created with, so state is keyed by `key(id)` and keeps the original string for responses.

/** Map key for an ID or scope: lower-case, one leading slash, no trailing slash. */
export function key(id: string): string {
  return '/' + id.replace(/^\/+|\/+$/g, '').toLowerCase()
}

/** `scope` as ARM writes it: one leading slash, no trailing slash. */
export function normaliseScope(scope: string): string {
  return '/' + scope.replace(/^\/+|\/+$/g, '')
}

/** True when `outer` is `inner` or one of its ancestors (segment-wise, case-insensitive). */
export function isAtOrAbove(outer: string, inner: string): boolean {
  const o = key(outer)
  const i = key(inner)
  return o === '/' || i === o || i.startsWith(o + '/')
}

export interface ParsedScope {
  subscriptionId?: string
  resourceGroup?: string
  /** The resource part after `/providers/`: namespace, then type/name pairs. */
  provider?: string
  types: string[]
  names: string[]
}

/** Splits `/subscriptions/{s}/resourceGroups/{rg}/providers/{ns}/{type}/{name}[/{type}/{name}...]`. */
export function parseScope(scope: string): ParsedScope | undefined {
  const segs = normaliseScope(scope).split('/').slice(1)
  const out: ParsedScope = { types: [], names: [] }
  if (segs.length === 1 && segs[0] === '') return out
  let i = 0
  if (segs[i]?.toLowerCase() !== 'subscriptions' || !segs[i + 1]) return undefined
  out.subscriptionId = segs[i + 1]
  i += 2
  if (i >= segs.length) return out
  if (segs[i]?.toLowerCase() === 'resourcegroups') {
    if (!segs[i + 1]) return undefined
    out.resourceGroup = segs[i + 1]
    i += 2
    if (i >= segs.length) return out
  }
  if (segs[i]?.toLowerCase() !== 'providers' || !segs[i + 1]) return undefined
  out.provider = segs[i + 1]
  i += 2
  const rest = segs.slice(i)
  if (rest.length === 0 || rest.length % 2 !== 0) return undefined
  for (let j = 0; j < rest.length; j += 2) {
    out.types.push(rest[j]!)
    out.names.push(rest[j + 1]!)
  }
  return out
}

/** `Microsoft.Storage/storageAccounts` style full type of a parsed resource scope. */
export function resourceType(p: ParsedScope): string | undefined {
  return p.provider ? [p.provider, ...p.types].join('/') : undefined
}

export const isGuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s)
