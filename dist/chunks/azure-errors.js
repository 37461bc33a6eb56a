import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  TRANSPORT,
  attemptTimeout,
  describeCause,
  isStopped,
  networkCause
} from "./transport.js";

// src/azure/transport.ts
var attemptsByRequest = /* @__PURE__ */ new WeakMap();
function attemptsOf(err) {
  for (let e = err, i = 0; e && i < 5; e = e.cause, i++) {
    const n = e.request && typeof e.request === "object" ? attemptsByRequest.get(e.request) : void 0;
    if (n) return n;
  }
  return void 0;
}
var isAttemptTimeout = (err) => err?.code === "ETIMEDOUT";
async function restError(message, code, request) {
  const { RestError } = await import("./azure-core-rest-pipeline.js");
  return new RestError(message, { code, request });
}
function attemptPolicy(p) {
  return {
    name: "aksWiAttemptDeadline",
    async sendRequest(request, next) {
      const attempt = (attemptsByRequest.get(request) ?? 0) + 1;
      attemptsByRequest.set(request, attempt);
      const limit = attemptTimeout(p, attempt);
      request.timeout = limit;
      try {
        return await next(request);
      } catch (err) {
        if (err.name === "AbortError" && !request.abortSignal?.aborted)
          throw await restError(`no answer within ${Math.round(limit / 1e3)} s`, "ETIMEDOUT", request);
        throw err;
      }
    }
  };
}
function stopPolicy(signal) {
  return {
    name: "aksWiStopSignal",
    sendRequest(request, next) {
      const own = request.abortSignal;
      if (!own) request.abortSignal = signal;
      else if (own instanceof AbortSignal) request.abortSignal = AbortSignal.any([own, signal]);
      else {
        const both = new AbortController();
        own.addEventListener("abort", () => both.abort());
        signal.addEventListener("abort", () => both.abort(signal.reason));
        if (own.aborted || signal.aborted) both.abort(signal.reason);
        request.abortSignal = both.signal;
      }
      return next(request);
    }
  };
}
function pipelineOptions(signal, p = TRANSPORT) {
  return {
    retryOptions: { maxRetries: p.attempts - 1, retryDelayInMs: p.initialDelayMs, maxRetryDelayInMs: p.maxDelayMs },
    additionalPolicies: [
      { policy: attemptPolicy(p), position: "perRetry" },
      ...signal ? [{ policy: stopPolicy(signal), position: "perCall" }] : []
    ]
  };
}

// src/azure/errors.ts
function errorCode(err) {
  for (let e = err, i = 0; e && i < 4; e = e.cause, i++) {
    if (typeof e.code === "string" && e.code) return e.code;
  }
  return void 0;
}
function errorStatus(err) {
  for (let e = err, i = 0; e && i < 4; e = e.cause, i++) {
    if (typeof e.statusCode === "number") return e.statusCode;
  }
  return void 0;
}
function requestId(err) {
  for (let e = err, i = 0; e && i < 4; e = e.cause, i++) {
    const id = e.response?.headers?.get("x-ms-request-id") ?? e.request?.requestId;
    if (id) return id;
  }
  return void 0;
}
var ADVICE = {
  AuthorizationFailed: "Give the principal the action signs in as a role that allows this (for example Contributor on the resource group, and Role Based Access Control Administrator or User Access Administrator where it assigns roles).",
  LinkedAuthorizationFailed: "The principal also needs permission on the linked resource named in the message.",
  ResourceGroupNotFound: "Create the resource group first, or fix the resource-group / identity-resource-group input.",
  SubscriptionNotFound: "Check subscription-id, and that the principal has access to that subscription.",
  InvalidAuthenticationTokenTenant: "The subscription belongs to another tenant: set tenant-id to its tenant.",
  RoleAssignmentUpdateNotPermitted: "A role assignment with this name already exists for another principal or scope; delete it or assign at another scope.",
  UnmatchedPrincipalType: "The principal is not a service principal; check the identity.",
  ExpiredAuthenticationToken: "The sign-in expired during the run; re-run the job.",
  RequestDisallowedByPolicy: "An Azure Policy assignment denies this request (the message names it): ask the policy's owner for an exemption, or change the inputs to comply.",
  QuotaExceeded: "A quota of the subscription or region is used up: raise it (Azure portal, Quotas) or free some, then re-run.",
  PreconditionFailed: "The resource changed while the action was updating it (its ETag no longer matched); re-run."
};
function adviceFor(code, message) {
  if (code === "OperationNotAllowed") {
    if (/stopped|is not running|power ?state/i.test(message)) return "The cluster is stopped: start it (az aks start) and re-run.";
    if (/quota/i.test(message)) return ADVICE.QuotaExceeded;
  }
  return code ? ADVICE[code] : void 0;
}
var AzureActionError = class extends Error {
  code;
  statusCode;
  requestId;
  /** Attempts the request took (the transport policy's retries included). */
  attempts;
  constructor(what, err, hint) {
    const attempts = attemptsOf(err);
    const tried = attempts && attempts > 1 ? ` after ${attempts} attempts` : "";
    const net = isAttemptTimeout(err) ? void 0 : networkCause(err);
    if (isAttemptTimeout(err) || net && errorStatus(err) === void 0) {
      const why2 = net ? describeCause(net) : err.message;
      super(`${what} failed${tried}: ${why2}.`);
      this.name = "AzureActionError";
      this.attempts = attempts;
      this.cause = err;
      return;
    }
    const code = errorCode(err);
    const status = errorStatus(err);
    const id = requestId(err);
    const why = err instanceof Error ? err.message : String(err);
    const facts = [code, status ? `HTTP ${status}` : void 0, id ? `x-ms-request-id ${id}` : void 0].filter(Boolean).join(", ");
    const advice = [hint, adviceFor(code, why)].filter(Boolean).join(" ");
    super(`${what} failed${tried}: ${why.trim()}${facts ? ` (${facts})` : ""}.${advice ? ` ${advice}` : ""}`);
    this.attempts = attempts;
    this.name = "AzureActionError";
    this.code = code;
    this.statusCode = status;
    this.requestId = id;
    this.cause = err;
  }
};
async function explain(what, fn, hint) {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof AzureActionError || isStopped(err)) throw err;
    throw new AzureActionError(what, err, hint?.(err));
  }
}
var isNotFound = (err) => errorStatus(err) === 404;

export {
  pipelineOptions,
  errorCode,
  errorStatus,
  explain,
  isNotFound
};
//# sourceMappingURL=azure-errors.js.map
