// Placeholder until the engine lands: settings are valid, nothing else happens yet.
import * as core from '@actions/core'
import type { Settings } from './settings.js'

export async function execute(settings: Settings): Promise<void> {
  core.info(`Inputs are valid: mode ${settings.mode}, cluster ${settings.cluster.resourceGroup}/${settings.cluster.name}.`)
}
