import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 74, in wording of my own. */

export const FIX74_FRONTED_IT: Case[] = [
  // "it" after a fronted phrase of time ("Last year", "In 2024,", "By June", "Before the flood") restates
  // the level the sentence before measured; a place's name fronted by "in" is no part of the subject, and
  // "it" after a preposition ("spending on it") is no restatement.
  [
    "The average fare on the Kisumu route is now KSh1,200. Last year it was KSh950, and before the flood it was about KSh700.",
    [
      { text: "KSh1,200", subject: { text: "The average fare on the Kisumu route" } },
      { text: "KSh950", subject: { text: "The average fare on the Kisumu route" } },
      { text: "KSh700", subject: { text: "The average fare on the Kisumu route" } },
    ],
  ],
  [
    "Occupancy hit 91% in July. By October it was 64%. In Tromsø it is closer to 80%.",
    [
      { text: "91%", subject: { text: "Occupancy" } },
      { text: "64%", subject: { text: "Occupancy" } },
      { text: "80%", subject: { text: "Occupancy" } },
    ],
  ],
  [
    "The ferry was sold in 2019. It was refitted for $4 million after spending on it rose to $9 million.",
    [
      { text: "$4 million", subject: undefined },
      { text: "$9 million", subject: { text: "spending" } },
    ],
  ],
];

export const FIX74_ALIGNED_TABLES: Case[] = [
  // A table of aligned columns: a cell measures its row's label, in its column's period; the change
  // column's sign or parentheses give the direction; a header's corner states the currency and scale; a
  // parenthesized or signed cell elsewhere is negative; a row's "(tonnes)" or "(%)" is its unit.
  [
    "Half-year results\n\n                      H1 2026     H1 2025     Change\nRevenue               £142.8m     £131.5m     +8.6%\nNet debt              £96.0m      £104.7m     -8.3%\n",
    [
      { text: "£142.8m", subject: { text: "Revenue" }, period: { text: "H1 2026" } },
      { text: "£131.5m", subject: { text: "Revenue" }, period: { text: "H1 2025" } },
      { text: "8.6%", subject: { text: "Revenue" }, change: { direction: "increase", measure: "relative" } },
      { text: "£96.0m", subject: { text: "Net debt" } },
      { text: "£104.7m", subject: { text: "Net debt" } },
      { text: "-8.3%", value: 8.3, change: { direction: "decrease", measure: "relative" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
  [
    "Summary\n\nSEK million          Q3 2026    Q3 2025    Change (%)\nNet sales              214.7      196.2           9.4\nOperating costs       (181.3)    (170.8)          6.1\nProfit after tax         4.2       -1.5         (3.1)\n",
    [
      { text: "214.7", kind: "MONEY", currency: "SEK", value: 214_700_000, subject: { text: "Net sales" } },
      { text: "196.2", kind: "MONEY", value: 196_200_000, period: { text: "Q3 2025" } },
      { text: "9.4", kind: "PERCENT", change: { direction: "increase", measure: "relative" } },
      { text: "181.3", value: -181_300_000, subject: { text: "Operating costs" } },
      { text: "170.8", value: -170_800_000 },
      { text: "6.1", kind: "PERCENT" },
      { text: "4.2", value: 4_200_000 },
      { text: "-1.5", value: -1_500_000 },
      { text: "3.1", kind: "PERCENT", value: 3.1, change: { direction: "decrease", measure: "relative" } },
    ],
    { publishedAt: "2026-11-12" },
  ],
  [
    "Operations\n\n                          FY2026      FY2025     Change\nCane crushed (tonnes)    2,940,000   2,710,000    +8.5%\nAverage attendance (%)        84.2        79.5   +4.7pts\n",
    [
      { text: "2,940,000", kind: "QUANTITY", unit: "tonnes", subject: { text: "Cane crushed" } },
      { text: "2,710,000", kind: "QUANTITY", unit: "tonnes", period: { text: "FY2025" } },
      { text: "8.5%", change: { direction: "increase" } },
      { text: "84.2", kind: "PERCENT", subject: { text: "Average attendance" } },
      { text: "79.5", kind: "PERCENT" },
      { text: "4.7pts", change: { direction: "increase", measure: "percentage_points" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
  // The columns follow the reporting calendar the text declared before the table; a row of things
  // counted keeps its count under a corner's currency.
  [
    "Interim results for the six months ended 30 September 2026\n\nSEK million          H1 2026    H1 2025    Change\nNet sales              214.7      196.2      +9.4%\nAverage employees        487        462        +25\n",
    [
      { text: "214.7", period: { text: "H1 2026", from: "2026-04", to: "2026-09" } },
      { text: "196.2", period: { text: "H1 2025", from: "2025-04", to: "2025-09" } },
      { text: "9.4%" },
      { text: "487", kind: "NUMBER", value: 487, subject: { text: "Average employees" } },
      { text: "462", kind: "NUMBER", value: 462 },
      { text: "25", change: { direction: "increase", measure: "absolute" } },
    ],
    { publishedAt: "2026-11-12" },
  ],
  // (Prose with two spaces after a full stop is no table.)
  [
    "Revenue rose 5% to $3 billion.  Profit fell 2% to $400 million.",
    [
      { text: "5%", subject: { text: "Revenue" } },
      { text: "$3 billion", subject: { text: "Revenue" } },
      { text: "2%", subject: { text: "Profit" } },
      { text: "$400 million", subject: { text: "Profit" } },
    ],
  ],
];

export const FIX74_GAPPED_CLAUSES: Case[] = [
  // A clause joined by "and" with its verb left out measures the figure before's subject ("and to
  // ...") or its own noun phrase ("and profit before tax to ..."); one whose subject is left out before
  // helpers and a change verb ("and are forecast to ease to") measures the subject before it.
  [
    "The single fare will rise to NZ$4.20 from NZ$3.80 on weekdays and to NZ$5.10 at weekends.",
    [
      { text: "NZ$4.20", subject: { text: "The single fare" } },
      { text: "NZ$3.80", subject: { text: "The single fare" } },
      { text: "NZ$5.10", subject: { text: "The single fare" } },
    ],
  ],
  [
    "Sales amounted to NOK 1,412 million and operating profit to NOK 96 million.",
    [
      { text: "NOK 1,412 million", subject: { text: "Sales" } },
      { text: "NOK 96 million", subject: { text: "operating profit" } },
    ],
  ],
  [
    "Beef exports climbed to A$14.2 billion in 2025 and are forecast to ease to A$13.6 billion in 2026.",
    [
      { text: "A$14.2 billion", subject: { text: "Beef exports" } },
      { text: "A$13.6 billion", subject: { text: "Beef exports" } },
    ],
  ],
  // (A phrase of place or a verb before the preposition is no noun phrase of its own.)
  [
    "It raised prices in Kenya to Sh350 from Sh300 and in Uganda to USh9,000, and expects to reach 2 million users.",
    [
      { text: "Sh350", subject: { text: "prices in Kenya" } },
      { text: "Sh300", subject: { text: "prices in Kenya" } },
      { text: "USh9,000" },
      { text: "2 million users" },
    ],
  ],
];

export const FIX74_TABLED_REPORTS: Case[] = [
  // The time a report was tabled, filed or published somewhere dates none of its figures, past where it
  // was made public; the period the report covers stays the story's.
  [
    "Port Reitz Marine's revenue rose 12 per cent to Sh1.4 billion in the financial year ended June 2026, according to its annual report tabled in Parliament last week. It narrowed its loss to Sh96 million.",
    [
      { text: "12 per cent" },
      { text: "Sh1.4 billion" },
      {
        text: "Sh96 million",
        period: { text: "financial year ended June 2026", from: "2025-07", to: "2026-06" },
      },
    ],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIX74_GLUED_PRICES: Case[] = [
  // A small amount glued to a one-letter currency is money after "spend", "are", "be", "like" or "for",
  // before "on" or "one way", and after a determiner before "grant", "fare" or "fee".
  [
    "Some of them now spend R80 on taxi fare to collect a R370 grant.",
    [
      { text: "R80", kind: "MONEY", currency: "ZAR", value: 80 },
      { text: "R370", kind: "MONEY", currency: "ZAR", value: 370 },
    ],
  ],
  [
    "Fares on that route are P250 one way, and a loaf sells for P95.",
    [
      { text: "P250", kind: "MONEY", currency: "PHP" },
      { text: "P95", kind: "MONEY", currency: "PHP" },
    ],
  ],
];

export const FIX74_RESTATED_AFTER_HELPERS: Case[] = [
  // "it" after a fronted time restates the level past a modal ("it will be"), after "When ..." too, and a
  // joined change verb after "are set to" continues the subject before it.
  [
    "Diesel for the generators cost R3.1 million last year. This year it will be less than R2 million.",
    [{ text: "R3.1 million" }, { text: "R2 million", subject: { text: "Diesel for the generators" } }],
  ],
  [
    "Factory prices for steers are €4.90 a kilo. When I started it was €3.50.",
    [{ text: "€4.90" }, { text: "€3.50", subject: { text: "Factory prices for steers" } }],
  ],
  [
    "Ferry fares rose 5% in October and are set to rise another 4% next October.",
    [{ text: "5%" }, { text: "4%", subject: { text: "Ferry fares" } }],
  ],
];

export const FIX74_MONEY_OVER_YEARS: Case[] = [
  // Money for something past the years it is spread over measures what it is for.
  [
    "The ministry has set aside R250m over three years for the natural-fibre value chain.",
    [{ text: "R250m", subject: { text: "the natural-fibre value chain" } }],
  ],
];

export const FIX74_SPLIT_FISCAL_LABELS: Case[] = [
  // "1H FY26/27" is the first half of the fiscal year that starts in 2026 (April where the article names no
  // fiscal year), not of FY26.
  [
    "Revenue rose 7.8% in 1H FY26/27, and the interim dividend was 0.25 cents (1H FY25/26: 0.20 cents).",
    [
      { text: "7.8%", period: { text: "1H FY26/27", from: "2026-04", to: "2026-09" } },
      { text: "0.25 cents" },
      { text: "0.20 cents", period: { text: "1H FY25/26", from: "2025-04", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-12" },
  ],
];

export const FIXES74: Case[] = [
  ...FIX74_SPLIT_FISCAL_LABELS,
  ...FIX74_MONEY_OVER_YEARS,
  ...FIX74_GLUED_PRICES,
  ...FIX74_RESTATED_AFTER_HELPERS,
  ...FIX74_TABLED_REPORTS,
  ...FIX74_GAPPED_CLAUSES,
  ...FIX74_ALIGNED_TABLES,
  ...FIX74_FRONTED_IT,
];
