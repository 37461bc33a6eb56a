import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

// src/privileged-roles.ts
var PRIVILEGED_ROLES = [
  { name: "Owner", id: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635" },
  { name: "User Access Administrator", id: "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9" },
  { name: "Role Based Access Control Administrator", id: "f58310d9-a9f6-439a-9e8d-f62e7b41a168" }
];
function privilegedRole(roleName, roleGuid) {
  return PRIVILEGED_ROLES.find(
    (r) => roleGuid && r.id === roleGuid || roleName && r.name.toLowerCase() === roleName.trim().toLowerCase()
  )?.name;
}

export {
  privilegedRole
};
//# sourceMappingURL=privileged-roles.js.map
