import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  exportVariable,
  info,
  notice,
  setOutput,
  setSecret,
  summary,
  warning
} from "./actions-core.js";
import "./actions-exec.js";
import "./esbuild-runtime.js";
export {
  exportVariable,
  info,
  notice,
  setOutput,
  setSecret,
  summary,
  warning
};
