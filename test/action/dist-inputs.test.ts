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
    const env = { ...sb.env }
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

  it('exits 0 on valid inputs in the skeleton run, annotating nothing', async () => {
    const run = await runAction({ ...BASE, mode: 'plan', verify: 'false' }, { ...sb.env })
    expect(run.errors).toEqual([])
    expect(run.code).toBe(0)
  })
})
