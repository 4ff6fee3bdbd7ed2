import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 81, in wording of my own. */

export const FIX81_PLANNED_AT: Case[] = [
  // A level planned, targeted, seen or capped "at" a figure after a form of "be" measures the clause's
  // subject, as one estimated at it does.
  [
    "Capital spending is planned at about €18 million next year. Wool output is seen at 310,000 tonnes. Fees were capped at R450 a visit.",
    [
      { text: "€18 million", subject: { text: "Capital spending" } },
      { text: "310,000 tonnes", subject: { text: "Wool output" } },
      { text: "R450", subject: { text: "Fees" } },
    ],
  ],
];

export const FIX81_SHARED_BE: Case[] = [
  // A verb after "and" shares the subject a form of "be" describes, and a dimension after a size glued to
  // its unit is no noun it measures.
  [
    "Each tile is 20cm wide and costs about £3.40. The wine bar is small and employs 14 people. Once the kiln is running, we will save $2,000 a month. Rents are the main cost: the levy rose to €9 and will rise to €11 in 2027.",
    [
      { text: "20cm", subject: { text: "Each tile" } },
      { text: "£3.40", subject: { text: "Each tile" } },
      { text: "14 people", subject: { text: "The wine bar" } },
      { text: "$2,000", subject: undefined },
      { text: "€9", subject: { text: "the levy" } },
      { text: "€11", subject: { text: "the levy" } },
    ],
  ],
  // Not a clause a verb of saying reports.
  [
    "The chamber estimates the trade is worth about $2 billion and employs 40,000 people.",
    [{ text: "$2 billion" }, { text: "40,000 people", subject: { text: "people" } }],
  ],
];

export const FIX81_GERMAN_NUMBERS: Case[] = [
  // German scale abbreviations with their point ("Mio.", "Mrd."), a currency after the point, and a
  // thousands point in a text that writes decimals with a comma.
  [
    "Umsatzplus: turnover rose to EUR 61,2 Mio. in 2025. The trade earned 9,4 Mrd. Euro, up 2,5 %. The guild trains 1.480 apprentices, against 2.300 in 2015.",
    [
      { text: "EUR 61,2 Mio.", value: 61_200_000, currency: "EUR" },
      { text: "9,4 Mrd. Euro", value: 9_400_000_000, currency: "EUR" },
      { text: "2,5 %", value: 2.5 },
      { text: "1.480 apprentices", value: 1480 },
      { text: "2.300", value: 2300 },
    ],
  ],
  // Without its point "Mio" is a name; in a text with point decimals "1.480" stays 1.48.
  [
    "The Yamaha Mio Gear sells for P76,500. The stock closed at $1.480 after trading at 1.25 times book.",
    [
      { text: "P76,500", subject: { text: "The Yamaha Mio Gear" } },
      { text: "$1.480", value: 1.48 },
      { text: "1.25 times" },
    ],
  ],
  // Brazilian copy writes a thousands point too, and its own scale words ("mil" is a thousand after R$).
  [
    "The chain is worth R$ 1,2 bilhão and spends R$ 4,5 milhões a year; each studio turns over R$ 410 mil.",
    [
      { text: "R$ 1,2 bilhão", value: 1_200_000_000 },
      { text: "R$ 4,5 milhões", value: 4_500_000 },
      { text: "R$ 410 mil", value: 410_000 },
    ],
  ],
  [
    "Week-long courses cost R$ 3.500; taster classes cost R$ 180,50.",
    [
      { text: "R$ 3.500", value: 3500, currency: "BRL" },
      { text: "R$ 180,50", value: 180.5 },
    ],
  ],
];

export const FIX81_TABLE_UNITS: Case[] = [
  // A corner of a currency's letter with a scale glued on ("Rm"), before a parenthesis that states no
  // currency ("(unless stated)"); a row's "(cents)" in its hundredths.
  [
    "| Rm (unless stated) | FY2026 | FY2025 |\n|---|---|---|\n| Turnover | 2,310 | 2,145 |\n| HEPS (cents) | 64.2 | 58.9 |\n",
    [
      { text: "2,310", kind: "MONEY", currency: "ZAR", value: 2_310_000_000, subject: { text: "Turnover" } },
      { text: "2,145", kind: "MONEY", value: 2_145_000_000 },
      { text: "64.2", kind: "MONEY", currency: "ZAR", value: 0.642 },
      { text: "58.9", kind: "MONEY", value: 0.589 },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A line of units between the columns' labels and the rows ("Rm  Rm  %"), under labels whose spans
  // ("Six months") stand over the dates their columns end on.
  [
    "Trading summary\n\n                        Six months     Six months\n                        to Aug 2026    to Aug 2025    Change\n                        Rm             Rm             %\nTurnover                  912.4          840.3        8.6\nOperating profit           88.1           79.5       10.8\n",
    [
      {
        text: "912.4",
        kind: "MONEY",
        currency: "ZAR",
        value: 912_400_000,
        period: { from: "2026-03", to: "2026-08" },
      },
      { text: "840.3", value: 840_300_000, period: { from: "2025-03", to: "2025-08" } },
      { text: "8.6", kind: "PERCENT", change: { direction: "increase", measure: "relative" } },
      { text: "88.1", value: 88_100_000 },
      { text: "79.5", value: 79_500_000 },
      { text: "10.8", kind: "PERCENT" },
    ],
    { publishedAt: "2026-10-20" },
  ],
];

export const FIX81_HALF_LABELS: Case[] = [
  // A half label in a text that declares a half of a company's own year names a half of that year: the
  // latest label outside a comparative is the declared half, and where all are comparatives the latest is
  // the half a year before. A comparative's period is no later clause's either.
  [
    "CAPE TOWN, 24 November 2026 - The group reported results for the six months ended 31 August 2026. Turnover rose 7% to R2.6bn (H1 2026: R2.43bn), while headline earnings per share increased 11% to 88.2c.\n\n| Rm | H1 2027 | H1 2026 |\n|---|---|---|\n| Turnover | 2,600 | 2,430 |\n| Operating profit | 310 | 282 |\n",
    [
      { text: "7%", period: { from: "2026-03", to: "2026-08" } },
      { text: "R2.6bn", period: { from: "2026-03", to: "2026-08" } },
      { text: "R2.43bn", period: { text: "H1 2026", from: "2025-03", to: "2025-08" } },
      { text: "11%", period: { from: "2026-03", to: "2026-08" } },
      { text: "88.2c", period: { from: "2026-03", to: "2026-08" } },
      { text: "2,600", period: { text: "H1 2027", from: "2026-03", to: "2026-08" } },
      { text: "2,430", period: { text: "H1 2026", from: "2025-03", to: "2025-08" } },
      { text: "310", value: 310_000_000 },
      { text: "282", value: 282_000_000 },
    ],
    { publishedAt: "2026-11-24" },
  ],
  [
    "LONDON, 20 November 2026 - Results for the six months to 30 September 2026. Revenue rose 9% to £410.2m (H1 2025: £376.3m).",
    [
      { text: "9%" },
      { text: "£410.2m" },
      { text: "£376.3m", period: { text: "H1 2025", from: "2025-04", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX81_LEVELS_SET: Case[] = [
  // What a rule caps or fixes "at" a figure is what it measures; "a median" or "an average" between a verb
  // and its figure leaves the verb's subject the figure's.
  [
    "The regulator caps deposits at 20 per cent. Lahore fixes milk price at Rs220 a litre. Nurses earn a median $41.20 an hour. Tour operators pay an average R3,400 a night.",
    [
      { text: "20 per cent", subject: { text: "deposits" } },
      { text: "Rs220", subject: { text: "milk price" } },
      { text: "$41.20", subject: { text: "Nurses" } },
      { text: "R3,400", subject: { text: "Tour operators" } },
    ],
  ],
  // Not a noun "cap", nor a compound's: "mid-cap funds at Rs 4,210 crore".
  [
    "Ottawa has set the cap on new permits at 408,000 for 2026.",
    [{ text: "408,000", subject: { text: "the cap on new permits" } }],
  ],
];

export const FIX81_YEAR_ENDING_IN: Case[] = [
  // A financial year "ending in" or "which ended in" a month declares the reporting year, as "ended 30
  // September" does.
  [
    "Turnover rose to EUR 51,2 Mio. in the 2025/26 financial year ending in September. The canal handled 13,100 transits in fiscal 2025, which ended in September.",
    [
      { text: "EUR 51,2 Mio.", period: { from: "2025-10", to: "2026-09" } },
      { text: "13,100 transits", period: { text: "fiscal 2025", from: "2024-10", to: "2025-09" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIXES81: Case[] = [
  ...FIX81_YEAR_ENDING_IN,
  ...FIX81_LEVELS_SET,
  ...FIX81_HALF_LABELS,
  ...FIX81_PLANNED_AT,
  ...FIX81_SHARED_BE,
  ...FIX81_GERMAN_NUMBERS,
  ...FIX81_TABLE_UNITS,
];
