import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  MAX_FEDERATED_CREDENTIALS,
  loadConfig,
  readConfig
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
export {
  ConfigError,
  MAX_FEDERATED_CREDENTIALS,
  formatProblem,
  loadConfig,
  readConfig
};
