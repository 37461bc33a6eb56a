import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  appIdProblem,
  readAppPrivateKey
} from "./github-app.js";
import {
  privilegedRole
} from "./privileged-roles.js";
import {
  CLOUD_NAMES,
  cloudByName,
  cloudTarget
} from "./transport.js";
import {
  SHAPING_INPUTS
} from "./shaping-names.js";
import {
  AUTH_MODES,
  CLUSTER_CREDENTIALS,
  DRIVERS,
  MODES,
  OWNER_KEY_TAG,
  OWNER_TAG,
  RUNNER_KINDS,
  clusterName,
  dnsLabel,
  dnsSubdomain,
  federatedCredentialName,
  guid,
  httpsUrl,
  identityName,
  imageRef,
  location,
  resourceGroupName,
  role,
  roleGuid,
  runnerLabel,
  runnerScope,
  scope,
  scopeKind,
  selectionOf,
  tagProblem
} from "./runner-kinds-gitlab.js";

// src/settings.ts
var SettingsError = class extends Error {
  constructor(problems) {
    super(`${problems.length} input problem${problems.length === 1 ? "" : "s"}:
` + problems.map((p) => `- ${p.message}`).join("\n"));
    this.problems = problems;
    this.name = "SettingsError";
  }
  problems;
};
var CLUSTER_ACCESS = ["direct", "run-command"];
var SECRET_INPUTS = /* @__PURE__ */ new Set([
  "github-token",
  "github-app-private-key",
  "comment-token",
  ...RUNNER_KINDS.flatMap((k) => DRIVERS[k].secretInputs ?? [])
]);
var TRUE = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
var Reader = class {
  constructor(src) {
    this.src = src;
  }
  src;
  problems = [];
  raw(name, kind = "value") {
    this.src.seen?.(name, kind);
    const v = this.src.get(name).trim();
    if (v && SECRET_INPUTS.has(name)) {
      this.src.mask(v);
      for (const line of v.split(/\r?\n/).map((l) => l.trim()))
        if (line !== v && line.length >= 8 && !line.startsWith("-----")) this.src.mask(line);
    }
    return v;
  }
  problem(name, value, expected) {
    const shown = SECRET_INPUTS.has(name) ? "(value hidden)" : `'${value}'`;
    this.problems.push({ input: name, message: `Input '${name}' = ${shown}: ${expected}.`, value: shown, expected });
  }
  /** A problem about how inputs combine, not about one value. */
  conflict(name, message) {
    this.problems.push({ input: name, message: `Input '${name}': ${message}.`, expected: message });
  }
  required(name, rule) {
    const v = this.raw(name);
    if (!v) {
      this.conflict(name, "is required");
      return "";
    }
    return this.check(name, v, rule);
  }
  optional(name, rule) {
    const v = this.raw(name);
    return v ? this.check(name, v, rule) : void 0;
  }
  check(name, v, rule) {
    const why = rule(v);
    if (why) this.problem(name, v, why);
    return v;
  }
  bool(name, dflt) {
    const v = this.raw(name, "boolean");
    if (!v) return dflt;
    if (TRUE.has(v)) return true;
    if (FALSE.has(v)) return false;
    this.problem(name, v, "must be 'true' or 'false'");
    return dflt;
  }
  int(name, dflt, min, max) {
    const v = this.raw(name);
    if (!v) return dflt;
    if (!/^[0-9]+$/.test(v) || Number(v) < min || Number(v) > max) {
      this.problem(name, v, `must be a whole number from ${min} to ${max}`);
      return dflt;
    }
    return Number(v);
  }
  lines(name) {
    return this.raw(name).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  }
  oneOf(name, dflt, allowed) {
    const v = this.raw(name);
    if (!v) return dflt;
    const hit = allowed.find((a) => a === v.toLowerCase());
    if (!hit) this.problem(name, v, `must be one of: ${allowed.join(", ")}`);
    return hit ?? dflt;
  }
};
function normaliseLocation(v) {
  return v.replace(/\s+/g, "").toLowerCase();
}
function parseTags(r, name) {
  const tags = {};
  const text = r.raw(name);
  for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const eq = line.indexOf("=");
    if (eq <= 0) {
      r.problem(name, line, "must be one 'key=value' per line");
      continue;
    }
    const key = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    const why = tagProblem(key, value);
    if (why) r.conflict(name, why);
    else if (key.toLowerCase() === OWNER_TAG || key.toLowerCase() === OWNER_KEY_TAG)
      r.conflict(name, `the tag '${key}' is reserved: the action sets it to mark what it owns`);
    else tags[key] = value;
  }
  if (Object.keys(tags).length > 48) r.conflict(name, "at most 48 tags (Azure allows 50, two are the ownership tags)");
  return tags;
}
function roleSpec(r, input, role2, rawScope, scopeInput = input) {
  const scope2 = rawScope.length > 1 ? rawScope.replace(/\/+$/, "") : rawScope;
  const roleWhy = role(role2);
  const kind = scopeKind(scope2);
  if (roleWhy) r.problem(input, role2, `role ${roleWhy}`);
  if (!kind) r.problem(scopeInput, scope2, `scope ${scope(scope2)}`);
  if (roleWhy || !kind) return void 0;
  return { role: role2, roleGuid: roleGuid(role2), scope: scope2, scopeKind: kind };
}
function parseRoleAssignments(r) {
  const out = [];
  const role2 = r.raw("role");
  const scope2 = r.raw("scope");
  if (role2 && !scope2) r.conflict("role", "needs 'scope' (the ARM scope to assign the role at)");
  if (scope2 && !role2) r.conflict("scope", "needs 'role' (the role to assign at this scope)");
  if (role2 && scope2) {
    const spec = roleSpec(r, "role", role2, scope2, "scope");
    if (spec) out.push(spec);
  }
  for (const line of r.raw("role-assignments").split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
    const m = /^(.+?)\s+(\/\S+)$/.exec(line);
    if (!m) {
      r.problem("role-assignments", line, "each line must be 'ROLE SCOPE', e.g. 'Reader /subscriptions/{id}/resourceGroups/{name}'");
      continue;
    }
    const spec = roleSpec(r, "role-assignments", m[1].trim(), m[2]);
    if (spec) out.push(spec);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const s of out) {
    const key = `${(s.roleGuid ?? s.role).toLowerCase()}|${s.scope.toLowerCase()}`;
    if (seen.has(key)) r.conflict("role-assignments", `the role '${s.role}' at '${s.scope}' is listed twice`);
    seen.add(key);
  }
  return out;
}
function parseRunnerScope(r, env) {
  const given = r.raw("runner-scope");
  const v = given || env.GITHUB_REPOSITORY || "";
  if (!v) return void 0;
  const why = runnerScope(v);
  if (why) {
    r.problem("runner-scope", v, why);
    return void 0;
  }
  if (v.startsWith("org:")) return { kind: "org", org: v.slice(4) };
  const [owner, repo] = v.split("/");
  return { kind: "repo", owner, repo };
}
function readSettings(src, shaping) {
  const r = new Reader(src);
  const env = src.env;
  const mode = r.oneOf("mode", "apply", MODES);
  const failOnDrift = r.bool("fail-on-drift", true);
  const auth = r.oneOf("auth", "auto", AUTH_MODES);
  const envName = r.raw("environment") || "AzureCloud";
  if (!cloudByName(envName)) r.problem("environment", envName, `must be one of: ${CLOUD_NAMES.join(", ")}`);
  const audienceInput = r.raw("audience");
  if (audienceInput.length > 600 || /\s/.test(audienceInput))
    r.problem("audience", audienceInput, "must be a single audience value without spaces, at most 600 characters");
  const target = cloudTarget(cloudByName(envName) ? envName : "AzureCloud", {
    armEndpoint: r.optional("arm-endpoint", httpsUrl),
    authorityHost: r.optional("authority-host", httpsUrl),
    audience: audienceInput
  });
  const { cloud: base, armEndpoint, authorityHost } = target;
  const subscriptionId = r.optional("subscription-id", guid) ?? validEnvGuid(env.AZURE_SUBSCRIPTION_ID);
  const tenantId = r.optional("tenant-id", guid) ?? validEnvGuid(env.AZURE_TENANT_ID);
  const clientIdInput = r.optional("client-id", guid);
  const clientId = clientIdInput ?? validEnvGuid(env.AZURE_CLIENT_ID);
  if (auth === "oidc") {
    if (!clientIdInput)
      r.conflict("client-id", "is required with 'auth: oidc' (the app registration or managed identity the workflow signs in as)");
    if (!tenantId) r.conflict("tenant-id", "is required with 'auth: oidc'");
  }
  if (auth === "workload-identity" && !env.AZURE_FEDERATED_TOKEN_FILE) {
    r.conflict(
      "auth",
      `'workload-identity' needs AZURE_FEDERATED_TOKEN_FILE, which the webhook sets only in pods labelled azure.workload.identity/use: "true"`
    );
  }
  const resourceGroup = r.required("resource-group", resourceGroupName);
  const clusterName2 = r.required("cluster-name", clusterName);
  const enableFeatures = r.bool("enable-cluster-features", true);
  const credentials = r.oneOf("cluster-credentials", "user", CLUSTER_CREDENTIALS);
  const kubeconfig = r.raw("kubeconfig") || void 0;
  const keepKubeconfig = r.bool("keep-kubeconfig", false);
  const access = r.oneOf("cluster-access", "direct", CLUSTER_ACCESS);
  if (access === "run-command" && kubeconfig)
    r.conflict("cluster-access", "'run-command' reaches the cluster through AKS, not through a kubeconfig: drop 'kubeconfig'");
  if (access === "run-command" && keepKubeconfig)
    r.conflict("cluster-access", "'run-command' fetches no kubeconfig, so 'keep-kubeconfig' has nothing to keep: drop it");
  const identityName2 = r.required("identity-name", identityName);
  const identityRg = r.optional("identity-resource-group", resourceGroupName) ?? resourceGroup;
  const locRaw = r.raw("location");
  const location2 = locRaw ? r.check("location", normaliseLocation(locRaw), location) : void 0;
  const tags = parseTags(r, "tags");
  const ficName = r.optional("federated-credential-name", federatedCredentialName);
  const roleAssignments = parseRoleAssignments(r);
  const allowPrivilegedRoles = r.bool("allow-privileged-roles", false);
  if (!allowPrivilegedRoles) {
    for (const s of roleAssignments) {
      const p = privilegedRole(s.roleGuid ? void 0 : s.role, s.roleGuid);
      if (p)
        r.conflict(
          s.role === r.raw("role") ? "role" : "role-assignments",
          `'${p}' can grant access to others; set 'allow-privileged-roles: true' to assign it on purpose`
        );
    }
  }
  const namespace = r.optional("namespace", dnsLabel) ?? "default";
  const createNamespace = r.bool("create-namespace", true);
  const serviceAccount = r.required("service-account-name", dnsSubdomain);
  const forceConflicts = r.bool("force-conflicts", true);
  const kind = r.oneOf("runner-kind", "github", RUNNER_KINDS);
  const driver = DRIVERS[kind];
  const auto = r.raw("runner-count").toLowerCase() === "auto";
  const fixedCount = auto ? 0 : r.int("runner-count", 0, 0, 100);
  const labelsRaw = r.raw("runner-labels") || "self-hosted,linux,x64,aks-workload-identity";
  const labels = labelsRaw.split(/[,\n]/).map((l) => l.trim()).filter(Boolean);
  for (const l of labels) r.check("runner-labels", l, runnerLabel);
  if (labels.length === 0 || labels.length > 100) r.problem("runner-labels", labelsRaw, "must list 1 to 100 labels, comma-separated");
  const groupId = r.int("runner-group-id", 1, 1, 2147483647);
  const imageInput = r.optional("runner-image", imageRef);
  const namePrefix = r.optional(
    "runner-name-prefix",
    (v) => v.length <= 50 && !dnsLabel(v) ? void 0 : "must be an RFC 1123 label of at most 50 characters ('-', 8 characters of the workload's owner key and a slot number are added)"
  ) ?? "aks-wi-runner";
  const githubToken = r.raw("github-token") || void 0;
  const githubApiUrl = (r.optional("github-api-url", httpsUrl) ?? env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, "");
  const app = readGitHubApp(r, githubToken);
  const runnerScope2 = driver.registersAtGitHub ? parseRunnerScope(r, env) : void 0;
  const autoscale = readAutoscale(r, auto, kind, runnerScope2, env);
  const count = autoscale?.max ?? fixedCount;
  const wantsRunners = count > 0 && mode !== "destroy";
  if (driver.registersAtGitHub && count > 0 && !githubToken && !app) {
    r.conflict(
      "github-token",
      "is required when 'runner-count' > 0, unless a GitHub App registers the runners ('github-app-id' and 'github-app-private-key'): a token that may create runners (a GitHub App token or a PAT with repository Administration or organisation Self-hosted runners write; the workflow's GITHUB_TOKEN cannot)"
    );
  }
  if (driver.registersAtGitHub && count > 0 && !runnerScope2 && !r.raw("runner-scope")) {
    r.conflict("runner-scope", "is required when 'runner-count' > 0 and GITHUB_REPOSITORY is not set ('owner/repo' or 'org:NAME')");
  }
  const run = { creating: wantsRunners, count, destroying: mode === "destroy" };
  for (const other of RUNNER_KINDS.filter((k) => k !== kind)) {
    DRIVERS[other].read(r, { ...run, selected: false });
    for (const n of DRIVERS[other].ownInputs) if (r.raw(n)) r.conflict(n, `applies only to 'runner-kind: ${other}' (this is '${kind}')`);
  }
  const runnerKind = readRunnerKind(kind, r, { ...run, selected: true });
  const image = runnerKind.image ?? imageInput ?? driver.defaultImage;
  const podShaping = readRunnerShaping(r, shaping, { ...selectionOf(runnerKind), namespace, serviceAccount, image, namePrefix });
  const wait = r.bool("wait", true);
  const timeoutSeconds = r.int("wait-timeout", 300, 10, 3600);
  const verify = r.bool("verify", true);
  const exportEnv = r.bool("export-env", false);
  const report = readReport(r, env, mode);
  const runTimeout = r.int("timeout", 900, 30, 21600);
  const workloadsFile = r.raw("config").trim() || void 0;
  if (r.problems.length) throw new SettingsError(r.problems);
  return {
    mode,
    failOnDrift,
    azure: { subscriptionId, tenantId, clientId, auth, cloud: base, armEndpoint, authorityHost },
    cluster: { resourceGroup, name: clusterName2, enableFeatures, credentials, kubeconfig, keepKubeconfig, access },
    identity: { name: identityName2, resourceGroup: identityRg, location: location2, tags },
    federation: { name: ficName, audience: target.audience, audienceGiven: target.audienceGiven },
    roleAssignments,
    allowPrivilegedRoles,
    kube: { namespace, createNamespace, serviceAccount, forceConflicts },
    runners: {
      ...selectionOf(runnerKind),
      count,
      ...autoscale ? { autoscale } : {},
      scope: runnerScope2,
      labels,
      groupId,
      image,
      namePrefix,
      githubToken,
      githubApiUrl,
      githubAppId: app?.appId,
      ...podShaping ? { shaping: podShaping } : {}
    },
    secrets: { runnerCredential: runnerKind.credential, githubAppPrivateKey: app?.privateKey, commentToken: report.token },
    report: report.settings,
    wait: { enabled: wait, timeoutSeconds },
    verify,
    exportEnv,
    timeoutSeconds: runTimeout,
    workloadsFile
  };
}
function inputCatalog() {
  const seen = /* @__PURE__ */ new Map();
  const record = (name, kind) => void seen.set(name, seen.get(name) === "boolean" ? "boolean" : kind);
  try {
    readSettings({ get: () => "", mask: () => void 0, env: {}, seen: record });
  } catch {
  }
  return seen;
}
function readRunnerKind(kind, r, run) {
  const read = DRIVERS[kind].read(r, run);
  return { kind, options: read.options, credential: read.credential, image: read.image };
}
var REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9._-]{1,100}$/;
function readAutoscale(r, auto, kind, scope2, env) {
  const reposRaw = r.raw("runner-repositories");
  if (!auto) {
    if (reposRaw) r.conflict("runner-repositories", "applies to 'runner-count: auto' (the repositories whose queued jobs are counted)");
    if (DRIVERS[kind].registersAtGitHub) {
      for (const n of ["runner-min", "runner-max"])
        if (r.raw(n)) r.conflict(n, `applies to 'runner-count: auto' (this run keeps a fixed number of runners)`);
    }
    return void 0;
  }
  if (!DRIVERS[kind].registersAtGitHub) {
    r.conflict("runner-count", `'auto' scales on the jobs queued at GitHub: it applies to 'runner-kind: github' (this is '${kind}')`);
    return void 0;
  }
  const min = r.int("runner-min", 0, 0, 100);
  if (!r.raw("runner-max"))
    r.conflict("runner-max", "is required with 'runner-count: auto': the most runners kept, busy ones included (1-100)");
  const max = r.int("runner-max", 1, 1, 100);
  if (min > max) r.conflict("runner-min", `is more than 'runner-max' (${min} > ${max})`);
  const listed = reposRaw.split(/[,\n]/).map((x) => x.trim()).filter(Boolean);
  for (const repo of listed) r.check("runner-repositories", repo, (v) => REPOSITORY.test(v) ? void 0 : "must be 'owner/name'");
  if (!scope2) return { min, max, repositories: listed };
  if (scope2.kind === "repo") {
    const own = `${scope2.owner}/${scope2.repo}`;
    const others = listed.filter((x) => x.toLowerCase() !== own.toLowerCase());
    if (others.length)
      r.conflict("runner-repositories", `a repository's runners take only its own jobs: ${others.join(", ")} cannot use runners of ${own}`);
    return { min, max, repositories: [own] };
  }
  const outside = listed.filter((x) => x.split("/")[0].toLowerCase() !== scope2.org.toLowerCase());
  if (outside.length)
    r.conflict(
      "runner-repositories",
      `runners of the organisation ${scope2.org} take only its repositories' jobs, not ${outside.join(", ")}`
    );
  const run = env.GITHUB_REPOSITORY;
  const repositories = listed.length ? listed : run && run.split("/")[0].toLowerCase() === scope2.org.toLowerCase() ? [run] : [];
  if (repositories.length === 0)
    r.conflict(
      "runner-repositories",
      `is required with 'runner-count: auto' and organisation runners when this run's repository is not one of ${scope2.org}'s: the repositories whose queued jobs are counted`
    );
  return { min, max, repositories };
}
function readRunnerShaping(r, check, pod) {
  const given = SHAPING_INPUTS.filter((n) => r.raw(n));
  if (given.length === 0) return void 0;
  if (!check)
    throw new Error(
      `readSettings: the shaping input '${given[0]}' is given but no shaping check was passed; load it with shapingCheckFor (src/shaping/names.ts)`
    );
  return check(r, pod);
}
function validEnvGuid(v) {
  return v && !guid(v.trim()) ? v.trim() : void 0;
}
function readGitHubApp(r, githubToken) {
  const appId = r.optional("github-app-id", appIdProblem);
  const keyText2 = r.raw("github-app-private-key");
  if (!appId && !keyText2) return void 0;
  if (!keyText2) r.conflict("github-app-id", "needs 'github-app-private-key' (the App's private key, as a secret)");
  if (!appId && !r.raw("github-app-id")) r.conflict("github-app-private-key", "needs 'github-app-id' (the App's ID or client ID)");
  if (githubToken)
    r.conflict("github-token", "give either 'github-token' or a GitHub App ('github-app-id' and 'github-app-private-key'), not both");
  let privateKey;
  if (keyText2) {
    const read = readAppPrivateKey(keyText2);
    if ("problem" in read) r.conflict("github-app-private-key", read.problem);
    else privateKey = read.pem;
  }
  return appId && privateKey ? { appId, privateKey } : void 0;
}
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function readReport(r, env, mode) {
  const comment = r.bool("comment", false);
  const driftIssue = r.bool("drift-issue", false);
  const list = (name) => r.raw(name).split(/[,\n]/).map((x) => x.trim()).filter(Boolean);
  const labels = list("drift-issue-labels");
  for (const l of labels) if (l.length > 50) r.problem("drift-issue-labels", l, "each label must be at most 50 characters");
  const assignees = list("drift-issue-assignees");
  for (const a of assignees)
    if (!LOGIN.test(a.replace(/^@/, ""))) r.problem("drift-issue-assignees", a, "each assignee must be a GitHub login");
  if (assignees.length > 10) r.conflict("drift-issue-assignees", "at most 10 assignees (GitHub assigns no more)");
  const token = r.raw("comment-token") || env.GITHUB_TOKEN || void 0;
  const repository = env.GITHUB_REPOSITORY || void 0;
  if (driftIssue && mode !== "plan") r.conflict("drift-issue", `applies to 'mode: plan' (the drift check); this run is '${mode}'`);
  for (const [name, on] of [
    ["comment", comment],
    ["drift-issue", driftIssue]
  ]) {
    if (!on) continue;
    if (!token) r.conflict(name, "needs a token: 'comment-token' (default: the workflow's GITHUB_TOKEN)");
    if (!repository) r.conflict(name, "needs GITHUB_REPOSITORY (set on every GitHub Actions runner): the repository to write to");
  }
  return {
    settings: { comment, driftIssue, driftIssueLabels: labels, driftIssueAssignees: assignees.map((a) => a.replace(/^@/, "")), repository },
    token
  };
}

// src/config/problems.ts
function keyText(path) {
  return path.reduce((acc, k) => typeof k === "number" ? `${acc}[${k}]` : acc ? `${acc}.${k}` : k, "") || "(document)";
}
function formatProblem(p) {
  return `${p.file}${p.line ? `:${p.line}:${p.column}` : ""}: ${p.key}: ${p.message}`;
}
var ConfigError = class extends Error {
  constructor(problems) {
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in the workloads file:
` + problems.map((p) => `- ${formatProblem(p)}`).join("\n")
    );
    this.problems = problems;
    this.name = "ConfigError";
  }
  problems;
};

export {
  SettingsError,
  SECRET_INPUTS,
  Reader,
  readSettings,
  inputCatalog,
  keyText,
  formatProblem,
  ConfigError
};
//# sourceMappingURL=settings.js.map
