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
} from "./azure-role-assignments.js";
import "./azure-errors.js";
import "./plan.js";
import "./names.js";
import "./runner-kinds-gitlab.js";
import "./transport.js";
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
