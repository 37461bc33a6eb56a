import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  UsageError,
  parseArgs
} from "./cli.js";
import {
  loadConfig
} from "./config-schema-validator.js";
import "./names.js";
import {
  ConfigError,
  formatProblem
} from "./settings.js";
import "./github-app.js";
import "./privileged-roles.js";
import "./transport.js";
import "./shaping-inputs.js";
import "./shaping-pod-schema.js";
import "./yaml.js";
import "./ownership.js";
import "./shaping-names.js";
import "./runner-kinds-gitlab.js";
import "./esbuild-runtime.js";

// src/config/command.ts
var VALIDATE_USAGE = `Usage: aks-workload-identity validate-config FILE [--INPUT VALUE ...] [--config INPUTS-FILE]

Checks a workloads file (docs/config.md) without signing in: YAML, the schema (schema/config.schema.json), every
workload's values, and the whole file (identities, service accounts, 20 federated credentials per identity).
Flags are the action's inputs, the defaults of every workload, as for 'apply'. Exit code 0 valid, 1 problems, 2 usage.`;
function validateConfigCommand(io) {
  const [, file, ...rest] = io.argv;
  if (!file || file.startsWith("-")) {
    io.err(VALIDATE_USAGE);
    return 2;
  }
  let inputs;
  let env;
  try {
    ;
    ({ inputs, env } = parseArgs(["apply", ...rest], io.readFile));
  } catch (e) {
    io.err(e instanceof UsageError ? `${e.message.split("\n")[0]}

${VALIDATE_USAGE}` : String(e));
    return 2;
  }
  const secrets = [];
  const source = { get: (n) => inputs[n] ?? "", mask: (s) => void secrets.push(s), env: { ...env, ...io.env } };
  try {
    const workloads = loadConfig(file, source, io.readFile);
    io.out(`${file}: ${workloads.length} workload${workloads.length === 1 ? "" : "s"}, valid.`);
    for (const w of workloads) io.out(describe(w));
    return 0;
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    const redact = (s) => secrets.reduce((acc, sec) => acc.split(sec).join("***"), s);
    io.err(e.problems.map((p) => `error: ${redact(formatProblem(p))}`).join("\n"));
    io.err(`${e.problems.length} problem${e.problems.length === 1 ? "" : "s"}; nothing was sent anywhere.`);
    return 1;
  }
}
function describe(w) {
  const s = w.settings;
  const roles = s.roleAssignments.map((r) => `${r.role} at ${r.scope}`);
  return [
    `- ${w.name}: service account ${s.kube.namespace}/${s.kube.serviceAccount}`,
    `    identity ${s.identity.resourceGroup}/${s.identity.name}${w.identity !== void 0 ? ` (identities.${w.identity})` : " (input identity-name)"}, federated credential ${w.federatedCredential}`,
    `    roles: ${roles.length ? roles.join("; ") : "none"}`,
    `    runners: ${runners(s)}`
  ].join("\n");
}
function runners(s) {
  const r = s.runners;
  const shaped = r.shaping ? ` (shaped: ${SHAPES.filter(([k]) => r.shaping[k] !== void 0).map(([, label]) => label).join(", ")})` : "";
  if (r.kind === "arc") {
    const o = r.options;
    return `ARC scale set ${r.namePrefix}, ${o.minRunners}-${o.maxRunners} runners${shaped}`;
  }
  if (r.autoscale) return `auto ${r.autoscale.min}-${r.autoscale.max} \xD7 ${r.kind}${shaped}`;
  return r.count ? `${r.count} \xD7 ${r.kind}${shaped}` : "none";
}
var SHAPES = [
  ["nodeSelector", "node selector"],
  ["tolerations", "tolerations"],
  ["resources", "resources"],
  ["imagePullSecrets", "image pull secrets"],
  ["annotations", "annotations"],
  ["labels", "labels"],
  ["podTemplate", "pod template"]
];
export {
  VALIDATE_USAGE,
  validateConfigCommand
};
//# sourceMappingURL=config-command.js.map
