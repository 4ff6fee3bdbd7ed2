import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 61, in wording of my own. */

export const FIX61_NOUN_MODIFIERS: Case[] = [
  // A count's unit is the plural after a singular noun that ends in "s" ("bus", "campus", "gas"), after a
  // modifier's word that opens a dash compound ("public-welfare") and after an "e-" compound.
  [
    "The council runs 1,200 shuttle bus trips a week, 45 campus shuttles and 4,300 public-welfare plots, and issued 150,000 e-scooter permits.",
    [
      { kind: "QUANTITY", text: "1,200 shuttle bus trips a week", unit: "trips a week" },
      { kind: "QUANTITY", text: "45 campus shuttles", unit: "shuttles" },
      { kind: "QUANTITY", text: "4,300 public-welfare plots", unit: "plots" },
      { kind: "QUANTITY", text: "150,000 e-scooter permits", unit: "permits" },
    ],
  ],
];

export const FIXES61: Case[] = [...FIX61_NOUN_MODIFIERS];
