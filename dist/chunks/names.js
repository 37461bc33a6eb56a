import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  FIC_NAME
} from "./runner-kinds-gitlab.js";

// src/names.ts
const { createHash } = require("node:crypto");
var NAME_NAMESPACE = "5b0c6f4e-2d7a-4c3e-9f1b-8a6d2e4c7b90";
function uuidv5(name, namespace = NAME_NAMESPACE) {
  const ns = Buffer.from(namespace.replace(/-/g, ""), "hex");
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  const b = hash.subarray(0, 16);
  b[6] = b[6] & 15 | 80;
  b[8] = b[8] & 63 | 128;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
function roleAssignmentName(scope, roleDefinitionId, principalId) {
  return uuidv5(`${scope}|${roleDefinitionId}|${principalId}`.toLowerCase());
}
var MAX_FIC_NAME = 120;
function derivedFederatedCredentialName(cluster, namespace, serviceAccount) {
  const clean = (s) => s.replace(/[^a-zA-Z0-9_-]+/g, "-");
  const readable = clean(`${cluster}-${namespace}-${serviceAccount}`).replace(/^[^a-zA-Z0-9]+/, "");
  const hash = createHash("sha256").update(`${cluster}
${namespace}
${serviceAccount}`).digest("hex").slice(0, 10);
  const lossy = readable !== `${cluster}-${namespace}-${serviceAccount}`;
  if (!lossy && readable.length <= MAX_FIC_NAME && FIC_NAME.test(readable)) return readable;
  const prefix = readable.slice(0, MAX_FIC_NAME - hash.length - 1).replace(/[-_]+$/, "");
  const name = prefix ? `${prefix}-${hash}` : `fic-${hash}`;
  return FIC_NAME.test(name) ? name : `fic-${hash}`;
}

export {
  roleAssignmentName,
  derivedFederatedCredentialName
};
//# sourceMappingURL=names.js.map
