import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  SignJWT,
  decodeJwt
} from "./jose.js";
import "./jose-2.js";
import "./esbuild-runtime.js";
export {
  SignJWT,
  decodeJwt
};
