import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 20, in wording of my own. */

export const FIX20_GLUED_YEAR_EDGES: Case[] = [
  // "end-2025" is the year's December, as "the end of 2025" is; "start-2026" its January.
  [
    "Public debt rose to 61% of GDP at end-2025.",
    [{ text: "61%", period: { text: "end-2025", from: "2025-12", to: "2025-12" } }],
  ],
  [
    "Deposits reached $2 billion at start-2026.",
    [{ text: "$2 billion", period: { text: "start-2026", from: "2026-01", to: "2026-01" } }],
  ],
];

export const FIXES20: Case[] = [...FIX20_GLUED_YEAR_EDGES];
