import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  actionDeps,
  login
} from "./login-run.js";
import "./verify-diagnose.js";
import {
  fail
} from "./main.js";
import "./yaml.js";
import "./settings.js";
import "./github-app.js";
import "./actions-http-client.js";
import "./actions-exec.js";
import "./tunnel.js";
import "./jose.js";
import "./jose-2.js";
import "./esbuild-runtime.js";

// src/login/index.ts
login(actionDeps()).then(() => void 0, fail);
//# sourceMappingURL=login.js.map
