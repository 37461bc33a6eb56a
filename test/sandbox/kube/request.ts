// Reading a write request as kube-apiserver does: the body (JSON, YAML, or the protobuf kubectl's typed
// commands send), `dryRun`, and the field manager (`fieldManager`, else the User-Agent's product name).
import { parse as parseYamlText } from 'yaml'
import type { SandboxRequest } from '../frame.js'
import { decodeObject, isProtobuf } from './protobuf.js'
import { badRequest } from './status.js'
import type { Json } from './types.js'

export function parseBody(req: SandboxRequest, yamlOk = false): Json {
  if (isProtobuf(req.headers['content-type'])) return decodeObject(req.body)
  const text = req.body.toString('utf8')
  if (!text.trim()) throw badRequest('the body of the request was empty')
  try {
    return yamlOk || /yaml/i.test(String(req.headers['content-type'])) ? parseYamlText(text) : JSON.parse(text)
  } catch (err) {
    throw badRequest(`the object provided is unrecognized (${(err as Error).message.split('\n')[0]})`)
  }
}

export function isDryRun(req: SandboxRequest): boolean {
  const v = req.query.getAll('dryRun')
  if (v.some((x) => x !== 'All')) throw badRequest(`Invalid dry run value: ${v.join(',')}`)
  return v.includes('All')
}

/** `required`: server-side apply has no default manager. */
export function fieldManager(req: SandboxRequest, required: boolean): string {
  const explicit = req.query.get('fieldManager')
  if (explicit) {
    if (explicit.length > 128) throw badRequest('PatchOptions.meta.k8s.io "" is invalid: fieldManager: Too long: may not be more than 128 bytes')
    return explicit
  }
  if (required) throw badRequest('PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch')
  return String(req.headers['user-agent'] ?? 'unknown').split('/')[0] || 'unknown'
}
