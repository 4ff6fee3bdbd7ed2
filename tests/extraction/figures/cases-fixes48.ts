import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 48, in wording of my own. */

export const FIX48_QUARTER_IN_MONTHS: Case[] = [
  // The first quarter of a financial year, then "the three months to September": a year from July.
  [
    "NAIROBI - Nairobi City County collected Sh6.1 billion in own-source revenue in the first quarter of the 2026/27 financial year, barely half of the Sh11.8 billion it had targeted for the three months to September, a new report shows.\n\nThe county expects collections of between Sh14 billion and Sh15 billion in the third quarter alone.",
    [
      { text: "Sh6.1 billion", period: { from: "2026-07", to: "2026-09" } },
      { text: "Sh11.8 billion", period: { from: "2026-07", to: "2026-09" } },
      {
        text: "Sh14 billion and Sh15 billion",
        period: { text: "third quarter", from: "2027-01", to: "2027-03" },
      },
    ],
    { publishedAt: "2026-11-17" },
  ],
];

export const FIXES48: Case[] = [...FIX48_QUARTER_IN_MONTHS];
