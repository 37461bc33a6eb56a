import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  armReader,
  assignmentState,
  clientOptions,
  createAzureServices,
  diagnoseArm,
  diagnoseAssignment,
  diagnoseExchange,
  diagnoseWebhook,
  exchange,
  exchangeFailure,
  isDataPlaneRole,
  isPropagating,
  loadArmSdks,
  roleGrants,
  signIn,
  tokenClaims,
  workloadCredential
} from "./verify-diagnose.js";
import {
  AKS_SERVER_SCOPE,
  coordinationApi,
  coreApi,
  customObjectsApi,
  makeApi,
  rbacApi,
  reachCluster
} from "./kube-client.js";
import {
  azureKeys,
  bare,
  combinedVerification,
  desiredState,
  desiredStateWarnings,
  kubeOutputs,
  listRoleAssignments,
  manyOutputs,
  mapLimited,
  observedStateWarnings,
  roleAssignmentKind,
  roleDefinitionsNamed,
  withWorkloads,
  workloadGraph,
  workloadsOutput,
  workloadsSummary
} from "./workloads.js";
import {
  errorCode,
  errorStatus,
  explain,
  isNotFound
} from "./azure-errors.js";
import "./names.js";
import {
  RunControl,
  annotate,
  code,
  coreSink,
  driftFindings,
  escapeMarkdown,
  exportEnvironment,
  failureSummary,
  planJson,
  renderPlan,
  summaryMarkdown,
  writeOutputs
} from "./summary.js";
import {
  CHANGING_ACTIONS,
  UNKNOWN,
  conflicts,
  countChanges,
  createChange,
  kindOf,
  makePlan,
  resolver,
  sameValue
} from "./plan.js";
import {
  githubAnswer,
  githubClient,
  githubError,
  runnerAppTokens
} from "./github-app.js";
import "./privileged-roles.js";
import {
  AKS_SERVER_APP_ID,
  StoppedError,
  armScope,
  cloudOfAudience,
  isStopped,
  sleep
} from "./transport.js";
import {
  COMPONENT_LABEL,
  KUBE_MARKS,
  RUNNER_CONTAINER,
  RUNNER_ID_ANNOTATION,
  RUNNER_SET_LABEL,
  SPEC_HASH_ANNOTATION,
  allRunnersSelector,
  canonicalJson,
  carriesIdentity,
  credentialSecretManifest,
  credentialSecretsSelector,
  emptyConfiguration,
  namespaceManifest,
  ownershipLabels,
  runnerLabels,
  runnerName,
  runnerPodManifest,
  runnerSetValue,
  runnerSlot,
  runnerSpecHash,
  serviceAccountManifest,
  shapedRunnerPod
} from "./shaping-pod-schema.js";
import {
  require_yaml
} from "./yaml.js";
import {
  markOf
} from "./ownership.js";
import {
  CLIENT_ID_ANNOTATION,
  DRIVERS,
  HOOK_TEMPLATE_KEY,
  MANAGED_BY_LABEL,
  OWNER_KEY_LABEL,
  OWNER_KEY_TAG,
  OWNER_TAG,
  OWNER_VALUE,
  TENANT_ID_ANNOTATION,
  USE_LABEL,
  arcSecretData,
  credentialSecretName,
  derivedCredential,
  hookTemplateConfigMap,
  kindOfComponent,
  roleGuid,
  runnerServiceAccountName,
  scopeKind
} from "./runner-kinds-gitlab.js";
import "./jose.js";
import "./jose-2.js";
import {
  __toESM
} from "./esbuild-runtime.js";

// src/graph.ts
async function observeAll(resources, kinds, ctx) {
  const byKey = new Map(resources.map((r) => [r.key, r]));
  const started = /* @__PURE__ */ new Map();
  const noRefs = () => ({});
  const observe2 = (key) => {
    let p = started.get(key);
    if (!p) {
      const r = byKey.get(key);
      if (!r) return Promise.reject(new Error(`no resource '${key}' to observe`));
      p = kindOf(kinds, r.kind).observe(r, r.spec(noRefs), ctx, upstream);
      started.set(key, p);
    }
    return p;
  };
  const upstream = async (key) => {
    const state = await observe2(key);
    const r = byKey.get(key);
    return state === void 0 || !r ? void 0 : kindOf(kinds, r.kind).outputs(state, r.spec(noRefs));
  };
  const results = await Promise.allSettled(resources.map((r) => observe2(r.key)));
  const failed = results.flatMap((res) => res.status === "rejected" ? [res.reason] : []);
  if (failed.length) throw combine("Reading the current state", failed);
  return new Map(resources.map((r, i) => [r.key, results[i].value]));
}
function limiter(limit) {
  let active = 0;
  const queue = [];
  return async (fn) => {
    if (active >= limit) await new Promise((r) => queue.push(r));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}
var NotAttempted = class extends Error {
  constructor(message3, blockedBy = []) {
    super(message3);
    this.blockedBy = blockedBy;
    this.name = "NotAttempted";
  }
  blockedBy;
};
var ConflictError = class extends Error {
  constructor(step) {
    super(`${step.key}: ${step.reason ?? "conflict"}`);
    this.step = step;
    this.name = "ConflictError";
  }
  step;
};
async function applyPlan(plan2, resources, observed, kinds, ctx, concurrency = 8, stop) {
  const states = new Map(observed);
  const { spec } = resolver(kinds, resources, (k) => states.get(k), false);
  const steps = new Map(plan2.steps.map((s) => [s.key, s]));
  const running = /* @__PURE__ */ new Map();
  const limit = limiter(concurrency);
  const failures = [];
  const done = [];
  const reverse = plan2.mode === "destroy";
  const waitsFor = (s) => reverse ? plan2.steps.filter((o) => o.dependsOn.includes(s.key)).map((o) => o.key) : s.dependsOn;
  const run = (key) => {
    let p = running.get(key);
    if (p) return p;
    const step = steps.get(key);
    p = (async () => {
      const waits = waitsFor(step);
      const deps = await Promise.allSettled(waits.map(run));
      if (!CHANGING_ACTIONS.has(step.action) && step.action !== "conflict") return;
      const blockedBy = waits.filter((_, i) => deps[i].status === "rejected");
      if (blockedBy.length) throw new NotAttempted(`${key}: not attempted, as it depends on ${blockedBy.join(", ")}`, blockedBy);
      if (step.action === "conflict") throw new ConflictError(step);
      const kind = kindOf(kinds, step.kind);
      const lane = kind.lane?.(spec(key));
      const slot = (fn) => lane ? ctx.exclusive(lane, () => limit(fn)) : limit(fn);
      await slot(async () => {
        if (stop?.aborted && CHANGING_ACTIONS.has(step.action)) throw new NotAttempted(`${key}: not attempted, the run was stopped`);
        if (step.action === "delete") {
          await kind.destroy(step, spec(key), states.get(key), ctx);
          states.delete(key);
        } else if (CHANGING_ACTIONS.has(step.action)) {
          states.set(key, await kind.apply(step, spec(key), states.get(key), ctx));
        }
      });
      if (CHANGING_ACTIONS.has(step.action)) done.push(key);
    })();
    p.catch((error) => failures.push({ step, error, skipped: error instanceof NotAttempted }));
    running.set(key, p);
    return p;
  };
  await Promise.allSettled(plan2.steps.map((s) => run(s.key)));
  return { states, failures, done };
}
function combine(what, errors) {
  const msg = (e) => e instanceof Error ? e.message : String(e);
  if (errors.length === 1) return errors[0] instanceof Error ? errors[0] : new Error(`${what} failed: ${msg(errors[0])}`);
  const err = new Error(`${what} failed in ${errors.length} places:
${errors.map((e, i) => `${i + 1}. ${msg(e)}`).join("\n")}`);
  err.cause = errors[0];
  return err;
}

// src/retry.ts
var DEFAULT_RETRY = {
  // Concurrent FIC writes on one identity: Pulumi backs off 20 s / 60 s / 120 s.
  ficConcurrency: { initialDelayMs: 2e3, maxDelayMs: 3e4, budgetMs: 18e4 },
  // Entra replication to ARM: azwi 7 x 5 s, Terraform minutes.
  principalNotFound: { initialDelayMs: 5e3, maxDelayMs: 3e4, budgetMs: 3e5 },
  // Identity not yet visible to its child resource: OpenShift 24 x 10 s.
  parentNotFound: { initialDelayMs: 5e3, maxDelayMs: 1e4, budgetMs: 24e4 },
  // AKS runs one operation at a time; another one (upgrade, key rotation) can take many minutes.
  clusterBusy: { initialDelayMs: 15e3, maxDelayMs: 6e4, budgetMs: 18e5 }
};
var realClock = {
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
  now: () => Date.now()
};
function retryReason(err) {
  const code2 = errorCode(err)?.toLowerCase();
  const status = errorStatus(err);
  if (code2 === "concurrentfederatedidentitycredentialswritesforsinglemanagedidentity") return "ficConcurrency";
  if (code2 === "principalnotfound") return "principalNotFound";
  if (code2 === "parentresourcenotfound") return "parentNotFound";
  const inProgress = /another operation .* is in progress|operation .* is in progress/i.test(errorMessage(err));
  if (code2 === "notlatestoperation" || code2 === "anotheroperationinprogress") return "clusterBusy";
  if (code2 === "operationnotallowed") return inProgress ? "clusterBusy" : void 0;
  if (status === 409 && inProgress) return "clusterBusy";
  return void 0;
}
function errorMessage(err) {
  return err instanceof Error ? err.message : String(err);
}
async function withRetry(what, fn, opts) {
  const started = /* @__PURE__ */ new Map();
  const random = opts.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      const reason = retryReason(err);
      if (!reason || opts.reasons && !opts.reasons.has(reason)) throw err;
      const bounds = opts.config[reason];
      const now = opts.clock.now();
      const since = started.get(reason) ?? now;
      started.set(reason, since);
      const base = Math.min(bounds.maxDelayMs, bounds.initialDelayMs * 2 ** (attempt - 1));
      const delayMs = Math.round(base / 2 + base / 2 * random());
      if (now - since + delayMs > bounds.budgetMs) throw new RetryExhaustedError(what, reason, attempt, now - since, err);
      opts.onRetry?.({ what, reason, attempt, delayMs, error: err });
      await opts.clock.sleep(delayMs);
    }
  }
}
var EXPLAIN = {
  ficConcurrency: "another process kept writing federated credentials on the same identity",
  principalNotFound: "the new identity's service principal did not replicate to Azure RBAC in time",
  parentNotFound: "the new identity did not become visible to its federated credentials in time",
  clusterBusy: "another operation on the cluster kept running"
};
var RetryExhaustedError = class extends Error {
  constructor(what, reason, attempts, elapsedMs, cause) {
    const last = cause instanceof Error ? cause.message : String(cause);
    super(`${what}: gave up after ${attempts} attempts in ${Math.round(elapsedMs / 1e3)} s (${EXPLAIN[reason]}). Last error: ${last}`);
    this.what = what;
    this.reason = reason;
    this.attempts = attempts;
    this.elapsedMs = elapsedMs;
    this.cause = cause;
    this.name = "RetryExhaustedError";
  }
  what;
  reason;
  attempts;
  elapsedMs;
  cause;
};

// src/azure/cluster.ts
var SETTLED = /* @__PURE__ */ new Set(["succeeded", "failed", "canceled"]);
var ETAG_ATTEMPTS = 5;
var enableCommand = (s) => `az aks update --resource-group ${s.resourceGroup} --name ${s.name} --enable-oidc-issuer --enable-workload-identity`;
function stateOf(mc) {
  return {
    id: mc.id ?? "",
    location: mc.location,
    oidcIssuerEnabled: mc.oidcIssuerProfile?.enabled === true,
    workloadIdentityEnabled: mc.securityProfile?.workloadIdentity?.enabled === true,
    issuerUrl: mc.oidcIssuerProfile?.issuerURL || void 0,
    provisioningState: mc.provisioningState
  };
}
var ready = (o) => o.oidcIssuerEnabled && o.workloadIdentityEnabled && !!o.issuerUrl;
function diffCluster(spec, o) {
  if (!o) {
    return {
      action: "conflict",
      diff: [],
      reason: `AKS cluster '${spec.name}' was not found in resource group '${spec.resourceGroup}': check resource-group, cluster-name and subscription-id`
    };
  }
  if (ready(o)) return { action: "unchanged", diff: [], id: o.id };
  const diff = [
    ...o.oidcIssuerEnabled ? [] : [{ field: "oidcIssuerProfile.enabled", from: false, to: true }],
    ...o.workloadIdentityEnabled ? [] : [{ field: "securityProfile.workloadIdentity.enabled", from: false, to: true }]
  ];
  if (!spec.enableFeatures) {
    return {
      action: "conflict",
      diff,
      id: o.id,
      reason: `the cluster's OIDC issuer and workload identity must be on. Run: ${enableCommand(spec)} (or set enable-cluster-features: true)`
    };
  }
  return {
    action: "update",
    diff,
    id: o.id,
    reason: "enables the OIDC issuer and workload identity (the API server restarts; the issuer cannot be turned off again)"
  };
}
async function read(spec, ctx) {
  try {
    return await explain(
      `Reading AKS cluster ${spec.resourceGroup}/${spec.name}`,
      () => ctx.azure.aks.managedClusters.get(spec.resourceGroup, spec.name)
    );
  } catch (err) {
    if (isNotFound(err)) return void 0;
    throw err;
  }
}
async function updateOnce(spec, ctx, what) {
  const mc = await read(spec, ctx);
  if (!mc) throw new Error(`${what} failed: the cluster no longer exists`);
  const now = stateOf(mc);
  if (ready(now)) {
    if (now.provisioningState && !SETTLED.has(now.provisioningState.toLowerCase())) {
      throw Object.assign(new Error(`the cluster is still ${now.provisioningState} (another operation is in progress)`), {
        code: "AnotherOperationInProgress",
        statusCode: 409
      });
    }
    return now;
  }
  if (mc.powerState?.code === "Stopped")
    throw new Error(
      `${what} failed: the cluster is stopped (powerState Stopped). Start it (az aks start --resource-group ${spec.resourceGroup} --name ${spec.name}) and re-run.`
    );
  ctx.checkpoint();
  mc.oidcIssuerProfile = { ...mc.oidcIssuerProfile, enabled: true };
  mc.securityProfile = { ...mc.securityProfile, workloadIdentity: { ...mc.securityProfile?.workloadIdentity, enabled: true } };
  const started = Date.now();
  const result = await explain(what, async () => {
    const poller = ctx.azure.aks.managedClusters.createOrUpdate(spec.resourceGroup, spec.name, mc, {
      updateIntervalInMs: ctx.azure.pollIntervalMs,
      // Optimistic concurrency: the PUT carries the whole cluster as read, so it must not overwrite a newer one.
      ...mc.eTag ? { ifMatch: mc.eTag } : {},
      abortSignal: ctx.signal
    });
    let last = "";
    poller.onProgress((state) => {
      if (state.status !== last) {
        last = state.status;
        ctx.log.info(`  cluster update ${state.status} (${Math.round((Date.now() - started) / 1e3)} s)`);
      }
    });
    return poller.pollUntilDone({ abortSignal: ctx.signal });
  });
  const after = stateOf(result);
  if (!after.issuerUrl) {
    const again = await read(spec, ctx);
    if (again) return stateOf(again);
  }
  ctx.log.info(`  cluster updated in ${Math.round((Date.now() - started) / 1e3)} s; issuer ${after.issuerUrl ?? "(not reported)"}`);
  return after;
}
var clusterKind = {
  kind: "cluster",
  async observe(_r, spec, ctx) {
    const mc = await read(spec, ctx);
    return mc && stateOf(mc);
  },
  diff: diffCluster,
  async apply(_step, spec, _observed, ctx) {
    const what = `Enabling the OIDC issuer and workload identity on AKS cluster ${spec.resourceGroup}/${spec.name}`;
    ctx.log.info(`${what}: this restarts the cluster's API server and can take several minutes.`);
    return ctx.retry(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await updateOnce(spec, ctx, what);
        } catch (err) {
          if (errorStatus(err) !== 412 || attempt >= ETAG_ATTEMPTS) throw err;
          ctx.log.info(`  the cluster changed since it was read (412 on If-Match): reading it again (attempt ${attempt + 1})`);
        }
      }
    }, what);
  },
  outputs(o) {
    return { id: o?.id, location: o?.location, issuerUrl: o?.issuerUrl, workloadIdentityEnabled: o && String(o.workloadIdentityEnabled) };
  },
  keepReason: () => "destroy never changes the cluster: its OIDC issuer and workload identity stay on (other workloads may rely on them)"
};

// src/azure/identity.ts
var normLocation = (l) => l.replace(/\s+/g, "").toLowerCase();
var AZURE_MARKS = { key: OWNER_KEY_TAG, managedBy: OWNER_TAG, managedByValue: OWNER_VALUE, caseInsensitive: true };
var markOfIdentity = (o, spec) => markOf(o.tags, spec.ownerKey, AZURE_MARKS);
var ownsIdentity = (o, spec) => ["ours", "legacy"].includes(markOfIdentity(o, spec));
function diffIdentity(spec, o) {
  if (!o) {
    return { ...createChange({ location: spec.location, ...prefixed("tags", { ...spec.tags, ...spec.ownerTag }) }), ownership: "owned" };
  }
  if (spec.locationGiven && spec.location !== UNKNOWN && normLocation(spec.location) !== normLocation(o.location)) {
    return {
      action: "conflict",
      id: o.id,
      diff: [{ field: "location", from: o.location, to: spec.location }],
      reason: `the identity exists in '${o.location}'; moving it means deleting it, which changes its client ID. Remove the location input, or delete the identity yourself`
    };
  }
  const diff = [];
  const mark2 = markOfIdentity(o, spec);
  for (const [k, v] of Object.entries(wantedTags(spec, mark2))) {
    const existing = Object.entries(o.tags).find(([ek]) => ek.toLowerCase() === k.toLowerCase());
    if (existing?.[1] !== v) diff.push({ field: `tags.${k}`, from: existing?.[1], to: v });
  }
  const ownership = mark2 === "ours" || mark2 === "legacy" ? "owned" : "adopted";
  const reason = mark2 === "legacy" ? `created by a previous version of the action (tag ${OWNER_TAG} only): the owner key is recorded` : void 0;
  return diff.length ? { action: "update", diff, id: o.id, ownership, ...reason ? { reason } : {} } : { action: "unchanged", diff: [], id: o.id, ownership };
}
function wantedTags(spec, mark2) {
  return mark2 === "legacy" ? { ...spec.tags, [OWNER_KEY_TAG]: spec.ownerKey } : spec.tags;
}
function prefixed(prefix, rec) {
  return Object.fromEntries(Object.entries(rec).map(([k, v]) => [`${prefix}.${k}`, v]));
}
function stateOf2(i) {
  return {
    id: i.id ?? "",
    location: i.location,
    tags: { ...i.tags ?? {} },
    clientId: i.clientId ?? "",
    principalId: i.principalId ?? "",
    tenantId: i.tenantId ?? ""
  };
}
var identityKind = {
  kind: "identity",
  async observe(_r, spec, ctx) {
    try {
      const i = await explain(
        `Reading managed identity ${spec.resourceGroup}/${spec.name}`,
        () => ctx.azure.msi.userAssignedIdentities.get(spec.resourceGroup, spec.name)
      );
      return stateOf2(i);
    } catch (err) {
      if (isNotFound(err)) return void 0;
      throw err;
    }
  },
  diff: diffIdentity,
  async apply(step, spec, o, ctx) {
    const msi = ctx.azure.msi.userAssignedIdentities;
    const label = `${spec.resourceGroup}/${spec.name}`;
    if (step.action === "create" || !o) {
      if (spec.location === UNKNOWN)
        throw new Error(
          `Creating managed identity ${label} failed: no location (the cluster's location is unknown); set the location input`
        );
      const created = await explain(
        `Creating managed identity ${label}`,
        () => msi.createOrUpdate(spec.resourceGroup, spec.name, { location: spec.location, tags: { ...spec.tags, ...spec.ownerTag } })
      );
      return stateOf2(created);
    }
    const tags = { ...o.tags };
    for (const [k, v] of Object.entries(wantedTags(spec, markOfIdentity(o, spec)))) {
      for (const ek of Object.keys(tags)) if (ek.toLowerCase() === k.toLowerCase()) delete tags[ek];
      tags[k] = v;
    }
    const updated = await explain(
      `Updating the tags of managed identity ${label}`,
      () => msi.update(spec.resourceGroup, spec.name, { tags })
    );
    return stateOf2(updated);
  },
  outputs(o) {
    return { id: o?.id, clientId: o?.clientId, principalId: o?.principalId, tenantId: o?.tenantId, location: o?.location };
  },
  owned: ownsIdentity,
  keepReason: (o, spec) => markOfIdentity(o, spec) === "other" ? `it was created for another workload (its tag ${OWNER_KEY_TAG} is not ${spec.ownerKey}), which owns it` : `it has no tag ${OWNER_TAG}: ${OWNER_VALUE}, so this action did not create it (adopted)`,
  async destroy(_step, _spec, o, ctx) {
    const m = /resourcegroups\/([^/]+)\/.*userAssignedIdentities\/([^/]+)$/i.exec(o.id);
    if (!m) throw new Error(`cannot parse identity id ${o.id}`);
    await explain(`Deleting managed identity ${m[1]}/${m[2]}`, () => ctx.azure.msi.userAssignedIdentities.delete(m[1], m[2]));
  }
};

// src/azure/federation.ts
var MAX_CREDENTIALS_PER_IDENTITY = 20;
function matchCredential(spec, list2) {
  const same = spec.issuer === UNKNOWN ? void 0 : list2.find((c) => c.issuer === spec.issuer && c.subject === spec.subject);
  if (same) return { target: same, adopted: same.name.toLowerCase() !== spec.name.toLowerCase() };
  return { target: list2.find((c) => c.name.toLowerCase() === spec.name.toLowerCase()), adopted: false };
}
function diffCredential(spec, o) {
  const list2 = o?.credentials ?? [];
  const { target, adopted } = matchCredential(spec, list2);
  const desired = { issuer: spec.issuer, subject: spec.subject, audiences: spec.audiences };
  if (!target) {
    const siblings = new Set((spec.siblings ?? []).map((n) => n.toLowerCase()));
    if (siblings.size) {
      const foreign = list2.filter((c) => !siblings.has(c.name.toLowerCase())).length;
      if (foreign + siblings.size + 1 > MAX_CREDENTIALS_PER_IDENTITY)
        return {
          action: "conflict",
          diff: [],
          reason: `the identity has ${foreign} federated credential(s) this run does not declare and the run declares ${siblings.size + 1} on it: ${foreign + siblings.size + 1}, over Azure's limit of ${MAX_CREDENTIALS_PER_IDENTITY}. Delete unused ones (az identity federated-credential list/delete --identity-name ${spec.identityName} --resource-group ${spec.identityResourceGroup}) or give some workloads another identity`
        };
    } else if (list2.length >= MAX_CREDENTIALS_PER_IDENTITY) {
      return {
        action: "conflict",
        diff: [],
        reason: `the identity already has ${list2.length} federated credentials, Azure's limit of ${MAX_CREDENTIALS_PER_IDENTITY}: delete unused ones (az identity federated-credential list/delete --identity-name ${spec.identityName} --resource-group ${spec.identityResourceGroup}) or use another identity`
      };
    }
    return { ...createChange({ name: spec.name, ...desired }), ownership: "owned" };
  }
  if (spec.nameGiven && !adopted && target.subject !== spec.subject)
    return {
      action: "conflict",
      id: target.id,
      diff: [{ field: "subject", from: target.subject, to: spec.subject }],
      reason: `a federated credential named '${target.name}' already trusts ${target.subject}, another workload's service account: the action never changes it. Choose another federated-credential-name`
    };
  const diff = [];
  for (const [field, want] of Object.entries(desired)) {
    const have = target[field];
    if (!sameValue(want, have)) diff.push({ field, from: have, to: want });
  }
  const reasons = [
    adopted ? `adopts the existing credential '${target.name}' (same issuer and subject)` : void 0,
    audienceReason(spec.audiences, target.audiences)
  ].filter(Boolean);
  const reason = reasons.length ? reasons.join("; ") : void 0;
  return {
    action: diff.length ? "update" : "unchanged",
    diff,
    id: target.id,
    ownership: adopted ? "adopted" : "owned",
    ...reason ? { reason } : {}
  };
}
function audienceReason(want, have) {
  if (sameValue(want, have)) return void 0;
  const wanted = want.map(cloudOfAudience).find((c) => c !== void 0);
  const wrong = have.find((a) => {
    const c = cloudOfAudience(a);
    return c !== void 0 && c !== wanted;
  });
  if (!wrong) return void 0;
  const other = cloudOfAudience(wrong);
  return wanted ? `its audience '${wrong}' is the token-exchange audience of ${other.label}, and Entra ID of ${wanted.label} exchanges only '${wanted.tokenExchangeAudience}'` : `its audience '${wrong}' is the token-exchange audience of ${other.label}, not the one asked for`;
}
function toCredential(f) {
  return { id: f.id ?? "", name: f.name ?? "", issuer: f.issuer ?? "", subject: f.subject ?? "", audiences: [...f.audiences ?? []] };
}
async function listCredentials(azure, resourceGroup, identityName) {
  const credentials = [];
  for await (const f of azure.msi.federatedIdentityCredentials.list(resourceGroup, identityName)) credentials.push(toCredential(f));
  return credentials;
}
async function list(spec, ctx) {
  try {
    return await explain(`Listing the federated credentials of ${spec.identityResourceGroup}/${spec.identityName}`, async () => ({
      credentials: await listCredentials(ctx.azure, spec.identityResourceGroup, spec.identityName)
    }));
  } catch (err) {
    if (isNotFound(err)) return void 0;
    throw err;
  }
}
var isDuplicateIssuerSubject = (err) => errorStatus(err) === 400 && /issuer and subject combination already exists/i.test(err instanceof Error ? err.message : String(err));
var federationKind = {
  kind: "federated-credential",
  // One list per identity, however many of the run's credentials are on it (a shared identity of a workloads file).
  observe: (_r, spec, ctx) => ctx.memo(`federated-credentials:${spec.identityKey}`, () => list(spec, ctx)),
  diff: diffCredential,
  async apply(_step, spec, o, ctx) {
    if (spec.issuer === UNKNOWN) throw new Error(`Federating ${spec.identityName} failed: the cluster reports no OIDC issuer URL`);
    {
      let current = o ?? { credentials: [] };
      let { target } = matchCredential(spec, current.credentials);
      const write = async (name) => toCredential(
        await ctx.retry(
          () => explain(
            `Writing federated credential '${name}' on ${spec.identityResourceGroup}/${spec.identityName}`,
            () => ctx.azure.msi.federatedIdentityCredentials.createOrUpdate(spec.identityResourceGroup, spec.identityName, name, {
              issuer: spec.issuer,
              subject: spec.subject,
              audiences: spec.audiences
            })
          ),
          `Writing federated credential '${name}'`
        )
      );
      if (target && diffCredential(spec, current).action === "unchanged") return current;
      let written;
      try {
        written = await write(target?.name ?? spec.name);
      } catch (err) {
        if (!isDuplicateIssuerSubject(err)) throw err;
        current = await list(spec, ctx) ?? { credentials: [] };
        target = matchCredential(spec, current.credentials).target;
        if (!target) throw err;
        ctx.log.info(`  adopting federated credential '${target.name}' (same issuer and subject, written concurrently)`);
        if (diffCredential(spec, current).action === "unchanged") return current;
        written = await write(target.name);
      }
      return { credentials: [...current.credentials.filter((c) => c.name.toLowerCase() !== written.name.toLowerCase()), written] };
    }
  },
  /** Every credential write of one identity in one lane (graph.ts): one after another, none holding a slot while it waits. */
  lane: (spec) => `federated-credentials:${spec.identityKey}`,
  /** Ours when it has the name this action gives it (an adopted credential, named by someone else, is kept). */
  owned: (o, spec) => {
    const m = matchCredential(spec, o.credentials);
    return !!m.target && !m.adopted && m.target.name.toLowerCase() === spec.name.toLowerCase();
  },
  /** The list of the identity's credentials is there; ours (by name, or adopted) may not be. */
  exists: (o, spec) => !!matchCredential(spec, o.credentials).target,
  keepReason: (o, spec) => `it is named '${matchCredential(spec, o.credentials).target?.name}', not '${spec.name}': someone else created it (adopted for its issuer and subject)`,
  /** Someone else's trust in the same subject: the same issuer under another name (adopted), or another issuer. */
  notices(o, spec) {
    const { target, adopted } = o ? matchCredential(spec, o.credentials) : { target: void 0, adopted: false };
    const others = (o?.credentials ?? []).filter((c) => c !== target && c.subject === spec.subject);
    return [
      ...target && adopted ? [
        `credential '${target.name}' has this issuer and subject under a name this action did not give it: adopted as is, and destroy keeps it`
      ] : [],
      ...others.map(
        (c) => `credential '${c.name}' also trusts subject ${c.subject} (issuer ${c.issuer}); this action did not create it and leaves it in place`
      )
    ];
  },
  /** Deleting the identity would delete others' credentials on it. */
  keepsDependencies(o, spec) {
    const target = matchCredential(spec, o.credentials).target;
    const siblings = new Set((spec.siblings ?? []).map((n) => n.toLowerCase()));
    const foreign = o.credentials.filter(
      (c) => !siblings.has(c.name.toLowerCase()) && (c !== target || c.name.toLowerCase() !== spec.name.toLowerCase())
    );
    return foreign.length ? `the identity holds federated credential(s) this action did not create (${foreign.map((c) => `'${c.name}'`).join(", ")}), which deleting it would delete` : void 0;
  },
  async destroy(_step, spec, _o, ctx) {
    await ctx.retry(
      () => explain(
        `Deleting federated credential '${spec.name}' of ${spec.identityResourceGroup}/${spec.identityName}`,
        () => ctx.azure.msi.federatedIdentityCredentials.delete(spec.identityResourceGroup, spec.identityName, spec.name)
      ),
      `Deleting federated credential '${spec.name}'`
    );
  },
  outputs(o, spec) {
    const t = o ? matchCredential(spec, o.credentials).target : void 0;
    return { id: t?.id, name: t?.name };
  }
};

// src/kube/services.ts
const { hostname } = require("node:os");
const { randomBytes } = require("node:crypto");
const { delimiter } = require("node:path");

// src/azure/run-command.ts
var RunCommandFailedError = class extends Error {
  constructor(message3) {
    super(message3);
    this.name = "RunCommandFailedError";
  }
};
var RUN_COMMAND_PERMISSION = "Microsoft.ContainerService/managedClusters/runCommand/action";
function aksRunCommand(o) {
  const where = `${o.resourceGroup}/${o.clusterName}`;
  let cluster;
  const readCluster = () => cluster ??= explain(
    `Reading the AKS cluster ${where} (for cluster-access: run-command)`,
    () => o.client.managedClusters.get(o.resourceGroup, o.clusterName)
  ).catch((err) => {
    cluster = void 0;
    throw err;
  });
  return async (command, context, signal) => {
    const mc = await readCluster();
    if (mc.apiServerAccessProfile?.disableRunCommand === true) {
      throw new RunCommandFailedError(
        `The AKS cluster ${where} has run-command disabled (apiServerAccessProfile.disableRunCommand), so 'cluster-access: run-command' cannot reach it. Enable it (az aks update --resource-group ${o.resourceGroup} --name ${o.clusterName} --enable-run-command), or run the action on a runner inside the cluster's network with 'cluster-access: direct'.`
      );
    }
    let clusterToken;
    if (mc.aadProfile?.managed === true) {
      const t = await o.credential.getToken(`${AKS_SERVER_APP_ID}/.default`, { abortSignal: signal });
      if (!t?.token)
        throw new RunCommandFailedError(
          `The action's Azure credential returned no token for the AKS server application (${AKS_SERVER_APP_ID}).`
        );
      o.mask(t.token);
      clusterToken = t.token;
    }
    const started = Date.now();
    const result = await explain(
      `AKS run-command on ${where} (\`${command}\`)`,
      () => o.client.managedClusters.runCommand(
        o.resourceGroup,
        o.clusterName,
        { command, ...context ? { context } : {}, ...clusterToken ? { clusterToken } : {} },
        {
          ...o.pollIntervalMs !== void 0 ? { updateIntervalInMs: o.pollIntervalMs } : {},
          ...signal ? { abortSignal: signal } : {}
        }
      ).pollUntilDone(),
      () => `The principal needs ${RUN_COMMAND_PERMISSION} on the cluster (e.g. the role Azure Kubernetes Service Cluster User Role plus a role with that action, or Contributor).`
    );
    if (result.provisioningState && result.provisioningState !== "Succeeded") {
      throw new RunCommandFailedError(
        `AKS run-command ${result.id ?? ""} on ${where} ended ${result.provisioningState}${result.reason ? `: ${result.reason}` : ""} (command \`${command}\`). AKS could not run the command pod (the cluster may be stopped, or its nodes cannot pull the command image); check the cluster, then re-run.`
      );
    }
    const outcome = { exitCode: result.exitCode ?? -1, logs: result.logs ?? "", ...result.id ? { id: result.id } : {} };
    o.onCommand?.(command, outcome, Date.now() - started);
    return outcome;
  };
}

// src/kube/zip.ts
const { crc32 } = require("node:zlib");
var DOS_TIME = 0;
var DOS_DATE = 0 << 9 | 1 << 5 | 1;
function zipFiles(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name, "utf8");
    const data = typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(67324752, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(2048, 6);
    local.writeUInt16LE(0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(33639248, 0);
    central.writeUInt16LE(798, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(2048, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(33188 << 16 >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(101010256, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

// src/kube/run-command.ts
var shellQuote = (s) => /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
var line = (args) => ["kubectl", ...args].map(shellQuote).join(" ");
var RunCommandUnsupportedError = class extends Error {
  constructor(what) {
    super(`cluster-access: run-command cannot send ${what}: only GET, POST, PUT, DELETE and server-side apply PATCH are mapped to kubectl.`);
    this.name = "RunCommandUnsupportedError";
  }
};
function kubectlFor(method, uri, contentType, body) {
  const withBody = body !== void 0 && body !== "";
  switch (method.toUpperCase()) {
    case "GET":
      return { command: line(["get", "--raw", uri]), files: {} };
    case "POST":
      return { command: line(["create", "--raw", uri, "-f", "body.json"]), files: { "body.json": body ?? "{}" } };
    case "PUT":
      return { command: line(["replace", "--raw", uri, "-f", "body.json"]), files: { "body.json": body ?? "{}" } };
    case "DELETE":
      return withBody ? { command: line(["delete", "--raw", uri, "-f", "body.json"]), files: { "body.json": body } } : { command: line(["delete", "--raw", uri]), files: {} };
    case "PATCH": {
      if (!/^application\/apply-patch\+(yaml|json)/.test(contentType ?? ""))
        throw new RunCommandUnsupportedError(`a PATCH of type ${contentType ?? "(none)"}`);
      const q = new URL(uri, "https://cluster.invalid").searchParams;
      const manager = q.get("fieldManager");
      if (!manager) throw new RunCommandUnsupportedError("a server-side apply without fieldManager");
      const args = ["apply", "--server-side", `--field-manager=${manager}`];
      if (q.get("force") === "true") args.push("--force-conflicts");
      if (q.get("dryRun") === "All") args.push("--dry-run=server");
      args.push("--show-managed-fields", "-f", "object.json", "-o", "json");
      return { command: line(args), files: { "object.json": body ?? "{}" } };
    }
    default:
      throw new RunCommandUnsupportedError(`a ${method} request`);
  }
}
var REASON_CODES = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  MethodNotAllowed: 405,
  NotAcceptable: 406,
  AlreadyExists: 409,
  Conflict: 409,
  Gone: 410,
  Expired: 410,
  RequestEntityTooLarge: 413,
  UnsupportedMediaType: 415,
  Invalid: 422,
  TooManyRequests: 429,
  InternalError: 500,
  ServiceUnavailable: 503,
  Timeout: 504,
  ServerTimeout: 504
};
var statusBody = (code2, reason, message3, details) => JSON.stringify({
  kind: "Status",
  apiVersion: "v1",
  metadata: {},
  status: "Failure",
  message: message3,
  reason,
  code: code2,
  ...details ? { details } : {}
});
function applyConflictCauses(text) {
  if (!/Apply failed with \d+ conflicts?/.test(text)) return void 0;
  const causes = [];
  let manager;
  for (const raw of text.split("\n")) {
    const l = raw.trim();
    const head = /conflicts? with "([^"]+)"(?: using [^:]+)?:\s*(\S.*)?$/.exec(l);
    if (head) {
      manager = head[1];
      if (head[2]) causes.push({ type: "FieldManagerConflict", message: `conflict with "${manager}"`, field: head[2] });
      continue;
    }
    const item = /^- (\.\S.*)$/.exec(l);
    if (item && manager) causes.push({ type: "FieldManagerConflict", message: `conflict with "${manager}"`, field: item[1] });
  }
  return causes.length ? causes : void 0;
}
function jsonIn(logs) {
  const start = logs.search(/^[{[]/m);
  if (start < 0) return void 0;
  for (let end = logs.length; end > start; ) {
    end = Math.max(logs.lastIndexOf("}", end - 1), logs.lastIndexOf("]", end - 1));
    if (end <= start) break;
    const piece = logs.slice(start, end + 1);
    try {
      JSON.parse(piece);
      return piece;
    } catch {
    }
  }
  return void 0;
}
function recoverAnswer(outcome, method) {
  const logs = outcome.logs;
  if (outcome.exitCode === 0) {
    const json = jsonIn(logs);
    if (json !== void 0) return { status: method.toUpperCase() === "POST" ? 201 : 200, body: json };
    return {
      status: 200,
      body: logs.trim() === "" ? "{}" : JSON.stringify({ kind: "Status", apiVersion: "v1", status: "Success", message: logs.trim() })
    };
  }
  const conflicts2 = applyConflictCauses(logs);
  if (conflicts2) {
    const message3 = /Apply failed with[^\n]*(?:\n- [^\n]*)*/.exec(logs)?.[0] ?? "Apply failed with conflicts";
    return { status: 409, body: statusBody(409, "Conflict", message3, { causes: conflicts2 }) };
  }
  const fromServer = /^Error from server(?: \((\w+)\))?: (.*)$/m.exec(logs);
  if (fromServer) {
    const reason = fromServer[1] ?? "InternalError";
    const code2 = REASON_CODES[reason] ?? 500;
    const named = /^(\S+) "([^"]+)" (?:not found|already exists)$/.exec(fromServer[2]);
    return { status: code2, body: statusBody(code2, reason, fromServer[2], named ? { kind: named[1], name: named[2] } : void 0) };
  }
  const invalid = /^The (\S+) "([^"]+)" is invalid: (.*)$/m.exec(logs);
  if (invalid) return { status: 422, body: statusBody(422, "Invalid", invalid[0], { kind: invalid[1], name: invalid[2] }) };
  return void 0;
}
var RunCommandError = class extends Error {
  constructor(command, outcome) {
    const tail = outcome.logs.trim().split("\n").slice(-5).join(" | ");
    super(
      `AKS run-command${outcome.id ? ` ${outcome.id}` : ""} \`${command}\` exited with ${outcome.exitCode}: ${tail || "(no output)"}. Check that the command pod can reach the API server (AKS runs it inside the cluster) and that the cluster allows run-command.`
    );
    this.command = command;
    this.outcome = outcome;
    this.name = "RunCommandError";
  }
  command;
  outcome;
};
async function runCommandHttpLibrary(run) {
  const { ResponseContext: Response, wrapHttpLibrary } = await import("./kubernetes-client-node.js");
  return wrapHttpLibrary({
    async send(req) {
      const url = new URL(req.getUrl());
      const method = req.getHttpMethod().toString();
      const body = req.getBody();
      if (body !== void 0 && typeof body !== "string") throw new RunCommandUnsupportedError("a form body");
      const headers = req.getHeaders();
      const contentType = headers["Content-Type"] ?? headers["content-type"];
      const call = kubectlFor(method, url.pathname + url.search, contentType, body);
      const context = Object.keys(call.files).length ? zipFiles(call.files).toString("base64") : void 0;
      const outcome = await run(call.command, context, req.getSignal());
      const answer = recoverAnswer(outcome, method);
      if (!answer) throw new RunCommandError(call.command, outcome);
      const bytes = Buffer.from(answer.body, "utf8");
      return new Response(
        answer.status,
        { "content-type": "application/json", ...outcome.id ? { "x-aks-run-command-id": outcome.id } : {} },
        {
          text: () => Promise.resolve(answer.body),
          binary: () => Promise.resolve(bytes)
        }
      );
    }
  });
}

// src/kube/run-command-access.ts
async function placeholderConfig(resourceGroup, name) {
  const { KubeConfig } = await import("./kubernetes-client-node.js");
  const kc = new KubeConfig();
  const cluster = `${resourceGroup}/${name}`;
  kc.loadFromOptions({
    clusters: [{ name: cluster, server: "https://run-command.aks.invalid", skipTLSVerify: false }],
    users: [{ name: "run-command" }],
    contexts: [{ name: cluster, cluster, user: "run-command" }],
    currentContext: cluster
  });
  return kc;
}
async function kubeApis() {
  const { CoreV1Api, RbacAuthorizationV1Api, CoordinationV1Api, CustomObjectsApi } = await import("./kubernetes-client-node.js");
  return { CoreV1Api, RbacAuthorizationV1Api, CoordinationV1Api, CustomObjectsApi };
}
function runCommandAccess(o) {
  const s = o.settings;
  const api = once(async () => {
    o.info(
      `Kubernetes: cluster-access run-command: every Kubernetes request goes through the AKS run-command API of ${s.cluster.resourceGroup}/${s.cluster.name} (one command each, seconds apiece).`
    );
    const run = aksRunCommand({
      client: o.azure.aks,
      credential: o.azure.credential,
      resourceGroup: s.cluster.resourceGroup,
      clusterName: s.cluster.name,
      mask: o.mask,
      pollIntervalMs: o.azure.pollIntervalMs,
      onCommand: (command, outcome, ms) => o.info(`  run-command: ${command} \u2192 exit ${outcome.exitCode} (${(ms / 1e3).toFixed(1)} s)`)
    });
    return { kc: await placeholderConfig(s.cluster.resourceGroup, s.cluster.name), httpApi: await runCommandHttpLibrary(run) };
  });
  const make = async (Api) => {
    const { kc, httpApi } = await api();
    return makeApi(kc, Api, { httpApi, signal: o.signal });
  };
  return {
    pollMs: o.pollMs ?? 1e3,
    holder: holderIdentity(o.env),
    clock: o.clock ?? realClock,
    core: once(async () => make((await kubeApis()).CoreV1Api)),
    rbac: once(async () => make((await kubeApis()).RbacAuthorizationV1Api)),
    coordination: once(async () => make((await kubeApis()).CoordinationV1Api)),
    custom: once(async () => make((await kubeApis()).CustomObjectsApi))
  };
}

// src/kube/services.ts
function holderIdentity(env) {
  const run = env.GITHUB_RUN_ID ? `${env.GITHUB_REPOSITORY ?? "run"} run ${env.GITHUB_RUN_ID} attempt ${env.GITHUB_RUN_ATTEMPT ?? "1"}${env.GITHUB_JOB ? ` job ${env.GITHUB_JOB}` : ""} ` : "";
  return `${run}(${hostname()}, ${randomBytes(4).toString("hex")})`.slice(0, 250);
}
async function withCluster(cluster, api) {
  const reached = api().then(
    (value) => ({ value }),
    (error) => ({ error })
  );
  const observed = await cluster;
  if (!observed) return void 0;
  const r = await reached;
  if ("error" in r) throw r.error;
  return { cluster: observed, api: r.value };
}
function clusterTokenScopes(s, env) {
  const fromEnv = (env.KUBECONFIG ?? "").split(delimiter).some((p) => p.trim());
  return s.cluster.kubeconfig || fromEnv || s.cluster.credentials !== "user" ? [] : [AKS_SERVER_SCOPE];
}
async function loadKubeClient() {
  const { KubeConfig } = await import("./kubernetes-client-node.js");
  return KubeConfig;
}
function once(fn) {
  let p;
  return () => p ??= fn();
}
function createKubeServices(o) {
  const s = o.settings;
  if (s.cluster.access === "run-command") return runCommandAccess(o);
  const access = once(async () => {
    const reached = await reachCluster({
      kubeconfigInput: s.cluster.kubeconfig,
      // Written to disk only for later steps; the run itself uses it from memory.
      writeKubeconfig: s.cluster.keepKubeconfig,
      env: o.env,
      mask: o.mask,
      info: o.info,
      aks: {
        credential: o.azure.credential,
        client: o.azure.aks,
        resourceGroup: s.cluster.resourceGroup,
        clusterName: s.cluster.name,
        kind: s.cluster.credentials
      }
    });
    if ((reached.source === "aks-user" || reached.source === "aks-admin") && reached.path) o.onKubeconfig?.(reached.path);
    return reached;
  });
  const transport = { signal: o.signal, onRetry: o.info, policy: o.policy };
  return {
    pollMs: o.pollMs ?? 1e3,
    holder: holderIdentity(o.env),
    clock: o.clock ?? realClock,
    core: once(async () => coreApi((await access()).kubeConfig, transport)),
    rbac: once(async () => rbacApi((await access()).kubeConfig, transport)),
    coordination: once(async () => coordinationApi((await access()).kubeConfig, transport)),
    custom: once(async () => customObjectsApi((await access()).kubeConfig, transport))
  };
}

// src/kube/errors.ts
function kubeStatus(err) {
  const e = err;
  if (typeof e?.code !== "number") return void 0;
  const attempts = Number(e.headers?.["x-aks-wi-attempts"]) || void 0;
  let body = e.body;
  if (typeof body === "string") {
    try {
      body = JSON.parse(body);
    } catch {
      body = { message: body };
    }
  }
  const b = body ?? {};
  return { code: e.code, reason: b.reason, message: b.message, details: b.details, ...attempts ? { attempts } : {} };
}
var isNotFound2 = (err) => kubeStatus(err)?.code === 404;
function createdByEarlierAttempt(err) {
  const e = err;
  const s = kubeStatus(err);
  return s?.code === 409 && s.reason === "AlreadyExists" && e?.headers?.["x-aks-wi-uncertain"] === "true";
}
function kubeMessage(err) {
  return kubeStatus(err)?.message || (err instanceof Error ? err.message : String(err));
}
var KubeApiError = class extends Error {
  constructor(what, status, cause) {
    super(
      `${what} failed${status?.attempts ? ` after ${status.attempts} attempts` : ""}: ${status ? `${status.code}${status.reason ? ` ${status.reason}` : ""}: ${status.message ?? "(no message)"}` : cause instanceof Error ? cause.message : String(cause)}`,
      { cause }
    );
    this.what = what;
    this.status = status;
    this.name = "KubeApiError";
  }
  what;
  status;
};
function applyConflicts(err) {
  const s = kubeStatus(err);
  if (s?.code !== 409 || s.reason !== "Conflict") return void 0;
  const causes = (s.details?.causes ?? []).filter((c) => (c.type ?? c.reason) === "FieldManagerConflict");
  if (causes.length === 0) return void 0;
  return causes.map((c) => ({
    manager: /conflict with "([^"]+)"/.exec(c.message ?? "")?.[1] ?? c.message ?? "unknown",
    field: c.field ?? "(unknown field)"
  }));
}
var ApplyConflictError = class extends Error {
  constructor(object, conflicts2) {
    const managers = [...new Set(conflicts2.map((c) => c.manager))];
    super(
      `${object}: server-side apply conflicts with field manager ${managers.map((m) => `"${m}"`).join(", ")} on ${conflicts2.map((c) => c.field).join(", ")}. With force-conflicts: false the action does not take them back. Undo that change (or let that tool stop managing the field${conflicts2.some((c) => c.field.includes("annotations")) ? ", e.g. kubectl annotate ... <key>-" : ""}) and re-run, or set force-conflicts: true.`
    );
    this.object = object;
    this.conflicts = conflicts2;
    this.name = "ApplyConflictError";
  }
  object;
  conflicts;
};
function wrapKubeError(what, err) {
  if (err instanceof KubeApiError || err instanceof ApplyConflictError) return err;
  return new KubeApiError(what, kubeStatus(err), err);
}
async function deleteQuietly(what, fn) {
  try {
    await fn();
  } catch (err) {
    if (!isNotFound2(err)) throw wrapKubeError(`Deleting ${what}`, err);
  }
}

// src/kube/apply.ts
function ownersOf(entries, map, key) {
  return (entries ?? []).filter((e) => e.fieldsV1?.["f:metadata"]?.[`f:${map}`]?.[`f:${key}`] !== void 0);
}
var isOurApply = (e) => e.manager === OWNER_VALUE && e.operation === "Apply";
function ourKeys(entries, map) {
  const f = (entries ?? []).find(isOurApply)?.fieldsV1;
  return Object.keys(f?.["f:metadata"]?.[`f:${map}`] ?? {}).filter((k) => k.startsWith("f:")).map((k) => k.slice(2));
}
function otherManagersOf(entries, top) {
  const own = (entries ?? []).filter(
    (e) => !isOurApply(e) && e.fieldsV1?.[`f:${top}`] !== void 0
  );
  return [...new Set(own.map((e) => e.manager ?? "(unknown)"))];
}
function diffMetadata(desired, live2) {
  const fields = [];
  for (const map of ["labels", "annotations"]) {
    for (const [key, want] of Object.entries(desired[map] ?? {})) {
      const have = live2[map]?.[key];
      if (have === want) continue;
      const ownedBy = ownersOf(live2.managedFields, map, key).filter((e) => !isOurApply(e)).map((e) => e.manager ?? "(unknown)");
      fields.push({ field: `metadata.${map}.${key}`, want, have, ownedBy: [...new Set(ownedBy)] });
    }
    for (const key of ourKeys(live2.managedFields, map)) {
      if (desired[map]?.[key] !== void 0 || live2[map]?.[key] === void 0) continue;
      if (ownersOf(live2.managedFields, map, key).some((e) => !isOurApply(e))) continue;
      fields.push({ field: `metadata.${map}.${key}`, have: live2[map][key], ownedBy: [] });
    }
  }
  return { fields, adopt: !(live2.managedFields ?? []).some(isOurApply) };
}
var conflictingManagers = (d) => [...new Set(d.fields.flatMap((f) => f.ownedBy))];
function describeDiff(d) {
  const parts = d.fields.map(
    (f) => `${f.field}: ${f.have === void 0 ? "(missing)" : `'${f.have}'`} \u2192 ${f.want === void 0 ? "(removed)" : `'${f.want}'`}${f.ownedBy.length ? ` (changed by ${f.ownedBy.map((m) => `"${m}"`).join(", ")})` : ""}`
  );
  if (d.adopt && parts.length === 0) parts.push(`adopt: take field ownership as "${OWNER_VALUE}"`);
  return parts.join("; ");
}
async function serverSideApply(object, call) {
  try {
    return await call(OWNER_VALUE);
  } catch (err) {
    const conflicts2 = applyConflicts(err);
    if (conflicts2) throw new ApplyConflictError(object, conflicts2);
    throw wrapKubeError(`Applying ${object}`, err);
  }
}
function takenBackWarning(object, fields, managers) {
  return `${object}: took back ${fields.join(", ")} from field manager ${managers.map((m) => `"${m}"`).join(", ")} (force-conflicts: true). If that tool should own ${fields.length > 1 ? "these fields" : "this field"}, stop it changing them or set force-conflicts: false.`;
}
async function applyPatchOptions() {
  const { setHeaderOptions, PatchStrategy } = await import("./kubernetes-client-node.js");
  return setHeaderOptions("Content-Type", PatchStrategy.ServerSideApply);
}

// src/kube/namespace.ts
async function observeNamespace(api, name, ownerKey) {
  try {
    const ns = await api.readNamespace({ name });
    return { exists: true, mark: markOf(ns.metadata?.labels, ownerKey, KUBE_MARKS) };
  } catch (err) {
    if (isNotFound2(err)) return { exists: false, mark: "none" };
    throw wrapKubeError(`Reading namespace ${name}`, err);
  }
}
function missingNamespaceMessage(name) {
  return `Namespace '${name}' does not exist and 'create-namespace' is false: create it first, or set 'create-namespace: true'.`;
}
async function applyNamespace(api, name, ownerKey, force = false) {
  const options2 = await applyPatchOptions();
  return serverSideApply(
    `namespace ${name}`,
    (fieldManager) => api.patchNamespace({ name, body: namespaceManifest(name, ownerKey), fieldManager, force }, options2)
  );
}
async function foreignContents(api, spec) {
  const keys = /* @__PURE__ */ new Set([spec.ownerKey, ...spec.otherOwnerKeys ?? []]);
  const theirs = (labels2) => !keys.has(labels2?.[OWNER_KEY_LABEL] ?? "");
  try {
    const [sas, pods, secrets] = await Promise.all([
      api.listNamespacedServiceAccount({ namespace: spec.name }),
      api.listNamespacedPod({ namespace: spec.name }),
      api.listNamespacedSecret({ namespace: spec.name })
    ]);
    return [
      ...sas.items.filter(
        (x) => x.metadata?.name !== "default" && !spec.serviceAccounts.includes(x.metadata?.name ?? "") && theirs(x.metadata?.labels)
      ).map((x) => `service account ${x.metadata?.name}`),
      ...pods.items.filter((x) => !x.metadata?.deletionTimestamp && theirs(x.metadata?.labels)).map((x) => `pod ${x.metadata?.name}`),
      ...secrets.items.filter((x) => x.type !== "kubernetes.io/service-account-token" && theirs(x.metadata?.labels)).map((x) => `Secret ${x.metadata?.name}`)
    ];
  } catch (err) {
    throw wrapKubeError(`Listing what namespace ${spec.name} holds`, err);
  }
}
var ours = (o) => o.mark === "ours" || o.mark === "legacy";
var namespaceKind = {
  kind: "namespace",
  contains: true,
  async observe(_r, spec, ctx, upstream) {
    const reached = await withCluster(upstream(spec.clusterKey), () => ctx.kube.core());
    if (!reached) return void 0;
    const { api } = reached;
    const o = await observeNamespace(api, spec.name, spec.ownerKey);
    if (!o.exists) return void 0;
    const state = { name: spec.name, mark: o.mark };
    return spec.destroy && ours(state) ? { ...state, foreign: await foreignContents(api, spec) } : state;
  },
  diff(spec, observed) {
    if (observed?.mark === "legacy")
      return {
        action: "update",
        id: spec.name,
        ownership: "owned",
        diff: [{ field: `metadata.labels.${OWNER_KEY_LABEL}`, to: spec.ownerKey }],
        reason: `created by a previous version of the action (label ${MANAGED_BY_LABEL} only): the owner key is recorded`
      };
    if (observed) return { action: "unchanged", diff: [], id: spec.name, ownership: ours(observed) ? "owned" : "adopted" };
    if (!spec.create) return { action: "conflict", diff: [], reason: missingNamespaceMessage(spec.name) };
    return { action: "create", diff: [{ field: "name", to: spec.name }], ownership: "owned" };
  },
  async apply(step, spec, _observed, ctx) {
    await applyNamespace(await ctx.kube.core(), spec.name, spec.ownerKey);
    ctx.log.info(`Namespace ${spec.name}: ${step.action === "create" ? "created" : "owner key recorded"}.`);
    return { name: spec.name, mark: "ours" };
  },
  outputs: (_o, spec) => ({ name: spec.name, id: spec.name }),
  owned: (o) => ours(o) && !o.foreign?.length,
  keepReason: (o, spec) => {
    if (ours(o) && o.foreign?.length)
      return `it holds what this workload did not create (${o.foreign.slice(0, 5).join(", ")}${o.foreign.length > 5 ? `, and ${o.foreign.length - 5} more` : ""}), which deleting it would delete`;
    if (o.mark === "other") return `it was created for another workload (label ${OWNER_KEY_LABEL} is not ${spec.ownerKey})`;
    return `it has no label ${OWNER_KEY_LABEL}: ${spec.ownerKey}, so this action did not create it for this workload (adopted)`;
  },
  async destroy(_step, _spec, observed, ctx) {
    try {
      await (await ctx.kube.core()).deleteNamespace({ name: observed.name });
    } catch (err) {
      if (!isNotFound2(err)) throw wrapKubeError(`Deleting namespace ${observed.name}`, err);
    }
  }
};

// src/kube/service-account.ts
async function observeServiceAccount(api, namespace, name) {
  try {
    return await api.readNamespacedServiceAccount({ name, namespace });
  } catch (err) {
    if (isNotFound2(err)) return void 0;
    throw wrapKubeError(`Reading service account ${namespace}/${name}`, err);
  }
}
function ownsServiceAccount(sa, ownerKey) {
  const mark2 = markOf(sa.metadata?.labels, ownerKey, KUBE_MARKS);
  if (mark2 === "ours") return true;
  const managers = sa.metadata?.managedFields ?? [];
  return mark2 === "legacy" && managers.length > 0 && managers.every((m) => m.manager === OWNER_VALUE && m.operation === "Apply");
}
function planServiceAccount(desired, live2, force) {
  if (!live2)
    return {
      action: "create",
      owned: true,
      detail: desired.workloadIdentity ? `client-id ${desired.clientId}, tenant-id ${desired.tenantId}` : "without the workload identity"
    };
  const owned = ownsServiceAccount(live2, desired.ownerKey);
  const want = serviceAccountManifest(desired, owned);
  const diff = diffMetadata(want.metadata, live2.metadata ?? {});
  const missingTenant = (f) => f.field === `metadata.annotations.${TENANT_ID_ANNOTATION}` && f.have === void 0;
  if (!owned && diff.adopt && live2.metadata?.annotations?.[CLIENT_ID_ANNOTATION] === desired.clientId && diff.fields.every(missingTenant))
    return {
      action: "unchanged",
      detail: "adopted as is (created by another tool with this client id)",
      diff: { fields: [], adopt: false },
      owned
    };
  const declares = Object.keys(want.metadata?.labels ?? {}).length + Object.keys(want.metadata?.annotations ?? {}).length > 0;
  if (diff.fields.length === 0 && !(diff.adopt && declares)) return { action: "unchanged", detail: "", diff, owned };
  const action = conflictingManagers(diff).length > 0 && !force ? "conflict" : "update";
  return { action, detail: describeDiff(diff), diff, owned };
}
async function applyServiceAccount(api, desired, owned, force) {
  const options2 = await applyPatchOptions();
  return serverSideApply(
    `service account ${desired.namespace}/${desired.name}`,
    (fieldManager) => api.patchNamespacedServiceAccount(
      { name: desired.name, namespace: desired.namespace, body: serviceAccountManifest(desired, owned), fieldManager, force },
      options2
    )
  );
}
var whose = (o, spec) => {
  const mark2 = markOf(o.metadata?.labels, spec.ownerKey, KUBE_MARKS);
  if (mark2 === "other") return `it was created for another workload (label ${OWNER_KEY_LABEL}: ${o.metadata?.labels?.[OWNER_KEY_LABEL]})`;
  if (mark2 === "legacy")
    return `it carries only the label ${MANAGED_BY_LABEL} of a previous version, which also labelled service accounts it found, and another tool has written to it: treated as adopted`;
  return `it has no label ${OWNER_KEY_LABEL}: ${spec.ownerKey}, so this action did not create it for this workload (adopted)`;
};
var serviceAccountKind = {
  kind: "service-account",
  async observe(_r, spec, ctx, upstream) {
    const reached = await withCluster(upstream(spec.clusterKey), () => ctx.kube.core());
    return reached && observeServiceAccount(reached.api, spec.namespace, spec.name);
  },
  diff(spec, observed) {
    const p = planServiceAccount(spec, observed, spec.force);
    const id = `${spec.namespace}/${spec.name}`;
    const ownership = p.owned ? "owned" : "adopted";
    if (p.action === "create") {
      return {
        action: "create",
        id,
        ownership,
        diff: spec.workloadIdentity ? [
          { field: "metadata.annotations.azure.workload.identity/client-id", to: spec.clientId },
          { field: "metadata.annotations.azure.workload.identity/tenant-id", to: spec.tenantId }
        ] : [{ field: "name", to: spec.name }],
        ...spec.workloadIdentity ? {} : { reason: "the runners' own service account, without the workload identity" }
      };
    }
    const diff = (p.diff?.fields ?? []).map((f) => ({ field: f.field, from: f.have, to: f.want }));
    const owners = conflictingManagers(p.diff ?? { fields: [], adopt: false });
    const named = owners.map((m) => `"${m}"`).join(", ");
    if (p.action === "conflict") {
      return {
        action: "conflict",
        id,
        ownership,
        diff,
        reason: `${p.detail}. Field manager ${named} now owns ${owners.length > 1 ? "these fields" : "this field"} and force-conflicts is false. Undo that change (e.g. kubectl annotate serviceaccount ${spec.name} -n ${spec.namespace} <key>-) and re-run, or set force-conflicts: true`
      };
    }
    const notes = [
      // The fields are in the diff; the detail adds only what a diff cannot say (taking ownership of equal values).
      ...p.action === "update" && diff.length === 0 ? [p.detail] : [],
      ...owners.length ? [`takes ${owners.length > 1 ? "these fields" : "this field"} back from field manager ${named} (force-conflicts)`] : [],
      ...p.owned || p.action !== "update" ? [] : ["adopted: only the workload identity annotations are managed"],
      ...p.owned && observed && markOf(observed.metadata?.labels, spec.ownerKey, KUBE_MARKS) === "legacy" ? ["created by a previous version of the action (its label only, no other field manager): the owner key is recorded"] : []
    ];
    return { action: p.action, id, ownership, diff, ...notes.length ? { reason: notes.join("; ") } : {} };
  },
  async apply(step, spec, observed, ctx) {
    const api = await ctx.kube.core();
    const what = `Service account ${spec.namespace}/${spec.name}`;
    if (spec.destroy) {
      const options2 = await applyPatchOptions();
      const sa2 = await serverSideApply(
        `service account ${spec.namespace}/${spec.name}`,
        (fieldManager) => api.patchNamespacedServiceAccount(
          {
            name: spec.name,
            namespace: spec.namespace,
            body: emptyConfiguration("ServiceAccount", spec.namespace, spec.name),
            fieldManager
          },
          options2
        )
      );
      ctx.log.info(`${what}: adopted, kept; the fields this action managed are removed (${step.diff.map((d) => d.field).join(", ")}).`);
      return sa2;
    }
    const p = planServiceAccount(spec, observed, spec.force);
    const sa = await applyServiceAccount(api, spec, p.owned, spec.force);
    const managers = conflictingManagers(p.diff ?? { fields: [], adopt: false });
    if (managers.length)
      ctx.log.warning(
        takenBackWarning(
          what,
          (p.diff?.fields ?? []).filter((f) => f.ownedBy.length).map((f) => f.field),
          managers
        )
      );
    const how = step.action === "create" ? "created" : p.owned ? "updated" : "adopted and updated";
    ctx.log.info(`${what}: ${how}${spec.workloadIdentity ? ` (client-id ${spec.clientId})` : ""}.`);
    return sa;
  },
  outputs: (_o, spec) => ({ namespace: spec.namespace, name: spec.name, id: `${spec.namespace}/${spec.name}` }),
  owned: (o, spec) => ownsServiceAccount(o, spec.ownerKey),
  keepReason: (o, spec) => whose(o, spec),
  /** The fields destroy removes from an adopted service account: those our applies declared and nobody else owns. */
  release(o) {
    const d = diffMetadata({}, o.metadata ?? {});
    return d.fields.map((f) => ({ field: f.field, from: f.have }));
  },
  async destroy(_step, _spec, observed, ctx) {
    const name = observed.metadata?.name ?? "";
    const namespace = observed.metadata?.namespace ?? "";
    try {
      await (await ctx.kube.core()).deleteNamespacedServiceAccount({ name, namespace });
    } catch (err) {
      if (!isNotFound2(err)) throw wrapKubeError(`Deleting service account ${namespace}/${name}`, err);
    }
  }
};

// src/kube/rbac.ts
var RBAC_GROUP = "rbac.authorization.k8s.io";
var runnerRbacName = runnerServiceAccountName;
var nameOf = (s) => runnerRbacName(s.serviceAccount, s.component);
var labels = (s) => ({ ...ownershipLabels(s.ownerKey), [COMPONENT_LABEL]: s.component });
function runnerRoleManifest(s) {
  return {
    apiVersion: `${RBAC_GROUP}/v1`,
    kind: "Role",
    metadata: { name: nameOf(s), namespace: s.namespace, labels: labels(s) },
    rules: s.rules.map((r) => ({ apiGroups: [...r.apiGroups ?? []], resources: [...r.resources ?? []], verbs: [...r.verbs] }))
  };
}
function runnerRoleBindingManifest(s) {
  return {
    apiVersion: `${RBAC_GROUP}/v1`,
    kind: "RoleBinding",
    metadata: { name: nameOf(s), namespace: s.namespace, labels: labels(s) },
    roleRef: { apiGroup: RBAC_GROUP, kind: "Role", name: nameOf(s) },
    // The runners' own service account: the workload identity service account (the jobs') gets no Role.
    subjects: [{ kind: "ServiceAccount", name: nameOf(s), namespace: s.namespace }]
  };
}
function grants(rules) {
  const out = /* @__PURE__ */ new Set();
  for (const r of rules ?? [])
    for (const g of r.apiGroups ?? [""]) for (const res of r.resources ?? []) for (const v of r.verbs) out.add(`${g}/${res}:${v}`);
  return [...out].sort();
}
var ours2 = (o, ownerKey) => {
  const mark2 = markOf(o?.metadata?.labels, ownerKey, KUBE_MARKS);
  return mark2 === "ours" || mark2 === "legacy";
};
var lacksKey = (o, ownerKey) => !!o && o.metadata?.labels?.[OWNER_KEY_LABEL] !== ownerKey;
async function read2(what, fn) {
  try {
    return await fn();
  } catch (err) {
    if (isNotFound2(err)) return void 0;
    throw wrapKubeError(`Reading ${what}`, err);
  }
}
function diffRunnerRbac(spec, o) {
  const role = runnerRoleManifest(spec);
  const binding = runnerRoleBindingManifest(spec);
  const diff = [];
  if (!o?.role) diff.push({ field: "role", to: role.metadata.name });
  else {
    const want = grants(role.rules);
    const have = grants(o.role.rules);
    if (canonicalJson(want) !== canonicalJson(have))
      diff.push({
        field: "role.rules",
        from: have.filter((g) => !want.includes(g)).join(", ") || void 0,
        to: want.filter((g) => !have.includes(g)).join(", ") || void 0
      });
  }
  if (!o?.binding) diff.push({ field: "roleBinding", to: binding.metadata.name });
  else {
    if (canonicalJson(o.binding.roleRef) !== canonicalJson(binding.roleRef))
      diff.push({ field: "roleBinding.roleRef", from: o.binding.roleRef.name, to: binding.roleRef.name });
    const subj = (b) => (b.subjects ?? []).map((x) => `${x.kind}:${x.namespace ?? ""}/${x.name}`).sort();
    if (canonicalJson(subj(o.binding)) !== canonicalJson(subj(binding)))
      diff.push({ field: "roleBinding.subjects", from: subj(o.binding).join(", "), to: subj(binding).join(", ") });
  }
  if (o?.role && lacksKey(o.role, spec.ownerKey)) diff.push({ field: `role.metadata.labels.${OWNER_KEY_LABEL}`, to: spec.ownerKey });
  if (o?.binding && lacksKey(o.binding, spec.ownerKey))
    diff.push({ field: `roleBinding.metadata.labels.${OWNER_KEY_LABEL}`, to: spec.ownerKey });
  return diff;
}
function otherManagers(spec, o) {
  const diff = diffRunnerRbac(spec, o);
  const out = [];
  if (o?.role && diff.some((d) => d.field === "role.rules")) {
    const managers = otherManagersOf(o.role.metadata?.managedFields, "rules");
    if (managers.length) out.push({ object: `Role ${spec.namespace}/${nameOf(spec)}`, fields: ["rules"], managers });
  }
  const fields = diff.filter((d) => d.field === "roleBinding.subjects" || d.field === "roleBinding.roleRef").map((d) => d.field.slice("roleBinding.".length));
  if (o?.binding && fields.length) {
    const managers = [...new Set(fields.flatMap((f) => otherManagersOf(o.binding.metadata?.managedFields, f)))];
    if (managers.length) out.push({ object: `RoleBinding ${spec.namespace}/${nameOf(spec)}`, fields, managers });
  }
  return out;
}
async function applyRbac(api, spec, o) {
  const options2 = await applyPatchOptions();
  const name = nameOf(spec);
  const role = await serverSideApply(
    `Role ${spec.namespace}/${name}`,
    (fieldManager) => api.patchNamespacedRole({ name, namespace: spec.namespace, body: runnerRoleManifest(spec), fieldManager, force: spec.force }, options2)
  );
  if (o?.binding && canonicalJson(o.binding.roleRef) !== canonicalJson(runnerRoleBindingManifest(spec).roleRef))
    await deleteQuietly(`RoleBinding ${spec.namespace}/${name}`, () => api.deleteNamespacedRoleBinding({ name, namespace: spec.namespace }));
  const binding = await serverSideApply(
    `RoleBinding ${spec.namespace}/${name}`,
    (fieldManager) => api.patchNamespacedRoleBinding(
      { name, namespace: spec.namespace, body: runnerRoleBindingManifest(spec), fieldManager, force: spec.force },
      options2
    )
  );
  return { role, binding };
}
var runnerRbacKind = {
  kind: "runner-rbac",
  async observe(_r, spec, ctx, upstream) {
    const reached = await withCluster(upstream(spec.clusterKey), () => ctx.kube.rbac());
    if (!reached) return void 0;
    const { api } = reached;
    const name = nameOf(spec);
    const [role, binding] = await Promise.all([
      read2(`Role ${spec.namespace}/${name}`, () => api.readNamespacedRole({ name, namespace: spec.namespace })),
      read2(`RoleBinding ${spec.namespace}/${name}`, () => api.readNamespacedRoleBinding({ name, namespace: spec.namespace }))
    ]);
    return role || binding ? { role, binding } : void 0;
  },
  diff(spec, observed) {
    const id = `${spec.namespace}/${nameOf(spec)}`;
    const diff = diffRunnerRbac(spec, observed);
    const foreign = [observed?.role, observed?.binding].filter((x) => x && !ours2(x, spec.ownerKey));
    const needed = diff.filter((d) => !d.field.endsWith(`metadata.labels.${OWNER_KEY_LABEL}`));
    if (foreign.length && needed.length === 0) return { action: "unchanged", diff: [], id, ownership: "adopted" };
    if (foreign.length)
      return {
        action: "conflict",
        diff,
        id,
        reason: `a Role or RoleBinding named ${nameOf(spec)} exists and is not this workload's (no label ${OWNER_KEY_LABEL}: ${spec.ownerKey}); the action never changes it: rename or remove it`
      };
    if (diff.length === 0) return { action: "unchanged", diff, id, ownership: "owned" };
    if (!observed) return { action: "create", diff, reason: spec.reason, ownership: "owned" };
    const taken = otherManagers(spec, observed);
    if (taken.length && !spec.force)
      return {
        action: "conflict",
        diff,
        id,
        ownership: "owned",
        reason: `${taken.map((t) => `${t.object}: ${t.fields.join(", ")} changed by ${t.managers.map((m) => `"${m}"`).join(", ")}`).join("; ")}, and force-conflicts is false: undo that change and re-run, or set force-conflicts: true`
      };
    const reason = taken.length ? `takes ${taken.map((t) => `${t.object} ${t.fields.join(", ")}`).join(" and ")} back from ${[...new Set(taken.flatMap((t) => t.managers))].map((m) => `"${m}"`).join(", ")} (force-conflicts)` : void 0;
    return { action: "update", diff, id, ownership: "owned", ...reason ? { reason } : {} };
  },
  async apply(step, spec, observed, ctx) {
    const taken = otherManagers(spec, observed);
    const state = await applyRbac(await ctx.kube.rbac(), spec, observed);
    for (const t of taken) ctx.log.warning(takenBackWarning(t.object, t.fields, t.managers));
    ctx.log.info(
      `Role and RoleBinding ${spec.namespace}/${nameOf(spec)}: ${step.action === "create" ? "created" : "updated"} (${spec.serves}, this namespace only).`
    );
    return state;
  },
  outputs: (_o, spec) => ({ id: `${spec.namespace}/${nameOf(spec)}` }),
  owned: (o, spec) => [o.role, o.binding].every((x) => !x || ours2(x, spec.ownerKey)),
  keepReason: (_o, spec) => `it has no label ${OWNER_KEY_LABEL}: ${spec.ownerKey} (nor a previous version's ${MANAGED_BY_LABEL}), so this action did not create it for this workload`,
  async destroy(_step, spec, observed, ctx) {
    const api = await ctx.kube.rbac();
    const name = nameOf(spec);
    if (observed.binding)
      await deleteQuietly(
        `RoleBinding ${spec.namespace}/${name}`,
        () => api.deleteNamespacedRoleBinding({ name, namespace: spec.namespace })
      );
    if (observed.role)
      await deleteQuietly(`Role ${spec.namespace}/${name}`, () => api.deleteNamespacedRole({ name, namespace: spec.namespace }));
  }
};

// src/kube/injection.ts
var INJECTED_ENV = ["AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_FEDERATED_TOKEN_FILE", "AZURE_AUTHORITY_HOST"];
var SKIP_CONTAINERS_ANNOTATION = "azure.workload.identity/skip-containers";
function tokenVolume(pod, tokenFile, containerMounts) {
  const mount = containerMounts.filter((m) => tokenFile.startsWith(m.mountPath.replace(/\/+$/, "") + "/")).sort((a, b) => b.mountPath.length - a.mountPath.length)[0];
  if (!mount) return {};
  const path = tokenFile.slice(mount.mountPath.replace(/\/+$/, "").length + 1);
  return { volume: pod.spec?.volumes?.find((v) => v.name === mount.name), path };
}
function checkInjection(pod, exp, containerName = RUNNER_CONTAINER) {
  const missing = [];
  const container = pod.spec?.containers.find((c) => c.name === containerName);
  const env = new Map((container?.env ?? []).map((e) => [e.name, e.value ?? ""]));
  for (const name of INJECTED_ENV) if (!env.get(name)) missing.push(`env ${name}`);
  const tokenFile = env.get("AZURE_FEDERATED_TOKEN_FILE") || void 0;
  let audienceSeen;
  if (tokenFile) {
    const { volume, path } = tokenVolume(pod, tokenFile, container?.volumeMounts ?? []);
    const source = volume?.projected?.sources?.find(
      (s) => s.serviceAccountToken && s.serviceAccountToken.path === path
    )?.serviceAccountToken;
    if (!source) missing.push(`a projected service account token volume mounted at ${tokenFile}`);
    else if ((source.audience ?? "") !== exp.audience) {
      audienceSeen = source.audience ?? "(the API server default)";
      missing.push(`token audience ${exp.audience} (the projected token has ${audienceSeen})`);
    }
  } else missing.push("a projected service account token volume");
  const injectedClientId = env.get("AZURE_CLIENT_ID");
  if (injectedClientId && injectedClientId.toLowerCase() !== exp.clientId.toLowerCase())
    missing.push(`AZURE_CLIENT_ID ${exp.clientId} (the pod has ${injectedClientId})`);
  if (missing.length === 0) return { ok: true, missing, tokenFile, clientId: injectedClientId };
  const problem = !tokenFile ? "not-mutated" : !injectedClientId || injectedClientId.toLowerCase() !== exp.clientId.toLowerCase() ? "client-id" : audienceSeen !== void 0 ? "audience" : "partial";
  return {
    ok: false,
    problem,
    missing,
    tokenFile,
    clientId: injectedClientId,
    audienceSeen,
    cause: diagnose(pod, exp, env, audienceSeen, containerName)
  };
}
function diagnose(pod, exp, env, audienceSeen, containerName) {
  const skip = (pod.metadata?.annotations?.[SKIP_CONTAINERS_ANNOTATION] ?? "").split(";").map((s) => s.trim());
  if (pod.metadata?.labels?.[USE_LABEL] !== "true") {
    return `the pod has no label ${USE_LABEL}: "true" (the webhook only mutates pods with that label, on the pod itself, at creation); something removed it, such as a mutating policy`;
  }
  if (skip.includes(containerName))
    return `the pod annotation ${SKIP_CONTAINERS_ANNOTATION} lists the "${containerName}" container, so the webhook skipped it`;
  const anyInjected = ["AZURE_TENANT_ID", "AZURE_FEDERATED_TOKEN_FILE", "AZURE_AUTHORITY_HOST"].some((n) => env.get(n));
  if (!anyInjected) {
    const enable = "enable it with 'az aks update --enable-oidc-issuer --enable-workload-identity' or the input 'enable-cluster-features: true', then re-run";
    if (exp.workloadIdentityEnabled === false)
      return `the pod was created unmutated: workload identity is off on the cluster (securityProfile.workloadIdentity.enabled); ${enable}`;
    if (exp.workloadIdentityEnabled === true) {
      return "the pod was created unmutated although workload identity is on for the cluster: the webhook is not installed or not running (check the azure-wi-webhook pods in kube-system and the MutatingWebhookConfiguration azure-wi-webhook-mutating-webhook-configuration)";
    }
    return `the pod was created unmutated: the workload identity webhook is not installed or workload identity is off on the cluster (securityProfile.workloadIdentity.enabled); ${enable}`;
  }
  if (!env.get("AZURE_CLIENT_ID")) {
    return `the service account ${exp.serviceAccount} had no ${CLIENT_ID_ANNOTATION} annotation when the pod was created (the webhook injects AZURE_CLIENT_ID only from it); re-run to replace the pod`;
  }
  if (env.get("AZURE_CLIENT_ID").toLowerCase() !== exp.clientId.toLowerCase()) {
    return `the service account ${exp.serviceAccount} named another identity when the pod was created; re-run to replace the pod`;
  }
  if (audienceSeen !== void 0) {
    return `the webhook projects tokens for ${audienceSeen} but the federated credential expects ${exp.audience}: use the input 'audience: ${audienceSeen}' or configure the webhook's audience`;
  }
  return "the webhook mutated the pod only partly (an old or customised webhook); check its version and configuration";
}

// src/kube/wait.ts
var TERMINAL_WAITING = /* @__PURE__ */ new Set([
  "ImagePullBackOff",
  "InvalidImageName",
  "ErrImageNeverPull",
  "CrashLoopBackOff",
  "CreateContainerError",
  "RunContainerError"
]);
function podProgress(pod) {
  const phase = pod.status?.phase ?? "Pending";
  if (phase === "Running") return { state: "running" };
  if (phase === "Succeeded" || phase === "Failed") return { state: "failed", detail: `pod ${phase} before it was seen Running` };
  for (const cs of [...pod.status?.initContainerStatuses ?? [], ...pod.status?.containerStatuses ?? []]) {
    const w = cs.state?.waiting;
    if (w?.reason && TERMINAL_WAITING.has(w.reason))
      return { state: "failed", detail: `container ${cs.name}: ${w.reason}${w.message ? `: ${w.message}` : ""}` };
  }
  const waiting = (pod.status?.containerStatuses ?? []).map((cs) => cs.state?.waiting?.reason).find(Boolean);
  const unscheduled = pod.status?.conditions?.find((c) => c.type === "PodScheduled" && c.status === "False");
  return {
    state: "starting",
    detail: waiting ?? (unscheduled ? `unschedulable: ${unscheduled.message ?? unscheduled.reason ?? ""}` : pod.spec?.nodeName ? "ContainerCreating" : "Pending")
  };
}
function describePod(pod, events) {
  const lines = [`pod ${pod.metadata?.namespace}/${pod.metadata?.name}: phase ${pod.status?.phase ?? "Pending"}`];
  for (const c of pod.status?.conditions ?? [])
    lines.push(`  condition ${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ""}${c.message ? `: ${c.message}` : ""}`);
  for (const cs of pod.status?.containerStatuses ?? []) {
    const s = cs.state;
    const text = s?.waiting ? `waiting ${s.waiting.reason ?? ""}${s.waiting.message ? `: ${s.waiting.message}` : ""}` : s?.terminated ? `terminated ${s.terminated.reason ?? ""} (exit ${s.terminated.exitCode})` : s?.running ? "running" : "unknown";
    lines.push(`  container ${cs.name}: ${text}`);
  }
  const sorted = [...events].sort(
    (a, b) => String(a.lastTimestamp ?? a.eventTime ?? "").localeCompare(String(b.lastTimestamp ?? b.eventTime ?? ""))
  );
  for (const e of sorted) lines.push(`  event ${e.type ?? ""} ${e.reason ?? ""}: ${e.message ?? ""}`);
  return lines.join("\n");
}
var PodWaitError = class extends Error {
  constructor(message3) {
    super(message3);
    this.name = "PodWaitError";
  }
};
async function podEvents(api, namespace, name) {
  try {
    return (await api.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.kind=Pod,involvedObject.name=${name}` })).items;
  } catch {
    return [];
  }
}
async function waitForRunning(api, namespace, names, o) {
  if (names.length === 0) return;
  const start = Date.now();
  const pollMs = o.pollMs ?? 1e3;
  const every = o.progressEveryMs ?? 15e3;
  let lastLine = "";
  let lastAt = 0;
  for (; ; ) {
    const pods = await Promise.all(
      names.map(async (name) => {
        try {
          return await api.readNamespacedPod({ name, namespace });
        } catch (err) {
          if (isNotFound2(err)) return void 0;
          throw wrapKubeError(`Reading pod ${namespace}/${name}`, err);
        }
      })
    );
    const gone = names.filter((_, i) => !pods[i]);
    if (gone.length)
      throw new PodWaitError(
        `Runner pod${gone.length > 1 ? "s" : ""} ${gone.join(", ")} in ${namespace} disappeared while waiting for Running (deleted by someone else?).`
      );
    const progress = pods.map((p) => podProgress(p));
    const failed = pods.filter((_, i) => progress[i].state === "failed");
    const timedOut = Date.now() - start >= o.timeoutMs;
    if (failed.length || timedOut && progress.some((p) => p.state !== "running")) {
      const bad = failed.length ? failed : pods.filter((_, i) => progress[i].state !== "running");
      const details = await Promise.all(bad.map(async (p) => describePod(p, await podEvents(api, namespace, p.metadata.name))));
      const why = failed.length ? "failed to start" : `not Running after ${Math.round(o.timeoutMs / 1e3)} s ('wait-timeout')`;
      throw new PodWaitError(`Runner pod${bad.length > 1 ? "s" : ""} ${why}:
${details.join("\n")}`);
    }
    const running = progress.filter((p) => p.state === "running").length;
    const line2 = `Waiting for runner pods: ${running}/${names.length} Running` + progress.map((p, i) => p.state === "starting" ? `; ${names[i]}: ${p.detail}` : "").join("");
    if (running === names.length) {
      o.info(`Runner pods Running: ${names.join(", ")} (${((Date.now() - start) / 1e3).toFixed(1)} s).`);
      return;
    }
    if (line2 !== lastLine || Date.now() - lastAt >= every) {
      o.info(line2);
      lastLine = line2;
      lastAt = Date.now();
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

// src/kube/runner-pods.ts
function toRunnerPod(p) {
  const id = Number(p.metadata?.annotations?.[RUNNER_ID_ANNOTATION]);
  return {
    name: p.metadata?.name ?? "",
    kind: kindOfComponent(p.metadata?.labels?.[COMPONENT_LABEL]),
    uid: p.metadata?.uid ?? "",
    phase: p.status?.phase ?? "Pending",
    specHash: p.metadata?.annotations?.[SPEC_HASH_ANNOTATION],
    runnerId: Number.isInteger(id) && id > 0 ? id : void 0,
    deleting: Boolean(p.metadata?.deletionTimestamp),
    legacy: p.metadata?.labels?.[OWNER_KEY_LABEL] === void 0,
    pod: p
  };
}
async function observeRunnerPods(api, namespace, serviceAccount, ownerKey) {
  try {
    const list2 = await api.listNamespacedPod({ namespace, labelSelector: allRunnersSelector() });
    const set = runnerSetValue(serviceAccount);
    const mine = (p) => {
      const key = p.metadata?.labels?.[OWNER_KEY_LABEL];
      return key === void 0 ? p.metadata?.labels?.[RUNNER_SET_LABEL] === set : key === ownerKey;
    };
    return {
      pods: list2.items.filter(mine).map(toRunnerPod).sort((a, b) => a.name.localeCompare(b.name)),
      otherSets: list2.items.filter((p) => !mine(p)).map((p) => p.metadata?.name ?? "")
    };
  } catch (err) {
    throw wrapKubeError(`Listing runner pods in ${namespace}`, err);
  }
}
async function observeRunnerSecrets(api, namespace, ownerKey) {
  try {
    const items = (await api.listNamespacedSecret({ namespace, labelSelector: credentialSecretsSelector(ownerKey) })).items;
    return items.map((s) => ({
      name: s.metadata?.name ?? "",
      data: Object.fromEntries(Object.entries(s.data ?? {}).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")])),
      ownerUid: s.metadata?.ownerReferences?.find((r) => r.kind === "Pod")?.uid
    }));
  } catch (err) {
    throw wrapKubeError(`Listing runner Secrets in ${namespace}`, err);
  }
}
function planRunners(p) {
  const hash = runnerSpecHash(p.input);
  const byName = new Map((p.records ?? []).map((r) => [r.name, r]));
  const busy = (pod) => byName.get(pod.name)?.busy === true;
  const remove = [];
  const deferred = [];
  const healthy = [];
  for (const pod of p.pods.filter((x) => !x.deleting)) {
    if (pod.phase === "Succeeded" || pod.phase === "Failed") remove.push({ pod, reason: "finished" });
    else if (podProgress(pod.pod).state === "failed") remove.push({ pod, reason: "failing" });
    else if (pod.specHash !== hash || imageChanged(pod, p.input.image)) {
      if (busy(pod)) deferred.push(pod);
      else remove.push({ pod, reason: "outdated" });
    } else if (!p.injected(pod)) remove.push({ pod, reason: "not-injected" });
    else if (p.hasSecret && !p.hasSecret(pod)) {
      if (busy(pod)) deferred.push(pod);
      else remove.push({ pod, reason: "secret-missing" });
    } else if (p.credentialChanged?.(pod)) remove.push({ pod, reason: "credential-changed" });
    else healthy.push(pod);
  }
  const rank = (x) => busy(x) ? 0 : x.phase === "Running" ? 1 : 2;
  const age = (x) => new Date(x.pod.metadata?.creationTimestamp ?? 0).getTime() || 0;
  healthy.sort((a, b) => rank(a) - rank(b) || (p.oldestFirst ? age(b) - age(a) : 0) || a.name.localeCompare(b.name));
  const keep = healthy.slice(0, p.count);
  for (const pod of healthy.slice(p.count)) {
    if (busy(pod)) deferred.push(pod);
    else remove.push({ pod, reason: "surplus" });
  }
  const { namePrefix: prefix, ownerKey } = p.input;
  const ours3 = (p.records ?? []).filter((r) => runnerSlot(prefix, ownerKey, r.name) !== void 0);
  const podNames = new Set(p.pods.map((x) => x.name));
  const orphanRecords = ours3.filter((r) => !podNames.has(r.name) && !r.busy && r.status !== "online");
  const podUids = new Set(p.pods.map((x) => x.uid));
  const orphanSecrets = (p.secrets ?? []).filter((s) => !s.ownerUid || !podUids.has(s.ownerUid)).map((s) => s.name);
  const create = Math.max(0, p.count - keep.length);
  const used = new Set(
    [...p.pods.map((x) => x.name), ...ours3.filter((r) => !orphanRecords.includes(r)).map((r) => r.name)].map((n) => runnerSlot(prefix, ownerKey, n)).filter((n) => n !== void 0)
  );
  const names = [];
  for (let slot = 0; names.length < create; slot++) if (!used.has(slot)) names.push(runnerName(prefix, ownerKey, slot));
  return { keep, remove, deferred, create, names, orphanRecords, orphanSecrets };
}
function imageChanged(pod, image) {
  const live2 = pod.pod.spec?.containers.find((c) => c.name === RUNNER_CONTAINER)?.image;
  return live2 !== void 0 && live2 !== image;
}
var RunnerError = class extends Error {
  constructor(message3) {
    super(message3);
    this.name = "RunnerError";
  }
};
async function ignoreNotFound(p) {
  try {
    await p;
  } catch (err) {
    if (!isNotFound2(err)) throw err;
  }
}
async function deleteRunnerPod(api, namespace, name, kind) {
  try {
    await ignoreNotFound(api.deleteNamespacedPod({ name, namespace }));
    const secret = credentialSecretName(kind, name);
    if (secret) await ignoreNotFound(api.deleteNamespacedSecret({ name: secret, namespace }));
  } catch (err) {
    throw wrapKubeError(`Deleting runner pod ${namespace}/${name}`, err);
  }
}
async function deleteOrphanSecret(api, namespace, name) {
  try {
    await ignoreNotFound(api.deleteNamespacedSecret({ name, namespace }));
  } catch (err) {
    throw wrapKubeError(`Deleting runner Secret ${namespace}/${name}`, err);
  }
}
async function removeRunner(deps, namespace, name, runnerId, kind) {
  await deleteRunnerPod(deps.api, namespace, name, kind);
  if (runnerId !== void 0 && deps.github) await deps.github.remove(runnerId);
}
async function rollBack(deps, namespace, name, kind, runnerId) {
  const errors = [];
  await deleteRunnerPod(deps.api, namespace, name, kind).catch((e) => errors.push(e));
  if (deps.github && DRIVERS[kind].registersAtGitHub) {
    const id = runnerId ?? (await deps.github.findByName(name).catch(() => void 0))?.id;
    if (id !== void 0) await deps.github.remove(id).catch((e) => errors.push(e));
  }
  if (errors.length) throw errors[0];
}
async function dropRegistration(deps, kind, runnerId) {
  if (runnerId !== void 0 && deps.github && DRIVERS[kind].registersAtGitHub) await deps.github.remove(runnerId);
}
function admissionMessage(err) {
  const s = kubeStatus(err);
  if (!s) return err instanceof Error ? err.message : String(err);
  let msg = `${s.code}${s.reason ? ` ${s.reason}` : ""}: ${s.message ?? ""}`;
  if (/serviceaccount.*not found|serviceaccounts ".*" not found/i.test(s.message ?? ""))
    msg += " (the service account must exist before the pod: it is applied first)";
  else if (/admission webhook/i.test(s.message ?? "")) msg += " (rejected at admission)";
  return msg;
}
async function runnerCredential(deps, input, name) {
  if (!DRIVERS[input.kind].registersAtGitHub)
    return {
      value: derivedCredential(input, deps.inputCredential, { namespace: input.namespace, serviceAccount: input.serviceAccount, name })
    };
  const github = deps.github;
  if (!github) throw new RunnerError("Runners need a 'github-token' that may create self-hosted runners.");
  try {
    const jit = await github.generateJitConfig(name);
    return { value: jit.encodedJitConfig, runnerId: jit.runner.id };
  } catch (err) {
    if (err.status !== 409) throw err;
    const stale = await github.findByName(name);
    if (!stale || stale.busy || stale.status === "online") throw err;
    await github.remove(stale.id);
    const jit = await github.generateJitConfig(name);
    return { value: jit.encodedJitConfig, runnerId: jit.runner.id };
  }
}
async function stopIfAsked(deps, input, name, runnerId) {
  let stopped = deps.signal?.aborted === true;
  try {
    deps.checkpoint?.();
  } catch {
    stopped = true;
  }
  if (!stopped) return;
  await rollBack(deps, input.namespace, name, input.kind, runnerId).catch(() => void 0);
  throw new RunnerError(`Runner ${name}: stopped before it was complete; what was made of it is removed again.`);
}
async function createRunner(deps, input, expect, name) {
  const kind = input.kind;
  await stopIfAsked(deps, input, name);
  let cred;
  try {
    cred = await runnerCredential(deps, input, name);
  } catch (err) {
    await rollBack(deps, input.namespace, name, kind).catch(() => void 0);
    throw err;
  }
  const runnerId = cred.runnerId;
  const whole = deps.halfMade?.(`runner ${input.namespace}/${name}`, () => rollBack(deps, input.namespace, name, kind, runnerId)) ?? (() => void 0);
  try {
    return await finishRunner(deps, input, expect, name, cred);
  } finally {
    whole();
  }
}
async function finishRunner(deps, input, expect, name, cred) {
  const kind = input.kind;
  const driver = DRIVERS[kind];
  const runnerId = cred.runnerId;
  await stopIfAsked(deps, input, name, runnerId);
  let pod;
  const manifest = runnerPodManifest(input, name, runnerId);
  try {
    pod = await deps.api.createNamespacedPod({ namespace: input.namespace, body: manifest });
  } catch (err) {
    const earlier = createdByEarlierAttempt(err);
    const existing = earlier ? await deps.api.readNamespacedPod({ name, namespace: input.namespace }).catch(() => void 0) : void 0;
    const ours3 = existing?.metadata?.annotations?.[SPEC_HASH_ANNOTATION] === manifest.metadata?.annotations?.[SPEC_HASH_ANNOTATION] && existing?.metadata?.annotations?.[RUNNER_ID_ANNOTATION] === manifest.metadata?.annotations?.[RUNNER_ID_ANNOTATION] && existing?.metadata?.labels?.[OWNER_KEY_LABEL] === input.ownerKey;
    if (!existing || !ours3) {
      const taken = kubeStatus(err)?.code === 409;
      await (taken ? dropRegistration(deps, kind, runnerId) : rollBack(deps, input.namespace, name, kind, runnerId)).catch(() => void 0);
      throw new RunnerError(
        `Creating ${driver.component} pod ${input.namespace}/${name} failed: ${admissionMessage(err)}${taken ? " (a pod of that name that this run did not make is there: left alone; the next run picks another slot)" : ""}`
      );
    }
    deps.info(`Runner ${name}: its pod was created by an earlier attempt whose answer was lost (409 AlreadyExists on the repeat): kept.`);
    pod = existing;
  }
  await stopIfAsked(deps, input, name, runnerId);
  const secretName = credentialSecretName(kind, name);
  if (driver.secret && secretName) {
    try {
      if (cred.value === void 0) throw new RunnerError(`no credential for ${driver.component} ${name}`);
      const body = credentialSecretManifest(
        {
          namespace: input.namespace,
          name: secretName,
          key: driver.secret.key,
          value: cred.value,
          component: driver.component,
          ownerKey: input.ownerKey
        },
        { name, uid: pod.metadata?.uid ?? "" }
      );
      await deps.api.createNamespacedSecret({ namespace: input.namespace, body }).catch(async (err) => {
        if (!createdByEarlierAttempt(err)) throw err;
        const have = await deps.api.readNamespacedSecret({ name: secretName, namespace: input.namespace });
        if (have.metadata?.ownerReferences?.some((r) => r.uid === pod.metadata?.uid) !== true) throw err;
      });
    } catch (err) {
      await rollBack(deps, input.namespace, name, kind, runnerId).catch(() => void 0);
      throw new RunnerError(`Creating the credential Secret of ${driver.component} ${name} failed: ${admissionMessage(err)}`);
    }
  }
  if (carriesIdentity(input)) {
    const injection = checkInjection(pod, expect);
    if (!injection.ok) {
      await rollBack(deps, input.namespace, name, kind, runnerId).catch(() => void 0);
      throw new RunnerError(
        `Runner pod ${input.namespace}/${name} was not set up for workload identity: missing ${injection.missing.join(", ")}. Likely cause: ${injection.cause}. The pod${runnerId !== void 0 ? " and its registration were" : " was"} removed.`
      );
    }
    deps.info(`Runner ${name} (${driver.component}): pod created, workload identity injected (token at ${injection.tokenFile}).`);
  } else deps.info(`Runner ${name} (${driver.component}): pod created (runs as its own service account; its jobs get the identity).`);
  return { name, runnerId, pod };
}

// src/kube/lease.ts
var LEASE_DURATION_SECONDS = 20;
var MAX_SKEW_MS = 6e4;
var LeaseError = class extends Error {
  constructor(message3) {
    super(message3);
    this.name = "LeaseError";
  }
};
var microTime = (ms) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
var parseTime = (v) => {
  const ms = v instanceof Date ? v.getTime() : typeof v === "string" ? Date.parse(v) : NaN;
  return Number.isFinite(ms) ? ms : void 0;
};
var asTime = (ms) => microTime(ms);
function leaseBody(t, holder, now, transitions, from) {
  return {
    apiVersion: "coordination.k8s.io/v1",
    kind: "Lease",
    metadata: {
      name: t.name,
      namespace: t.namespace,
      labels: { ...from?.metadata?.labels, ...t.labels },
      ...from?.metadata?.resourceVersion ? { resourceVersion: from.metadata.resourceVersion } : {}
    },
    spec: {
      holderIdentity: holder,
      leaseDurationSeconds: t.durationSeconds ?? LEASE_DURATION_SECONDS,
      acquireTime: asTime(now),
      renewTime: asTime(now),
      leaseTransitions: transitions
    }
  };
}
var isConflict = (err) => kubeStatus(err)?.code === 409;
var isNotFound3 = (err) => kubeStatus(err)?.code === 404;
function forbidden(err, t) {
  const s = kubeStatus(err);
  if (s?.code === 403)
    return new LeaseError(
      `The action may not use Leases in namespace ${t.namespace} (${s.message ?? "403 Forbidden"}): it needs get, create, update and delete on leases.coordination.k8s.io there, to keep concurrent runs of this workload from exceeding runner-count.`
    );
  return wrapKubeError(`Reading Lease ${t.namespace}/${t.name}`, err);
}
async function acquireLease(t, d) {
  const durationMs = (t.durationSeconds ?? LEASE_DURATION_SECONDS) * 1e3;
  const started = d.clock.now();
  let seen;
  let announced = false;
  for (; ; ) {
    if (d.signal?.aborted) throw new LeaseError(`Stopped while waiting for Lease ${t.namespace}/${t.name}.`);
    let lease;
    try {
      lease = await d.api.readNamespacedLease({ name: t.name, namespace: t.namespace });
    } catch (err) {
      if (!isNotFound3(err)) throw forbidden(err, t);
    }
    const now = d.clock.now();
    try {
      if (!lease) {
        const created = await d.api.createNamespacedLease({ namespace: t.namespace, body: leaseBody(t, t.holder, now, 0) });
        return hold(created, t, d, durationMs);
      }
      const spec = lease.spec ?? {};
      const holder = spec.holderIdentity ?? "";
      const record2 = `${holder}|${String(spec.renewTime)}|${lease.metadata?.resourceVersion}`;
      if (seen?.record !== record2) seen = { record: record2, at: now };
      const duration = (spec.leaseDurationSeconds ?? t.durationSeconds ?? LEASE_DURATION_SECONDS) * 1e3;
      const renewed = parseTime(spec.renewTime ?? spec.acquireTime);
      const expired = now - seen.at >= duration || renewed !== void 0 && now - renewed > duration + MAX_SKEW_MS;
      if (!holder || holder === t.holder || expired) {
        const transitions = (spec.leaseTransitions ?? 0) + (holder && holder !== t.holder ? 1 : 0);
        if (holder && holder !== t.holder) d.info(`Lease ${t.namespace}/${t.name}: taken over from ${holder}, which stopped renewing it.`);
        const taken = await d.api.replaceNamespacedLease({
          name: t.name,
          namespace: t.namespace,
          body: leaseBody(t, t.holder, now, transitions, lease)
        });
        return hold(taken, t, d, durationMs);
      }
      if (!announced) {
        announced = true;
        d.info(`Another run of this workload (${holder}) is changing its runners: waiting for it (Lease ${t.namespace}/${t.name}).`);
      }
    } catch (err) {
      if (!isConflict(err)) throw forbidden(err, t);
    }
    if (d.clock.now() - started > d.maxWaitMs) {
      const holder = lease?.spec?.holderIdentity ?? "another run";
      throw new LeaseError(
        `Lease ${t.namespace}/${t.name} is still held by ${holder} after ${Math.round(d.maxWaitMs / 1e3)} s: another run of this workload keeps changing its runners. Re-run when it has finished (or delete the Lease if no such run exists; it expires ${durationMs / 1e3} s after its holder stops).`
      );
    }
    await d.clock.sleep(d.pollMs);
  }
}
function hold(initial, t, d, durationMs) {
  const lost = new AbortController();
  let current = initial;
  let lastRenewal = Date.now();
  let released = false;
  let timer;
  let renewing = Promise.resolve();
  const renew = async () => {
    try {
      current = await d.api.replaceNamespacedLease({
        name: t.name,
        namespace: t.namespace,
        body: {
          ...leaseBody(t, t.holder, Date.now(), current.spec?.leaseTransitions ?? 0, current),
          spec: { ...current.spec, renewTime: asTime(Date.now()) }
        }
      });
      lastRenewal = Date.now();
    } catch (err) {
      if (isConflict(err)) {
        const now = await d.api.readNamespacedLease({ name: t.name, namespace: t.namespace }).catch(() => void 0);
        if (now?.spec?.holderIdentity === t.holder) current = now;
        else if (now)
          lost.abort(new LeaseError(`Lease ${t.namespace}/${t.name} was taken over by ${now.spec?.holderIdentity ?? "another run"}.`));
      }
      if (!lost.signal.aborted && Date.now() - lastRenewal > durationMs * 2 / 3)
        lost.abort(
          new LeaseError(`Lease ${t.namespace}/${t.name} could not be renewed for ${Math.round((Date.now() - lastRenewal) / 1e3)} s.`)
        );
    }
  };
  const schedule = () => {
    if (released || lost.signal.aborted) return;
    const delay = Date.now() - lastRenewal >= durationMs / 3 ? 1e3 : durationMs / 3;
    timer = setTimeout(() => {
      renewing = renew().finally(schedule);
    }, delay);
    timer.unref();
  };
  schedule();
  return {
    lost: lost.signal,
    async release(options2) {
      released = true;
      clearTimeout(timer);
      await renewing.catch(() => void 0);
      if (lost.signal.aborted) return;
      try {
        if (options2?.remove)
          await d.api.deleteNamespacedLease({
            name: t.name,
            namespace: t.namespace,
            body: { preconditions: { resourceVersion: current.metadata?.resourceVersion } }
          });
        else {
          const spec = { ...current.spec, holderIdentity: void 0, acquireTime: void 0, renewTime: asTime(Date.now()) };
          await d.api.replaceNamespacedLease({
            name: t.name,
            namespace: t.namespace,
            body: { ...leaseBody(t, "", Date.now(), 0, current), spec }
          });
        }
      } catch {
      }
    }
  };
}
async function withLease(t, d, fn, options2) {
  const held = await acquireLease(t, d);
  try {
    return await fn(held.lost);
  } finally {
    await held.release(options2);
  }
}

// src/kube/autoscale.ts
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function autoscale(a, demand, all, busy) {
  const matching = demand?.matching ?? 0;
  const busyKept = all.keep.filter((p) => busy(p.name)).length;
  const busyAll = busyKept + all.deferred.length;
  const idle = all.keep.length - busyKept;
  const wanted = Math.max(a.min, matching);
  const room = Math.max(0, a.max - busyAll);
  const idleTarget = Math.min(wanted, room);
  const change = idleTarget > idle ? `create ${idleTarget - idle}` : idleTarget < idle ? `remove ${idle - idleTarget}` : "no change";
  const bound = wanted > room ? ` (runner-max ${a.max}${busyAll ? `, ${busyAll} of them busy` : ""})` : a.min > matching && idleTarget !== idle ? ` (runner-min ${a.min})` : "";
  const jobs = `${plural(matching, "queued job")} ${matching === 1 ? "matches" : "match"}`;
  const runners = `${plural(idle, "idle runner")}${busyAll ? `, ${busyAll} busy` : ""}`;
  return { count: busyKept + idleTarget, matching, idle, busy: busyAll, idleTarget, reason: `${jobs}, ${runners}: ${change}${bound}` };
}

// src/kube/runner-set.ts
var CREATE_CONCURRENCY = 4;
var live = (p) => !p.deleting && p.phase !== "Succeeded" && p.phase !== "Failed";
var runnerLeaseName = (ownerKey) => `aks-workload-identity-${ownerKey}`;
function plan(spec, state) {
  const expect = { clientId: spec.clientId, audience: spec.audience, serviceAccount: spec.serviceAccount };
  const secrets = state?.secrets && new Set(state.secrets.map((s) => s.name));
  const stale = new Set(state?.staleCredentials ?? []);
  const identity = carriesIdentity(spec);
  const pods = state?.pods ?? [];
  const planFor = (count, oldestFirst = false) => planRunners({
    count,
    oldestFirst,
    input: spec,
    pods,
    records: state?.records,
    // Pods that run as their own service account (GitLab's manager) carry no identity to check.
    injected: (p) => !identity || p.kind !== spec.kind || checkInjection(p.pod, expect).ok,
    // Kinds without a credential (plain pods) have no Secret to miss.
    hasSecret: secrets && ((p) => {
      const n = credentialSecretName(p.kind, p.name);
      return n === void 0 || secrets.has(n);
    }),
    credentialChanged: (p) => stale.has(p.name),
    secrets: state?.secrets
  });
  if (!spec.autoscale) return planFor(spec.count);
  const busy = new Set((state?.records ?? []).filter((r) => r.busy).map((r) => r.name));
  const scaling = autoscale(spec.autoscale, state?.demand, planFor(pods.length), (name) => busy.has(name));
  return { ...planFor(scaling.count, true), scaling };
}
function staleCredentials(spec, pods, secrets, fromInputs) {
  const key = DRIVERS[spec.kind].secret?.key;
  const byName = new Map(secrets.map((s) => [s.name, s.data]));
  return pods.flatMap((p) => {
    const name = credentialSecretName(p.kind, p.name);
    const have = name ? byName.get(name) : void 0;
    if (p.kind !== spec.kind || !key || !have) return [];
    const want = derivedCredential(spec, fromInputs, { namespace: spec.namespace, serviceAccount: spec.serviceAccount, name: p.name });
    return want !== void 0 && have[key] !== want ? [p.name] : [];
  });
}
var registersAtGitHub = (kind) => kind !== void 0 && DRIVERS[kind].registersAtGitHub === true;
async function observe(spec, ctx, workloadIdentityEnabled) {
  const auto = spec.autoscale;
  const [observed, github, secrets, demand] = await Promise.all([
    ctx.kube.core().then((api) => observeRunnerPods(api, spec.namespace, spec.serviceAccount, spec.ownerKey)),
    ctx.github.runners(),
    ctx.kube.core().then((api) => observeRunnerSecrets(api, spec.namespace, spec.ownerKey)),
    auto ? ctx.github.queue().then((q) => q?.count(auto.labels)) : void 0
  ]);
  const registered = registersAtGitHub(spec.kind) || observed.pods.some((p) => registersAtGitHub(p.kind));
  const records = github && registered ? await github.listByPrefix(`${spec.namePrefix}-`) : void 0;
  return {
    pods: observed.pods,
    records,
    workloadIdentityEnabled,
    secrets: secrets.map(({ name, ownerUid }) => ({ name, ownerUid })),
    staleCredentials: staleCredentials(spec, observed.pods, secrets, ctx.secrets.runnerCredential),
    ...demand ? { demand } : {}
  };
}
function diffRunnerSet(spec, state) {
  const p = plan(spec, state);
  const id = `${spec.namespace}/${spec.serviceAccount}`;
  const diff = [];
  const healthy = (state?.pods ?? []).filter(live).length;
  const target = p.scaling ? p.scaling.busy + p.scaling.idleTarget : spec.count;
  if (p.create > 0 || p.remove.length > 0) diff.push({ field: "runners", from: healthy, to: target });
  for (const reason2 of ["finished", "failing", "outdated", "not-injected", "secret-missing", "credential-changed", "surplus"]) {
    const names = p.remove.filter((r) => r.reason === reason2).map((r) => r.pod.name);
    if (names.length) diff.push({ field: `pods.${reason2}`, from: names.join(", ") });
  }
  if (p.orphanRecords.length) diff.push({ field: "github.orphaned-runners", from: p.orphanRecords.map((r) => r.name).join(", ") });
  if (p.orphanSecrets.length) diff.push({ field: "secrets.orphaned", from: p.orphanSecrets.join(", ") });
  const notes = p.scaling ? [p.scaling.reason] : [];
  if (p.remove.some((r) => r.reason === "outdated"))
    notes.push("the runner pod spec changed and mutated pods cannot be patched: they are replaced");
  if (p.remove.some((r) => r.reason === "credential-changed"))
    notes.push("the credential in the inputs changed: the pods are replaced with the new one");
  if (p.remove.some((r) => r.pod.legacy))
    notes.push("pods made by a previous version of the action are replaced by ones that carry the owner key");
  if (p.deferred.length) notes.push(`${p.deferred.map((d) => d.name).join(", ")} run a job: left alone until it ends`);
  const reason = notes.length ? notes.join("; ") : void 0;
  if (diff.length === 0) return { action: "unchanged", diff, id, ownership: "owned", ...reason ? { reason } : {} };
  const scaling = p.scaling !== void 0 && p.remove.every((r) => r.reason === "finished" || r.reason === "surplus") && p.orphanRecords.length === 0 && p.orphanSecrets.length === 0;
  const action = (state?.pods ?? []).length === 0 && p.orphanRecords.length === 0 && p.orphanSecrets.length === 0 ? "create" : p.remove.some((r) => r.reason === "outdated") ? "replace" : "update";
  return { action, diff, id, ownership: "owned", ...reason ? { reason } : {}, ...scaling ? { scaling } : {} };
}
async function eachLimited(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]).then(
        (value) => ({ status: "fulfilled", value }),
        (reason) => ({ status: "rejected", reason })
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
var failure = (errors) => combine("Setting up the runners", errors);
var rejected = (results) => results.flatMap((r) => r.status === "rejected" ? [r.reason] : []);
function eitherSignal(a, b) {
  return a ? AbortSignal.any([a, b]) : b;
}
function leaseOf(spec, ctx) {
  return {
    namespace: spec.namespace,
    name: runnerLeaseName(spec.ownerKey),
    labels: ownershipLabels(spec.ownerKey),
    holder: ctx.kube.holder
  };
}
async function leaseDeps(spec, ctx) {
  return {
    api: await ctx.kube.coordination(),
    clock: ctx.kube.clock,
    pollMs: ctx.kube.pollMs,
    maxWaitMs: spec.timeoutSeconds * 1e3,
    info: (m) => ctx.log.info(m),
    signal: ctx.signal
  };
}
async function removeOrphans(deps, spec, p, log) {
  const records = await eachLimited(p.orphanRecords, CREATE_CONCURRENCY, async (r) => {
    await deps.github.remove(r.id);
    log(`GitHub runner ${r.name}: registration removed (its pod is gone).`);
  });
  const secrets = await eachLimited(p.orphanSecrets, CREATE_CONCURRENCY, async (name) => {
    await deleteOrphanSecret(deps.api, spec.namespace, name);
    log(`Runner Secret ${spec.namespace}/${name}: removed (its pod is gone).`);
  });
  return [...rejected(records), ...rejected(secrets)];
}
var runnerSetKind = {
  kind: "runner-set",
  async observe(_r, spec, ctx, upstream) {
    const reached = await withCluster(upstream(spec.clusterKey), () => ctx.kube.core());
    if (!reached) return void 0;
    return observe(spec, ctx, reached.cluster.workloadIdentityEnabled === "true");
  },
  diff: diffRunnerSet,
  async apply(_step, spec, _observed, ctx) {
    const [api, github] = await Promise.all([ctx.kube.core(), ctx.github.runners()]);
    if (!github && registersAtGitHub(spec.kind)) throw new RunnerError("Runners need a 'github-token' that may create self-hosted runners.");
    const log = (m) => ctx.log.info(m);
    const { names, workloadIdentityEnabled, errors } = await withLease(leaseOf(spec, ctx), await leaseDeps(spec, ctx), async (lost) => {
      const signal = eitherSignal(ctx.signal, lost);
      const deps = {
        api,
        github,
        inputCredential: ctx.secrets.runnerCredential,
        info: log,
        signal,
        checkpoint: () => ctx.checkpoint(),
        halfMade: (what, undo) => ctx.halfMade(what, undo)
      };
      const fresh = await observe(spec, ctx, true);
      const p = plan(spec, fresh);
      const recordId = (pod) => pod.runnerId ?? fresh.records?.find((r) => r.name === pod.name)?.id;
      if (p.scaling) log(`Runners of ${spec.namespace}/${spec.serviceAccount}: ${p.scaling.reason}.`);
      for (const d of p.deferred) log(`Runner ${d.name}: running a job, left alone (it exits after the job; the next run replaces it).`);
      const removed = await eachLimited(p.remove, CREATE_CONCURRENCY, async ({ pod, reason }) => {
        await removeRunner(deps, spec.namespace, pod.name, recordId(pod), pod.kind);
        const what = registersAtGitHub(pod.kind) ? ", with its Secret and GitHub registration" : credentialSecretName(pod.kind, pod.name) ? ", with its Secret" : "";
        log(`Runner ${pod.name}: removed (${reason})${what}.`);
      });
      const orphans = await removeOrphans(deps, spec, p, log);
      const expect = {
        clientId: spec.clientId,
        audience: spec.audience,
        serviceAccount: spec.serviceAccount,
        workloadIdentityEnabled: fresh.workloadIdentityEnabled
      };
      if (p.create + p.remove.length + p.orphanRecords.length + p.orphanSecrets.length === 0)
        log(
          `Runners of ${spec.namespace}/${spec.serviceAccount}: nothing left to do (another run of this workload made the changes meanwhile).`
        );
      const created = await eachLimited(p.names, CREATE_CONCURRENCY, (name) => createRunner(deps, spec, expect, name));
      return {
        names: created.flatMap((r) => r.status === "fulfilled" ? [r.value.name] : []),
        workloadIdentityEnabled: fresh.workloadIdentityEnabled,
        errors: [...rejected(removed), ...orphans, ...rejected(created), ...lost.aborted ? [lost.reason] : []]
      };
    });
    if (spec.wait && names.length && !ctx.signal.aborted) {
      try {
        await waitForRunning(api, spec.namespace, names, {
          timeoutMs: spec.timeoutSeconds * 1e3,
          pollMs: ctx.kube.pollMs,
          info: log
        });
      } catch (err) {
        errors.push(err);
      }
    }
    if (errors.length) throw failure(errors);
    const after = await observeRunnerPods(api, spec.namespace, spec.serviceAccount, spec.ownerKey);
    return { pods: after.pods, workloadIdentityEnabled };
  },
  outputs(o, spec) {
    return {
      "runner-names": (o?.pods ?? []).filter(live).map((p) => p.name).join("\n"),
      id: `${spec.namespace}/${spec.serviceAccount}`
    };
  },
  owned: () => true,
  /** Destroy: something to remove (live pods, registrations or Secrets of the workload whose pod is gone). */
  exists: (o, spec) => {
    const p = plan({ ...spec, count: 0, autoscale: void 0 }, o);
    return o.pods.some((x) => !x.deleting) || p.orphanRecords.length > 0 || p.orphanSecrets.length > 0;
  },
  async destroy(_step, spec, _observed, ctx) {
    const [api, github] = await Promise.all([ctx.kube.core(), ctx.github.runners()]);
    const log = (m) => ctx.log.info(m);
    const errors = await withLease(
      leaseOf(spec, ctx),
      await leaseDeps(spec, ctx),
      async () => {
        const fresh = await observe(spec, ctx);
        const records = fresh.records ?? [];
        const deps = { api, github, info: log };
        const results = await eachLimited(
          fresh.pods.filter((p) => !p.deleting),
          CREATE_CONCURRENCY,
          async (pod) => {
            const id = pod.runnerId ?? records.find((r) => r.name === pod.name)?.id;
            if (github) await removeRunner(deps, spec.namespace, pod.name, id, pod.kind);
            else await deleteRunnerPod(api, spec.namespace, pod.name, pod.kind);
            log(`Runner ${pod.name}: removed.`);
          }
        );
        const orphans = await removeOrphans(
          deps,
          spec,
          plan({ ...spec, count: 0, autoscale: void 0 }, { ...fresh, records: github ? records : [] }),
          log
        );
        return [...rejected(results), ...orphans];
      },
      // Nothing is left to coordinate: the Lease goes with the runners.
      { remove: true }
    );
    if (errors.length) throw failure(errors);
  }
};

// src/kube/arc-runner-set.ts
var import_yaml = __toESM(require_yaml(), 1);
var ARC_GROUP = "actions.github.com";
var ARC_VERSION = "v1alpha1";
var ARC_PLURAL = "autoscalingrunnersets";
var ARC_KIND = "AutoscalingRunnerSet";
var ARC_CONTROLLER_VERSION = "0.14.2";
var ARC_VERSION_LABEL = "app.kubernetes.io/version";
var ARC_CONTROLLER_SELECTOR = "app.kubernetes.io/part-of=gha-rs-controller";
var ARC_DEFAULT_NAMESPACE = "arc-systems";
var ARC_INSTALL_HINT = "helm install arc --namespace arc-systems --create-namespace oci://ghcr.io/actions/actions-runner-controller-charts/gha-runner-scale-set-controller --version 0.14.2";
var arcSecretName = (name) => `${name}-github-config`;
var ArcNotInstalledError = class extends Error {
  constructor(what) {
    super(
      `runner-kind arc needs actions-runner-controller (gha-runner-scale-set-controller) in the cluster, but ${what}. Install it once (the action never installs the controller): ${ARC_INSTALL_HINT}`
    );
    this.name = "ArcNotInstalledError";
  }
};
var options = (s) => s.input.options;
var kubeMode = (s) => options(s).containerMode === "kubernetes";
var labelsOf = (s) => ({
  ...ownershipLabels(s.input.ownerKey),
  [COMPONENT_LABEL]: DRIVERS.arc.component
});
function arcPodLabels(s) {
  return { ...labelsOf(s), ...carriesIdentity(s.input) ? { [USE_LABEL]: "true" } : {} };
}
function arcPodTemplate(s) {
  const pod = shapedRunnerPod(s.input, s.name, hookTemplateConfigMap(s.name));
  const ours3 = runnerLabels(s.input);
  const added = Object.fromEntries(Object.entries(pod.metadata?.labels ?? {}).filter(([k]) => !(k in ours3)));
  const annotations = pod.metadata?.annotations;
  return {
    metadata: { labels: { ...arcPodLabels(s), ...added }, ...annotations && Object.keys(annotations).length ? { annotations } : {} },
    spec: pod.spec
  };
}
function arcRunnerSetManifest(s, controllerVersion, owned = true) {
  const o = options(s);
  return {
    apiVersion: `${ARC_GROUP}/${ARC_VERSION}`,
    kind: ARC_KIND,
    metadata: {
      name: s.name,
      namespace: s.input.namespace,
      labels: { ...owned ? labelsOf(s) : {}, [ARC_VERSION_LABEL]: controllerVersion ?? ARC_CONTROLLER_VERSION }
    },
    spec: {
      githubConfigUrl: o.configUrl,
      githubConfigSecret: arcSecretName(s.name),
      runnerScaleSetName: s.name,
      runnerGroup: o.runnerGroup,
      minRunners: o.minRunners,
      maxRunners: o.maxRunners,
      template: arcPodTemplate(s)
    }
  };
}
function arcSecretManifest(s, data) {
  return {
    apiVersion: "v1",
    kind: "Secret",
    type: "Opaque",
    metadata: { name: arcSecretName(s.name), namespace: s.input.namespace, labels: labelsOf(s) },
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, Buffer.from(v, "utf8").toString("base64")]))
  };
}
var ARC_JOB_UID = 1001;
function arcJobPodSpec(s) {
  return {
    serviceAccountName: s.input.serviceAccount,
    automountServiceAccountToken: false,
    securityContext: { runAsNonRoot: true, runAsUser: ARC_JOB_UID, runAsGroup: ARC_JOB_UID, seccompProfile: { type: "RuntimeDefault" } },
    // `$job`: the hook's name for the job container; it merges this into the container it makes.
    containers: [
      {
        name: "$job",
        securityContext: {
          runAsNonRoot: true,
          allowPrivilegeEscalation: false,
          privileged: false,
          capabilities: { drop: ["ALL"] },
          seccompProfile: { type: "RuntimeDefault" }
        }
      }
    ]
  };
}
function hookTemplateYaml(s) {
  return (0, import_yaml.stringify)({
    apiVersion: "v1",
    kind: "PodTemplate",
    metadata: { labels: { [USE_LABEL]: "true" } },
    spec: arcJobPodSpec(s)
  });
}
function hookConfigMapManifest(s) {
  return {
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: hookTemplateConfigMap(s.name), namespace: s.input.namespace, labels: labelsOf(s) },
    data: { [HOOK_TEMPLATE_KEY]: hookTemplateYaml(s) }
  };
}
function containsDeclared(want, have) {
  if (Array.isArray(want)) return Array.isArray(have) && want.length === have.length && want.every((w, i) => containsDeclared(w, have[i]));
  if (want && typeof want === "object") {
    if (!have || typeof have !== "object" || Array.isArray(have)) return false;
    return Object.entries(want).every(
      ([k, v]) => v === void 0 || containsDeclared(v, have[k])
    );
  }
  return want === have;
}
function setMark(set, ownerKey) {
  if (!set) return void 0;
  const m = markOf(set.metadata?.labels, ownerKey, KUBE_MARKS);
  return m === "legacy" ? "none" : m;
}
var secretIsOurs = (o, ownerKey) => o?.metadata?.labels?.[OWNER_KEY_LABEL] === ownerKey;
var decoded = (sec) => Object.fromEntries(Object.entries(sec?.data ?? {}).map(([k, v]) => [k, Buffer.from(v, "base64").toString("utf8")]));
var credentialChanged = (secret, credential) => {
  const data = arcSecretData(credential);
  return !!secret && !!data && canonicalJson(decoded(secret)) !== canonicalJson(data);
};
function diffArc(spec, o) {
  const diff = [];
  const adopted = setMark(o?.set, spec.input.ownerKey) === "none";
  const want = arcRunnerSetManifest(spec, o?.controllerVersion, !adopted);
  if (!o?.set) diff.push({ field: "autoscalingRunnerSet", to: spec.name });
  else {
    const ws = want.spec;
    const hs = o.set.spec ?? {};
    for (const f of ["githubConfigUrl", "githubConfigSecret", "runnerScaleSetName", "runnerGroup", "minRunners", "maxRunners"])
      if (ws[f] !== hs[f]) diff.push({ field: `spec.${f}`, from: hs[f], to: ws[f] });
    if (!containsDeclared(ws.template, hs.template))
      diff.push({ field: "spec.template", from: "(differs)", to: "(the identity-wired runner pod)" });
    for (const [k, v] of Object.entries(want.metadata?.labels ?? {}))
      if (o.set.metadata?.labels?.[k] !== v) diff.push({ field: `metadata.labels.${k}`, from: o.set.metadata?.labels?.[k], to: v });
  }
  if (!o?.secret) diff.push({ field: "secret", to: arcSecretName(spec.name) });
  else if (o.credentialChanged) diff.push({ field: "secret.data", from: "(hidden)", to: "(from the inputs)" });
  if (kubeMode(spec)) {
    const cm = hookConfigMapManifest(spec);
    if (!o?.configMap) diff.push({ field: "hookTemplate", to: cm.metadata.name });
    else if (o.configMap.data?.[HOOK_TEMPLATE_KEY] !== cm.data[HOOK_TEMPLATE_KEY])
      diff.push({ field: "hookTemplate.data", from: "(differs)", to: "(job pods with the identity)" });
  }
  return diff;
}
async function read3(what, fn) {
  try {
    return await fn();
  } catch (err) {
    if (isNotFound2(err)) return void 0;
    throw wrapKubeError(`Reading ${what}`, err);
  }
}
async function arcCrdsInstalled(custom) {
  try {
    const list2 = await custom.getAPIResources({ group: ARC_GROUP, version: ARC_VERSION });
    return list2.resources.some((r) => r.name === ARC_PLURAL);
  } catch (err) {
    if (isNotFound2(err)) return false;
    throw wrapKubeError(`Discovering ${ARC_GROUP}/${ARC_VERSION}`, err);
  }
}
async function findArcController(core) {
  let pods;
  let where = "in any namespace";
  try {
    pods = (await core.listPodForAllNamespaces({ labelSelector: ARC_CONTROLLER_SELECTOR })).items;
  } catch (err) {
    if (kubeStatus(err)?.code !== 403) throw wrapKubeError("Listing the ARC controller pods", err);
    where = `in namespace ${ARC_DEFAULT_NAMESPACE} (the action may not list pods cluster-wide)`;
    pods = (await core.listNamespacedPod({ namespace: ARC_DEFAULT_NAMESPACE, labelSelector: ARC_CONTROLLER_SELECTOR })).items;
  }
  const running = pods.find((p) => p.status?.phase === "Running" && !p.metadata?.deletionTimestamp);
  return { found: !!running, version: running?.metadata?.labels?.[ARC_VERSION_LABEL], where };
}
async function observeArc(spec, ctx) {
  const [core, custom] = await Promise.all([ctx.kube.core(), ctx.kube.custom()]);
  const ns = spec.input.namespace;
  if (!await arcCrdsInstalled(custom)) {
    if (spec.destroy) return void 0;
    throw new ArcNotInstalledError(`the API server does not serve ${ARC_PLURAL}.${ARC_GROUP}/${ARC_VERSION} (its CRDs are not installed)`);
  }
  let controllerVersion;
  if (!spec.destroy) {
    const c = await findArcController(core);
    if (!c.found)
      throw new ArcNotInstalledError(
        `no Running pod labelled ${ARC_CONTROLLER_SELECTOR} was found ${c.where} (the controller is not running)`
      );
    controllerVersion = c.version;
  }
  const name = spec.name;
  const [set, secret, configMap] = await Promise.all([
    read3(
      `${ARC_KIND} ${ns}/${name}`,
      () => custom.getNamespacedCustomObject({
        group: ARC_GROUP,
        version: ARC_VERSION,
        namespace: ns,
        plural: ARC_PLURAL,
        name
      })
    ),
    read3(`Secret ${ns}/${arcSecretName(name)}`, () => core.readNamespacedSecret({ name: arcSecretName(name), namespace: ns })),
    read3(
      `ConfigMap ${ns}/${hookTemplateConfigMap(name)}`,
      () => core.readNamespacedConfigMap({ name: hookTemplateConfigMap(name), namespace: ns })
    )
  ]);
  return { set, secret, configMap, controllerVersion, credentialChanged: credentialChanged(secret, ctx.secrets.runnerCredential) };
}
async function dryRunPod(core, namespace, name, labels2, podSpec) {
  const body = { apiVersion: "v1", kind: "Pod", metadata: { name, namespace, labels: labels2 }, spec: podSpec };
  try {
    return await core.createNamespacedPod({ namespace, body, dryRun: "All" });
  } catch (err) {
    throw wrapKubeError(`Creating the dry-run pod ${namespace}/${name}`, err);
  }
}
async function proveArcInjection(core, spec, workloadIdentityEnabled) {
  const i = spec.input;
  const expect = { clientId: i.clientId, audience: spec.audience, serviceAccount: i.serviceAccount, workloadIdentityEnabled };
  const probes = [];
  if (carriesIdentity(i)) {
    const template = arcPodTemplate(spec);
    probes.push({ what: "runner pods", labels: template.metadata.labels, podSpec: template.spec });
  }
  if (kubeMode(spec)) {
    const job = arcJobPodSpec(spec);
    const container = { ...job.containers[0], name: RUNNER_CONTAINER, image: i.image };
    probes.push({
      what: "job pods (container hook)",
      labels: { ...labelsOf(spec), [USE_LABEL]: "true" },
      podSpec: { ...job, containers: [container] }
    });
  }
  for (const p of probes) {
    const pod = await dryRunPod(core, i.namespace, `${spec.name}-probe`.slice(0, 63), p.labels, p.podSpec);
    const r = checkInjection(pod, expect);
    if (!r.ok)
      throw new Error(
        `${ARC_KIND} ${i.namespace}/${spec.name}: ${p.what} would not get the workload identity (${r.missing.join(", ")}). ${r.cause ?? ""}`.trim()
      );
  }
}
async function applyArc(spec, o, ctx) {
  const [core, custom] = await Promise.all([ctx.kube.core(), ctx.kube.custom()]);
  const options2 = await applyPatchOptions();
  const ns = spec.input.namespace;
  const force = spec.force;
  const data = arcSecretData(ctx.secrets.runnerCredential);
  let secret = o?.secret;
  if (data) {
    const body2 = arcSecretManifest(spec, data);
    secret = await serverSideApply(
      `Secret ${ns}/${body2.metadata.name}`,
      (fieldManager) => core.patchNamespacedSecret({ name: body2.metadata.name, namespace: ns, body: body2, fieldManager, force }, options2)
    );
  } else if (!secret) throw new Error(`${ARC_KIND} ${ns}/${spec.name} needs 'github-token' or a GitHub App for its configuration Secret.`);
  let configMap = o?.configMap;
  if (kubeMode(spec)) {
    const body2 = hookConfigMapManifest(spec);
    configMap = await serverSideApply(
      `ConfigMap ${ns}/${body2.metadata.name}`,
      (fieldManager) => core.patchNamespacedConfigMap({ name: body2.metadata.name, namespace: ns, body: body2, fieldManager, force }, options2)
    );
  }
  const adopted = setMark(o?.set, spec.input.ownerKey) === "none";
  const body = arcRunnerSetManifest(spec, o?.controllerVersion, !adopted);
  const set = await serverSideApply(
    `${ARC_KIND} ${ns}/${spec.name}`,
    (fieldManager) => custom.patchNamespacedCustomObject(
      { group: ARC_GROUP, version: ARC_VERSION, namespace: ns, plural: ARC_PLURAL, name: spec.name, body, fieldManager, force },
      options2
    )
  );
  await proveArcInjection(core, spec);
  return { set, secret, configMap, controllerVersion: o?.controllerVersion };
}
var arcRunnerSetKind = {
  kind: "arc-runner-set",
  async observe(_r, spec, ctx, upstream) {
    if (!await upstream(spec.clusterKey)) return void 0;
    return observeArc(spec, ctx);
  },
  diff(spec, observed) {
    const id = `${spec.input.namespace}/${spec.name}`;
    const mark2 = setMark(observed?.set, spec.input.ownerKey);
    if (mark2 === "other")
      return {
        action: "conflict",
        diff: [],
        id,
        reason: `an ${ARC_KIND} named ${spec.name} belongs to another workload (its ${OWNER_KEY_LABEL} label differs): choose another runner-name-prefix`
      };
    const diff = diffArc(spec, observed);
    const ownership = mark2 === "none" ? "adopted" : "owned";
    if (diff.length === 0) return { action: "unchanged", diff, id, ownership };
    return { action: observed?.set ? "update" : "create", diff, id, ownership };
  },
  apply: async (_step, spec, observed, ctx) => {
    const state = await applyArc(spec, observed ?? await observeArc(spec, ctx), ctx);
    ctx.log.info(
      `${ARC_KIND} ${spec.input.namespace}/${spec.name}: applied (runs-on: ${spec.name}, ${spec.input.options.minRunners}-${spec.input.options.maxRunners} runners); its pods get the workload identity.`
    );
    return state;
  },
  outputs: (_o, spec) => ({ id: `${spec.input.namespace}/${spec.name}`, "runner-names": spec.name }),
  /** Ours when the set carries this workload's owner key (or there is no set and the Secret is ours). */
  owned: (o, spec) => o.set ? setMark(o.set, spec.input.ownerKey) === "ours" : secretIsOurs(o.secret, spec.input.ownerKey),
  exists: (o) => !!(o.set || o.secret || o.configMap),
  keepReason: (_o, spec) => `it has no label ${OWNER_KEY_LABEL}: ${spec.input.ownerKey}, so this action did not create it for this workload (adopted sets are updated, never deleted)`,
  async destroy(_step, spec, observed, ctx) {
    const [core, custom] = await Promise.all([ctx.kube.core(), ctx.kube.custom()]);
    const ns = spec.input.namespace;
    const name = spec.name;
    if (observed.set)
      await deleteQuietly(
        `${ARC_KIND} ${ns}/${name}`,
        () => custom.deleteNamespacedCustomObject({ group: ARC_GROUP, version: ARC_VERSION, namespace: ns, plural: ARC_PLURAL, name })
      );
    if (secretIsOurs(observed.secret, spec.input.ownerKey))
      await deleteQuietly(
        `Secret ${ns}/${arcSecretName(name)}`,
        () => core.deleteNamespacedSecret({ name: arcSecretName(name), namespace: ns })
      );
    if (secretIsOurs(observed.configMap, spec.input.ownerKey))
      await deleteQuietly(
        `ConfigMap ${ns}/${hookTemplateConfigMap(name)}`,
        () => core.deleteNamespacedConfigMap({ name: hookTemplateConfigMap(name), namespace: ns })
      );
    ctx.log.info(`${ARC_KIND} ${ns}/${name}: removed with its configuration Secret (ARC's controller removes its runners).`);
  }
};

// src/github/queue.ts
function runnerLabelSet(labels2) {
  return new Set(["self-hosted", ...labels2].map((l) => l.toLowerCase()));
}
function runnerMatches(jobLabels, runner) {
  return jobLabels.length > 0 && jobLabels.every((l) => runner.has(l.toLowerCase()));
}
var JOB_READS_AT_ONCE = 4;
function wrap(what, repo, err, policy) {
  if (err instanceof StoppedError) return err;
  const status = err.status;
  const advice = status === 403 || status === 404 ? `'runner-count: auto' reads the queued jobs of ${repo}: the token must read its Actions (fine-grained token: Actions read; classic: repo; GitHub App: Actions read-only), and the repository must exist ('runner-repositories')` : void 0;
  return githubError(what, err, advice, policy);
}
async function githubQueue(o) {
  const octokit = await githubClient(o.token, o);
  return {
    async count(labels2) {
      const runner = runnerLabelSet(labels2);
      const out = { matching: 0, queued: 0, runs: 0, repositories: [...o.repositories] };
      for (const full of o.repositories) {
        const [owner = "", repo = ""] = full.split("/");
        const runs = /* @__PURE__ */ new Map();
        try {
          for (const status of ["queued", "in_progress"]) {
            const page = await octokit.paginate(octokit.rest.actions.listWorkflowRunsForRepo, { owner, repo, status, per_page: 100 });
            for (const r of page) runs.set(r.id, true);
          }
        } catch (err) {
          throw wrap(`Listing the queued workflow runs of ${full}`, full, err, o.policy);
        }
        const ids = [...runs.keys()];
        out.runs += ids.length;
        for (let i = 0; i < ids.length; i += JOB_READS_AT_ONCE) {
          const batch = await Promise.all(
            ids.slice(i, i + JOB_READS_AT_ONCE).map(async (run_id) => {
              try {
                return await octokit.paginate(octokit.rest.actions.listJobsForWorkflowRun, {
                  owner,
                  repo,
                  run_id,
                  filter: "latest",
                  per_page: 100
                });
              } catch (err) {
                if (err.status === 404) return [];
                throw wrap(`Listing the jobs of workflow run ${run_id} of ${full}`, full, err, o.policy);
              }
            })
          );
          for (const job of batch.flat()) {
            if (job.status !== "queued") continue;
            out.queued++;
            if (runnerMatches(job.labels, runner)) out.matching++;
          }
        }
      }
      return out;
    }
  };
}

// src/github/runners.ts
var scopeLabel = (s) => s.kind === "repo" ? `${s.owner}/${s.repo}` : `org:${s.org}`;
var record = (r) => ({
  id: r.id,
  name: r.name,
  status: r.status,
  busy: r.busy
});
function wrap2(what, scope, err, policy) {
  if (err instanceof StoppedError) return err;
  const status = err.status;
  const advice = status !== 403 && status !== 404 ? void 0 : scope.kind === "repo" ? `the 'github-token' must be allowed to manage self-hosted runners of ${scopeLabel(scope)} (fine-grained: Administration read & write; classic PAT: repo). The workflow's GITHUB_TOKEN cannot.` : `the 'github-token' must be allowed to manage the organisation's self-hosted runners (fine-grained: Self-hosted runners read & write; classic PAT: admin:org).`;
  return githubError(what, err, advice, policy);
}
async function githubRunners(o) {
  const octokit = await githubClient(o.token, o);
  const policy = o.policy;
  const scope = o.scope;
  const label = scopeLabel(scope);
  const self = {
    scopeLabel: label,
    async generateJitConfig(name) {
      const body = { name, runner_group_id: o.groupId, labels: o.labels };
      const generate = async () => scope.kind === "repo" ? (await octokit.rest.actions.generateRunnerJitconfigForRepo({ owner: scope.owner, repo: scope.repo, ...body })).data : (await octokit.rest.actions.generateRunnerJitconfigForOrg({ org: scope.org, ...body })).data;
      let data;
      try {
        data = await generate();
      } catch (err) {
        const e = err;
        if (e.status !== 409 || (e.request?.request?.retryCount ?? 0) === 0)
          throw wrap2(`Registering runner ${name} with ${label}`, scope, err, policy);
        const stale = (await self.listByPrefix(name)).find((r) => r.name === name);
        if (!stale || stale.busy || stale.status === "online") throw wrap2(`Registering runner ${name} with ${label}`, scope, err, policy);
        o.onRetry?.(`  GitHub: runner ${name} was registered by an attempt whose answer was lost: removing it and registering again`);
        await self.remove(stale.id);
        try {
          data = await generate();
        } catch (again) {
          throw wrap2(`Registering runner ${name} with ${label}`, scope, again, policy);
        }
      }
      o.mask(data.encoded_jit_config);
      return { runner: record(data.runner), encodedJitConfig: data.encoded_jit_config };
    },
    async listByPrefix(prefix) {
      try {
        const all = scope.kind === "repo" ? await octokit.paginate(octokit.rest.actions.listSelfHostedRunnersForRepo, {
          owner: scope.owner,
          repo: scope.repo,
          per_page: 100
        }) : await octokit.paginate(octokit.rest.actions.listSelfHostedRunnersForOrg, { org: scope.org, per_page: 100 });
        return all.filter((r) => r.name.startsWith(prefix)).map(record);
      } catch (err) {
        throw wrap2(`Listing the runners of ${label}`, scope, err, policy);
      }
    },
    async findByName(name) {
      try {
        const { data } = scope.kind === "repo" ? await octokit.rest.actions.listSelfHostedRunnersForRepo({ owner: scope.owner, repo: scope.repo, name, per_page: 100 }) : await octokit.rest.actions.listSelfHostedRunnersForOrg({ org: scope.org, name, per_page: 100 });
        const hit = data.runners.find((r) => r.name === name);
        return hit ? record(hit) : void 0;
      } catch (err) {
        throw wrap2(`Looking up runner ${name} in ${label}`, scope, err);
      }
    },
    async remove(id) {
      try {
        if (scope.kind === "repo")
          await octokit.rest.actions.deleteSelfHostedRunnerFromRepo({ owner: scope.owner, repo: scope.repo, runner_id: id });
        else await octokit.rest.actions.deleteSelfHostedRunnerFromOrg({ org: scope.org, runner_id: id });
        return true;
      } catch (err) {
        if (err.status === 404) return false;
        throw wrap2(`Deleting runner ${id} from ${label}`, scope, err, policy);
      }
    }
  };
  return self;
}
function createGitHubServices(o, queueRepositories = []) {
  let client;
  let queue;
  return {
    runners: () => client ??= o ? githubRunners(o) : Promise.resolve(void 0),
    queue: () => queue ??= o && queueRepositories.length ? githubQueue({ ...o, repositories: queueRepositories }) : Promise.resolve(void 0)
  };
}

// src/github-report.ts
const { createHash } = require("node:crypto");
var MAX_BODY = 65536;
var DRIFT_LABEL = {
  name: "workload-identity-drift",
  color: "d93f0b",
  description: "Drift found by the aks-workload-identity action's plan"
};
function workloadSet(s) {
  const key = [s.subscriptionId, s.resourceGroup, s.cluster, s.identityResourceGroup, s.identity, s.namespace, s.serviceAccount].join("\n").toLowerCase();
  return { ...s, id: createHash("sha256").update(key).digest("hex").slice(0, 16) };
}
var commentMarker = (set) => `<!-- aks-workload-identity:plan-comment:${set.id} -->`;
var issueMarker = (set) => `<!-- aks-workload-identity:drift-issue:${set.id} -->`;
function runInfo(env, at, sha) {
  const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const url = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${server}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  return {
    url: url && env.GITHUB_RUN_ATTEMPT && env.GITHUB_RUN_ATTEMPT !== "1" ? `${url}/attempts/${env.GITHUB_RUN_ATTEMPT}` : url,
    number: env.GITHUB_RUN_NUMBER,
    attempt: env.GITHUB_RUN_ATTEMPT,
    workflow: env.GITHUB_WORKFLOW,
    sha: sha ?? env.GITHUB_SHA,
    at: at.toISOString().replace(/\.\d{3}Z$/, "Z")
  };
}
var LEFT_OUT = /* @__PURE__ */ new Set(["Outputs", "Timings"]);
function summaryBody(summary) {
  const lines = summary.replace(/\r\n/g, "\n").split("\n");
  const body = lines[0]?.startsWith("### ") ? lines.slice(1) : lines;
  const firstSection = body.findIndex((l) => l.startsWith("#### "));
  const pre = firstSection < 0 ? body : body.slice(0, firstSection);
  const tableAt = pre.findIndex((l) => l.startsWith("|"));
  const headline = (tableAt < 0 ? pre : pre.slice(0, tableAt)).filter((l) => l.trim());
  const sections = tableAt < 0 ? [] : [...pre.slice(tableAt)];
  let keep = true;
  for (const l of firstSection < 0 ? [] : body.slice(firstSection)) {
    if (l.startsWith("#### ")) keep = !LEFT_OUT.has(l.slice(5).trim());
    if (keep) sections.push(l);
  }
  while (sections.length && !sections.at(-1).trim()) sections.pop();
  return { headline, sections };
}
var render = (parts, cuts) => parts.flatMap((p, i) => {
  const n = cuts[i] ?? 0;
  const kept = n ? [...p.lines.slice(0, p.lines.length - n), p.cut(n)] : p.lines;
  return [...p.head, ...kept, ...p.tail];
}).join("\n");
function fitBody(parts, max = MAX_BODY) {
  const cuts = parts.map(() => 0);
  let body = render(parts, cuts);
  for (let i = 0; i < parts.length && body.length > max; i++) {
    const p = parts[i];
    if (!p.cut) continue;
    while (body.length > max && cuts[i] < p.lines.length) {
      const over = body.length - max;
      let n = cuts[i];
      let removed = 0;
      while (n < p.lines.length && removed < over) removed += p.lines[p.lines.length - 1 - n++].length + 1;
      cuts[i] = Math.max(n, cuts[i] + 1);
      body = render(parts, cuts);
    }
  }
  return body.length > max ? `${body.slice(0, max - 2)}
\u2026` : body;
}
var setTitle = (set) => `${code(set.cluster)} / ${code(set.namespace)} / ${code(set.serviceAccount)}`;
function footer(run) {
  const link = run.url ? `[job summary and log](${run.url})` : "job summary";
  const bits = [
    run.workflow ? `${escapeMarkdown(run.workflow)} ` : "",
    run.number ? `run ${escapeMarkdown(run.number)}` : "this run",
    run.attempt && run.attempt !== "1" ? ` (attempt ${escapeMarkdown(run.attempt)})` : ""
  ].join("");
  return `<sub>${bits}: ${link}${run.sha ? ` \xB7 commit ${code(run.sha.slice(0, 12))}` : ""} \xB7 ${run.at}</sub>`;
}
function planPart(plan2, run, open) {
  const lines = renderPlan(plan2).split("\n");
  const longest = Math.max(2, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
  const fence = "`".repeat(longest + 1);
  return {
    head: [`<details${open ? " open" : ""}><summary>Plan</summary>`, "", `${fence}diff`],
    lines,
    tail: [fence, "", "</details>", ""],
    cut: (n) => `\u2026 ${n} more line(s) cut to fit GitHub's limit: the whole plan is in the ${run.url ? `job summary (${run.url})` : "job summary"}`
  };
}
var sectionsPart = (sections, run) => ({
  head: [],
  lines: sections,
  tail: [""],
  cut: (n) => `
\u2026 ${n} more line(s) cut to fit GitHub's limit: see the ${run.url ? `[job summary](${run.url})` : "job summary"}.`
});
function planComment(i) {
  const { headline, sections } = summaryBody(i.summary);
  const changes = countChanges(i.plan) + conflicts(i.plan).length;
  const verb = i.plan.mode === "destroy" ? "destroy" : i.plan.mode;
  const head = {
    head: [commentMarker(i.set), `### Workload identity ${verb}: ${setTitle(i.set)}`, ""],
    lines: [],
    tail: []
  };
  const end = { head: ["---", footer(i.run)], lines: [], tail: [] };
  if (changes === 0) {
    const n = i.plan.steps.length;
    const verdict = `\u2705 **No changes.** ${i.applied ? "The run changed nothing: " : ""}the ${n} resource(s) match the desired state.`;
    return fitBody([
      { ...head, tail: [verdict, "", "<details><summary>Plan and details</summary>", ""] },
      planPart(i.plan, i.run, false),
      sectionsPart(sections, i.run),
      { head: ["</details>", ""], lines: [], tail: [] },
      end
    ]);
  }
  return fitBody([{ ...head, tail: [...headline, ""] }, planPart(i.plan, i.run, true), sectionsPart(sections, i.run), end]);
}
var fingerprintLine = (f) => `<!-- drift-fingerprint:${f} -->`;
function bodyFingerprint(body) {
  return /<!-- drift-fingerprint:([0-9a-f]+) -->/.exec(body ?? "")?.[1];
}
function driftFingerprint(plan2) {
  const findings = driftFindings(plan2).map((f) => f.message).sort();
  return createHash("sha256").update(findings.join("\n")).digest("hex").slice(0, 16);
}
function driftIssue(i) {
  const { headline, sections } = summaryBody(i.summary);
  const fingerprint = driftFingerprint(i.plan);
  const n = driftFindings(i.plan).length;
  const s = i.set;
  const about = [
    "| | |",
    "|---|---|",
    `| Cluster | ${code(s.cluster)} in ${code(s.resourceGroup)} (subscription ${code(s.subscriptionId)}) |`,
    `| Namespace / service account | ${code(s.namespace)} / ${code(s.serviceAccount)} |`,
    `| Managed identity | ${code(s.identity)} in ${code(s.identityResourceGroup)} |`,
    `| Last checked | ${i.run.url ? `[${i.run.number ? `run ${escapeMarkdown(i.run.number)}` : "the run"}](${i.run.url})` : "a run"} at ${i.run.at}${i.run.sha ? `, commit ${code(i.run.sha.slice(0, 12))}` : ""} |`
  ];
  const body = fitBody([
    {
      head: [
        issueMarker(s),
        fingerprintLine(fingerprint),
        `### Workload identity drift: ${setTitle(s)}`,
        "",
        ...headline,
        "",
        `The drift check (\`mode: plan\`) found ${n} resource(s) that differ from the desired state. Run the workflow with \`mode: apply\` to converge them, or change the inputs if the change was intended. This issue is updated by each check that still finds drift, and closed by the first that finds none.`,
        "",
        ...about,
        ""
      ],
      lines: [],
      tail: []
    },
    sectionsPart(sections, i.run),
    planPart(i.plan, i.run, false)
  ]);
  return { title: `Workload identity drift: ${s.cluster} / ${s.namespace} (${s.serviceAccount})`, body, fingerprint };
}
function driftChangedComment(plan2, run) {
  const findings = driftFindings(plan2);
  const list2 = findings.slice(0, 20).map((f) => `- ${escapeMarkdown(f.message)}`);
  const more = findings.length > 20 ? [`- \u2026 and ${findings.length - 20} more (see the issue's body)`] : [];
  return [
    `The drift changed: ${findings.length} resource(s) differ now (the body shows the current plan).`,
    "",
    ...list2,
    ...more,
    "",
    footer(run)
  ].join("\n");
}
function driftResolvedComment(plan2, run, verified) {
  const check = verified === void 0 ? "" : verified ? " The end-to-end verification passed." : " The end-to-end verification failed: see the job summary.";
  return [`\u2705 **No drift:** the ${plan2.steps.length} resource(s) match the desired state again.${check} Closing.`, "", footer(run)].join(
    "\n"
  );
}

// src/github/comments.ts
async function upsertComment(octokit, at, marker, body) {
  const { owner, repo, number } = at;
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: number, per_page: 100 });
  const mine = comments.filter((c) => (c.body ?? "").startsWith(marker)).sort((a, b) => a.id - b.id)[0];
  if (mine && mine.body === body) return { action: "unchanged", id: mine.id, url: mine.html_url };
  if (mine) {
    const { data: data2 } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
    return { action: "updated", id: data2.id, url: data2.html_url };
  }
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: number, body });
  return { action: "created", id: data.id, url: data.html_url };
}

// src/github/drift-issue.ts
async function ensureLabels(octokit, owner, repo, labels2) {
  for (const l of labels2) {
    try {
      await octokit.rest.issues.getLabel({ owner, repo, name: l.name });
      continue;
    } catch (err) {
      if (githubAnswer(err).status !== 404) throw err;
    }
    try {
      await octokit.rest.issues.createLabel({
        owner,
        repo,
        name: l.name,
        color: l.color ?? "ededed",
        ...l.description ? { description: l.description } : {}
      });
    } catch (err) {
      if (githubAnswer(err).status !== 422) throw err;
    }
  }
}
var mentionsAssignees = (err) => {
  const e = err;
  return e.status === 422 && (e.response?.data?.errors ?? []).some((x) => x.field === "assignees");
};
async function syncDriftIssue(octokit, o) {
  const { owner, repo } = o;
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, {
    owner,
    repo,
    state: "open",
    labels: o.label.name,
    per_page: 100
  });
  const mine = open.filter((i) => !i.pull_request && (i.body ?? "").startsWith(o.marker)).sort((a, b) => a.number - b.number);
  const [existing, ...duplicates] = mine;
  for (const d of duplicates) {
    await octokit.rest.issues.createComment({ owner, repo, issue_number: d.number, body: `Duplicate of #${existing.number}.` });
    await octokit.rest.issues.update({ owner, repo, issue_number: d.number, state: "closed", state_reason: "not_planned" });
  }
  if (!o.drift) {
    if (!existing) return { action: "none" };
    await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: o.resolvedComment() });
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, state: "closed", state_reason: "completed" });
    return { action: "closed", number: existing.number, url: existing.html_url };
  }
  const { title, body, fingerprint } = o.drift;
  if (existing) {
    const changed = bodyFingerprint(existing.body) !== fingerprint;
    await octokit.rest.issues.update({ owner, repo, issue_number: existing.number, title, body });
    if (changed) await octokit.rest.issues.createComment({ owner, repo, issue_number: existing.number, body: o.changedComment() });
    return { action: "updated", number: existing.number, url: existing.html_url, changed };
  }
  const labels2 = [o.label, ...o.labels.filter((l) => l.toLowerCase() !== o.label.name.toLowerCase()).map((name) => ({ name }))];
  await ensureLabels(octokit, owner, repo, labels2);
  const create = (assignees) => octokit.rest.issues.create({ owner, repo, title, body, labels: labels2.map((l) => l.name), ...assignees.length ? { assignees } : {} });
  let created;
  try {
    created = (await create(o.assignees)).data;
  } catch (err) {
    if (!o.assignees.length || !mentionsAssignees(err)) throw err;
    o.warn(
      `GitHub refused the assignees ${o.assignees.join(", ")} (${githubAnswer(err).message}): the drift issue is opened without them. Check 'drift-issue-assignees': each must be able to be assigned in ${owner}/${repo}.`
    );
    created = (await create([])).data;
  }
  return { action: "opened", number: created.number, url: created.html_url };
}

// src/github/event.ts
const { readFileSync } = require("node:fs");
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function pullRequestOf(env, read4 = (p) => readFileSync(p, "utf8")) {
  const event = env.GITHUB_EVENT_NAME ?? "";
  if (!PULL_REQUEST_EVENTS.has(event)) return { reason: `this run is for the '${event || "unknown"}' event, not a pull request` };
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(read4(env.GITHUB_EVENT_PATH));
    } catch (err) {
      return { reason: `the event payload (GITHUB_EVENT_PATH) cannot be read: ${err.message}` };
    }
  }
  const pr = payload.pull_request ?? {};
  const fromRef = /^refs\/pull\/(\d+)\/(?:merge|head)$/.exec(env.GITHUB_REF ?? "")?.[1];
  const number = [pr.number, payload.number, fromRef].map(Number).find((n) => Number.isInteger(n) && n > 0);
  if (number === void 0) return { reason: "the event payload names no pull request number" };
  const head = pr.head ?? {};
  const base = pr.base ?? {};
  const headRepo = typeof head.repo?.full_name === "string" ? head.repo.full_name : void 0;
  const baseRepo = typeof base.repo?.full_name === "string" ? base.repo.full_name : env.GITHUB_REPOSITORY;
  const fork = head.repo?.fork === true || !!headRepo && !!baseRepo && headRepo.toLowerCase() !== baseRepo.toLowerCase();
  return { number, headSha: typeof head.sha === "string" ? head.sha : void 0, headRepo, fork };
}

// src/github/publish.ts
async function publishToGitHub(i) {
  const { settings: s, sink } = i;
  const r = s.report;
  const token = s.secrets.commentToken;
  if (!r.comment && !r.driftIssue || !token || !r.repository) return {};
  const [owner = "", repo = ""] = r.repository.split("/");
  const set = workloadSet({
    subscriptionId: i.subscriptionId,
    resourceGroup: s.cluster.resourceGroup,
    cluster: s.cluster.name,
    identityResourceGroup: s.identity.resourceGroup,
    identity: s.identity.name,
    namespace: s.kube.namespace,
    serviceAccount: s.kube.serviceAccount
  });
  const octokit = await githubClient(token, { baseUrl: s.runners.githubApiUrl, fetch: i.fetch });
  const out = {};
  if (r.comment) {
    const pr = pullRequestOf(i.env, i.readEvent);
    if ("reason" in pr) sink.info(`comment: true, but ${pr.reason}: no plan comment (the plan is in the job summary).`);
    else {
      const body = planComment({
        set,
        plan: i.plan,
        summary: i.summary,
        run: runInfo(i.env, i.now ?? /* @__PURE__ */ new Date(), pr.headSha),
        applied: i.applied
      });
      try {
        out.comment = await upsertComment(octokit, { owner, repo, number: pr.number }, commentMarker(set), body);
        sink.info(`Plan comment ${out.comment.action} on pull request #${pr.number}: ${out.comment.url}`);
      } catch (err) {
        const { status, message: message3 } = githubAnswer(err);
        if ((status === 403 || status === 404) && pr.fork)
          sink.info(
            `This pull request comes from a fork (${pr.headRepo ?? "another repository"}): its workflow token is read-only, so no plan comment was posted (GitHub: ${message3}). The plan is in the job summary.`
          );
        else if (status === 403)
          sink.warning(
            `The plan comment could not be posted on pull request #${pr.number} (HTTP 403: ${message3}): give the job 'permissions: pull-requests: write', or a 'comment-token' that may comment. The plan is in the job summary.`
          );
        else sink.warning(`The plan comment could not be posted on pull request #${pr.number}: ${githubError("Commenting", err).message}`);
      }
    }
  }
  if (r.driftIssue && i.plan.mode === "plan") {
    const run = runInfo(i.env, i.now ?? /* @__PURE__ */ new Date());
    const drifted = driftFindings(i.plan).length > 0;
    try {
      out.issue = await syncDriftIssue(octokit, {
        owner,
        repo,
        marker: issueMarker(set),
        label: DRIFT_LABEL,
        labels: r.driftIssueLabels,
        assignees: r.driftIssueAssignees,
        drift: drifted ? driftIssue({ set, plan: i.plan, summary: i.summary, run }) : void 0,
        changedComment: () => driftChangedComment(i.plan, run),
        resolvedComment: () => driftResolvedComment(i.plan, run, i.verified),
        warn: (m) => sink.warning(m)
      });
    } catch (err) {
      const advice = githubAnswer(err).status === 403 ? "give the job 'permissions: issues: write' (or a 'comment-token' that may write issues)" : "the plan and the drift are in the job summary and the annotations";
      throw githubError(`Writing the drift issue in ${r.repository}`, err, advice);
    }
    const { action, number, url } = out.issue;
    if (action === "none") sink.info("No drift and no open drift issue: nothing to do.");
    else sink.info(`Drift issue #${number} ${action}${out.issue.changed === false ? " (same drift as before)" : ""}: ${url}`);
  }
  return out;
}

// src/verify/probe.ts
var RESOURCE_API_VERSIONS = {
  "microsoft.managedidentity/userassignedidentities": "2024-11-30",
  "microsoft.containerservice/managedclusters": "2026-06-01",
  "microsoft.storage/storageaccounts": "2023-05-01",
  "microsoft.keyvault/vaults": "2023-07-01",
  "microsoft.containerregistry/registries": "2023-07-01",
  "microsoft.servicebus/namespaces": "2021-11-01",
  "microsoft.eventhub/namespaces": "2024-01-01",
  "microsoft.documentdb/databaseaccounts": "2024-11-15",
  "microsoft.appconfiguration/configurationstores": "2024-05-01"
};
var RESOURCES_API_VERSION = "2021-04-01";
var MANAGEMENT_GROUPS_API_VERSION = "2023-04-01";
function resourceTypeOf(scope) {
  const segs = scope.split("/").filter(Boolean);
  const p = segs.findIndex((s) => s.toLowerCase() === "providers");
  if (p < 0 || scopeKind(scope) !== "resource") return void 0;
  return [segs[p + 1], ...segs.slice(p + 2).filter((_s, i) => i % 2 === 0)].join("/");
}
function probeRequest(scope, apiVersions = {}) {
  const s = scope.replace(/\/+$/, "");
  switch (scopeKind(s)) {
    case "subscription":
      return {
        path: `${s}/resourcegroups?api-version=${RESOURCES_API_VERSION}&$top=1`,
        action: "Microsoft.Resources/subscriptions/resourceGroups/read"
      };
    case "resourceGroup":
      return { path: `${s}?api-version=${RESOURCES_API_VERSION}`, action: "Microsoft.Resources/subscriptions/resourceGroups/read" };
    case "managementGroup":
      return { path: `${s}?api-version=${MANAGEMENT_GROUPS_API_VERSION}`, action: "Microsoft.Management/managementGroups/read" };
    case "resource": {
      const type = resourceTypeOf(s);
      const version = apiVersions[type.toLowerCase()] ?? RESOURCE_API_VERSIONS[type.toLowerCase()];
      return version ? { path: `${s}?api-version=${version}`, action: `${type}/read` } : void 0;
    }
    default:
      return void 0;
  }
}

// src/kube/token-request.ts
var MIN_TOKEN_SECONDS = 600;
async function requestServiceAccountToken(p) {
  const res = await p.core.createNamespacedServiceAccountToken({
    namespace: p.namespace,
    name: p.serviceAccount,
    body: {
      apiVersion: "authentication.k8s.io/v1",
      kind: "TokenRequest",
      spec: { audiences: [p.audience], expirationSeconds: MIN_TOKEN_SECONDS }
    }
  });
  const token = res.status?.token;
  if (!token) throw new Error(`the TokenRequest for service account ${p.namespace}/${p.serviceAccount} returned no token`);
  p.mask(token);
  const claims = tokenClaims(token);
  if (!claims) throw new Error(`the TokenRequest for service account ${p.namespace}/${p.serviceAccount} returned a token that is not a JWT`);
  return { token, claims };
}

// src/kube/webhook-probe.ts
var PROBE_IMAGE = "mcr.microsoft.com/oss/kubernetes/pause:3.10";
var PROBE_CONTAINER = "probe";
async function probeWebhook(p) {
  let pod;
  try {
    pod = await p.core.createNamespacedPod({
      namespace: p.namespace,
      dryRun: "All",
      body: {
        apiVersion: "v1",
        kind: "Pod",
        metadata: { generateName: "aks-wi-verify-", labels: { [USE_LABEL]: "true" } },
        spec: {
          serviceAccountName: p.serviceAccount,
          automountServiceAccountToken: false,
          restartPolicy: "Never",
          // Compliant with the "restricted" Pod Security Standard and with quotas that demand limits, so that
          // only the webhook has a reason to refuse it.
          securityContext: { runAsNonRoot: true, runAsUser: 65535, seccompProfile: { type: "RuntimeDefault" } },
          containers: [
            {
              name: PROBE_CONTAINER,
              image: PROBE_IMAGE,
              securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } },
              resources: { requests: { cpu: "10m", memory: "16Mi" }, limits: { cpu: "10m", memory: "16Mi" } }
            }
          ]
        }
      }
    });
  } catch (err) {
    const why = kubeMessage(err);
    if (/azure-workload-identity/i.test(why))
      return { status: "failed", reason: "rejected", detail: `the webhook refuses labelled pods using the service account: ${why}` };
    return { status: "unknown", detail: `the dry-run probe pod was refused by something other than the webhook: ${why}` };
  }
  const injection = checkInjection(pod, { clientId: p.clientId, audience: p.audience, serviceAccount: p.serviceAccount }, PROBE_CONTAINER);
  switch (injection.problem) {
    case void 0:
      return { status: "passed" };
    case "client-id":
      return {
        status: "failed",
        reason: "client-id",
        detail: `the webhook injected AZURE_CLIENT_ID=${injection.clientId ?? "(none)"} instead of ${p.clientId}: the service account's ${CLIENT_ID_ANNOTATION} annotation is missing or wrong`
      };
    case "audience":
      return {
        status: "failed",
        reason: "audience",
        detail: `pods receive tokens for audience '${injection.audienceSeen}' (the webhook's), but the federated credential expects '${p.audience}'`
      };
    case "not-mutated":
      return {
        status: "failed",
        reason: "not-mutated",
        detail: `a pod labelled ${USE_LABEL}: "true" was admitted without AZURE_FEDERATED_TOKEN_FILE or a projected token: the workload identity webhook is not running`
      };
    case "partial":
      return {
        status: "failed",
        reason: "not-mutated",
        detail: `a pod labelled ${USE_LABEL}: "true" was admitted only partly mutated (missing ${injection.missing.join(", ")}): ${injection.cause}`
      };
  }
}

// src/verify/proof.ts
var DEFAULT_BUDGET_MS = 3e5;
var ISSUER_ROUNDS = 3;
var DEFAULT_DELAY_MS = 5e3;
var MAX_DELAY_MS = 3e4;
var TOKEN_REFRESH_MS = 3e5;
var quiet = { info: () => void 0, warning: () => void 0 };
var message = (err) => err instanceof Error ? err.message : String(err);
async function verifyIdentity(o) {
  const clock = o.clock ?? realClock;
  const log = o.log ?? quiet;
  const started = clock.now();
  const deadline = started + (o.budgetMs ?? DEFAULT_BUDGET_MS);
  const core = o.kube;
  const diagnoses = [];
  let attempts = 0;
  const result = (extra) => ({
    verified: false,
    exchanged: false,
    checks: o.checks.map((c) => ({ ...c, outcome: "not-probed" })),
    webhook: "skipped",
    diagnoses,
    attempts,
    elapsedMs: clock.now() - started,
    ...extra
  });
  let delay = o.retryDelayMs ?? DEFAULT_DELAY_MS;
  const backoff = async (why) => {
    if (clock.now() + delay > deadline) return false;
    log.info(`${why}; retrying in ${Math.round(delay / 1e3)} s (for up to ${Math.round((deadline - clock.now()) / 1e3)} s more).`);
    await clock.sleep(delay);
    delay = Math.min(MAX_DELAY_MS, delay * 2);
    return true;
  };
  let issuerRounds = 0;
  const issuerRetry = async (why) => issuerRounds++ < ISSUER_ROUNDS && await backoff(why);
  const webhookCheck = (() => {
    if (o.workloadIdentityEnabled === false)
      return Promise.resolve({
        webhook: "failed",
        diagnosis: diagnoseWebhook(
          "not-mutated",
          `the cluster's workload identity feature is off (ARM: securityProfile.workloadIdentity.enabled = false), so its webhook does not run`
        )
      });
    if (o.webhook === false) return Promise.resolve({ webhook: "skipped" });
    return probeWebhook({
      core,
      namespace: o.namespace,
      serviceAccount: o.serviceAccount,
      clientId: o.clientId,
      audience: o.audience
    }).then((finding) => {
      if (finding.status === "unknown") log.warning(`Could not check the workload identity webhook: ${finding.detail}.`);
      return {
        webhook: finding.status === "unknown" ? "skipped" : finding.status,
        diagnosis: finding.status === "failed" ? diagnoseWebhook(finding.reason, finding.detail) : void 0
      };
    });
  })();
  const definitions = new Map(
    o.checks.map((c) => [
      c,
      o.reads && o.principalId ? readOrWarn(log, `the role '${c.role}'`, () => o.reads?.roleDefinition(c.scope, c.role)) : void 0
    ])
  );
  let webhook = "skipped";
  const webhookDone = async () => {
    const w = await webhookCheck;
    webhook = w.webhook;
    if (w.diagnosis) diagnoses.push(w.diagnosis);
  };
  const mint = () => requestServiceAccountToken({ core, namespace: o.namespace, serviceAccount: o.serviceAccount, audience: o.audience, mask: o.mask });
  let sa;
  try {
    sa = await mint();
  } catch (err) {
    diagnoses.push({
      kind: "token-request-failed",
      message: `Requesting a token for service account ${o.namespace}/${o.serviceAccount} failed: ${kubeMessage(err)}. Check that the service account exists and that the action's cluster credentials may create serviceaccounts/token.`
    });
    await Promise.allSettled([webhookCheck, ...definitions.values()]);
    return result({});
  }
  const claims = sa.claims;
  let mintedAt = clock.now();
  log.info(`Verifying with a service-account token: iss '${claims.iss}', sub '${claims.sub}', aud '${claims.aud.join(",")}'.`);
  if (o.clusterIssuer && o.clusterIssuer !== claims.iss)
    log.warning(`The cluster signs tokens as '${claims.iss}', but ARM reports its issuer as '${o.clusterIssuer}'.`);
  const credential = await workloadCredential({
    tenantId: o.tenantId,
    clientId: o.clientId,
    authorityHost: o.authorityHost,
    clientOptions: o.clientOptions,
    ...o.issuerPolicy ? { issuerPolicy: o.issuerPolicy } : {},
    assertion: async () => {
      if (clock.now() - mintedAt > TOKEN_REFRESH_MS) {
        sa = await mint();
        mintedAt = clock.now();
      }
      return sa.token;
    }
  });
  let failure2;
  for (; ; ) {
    attempts++;
    failure2 = await exchange(credential, armScope(o.armEndpoint));
    if (!failure2) break;
    const why = `Token exchange not accepted yet (${failure2.description.split(":")[0]})`;
    if (failure2.code === 90061 ? !await issuerRetry(why) : !isPropagating(failure2) || !await backoff(why)) break;
  }
  await webhookDone();
  if (failure2) {
    const fics = await readOrWarn(log, "the federated credentials", () => o.reads?.federatedCredentials());
    diagnoses.push(
      diagnoseExchange(failure2, claims, fics, {
        nowMs: clock.now(),
        clusterIssuer: o.clusterIssuer,
        clientId: o.clientId,
        tenantId: o.tenantId
      })
    );
    return result({ claims, webhook });
  }
  log.info(`Entra ID accepted the service-account token for client ID ${o.clientId}.`);
  const read4 = await armReader(credential, o.armEndpoint, o.clientOptions);
  const checks = [];
  for (const check of o.checks) {
    const c = await runCheck(check, await definitions.get(check), read4, o, log, backoff, issuerRetry, () => attempts++);
    checks.push(c.result);
    if (c.diagnosis) diagnoses.push(c.diagnosis);
  }
  const verified = diagnoses.length === 0;
  return result({ verified, claims, exchanged: true, checks, webhook });
}
async function runCheck(check, definition, read4, o, log, backoff, issuerRetry, count) {
  if (definition && isDataPlaneRole(definition)) return dataPlaneCheck(check, definition, o, log, backoff, count);
  const req = probeRequest(check.scope, o.apiVersions);
  if (!req) {
    const note = `no ARM read is known for this scope's resource type; the role was not probed`;
    log.warning(`Role '${check.role}' at '${check.scope}': ${note}.`);
    return { result: { ...check, outcome: "not-probed", note } };
  }
  for (; ; ) {
    count();
    let unreachable;
    const res = await read4(req.path).catch((err) => {
      const f = exchangeFailure(err);
      if (f.code === 90061) unreachable = f;
      return { status: 0, message: message(err) };
    });
    if (unreachable) {
      if (await issuerRetry(`Reading '${check.scope}' as the identity: Entra ID could not reach the cluster issuer's keys (AADSTS90061)`))
        continue;
      return {
        result: { ...check, outcome: "failed", status: 0 },
        diagnosis: {
          kind: "issuer-unreachable",
          code: "AADSTS90061",
          message: `Entra ID could not fetch the cluster issuer's discovery document or keys to give the identity a token for reading ${JSON.stringify(check.scope)}, through every retry: the issuer was unreachable from Entra ID all that time. Re-run; if it persists, make sure the cluster's OIDC issuer is enabled and public. (Entra ID: ${unreachable.description})`
        }
      };
    }
    if (res.status >= 200 && res.status < 300) {
      log.info(`The identity can read '${check.scope}' (role '${check.role}').`);
      return { result: { ...check, outcome: "passed", proof: "arm-read", status: res.status } };
    }
    const role = res.status === 403 ? definition : void 0;
    const state = res.status === 403 ? await assignmentsFor(check, role?.name ?? roleGuid(check.role), o, log) : void 0;
    if (role && state?.state === "covering" && !roleGrants(role, req.action)) {
      const note = `the role grants no '${req.action}', so an ARM read cannot exercise it; its assignment at '${state.at}' is in place`;
      log.info(`Role '${check.role}' at '${check.scope}': ${note}.`);
      return { result: { ...check, outcome: "passed", proof: "assignment", status: res.status, note } };
    }
    const diagnosis = diagnoseArm(check, res, state, o.principalId);
    const retry = diagnosis.kind === "role-not-effective" || diagnosis.kind === "role-missing";
    if (!retry || !await backoff(`Reading '${check.scope}' as the identity: ${diagnosis.code}`)) {
      return { result: { ...check, outcome: "failed", status: res.status }, diagnosis };
    }
  }
}
async function dataPlaneCheck(check, role, o, log, backoff, count) {
  const actions = role.dataActions.length === 1 ? `'${role.dataActions[0]}'` : `'${role.dataActions[0]}' and ${role.dataActions.length - 1} more`;
  for (; ; ) {
    count();
    const state = await assignmentsFor(check, role.name, o, log);
    if (!state) {
      const note = `data-plane role (${actions}): its assignments could not be read, and data access is not exercised; not checked`;
      log.warning(`Role '${check.role}' at '${check.scope}': ${note}.`);
      return { result: { ...check, outcome: "not-probed", note } };
    }
    if (state.state === "covering") {
      const note = `data-plane role (${actions}): the token exchange worked and the assignment at '${state.at}' exists; data access was not exercised`;
      log.info(`Role '${check.role}' at '${check.scope}': ${note}.`);
      return { result: { ...check, outcome: "passed", proof: "assignment", note } };
    }
    const diagnosis = diagnoseAssignment(check, state, o.principalId);
    if (diagnosis.kind !== "role-missing" || !await backoff(`The role '${check.role}' is not assigned at '${check.scope}' yet`))
      return { result: { ...check, outcome: "failed" }, diagnosis };
  }
}
async function assignmentsFor(check, guid, o, log) {
  if (!o.reads || !o.principalId) return void 0;
  const sub = /^\/subscriptions\/[^/]+/i.exec(check.scope)?.[0] ?? check.scope;
  const list2 = await readOrWarn(log, "the role assignments", () => o.reads.roleAssignments(sub, o.principalId));
  return list2 ? assignmentState(check, guid, list2) : void 0;
}
async function readOrWarn(log, what, fn) {
  try {
    return await fn();
  } catch (err) {
    log.warning(`Could not read ${what} to explain the failure: ${message(err)}`);
    return void 0;
  }
}

// src/azure/reads.ts
var view = (d) => ({
  name: d.name ?? "",
  roleName: d.roleName ?? "",
  actions: (d.permissions ?? []).flatMap((x) => x.actions ?? []),
  notActions: (d.permissions ?? []).flatMap((x) => x.notActions ?? []),
  dataActions: (d.permissions ?? []).flatMap((x) => x.dataActions ?? [])
});
function verifyReads(azure, identity) {
  return {
    federatedCredentials: () => listCredentials(azure, identity.resourceGroup, identity.name),
    roleAssignments: (scope, principalId) => listRoleAssignments(azure, scope, principalId),
    async roleDefinition(scope, role) {
      const guid = roleGuid(role);
      if (guid) {
        try {
          return view(await azure.authorization.roleDefinitions.get(bare(scope), guid));
        } catch (err) {
          if (isNotFound(err)) return void 0;
          throw err;
        }
      }
      const [found] = await roleDefinitionsNamed(azure, scope, role);
      return found ? view(found) : void 0;
    }
  };
}

// src/verify/run.ts
function notVerified(s) {
  return { detail: s.mode === "destroy" ? "not run in destroy mode" : s.verify ? "not run" : "not run (verify: false)" };
}
function couldNotStart(kind, message3) {
  return { verified: false, exchanged: false, checks: [], webhook: "skipped", diagnoses: [{ kind, message: message3 }], attempts: 0, elapsedMs: 0 };
}
async function verifyRun(p) {
  const s = p.settings;
  const tenantId = p.identity.tenantId ?? s.azure.tenantId;
  if (!p.identity.clientId || !tenantId) {
    const message3 = "The identity has no client ID yet (it does not exist): nothing to verify. Run with mode: apply first.";
    p.sink.warning(message3);
    return couldNotStart("identity-not-found", message3);
  }
  const clientOptions2 = clientOptions(p.ca, p.signal);
  p.sink.info("Verifying the identity end to end (service-account token \u2192 Entra ID \u2192 ARM).");
  let core;
  try {
    core = await p.core();
  } catch (err) {
    const message3 = `Could not reach the cluster to request a service-account token: ${err instanceof Error ? err.message : String(err)}`;
    p.sink.warning(`Verification failed (token-request-failed): ${message3}`);
    return couldNotStart("token-request-failed", message3);
  }
  const result = await verifyIdentity({
    kube: core,
    namespace: s.kube.namespace,
    serviceAccount: s.kube.serviceAccount,
    audience: s.federation.audience,
    tenantId,
    clientId: p.identity.clientId,
    principalId: p.identity.principalId,
    authorityHost: s.azure.authorityHost,
    armEndpoint: s.azure.armEndpoint,
    clusterIssuer: p.cluster.issuerUrl,
    checks: s.roleAssignments.map((r) => ({ scope: r.scope, role: r.role })),
    reads: verifyReads(p.azure, s.identity),
    webhook: p.dryRunProbe,
    workloadIdentityEnabled: p.cluster.workloadIdentityEnabled,
    mask: (t) => p.sink.setSecret(t),
    log: { info: (m) => p.sink.info(`  ${m}`), warning: (m) => p.sink.warning(m) },
    clientOptions: clientOptions2,
    budgetMs: p.budgetMs,
    clock: p.clock
  });
  if (result.verified) p.sink.info(`Verified in ${Math.round(result.elapsedMs / 1e3)} s: ${provenText(result)}.`);
  for (const d of result.diagnoses) p.sink.warning(`Verification failed (${d.kind}): ${d.message}`);
  return result;
}
function provenText(r) {
  const roles = (proof) => r.checks.filter((c) => c.outcome === "passed" && c.proof === proof).map((c) => `'${c.role}'`);
  const read4 = roles("arm-read");
  const assigned = roles("assignment");
  const parts = ["the service account's token signs in as the identity"];
  if (read4.length)
    parts.push(
      `${read4.join(", ")} ${read4.length === 1 ? "is" : "are"} in effect (an ARM read ${read4.length === 1 ? "it allows" : "they allow"} succeeded as the identity)`
    );
  if (assigned.length)
    parts.push(
      `${assigned.join(", ")} ${assigned.length === 1 ? "is" : "are"} assigned, but data access was not exercised (no ARM call can)`
    );
  const unchecked = r.checks.filter((c) => c.outcome === "not-probed").map((c) => `'${c.role}'`);
  if (unchecked.length) parts.push(`${unchecked.join(", ")} not checked`);
  return parts.join("; ");
}
var mark = (ok) => ok === void 0 ? "\u2796" : ok ? "\u2705" : "\u274C";
function verifySummary(r) {
  const rows = [];
  const exchange2 = r.claims ? r.exchanged : void 0;
  rows.push(
    `| Token exchange at Entra ID | ${mark(exchange2)} | ${r.claims ? `sub ${code(r.claims.sub)}, iss ${code(r.claims.iss)}` : "no service-account token"} |`
  );
  for (const c of r.checks) {
    const ok = c.outcome === "not-probed" ? void 0 : c.outcome === "passed";
    rows.push(
      `| ${escapeMarkdown(c.role)} at ${code(c.scope)} | ${mark(ok)} | ${escapeMarkdown(c.note ?? (c.status ? `HTTP ${c.status}` : c.outcome === "not-probed" ? "not reached" : c.outcome))} |`
    );
  }
  rows.push(
    `| Webhook injects the identity into pods | ${mark(r.webhook === "skipped" ? void 0 : r.webhook === "passed")} | ${r.webhook} |`
  );
  const head = r.verified ? `\u2705 **Verified** in ${Math.round(r.elapsedMs / 1e3)} s: ${escapeMarkdown(provenText(r))}.` : "\u274C **Not verified**";
  const lines = ["#### Verification", "", head, "", "| Check | Result | Detail |", "|---|---|---|", ...rows];
  if (r.diagnoses.length)
    lines.push(
      "",
      ...r.diagnoses.map((d) => `- **${d.kind}**${d.code ? ` (${escapeMarkdown(d.code)})` : ""}: ${escapeMarkdown(d.message)}`)
    );
  return lines.join("\n") + "\n";
}
function verificationReport(r) {
  const detail = r.verified ? "passed" : `failed: ${r.diagnoses.map((d) => d.kind).join(", ")}`;
  return { verified: r.verified, detail, markdown: verifySummary(r) };
}

// src/engine.ts
var AZURE_KINDS = [clusterKind, identityKind, federationKind, roleAssignmentKind];
var KUBE_KINDS = [namespaceKind, serviceAccountKind, runnerRbacKind, runnerSetKind, arcRunnerSetKind];
var ALL_KINDS = [...AZURE_KINDS, ...KUBE_KINDS];
function retryConfig(over) {
  const out = { ...DEFAULT_RETRY };
  for (const [k, v] of Object.entries(over ?? {})) out[k] = { ...out[k], ...v };
  return out;
}
function memoizer() {
  const m = /* @__PURE__ */ new Map();
  return (key, fn) => {
    let p = m.get(key);
    if (!p) {
      p = fn();
      m.set(key, p);
    }
    return p;
  };
}
function exclusiveByKey() {
  const tails = /* @__PURE__ */ new Map();
  return (key, fn) => {
    const prev = tails.get(key) ?? Promise.resolve();
    const next = prev.catch(() => void 0).then(fn);
    tails.set(key, next);
    return next;
  };
}
function kindContext(services, sink, deps, control) {
  const config = retryConfig(deps.retry);
  const clock = stoppableClock(deps.clock ?? realClock, control.stopSignal);
  const log = sink;
  return {
    ...services,
    log,
    retry: (fn, what) => withRetry(what, fn, {
      config,
      clock,
      onRetry: ({ reason, attempt, delayMs }) => log.info(`  ${what}: ${reason}, retrying in ${(delayMs / 1e3).toFixed(1)} s (attempt ${attempt + 1})`)
    }),
    memo: memoizer(),
    exclusive: exclusiveByKey(),
    signal: control.abortSignal,
    checkpoint: () => control.checkpoint(),
    halfMade: (what, undo) => control.halfMade(what, undo)
  };
}
function stoppableClock(clock, stop) {
  return {
    now: () => clock.now(),
    sleep: (ms) => clock === realClock ? sleep(ms, stop) : Promise.race([clock.sleep(ms), whenStopped(stop)])
  };
}
function whenStopped(signal) {
  return new Promise((_, reject) => {
    const fail = () => reject(new StoppedError(signal.reason instanceof Error ? signal.reason.message : "the run was stopped"));
    if (signal.aborted) fail();
    else signal.addEventListener("abort", fail, { once: true });
  });
}
function collectOutputs(s, resources, states, kinds, plan2) {
  const { outputs: out } = resolver(kinds, resources, (k) => states.get(k));
  const identity = out(azureKeys.identity(s));
  const cluster = out(azureKeys.cluster(s));
  const fic = resources.find((r) => r.kind === "federated-credential");
  const roleIds = resources.filter((r) => r.kind === "role-assignment").map((r) => out(r.key).id).filter((x) => !!x);
  return {
    "client-id": identity.clientId || void 0,
    "principal-id": identity.principalId || void 0,
    "tenant-id": identity.tenantId || void 0,
    "identity-id": identity.id || void 0,
    "oidc-issuer-url": cluster.issuerUrl,
    "federated-credential-name": fic ? out(fic.key).name : void 0,
    "role-assignment-ids": roleIds.join("\n"),
    ...kubeOutputs(s, out),
    ...planOutputs(plan2)
  };
}
var planOutputsCache = /* @__PURE__ */ new WeakMap();
function planOutputs(plan2) {
  let o = planOutputsCache.get(plan2);
  if (!o) {
    o = {
      // Destroy has no drift: removing things is what it was asked to do.
      ...plan2.mode === "destroy" ? {} : { drift: String(driftFindings(plan2).length > 0) },
      changes: String(countChanges(plan2)),
      plan: planJson(plan2)
    };
    planOutputsCache.set(plan2, o);
  }
  return o;
}
async function execute(settings, partial = {}) {
  const deps = { sink: partial.sink ?? await coreSink(), env: partial.env ?? process.env, ...partial };
  const { sink } = deps;
  const control = deps.control ?? new RunControl();
  const app = runnerAppTokens(settings, {
    fetch: deps.githubFetch,
    mask: (s) => sink.setSecret(s),
    info: (m) => sink.info(m),
    signal: control.abortSignal,
    policy: deps.transport
  });
  try {
    return await converge(settings, { ...deps, control }, app);
  } finally {
    await app?.revoke();
  }
}
async function converge(settings, deps, app) {
  const { sink, control } = deps;
  const stoppedNow = () => control.stopped;
  const kinds = new Map((deps.kinds ?? ALL_KINDS).map((k) => [k.kind, k]));
  const startedAt = Date.now();
  const since = (t) => Date.now() - t;
  const timings = {};
  for (const w of new Set((deps.workloads?.map((x) => x.settings) ?? [settings]).flatMap(desiredStateWarnings))) sink.warning(w);
  const failedEarly = async (phase, err) => {
    timings.totalMs = since(startedAt);
    if (stoppedNow()) await control.cleanUp((m) => sink.info(m));
    const why = stoppedNow() ? stopMessage(control) : void 0;
    sink.setOutput("changes", "0");
    await sink.summary(failureSummary(settings.mode, phase, err, why, timings)).catch(() => void 0);
    sink.info(`\u2716 ${phase} failed${why ? ` (${why})` : ""}: nothing was changed.`);
    throw stoppedNow() ? new StoppedError(`${stopMessage(control)}: stopped while ${phase.toLowerCase()}; nothing was changed.`) : err;
  };
  const usesKube = [...kinds.values()].some((k) => KUBE_KINDS.includes(k));
  let session;
  let azure;
  let sdks;
  const preload = () => {
    if (!sdks) {
      sdks = loadArmSdks();
      sdks.catch(() => void 0);
      if (usesKube) void sdks.then(loadKubeClient).catch(() => void 0);
    }
    return sdks;
  };
  try {
    session = await signIn(settings, {
      env: deps.env,
      log: sink,
      mask: (s) => sink.setSecret(s),
      ca: deps.ca,
      idToken: deps.idToken,
      azOnPath: deps.azOnPath,
      signal: control.abortSignal,
      policy: deps.transport,
      // The AKS server application's token with ARM's, when the run reaches the cluster through AKS.
      prefetchScopes: usesKube ? clusterTokenScopes(settings, deps.env) : [],
      underway: () => void preload()
    });
    azure = await createAzureServices(
      session.credential,
      session.subscriptionId,
      {
        armEndpoint: settings.azure.armEndpoint,
        ca: deps.ca,
        pollIntervalMs: deps.pollIntervalMs,
        signal: control.abortSignal,
        policy: deps.transport
      },
      preload()
    );
  } catch (err) {
    return failedEarly("Signing in", err);
  }
  const kube = createKubeServices({
    settings,
    azure,
    env: deps.env,
    mask: (s) => sink.setSecret(s),
    info: (m) => sink.info(m),
    pollMs: deps.pollIntervalMs,
    clock: deps.clock,
    signal: control.abortSignal,
    onKubeconfig: deps.onKubeconfig,
    policy: deps.transport
  });
  const r = settings.runners;
  const github = createGitHubServices(
    (r.githubToken || app) && r.scope ? {
      token: app ? () => app.token() : r.githubToken,
      baseUrl: r.githubApiUrl,
      scope: r.scope,
      labels: r.labels,
      groupId: r.groupId,
      fetch: deps.githubFetch,
      mask: (s) => sink.setSecret(s),
      signal: control.abortSignal,
      onRetry: (m) => sink.info(m),
      policy: deps.transport
    } : void 0,
    r.autoscale?.repositories
  );
  const services = { azure, kube, github, secrets: settings.secrets };
  const ctx = kindContext(services, sink, deps, control);
  const graph = deps.workloads ? workloadGraph(deps.workloads, session.subscriptionId) : void 0;
  const resources = graph ? graph.resources : (deps.desired ?? desiredState)(settings, session.subscriptionId);
  const resourcesOf = (w) => {
    const keys = new Set(graph?.keysOf.get(w.name) ?? []);
    return resources.filter((r2) => keys.has(r2.key));
  };
  const observeStart = Date.now();
  let observed;
  try {
    if (stoppedNow()) throw new StoppedError(stopMessage(control));
    observed = await observeAll(resources, kinds, ctx);
  } catch (err) {
    return failedEarly("Reading the current state", err);
  }
  timings.observeMs = since(observeStart);
  const planStart = Date.now();
  const made = makePlan(settings.mode, resources, observed, kinds);
  const plan2 = graph ? withWorkloads(made, graph) : made;
  timings.planMs = since(planStart);
  sink.info(renderPlan(plan2));
  annotate(sink, plan2);
  const observedIssuer = resolver(kinds, resources, (k) => observed.get(k)).outputs(azureKeys.cluster(settings)).issuerUrl;
  for (const w of observedStateWarnings(settings, observedIssuer)) sink.warning(w);
  const finish = async (states2, applied, verification2, outcome2) => {
    const single = collectOutputs(settings, graph ? resourcesOf(deps.workloads[0]) : resources, states2, kinds, plan2);
    const map = deps.workloads && workloadsOutput(deps.workloads, graph, plan2, (w, res) => collectOutputs(w.settings, res, states2, kinds, plan2));
    const outputs = !map ? single : deps.workloads.length === 1 ? { ...single, workloads: JSON.stringify(map) } : manyOutputs(single, map, { changes: single.changes, plan: single.plan, drift: single.drift });
    if (outcome2) outputs.changes = String(outcome2.done.length);
    if (verification2?.verified !== void 0) outputs.verified = String(verification2.verified);
    writeOutputs(sink, outputs);
    if (settings.exportEnv && settings.mode !== "destroy" && (deps.workloads?.length ?? 1) === 1)
      exportEnvironment(sink, { ...outputs, "tenant-id": outputs["tenant-id"] ?? settings.azure.tenantId }, session.subscriptionId);
    timings.totalMs = since(startedAt);
    const tenantId = outputs["tenant-id"] ?? settings.azure.tenantId;
    const ids = resourceIds(resources, states2, kinds);
    const summary = summaryMarkdown(outcome2 ? withKnownValues(plan2, resources, states2, observed, kinds, outcome2) : plan2, outputs, applied, {
      portal: settings.azure.cloud.portal,
      tenantId,
      timings,
      ids,
      verification: verification2 ?? notVerified(settings),
      outcome: outcome2,
      workloads: map && deps.workloads.length > 1 ? workloadsSummary(map) : void 0
    });
    await sink.summary(summary);
    await publishToGitHub({
      settings,
      plan: plan2,
      summary,
      applied,
      verified: verification2?.verified,
      subscriptionId: session.subscriptionId,
      env: deps.env,
      sink,
      fetch: deps.githubFetch
    });
    return { plan: plan2, outputs, states: new Map(states2) };
  };
  const verify = async (states2) => {
    if (!deps.workloads) return verifyOne(settings, resources, states2);
    const reports = await mapLimited(deps.workloads, 4, async (w) => [w.name, await verifyOne(w.settings, resourcesOf(w), states2)]);
    return combinedVerification(reports.filter((r2) => r2[1] !== void 0));
  };
  const verifyOne = async (settings2, resources2, states2) => {
    if (!settings2.verify || !resources2.some((r2) => r2.kind === "service-account")) return void 0;
    const verifyStart = Date.now();
    const out = collectOutputs(settings2, resources2, states2, kinds, plan2);
    const cluster = resolver(kinds, resources2, (k) => states2.get(k)).outputs(azureKeys.cluster(settings2));
    const result2 = await verifyRun({
      settings: settings2,
      azure,
      identity: { clientId: out["client-id"], principalId: out["principal-id"], tenantId: out["tenant-id"] },
      cluster: {
        issuerUrl: cluster.issuerUrl,
        workloadIdentityEnabled: cluster.workloadIdentityEnabled === void 0 ? void 0 : cluster.workloadIdentityEnabled === "true"
      },
      core: () => kube.core(),
      ca: deps.ca,
      sink,
      dryRunProbe: settings2.mode === "apply" && settings2.runners.count === 0,
      clock: stoppableClock(deps.clock ?? realClock, control.stopSignal),
      signal: control.abortSignal
    });
    timings.verifyMs = since(verifyStart);
    return verificationReport(result2);
  };
  if (settings.mode === "plan") {
    const changes = countChanges(plan2);
    const attention = conflicts(plan2);
    const drifted = driftFindings(plan2).length > 0;
    const result2 = await finish(observed, false, drifted ? void 0 : await verify(observed));
    if (settings.failOnDrift && drifted) {
      const cannot = attention.map((s) => `- ${s.key}: ${s.reason ?? "conflict"}`).join("\n");
      throw new Error(
        `Drift: ${changes + attention.length} resource(s) differ from the desired state (see the plan above). ` + (changes ? `mode: apply would change ${changes} of them` : "mode: apply would change none of them") + (attention.length ? `${changes ? " and" : ", and"} cannot converge ${attention.length} until you resolve:
${cannot}` : ". Run with mode: apply to converge.")
      );
    }
    return result2;
  }
  const applyStart = Date.now();
  const { states, failures, done } = await applyPlan(plan2, resources, observed, kinds, ctx, deps.concurrency, control.stopSignal);
  timings.applyMs = since(applyStart);
  if (stoppedNow()) await control.cleanUp((m) => sink.info(m));
  const failed = failures.filter((f) => !f.skipped);
  const skipped = failures.filter((f) => f.skipped);
  const outcome = {
    done,
    failed: failed.map((f) => ({ key: f.step.key, error: f.error })),
    notAttempted: skipped.map((f) => ({
      key: f.step.key,
      why: f.error instanceof NotAttempted && f.error.blockedBy.length ? `depends on ${f.error.blockedBy.join(", ")}` : "the run was stopped"
    })),
    stopped: stoppedNow() ? stopMessage(control) : void 0
  };
  if (failures.length || stoppedNow()) {
    await finish(states, true, void 0, outcome).catch(() => void 0);
    const verb = settings.mode === "destroy" ? "deleted" : "made";
    const head = stoppedNow() ? `Stopped (${stopMessage(control)})` : `Failed: ${failed.length} resource(s) could not be ${settings.mode === "destroy" ? "deleted" : "brought to the desired state"}`;
    sink.info(
      `\u2716 ${head}: ${done.length} change(s) ${verb}, ${failed.length} failed, ${skipped.length} not attempted${skipped.length ? ` (${skipped.map((f) => f.step.key).join(", ")})` : ""}.`
    );
    const real = failed.filter((f) => !(isStopped(f.error) && stoppedNow()));
    const lines = real.map(
      (f) => f.error instanceof ConflictError ? `${f.step.key} cannot be applied: ${f.step.reason ?? "conflict"}` : message2(f.error)
    );
    const stoppedLine = stoppedNow() ? `${stopMessage(control)}: ${done.length} change(s) ${verb}; ${skipped.length + failed.length - real.length} step(s) not finished (see the job summary). Re-run to converge.` : void 0;
    const err = combineMessages("Applying the plan", [...stoppedLine ? [stoppedLine] : [], ...lines]);
    if (skipped.length && !stoppedNow())
      err.message += `
Not attempted, as they depend on what failed: ${skipped.map((f) => f.step.key).join(", ")}`;
    throw stoppedNow() ? Object.assign(new StoppedError(err.message), { cause: failures[0]?.error }) : err;
  }
  sink.info(settings.mode === "destroy" ? `Destroyed: ${done.length} resource(s) deleted.` : `Applied: ${done.length} change(s).`);
  let verification;
  try {
    verification = settings.mode === "apply" ? await verify(states) : void 0;
    if (stoppedNow()) throw new StoppedError(stopMessage(control));
  } catch (err) {
    if (!isStopped(err)) throw err;
    await finish(states, true, void 0, { ...outcome, stopped: stopMessage(control) });
    throw new StoppedError(`${stopMessage(control)}: stopped while verifying; ${done.length} change(s) made.`);
  }
  const result = await finish(states, true, verification, outcome);
  if (verification?.verified === false)
    throw new Error(`Verification failed: ${verification.detail} (the warnings above and the job summary say why and what to do).`);
  return result;
}
var message2 = (e) => e instanceof Error ? e.message : String(e);
function combineMessages(what, lines) {
  if (lines.length === 1) return new Error(lines[0]);
  return new Error(`${what} failed in ${lines.length} places:
${lines.map((l, i) => `${i + 1}. ${l}`).join("\n")}`);
}
function stopMessage(control) {
  return control.reason ?? "the run was stopped";
}
function withKnownValues(plan2, resources, states, observed, kinds, outcome) {
  const { spec } = resolver(kinds, resources, (k) => states.get(k));
  const done = new Set(outcome.done);
  return {
    ...plan2,
    steps: plan2.steps.map((step) => {
      if (!step.diff.some((d) => d.to === UNKNOWN || d.from === UNKNOWN)) return step;
      let real;
      if (done.has(step.key) && plan2.mode !== "destroy") {
        try {
          const kind = kinds.get(step.kind);
          real = new Map((kind?.diff(spec(step.key), observed.get(step.key)).diff ?? []).map((d) => [d.field, d.to]));
        } catch {
          real = void 0;
        }
      }
      const known = (field, v) => {
        if (v !== UNKNOWN) return v;
        const r = real?.get(field);
        return r !== void 0 && r !== UNKNOWN ? r : "not created";
      };
      return { ...step, diff: step.diff.map((d) => ({ ...d, from: known(d.field, d.from), to: known(d.field, d.to) })) };
    })
  };
}
function resourceIds(resources, states, kinds) {
  const { outputs } = resolver(kinds, resources, (k) => states.get(k));
  return Object.fromEntries(resources.map((r) => [r.key, outputs(r.key).id]));
}
export {
  ALL_KINDS,
  AZURE_KINDS,
  KUBE_KINDS,
  collectOutputs,
  execute
};
//# sourceMappingURL=engine.js.map
