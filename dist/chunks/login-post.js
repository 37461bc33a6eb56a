import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  actionDeps,
  post
} from "./login-run.js";
import "./verify-diagnose.js";
import "./kube-client.js";
import "./azure-errors.js";
import {
  fail
} from "./main.js";
import "./summary.js";
import "./plan.js";
import "./settings.js";
import "./github-app.js";
import "./privileged-roles.js";
import "./transport.js";
import "./shaping-names.js";
import "./runner-kinds-gitlab.js";
import {
  setFailed
} from "./actions-core.js";
import "./actions-exec.js";
import "./jose.js";
import "./jose-2.js";
import "./esbuild-runtime.js";

// src/login/post.ts
post(actionDeps()).then(({ problems }) => {
  if (problems.length) setFailed(`Cleaning up the sign-in left something behind: ${problems.join("; ")}`);
}, fail);
//# sourceMappingURL=login-post.js.map
