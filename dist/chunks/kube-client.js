import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  AKS_SERVER_APP_ID,
  TransportError,
  retrying
} from "./transport.js";

// src/kube/client.ts
const { randomBytes } = require("node:crypto");
const { chmod, writeFile } = require("node:fs/promises");
const { tmpdir } = require("node:os");
const { delimiter, join } = require("node:path");

// src/kube/transport.ts
const { Agent: Agent2 } = require("node:https");

// src/https-agents.ts
const { Agent } = require("node:https");
const { createSecureContext } = require("node:tls");
var agents = /* @__PURE__ */ new Map();
var keyPart = (v) => v === void 0 ? "" : Array.isArray(v) ? v.map(keyPart).join(",") : Buffer.isBuffer(v) ? v.toString("base64") : String(v);
function sharedHttpsAgent(tls = {}) {
  const key = [tls.ca, tls.cert, tls.key, tls.pfx, tls.passphrase, tls.rejectUnauthorized, tls.servername].map(keyPart).join("|");
  let agent = agents.get(key);
  if (!agent) {
    const { ca, cert, key: privateKey, pfx, passphrase, rejectUnauthorized, servername } = tls;
    const options = {
      keepAlive: true,
      secureContext: createSecureContext({ ca, cert, key: privateKey, pfx, passphrase }),
      ...rejectUnauthorized === void 0 ? {} : { rejectUnauthorized },
      ...servername === void 0 ? {} : { servername }
    };
    agent = new Agent(options);
    agents.set(key, agent);
  }
  return agent;
}
function proxyConfigured(env = process.env) {
  return ["HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"].some((k) => !!env[k]);
}

// src/kube/transport.ts
var KUBE_SERVICE = "Kubernetes API";
var ATTEMPTS_HEADER = "x-aks-wi-attempts";
var UNCERTAIN_HEADER = "x-aks-wi-uncertain";
function describe(req) {
  const url = new URL(req.getUrl());
  return `${req.getHttpMethod()} ${url.pathname}`;
}
function shareAgent(req) {
  const agent = req.getAgent();
  if (!(agent instanceof Agent2) || agent.constructor !== Agent2) return;
  const o = agent.options;
  req.setAgent(
    sharedHttpsAgent({
      ca: o.ca,
      cert: o.cert,
      key: o.key,
      pfx: o.pfx,
      passphrase: o.passphrase,
      rejectUnauthorized: o.rejectUnauthorized,
      servername: o.servername
    })
  );
}
async function policyHttpLibrary(o) {
  const { IsomorphicFetchHttpLibrary, ResponseContext: Response, wrapHttpLibrary } = await import("./kubernetes-client-node.js");
  const inner = new IsomorphicFetchHttpLibrary();
  const sendOnce = (req) => inner.send(req).toPromise();
  const policy = wrapHttpLibrary({
    async send(req) {
      const own = req.getSignal();
      shareAgent(req);
      let attempts = 0;
      const res = await retrying(
        {
          send: async (signal, n) => {
            attempts = n;
            req.setSignal(own ? AbortSignal.any([own, signal]) : signal);
            const r = await sendOnce(req);
            const body = Buffer.from(await r.body.binary());
            return new Response(r.httpStatusCode, r.headers, {
              text: () => Promise.resolve(body.toString("utf8")),
              binary: () => Promise.resolve(body)
            });
          },
          status: (r) => ({ status: r.httpStatusCode, retryAfter: r.headers["retry-after"] }),
          repeatable: true
        },
        {
          service: KUBE_SERVICE,
          operation: describe(req),
          policy: o.policy,
          signal: o.signal,
          onRetry: ({ attempt, delayMs, cause }) => o.onRetry?.(
            `  ${KUBE_SERVICE}: ${describe(req)}: ${cause.kind === "status" ? `HTTP ${cause.status}` : cause.kind === "timeout" ? "no answer" : "connection failed"}, retrying in ${(delayMs / 1e3).toFixed(1)} s (attempt ${attempt + 1})`
          )
        }
      );
      if (attempts > 1) Object.assign(res.headers, { [ATTEMPTS_HEADER]: String(attempts), [UNCERTAIN_HEADER]: "true" });
      return res;
    }
  });
  return wrapHttpLibrary({ send: (req) => unreachableHint(req, () => policy.send(req).toPromise()) });
}
var ClusterUnreachableError = class extends Error {
  constructor(server, cause) {
    super(
      `${cause.message}. The cluster's API server (${server}) does not answer this runner. If the cluster is private (API server in a virtual network, or authorized IP ranges that leave this runner out), set 'cluster-access: run-command' to reach it through the AKS run-command API, or run the job on a runner inside that network.`,
      { cause }
    );
    this.name = "ClusterUnreachableError";
  }
};
async function unreachableHint(req, send) {
  try {
    return await send();
  } catch (err) {
    if (err instanceof TransportError && err.lastCause.kind !== "status") throw new ClusterUnreachableError(new URL(req.getUrl()).host, err);
    throw err;
  }
}
async function makeApi(kc, Api, o) {
  const { createConfiguration, ServerConfiguration } = await import("./kubernetes-client-node.js");
  const cluster = kc.getCurrentCluster();
  if (!cluster) throw new Error("No active cluster!");
  const config = createConfiguration({
    baseServer: new ServerConfiguration(cluster.server, {}),
    authMethods: { default: kc },
    httpApi: o.httpApi ?? await policyHttpLibrary(o)
  });
  return new Api(config);
}

// src/kube/client.ts
var AKS_SERVER_SCOPE = `${AKS_SERVER_APP_ID}/.default`;
var ClusterAccessError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "ClusterAccessError";
  }
};
function entraAuthenticator(userName, credential, mask) {
  let last = "";
  return {
    isAuthProvider: (user) => user.name === userName,
    async applyAuthentication(_user, opts) {
      const t = await credential.getToken(AKS_SERVER_SCOPE);
      if (!t?.token)
        throw new ClusterAccessError(
          `The action's Azure credential returned no token for the AKS server application (${AKS_SERVER_SCOPE}).`
        );
      if (t.token !== last) {
        last = t.token;
        mask(last);
      }
      const o = opts;
      o.headers ??= {};
      o.headers.Authorization = `Bearer ${t.token}`;
    }
  };
}
async function writePrivateFile(dir, prefix, content) {
  const path = join(dir, `${prefix}-${randomBytes(6).toString("hex")}`);
  await writeFile(path, content, { mode: 384, flag: "wx" });
  await chmod(path, 384);
  return path;
}
function localAccountsDisabled(err) {
  const e = err;
  return (e.statusCode === 400 || e.code === "BadRequest") && /local accounts/i.test(e.message ?? "");
}
async function listKubeconfig(o) {
  const client = o.client;
  let result;
  try {
    result = o.kind === "admin" ? await client.managedClusters.listClusterAdminCredentials(o.resourceGroup, o.clusterName) : await client.managedClusters.listClusterUserCredentials(o.resourceGroup, o.clusterName);
  } catch (err) {
    if (o.kind === "admin" && localAccountsDisabled(err)) {
      throw new ClusterAccessError(
        `'cluster-credentials: admin' is refused: the cluster ${o.resourceGroup}/${o.clusterName} has local accounts disabled (disableLocalAccounts: true), so AKS hands out no admin kubeconfig. Use 'cluster-credentials: user' (the action's identity then needs a Kubernetes RBAC role on the cluster, e.g. 'Azure Kubernetes Service RBAC Admin'), or pass a kubeconfig.`
      );
    }
    throw err;
  }
  const value = result.kubeconfigs?.[0]?.value;
  if (!value) throw new ClusterAccessError(`AKS returned no ${o.kind} kubeconfig for ${o.resourceGroup}/${o.clusterName}.`);
  return Buffer.from(value).toString("utf8");
}
async function aksServerToken(credential, mask) {
  const t = await credential.getToken(AKS_SERVER_SCOPE);
  if (!t?.token)
    throw new ClusterAccessError(`The action's Azure credential returned no token for the AKS server application (${AKS_SERVER_SCOPE}).`);
  mask(t.token);
  return t;
}
async function fetchAksKubeconfigFile(o, mask) {
  const text = await listKubeconfig(o);
  const { maskUserSecrets, usesEntra, withBearerToken } = await import("./kube-kubeconfig-text.js");
  if (o.kind === "admin" || !usesEntra(text)) {
    maskUserSecrets(text, mask);
    return { file: text };
  }
  const t = await aksServerToken(o.credential, mask);
  return { file: withBearerToken(text, t.token), tokenExpiresOn: t.expiresOnTimestamp };
}
async function fetchAksKubeconfig(o, mask) {
  const listed = listKubeconfig(o);
  listed.catch(() => void 0);
  const { KubeConfig } = await import("./kubernetes-client-node.js");
  const text = await listed;
  const kc = new KubeConfig();
  try {
    kc.loadFromString(text);
  } catch (err) {
    throw new ClusterAccessError(`The kubeconfig from AKS cannot be read: ${err.message}`);
  }
  const userName = (kc.contexts.find((c) => c.name === kc.currentContext) ?? kc.contexts[0])?.user;
  const user = kc.users.find((u) => u.name === userName);
  if (o.kind === "admin" || !user || user.exec == null && user.authProvider == null) {
    for (const u of kc.users) for (const secret of [u.token, u.keyData, u.password]) if (typeof secret === "string" && secret) mask(secret);
    return { file: () => Promise.resolve(text), kubeConfig: kc };
  }
  const { token } = await aksServerToken(o.credential, mask);
  kc.loadFromOptions({
    clusters: kc.clusters,
    contexts: kc.contexts,
    currentContext: kc.currentContext,
    users: kc.users.map((u) => u === user ? { name: u.name } : u)
  });
  kc.addAuthenticator(entraAuthenticator(user.name, o.credential, mask));
  return { file: async () => (await import("./kube-kubeconfig-text.js")).withBearerToken(text, token), kubeConfig: kc };
}
async function loadFile(path) {
  const { KubeConfig } = await import("./kubernetes-client-node.js");
  const kc = new KubeConfig();
  try {
    kc.loadFromFile(path);
  } catch (err) {
    throw new ClusterAccessError(`Cannot read the kubeconfig '${path}': ${err.message}`);
  }
  return kc;
}
function serverOf(kc, path) {
  const server = kc.getCurrentCluster()?.server;
  if (!server) throw new ClusterAccessError(`The kubeconfig '${path}' has no cluster for its current context '${kc.getCurrentContext()}'.`);
  return server;
}
async function reachCluster(o) {
  if (o.kubeconfigInput) {
    const kc2 = await loadFile(o.kubeconfigInput);
    o.info?.(`Kubernetes: using the kubeconfig from the 'kubeconfig' input (${o.kubeconfigInput}).`);
    return { kubeConfig: kc2, source: "input", path: o.kubeconfigInput, server: serverOf(kc2, o.kubeconfigInput) };
  }
  const fromEnv = (o.env.KUBECONFIG ?? "").split(delimiter).find((p) => p.trim());
  if (fromEnv) {
    const kc2 = await loadFile(fromEnv);
    o.info?.(`Kubernetes: using $KUBECONFIG (${fromEnv}).`);
    return { kubeConfig: kc2, source: "env", path: fromEnv, server: serverOf(kc2, fromEnv) };
  }
  const { file, kubeConfig: kc } = await fetchAksKubeconfig(o.aks, o.mask);
  const source = o.aks.kind === "admin" ? "aks-admin" : "aks-user";
  const how = `Kubernetes: fetched the cluster's ${o.aks.kind} kubeconfig from AKS${o.aks.kind === "user" ? " (Entra token, no kubelogin)" : ""}`;
  if (o.writeKubeconfig === false) {
    o.info?.(`${how}; kept in memory only.`);
    return { kubeConfig: kc, source, server: serverOf(kc, "fetched from AKS") };
  }
  const path = await writePrivateFile(o.env.RUNNER_TEMP || tmpdir(), "aks-wi-kubeconfig", await file());
  o.info?.(`${how}; written to ${path} (mode 600).`);
  return { kubeConfig: kc, source, path, server: serverOf(kc, path) };
}
async function rbacApi(kc, o = {}) {
  const { RbacAuthorizationV1Api } = await import("./kubernetes-client-node.js");
  return makeApi(kc, RbacAuthorizationV1Api, o);
}
async function coordinationApi(kc, o = {}) {
  const { CoordinationV1Api } = await import("./kubernetes-client-node.js");
  return makeApi(kc, CoordinationV1Api, o);
}
async function coreApi(kc, o = {}) {
  const { CoreV1Api } = await import("./kubernetes-client-node.js");
  return makeApi(kc, CoreV1Api, o);
}
async function customObjectsApi(kc, o = {}) {
  const { CustomObjectsApi } = await import("./kubernetes-client-node.js");
  return makeApi(kc, CustomObjectsApi, o);
}

export {
  sharedHttpsAgent,
  proxyConfigured,
  makeApi,
  AKS_SERVER_SCOPE,
  ClusterAccessError,
  writePrivateFile,
  fetchAksKubeconfigFile,
  reachCluster,
  rbacApi,
  coordinationApi,
  coreApi,
  customObjectsApi
};
//# sourceMappingURL=kube-client.js.map
