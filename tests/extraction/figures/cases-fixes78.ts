import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 78, in wording of my own. */

export const FIX78_RESTATED_COMPARED: Case[] = [
  // A level compared and its per-share restatement set off by commas share the period after them: ", or
  // $2.91 a share, a year earlier" dates both, and a period before the level compared is not nearer for it.
  [
    "Westgate Bank earned $5.1-billion, or $3.58 a share, in the three months ended Oct. 31, compared with $4.2-billion, or $2.91 a share, a year earlier.",
    [
      { text: "$5.1-billion", period: { from: "2026-08", to: "2026-10" } },
      { text: "$3.58", period: { from: "2026-08", to: "2026-10" } },
      { text: "$4.2-billion", period: { text: "a year earlier", from: "2025-08", to: "2025-10" } },
      { text: "$2.91", period: { text: "a year earlier", from: "2025-08", to: "2025-10" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
  // ", compared to a net loss of $139.5 million, or $3.66 per diluted share," is no aside of its own: the
  // period after it is the level's too; "the same period of the prior year" is the story's quarter a year
  // before, as "the same period of the previous year" is.
  [
    "Pine Ridge Resorts today reported results for its first fiscal quarter ended October 31, 2026. Net loss was $142.6 million, compared to a net loss of $139.5 million, or $3.66 per diluted share, in the same period of the prior year.",
    [
      { text: "$142.6 million", period: { from: "2026-08", to: "2026-10" } },
      {
        text: "$139.5 million",
        period: { text: "same period of the prior year", from: "2025-08", to: "2025-10" },
      },
      {
        text: "$3.66",
        period: { text: "same period of the prior year", from: "2025-08", to: "2025-10" },
      },
    ],
    { publishedAt: "2026-12-04" },
  ],
  // A level with no period of its own after "compared with a loss of" takes no story period: it is the
  // year before's, which the sentence does not say.
  [
    "Harbour Office Trust reported third-quarter revenue of $84 million. Net income was $48.2 million, or 31 cents per share, compared with a loss of $12.7 million, or 8 cents per share.",
    [
      { text: "$84 million", period: { text: "third-quarter", from: "2026-07", to: "2026-09" } },
      { text: "$48.2 million", period: { from: "2026-07", to: "2026-09" } },
      { text: "31 cents", period: { from: "2026-07", to: "2026-09" } },
      { text: "$12.7 million", period: undefined },
      { text: "8 cents", period: undefined },
    ],
    { publishedAt: "2026-11-05" },
  ],
  // A period before the figure stays its own when the period after a restatement is a reporting time, not
  // a compared level's.
  [
    "The Birmingham-based company reported third-quarter net earnings of $387 million, or $2.91 per diluted share, in late October.",
    [
      { text: "$387 million", period: { text: "third-quarter", from: "2026-07", to: "2026-09" } },
      { text: "$2.91" },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX78_OPENING_NOW: Case[] = [
  // A sentence's opening "Today" or "Now" reaches past the name that follows it to the figure its verb
  // takes, as it did past lower-case words ("Today the lodge has 38 chalets").
  [
    "Today Penrose Cat Lodge has 38 chalets. Now I sell maybe 25 bags a week.",
    [
      { text: "38 chalets", period: { text: "Today", from: "2026-12", to: "2026-12" } },
      { text: "25 bags a week", period: { text: "Now", from: "2026-12", to: "2026-12" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
  // Past a longer noun phrase too, and after an opening quote mark; not into a relative clause's figure.
  [
    '"Today our average ticket size is ₹11,500," she said. "Now I bill about 45,000 pesos a month." Today a litre that cost us N6,800 costs N9,500.',
    [
      { text: "₹11,500", period: { text: "Today", from: "2026-12", to: "2026-12" } },
      { text: "45,000 pesos", period: { text: "Now", from: "2026-12", to: "2026-12" } },
      { text: "N6,800", period: undefined },
      { text: "N9,500" },
    ],
    { publishedAt: "2026-12-03" },
  ],
  // Not past a verb of looking ahead: what it reaches is a forecast.
  [
    "Now Harbour Kennels expects 40 more bookings.",
    [{ text: "40 more bookings", period: undefined }],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIX78_WRITTEN_SPANS: Case[] = [
  // A span's heading that writes its months with their years is those months, whatever year the
  // publication date would give the span's word alone; two days joined by a dash are a span (whole months
  // when they run from a month's first to another's last), the first taking the second's year.
  [
    "Nordvik Dans AB – Year-end report\n\nStockholm, 3 December 2026\n\nFull year (September 2025–August 2026)\n- Net sales amounted to SEK 412.7 million, up 8.7 percent",
    [
      { text: "SEK 412.7 million", period: { from: "2025-09", to: "2026-08" } },
      { text: "8.7 percent", period: { from: "2025-09", to: "2026-08" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
  [
    "Fjellgruppen AB – Interim report\n\nFirst quarter (1 September–30 November 2026)\n- Net sales amounted to SEK 312 million.\n\nFull year (1 September 2025 – 31 August 2026)\n- Net sales amounted to SEK 1,480 million.",
    [
      { text: "SEK 312 million", period: { from: "2026-09", to: "2026-11" } },
      { text: "SEK 1,480 million", period: { from: "2025-09", to: "2026-08" } },
    ],
    { publishedAt: "2026-12-08" },
  ],
  [
    "Sales rose 4% during 1 December–28 February 2026, and prices rose 2% on 3 March – 5 March.",
    [
      { text: "4%", period: { from: "2025-12", to: "2026-02" } },
      { text: "2%", period: { from: "2026-03-03", to: "2026-03-05" } },
    ],
    { publishedAt: "2026-04-20" },
  ],
];

export const FIX78_ADDED_COUNTS: Case[] = [
  // A bare number after a verb that adds things counted is no money elided from the price before it.
  [
    "Each van costs about €95,000, and the company plans to add 12 more by mid-2027.",
    [
      { text: "€95,000", currency: "EUR" },
      { text: "12", kind: "NUMBER", currency: undefined },
    ],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIX78_NEXT_SENTENCE_COUNTS: Case[] = [
  // A bare number the same verb takes in the sentence right after a count counts the same things; not
  // after another verb, nor one with a noun of its own.
  [
    '"Last year I sold 64 pianos. This year, so far, I have sold 27." We used to have 60 workers. Now we have 35. In 2016 we had 470.',
    [
      { text: "64 pianos", unit: "pianos" },
      { text: "27", kind: "QUANTITY", unit: "pianos" },
      { text: "60 workers", unit: "workers" },
      { text: "35", kind: "QUANTITY", unit: "workers" },
      { text: "470", kind: "NUMBER", unit: undefined },
    ],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIX78_PARALLEL_PRICES: Case[] = [
  // The second of two prices listed by whom they are for is what the first is: it measures the first's
  // subject where that stands before the first price, and takes the first's rate where it writes none.
  [
    "Green fees are $19 for adults and $11 for juniors. The lodge charges £19.50 a night for a single cat and £31 for two sharing.",
    [
      { text: "$19", subject: { text: "Green fees" } },
      { text: "$11", subject: { text: "Green fees" } },
      { text: "£19.50", unit: "a night" },
      { text: "£31", unit: "a night" },
    ],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIXES78: Case[] = [
  ...FIX78_PARALLEL_PRICES,
  ...FIX78_NEXT_SENTENCE_COUNTS,
  ...FIX78_ADDED_COUNTS,
  ...FIX78_RESTATED_COMPARED,
  ...FIX78_OPENING_NOW,
  ...FIX78_WRITTEN_SPANS,
];
