// The login action's I/O through @actions/core, and the dependencies of a real run (the runner's RUNNER_TEMP,
// the PATH, @actions/exec). Both entry points (index.ts, post.ts) use it.
import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { findOnPath } from '../executables.js'
import { defaultExec } from './exec.js'
import type { LoginDeps, LoginIo } from './run.js'

export const coreIo: LoginIo = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  setOutput: (n, v) => core.setOutput(n, v),
  setSecret: (s) => core.setSecret(s),
  exportVariable: (n, v) => core.exportVariable(n, v),
  saveState: (n, v) => core.saveState(n, v),
  getState: (n) => core.getState(n)
}

export function actionDeps(): LoginDeps {
  return {
    io: coreIo,
    inputs: { get: (n) => core.getInput(n), mask: (s) => core.setSecret(s), env: process.env },
    exec: defaultExec,
    which: (command) => findOnPath(command, process.env),
    now: () => Date.now(),
    tempDir: process.env.RUNNER_TEMP || tmpdir()
  }
}
