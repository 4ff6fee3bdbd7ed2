import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 39, in wording of my own. */

export const FIX39_CONTRACTED_PRONOUN: Case[] = [
  // A pronoun contracted with its verb names nothing measured, as a bare pronoun does not.
  ['"I\'ve waited 19 months for a knee operation," she said.', [{ text: "19 months", subject: undefined }]],
  ["We’re losing 12% of our members a year.", [{ text: "12%", subject: undefined }]],
];

export const FIX39_PRESENT_WAIT: Case[] = [
  // Who waits in the present is what the wait measures, as with "waited"; "the longest wait" is a noun.
  [
    "Commuters in Lagos often wait 95 minutes for a bus.",
    [{ text: "95 minutes", subject: { text: "Commuters in Lagos" } }],
  ],
  ["A claimant waits 11 weeks on average.", [{ text: "11 weeks", subject: { text: "A claimant" } }]],
  [
    "The region had the shortest wait, at 31 days.",
    [{ text: "31 days", subject: { text: "the shortest wait" } }],
  ],
  // (A wait someone else imposes measures nothing of theirs.)
  [
    "We cannot make farmers wait three years for compensation.",
    [{ text: "three years", subject: undefined }],
  ],
];

export const FIXES36: Case[] = [...FIX39_CONTRACTED_PRONOUN, ...FIX39_PRESENT_WAIT];
