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

export const FIX68_BARE_FISCAL_YEAR: Case[] = [
  // A brief's "FY" with no year is the reporting year that ended latest by publication (none had been read),
  // or, told of what is to come, the one under way; the level set against it stays undated.
  [
    "Feb 24 (Reuters) - Harlow Crop Sciences AG:\n\n* FY REVENUE EUR 412.6 MILLION VERSUS EUR 398.2 MILLION\n\n* SEES FY ADJUSTED OPERATING MARGIN OF 11 TO 12 PERCENT",
    [
      { text: "EUR 412.6 MILLION", period: { text: "FY", from: "2026-01", to: "2026-12" } },
      { text: "EUR 398.2 MILLION", period: undefined },
      { text: "11 TO 12 PERCENT", period: { text: "FY", from: "2027-01", to: "2027-12" } },
    ],
    { publishedAt: "2027-02-24" },
  ],
  // ... a reporting year the article declares: the year ended September 30.
  [
    "Nov 18 (Reuters) - Kestrel Agri Ltd, whose financial year ended Sept. 30:\n\n* FY UNDERLYING EBITDA A$212 MILLION, UP 6%",
    [
      { text: "A$212 MILLION", period: { text: "FY", from: "2025-10", to: "2026-09" } },
      { text: "6%", period: { text: "FY", from: "2025-10", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-18" },
  ],
];

export const FIX68_MORE_CURRENCY_NAMES: Case[] = [
  // Haiti's gourdes, Afghanistan's afghanis, Mongolia's tugriks and a single shilling are money (they had been
  // quantities or numbers), and so is a rate quoted for the rial or the gourde "to the dollar".
  [
    "A sack of charcoal cost 1,250 gourdes in Port-au-Prince. Kabul paid 2 billion afghanis. Miners owe 1.4 trillion tugriks. Fares rose by 1 shilling. The Iranian rial fell to 1,040,000 to the U.S. dollar.",
    [
      { text: "1,250 gourdes", kind: "MONEY", currency: "HTG", subject: { text: "A sack of charcoal" } },
      { text: "2 billion afghanis", kind: "MONEY", currency: "AFN" },
      { text: "1.4 trillion tugriks", kind: "MONEY", currency: "MNT" },
      { text: "1 shilling", kind: "MONEY", currency: "KES" },
      { text: "1,040,000", kind: "MONEY", currency: "IRR", unit: "to the U.S. dollar" },
    ],
  ],
];

export const FIX68_SUBJECT_AFTER_AMOUNT_WORD: Case[] = [
  // A subject after "and" does not run back into the figure before it, past its currency's or measure's
  // word ("rupees and the state" had been the subject of the state's payment).
  [
    "Germany pledged 1 million euros and the United Kingdom gave £650,000. Each sack weighed 50 kg and the crate cost $40.",
    [
      { text: "1 million euros", subject: { text: "Germany" } },
      { text: "£650,000", subject: { text: "the United Kingdom" } },
      { text: "50 kg" },
      { text: "$40", subject: { text: "the crate" } },
    ],
  ],
];

export const FIX68_POSSESSED_BODY_SPEAKERS: Case[] = [
  // A body named by its owner's possessive and its kind in lower case speaks by that name (there had been
  // no speaker: the owner alone is a place); not one a superlative only describes.
  [
    "Ferry traffic rose 12% in October, Indonesia's transport ministry said. Logging fell 6%, Kenya's forest department said. The Auditor-General's office said the budget was cut by 8 per cent. Kenya's biggest lender said loans grew 3%.",
    [
      { text: "12%", speaker: { name: "Indonesia's transport ministry" } },
      { text: "6%", speaker: { name: "Kenya's forest department" } },
      { text: "8 per cent", speaker: { name: "Auditor-General's office" } },
      { text: "3%", speaker: undefined },
    ],
  ],
  // ... after "according to" too, read from the words alone (the Karachi Commissioner is no entity).
  [
    "Beef sells for Rs1,700 per kg, up 20pc since January, according to the Karachi Commissioner's office.",
    [
      { text: "Rs1,700", speaker: { name: "Karachi Commissioner's office" } },
      { text: "20pc", speaker: { name: "Karachi Commissioner's office" } },
    ],
  ],
  // ... and a body a people's adjective owns ("the Chinese embassy said"), not a people's data.
  [
    "Trade with Niger rose 12% last year, the Chinese embassy said. French customs data showed exports rose 4%.",
    [
      { text: "12%", speaker: { name: "Chinese embassy" } },
      { text: "4%", speaker: undefined },
    ],
  ],
];

export const FIX68_REARED_AND_RECOVERED_COUNTS: Case[] = [
  // Things raised (reared) or recovered are a count, not a rise (they had been increases); a measure
  // recovered, or a count raised "by", still is one.
  [
    "The cooperative raised 9,120 hogs. Officers recovered three rifles at the scene. Output recovered 300,000 barrels a day. The farm raised output by 2,000 hogs.",
    [
      { text: "9,120 hogs", change: undefined },
      { text: "three rifles", change: undefined },
      { text: "300,000 barrels a day", change: { direction: "increase" } },
      { text: "2,000 hogs", change: { direction: "increase" } },
    ],
  ],
];

export const FIX68_LABEL_AFTER_SEMICOLON: Case[] = [
  // A semicolon on a bullet's line opens the next label (the figure after it had no subject).
  [
    "Nov 5 (Reuters) - Pampa Carnes SA:\n\n* Q3 ADJUSTED EBITDA 47.9 BILLION PESOS; ADJUSTED EBITDA MARGIN 7.8%\n\n- Gross profit: P17.1 billion; gross margin 25.0 percent",
    [
      { text: "47.9 BILLION PESOS", subject: { text: "ADJUSTED EBITDA" } },
      { text: "7.8%", subject: { text: "ADJUSTED EBITDA MARGIN" } },
      { text: "P17.1 billion", subject: { text: "Gross profit" } },
      { text: "25.0 percent", subject: { text: "gross margin" } },
    ],
  ],
];

export const FIX68_SHARES_USED_OR_CONSUMED: Case[] = [
  // A share that "uses" or "consume(s)" takes measures what it is a share of, as "imports" does (it had no
  // subject).
  [
    "Agriculture uses about 76% of the water extracted in Mexico. Households consume about 14% of Egypt's gas.",
    [
      { text: "76%", subject: { text: "the water" } },
      { text: "14%", subject: { text: "Egypt's gas" } },
    ],
  ],
];

export const FIXES68: Case[] = [
  ...FIX68_SHARES_USED_OR_CONSUMED,
  ...FIX68_LABEL_AFTER_SEMICOLON,
  ...FIX68_REARED_AND_RECOVERED_COUNTS,
  ...FIX68_POSSESSED_BODY_SPEAKERS,
  ...FIX68_MORE_CURRENCY_NAMES,
  ...FIX68_SUBJECT_AFTER_AMOUNT_WORD,
  ...FIX68_SCALED_CURRENCY_ADJECTIVE,
  ...FIX68_CHEMICAL_LOCANTS,
  ...FIX68_BARE_FISCAL_YEAR,
];
