import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

// entry:index
process.setSourceMapsEnabled(true);
await import("./chunks/index.js");
