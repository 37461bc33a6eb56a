import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  derivedFederatedCredentialName
} from "./names.js";
import {
  ConfigError,
  SECRET_INPUTS,
  SettingsError,
  formatProblem,
  keyText,
  readSettings
} from "./settings.js";
import {
  require_dist
} from "./yaml.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/config/index.ts
import { readFileSync } from "node:fs";

// src/config/schema.ts
var CLUSTER_KEYS = [
  "subscription-id",
  "resource-group",
  "cluster-name",
  "enable-cluster-features",
  "cluster-credentials"
];
var WORKLOAD_KEYS = [
  "identity",
  "namespace",
  "create-namespace",
  "service-account-name",
  "federated-credential-name",
  "audience",
  "role-assignments",
  "allow-privileged-roles",
  "runner-kind",
  "runner-count",
  "runner-scope",
  "runner-labels",
  "runner-group-id",
  "runner-image",
  "runner-name-prefix",
  "gitlab-url",
  "gitlab-executor",
  "gitlab-job-image",
  "jenkins-url",
  "jenkins-agent-name",
  "pod-image",
  "pod-command",
  "pod-args",
  "wait",
  "wait-timeout",
  "verify"
];
var IDENTITY_INPUTS = {
  name: "identity-name",
  "resource-group": "identity-resource-group",
  location: "location",
  tags: "tags"
};

// src/config/merge.ts
var text = (v) => Array.isArray(v) ? v.map(String).join(",") : String(v);
var LINE_LISTS = /* @__PURE__ */ new Set(["pod-command", "pod-args"]);
function workloadInputs(file, name, skip = () => false) {
  const values = {};
  const origin = {};
  const skipped = /* @__PURE__ */ new Set();
  const set = (input, value, path, key = false) => {
    if (skip(path, key)) {
      skipped.add(input);
      return;
    }
    values[input] = value;
    origin[input] = key ? { path, key } : { path };
  };
  for (const k of CLUSTER_KEYS) if (file.cluster?.[k] !== void 0) set(k, String(file.cluster[k]), ["cluster", k]);
  const own = file.workloads[name] ?? {};
  const defaults = file.defaults ?? {};
  const pick = (k) => {
    if (own[k] !== void 0) return [own[k], ["workloads", name, k]];
    if (defaults[k] !== void 0) return [defaults[k], ["defaults", k]];
    return void 0;
  };
  const roles = [];
  const identityRef = pick("identity");
  const label = identityRef?.[0];
  const entry = label !== void 0 && file.identities && Object.hasOwn(file.identities, label) ? file.identities[label] : void 0;
  if (label !== void 0 && entry) {
    set(
      "identity-name",
      entry.name ?? label,
      entry.name !== void 0 ? ["identities", label, "name"] : ["identities", label],
      entry.name === void 0
    );
    for (const k of ["resource-group", "location"])
      if (entry[k] !== void 0) set(IDENTITY_INPUTS[k], entry[k], ["identities", label, k]);
    if (entry.tags) {
      set(
        "tags",
        Object.entries(entry.tags).map(([t, v]) => `${t}=${v}`).join("\n"),
        ["identities", label, "tags"]
      );
    }
    entry["role-assignments"]?.forEach((r, i) => roles.push({ ...r, path: ["identities", label, "role-assignments", i] }));
    if (skip(["identities", label, "role-assignments"], false)) skipped.add("role-assignments");
  }
  for (const k of WORKLOAD_KEYS) {
    const got = k === "identity" || k === "role-assignments" ? void 0 : pick(k);
    if (!got) continue;
    const [v, path] = got;
    set(k, LINE_LISTS.has(k) && Array.isArray(v) ? v.join("\n") : text(v), path);
  }
  const workloadRoles = pick("role-assignments");
  workloadRoles?.[0]?.forEach((r, i) => roles.push({ ...r, path: [...workloadRoles[1], i] }));
  if (workloadRoles && skip(workloadRoles[1], false)) skipped.add("role-assignments");
  if (skipped.has("role-assignments")) {
    values.role = "";
    values.scope = "";
    values["role-assignments"] = "";
  } else if (roles.length || workloadRoles) {
    values.role = "";
    values.scope = "";
    set("role-assignments", roles.map((r) => `${r.role} ${r.scope}`).join("\n"), workloadRoles?.[1] ?? roles[0].path.slice(0, -1));
  }
  return { name, identity: entry ? label : void 0, values, origin, roles, skipped };
}
function overlay(base, w) {
  return { get: (n) => n in w.values ? w.values[n] : base.get(n), mask: (s) => base.mask(s), env: base.env };
}

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function parseConfigText(text2, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text2, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset) => {
    const p = lines.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const problems = [...doc.errors, ...doc.warnings].map((e) => ({
    file,
    ...at(e.pos[0]),
    key: "(syntax)",
    message: e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")
  }));
  return {
    value: doc.errors.length ? void 0 : doc.toJS(),
    problems,
    locate: (path, opts) => at(offsetOf(doc, path, opts?.key === true))
  };
}
function offsetOf(doc, path, key) {
  if (!key && path.length) {
    const node = doc.getIn(path, true);
    if ((0, import_yaml.isScalar)(node) && node.range) return node.range[0];
  }
  for (let n = path.length; n > 0; n--) {
    const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
    const last = path[n - 1];
    if ((0, import_yaml.isMap)(parent)) {
      const pair = parent.items.find((p) => (0, import_yaml.isScalar)(p.key) && String(p.key.value) === String(last));
      const k = pair?.key;
      if (k?.range) return k.range[0];
    } else if ((0, import_yaml.isSeq)(parent) && typeof last === "number") {
      const item = parent.items[last];
      if (item?.range) return item.range[0];
    }
  }
  return doc.contents?.range?.[0] ?? 0;
}

// src/config/schema-validator.js
var validate = validate10;
var schema11 = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://raw.githubusercontent.com/aks-workload-identity/aks-workload-identity/v1/schema/config.schema.json",
  title: "aks-workload-identity: one cluster, many workloads",
  description: "One AKS cluster and the workloads on it: each gets a service account federated with a managed identity (shared or its own), role assignments, and optionally runner pods. Keys are the action's input names (action.yml); values the file leaves out come from the inputs, then from the action's defaults. See docs/config.md.",
  type: "object",
  additionalProperties: false,
  required: ["version", "workloads"],
  properties: {
    version: { description: "The file format's version: 1.", enum: [1] },
    cluster: {
      description: "The cluster every workload is on. Keys left out come from the inputs of the same names.",
      type: "object",
      additionalProperties: false,
      properties: {
        "subscription-id": { description: "Subscription of the cluster: a GUID.", type: "string" },
        "resource-group": { description: "Resource group of the AKS cluster.", type: "string" },
        "cluster-name": { description: "Name of the AKS cluster.", type: "string" },
        "enable-cluster-features": {
          description: "Turn on the cluster's OIDC issuer and workload identity when they are off: true or false.",
          type: "boolean"
        },
        "cluster-credentials": {
          description: "Which AKS credentials to fetch when no kubeconfig is given: user or admin.",
          enum: ["user", "admin"]
        }
      }
    },
    identities: {
      description: "Managed identities by label; a workload names one with 'identity'. Several workloads may share one (one identity, one federated credential per workload; at most 20 per identity).",
      type: "object",
      additionalProperties: { $ref: "#/definitions/identity" }
    },
    defaults: {
      description: "Settings for every workload that does not set them itself (they win over the inputs).",
      $ref: "#/definitions/workloadFields"
    },
    workloads: {
      description: "The workloads by name (the name keys the outputs' JSON map): a namespace and service account each.",
      type: "object",
      minProperties: 1,
      propertyNames: {
        description: "A workload name: 1-63 letters, digits, '-', '_' or '.'.",
        pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"
      },
      additionalProperties: { $ref: "#/definitions/workloadFields" }
    },
    prune: {
      description: "Remove the objects of workloads no longer in the file. Not supported yet: only `false` is accepted; remove a workload with `mode: destroy` and a file that still lists it (docs/config.md).",
      type: "boolean"
    }
  },
  definitions: {
    roleAssignments: {
      description: "Role assignments, each a role (name, GUID or role definition ID) at an ARM scope.",
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["role", "scope"],
        properties: {
          role: {
            description: "A built-in or custom role name, a role definition GUID, or a role definition ID.",
            type: "string",
            pattern: "^[^\\r\\n]+$"
          },
          scope: {
            description: "An ARM scope: /subscriptions/{id}, /subscriptions/{id}/resourceGroups/{name}, a resource ID, or /providers/Microsoft.Management/managementGroups/{name}.",
            type: "string",
            pattern: "^[^\\r\\n]+$"
          }
        }
      }
    },
    identity: {
      description: "A user-assigned managed identity.",
      type: "object",
      additionalProperties: false,
      properties: {
        name: { description: "The managed identity's name (default: the label).", type: "string" },
        "resource-group": {
          description: "Its resource group (default: the identity-resource-group input, else the cluster's).",
          type: "string"
        },
        location: { description: "Its Azure region (default: the cluster's).", type: "string" },
        tags: {
          description: "Extra tags: a map of name to value.",
          type: "object",
          propertyNames: { description: "A tag name without '=' or line breaks.", pattern: "^[^=\\r\\n]+$" },
          additionalProperties: { description: "A tag value on one line.", type: "string", pattern: "^[^\\r\\n]*$" }
        },
        "role-assignments": { $ref: "#/definitions/roleAssignments" }
      }
    },
    workloadFields: {
      type: "object",
      additionalProperties: false,
      properties: {
        identity: { description: "The label of an entry under 'identities'.", type: "string" },
        namespace: { description: "Namespace of the service account.", type: "string" },
        "create-namespace": { description: "Create the namespace when it does not exist: true or false.", type: "boolean" },
        "service-account-name": { description: "The Kubernetes service account to federate.", type: "string" },
        "federated-credential-name": {
          description: "Name of the federated identity credential (default: derived from cluster, namespace and service account).",
          type: "string"
        },
        audience: { description: "Audience of the federated credential (default: the cloud's token-exchange audience).", type: "string" },
        "role-assignments": { $ref: "#/definitions/roleAssignments" },
        "allow-privileged-roles": {
          description: "Permit Owner, User Access Administrator and Role Based Access Control Administrator: true or false.",
          type: "boolean"
        },
        "runner-kind": { description: "What the pods run.", enum: ["github", "gitlab", "jenkins", "pod", "arc"] },
        "runner-count": { description: "Number of pods to keep (0-100).", type: "integer", minimum: 0, maximum: 100 },
        "runner-scope": { description: "Where GitHub runners register: 'owner/repo' or 'org:NAME'.", type: "string" },
        "runner-labels": {
          description: "Labels of the runners: a list, or one comma-separated string.",
          type: ["array", "string"],
          items: { description: "A label without spaces or commas.", type: "string", pattern: "^[^\\s,]+$" }
        },
        "runner-group-id": { description: "Runner group ID (1 is the Default group).", type: "integer", minimum: 1 },
        "runner-image": { description: "Container image of the runner pods.", type: "string" },
        "runner-name-prefix": { description: "Prefix of runner and pod names.", type: "string" },
        "gitlab-url": { description: "runner-kind gitlab: the GitLab instance's https URL.", type: "string" },
        "gitlab-executor": { description: "runner-kind gitlab: kubernetes or shell.", enum: ["kubernetes", "shell"] },
        "gitlab-job-image": { description: "runner-kind gitlab: the default image of job pods.", type: "string" },
        "jenkins-url": { description: "runner-kind jenkins: the Jenkins controller's URL.", type: "string" },
        "jenkins-agent-name": { description: "runner-kind jenkins: the permanent agent's name.", type: "string" },
        "pod-image": { description: "runner-kind pod: the container image.", type: "string" },
        "pod-command": {
          description: "runner-kind pod: the container's command, a list of strings.",
          type: "array",
          items: { type: "string", pattern: "^[^\\r\\n]*$", description: "An item on one line (no line breaks)." }
        },
        "pod-args": {
          description: "runner-kind pod: the container's arguments, a list of strings.",
          type: "array",
          items: { type: "string", pattern: "^[^\\r\\n]*$", description: "An item on one line (no line breaks)." }
        },
        wait: { description: "Wait for runner pods to be Running: true or false.", type: "boolean" },
        "wait-timeout": { description: "Seconds to wait for runner pods (10-3600).", type: "integer", minimum: 10, maximum: 3600 },
        verify: { description: "Prove the identity works end to end after applying: true or false.", type: "boolean" }
      },
      description: "One workload's settings: its service account, identity, roles and runners. Keys left out come from 'defaults', then the inputs."
    }
  }
};
var schema12 = {
  description: "A user-assigned managed identity.",
  type: "object",
  additionalProperties: false,
  properties: {
    name: { description: "The managed identity's name (default: the label).", type: "string" },
    "resource-group": {
      description: "Its resource group (default: the identity-resource-group input, else the cluster's).",
      type: "string"
    },
    location: { description: "Its Azure region (default: the cluster's).", type: "string" },
    tags: {
      description: "Extra tags: a map of name to value.",
      type: "object",
      propertyNames: { description: "A tag name without '=' or line breaks.", pattern: "^[^=\\r\\n]+$" },
      additionalProperties: { description: "A tag value on one line.", type: "string", pattern: "^[^\\r\\n]*$" }
    },
    "role-assignments": { $ref: "#/definitions/roleAssignments" }
  }
};
var schema13 = {
  description: "Role assignments, each a role (name, GUID or role definition ID) at an ARM scope.",
  type: "array",
  items: {
    type: "object",
    additionalProperties: false,
    required: ["role", "scope"],
    properties: {
      role: {
        description: "A built-in or custom role name, a role definition GUID, or a role definition ID.",
        type: "string",
        pattern: "^[^\\r\\n]+$"
      },
      scope: {
        description: "An ARM scope: /subscriptions/{id}, /subscriptions/{id}/resourceGroups/{name}, a resource ID, or /providers/Microsoft.Management/managementGroups/{name}.",
        type: "string",
        pattern: "^[^\\r\\n]+$"
      }
    }
  }
};
var pattern0 = new RegExp("^[^=\\r\\n]+$", "u");
var pattern1 = new RegExp("^[^\\r\\n]*$", "u");
var pattern2 = new RegExp("^[^\\r\\n]+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "resource-group" || key0 === "location" || key0 === "tags" || key0 === "role-assignments")) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema12,
          data
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 !== "string") {
        const err1 = {
          instancePath: instancePath + "/name",
          schemaPath: "#/properties/name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema12.properties.name.type,
          parentSchema: schema12.properties.name,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data["resource-group"] !== void 0) {
      let data1 = data["resource-group"];
      if (typeof data1 !== "string") {
        const err2 = {
          instancePath: instancePath + "/resource-group",
          schemaPath: "#/properties/resource-group/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema12.properties["resource-group"].type,
          parentSchema: schema12.properties["resource-group"],
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.location !== void 0) {
      let data2 = data.location;
      if (typeof data2 !== "string") {
        const err3 = {
          instancePath: instancePath + "/location",
          schemaPath: "#/properties/location/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema12.properties.location.type,
          parentSchema: schema12.properties.location,
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.tags !== void 0) {
      let data3 = data.tags;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          const _errs10 = errors;
          if (typeof key1 === "string") {
            if (!pattern0.test(key1)) {
              const err4 = {
                instancePath: instancePath + "/tags",
                schemaPath: "#/properties/tags/propertyNames/pattern",
                keyword: "pattern",
                params: { pattern: "^[^=\\r\\n]+$" },
                message: 'must match pattern "^[^=\\r\\n]+$"',
                schema: "^[^=\\r\\n]+$",
                parentSchema: schema12.properties.tags.propertyNames,
                data: key1,
                propertyName: key1
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
          var valid1 = _errs10 === errors;
          if (!valid1) {
            const err5 = {
              instancePath: instancePath + "/tags",
              schemaPath: "#/properties/tags/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key1 },
              message: "property name must be valid",
              schema: schema12.properties.tags.propertyNames,
              parentSchema: schema12.properties.tags,
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        for (const key2 in data3) {
          let data4 = data3[key2];
          if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
              const err6 = {
                instancePath: instancePath + "/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
                schemaPath: "#/properties/tags/additionalProperties/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\r\\n]*$" },
                message: 'must match pattern "^[^\\r\\n]*$"',
                schema: "^[^\\r\\n]*$",
                parentSchema: schema12.properties.tags.additionalProperties,
                data: data4
              };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          } else {
            const err7 = {
              instancePath: instancePath + "/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/tags/additionalProperties/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema12.properties.tags.additionalProperties.type,
              parentSchema: schema12.properties.tags.additionalProperties,
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
      } else {
        const err8 = {
          instancePath: instancePath + "/tags",
          schemaPath: "#/properties/tags/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema12.properties.tags.type,
          parentSchema: schema12.properties.tags,
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data["role-assignments"] !== void 0) {
      let data5 = data["role-assignments"];
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
            if (data6.role === void 0) {
              const err9 = {
                instancePath: instancePath + "/role-assignments/" + i0,
                schemaPath: "#/definitions/roleAssignments/items/required",
                keyword: "required",
                params: { missingProperty: "role" },
                message: "must have required property 'role'",
                schema: schema13.items.required,
                parentSchema: schema13.items,
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data6.scope === void 0) {
              const err10 = {
                instancePath: instancePath + "/role-assignments/" + i0,
                schemaPath: "#/definitions/roleAssignments/items/required",
                keyword: "required",
                params: { missingProperty: "scope" },
                message: "must have required property 'scope'",
                schema: schema13.items.required,
                parentSchema: schema13.items,
                data: data6
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            for (const key3 in data6) {
              if (!(key3 === "role" || key3 === "scope")) {
                const err11 = {
                  instancePath: instancePath + "/role-assignments/" + i0,
                  schemaPath: "#/definitions/roleAssignments/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema13.items,
                  data: data6
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data6.role !== void 0) {
              let data7 = data6.role;
              if (typeof data7 === "string") {
                if (!pattern2.test(data7)) {
                  const err12 = {
                    instancePath: instancePath + "/role-assignments/" + i0 + "/role",
                    schemaPath: "#/definitions/roleAssignments/items/properties/role/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[^\\r\\n]+$" },
                    message: 'must match pattern "^[^\\r\\n]+$"',
                    schema: "^[^\\r\\n]+$",
                    parentSchema: schema13.items.properties.role,
                    data: data7
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = {
                  instancePath: instancePath + "/role-assignments/" + i0 + "/role",
                  schemaPath: "#/definitions/roleAssignments/items/properties/role/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.items.properties.role.type,
                  parentSchema: schema13.items.properties.role,
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data6.scope !== void 0) {
              let data8 = data6.scope;
              if (typeof data8 === "string") {
                if (!pattern2.test(data8)) {
                  const err14 = {
                    instancePath: instancePath + "/role-assignments/" + i0 + "/scope",
                    schemaPath: "#/definitions/roleAssignments/items/properties/scope/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[^\\r\\n]+$" },
                    message: 'must match pattern "^[^\\r\\n]+$"',
                    schema: "^[^\\r\\n]+$",
                    parentSchema: schema13.items.properties.scope,
                    data: data8
                  };
                  if (vErrors === null) {
                    vErrors = [err14];
                  } else {
                    vErrors.push(err14);
                  }
                  errors++;
                }
              } else {
                const err15 = {
                  instancePath: instancePath + "/role-assignments/" + i0 + "/scope",
                  schemaPath: "#/definitions/roleAssignments/items/properties/scope/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.items.properties.scope.type,
                  parentSchema: schema13.items.properties.scope,
                  data: data8
                };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            }
          } else {
            const err16 = {
              instancePath: instancePath + "/role-assignments/" + i0,
              schemaPath: "#/definitions/roleAssignments/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema13.items.type,
              parentSchema: schema13.items,
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      } else {
        const err17 = {
          instancePath: instancePath + "/role-assignments",
          schemaPath: "#/definitions/roleAssignments/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema13.type,
          parentSchema: schema13,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema12.type,
      parentSchema: schema12,
      data
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema14 = {
  type: "object",
  additionalProperties: false,
  properties: {
    identity: { description: "The label of an entry under 'identities'.", type: "string" },
    namespace: { description: "Namespace of the service account.", type: "string" },
    "create-namespace": { description: "Create the namespace when it does not exist: true or false.", type: "boolean" },
    "service-account-name": { description: "The Kubernetes service account to federate.", type: "string" },
    "federated-credential-name": {
      description: "Name of the federated identity credential (default: derived from cluster, namespace and service account).",
      type: "string"
    },
    audience: { description: "Audience of the federated credential (default: the cloud's token-exchange audience).", type: "string" },
    "role-assignments": { $ref: "#/definitions/roleAssignments" },
    "allow-privileged-roles": {
      description: "Permit Owner, User Access Administrator and Role Based Access Control Administrator: true or false.",
      type: "boolean"
    },
    "runner-kind": { description: "What the pods run.", enum: ["github", "gitlab", "jenkins", "pod", "arc"] },
    "runner-count": { description: "Number of pods to keep (0-100).", type: "integer", minimum: 0, maximum: 100 },
    "runner-scope": { description: "Where GitHub runners register: 'owner/repo' or 'org:NAME'.", type: "string" },
    "runner-labels": {
      description: "Labels of the runners: a list, or one comma-separated string.",
      type: ["array", "string"],
      items: { description: "A label without spaces or commas.", type: "string", pattern: "^[^\\s,]+$" }
    },
    "runner-group-id": { description: "Runner group ID (1 is the Default group).", type: "integer", minimum: 1 },
    "runner-image": { description: "Container image of the runner pods.", type: "string" },
    "runner-name-prefix": { description: "Prefix of runner and pod names.", type: "string" },
    "gitlab-url": { description: "runner-kind gitlab: the GitLab instance's https URL.", type: "string" },
    "gitlab-executor": { description: "runner-kind gitlab: kubernetes or shell.", enum: ["kubernetes", "shell"] },
    "gitlab-job-image": { description: "runner-kind gitlab: the default image of job pods.", type: "string" },
    "jenkins-url": { description: "runner-kind jenkins: the Jenkins controller's URL.", type: "string" },
    "jenkins-agent-name": { description: "runner-kind jenkins: the permanent agent's name.", type: "string" },
    "pod-image": { description: "runner-kind pod: the container image.", type: "string" },
    "pod-command": {
      description: "runner-kind pod: the container's command, a list of strings.",
      type: "array",
      items: { type: "string", pattern: "^[^\\r\\n]*$", description: "An item on one line (no line breaks)." }
    },
    "pod-args": {
      description: "runner-kind pod: the container's arguments, a list of strings.",
      type: "array",
      items: { type: "string", pattern: "^[^\\r\\n]*$", description: "An item on one line (no line breaks)." }
    },
    wait: { description: "Wait for runner pods to be Running: true or false.", type: "boolean" },
    "wait-timeout": { description: "Seconds to wait for runner pods (10-3600).", type: "integer", minimum: 10, maximum: 3600 },
    verify: { description: "Prove the identity works end to end after applying: true or false.", type: "boolean" }
  },
  description: "One workload's settings: its service account, identity, roles and runners. Keys left out come from 'defaults', then the inputs."
};
var func2 = Object.prototype.hasOwnProperty;
var pattern6 = new RegExp("^[^\\s,]+$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema14.properties, key0)) {
        const err0 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema14,
          data
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.identity !== void 0) {
      let data0 = data.identity;
      if (typeof data0 !== "string") {
        const err1 = {
          instancePath: instancePath + "/identity",
          schemaPath: "#/properties/identity/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties.identity.type,
          parentSchema: schema14.properties.identity,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.namespace !== void 0) {
      let data1 = data.namespace;
      if (typeof data1 !== "string") {
        const err2 = {
          instancePath: instancePath + "/namespace",
          schemaPath: "#/properties/namespace/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties.namespace.type,
          parentSchema: schema14.properties.namespace,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data["create-namespace"] !== void 0) {
      let data2 = data["create-namespace"];
      if (typeof data2 !== "boolean") {
        const err3 = {
          instancePath: instancePath + "/create-namespace",
          schemaPath: "#/properties/create-namespace/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema14.properties["create-namespace"].type,
          parentSchema: schema14.properties["create-namespace"],
          data: data2
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data["service-account-name"] !== void 0) {
      let data3 = data["service-account-name"];
      if (typeof data3 !== "string") {
        const err4 = {
          instancePath: instancePath + "/service-account-name",
          schemaPath: "#/properties/service-account-name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["service-account-name"].type,
          parentSchema: schema14.properties["service-account-name"],
          data: data3
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data["federated-credential-name"] !== void 0) {
      let data4 = data["federated-credential-name"];
      if (typeof data4 !== "string") {
        const err5 = {
          instancePath: instancePath + "/federated-credential-name",
          schemaPath: "#/properties/federated-credential-name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["federated-credential-name"].type,
          parentSchema: schema14.properties["federated-credential-name"],
          data: data4
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.audience !== void 0) {
      let data5 = data.audience;
      if (typeof data5 !== "string") {
        const err6 = {
          instancePath: instancePath + "/audience",
          schemaPath: "#/properties/audience/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties.audience.type,
          parentSchema: schema14.properties.audience,
          data: data5
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data["role-assignments"] !== void 0) {
      let data6 = data["role-assignments"];
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
            if (data7.role === void 0) {
              const err7 = {
                instancePath: instancePath + "/role-assignments/" + i0,
                schemaPath: "#/definitions/roleAssignments/items/required",
                keyword: "required",
                params: { missingProperty: "role" },
                message: "must have required property 'role'",
                schema: schema13.items.required,
                parentSchema: schema13.items,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data7.scope === void 0) {
              const err8 = {
                instancePath: instancePath + "/role-assignments/" + i0,
                schemaPath: "#/definitions/roleAssignments/items/required",
                keyword: "required",
                params: { missingProperty: "scope" },
                message: "must have required property 'scope'",
                schema: schema13.items.required,
                parentSchema: schema13.items,
                data: data7
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            for (const key1 in data7) {
              if (!(key1 === "role" || key1 === "scope")) {
                const err9 = {
                  instancePath: instancePath + "/role-assignments/" + i0,
                  schemaPath: "#/definitions/roleAssignments/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema13.items,
                  data: data7
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            }
            if (data7.role !== void 0) {
              let data8 = data7.role;
              if (typeof data8 === "string") {
                if (!pattern2.test(data8)) {
                  const err10 = {
                    instancePath: instancePath + "/role-assignments/" + i0 + "/role",
                    schemaPath: "#/definitions/roleAssignments/items/properties/role/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[^\\r\\n]+$" },
                    message: 'must match pattern "^[^\\r\\n]+$"',
                    schema: "^[^\\r\\n]+$",
                    parentSchema: schema13.items.properties.role,
                    data: data8
                  };
                  if (vErrors === null) {
                    vErrors = [err10];
                  } else {
                    vErrors.push(err10);
                  }
                  errors++;
                }
              } else {
                const err11 = {
                  instancePath: instancePath + "/role-assignments/" + i0 + "/role",
                  schemaPath: "#/definitions/roleAssignments/items/properties/role/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.items.properties.role.type,
                  parentSchema: schema13.items.properties.role,
                  data: data8
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data7.scope !== void 0) {
              let data9 = data7.scope;
              if (typeof data9 === "string") {
                if (!pattern2.test(data9)) {
                  const err12 = {
                    instancePath: instancePath + "/role-assignments/" + i0 + "/scope",
                    schemaPath: "#/definitions/roleAssignments/items/properties/scope/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[^\\r\\n]+$" },
                    message: 'must match pattern "^[^\\r\\n]+$"',
                    schema: "^[^\\r\\n]+$",
                    parentSchema: schema13.items.properties.scope,
                    data: data9
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
              } else {
                const err13 = {
                  instancePath: instancePath + "/role-assignments/" + i0 + "/scope",
                  schemaPath: "#/definitions/roleAssignments/items/properties/scope/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.items.properties.scope.type,
                  parentSchema: schema13.items.properties.scope,
                  data: data9
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
          } else {
            const err14 = {
              instancePath: instancePath + "/role-assignments/" + i0,
              schemaPath: "#/definitions/roleAssignments/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema13.items.type,
              parentSchema: schema13.items,
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/role-assignments",
          schemaPath: "#/definitions/roleAssignments/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema13.type,
          parentSchema: schema13,
          data: data6
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data["allow-privileged-roles"] !== void 0) {
      let data10 = data["allow-privileged-roles"];
      if (typeof data10 !== "boolean") {
        const err16 = {
          instancePath: instancePath + "/allow-privileged-roles",
          schemaPath: "#/properties/allow-privileged-roles/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema14.properties["allow-privileged-roles"].type,
          parentSchema: schema14.properties["allow-privileged-roles"],
          data: data10
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["runner-kind"] !== void 0) {
      let data11 = data["runner-kind"];
      if (!(data11 === "github" || data11 === "gitlab" || data11 === "jenkins" || data11 === "pod" || data11 === "arc")) {
        const err17 = {
          instancePath: instancePath + "/runner-kind",
          schemaPath: "#/properties/runner-kind/enum",
          keyword: "enum",
          params: { allowedValues: schema14.properties["runner-kind"].enum },
          message: "must be equal to one of the allowed values",
          schema: schema14.properties["runner-kind"].enum,
          parentSchema: schema14.properties["runner-kind"],
          data: data11
        };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
    if (data["runner-count"] !== void 0) {
      let data12 = data["runner-count"];
      if (!(typeof data12 == "number" && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        const err18 = {
          instancePath: instancePath + "/runner-count",
          schemaPath: "#/properties/runner-count/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema14.properties["runner-count"].type,
          parentSchema: schema14.properties["runner-count"],
          data: data12
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 > 100 || isNaN(data12)) {
          const err19 = {
            instancePath: instancePath + "/runner-count",
            schemaPath: "#/properties/runner-count/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
            schema: 100,
            parentSchema: schema14.properties["runner-count"],
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
          const err20 = {
            instancePath: instancePath + "/runner-count",
            schemaPath: "#/properties/runner-count/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema14.properties["runner-count"],
            data: data12
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data["runner-scope"] !== void 0) {
      let data13 = data["runner-scope"];
      if (typeof data13 !== "string") {
        const err21 = {
          instancePath: instancePath + "/runner-scope",
          schemaPath: "#/properties/runner-scope/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["runner-scope"].type,
          parentSchema: schema14.properties["runner-scope"],
          data: data13
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data["runner-labels"] !== void 0) {
      let data14 = data["runner-labels"];
      if (!Array.isArray(data14) && typeof data14 !== "string") {
        const err22 = {
          instancePath: instancePath + "/runner-labels",
          schemaPath: "#/properties/runner-labels/type",
          keyword: "type",
          params: { type: schema14.properties["runner-labels"].type },
          message: "must be array,string",
          schema: schema14.properties["runner-labels"].type,
          parentSchema: schema14.properties["runner-labels"],
          data: data14
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (Array.isArray(data14)) {
        const len1 = data14.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data15 = data14[i1];
          if (typeof data15 === "string") {
            if (!pattern6.test(data15)) {
              const err23 = {
                instancePath: instancePath + "/runner-labels/" + i1,
                schemaPath: "#/properties/runner-labels/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\s,]+$" },
                message: 'must match pattern "^[^\\s,]+$"',
                schema: "^[^\\s,]+$",
                parentSchema: schema14.properties["runner-labels"].items,
                data: data15
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          } else {
            const err24 = {
              instancePath: instancePath + "/runner-labels/" + i1,
              schemaPath: "#/properties/runner-labels/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema14.properties["runner-labels"].items.type,
              parentSchema: schema14.properties["runner-labels"].items,
              data: data15
            };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      }
    }
    if (data["runner-group-id"] !== void 0) {
      let data16 = data["runner-group-id"];
      if (!(typeof data16 == "number" && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
        const err25 = {
          instancePath: instancePath + "/runner-group-id",
          schemaPath: "#/properties/runner-group-id/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema14.properties["runner-group-id"].type,
          parentSchema: schema14.properties["runner-group-id"],
          data: data16
        };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data16 == "number" && isFinite(data16)) {
        if (data16 < 1 || isNaN(data16)) {
          const err26 = {
            instancePath: instancePath + "/runner-group-id",
            schemaPath: "#/properties/runner-group-id/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
            schema: 1,
            parentSchema: schema14.properties["runner-group-id"],
            data: data16
          };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data["runner-image"] !== void 0) {
      let data17 = data["runner-image"];
      if (typeof data17 !== "string") {
        const err27 = {
          instancePath: instancePath + "/runner-image",
          schemaPath: "#/properties/runner-image/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["runner-image"].type,
          parentSchema: schema14.properties["runner-image"],
          data: data17
        };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data["runner-name-prefix"] !== void 0) {
      let data18 = data["runner-name-prefix"];
      if (typeof data18 !== "string") {
        const err28 = {
          instancePath: instancePath + "/runner-name-prefix",
          schemaPath: "#/properties/runner-name-prefix/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["runner-name-prefix"].type,
          parentSchema: schema14.properties["runner-name-prefix"],
          data: data18
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data["gitlab-url"] !== void 0) {
      let data19 = data["gitlab-url"];
      if (typeof data19 !== "string") {
        const err29 = {
          instancePath: instancePath + "/gitlab-url",
          schemaPath: "#/properties/gitlab-url/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["gitlab-url"].type,
          parentSchema: schema14.properties["gitlab-url"],
          data: data19
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
    }
    if (data["gitlab-executor"] !== void 0) {
      let data20 = data["gitlab-executor"];
      if (!(data20 === "kubernetes" || data20 === "shell")) {
        const err30 = {
          instancePath: instancePath + "/gitlab-executor",
          schemaPath: "#/properties/gitlab-executor/enum",
          keyword: "enum",
          params: { allowedValues: schema14.properties["gitlab-executor"].enum },
          message: "must be equal to one of the allowed values",
          schema: schema14.properties["gitlab-executor"].enum,
          parentSchema: schema14.properties["gitlab-executor"],
          data: data20
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data["gitlab-job-image"] !== void 0) {
      let data21 = data["gitlab-job-image"];
      if (typeof data21 !== "string") {
        const err31 = {
          instancePath: instancePath + "/gitlab-job-image",
          schemaPath: "#/properties/gitlab-job-image/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["gitlab-job-image"].type,
          parentSchema: schema14.properties["gitlab-job-image"],
          data: data21
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data["jenkins-url"] !== void 0) {
      let data22 = data["jenkins-url"];
      if (typeof data22 !== "string") {
        const err32 = {
          instancePath: instancePath + "/jenkins-url",
          schemaPath: "#/properties/jenkins-url/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["jenkins-url"].type,
          parentSchema: schema14.properties["jenkins-url"],
          data: data22
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data["jenkins-agent-name"] !== void 0) {
      let data23 = data["jenkins-agent-name"];
      if (typeof data23 !== "string") {
        const err33 = {
          instancePath: instancePath + "/jenkins-agent-name",
          schemaPath: "#/properties/jenkins-agent-name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["jenkins-agent-name"].type,
          parentSchema: schema14.properties["jenkins-agent-name"],
          data: data23
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data["pod-image"] !== void 0) {
      let data24 = data["pod-image"];
      if (typeof data24 !== "string") {
        const err34 = {
          instancePath: instancePath + "/pod-image",
          schemaPath: "#/properties/pod-image/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["pod-image"].type,
          parentSchema: schema14.properties["pod-image"],
          data: data24
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data["pod-command"] !== void 0) {
      let data25 = data["pod-command"];
      if (Array.isArray(data25)) {
        const len2 = data25.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data26 = data25[i2];
          if (typeof data26 === "string") {
            if (!pattern1.test(data26)) {
              const err35 = {
                instancePath: instancePath + "/pod-command/" + i2,
                schemaPath: "#/properties/pod-command/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\r\\n]*$" },
                message: 'must match pattern "^[^\\r\\n]*$"',
                schema: "^[^\\r\\n]*$",
                parentSchema: schema14.properties["pod-command"].items,
                data: data26
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = {
              instancePath: instancePath + "/pod-command/" + i2,
              schemaPath: "#/properties/pod-command/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema14.properties["pod-command"].items.type,
              parentSchema: schema14.properties["pod-command"].items,
              data: data26
            };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = {
          instancePath: instancePath + "/pod-command",
          schemaPath: "#/properties/pod-command/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema14.properties["pod-command"].type,
          parentSchema: schema14.properties["pod-command"],
          data: data25
        };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data["pod-args"] !== void 0) {
      let data27 = data["pod-args"];
      if (Array.isArray(data27)) {
        const len3 = data27.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data28 = data27[i3];
          if (typeof data28 === "string") {
            if (!pattern1.test(data28)) {
              const err38 = {
                instancePath: instancePath + "/pod-args/" + i3,
                schemaPath: "#/properties/pod-args/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\r\\n]*$" },
                message: 'must match pattern "^[^\\r\\n]*$"',
                schema: "^[^\\r\\n]*$",
                parentSchema: schema14.properties["pod-args"].items,
                data: data28
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
          } else {
            const err39 = {
              instancePath: instancePath + "/pod-args/" + i3,
              schemaPath: "#/properties/pod-args/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema14.properties["pod-args"].items.type,
              parentSchema: schema14.properties["pod-args"].items,
              data: data28
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
        }
      } else {
        const err40 = {
          instancePath: instancePath + "/pod-args",
          schemaPath: "#/properties/pod-args/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema14.properties["pod-args"].type,
          parentSchema: schema14.properties["pod-args"],
          data: data27
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.wait !== void 0) {
      let data29 = data.wait;
      if (typeof data29 !== "boolean") {
        const err41 = {
          instancePath: instancePath + "/wait",
          schemaPath: "#/properties/wait/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema14.properties.wait.type,
          parentSchema: schema14.properties.wait,
          data: data29
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data["wait-timeout"] !== void 0) {
      let data30 = data["wait-timeout"];
      if (!(typeof data30 == "number" && !(data30 % 1) && !isNaN(data30) && isFinite(data30))) {
        const err42 = {
          instancePath: instancePath + "/wait-timeout",
          schemaPath: "#/properties/wait-timeout/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema14.properties["wait-timeout"].type,
          parentSchema: schema14.properties["wait-timeout"],
          data: data30
        };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (typeof data30 == "number" && isFinite(data30)) {
        if (data30 > 3600 || isNaN(data30)) {
          const err43 = {
            instancePath: instancePath + "/wait-timeout",
            schemaPath: "#/properties/wait-timeout/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 3600 },
            message: "must be <= 3600",
            schema: 3600,
            parentSchema: schema14.properties["wait-timeout"],
            data: data30
          };
          if (vErrors === null) {
            vErrors = [err43];
          } else {
            vErrors.push(err43);
          }
          errors++;
        }
        if (data30 < 10 || isNaN(data30)) {
          const err44 = {
            instancePath: instancePath + "/wait-timeout",
            schemaPath: "#/properties/wait-timeout/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 10 },
            message: "must be >= 10",
            schema: 10,
            parentSchema: schema14.properties["wait-timeout"],
            data: data30
          };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      }
    }
    if (data.verify !== void 0) {
      let data31 = data.verify;
      if (typeof data31 !== "boolean") {
        const err45 = {
          instancePath: instancePath + "/verify",
          schemaPath: "#/properties/verify/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema14.properties.verify.type,
          parentSchema: schema14.properties.verify,
          data: data31
        };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
  } else {
    const err46 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema14.type,
      parentSchema: schema14,
      data
    };
    if (vErrors === null) {
      vErrors = [err46];
    } else {
      vErrors.push(err46);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var pattern9 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "version" },
        message: "must have required property 'version'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.workloads === void 0) {
      const err1 = {
        instancePath,
        schemaPath: "#/required",
        keyword: "required",
        params: { missingProperty: "workloads" },
        message: "must have required property 'workloads'",
        schema: schema11.required,
        parentSchema: schema11,
        data
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "cluster" || key0 === "identities" || key0 === "defaults" || key0 === "workloads" || key0 === "prune")) {
        const err2 = {
          instancePath,
          schemaPath: "#/additionalProperties",
          keyword: "additionalProperties",
          params: { additionalProperty: key0 },
          message: "must NOT have additional properties",
          schema: false,
          parentSchema: schema11,
          data
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data0 = data.version;
      if (!(data0 === 1)) {
        const err3 = {
          instancePath: instancePath + "/version",
          schemaPath: "#/properties/version/enum",
          keyword: "enum",
          params: { allowedValues: schema11.properties.version.enum },
          message: "must be equal to one of the allowed values",
          schema: schema11.properties.version.enum,
          parentSchema: schema11.properties.version,
          data: data0
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.cluster !== void 0) {
      let data1 = data.cluster;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          if (!(key1 === "subscription-id" || key1 === "resource-group" || key1 === "cluster-name" || key1 === "enable-cluster-features" || key1 === "cluster-credentials")) {
            const err4 = {
              instancePath: instancePath + "/cluster",
              schemaPath: "#/properties/cluster/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key1 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema11.properties.cluster,
              data: data1
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data1["subscription-id"] !== void 0) {
          let data2 = data1["subscription-id"];
          if (typeof data2 !== "string") {
            const err5 = {
              instancePath: instancePath + "/cluster/subscription-id",
              schemaPath: "#/properties/cluster/properties/subscription-id/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.cluster.properties["subscription-id"].type,
              parentSchema: schema11.properties.cluster.properties["subscription-id"],
              data: data2
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data1["resource-group"] !== void 0) {
          let data3 = data1["resource-group"];
          if (typeof data3 !== "string") {
            const err6 = {
              instancePath: instancePath + "/cluster/resource-group",
              schemaPath: "#/properties/cluster/properties/resource-group/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.cluster.properties["resource-group"].type,
              parentSchema: schema11.properties.cluster.properties["resource-group"],
              data: data3
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data1["cluster-name"] !== void 0) {
          let data4 = data1["cluster-name"];
          if (typeof data4 !== "string") {
            const err7 = {
              instancePath: instancePath + "/cluster/cluster-name",
              schemaPath: "#/properties/cluster/properties/cluster-name/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema11.properties.cluster.properties["cluster-name"].type,
              parentSchema: schema11.properties.cluster.properties["cluster-name"],
              data: data4
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data1["enable-cluster-features"] !== void 0) {
          let data5 = data1["enable-cluster-features"];
          if (typeof data5 !== "boolean") {
            const err8 = {
              instancePath: instancePath + "/cluster/enable-cluster-features",
              schemaPath: "#/properties/cluster/properties/enable-cluster-features/type",
              keyword: "type",
              params: { type: "boolean" },
              message: "must be boolean",
              schema: schema11.properties.cluster.properties["enable-cluster-features"].type,
              parentSchema: schema11.properties.cluster.properties["enable-cluster-features"],
              data: data5
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data1["cluster-credentials"] !== void 0) {
          let data6 = data1["cluster-credentials"];
          if (!(data6 === "user" || data6 === "admin")) {
            const err9 = {
              instancePath: instancePath + "/cluster/cluster-credentials",
              schemaPath: "#/properties/cluster/properties/cluster-credentials/enum",
              keyword: "enum",
              params: { allowedValues: schema11.properties.cluster.properties["cluster-credentials"].enum },
              message: "must be equal to one of the allowed values",
              schema: schema11.properties.cluster.properties["cluster-credentials"].enum,
              parentSchema: schema11.properties.cluster.properties["cluster-credentials"],
              data: data6
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = {
          instancePath: instancePath + "/cluster",
          schemaPath: "#/properties/cluster/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.cluster.type,
          parentSchema: schema11.properties.cluster,
          data: data1
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.identities !== void 0) {
      let data7 = data.identities;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!validate11(data7[key2], {
            instancePath: instancePath + "/identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data7,
            parentDataProperty: key2,
            rootData
          })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err11 = {
          instancePath: instancePath + "/identities",
          schemaPath: "#/properties/identities/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.identities.type,
          parentSchema: schema11.properties.identities,
          data: data7
        };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      if (!validate13(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.workloads !== void 0) {
      let data10 = data.workloads;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (Object.keys(data10).length < 1) {
          const err12 = {
            instancePath: instancePath + "/workloads",
            schemaPath: "#/properties/workloads/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
            schema: 1,
            parentSchema: schema11.properties.workloads,
            data: data10
          };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        for (const key3 in data10) {
          const _errs22 = errors;
          if (typeof key3 === "string") {
            if (!pattern9.test(key3)) {
              const err13 = {
                instancePath: instancePath + "/workloads",
                schemaPath: "#/properties/workloads/propertyNames/pattern",
                keyword: "pattern",
                params: { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$" },
                message: 'must match pattern "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"',
                schema: "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$",
                parentSchema: schema11.properties.workloads.propertyNames,
                data: key3,
                propertyName: key3
              };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          }
          var valid3 = _errs22 === errors;
          if (!valid3) {
            const err14 = {
              instancePath: instancePath + "/workloads",
              schemaPath: "#/properties/workloads/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key3 },
              message: "property name must be valid",
              schema: schema11.properties.workloads.propertyNames,
              parentSchema: schema11.properties.workloads,
              data: data10
            };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        for (const key4 in data10) {
          if (!validate13(data10[key4], {
            instancePath: instancePath + "/workloads/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data10,
            parentDataProperty: key4,
            rootData
          })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = {
          instancePath: instancePath + "/workloads",
          schemaPath: "#/properties/workloads/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.workloads.type,
          parentSchema: schema11.properties.workloads,
          data: data10
        };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.prune !== void 0) {
      let data12 = data.prune;
      if (typeof data12 !== "boolean") {
        const err16 = {
          instancePath: instancePath + "/prune",
          schemaPath: "#/properties/prune/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema11.properties.prune.type,
          parentSchema: schema11.properties.prune,
          data: data12
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = {
      instancePath,
      schemaPath: "#/type",
      keyword: "type",
      params: { type: "object" },
      message: "must be object",
      schema: schema11.type,
      parentSchema: schema11,
      data
    };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/validate.ts
function schemaProblems(value, parsed, file) {
  if (validate(value)) return [];
  const out = [];
  for (const e of validate.errors ?? []) {
    if (e.keyword === "propertyNames") continue;
    const path = pathOf(value, e.instancePath);
    const p = describe(e, path);
    if (!p) continue;
    out.push({
      problem: { file, ...parsed.locate(p.path, { key: p.key }), key: keyText(p.path), message: p.message },
      taints: e.keyword !== "additionalProperties"
    });
  }
  return out;
}
function pathOf(root, pointer) {
  const path = [];
  let v = root;
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    const k = Array.isArray(v) && /^\d+$/.test(seg) ? Number(seg) : seg;
    path.push(k);
    v = v && typeof v === "object" ? v[k] : void 0;
  }
  return path;
}
var shown = (v) => typeof v === "string" ? `'${v}'` : JSON.stringify(v);
var article = (t) => /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
var TYPE_WORDS = {
  object: "map of keys",
  array: "list",
  integer: "whole number",
  boolean: "boolean (true or false)"
};
function describe(e, path) {
  const description = e.parentSchema?.description;
  const last = path.at(-1);
  const expected = description ? `. ${typeof last === "string" ? `${last}: ` : ""}${description.replace(/\.$/, "")}` : "";
  const mustBe = (d) => `must be ${d.charAt(0).toLowerCase()}${d.slice(1).replace(/\.$/, "")}`;
  switch (e.keyword) {
    case "additionalProperties": {
      const name = String(e.params.additionalProperty);
      const allowed = Object.keys(e.parentSchema?.properties ?? {});
      const message = SECRET_INPUTS.has(name) ? `'${name}' is a secret and does not belong in a file: give it as the action's input '${name}' (from a secret); it applies to every workload` : `unknown key '${name}'; expected one of: ${allowed.join(", ")}`;
      return { path: [...path, name], key: true, message };
    }
    case "required": {
      const name = String(e.params.missingProperty);
      const props = e.parentSchema?.properties;
      const what = props?.[name]?.description;
      return { path, message: `missing key '${name}'${what ? ` (${what.replace(/\.$/, "")})` : ""}` };
    }
    case "type": {
      const types = String(e.params.type).split(",").map((t) => article(TYPE_WORDS[t] ?? t)).join(" or ");
      return { path, message: `${shown(e.data)} must be ${types}${expected}` };
    }
    case "enum":
      return { path, message: `${shown(e.data)} must be one of: ${e.params.allowedValues.map((v) => String(v)).join(", ")}` };
    case "minimum":
    case "maximum":
      return { path, message: `${shown(e.data)} ${e.message ?? "is out of range"}${expected}` };
    case "minProperties":
      return { path, message: `must list at least ${String(e.params.limit)}${expected}` };
    default:
      if (e.propertyName !== void 0)
        return {
          path: [...path, e.propertyName],
          key: true,
          message: `'${e.propertyName}' ${description ? mustBe(description) : e.message ?? "is not allowed"}`
        };
      return { path, message: `${shown(e.data)} ${description ? mustBe(description) : e.message ?? "is not allowed"}` };
  }
}

// src/config/index.ts
var FILE_INPUTS = /* @__PURE__ */ new Set([...CLUSTER_KEYS, ...WORKLOAD_KEYS, ...Object.values(IDENTITY_INPUTS), "role-assignments"]);
var MAX_FEDERATED_CREDENTIALS = 20;
function loadConfig(path, base, read = (p) => readFileSync(p, "utf8")) {
  let text2;
  try {
    text2 = read(path);
  } catch (e) {
    throw new ConfigError([
      { file: path, line: 0, column: 0, key: "(file)", message: `cannot be read: ${e instanceof Error ? e.message : String(e)}` }
    ]);
  }
  return readConfig(text2, path, base);
}
function readConfig(text2, file, base) {
  const parsed = parseConfigText(text2, file);
  if (parsed.problems.length) throw new ConfigError(parsed.problems);
  const found = schemaProblems(parsed.value, parsed, file);
  const schema = found.map((f) => f.problem);
  const tainted = (prefix) => found.some(({ problem: p, taints }) => taints && (p.key === prefix || p.key.startsWith(`${prefix}.`) || p.key.startsWith(`${prefix}[`)));
  if (!isConfig(parsed.value) || tainted("(document)") || tainted("version") || found.some((f) => f.taints && f.problem.key === "workloads"))
    throw new ConfigError(schema);
  const config = parsed.value;
  const problems = [...schema];
  const seen = /* @__PURE__ */ new Set();
  const at = (path, message, key = false) => {
    const p = { file, ...parsed.locate(path, { key }), key: keyText(path), message };
    if (!seen.has(formatProblem(p))) problems.push(p);
    seen.add(formatProblem(p));
  };
  const inputProblems = /* @__PURE__ */ new Map();
  const out = [];
  for (const name of Object.keys(config.workloads)) {
    const ref = config.workloads[name]?.identity !== void 0 ? ["workloads", name, "identity"] : ["defaults", "identity"];
    const label = config.workloads[name]?.identity ?? config.defaults?.identity;
    const w = workloadInputs(config, name, (path, exact) => exact ? schema.some((p) => p.key === keyText(path)) : tainted(keyText(path)));
    if (label !== void 0 && !(config.identities && Object.hasOwn(config.identities, label))) {
      const known = Object.keys(config.identities ?? {});
      at(
        ref,
        `'${label}' is not under 'identities'; expected one of: ${known.length ? known.join(", ") : "(none: add an 'identities' section)"}`
      );
      continue;
    }
    try {
      const settings = readSettings(overlay(base, w));
      const federatedCredential = settings.federation.name ?? derivedFederatedCredentialName(settings.cluster.name, settings.kube.namespace, settings.kube.serviceAccount);
      out.push({ name, identity: w.identity, federatedCredential, settings });
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e;
      for (const p of e.problems.filter((x) => !w.skipped.has(x.input))) {
        const where = placeOf(p, w);
        if (where) at(where.path, messageOf(p), where.key);
        else if (base.get(p.input) === "" && p.input === "identity-name")
          at(
            ["workloads", name, "identity"],
            `${messageOf(p)}: name an entry under 'identities' on the workload or in 'defaults', or give the input 'identity-name'`
          );
        else if (base.get(p.input) === "" && FILE_INPUTS.has(p.input))
          at(["workloads", name, p.input], `${messageOf(p)}: set it on the workload, in 'defaults', or as the input '${p.input}'`);
        else inputProblems.set(p.message, { file, line: 0, column: 0, key: `input '${p.input}'`, message: p.message });
      }
    }
  }
  wholeFileChecks(config, out, at);
  if (config.prune === true)
    at(
      ["prune"],
      "not supported yet: the run manages the workloads the file lists and never removes those it no longer lists. To remove a workload, run 'mode: destroy' with a file that still lists it (only it, to keep the others), then take it out of the file; or set 'prune: false'"
    );
  if (problems.length || inputProblems.size)
    throw new ConfigError([...inputProblems.values(), ...problems.sort((a, b) => a.line - b.line || a.column - b.column)]);
  return out;
}
var isConfig = (v) => {
  const w = typeof v === "object" && v !== null && !Array.isArray(v) ? v.workloads : void 0;
  return typeof w === "object" && w !== null && !Array.isArray(w);
};
function placeOf(p, w) {
  if (p.input === "role-assignments" && p.value !== void 0) {
    const v = p.value.replace(/^'|'$/g, "");
    for (const r of w.roles) {
      if (r.role === v) return { path: [...r.path, "role"] };
      if (r.scope.replace(/\/+$/, "") === v || r.scope === v) return { path: [...r.path, "scope"] };
    }
  }
  const named = p.input === "role-assignments" || p.input === "role" ? w.roles.find((r) => p.expected?.includes(`'${r.role}'`)) : void 0;
  if (named) return { path: [...named.path, "role"] };
  return w.origin[p.input];
}
function messageOf(p) {
  if (p.expected === void 0) return p.message;
  return p.value !== void 0 ? `${p.value}: ${p.expected}` : p.expected;
}
function wholeFileChecks(config, workloads, at) {
  const identityKey = (s) => `${s.identity.resourceGroup}/${s.identity.name}`.toLowerCase();
  const saKey = (s) => `${s.kube.namespace}/${s.kube.serviceAccount}`;
  const saPath = (w) => config.workloads[w.name]?.["service-account-name"] !== void 0 ? ["workloads", w.name, "service-account-name"] : ["workloads", w.name];
  const bySa = /* @__PURE__ */ new Map();
  for (const w of workloads) {
    const first = bySa.get(saKey(w.settings));
    if (!first) {
      bySa.set(saKey(w.settings), w);
      continue;
    }
    const same = identityKey(first.settings) === identityKey(w.settings);
    at(
      saPath(w),
      same ? `the service account '${saKey(w.settings)}' is already workload '${first.name}' with the same identity: one federated credential per service account; merge the two workloads` : `the service account '${saKey(w.settings)}' is already workload '${first.name}' with identity '${first.settings.identity.name}': a service account carries one client-id annotation, so it can use one identity`
    );
  }
  const byPrefix = /* @__PURE__ */ new Map();
  for (const w of workloads.filter((x) => x.settings.runners.count > 0)) {
    const k = `${w.settings.kube.namespace}/${w.settings.runners.namePrefix}`;
    const first = byPrefix.get(k);
    if (first)
      at(
        ["workloads", w.name],
        `its runners and those of workload '${first}' would share the name prefix '${k}': set 'runner-name-prefix' on one of them`
      );
    else byPrefix.set(k, w.name);
  }
  const byIdentity = /* @__PURE__ */ new Map();
  for (const w of workloads) byIdentity.set(identityKey(w.settings), [...byIdentity.get(identityKey(w.settings)) ?? [], w]);
  for (const group of byIdentity.values()) {
    const [first, ...rest] = group;
    const id = first.settings.identity;
    for (const w of rest) {
      const a = w.settings.identity;
      if (a.location !== id.location || JSON.stringify(a.tags) !== JSON.stringify(id.tags))
        at(
          ["workloads", w.name],
          `shares the identity '${id.name}' with workload '${first.name}' but gives it another location or other tags`
        );
    }
    if (group.length > 1) {
      for (const w of group) {
        const own = config.workloads[w.name]?.["role-assignments"];
        const path = own !== void 0 ? ["workloads", w.name, "role-assignments"] : ["defaults", "role-assignments"];
        if ((own ?? config.defaults?.["role-assignments"])?.length)
          at(
            path,
            `the identity '${id.name}' is shared by ${group.map((x) => x.name).join(", ")}, and a role assignment grants the identity, so all of them: list it under ${first.identity !== void 0 ? `identities.${first.identity}` : "an entry under 'identities'"}.role-assignments, or give this workload an identity of its own`
          );
      }
    }
    const names = /* @__PURE__ */ new Map();
    for (const w of group) {
      const other = names.get(w.federatedCredential.toLowerCase());
      if (other)
        at(
          ["workloads", w.name],
          `its federated credential '${w.federatedCredential}' on identity '${id.name}' is also workload '${other}'s: give one a different 'federated-credential-name'`
        );
      else names.set(w.federatedCredential.toLowerCase(), w.name);
    }
    if (group.length > MAX_FEDERATED_CREDENTIALS) {
      const label = first.identity;
      const where = label !== void 0 ? ["identities", label] : ["workloads", group[MAX_FEDERATED_CREDENTIALS].name];
      at(
        where,
        `the identity '${id.name}' (resource group '${id.resourceGroup}') would carry ${group.length} federated credentials, one per workload (${group.map((w) => w.name).join(", ")}); Azure allows ${MAX_FEDERATED_CREDENTIALS} per identity: give some workloads an identity of their own. Credentials already on the identity that this file does not declare are counted at run time`,
        label !== void 0
      );
    }
  }
}

export {
  MAX_FEDERATED_CREDENTIALS,
  loadConfig,
  readConfig
};
//# sourceMappingURL=config-schema-validator.js.map
