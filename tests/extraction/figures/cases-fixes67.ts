import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 67, in wording of my own. */

export const FIX67_BASIS_BEFORE_CHANGE_NOUN: Case[] = [
  // A change set off after an amount measures what the amount does, past a basis glued before its noun
  // (", a year-on-year increase of"; the subject had been "a year-on-year").
  [
    "Online sales of handbags reached 4.2 billion yuan in the first ten months, a year-on-year increase of 11.4 percent.",
    [
      { text: "4.2 billion yuan", subject: { text: "Online sales of handbags" } },
      { text: "11.4 percent", subject: { text: "Online sales of handbags" } },
    ],
  ],
];

export const FIXES67: Case[] = [...FIX67_BASIS_BEFORE_CHANGE_NOUN];
