// Running a local tool (az, pwsh) and collecting what it printed. Output is never echoed as it arrives: the
// caller decides what to log, with secrets removed (a command line may carry a token).
export interface ExecResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs `command` with `args`; `env` is added to this process's environment. Never throws for a non-zero exit. */
export type Exec = (command: string, args: string[], o?: { env?: Record<string, string> }) => Promise<ExecResult>

/** @actions/exec, silent, with the exit code returned rather than thrown. */
export const defaultExec: Exec = async (command, args, o = {}) => {
  const { getExecOutput } = await import('@actions/exec')
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v
  const r = await getExecOutput(command, args, { silent: true, ignoreReturnCode: true, env: { ...env, ...o.env } })
  return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr }
}

/** The last lines of a tool's error output, with every secret replaced by ***: safe for a message. */
export function tail(text: string, secrets: readonly string[], lines = 4): string {
  const clean = secrets.filter(Boolean).reduce((acc, s) => acc.split(s).join('***'), text)
  return clean.trim().split('\n').slice(-lines).join(' | ')
}
