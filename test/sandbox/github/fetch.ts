// Test-side helpers for talking to the GitHub emulator with the real clients: a fetch that trusts the
// sandbox CA (undici Agent, nothing disabled) and a wrapper that records every response for contract checks.
import { Agent, fetch as undiciFetch } from 'undici'

/** A WHATWG fetch whose TLS trusts exactly the given CA, for Octokit's `request.fetch`. */
export function caFetch(caPem: string): typeof fetch {
  const dispatcher = new Agent({ connect: { ca: caPem } })
  return ((input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher })) as unknown as typeof fetch
}

export interface RecordedResponse {
  method: string
  url: URL
  status: number
  headers: Headers
  /** Parsed JSON body, or undefined for an empty one. */
  body: unknown
}

/** Wraps a fetch so each response is parsed (from a clone) and pushed to `sink`; the caller still gets the original. */
export function recordingFetch(inner: typeof fetch, sink: RecordedResponse[]): typeof fetch {
  return async (input, init) => {
    const res = await inner(input, init)
    const text = await res.clone().text()
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    sink.push({
      method: (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase(),
      url,
      status: res.status,
      headers: res.headers,
      body: text ? (JSON.parse(text) as unknown) : undefined
    })
    return res
  }
}
