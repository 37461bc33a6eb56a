// The AKS run-command API (ManagedClusters_RunCommand, then ManagedClusters_GetCommandResult through the SDK's
// poller): runs one command in a pod inside the cluster, for `cluster-access: run-command` (src/kube/run-command.ts
// turns each Kubernetes request into such a command). As `az aks command invoke` does, an Entra-integrated cluster
// (aadProfile.managed) gets the caller's token for the AKS server application as `clusterToken`, so the command
// runs with the action's own Kubernetes RBAC; a cluster with run-command disabled is refused with the setting named.
// The cluster is read once per run for these two facts. The ARM client carries the transport policy.
import type { TokenCredential } from '@azure/core-auth'
import type { ContainerServiceClient, ManagedCluster } from '@azure/arm-containerservice'
import { AKS_SERVER_APP_ID } from '../clouds.js'
import type { CommandOutcome, RunCommand } from '../kube/run-command.js'
import { explain } from './errors.js'

export interface AksRunCommandOptions {
  client: Pick<ContainerServiceClient, 'managedClusters'>
  credential: TokenCredential
  resourceGroup: string
  clusterName: string
  /** Called with the cluster token as soon as it is known (core.setSecret in the action). */
  mask: (secret: string) => void
  /** Poll interval of the command's result (tests); default: the service's Retry-After. */
  pollIntervalMs?: number
  /** Called once per command, after it finished (the run's log: how many commands, how long). */
  onCommand?: (command: string, outcome: CommandOutcome, ms: number) => void
}

/** A command AKS ran but could not finish (provisioningState Failed): not kubectl's exit code, AKS's own failure. */
export class RunCommandFailedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RunCommandFailedError'
  }
}

export const RUN_COMMAND_PERMISSION = 'Microsoft.ContainerService/managedClusters/runCommand/action'

export function aksRunCommand(o: AksRunCommandOptions): RunCommand {
  const where = `${o.resourceGroup}/${o.clusterName}`
  let cluster: Promise<ManagedCluster> | undefined
  const readCluster = () =>
    (cluster ??= explain(`Reading the AKS cluster ${where} (for cluster-access: run-command)`, () =>
      o.client.managedClusters.get(o.resourceGroup, o.clusterName)
    ).catch((err: unknown) => {
      cluster = undefined
      throw err
    }))
  return async (command, context, signal) => {
    const mc = await readCluster()
    if (mc.apiServerAccessProfile?.disableRunCommand === true) {
      throw new RunCommandFailedError(
        `The AKS cluster ${where} has run-command disabled (apiServerAccessProfile.disableRunCommand), so 'cluster-access: run-command' cannot reach it. ` +
          `Enable it (az aks update --resource-group ${o.resourceGroup} --name ${o.clusterName} --enable-run-command), or run the action on a runner inside the cluster's network with 'cluster-access: direct'.`
      )
    }
    let clusterToken: string | undefined
    if (mc.aadProfile?.managed === true) {
      const t = await o.credential.getToken(`${AKS_SERVER_APP_ID}/.default`, { abortSignal: signal })
      if (!t?.token)
        throw new RunCommandFailedError(
          `The action's Azure credential returned no token for the AKS server application (${AKS_SERVER_APP_ID}).`
        )
      o.mask(t.token)
      clusterToken = t.token
    }
    const started = Date.now()
    const result = await explain(
      `AKS run-command on ${where} (\`${command}\`)`,
      () =>
        o.client.managedClusters
          .runCommand(
            o.resourceGroup,
            o.clusterName,
            { command, ...(context ? { context } : {}), ...(clusterToken ? { clusterToken } : {}) },
            {
              ...(o.pollIntervalMs !== undefined ? { updateIntervalInMs: o.pollIntervalMs } : {}),
              ...(signal ? { abortSignal: signal } : {})
            }
          )
          .pollUntilDone(),
      () =>
        `The principal needs ${RUN_COMMAND_PERMISSION} on the cluster (e.g. the role Azure Kubernetes Service Cluster User Role plus a role with that action, or Contributor).`
    )
    if (result.provisioningState && result.provisioningState !== 'Succeeded') {
      throw new RunCommandFailedError(
        `AKS run-command ${result.id ?? ''} on ${where} ended ${result.provisioningState}${result.reason ? `: ${result.reason}` : ''} (command \`${command}\`). ` +
          'AKS could not run the command pod (the cluster may be stopped, or its nodes cannot pull the command image); check the cluster, then re-run.'
      )
    }
    const outcome: CommandOutcome = { exitCode: result.exitCode ?? -1, logs: result.logs ?? '', ...(result.id ? { id: result.id } : {}) }
    o.onCommand?.(command, outcome, Date.now() - started)
    return outcome
  }
}
