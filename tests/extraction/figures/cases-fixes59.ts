import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 59, in wording of my own. */

export const FIX59_MEASURED_COUNTS: Case[] = [
  // A count of things with a measure glued before their noun counts the noun, the measure read as part of
  // it ("62 million 60-kg bags" already did), also after one word that describes them.
  [
    "The agency handed out 48,000 free 13kg cylinders in May and sold 3.1 million 25kg bags of flour.",
    [
      { kind: "QUANTITY", text: "48,000 free 13kg cylinders", value: 48000, unit: "cylinders" },
      { kind: "QUANTITY", text: "3.1 million 25kg bags", value: 3100000, unit: "bags" },
    ],
  ],
  [
    "The state utility has so far delivered 9,400 refurbished 2kW panels.",
    [{ kind: "QUANTITY", text: "9,400 refurbished 2kW panels", value: 9400, unit: "panels" }],
  ],
];

export const FIX59_GLUED_UNIT_RANGES: Case[] = [
  // A range whose both ends carry the same measure glued on is one range, as "5m-6m" is.
  [
    "Orders for its 250kVA-800kVA sets rose, and demand for 3kW-5kW home systems held up.",
    [
      { kind: "QUANTITY", text: "250kVA-800kVA", value: 250, high: 800, unit: "kVA" },
      { kind: "QUANTITY", text: "3kW-5kW", value: 3, high: 5, unit: "kW" },
    ],
  ],
];

export const FIXES59: Case[] = [...FIX59_MEASURED_COUNTS, ...FIX59_GLUED_UNIT_RANGES];
