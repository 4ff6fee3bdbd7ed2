import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 53, in wording of my own. */

export const FIX53_TOWN_STATE_BASED: Case[] = [
  // "The Springdale, Arkansas-based meatpacker's": the town before its state's "-based" belongs to the
  // compound that describes the body, so the subject is not cut at the comma.
  [
    "The Greenville, South Carolina-based mill's net sales rose 6% to $812 million. The St. Louis, Missouri-based retailer earned $41 million.",
    [
      { text: "6%", subject: { text: "The Greenville, South Carolina-based mill's net sales" } },
      { text: "$812 million", subject: { text: "The Greenville, South Carolina-based mill's net sales" } },
      { text: "$41 million", subject: { text: "The St. Louis, Missouri-based retailer" } },
    ],
  ],
  [
    // (Not a town after a preposition: "In Columbus" is where, and the comma ends it.)
    "In Columbus, Ohio-based chains sold 300 cars.",
    [{ text: "300 cars", subject: { text: "Ohio-based chains" } }],
  ],
];

export const FIX53_YEAR_NAMED_AFTER: Case[] = [
  // "the fiscal year 2026", "the full year 2025": the year written after the words is the period, not the
  // story's year named again ("the fiscal year") with a bare year beside it.
  [
    "Nov. 20, 2026 - Harlow Foods earned $41 million in its fourth quarter ended Sept. 30. For the full fiscal year 2026, operating income rose 19% to $2.4 billion. Port revenue reached $15.3 billion in the fiscal year 2025/26, and exports were 12 million tons in the full year 2025.",
    [
      { text: "$41 million", period: { text: "fourth quarter ended Sept. 30" } },
      { text: "19%", period: { text: "full fiscal year 2026", from: "2025-10", to: "2026-09" } },
      { text: "$2.4 billion", period: { text: "full fiscal year 2026", from: "2025-10", to: "2026-09" } },
      { text: "$15.3 billion", period: { text: "fiscal year 2025/26", from: "2025-10", to: "2026-09" } },
      { text: "12 million tons", period: { text: "full year 2025", from: "2025", to: "2025" } },
    ],
  ],
];

export const FIX53_STATED_IN_A_REPORT: Case[] = [
  // "said in a trading update last month that": where and when it was said, before what was said, dates
  // no figure of it; the span a report is for still does ("said in its interim results for the six months
  // to September that").
  [
    "Moody's said in a report last month that about 8 percent of the units could be delayed. Tsogo Sun said in its interim results for the six months to September that revenue rose 6.2%.",
    [
      { text: "8 percent", period: undefined },
      { text: "6.2%", period: { text: "six months to September" } },
    ],
  ],
  [
    // (A year in a body's name is no period: "Campaign 2000".)
    "Campaign 2000, a coalition, said in a report in November that 1.4 million children were poor.",
    [{ text: "1.4 million children", period: undefined }],
  ],
];

export const FIX53_CHANGED_BY_FROM_A_DAY: Case[] = [
  // "raised bakers' flour prices by about 6 per cent from October 1": the object holds a plural's
  // possessive or a count after "of", and the day after "from" starts the new level, no base; a change set
  // off after a level ("up 9% from March 31") keeps the day as its base.
  [
    "Nov. 20, 2026 - The company raised bakers' flour prices by about 6 per cent from October 1. Nongshim raised prices of 16 ramyeon products by 5.8 percent on Oct. 15. Lotte raised biscuit prices by 4 percent on average from Nov. 1.",
    [
      {
        text: "6 per cent",
        change: { direction: "increase", measure: "relative", base: undefined },
        period: { text: "from October 1", from: "2026-10-01", to: undefined },
        subject: { text: "bakers' flour prices" },
      },
      { text: "16 ramyeon products" },
      {
        text: "5.8 percent",
        change: { direction: "increase", measure: "relative" },
        subject: { text: "prices of 16 ramyeon products" },
      },
      // (Past "on average": "by 4 percent on average from Nov. 1".)
      { text: "4 percent", period: { text: "from Nov. 1", from: "2026-11-01", to: undefined } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Nov. 20, 2026 - Its cash balance stood at Dh54.8 billion, up 9% from March 31. The portfolio was 89.6% leased, up 80 basis points from June 30.",
    [
      { text: "Dh54.8 billion" },
      { text: "9%", change: { direction: "increase", base: "March 31" } },
      { text: "89.6%" },
      { text: "80 basis points", change: { direction: "increase", base: "June 30" } },
    ],
  ],
];

export const FIX53_TIME_BEFORE_TO: Case[] = [
  // "The tax on beer was cut on Oct. 1 to 54.25 yen": the time between a past verb and the "to" of the
  // level it reached no longer hides the clause's subject; a noun the time dates is no verb ("taking their
  // gain this year to 38%").
  [
    "The tax on beer was cut on Oct. 1 to 54.25 yen from 63.35 yen. The price of newsprint has more than doubled since 2022 to around Rs320,000.",
    [
      { text: "54.25 yen", subject: { text: "The tax on beer" } },
      { text: "63.35 yen", subject: { text: "The tax on beer" } },
      { text: "Rs320,000", subject: { text: "The price of newsprint" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Safaricom shares rose 3.4 percent, taking their gain this year to 68 percent.",
    [{ text: "3.4 percent" }, { text: "68 percent", subject: undefined }],
  ],
];

export const FIXES53: Case[] = [
  ...FIX53_TIME_BEFORE_TO,
  ...FIX53_CHANGED_BY_FROM_A_DAY,
  ...FIX53_TOWN_STATE_BASED,
  ...FIX53_YEAR_NAMED_AFTER,
  ...FIX53_STATED_IN_A_REPORT,
];
