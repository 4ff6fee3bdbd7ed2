import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 17, in wording of my own. */

export const FIX17_LISTED_CONTENTS: Case[] = [
  // Money listed after money that named its content after "of" names its own; a term glued to its unit
  // ("10-year") opens the noun phrase.
  [
    "The Treasury will auction $48 billion of two-year notes, $44 billion of 7-year notes and $16 billion of 20-year bonds.",
    [
      { text: "$48 billion", subject: { text: "two-year notes" } },
      { text: "$44 billion", subject: { text: "7-year notes" } },
      { text: "$16 billion", subject: { text: "20-year bonds" } },
    ],
  ],
  [
    "Kenya raised $900 million in 12-year bonds.",
    [{ text: "$900 million", subject: { text: "12-year bonds" } }],
  ],
];

export const FIX17_COMMA_LISTS: Case[] = [
  // A figure after a comma, with only a place or a period after the one before, changes as it did when
  // the list goes on.
  [
    "Exports rose 5% in October, 3% in November and 2% in December.",
    [
      { text: "5%", change: { direction: "increase" }, subject: { text: "Exports" } },
      {
        text: "3%",
        change: { direction: "increase" },
        subject: { text: "Exports" },
        period: { text: "November" },
      },
      {
        text: "2%",
        change: { direction: "increase" },
        subject: { text: "Exports" },
        period: { text: "December" },
      },
    ],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Rents fell 4% in Lagos, 2.5% in Abuja and 1% in Kano.",
    [
      { text: "4%", change: { direction: "decrease" }, subject: { text: "Rents" } },
      { text: "2.5%", change: { direction: "decrease" }, subject: { text: "Rents" } },
      { text: "1%", change: { direction: "decrease" }, subject: { text: "Rents" } },
    ],
  ],
  // ... not when the list ends at it.
  [
    "Exports rose 5% in October, 3% short of the target.",
    [{ text: "5%" }, { text: "3%", change: undefined }],
  ],
];

export const FIXES17: Case[] = [...FIX17_LISTED_CONTENTS, ...FIX17_COMMA_LISTS];
