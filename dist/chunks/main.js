import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  CLEANUP_MS,
  GRACE_MS,
  RunControl,
  inputProblemsSummary
} from "./summary.js";
import {
  ConfigError,
  SettingsError,
  readSettings
} from "./settings.js";
import {
  shapingCheckFor
} from "./shaping-names.js";
import {
  debug,
  error,
  exportVariable,
  getInput,
  info,
  isDebug,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./actions-core.js";

// src/main.ts
const { rm } = require("node:fs/promises");

// src/stack-map.ts
const { readFile } = require("node:fs/promises");
const { SourceMap } = require("node:module");
const { dirname, isAbsolute, resolve } = require("node:path");
const { fileURLToPath } = require("node:url");
var FRAME = /(file:\/\/[^\s()]+?\.[cm]?js):(\d+):(\d+)/g;
async function mapOf(file) {
  try {
    return new SourceMap(JSON.parse(await readFile(`${fileURLToPath(file)}.map`, "utf8")));
  } catch {
    return void 0;
  }
}
async function mapStack(stack) {
  const maps = /* @__PURE__ */ new Map();
  for (const [, file] of stack.matchAll(FRAME)) if (!maps.has(file)) maps.set(file, await mapOf(file));
  return stack.replace(FRAME, (frame, file, line, column) => {
    const entry = maps.get(file)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !("originalSource" in entry) || !entry.originalSource) return frame;
    const source = entry.originalSource.startsWith("file:") ? fileURLToPath(entry.originalSource) : isAbsolute(entry.originalSource) ? entry.originalSource : resolve(dirname(fileURLToPath(file)), entry.originalSource);
    return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}

// src/main.ts
function actionInputs() {
  return {
    get: (name) => getInput(name),
    mask: (secret) => setSecret(secret),
    env: process.env
  };
}
async function defaultExecute(settings, hooks) {
  const { execute } = await import("./engine.js");
  await execute(settings, { control: hooks.control, onKubeconfig: hooks.onKubeconfig, workloads: hooks.workloads });
}
var STOP_MARGIN_MS = GRACE_MS + CLEANUP_MS + 3e3;
async function run(deps = {}) {
  let settings;
  let workloads;
  try {
    const inputs = deps.inputs ?? actionInputs();
    const file = inputs.get("config").trim();
    if (file) {
      const [{ loadConfig }, { runSettings }] = await Promise.all([import("./config.js"), import("./workloads-2.js")]);
      workloads = loadConfig(file, inputs);
      settings = runSettings(workloads);
    } else settings = readSettings(inputs, await shapingCheckFor(inputs));
  } catch (err) {
    await fail(err);
    return;
  }
  const control = new RunControl();
  const signals = deps.signals ?? process;
  const exit = deps.exit ?? ((code) => process.exit(code));
  const timers = [];
  const later = (ms, fn) => {
    const t = setTimeout(fn, ms);
    t.unref();
    timers.push(t);
  };
  const backstop = (why, ms) => later(ms, () => {
    setFailed(`${why}; the run did not finish stopping in time and was ended. Re-run to converge.`);
    exit(1);
  });
  const onSignal = (signal) => {
    const first = !control.stopped;
    info(
      first ? `Received ${signal}: stopping. No new change starts; changes in flight get ${GRACE_MS / 1e3} s, then what is half made is removed.` : `Received ${signal} again: abandoning what is in flight.`
    );
    control.stop(`cancelled (${signal})`);
    if (first) backstop(`Cancelled (${signal})`, GRACE_MS + CLEANUP_MS + 2e3);
  };
  signals.on("SIGTERM", onSignal);
  signals.on("SIGINT", onSignal);
  const limitMs = settings.timeoutSeconds * 1e3;
  later(Math.max(0, limitMs - STOP_MARGIN_MS), () => {
    info(`The run's 'timeout' of ${settings.timeoutSeconds} s is near: stopping.`);
    control.stop(`the run reached its 'timeout' of ${settings.timeoutSeconds} s`);
  });
  backstop(`The run's 'timeout' of ${settings.timeoutSeconds} s passed`, limitMs);
  const kubeconfigs = [];
  try {
    await (deps.execute ?? defaultExecute)(settings, { control, onKubeconfig: (p) => kubeconfigs.push(p), workloads });
  } catch (err) {
    await fail(err);
  } finally {
    await kubeconfigsDone(kubeconfigs, settings.cluster.keepKubeconfig);
    for (const t of timers) clearTimeout(t);
    signals.off("SIGTERM", onSignal);
    signals.off("SIGINT", onSignal);
  }
}
async function kubeconfigsDone(paths, keep) {
  for (const path of paths) {
    if (keep) {
      setOutput("kubeconfig-path", path);
      exportVariable("KUBECONFIG", path);
      info(`Kubernetes: kept the kubeconfig ${path} for later steps (keep-kubeconfig: true); KUBECONFIG is set.`);
    } else {
      await rm(path, { force: true }).catch(
        (err) => warning(
          `Could not remove the kubeconfig ${path}, which holds a credential: ${err instanceof Error ? err.message : String(err)}`
        )
      );
    }
  }
}
async function fail(err) {
  if (err instanceof ConfigError) {
    for (const p of err.problems)
      error(`${p.key}: ${p.message}`, {
        title: "Invalid workloads file",
        file: p.file,
        ...p.line ? { startLine: p.line, startColumn: p.column } : {}
      });
    setFailed(
      `${err.problems.length} problem${err.problems.length === 1 ? "" : "s"} in the workloads file (named above); nothing was sent anywhere.`
    );
    return;
  }
  if (err instanceof SettingsError) {
    for (const p of err.problems) error(p.message, { title: `Invalid input '${p.input}'` });
    if (process.env.GITHUB_STEP_SUMMARY)
      await summary.addRaw(inputProblemsSummary(err.problems)).write().catch(() => void 0);
    setFailed(
      `${err.problems.length} input problem${err.problems.length === 1 ? "" : "s"}: fix the inputs named above; nothing was changed.`
    );
    return;
  }
  if (err instanceof Error) {
    setFailed(err.message || err.name);
    if (err.stack && isDebug()) debug(await mapStack(err.stack).catch(() => err.stack));
    return;
  }
  setFailed(`Failed with a non-Error value: ${safeString(err)}`);
}
function safeString(v) {
  try {
    if (typeof v === "string") return v;
    const json = JSON.stringify(v);
    return typeof json === "string" ? json : String(v);
  } catch {
    return String(v);
  }
}

export {
  run,
  fail
};
//# sourceMappingURL=main.js.map
