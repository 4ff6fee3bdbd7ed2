import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 37, in wording of my own. */

export const FIX37_PEOPLE_MODIFIERS: Case[] = [
  // What befell people describes the noun after it: "homeless", "wounded", "stranded" are modifiers.
  [
    "Volunteers counted 912 homeless people in the city centre, up from 840 last year.",
    [
      { text: "912 homeless people", unit: "people" },
      { text: "840", kind: "QUANTITY", unit: "people" },
    ],
  ],
  ["The ferry carried 46 wounded soldiers to Mombasa.", [{ text: "46 wounded soldiers", unit: "soldiers" }]],
  // (With no noun after it, the count stays bare: blind case "300 injured" is a NUMBER.)
  [
    "Four people were killed and 63 injured when the ferry capsized.",
    [
      { text: "Four people", unit: "people" },
      { text: "63", kind: "NUMBER" },
    ],
  ],
];

export const FIX37_SAID_RESULT: Case[] = [
  // "has said" is the tense of the saying: the lede's past result names the story's period.
  [
    "LAGOS, Nov 11 - The Lagos State Pension Commission has said its assets rose 21 per cent to N910 billion in the 2025 financial year. The commission booked contributions of N84 billion during the year.",
    [
      { text: "21 per cent", period: { text: "2025", from: "2025", to: "2025" } },
      { text: "N910 billion" },
      { text: "N84 billion", period: { text: "year", from: "2025", to: "2025" } },
    ],
    { publishedAt: "2026-11-11" },
  ],
  // (A promise made is no result: "has said it will" keeps no period.)
  [
    "The ministry has said it will release N40 billion to the fund.",
    [{ text: "N40 billion", period: undefined }],
  ],
];

export const FIX37_ING_ANTECEDENT: Case[] = [
  // A noun in "-ing" heads the antecedent of ", which": the clause measures it.
  [
    "Most of the cut falls on capital spending, which drops to Sh9.2 billion from Sh12.6 billion.",
    [
      { text: "Sh9.2 billion", subject: { text: "capital spending" } },
      { text: "Sh12.6 billion", subject: { text: "capital spending" } },
    ],
  ],
  [
    "The reforms aim to cut household borrowing, which accounts for about 38% of bank credit.",
    [{ text: "38%", subject: { text: "household borrowing" } }],
  ],
];

export const FIXES34: Case[] = [...FIX37_PEOPLE_MODIFIERS, ...FIX37_SAID_RESULT, ...FIX37_ING_ANTECEDENT];
