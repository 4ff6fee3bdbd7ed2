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

export const FIXES28: Case[] = [...FIX31_AGE_GROUPS];
