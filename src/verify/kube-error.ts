// The Kubernetes Status message inside a @kubernetes/client-node error (its `body` is the raw response text).

export function kubeMessage(err: unknown): string {
  const body = (err as { body?: unknown }).body
  if (typeof body === 'string' && body) {
    try {
      return (JSON.parse(body) as { message?: string }).message ?? body
    } catch {
      return body
    }
  }
  return err instanceof Error ? err.message : String(err)
}
