// A checker for the Kubernetes Pod Security Standards, "restricted" profile (which includes every "baseline"
// control), as https://kubernetes.io/docs/concepts/security/pod-security-standards/ lists them for v1.35.
// Every control is checked on the pod and on each container, init container and ephemeral container;
// it returns one line per violation, so a test can show exactly what broke.
import type { V1Container, V1Pod, V1SecurityContext, V1PodSecurityContext } from '@kubernetes/client-node'

// Baseline: capabilities a container may add (restricted narrows this to NET_BIND_SERVICE).
const BASELINE_CAPS = new Set(['AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE', 'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT'])
const SELINUX_TYPES = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'])
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
// Restricted: the only volume sources allowed.
const RESTRICTED_VOLUMES = new Set(['configMap', 'csi', 'downwardAPI', 'emptyDir', 'ephemeral', 'persistentVolumeClaim', 'projected', 'secret'])

type AnyContainer = V1Container & { securityContext?: V1SecurityContext }

function allContainers(pod: V1Pod): Array<{ where: string; c: AnyContainer }> {
  const spec = pod.spec ?? { containers: [] }
  return [
    ...(spec.initContainers ?? []).map((c) => ({ where: `initContainers[${c.name}]`, c })),
    ...(spec.containers ?? []).map((c) => ({ where: `containers[${c.name}]`, c })),
    ...((spec.ephemeralContainers ?? []) as AnyContainer[]).map((c) => ({ where: `ephemeralContainers[${c.name}]`, c }))
  ]
}

/** Violations of the restricted profile (baseline included); empty when the pod complies. */
export function restrictedViolations(pod: V1Pod): string[] {
  const out: string[] = []
  const spec = pod.spec
  if (!spec) return ['pod has no spec']
  const psc: V1PodSecurityContext = spec.securityContext ?? {}
  const annotations = pod.metadata?.annotations ?? {}
  const containers = allContainers(pod)

  // --- Baseline
  // HostProcess
  if (psc.windowsOptions?.hostProcess) out.push('HostProcess: spec.securityContext.windowsOptions.hostProcess must be unset or false')
  // Host namespaces
  for (const f of ['hostNetwork', 'hostPID', 'hostIPC'] as const) if (spec[f]) out.push(`Host namespaces: spec.${f} must be unset or false`)
  // HostPath volumes
  for (const v of spec.volumes ?? []) if (v.hostPath) out.push(`HostPath volumes: spec.volumes[${v.name}].hostPath is not allowed`)
  // AppArmor (pod level and the legacy annotations)
  const apparmorOk = (t?: string): boolean => t === undefined || t === 'RuntimeDefault' || t === 'Localhost'
  if (!apparmorOk(psc.appArmorProfile?.type)) out.push(`AppArmor: spec.securityContext.appArmorProfile.type '${psc.appArmorProfile?.type}' is not allowed`)
  for (const [k, v] of Object.entries(annotations)) {
    if (k.startsWith('container.apparmor.security.beta.kubernetes.io/') && v !== 'runtime/default' && !v.startsWith('localhost/')) out.push(`AppArmor: annotation ${k}=${v} is not allowed`)
  }
  // SELinux (pod level)
  const selinux = (where: string, o?: { type?: string; user?: string; role?: string }): void => {
    if (!o) return
    if (o.type !== undefined && !SELINUX_TYPES.has(o.type)) out.push(`SELinux: ${where}.seLinuxOptions.type '${o.type}' is not allowed`)
    if (o.user) out.push(`SELinux: ${where}.seLinuxOptions.user must be unset`)
    if (o.role) out.push(`SELinux: ${where}.seLinuxOptions.role must be unset`)
  }
  selinux('spec.securityContext', psc.seLinuxOptions)
  // Seccomp (baseline: never Unconfined)
  if (psc.seccompProfile?.type === 'Unconfined') out.push('Seccomp: spec.securityContext.seccompProfile.type must not be Unconfined')
  // Sysctls
  for (const s of psc.sysctls ?? []) if (!SAFE_SYSCTLS.has(s.name)) out.push(`Sysctls: spec.securityContext.sysctls '${s.name}' is not in the safe set`)

  for (const { where, c } of containers) {
    const sc = c.securityContext ?? {}
    if (sc.windowsOptions?.hostProcess) out.push(`HostProcess: ${where}.securityContext.windowsOptions.hostProcess must be unset or false`)
    if (sc.privileged) out.push(`Privileged containers: ${where}.securityContext.privileged must be unset or false`)
    for (const cap of sc.capabilities?.add ?? []) if (!BASELINE_CAPS.has(cap)) out.push(`Capabilities (baseline): ${where} adds '${cap}'`)
    for (const p of c.ports ?? []) if (p.hostPort) out.push(`Host ports: ${where}.ports[${p.containerPort}].hostPort must be unset or 0`)
    // Host probes / lifecycle hooks (baseline since v1.34): no `host` on probe or hook handlers.
    const handlers = { livenessProbe: c.livenessProbe, readinessProbe: c.readinessProbe, startupProbe: c.startupProbe, postStart: c.lifecycle?.postStart, preStop: c.lifecycle?.preStop }
    for (const [name, h] of Object.entries(handlers)) {
      if (h?.httpGet?.host) out.push(`Host probes: ${where}.${name}.httpGet.host must be unset`)
      if (h?.tcpSocket?.host) out.push(`Host probes: ${where}.${name}.tcpSocket.host must be unset`)
    }
    if (!apparmorOk(sc.appArmorProfile?.type)) out.push(`AppArmor: ${where}.securityContext.appArmorProfile.type '${sc.appArmorProfile?.type}' is not allowed`)
    selinux(`${where}.securityContext`, sc.seLinuxOptions)
    if (sc.procMount !== undefined && sc.procMount !== 'Default') out.push(`/proc mount: ${where}.securityContext.procMount must be Default`)
    if (sc.seccompProfile?.type === 'Unconfined') out.push(`Seccomp: ${where}.securityContext.seccompProfile.type must not be Unconfined`)
  }

  // --- Restricted
  for (const v of spec.volumes ?? []) {
    const fields = v as unknown as Record<string, unknown>
    const sources = Object.keys(fields).filter((k) => k !== 'name' && fields[k] !== undefined && fields[k] !== null)
    for (const s of sources) if (!RESTRICTED_VOLUMES.has(s)) out.push(`Volume types: spec.volumes[${v.name}] uses '${s}'`)
  }
  if (psc.runAsNonRoot === false) out.push('Running as non-root: spec.securityContext.runAsNonRoot must not be false')
  if (psc.runAsUser === 0) out.push('Running as non-root user: spec.securityContext.runAsUser must not be 0')
  const podSeccompOk = psc.seccompProfile?.type === 'RuntimeDefault' || psc.seccompProfile?.type === 'Localhost'
  for (const { where, c } of containers) {
    const sc = c.securityContext ?? {}
    if (sc.allowPrivilegeEscalation !== false) out.push(`Privilege escalation: ${where}.securityContext.allowPrivilegeEscalation must be false`)
    // runAsNonRoot: true on the container, or inherited from the pod and not overridden with false.
    if (!(sc.runAsNonRoot === true || (sc.runAsNonRoot === undefined && psc.runAsNonRoot === true))) out.push(`Running as non-root: ${where} must run with runAsNonRoot: true (container or pod)`)
    if (sc.runAsUser === 0) out.push(`Running as non-root user: ${where}.securityContext.runAsUser must not be 0`)
    const t = sc.seccompProfile?.type
    if (t === undefined ? !podSeccompOk : t !== 'RuntimeDefault' && t !== 'Localhost') out.push(`Seccomp (restricted): ${where} needs seccompProfile RuntimeDefault or Localhost (container or pod)`)
    if (!(sc.capabilities?.drop ?? []).includes('ALL')) out.push(`Capabilities (restricted): ${where} must drop ALL`)
    for (const cap of sc.capabilities?.add ?? []) if (cap !== 'NET_BIND_SERVICE') out.push(`Capabilities (restricted): ${where} may add only NET_BIND_SERVICE, not '${cap}'`)
  }
  return out
}
