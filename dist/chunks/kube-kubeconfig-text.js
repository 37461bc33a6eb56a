import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  ClusterAccessError
} from "./kube-client.js";
import "./transport.js";
import {
  require_yaml
} from "./yaml.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/kube/kubeconfig-text.ts
var import_yaml = __toESM(require_yaml(), 1);
function currentUser(doc) {
  const ctx = doc.contexts?.find((c) => c.name === doc["current-context"]) ?? doc.contexts?.[0];
  return doc.users?.find((u) => u.name === ctx?.context?.user);
}
function usesEntra(kubeconfigYaml) {
  const user = currentUser((0, import_yaml.parse)(kubeconfigYaml))?.user ?? {};
  return "exec" in user || "auth-provider" in user;
}
function withUser(kubeconfigYaml, entry) {
  const doc = (0, import_yaml.parse)(kubeconfigYaml);
  const user = currentUser(doc);
  if (!user) throw new ClusterAccessError("The kubeconfig from AKS has no user for its current context.");
  user.user = entry;
  return { yaml: (0, import_yaml.stringify)(doc), userName: user.name };
}
var withBearerToken = (kubeconfigYaml, token) => withUser(kubeconfigYaml, { token }).yaml;
function maskUserSecrets(text, mask) {
  const doc = (0, import_yaml.parse)(text);
  for (const u of doc.users ?? []) {
    for (const key of ["token", "client-key-data", "password"]) {
      const v = u.user?.[key];
      if (typeof v === "string" && v) mask(v);
    }
  }
}
export {
  maskUserSecrets,
  usesEntra,
  withBearerToken,
  withUser
};
//# sourceMappingURL=kube-kubeconfig-text.js.map
