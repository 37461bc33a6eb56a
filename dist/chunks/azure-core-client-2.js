import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  ServiceClient
} from "./azure-core-client.js";
import "./typespec-ts-http-runtime.js";
import "./debug.js";
import "./esbuild-runtime.js";
export {
  ServiceClient
};
