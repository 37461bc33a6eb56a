import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  ServiceClient,
  authorizeRequestOnClaimChallenge,
  createSerializer
} from "./azure-core-client.js";
import {
  bearerTokenAuthenticationPolicy,
  bearerTokenAuthenticationPolicyName
} from "./typespec-ts-http-runtime.js";
import "./debug.js";
import {
  __export
} from "./esbuild-runtime.js";

// node_modules/@azure/arm-msi/dist/esm/pagingHelper.js
var pageMap = /* @__PURE__ */ new WeakMap();
function getContinuationToken(page) {
  if (typeof page !== "object" || page === null) {
    return void 0;
  }
  return pageMap.get(page)?.continuationToken;
}
function setContinuationToken(page, continuationToken) {
  if (typeof page !== "object" || page === null || !continuationToken) {
    return;
  }
  const pageInfo = pageMap.get(page) ?? {};
  pageInfo.continuationToken = continuationToken;
  pageMap.set(page, pageInfo);
}

// node_modules/@azure/arm-msi/dist/esm/models/index.js
var KnownCreatedByType;
(function(KnownCreatedByType2) {
  KnownCreatedByType2["User"] = "User";
  KnownCreatedByType2["Application"] = "Application";
  KnownCreatedByType2["ManagedIdentity"] = "ManagedIdentity";
  KnownCreatedByType2["Key"] = "Key";
})(KnownCreatedByType || (KnownCreatedByType = {}));
var KnownIsolationScope;
(function(KnownIsolationScope2) {
  KnownIsolationScope2["None"] = "None";
  KnownIsolationScope2["Regional"] = "Regional";
})(KnownIsolationScope || (KnownIsolationScope = {}));

// node_modules/@azure/arm-msi/dist/esm/models/mappers.js
var mappers_exports = {};
__export(mappers_exports, {
  CloudError: () => CloudError,
  CloudErrorBody: () => CloudErrorBody,
  FederatedIdentityCredential: () => FederatedIdentityCredential,
  FederatedIdentityCredentialsListResult: () => FederatedIdentityCredentialsListResult,
  Identity: () => Identity,
  IdentityUpdate: () => IdentityUpdate,
  Operation: () => Operation,
  OperationDisplay: () => OperationDisplay,
  OperationListResult: () => OperationListResult,
  ProxyResource: () => ProxyResource,
  Resource: () => Resource,
  SystemAssignedIdentity: () => SystemAssignedIdentity,
  SystemData: () => SystemData,
  TrackedResource: () => TrackedResource,
  UserAssignedIdentitiesListResult: () => UserAssignedIdentitiesListResult
});
var Resource = {
  type: {
    name: "Composite",
    className: "Resource",
    modelProperties: {
      id: {
        serializedName: "id",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      systemData: {
        serializedName: "systemData",
        type: {
          name: "Composite",
          className: "SystemData"
        }
      }
    }
  }
};
var SystemData = {
  type: {
    name: "Composite",
    className: "SystemData",
    modelProperties: {
      createdBy: {
        serializedName: "createdBy",
        type: {
          name: "String"
        }
      },
      createdByType: {
        serializedName: "createdByType",
        type: {
          name: "String"
        }
      },
      createdAt: {
        serializedName: "createdAt",
        type: {
          name: "DateTime"
        }
      },
      lastModifiedBy: {
        serializedName: "lastModifiedBy",
        type: {
          name: "String"
        }
      },
      lastModifiedByType: {
        serializedName: "lastModifiedByType",
        type: {
          name: "String"
        }
      },
      lastModifiedAt: {
        serializedName: "lastModifiedAt",
        type: {
          name: "DateTime"
        }
      }
    }
  }
};
var CloudError = {
  type: {
    name: "Composite",
    className: "CloudError",
    modelProperties: {
      error: {
        serializedName: "error",
        type: {
          name: "Composite",
          className: "CloudErrorBody"
        }
      }
    }
  }
};
var CloudErrorBody = {
  type: {
    name: "Composite",
    className: "CloudErrorBody",
    modelProperties: {
      code: {
        serializedName: "code",
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        type: {
          name: "String"
        }
      },
      target: {
        serializedName: "target",
        type: {
          name: "String"
        }
      },
      details: {
        serializedName: "details",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "CloudErrorBody"
            }
          }
        }
      }
    }
  }
};
var OperationListResult = {
  type: {
    name: "Composite",
    className: "OperationListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Operation"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      }
    }
  }
};
var Operation = {
  type: {
    name: "Composite",
    className: "Operation",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      display: {
        serializedName: "display",
        type: {
          name: "Composite",
          className: "OperationDisplay"
        }
      }
    }
  }
};
var OperationDisplay = {
  type: {
    name: "Composite",
    className: "OperationDisplay",
    modelProperties: {
      provider: {
        serializedName: "provider",
        type: {
          name: "String"
        }
      },
      operation: {
        serializedName: "operation",
        type: {
          name: "String"
        }
      },
      resource: {
        serializedName: "resource",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      }
    }
  }
};
var UserAssignedIdentitiesListResult = {
  type: {
    name: "Composite",
    className: "UserAssignedIdentitiesListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Identity"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      }
    }
  }
};
var FederatedIdentityCredentialsListResult = {
  type: {
    name: "Composite",
    className: "FederatedIdentityCredentialsListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "FederatedIdentityCredential"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ProxyResource = {
  type: {
    name: "Composite",
    className: "ProxyResource",
    modelProperties: {
      ...Resource.type.modelProperties
    }
  }
};
var TrackedResource = {
  type: {
    name: "Composite",
    className: "TrackedResource",
    modelProperties: {
      ...Resource.type.modelProperties,
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      location: {
        serializedName: "location",
        required: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var IdentityUpdate = {
  type: {
    name: "Composite",
    className: "IdentityUpdate",
    modelProperties: {
      ...Resource.type.modelProperties,
      location: {
        serializedName: "location",
        type: {
          name: "String"
        }
      },
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      tenantId: {
        serializedName: "properties.tenantId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      clientId: {
        serializedName: "properties.clientId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      isolationScope: {
        serializedName: "properties.isolationScope",
        type: {
          name: "String"
        }
      }
    }
  }
};
var SystemAssignedIdentity = {
  type: {
    name: "Composite",
    className: "SystemAssignedIdentity",
    modelProperties: {
      ...ProxyResource.type.modelProperties,
      location: {
        serializedName: "location",
        required: true,
        type: {
          name: "String"
        }
      },
      tags: {
        serializedName: "tags",
        type: {
          name: "Dictionary",
          value: { type: { name: "String" } }
        }
      },
      tenantId: {
        serializedName: "properties.tenantId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      clientId: {
        serializedName: "properties.clientId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      clientSecretUrl: {
        serializedName: "properties.clientSecretUrl",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var FederatedIdentityCredential = {
  type: {
    name: "Composite",
    className: "FederatedIdentityCredential",
    modelProperties: {
      ...ProxyResource.type.modelProperties,
      issuer: {
        serializedName: "properties.issuer",
        type: {
          name: "String"
        }
      },
      subject: {
        serializedName: "properties.subject",
        type: {
          name: "String"
        }
      },
      audiences: {
        serializedName: "properties.audiences",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      }
    }
  }
};
var Identity = {
  type: {
    name: "Composite",
    className: "Identity",
    modelProperties: {
      ...TrackedResource.type.modelProperties,
      tenantId: {
        serializedName: "properties.tenantId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      clientId: {
        serializedName: "properties.clientId",
        readOnly: true,
        type: {
          name: "Uuid"
        }
      },
      isolationScope: {
        serializedName: "properties.isolationScope",
        type: {
          name: "String"
        }
      }
    }
  }
};

// node_modules/@azure/arm-msi/dist/esm/models/parameters.js
var accept = {
  parameterPath: "accept",
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Accept",
    type: {
      name: "String"
    }
  }
};
var $host = {
  parameterPath: "$host",
  mapper: {
    serializedName: "$host",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var scope = {
  parameterPath: "scope",
  mapper: {
    serializedName: "scope",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var apiVersion = {
  parameterPath: "apiVersion",
  mapper: {
    defaultValue: "2024-11-30",
    isConstant: true,
    serializedName: "api-version",
    type: {
      name: "String"
    }
  }
};
var nextLink = {
  parameterPath: "nextLink",
  mapper: {
    serializedName: "nextLink",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var subscriptionId = {
  parameterPath: "subscriptionId",
  mapper: {
    serializedName: "subscriptionId",
    required: true,
    type: {
      name: "String"
    }
  }
};
var resourceGroupName = {
  parameterPath: "resourceGroupName",
  mapper: {
    serializedName: "resourceGroupName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var contentType = {
  parameterPath: ["options", "contentType"],
  mapper: {
    defaultValue: "application/json",
    isConstant: true,
    serializedName: "Content-Type",
    type: {
      name: "String"
    }
  }
};
var parameters = {
  parameterPath: "parameters",
  mapper: Identity
};
var resourceName = {
  parameterPath: "resourceName",
  mapper: {
    serializedName: "resourceName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var parameters1 = {
  parameterPath: "parameters",
  mapper: IdentityUpdate
};
var resourceGroupName1 = {
  parameterPath: "resourceGroupName",
  mapper: {
    constraints: {
      MaxLength: 90,
      MinLength: 1
    },
    serializedName: "resourceGroupName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var top = {
  parameterPath: ["options", "top"],
  mapper: {
    constraints: {
      InclusiveMinimum: 1
    },
    serializedName: "$top",
    type: {
      name: "Number"
    }
  }
};
var skiptoken = {
  parameterPath: ["options", "skiptoken"],
  mapper: {
    serializedName: "$skiptoken",
    type: {
      name: "String"
    }
  }
};
var parameters2 = {
  parameterPath: "parameters",
  mapper: FederatedIdentityCredential
};
var federatedIdentityCredentialResourceName = {
  parameterPath: "federatedIdentityCredentialResourceName",
  mapper: {
    constraints: {
      Pattern: new RegExp("^[a-zA-Z0-9]{1}[a-zA-Z0-9-_]{2,119}$")
    },
    serializedName: "federatedIdentityCredentialResourceName",
    required: true,
    type: {
      name: "String"
    }
  }
};

// node_modules/@azure/arm-msi/dist/esm/operations/systemAssignedIdentities.js
var SystemAssignedIdentitiesImpl = class {
  client;
  /**
   * Initialize a new instance of the class SystemAssignedIdentities class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets the systemAssignedIdentity available under the specified RP scope.
   * @param scope The resource provider scope of the resource. Parent resource being extended by Managed
   *              Identities.
   * @param options The options parameters.
   */
  getByScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, getByScopeOperationSpec);
  }
};
var serializer = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var getByScopeOperationSpec = {
  path: "/{scope}/providers/Microsoft.ManagedIdentity/identities/default",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: SystemAssignedIdentity
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer
};

// node_modules/@azure/arm-msi/dist/esm/operations/operations.js
var OperationsImpl = class {
  client;
  /**
   * Initialize a new instance of the class Operations class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists available operations for the Microsoft.ManagedIdentity provider
   * @param options The options parameters.
   */
  list(options) {
    const iter = this.listPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  async *listPagingPage(options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._list(options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listNext(continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listPagingAll(options) {
    for await (const page of this.listPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Lists available operations for the Microsoft.ManagedIdentity provider
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec);
  }
  /**
   * ListNext
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listNextOperationSpec);
  }
};
var serializer2 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listOperationSpec = {
  path: "/providers/Microsoft.ManagedIdentity/operations",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OperationListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [accept],
  serializer: serializer2
};
var listNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: OperationListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink],
  headerParameters: [accept],
  serializer: serializer2
};

// node_modules/@azure/arm-msi/dist/esm/operations/userAssignedIdentities.js
var UserAssignedIdentitiesImpl = class {
  client;
  /**
   * Initialize a new instance of the class UserAssignedIdentities class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists all the userAssignedIdentities available under the specified subscription.
   * @param options The options parameters.
   */
  listBySubscription(options) {
    const iter = this.listBySubscriptionPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listBySubscriptionPagingPage(options, settings);
      }
    };
  }
  async *listBySubscriptionPagingPage(options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._listBySubscription(options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listBySubscriptionNext(continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listBySubscriptionPagingAll(options) {
    for await (const page of this.listBySubscriptionPagingPage(options)) {
      yield* page;
    }
  }
  /**
   * Lists all the userAssignedIdentities available under the specified ResourceGroup.
   * @param resourceGroupName The name of the Resource Group to which the identity belongs.
   * @param options The options parameters.
   */
  listByResourceGroup(resourceGroupName2, options) {
    const iter = this.listByResourceGroupPagingAll(resourceGroupName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listByResourceGroupPagingPage(resourceGroupName2, options, settings);
      }
    };
  }
  async *listByResourceGroupPagingPage(resourceGroupName2, options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._listByResourceGroup(resourceGroupName2, options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listByResourceGroupNext(resourceGroupName2, continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listByResourceGroupPagingAll(resourceGroupName2, options) {
    for await (const page of this.listByResourceGroupPagingPage(resourceGroupName2, options)) {
      yield* page;
    }
  }
  /**
   * Lists all the userAssignedIdentities available under the specified subscription.
   * @param options The options parameters.
   */
  _listBySubscription(options) {
    return this.client.sendOperationRequest({ options }, listBySubscriptionOperationSpec);
  }
  /**
   * Lists all the userAssignedIdentities available under the specified ResourceGroup.
   * @param resourceGroupName The name of the Resource Group to which the identity belongs.
   * @param options The options parameters.
   */
  _listByResourceGroup(resourceGroupName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, options }, listByResourceGroupOperationSpec);
  }
  /**
   * Create or update an identity in the specified subscription and resource group.
   * @param resourceGroupName The name of the Resource Group to which the identity belongs.
   * @param resourceName The name of the identity resource.
   * @param parameters Parameters to create or update the identity
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, resourceName2, parameters3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, resourceName: resourceName2, parameters: parameters3, options }, createOrUpdateOperationSpec);
  }
  /**
   * Update an identity in the specified subscription and resource group.
   * @param resourceGroupName The name of the Resource Group to which the identity belongs.
   * @param resourceName The name of the identity resource.
   * @param parameters Parameters to update the identity
   * @param options The options parameters.
   */
  update(resourceGroupName2, resourceName2, parameters3, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, resourceName: resourceName2, parameters: parameters3, options }, updateOperationSpec);
  }
  /**
   * Gets the identity.
   * @param resourceGroupName The name of the Resource Group to which the identity belongs.
   * @param resourceName The name of the identity resource.
   * @param options The options parameters.
   */
  get(resourceGroupName2, resourceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, resourceName: resourceName2, options }, getOperationSpec);
  }
  /**
   * Deletes the identity.
   * @param resourceGroupName The name of the Resource Group to which the identity belongs.
   * @param resourceName The name of the identity resource.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, resourceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, resourceName: resourceName2, options }, deleteOperationSpec);
  }
  /**
   * ListBySubscriptionNext
   * @param nextLink The nextLink from the previous successful call to the ListBySubscription method.
   * @param options The options parameters.
   */
  _listBySubscriptionNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listBySubscriptionNextOperationSpec);
  }
  /**
   * ListByResourceGroupNext
   * @param resourceGroupName The name of the Resource Group to which the identity belongs.
   * @param nextLink The nextLink from the previous successful call to the ListByResourceGroup method.
   * @param options The options parameters.
   */
  _listByResourceGroupNext(resourceGroupName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, nextLink: nextLink2, options }, listByResourceGroupNextOperationSpec);
  }
};
var serializer3 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listBySubscriptionOperationSpec = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.ManagedIdentity/userAssignedIdentities",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: UserAssignedIdentitiesListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [$host, subscriptionId],
  headerParameters: [accept],
  serializer: serializer3
};
var listByResourceGroupOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: UserAssignedIdentitiesListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var createOrUpdateOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: Identity
    },
    201: {
      bodyMapper: Identity
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    resourceName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer3
};
var updateOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: Identity
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters1,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    resourceName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer3
};
var getOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: Identity
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    resourceName
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var deleteOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    resourceName
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var listBySubscriptionNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: UserAssignedIdentitiesListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [
    $host,
    nextLink,
    subscriptionId
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var listByResourceGroupNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: UserAssignedIdentitiesListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [
    $host,
    nextLink,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer3
};

// node_modules/@azure/arm-msi/dist/esm/operations/federatedIdentityCredentials.js
var FederatedIdentityCredentialsImpl = class {
  client;
  /**
   * Initialize a new instance of the class FederatedIdentityCredentials class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Lists all the federated identity credentials under the specified user assigned identity.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceName The name of the identity resource.
   * @param options The options parameters.
   */
  list(resourceGroupName2, resourceName2, options) {
    const iter = this.listPagingAll(resourceGroupName2, resourceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings?.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(resourceGroupName2, resourceName2, options, settings);
      }
    };
  }
  async *listPagingPage(resourceGroupName2, resourceName2, options, settings) {
    let result;
    let continuationToken = settings?.continuationToken;
    if (!continuationToken) {
      result = await this._list(resourceGroupName2, resourceName2, options);
      let page = result.value || [];
      continuationToken = result.nextLink;
      setContinuationToken(page, continuationToken);
      yield page;
    }
    while (continuationToken) {
      result = await this._listNext(resourceGroupName2, resourceName2, continuationToken, options);
      continuationToken = result.nextLink;
      let page = result.value || [];
      setContinuationToken(page, continuationToken);
      yield page;
    }
  }
  async *listPagingAll(resourceGroupName2, resourceName2, options) {
    for await (const page of this.listPagingPage(resourceGroupName2, resourceName2, options)) {
      yield* page;
    }
  }
  /**
   * Lists all the federated identity credentials under the specified user assigned identity.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceName The name of the identity resource.
   * @param options The options parameters.
   */
  _list(resourceGroupName2, resourceName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, resourceName: resourceName2, options }, listOperationSpec2);
  }
  /**
   * Create or update a federated identity credential under the specified user assigned identity.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceName The name of the identity resource.
   * @param federatedIdentityCredentialResourceName The name of the federated identity credential
   *                                                resource.
   * @param parameters Parameters to create or update the federated identity credential.
   * @param options The options parameters.
   */
  createOrUpdate(resourceGroupName2, resourceName2, federatedIdentityCredentialResourceName2, parameters3, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceName: resourceName2,
      federatedIdentityCredentialResourceName: federatedIdentityCredentialResourceName2,
      parameters: parameters3,
      options
    }, createOrUpdateOperationSpec2);
  }
  /**
   * Gets the federated identity credential.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceName The name of the identity resource.
   * @param federatedIdentityCredentialResourceName The name of the federated identity credential
   *                                                resource.
   * @param options The options parameters.
   */
  get(resourceGroupName2, resourceName2, federatedIdentityCredentialResourceName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceName: resourceName2,
      federatedIdentityCredentialResourceName: federatedIdentityCredentialResourceName2,
      options
    }, getOperationSpec2);
  }
  /**
   * Deletes the federated identity credential.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceName The name of the identity resource.
   * @param federatedIdentityCredentialResourceName The name of the federated identity credential
   *                                                resource.
   * @param options The options parameters.
   */
  delete(resourceGroupName2, resourceName2, federatedIdentityCredentialResourceName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceName: resourceName2,
      federatedIdentityCredentialResourceName: federatedIdentityCredentialResourceName2,
      options
    }, deleteOperationSpec2);
  }
  /**
   * ListNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceName The name of the identity resource.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(resourceGroupName2, resourceName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, resourceName: resourceName2, nextLink: nextLink2, options }, listNextOperationSpec2);
  }
};
var serializer4 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}/federatedIdentityCredentials",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: FederatedIdentityCredentialsListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [
    apiVersion,
    top,
    skiptoken
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceName,
    resourceGroupName1
  ],
  headerParameters: [accept],
  serializer: serializer4
};
var createOrUpdateOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}/federatedIdentityCredentials/{federatedIdentityCredentialResourceName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: FederatedIdentityCredential
    },
    201: {
      bodyMapper: FederatedIdentityCredential
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters2,
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceName,
    resourceGroupName1,
    federatedIdentityCredentialResourceName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer4
};
var getOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}/federatedIdentityCredentials/{federatedIdentityCredentialResourceName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: FederatedIdentityCredential
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceName,
    resourceGroupName1,
    federatedIdentityCredentialResourceName
  ],
  headerParameters: [accept],
  serializer: serializer4
};
var deleteOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/{resourceName}/federatedIdentityCredentials/{federatedIdentityCredentialResourceName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [
    $host,
    subscriptionId,
    resourceName,
    resourceGroupName1,
    federatedIdentityCredentialResourceName
  ],
  headerParameters: [accept],
  serializer: serializer4
};
var listNextOperationSpec2 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: FederatedIdentityCredentialsListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [
    $host,
    nextLink,
    subscriptionId,
    resourceName,
    resourceGroupName1
  ],
  headerParameters: [accept],
  serializer: serializer4
};

// node_modules/@azure/arm-msi/dist/esm/managedServiceIdentityClient.js
var ManagedServiceIdentityClient = class extends ServiceClient {
  $host;
  apiVersion;
  subscriptionId;
  constructor(credentials, subscriptionIdOrOptions, options) {
    if (credentials === void 0) {
      throw new Error("'credentials' cannot be null");
    }
    let subscriptionId2;
    if (typeof subscriptionIdOrOptions === "string") {
      subscriptionId2 = subscriptionIdOrOptions;
    } else if (typeof subscriptionIdOrOptions === "object") {
      options = subscriptionIdOrOptions;
    }
    if (!options) {
      options = {};
    }
    const defaults = {
      requestContentType: "application/json; charset=utf-8",
      credential: credentials
    };
    const packageDetails = `azsdk-js-arm-msi/2.2.0`;
    const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    const optionsWithDefaults = {
      ...defaults,
      ...options,
      userAgentOptions: {
        userAgentPrefix
      },
      endpoint: options.endpoint ?? options.baseUri ?? "https://management.azure.com"
    };
    super(optionsWithDefaults);
    let bearerTokenAuthenticationPolicyFound = false;
    if (options?.pipeline && options.pipeline.getOrderedPolicies().length > 0) {
      const pipelinePolicies = options.pipeline.getOrderedPolicies();
      bearerTokenAuthenticationPolicyFound = pipelinePolicies.some((pipelinePolicy) => pipelinePolicy.name === bearerTokenAuthenticationPolicyName);
    }
    if (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) {
      this.pipeline.removePolicy({
        name: bearerTokenAuthenticationPolicyName
      });
      this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({
        credential: credentials,
        scopes: optionsWithDefaults.credentialScopes ?? `${optionsWithDefaults.endpoint}/.default`,
        challengeCallbacks: {
          authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge
        }
      }));
    }
    this.subscriptionId = subscriptionId2;
    this.$host = options.$host || "https://management.azure.com";
    this.apiVersion = options.apiVersion || "2024-11-30";
    this.systemAssignedIdentities = new SystemAssignedIdentitiesImpl(this);
    this.operations = new OperationsImpl(this);
    this.userAssignedIdentities = new UserAssignedIdentitiesImpl(this);
    this.federatedIdentityCredentials = new FederatedIdentityCredentialsImpl(this);
    this.addCustomApiVersionPolicy(options.apiVersion);
  }
  /** A function that adds a policy that sets the api-version (or equivalent) to reflect the library version. */
  addCustomApiVersionPolicy(apiVersion2) {
    if (!apiVersion2) {
      return;
    }
    const apiVersionPolicy = {
      name: "CustomApiVersionPolicy",
      async sendRequest(request, next) {
        const param = request.url.split("?");
        if (param.length > 1) {
          const newParams = param[1].split("&").map((item) => {
            if (item.indexOf("api-version") > -1) {
              return "api-version=" + apiVersion2;
            } else {
              return item;
            }
          });
          request.url = param[0] + "?" + newParams.join("&");
        }
        return next(request);
      }
    };
    this.pipeline.addPolicy(apiVersionPolicy);
  }
  systemAssignedIdentities;
  operations;
  userAssignedIdentities;
  federatedIdentityCredentials;
};
export {
  KnownCreatedByType,
  KnownIsolationScope,
  ManagedServiceIdentityClient,
  getContinuationToken
};
