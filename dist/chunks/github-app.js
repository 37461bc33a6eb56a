import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

// src/transport.ts
var TRANSPORT = {
  attempts: 6,
  initialDelayMs: 500,
  maxDelayMs: 8e3,
  attemptTimeoutMs: 1e4,
  attemptTimeoutStepMs: 1e4,
  maxAttemptTimeoutMs: 3e4,
  maxRetryAfterMs: 6e4
};
function attemptTimeout(p, attempt) {
  return Math.min(p.maxAttemptTimeoutMs, p.attemptTimeoutMs + (attempt - 1) * p.attemptTimeoutStepMs);
}
function retryableStatus(status) {
  return status === 408 || status === 429 || status !== void 0 && status >= 500 && status !== 501 && status !== 505;
}
function retryAfterMs(header, now = Date.now()) {
  if (!header) return void 0;
  const s = header.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Math.round(Number(s) * 1e3);
  const at = Date.parse(s);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function backoffMs(p, retry, asked, random = Math.random) {
  if (asked !== void 0) return asked + Math.round(random() * Math.min(1e3, p.initialDelayMs));
  const base = Math.min(p.maxDelayMs, p.initialDelayMs * 2 ** (retry - 1));
  return Math.round(base / 2 + base / 2 * random());
}
function describeCause(c) {
  switch (c.kind) {
    case "timeout":
      return `no answer within ${Math.round(c.afterMs / 1e3)} s`;
    case "network":
      return c.code === "ECONNRESET" || /reset|socket hang up|other side closed/i.test(c.detail) ? `connection reset${c.code ? ` (${c.code})` : ""}` : `network error: ${c.detail}${c.code && !c.detail.includes(c.code) ? ` (${c.code})` : ""}`;
    case "status":
      return `HTTP ${c.status}${c.detail ? `: ${c.detail}` : ""}`;
  }
}
function networkCause(err) {
  for (let e = err, i = 0; e && i < 5; i++) {
    const code = typeof e.code === "string" ? e.code : void 0;
    if (code && /^(E[A-Z]+|UND_ERR_[A-Z_]+|ERR_TLS[A-Z_]*|CERT_[A-Z_]+|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_[A-Z_]+)$/.test(code))
      return { kind: "network", code, detail: typeof e.message === "string" ? e.message : code };
    e = e.cause;
  }
  return void 0;
}
function transientNetwork(c) {
  return c.kind === "network" && !/^(ERR_TLS|CERT_|DEPTH_ZERO|UNABLE_TO_)/.test(c.code ?? "");
}
var StoppedError = class extends Error {
  constructor(why) {
    super(why);
    this.why = why;
    this.name = "StoppedError";
  }
  why;
};
function isStopped(err) {
  for (let e = err, i = 0; e && i < 5; e = e.cause, i++) {
    if (e instanceof StoppedError || e instanceof Error && (e.name === "AbortError" || e.name === "StoppedError")) return true;
  }
  return false;
}
function sleep(ms, signal) {
  if (signal?.aborted) return Promise.reject(stoppedBy(signal));
  return new Promise((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    };
    const t = setTimeout(done, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(stoppedBy(signal));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
function stoppedBy(signal) {
  const r = signal.reason;
  return r instanceof StoppedError ? r : new StoppedError(r instanceof Error ? r.message : "the run was stopped");
}
var TransportError = class extends Error {
  constructor(service, operation, attempts, lastCause, options) {
    super(
      `${service}: ${operation} failed after ${attempts} attempt${attempts === 1 ? "" : "s"}; last: ${describeCause(lastCause)}`,
      options
    );
    this.service = service;
    this.operation = operation;
    this.attempts = attempts;
    this.lastCause = lastCause;
    this.name = "TransportError";
  }
  service;
  operation;
  attempts;
  lastCause;
};
async function retrying(a, o) {
  const p = o.policy ?? TRANSPORT;
  let last;
  let lastError;
  for (let attempt = 1; ; attempt++) {
    if (o.signal?.aborted) throw stoppedBy(o.signal);
    const limit = attemptTimeout(p, attempt);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new Error("attempt deadline")), limit);
    const signal = o.signal ? AbortSignal.any([o.signal, deadline.signal]) : deadline.signal;
    let asked;
    try {
      const r = await a.send(signal, attempt);
      const { status, retryAfter } = a.status(r);
      if (!retryableStatus(status)) return r;
      asked = retryAfterMs(retryAfter);
      const serviceDidNotAct = (status === 429 || status === 503) && asked !== void 0;
      if (!a.repeatable && !serviceDidNotAct) return r;
      if (attempt >= p.attempts || asked !== void 0 && asked > p.maxRetryAfterMs) return r;
      last = { kind: "status", status };
      lastError = void 0;
    } catch (err) {
      if (o.signal?.aborted) throw stoppedBy(o.signal);
      const cause = deadline.signal.aborted ? { kind: "timeout", afterMs: limit } : networkCause(err);
      if (!cause || !(cause.kind === "timeout" || transientNetwork(cause))) throw err;
      last = cause;
      lastError = err;
      if (!a.repeatable || attempt >= p.attempts) throw new TransportError(o.service, o.operation, attempt, cause, { cause: err });
    } finally {
      clearTimeout(timer);
    }
    const delayMs = backoffMs(p, attempt, asked, o.random);
    o.onRetry?.({ attempt, delayMs, cause: last });
    try {
      await sleep(delayMs, o.signal);
    } catch (err) {
      if (lastError !== void 0) err.cause ??= lastError;
      throw err;
    }
  }
}

// src/github/app.ts
import { createPrivateKey } from "node:crypto";

// src/github/client.ts
function freshTokenAuth(token) {
  const strategy = () => {
    const auth = async () => ({ type: "token", tokenType: "installation", token: await token() });
    auth.hook = async (request, route, parameters) => {
      const endpoint = request.endpoint.merge(route, parameters);
      endpoint.headers.authorization = `token ${await token()}`;
      return request(endpoint);
    };
    return auth;
  };
  return { authStrategy: strategy, auth: {} };
}
function deadlinePlugin(policy, stop) {
  return (octokit) => {
    octokit.hook.wrap("request", async (request, options) => {
      if (stop?.aborted) throw stoppedBy(stop);
      const attempt = (options.request?.retryCount ?? 0) + 1;
      const deadline = AbortSignal.timeout(attemptTimeout(policy, attempt));
      options.request = { ...options.request, signal: stop ? AbortSignal.any([stop, deadline]) : deadline };
      try {
        return await request(options);
      } catch (err) {
        if (stop?.aborted) throw stoppedBy(stop);
        throw err;
      }
    });
  };
}
async function githubClient(token, o) {
  const { getOctokit } = await import("./actions-github.js");
  const { retry } = await import("./octokit-plugin-retry.js");
  const { throttling } = await import("./octokit-plugin-throttling.js");
  const policy = o.policy ?? TRANSPORT;
  const quiet = () => void 0;
  const log = { debug: quiet, info: quiet, warn: quiet, error: quiet };
  const onLimit = (kind) => (retryAfter, options2, _octokit, retryCount) => {
    const retrying2 = retryCount < policy.attempts - 1 && retryAfter * 1e3 <= policy.maxRetryAfterMs;
    if (retrying2)
      o.onRetry?.(`  GitHub: ${kind} on ${options2.method} ${options2.url}, retrying in ${retryAfter} s (attempt ${retryCount + 2})`);
    return retrying2;
  };
  const options = {
    baseUrl: o.baseUrl,
    log,
    ...o.fetch ? { request: { fetch: o.fetch } } : {},
    retry: {
      retries: policy.attempts - 1,
      retryAfterBaseValue: policy.initialDelayMs / 2,
      doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451]
    },
    throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") }
  };
  const plugins = [deadlinePlugin(policy, o.signal), retry, throttling];
  return typeof token === "string" ? getOctokit(token, options, ...plugins) : getOctokit("", { ...options, ...freshTokenAuth(token) }, ...plugins);
}
var GitHubApiError = class extends Error {
  constructor(what, status, message, attempts = 1) {
    super(`${what} failed${attempts > 1 ? ` after ${attempts} attempts` : ""}${status ? ` (HTTP ${status})` : ""}: ${message}`);
    this.what = what;
    this.status = status;
    this.attempts = attempts;
    this.name = "GitHubApiError";
  }
  what;
  status;
  attempts;
};
var githubAttempts = (err) => (err.request?.request?.retryCount ?? 0) + 1;
function githubCause(err, policy = TRANSPORT) {
  const e = err;
  if (e.response !== void 0) return void 0;
  const timedOut = [e, e.cause].some(
    (x) => x?.name === "TimeoutError" || /due to timeout/i.test(x?.message ?? "")
  );
  if (timedOut) return { kind: "timeout", afterMs: attemptTimeout(policy, githubAttempts(err)) };
  return networkCause(e.cause ?? e) ?? { kind: "network", detail: e.message ?? String(err) };
}
function githubAnswer(err) {
  const e = err;
  const message = e.response?.data?.message ?? e.message ?? String(err);
  return { status: typeof e.status === "number" && e.response ? e.status : void 0, message };
}
function githubError(what, err, advice, policy) {
  const noAnswer = githubCause(err, policy);
  if (noAnswer) return new GitHubApiError(what, void 0, describeCause(noAnswer), githubAttempts(err));
  const { status, message } = githubAnswer(err);
  return new GitHubApiError(what, status, advice ? `${message} \u2014 ${advice}` : message, githubAttempts(err));
}

// src/github/app.ts
function appIdProblem(v) {
  return /^[1-9][0-9]{0,11}$/.test(v) || /^Iv[0-9A-Za-z.]{6,40}$/.test(v) ? void 0 : "must be the GitHub App's ID (digits, on the App's settings page) or its client ID (Iv\u2026)";
}
function readAppPrivateKey(text) {
  let pem = text.trim();
  if (!pem.includes("\n") && pem.includes("\\n")) pem = pem.replace(/\\n/g, "\n");
  const whole = "paste the whole .pem file GitHub downloaded (App settings \u2192 Private keys), from '-----BEGIN RSA PRIVATE KEY-----' to '-----END RSA PRIVATE KEY-----', line breaks included";
  if (/^-----BEGIN (RSA |EC )?PUBLIC KEY-----|^-----BEGIN CERTIFICATE-----|^ssh-(rsa|ed25519) /.test(pem))
    return { problem: `is a public key or certificate, not the App's private key: ${whole}` };
  if (/^-----BEGIN ENCRYPTED PRIVATE KEY-----/.test(pem))
    return { problem: "is encrypted with a passphrase; GitHub's App keys are not: use the downloaded file as it is" };
  if (!/^-----BEGIN (RSA )?PRIVATE KEY-----/.test(pem)) {
    const bare = /^[A-Za-z0-9+/=\s]{100,}$/.test(pem);
    return { problem: bare ? `is base64 without the PEM header and footer: ${whole}` : `is not a PEM private key: ${whole}` };
  }
  if (!/-----END (RSA )?PRIVATE KEY-----$/.test(pem)) return { problem: `is cut short (no '-----END \u2026 PRIVATE KEY-----' line): ${whole}` };
  let key;
  try {
    key = createPrivateKey({ key: pem, format: "pem" });
  } catch {
    return { problem: `cannot be read as a private key (damaged, or its line breaks were lost): ${whole}` };
  }
  if (key.asymmetricKeyType !== "rsa")
    return { problem: `is a ${key.asymmetricKeyType ?? "non-RSA"} key; GitHub App keys are RSA: ${whole}` };
  if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
    return { problem: "is an RSA key shorter than 2048 bits; GitHub App keys are 2048 bits" };
  return { pem, key };
}
async function appJwt(app, nowMs) {
  const { SignJWT } = await import("./jose-3.js");
  const read = readAppPrivateKey(app.privateKey);
  if ("problem" in read) throw new Error(`Input 'github-app-private-key' ${read.problem}.`);
  const now = Math.floor(nowMs / 1e3);
  return new SignJWT({}).setProtectedHeader({ alg: "RS256", typ: "JWT" }).setIssuer(app.appId).setIssuedAt(now - 60).setExpirationTime(now + 540).sign(read.key);
}
function runnerPermission(scope2) {
  return scope2.kind === "repo" ? { administration: "write" } : { organization_self_hosted_runners: "write" };
}
var REFRESH_MARGIN_MS = 5 * 6e4;
var label = (s) => s.kind === "repo" ? `${s.owner}/${s.repo}` : `organisation ${s.org}`;
async function findInstallation(octokit, o) {
  const { scope: scope2, app } = o;
  const what = `Finding the GitHub App ${app.appId}'s installation for ${label(scope2)}`;
  try {
    const { data } = scope2.kind === "repo" ? await octokit.rest.apps.getRepoInstallation({ owner: scope2.owner, repo: scope2.repo }) : await octokit.rest.apps.getOrgInstallation({ org: scope2.org });
    return data.id;
  } catch (err) {
    throw appError(what, err, o);
  }
}
function appError(what, err, o) {
  const { status, message } = githubAnswer(err);
  const permission = Object.keys(runnerPermission(o.scope))[0];
  if (status === 401)
    return githubError(
      what,
      err,
      `GitHub refused the App's JWT: 'github-app-id' (${o.app.appId}) and 'github-app-private-key' must belong to the same App (a key of another App gives "A JSON web token could not be decoded"), and the runner's clock must be right`
    );
  if (status === 404 && /integration not found/i.test(message))
    return githubError(what, err, `no GitHub App has the ID or client ID '${o.app.appId}' ('github-app-id')`);
  if (status === 404)
    return githubError(
      what,
      err,
      `the App is not installed on ${label(o.scope)}: install it there (the App's page \u2192 Install App) with the permission ${permission === "administration" ? "Repository \u2192 Administration: Read and write" : "Organization \u2192 Self-hosted runners: Read and write"}`
    );
  if (status === 422)
    return githubError(
      what,
      err,
      `the App's installation does not grant '${permission}: write'${o.scope.kind === "repo" ? ` on ${label(o.scope)}` : ""}: add it in the App's permissions (${permission === "administration" ? "Repository \u2192 Administration" : "Organization \u2192 Self-hosted runners"}: Read and write), then have the installation's owner accept the new permissions`
    );
  return githubError(what, err);
}
function installationTokens(o) {
  const now = o.now ?? (() => Date.now());
  let current;
  let expiresAt = 0;
  const minted = [];
  const mint = async () => {
    const jwt = await appJwt(o.app, now());
    const asApp = await githubClient(jwt, o);
    const installationId = await findInstallation(asApp, o);
    const permissions = runnerPermission(o.scope);
    let data;
    try {
      data = (await asApp.rest.apps.createInstallationAccessToken({
        installation_id: installationId,
        permissions,
        ...o.scope.kind === "repo" ? { repositories: [o.scope.repo] } : {}
      })).data;
    } catch (err) {
      throw appError(`Minting an installation token of the GitHub App ${o.app.appId} for ${label(o.scope)}`, err, o);
    }
    o.mask(data.token);
    minted.push(data.token);
    const at = Date.parse(data.expires_at);
    const granted = Object.entries(data.permissions ?? permissions).map(([k, v]) => `${k}: ${v}`);
    o.info(
      `GitHub App ${o.app.appId}: installation ${installationId}, a token for ${label(o.scope)} with ${granted.join(", ")} until ${new Date(at).toISOString().slice(11, 16)} UTC`
    );
    return { token: data.token, expiresAt: at };
  };
  return {
    async token() {
      if (!current || expiresAt - now() < REFRESH_MARGIN_MS) {
        const next = mint();
        current = next;
        next.then(
          (t) => expiresAt = t.expiresAt,
          () => {
            if (current === next) current = void 0;
          }
        );
        expiresAt = Number.POSITIVE_INFINITY;
      }
      return (await current).token;
    },
    async revoke() {
      await current?.catch(() => void 0);
      for (const token of minted.splice(0)) {
        try {
          const octokit = await githubClient(token, { ...o, signal: void 0 });
          await octokit.rest.apps.revokeInstallationAccessToken();
        } catch (err) {
          o.info(
            `GitHub App ${o.app.appId}: revoking the run's installation token failed (${githubAnswer(err).message}); it expires within the hour`
          );
        }
      }
    }
  };
}
function runnerAppTokens(s, o) {
  const r = s.runners;
  const privateKey = s.secrets.githubAppPrivateKey;
  if (!r.githubAppId || !privateKey || !r.scope) return void 0;
  return installationTokens({ ...o, app: { appId: r.githubAppId, privateKey }, scope: r.scope, baseUrl: r.githubApiUrl });
}

// src/clouds.ts
var CLOUD_NAMES = ["AzureCloud", "AzureUSGovernment", "AzureChinaCloud"];
var AKS_SERVER_APP_ID = "6dae42f8-4368-4678-94ff-3960e28e3630";
var CLOUDS = {
  AzureCloud: {
    name: "AzureCloud",
    label: "Azure (public)",
    armEndpoint: "https://management.azure.com",
    armAudiences: ["https://management.core.windows.net/", "https://management.azure.com/"],
    authorityHost: "https://login.microsoftonline.com",
    authorityAliases: [],
    tokenExchangeAudience: "api://AzureADTokenExchange",
    portal: "https://portal.azure.com",
    aksServerAppId: AKS_SERVER_APP_ID,
    aksIssuerDomain: "oic.prod-aks.azure.com",
    aksApiServerDomain: "azmk8s.io"
  },
  AzureUSGovernment: {
    name: "AzureUSGovernment",
    label: "Azure US Government",
    armEndpoint: "https://management.usgovcloudapi.net",
    armAudiences: ["https://management.core.usgovcloudapi.net", "https://management.usgovcloudapi.net"],
    authorityHost: "https://login.microsoftonline.us",
    authorityAliases: [],
    tokenExchangeAudience: "api://AzureADTokenExchangeUSGov",
    portal: "https://portal.azure.us",
    aksServerAppId: AKS_SERVER_APP_ID,
    aksIssuerDomain: "oic.prod-aks.azure.us",
    aksApiServerDomain: "cx.aks.containerservice.azure.us"
  },
  AzureChinaCloud: {
    name: "AzureChinaCloud",
    label: "Azure China (21Vianet)",
    armEndpoint: "https://management.chinacloudapi.cn",
    armAudiences: ["https://management.core.chinacloudapi.cn", "https://management.chinacloudapi.cn"],
    authorityHost: "https://login.chinacloudapi.cn",
    authorityAliases: ["login.partner.microsoftonline.cn"],
    tokenExchangeAudience: "api://AzureADTokenExchangeChina",
    portal: "https://portal.azure.cn",
    aksServerAppId: AKS_SERVER_APP_ID,
    aksIssuerDomain: "oic.prod-aks.azure.cn",
    aksApiServerDomain: "cx.prod.service.azk8s.cn"
  }
};
function cloudByName(name) {
  const key = CLOUD_NAMES.find((k) => k.toLowerCase() === name.trim().toLowerCase());
  return key ? CLOUDS[key] : void 0;
}
function cloudOfAudience(audience) {
  return Object.values(CLOUDS).find((c) => c.tokenExchangeAudience === audience);
}
function cloudOfIssuer(issuerUrl) {
  let host;
  try {
    host = new URL(issuerUrl).hostname.toLowerCase();
  } catch {
    return void 0;
  }
  return Object.values(CLOUDS).find((c) => host.endsWith(`.${c.aksIssuerDomain}`));
}
var armScope = (armEndpoint) => `${armEndpoint.replace(/\/+$/, "")}/.default`;
function cloudTarget(environment, over = {}) {
  const cloud = cloudByName(environment || "AzureCloud");
  if (!cloud) throw new Error(`Unknown Azure cloud '${environment}': use one of ${CLOUD_NAMES.join(", ")}.`);
  const trim = (u) => u.replace(/\/+$/, "");
  const armEndpoint = trim(over.armEndpoint || cloud.armEndpoint);
  const audience = over.audience || cloud.tokenExchangeAudience;
  const warnings = [];
  if (over.audience && audience !== cloud.tokenExchangeAudience) {
    const other = cloudOfAudience(audience);
    warnings.push(
      `The audience '${audience}' is not the token-exchange audience of ${cloud.label} ('${cloud.tokenExchangeAudience}')` + (other ? `: it is ${other.label}'s, and Entra ID of ${cloud.label} does not exchange tokens for it` : "") + `. The federated credential and the workload's token must both carry '${audience}'; leave 'audience' empty to use the cloud's.`
    );
  }
  return {
    cloud,
    armEndpoint,
    armScope: armScope(armEndpoint),
    authorityHost: trim(over.authorityHost || cloud.authorityHost),
    audience,
    audienceGiven: !!over.audience,
    warnings
  };
}

// src/constants.ts
var MODES = ["apply", "plan", "destroy"];
var AUTH_MODES = ["auto", "oidc", "workload-identity", "azure-cli", "environment"];
var CLUSTER_CREDENTIALS = ["user", "admin"];
var OWNER_VALUE = "aks-workload-identity";
var OWNER_TAG = "managed-by";
var MANAGED_BY_LABEL = "app.kubernetes.io/managed-by";
var OWNER_KEY_LABEL = "aks-workload-identity/owner";
var OWNER_KEY_TAG = "aks-workload-identity-owner";
var USE_LABEL = "azure.workload.identity/use";
var CLIENT_ID_ANNOTATION = "azure.workload.identity/client-id";
var TENANT_ID_ANNOTATION = "azure.workload.identity/tenant-id";

// src/privileged-roles.ts
var PRIVILEGED_ROLES = [
  { name: "Owner", id: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635" },
  { name: "User Access Administrator", id: "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9" },
  { name: "Role Based Access Control Administrator", id: "f58310d9-a9f6-439a-9e8d-f62e7b41a168" }
];
function privilegedRole(roleName, roleGuid2) {
  return PRIVILEGED_ROLES.find(
    (r) => roleGuid2 && r.id === roleGuid2 || roleName && r.name.toLowerCase() === roleName.trim().toLowerCase()
  )?.name;
}

// src/runner-kinds/driver.ts
var AGENT_RESOURCES = { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: "2", memory: "4Gi" } };
var resources = (r = AGENT_RESOURCES) => ({
  requests: { ...r.requests },
  limits: { ...r.limits }
});
var fromSecret = (name, secretName, key) => ({
  name,
  valueFrom: { secretKeyRef: { name: secretName, key } }
});

// src/runner-kinds/github.ts
var DEFAULT_RUNNER_IMAGE = "ghcr.io/actions/actions-runner:2.329.0";
var GITHUB_RUNNER_UID = 1001;
var JIT_SECRET_KEY = "jitconfig";
var githubDriver = {
  component: "github-runner",
  defaultImage: DEFAULT_RUNNER_IMAGE,
  ownInputs: [],
  read: () => ({ options: {} }),
  registersAtGitHub: true,
  secret: { suffix: "jitconfig", key: JIT_SECRET_KEY },
  pod: (_o, secretName) => ({
    // A runner registers once and exits after one job; a restart would re-use a spent JIT config.
    restartPolicy: "Never",
    // The job talks to Azure through workload identity, not to this cluster's API: no API token mounted.
    automountServiceAccountToken: false,
    uid: GITHUB_RUNNER_UID,
    gid: GITHUB_RUNNER_UID,
    command: ["/home/runner/run.sh"],
    env: [
      fromSecret("ACTIONS_RUNNER_INPUT_JITCONFIG", secretName, JIT_SECRET_KEY),
      // Exit with a distinct code instead of self-updating when GitHub deprecates the image's runner version.
      { name: "ACTIONS_RUNNER_RETURN_VERSION_DEPRECATED_EXIT_CODE", value: "1" },
      { name: "GITHUB_ACTIONS_RUNNER_EXTRA_USER_AGENT", value: OWNER_VALUE }
    ],
    resources: resources()
  }),
  // The hash covers the pod spec alone, as it did before the other kinds existed.
  hash: () => void 0
};

// src/rules.ts
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var guid = (v) => GUID.test(v) ? void 0 : "must be a GUID such as 00000000-0000-0000-0000-000000000000";
var resourceGroupName = (v) => /^[-\p{L}\p{N}_.()]{1,90}$/u.test(v) && !v.endsWith(".") ? void 0 : "must be an Azure resource group name: 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'";
var identityName = (v) => /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/.test(v) ? void 0 : "must be a managed identity name: 3-128 letters, digits, '-' or '_', starting with a letter or digit";
var clusterName = (v) => /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/.test(v) ? void 0 : "must be an AKS cluster name: 1-63 letters, digits, '-' or '_', starting and ending with a letter or digit";
var FIC_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-_]{2,119}$/;
var federatedCredentialName = (v) => FIC_NAME.test(v) ? void 0 : "must be a federated credential name: 3-120 letters, digits, '-' or '_', starting with a letter or digit";
var DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
var dnsLabel = (v) => DNS_LABEL.test(v) ? void 0 : "must be an RFC 1123 label: at most 63 lower-case letters, digits or '-', starting and ending with a letter or digit";
var dnsSubdomain = (v) => v.length <= 253 && v.split(".").every((part) => DNS_LABEL.test(part)) ? void 0 : "must be an RFC 1123 subdomain: at most 253 lower-case letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit";
var location = (v) => /^[a-z0-9]{2,40}$/.test(v) ? void 0 : "must be an Azure region name such as 'eastus' or 'westeurope'";
var httpsUrl = (v) => {
  try {
    const u = new URL(v);
    return u.protocol === "https:" && !u.username && !u.password ? void 0 : "must be an https:// URL without credentials";
  } catch {
    return "must be an https:// URL";
  }
};
var SEG = "[^/]+";
var SUB = `/subscriptions/${SEG}`;
var SCOPE_FORMS = [
  { re: new RegExp(`^${SUB}$`, "i"), kind: "subscription" },
  { re: new RegExp(`^${SUB}/resourceGroups/${SEG}$`, "i"), kind: "resourceGroup" },
  { re: new RegExp(`^${SUB}/resourceGroups/${SEG}/providers/[A-Za-z0-9]+\\.[A-Za-z0-9.]+(?:/${SEG}/${SEG})+$`, "i"), kind: "resource" },
  { re: new RegExp(`^${SUB}/providers/[A-Za-z0-9]+\\.[A-Za-z0-9.]+(?:/${SEG}/${SEG})+$`, "i"), kind: "resource" },
  { re: /^\/providers\/Microsoft\.Management\/managementGroups\/[A-Za-z0-9._()-]{1,90}$/i, kind: "managementGroup" }
];
function scopeKind(v) {
  const form = SCOPE_FORMS.find((f) => f.re.test(v));
  if (!form) return void 0;
  if (form.kind !== "managementGroup") {
    const sub = v.split("/")[2] ?? "";
    if (!GUID.test(sub)) return void 0;
  }
  return form.kind;
}
var scope = (v) => scopeKind(v) ? void 0 : "must be an ARM scope: /subscriptions/{id}, /subscriptions/{id}/resourceGroups/{name}, a full resource ID, or /providers/Microsoft.Management/managementGroups/{name}";
var ROLE_DEF_ID = /^(?:\/subscriptions\/[0-9a-f-]{36})?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i;
function roleGuid(v) {
  if (GUID.test(v)) return v.toLowerCase();
  const m = ROLE_DEF_ID.exec(v);
  return m && GUID.test(m[1]) ? m[1].toLowerCase() : void 0;
}
var role = (v) => {
  if (v.startsWith("/")) {
    return roleGuid(v) ? void 0 : "must be a role name, a role definition GUID, or a role definition ID such as /subscriptions/{id}/providers/Microsoft.Authorization/roleDefinitions/{guid}";
  }
  if (/^[0-9a-f-]{30,}$/i.test(v) && !GUID.test(v)) return "looks like a role definition GUID but is not a valid GUID";
  return v.length <= 256 && !/[\r\n'"]/.test(v) ? void 0 : "must be a role name (at most 256 characters, no quotes), a GUID or a role definition ID";
};
var GH_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var GH_REPO = /^[A-Za-z0-9._-]{1,100}$/;
var runnerScope = (v) => {
  const org = /^org:(.+)$/.exec(v);
  if (org) return GH_OWNER.test(org[1]) ? void 0 : "must be 'org:NAME' with a GitHub organisation name (letters, digits, '-')";
  const [owner, repo, ...rest] = v.split("/");
  return owner && repo && rest.length === 0 && GH_OWNER.test(owner) && GH_REPO.test(repo) && repo !== "." && repo !== ".." ? void 0 : "must be 'owner/repo' for a repository or 'org:NAME' for an organisation";
};
var imageRef = (v) => /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/.test(
  v
) ? void 0 : "must be a container image reference such as ghcr.io/actions/actions-runner:2.329.0";
var runnerLabel = (v) => /^[^\s,]{1,256}$/.test(v) ? void 0 : "each label must be 1-256 characters without spaces or commas";
function tagProblem(key, value) {
  if (!key || key.length > 512 || /[<>%&\\?/]/.test(key)) return `tag name '${key}' must be 1-512 characters without < > % & \\ ? /`;
  if (value.length > 256) return `tag '${key}' has a value longer than 256 characters`;
  return void 0;
}

// src/runner-kinds/gitlab.ts
var GITLAB_EXECUTORS = ["kubernetes", "shell"];
var GITLAB_RUNNER_IMAGE = "gitlab/gitlab-runner:alpine-v17.11.3";
var GITLAB_JOB_IMAGE = "mcr.microsoft.com/azure-cli:2.67.0";
var GITLAB_RUNNER_UID = 100;
var GITLAB_RUNNER_GID = 65533;
var GITLAB_CONFIG_KEY = "config.toml";
var HOME = "/home/gitlab-runner";
var SECRET_DIR = "/secrets/gitlab-runner";
var JOB_UID = 1e3;
var GITLAB_EXECUTOR_RULES = [
  { apiGroups: [""], resources: ["pods"], verbs: ["create", "delete", "get", "list", "watch"] },
  { apiGroups: [""], resources: ["pods/attach", "pods/exec"], verbs: ["create", "delete", "get", "patch"] },
  { apiGroups: [""], resources: ["pods/log"], verbs: ["get", "list"] },
  { apiGroups: [""], resources: ["secrets", "configmaps"], verbs: ["create", "delete", "get", "update"] },
  { apiGroups: [""], resources: ["services"], verbs: ["create", "get"] },
  { apiGroups: [""], resources: ["serviceaccounts"], verbs: ["get"] },
  { apiGroups: [""], resources: ["events"], verbs: ["list", "watch"] }
];
var runnerTokenRule = (v) => /^glrt-[A-Za-z0-9_.-]{10,}$/.test(v) ? void 0 : "must be a runner authentication token starting with 'glrt-' (registration tokens are deprecated; create a runner in GitLab to get one)";
var JOB_POD_LABELS = { [USE_LABEL]: "true" };
var str = (v) => JSON.stringify(v);
function containerContext(table) {
  return [
    `    [runners.kubernetes.${table}]`,
    "      privileged = false",
    "      allow_privilege_escalation = false",
    "      run_as_non_root = true",
    `      [runners.kubernetes.${table}.capabilities]`,
    '        drop = ["ALL"]'
  ];
}
function gitlabConfigToml(c) {
  const out = [
    "# Generated by aks-workload-identity: changes are replaced on the next run.",
    // One job at a time per runner pod: runner-count scales the concurrency.
    "concurrent = 1",
    "check_interval = 3",
    "shutdown_timeout = 30",
    "",
    "[[runners]]",
    `  name = ${str(c.name)}`,
    `  url = ${str(c.url)}`,
    `  token = ${str(c.token)}`,
    `  executor = ${str(c.executor)}`
  ];
  if (c.executor === "kubernetes") {
    out.push(
      // Job images rarely have a home for a non-root uid; az and most SDKs keep their caches under $HOME.
      '  environment = ["HOME=/tmp"]',
      "  [runners.kubernetes]",
      `    namespace = ${str(c.namespace)}`,
      // Job pods run as the workload identity service account, which no Role is bound to: the runner's own service
      // account (the one that may read Secrets) never reaches a job...
      `    service_account = ${str(c.serviceAccount)}`,
      // ...and need no Kubernetes API token of it either (the identity's token is projected by the webhook).
      "    automount_service_account_token = false",
      `    image = ${str(c.jobImage)}`,
      // ...and carry the label the webhook selects pods by: the identity is injected into every job pod.
      "    [runners.kubernetes.pod_labels]",
      ...Object.entries(c.jobPodLabels).map(([k, v]) => `      ${str(k)} = ${str(v)}`),
      "    [runners.kubernetes.pod_security_context]",
      "      run_as_non_root = true",
      `      run_as_user = ${JOB_UID}`,
      `      run_as_group = ${JOB_UID}`,
      `      fs_group = ${JOB_UID}`,
      ...containerContext("build_container_security_context"),
      ...containerContext("helper_container_security_context"),
      ...containerContext("service_container_security_context")
    );
  }
  return out.join("\n") + "\n";
}
var gitlabDriver = {
  component: "gitlab-runner",
  defaultImage: GITLAB_RUNNER_IMAGE,
  ownInputs: ["gitlab-url", "gitlab-runner-token", "gitlab-job-image"],
  secretInputs: ["gitlab-runner-token"],
  /** `url` and `token` are required only when runners are to be created. */
  read(r, run) {
    const url = r.optional("gitlab-url", httpsUrl)?.replace(/\/+$/, "");
    const token = r.optional("gitlab-runner-token", runnerTokenRule);
    const executor = r.oneOf("gitlab-executor", "kubernetes", GITLAB_EXECUTORS);
    const jobImage = r.optional("gitlab-job-image", imageRef) ?? GITLAB_JOB_IMAGE;
    if (run.selected && run.creating) {
      if (!url) r.conflict("gitlab-url", "is required with 'runner-kind: gitlab' (the GitLab instance, e.g. https://gitlab.com)");
      if (!token) {
        r.conflict(
          "gitlab-runner-token",
          "is required with 'runner-kind: gitlab': a runner authentication token (glrt-...) from the project's, group's or instance's new runner page"
        );
      }
    }
    return { options: { url, executor, jobImage }, credential: token };
  },
  secret: { suffix: "config", key: GITLAB_CONFIG_KEY },
  /** Its config.toml, with the token: what the pod's Secret holds. */
  credential: (o, token, pod) => token === void 0 ? void 0 : gitlabConfigToml({
    name: pod.name,
    url: o.url ?? "",
    token,
    executor: o.executor,
    namespace: pod.namespace,
    serviceAccount: pod.serviceAccount,
    jobImage: o.jobImage,
    jobPodLabels: JOB_POD_LABELS
  }),
  pod: (o, secretName) => ({
    // A runner manager is long-lived: restarted by the kubelet if it exits.
    restartPolicy: "Always",
    // The Kubernetes executor creates job pods through this cluster's API (in-cluster config).
    automountServiceAccountToken: o.executor !== "shell",
    uid: GITLAB_RUNNER_UID,
    gid: GITLAB_RUNNER_GID,
    // The runner writes its system ID next to its config, so the read-only Secret is copied to a writable home.
    command: [
      "/bin/sh",
      "-c",
      `cp ${SECRET_DIR}/${GITLAB_CONFIG_KEY} "$HOME/config.toml" && exec gitlab-runner run --config "$HOME/config.toml" --working-directory "$HOME"`
    ],
    env: [{ name: "HOME", value: HOME }],
    volumeMounts: [
      { name: "config", mountPath: SECRET_DIR, readOnly: true },
      { name: "home", mountPath: HOME }
    ],
    volumes: [
      { name: "config", secret: { secretName, defaultMode: 256 } },
      { name: "home", emptyDir: {} }
    ],
    resources: resources()
  }),
  // URL and executor shape the runner; the job image reaches only config.toml (compared with the pod's Secret).
  hash: (o) => ({ url: o.url, executor: o.executor }),
  // The runner manager (Kubernetes executor) may read and write Secrets in its namespace to run jobs: it runs as a
  // service account of its own with that Role and no identity; the jobs run as the identity's, with no Role.
  separateServiceAccount: (o) => o.executor === "kubernetes",
  rbac: (o) => o.executor === "kubernetes" ? {
    rules: GITLAB_EXECUTOR_RULES,
    reason: "the GitLab runner creates job pods in its namespace (Kubernetes executor)",
    serves: "the GitLab runner's job pods"
  } : void 0
};

// src/runner-kinds/jenkins.ts
var JENKINS_AGENT_IMAGE = "jenkins/inbound-agent:3345.v03dee9b_f88fc-1";
var JENKINS_UID = 1e3;
var JENKINS_WORKDIR = "/home/jenkins/agent";
var JENKINS_SECRET_KEY = "secret";
var agentNameRule = (v) => v.length <= 200 && !/[?*/\\%!@#$^&|<>[\]:;\s]/.test(v) ? void 0 : "must be a Jenkins agent name: at most 200 characters, no spaces and none of ? * / \\ % ! @ # $ ^ & | < > [ ] : ;";
var agentSecretRule = (v) => /^[0-9a-f]{64}$/i.test(v) ? void 0 : "must be the agent's secret from its page in Jenkins: 64 hexadecimal characters";
var jenkinsDriver = {
  component: "jenkins-agent",
  defaultImage: JENKINS_AGENT_IMAGE,
  ownInputs: ["jenkins-url", "jenkins-agent-name", "jenkins-agent-secret"],
  secretInputs: ["jenkins-agent-secret"],
  /** One inbound agent per name and secret, so at most one pod. */
  read(r, run) {
    const url = r.optional("jenkins-url", httpsUrl)?.replace(/\/+$/, "");
    const agentName = r.optional("jenkins-agent-name", agentNameRule);
    const secret = r.optional("jenkins-agent-secret", agentSecretRule);
    if (run.selected && run.creating) {
      if (!url)
        r.conflict("jenkins-url", "is required with 'runner-kind: jenkins' (the controller's URL, e.g. https://jenkins.example.com)");
      if (!agentName) {
        r.conflict(
          "jenkins-agent-name",
          "is required with 'runner-kind: jenkins' (the name of a permanent agent launched by connecting it to the controller)"
        );
      }
      if (!secret)
        r.conflict("jenkins-agent-secret", "is required with 'runner-kind: jenkins' (the agent's secret, shown on its page in Jenkins)");
    }
    if (run.selected && run.count > 1) {
      r.conflict(
        "runner-count",
        "must be 0 or 1 with 'runner-kind: jenkins': one agent name and secret connect one agent (use one step per agent)"
      );
    }
    return { options: { url, agentName }, credential: secret };
  },
  secret: { suffix: "agent-secret", key: JENKINS_SECRET_KEY },
  /** The agent secret itself. */
  credential: (_o, secret) => secret,
  pod: (o, secretName) => ({
    // A long-lived agent: the kubelet restarts it if the connection drops and the process exits.
    restartPolicy: "Always",
    automountServiceAccountToken: false,
    uid: JENKINS_UID,
    gid: JENKINS_UID,
    // The image's entrypoint (jenkins-agent) reads everything from the environment.
    env: [
      { name: "JENKINS_URL", value: `${o.url ?? ""}/` },
      { name: "JENKINS_AGENT_NAME", value: o.agentName ?? "" },
      fromSecret("JENKINS_SECRET", secretName, JENKINS_SECRET_KEY),
      { name: "JENKINS_AGENT_WORKDIR", value: JENKINS_WORKDIR },
      { name: "JENKINS_WEB_SOCKET", value: "true" }
    ],
    volumeMounts: [{ name: "workdir", mountPath: JENKINS_WORKDIR }],
    volumes: [{ name: "workdir", emptyDir: {} }],
    resources: resources()
  })
};

// src/runner-kinds/pod.ts
var WORKLOAD_IMAGE = "mcr.microsoft.com/azure-cli:2.67.0";
var DEFAULT_COMMAND = ["sleep"];
var DEFAULT_ARGS = ["3600"];
var WORKLOAD_UID = 1e3;
var WORKLOAD_HOME = "/home/workload";
var podDriver = {
  component: "workload",
  defaultImage: WORKLOAD_IMAGE,
  ownInputs: ["pod-image", "pod-command", "pod-args"],
  read(r) {
    const image = r.optional("pod-image", imageRef);
    const command = r.lines("pod-command");
    const args = r.lines("pod-args");
    const options = command.length || args.length || image ? { command, args } : { command: DEFAULT_COMMAND, args: DEFAULT_ARGS };
    return { options, image: image ?? WORKLOAD_IMAGE };
  },
  pod: (o) => ({
    restartPolicy: "Always",
    automountServiceAccountToken: false,
    uid: WORKLOAD_UID,
    gid: WORKLOAD_UID,
    ...o.command.length ? { command: [...o.command] } : {},
    ...o.args.length ? { args: [...o.args] } : {},
    env: [{ name: "HOME", value: WORKLOAD_HOME }],
    volumeMounts: [{ name: "home", mountPath: WORKLOAD_HOME }],
    volumes: [{ name: "home", emptyDir: {} }],
    resources: resources({ requests: { cpu: "100m", memory: "256Mi" }, limits: { cpu: "1", memory: "1Gi" } })
  })
};

// src/runner-kinds/index.ts
var REGISTERED = { github: githubDriver, gitlab: gitlabDriver, jenkins: jenkinsDriver, pod: podDriver };
var DRIVERS = REGISTERED;
var RUNNER_KINDS = Object.keys(REGISTERED);
function kindOfComponent(component) {
  return RUNNER_KINDS.find((k) => DRIVERS[k].component === component);
}
function credentialSecretName(kind, runnerName) {
  const s = kind && DRIVERS[kind].secret;
  return s ? `${runnerName}-${s.suffix}` : void 0;
}
function derivedCredential(sel, fromInputs, pod) {
  return DRIVERS[sel.kind].credential?.(sel.options, fromInputs, pod);
}
function runnerRbac(sel) {
  return DRIVERS[sel.kind].rbac?.(sel.options);
}
function separateServiceAccount(sel) {
  return DRIVERS[sel.kind].separateServiceAccount?.(sel.options) === true;
}
var runnerServiceAccountName = (serviceAccount, component) => `${serviceAccount}-${component}`.slice(0, 253);
function runnerPodServiceAccount(sel, serviceAccount) {
  return separateServiceAccount(sel) ? runnerServiceAccountName(serviceAccount, DRIVERS[sel.kind].component) : serviceAccount;
}
function selectionOf(s) {
  return { kind: s.kind, options: s.options };
}

export {
  CLOUD_NAMES,
  AKS_SERVER_APP_ID,
  CLOUDS,
  cloudByName,
  cloudOfAudience,
  cloudOfIssuer,
  armScope,
  cloudTarget,
  MODES,
  AUTH_MODES,
  CLUSTER_CREDENTIALS,
  OWNER_VALUE,
  OWNER_TAG,
  MANAGED_BY_LABEL,
  OWNER_KEY_LABEL,
  OWNER_KEY_TAG,
  USE_LABEL,
  CLIENT_ID_ANNOTATION,
  TENANT_ID_ANNOTATION,
  privilegedRole,
  guid,
  resourceGroupName,
  identityName,
  clusterName,
  FIC_NAME,
  federatedCredentialName,
  dnsLabel,
  dnsSubdomain,
  location,
  httpsUrl,
  scopeKind,
  scope,
  roleGuid,
  role,
  runnerScope,
  imageRef,
  runnerLabel,
  tagProblem,
  DRIVERS,
  RUNNER_KINDS,
  kindOfComponent,
  credentialSecretName,
  derivedCredential,
  runnerRbac,
  separateServiceAccount,
  runnerServiceAccountName,
  runnerPodServiceAccount,
  selectionOf,
  TRANSPORT,
  attemptTimeout,
  backoffMs,
  describeCause,
  networkCause,
  StoppedError,
  isStopped,
  sleep,
  retrying,
  githubClient,
  githubAnswer,
  githubError,
  appIdProblem,
  readAppPrivateKey,
  runnerAppTokens
};
//# sourceMappingURL=github-app.js.map
