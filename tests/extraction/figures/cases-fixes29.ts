import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 32, in wording of my own. */

export const FIX32_RELATIVE_HEADED_PRONOUNS: Case[] = [
  // "those" keeps the relative clause that says who they are, past a floating "each".
  [
    "Families of those who died would each receive 15 million naira.",
    [{ text: "15 million naira", subject: { text: "Families of those who died" } }],
  ],
  [
    "Those who qualify will receive $4,000 each.",
    [{ text: "$4,000", subject: { text: "Those who qualify" } }],
  ],
  // A noun keeps no relative clause; nor does a pronoun whose clause holds a figure of its own.
  [
    "Players who lose in the first round will receive $5,000.",
    [{ text: "$5,000", subject: { text: "Players" } }],
  ],
];

export const FIXES29: Case[] = [...FIX32_RELATIVE_HEADED_PRONOUNS];
