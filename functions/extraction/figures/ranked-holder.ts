/**
 * "China was the largest source market with 6.7 million visitors", "India remained the top destination
 * with 11.9 million passengers", "South Korea was the biggest source of visitors at 8.82 million": the figure
 * of a ranking measures what holds the rank, not its unit.
 */
import { NP_STOPS, RANK_HOLDING_VERBS, RANK_WORDS } from "./data/subject-words.ts";
import { trimmed } from "./subject-bounds.ts";
import type { SubjectHit } from "./subjects.ts";
import type { Token } from "./tokenize.ts";

const HOLDING = new Set(RANK_HOLDING_VERBS);
const RANKS = new Set(RANK_WORDS);
/** Tokens from the link back to "the": "the largest source market of foreign visitors with". */
const RANK_REACH = 9;
/** Tokens a holder may take: "Visitors from mainland China". */
const HOLDER_TOKENS = 6;

export function rankedHolder(
  t: readonly Token[],
  qualifierStart: number,
  clauseStart: number,
  isPeriodToken: (k: number) => boolean,
): SubjectHit | undefined {
  const link = t[qualifierStart - 1]?.norm;
  if (link !== "with" && link !== "at") return undefined;
  for (let k = qualifierStart - 2; k >= Math.max(clauseStart + 2, qualifierStart - RANK_REACH); k--) {
    const norm = t[k]?.norm ?? "";
    if (NP_STOPS.has(norm) && norm !== "of") return undefined;
    if (norm !== "the") continue;
    // "the largest", "the second-largest" (its first word is the rank's).
    const ranked = RANKS.has(t[k + 1]?.norm ?? "");
    if (!ranked || !HOLDING.has(t[k - 1]?.norm ?? "")) return undefined;
    const verb = t[k - 1]?.norm === "as" && t[k - 2]?.norm === "emerged" ? k - 2 : k - 1;
    let s = verb;
    while (s - 1 >= clauseStart && verb - s < HOLDER_TOKENS && !NP_STOPS.has(t[s - 1]?.norm ?? "")) s--;
    return s < verb ? trimmed(t, s, verb, isPeriodToken) : undefined;
  }
  return undefined;
}
