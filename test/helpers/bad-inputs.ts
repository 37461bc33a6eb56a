// The table of bad inputs shared by the settings unit test and the built-action test.
import type { InputSource } from '../../src/settings.js'

export const SUB = '0b5d3e0a-4f1c-4a8e-9d55-1f2a3b4c5d6e'
export const BASE: Record<string, string> = {
  'resource-group': 'rg-app',
  'cluster-name': 'aks-app',
  'identity-name': 'id-app',
  'service-account-name': 'app-sa'
}

export function source(inputs: Record<string, string>, env: Record<string, string> = {}, masked: string[] = []): InputSource {
  return { get: (n) => inputs[n] ?? '', mask: (s) => void masked.push(s), env }
}

// [what is wrong, inputs, expected message (substring), input named]
export const BAD: Array<[string, Record<string, string>, string]> = [
  ['unknown mode', { mode: 'deploy' }, "Input 'mode' = 'deploy': must be one of: apply, plan, destroy."],
  ['misspelt boolean', { 'fail-on-drift': 'ture' }, "Input 'fail-on-drift' = 'ture': must be 'true' or 'false'."],
  ['yes is not a boolean', { verify: 'yes' }, "Input 'verify' = 'yes': must be 'true' or 'false'."],
  ['1 is not a boolean', { wait: '1' }, "Input 'wait' = '1': must be 'true' or 'false'."],
  ['resource group ending in a dot', { 'resource-group': 'rg.' }, "Input 'resource-group' = 'rg.': must be an Azure resource group name"],
  ['resource group too long', { 'resource-group': 'r'.repeat(91) }, "Input 'resource-group' = '" + 'r'.repeat(91) + "': must be an Azure resource group name"],
  ['resource group with a slash', { 'resource-group': 'rg/app' }, "Input 'resource-group' = 'rg/app': must be an Azure resource group name"],
  ['cluster name starting with a hyphen', { 'cluster-name': '-aks' }, "Input 'cluster-name' = '-aks': must be an AKS cluster name"],
  ['cluster name with a dot', { 'cluster-name': 'aks.prod' }, "Input 'cluster-name' = 'aks.prod': must be an AKS cluster name"],
  ['identity name too short', { 'identity-name': 'id' }, "Input 'identity-name' = 'id': must be a managed identity name: 3-128"],
  ['identity name with a space', { 'identity-name': 'id app' }, "Input 'identity-name' = 'id app': must be a managed identity name"],
  ['identity name starting with underscore', { 'identity-name': '_idapp' }, "Input 'identity-name' = '_idapp': must be a managed identity name"],
  ['federated credential name too short', { 'federated-credential-name': 'ab' }, "Input 'federated-credential-name' = 'ab': must be a federated credential name: 3-120"],
  ['federated credential name with a dot', { 'federated-credential-name': 'fic.name' }, "Input 'federated-credential-name' = 'fic.name': must be a federated credential name"],
  ['namespace with capitals', { namespace: 'My-Namespace' }, "Input 'namespace' = 'My-Namespace': must be an RFC 1123 label"],
  ['namespace ending in a hyphen', { namespace: 'ns-' }, "Input 'namespace' = 'ns-': must be an RFC 1123 label"],
  ['namespace of 64 characters', { namespace: 'n'.repeat(64) }, "must be an RFC 1123 label: at most 63"],
  ['service account with underscore', { 'service-account-name': 'app_sa' }, "Input 'service-account-name' = 'app_sa': must be an RFC 1123 subdomain"],
  ['service account missing', { 'service-account-name': '' }, "Input 'service-account-name': is required."],
  ['cluster name missing', { 'cluster-name': '' }, "Input 'cluster-name': is required."],
  ['subscription id not a GUID', { 'subscription-id': 'my-subscription' }, "Input 'subscription-id' = 'my-subscription': must be a GUID"],
  ['tenant id too short', { 'tenant-id': '1234' }, "Input 'tenant-id' = '1234': must be a GUID"],
  ['client id with non-hex', { 'client-id': 'zzzzzzzz-0000-0000-0000-000000000000' }, "Input 'client-id' = 'zzzzzzzz-0000-0000-0000-000000000000': must be a GUID"],
  ['scope with a bad subscription', { role: 'Reader', scope: '/subscriptions/abc' }, "Input 'scope' = '/subscriptions/abc': scope must be an ARM scope"],
  ['scope without leading slash', { role: 'Reader', scope: `subscriptions/${SUB}` }, `Input 'scope' = 'subscriptions/${SUB}': scope must be an ARM scope`],
  ['role without scope', { role: 'Reader' }, "Input 'role': needs 'scope'"],
  ['scope without role', { scope: `/subscriptions/${SUB}` }, "Input 'scope': needs 'role'"],
  ['role definition ID with a bad GUID', { role: '/providers/Microsoft.Authorization/roleDefinitions/xyz', scope: `/subscriptions/${SUB}` }, "role must be a role name, a role definition GUID, or a role definition ID"],
  ['privileged role not allowed', { role: 'Owner', scope: `/subscriptions/${SUB}` }, "Input 'role': 'Owner' can grant access to others; set 'allow-privileged-roles: true'"],
  ['privileged role by GUID', { 'role-assignments': `18d7d88d-d35e-4fb5-a5c3-7773c20a72d9 /subscriptions/${SUB}` }, "'User Access Administrator' can grant access to others"],
  ['role-assignments line without scope', { 'role-assignments': 'Reader' }, "Input 'role-assignments' = 'Reader': each line must be 'ROLE SCOPE'"],
  ['role assignment listed twice', { role: 'Reader', scope: `/subscriptions/${SUB}`, 'role-assignments': `reader /subscriptions/${SUB}/` }, "the role 'reader' at '/subscriptions/" + SUB + "' is listed twice"],
  ['runner scope without repo', { 'runner-scope': 'octo' }, "Input 'runner-scope' = 'octo': must be 'owner/repo' for a repository or 'org:NAME'"],
  ['runner scope org without name', { 'runner-scope': 'org:' }, "Input 'runner-scope' = 'org:': must be 'owner/repo'"],
  ['runners without a token', { 'runner-count': '3', 'runner-scope': 'octo-org/octo-repo', 'github-token': '' }, "Input 'github-token': is required when 'runner-count' > 0"],
  ['negative runner count', { 'runner-count': '-1' }, "Input 'runner-count' = '-1': must be a whole number from 0 to 100."],
  ['runner count too large', { 'runner-count': '1000' }, "Input 'runner-count' = '1000': must be a whole number from 0 to 100."],
  ['wait-timeout below range', { 'wait-timeout': '5' }, "Input 'wait-timeout' = '5': must be a whole number from 10 to 3600."],
  ['wait-timeout with a unit', { 'wait-timeout': '30s' }, "Input 'wait-timeout' = '30s': must be a whole number from 10 to 3600."],
  ['oidc without client id', { auth: 'oidc', 'tenant-id': SUB, 'client-id': '' }, "Input 'client-id': is required with 'auth: oidc'"],
  ['oidc without tenant id', { auth: 'oidc', 'client-id': SUB, 'tenant-id': '' }, "Input 'tenant-id': is required with 'auth: oidc'"],
  ['unknown auth', { auth: 'magic' }, "Input 'auth' = 'magic': must be one of: auto, oidc, workload-identity, azure-cli, environment."],
  ['workload identity outside a pod', { auth: 'workload-identity' }, "Input 'auth': 'workload-identity' needs AZURE_FEDERATED_TOKEN_FILE"],
  ['unknown cloud', { environment: 'AzureGermanCloud' }, "Input 'environment' = 'AzureGermanCloud': must be one of: AzureCloud, AzureUSGovernment, AzureChinaCloud."],
  ['plain-http ARM endpoint', { 'arm-endpoint': 'http://management.azure.com' }, "Input 'arm-endpoint' = 'http://management.azure.com': must be an https:// URL"],
  ['image with capitals', { 'runner-image': 'UPPER/Case' }, "Input 'runner-image' = 'UPPER/Case': must be a container image reference"],
  ['tag without value', { tags: 'novalue' }, "Input 'tags' = 'novalue': must be one 'key=value' per line."],
  ['reserved tag', { tags: 'managed-by=me' }, "the tag 'managed-by' is reserved"],
  ['unknown cluster credentials', { 'cluster-credentials': 'root' }, "Input 'cluster-credentials' = 'root': must be one of: user, admin."],
  ['runner group 0', { 'runner-group-id': '0' }, "Input 'runner-group-id' = '0': must be a whole number from 1 to"],
  ['runner name prefix with underscore', { 'runner-name-prefix': 'Runner_' }, "Input 'runner-name-prefix' = 'Runner_': must be an RFC 1123 label of at most 50"],
  ['location with punctuation', { location: 'east-us!' }, "Input 'location' = 'east-us!': must be an Azure region name"],
  ['audience with a space', { audience: 'api://a b' }, "Input 'audience' = 'api://a b': must be a single audience value"],
  ['label with a space', { 'runner-labels': 'self-hosted,my label' }, "Input 'runner-labels' = 'my label': each label must be 1-256 characters"],
  // Runner kinds (issue 8)
  ['unknown runner kind', { 'runner-kind': 'circleci' }, "Input 'runner-kind' = 'circleci': must be one of: github, gitlab, jenkins, pod, arc."],
  ['gitlab without url', { 'runner-kind': 'gitlab', 'runner-count': '1', 'gitlab-runner-token': 'glrt-abcdefghij0123456789' }, "Input 'gitlab-url': is required with 'runner-kind: gitlab'"],
  ['gitlab without token', { 'runner-kind': 'gitlab', 'runner-count': '1', 'gitlab-url': 'https://gitlab.com' }, "Input 'gitlab-runner-token': is required with 'runner-kind: gitlab'"],
  ['gitlab registration token instead of glrt-', { 'runner-kind': 'gitlab', 'runner-count': '1', 'gitlab-url': 'https://gitlab.com', 'gitlab-runner-token': 'GR1348941abcdefghij' }, "Input 'gitlab-runner-token' = (value hidden): must be a runner authentication token starting with 'glrt-'"],
  ['gitlab over plain http', { 'runner-kind': 'gitlab', 'gitlab-url': 'http://gitlab.internal' }, "Input 'gitlab-url' = 'http://gitlab.internal': must be an https:// URL"],
  ['unknown gitlab executor', { 'runner-kind': 'gitlab', 'gitlab-executor': 'docker' }, "Input 'gitlab-executor' = 'docker': must be one of: kubernetes, shell."],
  ['gitlab token with the github kind', { 'gitlab-runner-token': 'glrt-abcdefghij0123456789' }, "Input 'gitlab-runner-token': applies only to 'runner-kind: gitlab' (this is 'github')."],
  ['jenkins without url', { 'runner-kind': 'jenkins', 'runner-count': '1', 'jenkins-agent-name': 'agent-1', 'jenkins-agent-secret': 'a'.repeat(64) }, "Input 'jenkins-url': is required with 'runner-kind: jenkins'"],
  ['jenkins without agent name', { 'runner-kind': 'jenkins', 'runner-count': '1', 'jenkins-url': 'https://ci.example.com', 'jenkins-agent-secret': 'a'.repeat(64) }, "Input 'jenkins-agent-name': is required with 'runner-kind: jenkins'"],
  ['jenkins without agent secret', { 'runner-kind': 'jenkins', 'runner-count': '1', 'jenkins-url': 'https://ci.example.com', 'jenkins-agent-name': 'agent-1' }, "Input 'jenkins-agent-secret': is required with 'runner-kind: jenkins'"],
  ['jenkins agent secret not hex', { 'runner-kind': 'jenkins', 'jenkins-agent-secret': 'not-a-secret' }, "Input 'jenkins-agent-secret' = (value hidden): must be the agent's secret from its page in Jenkins"],
  ['jenkins agent name with a slash', { 'runner-kind': 'jenkins', 'jenkins-agent-name': 'agents/one' }, "Input 'jenkins-agent-name' = 'agents/one': must be a Jenkins agent name"],
  ['two jenkins agents from one secret', { 'runner-kind': 'jenkins', 'runner-count': '2', 'jenkins-url': 'https://ci.example.com', 'jenkins-agent-name': 'agent-1', 'jenkins-agent-secret': 'a'.repeat(64) }, "Input 'runner-count': must be 0 or 1 with 'runner-kind: jenkins'"],
  ['pod command with the gitlab kind', { 'runner-kind': 'gitlab', 'pod-command': 'sleep' }, "Input 'pod-command': applies only to 'runner-kind: pod' (this is 'gitlab')."],
  ['pod image with capitals', { 'runner-kind': 'pod', 'pod-image': 'MCR/AzureCli' }, "Input 'pod-image' = 'MCR/AzureCli': must be a container image reference"],
  // Runner pod shaping (issue 18 item 3): refused before any request, the built action included
  ['pod template setting privileged', { 'runner-pod-template': 'spec:\n  containers:\n    - name: runner\n      securityContext: {privileged: true}' }, "Input 'runner-pod-template': the shaped runner pod is refused: spec.containers[name=runner].securityContext.privileged: true gives the container the node's devices"],
  ['labels taking the identity label', { 'runner-labels-k8s': 'azure.workload.identity/use: "false"' }, "Input 'runner-labels-k8s': the key 'azure.workload.identity/use' is the action's own"],
  ['tolerations not a list', { 'runner-tolerations': 'key: sku' }, "Input 'runner-tolerations': must be a YAML list of tolerations"]
]

