// The CLI's entry point (dist/cli.js, the package's bin): cli() with this process's I/O. A config file that names a
// CA (the sandbox's line: caFile, or NODE_EXTRA_CA_CERTS in its env) must be trusted by every client, including those
// that take no CA option (Octokit's fetch); Node reads NODE_EXTRA_CA_CERTS only at start, so the CLI restarts itself
// once with that CA added to the one this shell may already name.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli, parseArgs } from './cli.js'

const APPLIED = 'AKS_WI_CLI_CA'

/** The config's CA file when this process does not trust it yet; undefined otherwise (or when the arguments are bad). */
function caToApply(argv: string[]): string | undefined {
  if (process.env[APPLIED]) return undefined
  try {
    return parseArgs(argv).caFile
  } catch {
    return undefined
  }
}

const argv = process.argv.slice(2)
const ca = caToApply(argv)
if (ca) {
  const dir = mkdtempSync(join(tmpdir(), 'aks-wi-cli-ca-'))
  const bundle = join(dir, 'ca.pem')
  const existing = process.env.NODE_EXTRA_CA_CERTS ? readFileSync(process.env.NODE_EXTRA_CA_CERTS, 'utf8') : ''
  writeFileSync(bundle, `${existing}\n${readFileSync(ca, 'utf8')}`, { mode: 0o600 })
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...argv], {
    stdio: 'inherit',
    env: { ...process.env, NODE_EXTRA_CA_CERTS: bundle, [APPLIED]: ca }
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => {
    rmSync(dir, { recursive: true, force: true })
    process.exitCode = code ?? (signal ? 1 : 0)
  })
} else {
  void cli({
    argv,
    env: process.env,
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, t) => writeFileSync(p, t)
  }).then((code) => {
    process.exitCode = code
  })
}
