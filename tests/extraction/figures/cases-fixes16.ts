import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 16, in wording of my own. */

export const FIX16_COUNTED_SPANS: Case[] = [
  // "the previous nine months" after nine months of the year: the nine months before them.
  [
    "Profit rose 8% in the first nine months of the year, after falling 2% in the previous nine months.",
    [
      { text: "8%", period: { from: "2026-01", to: "2026-09" } },
      { text: "2%", period: { text: "previous nine months", from: "2025-04", to: "2025-12" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Sales were $3 billion in October, up from $2 billion eight months earlier.",
    [
      { text: "$3 billion", period: { text: "October" } },
      { text: "$2 billion", period: { text: "eight months earlier", from: "2026-02", to: "2026-02" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

/** Every group of this file, in the order written. */
export const FIXES16: Case[] = [...FIX16_COUNTED_SPANS];
