import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 15, in wording of my own. */

export const FIX15_SCHEDULED: Case[] = [
  // The change that reaches a level starting at a date starts with it.
  [
    "The minimum fare will rise 6% to $3.40 from March 1.",
    [
      { text: "6%", period: { text: "from March 1", from: "2027-03-01" } },
      { text: "$3.40", period: { text: "from March 1", from: "2027-03-01" } },
    ],
    { publishedAt: "2026-11-12" },
  ],
];
