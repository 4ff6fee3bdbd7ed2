import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 79, in wording of my own. */

export const FIX79_RATE_SUBJECTS: Case[] = [
  // A count's own noun is its subject; the rate after it is the unit's, not part of what is counted.
  [
    "Demand is strong: I turn away maybe 20 new clients a month. She grooms 40 dogs a week at the salon.",
    [
      { text: "20 new clients a month", unit: "clients a month", subject: { text: "new clients" } },
      { text: "40 dogs a week", unit: "dogs a week", subject: { text: "dogs" } },
    ],
  ],
  // A capital "A" inside a name is no rate; a capitals headline's "A YEAR" is one.
  [
    "Only 20 Serie A clubs took part.\n\nFERRY YARD TO BUILD FOUR 45-METRE YACHTS A YEAR",
    [
      { text: "20 Serie A clubs", subject: { text: "Serie A clubs" } },
      { text: "FOUR 45-METRE YACHTS A YEAR", subject: { text: "45-METRE YACHTS" } },
    ],
  ],
];

export const FIXES79: Case[] = [...FIX79_RATE_SUBJECTS];
