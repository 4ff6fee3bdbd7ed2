/** Small tests on tokens that several figure rules share. */
import { CHANGE_ADJECTIVE, CHANGE_VERB } from "./lexicon.ts";
import type { Token } from "./tokenize.ts";

export const DASHES = new Set(["-", "–", "—", "‑", "−"]);

export const CHANGE_ADJECTIVE_WORDS: ReadonlySet<string> = new Set([
  ...CHANGE_ADJECTIVE.keys(),
  "faster",
  "bigger",
  "slower",
]);

export function isChangeVerb(token: Token | undefined): boolean {
  return token !== undefined && CHANGE_VERB.has(token.norm);
}

/**
 * Tokens a change verb's object may take before "from" or "by": "raise the monthly water fee from $42 to
 * $58", "raised its forecast for Russia's 2026 wheat crop by 2 million tons".
 */
const OBJECT_WORDS = 8;

/** A change verb right at `k`, or before a short object (words, a possessive, a year) ending at `k`. */
export function changeVerbBefore(t: readonly Token[], k: number): boolean {
  for (let v = k; v >= Math.max(0, k - OBJECT_WORDS); v--) {
    const tok = t[v];
    if (isChangeVerb(tok)) return true;
    const possessive = tok?.norm === "'s" || tok?.norm === "’s";
    if (tok?.kind !== "word" && !possessive && !isYearToken(tok)) return false;
  }
  return false;
}

export function isYearToken(tok: Token | undefined): boolean {
  if (tok?.kind !== "num" || !/^[0-9]{4}$/.test(tok.norm)) return false;
  const y = Number(tok.norm);
  return y >= 1800 && y <= 2100;
}
