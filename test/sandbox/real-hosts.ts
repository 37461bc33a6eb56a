// Real-hostnames mode: the sandbox answers as "Azure" and "GitHub" by their real names, on port 443, with a
// certificate for those names from its own CA. That only makes sense inside a private network and mount
// namespace (`unshare --net --mount`) whose /etc/hosts maps the names to loopback addresses: there a real client
// (the Azure CLI, MSAL for Python, kubectl, the action with its default endpoints) needs no custom cloud and no
// port, and nothing outside the namespace is affected. Each service gets its own loopback address, so each can
// bind 443 and the frame stays one server per service.
//
// This module knows the names, writes the hosts file, builds the `unshare` command that makes the namespace,
// and says why a namespace cannot be made here (for tests to skip with that reason).
import { execFileSync } from 'node:child_process'
import { lookup } from 'node:dns/promises'
import { existsSync } from 'node:fs'
import type { SandboxUrls } from './context.js'

export type RealHostService = Exclude<keyof SandboxUrls, 'admin'>

export interface RealHost {
  service: RealHostService
  host: string
  /** The loopback address the service binds (port 443) and the hosts file maps `host` to. */
  ip: string
}

export interface RealHostsSettings {
  /** Azure region of the emulated cluster (`eastus`): the issuer host and the cluster FQDN carry it. */
  location: string
  /** The seeded cluster's DNS prefix (`aks-sandbox-dns`). */
  dnsPrefix: string
}

/** The API server FQDN AKS reports as `properties.fqdn` (the random part is fixed, so it is stable). */
export function clusterFqdn(dnsPrefix: string, location: string): string {
  return `${dnsPrefix}-7f3a9b2c.hcp.${location}.azmk8s.io`
}

/**
 * The real names, one loopback address each. The OIDC issuer host is the one AKS uses
 * (`https://{region}.oic.prod-aks.azure.com/{tenant}/{guid}/`); the ID-token stand-in is GitHub's issuer
 * `token.actions.githubusercontent.com` (which also answers the runner's ID-token requests here).
 */
export function realHosts(s: RealHostsSettings): RealHost[] {
  const names: Record<RealHostService, string> = {
    arm: 'management.azure.com',
    entra: 'login.microsoftonline.com',
    oidc: `${s.location}.oic.prod-aks.azure.com`,
    kube: clusterFqdn(s.dnsPrefix, s.location),
    github: 'api.github.com',
    idtoken: 'token.actions.githubusercontent.com'
  }
  return (Object.keys(names) as RealHostService[]).map((service, i) => ({ service, host: names[service], ip: `127.0.10.${i + 1}` }))
}

/** /etc/hosts for the namespace: localhost, and every real name on its own loopback address. */
export function hostsFile(hosts: RealHost[]): string {
  return ['127.0.0.1\tlocalhost', '::1\tlocalhost ip6-localhost ip6-loopback', ...hosts.map((h) => `${h.ip}\t${h.host}`), ''].join('\n')
}

/**
 * Fails unless every name resolves to its loopback address: the sandbox refuses to pose as Azure where the
 * names lead anywhere else (outside a namespace, or with a hosts file that was not mounted).
 */
export async function assertNamesResolveLocally(hosts: RealHost[]): Promise<void> {
  for (const h of hosts) {
    const got = await lookup(h.host, { family: 4 }).catch((err: Error) => ({ address: `unresolved (${err.message})` }))
    if (got.address !== h.ip) {
      throw new Error(
        `real-hosts mode: ${h.host} resolves to ${got.address}, not ${h.ip}. Start it inside a network namespace whose /etc/hosts maps the names (npm run sandbox -- --real-hosts does that).`
      )
    }
  }
}

/** Why a private network + mount namespace cannot be made here, or undefined when it can. */
export function namespaceUnavailable(): string | undefined {
  if (process.platform !== 'linux') return `network namespaces need Linux (this is ${process.platform})`
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'making a network namespace needs root (unshare --net --mount); run as root, as CI does'
  for (const tool of ['unshare', 'ip', 'mount']) {
    if (!which(tool)) return `${tool} is not installed (util-linux / iproute2)`
  }
  try {
    execFileSync('unshare', ['--net', '--mount', '--fork', 'sh', '-c', 'ip link set lo up'], { stdio: 'pipe', timeout: 10_000 })
  } catch (err) {
    const e = err as { stderr?: Buffer; message: string }
    return `unshare --net --mount failed here: ${(e.stderr?.toString() || e.message).trim()}`
  }
  return undefined
}

function which(tool: string): boolean {
  return (process.env.PATH ?? '/usr/bin:/bin').split(':').some((d) => d && existsSync(`${d}/${tool}`)) || ['/usr/sbin', '/sbin'].some((d) => existsSync(`${d}/${tool}`))
}

/**
 * The command that runs `command` in a new network and mount namespace: loopback up, `hostsPath` bind-mounted
 * over /etc/hosts (private to the namespace), then `command` replaces the shell. `--kill-child` ends the
 * command when unshare itself is killed.
 */
export function unshareCommand(hostsPath: string, command: string[]): string[] {
  const setup = 'ip link set lo up && mount --bind "$0" /etc/hosts && exec "$@"'
  return ['unshare', '--net', '--mount', '--propagation', 'private', '--fork', '--kill-child', '--', 'sh', '-c', setup, hostsPath, ...command]
}
