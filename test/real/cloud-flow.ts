// A sovereign cloud under its real names: the sandbox posing as AzureUSGovernment (or AzureChinaCloud) in
// real-hosts mode, so `management.usgovcloudapi.net`, `login.microsoftonline.us`, the `.oic.prod-aks.azure.us` issuer
// and the `.cx.aks.containerservice.azure.us` API server are the sandbox. The real Azure CLI, with its own cloud
// table (`az cloud set --name AzureUSGovernment`), signs in with a GitHub ID token for the cloud's audience and reads
// the cluster; then the built action runs with `environment` and no endpoint override, so every endpoint and audience
// it uses comes from its cloud table: apply (verified), and again with zero writes. Runs INSIDE a network namespace
// (namespace.ts `runInNamespace(..., { cloud })`); progress on stderr, one JSON report (CloudFlowReport) on stdout.
import { join, resolve } from 'node:path'
import { CLOUDS, cloudByName } from '../../src/clouds.js'
import { startSandbox } from '../sandbox/index.js'
import type { AzureHalf } from '../sandbox/azure/index.js'
import { run, runAction, type ActionResult, type StepResult } from './seed-flow.js'
import { removeTempDirs, tempDir } from '../helpers/run-action.js'

export interface CloudFlowReport {
  ok: boolean
  cloud: string
  urls: Record<string, string>
  steps: StepResult[]
  /** What the Azure CLI's session asked Entra for (the `aud` of its ARM token). */
  cliTokenAudience?: string
  apply?: ActionResult
  again?: ActionResult
  /** The workload's federated credential after the runs. */
  credential?: { issuer: string; audiences: string[] }
}

export async function cloudFlow(dir: string, cloudName: string): Promise<CloudFlowReport> {
  const cloud = cloudByName(cloudName) ?? CLOUDS.AzureUSGovernment
  const sb = await startSandbox({ realHosts: true, cloud: cloud.name, dir, azure: { consistency: { clusterOperationMs: 100 } }, kube: { podStartMs: 50 } })
  const report: CloudFlowReport = { ok: false, cloud: cloud.name, urls: { ...sb.urls }, steps: [] }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    AZURE_CONFIG_DIR: join(dir, 'azure'),
    AZURE_CORE_COLLECT_TELEMETRY: 'false',
    AZURE_CORE_NO_COLOR: 'true',
    AZURE_CORE_ONLY_SHOW_ERRORS: 'true',
    REQUESTS_CA_BUNDLE: sb.caFile,
    NODE_EXTRA_CA_CERTS: sb.caFile
  }
  const step = async (name: string, argv: string[]): Promise<StepResult> => {
    const r = await run(name, argv, env)
    report.steps.push(r)
    if (r.code !== 0) throw new Error(`${name} failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`)
    return r
  }
  const azure = sb.ctx.parts.azure as AzureHalf
  const rg = sb.inputs['resource-group']!
  const clusterName = sb.inputs['cluster-name']!
  try {
    // The Azure CLI with its own idea of the cloud: no endpoint is given to it.
    await step('az cloud set', ['az', 'cloud', 'set', '--name', cloud.name])
    const idToken = await azure.githubIdToken(cloud.tokenExchangeAudience)
    await step('az login --federated-token', ['az', 'login', '--service-principal', '-u', sb.env.AZURE_CLIENT_ID!, '--tenant', sb.tenantId, '--federated-token', idToken, '--allow-no-subscriptions', '-o', 'none'])
    await step('az account set', ['az', 'account', 'set', '--subscription', sb.subscriptionId])
    const token = await step('az account get-access-token', ['az', 'account', 'get-access-token', '--query', 'accessToken', '-o', 'tsv'])
    report.cliTokenAudience = String(JSON.parse(Buffer.from(token.stdout.trim().split('.')[1]!, 'base64url').toString('utf8')).aud)
    await step('az aks show', ['az', 'aks', 'show', '-g', rg, '-n', clusterName, '--query', 'fqdn', '-o', 'tsv'])

    // The built action: the environment and the identity inputs, no arm-endpoint or authority-host.
    const inputs: Record<string, string> = {
      environment: cloud.name,
      auth: 'oidc',
      'client-id': sb.env.AZURE_CLIENT_ID!,
      'tenant-id': sb.tenantId,
      'subscription-id': sb.subscriptionId,
      'resource-group': rg,
      'cluster-name': clusterName,
      'identity-name': 'id-sovereign',
      namespace: 'apps',
      'service-account-name': 'app-sa',
      role: 'Reader',
      scope: `/subscriptions/${sb.subscriptionId}/resourceGroups/${rg}`,
      verify: 'true'
    }
    const actionEnv: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: dir,
      NODE_EXTRA_CA_CERTS: sb.caFile,
      ACTIONS_ID_TOKEN_REQUEST_URL: sb.env.ACTIONS_ID_TOKEN_REQUEST_URL,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: sb.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    }
    report.apply = await runAction(sb, inputs, actionEnv)
    report.again = await runAction(sb, inputs, actionEnv)
    const fic = [...azure.world.identities.values()].find((i) => i.name === 'id-sovereign')?.fics.values().next().value
    if (fic) report.credential = { issuer: fic.issuer, audiences: fic.audiences }
    report.ok = report.apply.code === 0 && report.again.code === 0
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`)
  } finally {
    await sb.stop()
  }
  return report
}

// Run as a script (inside the namespace): the report on stdout.
if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dir = process.argv[2] ?? (await tempDir('aks-wi-cloud-'))
  const report = await cloudFlow(dir, process.argv[3] ?? 'AzureUSGovernment')
  process.stdout.write(JSON.stringify(report) + '\n')
  // A script outside jest: the action's step folders (tempDir) go here, not in jest's afterAll.
  await removeTempDirs()
  process.exit(report.ok ? 0 : 1)
}
