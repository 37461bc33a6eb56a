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

export {
  CLOUD_NAMES,
  AKS_SERVER_APP_ID,
  CLOUDS,
  cloudByName,
  cloudOfAudience,
  cloudOfIssuer,
  armScope,
  cloudTarget,
  TRANSPORT,
  attemptTimeout,
  backoffMs,
  describeCause,
  networkCause,
  StoppedError,
  isStopped,
  sleep,
  stoppedBy,
  TransportError,
  retrying
};
//# sourceMappingURL=transport.js.map
