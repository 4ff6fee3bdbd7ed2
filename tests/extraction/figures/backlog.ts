import type { Case } from "./case-types.ts";

/**
 * Known misses: cases the extractor gets wrong today. Not run by vitest (the file is not *.test.ts);
 * `npx tsx tests/extraction/figures/backlog-check.ts` reports which of them pass now, so a fixed case
 * can move to the suite.
 */
export const BACKLOG: Case[] = [
  // Scale words of other languages.
  [
    "Der Umsatz stieg auf 1.234,5 Millionen Euro.",
    [{ text: "1.234,5 Millionen Euro", value: 1.2345e9, currency: "EUR" }],
  ],
  [
    "Le budget atteint 3,5 milliards d'euros.",
    [{ text: "3,5 milliards d'euros", value: 3.5e9, currency: "EUR" }],
  ],
  // Money that is the clause subject: the measured thing comes after the verb.
  [
    "$50 billion has been invested in the Kazakh economy.",
    [{ text: "$50 billion", subject: { text: "the Kazakh economy" } }],
  ],
  // Apposition and purpose phrases.
  [
    "The initiative – $25 million to expand trade routes – was launched.",
    [{ text: "$25 million", subject: { text: "The initiative" } }],
  ],
  // Fractions with mixed numbers.
  ["The firm raised $2½ billion.", [{ text: "$2½ billion", value: 2.5e9 }]],
  ["It costs one and a half million dollars.", [{ text: "one and a half million dollars", value: 1.5e6 }]],
  // Speaker names that are ordinary nouns at a sentence start.
  ["Analysts said revenue would reach $5 billion.", [{ text: "$5 billion", speaker: undefined }]],
  // "from X to Y" after a change verb: the change is the difference.
  ["Prices rose from $5 to $7.", [{ text: "$5" }, { text: "$7", change: { direction: "increase" } }]],
  // Multipliers.
  ["Sales tripled to 3 million units.", [{ text: "3 million units", change: { direction: "increase" } }]],
  // Text currency defaults: "(all figures in Canadian dollars)".
  ["All figures in Canadian dollars. Revenue was $5 billion.", [{ text: "$5 billion", currency: "CAD" }]],
  // ASCII-space digit groups.
  ["The price is 1 000 000 tenge.", [{ text: "1 000 000 tenge", value: 1e6 }]],
];
