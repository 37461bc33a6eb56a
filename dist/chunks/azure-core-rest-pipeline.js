import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  RestError,
  createPipelineRequest
} from "./typespec-ts-http-runtime.js";
import "./debug.js";
import "./esbuild-runtime.js";
export {
  RestError,
  createPipelineRequest
};
