import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  require_dist
} from "./yaml.js";
import {
  SettingsError,
  readSettings
} from "./settings.js";
import "./github-app.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/cli-main.ts
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";

// src/cli.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
var MODES = ["plan", "apply", "destroy"];
var USAGE = `Usage: aks-workload-identity <plan|apply|destroy> [--INPUT VALUE ...] [--config FILE] [--json] [--summary FILE]

Flags are named like the action's inputs (see action.yml), e.g.
  aks-workload-identity plan --resource-group rg-platform --cluster-name aks-prod \\
    --identity-name id-orders --namespace orders --service-account-name orders-api \\
    --role Reader --scope /subscriptions/<id>/resourceGroups/rg-data
  --config FILE    YAML or JSON with the inputs (flags win); an object with "inputs" and "env" also works,
                   such as the JSON line of 'npm run sandbox'
  --json           print the outputs as one JSON object at the end
  --summary FILE   write the job summary (Markdown) to FILE
Sign-in: Azure CLI session (az login), workload identity (AZURE_FEDERATED_TOKEN_FILE) or environment
credentials (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET).`;
var UsageError = class extends Error {
};
function parseArgs(argv, readFile = (p) => readFileSync(p, "utf8")) {
  const [mode, ...rest] = argv;
  if (!mode || mode === "--help" || mode === "-h") throw new UsageError(USAGE);
  if (!MODES.includes(mode))
    throw new UsageError(`Unknown command '${mode}': use plan, apply or destroy.

${USAGE}`);
  const flags = {};
  let config;
  let json = false;
  let summaryFile;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith("--")) throw new UsageError(`Unexpected argument '${arg}': flags are --NAME VALUE.`);
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq > 0 ? eq : void 0);
    const next = rest[i + 1];
    const takeValue = () => {
      if (eq > 0) return arg.slice(eq + 1);
      if (next === void 0 || next.startsWith("--")) return "true";
      i++;
      return next;
    };
    if (name === "json") json = true;
    else if (name === "config") config = takeValue();
    else if (name === "summary") summaryFile = takeValue();
    else if (name === "mode") throw new UsageError("The mode is the command (plan, apply or destroy), not a flag.");
    else flags[name] = takeValue();
  }
  let fromFile = {};
  let env = {};
  if (config) {
    const doc = (0, import_yaml.parse)(readFile(config));
    if (!doc || typeof doc !== "object" || Array.isArray(doc)) throw new UsageError(`--config ${config}: expected a map of inputs.`);
    const obj = doc;
    const inputs = obj.inputs && typeof obj.inputs === "object" ? obj.inputs : obj;
    fromFile = Object.fromEntries(
      Object.entries(inputs).filter(([, v]) => typeof v !== "object").map(([k, v]) => [k, String(v)])
    );
    if (obj.env && typeof obj.env === "object")
      env = Object.fromEntries(Object.entries(obj.env).map(([k, v]) => [k, String(v)]));
  }
  return { mode, inputs: { ...fromFile, ...flags, mode }, env, json, summaryFile };
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
  let args;
  try {
    args = parseArgs(io.argv, io.readFile);
  } catch (e) {
    io.err(e instanceof Error ? e.message : String(e));
    return 2;
  }
  const env = { ...args.env, ...io.env };
  const sink = terminalSink(io.out, io.err, args.summaryFile && io.writeFile ? (md) => io.writeFile(args.summaryFile, md) : void 0);
  const source = { get: (n) => args.inputs[n] ?? "", mask: (s) => sink.setSecret(s), env };
  try {
    const settings = readSettings(source);
    const { execute } = await import("./engine.js");
    const ca = env.NODE_EXTRA_CA_CERTS && !io.env.NODE_EXTRA_CA_CERTS && io.readFile ? io.readFile(env.NODE_EXTRA_CA_CERTS) : void 0;
    await execute(settings, {
      sink,
      env,
      ca,
      idToken: async () => Promise.reject(new Error("GitHub OIDC is only available inside a GitHub Actions job"))
    });
    printOutputs(io, sink.outputs, args.json);
    return 0;
  } catch (e) {
    if (e instanceof SettingsError) io.err(e.problems.map((p) => `error: ${p.message}`).join("\n"));
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

// src/cli-main.ts
void cli({
  argv: process.argv.slice(2),
  env: process.env,
  out: (s) => process.stdout.write(s + "\n"),
  err: (s) => process.stderr.write(s + "\n"),
  readFile: (p) => readFileSync2(p, "utf8"),
  writeFile: (p, t) => writeFileSync(p, t)
}).then((code) => {
  process.exitCode = code;
});
//# sourceMappingURL=cli-main.js.map
