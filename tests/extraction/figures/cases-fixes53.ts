import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 53, in wording of my own. */

export const FIX53_TOWN_STATE_BASED: Case[] = [
  // "The Springdale, Arkansas-based meatpacker's": the town before its state's "-based" belongs to the
  // compound that describes the body, so the subject is not cut at the comma.
  [
    "The Greenville, South Carolina-based mill's net sales rose 6% to $812 million. The St. Louis, Missouri-based retailer earned $41 million.",
    [
      { text: "6%", subject: { text: "The Greenville, South Carolina-based mill's net sales" } },
      { text: "$812 million", subject: { text: "The Greenville, South Carolina-based mill's net sales" } },
      { text: "$41 million", subject: { text: "The St. Louis, Missouri-based retailer" } },
    ],
  ],
  [
    // (Not a town after a preposition: "In Columbus" is where, and the comma ends it.)
    "In Columbus, Ohio-based chains sold 300 cars.",
    [{ text: "300 cars", subject: { text: "Ohio-based chains" } }],
  ],
];

export const FIXES53: Case[] = [...FIX53_TOWN_STATE_BASED];
