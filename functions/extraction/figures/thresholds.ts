/**
 * Fixed thresholds: "below the 50-point mark that separates growth from contraction", "the 17th month
 * below the 50 threshold", "above the 50.0 no-change mark". Such a figure is a constant of the measure it
 * bounds, so no period of the sentence or the story dates it; one crossed is a level reached then.
 */

import { CROSSING_VERBS, THRESHOLD_NOUNS } from "./data/periods.ts";
import type { Token } from "./tokenize.ts";

const THRESHOLD: ReadonlySet<string> = new Set(THRESHOLD_NOUNS);
const CROSSING: ReadonlySet<string> = new Set(CROSSING_VERBS);
/** Words between the number and its threshold noun: "the 50-point mark", "the 50.0 no-change mark". */
const THRESHOLD_WORDS: ReadonlySet<string> = new Set(["point", "points", "-", "no-change", "no", "change"]);
/** Tokens after the figure its threshold noun may stand in. */
const THRESHOLD_REACH = 4;

/** The figure over tokens [first, last) names a fixed threshold: "the", the figure, then a threshold noun. */
export function namesThreshold(tokens: readonly Token[], first: number, last: number): boolean {
  if (tokens[first - 1]?.norm !== "the" || CROSSING.has(tokens[first - 2]?.norm ?? "")) return false;
  for (let k = last; k < Math.min(tokens.length, last + THRESHOLD_REACH); k++) {
    const norm = tokens[k]?.norm ?? "";
    if (THRESHOLD.has(norm)) return true;
    if (!THRESHOLD_WORDS.has(norm)) return false;
  }
  return false;
}
