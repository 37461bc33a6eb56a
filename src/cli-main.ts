// The CLI's entry point (dist/cli.js, the package's bin): nothing but cli() with this process's I/O.
import { readFileSync, writeFileSync } from 'node:fs'
import { cli } from './cli.js'

void cli({
  argv: process.argv.slice(2),
  env: process.env,
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, t) => writeFileSync(p, t)
}).then((code) => {
  process.exitCode = code
})
