#!/usr/bin/env node
import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

// entry:cli
await import("./chunks/cli-main.js");
