import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 58, in wording of my own. */

export const FIX58_APPARENT_POWER: Case[] = [
  // "kVA" and "MVA", a generator's or a transformer's rating, are units as "kW" and "MW" are.
  [
    "Kirloskar sold 4,100 units of 20kVA gensets. A 7.5KVA generator costs Rs 90,000, and the plant got a 2.5 MVA transformer.",
    [
      { text: "4,100 units", unit: "units" },
      { kind: "QUANTITY", text: "20kVA", value: 20, unit: "kVA" },
      { kind: "QUANTITY", text: "7.5KVA", value: 7.5, unit: "KVA" },
      { kind: "MONEY", text: "Rs 90,000", value: 90000 },
      { kind: "QUANTITY", text: "2.5 MVA", value: 2.5, unit: "MVA" },
    ],
  ],
];

export const FIX58_AGENCY_CREDIT: Case[] = [
  // A national agency's letters in brackets tell the story's country only as a dateline's credit, before
  // its dash or colon: "(CP)" after "contract price" is no Canadian Press.
  [
    "The regulator said the rise was due to a 3.6 per cent increase in the Saudi Aramco contract price (CP), which went up to $545 per tonne in December.",
    [
      { kind: "PERCENT", text: "3.6 per cent" },
      { kind: "MONEY", text: "$545", currency: "USD", unit: "per tonne" },
    ],
  ],
];

export const FIXES58: Case[] = [...FIX58_APPARENT_POWER, ...FIX58_AGENCY_CREDIT];
