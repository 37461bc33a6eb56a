import { createRequire as __awiCreateRequire } from 'node:module'; const require = __awiCreateRequire(import.meta.url);

// src/shaping/names.ts
var SHAPING_INPUTS = [
  "runner-node-selector",
  "runner-tolerations",
  "runner-resources",
  "runner-image-pull-secrets",
  "runner-annotations",
  "runner-labels-k8s",
  "runner-pod-template"
];
var shapingGiven = (inputs) => SHAPING_INPUTS.some((n) => inputs.get(n).trim() !== "");
async function shapingCheckFor(inputs) {
  return shapingGiven(inputs) ? (await import("./shaping-settings.js")).readRunnerShaping : void 0;
}

export {
  SHAPING_INPUTS,
  shapingCheckFor
};
//# sourceMappingURL=shaping-names.js.map
