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
  __commonJS,
  __export,
  __toESM
} from "./esbuild-runtime.js";

// node_modules/tslib/tslib.js
var require_tslib = __commonJS({
  "node_modules/tslib/tslib.js"(exports, module) {
    var __extends2;
    var __assign2;
    var __rest2;
    var __decorate2;
    var __param2;
    var __esDecorate2;
    var __runInitializers2;
    var __propKey2;
    var __setFunctionName2;
    var __metadata2;
    var __awaiter2;
    var __generator2;
    var __exportStar2;
    var __values2;
    var __read2;
    var __spread2;
    var __spreadArrays2;
    var __spreadArray2;
    var __await2;
    var __asyncGenerator2;
    var __asyncDelegator2;
    var __asyncValues2;
    var __makeTemplateObject2;
    var __importStar2;
    var __importDefault2;
    var __classPrivateFieldGet2;
    var __classPrivateFieldSet2;
    var __classPrivateFieldIn2;
    var __createBinding2;
    var __addDisposableResource2;
    var __disposeResources2;
    var __rewriteRelativeImportExtension2;
    (function(factory) {
      var root = typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : {};
      if (typeof define === "function" && define.amd) {
        define("tslib", ["exports"], function(exports2) {
          factory(createExporter(root, createExporter(exports2)));
        });
      } else if (typeof module === "object" && typeof module.exports === "object") {
        factory(createExporter(root, createExporter(module.exports)));
      } else {
        factory(createExporter(root));
      }
      function createExporter(exports2, previous) {
        if (exports2 !== root) {
          if (typeof Object.create === "function") {
            Object.defineProperty(exports2, "__esModule", { value: true });
          } else {
            exports2.__esModule = true;
          }
        }
        return function(id, v) {
          return exports2[id] = previous ? previous(id, v) : v;
        };
      }
    })(function(exporter) {
      var extendStatics = Object.setPrototypeOf || { __proto__: [] } instanceof Array && function(d, b) {
        d.__proto__ = b;
      } || function(d, b) {
        for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p];
      };
      __extends2 = function(d, b) {
        if (typeof b !== "function" && b !== null)
          throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() {
          this.constructor = d;
        }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
      };
      __assign2 = Object.assign || function(t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
          s = arguments[i];
          for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
      };
      __rest2 = function(s, e) {
        var t = {};
        for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
          t[p] = s[p];
        if (s != null && typeof Object.getOwnPropertySymbols === "function")
          for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
            if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
              t[p[i]] = s[p[i]];
          }
        return t;
      };
      __decorate2 = function(decorators, target, key, desc) {
        var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
        if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
        else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
        return c > 3 && r && Object.defineProperty(target, key, r), r;
      };
      __param2 = function(paramIndex, decorator) {
        return function(target, key) {
          decorator(target, key, paramIndex);
        };
      };
      __esDecorate2 = function(ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
        function accept2(f) {
          if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected");
          return f;
        }
        var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
        var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
        var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
        var _, done = false;
        for (var i = decorators.length - 1; i >= 0; i--) {
          var context = {};
          for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
          for (var p in contextIn.access) context.access[p] = contextIn.access[p];
          context.addInitializer = function(f) {
            if (done) throw new TypeError("Cannot add initializers after decoration has completed");
            extraInitializers.push(accept2(f || null));
          };
          var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
          if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept2(result.get)) descriptor.get = _;
            if (_ = accept2(result.set)) descriptor.set = _;
            if (_ = accept2(result.init)) initializers.unshift(_);
          } else if (_ = accept2(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
          }
        }
        if (target) Object.defineProperty(target, contextIn.name, descriptor);
        done = true;
      };
      __runInitializers2 = function(thisArg, initializers, value) {
        var useValue = arguments.length > 2;
        for (var i = 0; i < initializers.length; i++) {
          value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
        }
        return useValue ? value : void 0;
      };
      __propKey2 = function(x) {
        return typeof x === "symbol" ? x : "".concat(x);
      };
      __setFunctionName2 = function(f, name, prefix) {
        if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
        return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
      };
      __metadata2 = function(metadataKey, metadataValue) {
        if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
      };
      __awaiter2 = function(thisArg, _arguments, P, generator) {
        function adopt(value) {
          return value instanceof P ? value : new P(function(resolve) {
            resolve(value);
          });
        }
        return new (P || (P = Promise))(function(resolve, reject) {
          function fulfilled(value) {
            try {
              step(generator.next(value));
            } catch (e) {
              reject(e);
            }
          }
          function rejected(value) {
            try {
              step(generator["throw"](value));
            } catch (e) {
              reject(e);
            }
          }
          function step(result) {
            result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
          }
          step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
      };
      __generator2 = function(thisArg, body) {
        var _ = { label: 0, sent: function() {
          if (t[0] & 1) throw t[1];
          return t[1];
        }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
        return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() {
          return this;
        }), g;
        function verb(n) {
          return function(v) {
            return step([n, v]);
          };
        }
        function step(op) {
          if (f) throw new TypeError("Generator is already executing.");
          while (g && (g = 0, op[0] && (_ = 0)), _) try {
            if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
            if (y = 0, t) op = [op[0] & 2, t.value];
            switch (op[0]) {
              case 0:
              case 1:
                t = op;
                break;
              case 4:
                _.label++;
                return { value: op[1], done: false };
              case 5:
                _.label++;
                y = op[1];
                op = [0];
                continue;
              case 7:
                op = _.ops.pop();
                _.trys.pop();
                continue;
              default:
                if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) {
                  _ = 0;
                  continue;
                }
                if (op[0] === 3 && (!t || op[1] > t[0] && op[1] < t[3])) {
                  _.label = op[1];
                  break;
                }
                if (op[0] === 6 && _.label < t[1]) {
                  _.label = t[1];
                  t = op;
                  break;
                }
                if (t && _.label < t[2]) {
                  _.label = t[2];
                  _.ops.push(op);
                  break;
                }
                if (t[2]) _.ops.pop();
                _.trys.pop();
                continue;
            }
            op = body.call(thisArg, _);
          } catch (e) {
            op = [6, e];
            y = 0;
          } finally {
            f = t = 0;
          }
          if (op[0] & 5) throw op[1];
          return { value: op[0] ? op[1] : void 0, done: true };
        }
      };
      __exportStar2 = function(m, o) {
        for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding2(o, m, p);
      };
      __createBinding2 = Object.create ? (function(o, m, k, k2) {
        if (k2 === void 0) k2 = k;
        var desc = Object.getOwnPropertyDescriptor(m, k);
        if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
          desc = { enumerable: true, get: function() {
            return m[k];
          } };
        }
        Object.defineProperty(o, k2, desc);
      }) : (function(o, m, k, k2) {
        if (k2 === void 0) k2 = k;
        o[k2] = m[k];
      });
      __values2 = function(o) {
        var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
        if (m) return m.call(o);
        if (o && typeof o.length === "number") return {
          next: function() {
            if (o && i >= o.length) o = void 0;
            return { value: o && o[i++], done: !o };
          }
        };
        throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
      };
      __read2 = function(o, n) {
        var m = typeof Symbol === "function" && o[Symbol.iterator];
        if (!m) return o;
        var i = m.call(o), r, ar = [], e;
        try {
          while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
        } catch (error) {
          e = { error };
        } finally {
          try {
            if (r && !r.done && (m = i["return"])) m.call(i);
          } finally {
            if (e) throw e.error;
          }
        }
        return ar;
      };
      __spread2 = function() {
        for (var ar = [], i = 0; i < arguments.length; i++)
          ar = ar.concat(__read2(arguments[i]));
        return ar;
      };
      __spreadArrays2 = function() {
        for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
        for (var r = Array(s), k = 0, i = 0; i < il; i++)
          for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
            r[k] = a[j];
        return r;
      };
      __spreadArray2 = function(to, from, pack) {
        if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
          if (ar || !(i in from)) {
            if (!ar) ar = Array.prototype.slice.call(from, 0, i);
            ar[i] = from[i];
          }
        }
        return to.concat(ar || Array.prototype.slice.call(from));
      };
      __await2 = function(v) {
        return this instanceof __await2 ? (this.v = v, this) : new __await2(v);
      };
      __asyncGenerator2 = function(thisArg, _arguments, generator) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var g = generator.apply(thisArg, _arguments || []), i, q = [];
        return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function() {
          return this;
        }, i;
        function awaitReturn(f) {
          return function(v) {
            return Promise.resolve(v).then(f, reject);
          };
        }
        function verb(n, f) {
          if (g[n]) {
            i[n] = function(v) {
              return new Promise(function(a, b) {
                q.push([n, v, a, b]) > 1 || resume(n, v);
              });
            };
            if (f) i[n] = f(i[n]);
          }
        }
        function resume(n, v) {
          try {
            step(g[n](v));
          } catch (e) {
            settle(q[0][3], e);
          }
        }
        function step(r) {
          r.value instanceof __await2 ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r);
        }
        function fulfill(value) {
          resume("next", value);
        }
        function reject(value) {
          resume("throw", value);
        }
        function settle(f, v) {
          if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]);
        }
      };
      __asyncDelegator2 = function(o) {
        var i, p;
        return i = {}, verb("next"), verb("throw", function(e) {
          throw e;
        }), verb("return"), i[Symbol.iterator] = function() {
          return this;
        }, i;
        function verb(n, f) {
          i[n] = o[n] ? function(v) {
            return (p = !p) ? { value: __await2(o[n](v)), done: false } : f ? f(v) : v;
          } : f;
        }
      };
      __asyncValues2 = function(o) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var m = o[Symbol.asyncIterator], i;
        return m ? m.call(o) : (o = typeof __values2 === "function" ? __values2(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function() {
          return this;
        }, i);
        function verb(n) {
          i[n] = o[n] && function(v) {
            return new Promise(function(resolve, reject) {
              v = o[n](v), settle(resolve, reject, v.done, v.value);
            });
          };
        }
        function settle(resolve, reject, d, v) {
          Promise.resolve(v).then(function(v2) {
            resolve({ value: v2, done: d });
          }, reject);
        }
      };
      __makeTemplateObject2 = function(cooked, raw) {
        if (Object.defineProperty) {
          Object.defineProperty(cooked, "raw", { value: raw });
        } else {
          cooked.raw = raw;
        }
        return cooked;
      };
      var __setModuleDefault = Object.create ? (function(o, v) {
        Object.defineProperty(o, "default", { enumerable: true, value: v });
      }) : function(o, v) {
        o["default"] = v;
      };
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      __importStar2 = function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding2(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
      __importDefault2 = function(mod) {
        return mod && mod.__esModule ? mod : { "default": mod };
      };
      __classPrivateFieldGet2 = function(receiver, state, kind, f) {
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
        return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
      };
      __classPrivateFieldSet2 = function(receiver, state, value, kind, f) {
        if (kind === "m") throw new TypeError("Private method is not writable");
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
        return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
      };
      __classPrivateFieldIn2 = function(state, receiver) {
        if (receiver === null || typeof receiver !== "object" && typeof receiver !== "function") throw new TypeError("Cannot use 'in' operator on non-object");
        return typeof state === "function" ? receiver === state : state.has(receiver);
      };
      __addDisposableResource2 = function(env, value, async) {
        if (value !== null && value !== void 0) {
          if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
          var dispose, inner;
          if (async) {
            if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
            dispose = value[Symbol.asyncDispose];
          }
          if (dispose === void 0) {
            if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
            dispose = value[Symbol.dispose];
            if (async) inner = dispose;
          }
          if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
          if (inner) dispose = function() {
            try {
              inner.call(this);
            } catch (e) {
              return Promise.reject(e);
            }
          };
          env.stack.push({ value, dispose, async });
        } else if (async) {
          env.stack.push({ async: true });
        }
        return value;
      };
      var _SuppressedError = typeof SuppressedError === "function" ? SuppressedError : function(error, suppressed, message) {
        var e = new Error(message);
        return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
      };
      __disposeResources2 = function(env) {
        function fail(e) {
          env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
          env.hasError = true;
        }
        var r, s = 0;
        function next() {
          while (r = env.stack.pop()) {
            try {
              if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
              if (r.dispose) {
                var result = r.dispose.call(r.value);
                if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) {
                  fail(e);
                  return next();
                });
              } else s |= 1;
            } catch (e) {
              fail(e);
            }
          }
          if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
          if (env.hasError) throw env.error;
        }
        return next();
      };
      __rewriteRelativeImportExtension2 = function(path, preserveJsx, extraExtensions, ignoreCase) {
        if (typeof path === "string" && /^\.\.?\//.test(path)) {
          if (extraExtensions) {
            for (var extension in extraExtensions) {
              var suffix = path.slice(-extension.length);
              if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
                var output = extraExtensions[extension];
                return output === extension ? path : path.slice(0, -extension.length) + output;
              }
            }
          }
          return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function(m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : d + ext + "." + cm.toLowerCase() + "js";
          });
        }
        return path;
      };
      exporter("__extends", __extends2);
      exporter("__assign", __assign2);
      exporter("__rest", __rest2);
      exporter("__decorate", __decorate2);
      exporter("__param", __param2);
      exporter("__esDecorate", __esDecorate2);
      exporter("__runInitializers", __runInitializers2);
      exporter("__propKey", __propKey2);
      exporter("__setFunctionName", __setFunctionName2);
      exporter("__metadata", __metadata2);
      exporter("__awaiter", __awaiter2);
      exporter("__generator", __generator2);
      exporter("__exportStar", __exportStar2);
      exporter("__createBinding", __createBinding2);
      exporter("__values", __values2);
      exporter("__read", __read2);
      exporter("__spread", __spread2);
      exporter("__spreadArrays", __spreadArrays2);
      exporter("__spreadArray", __spreadArray2);
      exporter("__await", __await2);
      exporter("__asyncGenerator", __asyncGenerator2);
      exporter("__asyncDelegator", __asyncDelegator2);
      exporter("__asyncValues", __asyncValues2);
      exporter("__makeTemplateObject", __makeTemplateObject2);
      exporter("__importStar", __importStar2);
      exporter("__importDefault", __importDefault2);
      exporter("__classPrivateFieldGet", __classPrivateFieldGet2);
      exporter("__classPrivateFieldSet", __classPrivateFieldSet2);
      exporter("__classPrivateFieldIn", __classPrivateFieldIn2);
      exporter("__addDisposableResource", __addDisposableResource2);
      exporter("__disposeResources", __disposeResources2);
      exporter("__rewriteRelativeImportExtension", __rewriteRelativeImportExtension2);
    });
  }
});

// node_modules/@azure/arm-authorization/dist-esm/src/pagingHelper.js
var pageMap = /* @__PURE__ */ new WeakMap();
function getContinuationToken(page) {
  var _a;
  if (typeof page !== "object" || page === null) {
    return void 0;
  }
  return (_a = pageMap.get(page)) === null || _a === void 0 ? void 0 : _a.continuationToken;
}
function setContinuationToken(page, continuationToken) {
  var _a;
  if (typeof page !== "object" || page === null || !continuationToken) {
    return;
  }
  const pageInfo = (_a = pageMap.get(page)) !== null && _a !== void 0 ? _a : {};
  pageInfo.continuationToken = continuationToken;
  pageMap.set(page, pageInfo);
}

// node_modules/@azure/arm-authorization/dist-esm/src/models/index.js
var KnownPrincipalType;
(function(KnownPrincipalType2) {
  KnownPrincipalType2["User"] = "User";
  KnownPrincipalType2["Group"] = "Group";
  KnownPrincipalType2["ServicePrincipal"] = "ServicePrincipal";
  KnownPrincipalType2["ForeignGroup"] = "ForeignGroup";
  KnownPrincipalType2["Device"] = "Device";
})(KnownPrincipalType || (KnownPrincipalType = {}));
var KnownAssignmentType;
(function(KnownAssignmentType2) {
  KnownAssignmentType2["Activated"] = "Activated";
  KnownAssignmentType2["Assigned"] = "Assigned";
})(KnownAssignmentType || (KnownAssignmentType = {}));
var KnownMemberType;
(function(KnownMemberType2) {
  KnownMemberType2["Inherited"] = "Inherited";
  KnownMemberType2["Direct"] = "Direct";
  KnownMemberType2["Group"] = "Group";
})(KnownMemberType || (KnownMemberType = {}));
var KnownStatus;
(function(KnownStatus2) {
  KnownStatus2["Accepted"] = "Accepted";
  KnownStatus2["PendingEvaluation"] = "PendingEvaluation";
  KnownStatus2["Granted"] = "Granted";
  KnownStatus2["Denied"] = "Denied";
  KnownStatus2["PendingProvisioning"] = "PendingProvisioning";
  KnownStatus2["Provisioned"] = "Provisioned";
  KnownStatus2["PendingRevocation"] = "PendingRevocation";
  KnownStatus2["Revoked"] = "Revoked";
  KnownStatus2["Canceled"] = "Canceled";
  KnownStatus2["Failed"] = "Failed";
  KnownStatus2["PendingApprovalProvisioning"] = "PendingApprovalProvisioning";
  KnownStatus2["PendingApproval"] = "PendingApproval";
  KnownStatus2["FailedAsResourceIsLocked"] = "FailedAsResourceIsLocked";
  KnownStatus2["PendingAdminDecision"] = "PendingAdminDecision";
  KnownStatus2["AdminApproved"] = "AdminApproved";
  KnownStatus2["AdminDenied"] = "AdminDenied";
  KnownStatus2["TimedOut"] = "TimedOut";
  KnownStatus2["ProvisioningStarted"] = "ProvisioningStarted";
  KnownStatus2["Invalid"] = "Invalid";
  KnownStatus2["PendingScheduleCreation"] = "PendingScheduleCreation";
  KnownStatus2["ScheduleCreated"] = "ScheduleCreated";
  KnownStatus2["PendingExternalProvisioning"] = "PendingExternalProvisioning";
})(KnownStatus || (KnownStatus = {}));
var KnownRequestType;
(function(KnownRequestType2) {
  KnownRequestType2["AdminAssign"] = "AdminAssign";
  KnownRequestType2["AdminRemove"] = "AdminRemove";
  KnownRequestType2["AdminUpdate"] = "AdminUpdate";
  KnownRequestType2["AdminExtend"] = "AdminExtend";
  KnownRequestType2["AdminRenew"] = "AdminRenew";
  KnownRequestType2["SelfActivate"] = "SelfActivate";
  KnownRequestType2["SelfDeactivate"] = "SelfDeactivate";
  KnownRequestType2["SelfExtend"] = "SelfExtend";
  KnownRequestType2["SelfRenew"] = "SelfRenew";
})(KnownRequestType || (KnownRequestType = {}));
var KnownType;
(function(KnownType2) {
  KnownType2["AfterDuration"] = "AfterDuration";
  KnownType2["AfterDateTime"] = "AfterDateTime";
  KnownType2["NoExpiration"] = "NoExpiration";
})(KnownType || (KnownType = {}));
var KnownRoleManagementPolicyRuleType;
(function(KnownRoleManagementPolicyRuleType2) {
  KnownRoleManagementPolicyRuleType2["RoleManagementPolicyApprovalRule"] = "RoleManagementPolicyApprovalRule";
  KnownRoleManagementPolicyRuleType2["RoleManagementPolicyAuthenticationContextRule"] = "RoleManagementPolicyAuthenticationContextRule";
  KnownRoleManagementPolicyRuleType2["RoleManagementPolicyEnablementRule"] = "RoleManagementPolicyEnablementRule";
  KnownRoleManagementPolicyRuleType2["RoleManagementPolicyExpirationRule"] = "RoleManagementPolicyExpirationRule";
  KnownRoleManagementPolicyRuleType2["RoleManagementPolicyNotificationRule"] = "RoleManagementPolicyNotificationRule";
})(KnownRoleManagementPolicyRuleType || (KnownRoleManagementPolicyRuleType = {}));
var KnownApprovalMode;
(function(KnownApprovalMode2) {
  KnownApprovalMode2["SingleStage"] = "SingleStage";
  KnownApprovalMode2["Serial"] = "Serial";
  KnownApprovalMode2["Parallel"] = "Parallel";
  KnownApprovalMode2["NoApproval"] = "NoApproval";
})(KnownApprovalMode || (KnownApprovalMode = {}));
var KnownUserType;
(function(KnownUserType2) {
  KnownUserType2["User"] = "User";
  KnownUserType2["Group"] = "Group";
})(KnownUserType || (KnownUserType = {}));
var KnownEnablementRules;
(function(KnownEnablementRules2) {
  KnownEnablementRules2["MultiFactorAuthentication"] = "MultiFactorAuthentication";
  KnownEnablementRules2["Justification"] = "Justification";
  KnownEnablementRules2["Ticketing"] = "Ticketing";
})(KnownEnablementRules || (KnownEnablementRules = {}));
var KnownNotificationDeliveryMechanism;
(function(KnownNotificationDeliveryMechanism2) {
  KnownNotificationDeliveryMechanism2["Email"] = "Email";
})(KnownNotificationDeliveryMechanism || (KnownNotificationDeliveryMechanism = {}));
var KnownNotificationLevel;
(function(KnownNotificationLevel2) {
  KnownNotificationLevel2["None"] = "None";
  KnownNotificationLevel2["Critical"] = "Critical";
  KnownNotificationLevel2["All"] = "All";
})(KnownNotificationLevel || (KnownNotificationLevel = {}));
var KnownRecipientType;
(function(KnownRecipientType2) {
  KnownRecipientType2["Requestor"] = "Requestor";
  KnownRecipientType2["Approver"] = "Approver";
  KnownRecipientType2["Admin"] = "Admin";
})(KnownRecipientType || (KnownRecipientType = {}));

// node_modules/tslib/modules/index.js
var import_tslib = __toESM(require_tslib(), 1);
var {
  __extends,
  __assign,
  __rest,
  __decorate,
  __param,
  __esDecorate,
  __runInitializers,
  __propKey,
  __setFunctionName,
  __metadata,
  __awaiter,
  __generator,
  __exportStar,
  __createBinding,
  __values,
  __read,
  __spread,
  __spreadArrays,
  __spreadArray,
  __await,
  __asyncGenerator,
  __asyncDelegator,
  __asyncValues,
  __makeTemplateObject,
  __importStar,
  __importDefault,
  __classPrivateFieldGet,
  __classPrivateFieldSet,
  __classPrivateFieldIn,
  __addDisposableResource,
  __disposeResources,
  __rewriteRelativeImportExtension
} = import_tslib.default;

// node_modules/@azure/arm-authorization/dist-esm/src/models/mappers.js
var mappers_exports = {};
__export(mappers_exports, {
  ApprovalSettings: () => ApprovalSettings,
  ApprovalStage: () => ApprovalStage,
  ClassicAdministrator: () => ClassicAdministrator,
  ClassicAdministratorListResult: () => ClassicAdministratorListResult,
  CloudError: () => CloudError,
  CloudErrorBody: () => CloudErrorBody,
  DenyAssignment: () => DenyAssignment,
  DenyAssignmentFilter: () => DenyAssignmentFilter,
  DenyAssignmentListResult: () => DenyAssignmentListResult,
  DenyAssignmentPermission: () => DenyAssignmentPermission,
  EligibleChildResource: () => EligibleChildResource,
  EligibleChildResourcesListResult: () => EligibleChildResourcesListResult,
  ErrorAdditionalInfo: () => ErrorAdditionalInfo,
  ErrorDetail: () => ErrorDetail,
  ErrorResponse: () => ErrorResponse,
  ExpandedProperties: () => ExpandedProperties,
  ExpandedPropertiesPrincipal: () => ExpandedPropertiesPrincipal,
  ExpandedPropertiesRoleDefinition: () => ExpandedPropertiesRoleDefinition,
  ExpandedPropertiesScope: () => ExpandedPropertiesScope,
  Permission: () => Permission,
  PermissionGetResult: () => PermissionGetResult,
  PolicyAssignmentProperties: () => PolicyAssignmentProperties,
  PolicyAssignmentPropertiesPolicy: () => PolicyAssignmentPropertiesPolicy,
  PolicyAssignmentPropertiesRoleDefinition: () => PolicyAssignmentPropertiesRoleDefinition,
  PolicyAssignmentPropertiesScope: () => PolicyAssignmentPropertiesScope,
  PolicyProperties: () => PolicyProperties,
  PolicyPropertiesScope: () => PolicyPropertiesScope,
  Principal: () => Principal,
  ProviderOperation: () => ProviderOperation,
  ProviderOperationsMetadata: () => ProviderOperationsMetadata,
  ProviderOperationsMetadataListResult: () => ProviderOperationsMetadataListResult,
  ResourceType: () => ResourceType,
  RoleAssignment: () => RoleAssignment,
  RoleAssignmentCreateParameters: () => RoleAssignmentCreateParameters,
  RoleAssignmentFilter: () => RoleAssignmentFilter,
  RoleAssignmentListResult: () => RoleAssignmentListResult,
  RoleAssignmentSchedule: () => RoleAssignmentSchedule,
  RoleAssignmentScheduleFilter: () => RoleAssignmentScheduleFilter,
  RoleAssignmentScheduleInstance: () => RoleAssignmentScheduleInstance,
  RoleAssignmentScheduleInstanceFilter: () => RoleAssignmentScheduleInstanceFilter,
  RoleAssignmentScheduleInstanceListResult: () => RoleAssignmentScheduleInstanceListResult,
  RoleAssignmentScheduleListResult: () => RoleAssignmentScheduleListResult,
  RoleAssignmentScheduleRequest: () => RoleAssignmentScheduleRequest,
  RoleAssignmentScheduleRequestFilter: () => RoleAssignmentScheduleRequestFilter,
  RoleAssignmentScheduleRequestListResult: () => RoleAssignmentScheduleRequestListResult,
  RoleAssignmentScheduleRequestPropertiesScheduleInfo: () => RoleAssignmentScheduleRequestPropertiesScheduleInfo,
  RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration: () => RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration,
  RoleAssignmentScheduleRequestPropertiesTicketInfo: () => RoleAssignmentScheduleRequestPropertiesTicketInfo,
  RoleDefinition: () => RoleDefinition,
  RoleDefinitionFilter: () => RoleDefinitionFilter,
  RoleDefinitionListResult: () => RoleDefinitionListResult,
  RoleEligibilitySchedule: () => RoleEligibilitySchedule,
  RoleEligibilityScheduleFilter: () => RoleEligibilityScheduleFilter,
  RoleEligibilityScheduleInstance: () => RoleEligibilityScheduleInstance,
  RoleEligibilityScheduleInstanceFilter: () => RoleEligibilityScheduleInstanceFilter,
  RoleEligibilityScheduleInstanceListResult: () => RoleEligibilityScheduleInstanceListResult,
  RoleEligibilityScheduleListResult: () => RoleEligibilityScheduleListResult,
  RoleEligibilityScheduleRequest: () => RoleEligibilityScheduleRequest,
  RoleEligibilityScheduleRequestFilter: () => RoleEligibilityScheduleRequestFilter,
  RoleEligibilityScheduleRequestListResult: () => RoleEligibilityScheduleRequestListResult,
  RoleEligibilityScheduleRequestPropertiesScheduleInfo: () => RoleEligibilityScheduleRequestPropertiesScheduleInfo,
  RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration: () => RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration,
  RoleEligibilityScheduleRequestPropertiesTicketInfo: () => RoleEligibilityScheduleRequestPropertiesTicketInfo,
  RoleManagementPolicy: () => RoleManagementPolicy,
  RoleManagementPolicyApprovalRule: () => RoleManagementPolicyApprovalRule,
  RoleManagementPolicyAssignment: () => RoleManagementPolicyAssignment,
  RoleManagementPolicyAssignmentListResult: () => RoleManagementPolicyAssignmentListResult,
  RoleManagementPolicyAuthenticationContextRule: () => RoleManagementPolicyAuthenticationContextRule,
  RoleManagementPolicyEnablementRule: () => RoleManagementPolicyEnablementRule,
  RoleManagementPolicyExpirationRule: () => RoleManagementPolicyExpirationRule,
  RoleManagementPolicyListResult: () => RoleManagementPolicyListResult,
  RoleManagementPolicyNotificationRule: () => RoleManagementPolicyNotificationRule,
  RoleManagementPolicyRule: () => RoleManagementPolicyRule,
  RoleManagementPolicyRuleTarget: () => RoleManagementPolicyRuleTarget,
  UserSet: () => UserSet,
  ValidationResponse: () => ValidationResponse,
  ValidationResponseErrorInfo: () => ValidationResponseErrorInfo,
  discriminators: () => discriminators
});
var ClassicAdministratorListResult = {
  type: {
    name: "Composite",
    className: "ClassicAdministratorListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ClassicAdministrator"
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
var ClassicAdministrator = {
  type: {
    name: "Composite",
    className: "ClassicAdministrator",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      emailAddress: {
        serializedName: "properties.emailAddress",
        type: {
          name: "String"
        }
      },
      role: {
        serializedName: "properties.role",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ErrorResponse = {
  type: {
    name: "Composite",
    className: "ErrorResponse",
    modelProperties: {
      error: {
        serializedName: "error",
        type: {
          name: "Composite",
          className: "ErrorDetail"
        }
      }
    }
  }
};
var ErrorDetail = {
  type: {
    name: "Composite",
    className: "ErrorDetail",
    modelProperties: {
      code: {
        serializedName: "code",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      target: {
        serializedName: "target",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      details: {
        serializedName: "details",
        readOnly: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorDetail"
            }
          }
        }
      },
      additionalInfo: {
        serializedName: "additionalInfo",
        readOnly: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ErrorAdditionalInfo"
            }
          }
        }
      }
    }
  }
};
var ErrorAdditionalInfo = {
  type: {
    name: "Composite",
    className: "ErrorAdditionalInfo",
    modelProperties: {
      type: {
        serializedName: "type",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      info: {
        serializedName: "info",
        readOnly: true,
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      }
    }
  }
};
var DenyAssignmentListResult = {
  type: {
    name: "Composite",
    className: "DenyAssignmentListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DenyAssignment"
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
var DenyAssignment = {
  type: {
    name: "Composite",
    className: "DenyAssignment",
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
      denyAssignmentName: {
        serializedName: "properties.denyAssignmentName",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "properties.description",
        type: {
          name: "String"
        }
      },
      permissions: {
        serializedName: "properties.permissions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "DenyAssignmentPermission"
            }
          }
        }
      },
      scope: {
        serializedName: "properties.scope",
        type: {
          name: "String"
        }
      },
      doNotApplyToChildScopes: {
        serializedName: "properties.doNotApplyToChildScopes",
        type: {
          name: "Boolean"
        }
      },
      principals: {
        serializedName: "properties.principals",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Principal"
            }
          }
        }
      },
      excludePrincipals: {
        serializedName: "properties.excludePrincipals",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Principal"
            }
          }
        }
      },
      isSystemProtected: {
        serializedName: "properties.isSystemProtected",
        type: {
          name: "Boolean"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      updatedOn: {
        serializedName: "properties.updatedOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      createdBy: {
        serializedName: "properties.createdBy",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      updatedBy: {
        serializedName: "properties.updatedBy",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var DenyAssignmentPermission = {
  type: {
    name: "Composite",
    className: "DenyAssignmentPermission",
    modelProperties: {
      actions: {
        serializedName: "actions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      notActions: {
        serializedName: "notActions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      dataActions: {
        serializedName: "dataActions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      notDataActions: {
        serializedName: "notDataActions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      condition: {
        serializedName: "condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "conditionVersion",
        type: {
          name: "String"
        }
      }
    }
  }
};
var Principal = {
  type: {
    name: "Composite",
    className: "Principal",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      email: {
        serializedName: "email",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ProviderOperationsMetadata = {
  type: {
    name: "Composite",
    className: "ProviderOperationsMetadata",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      resourceTypes: {
        serializedName: "resourceTypes",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ResourceType"
            }
          }
        }
      },
      operations: {
        serializedName: "operations",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ProviderOperation"
            }
          }
        }
      }
    }
  }
};
var ResourceType = {
  type: {
    name: "Composite",
    className: "ResourceType",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      operations: {
        serializedName: "operations",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ProviderOperation"
            }
          }
        }
      }
    }
  }
};
var ProviderOperation = {
  type: {
    name: "Composite",
    className: "ProviderOperation",
    modelProperties: {
      name: {
        serializedName: "name",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "description",
        type: {
          name: "String"
        }
      },
      origin: {
        serializedName: "origin",
        type: {
          name: "String"
        }
      },
      properties: {
        serializedName: "properties",
        type: {
          name: "Dictionary",
          value: { type: { name: "any" } }
        }
      },
      isDataAction: {
        serializedName: "isDataAction",
        type: {
          name: "Boolean"
        }
      }
    }
  }
};
var ProviderOperationsMetadataListResult = {
  type: {
    name: "Composite",
    className: "ProviderOperationsMetadataListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ProviderOperationsMetadata"
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
var RoleAssignmentListResult = {
  type: {
    name: "Composite",
    className: "RoleAssignmentListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleAssignment"
            }
          }
        }
      },
      nextLink: {
        serializedName: "nextLink",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleAssignment = {
  type: {
    name: "Composite",
    className: "RoleAssignment",
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
      scope: {
        serializedName: "properties.scope",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        type: {
          name: "String"
        }
      },
      principalType: {
        serializedName: "properties.principalType",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "properties.description",
        type: {
          name: "String"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      updatedOn: {
        serializedName: "properties.updatedOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      createdBy: {
        serializedName: "properties.createdBy",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      updatedBy: {
        serializedName: "properties.updatedBy",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      delegatedManagedIdentityResourceId: {
        serializedName: "properties.delegatedManagedIdentityResourceId",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleAssignmentCreateParameters = {
  type: {
    name: "Composite",
    className: "RoleAssignmentCreateParameters",
    modelProperties: {
      scope: {
        serializedName: "properties.scope",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        required: true,
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        required: true,
        type: {
          name: "String"
        }
      },
      principalType: {
        serializedName: "properties.principalType",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "properties.description",
        type: {
          name: "String"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      updatedOn: {
        serializedName: "properties.updatedOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      createdBy: {
        serializedName: "properties.createdBy",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      updatedBy: {
        serializedName: "properties.updatedBy",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      delegatedManagedIdentityResourceId: {
        serializedName: "properties.delegatedManagedIdentityResourceId",
        type: {
          name: "String"
        }
      }
    }
  }
};
var PermissionGetResult = {
  type: {
    name: "Composite",
    className: "PermissionGetResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Permission"
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
var Permission = {
  type: {
    name: "Composite",
    className: "Permission",
    modelProperties: {
      actions: {
        serializedName: "actions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      notActions: {
        serializedName: "notActions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      dataActions: {
        serializedName: "dataActions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      notDataActions: {
        serializedName: "notDataActions",
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
var RoleDefinition = {
  type: {
    name: "Composite",
    className: "RoleDefinition",
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
      roleName: {
        serializedName: "properties.roleName",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "properties.description",
        type: {
          name: "String"
        }
      },
      roleType: {
        serializedName: "properties.type",
        type: {
          name: "String"
        }
      },
      permissions: {
        serializedName: "properties.permissions",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "Permission"
            }
          }
        }
      },
      assignableScopes: {
        serializedName: "properties.assignableScopes",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      updatedOn: {
        serializedName: "properties.updatedOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      createdBy: {
        serializedName: "properties.createdBy",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      updatedBy: {
        serializedName: "properties.updatedBy",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleDefinitionListResult = {
  type: {
    name: "Composite",
    className: "RoleDefinitionListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleDefinition"
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
var EligibleChildResourcesListResult = {
  type: {
    name: "Composite",
    className: "EligibleChildResourcesListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "EligibleChildResource"
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
var EligibleChildResource = {
  type: {
    name: "Composite",
    className: "EligibleChildResource",
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
      }
    }
  }
};
var RoleAssignmentSchedule = {
  type: {
    name: "Composite",
    className: "RoleAssignmentSchedule",
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
      scope: {
        serializedName: "properties.scope",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        type: {
          name: "String"
        }
      },
      principalType: {
        serializedName: "properties.principalType",
        type: {
          name: "String"
        }
      },
      roleAssignmentScheduleRequestId: {
        serializedName: "properties.roleAssignmentScheduleRequestId",
        type: {
          name: "String"
        }
      },
      linkedRoleEligibilityScheduleId: {
        serializedName: "properties.linkedRoleEligibilityScheduleId",
        type: {
          name: "String"
        }
      },
      assignmentType: {
        serializedName: "properties.assignmentType",
        type: {
          name: "String"
        }
      },
      memberType: {
        serializedName: "properties.memberType",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "properties.status",
        type: {
          name: "String"
        }
      },
      startDateTime: {
        serializedName: "properties.startDateTime",
        type: {
          name: "DateTime"
        }
      },
      endDateTime: {
        serializedName: "properties.endDateTime",
        type: {
          name: "DateTime"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        type: {
          name: "DateTime"
        }
      },
      updatedOn: {
        serializedName: "properties.updatedOn",
        type: {
          name: "DateTime"
        }
      },
      expandedProperties: {
        serializedName: "properties.expandedProperties",
        type: {
          name: "Composite",
          className: "ExpandedProperties"
        }
      }
    }
  }
};
var ExpandedProperties = {
  type: {
    name: "Composite",
    className: "ExpandedProperties",
    modelProperties: {
      scope: {
        serializedName: "scope",
        type: {
          name: "Composite",
          className: "ExpandedPropertiesScope"
        }
      },
      roleDefinition: {
        serializedName: "roleDefinition",
        type: {
          name: "Composite",
          className: "ExpandedPropertiesRoleDefinition"
        }
      },
      principal: {
        serializedName: "principal",
        type: {
          name: "Composite",
          className: "ExpandedPropertiesPrincipal"
        }
      }
    }
  }
};
var ExpandedPropertiesScope = {
  type: {
    name: "Composite",
    className: "ExpandedPropertiesScope",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ExpandedPropertiesRoleDefinition = {
  type: {
    name: "Composite",
    className: "ExpandedPropertiesRoleDefinition",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ExpandedPropertiesPrincipal = {
  type: {
    name: "Composite",
    className: "ExpandedPropertiesPrincipal",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      email: {
        serializedName: "email",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleAssignmentScheduleListResult = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleAssignmentSchedule"
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
var RoleAssignmentScheduleInstanceListResult = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleInstanceListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleAssignmentScheduleInstance"
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
var RoleAssignmentScheduleInstance = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleInstance",
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
      scope: {
        serializedName: "properties.scope",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        type: {
          name: "String"
        }
      },
      principalType: {
        serializedName: "properties.principalType",
        type: {
          name: "String"
        }
      },
      roleAssignmentScheduleId: {
        serializedName: "properties.roleAssignmentScheduleId",
        type: {
          name: "String"
        }
      },
      originRoleAssignmentId: {
        serializedName: "properties.originRoleAssignmentId",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "properties.status",
        type: {
          name: "String"
        }
      },
      startDateTime: {
        serializedName: "properties.startDateTime",
        type: {
          name: "DateTime"
        }
      },
      endDateTime: {
        serializedName: "properties.endDateTime",
        type: {
          name: "DateTime"
        }
      },
      linkedRoleEligibilityScheduleId: {
        serializedName: "properties.linkedRoleEligibilityScheduleId",
        type: {
          name: "String"
        }
      },
      linkedRoleEligibilityScheduleInstanceId: {
        serializedName: "properties.linkedRoleEligibilityScheduleInstanceId",
        type: {
          name: "String"
        }
      },
      assignmentType: {
        serializedName: "properties.assignmentType",
        type: {
          name: "String"
        }
      },
      memberType: {
        serializedName: "properties.memberType",
        type: {
          name: "String"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        type: {
          name: "DateTime"
        }
      },
      expandedProperties: {
        serializedName: "properties.expandedProperties",
        type: {
          name: "Composite",
          className: "ExpandedProperties"
        }
      }
    }
  }
};
var RoleAssignmentScheduleRequest = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleRequest",
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
      scope: {
        serializedName: "properties.scope",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        type: {
          name: "String"
        }
      },
      principalType: {
        serializedName: "properties.principalType",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      requestType: {
        serializedName: "properties.requestType",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "properties.status",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      approvalId: {
        serializedName: "properties.approvalId",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      targetRoleAssignmentScheduleId: {
        serializedName: "properties.targetRoleAssignmentScheduleId",
        type: {
          name: "String"
        }
      },
      targetRoleAssignmentScheduleInstanceId: {
        serializedName: "properties.targetRoleAssignmentScheduleInstanceId",
        type: {
          name: "String"
        }
      },
      scheduleInfo: {
        serializedName: "properties.scheduleInfo",
        type: {
          name: "Composite",
          className: "RoleAssignmentScheduleRequestPropertiesScheduleInfo"
        }
      },
      linkedRoleEligibilityScheduleId: {
        serializedName: "properties.linkedRoleEligibilityScheduleId",
        type: {
          name: "String"
        }
      },
      justification: {
        serializedName: "properties.justification",
        type: {
          name: "String"
        }
      },
      ticketInfo: {
        serializedName: "properties.ticketInfo",
        type: {
          name: "Composite",
          className: "RoleAssignmentScheduleRequestPropertiesTicketInfo"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      requestorId: {
        serializedName: "properties.requestorId",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      expandedProperties: {
        serializedName: "properties.expandedProperties",
        type: {
          name: "Composite",
          className: "ExpandedProperties"
        }
      }
    }
  }
};
var RoleAssignmentScheduleRequestPropertiesScheduleInfo = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleRequestPropertiesScheduleInfo",
    modelProperties: {
      startDateTime: {
        serializedName: "startDateTime",
        type: {
          name: "DateTime"
        }
      },
      expiration: {
        serializedName: "expiration",
        type: {
          name: "Composite",
          className: "RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration"
        }
      }
    }
  }
};
var RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleRequestPropertiesScheduleInfoExpiration",
    modelProperties: {
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      endDateTime: {
        serializedName: "endDateTime",
        type: {
          name: "DateTime"
        }
      },
      duration: {
        serializedName: "duration",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleAssignmentScheduleRequestPropertiesTicketInfo = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleRequestPropertiesTicketInfo",
    modelProperties: {
      ticketNumber: {
        serializedName: "ticketNumber",
        type: {
          name: "String"
        }
      },
      ticketSystem: {
        serializedName: "ticketSystem",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleAssignmentScheduleRequestListResult = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleRequestListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleAssignmentScheduleRequest"
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
var RoleEligibilitySchedule = {
  type: {
    name: "Composite",
    className: "RoleEligibilitySchedule",
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
      scope: {
        serializedName: "properties.scope",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        type: {
          name: "String"
        }
      },
      principalType: {
        serializedName: "properties.principalType",
        type: {
          name: "String"
        }
      },
      roleEligibilityScheduleRequestId: {
        serializedName: "properties.roleEligibilityScheduleRequestId",
        type: {
          name: "String"
        }
      },
      memberType: {
        serializedName: "properties.memberType",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "properties.status",
        type: {
          name: "String"
        }
      },
      startDateTime: {
        serializedName: "properties.startDateTime",
        type: {
          name: "DateTime"
        }
      },
      endDateTime: {
        serializedName: "properties.endDateTime",
        type: {
          name: "DateTime"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        type: {
          name: "DateTime"
        }
      },
      updatedOn: {
        serializedName: "properties.updatedOn",
        type: {
          name: "DateTime"
        }
      },
      expandedProperties: {
        serializedName: "properties.expandedProperties",
        type: {
          name: "Composite",
          className: "ExpandedProperties"
        }
      }
    }
  }
};
var RoleEligibilityScheduleListResult = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleEligibilitySchedule"
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
var RoleEligibilityScheduleInstanceListResult = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleInstanceListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleEligibilityScheduleInstance"
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
var RoleEligibilityScheduleInstance = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleInstance",
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
      scope: {
        serializedName: "properties.scope",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        type: {
          name: "String"
        }
      },
      principalType: {
        serializedName: "properties.principalType",
        type: {
          name: "String"
        }
      },
      roleEligibilityScheduleId: {
        serializedName: "properties.roleEligibilityScheduleId",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "properties.status",
        type: {
          name: "String"
        }
      },
      startDateTime: {
        serializedName: "properties.startDateTime",
        type: {
          name: "DateTime"
        }
      },
      endDateTime: {
        serializedName: "properties.endDateTime",
        type: {
          name: "DateTime"
        }
      },
      memberType: {
        serializedName: "properties.memberType",
        type: {
          name: "String"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        type: {
          name: "DateTime"
        }
      },
      expandedProperties: {
        serializedName: "properties.expandedProperties",
        type: {
          name: "Composite",
          className: "ExpandedProperties"
        }
      }
    }
  }
};
var RoleEligibilityScheduleRequest = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleRequest",
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
      scope: {
        serializedName: "properties.scope",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "properties.principalId",
        type: {
          name: "String"
        }
      },
      principalType: {
        serializedName: "properties.principalType",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      requestType: {
        serializedName: "properties.requestType",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "properties.status",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      approvalId: {
        serializedName: "properties.approvalId",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      scheduleInfo: {
        serializedName: "properties.scheduleInfo",
        type: {
          name: "Composite",
          className: "RoleEligibilityScheduleRequestPropertiesScheduleInfo"
        }
      },
      targetRoleEligibilityScheduleId: {
        serializedName: "properties.targetRoleEligibilityScheduleId",
        type: {
          name: "String"
        }
      },
      targetRoleEligibilityScheduleInstanceId: {
        serializedName: "properties.targetRoleEligibilityScheduleInstanceId",
        type: {
          name: "String"
        }
      },
      justification: {
        serializedName: "properties.justification",
        type: {
          name: "String"
        }
      },
      ticketInfo: {
        serializedName: "properties.ticketInfo",
        type: {
          name: "Composite",
          className: "RoleEligibilityScheduleRequestPropertiesTicketInfo"
        }
      },
      condition: {
        serializedName: "properties.condition",
        type: {
          name: "String"
        }
      },
      conditionVersion: {
        serializedName: "properties.conditionVersion",
        type: {
          name: "String"
        }
      },
      createdOn: {
        serializedName: "properties.createdOn",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      requestorId: {
        serializedName: "properties.requestorId",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      expandedProperties: {
        serializedName: "properties.expandedProperties",
        type: {
          name: "Composite",
          className: "ExpandedProperties"
        }
      }
    }
  }
};
var RoleEligibilityScheduleRequestPropertiesScheduleInfo = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleRequestPropertiesScheduleInfo",
    modelProperties: {
      startDateTime: {
        serializedName: "startDateTime",
        type: {
          name: "DateTime"
        }
      },
      expiration: {
        serializedName: "expiration",
        type: {
          name: "Composite",
          className: "RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration"
        }
      }
    }
  }
};
var RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleRequestPropertiesScheduleInfoExpiration",
    modelProperties: {
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      },
      endDateTime: {
        serializedName: "endDateTime",
        type: {
          name: "DateTime"
        }
      },
      duration: {
        serializedName: "duration",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleEligibilityScheduleRequestPropertiesTicketInfo = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleRequestPropertiesTicketInfo",
    modelProperties: {
      ticketNumber: {
        serializedName: "ticketNumber",
        type: {
          name: "String"
        }
      },
      ticketSystem: {
        serializedName: "ticketSystem",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleEligibilityScheduleRequestListResult = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleRequestListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleEligibilityScheduleRequest"
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
var RoleManagementPolicy = {
  type: {
    name: "Composite",
    className: "RoleManagementPolicy",
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
      scope: {
        serializedName: "properties.scope",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "properties.displayName",
        type: {
          name: "String"
        }
      },
      description: {
        serializedName: "properties.description",
        type: {
          name: "String"
        }
      },
      isOrganizationDefault: {
        serializedName: "properties.isOrganizationDefault",
        type: {
          name: "Boolean"
        }
      },
      lastModifiedBy: {
        serializedName: "properties.lastModifiedBy",
        type: {
          name: "Composite",
          className: "Principal"
        }
      },
      lastModifiedDateTime: {
        serializedName: "properties.lastModifiedDateTime",
        readOnly: true,
        type: {
          name: "DateTime"
        }
      },
      rules: {
        serializedName: "properties.rules",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleManagementPolicyRule"
            }
          }
        }
      },
      effectiveRules: {
        serializedName: "properties.effectiveRules",
        readOnly: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleManagementPolicyRule"
            }
          }
        }
      },
      policyProperties: {
        serializedName: "properties.policyProperties",
        type: {
          name: "Composite",
          className: "PolicyProperties"
        }
      }
    }
  }
};
var RoleManagementPolicyRule = {
  type: {
    name: "Composite",
    className: "RoleManagementPolicyRule",
    uberParent: "RoleManagementPolicyRule",
    polymorphicDiscriminator: {
      serializedName: "ruleType",
      clientName: "ruleType"
    },
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      ruleType: {
        serializedName: "ruleType",
        required: true,
        type: {
          name: "String"
        }
      },
      target: {
        serializedName: "target",
        type: {
          name: "Composite",
          className: "RoleManagementPolicyRuleTarget"
        }
      }
    }
  }
};
var RoleManagementPolicyRuleTarget = {
  type: {
    name: "Composite",
    className: "RoleManagementPolicyRuleTarget",
    modelProperties: {
      caller: {
        serializedName: "caller",
        type: {
          name: "String"
        }
      },
      operations: {
        serializedName: "operations",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      level: {
        serializedName: "level",
        type: {
          name: "String"
        }
      },
      targetObjects: {
        serializedName: "targetObjects",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      inheritableSettings: {
        serializedName: "inheritableSettings",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "String"
            }
          }
        }
      },
      enforcedSettings: {
        serializedName: "enforcedSettings",
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
var PolicyProperties = {
  type: {
    name: "Composite",
    className: "PolicyProperties",
    modelProperties: {
      scope: {
        serializedName: "scope",
        type: {
          name: "Composite",
          className: "PolicyPropertiesScope"
        }
      }
    }
  }
};
var PolicyPropertiesScope = {
  type: {
    name: "Composite",
    className: "PolicyPropertiesScope",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleManagementPolicyListResult = {
  type: {
    name: "Composite",
    className: "RoleManagementPolicyListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleManagementPolicy"
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
var RoleManagementPolicyAssignment = {
  type: {
    name: "Composite",
    className: "RoleManagementPolicyAssignment",
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
      scope: {
        serializedName: "properties.scope",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "properties.roleDefinitionId",
        type: {
          name: "String"
        }
      },
      policyId: {
        serializedName: "properties.policyId",
        type: {
          name: "String"
        }
      },
      effectiveRules: {
        serializedName: "properties.effectiveRules",
        readOnly: true,
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleManagementPolicyRule"
            }
          }
        }
      },
      policyAssignmentProperties: {
        serializedName: "properties.policyAssignmentProperties",
        type: {
          name: "Composite",
          className: "PolicyAssignmentProperties"
        }
      }
    }
  }
};
var PolicyAssignmentProperties = {
  type: {
    name: "Composite",
    className: "PolicyAssignmentProperties",
    modelProperties: {
      scope: {
        serializedName: "scope",
        type: {
          name: "Composite",
          className: "PolicyAssignmentPropertiesScope"
        }
      },
      roleDefinition: {
        serializedName: "roleDefinition",
        type: {
          name: "Composite",
          className: "PolicyAssignmentPropertiesRoleDefinition"
        }
      },
      policy: {
        serializedName: "policy",
        type: {
          name: "Composite",
          className: "PolicyAssignmentPropertiesPolicy"
        }
      }
    }
  }
};
var PolicyAssignmentPropertiesScope = {
  type: {
    name: "Composite",
    className: "PolicyAssignmentPropertiesScope",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var PolicyAssignmentPropertiesRoleDefinition = {
  type: {
    name: "Composite",
    className: "PolicyAssignmentPropertiesRoleDefinition",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      displayName: {
        serializedName: "displayName",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var PolicyAssignmentPropertiesPolicy = {
  type: {
    name: "Composite",
    className: "PolicyAssignmentPropertiesPolicy",
    modelProperties: {
      id: {
        serializedName: "id",
        type: {
          name: "String"
        }
      },
      lastModifiedBy: {
        serializedName: "lastModifiedBy",
        type: {
          name: "Composite",
          className: "Principal"
        }
      },
      lastModifiedDateTime: {
        serializedName: "lastModifiedDateTime",
        type: {
          name: "DateTime"
        }
      }
    }
  }
};
var RoleManagementPolicyAssignmentListResult = {
  type: {
    name: "Composite",
    className: "RoleManagementPolicyAssignmentListResult",
    modelProperties: {
      value: {
        serializedName: "value",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "RoleManagementPolicyAssignment"
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
var DenyAssignmentFilter = {
  type: {
    name: "Composite",
    className: "DenyAssignmentFilter",
    modelProperties: {
      denyAssignmentName: {
        serializedName: "denyAssignmentName",
        type: {
          name: "String"
        }
      },
      principalId: {
        serializedName: "principalId",
        type: {
          name: "String"
        }
      },
      gdprExportPrincipalId: {
        serializedName: "gdprExportPrincipalId",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ValidationResponseErrorInfo = {
  type: {
    name: "Composite",
    className: "ValidationResponseErrorInfo",
    modelProperties: {
      code: {
        serializedName: "code",
        readOnly: true,
        type: {
          name: "String"
        }
      },
      message: {
        serializedName: "message",
        readOnly: true,
        type: {
          name: "String"
        }
      }
    }
  }
};
var ValidationResponse = {
  type: {
    name: "Composite",
    className: "ValidationResponse",
    modelProperties: {
      isValid: {
        serializedName: "isValid",
        readOnly: true,
        type: {
          name: "Boolean"
        }
      },
      errorInfo: {
        serializedName: "errorInfo",
        type: {
          name: "Composite",
          className: "ValidationResponseErrorInfo"
        }
      }
    }
  }
};
var RoleAssignmentFilter = {
  type: {
    name: "Composite",
    className: "RoleAssignmentFilter",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleDefinitionFilter = {
  type: {
    name: "Composite",
    className: "RoleDefinitionFilter",
    modelProperties: {
      roleName: {
        serializedName: "roleName",
        type: {
          name: "String"
        }
      },
      type: {
        serializedName: "type",
        type: {
          name: "String"
        }
      }
    }
  }
};
var ApprovalSettings = {
  type: {
    name: "Composite",
    className: "ApprovalSettings",
    modelProperties: {
      isApprovalRequired: {
        serializedName: "isApprovalRequired",
        type: {
          name: "Boolean"
        }
      },
      isApprovalRequiredForExtension: {
        serializedName: "isApprovalRequiredForExtension",
        type: {
          name: "Boolean"
        }
      },
      isRequestorJustificationRequired: {
        serializedName: "isRequestorJustificationRequired",
        type: {
          name: "Boolean"
        }
      },
      approvalMode: {
        serializedName: "approvalMode",
        type: {
          name: "String"
        }
      },
      approvalStages: {
        serializedName: "approvalStages",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "ApprovalStage"
            }
          }
        }
      }
    }
  }
};
var ApprovalStage = {
  type: {
    name: "Composite",
    className: "ApprovalStage",
    modelProperties: {
      approvalStageTimeOutInDays: {
        serializedName: "approvalStageTimeOutInDays",
        type: {
          name: "Number"
        }
      },
      isApproverJustificationRequired: {
        serializedName: "isApproverJustificationRequired",
        type: {
          name: "Boolean"
        }
      },
      escalationTimeInMinutes: {
        serializedName: "escalationTimeInMinutes",
        type: {
          name: "Number"
        }
      },
      primaryApprovers: {
        serializedName: "primaryApprovers",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "UserSet"
            }
          }
        }
      },
      isEscalationEnabled: {
        serializedName: "isEscalationEnabled",
        type: {
          name: "Boolean"
        }
      },
      escalationApprovers: {
        serializedName: "escalationApprovers",
        type: {
          name: "Sequence",
          element: {
            type: {
              name: "Composite",
              className: "UserSet"
            }
          }
        }
      }
    }
  }
};
var UserSet = {
  type: {
    name: "Composite",
    className: "UserSet",
    modelProperties: {
      userType: {
        serializedName: "userType",
        type: {
          name: "String"
        }
      },
      isBackup: {
        serializedName: "isBackup",
        type: {
          name: "Boolean"
        }
      },
      id: {
        serializedName: "id",
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
var RoleAssignmentScheduleFilter = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleFilter",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "roleDefinitionId",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleAssignmentScheduleInstanceFilter = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleInstanceFilter",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "roleDefinitionId",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      },
      roleAssignmentScheduleId: {
        serializedName: "roleAssignmentScheduleId",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleAssignmentScheduleRequestFilter = {
  type: {
    name: "Composite",
    className: "RoleAssignmentScheduleRequestFilter",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "roleDefinitionId",
        type: {
          name: "String"
        }
      },
      requestorId: {
        serializedName: "requestorId",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleEligibilityScheduleFilter = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleFilter",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "roleDefinitionId",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleEligibilityScheduleInstanceFilter = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleInstanceFilter",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "roleDefinitionId",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      },
      roleEligibilityScheduleId: {
        serializedName: "roleEligibilityScheduleId",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleEligibilityScheduleRequestFilter = {
  type: {
    name: "Composite",
    className: "RoleEligibilityScheduleRequestFilter",
    modelProperties: {
      principalId: {
        serializedName: "principalId",
        type: {
          name: "String"
        }
      },
      roleDefinitionId: {
        serializedName: "roleDefinitionId",
        type: {
          name: "String"
        }
      },
      requestorId: {
        serializedName: "requestorId",
        type: {
          name: "String"
        }
      },
      status: {
        serializedName: "status",
        type: {
          name: "String"
        }
      }
    }
  }
};
var RoleManagementPolicyApprovalRule = {
  serializedName: "RoleManagementPolicyApprovalRule",
  type: {
    name: "Composite",
    className: "RoleManagementPolicyApprovalRule",
    uberParent: "RoleManagementPolicyRule",
    polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), { setting: {
      serializedName: "setting",
      type: {
        name: "Composite",
        className: "ApprovalSettings"
      }
    } })
  }
};
var RoleManagementPolicyAuthenticationContextRule = {
  serializedName: "RoleManagementPolicyAuthenticationContextRule",
  type: {
    name: "Composite",
    className: "RoleManagementPolicyAuthenticationContextRule",
    uberParent: "RoleManagementPolicyRule",
    polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), { isEnabled: {
      serializedName: "isEnabled",
      type: {
        name: "Boolean"
      }
    }, claimValue: {
      serializedName: "claimValue",
      type: {
        name: "String"
      }
    } })
  }
};
var RoleManagementPolicyEnablementRule = {
  serializedName: "RoleManagementPolicyEnablementRule",
  type: {
    name: "Composite",
    className: "RoleManagementPolicyEnablementRule",
    uberParent: "RoleManagementPolicyRule",
    polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), { enabledRules: {
      serializedName: "enabledRules",
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    } })
  }
};
var RoleManagementPolicyExpirationRule = {
  serializedName: "RoleManagementPolicyExpirationRule",
  type: {
    name: "Composite",
    className: "RoleManagementPolicyExpirationRule",
    uberParent: "RoleManagementPolicyRule",
    polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), { isExpirationRequired: {
      serializedName: "isExpirationRequired",
      type: {
        name: "Boolean"
      }
    }, maximumDuration: {
      serializedName: "maximumDuration",
      type: {
        name: "String"
      }
    } })
  }
};
var RoleManagementPolicyNotificationRule = {
  serializedName: "RoleManagementPolicyNotificationRule",
  type: {
    name: "Composite",
    className: "RoleManagementPolicyNotificationRule",
    uberParent: "RoleManagementPolicyRule",
    polymorphicDiscriminator: RoleManagementPolicyRule.type.polymorphicDiscriminator,
    modelProperties: Object.assign(Object.assign({}, RoleManagementPolicyRule.type.modelProperties), { notificationType: {
      serializedName: "notificationType",
      type: {
        name: "String"
      }
    }, notificationLevel: {
      serializedName: "notificationLevel",
      type: {
        name: "String"
      }
    }, recipientType: {
      serializedName: "recipientType",
      type: {
        name: "String"
      }
    }, notificationRecipients: {
      serializedName: "notificationRecipients",
      type: {
        name: "Sequence",
        element: {
          type: {
            name: "String"
          }
        }
      }
    }, isDefaultRecipientsEnabled: {
      serializedName: "isDefaultRecipientsEnabled",
      type: {
        name: "Boolean"
      }
    } })
  }
};
var discriminators = {
  RoleManagementPolicyRule,
  "RoleManagementPolicyRule.RoleManagementPolicyApprovalRule": RoleManagementPolicyApprovalRule,
  "RoleManagementPolicyRule.RoleManagementPolicyAuthenticationContextRule": RoleManagementPolicyAuthenticationContextRule,
  "RoleManagementPolicyRule.RoleManagementPolicyEnablementRule": RoleManagementPolicyEnablementRule,
  "RoleManagementPolicyRule.RoleManagementPolicyExpirationRule": RoleManagementPolicyExpirationRule,
  "RoleManagementPolicyRule.RoleManagementPolicyNotificationRule": RoleManagementPolicyNotificationRule
};

// node_modules/@azure/arm-authorization/dist-esm/src/models/parameters.js
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
var apiVersion = {
  parameterPath: "apiVersion",
  mapper: {
    defaultValue: "2015-07-01",
    isConstant: true,
    serializedName: "api-version",
    type: {
      name: "String"
    }
  }
};
var subscriptionId = {
  parameterPath: "subscriptionId",
  mapper: {
    constraints: {
      MinLength: 1
    },
    serializedName: "subscriptionId",
    required: true,
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
var resourceGroupName = {
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
var resourceProviderNamespace = {
  parameterPath: "resourceProviderNamespace",
  mapper: {
    serializedName: "resourceProviderNamespace",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var parentResourcePath = {
  parameterPath: "parentResourcePath",
  mapper: {
    serializedName: "parentResourcePath",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var resourceType = {
  parameterPath: "resourceType",
  mapper: {
    serializedName: "resourceType",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
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
var apiVersion1 = {
  parameterPath: "apiVersion",
  mapper: {
    defaultValue: "2022-04-01",
    isConstant: true,
    serializedName: "api-version",
    type: {
      name: "String"
    }
  }
};
var filter = {
  parameterPath: ["options", "filter"],
  mapper: {
    serializedName: "$filter",
    type: {
      name: "String"
    }
  }
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
var denyAssignmentId = {
  parameterPath: "denyAssignmentId",
  mapper: {
    serializedName: "denyAssignmentId",
    required: true,
    type: {
      name: "String"
    }
  }
};
var denyAssignmentId1 = {
  parameterPath: "denyAssignmentId",
  mapper: {
    serializedName: "denyAssignmentId",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var expand = {
  parameterPath: ["options", "expand"],
  mapper: {
    defaultValue: "resourceTypes",
    serializedName: "$expand",
    type: {
      name: "String"
    }
  }
};
var filter1 = {
  parameterPath: ["options", "filter"],
  mapper: {
    serializedName: "$filter",
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var tenantId = {
  parameterPath: ["options", "tenantId"],
  mapper: {
    serializedName: "tenantId",
    type: {
      name: "String"
    }
  }
};
var resourceName1 = {
  parameterPath: "resourceName",
  mapper: {
    serializedName: "resourceName",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var roleAssignmentName = {
  parameterPath: "roleAssignmentName",
  mapper: {
    serializedName: "roleAssignmentName",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
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
  mapper: RoleAssignmentCreateParameters
};
var skipToken = {
  parameterPath: ["options", "skipToken"],
  mapper: {
    serializedName: "$skipToken",
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var roleAssignmentId = {
  parameterPath: "roleAssignmentId",
  mapper: {
    serializedName: "roleAssignmentId",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var roleDefinitionId = {
  parameterPath: "roleDefinitionId",
  mapper: {
    serializedName: "roleDefinitionId",
    required: true,
    type: {
      name: "String"
    }
  }
};
var roleDefinition = {
  parameterPath: "roleDefinition",
  mapper: RoleDefinition
};
var roleId = {
  parameterPath: "roleId",
  mapper: {
    serializedName: "roleId",
    required: true,
    type: {
      name: "String"
    }
  },
  skipEncoding: true
};
var apiVersion2 = {
  parameterPath: "apiVersion",
  mapper: {
    defaultValue: "2020-10-01",
    isConstant: true,
    serializedName: "api-version",
    type: {
      name: "String"
    }
  }
};
var roleAssignmentScheduleName = {
  parameterPath: "roleAssignmentScheduleName",
  mapper: {
    serializedName: "roleAssignmentScheduleName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var roleAssignmentScheduleInstanceName = {
  parameterPath: "roleAssignmentScheduleInstanceName",
  mapper: {
    serializedName: "roleAssignmentScheduleInstanceName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var parameters1 = {
  parameterPath: "parameters",
  mapper: RoleAssignmentScheduleRequest
};
var roleAssignmentScheduleRequestName = {
  parameterPath: "roleAssignmentScheduleRequestName",
  mapper: {
    serializedName: "roleAssignmentScheduleRequestName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var roleEligibilityScheduleName = {
  parameterPath: "roleEligibilityScheduleName",
  mapper: {
    serializedName: "roleEligibilityScheduleName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var roleEligibilityScheduleInstanceName = {
  parameterPath: "roleEligibilityScheduleInstanceName",
  mapper: {
    serializedName: "roleEligibilityScheduleInstanceName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var parameters2 = {
  parameterPath: "parameters",
  mapper: RoleEligibilityScheduleRequest
};
var roleEligibilityScheduleRequestName = {
  parameterPath: "roleEligibilityScheduleRequestName",
  mapper: {
    serializedName: "roleEligibilityScheduleRequestName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var roleManagementPolicyName = {
  parameterPath: "roleManagementPolicyName",
  mapper: {
    serializedName: "roleManagementPolicyName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var parameters3 = {
  parameterPath: "parameters",
  mapper: RoleManagementPolicy
};
var roleManagementPolicyAssignmentName = {
  parameterPath: "roleManagementPolicyAssignmentName",
  mapper: {
    serializedName: "roleManagementPolicyAssignmentName",
    required: true,
    type: {
      name: "String"
    }
  }
};
var parameters4 = {
  parameterPath: "parameters",
  mapper: RoleManagementPolicyAssignment
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/classicAdministrators.js
var ClassicAdministratorsImpl = class {
  /**
   * Initialize a new instance of the class ClassicAdministrators class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets service administrator, account administrator, and co-administrators for the subscription.
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
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  listPagingPage(options, settings) {
    return __asyncGenerator(this, arguments, function* listPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listNext(continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listPagingAll(options) {
    return __asyncGenerator(this, arguments, function* listPagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Gets service administrator, account administrator, and co-administrators for the subscription.
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
var serializer = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listOperationSpec = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/classicAdministrators",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ClassicAdministratorListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [$host, subscriptionId],
  headerParameters: [accept],
  serializer
};
var listNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ClassicAdministratorListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink
  ],
  headerParameters: [accept],
  serializer
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/globalAdministrator.js
var GlobalAdministratorImpl = class {
  /**
   * Initialize a new instance of the class GlobalAdministrator class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Elevates access for a Global Administrator.
   * @param options The options parameters.
   */
  elevateAccess(options) {
    return this.client.sendOperationRequest({ options }, elevateAccessOperationSpec);
  }
};
var serializer2 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var elevateAccessOperationSpec = {
  path: "/providers/Microsoft.Authorization/elevateAccess",
  httpMethod: "POST",
  responses: {
    200: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion],
  urlParameters: [$host],
  headerParameters: [accept],
  serializer: serializer2
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/denyAssignments.js
var DenyAssignmentsImpl = class {
  /**
   * Initialize a new instance of the class DenyAssignments class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets deny assignments for a resource.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource.
   * @param resourceName The name of the resource to get deny assignments for.
   * @param options The options parameters.
   */
  listForResource(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options) {
    const iter = this.listForResourcePagingAll(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options, settings);
      }
    };
  }
  listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForResource(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForResourceNext(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForResourcePagingAll(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options) {
    return __asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Gets deny assignments for a resource group.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param options The options parameters.
   */
  listForResourceGroup(resourceGroupName2, options) {
    const iter = this.listForResourceGroupPagingAll(resourceGroupName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForResourceGroupPagingPage(resourceGroupName2, options, settings);
      }
    };
  }
  listForResourceGroupPagingPage(resourceGroupName2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForResourceGroup(resourceGroupName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForResourceGroupNext(resourceGroupName2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForResourceGroupPagingAll(resourceGroupName2, options) {
    return __asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
      var e_2, _a;
      try {
        for (var _b = __asyncValues(this.listForResourceGroupPagingPage(resourceGroupName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_2_1) {
        e_2 = { error: e_2_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_2) throw e_2.error;
        }
      }
    });
  }
  /**
   * Gets all deny assignments for the subscription.
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
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  listPagingPage(options, settings) {
    return __asyncGenerator(this, arguments, function* listPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listNext(continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listPagingAll(options) {
    return __asyncGenerator(this, arguments, function* listPagingAll_1() {
      var e_3, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_3_1) {
        e_3 = { error: e_3_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_3) throw e_3.error;
        }
      }
    });
  }
  /**
   * Gets deny assignments for a scope.
   * @param scope The scope of the deny assignments.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_4, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_4_1) {
        e_4 = { error: e_4_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_4) throw e_4.error;
        }
      }
    });
  }
  /**
   * Gets deny assignments for a resource.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource.
   * @param resourceName The name of the resource to get deny assignments for.
   * @param options The options parameters.
   */
  _listForResource(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceProviderNamespace: resourceProviderNamespace2,
      parentResourcePath: parentResourcePath2,
      resourceType: resourceType2,
      resourceName: resourceName2,
      options
    }, listForResourceOperationSpec);
  }
  /**
   * Gets deny assignments for a resource group.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param options The options parameters.
   */
  _listForResourceGroup(resourceGroupName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, options }, listForResourceGroupOperationSpec);
  }
  /**
   * Gets all deny assignments for the subscription.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec2);
  }
  /**
   * Get the specified deny assignment.
   * @param scope The scope of the deny assignment.
   * @param denyAssignmentId The ID of the deny assignment to get.
   * @param options The options parameters.
   */
  get(scope2, denyAssignmentId2, options) {
    return this.client.sendOperationRequest({ scope: scope2, denyAssignmentId: denyAssignmentId2, options }, getOperationSpec);
  }
  /**
   * Gets a deny assignment by ID.
   * @param denyAssignmentId The fully qualified deny assignment ID. For example, use the format,
   *                         /subscriptions/{guid}/providers/Microsoft.Authorization/denyAssignments/{denyAssignmentId} for
   *                         subscription level deny assignments, or
   *                         /providers/Microsoft.Authorization/denyAssignments/{denyAssignmentId} for tenant level deny
   *                         assignments.
   * @param options The options parameters.
   */
  getById(denyAssignmentId2, options) {
    return this.client.sendOperationRequest({ denyAssignmentId: denyAssignmentId2, options }, getByIdOperationSpec);
  }
  /**
   * Gets deny assignments for a scope.
   * @param scope The scope of the deny assignments.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec);
  }
  /**
   * ListForResourceNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource.
   * @param resourceName The name of the resource to get deny assignments for.
   * @param nextLink The nextLink from the previous successful call to the ListForResource method.
   * @param options The options parameters.
   */
  _listForResourceNext(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, nextLink2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceProviderNamespace: resourceProviderNamespace2,
      parentResourcePath: parentResourcePath2,
      resourceType: resourceType2,
      resourceName: resourceName2,
      nextLink: nextLink2,
      options
    }, listForResourceNextOperationSpec);
  }
  /**
   * ListForResourceGroupNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param nextLink The nextLink from the previous successful call to the ListForResourceGroup method.
   * @param options The options parameters.
   */
  _listForResourceGroupNext(resourceGroupName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, nextLink: nextLink2, options }, listForResourceGroupNextOperationSpec);
  }
  /**
   * ListNext
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listNextOperationSpec2);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the deny assignments.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec);
  }
};
var serializer3 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listForResourceOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}/providers/Microsoft.Authorization/denyAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, filter],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    resourceProviderNamespace,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var listForResourceGroupOperationSpec = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Authorization/denyAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, filter],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var listOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/denyAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, filter],
  urlParameters: [$host, subscriptionId],
  headerParameters: [accept],
  serializer: serializer3
};
var getOperationSpec = {
  path: "/{scope}/providers/Microsoft.Authorization/denyAssignments/{denyAssignmentId}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [
    $host,
    scope,
    denyAssignmentId
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var getByIdOperationSpec = {
  path: "/{denyAssignmentId}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [$host, denyAssignmentId1],
  headerParameters: [accept],
  serializer: serializer3
};
var listForScopeOperationSpec = {
  path: "/{scope}/providers/Microsoft.Authorization/denyAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, filter],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer3
};
var listForResourceNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink,
    resourceGroupName,
    resourceProviderNamespace,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var listForResourceGroupNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var listNextOperationSpec2 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer3
};
var listForScopeNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: DenyAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer3
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/providerOperationsMetadataOperations.js
var ProviderOperationsMetadataOperationsImpl = class {
  /**
   * Initialize a new instance of the class ProviderOperationsMetadataOperations class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets provider operations metadata for all resource providers.
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
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(options, settings);
      }
    };
  }
  listPagingPage(options, settings) {
    return __asyncGenerator(this, arguments, function* listPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listNext(continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listPagingAll(options) {
    return __asyncGenerator(this, arguments, function* listPagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Gets provider operations metadata for the specified resource provider.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param options The options parameters.
   */
  get(resourceProviderNamespace2, options) {
    return this.client.sendOperationRequest({ resourceProviderNamespace: resourceProviderNamespace2, options }, getOperationSpec2);
  }
  /**
   * Gets provider operations metadata for all resource providers.
   * @param options The options parameters.
   */
  _list(options) {
    return this.client.sendOperationRequest({ options }, listOperationSpec3);
  }
  /**
   * ListNext
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listNextOperationSpec3);
  }
};
var serializer4 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var getOperationSpec2 = {
  path: "/providers/Microsoft.Authorization/providerOperations/{resourceProviderNamespace}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderOperationsMetadata
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, expand],
  urlParameters: [$host, resourceProviderNamespace],
  headerParameters: [accept],
  serializer: serializer4
};
var listOperationSpec3 = {
  path: "/providers/Microsoft.Authorization/providerOperations",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderOperationsMetadataListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, expand],
  urlParameters: [$host],
  headerParameters: [accept],
  serializer: serializer4
};
var listNextOperationSpec3 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: ProviderOperationsMetadataListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [$host, nextLink],
  headerParameters: [accept],
  serializer: serializer4
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleAssignments.js
var RoleAssignmentsImpl = class {
  /**
   * Initialize a new instance of the class RoleAssignments class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * List all role assignments that apply to a subscription.
   * @param options The options parameters.
   */
  listForSubscription(options) {
    const iter = this.listForSubscriptionPagingAll(options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForSubscriptionPagingPage(options, settings);
      }
    };
  }
  listForSubscriptionPagingPage(options, settings) {
    return __asyncGenerator(this, arguments, function* listForSubscriptionPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForSubscription(options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForSubscriptionNext(continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForSubscriptionPagingAll(options) {
    return __asyncGenerator(this, arguments, function* listForSubscriptionPagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForSubscriptionPagingPage(options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * List all role assignments that apply to a resource group.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param options The options parameters.
   */
  listForResourceGroup(resourceGroupName2, options) {
    const iter = this.listForResourceGroupPagingAll(resourceGroupName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForResourceGroupPagingPage(resourceGroupName2, options, settings);
      }
    };
  }
  listForResourceGroupPagingPage(resourceGroupName2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForResourceGroup(resourceGroupName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForResourceGroupNext(resourceGroupName2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForResourceGroupPagingAll(resourceGroupName2, options) {
    return __asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
      var e_2, _a;
      try {
        for (var _b = __asyncValues(this.listForResourceGroupPagingPage(resourceGroupName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_2_1) {
        e_2 = { error: e_2_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_2) throw e_2.error;
        }
      }
    });
  }
  /**
   * List all role assignments that apply to a resource.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param resourceType The resource type name. For example the type name of a web app is 'sites' (from
   *                     Microsoft.Web/sites).
   * @param resourceName The resource name.
   * @param options The options parameters.
   */
  listForResource(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, options) {
    const iter = this.listForResourcePagingAll(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, options, settings);
      }
    };
  }
  listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForResource(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForResourceNext(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForResourcePagingAll(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, options) {
    return __asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
      var e_3, _a;
      try {
        for (var _b = __asyncValues(this.listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_3_1) {
        e_3 = { error: e_3_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_3) throw e_3.error;
        }
      }
    });
  }
  /**
   * List all role assignments that apply to a scope.
   * @param scope The scope of the operation or resource. Valid scopes are: subscription (format:
   *              '/subscriptions/{subscriptionId}'), resource group (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}', or resource (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/[{parentResourcePath}/]{resourceType}/{resourceName}'
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_4, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_4_1) {
        e_4 = { error: e_4_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_4) throw e_4.error;
        }
      }
    });
  }
  /**
   * List all role assignments that apply to a subscription.
   * @param options The options parameters.
   */
  _listForSubscription(options) {
    return this.client.sendOperationRequest({ options }, listForSubscriptionOperationSpec);
  }
  /**
   * List all role assignments that apply to a resource group.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param options The options parameters.
   */
  _listForResourceGroup(resourceGroupName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, options }, listForResourceGroupOperationSpec2);
  }
  /**
   * List all role assignments that apply to a resource.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param resourceType The resource type name. For example the type name of a web app is 'sites' (from
   *                     Microsoft.Web/sites).
   * @param resourceName The resource name.
   * @param options The options parameters.
   */
  _listForResource(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceProviderNamespace: resourceProviderNamespace2,
      resourceType: resourceType2,
      resourceName: resourceName2,
      options
    }, listForResourceOperationSpec2);
  }
  /**
   * Get a role assignment by scope and name.
   * @param scope The scope of the operation or resource. Valid scopes are: subscription (format:
   *              '/subscriptions/{subscriptionId}'), resource group (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}', or resource (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/[{parentResourcePath}/]{resourceType}/{resourceName}'
   * @param roleAssignmentName The name of the role assignment. It can be any valid GUID.
   * @param options The options parameters.
   */
  get(scope2, roleAssignmentName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentName: roleAssignmentName2, options }, getOperationSpec3);
  }
  /**
   * Create or update a role assignment by scope and name.
   * @param scope The scope of the operation or resource. Valid scopes are: subscription (format:
   *              '/subscriptions/{subscriptionId}'), resource group (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}', or resource (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/[{parentResourcePath}/]{resourceType}/{resourceName}'
   * @param roleAssignmentName The name of the role assignment. It can be any valid GUID.
   * @param parameters Parameters for the role assignment.
   * @param options The options parameters.
   */
  create(scope2, roleAssignmentName2, parameters5, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentName: roleAssignmentName2, parameters: parameters5, options }, createOperationSpec);
  }
  /**
   * Delete a role assignment by scope and name.
   * @param scope The scope of the operation or resource. Valid scopes are: subscription (format:
   *              '/subscriptions/{subscriptionId}'), resource group (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}', or resource (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/[{parentResourcePath}/]{resourceType}/{resourceName}'
   * @param roleAssignmentName The name of the role assignment. It can be any valid GUID.
   * @param options The options parameters.
   */
  delete(scope2, roleAssignmentName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentName: roleAssignmentName2, options }, deleteOperationSpec);
  }
  /**
   * List all role assignments that apply to a scope.
   * @param scope The scope of the operation or resource. Valid scopes are: subscription (format:
   *              '/subscriptions/{subscriptionId}'), resource group (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}', or resource (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/[{parentResourcePath}/]{resourceType}/{resourceName}'
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec2);
  }
  /**
   * Get a role assignment by ID.
   * @param roleAssignmentId The fully qualified ID of the role assignment including scope, resource
   *                         name, and resource type. Format:
   *                         /{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}. Example:
   *                         /subscriptions/<SUB_ID>/resourcegroups/<RESOURCE_GROUP>/providers/Microsoft.Authorization/roleAssignments/<ROLE_ASSIGNMENT_NAME>
   * @param options The options parameters.
   */
  getById(roleAssignmentId2, options) {
    return this.client.sendOperationRequest({ roleAssignmentId: roleAssignmentId2, options }, getByIdOperationSpec2);
  }
  /**
   * Create or update a role assignment by ID.
   * @param roleAssignmentId The fully qualified ID of the role assignment including scope, resource
   *                         name, and resource type. Format:
   *                         /{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}. Example:
   *                         /subscriptions/<SUB_ID>/resourcegroups/<RESOURCE_GROUP>/providers/Microsoft.Authorization/roleAssignments/<ROLE_ASSIGNMENT_NAME>
   * @param parameters Parameters for the role assignment.
   * @param options The options parameters.
   */
  createById(roleAssignmentId2, parameters5, options) {
    return this.client.sendOperationRequest({ roleAssignmentId: roleAssignmentId2, parameters: parameters5, options }, createByIdOperationSpec);
  }
  /**
   * Delete a role assignment by ID.
   * @param roleAssignmentId The fully qualified ID of the role assignment including scope, resource
   *                         name, and resource type. Format:
   *                         /{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}. Example:
   *                         /subscriptions/<SUB_ID>/resourcegroups/<RESOURCE_GROUP>/providers/Microsoft.Authorization/roleAssignments/<ROLE_ASSIGNMENT_NAME>
   * @param options The options parameters.
   */
  deleteById(roleAssignmentId2, options) {
    return this.client.sendOperationRequest({ roleAssignmentId: roleAssignmentId2, options }, deleteByIdOperationSpec);
  }
  /**
   * ListForSubscriptionNext
   * @param nextLink The nextLink from the previous successful call to the ListForSubscription method.
   * @param options The options parameters.
   */
  _listForSubscriptionNext(nextLink2, options) {
    return this.client.sendOperationRequest({ nextLink: nextLink2, options }, listForSubscriptionNextOperationSpec);
  }
  /**
   * ListForResourceGroupNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param nextLink The nextLink from the previous successful call to the ListForResourceGroup method.
   * @param options The options parameters.
   */
  _listForResourceGroupNext(resourceGroupName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, nextLink: nextLink2, options }, listForResourceGroupNextOperationSpec2);
  }
  /**
   * ListForResourceNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param resourceType The resource type name. For example the type name of a web app is 'sites' (from
   *                     Microsoft.Web/sites).
   * @param resourceName The resource name.
   * @param nextLink The nextLink from the previous successful call to the ListForResource method.
   * @param options The options parameters.
   */
  _listForResourceNext(resourceGroupName2, resourceProviderNamespace2, resourceType2, resourceName2, nextLink2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceProviderNamespace: resourceProviderNamespace2,
      resourceType: resourceType2,
      resourceName: resourceName2,
      nextLink: nextLink2,
      options
    }, listForResourceNextOperationSpec2);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the operation or resource. Valid scopes are: subscription (format:
   *              '/subscriptions/{subscriptionId}'), resource group (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}', or resource (format:
   *              '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/[{parentResourcePath}/]{resourceType}/{resourceName}'
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec2);
  }
};
var serializer5 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listForSubscriptionOperationSpec = {
  path: "/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion1,
    filter1,
    tenantId
  ],
  urlParameters: [$host, subscriptionId],
  headerParameters: [accept],
  serializer: serializer5
};
var listForResourceGroupOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Authorization/roleAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion1,
    filter1,
    tenantId
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer5
};
var listForResourceOperationSpec2 = {
  path: "/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{resourceType}/{resourceName}/providers/Microsoft.Authorization/roleAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion1,
    filter1,
    tenantId
  ],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    resourceProviderNamespace,
    resourceType,
    resourceName1
  ],
  headerParameters: [accept],
  serializer: serializer5
};
var getOperationSpec3 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, tenantId],
  urlParameters: [
    $host,
    scope,
    roleAssignmentName
  ],
  headerParameters: [accept],
  serializer: serializer5
};
var createOperationSpec = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: RoleAssignment
    },
    201: {
      bodyMapper: RoleAssignment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters,
  queryParameters: [apiVersion1],
  urlParameters: [
    $host,
    scope,
    roleAssignmentName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer5
};
var deleteOperationSpec = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignments/{roleAssignmentName}",
  httpMethod: "DELETE",
  responses: {
    200: {
      bodyMapper: RoleAssignment
    },
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, tenantId],
  urlParameters: [
    $host,
    scope,
    roleAssignmentName
  ],
  headerParameters: [accept],
  serializer: serializer5
};
var listForScopeOperationSpec2 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [
    apiVersion1,
    filter1,
    tenantId,
    skipToken
  ],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer5
};
var getByIdOperationSpec2 = {
  path: "/{roleAssignmentId}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, tenantId],
  urlParameters: [$host, roleAssignmentId],
  headerParameters: [accept],
  serializer: serializer5
};
var createByIdOperationSpec = {
  path: "/{roleAssignmentId}",
  httpMethod: "PUT",
  responses: {
    200: {
      bodyMapper: RoleAssignment
    },
    201: {
      bodyMapper: RoleAssignment
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: parameters,
  queryParameters: [apiVersion1],
  urlParameters: [$host, roleAssignmentId],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer5
};
var deleteByIdOperationSpec = {
  path: "/{roleAssignmentId}",
  httpMethod: "DELETE",
  responses: {
    200: {
      bodyMapper: RoleAssignment
    },
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, tenantId],
  urlParameters: [$host, roleAssignmentId],
  headerParameters: [accept],
  serializer: serializer5
};
var listForSubscriptionNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink
  ],
  headerParameters: [accept],
  serializer: serializer5
};
var listForResourceGroupNextOperationSpec2 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer5
};
var listForResourceNextOperationSpec2 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink,
    resourceGroupName,
    resourceProviderNamespace,
    resourceType,
    resourceName1
  ],
  headerParameters: [accept],
  serializer: serializer5
};
var listForScopeNextOperationSpec2 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer5
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/permissions.js
var PermissionsImpl = class {
  /**
   * Initialize a new instance of the class Permissions class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets all permissions the caller has for a resource group.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param options The options parameters.
   */
  listForResourceGroup(resourceGroupName2, options) {
    const iter = this.listForResourceGroupPagingAll(resourceGroupName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForResourceGroupPagingPage(resourceGroupName2, options, settings);
      }
    };
  }
  listForResourceGroupPagingPage(resourceGroupName2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForResourceGroupPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForResourceGroup(resourceGroupName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForResourceGroupNext(resourceGroupName2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForResourceGroupPagingAll(resourceGroupName2, options) {
    return __asyncGenerator(this, arguments, function* listForResourceGroupPagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForResourceGroupPagingPage(resourceGroupName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Gets all permissions the caller has for a resource.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource.
   * @param resourceName The name of the resource to get the permissions for.
   * @param options The options parameters.
   */
  listForResource(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options) {
    const iter = this.listForResourcePagingAll(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options, settings);
      }
    };
  }
  listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForResourcePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForResource(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForResourceNext(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForResourcePagingAll(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options) {
    return __asyncGenerator(this, arguments, function* listForResourcePagingAll_1() {
      var e_2, _a;
      try {
        for (var _b = __asyncValues(this.listForResourcePagingPage(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_2_1) {
        e_2 = { error: e_2_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_2) throw e_2.error;
        }
      }
    });
  }
  /**
   * Gets all permissions the caller has for a resource group.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param options The options parameters.
   */
  _listForResourceGroup(resourceGroupName2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, options }, listForResourceGroupOperationSpec3);
  }
  /**
   * Gets all permissions the caller has for a resource.
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource.
   * @param resourceName The name of the resource to get the permissions for.
   * @param options The options parameters.
   */
  _listForResource(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceProviderNamespace: resourceProviderNamespace2,
      parentResourcePath: parentResourcePath2,
      resourceType: resourceType2,
      resourceName: resourceName2,
      options
    }, listForResourceOperationSpec3);
  }
  /**
   * ListForResourceGroupNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param nextLink The nextLink from the previous successful call to the ListForResourceGroup method.
   * @param options The options parameters.
   */
  _listForResourceGroupNext(resourceGroupName2, nextLink2, options) {
    return this.client.sendOperationRequest({ resourceGroupName: resourceGroupName2, nextLink: nextLink2, options }, listForResourceGroupNextOperationSpec3);
  }
  /**
   * ListForResourceNext
   * @param resourceGroupName The name of the resource group. The name is case insensitive.
   * @param resourceProviderNamespace The namespace of the resource provider.
   * @param parentResourcePath The parent resource identity.
   * @param resourceType The resource type of the resource.
   * @param resourceName The name of the resource to get the permissions for.
   * @param nextLink The nextLink from the previous successful call to the ListForResource method.
   * @param options The options parameters.
   */
  _listForResourceNext(resourceGroupName2, resourceProviderNamespace2, parentResourcePath2, resourceType2, resourceName2, nextLink2, options) {
    return this.client.sendOperationRequest({
      resourceGroupName: resourceGroupName2,
      resourceProviderNamespace: resourceProviderNamespace2,
      parentResourcePath: parentResourcePath2,
      resourceType: resourceType2,
      resourceName: resourceName2,
      nextLink: nextLink2,
      options
    }, listForResourceNextOperationSpec3);
  }
};
var serializer6 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listForResourceGroupOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/Microsoft.Authorization/permissions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PermissionGetResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer6
};
var listForResourceOperationSpec3 = {
  path: "/subscriptions/{subscriptionId}/resourcegroups/{resourceGroupName}/providers/{resourceProviderNamespace}/{parentResourcePath}/{resourceType}/{resourceName}/providers/Microsoft.Authorization/permissions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PermissionGetResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [
    $host,
    subscriptionId,
    resourceGroupName,
    resourceProviderNamespace,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept],
  serializer: serializer6
};
var listForResourceGroupNextOperationSpec3 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PermissionGetResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink,
    resourceGroupName
  ],
  headerParameters: [accept],
  serializer: serializer6
};
var listForResourceNextOperationSpec3 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: PermissionGetResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [
    $host,
    subscriptionId,
    nextLink,
    resourceGroupName,
    resourceProviderNamespace,
    parentResourcePath,
    resourceType,
    resourceName
  ],
  headerParameters: [accept],
  serializer: serializer6
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleDefinitions.js
var RoleDefinitionsImpl = class {
  /**
   * Initialize a new instance of the class RoleDefinitions class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Get all role definitions that are applicable at scope and above.
   * @param scope The scope of the role definition.
   * @param options The options parameters.
   */
  list(scope2, options) {
    const iter = this.listPagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listPagingPage(scope2, options, settings);
      }
    };
  }
  listPagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._list(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listPagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listPagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listPagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Deletes a role definition.
   * @param scope The scope of the role definition.
   * @param roleDefinitionId The ID of the role definition to delete.
   * @param options The options parameters.
   */
  delete(scope2, roleDefinitionId2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleDefinitionId: roleDefinitionId2, options }, deleteOperationSpec2);
  }
  /**
   * Get role definition by name (GUID).
   * @param scope The scope of the role definition.
   * @param roleDefinitionId The ID of the role definition.
   * @param options The options parameters.
   */
  get(scope2, roleDefinitionId2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleDefinitionId: roleDefinitionId2, options }, getOperationSpec4);
  }
  /**
   * Creates or updates a role definition.
   * @param scope The scope of the role definition.
   * @param roleDefinitionId The ID of the role definition.
   * @param roleDefinition The values for the role definition.
   * @param options The options parameters.
   */
  createOrUpdate(scope2, roleDefinitionId2, roleDefinition2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleDefinitionId: roleDefinitionId2, roleDefinition: roleDefinition2, options }, createOrUpdateOperationSpec);
  }
  /**
   * Get all role definitions that are applicable at scope and above.
   * @param scope The scope of the role definition.
   * @param options The options parameters.
   */
  _list(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listOperationSpec4);
  }
  /**
   * Gets a role definition by ID.
   * @param roleId The fully qualified role definition ID. Use the format,
   *               /subscriptions/{guid}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId} for
   *               subscription level role definitions, or
   *               /providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId} for tenant level role
   *               definitions.
   * @param options The options parameters.
   */
  getById(roleId2, options) {
    return this.client.sendOperationRequest({ roleId: roleId2, options }, getByIdOperationSpec3);
  }
  /**
   * ListNext
   * @param scope The scope of the role definition.
   * @param nextLink The nextLink from the previous successful call to the List method.
   * @param options The options parameters.
   */
  _listNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listNextOperationSpec4);
  }
};
var serializer7 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var deleteOperationSpec2 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}",
  httpMethod: "DELETE",
  responses: {
    200: {
      bodyMapper: RoleDefinition
    },
    204: {},
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [
    $host,
    scope,
    roleDefinitionId
  ],
  headerParameters: [accept],
  serializer: serializer7
};
var getOperationSpec4 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleDefinition
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [
    $host,
    scope,
    roleDefinitionId
  ],
  headerParameters: [accept],
  serializer: serializer7
};
var createOrUpdateOperationSpec = {
  path: "/{scope}/providers/Microsoft.Authorization/roleDefinitions/{roleDefinitionId}",
  httpMethod: "PUT",
  responses: {
    201: {
      bodyMapper: RoleDefinition
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  requestBody: roleDefinition,
  queryParameters: [apiVersion1],
  urlParameters: [
    $host,
    scope,
    roleDefinitionId
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer7
};
var listOperationSpec4 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleDefinitions",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleDefinitionListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1, filter],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer7
};
var getByIdOperationSpec3 = {
  path: "/{roleId}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleDefinition
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  queryParameters: [apiVersion1],
  urlParameters: [$host, roleId],
  headerParameters: [accept],
  serializer: serializer7
};
var listNextOperationSpec4 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleDefinitionListResult
    },
    default: {
      bodyMapper: ErrorResponse
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer7
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/eligibleChildResources.js
var EligibleChildResourcesImpl = class {
  /**
   * Initialize a new instance of the class EligibleChildResources class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Get the child resources of a resource on which user has eligible access
   * @param scope The scope of the role management policy.
   * @param options The options parameters.
   */
  list(scope2, options) {
    const iter = this.getPagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.getPagingPage(scope2, options, settings);
      }
    };
  }
  getPagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* getPagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._get(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._getNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  getPagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* getPagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.getPagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Get the child resources of a resource on which user has eligible access
   * @param scope The scope of the role management policy.
   * @param options The options parameters.
   */
  _get(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, getOperationSpec5);
  }
  /**
   * GetNext
   * @param scope The scope of the role management policy.
   * @param nextLink The nextLink from the previous successful call to the Get method.
   * @param options The options parameters.
   */
  _getNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, getNextOperationSpec);
  }
};
var serializer8 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var getOperationSpec5 = {
  path: "/{scope}/providers/Microsoft.Authorization/eligibleChildResources",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: EligibleChildResourcesListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [filter, apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer8
};
var getNextOperationSpec = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: EligibleChildResourcesListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer8
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleAssignmentSchedules.js
var RoleAssignmentSchedulesImpl = class {
  /**
   * Initialize a new instance of the class RoleAssignmentSchedules class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets role assignment schedules for a resource scope.
   * @param scope The scope of the role assignments schedules.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Get the specified role assignment schedule for a resource scope
   * @param scope The scope of the role assignment schedule.
   * @param roleAssignmentScheduleName The name (guid) of the role assignment schedule to get.
   * @param options The options parameters.
   */
  get(scope2, roleAssignmentScheduleName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentScheduleName: roleAssignmentScheduleName2, options }, getOperationSpec6);
  }
  /**
   * Gets role assignment schedules for a resource scope.
   * @param scope The scope of the role assignments schedules.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec3);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the role assignments schedules.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec3);
  }
};
var serializer9 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var getOperationSpec6 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentSchedules/{roleAssignmentScheduleName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentSchedule
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleAssignmentScheduleName
  ],
  headerParameters: [accept],
  serializer: serializer9
};
var listForScopeOperationSpec3 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentSchedules",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [filter, apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer9
};
var listForScopeNextOperationSpec3 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer9
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleAssignmentScheduleInstances.js
var RoleAssignmentScheduleInstancesImpl = class {
  /**
   * Initialize a new instance of the class RoleAssignmentScheduleInstances class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets role assignment schedule instances of a role assignment schedule.
   * @param scope The scope of the role assignment schedule.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Gets role assignment schedule instances of a role assignment schedule.
   * @param scope The scope of the role assignment schedule.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec4);
  }
  /**
   * Gets the specified role assignment schedule instance.
   * @param scope The scope of the role assignments schedules.
   * @param roleAssignmentScheduleInstanceName The name (hash of schedule name + time) of the role
   *                                           assignment schedule to get.
   * @param options The options parameters.
   */
  get(scope2, roleAssignmentScheduleInstanceName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentScheduleInstanceName: roleAssignmentScheduleInstanceName2, options }, getOperationSpec7);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the role assignment schedule.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec4);
  }
};
var serializer10 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listForScopeOperationSpec4 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleInstances",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleInstanceListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [filter, apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer10
};
var getOperationSpec7 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleInstances/{roleAssignmentScheduleInstanceName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleInstance
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleAssignmentScheduleInstanceName
  ],
  headerParameters: [accept],
  serializer: serializer10
};
var listForScopeNextOperationSpec4 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleInstanceListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer10
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleAssignmentScheduleRequests.js
var RoleAssignmentScheduleRequestsImpl = class {
  /**
   * Initialize a new instance of the class RoleAssignmentScheduleRequests class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets role assignment schedule requests for a scope.
   * @param scope The scope of the role assignments schedule requests.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Creates a role assignment schedule request.
   * @param scope The scope of the role assignment schedule request to create. The scope can be any REST
   *              resource instance. For example, use '/subscriptions/{subscription-id}/' for a subscription,
   *              '/subscriptions/{subscription-id}/resourceGroups/{resource-group-name}' for a resource group, and
   *              '/subscriptions/{subscription-id}/resourceGroups/{resource-group-name}/providers/{resource-provider}/{resource-type}/{resource-name}'
   *              for a resource.
   * @param roleAssignmentScheduleRequestName A GUID for the role assignment to create. The name must be
   *                                          unique and different for each role assignment.
   * @param parameters Parameters for the role assignment schedule request.
   * @param options The options parameters.
   */
  create(scope2, roleAssignmentScheduleRequestName2, parameters5, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentScheduleRequestName: roleAssignmentScheduleRequestName2, parameters: parameters5, options }, createOperationSpec2);
  }
  /**
   * Get the specified role assignment schedule request.
   * @param scope The scope of the role assignment schedule request.
   * @param roleAssignmentScheduleRequestName The name (guid) of the role assignment schedule request to
   *                                          get.
   * @param options The options parameters.
   */
  get(scope2, roleAssignmentScheduleRequestName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentScheduleRequestName: roleAssignmentScheduleRequestName2, options }, getOperationSpec8);
  }
  /**
   * Gets role assignment schedule requests for a scope.
   * @param scope The scope of the role assignments schedule requests.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec5);
  }
  /**
   * Cancels a pending role assignment schedule request.
   * @param scope The scope of the role assignment request to cancel.
   * @param roleAssignmentScheduleRequestName The name of the role assignment request to cancel.
   * @param options The options parameters.
   */
  cancel(scope2, roleAssignmentScheduleRequestName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentScheduleRequestName: roleAssignmentScheduleRequestName2, options }, cancelOperationSpec);
  }
  /**
   * Validates a new role assignment schedule request.
   * @param scope The scope of the role assignment request to validate.
   * @param roleAssignmentScheduleRequestName The name of the role assignment request to validate.
   * @param parameters Parameters for the role assignment schedule request.
   * @param options The options parameters.
   */
  validate(scope2, roleAssignmentScheduleRequestName2, parameters5, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleAssignmentScheduleRequestName: roleAssignmentScheduleRequestName2, parameters: parameters5, options }, validateOperationSpec);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the role assignments schedule requests.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec5);
  }
};
var serializer11 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var createOperationSpec2 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/{roleAssignmentScheduleRequestName}",
  httpMethod: "PUT",
  responses: {
    201: {
      bodyMapper: RoleAssignmentScheduleRequest
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters1,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleAssignmentScheduleRequestName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer11
};
var getOperationSpec8 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/{roleAssignmentScheduleRequestName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleRequest
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleAssignmentScheduleRequestName
  ],
  headerParameters: [accept],
  serializer: serializer11
};
var listForScopeOperationSpec5 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleRequestListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [filter, apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer11
};
var cancelOperationSpec = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/{roleAssignmentScheduleRequestName}/cancel",
  httpMethod: "POST",
  responses: {
    200: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleAssignmentScheduleRequestName
  ],
  headerParameters: [accept],
  serializer: serializer11
};
var validateOperationSpec = {
  path: "/{scope}/providers/Microsoft.Authorization/roleAssignmentScheduleRequests/{roleAssignmentScheduleRequestName}/validate",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleRequest
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters1,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleAssignmentScheduleRequestName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer11
};
var listForScopeNextOperationSpec5 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleAssignmentScheduleRequestListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer11
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleEligibilitySchedules.js
var RoleEligibilitySchedulesImpl = class {
  /**
   * Initialize a new instance of the class RoleEligibilitySchedules class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets role eligibility schedules for a resource scope.
   * @param scope The scope of the role eligibility schedules.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Get the specified role eligibility schedule for a resource scope
   * @param scope The scope of the role eligibility schedule.
   * @param roleEligibilityScheduleName The name (guid) of the role eligibility schedule to get.
   * @param options The options parameters.
   */
  get(scope2, roleEligibilityScheduleName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleEligibilityScheduleName: roleEligibilityScheduleName2, options }, getOperationSpec9);
  }
  /**
   * Gets role eligibility schedules for a resource scope.
   * @param scope The scope of the role eligibility schedules.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec6);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the role eligibility schedules.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec6);
  }
};
var serializer12 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var getOperationSpec9 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilitySchedules/{roleEligibilityScheduleName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilitySchedule
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleEligibilityScheduleName
  ],
  headerParameters: [accept],
  serializer: serializer12
};
var listForScopeOperationSpec6 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilitySchedules",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [filter, apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer12
};
var listForScopeNextOperationSpec6 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer12
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleEligibilityScheduleInstances.js
var RoleEligibilityScheduleInstancesImpl = class {
  /**
   * Initialize a new instance of the class RoleEligibilityScheduleInstances class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets role eligibility schedule instances of a role eligibility schedule.
   * @param scope The scope of the role eligibility schedule.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Gets role eligibility schedule instances of a role eligibility schedule.
   * @param scope The scope of the role eligibility schedule.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec7);
  }
  /**
   * Gets the specified role eligibility schedule instance.
   * @param scope The scope of the role eligibility schedules.
   * @param roleEligibilityScheduleInstanceName The name (hash of schedule name + time) of the role
   *                                            eligibility schedule to get.
   * @param options The options parameters.
   */
  get(scope2, roleEligibilityScheduleInstanceName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleEligibilityScheduleInstanceName: roleEligibilityScheduleInstanceName2, options }, getOperationSpec10);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the role eligibility schedule.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec7);
  }
};
var serializer13 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var listForScopeOperationSpec7 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleInstanceListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [filter, apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer13
};
var getOperationSpec10 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleInstances/{roleEligibilityScheduleInstanceName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleInstance
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleEligibilityScheduleInstanceName
  ],
  headerParameters: [accept],
  serializer: serializer13
};
var listForScopeNextOperationSpec7 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleInstanceListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer13
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleEligibilityScheduleRequests.js
var RoleEligibilityScheduleRequestsImpl = class {
  /**
   * Initialize a new instance of the class RoleEligibilityScheduleRequests class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets role eligibility schedule requests for a scope.
   * @param scope The scope of the role eligibility schedule requests.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Creates a role eligibility schedule request.
   * @param scope The scope of the role eligibility schedule request to create. The scope can be any REST
   *              resource instance. For example, use '/subscriptions/{subscription-id}/' for a subscription,
   *              '/subscriptions/{subscription-id}/resourceGroups/{resource-group-name}' for a resource group, and
   *              '/subscriptions/{subscription-id}/resourceGroups/{resource-group-name}/providers/{resource-provider}/{resource-type}/{resource-name}'
   *              for a resource.
   * @param roleEligibilityScheduleRequestName The name of the role eligibility to create. It can be any
   *                                           valid GUID.
   * @param parameters Parameters for the role eligibility schedule request.
   * @param options The options parameters.
   */
  create(scope2, roleEligibilityScheduleRequestName2, parameters5, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleEligibilityScheduleRequestName: roleEligibilityScheduleRequestName2, parameters: parameters5, options }, createOperationSpec3);
  }
  /**
   * Get the specified role eligibility schedule request.
   * @param scope The scope of the role eligibility schedule request.
   * @param roleEligibilityScheduleRequestName The name (guid) of the role eligibility schedule request
   *                                           to get.
   * @param options The options parameters.
   */
  get(scope2, roleEligibilityScheduleRequestName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleEligibilityScheduleRequestName: roleEligibilityScheduleRequestName2, options }, getOperationSpec11);
  }
  /**
   * Gets role eligibility schedule requests for a scope.
   * @param scope The scope of the role eligibility schedule requests.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec8);
  }
  /**
   * Cancels a pending role eligibility schedule request.
   * @param scope The scope of the role eligibility request to cancel.
   * @param roleEligibilityScheduleRequestName The name of the role eligibility request to cancel.
   * @param options The options parameters.
   */
  cancel(scope2, roleEligibilityScheduleRequestName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleEligibilityScheduleRequestName: roleEligibilityScheduleRequestName2, options }, cancelOperationSpec2);
  }
  /**
   * Validates a new role eligibility schedule request.
   * @param scope The scope of the role eligibility request to validate.
   * @param roleEligibilityScheduleRequestName The name of the role eligibility request to validate.
   * @param parameters Parameters for the role eligibility schedule request.
   * @param options The options parameters.
   */
  validate(scope2, roleEligibilityScheduleRequestName2, parameters5, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleEligibilityScheduleRequestName: roleEligibilityScheduleRequestName2, parameters: parameters5, options }, validateOperationSpec2);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the role eligibility schedule requests.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec8);
  }
};
var serializer14 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var createOperationSpec3 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/{roleEligibilityScheduleRequestName}",
  httpMethod: "PUT",
  responses: {
    201: {
      bodyMapper: RoleEligibilityScheduleRequest
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters2,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleEligibilityScheduleRequestName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer14
};
var getOperationSpec11 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/{roleEligibilityScheduleRequestName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleRequest
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleEligibilityScheduleRequestName
  ],
  headerParameters: [accept],
  serializer: serializer14
};
var listForScopeOperationSpec8 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleRequestListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [filter, apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer14
};
var cancelOperationSpec2 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/{roleEligibilityScheduleRequestName}/cancel",
  httpMethod: "POST",
  responses: {
    200: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleEligibilityScheduleRequestName
  ],
  headerParameters: [accept],
  serializer: serializer14
};
var validateOperationSpec2 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleEligibilityScheduleRequests/{roleEligibilityScheduleRequestName}/validate",
  httpMethod: "POST",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleRequest
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters2,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleEligibilityScheduleRequestName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer14
};
var listForScopeNextOperationSpec8 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleEligibilityScheduleRequestListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer14
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleManagementPolicies.js
var RoleManagementPoliciesImpl = class {
  /**
   * Initialize a new instance of the class RoleManagementPolicies class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets role management policies for a resource scope.
   * @param scope The scope of the role management policy.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Get the specified role management policy for a resource scope
   * @param scope The scope of the role management policy.
   * @param roleManagementPolicyName The name (guid) of the role management policy to get.
   * @param options The options parameters.
   */
  get(scope2, roleManagementPolicyName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleManagementPolicyName: roleManagementPolicyName2, options }, getOperationSpec12);
  }
  /**
   * Update a role management policy
   * @param scope The scope of the role management policy to upsert.
   * @param roleManagementPolicyName The name (guid) of the role management policy to upsert.
   * @param parameters Parameters for the role management policy.
   * @param options The options parameters.
   */
  update(scope2, roleManagementPolicyName2, parameters5, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleManagementPolicyName: roleManagementPolicyName2, parameters: parameters5, options }, updateOperationSpec);
  }
  /**
   * Delete a role management policy
   * @param scope The scope of the role management policy to upsert.
   * @param roleManagementPolicyName The name (guid) of the role management policy to upsert.
   * @param options The options parameters.
   */
  delete(scope2, roleManagementPolicyName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleManagementPolicyName: roleManagementPolicyName2, options }, deleteOperationSpec3);
  }
  /**
   * Gets role management policies for a resource scope.
   * @param scope The scope of the role management policy.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec9);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the role management policy.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec9);
  }
};
var serializer15 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var getOperationSpec12 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicies/{roleManagementPolicyName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleManagementPolicy
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleManagementPolicyName
  ],
  headerParameters: [accept],
  serializer: serializer15
};
var updateOperationSpec = {
  path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicies/{roleManagementPolicyName}",
  httpMethod: "PATCH",
  responses: {
    200: {
      bodyMapper: RoleManagementPolicy
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters3,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleManagementPolicyName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer15
};
var deleteOperationSpec3 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicies/{roleManagementPolicyName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleManagementPolicyName
  ],
  headerParameters: [accept],
  serializer: serializer15
};
var listForScopeOperationSpec9 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicies",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleManagementPolicyListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer15
};
var listForScopeNextOperationSpec9 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleManagementPolicyListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer15
};

// node_modules/@azure/arm-authorization/dist-esm/src/operations/roleManagementPolicyAssignments.js
var RoleManagementPolicyAssignmentsImpl = class {
  /**
   * Initialize a new instance of the class RoleManagementPolicyAssignments class.
   * @param client Reference to the service client
   */
  constructor(client) {
    this.client = client;
  }
  /**
   * Gets role management assignment policies for a resource scope.
   * @param scope The scope of the role management policy.
   * @param options The options parameters.
   */
  listForScope(scope2, options) {
    const iter = this.listForScopePagingAll(scope2, options);
    return {
      next() {
        return iter.next();
      },
      [Symbol.asyncIterator]() {
        return this;
      },
      byPage: (settings) => {
        if (settings === null || settings === void 0 ? void 0 : settings.maxPageSize) {
          throw new Error("maxPageSize is not supported by this operation.");
        }
        return this.listForScopePagingPage(scope2, options, settings);
      }
    };
  }
  listForScopePagingPage(scope2, options, settings) {
    return __asyncGenerator(this, arguments, function* listForScopePagingPage_1() {
      let result;
      let continuationToken = settings === null || settings === void 0 ? void 0 : settings.continuationToken;
      if (!continuationToken) {
        result = yield __await(this._listForScope(scope2, options));
        let page = result.value || [];
        continuationToken = result.nextLink;
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
      while (continuationToken) {
        result = yield __await(this._listForScopeNext(scope2, continuationToken, options));
        continuationToken = result.nextLink;
        let page = result.value || [];
        setContinuationToken(page, continuationToken);
        yield yield __await(page);
      }
    });
  }
  listForScopePagingAll(scope2, options) {
    return __asyncGenerator(this, arguments, function* listForScopePagingAll_1() {
      var e_1, _a;
      try {
        for (var _b = __asyncValues(this.listForScopePagingPage(scope2, options)), _c; _c = yield __await(_b.next()), !_c.done; ) {
          const page = _c.value;
          yield __await(yield* __asyncDelegator(__asyncValues(page)));
        }
      } catch (e_1_1) {
        e_1 = { error: e_1_1 };
      } finally {
        try {
          if (_c && !_c.done && (_a = _b.return)) yield __await(_a.call(_b));
        } finally {
          if (e_1) throw e_1.error;
        }
      }
    });
  }
  /**
   * Get the specified role management policy assignment for a resource scope
   * @param scope The scope of the role management policy.
   * @param roleManagementPolicyAssignmentName The name of format {guid_guid} the role management policy
   *                                           assignment to get.
   * @param options The options parameters.
   */
  get(scope2, roleManagementPolicyAssignmentName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleManagementPolicyAssignmentName: roleManagementPolicyAssignmentName2, options }, getOperationSpec13);
  }
  /**
   * Create a role management policy assignment
   * @param scope The scope of the role management policy assignment to upsert.
   * @param roleManagementPolicyAssignmentName The name of format {guid_guid} the role management policy
   *                                           assignment to upsert.
   * @param parameters Parameters for the role management policy assignment.
   * @param options The options parameters.
   */
  create(scope2, roleManagementPolicyAssignmentName2, parameters5, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleManagementPolicyAssignmentName: roleManagementPolicyAssignmentName2, parameters: parameters5, options }, createOperationSpec4);
  }
  /**
   * Delete a role management policy assignment
   * @param scope The scope of the role management policy assignment to delete.
   * @param roleManagementPolicyAssignmentName The name of format {guid_guid} the role management policy
   *                                           assignment to delete.
   * @param options The options parameters.
   */
  delete(scope2, roleManagementPolicyAssignmentName2, options) {
    return this.client.sendOperationRequest({ scope: scope2, roleManagementPolicyAssignmentName: roleManagementPolicyAssignmentName2, options }, deleteOperationSpec4);
  }
  /**
   * Gets role management assignment policies for a resource scope.
   * @param scope The scope of the role management policy.
   * @param options The options parameters.
   */
  _listForScope(scope2, options) {
    return this.client.sendOperationRequest({ scope: scope2, options }, listForScopeOperationSpec10);
  }
  /**
   * ListForScopeNext
   * @param scope The scope of the role management policy.
   * @param nextLink The nextLink from the previous successful call to the ListForScope method.
   * @param options The options parameters.
   */
  _listForScopeNext(scope2, nextLink2, options) {
    return this.client.sendOperationRequest({ scope: scope2, nextLink: nextLink2, options }, listForScopeNextOperationSpec10);
  }
};
var serializer16 = createSerializer(
  mappers_exports,
  /* isXml */
  false
);
var getOperationSpec13 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicyAssignments/{roleManagementPolicyAssignmentName}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleManagementPolicyAssignment
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleManagementPolicyAssignmentName
  ],
  headerParameters: [accept],
  serializer: serializer16
};
var createOperationSpec4 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicyAssignments/{roleManagementPolicyAssignmentName}",
  httpMethod: "PUT",
  responses: {
    201: {
      bodyMapper: RoleManagementPolicyAssignment
    },
    default: {
      bodyMapper: CloudError
    }
  },
  requestBody: parameters4,
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleManagementPolicyAssignmentName
  ],
  headerParameters: [accept, contentType],
  mediaType: "json",
  serializer: serializer16
};
var deleteOperationSpec4 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicyAssignments/{roleManagementPolicyAssignmentName}",
  httpMethod: "DELETE",
  responses: {
    200: {},
    204: {},
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [
    $host,
    scope,
    roleManagementPolicyAssignmentName
  ],
  headerParameters: [accept],
  serializer: serializer16
};
var listForScopeOperationSpec10 = {
  path: "/{scope}/providers/Microsoft.Authorization/roleManagementPolicyAssignments",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleManagementPolicyAssignmentListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  queryParameters: [apiVersion2],
  urlParameters: [$host, scope],
  headerParameters: [accept],
  serializer: serializer16
};
var listForScopeNextOperationSpec10 = {
  path: "{nextLink}",
  httpMethod: "GET",
  responses: {
    200: {
      bodyMapper: RoleManagementPolicyAssignmentListResult
    },
    default: {
      bodyMapper: CloudError
    }
  },
  urlParameters: [$host, nextLink, scope],
  headerParameters: [accept],
  serializer: serializer16
};

// node_modules/@azure/arm-authorization/dist-esm/src/authorizationManagementClient.js
var AuthorizationManagementClient = class extends ServiceClient {
  /**
   * Initializes a new instance of the AuthorizationManagementClient class.
   * @param credentials Subscription credentials which uniquely identify client subscription.
   * @param subscriptionId The ID of the target subscription.
   * @param options The parameter options
   */
  constructor(credentials, subscriptionId2, options) {
    var _a, _b, _c;
    if (credentials === void 0) {
      throw new Error("'credentials' cannot be null");
    }
    if (subscriptionId2 === void 0) {
      throw new Error("'subscriptionId' cannot be null");
    }
    if (!options) {
      options = {};
    }
    const defaults = {
      requestContentType: "application/json; charset=utf-8",
      credential: credentials
    };
    const packageDetails = `azsdk-js-arm-authorization/9.0.0`;
    const userAgentPrefix = options.userAgentOptions && options.userAgentOptions.userAgentPrefix ? `${options.userAgentOptions.userAgentPrefix} ${packageDetails}` : `${packageDetails}`;
    const optionsWithDefaults = Object.assign(Object.assign(Object.assign({}, defaults), options), { userAgentOptions: {
      userAgentPrefix
    }, endpoint: (_b = (_a = options.endpoint) !== null && _a !== void 0 ? _a : options.baseUri) !== null && _b !== void 0 ? _b : "https://management.azure.com" });
    super(optionsWithDefaults);
    let bearerTokenAuthenticationPolicyFound = false;
    if ((options === null || options === void 0 ? void 0 : options.pipeline) && options.pipeline.getOrderedPolicies().length > 0) {
      const pipelinePolicies = options.pipeline.getOrderedPolicies();
      bearerTokenAuthenticationPolicyFound = pipelinePolicies.some((pipelinePolicy) => pipelinePolicy.name === bearerTokenAuthenticationPolicyName);
    }
    if (!options || !options.pipeline || options.pipeline.getOrderedPolicies().length == 0 || !bearerTokenAuthenticationPolicyFound) {
      this.pipeline.removePolicy({
        name: bearerTokenAuthenticationPolicyName
      });
      this.pipeline.addPolicy(bearerTokenAuthenticationPolicy({
        credential: credentials,
        scopes: (_c = optionsWithDefaults.credentialScopes) !== null && _c !== void 0 ? _c : `${optionsWithDefaults.endpoint}/.default`,
        challengeCallbacks: {
          authorizeRequestOnChallenge: authorizeRequestOnClaimChallenge
        }
      }));
    }
    this.subscriptionId = subscriptionId2;
    this.$host = options.$host || "https://management.azure.com";
    this.classicAdministrators = new ClassicAdministratorsImpl(this);
    this.globalAdministrator = new GlobalAdministratorImpl(this);
    this.denyAssignments = new DenyAssignmentsImpl(this);
    this.providerOperationsMetadataOperations = new ProviderOperationsMetadataOperationsImpl(this);
    this.roleAssignments = new RoleAssignmentsImpl(this);
    this.permissions = new PermissionsImpl(this);
    this.roleDefinitions = new RoleDefinitionsImpl(this);
    this.eligibleChildResources = new EligibleChildResourcesImpl(this);
    this.roleAssignmentSchedules = new RoleAssignmentSchedulesImpl(this);
    this.roleAssignmentScheduleInstances = new RoleAssignmentScheduleInstancesImpl(this);
    this.roleAssignmentScheduleRequests = new RoleAssignmentScheduleRequestsImpl(this);
    this.roleEligibilitySchedules = new RoleEligibilitySchedulesImpl(this);
    this.roleEligibilityScheduleInstances = new RoleEligibilityScheduleInstancesImpl(this);
    this.roleEligibilityScheduleRequests = new RoleEligibilityScheduleRequestsImpl(this);
    this.roleManagementPolicies = new RoleManagementPoliciesImpl(this);
    this.roleManagementPolicyAssignments = new RoleManagementPolicyAssignmentsImpl(this);
  }
};
export {
  AuthorizationManagementClient,
  KnownApprovalMode,
  KnownAssignmentType,
  KnownEnablementRules,
  KnownMemberType,
  KnownNotificationDeliveryMechanism,
  KnownNotificationLevel,
  KnownPrincipalType,
  KnownRecipientType,
  KnownRequestType,
  KnownRoleManagementPolicyRuleType,
  KnownStatus,
  KnownType,
  KnownUserType,
  getContinuationToken
};
