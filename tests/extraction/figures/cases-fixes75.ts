import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 75, in wording of my own. */

export const FIX75_GAPPED_OBJECTS: Case[] = [
  // A clause joined by "and" whose verb is gapped ("and a single cabin Tk 1,800") measures its own noun
  // phrase; "another", "a further", "the remaining" alone measure what the figure before measured; a
  // participle, a verb that takes a figure, or a clause with a verb of its own after its figure is no gap.
  [
    "A double cabin costs Tk 2,500 and a single cabin Tk 1,800. Adults pay £12 and children £6.",
    [
      { text: "Tk 2,500", subject: { text: "A double cabin" } },
      { text: "Tk 1,800", subject: { text: "a single cabin" } },
      { text: "£12", subject: { text: "Adults" } },
      { text: "£6", subject: { text: "children" } },
    ],
  ],
  [
    "The brewery employs 140 people and the bottling plant another 60. Tickets cost $40 and parking $15.",
    [
      { text: "140 people", subject: { text: "The brewery" } },
      { text: "60", subject: { text: "the bottling plant" } },
      { text: "$40", subject: { text: "Tickets" } },
      { text: "$15", subject: { text: "parking" } },
    ],
  ],
  [
    "The fund raised R90 million in March and a further R40 million in June. The bank expects inflation of 5.5% and real GDP growth of 1.5%.",
    [
      { text: "R90 million", subject: { text: "The fund" } },
      { text: "R40 million", subject: { text: "The fund" } },
      { text: "5.5%", subject: { text: "inflation" } },
      { text: "1.5%", subject: { text: "real GDP growth" } },
    ],
  ],
  [
    "The trust will contribute R40m and the remaining R20m will come from donors. The mills employ about 900 people and pump an estimated $12 million a year into the town. Output reached 2 million tonnes, and Bahia recording 300,000 tonnes more.",
    [
      { text: "R40m", subject: { text: "The trust" } },
      { text: "R20m", subject: undefined },
      { text: "900 people", subject: { text: "The mills" } },
      // (No gap: the money pumped goes to the town, session 80.)
      { text: "$12 million", subject: { text: "the town" } },
      { text: "2 million tonnes", subject: { text: "Output" } },
      { text: "300,000 tonnes", subject: undefined },
    ],
  ],
];

export const FIX75_SHORT_SPLIT_FISCAL_YEARS: Case[] = [
  // "FY26/27" (two two-digit years) is the fiscal year that starts in 2026, as "FY2026/27" is; so its
  // quarters and halves ("Q2 FY26/27", "H1 FY26/27").
  [
    "PERTH, Dec 2 - Revenue rose 12% to A$410 million in Q2 FY26/27 and 9% in H1 FY26/27, and the miner kept its FY26/27 guidance of A$1.6 billion.",
    [
      { text: "12%", period: { text: "Q2 FY26/27", from: "2026-10", to: "2026-12" } },
      { text: "A$410 million" },
      { text: "9%", period: { text: "H1 FY26/27", from: "2026-07", to: "2026-12" } },
      { text: "A$1.6 billion", period: { text: "FY26/27", from: "2026-07", to: "2027-06" } },
    ],
    { publishedAt: "2026-12-02" },
  ],
];

export const FIX75_SINCE_DECADES: Case[] = [
  // "since the 1970s", "since the early 1990s": from the decade (or its part) on, open-ended, as "since
  // 1991" is; "by the 2030s" up to its end.
  [
    "Membership has fallen 40% since the 1970s and 12% since the early 1990s, and the club expects to reach 5,000 members by the 2030s.",
    [
      { text: "40%", period: { text: "since the 1970s", from: "1970", to: undefined } },
      { text: "12%", period: { text: "since the early 1990s", from: "1990", to: undefined } },
      { text: "5,000 members", period: { text: "by the 2030s", from: undefined, to: "2039" } },
    ],
    { publishedAt: "2026-12-02" },
  ],
];

export const FIX75_COUNTED_NOUNS: Case[] = [
  // "lifts" after a number is the noun counted, not the verb of change ("Strong demand lifts prices 5%"),
  // and describes one ("150 lift engineers"); plurals in "-men" ("fishermen", "gunmen") and irregular ones
  // after a word that describes them ("4.5 million dairy cattle") are counted nouns, not after a verb ("60
  // are men") or before the noun they describe ("35,000 beef cattle farms"), nor "bitumen".
  [
    "The city has 500 lifts and 445 escalators, and Otis installed six lifts at the station. The firm employs 150 lift engineers. Strong demand lifts prices 5%.",
    [
      { text: "500 lifts", kind: "QUANTITY", unit: "lifts" },
      { text: "445 escalators", unit: "escalators" },
      { text: "six lifts", value: 6, unit: "lifts" },
      { text: "150 lift engineers", unit: "engineers" },
      { text: "5%", change: { direction: "increase", measure: "relative" } },
    ],
  ],
  [
    "About 1,200 artisanal fishermen and 4.5 million dairy cattle were affected. Of the victims, 60 are men. There are 35,000 beef cattle farms and six bitumen carriers.",
    [
      { text: "1,200 artisanal fishermen", unit: "fishermen" },
      { text: "4.5 million dairy cattle", unit: "cattle" },
      { text: "60", unit: "victims" },
      { text: "35,000 beef cattle farms", unit: "farms" },
      { text: "six bitumen carriers", unit: "carriers" },
    ],
  ],
];

export const FIX75_TABLES: Case[] = [
  // An aligned table's corner in parentheses ("(NOK million)") states its currency and scale; so does a
  // row's "(R million)"; a row label's ", %" makes its cells percentages; a header over two lines ("Six
  // months to" over "31 Aug 2026") dates its columns by both; a caption's "(in thousands)" scales the cells
  // in the currency the text named before; a week-based declared half ("26 weeks ended 27 September 2026")
  // realigns the columns as a month-based one does.
  [
    "Key figures\n\n(NOK million)         Q3 2026   Q3 2025\nRevenue                 412.6     388.1\nGross margin, %          41.5      39.7\n",
    [
      { text: "412.6", kind: "MONEY", currency: "NOK", value: 412_600_000, subject: { text: "Revenue" } },
      { text: "388.1", kind: "MONEY", value: 388_100_000, period: { text: "Q3 2025" } },
      { text: "41.5", kind: "PERCENT", subject: { text: "Gross margin" } },
      { text: "39.7", kind: "PERCENT" },
    ],
    { publishedAt: "2026-11-05" },
  ],
  [
    "Group performance\n                          Six months to    Six months to    Change\n                          31 Aug 2026      31 Aug 2025\nRevenue (R million)               3,421            3,002     14.0%\nNet finance costs (R million)        96              104     (7.7%)\n",
    [
      {
        text: "3,421",
        kind: "MONEY",
        currency: "ZAR",
        value: 3_421_000_000,
        period: { from: "2026-03", to: "2026-08" },
      },
      { text: "3,002", value: 3_002_000_000, period: { from: "2025-03", to: "2025-08" } },
      { text: "14.0%", change: { direction: "increase", measure: "relative" } },
      { text: "96", currency: "ZAR", value: 96_000_000 },
      { text: "104", value: 104_000_000 },
      { text: "7.7%", value: 7.7, change: { direction: "decrease", measure: "relative" } },
    ],
    { publishedAt: "2026-10-20" },
  ],
  [
    "Group performance\n                          Year ended       Year ended\n                          30 Jun 2026      30 Jun 2025\nRevenue (R million)               3,421            3,002\nNet debt (R million)                 96              104\n",
    [
      { text: "3,421", currency: "ZAR", value: 3_421_000_000, period: { from: "2025-07", to: "2026-06" } },
      { text: "3,002", period: { from: "2024-07", to: "2025-06" } },
      { text: "96", period: { from: "2025-07", to: "2026-06" } },
      { text: "104", period: { from: "2024-07", to: "2025-06" } },
    ],
    { publishedAt: "2026-09-01" },
  ],
  [
    "Net revenue rose to $84.6 million.\n\nSelected Financial Data (in thousands)\n                 Q3 2026     Q3 2025\nRevenue           84,612      74,093\nGross profit      61,597      52,977\n",
    [
      { text: "$84.6 million" },
      { text: "84,612", kind: "MONEY", currency: "USD", value: 84_612_000 },
      { text: "74,093", value: 74_093_000 },
      { text: "61,597", value: 61_597_000 },
      { text: "52,977", value: 52_977_000 },
    ],
    { publishedAt: "2026-11-10" },
  ],
  [
    'Interim results for the 26 weeks ended 27 September 2026 ("H1 2027").\n\n                     H1 2027    H1 2026\nRevenue (£m)           48.7       43.9\nNet debt (£m)          31.5       27.0\n',
    [
      { text: "48.7", currency: "GBP", period: { text: "H1 2027", from: "2026-04", to: "2026-09" } },
      { text: "43.9", period: { text: "H1 2026", from: "2025-04", to: "2025-09" } },
      { text: "31.5" },
      { text: "27.0" },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX75_RELATIVE_HEADS: Case[] = [
  // A sentence that opens with a noun phrase and a relative clause whose verb takes a figure ("that cost",
  // "who earned", "we bought at") is about the noun phrase: its figures measure it, over a subject found
  // inside the relative clause, in a figure's own words or none; not where the words before "that" are a
  // clause ("The UN estimates that"), nor a main clause's own subject, nor past a clause break.
  [
    "A 45-kilogram bale that cost 9,000 shillings a year ago now sells for 11,500 shillings. A small room that cost $35 an hour before the fire now costs $45.",
    [
      { text: "45-kilogram" },
      { text: "9,000 shillings", subject: { text: "A 45-kilogram bale" } },
      { text: "11,500 shillings", subject: { text: "A 45-kilogram bale" } },
      { text: "$35", subject: { text: "A small room" } },
      { text: "$45", subject: { text: "A small room" } },
    ],
  ],
  [
    "Parts we bought at $350 now land at N1.2 million. A weaver who earned Rs 450 a day last year now gets barely Rs 300.",
    [
      { text: "$350", subject: { text: "Parts" } },
      { text: "N1.2 million", subject: { text: "Parts" } },
      { text: "Rs 450", subject: { text: "A weaver" } },
      { text: "Rs 300", subject: { text: "A weaver" } },
    ],
  ],
  [
    "The UN estimates that 239 million people will need aid. Drivers who overstay face a penalty of 150 yuan. The company that makes the phones said profit rose 5%.",
    [
      { text: "239 million people", subject: { text: "people" } },
      { text: "150 yuan", subject: { text: "a penalty" } },
      { text: "5%", subject: { text: "profit" } },
    ],
  ],
];

export const FIX75_TABLE_ROWS_AND_HOLDERS: Case[] = [
  // A row's acronym in parentheses ("Operating profit (EBIT)") names it, no unit; a row's "(million)" alone
  // scales its counts; what a body maintains is its own count, as what it runs.
  [
    "Key figures\n\n(NOK million)              Q3 2026   Q3 2025\nOperating profit (EBIT)      41.7      29.3\nCartons shipped (million)    28.6      25.1\n",
    [
      {
        text: "41.7",
        kind: "MONEY",
        unit: undefined,
        value: 41_700_000,
        subject: { text: "Operating profit" },
      },
      { text: "29.3", kind: "MONEY" },
      { text: "28.6", kind: "NUMBER", value: 28_600_000 },
      { text: "25.1", value: 25_100_000 },
    ],
    { publishedAt: "2026-11-05" },
  ],
  [
    "The U.S. Coast Guard alone maintains about 45,000 buoys and beacons, and Japan around 5,000.",
    [
      { text: "45,000 buoys", subject: { text: "The U.S. Coast Guard" } },
      { text: "5,000", subject: { text: "Japan" } },
    ],
  ],
];

export const FIXES75: Case[] = [
  ...FIX75_TABLE_ROWS_AND_HOLDERS,
  ...FIX75_RELATIVE_HEADS,
  ...FIX75_TABLES,
  ...FIX75_COUNTED_NOUNS,
  ...FIX75_SINCE_DECADES,
  ...FIX75_SHORT_SPLIT_FISCAL_YEARS,
  ...FIX75_GAPPED_OBJECTS,
];
