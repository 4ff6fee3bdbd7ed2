/**
 * Figures no period dates. A fixed threshold ("below the 50-point mark that separates growth from
 * contraction", "the 17th month below the 50 threshold") is a constant of the measure it bounds; one
 * crossed is a level reached then. A rate or amount a change reached after a span the change ran over is
 * the one now ("cut its benchmark rate seven times since August 2025 to 8.75 percent").
 */

import { CROSSING_VERBS, THRESHOLD_NOUNS } from "./data/periods.ts";
import { CHANGE_VERB } from "./lexicon.ts";
import { firstAtOrAfter } from "./search.ts";
import type { Token } from "./tokenize.ts";
import type { Figure } from "./types.ts";

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

/** Nouns of what a span adds up, whose level reached is the span's: "their gain since January to 38%". */
const ACCUMULATED = /\b(?:total|totals|gain|gains|cumulative|losses|lost|reductions|increases|cuts|hikes)\b/i;
/** Tokens before a span its accumulated noun may stand in: "bringing total cuts since August 2024 to". */
const ACCUMULATED_REACH = 3;

/**
 * The level a change reached after a span the change ran over ("has cut its benchmark rate seven times
 * since August 2025 to 8.75 percent", "grew 8 per cent to Dh14.7bn since December 31"): the span is the
 * change's, the rate or amount reached is the one now, so the span dates it not. Not a count nor a total
 * the span adds up ("bringing total reductions since August 2024 to 100 basis points").
 */
export function levelAfterSpan(
  tokens: readonly Token[],
  figure: Figure,
  qualifierStart: number,
  clauseStart: number,
  before: { figure: Figure } | undefined,
): boolean {
  // (A count reached may be what the span adds up: "cholera cases have risen to 4,500 since January".)
  if (figure.kind !== "PERCENT" && figure.kind !== "MONEY") return false;
  if (!figure.period || !/^since\b/i.test(figure.period.text) || figure.change) return false;
  if (tokens[qualifierStart - 1]?.norm !== "to" || ACCUMULATED.test(figure.subject?.text ?? "")) return false;
  const spanAt = firstAtOrAfter(tokens, figure.period.start, (tok) => tok.start);
  for (let k = Math.max(0, spanAt - ACCUMULATED_REACH); k < spanAt; k++)
    if (ACCUMULATED.test(tokens[k]?.norm ?? "")) return false;
  if (before?.figure.change) return true;
  for (let k = clauseStart; k < qualifierStart - 1; k++)
    if (CHANGE_VERB.has(tokens[k]?.norm ?? "")) return true;
  return false;
}
