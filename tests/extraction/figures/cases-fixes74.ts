import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 74, in wording of my own. */

export const FIX74_FRONTED_IT: Case[] = [
  // "it" after a fronted phrase of time ("Last year", "In 2024,", "By June", "Before the flood") restates
  // the level the sentence before measured; a place's name fronted by "in" is no part of the subject, and
  // "it" after a preposition ("spending on it") is no restatement.
  [
    "The average fare on the Kisumu route is now KSh1,200. Last year it was KSh950, and before the flood it was about KSh700.",
    [
      { text: "KSh1,200", subject: { text: "The average fare on the Kisumu route" } },
      { text: "KSh950", subject: { text: "The average fare on the Kisumu route" } },
      { text: "KSh700", subject: { text: "The average fare on the Kisumu route" } },
    ],
  ],
  [
    "Occupancy hit 91% in July. By October it was 64%. In Tromsø it is closer to 80%.",
    [
      { text: "91%", subject: { text: "Occupancy" } },
      { text: "64%", subject: { text: "Occupancy" } },
      { text: "80%", subject: { text: "Occupancy" } },
    ],
  ],
  [
    "The ferry was sold in 2019. It was refitted for $4 million after spending on it rose to $9 million.",
    [
      { text: "$4 million", subject: undefined },
      { text: "$9 million", subject: { text: "spending" } },
    ],
  ],
];

export const FIXES74: Case[] = [...FIX74_FRONTED_IT];
