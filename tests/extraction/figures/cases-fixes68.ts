import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 68, in wording of my own. */

export const FIX68_SCALED_CURRENCY_ADJECTIVE: Case[] = [
  // A scale glued to its currency before a singular noun ending in "s" is money ("the 19.6 million-euro
  // loss" had been the number 19.6: "loss" read as a plural, as in "24 billion-dollar disasters").
  [
    "The ferry line's loss narrowed from the 19.6 million-euro loss a year earlier. The 3 billion-rupee stimulus began.",
    [
      { text: "19.6 million-euro", kind: "MONEY", value: 19600000, currency: "EUR" },
      { text: "3 billion-rupee", kind: "MONEY", value: 3000000000, currency: "INR" },
    ],
  ],
];

export const FIX68_CHEMICAL_LOCANTS: Case[] = [
  // "2,4-D" and "1,3-dichloropropene" name chemicals (2,4-D had been the number 2.4); a decimal comma's
  // measure, "4,5-kilogramme", is still a figure.
  [
    "Growers sprayed 2,4-D and 1,3-dichloropropene on 3,000 hectares and packed the grapes in 4,5-kilogramme cartons.",
    [
      { text: "3,000 hectares", kind: "QUANTITY" },
      { text: "4,5-kilogramme", kind: "QUANTITY", value: 4.5 },
    ],
  ],
];

export const FIXES68: Case[] = [...FIX68_SCALED_CURRENCY_ADJECTIVE, ...FIX68_CHEMICAL_LOCANTS];
