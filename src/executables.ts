// Finding a command on PATH, as a shell would (the file exists and is executable), without running it: whether
// the Azure CLI is there for the action's own sign-in, and which tools the login action can sign in.
import { access } from 'node:fs/promises'
import { constants as fsConstants } from 'node:fs'
import { delimiter, join } from 'node:path'

/** The full path of `command` on `env.PATH` (with Windows' extensions there), or undefined. */
export async function findOnPath(command: string, env: Record<string, string | undefined>): Promise<string | undefined> {
  const names = process.platform === 'win32' ? [`${command}.cmd`, `${command}.exe`] : [command]
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const n of names) {
      const path = join(dir, n)
      try {
        await access(path, fsConstants.X_OK)
        return path
      } catch {
        // not here
      }
    }
  }
  return undefined
}
