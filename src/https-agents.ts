// One keep-alive HTTPS agent per TLS configuration for the whole run, shared by every client that talks to the same
// kind of server: the Azure SDK pipelines (the three ARM clients and the credentials' Entra requests) and the
// Kubernetes client. Left to themselves, each SDK client keeps its own agent, and @kubernetes/client-node makes a new
// agent for every request, so no connection was ever reused and every connection built its TLS context again
// (parsing its CA): 156 TLS handshakes and contexts for a no-op run of 100 workloads (178 requests), most of the CPU
// between its waves (docs/performance.md). Shared, a connection that has answered serves the next request to its
// host, TLS sessions resume, and each configuration's context is built once.

import { Agent, type AgentOptions } from 'node:https'
import { createSecureContext } from 'node:tls'

/** What decides a TLS connection's trust and identity: the options an agent shares across its connections. */
export interface TlsIdentity {
  /** CA certificates (PEM) that replace the default trust (the sandbox's, a cluster's); default: system CAs + NODE_EXTRA_CA_CERTS. */
  ca?: string | Buffer | Array<string | Buffer>
  /** A client certificate and key (a kubeconfig's admin user). */
  cert?: string | Buffer
  key?: string | Buffer
  pfx?: string | Buffer
  passphrase?: string
  /** false only where a kubeconfig says insecure-skip-tls-verify. */
  rejectUnauthorized?: boolean
  /** The TLS server name, when it differs from the URL's host (a kubeconfig's tls-server-name). */
  servername?: string
}

const agents = new Map<string, Agent>()

type KeyPart = string | Buffer | boolean | undefined | Array<string | Buffer>
const keyPart = (v: KeyPart): string =>
  v === undefined ? '' : Array.isArray(v) ? v.map(keyPart).join(',') : Buffer.isBuffer(v) ? v.toString('base64') : String(v)

/**
 * The run's agent for `tls`: keep-alive (an idle socket does not keep the process alive: Node unrefs it), and one TLS
 * context built once for all its connections. The same options give the same agent.
 */
export function sharedHttpsAgent(tls: TlsIdentity = {}): Agent {
  const key = [tls.ca, tls.cert, tls.key, tls.pfx, tls.passphrase, tls.rejectUnauthorized, tls.servername].map(keyPart).join('|')
  let agent = agents.get(key)
  if (!agent) {
    const { ca, cert, key: privateKey, pfx, passphrase, rejectUnauthorized, servername } = tls
    const options: AgentOptions = {
      keepAlive: true,
      secureContext: createSecureContext({ ca, cert, key: privateKey, pfx, passphrase }),
      ...(rejectUnauthorized === undefined ? {} : { rejectUnauthorized }),
      ...(servername === undefined ? {} : { servername })
    }
    agent = new Agent(options)
    agents.set(key, agent)
  }
  return agent
}

/**
 * Whether the Azure SDK would send through a proxy ($HTTPS_PROXY, $HTTP_PROXY and their lower-case forms, as its
 * proxy policy reads them): a client-level agent takes precedence over the SDK's proxy agent, so then none is given.
 */
export function proxyConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy'].some((k) => !!env[k])
}
