import { SHIP_PREFIXES } from "./lexicon/context-words.ts";
import { coveringIndex, replaceSpans } from "./span-edits.ts";
import type { ProposedSpan, SentenceView } from "./span-proposer.ts";

const SHIP_PREFIX: ReadonlySet<string> = new Set(SHIP_PREFIXES);
/** Capitalized words a ship's name runs to after its prefix, at most: "USS Leyte Gulf". */
const SHIP_NAME_WORDS = 3;

/** The name at [start, end) is a ship's, a prefix opening it: "USS Vicksburg", "HMS Queen Elizabeth". */
export function isShipName(words: readonly string[], start: number, end: number): boolean {
  return end - start > 1 && SHIP_PREFIX.has(words[start] ?? "");
}

/**
 * "HMS Argyll docked", "INS Vikrant sailed": a navy's or a registry's prefix and the capitalized words
 * after it are one ship's name (MISC), whatever a tagger made of them: it often leaves the prefix out, or
 * reads the name as the town or the battle the ship is named after.
 */
export function withShipPrefixes(view: SentenceView, spans: readonly ProposedSpan[]): ProposedSpan[] {
  const { words } = view;
  if (!words.some((word) => SHIP_PREFIX.has(word))) return spans as ProposedSpan[];
  const covering = coveringIndex(words.length, spans);
  const ships: ProposedSpan[] = [];
  for (let k = 0; k < words.length - 1; k++) {
    if (!SHIP_PREFIX.has(words[k] ?? "") || !/^\p{Lu}\p{Ll}/u.test(words[k + 1] ?? "")) continue;
    const after = covering[k + 1];
    let end = k + 2;
    while (end < k + 1 + SHIP_NAME_WORDS && /^\p{Lu}\p{Ll}/u.test(words[end] ?? "")) end++;
    // (The name ends where the tagger's span over it ends, if that is sooner: "USS Antietam and".)
    if (after && after.start === k + 1) end = Math.min(end, after.end);
    ships.push({ start: k, end, type: "MISC", evidence: true });
    k = end - 1;
  }
  return replaceSpans(words.length, spans, ships);
}
