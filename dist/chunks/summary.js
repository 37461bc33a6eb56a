import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  StoppedError
} from "./github-app.js";

// src/run-control.ts
import { setMaxListeners } from "node:events";
var GRACE_MS = 4e3;
var CLEANUP_MS = 3e3;
var RunControl = class {
  stopper = new AbortController();
  aborter = new AbortController();
  undos = /* @__PURE__ */ new Map();
  next = 0;
  graceTimer;
  /** Why the run was stopped (undefined while it was not). */
  reason;
  constructor() {
    setMaxListeners(0, this.stopper.signal, this.aborter.signal);
  }
  /** Aborted when the run must start nothing new. */
  get stopSignal() {
    return this.stopper.signal;
  }
  /** Aborted when requests in flight must be abandoned (GRACE_MS after the stop). */
  get abortSignal() {
    return this.aborter.signal;
  }
  get stopped() {
    return this.stopper.signal.aborted;
  }
  /** Stops the run: nothing new starts now, what is in flight is abandoned after `graceMs`. A second call aborts at once. */
  stop(reason, graceMs = GRACE_MS) {
    if (this.stopped) {
      this.abortNow();
      return;
    }
    this.reason = reason;
    this.stopper.abort(new StoppedError(reason));
    this.graceTimer = setTimeout(() => this.abortNow(), graceMs);
    this.graceTimer.unref();
  }
  abortNow() {
    if (this.graceTimer) clearTimeout(this.graceTimer);
    if (!this.aborter.signal.aborted) this.aborter.abort(new StoppedError(this.reason ?? "the run was stopped"));
  }
  /** Throws StoppedError when the run was stopped: call before starting a write. */
  checkpoint() {
    if (this.stopped) throw new StoppedError(this.reason ?? "the run was stopped");
  }
  /**
   * Registers something half made and how to remove it (e.g. a JIT registration whose pod is not created yet);
   * call the returned function once it is whole (or removed). Whatever is still registered when the run stops
   * is removed by `cleanUp`.
   */
  halfMade(what, undo) {
    const id = this.next++;
    this.undos.set(id, { what, undo });
    return () => void this.undos.delete(id);
  }
  /** What is still registered as half made. */
  pending() {
    return [...this.undos.values()].map((u) => u.what);
  }
  /** Removes what is still half made, each within `timeoutMs` (its requests get their own signal: the run's is aborted). */
  async cleanUp(log, timeoutMs = CLEANUP_MS) {
    const all = [...this.undos.entries()];
    this.undos.clear();
    await Promise.all(
      all.map(async ([, u]) => {
        try {
          await u.undo(AbortSignal.timeout(timeoutMs));
          log(`Removed what was half made: ${u.what}.`);
        } catch (err) {
          log(
            `Could not remove what was half made (${u.what}): ${err instanceof Error ? err.message : String(err)}; the next run removes it.`
          );
        }
      })
    );
  }
};

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

// src/report.ts
var SYMBOL = {
  create: "+",
  update: "~",
  replace: "-/+",
  delete: "-",
  unchanged: "=",
  conflict: "!"
};
function show(v) {
  return v === void 0 || v === null ? "(none)" : JSON.stringify(v);
}
function renderDiff(diff) {
  return diff.map((d) => d.from === void 0 ? `${d.field}: ${show(d.to)}` : `${d.field}: ${show(d.from)} \u2192 ${show(d.to)}`).join(", ");
}
function renderStep(s) {
  const head = `${SYMBOL[s.action]} ${s.action} ${s.key}${s.ownership === "adopted" ? " [adopted]" : ""}`;
  if (s.action === "conflict") return `${head}: ${s.reason ?? "cannot proceed"}${s.diff.length ? ` (${renderDiff(s.diff)})` : ""}`;
  const detail = [s.diff.length ? renderDiff(s.diff) : "", s.reason ?? ""].filter(Boolean).join("; ");
  return detail ? `${head} (${detail})` : head;
}
function renderPlan(plan) {
  const counts = /* @__PURE__ */ new Map();
  for (const s of plan.steps) counts.set(s.action, (counts.get(s.action) ?? 0) + 1);
  const summary = ["create", "update", "replace", "delete", "unchanged", "conflict"].filter((a) => counts.get(a)).map((a) => `${counts.get(a)} to ${a === "unchanged" ? "keep" : a === "conflict" ? "resolve" : a}`).join(", ");
  return [`Plan (${plan.mode}): ${summary || "nothing"}`, ...plan.steps.map(renderStep)].join("\n");
}
function planJson(plan) {
  return JSON.stringify({
    version: plan.version,
    mode: plan.mode,
    steps: plan.steps.map((s) => ({
      key: s.key,
      kind: s.kind,
      action: s.action,
      ...s.reason ? { reason: s.reason } : {},
      diff: s.diff.map((d) => ({ field: d.field, from: d.from ?? null, to: d.to ?? null })),
      ...s.id ? { id: s.id } : {},
      // Extension of version 1 (additive): whether the action created the resource or adopted it.
      ...s.ownership ? { ownership: s.ownership } : {},
      // Extension of version 1 (additive): what the step leaves alone, and why.
      ...s.notices?.length ? { notices: s.notices } : {}
    }))
  });
}
async function coreSink() {
  const core = await import("./actions-core.js");
  return {
    info: (m) => core.info(m),
    warning: (m, props) => core.warning(m, props),
    notice: (m, props) => core.notice(m, props),
    setOutput: (n, v) => core.setOutput(n, v),
    setSecret: (s) => core.setSecret(s),
    exportVariable: (n, v) => core.exportVariable(n, v),
    async summary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(markdown).write();
    }
  };
}
function writeOutputs(sink, outputs) {
  for (const [k, v] of Object.entries(outputs)) if (v !== void 0) sink.setOutput(k, v);
}
function exportedEnvironment(outputs, subscriptionId) {
  const all = {
    AZURE_CLIENT_ID: outputs["client-id"],
    AZURE_TENANT_ID: outputs["tenant-id"],
    AZURE_SUBSCRIPTION_ID: subscriptionId
  };
  const variables = Object.fromEntries(Object.entries(all).filter((e) => !!e[1]));
  return { variables, missing: Object.keys(all).filter((k) => !all[k]) };
}
function exportEnvironment(sink, outputs, subscriptionId) {
  const { variables, missing } = exportedEnvironment(outputs, subscriptionId);
  if (!sink.exportVariable) {
    sink.info("export-env: there are no later steps to export to here (only in a GitHub Actions job); see the outputs instead.");
    return;
  }
  for (const [k, v] of Object.entries(variables)) sink.exportVariable(k, v);
  sink.info(
    `Exported for later steps: ${Object.entries(variables).map(([k, v]) => `${k}=${v}`).join(", ")}.`
  );
  if (missing.length)
    sink.warning(
      `export-env: ${missing.join(", ")} not exported: not known in this run (the managed identity does not exist yet, so it has no client ID).`
    );
}

// src/drift.ts
var isDrift = (s) => CHANGING_ACTIONS.has(s.action) || s.action === "conflict";
function describeField(d) {
  if (d.from === void 0) return `${d.field} is missing, expected ${show(d.to)}`;
  if (d.to === void 0) return `${d.field}: ${show(d.from)}`;
  return `${d.field} is ${show(d.from)}, expected ${show(d.to)}`;
}
function driftMessage(s) {
  const what = s.action === "create" ? "does not exist" : s.diff.length ? s.diff.map(describeField).join("; ") : s.reason ?? s.action;
  const why = s.reason && s.diff.length && (s.action === "conflict" || s.action === "replace") ? ` (${s.reason})` : "";
  return `${s.key}: ${what}${why}`;
}
function driftFindings(plan) {
  if (plan.mode === "destroy") return [];
  return plan.steps.filter(isDrift).map((s) => ({ key: s.key, kind: s.kind, action: s.action, fields: s.diff, message: driftMessage(s) }));
}
function annotate(sink, plan) {
  if (plan.mode === "plan") for (const f of driftFindings(plan)) sink.warning(`Drift: ${f.message}`, { title: `Drift: ${f.key}` });
  for (const s of plan.steps) {
    for (const n of s.notices ?? []) {
      const message = `${s.key}: ${n}`;
      if (sink.notice) sink.notice(message, { title: `Left alone: ${s.key}` });
      else sink.info(message);
    }
  }
}

// src/summary.ts
function escapeMarkdown(s) {
  return s.replace(/\r?\n/g, " ").replace(/[\\`*_{}[\]<>|~!#&]/g, "\\$&");
}
function code(s) {
  const flat = s.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat.replace(/\|/g, "\\|")}${pad}${fence}`;
}
function portalLink(id, portal, tenantId) {
  if (!portal || !/^\/subscriptions\//i.test(id)) return void 0;
  const target = id.replace(/\/federatedIdentityCredentials\/[^/]+$/i, "").replace(/\/providers\/Microsoft\.Authorization\/roleAssignments\/[^/]+$/i, "/users");
  const path = target === "/users" ? "" : target;
  return `${portal.replace(/\/+$/, "")}/#${tenantId ? `@${tenantId}/` : ""}resource${path}`;
}
function idCell(s, ctx) {
  const id = ctx.ids?.[s.key] ?? s.id;
  if (!id) return "";
  const link = portalLink(id, ctx.portal, ctx.tenantId);
  return link ? `[${code(id)}](${encodeURI(link).replace(/\(/g, "%28").replace(/\)/g, "%29")})` : code(id);
}
var seconds = (ms) => ms === void 0 ? "\u2013" : `${(ms / 1e3).toFixed(1)} s`;
function headline(plan, applied, drifted, outcome, verification) {
  if (outcome && (outcome.failed.length || outcome.notAttempted.length || outcome.stopped)) {
    const verb2 = plan.mode === "destroy" ? "deleted" : "made";
    const head = outcome.stopped ? `\u2716 **Stopped** (${escapeMarkdown(outcome.stopped)}):` : "\u2716 **Failed:**";
    return [
      `${head} ${outcome.done.length} of ${countChanges(plan)} change(s) ${verb2}; ${outcome.failed.length} failed; ${outcome.notAttempted.length} not attempted.`,
      ""
    ];
  }
  const n = outcome ? outcome.done.length : countChanges(plan);
  if (plan.mode === "apply" && applied && verification?.verified === false)
    return [
      `\u2716 **Not verified:** ${n} resource(s) changed, but the verification failed: ${escapeMarkdown(verification.detail)} (see Verification below).`,
      ""
    ];
  const verb = plan.mode === "plan" || !applied ? "would change" : "changed";
  const lines = [`${n} resource(s) ${verb}.`];
  if (plan.mode === "plan") {
    lines.unshift(
      drifted ? `\u26A0\uFE0F **Drift:** ${drifted} of ${plan.steps.length} resource(s) differ from the desired state.` : `\u2705 **No drift:** all ${plan.steps.length} resource(s) match the desired state.`
    );
  } else if (plan.mode === "apply" && applied) {
    lines.unshift(n ? "\u2705 **Applied:**" : "\u2705 **Up to date:**");
  } else if (plan.mode === "destroy") {
    const kept = plan.steps.filter((s) => s.action !== "delete" && s.reason !== "does not exist").length;
    lines.unshift(`\u{1F5D1}\uFE0F **Destroy:** ${n} resource(s) ${applied ? "deleted" : "to delete"}, ${kept} kept.`);
  }
  return [lines.join(" "), ""];
}
function result(s, o) {
  if (o.done.includes(s.key)) return "\u2714 done";
  if (o.failed.some((f) => f.key === s.key)) return "\u2716 failed";
  if (o.notAttempted.some((f) => f.key === s.key)) return "\u23F8 not attempted";
  return "\u2013";
}
function resourceTable(plan, ctx) {
  const o = ctx.outcome && (ctx.outcome.failed.length || ctx.outcome.notAttempted.length || ctx.outcome.stopped) ? ctx.outcome : void 0;
  return [
    `| Resource | Action |${o ? " Result |" : ""} Detail | ID |`,
    `|---|---|${o ? "---|" : ""}---|---|`,
    ...plan.steps.map((s) => {
      const detail = [renderDiff(s.diff), s.reason ?? ""].filter(Boolean).join("; ");
      const owner = s.ownership ? ` \xB7 ${s.ownership}` : "";
      return `| ${code(s.key)} | ${SYMBOL[s.action]} ${s.action}${owner} |${o ? ` ${result(s, o)} |` : ""} ${escapeMarkdown(detail)} | ${idCell(s, ctx)} |`;
    }),
    ""
  ];
}
function facts(err) {
  const e = err;
  const parts = [typeof e?.code === "string" ? `code ${e.code}` : "", typeof e?.requestId === "string" ? `request ID ${e.requestId}` : ""];
  return parts.filter(Boolean).join(", ");
}
function failureSections(o) {
  if (!o) return [];
  const out = [];
  if (o.failed.length) {
    out.push("#### What failed", "");
    for (const f of o.failed) {
      const msg = f.error instanceof Error ? f.error.message : String(f.error);
      const extra = facts(f.error);
      out.push(`- ${code(f.key)}: ${escapeMarkdown(msg)}${extra && !msg.includes(extra) ? ` (${escapeMarkdown(extra)})` : ""}`);
    }
    out.push("");
  }
  if (o.notAttempted.length) {
    out.push("#### Not attempted", "", ...o.notAttempted.map((n) => `- ${code(n.key)}: ${escapeMarkdown(n.why)}`), "");
  }
  return out;
}
function failureSummary(mode, phase, err, stopped, timings) {
  const msg = err instanceof Error ? err.message : String(err);
  return [
    `### AKS workload identity (${mode})`,
    "",
    `\u2716 **${escapeMarkdown(phase)} failed**${stopped ? ` (stopped: ${escapeMarkdown(stopped)})` : ""}: nothing was changed and no step was attempted.`,
    "",
    `- ${escapeMarkdown(msg)}`,
    "",
    ...timingTable(timings)
  ].join("\n").trimEnd() + "\n";
}
function inputProblemsSummary(problems) {
  return [
    "### AKS workload identity",
    "",
    `\u2716 **${problems.length} input problem${problems.length === 1 ? "" : "s"}:** nothing was read or changed.`,
    "",
    "| Input | Problem |",
    "|---|---|",
    ...problems.map((p) => `| ${code(p.input)} | ${escapeMarkdown(p.message)} |`),
    ""
  ].join("\n");
}
function driftTable(plan) {
  const findings = plan.mode === "plan" ? driftFindings(plan) : [];
  if (!findings.length) return [];
  const rows = findings.flatMap(
    (f) => f.action === "create" || f.fields.length === 0 ? [
      `| ${code(f.key)} | ${f.action === "create" ? "(the resource)" : "\u2013"} | ${f.action === "create" ? "does not exist" : "\u2013"} | ${f.action === "create" ? "exists" : escapeMarkdown(f.message)} |`
    ] : f.fields.map(
      (d) => `| ${code(f.key)} | ${code(d.field)} | ${d.from === void 0 ? "missing" : code(show(d.from))} | ${d.to === void 0 ? "removed or replaced" : code(show(d.to))} |`
    )
  );
  return ["#### Drift", "", "| Resource | Field | Observed | Desired |", "|---|---|---|---|", ...rows, ""];
}
function noticeList(plan) {
  const notices = plan.steps.flatMap((s) => (s.notices ?? []).map((n) => `- ${code(s.key)}: ${escapeMarkdown(n)}`));
  return notices.length ? ["#### Left alone", "", ...notices, ""] : [];
}
function verificationSection(v) {
  if (v?.markdown) return [v.markdown.trimEnd(), ""];
  const mark = v?.verified === void 0 ? "\u2796 not run" : v.verified ? "\u2705 passed" : "\u274C failed";
  return [
    "#### Verification",
    "",
    "| Check | Result | Detail |",
    "|---|---|---|",
    `| End-to-end token exchange | ${mark} | ${escapeMarkdown(v?.detail ?? "not run")} |`,
    ""
  ];
}
var OUTPUTS = [
  "client-id",
  "principal-id",
  "tenant-id",
  "oidc-issuer-url",
  "federated-credential-name",
  "namespace",
  "service-account",
  "drift",
  "verified"
];
function outputTable(outputs) {
  const shown = OUTPUTS.filter((k) => outputs[k]);
  return shown.length ? ["#### Outputs", "", "| Output | Value |", "|---|---|", ...shown.map((k) => `| ${k} | ${code(outputs[k])} |`), ""] : [];
}
function timingTable(t) {
  if (!t) return [];
  const rows = [
    ["Observe", t.observeMs],
    ["Plan", t.planMs],
    ["Apply", t.applyMs],
    ["Verify", t.verifyMs],
    ["**Total**", t.totalMs]
  ];
  return ["#### Timings", "", "| Phase | Duration |", "|---|--:|", ...rows.map(([p, ms]) => `| ${p} | ${seconds(ms)} |`), ""];
}
function summaryMarkdown(plan, outputs, applied, ctx = {}) {
  const drifted = driftFindings(plan).length;
  const lines = [
    `### AKS workload identity (${plan.mode})`,
    "",
    ...headline(plan, applied, drifted, ctx.outcome, ctx.verification),
    ...resourceTable(plan, ctx),
    ...failureSections(ctx.outcome && (ctx.outcome.failed.length || ctx.outcome.notAttempted.length) ? ctx.outcome : void 0),
    ...driftTable(plan),
    ...noticeList(plan),
    ...plan.mode === "destroy" ? [] : verificationSection(ctx.verification),
    ...outputTable(outputs),
    ...timingTable(ctx.timings)
  ];
  return lines.join("\n").trimEnd() + "\n";
}

export {
  GRACE_MS,
  CLEANUP_MS,
  RunControl,
  CHANGING_ACTIONS,
  UNKNOWN,
  resolver,
  kindOf,
  makePlan,
  countChanges,
  conflicts,
  sameValue,
  createChange,
  renderPlan,
  planJson,
  coreSink,
  writeOutputs,
  exportEnvironment,
  driftFindings,
  annotate,
  escapeMarkdown,
  code,
  failureSummary,
  inputProblemsSummary,
  summaryMarkdown
};
//# sourceMappingURL=summary.js.map
