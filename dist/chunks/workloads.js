import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  errorCode,
  explain
} from "./azure-errors.js";
import {
  derivedFederatedCredentialName,
  roleAssignmentName
} from "./names.js";
import {
  CHANGING_ACTIONS,
  UNKNOWN,
  createChange
} from "./plan.js";
import {
  privilegedRole
} from "./privileged-roles.js";
import {
  cloudOfIssuer,
  cloudTarget
} from "./transport.js";
import {
  settingsOwnerKey
} from "./ownership.js";
import {
  DRIVERS,
  OWNER_KEY_TAG,
  OWNER_TAG,
  OWNER_VALUE,
  runnerRbac,
  runnerServiceAccountName,
  selectionOf,
  separateServiceAccount
} from "./runner-kinds-gitlab.js";

// src/workloads.ts
const { createHash } = require("node:crypto");

// src/azure/role-assignments.ts
var LEGACY_DESCRIPTION = "Managed by aks-workload-identity";
var ownerMarker = (ownerKey) => `(owner ${ownerKey})`;
function assignmentMark(a, ownerKey) {
  const deterministic = a.name.toLowerCase() === roleAssignmentName(a.scope, a.roleDefinitionId, a.principalId);
  if (!deterministic) return "other";
  if ((a.description ?? "").includes(ownerMarker(ownerKey))) return "ours";
  return (a.description ?? "") === LEGACY_DESCRIPTION ? "legacy" : "other";
}
var bare = (scope) => scope.replace(/^\/+/, "").replace(/\/+$/, "");
var roleNameFilter = (roleName) => `roleName eq '${roleName.replace(/'/g, "''")}'`;
var guidOf = (roleDefinitionId) => roleDefinitionId.split("/").pop().toLowerCase();
var sameScope = (a, b) => a.replace(/\/+$/, "").toLowerCase() === b.replace(/\/+$/, "").toLowerCase();
function roleDefinitionIdFor(scope, guid, role) {
  if (role.startsWith("/")) return role;
  const sub = /^\/subscriptions\/([^/]+)/i.exec(scope)?.[1];
  return `${sub ? `/subscriptions/${sub}` : ""}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;
}
function diffRoleAssignment(spec, o) {
  if (!o?.roleDefinitionId)
    return { action: "conflict", diff: [], reason: o?.roleProblem ?? `role '${spec.role}' could not be resolved at '${spec.scope}'` };
  const privileged = privilegedRole(o.roleName, guidOf(o.roleDefinitionId));
  if (privileged && !spec.allowPrivileged) {
    return {
      action: "conflict",
      diff: [],
      reason: `'${privileged}' can grant access to others; set allow-privileged-roles: true to assign it on purpose`
    };
  }
  if (o.assignment) {
    const mark = assignmentMark(o.assignment, spec.ownerKey);
    if (mark === "legacy")
      return {
        action: "update",
        id: o.assignment.id,
        ownership: "owned",
        diff: [{ field: "description", from: o.assignment.description, to: spec.description }],
        reason: "created by a previous version of the action (its description names no workload): the owner key is recorded"
      };
    return { action: "unchanged", diff: [], id: o.assignment.id, ownership: mark === "ours" ? "owned" : "adopted" };
  }
  const name = spec.principalId === UNKNOWN ? UNKNOWN : roleAssignmentName(spec.scope, o.roleDefinitionId, spec.principalId);
  return {
    ...createChange({
      name,
      scope: spec.scope,
      roleDefinitionId: o.roleDefinitionId,
      principalId: spec.principalId,
      principalType: "ServicePrincipal"
    }),
    ownership: "owned"
  };
}
function toAssignment(ra) {
  return {
    id: ra.id ?? "",
    name: ra.name ?? "",
    scope: ra.scope ?? "",
    roleDefinitionId: ra.roleDefinitionId ?? "",
    principalId: ra.principalId ?? "",
    ...ra.description !== void 0 ? { description: ra.description } : {}
  };
}
async function listRoleAssignments(azure, scope, principalId) {
  const out = [];
  for await (const ra of azure.authorization.roleAssignments.listForScope(bare(scope), { filter: `principalId eq '${principalId}'` }))
    out.push(toAssignment(ra));
  return out;
}
async function roleDefinitionsNamed(azure, scope, roleName) {
  const out = [];
  for await (const d of azure.authorization.roleDefinitions.list(bare(scope), { filter: roleNameFilter(roleName) })) out.push(d);
  return out;
}
async function resolveRole(spec, ctx) {
  if (spec.roleGuid) return { roleDefinitionId: roleDefinitionIdFor(spec.scope, spec.roleGuid, spec.role) };
  return ctx.memo(`role-definition:${spec.scope.toLowerCase()}|${spec.role.toLowerCase()}`, async () => {
    const found = await explain(
      `Looking up role '${spec.role}' at ${spec.scope}`,
      async () => (await roleDefinitionsNamed(ctx.azure, spec.scope, spec.role)).map((d) => ({ id: d.id ?? "", roleName: d.roleName ?? "" }))
    );
    if (found.length === 0)
      return {
        roleProblem: `no role named '${spec.role}' is assignable at '${spec.scope}' (names are exact; custom roles must list the scope as assignable)`
      };
    if (found.length > 1)
      return {
        roleProblem: `${found.length} roles are named '${spec.role}' at '${spec.scope}': give its GUID or role definition ID instead`
      };
    return { roleDefinitionId: found[0].id, roleName: found[0].roleName };
  });
}
function listAssignments(spec, principalId, ctx, fresh = false) {
  const run = () => explain(`Listing role assignments at ${spec.scope}`, () => listRoleAssignments(ctx.azure, spec.scope, principalId));
  return fresh ? run() : ctx.memo(`role-assignments:${spec.scope.toLowerCase()}|${principalId}`, run);
}
function pick(list, spec, roleDefinitionId, principalId) {
  return list.find(
    (a) => sameScope(a.scope, spec.scope) && guidOf(a.roleDefinitionId) === guidOf(roleDefinitionId) && a.principalId.toLowerCase() === principalId.toLowerCase()
  );
}
var roleAssignmentKind = {
  kind: "role-assignment",
  async observe(_r, spec, ctx, upstream) {
    const [role, identity] = await Promise.all([resolveRole(spec, ctx), upstream(spec.identityKey)]);
    const principalId = identity?.principalId;
    if (!role.roleDefinitionId || !principalId) return role;
    const list = await listAssignments(spec, principalId, ctx);
    return { ...role, assignment: pick(list, spec, role.roleDefinitionId, principalId) };
  },
  diff: diffRoleAssignment,
  async apply(_step, spec, o, ctx) {
    const roleDefinitionId = o?.roleDefinitionId;
    if (!roleDefinitionId || spec.principalId === UNKNOWN)
      throw new Error(`Assigning '${spec.role}' at ${spec.scope} failed: ${o?.roleProblem ?? "the identity has no principal ID"}`);
    const name = roleAssignmentName(spec.scope, roleDefinitionId, spec.principalId);
    const claim = o.assignment !== void 0;
    const what = `${claim ? "Recording the owner key on" : "Assigning"} role '${spec.role}' ${claim ? "of" : "to"} the identity at ${spec.scope}`;
    try {
      const created = await ctx.retry(
        () => explain(
          what,
          () => ctx.azure.authorization.roleAssignments.create(bare(spec.scope), name, {
            roleDefinitionId,
            principalId: spec.principalId,
            // Without it ARM looks the principal up in Entra, which a new identity may not have replicated to yet.
            principalType: "ServicePrincipal",
            description: spec.description
          })
        ),
        what
      );
      return { ...o, assignment: toAssignment(created) };
    } catch (err) {
      if (errorCode(err) !== "RoleAssignmentExists") throw err;
      const existing = pick(await listAssignments(spec, spec.principalId, ctx, true), spec, roleDefinitionId, spec.principalId);
      if (!existing) throw err;
      ctx.log.info(`  role '${spec.role}' was already assigned at ${spec.scope} (${existing.name}): adopted`);
      return { ...o, assignment: existing };
    }
  },
  outputs(o) {
    return { id: o?.assignment?.id, roleDefinitionId: o?.roleDefinitionId };
  },
  /** Ours when it carries the name this action derives and its description names this workload (or a previous version's, claimed). */
  owned: (o, spec) => !!o.assignment && assignmentMark(o.assignment, spec.ownerKey) !== "other",
  /** The role lookup alone is not an assignment. */
  exists: (o) => !!o.assignment,
  keepReason: (o) => o.assignment && o.assignment.name.toLowerCase() === roleAssignmentName(o.assignment.scope, o.assignment.roleDefinitionId, o.assignment.principalId) ? `its description names another workload (${o.assignment.description ?? "none"}): that workload created it for the same identity, role and scope, and owns it` : `its name '${o.assignment?.name}' is not the one this action derives from scope, role and principal, so someone else assigned it`,
  async destroy(_step, _spec, o, ctx) {
    const a = o.assignment;
    await explain(`Deleting role assignment ${a.id}`, () => ctx.azure.authorization.roleAssignments.deleteById(bare(a.id)));
  }
};

// src/azure/resources.ts
var azureKeys = {
  cluster: (s) => `cluster:${s.cluster.resourceGroup}/${s.cluster.name}`,
  identity: (s) => `identity:${s.identity.resourceGroup}/${s.identity.name}`,
  federatedCredential: (s, name) => `federated-credential:${s.identity.resourceGroup}/${s.identity.name}/${name}`,
  roleAssignment: (s, ra) => `role-assignment:${ra.scope}|${ra.role}|${s.identity.resourceGroup}/${s.identity.name}`
};
var serviceAccountSubject = (namespace, serviceAccount) => `system:serviceaccount:${namespace}:${serviceAccount}`;
var roleAssignmentDescription = (s, ownerKey) => `Managed by ${OWNER_VALUE} for ${s.kube.namespace}/${s.kube.serviceAccount} on cluster ${s.cluster.name} ${ownerMarker(ownerKey)}`;
function federatedCredentialName(s) {
  return s.federation.name ?? derivedFederatedCredentialName(s.cluster.name, s.kube.namespace, s.kube.serviceAccount);
}
function azureResources(s, subscriptionId) {
  const cluster = azureKeys.cluster(s);
  const identity = azureKeys.identity(s);
  const ficName = federatedCredentialName(s);
  const ownerKey = settingsOwnerKey(s, subscriptionId);
  const clusterRes = {
    key: cluster,
    kind: "cluster",
    dependsOn: [],
    spec: () => ({ resourceGroup: s.cluster.resourceGroup, name: s.cluster.name, enableFeatures: s.cluster.enableFeatures })
  };
  const identityRes = {
    key: identity,
    kind: "identity",
    dependsOn: [],
    spec: (refs) => ({
      resourceGroup: s.identity.resourceGroup,
      name: s.identity.name,
      location: s.identity.location ?? refs(cluster).location ?? UNKNOWN,
      locationGiven: s.identity.location !== void 0,
      tags: { ...s.identity.tags },
      ownerTag: { [OWNER_TAG]: OWNER_VALUE, [OWNER_KEY_TAG]: ownerKey },
      ownerKey
    })
  };
  const ficRes = {
    key: azureKeys.federatedCredential(s, ficName),
    kind: "federated-credential",
    dependsOn: [cluster, identity],
    spec: (refs) => ({
      identityKey: identity,
      identityResourceGroup: s.identity.resourceGroup,
      identityName: s.identity.name,
      name: ficName,
      // Verbatim, trailing slash included: Entra compares issuers exactly (AADSTS70021 otherwise).
      issuer: refs(cluster).issuerUrl ?? UNKNOWN,
      subject: serviceAccountSubject(s.kube.namespace, s.kube.serviceAccount),
      audiences: [s.federation.audience],
      nameGiven: s.federation.name !== void 0
    })
  };
  const roleRes = s.roleAssignments.map((ra) => ({
    key: azureKeys.roleAssignment(s, ra),
    kind: "role-assignment",
    dependsOn: [identity],
    spec: (refs) => ({
      identityKey: identity,
      subscriptionId,
      scope: ra.scope,
      role: ra.role,
      roleGuid: ra.roleGuid,
      principalId: refs(identity).principalId ?? UNKNOWN,
      allowPrivileged: s.allowPrivilegedRoles,
      ownerKey,
      description: roleAssignmentDescription(s, ownerKey)
    })
  }));
  return [clusterRes, identityRes, ficRes, ...roleRes];
}

// src/kube/resources.ts
var kubeKeys = {
  namespace: (s) => `namespace:${s.kube.namespace}`,
  serviceAccount: (s) => `service-account:${s.kube.namespace}/${s.kube.serviceAccount}`,
  /** The runners' own service account (kinds whose pods start the workload's pods: GitLab's Kubernetes executor). */
  runnerServiceAccount: (s) => `service-account:${s.kube.namespace}/${runnerServiceAccountName(s.kube.serviceAccount, DRIVERS[s.runners.kind].component)}`,
  runners: (s) => `runner:${s.kube.namespace}/${s.kube.serviceAccount}`,
  runnerRbac: (s) => `runner-rbac:${s.kube.namespace}/${s.kube.serviceAccount}`,
  /** ARC's AutoscalingRunnerSet (runner-kind arc), named after the runner name prefix (the scale set's name). */
  arcRunnerSet: (s) => `arc-runner-set:${s.kube.namespace}/${s.runners.namePrefix}`
};
function kubeResources(s, upstream) {
  const ns = kubeKeys.namespace(s);
  const sa = kubeKeys.serviceAccount(s);
  const { ownerKey } = upstream;
  const force = s.kube.forceConflicts;
  const destroy = s.mode === "destroy";
  const arc = s.runners.kind === "arc";
  const withRunners = s.runners.count > 0 || destroy || arc;
  const auto = s.runners.autoscale;
  const separate = withRunners && separateServiceAccount(s.runners);
  const runnerSaName = runnerServiceAccountName(s.kube.serviceAccount, DRIVERS[s.runners.kind].component);
  const namespace = {
    key: ns,
    kind: "namespace",
    dependsOn: [upstream.cluster],
    spec: () => ({
      name: s.kube.namespace,
      create: s.kube.createNamespace,
      clusterKey: upstream.cluster,
      ownerKey,
      serviceAccounts: [s.kube.serviceAccount, ...separate ? [runnerSaName] : []],
      destroy
    })
  };
  const serviceAccount = {
    key: sa,
    kind: "service-account",
    dependsOn: [ns, upstream.identity],
    spec: (refs) => ({
      namespace: s.kube.namespace,
      name: s.kube.serviceAccount,
      clientId: refs(upstream.identity).clientId ?? UNKNOWN,
      tenantId: refs(upstream.identity).tenantId ?? UNKNOWN,
      workloadIdentity: true,
      ownerKey,
      force,
      destroy,
      clusterKey: upstream.cluster
    })
  };
  const out = [namespace, serviceAccount];
  if (withRunners) {
    const runnerSa = separate ? {
      key: kubeKeys.runnerServiceAccount(s),
      kind: "service-account",
      dependsOn: [ns],
      spec: () => ({
        namespace: s.kube.namespace,
        name: runnerSaName,
        clientId: "",
        tenantId: "",
        workloadIdentity: false,
        ownerKey,
        force,
        destroy,
        clusterKey: upstream.cluster
      })
    } : void 0;
    if (runnerSa) out.push(runnerSa);
    const rules = runnerRbac(s.runners);
    const component = DRIVERS[s.runners.kind].component;
    const rbac = rules ? {
      key: kubeKeys.runnerRbac(s),
      kind: "runner-rbac",
      dependsOn: runnerSa ? [runnerSa.key] : [sa],
      spec: () => ({
        ...rules,
        namespace: s.kube.namespace,
        serviceAccount: s.kube.serviceAccount,
        component,
        clusterKey: upstream.cluster,
        ownerKey,
        force
      })
    } : void 0;
    if (rbac) out.push(rbac);
    const runnerSpec = (refs) => ({
      // The selected kind with its own options: no other kind's change the pods (nor their hash).
      ...selectionOf(s.runners),
      namespace: s.kube.namespace,
      serviceAccount: s.kube.serviceAccount,
      image: s.runners.image,
      namePrefix: s.runners.namePrefix,
      ...s.runners.shaping ? { shaping: s.runners.shaping } : {},
      clientId: refs(upstream.identity).clientId ?? UNKNOWN,
      tenantId: refs(upstream.identity).tenantId ?? UNKNOWN,
      ownerKey,
      count: s.runners.count,
      audience: s.federation.audience,
      wait: s.wait.enabled,
      timeoutSeconds: s.wait.timeoutSeconds,
      clusterKey: upstream.cluster,
      // runner-count: auto (not in destroy mode, which removes them all): the count follows the queued jobs.
      ...auto && !destroy ? { autoscale: { min: auto.min, max: auto.max, labels: s.runners.labels } } : {}
    });
    const dependsOn = [sa, upstream.cluster, upstream.identity, ...runnerSa ? [runnerSa.key] : [], ...rbac ? [rbac.key] : []];
    if (s.runners.kind === "arc") {
      const set = {
        key: kubeKeys.arcRunnerSet(s),
        kind: "arc-runner-set",
        dependsOn,
        spec: (refs) => {
          const r = runnerSpec(refs);
          return {
            name: s.runners.namePrefix,
            input: { ...r, kind: "arc", options: s.runners.options },
            audience: r.audience,
            clusterKey: upstream.cluster,
            force,
            destroy
          };
        }
      };
      out.push(set);
      return out;
    }
    const runners = {
      key: kubeKeys.runners(s),
      kind: "runner-set",
      // The cluster too: its update turns the webhook on, which must happen before pods are created.
      dependsOn,
      spec: runnerSpec
    };
    out.push(runners);
  }
  return out;
}
function kubeOutputs(s, outputsOf) {
  const runners = s.runners.count > 0 ? outputsOf(kubeKeys.runners(s))["runner-names"] : "";
  return { namespace: s.kube.namespace, "service-account": s.kube.serviceAccount, "runner-names": runners ?? "" };
}

// src/desired.ts
function desiredState(s, subscriptionId) {
  const ownerKey = settingsOwnerKey(s, subscriptionId);
  return [
    ...azureResources(s, subscriptionId),
    ...kubeResources(s, { cluster: azureKeys.cluster(s), identity: azureKeys.identity(s), ownerKey })
  ];
}
function desiredStateWarnings(s) {
  const audience = s.federation.audienceGiven ? cloudTarget(s.azure.cloud.name, { audience: s.federation.audience }).warnings : [];
  return [
    ...audience,
    ...s.roleAssignments.filter((ra) => ra.scopeKind === "subscription" || ra.scopeKind === "managementGroup").map(
      (ra) => `The role '${ra.role}' is assigned at ${ra.scopeKind === "subscription" ? "subscription" : "management group"} scope '${ra.scope}': every workload using this identity gets it on everything below. Prefer a resource group or resource scope.`
    )
  ];
}
function observedStateWarnings(s, clusterIssuerUrl) {
  const issuerCloud = clusterIssuerUrl ? cloudOfIssuer(clusterIssuerUrl) : void 0;
  if (!issuerCloud || issuerCloud.name === s.azure.cloud.name) return [];
  return [
    `The cluster's OIDC issuer '${clusterIssuerUrl}' is one of ${issuerCloud.label}, but 'environment' is ${s.azure.cloud.name}: set 'environment: ${issuerCloud.name}' so the endpoints and the token-exchange audience ('${issuerCloud.tokenExchangeAudience}') are that cloud's.`
  ];
}

// src/workloads.ts
var identityId = (s) => `${s.identity.resourceGroup}/${s.identity.name}`.toLowerCase();
function sharedIdentityOwnerKey(s, subscriptionId) {
  const basis = ["aks-workload-identity/owner/v1/identity", subscriptionId, s.cluster.resourceGroup, s.cluster.name, identityId(s)].map((x) => x.toLowerCase()).join("\n");
  return createHash("sha256").update(basis).digest("hex").slice(0, 16);
}
function workloadGraph(workloads, subscriptionId) {
  const users = /* @__PURE__ */ new Map();
  for (const w of workloads) users.set(identityId(w.settings), [...users.get(identityId(w.settings)) ?? [], w]);
  const byKey = /* @__PURE__ */ new Map();
  const owners = /* @__PURE__ */ new Map();
  const keysOf = /* @__PURE__ */ new Map();
  const namespaceUsers = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    const s = w.settings;
    const sharing = users.get(identityId(s));
    const shared = sharing.length > 1;
    const keys = [];
    for (let r of desiredState(s, subscriptionId)) {
      keys.push(r.key);
      owners.set(r.key, [...owners.get(r.key) ?? [], w.name]);
      if (r.kind === "namespace") {
        const spec = r.spec(() => ({}));
        namespaceUsers.set(r.key, [...namespaceUsers.get(r.key) ?? [], { key: spec.ownerKey, serviceAccounts: spec.serviceAccounts }]);
      }
      if (byKey.has(r.key)) continue;
      if (shared && (r.kind === "identity" || r.kind === "role-assignment"))
        r = ownedByIdentity(r, s, sharing, sharedIdentityOwnerKey(s, subscriptionId));
      if (r.kind === "federated-credential") r = withSiblings(r, sharing);
      byKey.set(r.key, r);
    }
    keysOf.set(w.name, keys);
  }
  for (const [key, list] of namespaceUsers) if (list.length > 1) byKey.set(key, sharedNamespace(byKey.get(key), list));
  return { resources: [...byKey.values()], owners, keysOf };
}
function ownedByIdentity(r, s, sharing, key) {
  const names = sharing.map((w) => w.name).join(", ");
  if (r.kind === "identity")
    return {
      ...r,
      spec: (refs) => {
        const spec = r.spec(refs);
        return { ...spec, ownerKey: key, ownerTag: { ...spec.ownerTag, [OWNER_KEY_TAG]: key } };
      }
    };
  return {
    ...r,
    spec: (refs) => ({
      ...r.spec(refs),
      ownerKey: key,
      description: `Managed by ${OWNER_VALUE} for identity ${s.identity.resourceGroup}/${s.identity.name} (workloads ${names}) on cluster ${s.cluster.name} ${ownerMarker(key)}`
    })
  };
}
function withSiblings(r, sharing) {
  const mine = r.spec(() => ({})).name.toLowerCase();
  const siblings = sharing.map((w) => federatedCredentialName(w.settings)).filter((n) => n.toLowerCase() !== mine);
  return { ...r, spec: (refs) => ({ ...r.spec(refs), siblings }) };
}
function sharedNamespace(r, users) {
  return {
    ...r,
    spec: (refs) => {
      const spec = r.spec(refs);
      return {
        ...spec,
        serviceAccounts: [...new Set(users.flatMap((u) => u.serviceAccounts))],
        otherOwnerKeys: [...new Set(users.map((u) => u.key))].filter((k) => k !== spec.ownerKey)
      };
    }
  };
}
function withWorkloads(plan, graph) {
  if (graph.keysOf.size < 2) return plan;
  return { ...plan, steps: plan.steps.map((s) => ({ ...s, workloads: [...graph.owners.get(s.key) ?? []] })) };
}
function workloadsOutput(workloads, graph, plan, outputsOf) {
  const out = {};
  for (const w of workloads) {
    const keys = new Set(graph.keysOf.get(w.name) ?? []);
    const o = outputsOf(
      w,
      graph.resources.filter((r) => keys.has(r.key))
    );
    const steps = plan.steps.filter((s) => keys.has(s.key));
    const changing = steps.filter((s) => CHANGING_ACTIONS.has(s.action) || s.action === "conflict").length;
    const list = (v) => v ? v.split("\n").filter(Boolean) : [];
    out[w.name] = {
      "client-id": o["client-id"],
      "principal-id": o["principal-id"],
      "tenant-id": o["tenant-id"],
      identity: o["identity-id"],
      "identity-name": w.settings.identity.name,
      namespace: w.settings.kube.namespace,
      "service-account": w.settings.kube.serviceAccount,
      "federated-credential": o["federated-credential-name"],
      "role-assignment-ids": list(o["role-assignment-ids"]),
      "runner-names": list(o["runner-names"]),
      changes: steps.filter((s) => CHANGING_ACTIONS.has(s.action)).length,
      ...plan.mode === "destroy" ? {} : { drift: changing > 0 }
    };
  }
  return out;
}
function manyOutputs(first, map, run) {
  return {
    "tenant-id": first["tenant-id"],
    "oidc-issuer-url": first["oidc-issuer-url"],
    "client-id": "",
    "principal-id": "",
    "identity-id": "",
    "federated-credential-name": "",
    "role-assignment-ids": "",
    namespace: "",
    "service-account": "",
    "runner-names": "",
    ...run,
    workloads: JSON.stringify(map)
  };
}
function workloadsSummary(map) {
  const cell = (s) => s ? `\`${s.replace(/[`|]/g, "")}\`` : "(none)";
  return [
    "#### Workloads",
    "",
    "| Workload | Service account | Identity | Client ID | Changes | Drift |",
    "| --- | --- | --- | --- | --- | --- |",
    ...Object.entries(map).map(
      ([name, w]) => `| ${cell(name)} | ${cell(`${w.namespace}/${w["service-account"]}`)} | ${cell(w["identity-name"])} | ${cell(w["client-id"])} | ${w.changes} | ${w.drift === void 0 ? "" : w.drift ? "yes" : "no"} |`
    ),
    ""
  ];
}
function runSettings(workloads) {
  if (!workloads.length) throw new Error("The workloads file has no workloads.");
  const github = workloads.filter((w) => w.settings.runners.count > 0 && w.settings.runners.scope);
  const registration = (s) => {
    const r = s.runners;
    return JSON.stringify([r.scope, r.labels, r.groupId, r.githubApiUrl, r.githubToken, r.githubAppId]);
  };
  const differ = github.filter((w) => registration(w.settings) !== registration(github[0].settings));
  if (differ.length)
    throw new Error(
      `Workloads ${github[0].name} and ${differ.map((w) => w.name).join(", ")} register runners at GitHub differently (runner-scope, runner-labels, runner-group, github-api-url or the token): one run has one GitHub registration for now. Give them the same, or run them in separate steps.`
    );
  const auto = github.filter((w) => w.settings.runners.autoscale);
  const repos = (w) => JSON.stringify(w.settings.runners.autoscale.repositories.map((x) => x.toLowerCase()).sort());
  const otherRepos = auto.filter((w) => repos(w) !== repos(auto[0]));
  if (otherRepos.length)
    throw new Error(
      `Workloads ${auto[0].name} and ${otherRepos.map((w) => w.name).join(", ")} have 'runner-count: auto' with different 'runner-repositories': one run counts the queued jobs of one list of repositories for now. Give them the same, or run them in separate steps.`
    );
  const run = (auto[0] ?? github[0] ?? workloads[0]).settings;
  const credentialed = workloads.filter((w) => w.settings.secrets.runnerCredential !== void 0);
  if (!credentialed.length || run.secrets.runnerCredential !== void 0) return run;
  return { ...run, secrets: { ...run.secrets, runnerCredential: credentialed[0].settings.secrets.runnerCredential } };
}
async function mapLimited(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
function combinedVerification(reports) {
  if (!reports.length) return void 0;
  const failed = reports.filter(([, r]) => r.verified === false);
  const passed = reports.filter(([, r]) => r.verified === true);
  const verified = failed.length ? false : passed.length === reports.length ? true : void 0;
  const detail = failed.length ? failed.map(([n, r]) => `${n}: ${r.detail}`).join("; ") : `${passed.length} of ${reports.length} workload(s) verified${passed.length < reports.length ? ` (${reports.filter(([, r]) => r.verified === void 0).map(([n]) => n).join(", ")}: not verified)` : ""}`;
  const markdown = reports.map(([n, r]) => `##### ${n}

${r.markdown ?? r.detail}
`).join("\n");
  return { verified, detail, markdown };
}

export {
  bare,
  listRoleAssignments,
  roleDefinitionsNamed,
  roleAssignmentKind,
  azureKeys,
  kubeOutputs,
  desiredState,
  desiredStateWarnings,
  observedStateWarnings,
  sharedIdentityOwnerKey,
  workloadGraph,
  withWorkloads,
  workloadsOutput,
  manyOutputs,
  workloadsSummary,
  runSettings,
  mapLimited,
  combinedVerification
};
//# sourceMappingURL=workloads.js.map
