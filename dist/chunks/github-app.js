import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  TRANSPORT,
  attemptTimeout,
  describeCause,
  networkCause,
  stoppedBy
} from "./transport.js";

// src/github/app.ts
const { createPrivateKey } = require("node:crypto");

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
    const retrying = retryCount < policy.attempts - 1 && retryAfter * 1e3 <= policy.maxRetryAfterMs;
    if (retrying)
      o.onRetry?.(`  GitHub: ${kind} on ${options2.method} ${options2.url}, retrying in ${retryAfter} s (attempt ${retryCount + 2})`);
    return retrying;
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
function runnerPermission(scope) {
  return scope.kind === "repo" ? { administration: "write" } : { organization_self_hosted_runners: "write" };
}
var REFRESH_MARGIN_MS = 5 * 6e4;
var label = (s) => s.kind === "repo" ? `${s.owner}/${s.repo}` : `organisation ${s.org}`;
async function findInstallation(octokit, o) {
  const { scope, app } = o;
  const what = `Finding the GitHub App ${app.appId}'s installation for ${label(scope)}`;
  try {
    const { data } = scope.kind === "repo" ? await octokit.rest.apps.getRepoInstallation({ owner: scope.owner, repo: scope.repo }) : await octokit.rest.apps.getOrgInstallation({ org: scope.org });
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
      `the App's installation does not grant '${permission}: write'${o.scope.kind === "repo" ? ` on ${label(o.scope)}` : ""}: add it in the App's permissions (${permission === "administration" ? "Repository \u2192 Administration" : "Organization \u2192 Self-hosted runners"}: Read and write${o.readsQueue ? "; and Repository \u2192 Actions: Read-only, as 'runner-count: auto' reads the queued jobs" : ""}), then have the installation's owner accept the new permissions`
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
    const permissions = { ...runnerPermission(o.scope), ...o.readsQueue ? { actions: "read" } : {} };
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
  return installationTokens({
    ...o,
    app: { appId: r.githubAppId, privateKey },
    scope: r.scope,
    baseUrl: r.githubApiUrl,
    readsQueue: r.autoscale !== void 0
  });
}

export {
  githubClient,
  githubAnswer,
  githubError,
  appIdProblem,
  readAppPrivateKey,
  runnerAppTokens
};
//# sourceMappingURL=github-app.js.map
