import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  run
} from "./main.js";
import "./settings.js";
import "./github-app.js";
import "./actions-http-client.js";
import "./actions-exec.js";
import "./tunnel.js";
import "./esbuild-runtime.js";

// src/index.ts
void run();
//# sourceMappingURL=index.js.map
