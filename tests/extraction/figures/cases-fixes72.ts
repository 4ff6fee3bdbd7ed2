import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 72, in wording of my own. */

export const FIX72_POWERED_UNITS: Case[] = [
  // A length's unit glued to a power after a number is an area or a volume, not a scale letter: "m3" is
  // cubic metres, never millions of something; "M3" alone (a motorway) is no unit.
  [
    "The dredger moves 10,500m3 of silt a day, or 3.2 million m³ a year, across 85 km2 of seabed near the M3 link.",
    [
      { text: "10,500m3", kind: "QUANTITY", unit: "m3 a day", value: 10_500 },
      { text: "3.2 million m³ a year", kind: "QUANTITY", unit: "m³ a year", value: 3_200_000 },
      { text: "85 km2", kind: "QUANTITY", unit: "km2", value: 85 },
    ],
  ],
];

export const FIX72_METRES_BEFORE_DIMENSIONS: Case[] = [
  // "Nm" glued to a dimension by a dash, or before a ship's draught, is metres (not millions of "long").
  [
    "The port built a 400m-long quay for ships with a 16m draught, and it raised $10m-worth of bonds.",
    [
      { text: "400m", kind: "QUANTITY", unit: "m", value: 400 },
      { text: "16m", kind: "QUANTITY", unit: "m", value: 16 },
      { text: "$10m", kind: "MONEY", currency: "USD", value: 10_000_000 },
    ],
  ],
];

export const FIX72_MORE_CURRENCY_MARKS: Case[] = [
  // Thai papers' "Bt" before the digits is the baht (not "Bt cotton"); Icelandic "kronur" are ISK; a
  // South African price with a decimal comma and two cents is the rand's.
  [
    "A day pass costs Bt1,850, Bt cotton costs more, the lagoon earned 450 million kronur and lamb fetched R178,50/kg.",
    [
      { text: "Bt1,850", currency: "THB", value: 1_850 },
      { text: "450 million kronur", currency: "ISK", value: 450_000_000 },
      { text: "R178,50", currency: "ZAR", value: 178.5 },
    ],
  ],
];

export const FIX72_NUMBERS_TO_REACH: Case[] = [
  // A web address, a British postcode and a number to call are no figures, whatever they spell ("511mn"
  // is no 511 million, "LE19" no 19 Egyptian pounds); a count after "call" still is one.
  [
    "See 511mn.org, call 511 or 600 486 3000, or write to Unit 4, Leicester LE19 1WP. The hotline on 5050 is open, and the firm will call 120 workers back.",
    [{ text: "120 workers", unit: "workers", value: 120 }],
  ],
];

export const FIXES72: Case[] = [
  ...FIX72_POWERED_UNITS,
  ...FIX72_METRES_BEFORE_DIMENSIONS,
  ...FIX72_MORE_CURRENCY_MARKS,
  ...FIX72_NUMBERS_TO_REACH,
];
