import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  createAksClient,
  diagnoseExchange,
  exchange,
  findOnPath,
  sharedCredential,
  tlsOptions,
  tokenClaims,
  workloadCredential
} from "./verify-diagnose.js";
import {
  fetchAksKubeconfigFile,
  writePrivateFile
} from "./kube-client.js";
import {
  errorStatus,
  explain
} from "./azure-errors.js";
import {
  Reader,
  SettingsError
} from "./settings.js";
import {
  armScope,
  cloudByName
} from "./transport.js";
import {
  clusterName,
  guid,
  httpsUrl,
  resourceGroupName
} from "./runner-kinds-gitlab.js";
import {
  exportVariable,
  getInput,
  getState,
  info,
  saveState,
  setOutput,
  setSecret,
  warning
} from "./actions-core.js";

// src/login/io.ts
const { tmpdir } = require("node:os");

// src/login/exec.ts
var defaultExec = async (command, args, o = {}) => {
  const { getExecOutput } = await import("./actions-exec-2.js");
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== void 0) env[k] = v;
  const r = await getExecOutput(command, args, { silent: true, ignoreReturnCode: true, env: { ...env, ...o.env } });
  return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
};
function tail(text, secrets, lines = 4) {
  const clean = secrets.filter(Boolean).reduce((acc, s) => acc.split(s).join("***"), text);
  return clean.trim().split("\n").slice(-lines).join(" | ");
}

// src/login/io.ts
var coreIo = {
  info: (m) => info(m),
  warning: (m) => warning(m),
  setOutput: (n, v) => setOutput(n, v),
  setSecret: (s) => setSecret(s),
  exportVariable: (n, v) => exportVariable(n, v),
  saveState: (n, v) => saveState(n, v),
  getState: (n) => getState(n)
};
function actionDeps() {
  return {
    io: coreIo,
    inputs: { get: (n) => getInput(n), mask: (s) => setSecret(s), env: process.env },
    exec: defaultExec,
    which: (command) => findOnPath(command, process.env),
    now: () => Date.now(),
    tempDir: process.env.RUNNER_TEMP || tmpdir()
  };
}

// src/login/run.ts
const { mkdtemp, readFile: readFile2, rm, stat } = require("node:fs/promises");
const { join } = require("node:path");

// src/login/azure-cli.ts
function azLoginArgs(clientId, tenantId, token) {
  return [
    "login",
    "--service-principal",
    "-u",
    clientId,
    "-t",
    tenantId,
    "--federated-token",
    token,
    "--allow-no-subscriptions",
    "--output",
    "none",
    "--only-show-errors"
  ];
}
var azCloudSetArgs = (cloud) => ["cloud", "set", "--name", cloud.name, "--output", "none", "--only-show-errors"];
var azAccountSetArgs = (subscriptionId) => [
  "account",
  "set",
  "--subscription",
  subscriptionId,
  "--output",
  "none",
  "--only-show-errors"
];
var AZ_ACCOUNT_SHOW = ["account", "show", "--output", "json", "--only-show-errors"];
var AzureCliError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "AzureCliError";
  }
};
async function signInAzureCli(p) {
  const env = { AZURE_CONFIG_DIR: p.configDir };
  const run = async (what, args) => {
    const r = await p.exec(p.az, args, { env });
    if (r.code !== 0) throw new AzureCliError(`${what} failed (exit ${r.code}): ${tail(r.stderr || r.stdout, [p.token]) || "no output"}`);
    return r.stdout;
  };
  if (p.cloud.name !== "AzureCloud") await run(`az cloud set --name ${p.cloud.name}`, azCloudSetArgs(p.cloud));
  await run(
    `az login --service-principal -u ${p.clientId} -t ${p.tenantId} --federated-token ***`,
    azLoginArgs(p.clientId, p.tenantId, p.token)
  );
  if (p.subscriptionId) {
    try {
      await run(`az account set --subscription ${p.subscriptionId}`, azAccountSetArgs(p.subscriptionId));
    } catch (err) {
      throw new AzureCliError(
        `${err.message}. The identity sees no subscription ${p.subscriptionId}: give it a role there (any role at or below the subscription makes it visible), or leave 'subscription-id' empty.`
      );
    }
  }
  const shown = JSON.parse(await run("az account show", AZ_ACCOUNT_SHOW));
  return {
    subscriptionId: shown.id ?? "",
    subscriptionName: shown.name ?? "",
    tenantId: shown.tenantId ?? p.tenantId,
    user: shown.user?.name ?? "",
    userType: shown.user?.type ?? ""
  };
}

// src/login/environment.ts
var ARM_ENVIRONMENT = {
  AzureCloud: void 0,
  AzureUSGovernment: "usgovernment",
  AzureChinaCloud: "china"
};
function armEnvironment(id, subscriptionId) {
  const env = {
    ARM_CLIENT_ID: id.clientId,
    ARM_TENANT_ID: id.tenantId,
    ...subscriptionId ? { ARM_SUBSCRIPTION_ID: subscriptionId } : {},
    // azurerm then reads the token from AZURE_FEDERATED_TOKEN_FILE and the authority from AZURE_AUTHORITY_HOST.
    ARM_USE_AKS_WORKLOAD_IDENTITY: "true"
  };
  const cloud = ARM_ENVIRONMENT[id.cloud.name];
  if (cloud) env.ARM_ENVIRONMENT = cloud;
  if (id.source.tokenFile === "input") env.ARM_OIDC_TOKEN_FILE_PATH = id.tokenFile;
  return env;
}
function azureEnvironment(id, subscriptionId) {
  const env = {};
  if (id.source.clientId === "input") env.AZURE_CLIENT_ID = id.clientId;
  if (id.source.tenantId === "input") env.AZURE_TENANT_ID = id.tenantId;
  if (id.source.tokenFile === "input") env.AZURE_FEDERATED_TOKEN_FILE = id.tokenFile;
  if (id.source.authorityHost === "input") env.AZURE_AUTHORITY_HOST = id.authorityHost;
  if (subscriptionId) env.AZURE_SUBSCRIPTION_ID = subscriptionId;
  return env;
}

// src/login/kubeconfig.ts
async function writeClusterKubeconfig(p) {
  const client = await createAksClient(p.credential, p.subscriptionId, { armEndpoint: p.armEndpoint, ca: p.ca });
  const { file, tokenExpiresOn } = await explain(
    `Fetching the user kubeconfig of AKS cluster ${p.resourceGroup}/${p.clusterName}`,
    () => fetchAksKubeconfigFile(
      { credential: p.credential, client, resourceGroup: p.resourceGroup, clusterName: p.clusterName, kind: "user" },
      p.mask
    ),
    (err) => errorStatus(err) === 403 ? "The workload identity needs 'Azure Kubernetes Service Cluster User Role' on the cluster (listClusterUserCredential), and a Kubernetes role there for what the job does." : void 0
  );
  const path = await writePrivateFile(p.dir, "aks-wi-kubeconfig", file);
  return { path, tokenExpiresOn };
}

// src/login/powershell.ts
var NO_AZ_MODULE = 3;
var PWSH_ARGS = ["-NoLogo", "-NoProfile", "-NonInteractive", "-Command"];
var CONNECT_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  `if (-not (Get-Module -ListAvailable -Name Az.Accounts)) { exit ${NO_AZ_MODULE} }`,
  "Import-Module Az.Accounts",
  "$token = (Get-Content -Raw -LiteralPath $env:AKS_WI_TOKEN_FILE).Trim()",
  '$p = @{ ServicePrincipal = $true; ApplicationId = $env:AKS_WI_CLIENT_ID; Tenant = $env:AKS_WI_TENANT_ID; FederatedToken = $token; Environment = $env:AKS_WI_ENVIRONMENT; Scope = "CurrentUser" }',
  "if ($env:AKS_WI_SUBSCRIPTION_ID) { $p.Subscription = $env:AKS_WI_SUBSCRIPTION_ID }",
  "Connect-AzAccount @p | Out-Null",
  "$c = Get-AzContext",
  'Write-Output ("{0} {1}" -f $c.Account.Id, $c.Subscription.Id)'
].join("\n");
var DISCONNECT_SCRIPT = [
  "$ErrorActionPreference = 'Stop'",
  "Import-Module Az.Accounts",
  "Clear-AzContext -Scope CurrentUser -Force"
].join("\n");
function connectEnv(p) {
  return {
    AKS_WI_CLIENT_ID: p.clientId,
    AKS_WI_TENANT_ID: p.tenantId,
    AKS_WI_TOKEN_FILE: p.tokenFile,
    AKS_WI_ENVIRONMENT: p.cloud.name,
    ...p.subscriptionId ? { AKS_WI_SUBSCRIPTION_ID: p.subscriptionId } : {}
  };
}
async function signInPowerShell(p) {
  const r = await p.exec(p.pwsh, [...PWSH_ARGS, CONNECT_SCRIPT], { env: connectEnv(p) });
  if (r.code === NO_AZ_MODULE) return { signedIn: false, reason: "the Az.Accounts module is not installed" };
  if (r.code !== 0)
    throw new Error(
      `Connect-AzAccount -ServicePrincipal -FederatedToken failed (exit ${r.code}): ${tail(r.stderr || r.stdout, [p.token]) || "no output"}`
    );
  const [account = "", subscriptionId = ""] = r.stdout.trim().split("\n").at(-1)?.split(" ") ?? [];
  return { signedIn: true, account, subscriptionId };
}
async function signOutPowerShell(pwsh, exec) {
  const r = await exec(pwsh, [...PWSH_ARGS, DISCONNECT_SCRIPT]);
  if (r.code !== 0) throw new Error(`Clear-AzContext failed (exit ${r.code}): ${tail(r.stderr || r.stdout, [])}`);
}

// src/login/settings.ts
var TOOL_MODES = ["auto", "true", "false"];
var INJECTED = {
  clientId: { env: "AZURE_CLIENT_ID", input: "client-id" },
  tenantId: { env: "AZURE_TENANT_ID", input: "tenant-id" },
  tokenFile: { env: "AZURE_FEDERATED_TOKEN_FILE", input: "federated-token-file" },
  authorityHost: { env: "AZURE_AUTHORITY_HOST", input: "authority-host" }
};
function readLoginSettings(src) {
  const r = new Reader(src);
  const env = src.env;
  const envName = r.raw("environment") || "AzureCloud";
  const cloud = cloudByName(envName);
  if (!cloud) r.problem("environment", envName, "must be one of: AzureCloud, AzureUSGovernment, AzureChinaCloud");
  const base = cloud ?? cloudByName("AzureCloud");
  const source = {};
  const pick = (name, rule) => {
    const { input, env: variable } = INJECTED[name];
    const given = r.optional(input, rule);
    if (given) {
      source[name] = "input";
      return given;
    }
    const injected = env[variable]?.trim();
    if (!injected) {
      source[name] = "none";
      return void 0;
    }
    const why = rule(injected);
    if (why) r.conflict(input, `not given, and ${variable} = '${injected}' ${why}`);
    source[name] = "webhook";
    return injected;
  };
  const clientId = pick("clientId", guid);
  const tenantId = pick("tenantId", guid);
  const tokenFile = pick("tokenFile", (v) => v.startsWith("/") || /^[A-Za-z]:[\\/]/.test(v) ? void 0 : "must be an absolute path");
  let authorityHost = pick("authorityHost", httpsUrl);
  if (!authorityHost) {
    authorityHost = base.authorityHost;
    source.authorityHost = "cloud";
  }
  const armEndpoint = (r.optional("arm-endpoint", httpsUrl) ?? base.armEndpoint).replace(/\/+$/, "");
  const subscriptionId = r.optional("subscription-id", guid) ?? validGuid(env.AZURE_SUBSCRIPTION_ID);
  const azureCli = r.oneOf("azure-cli", "auto", TOOL_MODES);
  const azurePowerShell = r.oneOf("azure-powershell", "auto", TOOL_MODES);
  const armEnv = r.bool("arm-env", true);
  const resourceGroup = r.optional("resource-group", resourceGroupName);
  const clusterName2 = r.optional("cluster-name", clusterName);
  if (resourceGroup && !clusterName2) r.conflict("resource-group", "needs 'cluster-name' (the AKS cluster to write a kubeconfig for)");
  if (clusterName2 && !resourceGroup) r.conflict("cluster-name", "needs 'resource-group' (the cluster's resource group)");
  if (clusterName2 && !subscriptionId)
    r.conflict("cluster-name", "needs 'subscription-id' (or AZURE_SUBSCRIPTION_ID): the cluster's subscription");
  if (r.problems.length) throw new SettingsError(r.problems);
  return {
    clientId,
    tenantId,
    tokenFile,
    authorityHost: authorityHost.replace(/\/+$/, ""),
    source,
    subscriptionId,
    cloud: base,
    armEndpoint,
    audience: expectedAudience(base),
    azureCli,
    azurePowerShell,
    armEnv,
    cluster: resourceGroup && clusterName2 ? { resourceGroup, name: clusterName2 } : void 0
  };
}
function expectedAudience(cloud) {
  return cloud.tokenExchangeAudience;
}
var NotInjectedError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "NotInjectedError";
  }
};
function requireIdentity(s) {
  const missing = ["clientId", "tenantId", "tokenFile"].filter((k) => !s[k]);
  if (!missing.length) return s;
  const names = missing.map((k) => INJECTED[k].env);
  const causes = [];
  if (missing.includes("tokenFile"))
    causes.push(
      'the pod was not mutated by the workload identity webhook: it needs the label azure.workload.identity/use: "true" when it is created, its service account must exist then, and the cluster must have workload identity enabled (the webhook skips kube-system and containers listed in azure.workload.identity/skip-containers)'
    );
  if (missing.includes("clientId") && !missing.includes("tokenFile"))
    causes.push("the pod's service account has no azure.workload.identity/client-id annotation (the webhook injects only non-empty values)");
  if (missing.includes("tenantId") && !missing.includes("tokenFile"))
    causes.push("the service account's azure.workload.identity/tenant-id annotation is empty and overrides the webhook's tenant");
  const inputs = missing.map((k) => `'${INJECTED[k].input}'`).join(", ");
  return fail(
    `The workload identity webhook did not inject ${names.join(", ")} into this job's container: ${causes.join("; ")}. Run the job on a runner pod with workload identity (runner-count of aks-workload-identity), or give ${inputs}.`
  );
}
function fail(message) {
  throw new NotInjectedError(message);
}
function validGuid(v) {
  return v && !guid(v.trim()) ? v.trim() : void 0;
}

// src/login/state.ts
var STATE_NAME = "aks-workload-identity-login";
function parseState(text) {
  if (!text) return void 0;
  try {
    const v = JSON.parse(text);
    return v && typeof v === "object" ? v : void 0;
  } catch {
    return void 0;
  }
}

// src/login/token.ts
const { readFile } = require("node:fs/promises");
var TokenFileError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "TokenFileError";
  }
};
function checkToken(text, path, o) {
  const token = text.trim();
  if (!token) throw new TokenFileError(`The token file ${path} is empty: kubelet has not written the projected service-account token yet.`);
  const claims = tokenClaims(token);
  if (!claims || typeof claims.exp !== "number")
    throw new TokenFileError(`The token file ${path} does not hold a service-account token (not a JWT with an expiry).`);
  const expiresOn = claims.exp * 1e3;
  const at = (ms) => new Date(ms).toISOString();
  if (expiresOn <= o.now)
    throw new TokenFileError(
      `The service-account token in ${path} expired at ${at(expiresOn)}: kubelet renews it while the pod runs, so the pod's token volume is not being refreshed (a stopped kubelet, or a file copied out of the pod). Run the job on a running pod with workload identity.`
    );
  if (typeof claims.nbf === "number" && claims.nbf * 1e3 > o.now + 6e4)
    throw new TokenFileError(
      `The service-account token in ${path} is not valid before ${at(claims.nbf * 1e3)}: this machine's clock is behind the cluster's.`
    );
  const warnings = [];
  if (!claims.aud.includes(o.audience))
    warnings.push(
      `The service-account token's audience is '${claims.aud.join(",")}', not '${o.audience}': Entra ID accepts it only if the federated credential lists that audience.`
    );
  return { token: { token, claims, expiresOn }, warnings };
}
async function readProjectedToken(path, o) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = err.code;
    throw new TokenFileError(
      code === "ENOENT" ? `The token file ${path} does not exist: AZURE_FEDERATED_TOKEN_FILE is set, but the projected token volume is not mounted in this container (a container listed in azure.workload.identity/skip-containers, or a path copied from another pod).` : `Cannot read the token file ${path}: ${err.message}`
    );
  }
  if (text.trim()) o.mask(text.trim());
  return checkToken(text, path, o);
}

// src/login/run.ts
var iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
var minutes = (ms) => Math.max(0, Math.round(ms / 6e4));
async function wanted(deps, mode, command, what, input) {
  if (mode === "false") return void 0;
  const path = await deps.which(command);
  if (path) return path;
  if (mode === "true")
    throw new Error(
      `'${input}: true', but ${what} ('${command}') is not installed in this job's image. Use a runner image that has it (README: "Runner images"), or set '${input}: auto'.`
    );
  deps.io.info(`${what}: '${command}' is not installed here; skipped.`);
  return void 0;
}
async function login(deps) {
  const { io } = deps;
  const id = requireIdentity(readLoginSettings(deps.inputs));
  const masked = /* @__PURE__ */ new Set();
  const mask = (s) => {
    if (masked.has(s)) return;
    masked.add(s);
    io.setSecret(s);
  };
  const { token, warnings } = await readProjectedToken(id.tokenFile, { now: deps.now(), audience: id.audience, mask });
  for (const w of warnings) io.warning(w);
  const left = token.expiresOn - deps.now();
  io.info(
    `Workload identity: client ${id.clientId}, tenant ${id.tenantId} (${id.source.clientId === "input" ? "from the inputs" : "injected by the webhook"}); service account token for '${token.claims.sub}', valid until ${iso(token.expiresOn)} (${minutes(left)} min).`
  );
  const state = { signedInAt: deps.now(), tokenExpiresOn: token.expiresOn };
  const save = () => io.saveState(STATE_NAME, JSON.stringify(state));
  save();
  const credential = sharedCredential(
    await workloadCredential({
      tenantId: id.tenantId,
      clientId: id.clientId,
      authorityHost: id.authorityHost,
      assertion: async () => (await readFile2(id.tokenFile, "utf8")).trim(),
      clientOptions: tlsOptions(deps.ca)
    }),
    mask
  );
  const failure = await exchange(credential, armScope(id.armEndpoint));
  if (failure) {
    const d = diagnoseExchange(failure, token.claims, void 0, { nowMs: deps.now(), clientId: id.clientId, tenantId: id.tenantId });
    throw new Error(`Signing in as the workload identity failed: ${d.message}`);
  }
  io.info(`Entra ID accepted the token for client ${id.clientId}.`);
  const signedIn = [];
  let subscriptionId = id.subscriptionId;
  const az = await wanted(deps, id.azureCli, "az", "The Azure CLI", "azure-cli");
  if (az) {
    const configDir = await mkdtemp(join(deps.tempDir, "aks-wi-azure-"));
    state.azureConfigDir = configDir;
    save();
    const account = await signInAzureCli({
      az,
      exec: deps.exec,
      configDir,
      cloud: id.cloud,
      clientId: id.clientId,
      tenantId: id.tenantId,
      token: token.token,
      subscriptionId
    });
    io.exportVariable("AZURE_CONFIG_DIR", configDir);
    subscriptionId ??= account.subscriptionId || void 0;
    io.info(
      `Azure CLI: signed in as ${account.user} (${account.userType})` + (account.subscriptionId ? `, subscription '${account.subscriptionName}' (${account.subscriptionId})` : ", no subscription") + `; its session is in ${configDir} (AZURE_CONFIG_DIR, exported for later steps).`
    );
    signedIn.push("azure-cli");
  }
  const pwsh = await wanted(deps, id.azurePowerShell, "pwsh", "Azure PowerShell", "azure-powershell");
  if (pwsh) {
    state.powershell = pwsh;
    save();
    const r = await signInPowerShell({ pwsh, exec: deps.exec, ...id, subscriptionId, token: token.token });
    if (r.signedIn) {
      io.info(`Azure PowerShell: connected as ${r.account}${r.subscriptionId ? `, subscription ${r.subscriptionId}` : ""}.`);
      signedIn.push("azure-powershell");
    } else {
      delete state.powershell;
      save();
      if (id.azurePowerShell === "true") throw new Error(`'azure-powershell: true', but ${r.reason} (pwsh is there).`);
      io.info(`Azure PowerShell: ${r.reason}; skipped.`);
    }
  }
  const exported = {
    ...azureEnvironment(id, subscriptionId),
    ...id.armEnv ? armEnvironment(id, subscriptionId) : {}
  };
  for (const [k, v] of Object.entries(exported)) io.exportVariable(k, v);
  if (id.armEnv) signedIn.push("arm-env");
  if (Object.keys(exported).length) io.info(`Exported for later steps: ${Object.keys(exported).join(", ")}.`);
  if (id.cluster) {
    const kc = await writeClusterKubeconfig({
      credential,
      subscriptionId: id.subscriptionId,
      resourceGroup: id.cluster.resourceGroup,
      clusterName: id.cluster.name,
      armEndpoint: id.armEndpoint,
      ca: deps.ca,
      dir: deps.tempDir,
      mask
    });
    state.kubeconfig = kc.path;
    state.kubeTokenExpiresOn = kc.tokenExpiresOn;
    save();
    io.exportVariable("KUBECONFIG", kc.path);
    io.setOutput("kubeconfig-path", kc.path);
    io.info(
      `kubectl: the user kubeconfig of ${id.cluster.resourceGroup}/${id.cluster.name} with an Entra token (no kubelogin) is in ${kc.path} (mode 600, KUBECONFIG exported)` + (kc.tokenExpiresOn ? `; its token is valid until ${iso(kc.tokenExpiresOn)}.` : ".")
    );
    signedIn.push("kubeconfig");
  }
  io.setOutput("client-id", id.clientId);
  io.setOutput("tenant-id", id.tenantId);
  if (subscriptionId) io.setOutput("subscription-id", subscriptionId);
  io.setOutput("signed-in", signedIn.join(","));
  io.setOutput("token-expires-on", iso(token.expiresOn));
  if (signedIn.some((t) => t !== "arm-env"))
    io.info(
      `Signed in: ${signedIn.join(", ")}. Kubelet renews the token file before ${iso(token.expiresOn)}, but a tool signed in with it keeps the token it was given: in a job that runs longer, run this action again before the steps that come after then (README: "Long jobs").`
    );
  return { identity: id, signedIn, subscriptionId, state };
}
async function gone(path) {
  return stat(path).then(
    () => false,
    () => true
  );
}
async function post(deps) {
  const { io } = deps;
  const state = parseState(io.getState(STATE_NAME));
  const removed = [];
  const problems = [];
  if (!state) {
    io.info("Nothing to clean up: the login step signed nothing in.");
    return { removed, problems };
  }
  if (state.powershell) {
    try {
      await signOutPowerShell(state.powershell, deps.exec);
      removed.push("the Azure PowerShell context");
    } catch (err) {
      problems.push(err.message);
    }
  }
  for (const [what, path] of [
    ["the Azure CLI session", state.azureConfigDir],
    ["the kubeconfig", state.kubeconfig]
  ]) {
    if (!path) continue;
    await rm(path, { recursive: true, force: true }).catch((err) => problems.push(`Removing ${path}: ${err.message}`));
    if (await gone(path)) removed.push(`${what} (${path})`);
    else problems.push(`${what} is still at ${path}`);
  }
  if (removed.length) io.info(`Removed ${removed.join(", ")}.`);
  const now = deps.now();
  const late = [];
  if (state.tokenExpiresOn && state.tokenExpiresOn < now && (state.azureConfigDir || state.powershell))
    late.push(
      `the service-account token the Azure CLI and Azure PowerShell were signed in with expired at ${iso(state.tokenExpiresOn)}, ${minutes(state.tokenExpiresOn - state.signedInAt)} min after sign-in: their commands fail from then on, as soon as their cached access token runs out (AADSTS700024)`
    );
  if (state.kubeTokenExpiresOn && state.kubeTokenExpiresOn < now)
    late.push(`the kubeconfig's Entra token expired at ${iso(state.kubeTokenExpiresOn)}: kubectl gets 401 Unauthorized after that`);
  if (late.length)
    io.warning(
      `This job outlived its sign-in: ${late.join("; ")}. Run the login action again before the steps that start after about ${iso(
        Math.min(...[state.tokenExpiresOn, state.kubeTokenExpiresOn].filter((x) => typeof x === "number"))
      )} (README: "Long jobs").`
    );
  return { removed, problems };
}

export {
  actionDeps,
  login,
  post
};
//# sourceMappingURL=login-run.js.map
