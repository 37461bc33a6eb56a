import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  SettingsError,
  readSettings
} from "./settings.js";
import {
  debug,
  error,
  getInput,
  setFailed,
  setSecret
} from "./actions-http-client.js";

// src/main.ts
function actionInputs() {
  return {
    get: (name) => getInput(name),
    mask: (secret) => setSecret(secret),
    env: process.env
  };
}
async function defaultExecute(settings) {
  const { execute } = await import("./engine.js");
  await execute(settings);
}
async function run(deps = {}) {
  try {
    const settings = readSettings(deps.inputs ?? actionInputs());
    await (deps.execute ?? defaultExecute)(settings);
  } catch (err) {
    fail(err);
  }
}
function fail(err) {
  if (err instanceof SettingsError) {
    for (const p of err.problems) error(p.message, { title: `Invalid input '${p.input}'` });
    setFailed(
      `${err.problems.length} input problem${err.problems.length === 1 ? "" : "s"}: fix the inputs named above; nothing was changed.`
    );
    return;
  }
  if (err instanceof Error) {
    setFailed(err.message || err.name);
    if (err.stack) debug(err.stack);
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
