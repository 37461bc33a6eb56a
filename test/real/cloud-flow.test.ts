// A sovereign cloud under its real names (test/real/cloud-flow.ts does the work inside a network namespace): the
// real Azure CLI, set to the cloud, signs in with a GitHub ID token for the cloud's audience against the sandbox
// posing as that cloud; the built action with `environment` alone (no endpoint override) applies, verifies, and runs
// again with zero writes. Skipped, with the reason in its name, where a namespace cannot be made, az is missing or
// dist/ is not built; CI runs it as root.
import { CLOUDS } from '../../src/clouds.js'
import { realClientsUnavailable, runInNamespace } from './namespace.js'
import type { CloudFlowReport } from './cloud-flow.js'

const why = realClientsUnavailable({ needsDist: true })
const maybe = why ? test.skip : test

describe.each([['AzureUSGovernment' as const], ['AzureChinaCloud' as const]])('%s under its real names', (name) => {
  const cloud = CLOUDS[name]
  maybe(`the Azure CLI signs in with the cloud's audience; the action, with only 'environment', applies, verifies, then makes no writes${why ? ` (skipped: ${why})` : ''}`, async () => {
    const run = await runInNamespace('test/real/cloud-flow.ts', [name], { timeoutMs: 240_000, cloud: name })
    let report: CloudFlowReport
    try {
      report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as CloudFlowReport
    } catch {
      throw new Error(`no report from the flow (exit ${run.code})\n${run.stderr.slice(-4000)}`)
    }
    // The sandbox answered under the cloud's own names.
    expect(report.urls).toMatchObject({ arm: cloud.armEndpoint, entra: cloud.authorityHost, oidc: expect.stringContaining(`.${cloud.aksIssuerDomain}`) })
    // The CLI, from its own cloud table, reached them and asked for the cloud's classic ARM audience.
    expect(report.steps.filter((s) => s.code !== 0).map((s) => `${s.name}: ${s.stderr.trim().split('\n').slice(-2).join(' ')}`)).toEqual([])
    expect(report.cliTokenAudience?.replace(/\/$/, '')).toBe(cloud.armAudiences[0]!.replace(/\/$/, ''))
    expect(report.steps.find((s) => s.name === 'az aks show')?.stdout.trim()).toBe(`aks-sandbox-dns-7f3a9b2c.hcp.${name === 'AzureUSGovernment' ? 'usgovvirginia' : 'chinanorth3'}.${cloud.aksApiServerDomain}`)
    // The action: signed in with the cloud's audience, created the credential with it, verified; then no writes.
    const apply = report.apply!
    expect(apply.errors).toEqual([])
    expect(apply.code).toBe(0)
    expect(apply.stdout).toContain(`aud ${cloud.tokenExchangeAudience})`)
    expect(apply.outputs).toMatchObject({ verified: 'true' })
    expect(report.credential).toMatchObject({ issuer: expect.stringMatching(new RegExp(`^https://[a-z0-9]+\\.${cloud.aksIssuerDomain.replace(/\./g, '\\.')}/`)), audiences: [cloud.tokenExchangeAudience] })
    expect(report.again!.code).toBe(0)
    expect(report.again!.writes).toEqual([])
    expect(report.again!.outputs).toMatchObject({ changes: '0', verified: 'true' })
  }, 300_000)
})
