import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 81, in wording of my own. */

export const FIX81_PLANNED_AT: Case[] = [
  // A level planned, targeted, seen or capped "at" a figure after a form of "be" measures the clause's
  // subject, as one estimated at it does.
  [
    "Capital spending is planned at about €18 million next year. Wool output is seen at 310,000 tonnes. Fees were capped at R450 a visit.",
    [
      { text: "€18 million", subject: { text: "Capital spending" } },
      { text: "310,000 tonnes", subject: { text: "Wool output" } },
      { text: "R450", subject: { text: "Fees" } },
    ],
  ],
];

export const FIX81_SHARED_BE: Case[] = [
  // A verb after "and" shares the subject a form of "be" describes, and a dimension after a size glued to
  // its unit is no noun it measures.
  [
    "Each tile is 20cm wide and costs about £3.40. The wine bar is small and employs 14 people. Once the kiln is running, we will save $2,000 a month. Rents are the main cost: the levy rose to €9 and will rise to €11 in 2027.",
    [
      { text: "20cm", subject: { text: "Each tile" } },
      { text: "£3.40", subject: { text: "Each tile" } },
      { text: "14 people", subject: { text: "The wine bar" } },
      { text: "$2,000", subject: undefined },
      { text: "€9", subject: { text: "the levy" } },
      { text: "€11", subject: { text: "the levy" } },
    ],
  ],
  // Not a clause a verb of saying reports.
  [
    "The chamber estimates the trade is worth about $2 billion and employs 40,000 people.",
    [{ text: "$2 billion" }, { text: "40,000 people", subject: { text: "people" } }],
  ],
];

export const FIXES81: Case[] = [...FIX81_PLANNED_AT, ...FIX81_SHARED_BE];
