// Turns the sandbox's JSON line into step outputs (its action inputs) and job environment (its env), for
// the CI job that runs the action with `uses: ./` against the sandbox.
import { appendFileSync, readFileSync } from 'node:fs'

const info = JSON.parse(readFileSync(process.argv[2], 'utf8').split('\n')[0])
const out = process.env.GITHUB_OUTPUT
const envFile = process.env.GITHUB_ENV
const line = (k, v) => `${k}<<__SANDBOX__\n${v}\n__SANDBOX__\n`
for (const [k, v] of Object.entries(info.inputs ?? {})) if (out) appendFileSync(out, line(k, v))
for (const [k, v] of Object.entries(info.env ?? {})) if (envFile) appendFileSync(envFile, line(k, v))
console.log(`sandbox: ${Object.keys(info.inputs ?? {}).length} inputs, ${Object.keys(info.env ?? {}).length} environment variables`)
