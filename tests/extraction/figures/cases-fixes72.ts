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

export const FIX72_WHAT_A_PRICE_IS_FOR: Case[] = [
  // A market's price measures what it is paid for: what "brought", "was going for", "changed hands for",
  // "was bid at" a price; what a deal verb took before "at" in its own clause, or past its count before
  // "for"; what growers "received" a price by a measure of goods "for".
  [
    "Slaughter lambs brought $280 per hundredweight. A goat was going for N85,000, and top camels changed hands for Sh150,000. Sorghum for May delivery was bid at A$405 a tonne.",
    [
      { text: "$280", subject: { text: "Slaughter lambs" } },
      { text: "N85,000", subject: { text: "A goat" } },
      { text: "Sh150,000", subject: { text: "top camels" } },
      { text: "A$405", subject: { text: "Sorghum for May delivery" } },
    ],
  ],
  [
    "Traders sold 30 goats for Sh250,000. Millers bought roots at N95,000 per tonne. Farmers received R5,000 a tonne for maize. Players receive $10,000 per player for each win.",
    [
      { text: "30 goats", subject: { text: "Traders" } },
      { text: "Sh250,000", subject: { text: "goats" } },
      { text: "N95,000", subject: { text: "roots" } },
      { text: "R5,000", subject: { text: "maize" } },
      { text: "$10,000", subject: { text: "Players" } },
    ],
  ],
  // Not a price of another clause, nor a deal verb inside a noun ("the selling price"), nor a "last"
  // that dates the verb ("they last changed hands").
  [
    "Apple bought back $24 billion of its shares, followed by Alphabet at $16 billion. The selling price of rice is fixed at RM2.60. Shares last changed hands at 41 cents.",
    [
      { text: "$24 billion" },
      { text: "$16 billion", subject: { text: "Alphabet" } },
      { text: "RM2.60", subject: { text: "The selling price of rice" } },
      { text: "41 cents", subject: { text: "Shares" } },
    ],
  ],
];

export const FIX72_HOLDERS_OF_COUNTS: Case[] = [
  // What a body creates, records or registers is its own count, as what it produces is; a year that ends
  // an aside before "employs" is no figure whose subject the verb shares.
  [
    "The project is expected to create about 450 jobs. Baden-Baden recorded 1.06 million overnight stays, and the agency registered 14,000 new firms. AquaTerra Group, founded in 1972, employs about 3,800 people.",
    [
      { text: "450 jobs", subject: { text: "The project" } },
      { text: "1.06 million overnight stays", subject: { text: "Baden-Baden" } },
      { text: "14,000 new firms", subject: { text: "the agency" } },
      { text: "3,800 people", subject: { text: "AquaTerra Group" } },
    ],
  ],
];

export const FIX72_DIMENSIONS_SET: Case[] = [
  // A depth or a width a verb sets is its object's; a comma left before a dropped period is no part of a
  // subject.
  [
    "The port will deepen the channel to 17 meters from 15 meters and widen the basin to 500 metres. The deal would widen the public float, currently at 31.2 percent.",
    [
      { text: "17 meters", subject: { text: "the channel" } },
      { text: "15 meters", subject: { text: "the channel" } },
      { text: "500 metres", subject: { text: "the basin" } },
      { text: "31.2 percent", subject: { text: "the public float" } },
    ],
  ],
];

export const FIX72_COORDINATES_BEFORE_PERIODS: Case[] = [
  // A second bare noun joined by "and" stays in what the money goes to when a period follows it.
  [
    "The agency has budgeted $134 million for snow and ice operations in fiscal 2027. Australia imported $8.9 billion of clothing and footwear in 2025-26.",
    [
      { text: "$134 million", subject: { text: "snow and ice operations" } },
      { text: "$8.9 billion", subject: { text: "clothing and footwear" } },
    ],
  ],
];

export const FIX72_PORTS_SPEAK: Case[] = [
  // "the Port of X" speaks for the body that runs it, as "Heathrow Airport" does.
  [
    "The Port of Brisbane said volumes rose 5%.",
    [{ text: "5%", subject: { text: "volumes" }, speaker: { name: "Port of Brisbane" } }],
  ],
];

export const FIX72_COSTING_AFTER_NOUN: Case[] = [
  // "costing" right after a noun, with no comma, measures that noun, as "worth" and "totalling" do; set
  // off by commas it still measures the noun before the comma.
  [
    "A new aquatics centre costing 1.8 billion yuan opened. The council has commissioned a review by PwC, costing $145,000.",
    [
      { text: "1.8 billion yuan", subject: { text: "A new aquatics centre" } },
      { text: "$145,000", subject: { text: "PwC" } },
    ],
  ],
];

export const FIX72_STANDING_PRICES_UNDATED: Case[] = [
  // What a company does as a rule, in the present tense, takes no period a results story named: it
  // produces, buys, sells or charges so much; a noun "costs of" is no such verb.
  [
    "JOHANNESBURG, 30 November 2026 -- Kwena Textiles results for the nine months to September 2026:\n- Revenue rose 6% to R1.2 billion.\nKwena produces around 24,000 tonnes a year and buys its fibre at about R68 a kilogram. Profit was R90 million after restructuring costs of R12 million.",
    [
      { text: "6%", period: { from: "2026-01", to: "2026-09" } },
      { text: "R1.2 billion", period: { from: "2026-01", to: "2026-09" } },
      { text: "24,000 tonnes a year", period: undefined },
      { text: "R68", period: undefined },
      { text: "R90 million", period: { from: "2026-01", to: "2026-09" } },
      {
        text: "R12 million",
        subject: { text: "restructuring costs" },
        period: { from: "2026-01", to: "2026-09" },
      },
    ],
    { publishedAt: "2026-11-30" },
  ],
];

export const FIXES72: Case[] = [
  ...FIX72_STANDING_PRICES_UNDATED,
  ...FIX72_COSTING_AFTER_NOUN,
  ...FIX72_PORTS_SPEAK,
  ...FIX72_COORDINATES_BEFORE_PERIODS,
  ...FIX72_HOLDERS_OF_COUNTS,
  ...FIX72_DIMENSIONS_SET,
  ...FIX72_WHAT_A_PRICE_IS_FOR,
  ...FIX72_POWERED_UNITS,
  ...FIX72_METRES_BEFORE_DIMENSIONS,
  ...FIX72_MORE_CURRENCY_MARKS,
  ...FIX72_NUMBERS_TO_REACH,
];
