// Generates the README's inputs and outputs tables from action.yml (and the login action's from login/action.yml),
// so they cannot drift apart.
//   tsx scripts/docs.ts          rewrite README.md between the markers
//   tsx scripts/docs.ts --check  exit 1 when README.md is not what would be generated
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

interface ActionMeta {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string | number | boolean }>
  outputs?: Record<string, { description?: string }>
}

const cell = (s: string | undefined): string => (s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim()

export function renderTables(actionYml: string): { inputs: string; outputs: string } {
  const meta = parse(actionYml) as ActionMeta
  const inputs = [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...Object.entries(meta.inputs ?? {}).map(
      ([name, i]) => `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${i.default !== undefined && i.default !== '' ? `\`${cell(String(i.default))}\`` : ''} | ${cell(i.description)} |`
    )
  ].join('\n')
  const outputs = ['| Output | Description |', '| --- | --- |', ...Object.entries(meta.outputs ?? {}).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)].join('\n')
  return { inputs, outputs }
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->`. */
export function replaceBetween(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const a = doc.indexOf(start)
  const b = doc.indexOf(end)
  if (a < 0 || b < a) throw new Error(`README.md has no ${start} ... ${end} markers`)
  return doc.slice(0, a + start.length) + '\n' + body + '\n' + doc.slice(b)
}

export function renderReadme(readme: string, actionYml: string, loginYml?: string): string {
  const { inputs, outputs } = renderTables(actionYml)
  const main = replaceBetween(replaceBetween(readme, 'inputs', inputs), 'outputs', outputs)
  if (loginYml === undefined) return main
  const login = renderTables(loginYml)
  return replaceBetween(replaceBetween(main, 'login-inputs', login.inputs), 'login-outputs', login.outputs)
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/scripts\//, '/scripts/'))
if (isMain) {
  const readme = readFileSync('README.md', 'utf8')
  const next = renderReadme(readme, readFileSync('action.yml', 'utf8'), readFileSync('login/action.yml', 'utf8'))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error("README.md's inputs/outputs tables differ from action.yml or login/action.yml: run 'npm run docs'.")
      process.exit(1)
    }
    console.log('README.md tables match action.yml')
  } else {
    writeFileSync('README.md', next)
    console.log('README.md tables regenerated from action.yml')
  }
}
