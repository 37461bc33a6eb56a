import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

// src/model.ts
var CHANGING_ACTIONS = /* @__PURE__ */ new Set(["create", "update", "replace", "delete"]);
var UNKNOWN = "(known after apply)";

// src/plan.ts
function dependencyOrder(resources) {
  const byKey = new Map(resources.map((r) => [r.key, r]));
  const out = [];
  const state = /* @__PURE__ */ new Map();
  const visit = (r, path) => {
    const s = state.get(r.key);
    if (s === "done") return;
    if (s === "visiting") throw new Error(`dependency cycle: ${[...path, r.key].join(" \u2192 ")}`);
    state.set(r.key, "visiting");
    for (const d of r.dependsOn) {
      const dep = byKey.get(d);
      if (!dep) throw new Error(`${r.key} depends on ${d}, which is not in the desired state`);
      visit(dep, [...path, r.key]);
    }
    state.set(r.key, "done");
    out.push(r);
  };
  for (const r of resources) visit(r, []);
  return out;
}
function resolver(kinds, resources, stateOf, cache = true, adjust = (_k, o) => o) {
  const byKey = new Map(resources.map((r) => [r.key, r]));
  const specs = /* @__PURE__ */ new Map();
  const computing = /* @__PURE__ */ new Set();
  const spec = (key) => {
    if (specs.has(key)) return specs.get(key);
    const r = byKey.get(key);
    if (!r) throw new Error(`no resource '${key}' in the desired state`);
    if (computing.has(key)) throw new Error(`spec of ${key} refers to itself`);
    computing.add(key);
    const value = r.spec(outputs);
    computing.delete(key);
    if (cache) specs.set(key, value);
    return value;
  };
  const outputs = (key) => {
    const r = byKey.get(key);
    return r ? adjust(key, kindOf(kinds, r.kind).outputs(stateOf(key), spec(key))) : {};
  };
  return { spec, outputs };
}
function kindOf(kinds, kind) {
  const k = kinds.get(kind);
  if (!k) throw new Error(`no resource kind '${kind}' is registered`);
  return k;
}
function makePlan(mode, resources, observed, kinds) {
  const ordered = dependencyOrder(resources);
  const actions = /* @__PURE__ */ new Map();
  const unknownIfNew = (key, o) => {
    const a = actions.get(key);
    return a === "create" || a === "replace" ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? UNKNOWN])) : o;
  };
  const { spec } = resolver(kinds, ordered, (k) => observed.get(k), true, unknownIfNew);
  const steps = ordered.map((r) => {
    const kind = kindOf(kinds, r.kind);
    const state = observed.get(r.key);
    const change = mode === "destroy" ? destroyChange(kind, state, spec(r.key)) : kind.diff(spec(r.key), state);
    const notices = [...change.notices ?? [], ...kind.notices?.(state, spec(r.key)) ?? []];
    actions.set(r.key, change.action);
    return { key: r.key, kind: r.kind, dependsOn: [...r.dependsOn], ...change, ...notices.length ? { notices } : {} };
  });
  if (mode !== "destroy") return { version: 1, mode, steps };
  keepWhatKeptResourcesNeed(steps, observed, kinds, spec);
  return { version: 1, mode, steps: steps.reverse() };
}
function exists(kind, observed, spec) {
  return observed !== void 0 && (kind.exists?.(observed, spec) ?? true);
}
function destroyChange(kind, observed, spec) {
  if (!exists(kind, observed, spec)) return { action: "unchanged", diff: [], reason: "does not exist" };
  const id = kind.outputs(observed, spec).id;
  const withId = id ? { id } : {};
  if (!kind.destroy)
    return { action: "unchanged", diff: [], reason: kind.keepReason?.(observed, spec) ?? `destroy never removes a ${kind.kind}`, ...withId };
  if (!kind.owned?.(observed, spec)) {
    const why = kind.keepReason?.(observed, spec) ?? "not created by this action";
    const released = kind.release?.(observed, spec) ?? [];
    if (released.length)
      return {
        action: "update",
        diff: released,
        reason: "not created by this action: kept, only its fields set by this action are removed",
        notices: [`kept: ${why}`],
        ownership: "adopted",
        ...withId
      };
    return {
      action: "unchanged",
      diff: [],
      reason: "not created by this action: kept",
      notices: [`kept: ${why}`],
      ownership: "adopted",
      ...withId
    };
  }
  return { action: "delete", diff: [], ownership: "owned", ...withId };
}
function keepWhatKeptResourcesNeed(steps, observed, kinds, spec) {
  const byKey = new Map(steps.map((s) => [s.key, s]));
  for (const step of [...steps].reverse()) {
    if (step.action !== "delete") continue;
    const why = [];
    for (const d of steps.filter((o) => o.dependsOn.includes(step.key))) {
      const kind = kindOf(kinds, d.kind);
      const state = observed.get(d.key);
      if (state === void 0) continue;
      const stays = d.action !== "delete" && exists(kind, state, spec(d.key));
      if (stays && (d.action !== "update" || kindOf(kinds, step.kind).contains)) why.push(`${d.key} depends on it and is kept`);
      const objection = kind.keepsDependencies?.(state, spec(d.key));
      if (objection) why.push(objection);
    }
    if (!why.length) continue;
    const kept = byKey.get(step.key);
    kept.action = "unchanged";
    kept.reason = "kept: still needed by what stays";
    kept.notices = [...kept.notices ?? [], `kept: ${why.join("; ")}`];
  }
}
function countChanges(plan) {
  return plan.steps.filter((s) => CHANGING_ACTIONS.has(s.action)).length;
}
function conflicts(plan) {
  return plan.steps.filter((s) => s.action === "conflict");
}
function sameValue(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}
function createChange(fields, reason) {
  return { action: "create", diff: Object.entries(fields).map(([field, to]) => ({ field, to })), ...reason ? { reason } : {} };
}

export {
  CHANGING_ACTIONS,
  UNKNOWN,
  resolver,
  kindOf,
  makePlan,
  countChanges,
  conflicts,
  sameValue,
  createChange
};
//# sourceMappingURL=plan.js.map
