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

/** Words between a count and the next bare count of the same things: ", 251", "and 229", "while 14". */
const NEXT_PART = /^\s*(?:,\s*(?:and\s+|while\s+)?|and\s+|while\s+|but\s+)$/;
/** A verb right after a bare count: what the counted things did ("251 fell", "229 were unchanged"). */
const PART_VERB =
  /^\s+(?:rose|fell|gained|declined|advanced|retreated|slipped|climbed|dropped|lost|were|remained|closed|ended|traded|finished)\b/;

/**
 * "318 stocks rose, 251 fell and 229 were unchanged", "38 stocks gained while 14 declined": bare counts that
 * go on a count's list of what its things did count the same things. In place; linear in the figures.
 */
export function readParallelCounts(text: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const figure = figures[k];
    const before = figures[k - 1];
    if (!figure || !before || before.kind !== "QUANTITY" || !before.unit) continue;
    if (
      figure.kind !== "NUMBER" ||
      figure.unit !== undefined ||
      before.sentence.start !== figure.sentence.start
    )
      continue;
    if (!BARE_COUNT.test(figure.text) || YEAR.test(figure.text)) continue;
    // The count before did something too ("318 stocks rose", "251 fell"; "229 were unchanged"), and the
    // words between only list the next one.
    const afterBefore = text.slice(before.end, figure.start);
    const verbed = PART_VERB.exec(afterBefore);
    const between = (verbed ? afterBefore.slice(verbed[0].length) : "").replace(
      /^\s+[a-z]+(?=\s*,|\s+(?:and|while|but)\b)/,
      "",
    );
    const listed = verbed !== null && NEXT_PART.test(between);
    if (!listed || !PART_VERB.test(text.slice(figure.end, figure.end + 16))) continue;
    figure.kind = "QUANTITY";
    figure.unit = before.unit;
    if (before.subject) figure.subject ??= { ...before.subject };
  }
}
