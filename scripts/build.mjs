// `npm run build`: bundles the action (dist/index.js), the CLI (dist/cli.js, the package's bin) and the login action
// (dist/login/index.js, dist/login/post.js) with esbuild, code-split into dist/chunks/, with source maps. Chosen on
// measurement over rollup (docs/bundle.md): a few seconds instead of half a minute, a smaller bundle, and a faster
// cold start.
//
// What it does beyond a plain esbuild call, and why:
// - Lean packages. esbuild keeps every export of a package that is loaded with `await import('pkg')` (it cannot
//   see which names the code destructures), and @kubernetes/client-node alone is then 14 MB. So the source is
//   scanned for how each package is imported; where every import names what it takes (`import { A } from`,
//   `const { A } = await import(...)`), the dynamic imports load a small facade module that re-exports just those
//   names, which esbuild can tree-shake. A package imported whole anywhere (`import * as`, `const m = await
//   import(...)`) is left whole.
// - Stable chunk names. esbuild names chunks by content hash, so every change would rename files in the committed
//   dist/. Each chunk is renamed after what it mostly holds (`kubernetes-client-node.js`, `engine.js`), and every
//   reference to it rewritten; the same sources give the same names and the same bytes.
// - Source maps, read only when a stack is printed. Only chunks holding this project's own code (src/) keep a map
//   (the dependencies' are 12 times the size; frames inside the SDKs stay readable in the unminified bundle), with
//   no sources (sourcesContent: false): file names and lines are what a stack trace needs. Node's own support
//   (`process.setSourceMapsEnabled(true)` in each entry, as before) parsed every loaded chunk's map at start: 60-90
//   ms of CPU on the engine path. src/stack-map.ts maps a failed run's stack instead, when main.ts prints it.
// - Each entry is a one-line file that imports the real entry (where source maps were once turned on first).
// - Side-effect-free packages that do not say so (PURE, below): dropped where nothing uses them.
// - A `require` for the ESM bundle: some CommonJS dependencies require Node's built-ins.
import { build } from 'esbuild'
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'

const ROOT = join(dirname(new URL(import.meta.url).pathname), '..')
const OUT = resolve(ROOT, process.argv[2] ?? 'dist')
// The login action's steps (login/action.yml runs ../dist/login/*.js) share the chunks of the other two.
const ENTRIES = { index: 'src/index.ts', cli: 'src/cli-main.ts', 'login/index': 'src/login/index.ts', 'login/post': 'src/login/post.ts' }
const REQUIRE_SHIM = "import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);"

// ---- which names the source takes from each package -------------------------------------------------------
// `A`, `A as B`, `A: B` (destructuring), never `type A`.
const names = (list) =>
  list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s && !s.startsWith('type '))
    .map((s) => s.split(/\s+as\s+|\s*:\s*/)[0].trim())

function importedNames() {
  const usage = new Map() // package -> Set of names, or 'whole'
  const use = (pkg, names) => {
    if (pkg.startsWith('.') || pkg.startsWith('node:')) return
    if (names === 'whole' || usage.get(pkg) === 'whole') return void usage.set(pkg, 'whole')
    const set = usage.get(pkg) ?? new Set()
    for (const n of names) set.add(n)
    usage.set(pkg, set)
  }
  const files = readdirSync(join(ROOT, 'src'), { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))
  for (const f of files) {
    const src = readFileSync(join(ROOT, 'src', f), 'utf8')
    // Static imports, even `import * as`, are tree-shaken by esbuild itself (it sees every `ns.name`): only the
    // dynamic imports of a package decide its facade. A static namespace import once made the package whole, and
    // `@actions/core` then dragged its ID-token client and HTTP stack (0.8 MiB) into every start.
    for (const m of src.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/g)) if (!m[1]) use(m[3], names(m[2]))
    for (const m of src.matchAll(/(const\s*\{([^}]*)\}\s*=\s*)?await\s+import\(\s*'([^']+)'\s*\)/g)) use(m[3], m[1] ? names(m[2]) : 'whole')
  }
  return new Map([...usage].filter(([, v]) => v !== 'whole').map(([pkg, set]) => [pkg, [...set].sort()]))
}

const facades = importedNames()
const facadePlugin = {
  name: 'facades',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.kind === 'dynamic-import' && facades.has(args.path) ? { path: args.path, namespace: 'facade' } : undefined))
    b.onLoad({ filter: /.*/, namespace: 'facade' }, (args) => ({ contents: `export { ${facades.get(args.path).join(', ')} } from '${args.path}'`, resolveDir: ROOT, loader: 'js' }))
  }
}

// Packages whose modules have no effect on import but their exports, though their package.json does not say so:
// marked side-effect free (every module of theirs), esbuild drops what nothing uses. @actions/core imports
// @actions/http-client (with undici and tunnel, 0.8 MiB) for getIDToken and @actions/exec for `platform`, which
// the action does not use (src/github/id-token.ts asks for the ID token itself): they loaded at every start.
const PURE = ['@actions/http-client', '@actions/exec', '@actions/io', 'undici', 'tunnel']
const pureDir = (path) => PURE.some((pkg) => path.includes(`/node_modules/${pkg}/`))
const purePlugin = {
  name: 'pure',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData?.pure || !(PURE.includes(args.path) || (args.path.startsWith('.') && pureDir(args.importer)))) return undefined
      const { kind, importer, resolveDir } = args
      const r = await b.resolve(args.path, { kind, importer, resolveDir, pluginData: { pure: true } })
      return r.errors.length || !pureDir(r.path) ? undefined : { ...r, sideEffects: false }
    })
  }
}

// CommonJS packages whose load runs work the run rarely needs, made lazy: the importer gets a small module of
// the named functions and classes, each loading the package at its first call or `new` (the package stays in the
// bundle, where it was).
// A module of ours gets it only when it imports nothing else of the package (`import { parse } from 'yaml'`);
// a dependency's import always.
// - jsonwebtoken (with semver, jws, lodash.*): @azure/msal-node imports it at the top of ClientAssertion.mjs to
//   sign a certificate credential's assertion, which only a certificate sign-in does (`auth: environment` with
//   AZURE_CLIENT_CERTIFICATE_PATH; it loads then); loading it built semver's 40 regular expressions and parsed
//   version ranges (jsonwebtoken's psSupported and key checks) at every start: about 10 ms of CPU.
// - yaml (72 CommonJS modules run at load, about 6 ms): the engine imports src/kube/arc-runner-set.ts, which
//   writes ARC's hook template with `stringify`, on every run, ARC or not. src/config/parse.ts takes more of
//   the package (LineCounter, parseDocument) and gets the package itself.
// - https-proxy-agent and http-proxy-agent (with agent-base, debug, supports-color, ms): @typespec/ts-http-runtime's
//   proxy policy imports them and makes an agent only when a proxy is configured (HTTPS_PROXY and the like).
const LAZY = {
  jsonwebtoken: ['decode', 'sign', 'verify'],
  yaml: ['parse', 'stringify'],
  'https-proxy-agent': ['HttpsProxyAgent'],
  'http-proxy-agent': ['HttpProxyAgent']
}
const SRC = join(ROOT, 'src') + '/'
/** Whether `importer` takes only LAZY[pkg]'s functions from `pkg`. */
function takesOnlyLazy(pkg, importer) {
  if (!importer.startsWith(SRC)) return true
  const imports = [...readFileSync(importer, 'utf8').matchAll(/^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)'/gm)].filter((m) => m[3] === pkg && !m[1])
  const all = /^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm
  const count = [...readFileSync(importer, 'utf8').matchAll(all)].filter((m) => m[1] === pkg).length
  return imports.length === count && imports.every((m) => names(m[2]).every((n) => LAZY[pkg].includes(n)))
}
const lazyPlugin = {
  name: 'lazy',
  setup(b) {
    const pattern = new RegExp(`^(${Object.keys(LAZY).join('|')})$`)
    b.onResolve({ filter: pattern }, (args) =>
      args.namespace !== 'lazy' && args.kind === 'import-statement' && takesOnlyLazy(args.path, args.importer)
        ? { path: args.path, namespace: 'lazy', pluginData: { resolveDir: args.resolveDir } }
        : undefined
    )
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: [
        'let loaded',
        `const load = () => (loaded ??= require(${JSON.stringify(args.path)}))`,
        ...LAZY[args.path].map((n) => `exports.${n} = function ${n}(...a) { return new.target ? new (load().${n})(...a) : load().${n}.apply(this, a) }`)
      ].join('\n'),
      resolveDir: args.pluginData.resolveDir,
      loader: 'js'
    }))
  }
}

// Each entry: the real entry (see above).
const entryPlugin = {
  name: 'entries',
  setup(b) {
    b.onResolve({ filter: /^entry:/ }, (args) => ({ path: args.path.slice('entry:'.length), namespace: 'entry' }))
    b.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => ({
      // esbuild keeps an entry's hashbang first in the output: the CLI is then runnable as a bin.
      contents: `${args.path === 'cli' ? '#!/usr/bin/env node\n' : ''}await import(${JSON.stringify(`./${ENTRIES[args.path]}`)})\n`,
      resolveDir: ROOT,
      loader: 'js'
    }))
  }
}

const started = performance.now()
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: Object.fromEntries(Object.keys(ENTRIES).map((name) => [name, `entry:${name}`])),
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ESM builds of dual packages, as Node itself would pick for an import.
  mainFields: ['module', 'main'],
  conditions: ['node', 'import'],
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: 'linked',
  sourcesContent: false,
  legalComments: 'eof',
  banner: { js: REQUIRE_SHIM },
  plugins: [entryPlugin, facadePlugin, purePlugin, lazyPlugin],
  metafile: true,
  write: false,
  logLevel: 'warning'
})

// ---- stable chunk names ------------------------------------------------------------------------------------
/** A readable name for a module path: its package (`@kubernetes/client-node`), or its place in src/ (`kube/client`). */
const moduleName = (path) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ??
  (/^(facade|entry):(.*)$/.exec(path)?.[2] ?? path.replace(/^src\//, '').replace(/\.[cm]?[jt]s$/, '').replace(/\/index$/, ''))

/**
 * A chunk's name: for a module loaded with `import()`, that module; for a shared chunk, what it mostly holds (its
 * largest package or source module); esbuild's own helpers otherwise.
 */
function chunkName(meta) {
  let name = meta.entryPoint && moduleName(meta.entryPoint)
  if (!name) {
    const weight = new Map()
    for (const [path, { bytesInOutput }] of Object.entries(meta.inputs)) {
      weight.set(moduleName(path), (weight.get(moduleName(path)) ?? 0) + bytesInOutput)
    }
    name = [...weight].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'esbuild-runtime'
  }
  return name.replace(/^@/, '').replace(/[^a-zA-Z0-9]+/g, '-')
}

const chunks = Object.entries(result.metafile.outputs)
  .filter(([path]) => path.endsWith('.js') && path.includes('/chunks/'))
  .map(([path, meta]) => ({ path, base: path.split('/').pop(), name: chunkName(meta), key: `${meta.entryPoint ?? ''}\n${Object.keys(meta.inputs).sort().join('\n')}` }))
  .sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key))
const renames = new Map()
const taken = new Map()
for (const c of chunks) {
  const n = (taken.get(c.name) ?? 0) + 1
  taken.set(c.name, n)
  renames.set(c.base, `${c.name}${n > 1 ? `-${n}` : ''}.js`)
}
// Longest first, so no name is replaced inside another.
const order = [...renames.keys()].sort((a, b) => b.length - a.length)
const rename = (text) => order.reduce((t, from) => t.split(from).join(renames.get(from)), text)

// Node's built-in modules, taken with `require` (the REQUIRE_SHIM's, first in every file): `import http from
// 'node:http'` makes Node build the module's ES namespace, which reads every export, getters included; on Node 24
// `http.WebSocket`, `CloseEvent` and `MessageEvent` are getters that load Node's bundled undici: 16-25 ms of CPU at
// every start, the largest single item of the engine path's profile on the action's runtime (@typespec/ts-http-runtime
// and @azure/identity import node:http). Through `require`, only what is used is read. esbuild prints each import
// on one line at the top of a file: each becomes one line, so the source maps' lines stay as they are.
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
const IMPORT = /^import (?:(\w+)|\* as (\w+)|(\w+), \{([^}]*)\}|\{([^}]*)\}) from "([^"]+)";$/gm
const destructure = (list) => `{ ${list.split(',').map((x) => x.trim()).filter(Boolean).map((x) => x.replace(/\s+as\s+/, ': ')).join(', ')} }`
const requireBuiltins = (text) =>
  text.replace(IMPORT, (line, def, ns, def2, named2, named, from) => {
    if (!BUILTINS.has(from)) return line
    const req = `require(${JSON.stringify(from)})`
    if (def ?? ns) return `const ${def ?? ns} = ${req};`
    if (def2) return `const ${def2} = ${req}, ${destructure(named2)} = ${def2};`
    return `const ${destructure(named)} = ${req};`
  })

// Maps of chunks with none of our own code are dropped, with their sourceMappingURL comment.
const ownCode = (map) => JSON.parse(map.text).sources.some((s) => /(^|\/)src\//.test(s) && !s.includes('node_modules'))
const dropped = new Set(result.outputFiles.filter((f) => f.path.endsWith('.map') && !ownCode(f)).map((f) => f.path))
const withoutMapComment = (text) => text.replace(/\n\/\/# sourceMappingURL=\S+\n?$/, '\n')

rmSync(OUT, { recursive: true, force: true })
for (const file of result.outputFiles) {
  if (dropped.has(file.path)) continue
  const base = file.path.split('/').pop()
  const js = base.endsWith('.js.map') ? base.slice(0, -'.map'.length) : base
  const target = join(dirname(file.path), renames.has(js) ? renames.get(js) + (base.endsWith('.map') ? '.map' : '') : base)
  mkdirSync(dirname(target), { recursive: true })
  const text = requireBuiltins(dropped.has(`${file.path}.map`) ? withoutMapComment(file.text) : file.text)
  writeFileSync(target, rename(text), base === 'cli.js' ? { mode: 0o755 } : undefined)
}

// BUILD_METAFILE=<file>: esbuild's metafile (inputs, imports, chunks), to see what loads what (docs/performance.md).
if (process.env.BUILD_METAFILE) writeFileSync(process.env.BUILD_METAFILE, rename(JSON.stringify(result.metafile, null, 1)))

const bytes = result.outputFiles.filter((f) => f.path.endsWith('.js')).reduce((n, f) => n + f.contents.length, 0)
console.log(
  `dist: ${Object.keys(ENTRIES).length} entries and ${chunks.length} chunks, ${(bytes / 1024 / 1024).toFixed(2)} MiB of JavaScript (${relative(ROOT, OUT)}/), in ${((performance.now() - started) / 1000).toFixed(1)} s`
)
