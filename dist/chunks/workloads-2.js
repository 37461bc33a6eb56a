import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);
import {
  combinedVerification,
  manyOutputs,
  mapLimited,
  runSettings,
  sharedIdentityOwnerKey,
  withWorkloads,
  workloadGraph,
  workloadsOutput,
  workloadsSummary
} from "./workloads.js";
import "./azure-errors.js";
import "./names.js";
import "./plan.js";
import "./privileged-roles.js";
import "./transport.js";
import "./ownership.js";
import "./runner-kinds-gitlab.js";
import "./esbuild-runtime.js";
export {
  combinedVerification,
  manyOutputs,
  mapLimited,
  runSettings,
  sharedIdentityOwnerKey,
  withWorkloads,
  workloadGraph,
  workloadsOutput,
  workloadsSummary
};
