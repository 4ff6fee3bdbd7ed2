import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 39, in wording of my own. */

export const FIX39_CONTRACTED_PRONOUN: Case[] = [
  // A pronoun contracted with its verb names nothing measured, as a bare pronoun does not.
  ['"I\'ve waited 19 months for a knee operation," she said.', [{ text: "19 months", subject: undefined }]],
  ["We’re losing 12% of our members a year.", [{ text: "12%", subject: undefined }]],
];

export const FIXES36: Case[] = [...FIX39_CONTRACTED_PRONOUN];
