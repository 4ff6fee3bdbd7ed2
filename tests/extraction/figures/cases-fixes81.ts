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

export const FIXES81: Case[] = [...FIX81_PLANNED_AT];
