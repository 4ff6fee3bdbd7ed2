/** Multiples: "2.5-fold", "10x", "three times higher", "sixfold". */
import { ONE, TEN } from "./lexicon.ts";
import { CHANGE_ADJECTIVE_WORDS, DASHES, isChangeVerb } from "./token-marks.ts";
import type { Token } from "./tokenize.ts";

/**
 * A multiple after the amount: "2.5-fold", "10x", or "times" before a comparison ("three times higher",
 * "twice as", "times more") or after a change verb ("grew 10 times"). Returns the token after it, or 0.
 * "visited three times" is a count of events, not a figure.
 */
export function multipleAt(t: readonly Token[], i: number, j: number): number {
  const w = t[j];
  if (!w) return 0;
  // "10x" but not "24x7" (round the clock).
  if (w.norm === "x" && !w.spaceBefore && t[j - 1]?.kind === "num") {
    return t[j + 1]?.kind === "num" && !t[j + 1]?.spaceBefore ? 0 : j + 1;
  }
  // "covered 3.4 times": a count of events is whole, so a decimal before "times" is a multiple.
  if (w.norm === "times" && t[j - 1]?.kind === "num" && /[.,]\d+$/.test(t[j - 1]?.norm ?? "")) return j + 1;
  if (DASHES.has(w.norm) && !w.spaceBefore && t[j + 1]?.norm === "fold" && !t[j + 1]?.spaceBefore)
    return j + 2;
  if (w.norm === "fold" && !w.spaceBefore) return j + 1;
  if (w.norm !== "times") return 0;
  const after = t[j + 1]?.norm ?? "";
  if (CHANGE_ADJECTIVE_WORDS.has(after) || after === "as" || after === "over") return j + 1;
  // "9 times forward earnings", "three times the national average", "five times pre-war levels".
  if (MULTIPLIED_BASES.has(after)) return j + 1;
  const before = t[i - 1];
  if (isChangeVerb(before) || (before?.norm === "by" && isChangeVerb(t[i - 2]))) return j + 1;
  if (MULTIPLYING_VERBS.has(before?.norm ?? "")) return j + 1;
  return 0;
}

/** Words after "N times" that name what is multiplied (not "three times a week"). */
const MULTIPLIED_BASES = new Set([
  "the",
  "its",
  "their",
  "his",
  "her",
  "our",
  "that",
  "those",
  "what",
  "forward",
  "trailing",
  "expected",
  "estimated",
  "current",
  "normal",
  "earnings",
  "sales",
  "revenue",
  "book",
  "pre",
]);

/** Verbs before "N times" that make it a multiple: "oversubscribed 7 times". */
const MULTIPLYING_VERBS = new Set(["covered", "subscribed", "oversubscribed"]);

/** One-word multiples and their values, built once: "sixfold" -> 6, "twentyfold" -> 20. */
export const FOLD_WORDS: ReadonlyMap<string, number> = new Map(
  [...ONE, ...TEN].map(([word, value]) => [`${word}fold`, value] as const),
);
