import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 40, in wording of my own. */

export const FIX40_YEAR_SEASONS: Case[] = [
  // A season of the year dates a figure by its text only, as a sports season does: its months depend on
  // the hemisphere.
  [
    "Reservoir levels fell 6% this winter.",
    [{ text: "6%", period: { text: "this winter", from: undefined, to: undefined } }],
  ],
  [
    "Occupancy reached 81% last summer and is forecast at 84% next summer.",
    [
      { text: "81%", period: { text: "last summer" } },
      { text: "84%", period: { text: "next summer" } },
    ],
  ],
  ["Enrolment fell 38 per cent this fall.", [{ text: "38 per cent", period: { text: "this fall" } }]],
  // ("that fall" after a noun is a verb.)
  ["Tariffs that fall 5% are rare.", [{ text: "5%", period: undefined }]],
];

export const FIXES37: Case[] = [...FIX40_YEAR_SEASONS];
