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

export const FIX59_COUNT_HOLDERS: Case[] = [
  // What a caterer prepares or supplies, what a maker expects to deliver, what a group expects to serve or
  // operate, what a hall can hold and what a fleet crosses are counts of the clause's subject; what a fleet
  // "of" counts measures the fleet.
  [
    "Skyline Kitchens prepared an average of 180,000 meals a day, and the group expects to serve 2.4 million meals a month by 2028.",
    [
      { text: "180,000 meals a day", subject: { text: "Skyline Kitchens" } },
      { text: "2.4 million meals a month", subject: { text: "the group" } },
    ],
  ],
  [
    "Avis and Sixt together operate about 400,000 cars in Germany, and the new arena can hold 52,000 people.",
    [
      { text: "400,000 cars", subject: { text: "Avis and Sixt" } },
      { text: "52,000 people", subject: { text: "the new arena" } },
    ],
  ],
  [
    "The carrier's fleet crossed 120 aircraft in October, when Rotor Air ended the month with a fleet of 64 helicopters.",
    [
      { text: "120 aircraft", subject: { text: "The carrier's fleet" } },
      { text: "64 helicopters", subject: { text: "a fleet" } },
    ],
  ],
  [
    // (Not a sum "enough to serve" them: no subject serves.)
    "AeroVertical expects to deliver a record 40 helicopters in 2027, and the grant is enough to serve about 12,000 pupils.",
    [
      { text: "40 helicopters", subject: { text: "AeroVertical" } },
      { text: "12,000 pupils", subject: { text: "pupils" } },
    ],
  ],
];

export const FIX59_WRITTEN_TEU: Case[] = [
  // TEU written out measures the level's subject, as "TEUs" does, not its own words.
  [
    "Container throughput at the port rose 4.2 per cent to 2.61 million twenty-foot equivalent units.",
    [
      { kind: "PERCENT", text: "4.2 per cent", subject: { text: "Container throughput at the port" } },
      {
        text: "2.61 million twenty-foot equivalent units",
        unit: "TEU",
        subject: { text: "Container throughput at the port" },
      },
    ],
  ],
  [
    // (The unit named after its letters is no size: "twenty-foot" alone counts nothing.)
    "The terminal handled 410,000 TEUs (twenty-foot equivalent units) in the quarter.",
    [{ text: "410,000 TEUs", unit: "TEUs" }],
  ],
];

export const FIX59_FULL_FISCAL_YEAR: Case[] = [
  // "the full fiscal year" is the reporting year, as "the full year" is; "the full financial year ending
  // March 2027" is the year its end names.
  [
    "The caterer said its fiscal fourth-quarter profit jumped 47%. It earned $142.6 million in the three months ended Oct. 2. For the full fiscal year, it reported revenue of $18.9 billion.",
    [
      { text: "47%", period: { from: "2026-07", to: "2026-09" } },
      { text: "$142.6 million", period: { from: "2026-07", to: "2026-09" } },
      { text: "$18.9 billion", period: { text: "full fiscal year", from: "2025-10", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-17" },
  ],
  [
    "It expects revenue of Sh120 billion for the full financial year ending March 2027.",
    [{ text: "Sh120 billion", period: { from: "2026-04", to: "2027-03" } }],
    { publishedAt: "2026-11-10" },
  ],
];

export const FIX59_ORE_STATES: Case[] = [
  // "a dry metric ton", "a wet tonne": a price's denominator past the state its ore is weighed in.
  [
    "Benchmark treatment charges were set at $80 a dry metric ton, and C1 costs fell to $21 a wet tonne.",
    [
      { kind: "MONEY", text: "$80", unit: "a dry metric ton" },
      { kind: "MONEY", text: "$21", unit: "a wet tonne" },
    ],
  ],
];

export const FIXES59: Case[] = [
  ...FIX59_MEASURED_COUNTS,
  ...FIX59_GLUED_UNIT_RANGES,
  ...FIX59_COUNT_HOLDERS,
  ...FIX59_WRITTEN_TEU,
  ...FIX59_FULL_FISCAL_YEAR,
  ...FIX59_ORE_STATES,
];
