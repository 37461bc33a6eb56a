import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  proxyConfigured,
  sharedHttpsAgent
} from "./kube-client.js";
import {
  explain,
  pipelineOptions
} from "./azure-errors.js";
import {
  CLOUDS,
  TRANSPORT,
  armScope,
  backoffMs,
  cloudOfAudience,
  retrying,
  sleep
} from "./transport.js";
import {
  OWNER_VALUE
} from "./runner-kinds-gitlab.js";
import {
  decodeJwt
} from "./jose.js";

// src/azure/clients.ts
function tlsOptions(ca) {
  return ca ? { tlsOptions: { ca } } : {};
}
function clientOptions(ca, signal, policy) {
  return {
    ...tlsOptions(ca),
    ...proxyConfigured() ? {} : { agent: sharedHttpsAgent(ca ? { ca } : {}) },
    ...pipelineOptions(signal, policy)
  };
}
function commonOptions(o) {
  return {
    endpoint: o.armEndpoint,
    ...clientOptions(o.ca, o.signal, o.policy),
    userAgentOptions: { userAgentPrefix: o.userAgentPrefix ?? OWNER_VALUE }
  };
}
async function createAksClient(credential, subscriptionId, o) {
  return aksClient(await import("./azure-arm-containerservice.js"), credential, subscriptionId, o);
}
function aksClient(aks, credential, subscriptionId, o) {
  return new aks.ContainerServiceClient(credential, subscriptionId, {
    ...commonOptions(o),
    credentials: { scopes: [armScope(o.armEndpoint)] }
  });
}
async function loadArmSdks() {
  const msi = await import("./azure-arm-msi.js");
  const authz = await import("./azure-arm-authorization.js");
  const aks = await import("./azure-arm-containerservice.js");
  return { msi, authz, aks };
}
async function createAzureServices(credential, subscriptionId, o, sdks = loadArmSdks()) {
  const { msi, authz, aks } = await sdks;
  const scope = armScope(o.armEndpoint);
  const common = commonOptions(o);
  return {
    subscriptionId,
    credential,
    msi: new msi.ManagedServiceIdentityClient(credential, subscriptionId, { ...common, credentialScopes: [scope] }),
    authorization: new authz.AuthorizationManagementClient(credential, subscriptionId, { ...common, credentialScopes: [scope] }),
    aks: aksClient(aks, credential, subscriptionId, o),
    pollIntervalMs: o.pollIntervalMs
  };
}
async function armReader(credential, armEndpoint, clientOptions2 = {}) {
  const { ServiceClient } = await import("./azure-core-client-2.js");
  const { createPipelineRequest } = await import("./azure-core-rest-pipeline.js");
  const endpoint = armEndpoint.replace(/\/+$/, "");
  const client = new ServiceClient({ ...clientOptions2, endpoint, credential, credentialScopes: [armScope(endpoint)] });
  return async (path) => {
    const res = await client.sendRequest(createPipelineRequest({ url: `${endpoint}${path}`, method: "GET" }));
    if (res.status < 300) return { status: res.status };
    let error;
    try {
      error = JSON.parse(res.bodyAsText ?? "{}").error;
    } catch {
    }
    return { status: res.status, code: error?.code, message: error?.message };
  };
}

// src/azure/credentials.ts
const { readFile } = require("node:fs/promises");

// src/token-claims.ts
function tokenClaims(jwt) {
  let c;
  try {
    c = decodeJwt(jwt);
  } catch {
    return void 0;
  }
  return {
    iss: typeof c.iss === "string" ? c.iss : "",
    sub: typeof c.sub === "string" ? c.sub : "",
    aud: Array.isArray(c.aud) ? [...c.aud] : c.aud ? [c.aud] : [],
    iat: c.iat,
    nbf: c.nbf,
    exp: c.exp
  };
}
function expiresWithin(jwt, ms, now = Date.now()) {
  const exp = tokenClaims(jwt)?.exp;
  return typeof exp !== "number" || exp * 1e3 - now < ms;
}

// src/executables.ts
const { access } = require("node:fs/promises");
const { constants: fsConstants } = require("node:fs");
const { delimiter, join } = require("node:path");
async function findOnPath(command, env) {
  const names = process.platform === "win32" ? [`${command}.cmd`, `${command}.exe`] : [command];
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const n of names) {
      const path = join(dir, n);
      try {
        await access(path, fsConstants.X_OK);
        return path;
      } catch {
      }
    }
  }
  return void 0;
}

// src/github/id-token.ts
const { request } = require("node:https");
var ID_TOKEN_SERVICE = "the GitHub ID-token endpoint";
var IdTokenError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "IdTokenError";
  }
  status;
};
function get(url, bearer, ca, signal) {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "GET",
        headers: { authorization: `Bearer ${bearer}`, accept: "application/json; api-version=2.0" },
        signal,
        ...ca ? { ca } : {}
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("error", reject);
        res.on("end", () => {
          const h = res.headers["retry-after"];
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: typeof h === "string" ? h : h?.[0],
            body: Buffer.concat(chunks).toString("utf8")
          });
        });
      }
    );
    req.on("error", reject);
    req.end();
  });
}
async function requestIdToken(audience, o) {
  const url = `${o.url}&audience=${encodeURIComponent(audience)}`;
  const operation = `token request for audience ${audience}`;
  let attempts = 0;
  const res = await retrying(
    {
      send: (signal, n) => {
        attempts = n;
        return get(url, o.bearer, o.ca, signal);
      },
      status: (r) => ({ status: r.status, retryAfter: r.retryAfter }),
      repeatable: true
    },
    {
      service: ID_TOKEN_SERVICE,
      operation,
      policy: o.policy,
      signal: o.signal,
      onRetry: ({ attempt, delayMs, cause }) => o.onRetry?.(
        `  ${ID_TOKEN_SERVICE}: ${cause.kind === "status" ? `HTTP ${cause.status}` : cause.kind === "timeout" ? "no answer" : "connection failed"}, retrying in ${(delayMs / 1e3).toFixed(1)} s (attempt ${attempt + 1})`
      )
    }
  );
  if (res.status === 401 || res.status === 403) {
    throw new IdTokenError(
      `${ID_TOKEN_SERVICE} refused the ${operation} (HTTP ${res.status}). The job needs 'permissions: id-token: write' (and a workflow from a fork gets no ID token).`,
      res.status
    );
  }
  if (res.status < 200 || res.status >= 300) {
    const tried = attempts > 1 ? ` after ${attempts} attempts` : "";
    throw new IdTokenError(`${ID_TOKEN_SERVICE}: ${operation} failed${tried}: HTTP ${res.status}.`, res.status);
  }
  let value;
  try {
    value = JSON.parse(res.body).value;
  } catch {
  }
  if (typeof value !== "string" || !value) throw new IdTokenError(`${ID_TOKEN_SERVICE} answered the ${operation} without a token.`);
  return value;
}

// src/azure/exchange.ts
async function workloadCredential(p) {
  const { ClientAssertionCredential } = await import("./azure-identity.js");
  const inner = new ClientAssertionCredential(p.tenantId, p.clientId, p.assertion, {
    ...p.clientOptions,
    authorityHost: p.authorityHost,
    // The authority is given explicitly (sovereign clouds, the sandbox): no lookup at login.microsoftonline.com.
    disableInstanceDiscovery: true
  });
  return { getToken: (scopes, options) => retryUnreachableIssuer(() => inner.getToken(scopes, options), p.issuerPolicy ?? TRANSPORT) };
}
var issuerAttempts = (policy) => 2 * policy.attempts;
async function retryUnreachableIssuer(fn, policy, info, signal) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (exchangeFailure(err).code !== 90061 || attempt >= issuerAttempts(policy)) throw err;
      const delay = backoffMs(policy, attempt);
      info?.(
        `  Entra ID could not reach the token issuer's keys (AADSTS90061), retrying in ${(delay / 1e3).toFixed(1)} s (attempt ${attempt + 1})`
      );
      await sleep(delay, signal);
    }
  }
}
async function exchange(credential, scope) {
  try {
    const token = await credential.getToken(scope, { enableCae: true });
    if (!token?.token) return { description: "Entra ID returned no access token" };
    return void 0;
  } catch (err) {
    return exchangeFailure(err);
  }
}
function exchangeFailure(err) {
  const texts = [];
  let code;
  for (let e = err, i = 0; e && i < 5; e = e.cause, i++) {
    const resp = e.errorResponse;
    if (code === void 0 && Array.isArray(resp?.errorCodes) && resp.errorCodes.length) code = Number(resp.errorCodes[0]);
    for (const t of [resp?.errorDescription, e.errorMessage, e.message]) if (typeof t === "string" && t) texts.push(t);
  }
  const all = texts.join("\n");
  const m = /AADSTS(\d+)\s*:?\s*([^\r\n]*)/.exec(all);
  if (code === void 0 && m) code = Number(m[1]);
  const description = (m ? `AADSTS${m[1]}: ${m[2]}` : texts[0] ?? String(err)).replace(/\s+Trace ID:.*$/s, "").trim();
  return { code, description };
}

// src/azure/credentials.ts
function chooseAuth(s, env, azInstalled) {
  const checks = [
    [
      "oidc",
      !env.ACTIONS_ID_TOKEN_REQUEST_URL || !env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ? "GitHub OIDC: no ID-token endpoint (add 'permissions: id-token: write' to the job)" : !s.azure.clientId || !s.azure.tenantId ? "GitHub OIDC: 'client-id' and 'tenant-id' are needed" : void 0
    ],
    [
      "workload-identity",
      !env.AZURE_FEDERATED_TOKEN_FILE ? "workload identity: AZURE_FEDERATED_TOKEN_FILE is not set (not on a workload-identity pod)" : !s.azure.clientId || !s.azure.tenantId ? "workload identity: AZURE_CLIENT_ID and AZURE_TENANT_ID (or client-id and tenant-id) are needed" : void 0
    ],
    ["azure-cli", azInstalled ? void 0 : "Azure CLI: 'az' is not on PATH (run azure/login first)"],
    [
      "environment",
      !env.AZURE_CLIENT_ID || !env.AZURE_TENANT_ID || !env.AZURE_CLIENT_SECRET && !env.AZURE_CLIENT_CERTIFICATE_PATH ? "environment: AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET (or AZURE_CLIENT_CERTIFICATE_PATH) are needed" : void 0
    ]
  ];
  const wanted = s.azure.auth;
  const skipped = [];
  for (const [method, why] of checks) {
    if (wanted !== "auto" && wanted !== method) continue;
    if (!why) return { method, skipped };
    skipped.push(why);
  }
  return { skipped };
}
function knownAuthority(host) {
  return Object.values(CLOUDS).some((c) => c.authorityHost === host);
}
async function signIn(s, deps) {
  const azInstalled = s.azure.auth === "auto" || s.azure.auth === "azure-cli" ? await (deps.azOnPath ?? azOnPath)(deps.env) : false;
  const choice = chooseAuth(s, deps.env, azInstalled);
  if (!choice.method) {
    throw new Error(
      `Cannot sign in to Azure (auth: ${s.azure.auth}): ${choice.skipped.join("; ")}. Use GitHub OIDC (client-id, tenant-id and permissions: id-token: write), run azure/login first, or set AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET.`
    );
  }
  const method = choice.method;
  const common = {
    authorityHost: s.azure.authorityHost,
    disableInstanceDiscovery: !knownAuthority(s.azure.authorityHost),
    ...clientOptions(deps.ca, deps.signal, deps.policy)
  };
  const env = deps.env;
  let inner;
  let detail = "";
  let describe = () => Promise.resolve(detail);
  let idTokenFailure = Promise.resolve(void 0);
  let readable = false;
  switch (method) {
    case "oidc": {
      const getIdToken = deps.idToken ?? ((audience2) => requestIdToken(audience2, {
        url: env.ACTIONS_ID_TOKEN_REQUEST_URL,
        bearer: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
        ca: deps.ca,
        signal: deps.signal,
        policy: deps.policy,
        onRetry: (m) => deps.log.info(m)
      }));
      const audience = s.azure.cloud.tokenExchangeAudience;
      const first = getIdToken(audience);
      first.then(
        (t) => deps.mask(t),
        () => void 0
      );
      idTokenFailure = first.then(
        () => void 0,
        (err) => err
      );
      let current = first;
      const { ClientAssertionCredential } = await import("./azure-identity.js");
      inner = new ClientAssertionCredential(
        s.azure.tenantId,
        s.azure.clientId,
        async () => {
          let token = await current;
          if (expiresWithin(token, 6e4)) {
            current = getIdToken(audience);
            token = await current;
          }
          deps.mask(token);
          return token;
        },
        common
      );
      describe = async () => {
        const c = tokenClaims(await first);
        return ` (client ${s.azure.clientId}; GitHub ID token iss ${c?.iss}, sub ${c?.sub}, aud ${c?.aud.join(",")})`;
      };
      break;
    }
    case "workload-identity": {
      detail = ` (client ${s.azure.clientId}, token file ${env.AZURE_FEDERATED_TOKEN_FILE})`;
      readable = await readFile(env.AZURE_FEDERATED_TOKEN_FILE, "utf8").then(
        (t) => {
          if (t.trim()) deps.mask(t.trim());
          return true;
        },
        () => false
      );
      const { WorkloadIdentityCredential } = await import("./azure-identity.js");
      inner = new WorkloadIdentityCredential({
        ...common,
        tenantId: s.azure.tenantId,
        clientId: s.azure.clientId,
        tokenFilePath: env.AZURE_FEDERATED_TOKEN_FILE
      });
      break;
    }
    case "azure-cli": {
      const { AzureCliCredential } = await import("./azure-identity.js");
      inner = new AzureCliCredential({ tenantId: s.azure.tenantId });
      break;
    }
    case "environment": {
      detail = ` (client ${env.AZURE_CLIENT_ID})`;
      if (env.AZURE_CLIENT_SECRET) deps.mask(env.AZURE_CLIENT_SECRET);
      const { ClientCertificateCredential, ClientSecretCredential } = await import("./azure-identity.js");
      inner = env.AZURE_CLIENT_SECRET ? new ClientSecretCredential(env.AZURE_TENANT_ID, env.AZURE_CLIENT_ID, env.AZURE_CLIENT_SECRET, common) : new ClientCertificateCredential(
        env.AZURE_TENANT_ID,
        env.AZURE_CLIENT_ID,
        { certificatePath: env.AZURE_CLIENT_CERTIFICATE_PATH },
        common
      );
      break;
    }
  }
  if (method === "oidc") void idTokenFailure.then((failed) => failed || deps.underway?.());
  else if (method !== "workload-identity" || readable) deps.underway?.();
  const credential = sharedCredential(inner, deps.mask, void 0, (m) => deps.log.info(m), deps.signal, deps.policy);
  for (const scope of deps.prefetchScopes ?? []) void credential.getToken(scope).catch(() => void 0);
  try {
    await explain(`Signing in to Azure with ${method}`, () => credential.getToken(armScope(s.azure.armEndpoint)));
  } catch (err) {
    throw await idTokenFailure ?? err;
  }
  deps.log.info(`Signed in to Azure with ${method}${await describe()}.`);
  let subscriptionId = s.azure.subscriptionId;
  let tenantId = s.azure.tenantId;
  if (!subscriptionId && method === "azure-cli") {
    const account = await explain("Reading the Azure CLI subscription (az account show)", () => (deps.azAccount ?? azAccountShow)());
    subscriptionId = account.id;
    tenantId ??= account.tenantId;
  }
  if (!subscriptionId) throw new Error("No subscription: set the 'subscription-id' input or AZURE_SUBSCRIPTION_ID.");
  return { credential, method, subscriptionId, tenantId };
}
function sharedCredential(inner, mask, refreshMarginMs = 12e4, info, signal, policy = TRANSPORT) {
  const cache = /* @__PURE__ */ new Map();
  return {
    async getToken(scopes, options) {
      const k = [scopes].flat().join(" ") + (options?.tenantId ? `@${options.tenantId}` : "") + (options?.claims ? `#${options.claims}` : "");
      let p = cache.get(k);
      if (p) {
        const t = await p.catch(() => null);
        if (t && t.expiresOnTimestamp - Date.now() > refreshMarginMs) return t;
      }
      p = retryUnreachableIssuer(() => inner.getToken(scopes, options), policy, info, signal).then((t) => {
        if (t) mask(t.token);
        return t;
      });
      cache.set(k, p);
      p.catch(() => cache.delete(k));
      return p;
    }
  };
}
async function azOnPath(env) {
  return await findOnPath("az", env) !== void 0;
}
async function azAccountShow() {
  const { getExecOutput } = await import("./actions-exec-2.js");
  const out = await getExecOutput("az", ["account", "show", "--output", "json"], { silent: true });
  const account = JSON.parse(out.stdout);
  if (!account.id) throw new Error("az account show returned no subscription id");
  return { id: account.id, tenantId: account.tenantId };
}

// src/verify/diagnose.ts
var PROPAGATING = /* @__PURE__ */ new Set([70021, 700213, 700016]);
var isPropagating = (f) => f.code !== void 0 && PROPAGATING.has(f.code);
var NO_MATCH = /* @__PURE__ */ new Set([700211, 700212, 7002138]);
var q = (s) => `'${s}'`;
var noSlash = (s) => s.replace(/\/+$/, "");
function difference(expected, actual) {
  if (expected === actual) return "same";
  if (noSlash(expected) === noSlash(actual)) return "slash";
  if (expected.toLowerCase() === actual.toLowerCase() || noSlash(expected).toLowerCase() === noSlash(actual).toLowerCase()) return "case";
  return "other";
}
function fit(fic, claims) {
  const aud = fic.audiences.some((a) => claims.aud.includes(a)) ? "same" : fic.audiences.some((a) => claims.aud.some((c) => c.toLowerCase() === a.toLowerCase())) ? "case" : "other";
  return { fic, issuer: difference(claims.iss, fic.issuer), subject: difference(claims.sub, fic.subject), audience: aud };
}
var distance = (f) => [f.issuer, f.subject, f.audience].reduce((n, d) => n + (d === "same" ? 0 : d === "other" ? 3 : 1), 0);
function issuerMessage(f, claims, clusterIssuer) {
  const why = f.issuer === "slash" ? `differs only in the trailing slash: the issuer must be the cluster's issuer URL verbatim, trailing '/' included` : f.issuer === "case" ? `differs only in letter case: Entra compares issuers case-sensitively (AADSTS7002138)` : `is another issuer (another cluster, or the issuer changed when OIDC was re-enabled or the cluster recreated)`;
  const cluster = clusterIssuer && clusterIssuer !== claims.iss ? ` (ARM reports the cluster's issuer as ${q(clusterIssuer)})` : "";
  return `Federated credential ${q(f.fic.name)} has issuer ${q(f.fic.issuer)}, but the cluster's service-account tokens carry iss ${q(claims.iss)}${cluster}; it ${why}. Set the credential's issuer to exactly ${q(claims.iss)} (re-running the action in apply mode does this).`;
}
var TIME_RANGE = /Current time: (\S+?),\s*assertion valid from (\S+?),\s*expiry time of assertion (\S+?)\.?(?:\s|$)/;
function skewText(description, claims, nowMs) {
  const m = TIME_RANGE.exec(description);
  const at = (s) => s ? Date.parse(s.replace(/(\.\d{3})\d*Z$/, "$1Z")) : NaN;
  if (m) {
    const [now, from, to] = [at(m[1]), at(m[2]), at(m[3])];
    if (!Number.isNaN(now) && !Number.isNaN(to) && now > to)
      return ` Entra ID's time (${m[1]}) is ${Math.round((now - to) / 1e3)} s past the token's expiry (${m[3]}).`;
    if (!Number.isNaN(now) && !Number.isNaN(from) && now < from)
      return ` Entra ID's time (${m[1]}) is ${Math.round((from - now) / 1e3)} s before the token's start (${m[2]}).`;
  }
  const iat = claims.iat ?? claims.nbf;
  if (iat === void 0) return "";
  const skew = Math.round(iat - nowMs / 1e3);
  return ` The token was issued ${Math.abs(skew)} s ${skew >= 0 ? "ahead of" : "behind"} this runner's clock.`;
}
function diagnoseExchange(failure, claims, fics, opts) {
  const code = failure.code !== void 0 ? `AADSTS${failure.code}` : void 0;
  const d = (kind, message) => ({ kind, message: `${message} (Entra ID: ${failure.description})`, code });
  const wanted = `issuer ${q(claims.iss)}, subject ${q(claims.sub)}, audience ${q(claims.aud.join(","))}`;
  switch (failure.code) {
    case 700024: {
      return d(
        "clock-skew",
        `Entra ID rejected the service-account token as outside its valid time range: a clock is off, the cluster's or the runner's.${skewText(failure.description, claims, opts.nowMs)} Check NTP on the cluster's nodes and on the runner, then re-run.`
      );
    }
    case 90061:
      return d(
        "issuer-unreachable",
        `Entra ID could not fetch the issuer's discovery document at ${q(`${noSlash(claims.iss)}/.well-known/openid-configuration`)}: the cluster's OIDC issuer is disabled or not reachable from the internet. Enable it (az aks update --enable-oidc-issuer, or enable-cluster-features: true) and make sure the issuer URL is public.`
      );
    case 700016:
      return d(
        "identity-not-found",
        `Entra ID does not know the client ID ${q(opts.clientId)} in tenant ${q(opts.tenantId)}: the managed identity was deleted, is in another tenant, or was created moments ago and has not replicated yet. Check the identity and re-run.`
      );
    case 90002:
      return d(
        "exchange-failed",
        `The tenant ${q(opts.tenantId)} was not found at the authority: check tenant-id and the cloud (environment / authority-host).`
      );
    default:
  }
  if (failure.code !== void 0 && (isPropagating(failure) || NO_MATCH.has(failure.code))) {
    if (!fics)
      return d(
        "no-federated-credential",
        `No federated credential of the identity matches ${wanted}, and its credentials could not be read to say why. Check them in the portal.`
      );
    if (fics.length === 0) {
      return d(
        "no-federated-credential",
        `The managed identity has no federated credentials. Create one with ${wanted} (re-running the action in apply mode does this).`
      );
    }
    const best = fics.map((f) => fit(f, claims)).sort((a, b) => distance(a) - distance(b))[0];
    if (distance(best) === 0 && failure.code === 700212) {
      const aud = claims.aud.join(",");
      const other = claims.aud.map(cloudOfAudience).find((c) => c !== void 0);
      return d(
        "audience-mismatch",
        `Federated credential ${q(best.fic.name)} matches the token, but Entra ID refuses its audience ${q(aud)}${other ? `, the token-exchange audience of ${other.label}` : ""}: Entra ID of each cloud exchanges only its own cloud's. Set 'environment' to the cluster's cloud and leave 'audience' empty (the action then uses that cloud's audience on both sides).`
      );
    }
    if (distance(best) === 0) {
      return d(
        "not-propagated",
        `Federated credential ${q(best.fic.name)} matches the token exactly, but Entra ID has not picked it up yet: a new or changed credential can take a few minutes to take effect. Re-run the verification later.`
      );
    }
    const off = [best.issuer !== "same", best.subject !== "same", best.audience !== "same"].filter(Boolean).length;
    if (off === 1 && best.issuer !== "same") return d("issuer-mismatch", issuerMessage(best, claims, opts.clusterIssuer));
    if (off === 1 && best.subject !== "same") {
      const why = best.subject === "case" ? " (they differ only in letter case: Entra compares subjects case-sensitively)" : "";
      return d(
        "subject-mismatch",
        `Federated credential ${q(best.fic.name)} has subject ${q(best.fic.subject)}, but the token's subject is ${q(claims.sub)}${why}: the credential was made for another namespace or service account. Set its subject to ${q(claims.sub)} (re-running the action in apply mode does this).`
      );
    }
    if (off === 1) {
      return d(
        "audience-mismatch",
        `Federated credential ${q(best.fic.name)} accepts audiences ${q(best.fic.audiences.join(","))}, but the token's audience is ${q(claims.aud.join(","))}${audienceClouds(best.fic.audiences, claims.aud)}. Use the same audience on both sides: the input 'audience' (default: the cloud's token-exchange audience), which the workload identity webhook must project too.`
      );
    }
    const list = fics.map((f) => `${q(f.name)} (issuer ${q(f.issuer)}, subject ${q(f.subject)})`).join("; ");
    return d(
      "no-federated-credential",
      `None of the identity's ${fics.length} federated credentials matches ${wanted}: ${list}. Create one that matches (re-running the action in apply mode does this).`
    );
  }
  return d(
    "exchange-failed",
    `The token exchange at Entra ID failed. Check the tenant, the client ID ${q(opts.clientId)} and the authority host.`
  );
}
function audienceClouds(fic, token) {
  const of = (list) => list.map(cloudOfAudience).find((c) => c !== void 0);
  const [f, t] = [of(fic), of(token)];
  if (!f && !t) return "";
  const parts = [f ? `the credential's is the token-exchange audience of ${f.label}` : "", t ? `the token's of ${t.label}` : ""];
  return ` (${parts.filter(Boolean).join(", ")})`;
}
function covers(outer, inner) {
  const k = (s) => "/" + s.replace(/^\/+|\/+$/g, "").toLowerCase();
  const o = k(outer);
  const i = k(inner);
  return o === "/" || o === i || i.startsWith(`${o}/`);
}
function roleGrants(role, action) {
  const match = (pattern) => new RegExp(
    `^${pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`,
    "i"
  ).test(action);
  return role.actions.some(match) && !role.notActions.some(match);
}
var isDataPlaneRole = (role) => role.dataActions.length > 0;
function assignmentState(check, roleGuid, assignments) {
  const sameRole = assignments.filter((a) => roleGuid && a.roleDefinitionId.toLowerCase().endsWith(`/${roleGuid.toLowerCase()}`));
  const covering = sameRole.find((a) => covers(a.scope, check.scope));
  if (covering) return { state: "covering", at: covering.scope };
  if (sameRole.length) return { state: "elsewhere", at: sameRole.map((a) => a.scope) };
  return { state: "none" };
}
function diagnoseArm(check, result, state, principalId) {
  const code = result.status ? `HTTP ${result.status}${result.code ? ` ${result.code}` : ""}` : "no response";
  const arm = result.message ? ` (${result.status ? "ARM: " : ""}${result.message})` : "";
  const who = principalId ? `principal ${q(principalId)}` : "the identity";
  if (result.status === 404) {
    return {
      kind: "scope-not-found",
      code,
      message: `The scope ${q(check.scope)} does not exist${arm}. Fix the scope of the role '${check.role}' or create the resource.`
    };
  }
  if (result.status === 403) {
    if (!state) {
      return {
        kind: "role-missing",
        code,
        message: `The identity was refused at ${q(check.scope)}${arm}: the role '${check.role}' is not assigned there or not in effect yet. Check its role assignments.`
      };
    }
    if (state.state === "covering") {
      return {
        kind: "role-not-effective",
        code,
        message: `The role '${check.role}' is assigned to ${who} at ${q(state.at)}, but ARM does not apply it yet${arm}: new role assignments can take several minutes to take effect. Re-run the verification later.`
      };
    }
    return diagnoseAssignment(check, state, principalId, code, arm);
  }
  return { kind: "arm-failed", code, message: `Reading ${q(check.scope)} as the identity failed with ${code}${arm}.` };
}
function diagnoseAssignment(check, state, principalId, code, arm = "") {
  const who = principalId ? `principal ${q(principalId)}` : "the identity";
  if (state.state === "elsewhere") {
    return {
      kind: "role-wrong-scope",
      code,
      message: `The role '${check.role}' is assigned to ${who} at ${state.at.map(q).join(", ")}, which does not cover ${q(check.scope)}${arm}. Assign it at ${q(check.scope)} or a parent scope.`
    };
  }
  return {
    kind: "role-missing",
    code,
    message: `${who[0].toUpperCase()}${who.slice(1)} has no assignment of the role '${check.role}' at or above ${q(check.scope)}${arm}. Assign it (re-running the action in apply mode does this).`
  };
}
function diagnoseWebhook(reason, detail) {
  switch (reason) {
    case "not-mutated":
      return {
        kind: "webhook-off",
        message: `Pods would not receive the identity: ${detail}. Turn workload identity on for the cluster (az aks update --enable-workload-identity, or enable-cluster-features: true); existing pods must be recreated afterwards.`
      };
    case "client-id":
      return {
        kind: "webhook-client-id",
        message: `Pods would sign in as the wrong identity: ${detail}. Re-run the action in apply mode to restore the annotation.`
      };
    case "audience":
      return {
        kind: "webhook-audience",
        message: `Pods' tokens would not match the federated credential: ${detail}. Set the input 'audience' to the audience the webhook projects, or configure the webhook for the cloud's token-exchange audience.`
      };
    case "rejected":
      return { kind: "webhook-rejected", message: `Pods using the service account cannot start: ${detail}.` };
  }
}

export {
  tokenClaims,
  findOnPath,
  workloadCredential,
  exchange,
  exchangeFailure,
  tlsOptions,
  clientOptions,
  createAksClient,
  loadArmSdks,
  createAzureServices,
  armReader,
  signIn,
  sharedCredential,
  isPropagating,
  diagnoseExchange,
  roleGrants,
  isDataPlaneRole,
  assignmentState,
  diagnoseArm,
  diagnoseAssignment,
  diagnoseWebhook
};
//# sourceMappingURL=verify-diagnose.js.map
