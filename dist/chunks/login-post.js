import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  actionDeps,
  post
} from "./login-run.js";
import "./verify-diagnose.js";
import {
  fail
} from "./main.js";
import "./yaml.js";
import "./settings.js";
import "./github-app.js";
import {
  setFailed
} from "./actions-http-client.js";
import "./actions-exec.js";
import "./tunnel.js";
import "./jose.js";
import "./jose-2.js";
import "./esbuild-runtime.js";

// src/login/post.ts
post(actionDeps()).then(({ problems }) => {
  if (problems.length) setFailed(`Cleaning up the sign-in left something behind: ${problems.join("; ")}`);
}, fail);
//# sourceMappingURL=login-post.js.map
