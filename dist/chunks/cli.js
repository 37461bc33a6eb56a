import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  ConfigError,
  SettingsError,
  formatProblem,
  inputCatalog,
  readSettings
} from "./settings.js";
import {
  require_yaml
} from "./yaml.js";
import {
  shapingCheckFor
} from "./shaping-names.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/cli.ts
var import_yaml = __toESM(require_yaml(), 1);
const { readFileSync } = require("node:fs");
var MODES = ["plan", "apply", "destroy"];
var USAGE = `Usage: aks-workload-identity <plan|apply|destroy> [--INPUT VALUE ...] [--config FILE] [--workloads FILE] [--json] [--summary FILE]
       aks-workload-identity validate-config WORKLOADS-FILE [--INPUT VALUE ...]   (docs/config.md)

Flags are named like the action's inputs (see action.yml), e.g.
  aks-workload-identity plan --resource-group rg-platform --cluster-name aks-prod \\
    --identity-name id-orders --namespace orders --service-account-name orders-api \\
    --role Reader --scope /subscriptions/<id>/resourceGroups/rg-data
  --INPUT VALUE    or --INPUT=VALUE; a true/false input given bare means true (--verify)
  --config FILE    YAML or JSON with the inputs (flags win); an object with "inputs" and "env" also works,
                   such as the JSON line of 'npm run sandbox' (its caFile, or NODE_EXTRA_CA_CERTS in its env,
                   is trusted by every client)
  --workloads FILE a workloads file (docs/config.md): all its workloads in this one run (the action's
                   input 'config'); the other flags are their defaults
  --json           print the outputs as one JSON object at the end
  --summary FILE   write the job summary (Markdown) to FILE
  --help, -h       this text
Sign-in: Azure CLI session (az login), workload identity (AZURE_FEDERATED_TOKEN_FILE) or environment
credentials (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET).
Exit codes: 0 done, 1 failed or drift found, 2 usage.`;
var UsageError = class extends Error {
};
var HelpRequested = class extends Error {
  constructor() {
    super(USAGE);
  }
};
var OWN_FLAGS = ["config", "workloads", "json", "summary", "help"];
function distance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
function nearest(word, known) {
  const scored = known.map((k) => ({ k, d: k.startsWith(word) && word.length >= 3 ? 0.5 : distance(word, k) }));
  const best = scored.sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.k : void 0;
}
function unknownFlag(name, known, where = "") {
  const hint = nearest(name, known);
  return new UsageError(
    `Unknown flag '--${name}'${where}.${hint ? ` Did you mean '--${hint}'?` : ""} Flags are the action's inputs (see --help and action.yml).`
  );
}
function parseArgs(argv, readFile = (p) => readFileSync(p, "utf8")) {
  if (argv[0] === "help" || argv.some((a) => a === "--help" || a === "-h")) throw new HelpRequested();
  const [mode, ...rest] = argv;
  if (!mode) throw new UsageError(USAGE);
  if (!MODES.includes(mode))
    throw new UsageError(`Unknown command '${mode}': use plan, apply or destroy.

${USAGE}`);
  const catalog = inputCatalog();
  const known = [...catalog.keys(), ...OWN_FLAGS];
  const flags = {};
  let config;
  let json = false;
  let summaryFile;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--")) throw new UsageError(`Unexpected argument '${arg}': flags are --NAME VALUE.`);
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq > 0 ? eq : void 0);
    if (name === "mode") throw new UsageError("The mode is the command (plan, apply or destroy), not a flag.");
    if (!known.includes(name)) throw unknownFlag(name, known);
    const next = rest[i + 1];
    const bare = eq < 0 && (next === void 0 || next.startsWith("--"));
    if (name === "json") {
      if (eq > 0) throw new UsageError("'--json' takes no value.");
      json = true;
      continue;
    }
    if (bare && catalog.get(name) !== "boolean")
      throw new UsageError(`Flag '--${name}' needs a value: --${name} VALUE (or --${name}=VALUE).`);
    const value = eq > 0 ? arg.slice(eq + 1) : bare ? "true" : rest[++i];
    if (name === "config") config = value;
    else if (name === "summary") summaryFile = value;
    else if (name === "workloads") flags.config = value;
    else flags[name] = value;
  }
  let fromFile = {};
  let env = {};
  let caFile;
  if (config) {
    const doc = (0, import_yaml.parse)(readFile(config));
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new UsageError(`--config ${config}: expected a map of inputs.`);
    const obj = doc;
    const wrapped = !!obj.inputs && typeof obj.inputs === "object";
    const inputs = wrapped ? obj.inputs : obj;
    fromFile = Object.fromEntries(
      Object.entries(inputs).filter(([, v]) => typeof v !== "object").map(([k, v]) => [k, String(v)])
    );
    for (const k of Object.keys(fromFile)) if (!catalog.has(k)) throw unknownFlag(k, [...catalog.keys()], ` in --config ${config}`);
    if (obj.env && typeof obj.env === "object")
      env = Object.fromEntries(Object.entries(obj.env).map(([k, v]) => [k, String(v)]));
    caFile = typeof obj.caFile === "string" ? obj.caFile : env.NODE_EXTRA_CA_CERTS;
  }
  return { mode, inputs: { ...fromFile, ...flags, mode }, env, json, summaryFile, caFile };
}
function terminalSink(out, err, summary) {
  const secrets = /* @__PURE__ */ new Set();
  const redact = (s) => [...secrets].reduce((acc, sec) => acc.split(sec).join("***"), s);
  const outputs = {};
  return {
    outputs,
    redact,
    info: (m) => out(redact(m)),
    warning: (m) => err(`warning: ${redact(m)}`),
    setOutput: (n, v) => void (outputs[n] = redact(v)),
    setSecret: (s) => {
      if (s) secrets.add(s);
    },
    summary(md) {
      summary?.(redact(md));
      return Promise.resolve();
    }
  };
}
async function cli(io) {
  if (io.argv[0] === "validate-config") return (await import("./config-command.js")).validateConfigCommand(io);
  let args;
  try {
    args = parseArgs(io.argv, io.readFile);
  } catch (e) {
    if (e instanceof HelpRequested) {
      io.out(USAGE);
      return 0;
    }
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const env = { ...args.env, ...io.env };
  const sink = terminalSink(io.out, io.err, args.summaryFile && io.writeFile ? (md) => io.writeFile(args.summaryFile, md) : void 0);
  const source = { get: (n) => args.inputs[n] ?? "", mask: (s) => sink.setSecret(s), env };
  try {
    const file = args.inputs.config?.trim();
    let workloads;
    let settings;
    if (file) {
      const [{ loadConfig }, { runSettings }] = await Promise.all([import("./config.js"), import("./workloads-2.js")]);
      workloads = loadConfig(file, source, io.readFile);
      settings = runSettings(workloads);
    } else settings = readSettings(source, await shapingCheckFor(source));
    const { execute } = await import("./engine.js");
    const ca = args.caFile && io.readFile ? io.readFile(args.caFile) : void 0;
    await execute(settings, {
      sink,
      env,
      ca,
      idToken: async () => Promise.reject(new Error("GitHub OIDC is only available inside a GitHub Actions job")),
      workloads
    });
    printOutputs(io, sink.outputs, args.json);
    return 0;
  } catch (e) {
    if (e instanceof SettingsError) io.err(e.problems.map((p) => `error: ${p.message}`).join("\n"));
    else if (e instanceof ConfigError) io.err(e.problems.map((p) => `error: ${sink.redact(formatProblem(p))}`).join("\n"));
    else io.err(`error: ${sink.redact(e instanceof Error ? e.message : String(e))}`);
    if (Object.keys(sink.outputs).length) printOutputs(io, sink.outputs, args.json);
    return 1;
  }
}
function printOutputs(io, outputs, json) {
  if (json) {
    io.out(JSON.stringify(outputs));
    return;
  }
  const shown = Object.entries(outputs).filter(([k, v]) => k !== "plan" && v !== "");
  if (shown.length) io.out("\nOutputs:\n" + shown.map(([k, v]) => `  ${k} = ${v.includes("\n") ? v.split("\n").join(", ") : v}`).join("\n"));
}

export {
  UsageError,
  parseArgs,
  cli
};
//# sourceMappingURL=cli.js.map
