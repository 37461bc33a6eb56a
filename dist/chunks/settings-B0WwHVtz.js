import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
// The Azure clouds the action can target, and how their endpoints are derived. Pure data.
const CLOUDS = {
    AzureCloud: {
        name: 'AzureCloud',
        armEndpoint: 'https://management.azure.com',
        authorityHost: 'https://login.microsoftonline.com',
        portal: 'https://portal.azure.com'
    },
    AzureUSGovernment: {
        name: 'AzureUSGovernment',
        armEndpoint: 'https://management.usgovcloudapi.net',
        authorityHost: 'https://login.microsoftonline.us',
        portal: 'https://portal.azure.us'
    },
    AzureChinaCloud: {
        name: 'AzureChinaCloud',
        armEndpoint: 'https://management.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
        portal: 'https://portal.azure.cn'
    }
};
/** Accepts the names azure/login and the Azure CLI use, case-insensitively. */
function cloudByName(name) {
    const key = Object.keys(CLOUDS).find((k) => k.toLowerCase() === name.trim().toLowerCase());
    return key ? CLOUDS[key] : undefined;
}
/** The token scope for ARM on a given endpoint (`https://management.azure.com/.default`). */
const armScope = (armEndpoint) => `${armEndpoint.replace(/\/+$/, '')}/.default`;
/** The AKS server application (Entra ID audience of the Kubernetes API server on Entra-integrated clusters). */
const AKS_SERVER_APP_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';

// Built-in Azure roles the action knows by heart: to refuse privileged ones before any network call, and
// to name them in messages. Role resolution by name still goes to ARM (custom roles, other clouds).
/** Roles that can grant access to others: refused unless `allow-privileged-roles: true`. */
const PRIVILEGED_ROLES = [
    { name: 'Owner', id: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635' },
    { name: 'User Access Administrator', id: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9' },
    { name: 'Role Based Access Control Administrator', id: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168' }
];
/** The privileged built-in role a role value (name or GUID) denotes, if any. */
function privilegedRole(roleName, roleGuid) {
    return PRIVILEGED_ROLES.find((r) => (roleGuid && r.id === roleGuid) || (roleName && r.name.toLowerCase() === roleName.trim().toLowerCase()))?.name;
}

// Pure validation rules for input values: each returns undefined when the value is valid, or a sentence
// describing the expected form (the caller adds the input's name and value). No I/O, no network.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = (v) => (GUID.test(v) ? undefined : 'must be a GUID such as 00000000-0000-0000-0000-000000000000');
/** Azure resource group names: 1-90 characters, letters, digits, '_', '-', '.', '(', ')', not ending in '.'. */
const resourceGroupName = (v) => /^[-\p{L}\p{N}_.()]{1,90}$/u.test(v) && !v.endsWith('.')
    ? undefined
    : "must be an Azure resource group name: 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending in '.'";
/** Microsoft.ManagedIdentity/userAssignedIdentities: 3-128 characters, alphanumerics, '-' and '_', starting alphanumeric. */
const identityName = (v) => /^[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}$/.test(v)
    ? undefined
    : "must be a managed identity name: 3-128 letters, digits, '-' or '_', starting with a letter or digit";
/** Microsoft.ContainerService/managedClusters: 1-63 characters, alphanumerics, '_' and '-', alphanumeric at both ends. */
const clusterName = (v) => /^[a-zA-Z0-9](?:[a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?$/.test(v)
    ? undefined
    : "must be an AKS cluster name: 1-63 letters, digits, '-' or '_', starting and ending with a letter or digit";
/** The federated identity credential name pattern from the Microsoft.ManagedIdentity spec. */
const FIC_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-_]{2,119}$/;
const federatedCredentialName = (v) => FIC_NAME.test(v)
    ? undefined
    : "must be a federated credential name: 3-120 letters, digits, '-' or '_', starting with a letter or digit";
const DNS_LABEL = /^[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?$/;
/** RFC 1123 label (Kubernetes namespaces). */
const dnsLabel = (v) => DNS_LABEL.test(v)
    ? undefined
    : "must be an RFC 1123 label: at most 63 lower-case letters, digits or '-', starting and ending with a letter or digit";
/** RFC 1123 subdomain (Kubernetes service accounts and most object names). */
const dnsSubdomain = (v) => v.length <= 253 && v.split('.').every((part) => DNS_LABEL.test(part))
    ? undefined
    : "must be an RFC 1123 subdomain: at most 253 lower-case letters, digits, '-' or '.', each dot-separated part starting and ending with a letter or digit";
/** Azure region name as ARM spells it (`eastus`, `westeurope`); display names are normalised before this check. */
const location = (v) => (/^[a-z0-9]{2,40}$/.test(v) ? undefined : "must be an Azure region name such as 'eastus' or 'westeurope'");
const httpsUrl = (v) => {
    try {
        const u = new URL(v);
        return u.protocol === 'https:' && !u.username && !u.password ? undefined : 'must be an https:// URL without credentials';
    }
    catch {
        return 'must be an https:// URL';
    }
};
const SEG = '[^/]+';
const SUB = `/subscriptions/${SEG}`;
const SCOPE_FORMS = [
    { re: new RegExp(`^${SUB}$`, 'i'), kind: 'subscription' },
    { re: new RegExp(`^${SUB}/resourceGroups/${SEG}$`, 'i'), kind: 'resourceGroup' },
    { re: new RegExp(`^${SUB}/resourceGroups/${SEG}/providers/[A-Za-z0-9]+\\.[A-Za-z0-9.]+(?:/${SEG}/${SEG})+$`, 'i'), kind: 'resource' },
    { re: new RegExp(`^${SUB}/providers/[A-Za-z0-9]+\\.[A-Za-z0-9.]+(?:/${SEG}/${SEG})+$`, 'i'), kind: 'resource' },
    { re: /^\/providers\/Microsoft\.Management\/managementGroups\/[A-Za-z0-9._()-]{1,90}$/i, kind: 'managementGroup' }
];
/** Which ARM scope form a scope has, or undefined when it has none. */
function scopeKind(v) {
    const form = SCOPE_FORMS.find((f) => f.re.test(v));
    if (!form)
        return undefined;
    if (form.kind !== 'managementGroup') {
        const sub = v.split('/')[2] ?? '';
        if (!GUID.test(sub))
            return undefined;
    }
    return form.kind;
}
const scope = (v) => scopeKind(v)
    ? undefined
    : 'must be an ARM scope: /subscriptions/{id}, /subscriptions/{id}/resourceGroups/{name}, a full resource ID, or /providers/Microsoft.Management/managementGroups/{name}';
const ROLE_DEF_ID = /^(?:\/subscriptions\/[0-9a-f-]{36})?\/providers\/Microsoft\.Authorization\/roleDefinitions\/([0-9a-f-]{36})$/i;
/** The role definition GUID inside a role value that is a GUID or a role definition ID, else undefined (a name). */
function roleGuid(v) {
    if (GUID.test(v))
        return v.toLowerCase();
    const m = ROLE_DEF_ID.exec(v);
    return m && GUID.test(m[1]) ? m[1].toLowerCase() : undefined;
}
const role = (v) => {
    if (v.startsWith('/')) {
        return roleGuid(v) ? undefined : 'must be a role name, a role definition GUID, or a role definition ID such as /subscriptions/{id}/providers/Microsoft.Authorization/roleDefinitions/{guid}';
    }
    if (/^[0-9a-f-]{30,}$/i.test(v) && !GUID.test(v))
        return 'looks like a role definition GUID but is not a valid GUID';
    return v.length <= 256 && !/[\r\n'"]/.test(v) ? undefined : 'must be a role name (at most 256 characters, no quotes), a GUID or a role definition ID';
};
const GH_OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const GH_REPO = /^[A-Za-z0-9._-]{1,100}$/;
const runnerScope = (v) => {
    const org = /^org:(.+)$/.exec(v);
    if (org)
        return GH_OWNER.test(org[1]) ? undefined : "must be 'org:NAME' with a GitHub organisation name (letters, digits, '-')";
    const [owner, repo, ...rest] = v.split('/');
    return owner && repo && rest.length === 0 && GH_OWNER.test(owner) && GH_REPO.test(repo) && repo !== '.' && repo !== '..'
        ? undefined
        : "must be 'owner/repo' for a repository or 'org:NAME' for an organisation";
};
/** A container image reference: [registry[:port]/]path[:tag][@sha256:digest]. */
const imageRef = (v) => /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/.test(v)
    ? undefined
    : 'must be a container image reference such as ghcr.io/actions/actions-runner:2.329.0';
/** A GitHub runner label: 1-256 characters, no commas or whitespace. */
const runnerLabel = (v) => (/^[^\s,]{1,256}$/.test(v) ? undefined : 'each label must be 1-256 characters without spaces or commas');
/** ARM tag names: at most 512 characters, none of < > % & \ ? /. Values: at most 256 characters. */
function tagProblem(key, value) {
    if (!key || key.length > 512 || /[<>%&\\?/]/.test(key))
        return `tag name '${key}' must be 1-512 characters without < > % & \\ ? /`;
    if (value.length > 256)
        return `tag '${key}' has a value longer than 256 characters`;
    return undefined;
}
/** A GitLab runner authentication token (GitLab 16+): `glrt-` and the token, no whitespace. */
const gitlabRunnerToken = (v) => /^glrt-[A-Za-z0-9_.-]{10,}$/.test(v) ? undefined : "must be a runner authentication token starting with 'glrt-' (registration tokens are deprecated; create a runner in GitLab to get one)";
/** A Jenkins node name: at most 200 characters, none of the characters Jenkins forbids in names, no spaces. */
const jenkinsAgentName = (v) => v.length <= 200 && !/[?*/\\%!@#$^&|<>[\]:;\s]/.test(v) ? undefined : 'must be a Jenkins agent name: at most 200 characters, no spaces and none of ? * / \\ % ! @ # $ ^ & | < > [ ] : ;';
/** The agent secret Jenkins shows on the agent's page: 64 hexadecimal characters. */
const jenkinsAgentSecret = (v) => (/^[0-9a-f]{64}$/i.test(v) ? undefined : "must be the agent's secret from its page in Jenkins: 64 hexadecimal characters");

// Inputs → one typed, validated Settings object. This is the only module that reads inputs; defaults are
// resolved here and nowhere else. Every problem names the input, shows the value (never a secret's) and the
// expected form, and all problems are reported together, before anything touches the network.
const DEFAULT_AUDIENCE = 'api://AzureADTokenExchange';
/** Pinned by tag; bump with the runner's releases (the runner refuses to run when too old for GitHub). */
const DEFAULT_RUNNER_IMAGE = 'ghcr.io/actions/actions-runner:2.329.0';
const RUNNER_KINDS = ['github', 'gitlab', 'jenkins', 'pod'];
/**
 * Pinned default images per kind (`runner-image` overrides the first three, `pod-image` the last). Bump with
 * releases: GitLab Runner's alpine image runs as `gitlab-runner` (uid 100, group nogroup 65533), Jenkins'
 * inbound agent as `jenkins` (uid 1000).
 */
const DEFAULT_IMAGES = {
    github: DEFAULT_RUNNER_IMAGE,
    gitlab: 'gitlab/gitlab-runner:alpine-v17.11.3',
    jenkins: 'jenkins/inbound-agent:3345.v03dee9b_f88fc-1',
    pod: 'mcr.microsoft.com/azure-cli:2.67.0'
};
/** The seed's demo pod: the azure-cli image kept alive for `kubectl exec` (its own default command is a shell that exits). */
const DEFAULT_POD_COMMAND = ['sleep'];
const DEFAULT_POD_ARGS = ['3600'];
const OWNER_TAG = 'managed-by';
/** The product's name: the ownership tag and label value, the field manager, the user agent. */
const OWNER_VALUE = 'aks-workload-identity';
class SettingsError extends Error {
    problems;
    constructor(problems) {
        super(`${problems.length} input problem${problems.length === 1 ? '' : 's'}:\n` + problems.map((p) => `- ${p.message}`).join('\n'));
        this.problems = problems;
        this.name = 'SettingsError';
    }
}
/** Inputs whose values are never shown in messages and are masked on read. */
const SECRET_INPUTS = new Set(['github-token', 'gitlab-runner-token', 'jenkins-agent-secret']);
const TRUE = new Set(['true', 'True', 'TRUE']);
const FALSE = new Set(['false', 'False', 'FALSE']);
class Reader {
    src;
    problems = [];
    constructor(src) {
        this.src = src;
    }
    raw(name) {
        const v = this.src.get(name).trim();
        if (v && SECRET_INPUTS.has(name))
            this.src.mask(v);
        return v;
    }
    problem(name, value, expected) {
        const shown = SECRET_INPUTS.has(name) ? '(value hidden)' : `'${value}'`;
        this.problems.push({ input: name, message: `Input '${name}' = ${shown}: ${expected}.` });
    }
    /** A problem about how inputs combine, not about one value. */
    conflict(name, message) {
        this.problems.push({ input: name, message: `Input '${name}': ${message}.` });
    }
    required(name, rule) {
        const v = this.raw(name);
        if (!v) {
            this.conflict(name, 'is required');
            return '';
        }
        return this.check(name, v, rule);
    }
    optional(name, rule) {
        const v = this.raw(name);
        return v ? this.check(name, v, rule) : undefined;
    }
    check(name, v, rule) {
        const why = rule(v);
        if (why)
            this.problem(name, v, why);
        return v;
    }
    bool(name, dflt) {
        const v = this.raw(name);
        if (!v)
            return dflt;
        if (TRUE.has(v))
            return true;
        if (FALSE.has(v))
            return false;
        this.problem(name, v, "must be 'true' or 'false'");
        return dflt;
    }
    int(name, dflt, min, max) {
        const v = this.raw(name);
        if (!v)
            return dflt;
        if (!/^[0-9]+$/.test(v) || Number(v) < min || Number(v) > max) {
            this.problem(name, v, `must be a whole number from ${min} to ${max}`);
            return dflt;
        }
        return Number(v);
    }
    oneOf(name, dflt, allowed) {
        const v = this.raw(name);
        if (!v)
            return dflt;
        const hit = allowed.find((a) => a === v.toLowerCase());
        if (!hit)
            this.problem(name, v, `must be one of: ${allowed.join(', ')}`);
        return hit ?? dflt;
    }
}
/** Normalises an Azure region display name ('East US') to its ARM name ('eastus'). */
function normaliseLocation(v) {
    return v.replace(/\s+/g, '').toLowerCase();
}
function parseTags(r, name) {
    const tags = {};
    const text = r.raw(name);
    for (const line of text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
        const eq = line.indexOf('=');
        if (eq <= 0) {
            r.problem(name, line, "must be one 'key=value' per line");
            continue;
        }
        const key = line.slice(0, eq).trim();
        const value = line.slice(eq + 1).trim();
        const why = tagProblem(key, value);
        if (why)
            r.conflict(name, why);
        else if (key.toLowerCase() === OWNER_TAG)
            r.conflict(name, `the tag '${OWNER_TAG}' is reserved: the action sets it to mark what it owns`);
        else
            tags[key] = value;
    }
    if (Object.keys(tags).length > 49)
        r.conflict(name, 'at most 49 tags (Azure allows 50, one is the ownership tag)');
    return tags;
}
function roleSpec(r, input, role$1, rawScope) {
    const scope$1 = rawScope.length > 1 ? rawScope.replace(/\/+$/, '') : rawScope;
    const roleWhy = role(role$1);
    const kind = scopeKind(scope$1);
    if (roleWhy)
        r.problem(input, role$1, `role ${roleWhy}`);
    if (!kind)
        r.problem(input, scope$1, `scope ${scope(scope$1)}`);
    if (roleWhy || !kind)
        return undefined;
    return { role: role$1, roleGuid: roleGuid(role$1), scope: scope$1, scopeKind: kind };
}
function parseRoleAssignments(r) {
    const out = [];
    const role = r.raw('role');
    const scope = r.raw('scope');
    if (role && !scope)
        r.conflict('role', "needs 'scope' (the ARM scope to assign the role at)");
    if (scope && !role)
        r.conflict('scope', "needs 'role' (the role to assign at this scope)");
    if (role && scope) {
        const spec = roleSpec(r, 'role', role, scope);
        if (spec)
            out.push(spec);
    }
    for (const line of r.raw('role-assignments').split(/\r?\n/).map((l) => l.trim()).filter(Boolean)) {
        // ROLE SCOPE: the scope is the last word and starts with '/'; the role (a name may contain spaces) is the rest.
        const m = /^(.+?)\s+(\/\S+)$/.exec(line);
        if (!m) {
            r.problem('role-assignments', line, "each line must be 'ROLE SCOPE', e.g. 'Reader /subscriptions/{id}/resourceGroups/{name}'");
            continue;
        }
        const spec = roleSpec(r, 'role-assignments', m[1].trim(), m[2]);
        if (spec)
            out.push(spec);
    }
    const seen = new Set();
    for (const s of out) {
        const key = `${(s.roleGuid ?? s.role).toLowerCase()}|${s.scope.toLowerCase()}`;
        if (seen.has(key))
            r.conflict('role-assignments', `the role '${s.role}' at '${s.scope}' is listed twice`);
        seen.add(key);
    }
    return out;
}
function parseRunnerScope(r, env) {
    const given = r.raw('runner-scope');
    const v = given || env.GITHUB_REPOSITORY || '';
    if (!v)
        return undefined;
    const why = runnerScope(v);
    if (why) {
        r.problem('runner-scope', v, why);
        return undefined;
    }
    if (v.startsWith('org:'))
        return { kind: 'org', org: v.slice(4) };
    const [owner, repo] = v.split('/');
    return { kind: 'repo', owner, repo };
}
function readSettings(src) {
    const r = new Reader(src);
    const env = src.env;
    const mode = r.oneOf('mode', 'apply', ['apply', 'plan', 'destroy']);
    const failOnDrift = r.bool('fail-on-drift', true);
    // --- Azure sign-in and cloud
    const auth = r.oneOf('auth', 'auto', ['auto', 'oidc', 'workload-identity', 'azure-cli', 'environment']);
    const envName = r.raw('environment') || 'AzureCloud';
    const cloud = cloudByName(envName);
    if (!cloud)
        r.problem('environment', envName, 'must be one of: AzureCloud, AzureUSGovernment, AzureChinaCloud');
    const base = cloud ?? cloudByName('AzureCloud');
    const armEndpoint = (r.optional('arm-endpoint', httpsUrl) ?? base.armEndpoint).replace(/\/+$/, '');
    const authorityHost = (r.optional('authority-host', httpsUrl) ?? base.authorityHost).replace(/\/+$/, '');
    const subscriptionId = r.optional('subscription-id', guid) ?? validEnvGuid(env.AZURE_SUBSCRIPTION_ID);
    const tenantId = r.optional('tenant-id', guid) ?? validEnvGuid(env.AZURE_TENANT_ID);
    const clientIdInput = r.optional('client-id', guid);
    const clientId = clientIdInput ?? validEnvGuid(env.AZURE_CLIENT_ID);
    if (auth === 'oidc') {
        if (!clientIdInput)
            r.conflict('client-id', "is required with 'auth: oidc' (the app registration or managed identity the workflow signs in as)");
        if (!tenantId)
            r.conflict('tenant-id', "is required with 'auth: oidc'");
    }
    if (auth === 'workload-identity' && !env.AZURE_FEDERATED_TOKEN_FILE) {
        r.conflict('auth', "'workload-identity' needs AZURE_FEDERATED_TOKEN_FILE, which the webhook sets only in pods labelled azure.workload.identity/use: \"true\"");
    }
    // --- Cluster
    const resourceGroup = r.required('resource-group', resourceGroupName);
    const clusterName$1 = r.required('cluster-name', clusterName);
    const enableFeatures = r.bool('enable-cluster-features', true);
    const credentials = r.oneOf('cluster-credentials', 'user', ['user', 'admin']);
    const kubeconfig = r.raw('kubeconfig') || undefined;
    // --- Identity and federation
    const identityName$1 = r.required('identity-name', identityName);
    const identityRg = r.optional('identity-resource-group', resourceGroupName) ?? resourceGroup;
    const locRaw = r.raw('location');
    const location$1 = locRaw ? r.check('location', normaliseLocation(locRaw), location) : undefined;
    const tags = parseTags(r, 'tags');
    const ficName = r.optional('federated-credential-name', federatedCredentialName);
    const audience = r.raw('audience') || DEFAULT_AUDIENCE;
    if (audience.length > 600 || /\s/.test(audience))
        r.problem('audience', audience, 'must be a single audience value without spaces, at most 600 characters');
    // --- Roles
    const roleAssignments = parseRoleAssignments(r);
    const allowPrivilegedRoles = r.bool('allow-privileged-roles', false);
    if (!allowPrivilegedRoles) {
        for (const s of roleAssignments) {
            const p = privilegedRole(s.roleGuid ? undefined : s.role, s.roleGuid);
            if (p)
                r.conflict(s.role === r.raw('role') ? 'role' : 'role-assignments', `'${p}' can grant access to others; set 'allow-privileged-roles: true' to assign it on purpose`);
        }
    }
    // --- Kubernetes
    const namespace = r.optional('namespace', dnsLabel) ?? 'default';
    const createNamespace = r.bool('create-namespace', true);
    const serviceAccount = r.required('service-account-name', dnsSubdomain);
    // --- Runners
    const kind = r.oneOf('runner-kind', 'github', RUNNER_KINDS);
    const count = r.int('runner-count', 0, 0, 100);
    const labelsRaw = r.raw('runner-labels') || 'self-hosted,linux,x64,aks-workload-identity';
    const labels = labelsRaw.split(/[,\n]/).map((l) => l.trim()).filter(Boolean);
    for (const l of labels)
        r.check('runner-labels', l, runnerLabel);
    if (labels.length === 0 || labels.length > 100)
        r.problem('runner-labels', labelsRaw, 'must list 1 to 100 labels, comma-separated');
    const groupId = r.int('runner-group-id', 1, 1, 2_147_483_647);
    const imageInput = r.optional('runner-image', imageRef);
    const podImage = r.optional('pod-image', imageRef);
    const image = kind === 'pod' ? (podImage ?? DEFAULT_IMAGES.pod) : (imageInput ?? DEFAULT_IMAGES[kind]);
    const namePrefix = r.optional('runner-name-prefix', (v) => v.length <= 50 && !dnsLabel(v) ? undefined : "must be an RFC 1123 label of at most 50 characters (a '-' and a unique suffix are added)") ?? 'aks-wi-runner';
    const githubToken = r.raw('github-token') || undefined;
    const githubApiUrl = (r.optional('github-api-url', httpsUrl) ?? env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, '');
    // The GitHub registration scope matters only for the github kind (other kinds never call GitHub).
    const runnerScope = kind === 'github' ? parseRunnerScope(r, env) : undefined;
    const wantsRunners = count > 0 && mode !== 'destroy';
    if (kind === 'github' && count > 0 && !githubToken) {
        r.conflict('github-token', "is required when 'runner-count' > 0: a token that may create runners (a GitHub App token or a PAT with repository Administration or organisation Self-hosted runners write; the workflow's GITHUB_TOKEN cannot)");
    }
    if (kind === 'github' && count > 0 && !runnerScope && !r.raw('runner-scope')) {
        r.conflict('runner-scope', "is required when 'runner-count' > 0 and GITHUB_REPOSITORY is not set ('owner/repo' or 'org:NAME')");
    }
    const gitlab = readGitLab(r, kind, wantsRunners);
    const jenkins = readJenkins(r, kind, wantsRunners, count);
    const podCommand = lines(r.raw('pod-command'));
    const podArgs = lines(r.raw('pod-args'));
    if (kind !== 'pod')
        for (const n of ['pod-image', 'pod-command', 'pod-args'])
            if (r.raw(n))
                r.conflict(n, `applies only to 'runner-kind: pod' (this is '${kind}')`);
    // The default image's own command is an interactive shell that exits at once: the seed's `sleep 3600` instead.
    const pod = podCommand.length || podArgs.length || podImage ? { command: podCommand, args: podArgs } : { command: DEFAULT_POD_COMMAND, args: DEFAULT_POD_ARGS };
    // --- Waiting and verification
    const wait = r.bool('wait', true);
    const timeoutSeconds = r.int('wait-timeout', 300, 10, 3600);
    const verify = r.bool('verify', true);
    if (r.problems.length)
        throw new SettingsError(r.problems);
    return {
        mode,
        failOnDrift,
        azure: { subscriptionId, tenantId, clientId, auth, cloud: base, armEndpoint, authorityHost },
        cluster: { resourceGroup, name: clusterName$1, enableFeatures, credentials, kubeconfig },
        identity: { name: identityName$1, resourceGroup: identityRg, location: location$1, tags },
        federation: { name: ficName, audience },
        roleAssignments,
        allowPrivilegedRoles,
        kube: { namespace, createNamespace, serviceAccount },
        runners: { kind, count, scope: runnerScope, labels, groupId, image, namePrefix, githubToken, githubApiUrl, gitlab: gitlab.settings, jenkins: jenkins.settings, pod },
        secrets: { gitlabRunnerToken: gitlab.token, jenkinsAgentSecret: jenkins.secret },
        wait: { enabled: wait, timeoutSeconds },
        verify
    };
}
/** A list in a string input: one item per line, each trimmed, blank lines dropped. */
function lines(v) {
    return v.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}
/** The gitlab kind's inputs; `url` and `token` are required only when runners are to be created. */
function readGitLab(r, kind, wantsRunners) {
    const url = r.optional('gitlab-url', httpsUrl)?.replace(/\/+$/, '');
    const token = r.optional('gitlab-runner-token', gitlabRunnerToken);
    const executor = r.oneOf('gitlab-executor', 'kubernetes', ['kubernetes', 'shell']);
    if (kind === 'gitlab' && wantsRunners) {
        if (!url)
            r.conflict('gitlab-url', "is required with 'runner-kind: gitlab' (the GitLab instance, e.g. https://gitlab.com)");
        if (!token)
            r.conflict('gitlab-runner-token', "is required with 'runner-kind: gitlab': a runner authentication token (glrt-...) from the project's, group's or instance's new runner page");
    }
    if (kind !== 'gitlab')
        for (const n of ['gitlab-url', 'gitlab-runner-token'])
            if (r.raw(n))
                r.conflict(n, `applies only to 'runner-kind: gitlab' (this is '${kind}')`);
    return { settings: { url, executor }, token };
}
/** The jenkins kind's inputs: one inbound agent per name and secret, so at most one pod. */
function readJenkins(r, kind, wantsRunners, count) {
    const url = r.optional('jenkins-url', httpsUrl)?.replace(/\/+$/, '');
    const agentName = r.optional('jenkins-agent-name', jenkinsAgentName);
    const secret = r.optional('jenkins-agent-secret', jenkinsAgentSecret);
    if (kind === 'jenkins' && wantsRunners) {
        if (!url)
            r.conflict('jenkins-url', "is required with 'runner-kind: jenkins' (the controller's URL, e.g. https://jenkins.example.com)");
        if (!agentName)
            r.conflict('jenkins-agent-name', "is required with 'runner-kind: jenkins' (the name of a permanent agent launched by connecting it to the controller)");
        if (!secret)
            r.conflict('jenkins-agent-secret', "is required with 'runner-kind: jenkins' (the agent's secret, shown on its page in Jenkins)");
    }
    if (kind === 'jenkins' && count > 1)
        r.conflict('runner-count', "must be 0 or 1 with 'runner-kind: jenkins': one agent name and secret connect one agent (use one step per agent)");
    if (kind !== 'jenkins')
        for (const n of ['jenkins-url', 'jenkins-agent-name', 'jenkins-agent-secret'])
            if (r.raw(n))
                r.conflict(n, `applies only to 'runner-kind: jenkins' (this is '${kind}')`);
    return { settings: { url, agentName }, secret };
}
function validEnvGuid(v) {
    return v && !guid(v.trim()) ? v.trim() : undefined;
}

export { AKS_SERVER_APP_ID as A, CLOUDS as C, DEFAULT_IMAGES as D, FIC_NAME as F, OWNER_VALUE as O, SettingsError as S, OWNER_TAG as a, armScope as b, roleGuid as c, privilegedRole as p, readSettings as r, scopeKind as s };
