/**
 * "Labour's lead narrowed by 3 points" in a story about a poll, "up 6.5 points" beside a turnout of 58.5%:
 * points of a rate are percentage points, not a count (an index's points stay a count). Linear in the
 * figures: each sentence is read once.
 */
import { MARKET_INDICES } from "./data/periods.ts";
import { POINT_UNITS } from "./data/units.ts";
import { ONE, SCALE, TEN } from "./lexicon.ts";
import type { Figure } from "./types.ts";
import { subjectIsItsUnit } from "./unit-subject.ts";

const POINTS: ReadonlySet<string> = new Set(POINT_UNITS);
/** Words that make "points" percentage points: a poll, a survey, turnout, approval, a margin of error. */
const RATE_CONTEXT =
  /\b(?:polls?|polling|pollsters?|survey(?:ed|s)?|turnout|approval|margin of error|percentage|vote share)\b/i;
/** Index names that are ordinary words too ("set", "hang"): no sign of an index alone. */
const ORDINARY_WORDS = new Set(["set", "hang"]);

/** Words that make "points" an index's: "the Dow fell 500 points", "The PSEi fell 27.19 points". */
const INDEX_CONTEXT = new RegExp(
  `\\b(?:index|indices|hang seng|futures|psei|${MARKET_INDICES.filter((w) => !ORDINARY_WORDS.has(w)).join("|")})\\b`,
  "i",
);

/** "fell 27.19 points, or 0.71 percent": points restated in per cent are an index's. */
const RESTATED_IN_PERCENT = /^\s*,?\s*or\s+[\d.]+\s*(?:%|per\s?cent|percent)/i;

/**
 * Points right after their number: "6.5 points", "a three-point lead", not what is counted in "343 data
 * points" or "1,42,000 retail pick-up points".
 */
const WORD_BEFORE_POINTS = /([\p{L}\d.,]+)[\s-]*(?:points?|pts?)\.?$/u;

/** The figure's points follow its number, not a word naming what is counted. */
function barePoints(text: string): boolean {
  const word = WORD_BEFORE_POINTS.exec(text)?.[1]?.toLowerCase() ?? "";
  return /\d/.test(word) || ONE.has(word) || TEN.has(word) || SCALE.has(word);
}

/** Turns the points of a rate into percentage points, in place. */
export function readRatePoints(figures: Figure[]): void {
  const withPercent = new Set<number>();
  for (const figure of figures) if (figure.kind === "PERCENT") withPercent.add(figure.sentence.start);
  const rateSentence = new Map<number, boolean>();
  for (const figure of figures) {
    if (figure.kind !== "QUANTITY" || !POINTS.has(figure.unit ?? "") || !barePoints(figure.text)) continue;
    const start = figure.sentence.start;
    let rate = rateSentence.get(start);
    if (rate === undefined) {
      const sentence = figure.sentence.text;
      rate = !INDEX_CONTEXT.test(sentence) && (withPercent.has(start) || RATE_CONTEXT.test(sentence));
      rateSentence.set(start, rate);
    }
    const after = figure.sentence.text.slice(
      figure.end - figure.sentence.start,
      figure.end - figure.sentence.start + 24,
    );
    if (rate && !RESTATED_IN_PERCENT.test(after)) toPercentagePoints(figure);
  }
}

function toPercentagePoints(figure: Figure): void {
  if (subjectIsItsUnit(figure)) delete figure.subject;
  figure.kind = "PERCENT";
  delete figure.unit;
  if (figure.change?.measure === "absolute") figure.change.measure = "percentage_points";
}
