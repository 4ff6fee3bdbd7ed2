import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 52, in wording of my own. */

export const FIX52_OWNER_PAST_ASIDE: Case[] = [
  // What a subject has or owns is its own count past an apposition or a relative clause, as what it
  // employs is; a measure or a rate it has is not.
  [
    "Carnival Australia, the local arm of the world's largest cruise company, has 10 ships sailing in local waters. Thames Water, which serves 16 million customers, has around 8,000 employees.",
    [
      { text: "10 ships", subject: { text: "Carnival Australia" } },
      { text: "16 million customers", subject: { text: "Thames Water" } },
      { text: "8,000 employees", subject: { text: "Thames Water" } },
    ],
  ],
  [
    "The country, where wages are low, has 2.9 hospital beds per 1,000 people.",
    [{ text: "2.9 hospital beds per 1,000 people", subject: { text: "hospital beds per 1,000 people" } }],
  ],
];

export const FIXES52: Case[] = [...FIX52_OWNER_PAST_ASIDE];
