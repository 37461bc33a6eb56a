import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  CHANGING_ACTIONS,
  countChanges
} from "./plan.js";
import {
  StoppedError
} from "./transport.js";

// src/run-control.ts
const { setMaxListeners } = require("node:events");
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
  return [`Plan (${plan.mode}): ${summary || "nothing"}`, ...groupedSteps(plan.steps)].join("\n");
}
function groupedSteps(steps) {
  if (!steps.some((s) => s.workloads)) return steps.map(renderStep);
  const groups = /* @__PURE__ */ new Map();
  const all = new Set(steps.flatMap((s) => s.workloads ?? []));
  for (const s of steps) {
    const w = s.workloads ?? [];
    const head = w.length === 1 ? `Workload ${w[0]}:` : w.length === all.size ? "Shared by every workload:" : `Shared by ${w.join(", ")}:`;
    groups.set(head, [...groups.get(head) ?? [], s]);
  }
  const order = [...groups.keys()].sort((a, b) => Number(a.startsWith("Workload")) - Number(b.startsWith("Workload")));
  return order.flatMap((head) => [head, ...groups.get(head).map((s) => `  ${renderStep(s)}`)]);
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
      ...s.notices?.length ? { notices: s.notices } : {},
      // Extension of version 1 (additive): the change only scales runners to demand (runner-count: auto), not drift.
      ...s.scaling ? { scaling: true } : {},
      // Extension of version 1 (additive): a run of several workloads, the workloads the resource is part of.
      ...s.workloads ? { workloads: s.workloads } : {}
    }))
  });
}
async function coreSink() {
  const { info, warning, notice, setOutput, setSecret, exportVariable, summary } = await import("./actions-core-2.js");
  const core = { info, warning, notice, setOutput, setSecret, exportVariable, summary };
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
var isDrift = (s) => CHANGING_ACTIONS.has(s.action) && !s.scaling || s.action === "conflict";
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
    ...ctx.workloads ?? [],
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
