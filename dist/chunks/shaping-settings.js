import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  readRunnerShaping
} from "./shaping-inputs.js";
import "./shaping-pod-schema.js";
import "./yaml.js";
import "./ownership.js";
import "./shaping-names.js";
import "./runner-kinds-gitlab.js";
import "./esbuild-runtime.js";
export {
  readRunnerShaping
};
