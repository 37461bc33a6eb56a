// What shaping may not do to a runner pod, checked on the shaped pod against the generated one: break the
// restricted Pod Security Standard (https://kubernetes.io/docs/concepts/security/pod-security-standards/, the
// baseline and restricted controls of Kubernetes 1.35's Pod Security admission), or take the workload identity or
// the action's marks away. Each problem says what and why. Pure.
import { USE_LABEL } from '../constants.js'
import { isObject, text } from './merge.js'

type Obj = Record<string, unknown>

/** What the pod must keep: the generated pod, and whether it carries the workload identity. */
export interface PolicyContext {
  generated: Obj
  /** The pod is labelled for the webhook (false: a kind whose pods run as their own service account). */
  identity: boolean
  /** The kind's own container, which must stay. */
  container: string
}

/** Volume types the restricted standard allows. */
const RESTRICTED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret'
])
/** The baseline standard's safe sysctls. */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes'
])
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'])
/** What the workload identity webhook injects into each container: set by hand, it would shadow the injected values. */
export const INJECTED_ENV = ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID', 'AZURE_FEDERATED_TOKEN_FILE', 'AZURE_AUTHORITY_HOST']
export const INJECTED_VOLUME = 'azure-identity-token'
export const SKIP_CONTAINERS_ANNOTATION = 'azure.workload.identity/skip-containers'

const obj = (v: unknown): Obj => (isObject(v) ? v : {})
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObject) : [])
const RESTRICTED = 'the restricted pod security standard'

/** Every reason the shaped pod is refused; empty when it may be created. */
export function policyProblems(shaped: Obj, ctx: PolicyContext): string[] {
  return [...restrictedProblems(shaped), ...identityProblems(shaped, ctx)]
}

export function restrictedProblems(pod: Obj): string[] {
  const out: string[] = []
  const spec = obj(pod.spec)
  const psc = obj(spec.securityContext)
  for (const f of ['hostNetwork', 'hostPID', 'hostIPC'])
    if (spec[f] === true) out.push(`spec.${f}: true shares the node's namespaces, which ${RESTRICTED} forbids`)
  for (const v of list(spec.volumes)) {
    const types = Object.keys(v).filter((k) => k !== 'name')
    for (const t of types.filter((x) => !RESTRICTED_VOLUMES.has(x)))
      out.push(
        `spec.volumes[name=${text(v.name)}]: a ${t} volume${t === 'hostPath' ? " mounts the node's file system, which" : ''} ${RESTRICTED} forbids (allowed: ${[...RESTRICTED_VOLUMES].join(', ')})`
      )
  }
  securityContextProblems(psc, 'spec.securityContext', out)
  if (psc.runAsNonRoot === false)
    out.push(`spec.securityContext.runAsNonRoot: false lets containers run as root, which ${RESTRICTED} forbids`)
  for (const s of list(psc.sysctls))
    if (!SAFE_SYSCTLS.has(text(s.name)))
      out.push(`spec.securityContext.sysctls: '${text(s.name)}' is not one of the safe sysctls ${RESTRICTED} allows`)
  const podSeccomp = obj(psc.seccompProfile).type
  const groups = ['containers', 'initContainers', 'ephemeralContainers'] as const
  for (const g of groups)
    for (const c of list(spec[g])) {
      const where = `spec.${g}[name=${text(c.name)}]`
      const sc = obj(c.securityContext)
      const scAt = `${where}.securityContext`
      securityContextProblems(sc, scAt, out)
      if (sc.privileged === true) out.push(`${scAt}.privileged: true gives the container the node's devices, which ${RESTRICTED} forbids`)
      if (sc.allowPrivilegeEscalation !== false)
        out.push(`${scAt}.allowPrivilegeEscalation: must be false (${RESTRICTED}); it is ${show(sc.allowPrivilegeEscalation)}`)
      if (sc.runAsNonRoot === false) out.push(`${scAt}.runAsNonRoot: false lets the container run as root, which ${RESTRICTED} forbids`)
      else if (sc.runAsNonRoot !== true && psc.runAsNonRoot !== true)
        out.push(`${scAt}.runAsNonRoot: must be true here or in spec.securityContext (${RESTRICTED})`)
      const seccomp = obj(sc.seccompProfile).type ?? podSeccomp
      if (seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost')
        out.push(`${scAt}.seccompProfile.type: must be RuntimeDefault or Localhost here or in spec.securityContext (${RESTRICTED})`)
      const caps = obj(sc.capabilities)
      const drop = Array.isArray(caps.drop) ? caps.drop : []
      if (!drop.includes('ALL')) out.push(`${scAt}.capabilities.drop: must include ALL (${RESTRICTED})`)
      const add = (Array.isArray(caps.add) ? caps.add : []).filter((x) => x !== 'NET_BIND_SERVICE')
      if (add.length) out.push(`${scAt}.capabilities.add: ${add.map(show).join(', ')}: ${RESTRICTED} allows adding only NET_BIND_SERVICE`)
      if (sc.procMount !== undefined && sc.procMount !== 'Default') out.push(`${scAt}.procMount: must be Default (${RESTRICTED})`)
      for (const p of list(c.ports))
        if (p.hostPort !== undefined && p.hostPort !== 0)
          out.push(`${where}.ports: hostPort ${show(p.hostPort)} binds a port of the node, which ${RESTRICTED} forbids`)
    }
  for (const [k, v] of Object.entries(obj(obj(pod.metadata).annotations)))
    if (k.startsWith('container.apparmor.security.beta.kubernetes.io/') && v !== 'runtime/default' && !text(v).startsWith('localhost/'))
      out.push(`metadata.annotations.${k}: '${text(v)}' turns AppArmor off, which ${RESTRICTED} forbids`)
  return out
}

/** The controls shared by the pod's and each container's security context. */
function securityContextProblems(sc: Obj, where: string, out: string[]): void {
  if (sc.runAsUser === 0) out.push(`${where}.runAsUser: 0 is root, which ${RESTRICTED} forbids`)
  if (obj(sc.seccompProfile).type === 'Unconfined')
    out.push(`${where}.seccompProfile.type: Unconfined turns seccomp off, which ${RESTRICTED} forbids`)
  if (obj(sc.appArmorProfile).type === 'Unconfined')
    out.push(`${where}.appArmorProfile.type: Unconfined turns AppArmor off, which ${RESTRICTED} forbids`)
  if (obj(sc.windowsOptions).hostProcess === true)
    out.push(`${where}.windowsOptions.hostProcess: true runs on the host, which ${RESTRICTED} forbids`)
  const se = obj(sc.seLinuxOptions)
  if (se.type !== undefined && !SELINUX_TYPES.has(text(se.type)))
    out.push(`${where}.seLinuxOptions.type: '${text(se.type)}' is not a container type ${RESTRICTED} allows`)
  for (const f of ['user', 'role'])
    if (se[f] !== undefined && se[f] !== '') out.push(`${where}.seLinuxOptions.${f}: must not be set (${RESTRICTED})`)
}

const show = (v: unknown): string => (v === undefined ? 'not set' : typeof v === 'string' ? `'${v}'` : JSON.stringify(v))

export function identityProblems(pod: Obj, ctx: PolicyContext): string[] {
  const out: string[] = []
  const gen = ctx.generated
  const meta = obj(pod.metadata)
  const genMeta = obj(gen.metadata)
  const spec = obj(pod.spec)
  const genSpec = obj(gen.spec)
  for (const f of ['name', 'namespace'])
    if (meta[f] !== genMeta[f]) out.push(`metadata.${f}: is the action's (${show(genMeta[f])}); shaping cannot change it`)
  const labels = obj(meta.labels)
  for (const [k, v] of Object.entries(obj(genMeta.labels)))
    if (labels[k] !== v)
      out.push(
        k === USE_LABEL
          ? `metadata.labels.${k}: must stay "true": without it the webhook does not inject the workload identity`
          : `metadata.labels.${k}: is the action's own label (${show(v)}): it finds and owns its pods by it`
      )
  if (!ctx.identity && labels[USE_LABEL] !== undefined)
    out.push(`metadata.labels.${USE_LABEL}: this kind's pods run as their own service account, without the workload identity`)
  const annotations = obj(meta.annotations)
  for (const [k, v] of Object.entries(obj(genMeta.annotations)))
    if (annotations[k] !== v) out.push(`metadata.annotations.${k}: is the action's own annotation; shaping cannot change it`)
  if (spec.serviceAccountName !== genSpec.serviceAccountName)
    out.push(
      `spec.serviceAccountName: must stay ${show(genSpec.serviceAccountName)}: ${ctx.identity ? 'the federated credential trusts only that service account' : "the kind's RBAC is bound to it"}`
    )
  if (spec.serviceAccount !== undefined && spec.serviceAccount !== genSpec.serviceAccountName)
    out.push(`spec.serviceAccount: the deprecated alias of serviceAccountName must not name another service account`)
  if (spec.automountServiceAccountToken !== genSpec.automountServiceAccountToken)
    out.push(
      genSpec.automountServiceAccountToken === true
        ? "spec.automountServiceAccountToken: must stay true: this kind's pods use the cluster's API with it"
        : "spec.automountServiceAccountToken: must stay false: this kind's pods do not use the cluster's API, so they get no Kubernetes token"
    )
  if (spec.restartPolicy !== genSpec.restartPolicy)
    out.push(
      `spec.restartPolicy: must stay ${show(genSpec.restartPolicy)}: ${genSpec.restartPolicy === 'Never' ? 'a restarted one-shot runner would reuse its spent credential' : "the kind's agents run until replaced"}`
    )
  const containers = list(spec.containers)
  if (!containers.some((c) => c.name === ctx.container))
    out.push(`spec.containers: the '${ctx.container}' container is the runner itself and must stay`)
  if (ctx.identity) {
    for (const g of ['containers', 'initContainers'] as const)
      for (const c of list(spec[g]))
        for (const e of list(c.env))
          if (INJECTED_ENV.includes(text(e.name)))
            out.push(
              `spec.${g}[name=${text(c.name)}].env: ${text(e.name)} is injected by the workload identity webhook; setting it would shadow the identity`
            )
    if (list(spec.volumes).some((v) => v.name === INJECTED_VOLUME))
      out.push(`spec.volumes: '${INJECTED_VOLUME}' is the webhook's projected token volume; use another name`)
    const skipped = text(annotations[SKIP_CONTAINERS_ANNOTATION] ?? '')
      .split(';')
      .map((x) => x.trim())
    if (skipped.includes(ctx.container))
      out.push(
        `metadata.annotations.${SKIP_CONTAINERS_ANNOTATION}: names the '${ctx.container}' container, which would then get no identity`
      )
  }
  return out
}
