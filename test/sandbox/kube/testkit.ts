// Shared by the kube sandbox tests: the real @kubernetes/client-node pointed at a sandbox through its
// kubeconfig (server + certificate-authority-data + token), and the Status body of a failed call.
import { readFileSync } from 'node:fs'
import { ApiException, AuthenticationV1Api, CoreV1Api, KubeConfig } from '@kubernetes/client-node'
import { Agent, fetch } from 'undici'
import type { Sandbox } from '../index.js'
import type { KubeStatus } from './status.js'

export interface KubeClients {
  kc: KubeConfig
  core: CoreV1Api
  auth: AuthenticationV1Api
}

export function kubeClients(kubeconfigYaml: string): KubeClients {
  const kc = new KubeConfig()
  kc.loadFromString(kubeconfigYaml)
  return { kc, core: kc.makeApiClient(CoreV1Api), auth: kc.makeApiClient(AuthenticationV1Api) }
}

export const sandboxClients = (sb: Sandbox): KubeClients => kubeClients(readFileSync(sb.files.kubeconfig!, 'utf8'))

/** Runs `call`, expects it to fail with an ApiException, and returns the HTTP code and the Status body. */
export async function failure(call: Promise<unknown>): Promise<{ code: number; status: KubeStatus }> {
  try {
    await call
  } catch (err) {
    if (err instanceof ApiException) {
      const body = typeof err.body === 'string' ? (JSON.parse(err.body) as KubeStatus) : (err.body as KubeStatus)
      return { code: err.code, status: body }
    }
    throw err
  }
  throw new Error('expected the call to fail')
}

/** An HTTPS JSON call trusting the sandbox CA (admin routes, raw API calls with custom headers). */
export async function call(sb: Sandbox, url: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; body: unknown; headers: Headers }> {
  const dispatcher = new Agent({ connect: { ca: sb.tls.caPem } })
  try {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...init.headers },
      body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
      dispatcher
    })
    const text = await res.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body, headers: res.headers as unknown as Headers }
  } finally {
    await dispatcher.close()
  }
}

/** The static admin token of the sandbox's admin kubeconfig. */
export const adminToken = (sb: Sandbox): string => {
  const kc = new KubeConfig()
  kc.loadFromString(readFileSync(sb.files.kubeconfig!, 'utf8'))
  return kc.getCurrentUser()!.token!
}
