import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  run
} from "./main.js";
import "./summary.js";
import "./plan.js";
import "./settings.js";
import "./github-app.js";
import "./privileged-roles.js";
import "./transport.js";
import "./shaping-names.js";
import "./runner-kinds-gitlab.js";
import "./actions-core.js";
import "./actions-exec.js";
import "./esbuild-runtime.js";

// src/index.ts
void run().finally(() => process.exit());
//# sourceMappingURL=index.js.map
