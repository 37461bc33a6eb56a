// Bundles src/index.ts and everything it imports into one ESM file, dist/index.js, that runs on a GitHub
// runner with no node_modules. Chosen over @vercel/ncc on measurement (see README "Bundle").
import commonjs from '@rollup/plugin-commonjs'
import json from '@rollup/plugin-json'
import { nodeResolve } from '@rollup/plugin-node-resolve'
import typescript from '@rollup/plugin-typescript'

export default {
  // The action (index.js), the CLI (cli.js, the package's bin) and the login action (login/index.js and its post
  // step, run from login/action.yml as ../dist/login/*.js) share every chunk.
  input: { index: 'src/index.ts', cli: 'src/cli-main.ts', 'login/index': 'src/login/index.ts', 'login/post': 'src/login/post.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // Code-splitting keeps `import('./engine.js')` lazy: a bad input fails after loading only index.js, and the
    // Azure, Kubernetes and GitHub clients load when the engine needs them. Content-hashed names keep builds reproducible.
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: false,
    // Some CommonJS dependencies call require() for Node built-ins; give the ESM bundle a require.
    banner: (chunk) =>
      (chunk.isEntry && chunk.name === 'cli' ? '#!/usr/bin/env node\n' : '') +
      "import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);"
  },
  plugins: [
    typescript({ tsconfig: './tsconfig.build.json', module: 'NodeNext', outDir: 'dist', noEmitOnError: true }),
    nodeResolve({ preferBuiltins: true, exportConditions: ['node', 'import', 'default'] }),
    commonjs(),
    json({ compact: true })
  ],
  onwarn(warning, warn) {
    // Circular imports inside dependencies and `this` at top level of their ESM are harmless and noisy.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return
    warn(warning)
  }
}
