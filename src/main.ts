// run(): inputs → Settings → engine → report. The one place that fails the step, whatever was thrown.
import * as core from '@actions/core'
import { readSettings, SettingsError, type InputSource, type Settings } from './settings.js'

export interface RunDeps {
  inputs: InputSource
  /** The engine; loaded lazily so a bad input fails fast without loading the Azure and Kubernetes clients. */
  execute: (settings: Settings) => Promise<void>
}

export function actionInputs(): InputSource {
  return {
    get: (name) => core.getInput(name),
    mask: (secret) => core.setSecret(secret),
    env: process.env
  }
}

async function defaultExecute(settings: Settings): Promise<void> {
  const { execute } = await import('./engine.js')
  await execute(settings)
}

export async function run(deps: Partial<RunDeps> = {}): Promise<void> {
  try {
    const settings = readSettings(deps.inputs ?? actionInputs())
    await (deps.execute ?? defaultExecute)(settings)
  } catch (err) {
    fail(err)
  }
}

/** Reports any thrown value: every input problem as its own annotation, anything else with its message. */
export function fail(err: unknown): void {
  if (err instanceof SettingsError) {
    for (const p of err.problems) core.error(p.message, { title: `Invalid input '${p.input}'` })
    core.setFailed(
      `${err.problems.length} input problem${err.problems.length === 1 ? '' : 's'}: fix the inputs named above; nothing was changed.`
    )
    return
  }
  if (err instanceof Error) {
    core.setFailed(err.message || err.name)
    if (err.stack) core.debug(err.stack)
    return
  }
  core.setFailed(`Failed with a non-Error value: ${safeString(err)}`)
}

function safeString(v: unknown): string {
  try {
    if (typeof v === 'string') return v
    // JSON.stringify returns undefined for undefined and functions, whatever its type says.
    const json: unknown = JSON.stringify(v)
    return typeof json === 'string' ? json : String(v)
  } catch {
    return String(v)
  }
}
