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
  readRunnerShaping
} from "./shaping-inputs.js";
import {
  require_dist,
  require_yaml
} from "./yaml.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/config/index.ts
const { readFileSync } = require("node:fs");

// src/config/merge.ts
var import_yaml = __toESM(require_yaml(), 1);

// src/config/schema.ts
var CLUSTER_KEYS = [
  "subscription-id",
  "resource-group",
  "cluster-name",
  "enable-cluster-features",
  "cluster-credentials",
  "cluster-access"
];
var WORKLOAD_KEYS = [
  "identity",
  "namespace",
  "create-namespace",
  "service-account-name",
  "force-conflicts",
  "federated-credential-name",
  "audience",
  "role-assignments",
  "allow-privileged-roles",
  "runner-kind",
  "runner-count",
  "runner-min",
  "runner-max",
  "runner-repositories",
  "runner-scope",
  "runner-labels",
  "runner-group-id",
  "runner-image",
  "runner-name-prefix",
  "runner-node-selector",
  "runner-tolerations",
  "runner-resources",
  "runner-image-pull-secrets",
  "runner-annotations",
  "runner-labels-k8s",
  "runner-pod-template",
  "arc-github-config-url",
  "arc-runner-group",
  "arc-container-mode",
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
var YAML_KEYS = /* @__PURE__ */ new Set([
  "runner-node-selector",
  "runner-tolerations",
  "runner-resources",
  "runner-annotations",
  "runner-labels-k8s",
  "runner-pod-template"
]);
var IDENTITY_INPUTS = {
  name: "identity-name",
  "resource-group": "identity-resource-group",
  location: "location",
  tags: "tags"
};

// src/config/merge.ts
var text = (v) => Array.isArray(v) ? v.map(String).join(",") : String(v);
var LINE_LISTS = /* @__PURE__ */ new Set(["pod-command", "pod-args"]);
function inputText(key, v) {
  if (YAML_KEYS.has(key) && typeof v === "object" && v !== null) return (0, import_yaml.stringify)(v, { lineWidth: 0 }).trimEnd();
  return LINE_LISTS.has(key) && Array.isArray(v) ? v.join("\n") : text(v);
}
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
    set(k, inputText(k, v), path);
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
var import_yaml2 = __toESM(require_dist(), 1);
function parseConfigText(text2, file) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text2, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
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
    if ((0, import_yaml2.isScalar)(node) && node.range) return node.range[0];
  }
  for (let n = path.length; n > 0; n--) {
    const parent = n > 1 ? doc.getIn(path.slice(0, n - 1), true) : doc.contents;
    const last = path[n - 1];
    if ((0, import_yaml2.isMap)(parent)) {
      const pair = parent.items.find((p) => (0, import_yaml2.isScalar)(p.key) && String(p.key.value) === String(last));
      const k = pair?.key;
      if (k?.range) return k.range[0];
    } else if ((0, import_yaml2.isSeq)(parent) && typeof last === "number") {
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
        },
        "cluster-access": {
          description: "How the action reaches the cluster's Kubernetes API: direct (HTTPS to the API server) or run-command (through the AKS run-command API, for private clusters).",
          enum: ["direct", "run-command"]
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
        "force-conflicts": {
          description: "Take back the fields the action declares (service account annotations and labels, the runners' Role and RoleBinding) when another field manager changed them: true or false.",
          type: "boolean"
        },
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
        "runner-count": {
          description: "A whole number of pods to keep (0-100), or 'auto' (runner-kind github: one idle runner per queued job, within runner-min and runner-max).",
          type: ["integer", "string"],
          minimum: 0,
          maximum: 100,
          pattern: "^auto$"
        },
        "runner-min": {
          description: "The fewest runners kept (runner-count auto; runner-kind arc: minRunners), 0-100.",
          type: "integer",
          minimum: 0,
          maximum: 100
        },
        "runner-max": {
          description: "The most runners kept (runner-count auto: required; runner-kind arc: maxRunners), 1-100.",
          type: "integer",
          minimum: 1,
          maximum: 100
        },
        "runner-repositories": {
          description: "runner-count auto: the repositories whose queued jobs are counted: a list of 'owner/name', or one comma-separated string.",
          type: ["array", "string"],
          items: { description: "A repository: 'owner/name'.", type: "string", pattern: "^[^\\s,]+$" }
        },
        "runner-scope": { description: "Where GitHub runners register: 'owner/repo' or 'org:NAME'.", type: "string" },
        "runner-labels": {
          description: "Labels of the runners: a list, or one comma-separated string.",
          type: ["array", "string"],
          items: { description: "A label without spaces or commas.", type: "string", pattern: "^[^\\s,]+$" }
        },
        "runner-group-id": { description: "Runner group ID (1 is the Default group).", type: "integer", minimum: 1 },
        "runner-image": { description: "Container image of the runner pods.", type: "string" },
        "runner-name-prefix": { description: "Prefix of runner and pod names.", type: "string" },
        "runner-node-selector": {
          description: "Runner pods' node selector: a map of node label to value, e.g. {agentpool: ci}.",
          type: "object",
          additionalProperties: { description: "A node label value (text).", type: ["string", "number", "boolean"] }
        },
        "runner-tolerations": {
          description: "Runner pods' tolerations: a list of Kubernetes tolerations, e.g. [{key: sku, operator: Equal, value: gpu, effect: NoSchedule}].",
          type: "array",
          items: {
            description: "A Kubernetes toleration: key, operator, value, effect, tolerationSeconds.",
            type: "object",
            additionalProperties: false,
            properties: {
              key: { description: "The taint key (empty with operator Exists: every taint).", type: "string" },
              operator: { description: "Equal or Exists.", enum: ["Equal", "Exists"] },
              value: { description: "The taint value (operator Equal).", type: "string" },
              effect: { description: "NoSchedule, PreferNoSchedule or NoExecute.", enum: ["NoSchedule", "PreferNoSchedule", "NoExecute"] },
              tolerationSeconds: { description: "effect NoExecute: seconds the pod stays bound after the taint appears.", type: "integer" }
            }
          }
        },
        "runner-resources": {
          description: "The runner container's resources: a map with requests, limits and/or claims, e.g. {requests: {cpu: 500m, memory: 1Gi}, limits: {memory: 4Gi}}; replaces the kind's default whole.",
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            requests: {
              description: "Resources the scheduler reserves: a map of resource name to quantity.",
              type: "object",
              additionalProperties: { description: "A Kubernetes quantity, e.g. 500m, 2Gi or 1.", type: ["string", "number"] }
            },
            limits: {
              description: "The most the container may use: a map of resource name to quantity.",
              type: "object",
              additionalProperties: { description: "A Kubernetes quantity, e.g. 500m, 2Gi or 1.", type: ["string", "number"] }
            },
            claims: {
              description: "Dynamic resource claims the container uses: a list of {name, request}.",
              type: "array",
              items: {
                description: "A claim of the Pod's spec.resourceClaims, by name.",
                type: "object",
                additionalProperties: false,
                required: ["name"],
                properties: {
                  name: { description: "The name of one of the Pod's resourceClaims.", type: "string" },
                  request: { description: "One request of that claim.", type: "string" }
                }
              }
            }
          }
        },
        "runner-image-pull-secrets": {
          description: "Names of image pull Secrets in the namespace: a list, or one comma-separated string.",
          type: ["array", "string"],
          items: { description: "A Secret name (a lower-case DNS subdomain).", type: "string", pattern: "^[^\\s,]+$" }
        },
        "runner-annotations": {
          description: "Runner pods' extra annotations: a map of key to value (keys under aks-workload-identity/ are the action's).",
          type: "object",
          additionalProperties: { description: "An annotation value (text).", type: ["string", "number", "boolean"] }
        },
        "runner-labels-k8s": {
          description: "Runner pods' extra Kubernetes labels: a map of key to value (the action's own labels are refused).",
          type: "object",
          additionalProperties: { description: "A label value (text).", type: ["string", "number", "boolean"] }
        },
        "runner-pod-template": {
          description: "A strategic merge patch applied last to the generated runner Pod: a map with spec and/or metadata.labels, metadata.annotations.",
          type: "object",
          additionalProperties: false,
          properties: {
            apiVersion: { description: "v1, when given.", enum: ["v1"] },
            kind: { description: "Pod, when given.", enum: ["Pod"] },
            metadata: {
              description: "The Pod's metadata: only labels and annotations can be patched.",
              type: "object",
              additionalProperties: false,
              properties: {
                labels: {
                  description: "Extra labels: a map of key to value.",
                  type: "object",
                  additionalProperties: { description: "A label value (text).", type: ["string", "number", "boolean"] }
                },
                annotations: {
                  description: "Extra annotations: a map of key to value.",
                  type: "object",
                  additionalProperties: { description: "An annotation value (text).", type: ["string", "number", "boolean"] }
                }
              }
            },
            spec: { description: "PodSpec fields, merged as Kubernetes merges a Pod patch (containers by name).", type: "object" }
          }
        },
        "arc-github-config-url": {
          description: "runner-kind arc: the repository, organisation or enterprise the scale set serves (ARC's githubConfigUrl), e.g. https://github.com/my-org.",
          type: "string"
        },
        "arc-runner-group": { description: "runner-kind arc: the runner group (by name) the scale set joins.", type: "string" },
        "arc-container-mode": {
          description: "runner-kind arc: default (jobs run in the runner pod) or kubernetes (a pod per job, with the identity).",
          enum: ["default", "kubernetes"]
        },
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
    "force-conflicts": {
      description: "Take back the fields the action declares (service account annotations and labels, the runners' Role and RoleBinding) when another field manager changed them: true or false.",
      type: "boolean"
    },
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
    "runner-count": {
      description: "A whole number of pods to keep (0-100), or 'auto' (runner-kind github: one idle runner per queued job, within runner-min and runner-max).",
      type: ["integer", "string"],
      minimum: 0,
      maximum: 100,
      pattern: "^auto$"
    },
    "runner-min": {
      description: "The fewest runners kept (runner-count auto; runner-kind arc: minRunners), 0-100.",
      type: "integer",
      minimum: 0,
      maximum: 100
    },
    "runner-max": {
      description: "The most runners kept (runner-count auto: required; runner-kind arc: maxRunners), 1-100.",
      type: "integer",
      minimum: 1,
      maximum: 100
    },
    "runner-repositories": {
      description: "runner-count auto: the repositories whose queued jobs are counted: a list of 'owner/name', or one comma-separated string.",
      type: ["array", "string"],
      items: { description: "A repository: 'owner/name'.", type: "string", pattern: "^[^\\s,]+$" }
    },
    "runner-scope": { description: "Where GitHub runners register: 'owner/repo' or 'org:NAME'.", type: "string" },
    "runner-labels": {
      description: "Labels of the runners: a list, or one comma-separated string.",
      type: ["array", "string"],
      items: { description: "A label without spaces or commas.", type: "string", pattern: "^[^\\s,]+$" }
    },
    "runner-group-id": { description: "Runner group ID (1 is the Default group).", type: "integer", minimum: 1 },
    "runner-image": { description: "Container image of the runner pods.", type: "string" },
    "runner-name-prefix": { description: "Prefix of runner and pod names.", type: "string" },
    "runner-node-selector": {
      description: "Runner pods' node selector: a map of node label to value, e.g. {agentpool: ci}.",
      type: "object",
      additionalProperties: { description: "A node label value (text).", type: ["string", "number", "boolean"] }
    },
    "runner-tolerations": {
      description: "Runner pods' tolerations: a list of Kubernetes tolerations, e.g. [{key: sku, operator: Equal, value: gpu, effect: NoSchedule}].",
      type: "array",
      items: {
        description: "A Kubernetes toleration: key, operator, value, effect, tolerationSeconds.",
        type: "object",
        additionalProperties: false,
        properties: {
          key: { description: "The taint key (empty with operator Exists: every taint).", type: "string" },
          operator: { description: "Equal or Exists.", enum: ["Equal", "Exists"] },
          value: { description: "The taint value (operator Equal).", type: "string" },
          effect: { description: "NoSchedule, PreferNoSchedule or NoExecute.", enum: ["NoSchedule", "PreferNoSchedule", "NoExecute"] },
          tolerationSeconds: { description: "effect NoExecute: seconds the pod stays bound after the taint appears.", type: "integer" }
        }
      }
    },
    "runner-resources": {
      description: "The runner container's resources: a map with requests, limits and/or claims, e.g. {requests: {cpu: 500m, memory: 1Gi}, limits: {memory: 4Gi}}; replaces the kind's default whole.",
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        requests: {
          description: "Resources the scheduler reserves: a map of resource name to quantity.",
          type: "object",
          additionalProperties: { description: "A Kubernetes quantity, e.g. 500m, 2Gi or 1.", type: ["string", "number"] }
        },
        limits: {
          description: "The most the container may use: a map of resource name to quantity.",
          type: "object",
          additionalProperties: { description: "A Kubernetes quantity, e.g. 500m, 2Gi or 1.", type: ["string", "number"] }
        },
        claims: {
          description: "Dynamic resource claims the container uses: a list of {name, request}.",
          type: "array",
          items: {
            description: "A claim of the Pod's spec.resourceClaims, by name.",
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: {
              name: { description: "The name of one of the Pod's resourceClaims.", type: "string" },
              request: { description: "One request of that claim.", type: "string" }
            }
          }
        }
      }
    },
    "runner-image-pull-secrets": {
      description: "Names of image pull Secrets in the namespace: a list, or one comma-separated string.",
      type: ["array", "string"],
      items: { description: "A Secret name (a lower-case DNS subdomain).", type: "string", pattern: "^[^\\s,]+$" }
    },
    "runner-annotations": {
      description: "Runner pods' extra annotations: a map of key to value (keys under aks-workload-identity/ are the action's).",
      type: "object",
      additionalProperties: { description: "An annotation value (text).", type: ["string", "number", "boolean"] }
    },
    "runner-labels-k8s": {
      description: "Runner pods' extra Kubernetes labels: a map of key to value (the action's own labels are refused).",
      type: "object",
      additionalProperties: { description: "A label value (text).", type: ["string", "number", "boolean"] }
    },
    "runner-pod-template": {
      description: "A strategic merge patch applied last to the generated runner Pod: a map with spec and/or metadata.labels, metadata.annotations.",
      type: "object",
      additionalProperties: false,
      properties: {
        apiVersion: { description: "v1, when given.", enum: ["v1"] },
        kind: { description: "Pod, when given.", enum: ["Pod"] },
        metadata: {
          description: "The Pod's metadata: only labels and annotations can be patched.",
          type: "object",
          additionalProperties: false,
          properties: {
            labels: {
              description: "Extra labels: a map of key to value.",
              type: "object",
              additionalProperties: { description: "A label value (text).", type: ["string", "number", "boolean"] }
            },
            annotations: {
              description: "Extra annotations: a map of key to value.",
              type: "object",
              additionalProperties: { description: "An annotation value (text).", type: ["string", "number", "boolean"] }
            }
          }
        },
        spec: { description: "PodSpec fields, merged as Kubernetes merges a Pod patch (containers by name).", type: "object" }
      }
    },
    "arc-github-config-url": {
      description: "runner-kind arc: the repository, organisation or enterprise the scale set serves (ARC's githubConfigUrl), e.g. https://github.com/my-org.",
      type: "string"
    },
    "arc-runner-group": { description: "runner-kind arc: the runner group (by name) the scale set joins.", type: "string" },
    "arc-container-mode": {
      description: "runner-kind arc: default (jobs run in the runner pod) or kubernetes (a pod per job, with the identity).",
      enum: ["default", "kubernetes"]
    },
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
var pattern6 = new RegExp("^auto$", "u");
var pattern7 = new RegExp("^[^\\s,]+$", "u");
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
    if (data["force-conflicts"] !== void 0) {
      let data4 = data["force-conflicts"];
      if (typeof data4 !== "boolean") {
        const err5 = {
          instancePath: instancePath + "/force-conflicts",
          schemaPath: "#/properties/force-conflicts/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema14.properties["force-conflicts"].type,
          parentSchema: schema14.properties["force-conflicts"],
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
    if (data["federated-credential-name"] !== void 0) {
      let data5 = data["federated-credential-name"];
      if (typeof data5 !== "string") {
        const err6 = {
          instancePath: instancePath + "/federated-credential-name",
          schemaPath: "#/properties/federated-credential-name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["federated-credential-name"].type,
          parentSchema: schema14.properties["federated-credential-name"],
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
    if (data.audience !== void 0) {
      let data6 = data.audience;
      if (typeof data6 !== "string") {
        const err7 = {
          instancePath: instancePath + "/audience",
          schemaPath: "#/properties/audience/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties.audience.type,
          parentSchema: schema14.properties.audience,
          data: data6
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data["role-assignments"] !== void 0) {
      let data7 = data["role-assignments"];
      if (Array.isArray(data7)) {
        const len0 = data7.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data8 = data7[i0];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.role === void 0) {
              const err8 = {
                instancePath: instancePath + "/role-assignments/" + i0,
                schemaPath: "#/definitions/roleAssignments/items/required",
                keyword: "required",
                params: { missingProperty: "role" },
                message: "must have required property 'role'",
                schema: schema13.items.required,
                parentSchema: schema13.items,
                data: data8
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data8.scope === void 0) {
              const err9 = {
                instancePath: instancePath + "/role-assignments/" + i0,
                schemaPath: "#/definitions/roleAssignments/items/required",
                keyword: "required",
                params: { missingProperty: "scope" },
                message: "must have required property 'scope'",
                schema: schema13.items.required,
                parentSchema: schema13.items,
                data: data8
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "role" || key1 === "scope")) {
                const err10 = {
                  instancePath: instancePath + "/role-assignments/" + i0,
                  schemaPath: "#/definitions/roleAssignments/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key1 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema13.items,
                  data: data8
                };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            }
            if (data8.role !== void 0) {
              let data9 = data8.role;
              if (typeof data9 === "string") {
                if (!pattern2.test(data9)) {
                  const err11 = {
                    instancePath: instancePath + "/role-assignments/" + i0 + "/role",
                    schemaPath: "#/definitions/roleAssignments/items/properties/role/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[^\\r\\n]+$" },
                    message: 'must match pattern "^[^\\r\\n]+$"',
                    schema: "^[^\\r\\n]+$",
                    parentSchema: schema13.items.properties.role,
                    data: data9
                  };
                  if (vErrors === null) {
                    vErrors = [err11];
                  } else {
                    vErrors.push(err11);
                  }
                  errors++;
                }
              } else {
                const err12 = {
                  instancePath: instancePath + "/role-assignments/" + i0 + "/role",
                  schemaPath: "#/definitions/roleAssignments/items/properties/role/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.items.properties.role.type,
                  parentSchema: schema13.items.properties.role,
                  data: data9
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data8.scope !== void 0) {
              let data10 = data8.scope;
              if (typeof data10 === "string") {
                if (!pattern2.test(data10)) {
                  const err13 = {
                    instancePath: instancePath + "/role-assignments/" + i0 + "/scope",
                    schemaPath: "#/definitions/roleAssignments/items/properties/scope/pattern",
                    keyword: "pattern",
                    params: { pattern: "^[^\\r\\n]+$" },
                    message: 'must match pattern "^[^\\r\\n]+$"',
                    schema: "^[^\\r\\n]+$",
                    parentSchema: schema13.items.properties.scope,
                    data: data10
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
              } else {
                const err14 = {
                  instancePath: instancePath + "/role-assignments/" + i0 + "/scope",
                  schemaPath: "#/definitions/roleAssignments/items/properties/scope/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema13.items.properties.scope.type,
                  parentSchema: schema13.items.properties.scope,
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
          } else {
            const err15 = {
              instancePath: instancePath + "/role-assignments/" + i0,
              schemaPath: "#/definitions/roleAssignments/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema13.items.type,
              parentSchema: schema13.items,
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
          instancePath: instancePath + "/role-assignments",
          schemaPath: "#/definitions/roleAssignments/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema13.type,
          parentSchema: schema13,
          data: data7
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data["allow-privileged-roles"] !== void 0) {
      let data11 = data["allow-privileged-roles"];
      if (typeof data11 !== "boolean") {
        const err17 = {
          instancePath: instancePath + "/allow-privileged-roles",
          schemaPath: "#/properties/allow-privileged-roles/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema14.properties["allow-privileged-roles"].type,
          parentSchema: schema14.properties["allow-privileged-roles"],
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
    if (data["runner-kind"] !== void 0) {
      let data12 = data["runner-kind"];
      if (!(data12 === "github" || data12 === "gitlab" || data12 === "jenkins" || data12 === "pod" || data12 === "arc")) {
        const err18 = {
          instancePath: instancePath + "/runner-kind",
          schemaPath: "#/properties/runner-kind/enum",
          keyword: "enum",
          params: { allowedValues: schema14.properties["runner-kind"].enum },
          message: "must be equal to one of the allowed values",
          schema: schema14.properties["runner-kind"].enum,
          parentSchema: schema14.properties["runner-kind"],
          data: data12
        };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data["runner-count"] !== void 0) {
      let data13 = data["runner-count"];
      if (!(typeof data13 == "number" && !(data13 % 1) && !isNaN(data13) && isFinite(data13)) && typeof data13 !== "string") {
        const err19 = {
          instancePath: instancePath + "/runner-count",
          schemaPath: "#/properties/runner-count/type",
          keyword: "type",
          params: { type: schema14.properties["runner-count"].type },
          message: "must be integer,string",
          schema: schema14.properties["runner-count"].type,
          parentSchema: schema14.properties["runner-count"],
          data: data13
        };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data13 == "number" && isFinite(data13)) {
        if (data13 > 100 || isNaN(data13)) {
          const err20 = {
            instancePath: instancePath + "/runner-count",
            schemaPath: "#/properties/runner-count/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
            schema: 100,
            parentSchema: schema14.properties["runner-count"],
            data: data13
          };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
        if (data13 < 0 || isNaN(data13)) {
          const err21 = {
            instancePath: instancePath + "/runner-count",
            schemaPath: "#/properties/runner-count/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema14.properties["runner-count"],
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
      if (typeof data13 === "string") {
        if (!pattern6.test(data13)) {
          const err22 = {
            instancePath: instancePath + "/runner-count",
            schemaPath: "#/properties/runner-count/pattern",
            keyword: "pattern",
            params: { pattern: "^auto$" },
            message: 'must match pattern "^auto$"',
            schema: "^auto$",
            parentSchema: schema14.properties["runner-count"],
            data: data13
          };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      }
    }
    if (data["runner-min"] !== void 0) {
      let data14 = data["runner-min"];
      if (!(typeof data14 == "number" && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err23 = {
          instancePath: instancePath + "/runner-min",
          schemaPath: "#/properties/runner-min/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema14.properties["runner-min"].type,
          parentSchema: schema14.properties["runner-min"],
          data: data14
        };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data14 == "number" && isFinite(data14)) {
        if (data14 > 100 || isNaN(data14)) {
          const err24 = {
            instancePath: instancePath + "/runner-min",
            schemaPath: "#/properties/runner-min/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
            schema: 100,
            parentSchema: schema14.properties["runner-min"],
            data: data14
          };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        if (data14 < 0 || isNaN(data14)) {
          const err25 = {
            instancePath: instancePath + "/runner-min",
            schemaPath: "#/properties/runner-min/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 0 },
            message: "must be >= 0",
            schema: 0,
            parentSchema: schema14.properties["runner-min"],
            data: data14
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data["runner-max"] !== void 0) {
      let data15 = data["runner-max"];
      if (!(typeof data15 == "number" && !(data15 % 1) && !isNaN(data15) && isFinite(data15))) {
        const err26 = {
          instancePath: instancePath + "/runner-max",
          schemaPath: "#/properties/runner-max/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema14.properties["runner-max"].type,
          parentSchema: schema14.properties["runner-max"],
          data: data15
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
      if (typeof data15 == "number" && isFinite(data15)) {
        if (data15 > 100 || isNaN(data15)) {
          const err27 = {
            instancePath: instancePath + "/runner-max",
            schemaPath: "#/properties/runner-max/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 100 },
            message: "must be <= 100",
            schema: 100,
            parentSchema: schema14.properties["runner-max"],
            data: data15
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
        if (data15 < 1 || isNaN(data15)) {
          const err28 = {
            instancePath: instancePath + "/runner-max",
            schemaPath: "#/properties/runner-max/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
            schema: 1,
            parentSchema: schema14.properties["runner-max"],
            data: data15
          };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
    if (data["runner-repositories"] !== void 0) {
      let data16 = data["runner-repositories"];
      if (!Array.isArray(data16) && typeof data16 !== "string") {
        const err29 = {
          instancePath: instancePath + "/runner-repositories",
          schemaPath: "#/properties/runner-repositories/type",
          keyword: "type",
          params: { type: schema14.properties["runner-repositories"].type },
          message: "must be array,string",
          schema: schema14.properties["runner-repositories"].type,
          parentSchema: schema14.properties["runner-repositories"],
          data: data16
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      if (Array.isArray(data16)) {
        const len1 = data16.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data17 = data16[i1];
          if (typeof data17 === "string") {
            if (!pattern7.test(data17)) {
              const err30 = {
                instancePath: instancePath + "/runner-repositories/" + i1,
                schemaPath: "#/properties/runner-repositories/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\s,]+$" },
                message: 'must match pattern "^[^\\s,]+$"',
                schema: "^[^\\s,]+$",
                parentSchema: schema14.properties["runner-repositories"].items,
                data: data17
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          } else {
            const err31 = {
              instancePath: instancePath + "/runner-repositories/" + i1,
              schemaPath: "#/properties/runner-repositories/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema14.properties["runner-repositories"].items.type,
              parentSchema: schema14.properties["runner-repositories"].items,
              data: data17
            };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
        }
      }
    }
    if (data["runner-scope"] !== void 0) {
      let data18 = data["runner-scope"];
      if (typeof data18 !== "string") {
        const err32 = {
          instancePath: instancePath + "/runner-scope",
          schemaPath: "#/properties/runner-scope/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["runner-scope"].type,
          parentSchema: schema14.properties["runner-scope"],
          data: data18
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data["runner-labels"] !== void 0) {
      let data19 = data["runner-labels"];
      if (!Array.isArray(data19) && typeof data19 !== "string") {
        const err33 = {
          instancePath: instancePath + "/runner-labels",
          schemaPath: "#/properties/runner-labels/type",
          keyword: "type",
          params: { type: schema14.properties["runner-labels"].type },
          message: "must be array,string",
          schema: schema14.properties["runner-labels"].type,
          parentSchema: schema14.properties["runner-labels"],
          data: data19
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (Array.isArray(data19)) {
        const len2 = data19.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data20 = data19[i2];
          if (typeof data20 === "string") {
            if (!pattern7.test(data20)) {
              const err34 = {
                instancePath: instancePath + "/runner-labels/" + i2,
                schemaPath: "#/properties/runner-labels/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\s,]+$" },
                message: 'must match pattern "^[^\\s,]+$"',
                schema: "^[^\\s,]+$",
                parentSchema: schema14.properties["runner-labels"].items,
                data: data20
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
          } else {
            const err35 = {
              instancePath: instancePath + "/runner-labels/" + i2,
              schemaPath: "#/properties/runner-labels/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema14.properties["runner-labels"].items.type,
              parentSchema: schema14.properties["runner-labels"].items,
              data: data20
            };
            if (vErrors === null) {
              vErrors = [err35];
            } else {
              vErrors.push(err35);
            }
            errors++;
          }
        }
      }
    }
    if (data["runner-group-id"] !== void 0) {
      let data21 = data["runner-group-id"];
      if (!(typeof data21 == "number" && !(data21 % 1) && !isNaN(data21) && isFinite(data21))) {
        const err36 = {
          instancePath: instancePath + "/runner-group-id",
          schemaPath: "#/properties/runner-group-id/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema14.properties["runner-group-id"].type,
          parentSchema: schema14.properties["runner-group-id"],
          data: data21
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (typeof data21 == "number" && isFinite(data21)) {
        if (data21 < 1 || isNaN(data21)) {
          const err37 = {
            instancePath: instancePath + "/runner-group-id",
            schemaPath: "#/properties/runner-group-id/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 1 },
            message: "must be >= 1",
            schema: 1,
            parentSchema: schema14.properties["runner-group-id"],
            data: data21
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      }
    }
    if (data["runner-image"] !== void 0) {
      let data22 = data["runner-image"];
      if (typeof data22 !== "string") {
        const err38 = {
          instancePath: instancePath + "/runner-image",
          schemaPath: "#/properties/runner-image/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["runner-image"].type,
          parentSchema: schema14.properties["runner-image"],
          data: data22
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data["runner-name-prefix"] !== void 0) {
      let data23 = data["runner-name-prefix"];
      if (typeof data23 !== "string") {
        const err39 = {
          instancePath: instancePath + "/runner-name-prefix",
          schemaPath: "#/properties/runner-name-prefix/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["runner-name-prefix"].type,
          parentSchema: schema14.properties["runner-name-prefix"],
          data: data23
        };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
    }
    if (data["runner-node-selector"] !== void 0) {
      let data24 = data["runner-node-selector"];
      if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
        for (const key2 in data24) {
          let data25 = data24[key2];
          if (typeof data25 !== "string" && !(typeof data25 == "number" && isFinite(data25)) && typeof data25 !== "boolean") {
            const err40 = {
              instancePath: instancePath + "/runner-node-selector/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/runner-node-selector/additionalProperties/type",
              keyword: "type",
              params: { type: schema14.properties["runner-node-selector"].additionalProperties.type },
              message: "must be string,number,boolean",
              schema: schema14.properties["runner-node-selector"].additionalProperties.type,
              parentSchema: schema14.properties["runner-node-selector"].additionalProperties,
              data: data25
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
        }
      } else {
        const err41 = {
          instancePath: instancePath + "/runner-node-selector",
          schemaPath: "#/properties/runner-node-selector/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema14.properties["runner-node-selector"].type,
          parentSchema: schema14.properties["runner-node-selector"],
          data: data24
        };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data["runner-tolerations"] !== void 0) {
      let data26 = data["runner-tolerations"];
      if (Array.isArray(data26)) {
        const len3 = data26.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data27 = data26[i3];
          if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
            for (const key3 in data27) {
              if (!(key3 === "key" || key3 === "operator" || key3 === "value" || key3 === "effect" || key3 === "tolerationSeconds")) {
                const err42 = {
                  instancePath: instancePath + "/runner-tolerations/" + i3,
                  schemaPath: "#/properties/runner-tolerations/items/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key3 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema14.properties["runner-tolerations"].items,
                  data: data27
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data27.key !== void 0) {
              let data28 = data27.key;
              if (typeof data28 !== "string") {
                const err43 = {
                  instancePath: instancePath + "/runner-tolerations/" + i3 + "/key",
                  schemaPath: "#/properties/runner-tolerations/items/properties/key/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema14.properties["runner-tolerations"].items.properties.key.type,
                  parentSchema: schema14.properties["runner-tolerations"].items.properties.key,
                  data: data28
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data27.operator !== void 0) {
              let data29 = data27.operator;
              if (!(data29 === "Equal" || data29 === "Exists")) {
                const err44 = {
                  instancePath: instancePath + "/runner-tolerations/" + i3 + "/operator",
                  schemaPath: "#/properties/runner-tolerations/items/properties/operator/enum",
                  keyword: "enum",
                  params: { allowedValues: schema14.properties["runner-tolerations"].items.properties.operator.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema14.properties["runner-tolerations"].items.properties.operator.enum,
                  parentSchema: schema14.properties["runner-tolerations"].items.properties.operator,
                  data: data29
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data27.value !== void 0) {
              let data30 = data27.value;
              if (typeof data30 !== "string") {
                const err45 = {
                  instancePath: instancePath + "/runner-tolerations/" + i3 + "/value",
                  schemaPath: "#/properties/runner-tolerations/items/properties/value/type",
                  keyword: "type",
                  params: { type: "string" },
                  message: "must be string",
                  schema: schema14.properties["runner-tolerations"].items.properties.value.type,
                  parentSchema: schema14.properties["runner-tolerations"].items.properties.value,
                  data: data30
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data27.effect !== void 0) {
              let data31 = data27.effect;
              if (!(data31 === "NoSchedule" || data31 === "PreferNoSchedule" || data31 === "NoExecute")) {
                const err46 = {
                  instancePath: instancePath + "/runner-tolerations/" + i3 + "/effect",
                  schemaPath: "#/properties/runner-tolerations/items/properties/effect/enum",
                  keyword: "enum",
                  params: { allowedValues: schema14.properties["runner-tolerations"].items.properties.effect.enum },
                  message: "must be equal to one of the allowed values",
                  schema: schema14.properties["runner-tolerations"].items.properties.effect.enum,
                  parentSchema: schema14.properties["runner-tolerations"].items.properties.effect,
                  data: data31
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data27.tolerationSeconds !== void 0) {
              let data32 = data27.tolerationSeconds;
              if (!(typeof data32 == "number" && !(data32 % 1) && !isNaN(data32) && isFinite(data32))) {
                const err47 = {
                  instancePath: instancePath + "/runner-tolerations/" + i3 + "/tolerationSeconds",
                  schemaPath: "#/properties/runner-tolerations/items/properties/tolerationSeconds/type",
                  keyword: "type",
                  params: { type: "integer" },
                  message: "must be integer",
                  schema: schema14.properties["runner-tolerations"].items.properties.tolerationSeconds.type,
                  parentSchema: schema14.properties["runner-tolerations"].items.properties.tolerationSeconds,
                  data: data32
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
          } else {
            const err48 = {
              instancePath: instancePath + "/runner-tolerations/" + i3,
              schemaPath: "#/properties/runner-tolerations/items/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema14.properties["runner-tolerations"].items.type,
              parentSchema: schema14.properties["runner-tolerations"].items,
              data: data27
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
        }
      } else {
        const err49 = {
          instancePath: instancePath + "/runner-tolerations",
          schemaPath: "#/properties/runner-tolerations/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema14.properties["runner-tolerations"].type,
          parentSchema: schema14.properties["runner-tolerations"],
          data: data26
        };
        if (vErrors === null) {
          vErrors = [err49];
        } else {
          vErrors.push(err49);
        }
        errors++;
      }
    }
    if (data["runner-resources"] !== void 0) {
      let data33 = data["runner-resources"];
      if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
        if (Object.keys(data33).length < 1) {
          const err50 = {
            instancePath: instancePath + "/runner-resources",
            schemaPath: "#/properties/runner-resources/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
            schema: 1,
            parentSchema: schema14.properties["runner-resources"],
            data: data33
          };
          if (vErrors === null) {
            vErrors = [err50];
          } else {
            vErrors.push(err50);
          }
          errors++;
        }
        for (const key4 in data33) {
          if (!(key4 === "requests" || key4 === "limits" || key4 === "claims")) {
            const err51 = {
              instancePath: instancePath + "/runner-resources",
              schemaPath: "#/properties/runner-resources/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key4 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema14.properties["runner-resources"],
              data: data33
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
        }
        if (data33.requests !== void 0) {
          let data34 = data33.requests;
          if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
            for (const key5 in data34) {
              let data35 = data34[key5];
              if (typeof data35 !== "string" && !(typeof data35 == "number" && isFinite(data35))) {
                const err52 = {
                  instancePath: instancePath + "/runner-resources/requests/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/runner-resources/properties/requests/additionalProperties/type",
                  keyword: "type",
                  params: { type: schema14.properties["runner-resources"].properties.requests.additionalProperties.type },
                  message: "must be string,number",
                  schema: schema14.properties["runner-resources"].properties.requests.additionalProperties.type,
                  parentSchema: schema14.properties["runner-resources"].properties.requests.additionalProperties,
                  data: data35
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
          } else {
            const err53 = {
              instancePath: instancePath + "/runner-resources/requests",
              schemaPath: "#/properties/runner-resources/properties/requests/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema14.properties["runner-resources"].properties.requests.type,
              parentSchema: schema14.properties["runner-resources"].properties.requests,
              data: data34
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
        }
        if (data33.limits !== void 0) {
          let data36 = data33.limits;
          if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
            for (const key6 in data36) {
              let data37 = data36[key6];
              if (typeof data37 !== "string" && !(typeof data37 == "number" && isFinite(data37))) {
                const err54 = {
                  instancePath: instancePath + "/runner-resources/limits/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),
                  schemaPath: "#/properties/runner-resources/properties/limits/additionalProperties/type",
                  keyword: "type",
                  params: { type: schema14.properties["runner-resources"].properties.limits.additionalProperties.type },
                  message: "must be string,number",
                  schema: schema14.properties["runner-resources"].properties.limits.additionalProperties.type,
                  parentSchema: schema14.properties["runner-resources"].properties.limits.additionalProperties,
                  data: data37
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
          } else {
            const err55 = {
              instancePath: instancePath + "/runner-resources/limits",
              schemaPath: "#/properties/runner-resources/properties/limits/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema14.properties["runner-resources"].properties.limits.type,
              parentSchema: schema14.properties["runner-resources"].properties.limits,
              data: data36
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
        }
        if (data33.claims !== void 0) {
          let data38 = data33.claims;
          if (Array.isArray(data38)) {
            const len4 = data38.length;
            for (let i4 = 0; i4 < len4; i4++) {
              let data39 = data38[i4];
              if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                if (data39.name === void 0) {
                  const err56 = {
                    instancePath: instancePath + "/runner-resources/claims/" + i4,
                    schemaPath: "#/properties/runner-resources/properties/claims/items/required",
                    keyword: "required",
                    params: { missingProperty: "name" },
                    message: "must have required property 'name'",
                    schema: schema14.properties["runner-resources"].properties.claims.items.required,
                    parentSchema: schema14.properties["runner-resources"].properties.claims.items,
                    data: data39
                  };
                  if (vErrors === null) {
                    vErrors = [err56];
                  } else {
                    vErrors.push(err56);
                  }
                  errors++;
                }
                for (const key7 in data39) {
                  if (!(key7 === "name" || key7 === "request")) {
                    const err57 = {
                      instancePath: instancePath + "/runner-resources/claims/" + i4,
                      schemaPath: "#/properties/runner-resources/properties/claims/items/additionalProperties",
                      keyword: "additionalProperties",
                      params: { additionalProperty: key7 },
                      message: "must NOT have additional properties",
                      schema: false,
                      parentSchema: schema14.properties["runner-resources"].properties.claims.items,
                      data: data39
                    };
                    if (vErrors === null) {
                      vErrors = [err57];
                    } else {
                      vErrors.push(err57);
                    }
                    errors++;
                  }
                }
                if (data39.name !== void 0) {
                  let data40 = data39.name;
                  if (typeof data40 !== "string") {
                    const err58 = {
                      instancePath: instancePath + "/runner-resources/claims/" + i4 + "/name",
                      schemaPath: "#/properties/runner-resources/properties/claims/items/properties/name/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema14.properties["runner-resources"].properties.claims.items.properties.name.type,
                      parentSchema: schema14.properties["runner-resources"].properties.claims.items.properties.name,
                      data: data40
                    };
                    if (vErrors === null) {
                      vErrors = [err58];
                    } else {
                      vErrors.push(err58);
                    }
                    errors++;
                  }
                }
                if (data39.request !== void 0) {
                  let data41 = data39.request;
                  if (typeof data41 !== "string") {
                    const err59 = {
                      instancePath: instancePath + "/runner-resources/claims/" + i4 + "/request",
                      schemaPath: "#/properties/runner-resources/properties/claims/items/properties/request/type",
                      keyword: "type",
                      params: { type: "string" },
                      message: "must be string",
                      schema: schema14.properties["runner-resources"].properties.claims.items.properties.request.type,
                      parentSchema: schema14.properties["runner-resources"].properties.claims.items.properties.request,
                      data: data41
                    };
                    if (vErrors === null) {
                      vErrors = [err59];
                    } else {
                      vErrors.push(err59);
                    }
                    errors++;
                  }
                }
              } else {
                const err60 = {
                  instancePath: instancePath + "/runner-resources/claims/" + i4,
                  schemaPath: "#/properties/runner-resources/properties/claims/items/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema14.properties["runner-resources"].properties.claims.items.type,
                  parentSchema: schema14.properties["runner-resources"].properties.claims.items,
                  data: data39
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
          } else {
            const err61 = {
              instancePath: instancePath + "/runner-resources/claims",
              schemaPath: "#/properties/runner-resources/properties/claims/type",
              keyword: "type",
              params: { type: "array" },
              message: "must be array",
              schema: schema14.properties["runner-resources"].properties.claims.type,
              parentSchema: schema14.properties["runner-resources"].properties.claims,
              data: data38
            };
            if (vErrors === null) {
              vErrors = [err61];
            } else {
              vErrors.push(err61);
            }
            errors++;
          }
        }
      } else {
        const err62 = {
          instancePath: instancePath + "/runner-resources",
          schemaPath: "#/properties/runner-resources/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema14.properties["runner-resources"].type,
          parentSchema: schema14.properties["runner-resources"],
          data: data33
        };
        if (vErrors === null) {
          vErrors = [err62];
        } else {
          vErrors.push(err62);
        }
        errors++;
      }
    }
    if (data["runner-image-pull-secrets"] !== void 0) {
      let data42 = data["runner-image-pull-secrets"];
      if (!Array.isArray(data42) && typeof data42 !== "string") {
        const err63 = {
          instancePath: instancePath + "/runner-image-pull-secrets",
          schemaPath: "#/properties/runner-image-pull-secrets/type",
          keyword: "type",
          params: { type: schema14.properties["runner-image-pull-secrets"].type },
          message: "must be array,string",
          schema: schema14.properties["runner-image-pull-secrets"].type,
          parentSchema: schema14.properties["runner-image-pull-secrets"],
          data: data42
        };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
      if (Array.isArray(data42)) {
        const len5 = data42.length;
        for (let i5 = 0; i5 < len5; i5++) {
          let data43 = data42[i5];
          if (typeof data43 === "string") {
            if (!pattern7.test(data43)) {
              const err64 = {
                instancePath: instancePath + "/runner-image-pull-secrets/" + i5,
                schemaPath: "#/properties/runner-image-pull-secrets/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\s,]+$" },
                message: 'must match pattern "^[^\\s,]+$"',
                schema: "^[^\\s,]+$",
                parentSchema: schema14.properties["runner-image-pull-secrets"].items,
                data: data43
              };
              if (vErrors === null) {
                vErrors = [err64];
              } else {
                vErrors.push(err64);
              }
              errors++;
            }
          } else {
            const err65 = {
              instancePath: instancePath + "/runner-image-pull-secrets/" + i5,
              schemaPath: "#/properties/runner-image-pull-secrets/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema14.properties["runner-image-pull-secrets"].items.type,
              parentSchema: schema14.properties["runner-image-pull-secrets"].items,
              data: data43
            };
            if (vErrors === null) {
              vErrors = [err65];
            } else {
              vErrors.push(err65);
            }
            errors++;
          }
        }
      }
    }
    if (data["runner-annotations"] !== void 0) {
      let data44 = data["runner-annotations"];
      if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
        for (const key8 in data44) {
          let data45 = data44[key8];
          if (typeof data45 !== "string" && !(typeof data45 == "number" && isFinite(data45)) && typeof data45 !== "boolean") {
            const err66 = {
              instancePath: instancePath + "/runner-annotations/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/runner-annotations/additionalProperties/type",
              keyword: "type",
              params: { type: schema14.properties["runner-annotations"].additionalProperties.type },
              message: "must be string,number,boolean",
              schema: schema14.properties["runner-annotations"].additionalProperties.type,
              parentSchema: schema14.properties["runner-annotations"].additionalProperties,
              data: data45
            };
            if (vErrors === null) {
              vErrors = [err66];
            } else {
              vErrors.push(err66);
            }
            errors++;
          }
        }
      } else {
        const err67 = {
          instancePath: instancePath + "/runner-annotations",
          schemaPath: "#/properties/runner-annotations/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema14.properties["runner-annotations"].type,
          parentSchema: schema14.properties["runner-annotations"],
          data: data44
        };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data["runner-labels-k8s"] !== void 0) {
      let data46 = data["runner-labels-k8s"];
      if (data46 && typeof data46 == "object" && !Array.isArray(data46)) {
        for (const key9 in data46) {
          let data47 = data46[key9];
          if (typeof data47 !== "string" && !(typeof data47 == "number" && isFinite(data47)) && typeof data47 !== "boolean") {
            const err68 = {
              instancePath: instancePath + "/runner-labels-k8s/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),
              schemaPath: "#/properties/runner-labels-k8s/additionalProperties/type",
              keyword: "type",
              params: { type: schema14.properties["runner-labels-k8s"].additionalProperties.type },
              message: "must be string,number,boolean",
              schema: schema14.properties["runner-labels-k8s"].additionalProperties.type,
              parentSchema: schema14.properties["runner-labels-k8s"].additionalProperties,
              data: data47
            };
            if (vErrors === null) {
              vErrors = [err68];
            } else {
              vErrors.push(err68);
            }
            errors++;
          }
        }
      } else {
        const err69 = {
          instancePath: instancePath + "/runner-labels-k8s",
          schemaPath: "#/properties/runner-labels-k8s/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema14.properties["runner-labels-k8s"].type,
          parentSchema: schema14.properties["runner-labels-k8s"],
          data: data46
        };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
    if (data["runner-pod-template"] !== void 0) {
      let data48 = data["runner-pod-template"];
      if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
        for (const key10 in data48) {
          if (!(key10 === "apiVersion" || key10 === "kind" || key10 === "metadata" || key10 === "spec")) {
            const err70 = {
              instancePath: instancePath + "/runner-pod-template",
              schemaPath: "#/properties/runner-pod-template/additionalProperties",
              keyword: "additionalProperties",
              params: { additionalProperty: key10 },
              message: "must NOT have additional properties",
              schema: false,
              parentSchema: schema14.properties["runner-pod-template"],
              data: data48
            };
            if (vErrors === null) {
              vErrors = [err70];
            } else {
              vErrors.push(err70);
            }
            errors++;
          }
        }
        if (data48.apiVersion !== void 0) {
          let data49 = data48.apiVersion;
          if (!(data49 === "v1")) {
            const err71 = {
              instancePath: instancePath + "/runner-pod-template/apiVersion",
              schemaPath: "#/properties/runner-pod-template/properties/apiVersion/enum",
              keyword: "enum",
              params: { allowedValues: schema14.properties["runner-pod-template"].properties.apiVersion.enum },
              message: "must be equal to one of the allowed values",
              schema: schema14.properties["runner-pod-template"].properties.apiVersion.enum,
              parentSchema: schema14.properties["runner-pod-template"].properties.apiVersion,
              data: data49
            };
            if (vErrors === null) {
              vErrors = [err71];
            } else {
              vErrors.push(err71);
            }
            errors++;
          }
        }
        if (data48.kind !== void 0) {
          let data50 = data48.kind;
          if (!(data50 === "Pod")) {
            const err72 = {
              instancePath: instancePath + "/runner-pod-template/kind",
              schemaPath: "#/properties/runner-pod-template/properties/kind/enum",
              keyword: "enum",
              params: { allowedValues: schema14.properties["runner-pod-template"].properties.kind.enum },
              message: "must be equal to one of the allowed values",
              schema: schema14.properties["runner-pod-template"].properties.kind.enum,
              parentSchema: schema14.properties["runner-pod-template"].properties.kind,
              data: data50
            };
            if (vErrors === null) {
              vErrors = [err72];
            } else {
              vErrors.push(err72);
            }
            errors++;
          }
        }
        if (data48.metadata !== void 0) {
          let data51 = data48.metadata;
          if (data51 && typeof data51 == "object" && !Array.isArray(data51)) {
            for (const key11 in data51) {
              if (!(key11 === "labels" || key11 === "annotations")) {
                const err73 = {
                  instancePath: instancePath + "/runner-pod-template/metadata",
                  schemaPath: "#/properties/runner-pod-template/properties/metadata/additionalProperties",
                  keyword: "additionalProperties",
                  params: { additionalProperty: key11 },
                  message: "must NOT have additional properties",
                  schema: false,
                  parentSchema: schema14.properties["runner-pod-template"].properties.metadata,
                  data: data51
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data51.labels !== void 0) {
              let data52 = data51.labels;
              if (data52 && typeof data52 == "object" && !Array.isArray(data52)) {
                for (const key12 in data52) {
                  let data53 = data52[key12];
                  if (typeof data53 !== "string" && !(typeof data53 == "number" && isFinite(data53)) && typeof data53 !== "boolean") {
                    const err74 = {
                      instancePath: instancePath + "/runner-pod-template/metadata/labels/" + key12.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/runner-pod-template/properties/metadata/properties/labels/additionalProperties/type",
                      keyword: "type",
                      params: {
                        type: schema14.properties["runner-pod-template"].properties.metadata.properties.labels.additionalProperties.type
                      },
                      message: "must be string,number,boolean",
                      schema: schema14.properties["runner-pod-template"].properties.metadata.properties.labels.additionalProperties.type,
                      parentSchema: schema14.properties["runner-pod-template"].properties.metadata.properties.labels.additionalProperties,
                      data: data53
                    };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = {
                  instancePath: instancePath + "/runner-pod-template/metadata/labels",
                  schemaPath: "#/properties/runner-pod-template/properties/metadata/properties/labels/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema14.properties["runner-pod-template"].properties.metadata.properties.labels.type,
                  parentSchema: schema14.properties["runner-pod-template"].properties.metadata.properties.labels,
                  data: data52
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
            if (data51.annotations !== void 0) {
              let data54 = data51.annotations;
              if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                for (const key13 in data54) {
                  let data55 = data54[key13];
                  if (typeof data55 !== "string" && !(typeof data55 == "number" && isFinite(data55)) && typeof data55 !== "boolean") {
                    const err76 = {
                      instancePath: instancePath + "/runner-pod-template/metadata/annotations/" + key13.replace(/~/g, "~0").replace(/\//g, "~1"),
                      schemaPath: "#/properties/runner-pod-template/properties/metadata/properties/annotations/additionalProperties/type",
                      keyword: "type",
                      params: {
                        type: schema14.properties["runner-pod-template"].properties.metadata.properties.annotations.additionalProperties.type
                      },
                      message: "must be string,number,boolean",
                      schema: schema14.properties["runner-pod-template"].properties.metadata.properties.annotations.additionalProperties.type,
                      parentSchema: schema14.properties["runner-pod-template"].properties.metadata.properties.annotations.additionalProperties,
                      data: data55
                    };
                    if (vErrors === null) {
                      vErrors = [err76];
                    } else {
                      vErrors.push(err76);
                    }
                    errors++;
                  }
                }
              } else {
                const err77 = {
                  instancePath: instancePath + "/runner-pod-template/metadata/annotations",
                  schemaPath: "#/properties/runner-pod-template/properties/metadata/properties/annotations/type",
                  keyword: "type",
                  params: { type: "object" },
                  message: "must be object",
                  schema: schema14.properties["runner-pod-template"].properties.metadata.properties.annotations.type,
                  parentSchema: schema14.properties["runner-pod-template"].properties.metadata.properties.annotations,
                  data: data54
                };
                if (vErrors === null) {
                  vErrors = [err77];
                } else {
                  vErrors.push(err77);
                }
                errors++;
              }
            }
          } else {
            const err78 = {
              instancePath: instancePath + "/runner-pod-template/metadata",
              schemaPath: "#/properties/runner-pod-template/properties/metadata/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema14.properties["runner-pod-template"].properties.metadata.type,
              parentSchema: schema14.properties["runner-pod-template"].properties.metadata,
              data: data51
            };
            if (vErrors === null) {
              vErrors = [err78];
            } else {
              vErrors.push(err78);
            }
            errors++;
          }
        }
        if (data48.spec !== void 0) {
          let data56 = data48.spec;
          if (!(data56 && typeof data56 == "object" && !Array.isArray(data56))) {
            const err79 = {
              instancePath: instancePath + "/runner-pod-template/spec",
              schemaPath: "#/properties/runner-pod-template/properties/spec/type",
              keyword: "type",
              params: { type: "object" },
              message: "must be object",
              schema: schema14.properties["runner-pod-template"].properties.spec.type,
              parentSchema: schema14.properties["runner-pod-template"].properties.spec,
              data: data56
            };
            if (vErrors === null) {
              vErrors = [err79];
            } else {
              vErrors.push(err79);
            }
            errors++;
          }
        }
      } else {
        const err80 = {
          instancePath: instancePath + "/runner-pod-template",
          schemaPath: "#/properties/runner-pod-template/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema14.properties["runner-pod-template"].type,
          parentSchema: schema14.properties["runner-pod-template"],
          data: data48
        };
        if (vErrors === null) {
          vErrors = [err80];
        } else {
          vErrors.push(err80);
        }
        errors++;
      }
    }
    if (data["arc-github-config-url"] !== void 0) {
      let data57 = data["arc-github-config-url"];
      if (typeof data57 !== "string") {
        const err81 = {
          instancePath: instancePath + "/arc-github-config-url",
          schemaPath: "#/properties/arc-github-config-url/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["arc-github-config-url"].type,
          parentSchema: schema14.properties["arc-github-config-url"],
          data: data57
        };
        if (vErrors === null) {
          vErrors = [err81];
        } else {
          vErrors.push(err81);
        }
        errors++;
      }
    }
    if (data["arc-runner-group"] !== void 0) {
      let data58 = data["arc-runner-group"];
      if (typeof data58 !== "string") {
        const err82 = {
          instancePath: instancePath + "/arc-runner-group",
          schemaPath: "#/properties/arc-runner-group/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["arc-runner-group"].type,
          parentSchema: schema14.properties["arc-runner-group"],
          data: data58
        };
        if (vErrors === null) {
          vErrors = [err82];
        } else {
          vErrors.push(err82);
        }
        errors++;
      }
    }
    if (data["arc-container-mode"] !== void 0) {
      let data59 = data["arc-container-mode"];
      if (!(data59 === "default" || data59 === "kubernetes")) {
        const err83 = {
          instancePath: instancePath + "/arc-container-mode",
          schemaPath: "#/properties/arc-container-mode/enum",
          keyword: "enum",
          params: { allowedValues: schema14.properties["arc-container-mode"].enum },
          message: "must be equal to one of the allowed values",
          schema: schema14.properties["arc-container-mode"].enum,
          parentSchema: schema14.properties["arc-container-mode"],
          data: data59
        };
        if (vErrors === null) {
          vErrors = [err83];
        } else {
          vErrors.push(err83);
        }
        errors++;
      }
    }
    if (data["gitlab-url"] !== void 0) {
      let data60 = data["gitlab-url"];
      if (typeof data60 !== "string") {
        const err84 = {
          instancePath: instancePath + "/gitlab-url",
          schemaPath: "#/properties/gitlab-url/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["gitlab-url"].type,
          parentSchema: schema14.properties["gitlab-url"],
          data: data60
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
    if (data["gitlab-executor"] !== void 0) {
      let data61 = data["gitlab-executor"];
      if (!(data61 === "kubernetes" || data61 === "shell")) {
        const err85 = {
          instancePath: instancePath + "/gitlab-executor",
          schemaPath: "#/properties/gitlab-executor/enum",
          keyword: "enum",
          params: { allowedValues: schema14.properties["gitlab-executor"].enum },
          message: "must be equal to one of the allowed values",
          schema: schema14.properties["gitlab-executor"].enum,
          parentSchema: schema14.properties["gitlab-executor"],
          data: data61
        };
        if (vErrors === null) {
          vErrors = [err85];
        } else {
          vErrors.push(err85);
        }
        errors++;
      }
    }
    if (data["gitlab-job-image"] !== void 0) {
      let data62 = data["gitlab-job-image"];
      if (typeof data62 !== "string") {
        const err86 = {
          instancePath: instancePath + "/gitlab-job-image",
          schemaPath: "#/properties/gitlab-job-image/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["gitlab-job-image"].type,
          parentSchema: schema14.properties["gitlab-job-image"],
          data: data62
        };
        if (vErrors === null) {
          vErrors = [err86];
        } else {
          vErrors.push(err86);
        }
        errors++;
      }
    }
    if (data["jenkins-url"] !== void 0) {
      let data63 = data["jenkins-url"];
      if (typeof data63 !== "string") {
        const err87 = {
          instancePath: instancePath + "/jenkins-url",
          schemaPath: "#/properties/jenkins-url/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["jenkins-url"].type,
          parentSchema: schema14.properties["jenkins-url"],
          data: data63
        };
        if (vErrors === null) {
          vErrors = [err87];
        } else {
          vErrors.push(err87);
        }
        errors++;
      }
    }
    if (data["jenkins-agent-name"] !== void 0) {
      let data64 = data["jenkins-agent-name"];
      if (typeof data64 !== "string") {
        const err88 = {
          instancePath: instancePath + "/jenkins-agent-name",
          schemaPath: "#/properties/jenkins-agent-name/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["jenkins-agent-name"].type,
          parentSchema: schema14.properties["jenkins-agent-name"],
          data: data64
        };
        if (vErrors === null) {
          vErrors = [err88];
        } else {
          vErrors.push(err88);
        }
        errors++;
      }
    }
    if (data["pod-image"] !== void 0) {
      let data65 = data["pod-image"];
      if (typeof data65 !== "string") {
        const err89 = {
          instancePath: instancePath + "/pod-image",
          schemaPath: "#/properties/pod-image/type",
          keyword: "type",
          params: { type: "string" },
          message: "must be string",
          schema: schema14.properties["pod-image"].type,
          parentSchema: schema14.properties["pod-image"],
          data: data65
        };
        if (vErrors === null) {
          vErrors = [err89];
        } else {
          vErrors.push(err89);
        }
        errors++;
      }
    }
    if (data["pod-command"] !== void 0) {
      let data66 = data["pod-command"];
      if (Array.isArray(data66)) {
        const len6 = data66.length;
        for (let i6 = 0; i6 < len6; i6++) {
          let data67 = data66[i6];
          if (typeof data67 === "string") {
            if (!pattern1.test(data67)) {
              const err90 = {
                instancePath: instancePath + "/pod-command/" + i6,
                schemaPath: "#/properties/pod-command/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\r\\n]*$" },
                message: 'must match pattern "^[^\\r\\n]*$"',
                schema: "^[^\\r\\n]*$",
                parentSchema: schema14.properties["pod-command"].items,
                data: data67
              };
              if (vErrors === null) {
                vErrors = [err90];
              } else {
                vErrors.push(err90);
              }
              errors++;
            }
          } else {
            const err91 = {
              instancePath: instancePath + "/pod-command/" + i6,
              schemaPath: "#/properties/pod-command/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema14.properties["pod-command"].items.type,
              parentSchema: schema14.properties["pod-command"].items,
              data: data67
            };
            if (vErrors === null) {
              vErrors = [err91];
            } else {
              vErrors.push(err91);
            }
            errors++;
          }
        }
      } else {
        const err92 = {
          instancePath: instancePath + "/pod-command",
          schemaPath: "#/properties/pod-command/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema14.properties["pod-command"].type,
          parentSchema: schema14.properties["pod-command"],
          data: data66
        };
        if (vErrors === null) {
          vErrors = [err92];
        } else {
          vErrors.push(err92);
        }
        errors++;
      }
    }
    if (data["pod-args"] !== void 0) {
      let data68 = data["pod-args"];
      if (Array.isArray(data68)) {
        const len7 = data68.length;
        for (let i7 = 0; i7 < len7; i7++) {
          let data69 = data68[i7];
          if (typeof data69 === "string") {
            if (!pattern1.test(data69)) {
              const err93 = {
                instancePath: instancePath + "/pod-args/" + i7,
                schemaPath: "#/properties/pod-args/items/pattern",
                keyword: "pattern",
                params: { pattern: "^[^\\r\\n]*$" },
                message: 'must match pattern "^[^\\r\\n]*$"',
                schema: "^[^\\r\\n]*$",
                parentSchema: schema14.properties["pod-args"].items,
                data: data69
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          } else {
            const err94 = {
              instancePath: instancePath + "/pod-args/" + i7,
              schemaPath: "#/properties/pod-args/items/type",
              keyword: "type",
              params: { type: "string" },
              message: "must be string",
              schema: schema14.properties["pod-args"].items.type,
              parentSchema: schema14.properties["pod-args"].items,
              data: data69
            };
            if (vErrors === null) {
              vErrors = [err94];
            } else {
              vErrors.push(err94);
            }
            errors++;
          }
        }
      } else {
        const err95 = {
          instancePath: instancePath + "/pod-args",
          schemaPath: "#/properties/pod-args/type",
          keyword: "type",
          params: { type: "array" },
          message: "must be array",
          schema: schema14.properties["pod-args"].type,
          parentSchema: schema14.properties["pod-args"],
          data: data68
        };
        if (vErrors === null) {
          vErrors = [err95];
        } else {
          vErrors.push(err95);
        }
        errors++;
      }
    }
    if (data.wait !== void 0) {
      let data70 = data.wait;
      if (typeof data70 !== "boolean") {
        const err96 = {
          instancePath: instancePath + "/wait",
          schemaPath: "#/properties/wait/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema14.properties.wait.type,
          parentSchema: schema14.properties.wait,
          data: data70
        };
        if (vErrors === null) {
          vErrors = [err96];
        } else {
          vErrors.push(err96);
        }
        errors++;
      }
    }
    if (data["wait-timeout"] !== void 0) {
      let data71 = data["wait-timeout"];
      if (!(typeof data71 == "number" && !(data71 % 1) && !isNaN(data71) && isFinite(data71))) {
        const err97 = {
          instancePath: instancePath + "/wait-timeout",
          schemaPath: "#/properties/wait-timeout/type",
          keyword: "type",
          params: { type: "integer" },
          message: "must be integer",
          schema: schema14.properties["wait-timeout"].type,
          parentSchema: schema14.properties["wait-timeout"],
          data: data71
        };
        if (vErrors === null) {
          vErrors = [err97];
        } else {
          vErrors.push(err97);
        }
        errors++;
      }
      if (typeof data71 == "number" && isFinite(data71)) {
        if (data71 > 3600 || isNaN(data71)) {
          const err98 = {
            instancePath: instancePath + "/wait-timeout",
            schemaPath: "#/properties/wait-timeout/maximum",
            keyword: "maximum",
            params: { comparison: "<=", limit: 3600 },
            message: "must be <= 3600",
            schema: 3600,
            parentSchema: schema14.properties["wait-timeout"],
            data: data71
          };
          if (vErrors === null) {
            vErrors = [err98];
          } else {
            vErrors.push(err98);
          }
          errors++;
        }
        if (data71 < 10 || isNaN(data71)) {
          const err99 = {
            instancePath: instancePath + "/wait-timeout",
            schemaPath: "#/properties/wait-timeout/minimum",
            keyword: "minimum",
            params: { comparison: ">=", limit: 10 },
            message: "must be >= 10",
            schema: 10,
            parentSchema: schema14.properties["wait-timeout"],
            data: data71
          };
          if (vErrors === null) {
            vErrors = [err99];
          } else {
            vErrors.push(err99);
          }
          errors++;
        }
      }
    }
    if (data.verify !== void 0) {
      let data72 = data.verify;
      if (typeof data72 !== "boolean") {
        const err100 = {
          instancePath: instancePath + "/verify",
          schemaPath: "#/properties/verify/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema14.properties.verify.type,
          parentSchema: schema14.properties.verify,
          data: data72
        };
        if (vErrors === null) {
          vErrors = [err100];
        } else {
          vErrors.push(err100);
        }
        errors++;
      }
    }
  } else {
    const err101 = {
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
      vErrors = [err101];
    } else {
      vErrors.push(err101);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var pattern12 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$", "u");
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
          if (!(key1 === "subscription-id" || key1 === "resource-group" || key1 === "cluster-name" || key1 === "enable-cluster-features" || key1 === "cluster-credentials" || key1 === "cluster-access")) {
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
        if (data1["cluster-access"] !== void 0) {
          let data7 = data1["cluster-access"];
          if (!(data7 === "direct" || data7 === "run-command")) {
            const err10 = {
              instancePath: instancePath + "/cluster/cluster-access",
              schemaPath: "#/properties/cluster/properties/cluster-access/enum",
              keyword: "enum",
              params: { allowedValues: schema11.properties.cluster.properties["cluster-access"].enum },
              message: "must be equal to one of the allowed values",
              schema: schema11.properties.cluster.properties["cluster-access"].enum,
              parentSchema: schema11.properties.cluster.properties["cluster-access"],
              data: data7
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = {
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
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.identities !== void 0) {
      let data8 = data.identities;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key2 in data8) {
          if (!validate11(data8[key2], {
            instancePath: instancePath + "/identities/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data8,
            parentDataProperty: key2,
            rootData
          })) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = {
          instancePath: instancePath + "/identities",
          schemaPath: "#/properties/identities/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.identities.type,
          parentSchema: schema11.properties.identities,
          data: data8
        };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
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
      let data11 = data.workloads;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        if (Object.keys(data11).length < 1) {
          const err13 = {
            instancePath: instancePath + "/workloads",
            schemaPath: "#/properties/workloads/minProperties",
            keyword: "minProperties",
            params: { limit: 1 },
            message: "must NOT have fewer than 1 properties",
            schema: 1,
            parentSchema: schema11.properties.workloads,
            data: data11
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        for (const key3 in data11) {
          const _errs23 = errors;
          if (typeof key3 === "string") {
            if (!pattern12.test(key3)) {
              const err14 = {
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
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          var valid3 = _errs23 === errors;
          if (!valid3) {
            const err15 = {
              instancePath: instancePath + "/workloads",
              schemaPath: "#/properties/workloads/propertyNames",
              keyword: "propertyNames",
              params: { propertyName: key3 },
              message: "property name must be valid",
              schema: schema11.properties.workloads.propertyNames,
              parentSchema: schema11.properties.workloads,
              data: data11
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        for (const key4 in data11) {
          if (!validate13(data11[key4], {
            instancePath: instancePath + "/workloads/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),
            parentData: data11,
            parentDataProperty: key4,
            rootData
          })) {
            vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + "/workloads",
          schemaPath: "#/properties/workloads/type",
          keyword: "type",
          params: { type: "object" },
          message: "must be object",
          schema: schema11.properties.workloads.type,
          parentSchema: schema11.properties.workloads,
          data: data11
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.prune !== void 0) {
      let data13 = data.prune;
      if (typeof data13 !== "boolean") {
        const err17 = {
          instancePath: instancePath + "/prune",
          schemaPath: "#/properties/prune/type",
          keyword: "type",
          params: { type: "boolean" },
          message: "must be boolean",
          schema: schema11.properties.prune.type,
          parentSchema: schema11.properties.prune,
          data: data13
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
      schema: schema11.type,
      parentSchema: schema11,
      data
    };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
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
      // Inside a map handed whole to the settings parser (YAML_KEYS), an unknown key would be refused again there.
      taints: e.keyword !== "additionalProperties" || p.path.some((k) => typeof k === "string" && YAML_KEYS.has(k))
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
      const settings = readSettings(overlay(base, w), readRunnerShaping);
      const federatedCredential = settings.federation.name ?? derivedFederatedCredentialName(settings.cluster.name, settings.kube.namespace, settings.kube.serviceAccount);
      out.push({ name, identity: w.identity, federatedCredential, settings });
    } catch (e) {
      if (!(e instanceof SettingsError)) throw e;
      const skipped = [...w.skipped];
      const news = (x) => !w.skipped.has(x.input) && !skipped.some((n) => x.message.includes(`'${n}'`) || x.message.includes(`'${n}:`));
      for (const p of e.problems.filter(news)) {
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
