// Object validation the API server does before storing: names (RFC 1123 label for namespaces, subdomain
// for the rest), labels/annotations, and the Pod's immutability rules on update.
import { badRequest, invalid } from './status.js'
import { clone, deepEqual, type Json, type KObject } from './types.js'

type FieldError = { field: string; reason: string; message: string }

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"

const invalidValue = (field: string, value: unknown, detail: string): FieldError => ({
  field,
  reason: 'FieldValueInvalid',
  message: `Invalid value: ${JSON.stringify(value)}: ${detail}`
})

/** Name errors for `kind` (Namespace names are DNS labels, the other kinds served here DNS subdomains). */
export function nameErrors(kind: string, name: string | undefined, field = 'metadata.name'): FieldError[] {
  if (!name) return [{ field, reason: 'FieldValueRequired', message: 'Required value: name or generateName is required' }]
  const errs: FieldError[] = []
  if (kind === 'Namespace') {
    if (name.length > 63) errs.push(invalidValue(field, name, 'must be no more than 63 characters'))
    if (!DNS1123_LABEL.test(name)) errs.push(invalidValue(field, name, LABEL_MSG))
  } else {
    if (name.length > 253) errs.push(invalidValue(field, name, 'must be no more than 253 characters'))
    if (!DNS1123_SUBDOMAIN.test(name)) errs.push(invalidValue(field, name, SUBDOMAIN_MSG))
  }
  return errs
}

function labelErrors(labels: Record<string, string> | undefined): FieldError[] {
  return Object.entries(labels ?? {})
    .filter(([, v]) => typeof v !== 'string' || v.length > 63 || !LABEL_VALUE.test(v))
    .map(([, v]) =>
      invalidValue(
        'metadata.labels',
        v,
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"
      )
    )
}

function podSpecErrors(spec: Json): FieldError[] {
  const errs: FieldError[] = []
  const containers: Json[] = spec?.containers ?? []
  if (!containers.length) errs.push({ field: 'spec.containers', reason: 'FieldValueRequired', message: 'Required value' })
  const seen = new Set<string>()
  for (const [list, items] of [
    ['initContainers', spec?.initContainers ?? []],
    ['containers', containers]
  ] as Array<[string, Json[]]>) {
    items.forEach((c, i) => {
      if (!c?.name) errs.push({ field: `spec.${list}[${i}].name`, reason: 'FieldValueRequired', message: 'Required value' })
      else if (seen.has(c.name)) errs.push({ field: `spec.${list}[${i}].name`, reason: 'FieldValueDuplicate', message: `Duplicate value: ${JSON.stringify(c.name)}` })
      else seen.add(c.name)
      if (!c?.image) errs.push({ field: `spec.${list}[${i}].image`, reason: 'FieldValueRequired', message: 'Required value' })
    })
  }
  return errs
}

/** RFC3339 with exactly six fractional digits: metav1.MicroTime's layout (JavaScript's toISOString, with three, is refused). */
const MICRO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}(Z|[+-]\d{2}:\d{2})$/

/**
 * A Lease's times: Kubernetes 1.35 decodes a MicroTime with the fixed layout RFC3339Micro and answers 400 for any
 * other form before validation runs (kubernetes/kubernetes#141204 proposes to relax it).
 */
function checkLeaseTimes(spec: Json): void {
  for (const f of ['acquireTime', 'renewTime']) {
    const v = spec?.[f]
    if (v !== undefined && v !== null && (typeof v !== 'string' || !MICRO_TIME.test(v)))
      throw badRequest(`Lease in version "v1" cannot be handled as a Lease: parsing time ${JSON.stringify(v)} as "2006-01-02T15:04:05.000000Z07:00": cannot parse`)
  }
}

/** Throws 422 Invalid when the object would not be accepted (create and update). */
export function validateObject(obj: KObject): void {
  const errs = [...nameErrors(obj.kind!, obj.metadata.name), ...labelErrors(obj.metadata.labels)]
  if (obj.kind === 'Pod') errs.push(...podSpecErrors(obj.spec))
  if (obj.kind === 'Lease') {
    checkLeaseTimes(obj.spec)
    const d = obj.spec?.leaseDurationSeconds
    if (d !== undefined && d !== null && !(Number.isInteger(d) && d > 0)) errs.push(invalidValue('spec.leaseDurationSeconds', d, 'must be greater than 0'))
  }
  if (errs.length) throw invalid(obj.kind!, obj.metadata.name ?? '', errs)
}

const POD_UPDATE_FORBIDDEN =
  'Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)'

/**
 * A Pod's spec is immutable except container images, activeDeadlineSeconds (set or lowered) and
 * tolerations (additions only); labels and annotations may change freely.
 */
export function validatePodUpdate(old: KObject, next: KObject): void {
  const a = clone(old.spec) ?? {}
  const b = clone(next.spec) ?? {}
  for (const list of ['containers', 'initContainers']) {
    const oldList: Json[] = a[list] ?? []
    const newList: Json[] = b[list] ?? []
    if (oldList.length === newList.length) newList.forEach((c, i) => c && (c.image = oldList[i]?.image))
  }
  const errs: FieldError[] = []
  if (b.activeDeadlineSeconds !== a.activeDeadlineSeconds) {
    if (a.activeDeadlineSeconds !== undefined && (b.activeDeadlineSeconds === undefined || b.activeDeadlineSeconds > a.activeDeadlineSeconds))
      errs.push(invalidValue('spec.activeDeadlineSeconds', b.activeDeadlineSeconds ?? null, 'must be less than or equal to previous value'))
    b.activeDeadlineSeconds = a.activeDeadlineSeconds
  }
  const oldTol: Json[] = a.tolerations ?? []
  const newTol: Json[] = b.tolerations ?? []
  if (oldTol.every((t) => newTol.some((n) => deepEqual(n, t)))) b.tolerations = a.tolerations
  if (!deepEqual(a, b)) errs.push({ field: 'spec', reason: 'FieldValueForbidden', message: POD_UPDATE_FORBIDDEN })
  if (errs.length) throw invalid('Pod', old.metadata.name!, errs)
}
