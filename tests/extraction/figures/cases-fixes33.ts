import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 36, in wording of my own. */

export const FIX36_CONTEST_WON_WITH: Case[] = [
  // The share a contest was won with is the winner's, past the contest and its adjectives.
  [
    "The Liberal Democrats won the by-election with 41.2% of the vote.",
    [{ text: "41.2%", subject: { text: "The Liberal Democrats" } }],
  ],
  [
    "Mayor Ana Ruiz was re-elected with 58,300 votes.",
    [{ text: "58,300 votes", subject: { text: "Mayor Ana Ruiz" } }],
  ],
  [
    "Okafor retained the governorship race with 47 per cent.",
    [{ text: "47 per cent", subject: { text: "Okafor" } }],
  ],
  // (A contest entered, not won, makes no winner.)
  ["Labour entered the race with 22% support in the polls.", [{ text: "22%", subject: undefined }]],
];

export const FIXES33: Case[] = [...FIX36_CONTEST_WON_WITH];
