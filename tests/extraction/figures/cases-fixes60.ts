import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 60, in wording of my own. */

export const FIX60_DISPLAY_LINES: Case[] = [
  // A screen's or a video's lines with "p" glued on are no price in pence; "1,080p" with its comma is one.
  [
    "The doorbell streams in 1080p, the outdoor model in 2160p, and the kit costs 4,200 rupees. Shares ended at 1,080p.",
    [
      { kind: "MONEY", text: "4,200 rupees", value: 4200 },
      { kind: "MONEY", text: "1,080p", value: 10.8, currency: "GBP" },
    ],
  ],
];

export const FIXES60: Case[] = [...FIX60_DISPLAY_LINES];
