/**
 * "Orders climbed to 4.4 billion pounds from 3.9 billion a year earlier", "revenue of 9.1 billion euros,
 * above the 8.7 billion forecast", "output rose to 450 million bushels from 410 million": a bare number
 * that a few linking words tie to the money or quantity before it in its sentence is in the same currency
 * or unit. Linear in the figures: each pair of neighbours is read once.
 */
import { POINT_UNITS } from "./data/units.ts";
import type { Figure } from "./types.ts";

/** Units of a move that are no units of the level it reached: "fell 500 points to 33,000", "4 ticks to 96.38". */
const MOVES: ReadonlySet<string> = new Set([...POINT_UNITS, "ticks", "tick", "pips", "pip"]);

/** Words that may stand between the two figures: "from", "than", "above the", ", up from", "rising to as much as". */
const LINKS = new Set([
  "from",
  "to",
  "than",
  "versus",
  "vs",
  "vs.",
  "against",
  "compared",
  "with",
  "the",
  "a",
  "an",
  "up",
  "down",
  "above",
  "below",
  "about",
  "around",
  "nearly",
  "almost",
  "roughly",
  "some",
  "as",
  "much",
  "high",
  "low",
  "rising",
  "falling",
]);
/** Scale words of bare numbers in news: "3.9 billion", "3.8bn", "7,000 crore". */
const SCALE = "(?:thousand|million|billion|trillion|bn|mn|m|crore|lakh)";
const SCALED = new RegExp(`\\d\\s*${SCALE}\\b`, "i");
/** The most linking words between the two figures. */
const LINK_REACH = 6;
/** A bare number: digits and an optional scale word, nothing else ("3.9 billion", "410 million", "12,000"). */
const BARE_NUMBER = new RegExp(`^[\\d.,]+(?:\\s*${SCALE})?$`, "i");

/** Gives bare numbers the currency or unit of the figure they are compared with, in place. */
export function readElidedUnits(text: string, figures: Figure[]): void {
  for (let k = 1; k < figures.length; k++) {
    const figure = figures[k];
    const before = figures[k - 1];
    if (!figure || !before || figure.kind !== "NUMBER" || figure.unit !== undefined) continue;
    if (before.sentence.start !== figure.sentence.start || !BARE_NUMBER.test(figure.text)) continue;
    if (before.kind !== "MONEY" && before.kind !== "QUANTITY") continue;
    if (!linked(text.slice(before.end, figure.start))) continue;
    // "4.4 billion pounds from 3.9 billion", "52,000 people, about 12,000": both scaled or neither.
    if (SCALED.test(before.text) !== SCALED.test(figure.text)) continue;
    if (before.kind === "MONEY" && before.currency) {
      figure.kind = "MONEY";
      figure.currency = before.currency;
    } else if (before.kind === "QUANTITY" && before.unit && !MOVES.has(before.unit)) {
      figure.kind = "QUANTITY";
      figure.unit = before.unit;
    }
  }
}

/** Only commas and linking words, a few of them: "from", ", above the", ", rising to as much as". */
function linked(between: string): boolean {
  const words = between.replace(/,/g, " ").trim().split(/\s+/).filter(Boolean);
  return (
    words.length > 0 && words.length <= LINK_REACH && words.every((word) => LINKS.has(word.toLowerCase()))
  );
}
