// Pure pieces around the plan: rendering, the retry helper (with a fake clock), the sign-in choice.
import { describe, expect, it } from '@jest/globals'
import type { Plan } from '../../src/model.js'
import { planJson, renderPlan, renderStep } from '../../src/report.js'
import { summaryMarkdown } from '../../src/summary.js'
import { retryReason, withRetry, RetryExhaustedError, type RetryConfig } from '../../src/retry.js'
import { chooseAuth, sharedCredential } from '../../src/azure/credentials.js'
import { tokenClaims } from '../../src/token-claims.js'
import { AzureActionError } from '../../src/azure/errors.js'
import { readSettings } from '../../src/settings.js'
import { BASE, source } from '../helpers/bad-inputs.js'

const plan: Plan = {
  version: 1,
  mode: 'apply',
  steps: [
    { key: 'cluster:rg/aks', kind: 'cluster', action: 'unchanged', diff: [], dependsOn: [], id: '/c' },
    { key: 'identity:rg/id', kind: 'identity', action: 'update', diff: [{ field: 'tags.team', from: 'a', to: 'b' }], dependsOn: [], id: '/i' },
    { key: 'federated-credential:rg/id/f', kind: 'federated-credential', action: 'create', diff: [{ field: 'subject', to: 'system:serviceaccount:a:b' }], dependsOn: ['identity:rg/id'] },
    { key: 'role-assignment:x|Owner|rg/id', kind: 'role-assignment', action: 'conflict', diff: [], reason: 'refused', dependsOn: [] }
  ]
}

describe('report rendering', () => {
  it('renders Terraform-like lines', () => {
    expect(renderPlan(plan).split('\n')).toEqual([
      'Plan (apply): 1 to create, 1 to update, 1 to keep, 1 to resolve',
      '= unchanged cluster:rg/aks',
      '~ update identity:rg/id (tags.team: "a" → "b")',
      '+ create federated-credential:rg/id/f (subject: "system:serviceaccount:a:b")',
      '! conflict role-assignment:x|Owner|rg/id: refused'
    ])
    expect(renderStep({ key: 'k', kind: 'x', action: 'replace', diff: [], dependsOn: [] })).toBe('-/+ replace k')
    expect(renderStep({ key: 'k', kind: 'x', action: 'delete', diff: [], dependsOn: [] })).toBe('- delete k')
  })

  it('plan JSON has the documented version-1 shape and nothing internal', () => {
    const j = JSON.parse(planJson(plan)) as { version: number; mode: string; steps: Array<Record<string, unknown>> }
    expect(j.version).toBe(1)
    expect(j.mode).toBe('apply')
    expect(j.steps[1]).toEqual({ key: 'identity:rg/id', kind: 'identity', action: 'update', diff: [{ field: 'tags.team', from: 'a', to: 'b' }], id: '/i' })
    expect(j.steps[2]).toEqual({ key: 'federated-credential:rg/id/f', kind: 'federated-credential', action: 'create', diff: [{ field: 'subject', from: null, to: 'system:serviceaccount:a:b' }] })
    expect(j.steps[3]!.reason).toBe('refused')
    for (const s of j.steps) expect(s).not.toHaveProperty('dependsOn')
  })

  it('summary has one row per resource and escapes pipes', () => {
    const md = summaryMarkdown({ ...plan, steps: [...plan.steps, { key: 'a|b', kind: 'x', action: 'create', diff: [], dependsOn: [] }] }, { changes: '3', plan: '', 'client-id': 'cid' }, true)
    expect(md).toContain('| `identity:rg/id` | ~ update | tags.team: "a" → "b" |')
    expect(md).toContain('`a\\|b`')
    expect(md).toContain('| client-id | `cid` |')
    expect(md).toContain('3 resource(s) changed.')
  })
})

const restError = (code: string, statusCode: number, message = code) => Object.assign(new Error(message), { code, statusCode })

describe('retry helper', () => {
  const config: RetryConfig = {
    ficConcurrency: { initialDelayMs: 100, maxDelayMs: 400, budgetMs: 1_000 },
    principalNotFound: { initialDelayMs: 100, maxDelayMs: 100, budgetMs: 250 },
    parentNotFound: { initialDelayMs: 10, maxDelayMs: 10, budgetMs: 100 },
    clusterBusy: { initialDelayMs: 10, maxDelayMs: 10, budgetMs: 100 }
  }
  const fakeClock = () => {
    let t = 0
    const sleeps: number[] = []
    return { clock: { now: () => t, sleep: async (ms: number) => void (sleeps.push(ms), (t += ms)) }, sleeps }
  }

  it('classifies by code, not message', () => {
    expect(retryReason(restError('ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity', 409))).toBe('ficConcurrency')
    expect(retryReason(restError('PrincipalNotFound', 400, 'changed text'))).toBe('principalNotFound')
    expect(retryReason(restError('ParentResourceNotFound', 404))).toBe('parentNotFound')
    // OperationNotAllowed is waited out only when it says another operation is in progress (issue 12).
    expect(retryReason(restError('OperationNotAllowed', 409, 'Operation is not allowed: Another operation (Upgrading) is in progress, please wait for it to finish'))).toBe('clusterBusy')
    expect(retryReason(restError('OperationNotAllowed', 409))).toBeUndefined()
    expect(retryReason(restError('OperationNotAllowed', 409, 'Operation is not allowed because the managed cluster is in stopped state.'))).toBeUndefined()
    expect(retryReason(restError('OperationNotAllowed', 409, 'Operation could not be completed as it results in exceeding approved Total Regional Cores quota.'))).toBeUndefined()
    expect(retryReason(restError('RequestDisallowedByPolicy', 403, 'Resource was disallowed by policy.'))).toBeUndefined()
    expect(retryReason(restError('Conflict', 409, 'Operation is not allowed: Another operation (Updating) is in progress, please wait'))).toBe('clusterBusy')
    expect(retryReason(restError('RoleAssignmentExists', 409))).toBeUndefined()
    expect(retryReason(restError('TooManyRequests', 429))).toBeUndefined()
    // Through a wrapper that keeps the SDK error as cause.
    expect(retryReason(new AzureActionError('x', restError('PrincipalNotFound', 400)))).toBe('principalNotFound')
  })

  it('retries with growing, jittered delays until success', async () => {
    const { clock, sleeps } = fakeClock()
    let calls = 0
    const out = await withRetry(
      'w',
      async () => {
        if (++calls < 4) throw restError('ConcurrentFederatedIdentityCredentialsWritesForSingleManagedIdentity', 409)
        return 'ok'
      },
      { config, clock, random: () => 1 }
    )
    expect(out).toBe('ok')
    expect(sleeps).toEqual([100, 200, 400])
    const half = fakeClock()
    calls = 0
    await withRetry('w', async () => (++calls < 2 ? Promise.reject(restError('ParentResourceNotFound', 404)) : 1), { config, clock: half.clock, random: () => 0 })
    expect(half.sleeps).toEqual([5])
  })

  it('stops at the budget and keeps the Azure error as cause', async () => {
    const { clock, sleeps } = fakeClock()
    const err = await withRetry('Assigning', () => Promise.reject(restError('PrincipalNotFound', 400)), { config, clock, random: () => 1 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(RetryExhaustedError)
    expect((err as RetryExhaustedError).message).toMatch(/^Assigning: gave up after 3 attempts/)
    expect(((err as RetryExhaustedError).cause as { code: string }).code).toBe('PrincipalNotFound')
    expect(sleeps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(250)
  })

  it('does not retry other errors', async () => {
    const { clock, sleeps } = fakeClock()
    await expect(withRetry('x', () => Promise.reject(restError('AuthorizationFailed', 403)), { config, clock })).rejects.toMatchObject({ code: 'AuthorizationFailed' })
    expect(sleeps).toEqual([])
  })
})

describe('sign-in choice', () => {
  const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47'
  const CLIENT = '5e1a7c3d-0b2f-4e6a-9c8d-1f3b5d7e9a0b'
  const s = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) => readSettings(source({ ...BASE, ...inputs }, env))
  const oidcEnv = { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' }

  it('auto prefers GitHub OIDC when the endpoint and client/tenant are known', () => {
    expect(chooseAuth(s({ 'client-id': CLIENT, 'tenant-id': TENANT }), { ...oidcEnv, AZURE_FEDERATED_TOKEN_FILE: '/f' }, true).method).toBe('oidc')
  })

  it('auto falls through: workload identity, then CLI, then environment', () => {
    const wi = { AZURE_FEDERATED_TOKEN_FILE: '/f', AZURE_CLIENT_ID: CLIENT, AZURE_TENANT_ID: TENANT }
    expect(chooseAuth(s({}, wi), wi, true).method).toBe('workload-identity')
    expect(chooseAuth(s({ 'client-id': CLIENT, 'tenant-id': TENANT }), {}, true).method).toBe('azure-cli')
    const envSp = { AZURE_CLIENT_ID: CLIENT, AZURE_TENANT_ID: TENANT, AZURE_CLIENT_SECRET: 'x' }
    expect(chooseAuth(s({}, envSp), envSp, false).method).toBe('environment')
  })

  it('says why every method was skipped when none applies', () => {
    const c = chooseAuth(s(), {}, false)
    expect(c.method).toBeUndefined()
    expect(c.skipped).toHaveLength(4)
    expect(c.skipped[0]).toContain('id-token: write')
  })

  it('a forced method is the only one considered', () => {
    const c = chooseAuth(s({ auth: 'environment' }), oidcEnv, true)
    expect(c.method).toBeUndefined()
    expect(c.skipped).toEqual([expect.stringContaining('environment:')])
  })

  it("logs only the ID token's iss, sub and aud", () => {
    const payload = Buffer.from(JSON.stringify({ iss: 'https://token.actions', sub: 'repo:o/r:ref:refs/heads/main', aud: ['api://AzureADTokenExchange'], secret: 'no' })).toString('base64url')
    expect(tokenClaims(`h.${payload}.sig`)).toEqual({ iss: 'https://token.actions', sub: 'repo:o/r:ref:refs/heads/main', aud: ['api://AzureADTokenExchange'] })
    expect(tokenClaims('garbage')).toBeUndefined()
  })

  it('shares one token request among concurrent callers and masks the token', async () => {
    let calls = 0
    const masked: string[] = []
    // The token request stays in flight until the test lets it answer: the three callers all come meanwhile.
    let answer: () => void = () => undefined
    const inFlight = new Promise<void>((r) => (answer = r))
    const cred = sharedCredential(
      {
        getToken: async () => {
          calls++
          if (calls === 1) await inFlight
          return { token: `tok-${calls}`, expiresOnTimestamp: Date.now() + 3_600_000 }
        }
      },
      (t) => masked.push(t)
    )
    const pending = Promise.all([cred.getToken('s'), cred.getToken('s'), cred.getToken('s')])
    answer()
    const tokens = await pending
    expect(tokens.map((t) => t?.token)).toEqual(['tok-1', 'tok-1', 'tok-1'])
    expect(calls).toBe(1)
    expect(masked).toEqual(['tok-1'])
    await cred.getToken('other')
    expect(calls).toBe(2)
  })
})
