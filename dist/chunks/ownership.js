import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

// src/ownership.ts
const { createHash } = require("node:crypto");
function ownerKey(w) {
  const basis = ["aks-workload-identity/owner/v1", w.subscriptionId, w.clusterResourceGroup, w.clusterName].map((x) => x.toLowerCase()).concat([w.namespace, w.serviceAccount]).join("\n");
  return createHash("sha256").update(basis).digest("hex").slice(0, 16);
}
var settingsOwnerKey = (s, subscriptionId) => ownerKey({
  subscriptionId,
  clusterResourceGroup: s.cluster.resourceGroup,
  clusterName: s.cluster.name,
  namespace: s.kube.namespace,
  serviceAccount: s.kube.serviceAccount
});
var nameKey = (key) => key.slice(0, 8);
function markOf(marks, key, names) {
  const get = (name) => names.caseInsensitive ? Object.entries(marks ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1] : marks?.[name];
  const have = get(names.key);
  if (have !== void 0) return have === key ? "ours" : "other";
  return get(names.managedBy) === names.managedByValue ? "legacy" : "none";
}

export {
  settingsOwnerKey,
  nameKey,
  markOf
};
//# sourceMappingURL=ownership.js.map
