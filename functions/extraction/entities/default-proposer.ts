import modelJson from "./model/ner-model.json" with { type: "json" };
import { ruleProposer } from "./rule-proposer.ts";
import type { SpanProposer } from "./span-proposer.ts";
import { loadModel } from "./tagger/index.ts";
import { modelProposer } from "./tagger-proposer.ts";

let cached: SpanProposer | undefined;

/**
 * The committed tagger model with the rules over and under it, loaded on first use and kept for the
 * life of the process (one Lambda container). If the model cannot be loaded, the rules alone.
 */
export function defaultProposer(): SpanProposer {
  if (cached) return cached;
  try {
    cached = modelProposer(loadModel(modelJson));
  } catch {
    cached = ruleProposer;
  }
  return cached;
}
