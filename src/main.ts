// run(): inputs → Settings → engine → report. The one place that fails the step, whatever was thrown; the one
// place that wires the process to the run: SIGTERM and SIGINT (a cancelled job) and the `timeout` input stop the
// run (RunControl), and a kubeconfig the run wrote is removed at the end unless `keep-kubeconfig` asks for it.
import { rm } from 'node:fs/promises'
import * as core from '@actions/core'
import { readSettings, SettingsError, type InputSource, type Settings } from './settings.js'
import { RunControl, CLEANUP_MS, GRACE_MS } from './run-control.js'
import { inputProblemsSummary } from './summary.js'
import { ConfigError } from './config/problems.js'
import type { Workload } from './workloads.js'
import { mapStack } from './stack-map.js'
import { shapingCheckFor } from './shaping/names.js'

/** What the entry point hands the engine besides the settings. */
export interface RunHooks {
  control: RunControl
  /** The engine reports the kubeconfig it wrote (fetched from AKS). */
  onKubeconfig: (path: string) => void
  /** The workloads of the `config` input's file, when given (then `settings` are the run's: workloads.ts runSettings). */
  workloads?: Workload[]
}

export interface RunDeps {
  inputs: InputSource
  /** The engine; loaded lazily so a bad input fails fast without loading the Azure and Kubernetes clients. */
  execute: (settings: Settings, hooks: RunHooks) => Promise<void>
  /** Where SIGTERM and SIGINT come from (tests pass an emitter); default: the process. */
  signals?: Pick<NodeJS.Process, 'on' | 'off'>
  /** Ends the process when a stop takes too long (default process.exit); tests record it. */
  exit?: (code: number) => void
}

export function actionInputs(): InputSource {
  return {
    get: (name) => core.getInput(name),
    mask: (secret) => core.setSecret(secret),
    env: process.env
  }
}

async function defaultExecute(settings: Settings, hooks: RunHooks): Promise<void> {
  const { execute } = await import('./engine.js')
  await execute(settings, { control: hooks.control, onKubeconfig: hooks.onKubeconfig, workloads: hooks.workloads })
}

/** A margin before the `timeout` for the stop itself: the grace for requests in flight, the clean-up, the summary. */
const STOP_MARGIN_MS = GRACE_MS + CLEANUP_MS + 3_000

export async function run(deps: Partial<RunDeps> = {}): Promise<void> {
  let settings: Settings
  let workloads: Workload[] | undefined
  try {
    const inputs = deps.inputs ?? actionInputs()
    const file = inputs.get('config').trim()
    if (file) {
      // A workloads file: every workload's settings checked (with the inputs as their defaults) before any request.
      const [{ loadConfig }, { runSettings }] = await Promise.all([import('./config/index.js'), import('./workloads.js')])
      workloads = loadConfig(file, inputs)
      settings = runSettings(workloads)
    } else settings = readSettings(inputs, await shapingCheckFor(inputs))
  } catch (err) {
    await fail(err)
    return
  }
  const control = new RunControl()
  const signals = deps.signals ?? process
  const exit = deps.exit ?? ((code: number) => process.exit(code))
  const timers: Array<ReturnType<typeof setTimeout>> = []
  const later = (ms: number, fn: () => void): void => {
    const t = setTimeout(fn, ms)
    t.unref()
    timers.push(t)
  }
  // Whatever happens, the process ends: a run that has not finished its stop by then is ended here.
  const backstop = (why: string, ms: number): void =>
    later(ms, () => {
      core.setFailed(`${why}; the run did not finish stopping in time and was ended. Re-run to converge.`)
      exit(1)
    })
  const onSignal = (signal: NodeJS.Signals): void => {
    const first = !control.stopped
    core.info(
      first
        ? `Received ${signal}: stopping. No new change starts; changes in flight get ${GRACE_MS / 1000} s, then what is half made is removed.`
        : `Received ${signal} again: abandoning what is in flight.`
    )
    control.stop(`cancelled (${signal})`)
    if (first) backstop(`Cancelled (${signal})`, GRACE_MS + CLEANUP_MS + 2_000)
  }
  signals.on('SIGTERM', onSignal)
  signals.on('SIGINT', onSignal)
  const limitMs = settings.timeoutSeconds * 1000
  later(Math.max(0, limitMs - STOP_MARGIN_MS), () => {
    core.info(`The run's 'timeout' of ${settings.timeoutSeconds} s is near: stopping.`)
    control.stop(`the run reached its 'timeout' of ${settings.timeoutSeconds} s`)
  })
  backstop(`The run's 'timeout' of ${settings.timeoutSeconds} s passed`, limitMs)
  const kubeconfigs: string[] = []
  try {
    await (deps.execute ?? defaultExecute)(settings, { control, onKubeconfig: (p) => kubeconfigs.push(p), workloads })
  } catch (err) {
    await fail(err)
  } finally {
    await kubeconfigsDone(kubeconfigs, settings.cluster.keepKubeconfig)
    for (const t of timers) clearTimeout(t)
    signals.off('SIGTERM', onSignal)
    signals.off('SIGINT', onSignal)
  }
}

/** A fetched kubeconfig holds a credential: removed, unless kept for later steps (then its path is an output and KUBECONFIG). */
async function kubeconfigsDone(paths: string[], keep: boolean): Promise<void> {
  for (const path of paths) {
    if (keep) {
      core.setOutput('kubeconfig-path', path)
      core.exportVariable('KUBECONFIG', path)
      core.info(`Kubernetes: kept the kubeconfig ${path} for later steps (keep-kubeconfig: true); KUBECONFIG is set.`)
    } else {
      await rm(path, { force: true }).catch((err: unknown) =>
        core.warning(
          `Could not remove the kubeconfig ${path}, which holds a credential: ${err instanceof Error ? err.message : String(err)}`
        )
      )
    }
  }
}

/** Reports any thrown value: every input problem as its own annotation (and a short job summary), anything else with its message. */
export async function fail(err: unknown): Promise<void> {
  if (err instanceof ConfigError) {
    for (const p of err.problems)
      core.error(`${p.key}: ${p.message}`, {
        title: 'Invalid workloads file',
        file: p.file,
        ...(p.line ? { startLine: p.line, startColumn: p.column } : {})
      })
    core.setFailed(
      `${err.problems.length} problem${err.problems.length === 1 ? '' : 's'} in the workloads file (named above); nothing was sent anywhere.`
    )
    return
  }
  if (err instanceof SettingsError) {
    for (const p of err.problems) core.error(p.message, { title: `Invalid input '${p.input}'` })
    if (process.env.GITHUB_STEP_SUMMARY)
      await core.summary
        .addRaw(inputProblemsSummary(err.problems))
        .write()
        .catch(() => undefined)
    core.setFailed(
      `${err.problems.length} input problem${err.problems.length === 1 ? '' : 's'}: fix the inputs named above; nothing was changed.`
    )
    return
  }
  if (err instanceof Error) {
    core.setFailed(err.message || err.name)
    // Shown only with step debug logging (RUNNER_DEBUG): then with the bundle's frames named by their source
    // (src/…:line), read from the maps only now (src/stack-map.ts).
    if (err.stack && core.isDebug()) core.debug(await mapStack(err.stack).catch(() => err.stack!))
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
