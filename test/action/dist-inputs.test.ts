// The built action, run as GitHub's runner runs it, refuses every bad input with the right annotation,
// writes no outputs, and sends no request anywhere: the sandbox it points at logs nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { BAD, BASE } from '../helpers/bad-inputs.js'
import { runAction } from '../helpers/run-action.js'

let sb: Sandbox

beforeAll(async () => {
  sb = await startSandbox()
})
afterAll(async () => {
  await sb?.stop()
})

/** Runs `jobs` with at most `n` in flight (the machine has two cores). */
async function pool<T, R>(items: T[], n: number, job: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (next < items.length) {
        const i = next++
        out[i] = await job(items[i]!)
      }
    })
  )
  return out
}

describe('dist/index.js with bad inputs', () => {
  it('fails each with its message as an ::error:: annotation, no outputs, and no network request', async () => {
    // Point every endpoint at the sandbox, so any request the action made would land in its log.
    const pointAtSandbox = { ...sb.inputs, ...BASE, 'github-token': 'ghp_test_token_value' }
    // Without the identity variables, so a case that empties an input cannot be rescued by the environment.
    const { AZURE_CLIENT_ID: _c, AZURE_TENANT_ID: _t, AZURE_SUBSCRIPTION_ID: _s, ...env } = sb.env
    const runs = await pool(BAD, 3, async ([what, inputs, expected]) => ({
      what,
      expected,
      token: { ...pointAtSandbox, ...inputs }['github-token'],
      run: await runAction({ ...pointAtSandbox, ...inputs }, env)
    }))
    for (const { what, expected, token, run } of runs) {
      expect({ what, code: run.code }).toEqual({ what, code: 1 })
      expect({ what, errors: run.errors.join('\n') }).toEqual({ what, errors: expect.stringContaining(expected) })
      expect({ what, outputs: run.outputs }).toEqual({ what, outputs: {} })
      expect(run.everything).not.toContain('ghp_test_token_value')
      if (token) expect(run.masks).toContain(token)
    }
    expect(sb.log.all()).toEqual([])
  })

  it('exits 0 on valid inputs and writes its outputs and the job summary', async () => {
    // The sandbox's cluster, the base table's identity and service account.
    const inputs = { ...sb.inputs, 'identity-name': BASE['identity-name']!, 'service-account-name': BASE['service-account-name']!, namespace: 'dist-test' }
    const run = await runAction(inputs, sb.env)
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
    expect(run.outputs['client-id']).toMatch(/^[0-9a-f-]{36}$/)
    expect(run.outputs['oidc-issuer-url']).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/.+\/$/)
    expect(run.outputs).toMatchObject({ namespace: 'dist-test', 'service-account': BASE['service-account-name'], drift: 'true', changes: '5' }) // cluster features, identity, credential, namespace, service account
    expect(run.summary).toMatch(/\| Resource \| Action \|/)
    expect(sb.log.all().some((e) => e.write)).toBe(true)
  })
})
