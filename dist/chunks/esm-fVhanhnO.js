import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import { kP as credentialLogger, kQ as resolveAdditionallyAllowedTenantIds, kR as createMsalClient, kS as tracingClient, kT as processMultiTenantRequest, kU as formatError, kV as CredentialUnavailableError, kW as processEnvVars, kX as checkTenantId, kY as ClientAssertionCredential, kZ as createDefaultHttpClient, k_ as uint8ArrayToString, k$ as stringToUint8Array, l0 as formatSuccess } from './engine-Cdfpzwc2.js';
export { l1 as AuthenticationError, l2 as AuthenticationErrorName, l3 as AuthenticationRequiredError, l4 as AzureAuthorityHosts, l5 as CredentialUnavailableErrorName, l6 as logger } from './engine-Cdfpzwc2.js';
import { createPrivateKey, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { X509Certificate } from 'crypto';
import 'http';
import { readFileSync, statSync, accessSync, constants, realpathSync } from 'node:fs';
import * as childProcess from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import './settings-B0WwHVtz.js';
import 'node:os';
import './index-C43F3lvz.js';
import 'process';
import 'buffer';
import 'node:https';
import 'node:http';
import 'node:net';
import 'stream';
import 'url';
import './_commonjsHelpers-CC8lxRqt.js';
import 'punycode';
import 'https';
import 'zlib';
import 'vm';
import 'events';
import 'net';
import 'tty';
import 'util';
import 'os';
import 'dns';
import 'tls';
import 'node:readline';
import 'node:querystring';
import 'node:stream';
import 'querystring';
import 'fs';
import 'path';
import 'node:util';
import 'node:process';
import 'assert';
import 'node:zlib';

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * @internal
 */
credentialLogger("ChainedTokenCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Extracts public keys from PEM certificate content
 * @param pemData - The PEM certificate data to parse
 * @returns Array of base64-encoded public key strings
 */
function extractPemCertificateKeys(pemContent) {
    const certificatePattern = /(-+BEGIN CERTIFICATE-+)(\n\r?|\r\n?)([A-Za-z0-9+/\n\r]+=*)(\n\r?|\r\n?)(-+END CERTIFICATE-+)/g;
    const publicKeys = [];
    // Match all possible certificates, in the order they are in the file. These will form the chain that is used for x5c
    let match;
    do {
        match = certificatePattern.exec(pemContent);
        if (match) {
            publicKeys.push(match[3]);
        }
    } while (match);
    if (publicKeys.length === 0) {
        throw new Error("The file at the specified path does not contain a PEM-encoded certificate.");
    }
    return publicKeys;
}
/**
 * Checks if PEM certificate content can be parsed as X509Certificate
 * @param pemCert - The PEM certificate
 * @returns true if all certificates in the PEM content can be parsed without error
 */
function canParseAsX509Certificate(pemCert) {
    try {
        const pemContents = extractPemCertificateKeys(pemCert);
        for (let i = 0; i < pemContents.length; i++) {
            const pemContent = pemContents[i];
            // Reconstruct the full PEM format for X509Certificate constructor
            const fullPemCertificate = `-----BEGIN CERTIFICATE-----\n${pemContent}\n-----END CERTIFICATE-----`;
            // Attempt to parse as X.509 certificate
            new X509Certificate(fullPemCertificate);
        }
        return true;
    }
    catch (extractError) {
        // Return false for any error (extraction or parsing)
        return false;
    }
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const credentialName$4 = "ClientCertificateCredential";
const logger$3 = credentialLogger(credentialName$4);
/**
 * Enables authentication to Microsoft Entra ID using a PEM-encoded
 * certificate that is assigned to an App Registration. More information
 * on how to configure certificate authentication can be found here:
 *
 * https://learn.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials#register-your-certificate-with-azure-ad
 *
 */
class ClientCertificateCredential {
    tenantId;
    additionallyAllowedTenantIds;
    certificateConfiguration;
    sendCertificateChain;
    msalClient;
    constructor(tenantId, clientId, certificatePathOrConfiguration, options = {}) {
        if (!tenantId || !clientId) {
            throw new Error(`${credentialName$4}: tenantId and clientId are required parameters.`);
        }
        this.tenantId = tenantId;
        this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants);
        this.sendCertificateChain = options.sendCertificateChain;
        this.certificateConfiguration = {
            ...(typeof certificatePathOrConfiguration === "string"
                ? {
                    certificatePath: certificatePathOrConfiguration,
                }
                : certificatePathOrConfiguration),
        };
        const certificate = this.certificateConfiguration
            .certificate;
        const certificatePath = this.certificateConfiguration
            .certificatePath;
        if (!this.certificateConfiguration || !(certificate || certificatePath)) {
            throw new Error(`${credentialName$4}: Provide either a PEM certificate in string form, or the path to that certificate in the filesystem. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.`);
        }
        if (certificate && certificatePath) {
            throw new Error(`${credentialName$4}: To avoid unexpected behaviors, providing both the contents of a PEM certificate and the path to a PEM certificate is forbidden. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.`);
        }
        this.msalClient = createMsalClient(clientId, tenantId, {
            ...options,
            logger: logger$3,
        });
    }
    /**
     * Authenticates with Microsoft Entra ID and returns an access token if successful.
     * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
     *
     * @param scopes - The list of scopes for which the token will have access.
     * @param options - The options used to configure any requests this
     *                TokenCredential implementation might make.
     */
    async getToken(scopes, options = {}) {
        return tracingClient.withSpan(`${credentialName$4}.getToken`, options, async (newOptions) => {
            newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger$3);
            const arrayScopes = Array.isArray(scopes) ? scopes : [scopes];
            const certificate = await this.buildClientCertificate();
            return this.msalClient.getTokenByClientCertificate(arrayScopes, certificate, newOptions);
        });
    }
    async buildClientCertificate() {
        const parts = await parseCertificate(this.certificateConfiguration, this.sendCertificateChain ?? false);
        let privateKey;
        if (this.certificateConfiguration.certificatePassword !== undefined) {
            privateKey = createPrivateKey({
                key: parts.certificateContents,
                passphrase: this.certificateConfiguration.certificatePassword,
                format: "pem",
            })
                .export({
                format: "pem",
                type: "pkcs8",
            })
                .toString();
        }
        else {
            privateKey = parts.certificateContents;
        }
        return {
            thumbprint: parts.thumbprint,
            thumbprintSha256: parts.thumbprintSha256,
            privateKey,
            x5c: parts.x5c,
        };
    }
}
/**
 * Parses a certificate into its relevant parts
 *
 * @param certificateConfiguration - The certificate contents or path to the certificate
 * @param sendCertificateChain - true if the entire certificate chain should be sent for SNI, false otherwise
 * @returns The parsed certificate parts and the certificate contents
 */
async function parseCertificate(certificateConfiguration, sendCertificateChain) {
    const certificate = certificateConfiguration.certificate;
    const certificatePath = certificateConfiguration
        .certificatePath;
    const certificateContents = certificate || (await readFile(certificatePath, "utf8"));
    const x5c = sendCertificateChain ? certificateContents : undefined;
    const publicKeys = extractPemCertificateKeys(certificateContents);
    const thumbprint = createHash("sha1") // CodeQL [SM04514] Needed for backward compatibility reason
        .update(Buffer.from(publicKeys[0], "base64"))
        .digest("hex")
        .toUpperCase();
    const thumbprintSha256 = createHash("sha256")
        .update(Buffer.from(publicKeys[0], "base64"))
        .digest("hex")
        .toUpperCase();
    return {
        certificateContents,
        thumbprintSha256,
        thumbprint,
        x5c,
    };
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * Ensures the scopes value is an array.
 * @internal
 */
function ensureScopes(scopes) {
    return Array.isArray(scopes) ? scopes : [scopes];
}
/**
 * Throws if the received scope is not valid.
 * @internal
 */
function ensureValidScopeForDevTimeCreds(scope, logger) {
    if (!scope.match(/^[0-9a-zA-Z-_.:/]+$/)) {
        const error = new Error("Invalid scope was specified by the user or calling client");
        logger.getToken.info(formatError(scope, error));
        throw error;
    }
}
/**
 * Returns the resource out of a scope.
 * @internal
 */
function getScopeResource(scope) {
    return scope.replace(/\/.default$/, "");
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const logger$2 = credentialLogger("ClientSecretCredential");
/**
 * Enables authentication to Microsoft Entra ID using a client secret
 * that was generated for an App Registration. More information on how
 * to configure a client secret can be found here:
 *
 * https://learn.microsoft.com/entra/identity-platform/quickstart-configure-app-access-web-apis#add-credentials-to-your-web-application
 *
 */
class ClientSecretCredential {
    tenantId;
    additionallyAllowedTenantIds;
    msalClient;
    clientSecret;
    /**
     * Creates an instance of the ClientSecretCredential with the details
     * needed to authenticate against Microsoft Entra ID with a client
     * secret.
     *
     * @param tenantId - The Microsoft Entra tenant (directory) ID.
     * @param clientId - The client (application) ID of an App Registration in the tenant.
     * @param clientSecret - A client secret that was generated for the App Registration.
     * @param options - Options for configuring the client which makes the authentication request.
     */
    constructor(tenantId, clientId, clientSecret, options = {}) {
        if (!tenantId) {
            throw new CredentialUnavailableError("ClientSecretCredential: tenantId is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.");
        }
        if (!clientId) {
            throw new CredentialUnavailableError("ClientSecretCredential: clientId is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.");
        }
        if (!clientSecret) {
            throw new CredentialUnavailableError("ClientSecretCredential: clientSecret is a required parameter. To troubleshoot, visit https://aka.ms/azsdk/js/identity/serviceprincipalauthentication/troubleshoot.");
        }
        this.clientSecret = clientSecret;
        this.tenantId = tenantId;
        this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants);
        this.msalClient = createMsalClient(clientId, tenantId, {
            ...options,
            logger: logger$2,
        });
    }
    /**
     * Authenticates with Microsoft Entra ID and returns an access token if successful.
     * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
     *
     * @param scopes - The list of scopes for which the token will have access.
     * @param options - The options used to configure any requests this
     *                TokenCredential implementation might make.
     */
    async getToken(scopes, options = {}) {
        return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async (newOptions) => {
            newOptions.tenantId = processMultiTenantRequest(this.tenantId, newOptions, this.additionallyAllowedTenantIds, logger$2);
            const arrayScopes = ensureScopes(scopes);
            return this.msalClient.getTokenByClientSecret(arrayScopes, this.clientSecret, newOptions);
        });
    }
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("UsernamePasswordCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const credentialName$3 = "EnvironmentCredential";
credentialLogger(credentialName$3);

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const msiName$1 = "ManagedIdentityCredential - IMDS";
credentialLogger(msiName$1);

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const credentialName$2 = "WorkloadIdentityCredential";
/**
 * Contains the list of all supported environment variable names so that an
 * appropriate error message can be generated when no credentials can be
 * configured.
 *
 * @internal
 */
const SupportedWorkloadEnvironmentVariables = [
    "AZURE_TENANT_ID",
    "AZURE_CLIENT_ID",
    "AZURE_FEDERATED_TOKEN_FILE",
];
const logger$1 = credentialLogger(credentialName$2);
/**
 * Error messages for WorkloadIdentityCredential
 */
const ErrorMessages = {
    FAILED_TO_PARSE_TOKEN_PROXY: (endpoint, error) => `Failed to parse custom token proxy URL "${endpoint}": ${error}`,
    INVALID_HTTPS_SCHEME: (protocol) => `Custom token endpoint must use https scheme, got "${protocol}"`,
    TOKEN_ENDPOINT_NO_USER_INFO: (url) => `Custom token endpoint URL "${url}" must not contain user info`,
    TOKEN_ENDPOINT_NO_QUERY: (url) => `Custom token endpoint URL "${url}" must not contain a query`,
    TOKEN_ENDPOINT_NO_FRAGMENT: (url) => `Custom token endpoint URL "${url}" must not contain a fragment`,
    CA_FILE_EMPTY: (file) => `CA certificate file is empty: ${file}`,
    FAILED_TO_READ_CA_FILE: (file, error) => `Failed to read CA certificate file: ${file}. ${error}`,
    INVALID_CA_CERTIFICATES: `Invalid CA certificate data: no valid PEM certificates found`,
    INVALID_FILE_PATH: (path) => `Invalid file path provided ${path}.`,
    NO_FILE_CONTENT: (path) => `No content on the file ${path}.`,
    NO_CA_SOURCE: `No CA certificate source specified.`,
    CLIENT_ID_REQUIRED: `clientId is a required parameter. In DefaultAzureCredential and ManagedIdentityCredential, this can be provided as an environment variable - "AZURE_CLIENT_ID".
        See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot`,
    TENANT_ID_REQUIRED: `tenantId is a required parameter. In DefaultAzureCredential and ManagedIdentityCredential, this can be provided as an environment variable - "AZURE_TENANT_ID".
        See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot`,
    TOKEN_FILE_PATH_REQUIRED: `federatedTokenFilePath is a required parameter. In DefaultAzureCredential and ManagedIdentityCredential, this can be provided as an environment variable - "AZURE_FEDERATED_TOKEN_FILE".
        See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot`,
    TOKEN_PROXY_NOT_SET: `AZURE_KUBERNETES_TOKEN_PROXY is not set but other custom endpoint-related environment variables are present`,
    CA_FILE_AND_DATA_EXCLUSIVE: `AZURE_KUBERNETES_CA_FILE and AZURE_KUBERNETES_CA_DATA are mutually exclusive. Specify only one.`,
    MISSING_ENV_VARS: `tenantId, clientId, and federatedTokenFilePath are required parameters. 
      In DefaultAzureCredential and ManagedIdentityCredential, these can be provided as environment variables - 
      "AZURE_TENANT_ID",
      "AZURE_CLIENT_ID",
      "AZURE_FEDERATED_TOKEN_FILE". See the troubleshooting guide for more information: https://aka.ms/azsdk/js/identity/workloadidentitycredential/troubleshoot`,
};
/**
 * @internal
 * Parses and validates the custom token proxy endpoint URL
 */
function parseAndValidateCustomTokenProxy(endpoint) {
    let tokenProxy;
    try {
        tokenProxy = new URL(endpoint);
    }
    catch (error) {
        throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.FAILED_TO_PARSE_TOKEN_PROXY(endpoint, error)}`);
    }
    if (tokenProxy.protocol !== "https:") {
        throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.INVALID_HTTPS_SCHEME(tokenProxy.protocol)}`);
    }
    if (tokenProxy.username || tokenProxy.password) {
        throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.TOKEN_ENDPOINT_NO_USER_INFO(tokenProxy.toString())}`);
    }
    if (tokenProxy.search) {
        throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.TOKEN_ENDPOINT_NO_QUERY(tokenProxy.toString())}`);
    }
    if (tokenProxy.hash) {
        throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.TOKEN_ENDPOINT_NO_FRAGMENT(tokenProxy.toString())}`);
    }
    if (!tokenProxy.pathname || tokenProxy.pathname === "") {
        // if the path is empty, set it to "/" to avoid stripping the path from req.URL
        tokenProxy.pathname = "/";
    }
    return tokenProxy.toString();
}
/**
 * Workload Identity authentication is a feature in Azure that allows applications running on virtual machines (VMs)
 * to access other Azure resources without the need for a service principal or managed identity. With Workload Identity
 * authentication, applications authenticate themselves using their own identity, rather than using a shared service
 * principal or managed identity. Under the hood, Workload Identity authentication uses the concept of Service Account
 * Credentials (SACs), which are automatically created by Azure and stored securely in the VM. By using Workload
 * Identity authentication, you can avoid the need to manage and rotate service principals or managed identities for
 * each application on each VM. Additionally, because SACs are created automatically and managed by Azure, you don't
 * need to worry about storing and securing sensitive credentials themselves.
 * The WorkloadIdentityCredential supports Microsoft Entra Workload ID authentication on Azure Kubernetes and acquires
 * a token using the SACs available in the Azure Kubernetes environment.
 * Refer to <a href="https://learn.microsoft.com/azure/aks/workload-identity-overview">Microsoft Entra
 * Workload ID</a> for more information.
 */
class WorkloadIdentityCredential {
    client;
    azureFederatedTokenFileContent = undefined;
    cacheDate = undefined;
    federatedTokenFilePath;
    // AKS proxy CA caching - persists across token requests
    cachedTlsSettings;
    cachedCaData;
    caData;
    caFile;
    sniName;
    /**
     * WorkloadIdentityCredential supports Microsoft Entra Workload ID on Kubernetes.
     *
     * @param options - The identity client options to use for authentication.
     */
    constructor(options) {
        // Logging environment variables for error details
        const assignedEnv = processEnvVars(SupportedWorkloadEnvironmentVariables).assigned.join(", ");
        logger$1.info(`Found the following environment variables: ${assignedEnv}`);
        const workloadIdentityCredentialOptions = options ?? {};
        const tenantId = workloadIdentityCredentialOptions.tenantId || process.env.AZURE_TENANT_ID;
        const clientId = workloadIdentityCredentialOptions.clientId || process.env.AZURE_CLIENT_ID;
        this.federatedTokenFilePath =
            workloadIdentityCredentialOptions.tokenFilePath || process.env.AZURE_FEDERATED_TOKEN_FILE;
        if (tenantId) {
            checkTenantId(logger$1, tenantId);
        }
        if (!clientId) {
            throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.CLIENT_ID_REQUIRED}`);
        }
        if (!tenantId) {
            throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.TENANT_ID_REQUIRED}`);
        }
        if (!this.federatedTokenFilePath) {
            throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.TOKEN_FILE_PATH_REQUIRED}`);
        }
        // Use identity binding mode only when enableAzureProxy is set
        if (workloadIdentityCredentialOptions.enableAzureProxy) {
            const kubernetesTokenProxy = process.env.AZURE_KUBERNETES_TOKEN_PROXY;
            const kubernetesSNIName = process.env.AZURE_KUBERNETES_SNI_NAME;
            const kubernetesCAFile = process.env.AZURE_KUBERNETES_CA_FILE;
            const kubernetesCAData = process.env.AZURE_KUBERNETES_CA_DATA;
            if (!kubernetesTokenProxy) {
                // Custom token proxy is not set, while other Kubernetes-related environment variables are present,
                // this is likely a configuration issue so erroring out to avoid misconfiguration
                if (kubernetesSNIName || kubernetesCAFile || kubernetesCAData) {
                    throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.TOKEN_PROXY_NOT_SET}`);
                }
                logger$1.info(`enableAzureProxy is true but AZURE_KUBERNETES_TOKEN_PROXY is not set, using normal authentication flow`);
            }
            else {
                const tokenProxy = parseAndValidateCustomTokenProxy(kubernetesTokenProxy);
                // CAFile and CAData are mutually exclusive, at most one can be set.
                // If none of CAFile or CAData are set, the default system CA pool will be used.
                if (kubernetesCAFile && kubernetesCAData) {
                    throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.CA_FILE_AND_DATA_EXCLUSIVE}`);
                }
                this.caData = kubernetesCAData;
                this.caFile = kubernetesCAFile;
                this.sniName = kubernetesSNIName;
                // Configure client options with AKS proxy client
                const proxyClient = this.createAksProxyClient(tokenProxy);
                workloadIdentityCredentialOptions.httpClient = proxyClient;
                logger$1.info(`${credentialName$2}: Using proxy client for token requests`);
            }
        }
        logger$1.info(`Invoking ClientAssertionCredential with tenant ID: ${tenantId}, clientId: ${workloadIdentityCredentialOptions.clientId} and federated token path: [REDACTED]`);
        this.client = new ClientAssertionCredential(tenantId, clientId, this.readFileContents.bind(this), workloadIdentityCredentialOptions);
    }
    /**
     * Creates a proxy HttpClient that intercepts token requests and redirects them to the Kubernetes endpoint
     * Caching is handled at the credential level to persist across token requests
     */
    createAksProxyClient(tokenEndpoint) {
        const defaultClient = createDefaultHttpClient();
        // Init cached TLS settings at construction time to fail fast on misconfiguration
        this.cachedTlsSettings = this.getTlsSettings();
        return {
            sendRequest: async (request) => {
                const requestUrl = new URL(request.url);
                logger$1.info(`${credentialName$2}: Redirecting request to Kubernetes endpoint: ${tokenEndpoint}`);
                const proxyUrl = new URL(tokenEndpoint);
                // Remove leading slash from request path and join with proxy path
                const requestPath = requestUrl.pathname.replace(/^\//, "");
                const combinedPath = proxyUrl.pathname.endsWith("/")
                    ? proxyUrl.pathname + requestPath
                    : proxyUrl.pathname + "/" + requestPath;
                // Create new URL preserving query and fragment from original request
                const newUrl = new URL(proxyUrl.origin);
                newUrl.pathname = combinedPath;
                newUrl.search = requestUrl.search;
                newUrl.hash = requestUrl.hash;
                request.url = newUrl.toString();
                request.tlsSettings = this.getTlsSettings();
                logger$1.info(`${credentialName$2}: Sending request to ${request.url}`);
                // Forward the modified request with custom TLS settings
                return defaultClient.sendRequest(request);
            },
        };
    }
    /**
     * Gets TLS settings for the request.
     * Handles a few scenarios with CA data or CA file provided.
     */
    getTlsSettings() {
        // No CA overrides, use default transport
        if (!this.caData && !this.caFile) {
            if (!this.cachedTlsSettings) {
                this.cachedTlsSettings = this.sniName ? { servername: this.sniName } : {};
            }
            return this.cachedTlsSettings;
        }
        // Host provided CA bytes in AZURE_KUBERNETES_CA_DATA and can't change now
        if (!this.caFile) {
            if (!this.cachedTlsSettings) {
                if (!canParseAsX509Certificate(this.caData)) {
                    throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.INVALID_CA_CERTIFICATES}`);
                }
                this.cachedTlsSettings = this.sniName ? { servername: this.sniName } : {};
                this.cachedTlsSettings.ca = this.caData;
            }
            return this.cachedTlsSettings;
        }
        // Host provided the CA bytes in a file whose contents it can change,
        let fileContent;
        try {
            fileContent = readFileSync(this.caFile);
        }
        catch (error) {
            throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.FAILED_TO_READ_CA_FILE(this.caFile, error)}`);
        }
        // This can happen in the middle of CA rotation
        if (fileContent.length === 0) {
            if (!this.cachedTlsSettings) {
                // If the transport was never created, error out here to force retrying the call later
                throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.CA_FILE_EMPTY(this.caFile)}`);
            }
            // If the transport was already created, just keep using it
            return this.cachedTlsSettings;
        }
        // Check if CA has changed
        if (!this.cachedCaData || !fileContent.equals(this.cachedCaData)) {
            const caDataString = fileContent.toString("utf8");
            if (!canParseAsX509Certificate(caDataString)) {
                throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.INVALID_CA_CERTIFICATES}`);
            }
            // CA has changed, rebuild the TLS settings with new CA pool
            this.cachedTlsSettings = {
                ca: caDataString,
                ...(this.sniName && { servername: this.sniName }),
            };
            this.cachedCaData = fileContent;
        }
        return this.cachedTlsSettings;
    }
    /**
     * Authenticates with Microsoft Entra ID and returns an access token if successful.
     * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
     *
     * @param scopes - The list of scopes for which the token will have access.
     * @param options - The options used to configure any requests this
     *                TokenCredential implementation might make.
     */
    async getToken(scopes, options) {
        if (!this.client) {
            const errorMessage = `${credentialName$2}: is unavailable. ${ErrorMessages.MISSING_ENV_VARS}`;
            logger$1.info(errorMessage);
            throw new CredentialUnavailableError(errorMessage);
        }
        logger$1.info("Invoking getToken() of Client Assertion Credential");
        return this.client.getToken(scopes, options);
    }
    async readFileContents() {
        // Cached assertions expire after 5 minutes
        if (this.cacheDate !== undefined && Date.now() - this.cacheDate >= 1000 * 60 * 5) {
            this.azureFederatedTokenFileContent = undefined;
        }
        if (!this.federatedTokenFilePath) {
            throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.INVALID_FILE_PATH(this.federatedTokenFilePath)}`);
        }
        if (!this.azureFederatedTokenFileContent) {
            const file = await readFile(this.federatedTokenFilePath, "utf8");
            const value = file.trim();
            if (!value) {
                throw new CredentialUnavailableError(`${credentialName$2}: is unavailable. ${ErrorMessages.NO_FILE_CONTENT(this.federatedTokenFilePath)}`);
            }
            else {
                this.azureFederatedTokenFileContent = value;
                this.cacheDate = Date.now();
            }
        }
        return this.azureFederatedTokenFileContent;
    }
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const msiName = "ManagedIdentityCredential - Token Exchange";
credentialLogger(msiName);

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("ManagedIdentityCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const processErrorBrand = Symbol.for("@azure/core-process.ProcessError");
/**
 * An error raised while resolving or executing a process.
 *
 * The captured output is non-enumerable so ordinary logging and serialization
 * do not expose it accidentally.
 */
class ProcessError extends Error {
    /**
     * The operating-system error code or process exit code.
     */
    code;
    /**
     * The signal that terminated the process.
     */
    signal;
    /**
     * Whether the process was killed.
     */
    killed;
    /**
     * Captured standard output, when available.
     */
    stdout;
    /**
     * Captured standard error, when available.
     */
    stderr;
    /**
     * Creates a process error.
     *
     * @param message - A message that does not contain command arguments or output.
     * @param options - Structured process failure details.
     */
    constructor(message, options = {}) {
        super(message);
        this.name = "ProcessError";
        this.code = options.code ?? null;
        this.signal = options.signal ?? null;
        this.killed = options.killed ?? false;
        Object.defineProperties(this, {
            [processErrorBrand]: {
                configurable: false,
                enumerable: false,
                value: true,
                writable: false,
            },
            stdout: {
                configurable: false,
                enumerable: false,
                value: options.stdout,
                writable: false,
            },
            stderr: {
                configurable: false,
                enumerable: false,
                value: options.stderr,
                writable: false,
            },
        });
    }
}
/**
 * Checks whether an unknown value is a {@link ProcessError}.
 *
 * @param error - The value to check.
 * @returns Whether the value is a process error.
 */
function isProcessError(error) {
    if (error instanceof ProcessError) {
        return true;
    }
    if (typeof error !== "object" || error === null) {
        return false;
    }
    const candidate = error;
    return (candidate[processErrorBrand] === true &&
        candidate.name === "ProcessError" &&
        (typeof candidate.code === "string" ||
            typeof candidate.code === "number" ||
            candidate.code === null) &&
        typeof candidate.killed === "boolean" &&
        (typeof candidate.signal === "string" || candidate.signal === null));
}
/**
 * Wraps a child-process failure in a sanitized {@link ProcessError}.
 *
 * @param error - The original child-process error.
 * @param stdout - Captured standard output.
 * @param stderr - Captured standard error.
 * @returns A sanitized process error.
 */
function createExecutionError(error, stdout, stderr) {
    const code = error.code ?? null;
    const message = typeof code === "number"
        ? `The process exited with code ${code}.`
        : code
            ? `The process could not be completed (${code}).`
            : "The process could not be completed.";
    return new ProcessError(message, {
        code,
        signal: error.signal,
        killed: error.killed,
        stdout,
        stderr,
    });
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const WINDOWS_NATIVE_EXTENSIONS = [".exe", ".com"];
const WINDOWS_BATCH_EXTENSIONS = [".cmd", ".bat"];
const WINDOWS_DRIVE_ABSOLUTE_PATH = /^[a-z]:[\\/]/i;
function getEnvironmentValue(environment, name) {
    if (process.platform !== "win32") {
        return environment[name];
    }
    const normalizedName = name.toLowerCase();
    for (const [key, value] of Object.entries(environment)) {
        if (key.toLowerCase() === normalizedName) {
            return value;
        }
    }
    return undefined;
}
function setEnvironmentValue(environment, name, value) {
    const normalizedName = name.toLowerCase();
    const existingKey = Object.keys(environment).find((key) => key.toLowerCase() === normalizedName);
    environment[existingKey ?? name] = value;
}
function snapshotEnvironment(environment) {
    const snapshot = {};
    const windowsKeys = new Set();
    for (const [key, value] of Object.entries(environment)) {
        if (process.platform === "win32") {
            const normalizedKey = key.toLowerCase();
            if (windowsKeys.has(normalizedKey)) {
                throw new ProcessError("The environment contains duplicate case-insensitive variable names.", { code: "ERR_INVALID_ENVIRONMENT" });
            }
            windowsKeys.add(normalizedKey);
        }
        if (value !== undefined && typeof value !== "string") {
            throw new ProcessError("The environment contains a non-string value.", {
                code: "ERR_INVALID_ENVIRONMENT",
            });
        }
        snapshot[key] = value;
    }
    return snapshot;
}
function normalizeCwd(cwd) {
    const cwdPath = cwd instanceof URL ? fileURLToPath(cwd) : cwd;
    return path.resolve(cwdPath ?? process.cwd());
}
/**
 * Snapshots and validates process resolution options.
 *
 * @param options - Resolution options to snapshot.
 * @returns The immutable context used for resolution and launch.
 */
function createProcessContext(options = {}) {
    if (options.allowWindowsBatchFiles !== undefined &&
        typeof options.allowWindowsBatchFiles !== "boolean") {
        throw new ProcessError("The Windows batch option must be a boolean.", {
            code: "ERR_INVALID_PROCESS_OPTION",
        });
    }
    return {
        cwd: normalizeCwd(options.cwd),
        env: snapshotEnvironment(options.env ?? process.env),
        allowWindowsBatchFiles: options.allowWindowsBatchFiles === true,
    };
}
function isExecutableFile(filePath) {
    try {
        if (!statSync(filePath).isFile()) {
            return false;
        }
        if (process.platform !== "win32") {
            accessSync(filePath, constants.X_OK);
        }
        return true;
    }
    catch {
        return false;
    }
}
function isNativeExtension(extension) {
    return WINDOWS_NATIVE_EXTENSIONS.some((candidate) => candidate === extension);
}
function isBatchExtension(extension) {
    return WINDOWS_BATCH_EXTENSIONS.some((candidate) => candidate === extension);
}
function resolveWindowsCandidate(candidate, allowWindowsBatchFiles) {
    const extension = path.extname(candidate).toLowerCase();
    if (extension) {
        if (!isNativeExtension(extension) && !(allowWindowsBatchFiles && isBatchExtension(extension))) {
            return undefined;
        }
        return isExecutableFile(candidate) ? candidate : undefined;
    }
    for (const nativeExtension of WINDOWS_NATIVE_EXTENSIONS) {
        const nativeCandidate = candidate + nativeExtension;
        if (isExecutableFile(nativeCandidate)) {
            return nativeCandidate;
        }
    }
    if (allowWindowsBatchFiles) {
        for (const batchExtension of WINDOWS_BATCH_EXTENSIONS) {
            const batchCandidate = candidate + batchExtension;
            if (isExecutableFile(batchCandidate)) {
                return batchCandidate;
            }
        }
    }
    return undefined;
}
function getSearchPaths(context) {
    const pathValue = getEnvironmentValue(context.env, "PATH") ?? "";
    const paths = [];
    const seen = new Set();
    for (const entry of pathValue.split(path.delimiter)) {
        let candidate = entry;
        if (process.platform === "win32") {
            candidate = candidate.trim();
            if (candidate.startsWith('"') && candidate.endsWith('"')) {
                candidate = candidate.slice(1, -1);
            }
        }
        if (!candidate || !path.isAbsolute(candidate)) {
            continue;
        }
        const normalized = path.resolve(candidate);
        const key = process.platform === "win32" ? normalized.toLowerCase() : normalized;
        if (!seen.has(key)) {
            seen.add(key);
            paths.push(normalized);
        }
    }
    return paths;
}
function hasPathSeparator(command) {
    return command.includes("/") || (process.platform === "win32" && command.includes("\\"));
}
function validateCommand(command) {
    if (!command || command.includes("\0") || /[\r\n]/.test(command)) {
        throw new ProcessError("The executable name is invalid.", {
            code: "ERR_INVALID_EXECUTABLE",
        });
    }
    if (process.platform === "win32" && /^[a-z]:[^\\/]/i.test(command)) {
        throw new ProcessError("Drive-relative executable paths are not supported.", {
            code: "ERR_INVALID_EXECUTABLE",
        });
    }
}
/**
 * Resolves an executable using a previously snapshotted process context.
 *
 * @param command - The executable name or path.
 * @param context - The context used for path and environment resolution.
 * @returns The absolute executable path, or `undefined` when no supported file is found.
 */
function resolveExecutableWithContext(command, context) {
    validateCommand(command);
    if (hasPathSeparator(command) || path.isAbsolute(command)) {
        const candidate = path.resolve(context.cwd, command);
        if (process.platform === "win32") {
            return resolveWindowsCandidate(candidate, context.allowWindowsBatchFiles);
        }
        return isExecutableFile(candidate) ? candidate : undefined;
    }
    const searchPaths = getSearchPaths(context);
    if (process.platform !== "win32") {
        for (const searchPath of searchPaths) {
            const candidate = path.join(searchPath, command);
            if (isExecutableFile(candidate)) {
                return candidate;
            }
        }
        return undefined;
    }
    const extension = path.extname(command).toLowerCase();
    if (extension) {
        if (!isNativeExtension(extension) &&
            !(context.allowWindowsBatchFiles && isBatchExtension(extension))) {
            return undefined;
        }
        for (const searchPath of searchPaths) {
            const candidate = path.join(searchPath, command);
            if (isExecutableFile(candidate)) {
                return candidate;
            }
        }
        return undefined;
    }
    for (const searchPath of searchPaths) {
        for (const nativeExtension of WINDOWS_NATIVE_EXTENSIONS) {
            const candidate = path.join(searchPath, command + nativeExtension);
            if (isExecutableFile(candidate)) {
                return candidate;
            }
        }
    }
    if (context.allowWindowsBatchFiles) {
        for (const searchPath of searchPaths) {
            for (const batchExtension of WINDOWS_BATCH_EXTENSIONS) {
                const candidate = path.join(searchPath, command + batchExtension);
                if (isExecutableFile(candidate)) {
                    return candidate;
                }
            }
        }
    }
    return undefined;
}
function canonicalizeWindowsPath(filePath) {
    try {
        return realpathSync.native(filePath).toLowerCase();
    }
    catch {
        return path.resolve(filePath).toLowerCase();
    }
}
function isWindowsDriveAbsolutePath(filePath) {
    return WINDOWS_DRIVE_ABSOLUTE_PATH.test(filePath);
}
/**
 * Resolves and validates the trusted Windows command interpreter.
 *
 * @param childEnvironment - The child environment to validate and normalize.
 * @returns The validated command interpreter and Windows system root.
 */
function resolveWindowsCommandInterpreter(childEnvironment) {
    const hostEnvironment = snapshotEnvironment(process.env);
    const systemRoot = getEnvironmentValue(hostEnvironment, "SystemRoot");
    if (!systemRoot || !isWindowsDriveAbsolutePath(systemRoot)) {
        throw new ProcessError("A trusted Windows system directory could not be established.", {
            code: "ERR_UNTRUSTED_COMMAND_INTERPRETER",
        });
    }
    const executablePath = path.join(systemRoot, "System32", "cmd.exe");
    if (!isExecutableFile(executablePath)) {
        throw new ProcessError("The Windows command interpreter could not be found.", {
            code: "ERR_UNTRUSTED_COMMAND_INTERPRETER",
        });
    }
    const comSpec = getEnvironmentValue(hostEnvironment, "ComSpec");
    if (comSpec &&
        (!isWindowsDriveAbsolutePath(comSpec) ||
            canonicalizeWindowsPath(comSpec) !== canonicalizeWindowsPath(executablePath))) {
        throw new ProcessError("The Windows command interpreter is not trusted.", {
            code: "ERR_UNTRUSTED_COMMAND_INTERPRETER",
        });
    }
    const childSystemRoot = getEnvironmentValue(childEnvironment, "SystemRoot");
    if (childSystemRoot &&
        (!isWindowsDriveAbsolutePath(childSystemRoot) ||
            canonicalizeWindowsPath(childSystemRoot) !== canonicalizeWindowsPath(systemRoot))) {
        throw new ProcessError("The child environment contains an untrusted system directory.", {
            code: "ERR_UNTRUSTED_COMMAND_INTERPRETER",
        });
    }
    const childComSpec = getEnvironmentValue(childEnvironment, "ComSpec");
    if (childComSpec &&
        (!isWindowsDriveAbsolutePath(childComSpec) ||
            canonicalizeWindowsPath(childComSpec) !== canonicalizeWindowsPath(executablePath))) {
        throw new ProcessError("The child environment contains an untrusted command interpreter.", {
            code: "ERR_UNTRUSTED_COMMAND_INTERPRETER",
        });
    }
    setEnvironmentValue(childEnvironment, "SystemRoot", systemRoot);
    setEnvironmentValue(childEnvironment, "ComSpec", executablePath);
    return { executablePath, systemRoot };
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const UNSAFE_BATCH_ARGUMENT = /[%!^&|<>()]/;
const UNSAFE_BATCH_PATH = /[%!]/;
const BATCH_META_CHARACTER = /([()\][%!^"`<>&|;, *?])/g;
function containsControlCharacter(value) {
    for (const character of value) {
        const codePoint = character.codePointAt(0);
        if (codePoint <= 0x1f || codePoint === 0x7f) {
            return true;
        }
    }
    return false;
}
function snapshotArguments(args) {
    return args.map((arg, index) => {
        if (typeof arg !== "string" || arg.includes("\0")) {
            throw new ProcessError(`Process argument ${index} is invalid.`, {
                code: "ERR_INVALID_PROCESS_ARGUMENT",
            });
        }
        return arg;
    });
}
function validateBatchArguments(args) {
    for (const [index, arg] of args.entries()) {
        if (containsControlCharacter(arg) ||
            UNSAFE_BATCH_ARGUMENT.test(arg) ||
            /\\"/.test(arg) ||
            /\\{2,}$/.test(arg)) {
            throw new ProcessError(`Windows batch argument ${index} is unsafe.`, {
                code: "ERR_UNSAFE_WINDOWS_BATCH_ARGUMENT",
            });
        }
    }
}
function escapeBatchCommand(filePath) {
    if (containsControlCharacter(filePath) || UNSAFE_BATCH_PATH.test(filePath)) {
        throw new ProcessError("The Windows batch path cannot be represented safely.", {
            code: "ERR_UNSAFE_WINDOWS_BATCH_PATH",
        });
    }
    return filePath.replace(BATCH_META_CHARACTER, "^$1");
}
function escapeBatchArgument(argument) {
    let escaped = argument;
    escaped = escaped.replace(/(?=(\\+?)?)\1"/g, '$1$1\\"');
    escaped = escaped.replace(/(?=(\\+?)?)\1$/g, "$1$1");
    escaped = `"${escaped}"`;
    return escaped.replace(BATCH_META_CHARACTER, "^$1");
}
/**
 * Resolves a command and prepares its platform-specific argument list.
 *
 * @param command - The executable name or path.
 * @param args - Arguments to pass to the executable.
 * @param context - The snapshotted process context.
 * @returns A command normalized for direct execution.
 */
function normalizeCommand(command, args, context) {
    const copiedArgs = snapshotArguments(args);
    const resolvedPath = resolveExecutableWithContext(command, context);
    if (!resolvedPath) {
        throw new ProcessError("The executable could not be found.", { code: "ENOENT" });
    }
    if (process.platform !== "win32") {
        return {
            executable: resolvedPath,
            args: copiedArgs,
            cwd: context.cwd,
            env: context.env,
            windowsVerbatimArguments: false,
        };
    }
    const extension = path.extname(resolvedPath).toLowerCase();
    if (extension === ".exe" || extension === ".com") {
        return {
            executable: resolvedPath,
            args: copiedArgs,
            cwd: context.cwd,
            env: context.env,
            windowsVerbatimArguments: false,
        };
    }
    if (extension !== ".cmd" && extension !== ".bat") {
        throw new ProcessError("The executable type is not supported on Windows.", {
            code: "ERR_UNSUPPORTED_WINDOWS_EXECUTABLE",
        });
    }
    if (!context.allowWindowsBatchFiles) {
        throw new ProcessError("Windows batch execution was not enabled.", {
            code: "ERR_WINDOWS_BATCH_DISABLED",
        });
    }
    if (context.cwd.startsWith("\\\\")) {
        throw new ProcessError("Windows batch execution does not support a UNC working directory.", {
            code: "ERR_UNSUPPORTED_WINDOWS_CWD",
        });
    }
    validateBatchArguments(copiedArgs);
    const commandInterpreter = resolveWindowsCommandInterpreter(context.env);
    const commandLine = [
        escapeBatchCommand(resolvedPath),
        ...copiedArgs.map(escapeBatchArgument),
    ].join(" ");
    return {
        executable: commandInterpreter.executablePath,
        args: ["/d", "/s", "/v:off", "/c", `"${commandLine}"`],
        cwd: context.cwd,
        env: context.env,
        windowsVerbatimArguments: true,
    };
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const commonOptionNames = ["gid", "killSignal", "timeout", "uid", "windowsHide"];
const execFileOptionNames = [...commonOptionNames, "encoding", "maxBuffer", "signal"];
function sanitizeChildProcessError(error) {
    return error instanceof Error && !isProcessError(error) ? createExecutionError(error) : error;
}
function callWithSanitizedChildProcessErrors(callback) {
    try {
        return callback();
    }
    catch (error) {
        throw sanitizeChildProcessError(error);
    }
}
function prepareProcess(executable, args, options, allowedOptionNames) {
    if (options.shell !== undefined || options.windowsVerbatimArguments !== undefined) {
        throw new ProcessError("Shell-related process options are not supported.", {
            code: "ERR_UNSAFE_PROCESS_OPTION",
        });
    }
    const copiedOptions = { ...options };
    const { cwd, env, allowWindowsBatchFiles } = copiedOptions;
    const resolutionOptionNames = new Set(["cwd", "env", "allowWindowsBatchFiles"]);
    const allowedOptions = new Set(allowedOptionNames);
    const nodeOptions = {};
    for (const [name, value] of Object.entries(copiedOptions)) {
        if ((name === "shell" || name === "windowsVerbatimArguments") && value === undefined) {
            continue;
        }
        if (resolutionOptionNames.has(name)) {
            continue;
        }
        if (!allowedOptions.has(name)) {
            throw new ProcessError("The process options contain an unsupported property.", {
                code: "ERR_UNSUPPORTED_PROCESS_OPTION",
            });
        }
        nodeOptions[name] = value;
    }
    const context = createProcessContext({
        cwd: cwd,
        env: env,
        allowWindowsBatchFiles: allowWindowsBatchFiles,
    });
    const command = normalizeCommand(executable, args, context);
    if (command.windowsVerbatimArguments && nodeOptions.argv0 !== undefined) {
        throw new ProcessError("The argv0 option is not supported for Windows batch files.", {
            code: "ERR_UNSAFE_PROCESS_OPTION",
        });
    }
    return { command, nodeOptions };
}
async function execFile(command, args = [], options = {}) {
    const prepared = prepareProcess(command, args, options, execFileOptionNames);
    return new Promise((resolve, reject) => {
        callWithSanitizedChildProcessErrors(() => childProcess.execFile(prepared.command.executable, prepared.command.args, {
            ...prepared.nodeOptions,
            cwd: prepared.command.cwd,
            env: prepared.command.env,
            shell: false,
            windowsVerbatimArguments: prepared.command.windowsVerbatimArguments,
            windowsHide: options.windowsHide,
        }, (error, stdout, stderr) => {
            if (error) {
                reject(createExecutionError(error, stdout, stderr));
                return;
            }
            resolve({ stdout, stderr });
        }));
    });
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
function outputToString(output) {
    if (output === undefined) {
        return "";
    }
    return Buffer.isBuffer(output) ? output.toString("utf8") : output;
}
/**
 * Easy to mock childProcess utils.
 * @internal
 */
const processUtils = {
    /**
     * Executes a file and preserves output when the process exits nonzero.
     *
     * @internal
     */
    async execFileWithResult(file, params, options) {
        try {
            const result = await execFile(file, params, options);
            return { ...result, error: null };
        }
        catch (error) {
            if (isProcessError(error)) {
                return {
                    stdout: outputToString(error.stdout),
                    stderr: outputToString(error.stderr),
                    error,
                };
            }
            throw error;
        }
    },
    /**
     * Executes a file and rejects when it writes to stderr or exits nonzero.
     *
     * @internal
     */
    async execFile(file, params, options) {
        const { stdout, stderr, error } = await processUtils.execFileWithResult(file, params, options);
        if (stderr || error) {
            throw stderr ? new Error(stderr) : error;
        }
        return stdout;
    },
};

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("AzureDeveloperCliCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
/**
 * @internal
 */
function checkSubscription(logger, subscription) {
    if (!subscription.match(/^[0-9a-zA-Z-._ ]+$/)) {
        const error = new Error(`Subscription '${subscription}' contains invalid characters. If this is the name of a subscription, use ` +
            `its ID instead. You can locate your subscription by following the instructions listed here: ` +
            `https://learn.microsoft.com/azure/azure-portal/get-subscription-tenant-id`);
        logger.info(formatError("", error));
        throw error;
    }
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const logger = credentialLogger("AzureCliCredential");
/**
 * Messages to use when throwing in this credential.
 * @internal
 */
const azureCliPublicErrorMessages = {
    claim: "This credential doesn't support claims challenges. To authenticate with the required claims, please run the following command:",
    notInstalled: "Azure CLI could not be found. Please visit https://aka.ms/azure-cli for installation instructions and then, once installed, authenticate to your Azure account using 'az login'.",
    login: "Please run 'az login' from a command prompt to authenticate before using this credential.",
    unknown: "Unknown error while trying to retrieve the access token",
    unexpectedResponse: 'Unexpected response from Azure CLI when getting token. Expected "expiresOn" to be a RFC3339 date string. Got:',
};
/**
 * Mockable reference to the CLI credential cliCredentialFunctions
 * @internal
 */
const cliCredentialInternals = {
    /**
     * @internal
     */
    getSafeWorkingDir() {
        if (process.platform === "win32") {
            let systemRoot = process.env.SystemRoot || process.env["SYSTEMROOT"];
            if (!systemRoot) {
                logger.getToken.warning("The SystemRoot environment variable is not set. This may cause issues when using the Azure CLI credential.");
                systemRoot = "C:\\Windows";
            }
            return systemRoot;
        }
        else {
            return "/bin";
        }
    },
    /**
     * Gets the access token from Azure CLI
     * @param resource - The resource to use when getting the token
     * @internal
     */
    async getAzureCliAccessToken(resource, tenantId, subscription, timeout) {
        let tenantSection = [];
        let subscriptionSection = [];
        if (tenantId) {
            tenantSection = ["--tenant", tenantId];
        }
        if (subscription) {
            subscriptionSection = ["--subscription", subscription];
        }
        const args = [
            "account",
            "get-access-token",
            "--output",
            "json",
            "--resource",
            resource,
            ...tenantSection,
            ...subscriptionSection,
        ];
        return processUtils.execFileWithResult("az", args, {
            allowWindowsBatchFiles: true,
            cwd: cliCredentialInternals.getSafeWorkingDir(),
            encoding: "utf8",
            timeout,
        });
    },
};
/**
 * This credential will use the currently logged-in user login information
 * via the Azure CLI ('az') commandline tool.
 * To do so, it will read the user access token and expire time
 * with Azure CLI command "az account get-access-token".
 */
class AzureCliCredential {
    tenantId;
    additionallyAllowedTenantIds;
    timeout;
    subscription;
    /**
     * Creates an instance of the {@link AzureCliCredential}.
     *
     * To use this credential, ensure that you have already logged
     * in via the 'az' tool using the command "az login" from the commandline.
     *
     * @param options - Options, to optionally allow multi-tenant requests.
     */
    constructor(options) {
        if (options?.tenantId) {
            checkTenantId(logger, options?.tenantId);
            this.tenantId = options?.tenantId;
        }
        if (options?.subscription) {
            checkSubscription(logger, options?.subscription);
            this.subscription = options?.subscription;
        }
        this.additionallyAllowedTenantIds = resolveAdditionallyAllowedTenantIds(options?.additionallyAllowedTenants);
        this.timeout = options?.processTimeoutInMs;
    }
    /**
     * Authenticates with Microsoft Entra ID and returns an access token if successful.
     * If authentication fails, a {@link CredentialUnavailableError} will be thrown with the details of the failure.
     *
     * @param scopes - The list of scopes for which the token will have access.
     * @param options - The options used to configure any requests this
     *                TokenCredential implementation might make.
     */
    async getToken(scopes, options = {}) {
        const scope = typeof scopes === "string" ? scopes : scopes[0];
        const claimsValue = options.claims;
        if (claimsValue && claimsValue.trim()) {
            const encodedClaims = uint8ArrayToString(stringToUint8Array(claimsValue, "utf-8"), "base64");
            let loginCmd = `az login --claims-challenge ${encodedClaims} --scope ${scope}`;
            const tenantIdFromOptions = options.tenantId;
            if (tenantIdFromOptions) {
                loginCmd += ` --tenant ${tenantIdFromOptions}`;
            }
            const error = new CredentialUnavailableError(`${azureCliPublicErrorMessages.claim} ${loginCmd}`);
            logger.getToken.info(formatError(scope, error));
            throw error;
        }
        const tenantId = processMultiTenantRequest(this.tenantId, options, this.additionallyAllowedTenantIds);
        if (tenantId) {
            checkTenantId(logger, tenantId);
        }
        if (this.subscription) {
            checkSubscription(logger, this.subscription);
        }
        logger.getToken.info(`Using the scope ${scope}`);
        return tracingClient.withSpan(`${this.constructor.name}.getToken`, options, async () => {
            try {
                ensureValidScopeForDevTimeCreds(scope, logger);
                const resource = getScopeResource(scope);
                const obj = await cliCredentialInternals.getAzureCliAccessToken(resource, tenantId, this.subscription, this.timeout);
                const specificScope = obj.stderr?.match("(.*)az login --scope(.*)");
                const isLoginError = obj.stderr?.match("(.*)az login(.*)") && !specificScope;
                const isNotInstallError = obj.stderr?.match("az:(.*)not found") ||
                    obj.stderr?.startsWith("'az' is not recognized") ||
                    (obj.error && isProcessError(obj.error) && obj.error.code === "ENOENT");
                if (isNotInstallError) {
                    const error = new CredentialUnavailableError(azureCliPublicErrorMessages.notInstalled);
                    logger.getToken.info(formatError(scopes, error));
                    throw error;
                }
                if (isLoginError) {
                    const error = new CredentialUnavailableError(azureCliPublicErrorMessages.login);
                    logger.getToken.info(formatError(scopes, error));
                    throw error;
                }
                try {
                    const responseData = obj.stdout;
                    const response = this.parseRawResponse(responseData);
                    logger.getToken.info(formatSuccess(scopes));
                    return response;
                }
                catch (e) {
                    if (obj.stderr) {
                        throw new CredentialUnavailableError(obj.stderr);
                    }
                    throw e;
                }
            }
            catch (err) {
                const error = err.name === "CredentialUnavailableError"
                    ? err
                    : new CredentialUnavailableError(err.message || azureCliPublicErrorMessages.unknown);
                logger.getToken.info(formatError(scopes, error));
                throw error;
            }
        });
    }
    /**
     * Parses the raw JSON response from the Azure CLI into a usable AccessToken object
     *
     * @param rawResponse - The raw JSON response from the Azure CLI
     * @returns An access token with the expiry time parsed from the raw response
     *
     * The expiryTime of the credential's access token, in milliseconds, is calculated as follows:
     *
     * When available, expires_on (introduced in Azure CLI v2.54.0) will be preferred. Otherwise falls back to expiresOn.
     */
    parseRawResponse(rawResponse) {
        const response = JSON.parse(rawResponse);
        const token = response.accessToken;
        // if available, expires_on will be a number representing seconds since epoch.
        // ensure it's a number or NaN
        let expiresOnTimestamp = Number.parseInt(response.expires_on, 10) * 1000;
        if (!isNaN(expiresOnTimestamp)) {
            logger.getToken.info("expires_on is available and is valid, using it");
            return {
                token,
                expiresOnTimestamp,
                tokenType: "Bearer",
            };
        }
        // fallback to the older expiresOn - an RFC3339 date string
        expiresOnTimestamp = new Date(response.expiresOn).getTime();
        // ensure expiresOn is well-formatted
        if (isNaN(expiresOnTimestamp)) {
            throw new CredentialUnavailableError(`${azureCliPublicErrorMessages.unexpectedResponse} "${response.expiresOn}"`);
        }
        return {
            token,
            expiresOnTimestamp,
            tokenType: "Bearer",
        };
    }
}

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("AzurePowerShellCredential");
process.platform === "win32";
const powerShellResourceEnvironmentVariable = "AZURE_IDENTITY_POWERSHELL_RESOURCE";
const powerShellTenantEnvironmentVariable = "AZURE_IDENTITY_POWERSHELL_TENANT_ID";
new Set([powerShellResourceEnvironmentVariable, powerShellTenantEnvironmentVariable].map((name) => name.toLowerCase()));

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("VisualStudioCodeCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("BrokerCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("DefaultAzureCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("InteractiveBrowserCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("DeviceCodeCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const credentialName$1 = "AzurePipelinesCredential";
credentialLogger(credentialName$1);

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
credentialLogger("AuthorizationCodeCredential");

// Copyright (c) Microsoft Corporation.
// Licensed under the MIT License.
const credentialName = "OnBehalfOfCredential";
credentialLogger(credentialName);

export { AzureCliCredential, ClientAssertionCredential, ClientCertificateCredential, ClientSecretCredential, CredentialUnavailableError, WorkloadIdentityCredential };
