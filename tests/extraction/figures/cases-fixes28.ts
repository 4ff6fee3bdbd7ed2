import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 31, in wording of my own. */

export const FIX31_AGE_GROUPS: Case[] = [
  // A group named by its ages stays in the subject; its first age is no figure.
  [
    "The rate for 18-20 year olds rises 6.7% to £10.00 an hour.",
    [
      { text: "6.7%", subject: { text: "The rate for 18-20 year olds" } },
      { text: "£10.00", subject: { text: "The rate for 18-20 year olds" } },
    ],
  ],
  [
    "The rate for 16 and 17 year olds rises to £7.55.",
    [{ text: "£7.55", subject: { text: "The rate for 16 and 17 year olds" } }],
  ],
  [
    "Pay for workers 16 to 17 years old rose 5%.",
    [{ text: "5%", subject: { text: "Pay for workers 16 to 17 years old" } }],
  ],
];

export const FIX31_COMPARED_LEVELS: Case[] = [
  // A level compared after an adverb, or after a longer predicate, measures what the level before it does.
  [
    "Illicit cigarettes made up 55.6% of the market in the third quarter, down slightly from 57.1% a year earlier.",
    [
      { text: "55.6%", subject: { text: "Illicit cigarettes" } },
      { text: "57.1%", subject: { text: "Illicit cigarettes" } },
    ],
  ],
  [
    "About 70% of visa processing costs would now be covered by fees, up from 58% in 2024-25.",
    [
      { text: "70%", subject: { text: "visa processing costs" } },
      { text: "58%", subject: { text: "visa processing costs" } },
    ],
  ],
  [
    "Only 62.5% of long-distance trains arrived on time in 2025, down from 67.2% in 2024, the operator said.",
    [
      { text: "62.5%", subject: { text: "long-distance trains" } },
      { text: "67.2%", subject: { text: "long-distance trains" } },
    ],
  ],
];

export const FIXES28: Case[] = [...FIX31_AGE_GROUPS, ...FIX31_COMPARED_LEVELS];
