import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 48, in wording of my own. */

export const FIX48_QUARTER_IN_MONTHS: Case[] = [
  // The first quarter of a financial year, then "the three months to September": a year from July.
  [
    "The county collected Sh6.1 billion in the first quarter of the 2026/27 financial year, short of the Sh11.8 billion it targeted for the three months to September. It expects Sh14 billion in the third quarter.",
    [
      { text: "Sh6.1 billion", period: { from: "2026-07", to: "2026-09" } },
      { text: "Sh11.8 billion", period: { from: "2026-07", to: "2026-09" } },
      { text: "Sh14 billion", period: { text: "third quarter", from: "2027-01", to: "2027-03" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIXES48: Case[] = [...FIX48_QUARTER_IN_MONTHS];
