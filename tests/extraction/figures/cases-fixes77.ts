import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 77, in wording of my own. */

export const FIX77_FISCAL_NAMING: Case[] = [
  // A release that declares its fiscal third quarter ended October 31, 2026 (February 2026 to January 2027)
  // and labels it "Fiscal Third Quarter 2026" names its fiscal years by the year they start in, as US
  // retailers do: "the third quarter of fiscal 2025" is the year before's, "fiscal 2026" runs to January
  // 2027. A heading's "Fiscal Third Quarter 2026" is the fiscal year's part, not the calendar's.
  [
    "Harbor Lane Reports Fiscal Third Quarter 2026 Results\n\nNEW YORK, Dec. 3, 2026 /PRNewswire/ -- Harbor Lane Brands, Inc. (NYSE: HLB), a retailer of home goods, today reported financial results for its fiscal third quarter ended October 31, 2026.\n\nFiscal Third Quarter 2026 Highlights\n\n- Net sales of $212.4 million, compared with $200.2 million in the prior-year quarter.\n- Net income of $5.1 million, compared with $4.4 million in the third quarter of fiscal 2025.\n\nFor the nine months ended October 31, 2026, net sales rose 5% to $610.9 million.",
    [
      {
        text: "$212.4 million",
        period: { text: "Fiscal Third Quarter 2026", from: "2026-08", to: "2026-10" },
      },
      { text: "$200.2 million", period: { text: "prior-year quarter", from: "2025-08", to: "2025-10" } },
      { text: "$5.1 million", period: { from: "2026-08", to: "2026-10" } },
      {
        text: "$4.4 million",
        period: { text: "third quarter of fiscal 2025", from: "2025-08", to: "2025-10" },
      },
      { text: "5%", period: { from: "2026-02", to: "2026-10" } },
      { text: "$610.9 million", period: { from: "2026-02", to: "2026-10" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
  // Named by its end where the declared part carries the later year: "the third quarter of fiscal 2027,
  // ended October 26, 2026" (February 2026 to January 2027) leaves "fiscal 2026" the year before.
  [
    "SANTA CLARA, Calif., Nov. 19, 2026 -- Arbor Chips Inc. today reported results for its third quarter of fiscal 2027, ended October 26, 2026. Revenue was $57.0 billion, up 62% from $35.1 billion in the third quarter of fiscal 2026.",
    [
      { text: "$57.0 billion", period: { from: "2026-08", to: "2026-10" } },
      { text: "62%", period: { from: "2026-08", to: "2026-10" } },
      {
        text: "$35.1 billion",
        period: { text: "third quarter of fiscal 2026", from: "2025-08", to: "2025-10" },
      },
    ],
    { publishedAt: "2026-11-19" },
  ],
  // "its first fiscal quarter ended October 31, 2026" declares the reporting year (August to July), as "its
  // fiscal first quarter" does: "the first quarter of fiscal 2026" is the year before's first quarter.
  [
    "Alpine Crest Reports Fiscal 2027 First Quarter Results\n\nBROOMFIELD, Colo., Dec. 4, 2026 -- Alpine Crest Resorts, Inc. today reported results for its first fiscal quarter ended October 31, 2026.\n\nFirst Quarter Highlights\n- Net loss of $118.4 million, compared with a net loss of $122.0 million in the first quarter of fiscal 2026.\n- Season pass sales rose 3% through November 29, 2026.",
    [
      { text: "$118.4 million" },
      {
        text: "$122.0 million",
        period: { text: "first quarter of fiscal 2026", from: "2025-08", to: "2025-10" },
      },
      { text: "3%" },
    ],
    { publishedAt: "2026-12-04" },
  ],
];

export const FIX77_SIGNED_LEVELS: Case[] = [
  // "X was a loss of $N", "X was a surplus of $N": the sign of what the clause's subject measures, as "X was
  // $N" reads it ("Resort Reported EBITDA" is a metric's name: no company reporting).
  [
    "Resort Reported EBITDA was a loss of $118.4 million. The society's result was a surplus of $1.8 million.",
    [
      { text: "$118.4 million", subject: { text: "Resort Reported EBITDA" } },
      { text: "$1.8 million", subject: { text: "The society's result" } },
    ],
  ],
];

export const FIX77_SCALE_HEADERS: Case[] = [
  // A header that states a scale alone, "(in millions, except per-share amounts)", scales the amounts its
  // rows write with a sign and no scale ("$61.2"), and its bare cells between two signed ones in the
  // currency those signs name (a count's row after them stays a count); a row of earnings per share
  // ("Diluted EPS") keeps its amounts.
  [
    "Segment results (in millions, except per-share amounts)\n\n                          Q3 2026    Q3 2025    Change\nVenue rental              $61.2      $57.9       5.7%\nFood and beverage          72.4       64.8      11.7%\nDiluted EPS               $0.42      $0.35\n",
    [
      { text: "$61.2", kind: "MONEY", currency: "USD", value: 61_200_000, subject: { text: "Venue rental" } },
      { text: "$57.9", value: 57_900_000, period: { text: "Q3 2025" } },
      { text: "5.7%", kind: "PERCENT" },
      {
        text: "72.4",
        kind: "MONEY",
        currency: "USD",
        value: 72_400_000,
        subject: { text: "Food and beverage" },
      },
      { text: "64.8", kind: "MONEY", value: 64_800_000 },
      { text: "11.7%", kind: "PERCENT" },
      { text: "$0.42", value: 0.42 },
      { text: "$0.35", value: 0.35 },
    ],
    { publishedAt: "2026-11-05" },
  ],
  [
    "Segment results (in millions)\n\n                          Q3 2026    Q3 2025\nRevenue                   $84.6      $80.1\nCost of sales              41.2       40.3\nGross profit              $43.4      $39.8\nEnrollments                41.3       38.6\n",
    [
      { text: "$84.6", value: 84_600_000 },
      { text: "$80.1", value: 80_100_000 },
      { text: "41.2", kind: "MONEY", currency: "USD", value: 41_200_000 },
      { text: "40.3", kind: "MONEY", value: 40_300_000 },
      { text: "$43.4", value: 43_400_000 },
      { text: "$39.8", value: 39_800_000 },
      { text: "41.3", kind: "NUMBER", value: 41.3, subject: { text: "Enrollments" } },
      { text: "38.6", kind: "NUMBER", value: 38.6 },
    ],
    { publishedAt: "2026-11-05" },
  ],
  [
    "(in millions)             Q3 2026    Q3 2025\nRevenue                   $84.6      $80.1\n",
    [
      { text: "$84.6", value: 84_600_000 },
      { text: "$80.1", value: 80_100_000 },
    ],
    { publishedAt: "2026-11-05" },
  ],
];

export const FIX77_POUNDS_WEIGHED: Case[] = [
  // Pounds of honey, nuts, fruit, food or waste weigh it, wherever the story is (a Canadian hearing's honey
  // crop had been 74.1 million pounds sterling).
  [
    "OTTAWA - Canada produced 74.1 million pounds of honey last year. Growers shipped 2 billion pounds of almonds.",
    [
      { text: "74.1 million pounds", kind: "QUANTITY", unit: "pounds", subject: { text: "honey" } },
      { text: "2 billion pounds", kind: "QUANTITY", unit: "pounds" },
    ],
    { publishedAt: "2026-12-03" },
  ],
];

export const FIX77_CHANGE_GERUNDS: Case[] = [
  // A gerund that is also a verb of change ("climbing", "rising", "growing", "cutting") describes the noun
  // counted after the number: "22 climbing gyms", "60 commercial climbing walls", "12 growing rooms".
  [
    "The company operates 22 climbing gyms. India has fewer than 60 commercial climbing walls. He runs 12 growing rooms.",
    [
      { text: "22 climbing gyms", kind: "QUANTITY", unit: "gyms" },
      { text: "60 commercial climbing walls", kind: "QUANTITY", unit: "walls", qualifier: "upper_bound" },
      { text: "12 growing rooms", kind: "QUANTITY", unit: "rooms" },
    ],
  ],
];

export const FIX77_COMPOUND_UNITS: Case[] = [
  // A verb's noun with its particle ("break-ins", "start-ups", "jack-ups") or two verbs joined by "and"
  // ("break-and-enters") is the counted noun; prices by the hive, the colony, the test or the couple, and
  // "per square-metre" with its dash, are rates.
  [
    "Police recorded 167,136 domestic break-ins and 6,120 break-and-enters, while 46 start-ups opened. Pollination fees fell to $180 a hive and $30 a colony. Rent is 2,800 euros per square-metre.",
    [
      { text: "167,136 domestic break-ins", kind: "QUANTITY", unit: "break-ins" },
      { text: "6,120 break-and-enters", kind: "QUANTITY", unit: "break-and-enters" },
      { text: "46 start-ups", kind: "QUANTITY", unit: "start-ups" },
      { text: "$180", unit: "a hive" },
      { text: "$30", unit: "a colony" },
      { text: "2,800 euros", unit: "per square-metre" },
    ],
  ],
];

export const FIX77_GOING_FROM: Case[] = [
  // "went from X to Y", "has gone from", "moves from": two levels, as after a verb of change, not a range.
  [
    "Our lease went from €78,000 to €96,000 a year. Gross margin has gone from 31.5 per cent to 34.2 per cent.",
    [
      { text: "€78,000", value: 78_000 },
      { text: "€96,000", value: 96_000, unit: "a year" },
      { text: "31.5 per cent", value: 31.5 },
      { text: "34.2 per cent", value: 34.2 },
    ],
  ],
];

export const FIX77_UNDATED_STORY: Case[] = [
  // In a dated story, a period left without dates ("this spring" in a quote) does not replace the period
  // the story reports for: "in the period" after it is the half-year, and so are the results after it.
  [
    'LONDON, 1 December 2026 – Hartwell Honey plc today announced its results for the six months ended 30 September 2026.\n\nRevenue rose 9% to £84.2 million.\n\n"We placed 21,600 colonies with growers this spring. Bulk honey costs fell by about 9% in the period."\n\nRetail sales were £52.4 million, an increase of 9.2%.',
    [
      { text: "9%", period: { from: "2026-04", to: "2026-09" } },
      { text: "£84.2 million", period: { from: "2026-04", to: "2026-09" } },
      { text: "21,600 colonies" },
      { text: "9%", period: { text: "period", from: "2026-04", to: "2026-09" } },
      { text: "£52.4 million", period: { from: "2026-04", to: "2026-09" } },
      { text: "9.2%", period: { from: "2026-04", to: "2026-09" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
];

export const FIX77_FROM_ASIDES: Case[] = [
  // A phrase "from" or "near" opens, set off between the subject and its verb, is an aside: "A ticket for the
  // first phase, from Gulmarg to Kongdori, costs Rs 900", "Retail sales, from dealers to consumers, dropped".
  [
    "A ticket for the first phase, from Gulmarg to Kongdori, costs Rs 900. Retail sales, from dealers to consumers, dropped 9.8 percent to 658,200 units.",
    [
      { text: "Rs 900", subject: { text: "A ticket for the first phase" } },
      { text: "9.8 percent", subject: { text: "Retail sales" } },
      { text: "658,200 units", subject: { text: "Retail sales" } },
    ],
  ],
  // "rent for" after a plural subject prices it, as "rents for" does; "the rent for" is a noun's.
  [
    "Studio apartments in Kutchan now rent for ¥120,000 a month. Owners have not been paid rent for 30 percent of the stock.",
    [
      { text: "¥120,000", subject: { text: "Studio apartments in Kutchan" }, unit: "a month" },
      { text: "30 percent" },
    ],
  ],
];

export const FIXES77: Case[] = [
  ...FIX77_FROM_ASIDES,
  ...FIX77_UNDATED_STORY,
  ...FIX77_GOING_FROM,
  ...FIX77_COMPOUND_UNITS,
  ...FIX77_CHANGE_GERUNDS,
  ...FIX77_POUNDS_WEIGHED,
  ...FIX77_FISCAL_NAMING,
  ...FIX77_SIGNED_LEVELS,
  ...FIX77_SCALE_HEADERS,
];
