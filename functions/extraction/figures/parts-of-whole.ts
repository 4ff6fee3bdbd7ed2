/**
 * "Of the 468 companies that traded, 142 advanced, 291 declined and 35 remained unchanged", "Of the ghost
 * employees, 2,140 were in the school education department": a sentence that opens on the whole its
 * figures are parts of counts those parts in the whole's plural noun. Linear in the figures.
 */
import type { Figure } from "./types.ts";

/** "Of the ... ," opening a sentence, up to the comma that closes the whole (at most 60 characters). */
const WHOLE = /^\s*Of\s+(?:the|its|their|all)\s+([^,.;]{1,60}),/;
/** A plural noun of the whole: "companies", "ghost employees", "components" (not "traded", "its"). */
const PLURAL = /\b[a-z][a-z-]*[^s\W]s\b/g;
/** Words after the whole's noun that describe it, not name it: "that traded", "listed in Lagos". */
const DESCRIBED_BY = /^\s+(?:that|which|who|listed|surveyed|polled|registered|removed|traded|checked)\b/;
/** A bare count: digits only, no scale word, not a year. */
const BARE_COUNT = /^\d{1,3}(?:,\d{3})*$/;
const YEAR = /^(?:19|20)\d\d$/;

/** Gives the bare counts after a sentence-opening "Of the <whole>," the whole's plural noun as unit, in place. */
export function readPartsOfWhole(text: string, figures: Figure[]): void {
  let sentence = -1;
  let unit: { text: string; start: number; end: number } | undefined;
  let after = 0;
  for (const figure of figures) {
    if (figure.sentence.start !== sentence) {
      sentence = figure.sentence.start;
      unit = undefined;
      const opening = WHOLE.exec(text.slice(sentence, sentence + 80));
      const whole = opening?.[1];
      if (opening && whole !== undefined) {
        const noun = headNoun(whole);
        if (noun) {
          const start = sentence + opening[0].indexOf(whole) + noun.index;
          unit = { text: noun.text, start, end: start + noun.text.length };
          after = sentence + opening[0].length;
        }
      }
    }
    if (!unit || figure.start < after || figure.kind !== "NUMBER" || figure.unit !== undefined) continue;
    if (!BARE_COUNT.test(figure.text) || YEAR.test(figure.text)) continue;
    figure.kind = "QUANTITY";
    figure.unit = unit.text;
    figure.subject ??= { ...unit };
  }
}

/** The whole's plural noun: the last plural before the words that describe it ("companies that traded"). */
function headNoun(whole: string): { text: string; index: number } | undefined {
  let found: { text: string; index: number } | undefined;
  for (const match of whole.matchAll(PLURAL)) {
    found = { text: match[0], index: match.index };
    if (DESCRIBED_BY.test(whole.slice(match.index + match[0].length))) break;
  }
  return found;
}
