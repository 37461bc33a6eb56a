import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

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

// src/runner-kinds/arc.ts
var ARC_CONTAINER_MODES = ["default", "kubernetes"];
var HOOK_TEMPLATE_DIR = "/home/runner/pod-templates";
var HOOK_TEMPLATE_KEY = "job-pod.yaml";
var HOOK_TEMPLATE_VOLUME = "hook-template";
var hookTemplateConfigMap = (scaleSetName) => `${scaleSetName}-hook-template`;
var DEFAULT_MAX_RUNNERS = 5;
var MAX_RUNNERS_LIMIT = 1e3;
var ARC_KUBE_MODE_RULES = [
  { apiGroups: [""], resources: ["pods"], verbs: ["get", "list", "create", "delete"] },
  { apiGroups: [""], resources: ["pods/exec"], verbs: ["get", "create"] },
  { apiGroups: [""], resources: ["pods/log"], verbs: ["get", "list", "watch"] },
  { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list", "create", "delete"] }
];
var ARC_SECRET_KEYS = {
  token: "github_token",
  appId: "github_app_id",
  installationId: "github_app_installation_id",
  privateKey: "github_app_private_key"
};
var count = (max) => (v) => /^[0-9]{1,6}$/.test(v) && Number(v) <= max ? void 0 : `must be a whole number from 0 to ${max}`;
var configUrlRule = (v) => {
  let u;
  try {
    u = new URL(v);
  } catch {
    return "must be a URL such as https://github.com/my-org or https://github.com/my-org/my-repo";
  }
  if (u.protocol !== "https:") return "must be an https URL";
  const parts = u.pathname.split("/").filter(Boolean);
  const ok = (parts.length === 1 || parts.length === 2 || parts.length === 2 && parts[0] === "enterprises") && !u.search && !u.hash;
  return ok ? void 0 : "must name an organisation (https://github.com/ORG), a repository (https://github.com/ORG/REPO) or an enterprise";
};
var groupRule = (v) => v.length <= 255 && !/[\r\n]/.test(v) ? void 0 : "must be a runner group name of at most 255 characters";
var arcDriver = {
  component: "arc-runner",
  defaultImage: DEFAULT_RUNNER_IMAGE,
  ownInputs: ["arc-github-config-url", "arc-runner-group", "arc-container-mode", "github-app-installation-id"],
  secretInputs: [],
  /** The configuration URL and a credential are required unless destroying (destroy needs neither). */
  read(r, run) {
    const minRaw = r.optional("runner-min", count(MAX_RUNNERS_LIMIT));
    const maxRaw = r.optional("runner-max", count(MAX_RUNNERS_LIMIT));
    const minRunners = minRaw === void 0 ? 0 : Number(minRaw);
    const maxRunners = maxRaw === void 0 ? Math.max(DEFAULT_MAX_RUNNERS, minRunners) : Number(maxRaw);
    const configUrl = r.optional("arc-github-config-url", configUrlRule)?.replace(/\/+$/, "");
    const runnerGroup = r.optional("arc-runner-group", groupRule) ?? "default";
    const containerMode = r.oneOf("arc-container-mode", "default", ARC_CONTAINER_MODES);
    const installationId = r.optional(
      "github-app-installation-id",
      (v) => /^[1-9][0-9]{0,18}$/.test(v) ? void 0 : "must be the App installation's numeric ID"
    );
    const token = run.selected ? r.raw("github-token") : "";
    const appId = run.selected ? r.raw("github-app-id") : "";
    const privateKey = run.selected ? r.raw("github-app-private-key") : "";
    if (run.selected) {
      if (run.count > 0)
        r.conflict("runner-count", "does not apply to 'runner-kind: arc' (ARC's controller makes the pods): use runner-min and runner-max");
      if (minRunners > maxRunners) r.conflict("runner-min", `must not exceed 'runner-max' (${maxRunners})`);
      if (!run.destroying) {
        if (!configUrl && !r.raw("arc-github-config-url"))
          r.conflict(
            "arc-github-config-url",
            "is required with 'runner-kind: arc': the repository or organisation URL, e.g. https://github.com/my-org"
          );
        if (!token && !appId)
          r.conflict(
            "github-token",
            "is required with 'runner-kind: arc' unless a GitHub App is given ('github-app-id', 'github-app-installation-id', 'github-app-private-key'): ARC's listener registers the scale set with it"
          );
        if (appId && !installationId && !r.raw("github-app-installation-id"))
          r.conflict(
            "github-app-installation-id",
            "is required with 'runner-kind: arc' and a GitHub App: ARC authenticates as that installation"
          );
      }
    }
    const data = token ? { [ARC_SECRET_KEYS.token]: token } : appId && installationId && privateKey ? { [ARC_SECRET_KEYS.appId]: appId, [ARC_SECRET_KEYS.installationId]: installationId, [ARC_SECRET_KEYS.privateKey]: privateKey } : void 0;
    return {
      options: { minRunners, maxRunners, runnerGroup, configUrl: configUrl ?? "", containerMode },
      credential: data && JSON.stringify(data)
    };
  },
  /** `configMap`: the hook template's ConfigMap (kubernetes mode); ARC's pods have no credential Secret of ours. */
  pod: (o, configMap) => ({
    // ARC's ephemeral runners exit after one job; the controller replaces them.
    restartPolicy: "Never",
    // Only the Kubernetes container hook talks to this cluster's API (it creates the job pods).
    automountServiceAccountToken: o.containerMode === "kubernetes",
    uid: GITHUB_RUNNER_UID,
    gid: GITHUB_RUNNER_UID,
    command: ["/home/runner/run.sh"],
    env: o.containerMode === "kubernetes" ? [
      { name: "ACTIONS_RUNNER_CONTAINER_HOOKS", value: "/home/runner/k8s-novolume/index.js" },
      { name: "ACTIONS_RUNNER_POD_NAME", valueFrom: { fieldRef: { fieldPath: "metadata.name" } } },
      { name: "ACTIONS_RUNNER_REQUIRE_JOB_CONTAINER", value: "true" },
      { name: "ACTIONS_RUNNER_CONTAINER_HOOK_TEMPLATE", value: `${HOOK_TEMPLATE_DIR}/${HOOK_TEMPLATE_KEY}` }
    ] : [],
    ...o.containerMode === "kubernetes" ? {
      volumeMounts: [{ name: HOOK_TEMPLATE_VOLUME, mountPath: HOOK_TEMPLATE_DIR, readOnly: true }],
      volumes: [{ name: HOOK_TEMPLATE_VOLUME, configMap: { name: configMap } }]
    } : {},
    resources: resources()
  }),
  // The runner pods of kubernetes mode start the job pods: they run as their own service account with that Role.
  separateServiceAccount: (o) => o.containerMode === "kubernetes",
  rbac: (o) => o.containerMode === "kubernetes" ? {
    rules: ARC_KUBE_MODE_RULES,
    reason: "ARC's container hook creates job pods in its namespace (kubernetes mode)",
    serves: "ARC's job pods"
  } : void 0
};
function arcSecretData(credential) {
  return credential ? JSON.parse(credential) : void 0;
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
var REGISTERED = { github: githubDriver, gitlab: gitlabDriver, jenkins: jenkinsDriver, pod: podDriver, arc: arcDriver };
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
  HOOK_TEMPLATE_KEY,
  hookTemplateConfigMap,
  arcSecretData,
  DRIVERS,
  RUNNER_KINDS,
  kindOfComponent,
  credentialSecretName,
  derivedCredential,
  runnerRbac,
  separateServiceAccount,
  runnerServiceAccountName,
  runnerPodServiceAccount,
  selectionOf
};
//# sourceMappingURL=runner-kinds-gitlab.js.map
