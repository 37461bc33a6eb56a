// The spec catalogue lives with the sandbox's ARM, which serves and validates by it (test/sandbox/azure/specs.ts).
export { AzureSpecs, azureSpecs, SPEC_ROOT, SDK_VERSIONS, type Example, type Json, type SpecOperation } from '../sandbox/azure/specs.js'
