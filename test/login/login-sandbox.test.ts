// The login action (dist/login/), as the runner runs it, in a job on a sandbox runner pod: the pod's environment as
// the webhook injected it, its token from a TokenRequest bound to the pod. The Azure CLI and PowerShell are stand-ins
// that record their arguments (test/real/login.test.ts runs the real az and kubectl); Entra ID, ARM and the cluster
// are the sandbox's, so the exchange, the kubeconfig and its Entra token are real. Then the post step.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { stat } from 'node:fs/promises'
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node'
import { startSandbox, type Sandbox } from '../sandbox/index.js'
import { run } from '../engine/helpers.js'
import { adminCore } from '../kube/helpers.js'
import { jobOnPod, standIns, type PodJob, type StandIns } from '../helpers/job-on-pod.js'
import { postStateEnv, runStep } from '../helpers/run-action.js'
import { ALL_KINDS } from '../../src/engine.js'
import { desiredState } from '../../src/desired.js'
import { azAccountSetArgs, azCloudSetArgs, azLoginArgs, AZ_ACCOUNT_SHOW } from '../../src/login/azure-cli.js'
import { CLOUDS } from '../../src/clouds.js'
import { CONNECT_SCRIPT, DISCONNECT_SCRIPT, PWSH_ARGS } from '../../src/login/powershell.js'

const NS = 'ci'
const SA = 'ci-jobs'
let sb: Sandbox
let core: CoreV1Api
let job: PodJob
let clientId: string
let rg: string
let cluster: string

beforeAll(async () => {
  sb = await startSandbox({ azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true }, kube: { podStartMs: 50 } })
  core = adminCore(sb)
  rg = sb.inputs['resource-group']!
  cluster = sb.inputs['cluster-name']!
  const clusterId = `/subscriptions/${sb.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.ContainerService/managedClusters/${cluster}`
  const applied = await run(
    sb,
    {
      'identity-name': 'id-ci-jobs',
      namespace: NS,
      'service-account-name': SA,
      role: 'Reader',
      scope: `/subscriptions/${sb.subscriptionId}/resourceGroups/${rg}`,
      'role-assignments': `Azure Kubernetes Service Cluster User Role ${clusterId}`,
      'runner-kind': 'pod',
      'runner-count': '1',
      verify: 'false'
    },
    { kinds: ALL_KINDS, desired: desiredState, pollIntervalMs: 50 }
  )
  clientId = applied.sink.outputs['client-id']!
  job = await jobOnPod(sb, core, NS, applied.sink.outputs['runner-names']!)
}, 60_000)
afterAll(async () => sb?.stop())

/** The job's environment on PATH with only the given stand-ins. */
const jobEnv = (tools: StandIns, extra: Record<string, string> = {}) => ({ ...job.env, ...tools.env, PATH: tools.bin, ...extra })
/** The sandbox's ARM answers on its own URL (test/real/ uses the real name): the token exchange asks for that audience. */
const arm = () => ({ 'arm-endpoint': sb.urls.arm })
const inputs = () => ({ 'subscription-id': sb.subscriptionId, 'resource-group': rg, 'cluster-name': cluster, ...arm() })

describe('a job on a runner pod', () => {
  it('signs az, pwsh, Terraform and kubectl in as the pod identity, with the arguments documented; the post step removes it all', async () => {
    expect(job.env).toMatchObject({ AZURE_CLIENT_ID: clientId, AZURE_TENANT_ID: sb.tenantId, AZURE_AUTHORITY_HOST: `${sb.urls.entra}/` })
    expect(job.podTokenPath).toBe('/var/run/secrets/azure/wi/token/azure-identity-token')
    const tools = await standIns()
    const login = await runStep('login/index.js', inputs(), jobEnv(tools))
    expect(login.errors).toEqual([])
    expect(login.code).toBe(0)

    // The Azure CLI: its own config folder under RUNNER_TEMP, login with the federated token, then the subscription.
    const configDir = login.exported.AZURE_CONFIG_DIR!
    expect(configDir.startsWith(`${login.work}/aks-wi-azure-`)).toBe(true)
    expect(((await stat(configDir)).mode & 0o777).toString(8)).toBe('700')
    const calls = await tools.calls()
    const az = calls.filter((c) => c.tool === 'az')
    expect(az.map((c) => c.args)).toEqual([azLoginArgs(clientId, sb.tenantId, job.token), azAccountSetArgs(sb.subscriptionId), AZ_ACCOUNT_SHOW])
    expect(az[0]!.args.slice(0, 8)).toEqual(['login', '--service-principal', '-u', clientId, '-t', sb.tenantId, '--federated-token', job.token])
    expect(az.every((c) => c.env.AZURE_CONFIG_DIR === configDir)).toBe(true)

    // PowerShell: the identity in the environment, the token read from the file inside it, never on the command line.
    const pwsh = calls.filter((c) => c.tool === 'pwsh')
    expect(pwsh).toEqual([
      {
        tool: 'pwsh',
        args: [...PWSH_ARGS, CONNECT_SCRIPT],
        env: { AKS_WI_CLIENT_ID: clientId, AKS_WI_TENANT_ID: sb.tenantId, AKS_WI_TOKEN_FILE: job.tokenFile, AKS_WI_ENVIRONMENT: 'AzureCloud', AKS_WI_SUBSCRIPTION_ID: sb.subscriptionId },
        tokenRead: true
      }
    ])
    expect(CONNECT_SCRIPT).toMatch(/Connect-AzAccount @p/)
    expect(CONNECT_SCRIPT).toContain('ServicePrincipal = $true')
    expect(CONNECT_SCRIPT).toContain('FederatedToken = $token')

    // Terraform's azurerm and the rest: exported; outputs say what was signed in.
    expect(login.exported).toMatchObject({
      ARM_CLIENT_ID: clientId,
      ARM_TENANT_ID: sb.tenantId,
      ARM_SUBSCRIPTION_ID: sb.subscriptionId,
      ARM_USE_AKS_WORKLOAD_IDENTITY: 'true',
      AZURE_SUBSCRIPTION_ID: sb.subscriptionId
    })
    expect(login.exported.ARM_OIDC_TOKEN_FILE_PATH).toBeUndefined()
    expect(login.outputs).toMatchObject({
      'client-id': clientId,
      'tenant-id': sb.tenantId,
      'subscription-id': sb.subscriptionId,
      'signed-in': 'azure-cli,azure-powershell,arm-env,kubeconfig'
    })
    expect(Date.parse(login.outputs['token-expires-on']!)).toBeGreaterThan(Date.now() + 50 * 60_000)

    // kubectl: a kubeconfig (mode 600) whose Entra token the cluster accepts as the identity.
    const kubeconfig = login.exported.KUBECONFIG!
    expect(login.outputs['kubeconfig-path']).toBe(kubeconfig)
    expect(((await stat(kubeconfig)).mode & 0o777).toString(8)).toBe('600')
    const kc = new KubeConfig()
    kc.loadFromFile(kubeconfig)
    expect(kc.getCurrentUser()?.exec).toBeUndefined()
    const sa = await kc.makeApiClient(CoreV1Api).readNamespacedServiceAccount({ name: SA, namespace: NS })
    expect(sa.metadata?.annotations?.['azure.workload.identity/client-id']).toBe(clientId)

    // The token: masked before anything else was printed, shown nowhere.
    expect(login.masks[0]).toBe(job.token)
    expect(login.everything).not.toContain(job.token)
    expect(login.everything).not.toContain(kc.getCurrentUser()!.token!)

    // The post step: PowerShell's context cleared, the CLI's folder and the kubeconfig gone; the CLI is signed out.
    const post = await runStep('login/post.js', {}, jobEnv(tools, postStateEnv(login.state)))
    expect(post.errors).toEqual([])
    expect(post.code).toBe(0)
    expect((await tools.calls()).slice(calls.length)).toEqual([expect.objectContaining({ tool: 'pwsh', args: [...PWSH_ARGS, DISCONNECT_SCRIPT] })])
    await expect(stat(configDir)).rejects.toThrow(/ENOENT/)
    await expect(stat(kubeconfig)).rejects.toThrow(/ENOENT/)
    expect(post.stdout).toContain('Removed the Azure PowerShell context, the Azure CLI session')
    expect(post.warnings).toEqual([])
  })

  it("skips tools that are not installed unless asked for; 'true' fails naming the tool; pwsh without Az is skipped", async () => {
    const none = await standIns([])
    const auto = await runStep('login/index.js', { 'subscription-id': sb.subscriptionId, ...arm() }, jobEnv(none))
    expect(auto.code).toBe(0)
    expect(auto.outputs['signed-in']).toBe('arm-env')
    expect(auto.stdout).toContain("The Azure CLI: 'az' is not installed here; skipped.")
    expect(auto.exported.AZURE_CONFIG_DIR).toBeUndefined()

    const required = await runStep('login/index.js', { 'azure-cli': 'true', ...arm() }, jobEnv(none))
    expect(required.code).toBe(1)
    expect(required.errors.join('\n')).toContain("'azure-cli: true', but The Azure CLI ('az') is not installed in this job's image")

    const noAz = await standIns(['pwsh'])
    const skipped = await runStep('login/index.js', arm(), jobEnv(noAz, { STANDIN_PWSH_NO_AZ: '1' }))
    expect(skipped.code).toBe(0)
    expect(skipped.stdout).toContain('Azure PowerShell: the Az.Accounts module is not installed; skipped.')
    const refused = await runStep('login/index.js', { 'azure-powershell': 'true', ...arm() }, jobEnv(noAz, { STANDIN_PWSH_NO_AZ: '1' }))
    expect(refused.errors.join('\n')).toContain("'azure-powershell: true', but the Az.Accounts module is not installed")
    // Nothing signed in, nothing for the post step to clear.
    expect(JSON.parse(refused.state['aks-workload-identity-login']!)).not.toHaveProperty('powershell')
  })
})

describe('a job that cannot sign in says why, before any tool runs', () => {
  it('names what the webhook did not inject', async () => {
    const tools = await standIns()
    const { AZURE_CLIENT_ID: _c, ...noClient } = job.env
    const r = await runStep('login/index.js', {}, { ...noClient, ...tools.env, PATH: tools.bin })
    expect(r.code).toBe(1)
    expect(r.errors.join('\n')).toContain(
      "The workload identity webhook did not inject AZURE_CLIENT_ID into this job's container: the pod's service account has no azure.workload.identity/client-id annotation"
    )
    const bare = await runStep('login/index.js', {}, { ...tools.env, PATH: tools.bin })
    expect(bare.errors.join('\n')).toContain('did not inject AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_FEDERATED_TOKEN_FILE')
    expect(bare.errors.join('\n')).toContain('azure.workload.identity/use: "true"')
    expect(await tools.calls()).toEqual([])
  })

  it('a token file that is not there, and a token of a service account the identity is not federated with (AADSTS70021)', async () => {
    const tools = await standIns()
    const missing = await runStep('login/index.js', {}, jobEnv(tools, { AZURE_FEDERATED_TOKEN_FILE: `${job.tokenFile}.gone` }))
    expect(missing.errors.join('\n')).toContain('does not exist: AZURE_FEDERATED_TOKEN_FILE is set, but the projected token volume is not mounted')

    await core.createNamespacedServiceAccount({ namespace: NS, body: { metadata: { name: 'other-sa' } } })
    const other = await core.createNamespacedServiceAccountToken({ namespace: NS, name: 'other-sa', body: { spec: { audiences: [job.audience] } } })
    const { writeFile } = await import('node:fs/promises')
    const otherFile = `${job.tokenFile}.other`
    await writeFile(otherFile, other.status!.token)
    const refused = await runStep('login/index.js', arm(), jobEnv(tools, { AZURE_FEDERATED_TOKEN_FILE: otherFile }))
    expect(refused.code).toBe(1)
    const error = refused.errors.join('\n')
    expect(error).toContain('Signing in as the workload identity failed')
    expect(error).toContain("subject 'system:serviceaccount:ci:other-sa'")
    expect(error).toContain('AADSTS70021')
    expect(refused.everything).not.toContain(other.status!.token)
    expect(await tools.calls()).toEqual([])
  })
})

describe('a sovereign cloud (the sandbox posing as US Government)', () => {
  let gov: Sandbox
  afterAll(async () => gov?.stop())

  it("expects the cloud's token-exchange audience, sets the CLI's cloud, and the exchange and kubeconfig work there", async () => {
    const cloud = CLOUDS.AzureUSGovernment
    gov = await startSandbox({ cloud: cloud.name, azure: { oidcIssuerEnabled: true, workloadIdentityEnabled: true }, kube: { podStartMs: 50 } })
    const govRg = gov.inputs['resource-group']!
    const govCluster = gov.inputs['cluster-name']!
    const clusterId = `/subscriptions/${gov.subscriptionId}/resourceGroups/${govRg}/providers/Microsoft.ContainerService/managedClusters/${govCluster}`
    const applied = await run(
      gov,
      {
        'identity-name': 'id-ci-jobs',
        namespace: NS,
        'service-account-name': SA,
        'role-assignments': `Azure Kubernetes Service Cluster User Role ${clusterId}`,
        'runner-kind': 'pod',
        'runner-count': '1',
        verify: 'false'
      },
      { kinds: ALL_KINDS, desired: desiredState, pollIntervalMs: 50 }
    )
    expect(applied.sink.outputs['client-id']).toBeDefined()
    const govJob = await jobOnPod(gov, adminCore(gov), NS, applied.sink.outputs['runner-names']!)
    // The pod's token carries the cloud's audience (the webhook as AKS configures it there).
    expect(govJob.audience).toBe(cloud.tokenExchangeAudience)

    const tools = await standIns(['az'])
    const login = await runStep(
      'login/index.js',
      { environment: cloud.name, 'subscription-id': gov.subscriptionId, 'resource-group': govRg, 'cluster-name': govCluster, 'arm-endpoint': gov.urls.arm },
      { ...govJob.env, ...tools.env, PATH: tools.bin }
    )
    expect(login.errors).toEqual([])
    // No "audience is ..., not 'api://AzureADTokenExchange'" warning: the expected audience is the cloud's.
    expect(login.warnings).toEqual([])
    expect(login.code).toBe(0)
    expect(login.outputs['signed-in']).toBe('azure-cli,arm-env,kubeconfig')
    const az = (await tools.calls()).map((c) => c.args)
    expect(az.slice(0, 2)).toEqual([azCloudSetArgs(cloud), azLoginArgs(govJob.env.AZURE_CLIENT_ID!, gov.tenantId, govJob.token)])
    const post = await runStep('login/post.js', {}, { ...govJob.env, ...tools.env, PATH: tools.bin, ...postStateEnv(login.state) })
    expect(post.code).toBe(0)
    await expect(stat(login.exported.KUBECONFIG!)).rejects.toThrow(/ENOENT/)
  })
})
