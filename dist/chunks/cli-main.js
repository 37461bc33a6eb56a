import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  cli,
  parseArgs
} from "./cli.js";
import "./settings.js";
import "./github-app.js";
import "./privileged-roles.js";
import "./transport.js";
import "./yaml.js";
import "./shaping-names.js";
import "./runner-kinds-gitlab.js";
import "./esbuild-runtime.js";

// src/cli-main.ts
const { spawn } = require("node:child_process");
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require("node:fs");
const { tmpdir } = require("node:os");
const { join } = require("node:path");
var APPLIED = "AKS_WI_CLI_CA";
function caToApply(argv2) {
  if (process.env[APPLIED]) return void 0;
  try {
    return parseArgs(argv2).caFile;
  } catch {
    return void 0;
  }
}
var argv = process.argv.slice(2);
var ca = caToApply(argv);
if (ca) {
  const dir = mkdtempSync(join(tmpdir(), "aks-wi-cli-ca-"));
  const bundle = join(dir, "ca.pem");
  const existing = process.env.NODE_EXTRA_CA_CERTS ? readFileSync(process.env.NODE_EXTRA_CA_CERTS, "utf8") : "";
  writeFileSync(bundle, `${existing}
${readFileSync(ca, "utf8")}`, { mode: 384 });
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...argv], {
    stdio: "inherit",
    env: { ...process.env, NODE_EXTRA_CA_CERTS: bundle, [APPLIED]: ca }
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => {
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = code ?? (signal ? 1 : 0);
  });
} else {
  void cli({
    argv,
    env: process.env,
    out: (s) => process.stdout.write(s + "\n"),
    err: (s) => process.stderr.write(s + "\n"),
    readFile: (p) => readFileSync(p, "utf8"),
    writeFile: (p, t) => writeFileSync(p, t)
  }).then((code) => {
    process.exitCode = code;
  });
}
//# sourceMappingURL=cli-main.js.map
