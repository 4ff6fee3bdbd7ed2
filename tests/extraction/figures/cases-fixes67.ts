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

export const FIX67_AREA_AND_PAIR_PRICES: Case[] = [
  // A price per pair, per square or cubic metre or foot, or per yard is a rate like "a tonne" (none had been).
  [
    "Split leather traded at $1.05 a square foot. The loafers sell for 4,300 yen a pair. Pine logs fetched £51 a cubic metre.",
    [
      { text: "$1.05", unit: "a square foot" },
      { text: "4,300 yen", unit: "a pair" },
      { text: "£51", unit: "a cubic metre" },
    ],
  ],
];

export const FIXES67: Case[] = [...FIX67_BASIS_BEFORE_CHANGE_NOUN, ...FIX67_AREA_AND_PAIR_PRICES];
