import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  isObject,
  schemaProblems,
  shapingProblems,
  text
} from "./shaping-pod-schema.js";
import {
  require_yaml
} from "./yaml.js";
import {
  SHAPING_INPUTS
} from "./shaping-names.js";
import {
  MANAGED_BY_LABEL,
  USE_LABEL
} from "./runner-kinds-gitlab.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/shaping/inputs.ts
var import_yaml = __toESM(require_yaml(), 1);
var RESERVED_LABELS = [MANAGED_BY_LABEL, "app.kubernetes.io/component", USE_LABEL];
var RESERVED_PREFIXES = ["aks-workload-identity/"];
function readShaping(r) {
  const out = {};
  const nodeSelector = readMap(r, "runner-node-selector", "label");
  if (nodeSelector) out.nodeSelector = nodeSelector;
  const tolerations = readTolerations(r);
  if (tolerations) out.tolerations = tolerations;
  const resources = readResources(r);
  if (resources) out.resources = resources;
  const secrets = readNames(r, "runner-image-pull-secrets");
  if (secrets) out.imagePullSecrets = secrets;
  const annotations = readMap(r, "runner-annotations", "annotation");
  if (annotations) out.annotations = annotations;
  const labels = readMap(r, "runner-labels-k8s", "label");
  if (labels) out.labels = labels;
  const template = readTemplate(r);
  if (template) out.podTemplate = template;
  return Object.keys(out).length ? out : void 0;
}
function yaml(r, name, text2, expected) {
  try {
    return (0, import_yaml.parse)(text2, { uniqueKeys: true, merge: false });
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split("\n")[0];
    r.conflict(name, `is not valid YAML (${why}); expected ${expected}`);
    return void 0;
  }
}
var KEY_NAME = /^[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
var DNS_SUBDOMAIN = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?(?:\.[a-z0-9](?:[-a-z0-9]*[a-z0-9])?)*$/;
var LABEL_VALUE = /^(?:[A-Za-z0-9](?:[-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?$/;
function qualifiedNameProblem(key) {
  const slash = key.lastIndexOf("/");
  const prefix = slash >= 0 ? key.slice(0, slash) : void 0;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix !== void 0 && (!prefix || prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix)))
    return `the key '${key}' has an invalid prefix (a lower-case DNS subdomain of at most 253 characters before '/')`;
  if (!KEY_NAME.test(name))
    return `the key '${key}' is invalid: its name must be 1 to 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`;
  return void 0;
}
function readMap(r, name, kind) {
  const given = r.raw(name);
  if (!given) return void 0;
  const expected = `a YAML map ('key: value' lines) or one 'key=value' per line`;
  const lines = given.split(/\r?\n/).filter((l) => l.trim());
  let entries;
  if (lines.every((l) => /^\s*[^\s:=#][^:=]*=/.test(l) && !/^\s*[^=]*:\s/.test(l))) {
    entries = lines.map((l) => {
      const eq = l.indexOf("=");
      return [l.slice(0, eq).trim(), l.slice(eq + 1).trim()];
    });
  } else {
    const v = yaml(r, name, given, expected);
    if (v === void 0) return void 0;
    if (!isObject(v)) {
      r.conflict(name, `must be ${expected}`);
      return void 0;
    }
    entries = Object.entries(v);
  }
  const out = {};
  let ok = true;
  for (const [key, raw] of entries) {
    if (raw !== null && typeof raw === "object") {
      r.conflict(name, `the value of '${key}' must be text, not a ${Array.isArray(raw) ? "list" : "map"}`);
      ok = false;
      continue;
    }
    const value = raw === null ? "" : text(raw);
    const why = qualifiedNameProblem(key) ?? reservedProblem(key, kind);
    if (why) {
      r.conflict(name, why);
      ok = false;
      continue;
    }
    if (kind === "label" && !LABEL_VALUE.test(value)) {
      r.conflict(
        name,
        `the value '${value}' of '${key}' is invalid: at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit`
      );
      ok = false;
      continue;
    }
    out[key] = value;
  }
  if (kind === "annotation" && Buffer.byteLength(JSON.stringify(out)) > 256 * 1024)
    r.conflict(name, "the annotations are larger than the 256 KiB Kubernetes allows");
  return ok && Object.keys(out).length ? out : void 0;
}
function reservedProblem(key, kind) {
  const reserved = RESERVED_PREFIXES.some((p) => key.startsWith(p)) || kind === "label" && RESERVED_LABELS.includes(key);
  return reserved ? `the key '${key}' is the action's own (it marks, finds and identifies its pods by it): use another key` : void 0;
}
function readTolerations(r) {
  const name = "runner-tolerations";
  const text2 = r.raw(name);
  if (!text2) return void 0;
  const expected = "a YAML list of tolerations, e.g. '- key: sku\\n  operator: Equal\\n  value: gpu\\n  effect: NoSchedule'";
  const v = yaml(r, name, text2, expected);
  if (v === void 0) return void 0;
  if (!Array.isArray(v) || !v.every(isObject)) {
    r.conflict(name, `must be ${expected}`);
    return void 0;
  }
  let ok = true;
  for (const [i, t] of v.entries()) {
    const problems = [...schemaProblems(t, "Toleration", `[${i}]`), ...tolerationProblems(t, `[${i}]`)];
    for (const p of problems) r.conflict(name, p);
    ok &&= problems.length === 0;
  }
  return ok ? v : void 0;
}
function tolerationProblems(t, at) {
  const out = [];
  const operator = t.operator ?? "Equal";
  if (operator !== "Equal" && operator !== "Exists") out.push(`${at}.operator: must be Equal or Exists`);
  if (operator === "Exists" && t.value !== void 0 && t.value !== "") out.push(`${at}.value: must be empty with operator Exists`);
  if ((t.key === void 0 || t.key === "") && operator !== "Exists") out.push(`${at}.key: empty (all taints) needs operator Exists`);
  if (t.effect !== void 0 && !["NoSchedule", "PreferNoSchedule", "NoExecute", ""].includes(text(t.effect)))
    out.push(`${at}.effect: must be NoSchedule, PreferNoSchedule or NoExecute`);
  if (t.tolerationSeconds !== void 0 && t.effect !== "NoExecute") out.push(`${at}.tolerationSeconds: applies only to effect NoExecute`);
  return out;
}
function readResources(r) {
  const name = "runner-resources";
  const text2 = r.raw(name);
  if (!text2) return void 0;
  const expected = "a YAML map with 'requests' and/or 'limits', e.g. 'requests: {cpu: 500m, memory: 1Gi}\\nlimits: {memory: 4Gi}'";
  const v = yaml(r, name, text2, expected);
  if (v === void 0) return void 0;
  if (!isObject(v) || v.requests === void 0 && v.limits === void 0) {
    r.conflict(name, `must be ${expected}`);
    return void 0;
  }
  const problems = schemaProblems(v, "ResourceRequirements");
  for (const p of problems) r.conflict(name, p);
  return problems.length ? void 0 : v;
}
function readNames(r, name) {
  const names = r.raw(name).split(/[,\n]/).map((x) => x.trim()).filter(Boolean);
  if (!names.length) return void 0;
  const bad = names.filter((n) => n.length > 253 || !DNS_SUBDOMAIN.test(n));
  for (const n of bad)
    r.conflict(name, `'${n}' is not a Secret name (a lower-case DNS subdomain); expected Secret names, comma- or line-separated`);
  return bad.length ? void 0 : [...new Set(names)];
}
function readTemplate(r) {
  const name = "runner-pod-template";
  const text2 = r.raw(name);
  if (!text2) return void 0;
  const expected = "a YAML Pod patch with 'spec' and/or 'metadata.labels' / 'metadata.annotations'";
  const v = yaml(r, name, text2, expected);
  if (v === void 0) return void 0;
  if (!isObject(v)) {
    r.conflict(name, `must be ${expected}`);
    return void 0;
  }
  const refused = [];
  const refuse = (why) => {
    r.conflict(name, why);
    refused.push(why);
  };
  for (const k of Object.keys(v))
    if (!["apiVersion", "kind", "metadata", "spec"].includes(k)) refuse(`'${k}' cannot be patched; expected ${expected}`);
  if (v.apiVersion !== void 0 && v.apiVersion !== "v1") refuse(`apiVersion: must be v1 (a Pod) when given`);
  if (v.kind !== void 0 && v.kind !== "Pod") refuse(`kind: must be Pod when given`);
  if (v.metadata !== void 0) {
    if (!isObject(v.metadata)) refuse("metadata: must be a map");
    else
      for (const [k, x] of Object.entries(v.metadata)) {
        if (k !== "labels" && k !== "annotations") {
          refuse(`metadata.${k}: is the action's; only metadata.labels and metadata.annotations can be patched`);
          continue;
        }
        for (const key of isObject(x) ? Object.keys(x) : []) {
          const why = key === "$patch" ? void 0 : qualifiedNameProblem(key) ?? reservedProblem(key, "annotation");
          if (why) refuse(`metadata.${k}: ${why}`);
        }
      }
  }
  if (v.spec !== void 0 && !isObject(v.spec)) refuse("spec: must be a map (PodSpec fields)");
  return refused.length ? void 0 : v;
}

// src/shaping/settings.ts
var readRunnerShaping = (r, pod) => {
  const shaping = readShaping(r);
  if (!shaping) return void 0;
  const input = shaping.podTemplate ? "runner-pod-template" : SHAPING_INPUTS.find((n) => r.raw(n)) ?? "runner-pod-template";
  for (const p of shapingProblems({ ...pod, shaping })) r.conflict(input, `the shaped runner pod is refused: ${p}`);
  return shaping;
};

export {
  readRunnerShaping
};
//# sourceMappingURL=shaping-inputs.js.map
