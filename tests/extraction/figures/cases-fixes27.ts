import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 30, in wording of my own. */

export const FIX30_TAKES_EFFECT: Case[] = [
  // The day a level takes effect, comes into force or kicks in opens its period.
  [
    "The new floor of R31.10 an hour takes effect on Jan. 1, 2028, the department said.",
    [{ text: "R31.10", period: { from: "2028-01-01", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The import levy of 3% came into force in March 2025.",
    [{ text: "3%", period: { from: "2025-03", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The higher allowance of $85 a week kicks in on April 1, 2027.",
    [{ text: "$85", period: { from: "2027-04-01", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIXES27: Case[] = [...FIX30_TAKES_EFFECT];
