// Built-in Azure roles the action knows by heart: to refuse privileged ones before any network call, and
// to name them in messages. Role resolution by name still goes to ARM (custom roles, other clouds).

/** Roles that can grant access to others: refused unless `allow-privileged-roles: true`. */
export const PRIVILEGED_ROLES: ReadonlyArray<{ name: string; id: string }> = [
  { name: 'Owner', id: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' },
  { name: 'User Access Administrator', id: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9' },
  { name: 'Role Based Access Control Administrator', id: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168' }
]

/** The privileged built-in role a role value (name or GUID) denotes, if any. */
export function privilegedRole(roleName: string | undefined, roleGuid: string | undefined): string | undefined {
  return PRIVILEGED_ROLES.find(
    (r) => (roleGuid && r.id === roleGuid) || (roleName && r.name.toLowerCase() === roleName.trim().toLowerCase())
  )?.name
}
