import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  getExecOutput
} from "./actions-exec.js";
import "./esbuild-runtime.js";
export {
  getExecOutput
};
