// Issue 14's "Done when", with the real clients: a job on a sandbox runner pod (its environment as the webhook
// injected it, its token minted by TokenRequest bound to the pod) runs the login action; then the real Azure CLI's
// `az account show` prints the identity, `az group show` reads as it, the real kubectl reaches the cluster through
// the kubeconfig the action wrote, and the post step leaves no session or kubeconfig behind. test/real/login-flow.ts
// does the work inside a network namespace. Skipped, with the reason in its name, where a namespace cannot be made
// (not root, no unshare) or az is not installed; CI installs az and runs it as root.
import { realClientsUnavailable, runInNamespace } from './namespace.js'
import type { LoginFlowReport } from './login-flow.js'

const why = realClientsUnavailable({ needsDist: true })
const maybe = why ? test.skip : test

maybe(`a job on a runner pod: the login action signs the real az and kubectl in as the pod's identity; the post step removes the session${why ? ` (skipped: ${why})` : ''}`, async () => {
  const run = await runInNamespace('test/real/login-flow.ts', [], { timeoutMs: 280_000 })
  const line = run.stdout.trim().split('\n').at(-1) ?? ''
  let r: LoginFlowReport
  try {
    r = JSON.parse(line) as LoginFlowReport
  } catch {
    throw new Error(`no report from the flow (exit ${run.code})\n${run.stderr.slice(-4000)}`)
  }
  process.stdout.write(`login flow: az ${r.azVersion}, total ${(run.ms / 1000).toFixed(1)} s\n`)
  expect(r.error).toBeUndefined()

  // The job's environment is the pod's, as the webhook injected it.
  expect(r.pod!.env).toMatchObject({
    AZURE_CLIENT_ID: r.clientId,
    AZURE_TENANT_ID: r.tenantId,
    AZURE_FEDERATED_TOKEN_FILE: expect.stringMatching(/^\/var\/run\/secrets\/azure\/wi\/token\/azure-identity-token$/),
    AZURE_AUTHORITY_HOST: 'https://login.microsoftonline.com/'
  })
  expect(r.pod).toMatchObject({ audience: 'api://AzureADTokenExchange', expirationSeconds: 3600, serviceAccount: 'github-runner' })

  // The login step: everything signed in, the token masked and shown nowhere, the files private.
  const login = r.login!
  expect(login.errors).toEqual([])
  expect(login.code).toBe(0)
  expect(login.outputs).toMatchObject({ 'client-id': r.clientId, 'subscription-id': r.subscriptionId, 'signed-in': 'azure-cli,arm-env,kubeconfig' })
  expect(login.exported).toMatchObject({
    AZURE_CONFIG_DIR: expect.stringContaining('/runner-temp/aks-wi-azure-'),
    KUBECONFIG: login.outputs['kubeconfig-path'],
    ARM_CLIENT_ID: r.clientId,
    ARM_TENANT_ID: r.tenantId,
    ARM_SUBSCRIPTION_ID: r.subscriptionId,
    ARM_USE_AKS_WORKLOAD_IDENTITY: 'true'
  })
  expect(r.token!.masked).toBe(true)
  expect(login.tokenShown).toBe(false)
  expect(login.kubeconfigMode).toBe('600')
  expect(login.configDirMode).toBe('700')

  // Later steps: the real CLI is signed in as the identity, in the subscription, and can read what Reader allows.
  const [show, group, kubectl] = r.steps
  expect(show!.code).toBe(0)
  expect(JSON.parse(show!.stdout)).toMatchObject({ id: r.subscriptionId, tenantId: r.tenantId, user: { name: r.clientId, type: 'servicePrincipal' } })
  expect(group!.code).toBe(0)
  expect(JSON.parse(group!.stdout)).toMatchObject({ name: 'rg-aks-sandbox' })
  expect(kubectl).toMatchObject({ code: 0, stdout: 'serviceaccount/github-runner\n' })

  // The post step: no session, no kubeconfig; the CLI is signed out.
  expect(r.post).toMatchObject({ code: 0, errors: [] })
  expect(r.after!.configDirExists).toBe(false)
  expect(r.after!.kubeconfigExists).toBe(false)
  expect(r.after!.accountShow.code).not.toBe(0)
  expect(r.after!.accountShow.stderr).toMatch(/az login/)

  // Every response the CLI and the action got fits the spec of the api-version they asked for.
  expect(r.problems).toEqual([])
}, 300_000)
