import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

// entry:login/post
await import("../chunks/login-post.js");
