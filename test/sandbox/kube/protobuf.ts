// kubectl's typed clients send some bodies as Kubernetes protobuf (`application/vnd.kubernetes.protobuf`:
// the `k8s\0` magic, then a runtime.Unknown envelope). The emulator answers in JSON (clients accept it);
// this decodes the bodies kubectl's typed commands send that way here: TokenRequest (`kubectl create
// token`) and ServiceAccount, Secret, Namespace (`kubectl create sa|secret|namespace`).
import { badRequest } from './status.js'
import type { Json } from './types.js'

const MAGIC = Buffer.from([0x6b, 0x38, 0x73, 0x00])

type Field = { no: number; varint?: bigint; bytes?: Buffer }

function readVarint(buf: Buffer, pos: number): [bigint, number] {
  let result = 0n
  let shift = 0n
  for (;;) {
    if (pos >= buf.length) throw badRequest('truncated protobuf varint')
    const b = buf[pos++]!
    result |= BigInt(b & 0x7f) << shift
    if (!(b & 0x80)) return [result, pos]
    shift += 7n
  }
}

/** The wire fields of one message (varint and length-delimited; fixed32/64 skipped). */
function fields(buf: Buffer): Field[] {
  const out: Field[] = []
  let pos = 0
  while (pos < buf.length) {
    const [tag, p] = readVarint(buf, pos)
    pos = p
    const no = Number(tag >> 3n)
    const wire = Number(tag & 7n)
    if (wire === 0) {
      const [v, q] = readVarint(buf, pos)
      out.push({ no, varint: v })
      pos = q
    } else if (wire === 2) {
      const [len, q] = readVarint(buf, pos)
      out.push({ no, bytes: buf.subarray(q, q + Number(len)) })
      pos = q + Number(len)
    } else if (wire === 1) pos += 8
    else if (wire === 5) pos += 4
    else throw badRequest(`unsupported protobuf wire type ${wire}`)
  }
  return out
}

const str = (f: Field | undefined): string | undefined => f?.bytes?.toString('utf8')

export const isProtobuf = (contentType: string | undefined): boolean => /application\/vnd\.kubernetes\.protobuf/i.test(contentType ?? '')

function envelope(body: Buffer): { kind?: string; apiVersion?: string; top: Field[] } {
  if (!body.subarray(0, 4).equals(MAGIC)) throw badRequest('the body is not a Kubernetes protobuf message')
  const env = fields(body.subarray(4))
  const typeMeta = fields(env.find((f) => f.no === 1)?.bytes ?? Buffer.alloc(0))
  return { apiVersion: str(typeMeta.find((f) => f.no === 1)), kind: str(typeMeta.find((f) => f.no === 2)), top: fields(env.find((f) => f.no === 2)?.bytes ?? Buffer.alloc(0)) }
}

function map(entries: Field[], asBytes = false): Record<string, string> | undefined {
  if (!entries.length) return undefined
  return Object.fromEntries(
    entries.map((e) => {
      const kv = fields(e.bytes!)
      const v = kv.find((f) => f.no === 2)?.bytes ?? Buffer.alloc(0)
      return [str(kv.find((f) => f.no === 1)) ?? '', asBytes ? v.toString('base64') : v.toString('utf8')]
    })
  )
}

/** ObjectMeta (k8s.io/apimachinery meta/v1 generated.proto): the fields a client sets on create. */
function objectMeta(buf: Buffer | undefined): Json {
  const f = fields(buf ?? Buffer.alloc(0))
  const meta: Json = {}
  for (const [no, key] of [
    [1, 'name'],
    [2, 'generateName'],
    [3, 'namespace']
  ] as const) {
    const v = str(f.find((x) => x.no === no))
    if (v) meta[key] = v
  }
  const labels = map(f.filter((x) => x.no === 11))
  const annotations = map(f.filter((x) => x.no === 12))
  if (labels) meta.labels = labels
  if (annotations) meta.annotations = annotations
  return meta
}

/** Decodes a core/v1 ServiceAccount, Secret or Namespace sent as protobuf into its JSON form. */
export function decodeObject(body: Buffer): Json {
  const { kind, top } = envelope(body)
  const get = (no: number): Field | undefined => top.find((f) => f.no === no)
  const obj: Json = { apiVersion: 'v1', kind, metadata: objectMeta(get(1)?.bytes) }
  if (kind === 'ServiceAccount') {
    const pulls = top.filter((f) => f.no === 3).map((f) => ({ name: str(fields(f.bytes!).find((x) => x.no === 1)) }))
    if (pulls.length) obj.imagePullSecrets = pulls
    const automount = get(4)?.varint
    if (automount !== undefined) obj.automountServiceAccountToken = automount === 1n
  } else if (kind === 'Secret') {
    obj.data = map(top.filter((f) => f.no === 2), true)
    obj.type = str(get(3))
    obj.stringData = map(top.filter((f) => f.no === 4))
    if (get(5)?.varint !== undefined) obj.immutable = get(5)!.varint === 1n
  } else if (kind !== 'Namespace') throw badRequest(`the sandbox does not decode ${kind ?? 'this'} protobuf bodies; send JSON`)
  return JSON.parse(JSON.stringify(obj)) as Json
}

/** Decodes an authentication.k8s.io/v1 TokenRequest (generated.proto field numbers) into its JSON form. */
export function decodeTokenRequest(body: Buffer): Json {
  const { top } = envelope(body)
  const specBytes = top.find((f) => f.no === 2)?.bytes
  const spec: Json = {}
  if (specBytes) {
    const sf = fields(specBytes)
    const audiences = sf.filter((f) => f.no === 1).map((f) => str(f)!)
    if (audiences.length) spec.audiences = audiences
    const exp = sf.find((f) => f.no === 4)?.varint
    if (exp !== undefined) spec.expirationSeconds = Number(exp)
    const ref = sf.find((f) => f.no === 3)?.bytes
    if (ref) {
      const rf = fields(ref)
      spec.boundObjectRef = Object.fromEntries(
        (['kind', 'apiVersion', 'name', 'uid'] as const).map((k, i) => [k, str(rf.find((f) => f.no === i + 1))]).filter(([, v]) => v !== undefined)
      )
    }
  }
  return { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec }
}
