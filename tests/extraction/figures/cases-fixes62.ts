import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 62, in wording of my own. */

export const FIX62_FISCAL_LABELS: Case[] = [
  // A results label glued to "FY" or written before it ("1H FY26", "3QFY2026", "9MFY26") is that part of
  // the fiscal year, which in Australia runs from July.
  [
    "SYDNEY, Feb 19 (Reuters) - Hire revenue in 1H FY26 rose 12% to A$341 million. Profit in 3QFY2026 rose 5%, and sales in 9MFY26 rose 4%.",
    [
      { text: "12%", period: { text: "1H FY26", from: "2025-07", to: "2025-12" } },
      { text: "A$341 million", period: { text: "1H FY26", from: "2025-07", to: "2025-12" } },
      { text: "5%", period: { text: "3QFY2026", from: "2026-01", to: "2026-03" } },
      { text: "4%", period: { text: "9MFY26", from: "2025-07", to: "2026-03" } },
    ],
    { publishedAt: "2026-02-19" },
  ],
  // Where the article's country has no fiscal year of its own, FY26 is the calendar year 2026 and a part
  // of it is of that year.
  [
    "Revenue in Q1 FY26 rose 5%, and revenue in the first half of FY26 rose 7%. Costs in 2HFY25 fell 2%.",
    [
      { text: "5%", period: { text: "Q1 FY26", from: "2026-01", to: "2026-03" } },
      { text: "7%", period: { text: "first half of FY26", from: "2026-01", to: "2026-06" } },
      { text: "2%", period: { text: "2HFY25", from: "2025-07", to: "2025-12" } },
    ],
  ],
];

export const FIX62_SET_AGAINST: Case[] = [
  // A heading's period set against another ("vs", "compared to") is not the story's: the one before it is.
  [
    "Third Quarter 2026 Highlights (Compared to Third Quarter 2025)\n\nNet sales rose 2.4% to $1.2 billion.",
    [
      { text: "2.4%", period: { text: "Third Quarter 2026", from: "2026-07", to: "2026-09", carried: true } },
      { text: "$1.2 billion", period: { text: "Third Quarter 2026", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-05" },
  ],
  [
    "Key highlights (Q1 2026 vs Q1 2025):\n\nRevenue rose 9.4% to $486 million.",
    [
      { text: "9.4%", period: { text: "Q1 2026", from: "2026-01", to: "2026-03" } },
      { text: "$486 million", period: { text: "Q1 2026", from: "2026-01", to: "2026-03" } },
    ],
    { publishedAt: "2026-05-05" },
  ],
];

export const FIX62_RESULT_LINES: Case[] = [
  // A results line's label names its figure when a change or a comparative follows it, set off.
  [
    "Highlights:\n- Hire revenue $341.7 million, up 12.1%\n- Net profit $51.3 million (2025: $44.6 million)\n- Average fleet utilisation 76%, compared with 73%",
    [
      { text: "$341.7 million", subject: { text: "Hire revenue" } },
      { text: "12.1%", subject: { text: "Hire revenue" } },
      { text: "$51.3 million", subject: { text: "Net profit" } },
      { text: "$44.6 million", subject: { text: "Net profit" }, period: { text: "2025" } },
      { text: "76%", subject: { text: "Average fleet utilisation" } },
      { text: "73%", subject: { text: "Average fleet utilisation" } },
    ],
  ],
  [
    "Results:\n- Cash flow from operating activities SEK 212 million (SEK 158 million)",
    [
      { text: "SEK 212 million", subject: { text: "Cash flow from operating activities" } },
      { text: "SEK 158 million", subject: { text: "Cash flow from operating activities" } },
    ],
  ],
];

export const FIX62_SUBJECT_ASIDES: Case[] = [
  // A subject's period before a relative clause that interrupts it is the clause's; a past verb after an
  // aside about the subject is the main verb (its period and subject are the figure's), and a period of a
  // verb inside such an aside is not.
  [
    "Revenue in the fiscal first quarter, which ended Aug. 31, declined 4%. Meatco, the abattoir operator, returned to profit in 2025, posting a net profit of $47 million. Mortgage approvals, a leading indicator, slipped to 62,800. The Barn, the chain the group bought in 2016 for $870 million, lifted sales 9.6%.",
    [
      { text: "4%", period: { text: "fiscal first quarter" }, subject: { text: "Revenue" } },
      { text: "$47 million", period: { text: "2025" } },
      { text: "62,800", subject: { text: "Mortgage approvals" } },
      { text: "$870 million" },
      { text: "9.6%", period: undefined },
    ],
  ],
];

export const FIX62_UNLABELLED_COMPARATIVES: Case[] = [
  // An amount alone in parentheses after one in the same currency is the comparative: no story period.
  [
    "Third Quarter 2026 Highlights\n\n- Revenue: Dh5.1 billion (Dh4.32 billion)\n- Sales: $5 million (4.6 million euros)",
    [
      { text: "Dh5.1 billion", period: { text: "Third Quarter 2026", carried: true } },
      { text: "Dh4.32 billion", period: undefined },
      { text: "$5 million", period: { text: "Third Quarter 2026", carried: true } },
      { text: "4.6 million euros", period: { text: "Third Quarter 2026", carried: true } },
    ],
    { publishedAt: "2026-11-05" },
  ],
];

export const FIX62_COMPARATIVE_CUES: Case[] = [
  // A comparative's period names no story, even after a cue ("Earnings"); "compared to" compares.
  [
    "Half year highlights (1H 2026)\n\n- Net profit $51.3 million (1H 2025: $44.6 million)\n- Earnings per share 18.2 cents (1H 2025: 15.9 cents)\n- Dividend 9.5 cents per share\n- Adjusted EPS of $0.30 compared to $0.33",
    [
      { text: "$51.3 million", period: { text: "1H 2026", carried: true } },
      { text: "$44.6 million", period: { text: "1H 2025" } },
      { text: "18.2 cents", period: { text: "1H 2026", carried: true } },
      { text: "15.9 cents", period: { text: "1H 2025" } },
      { text: "9.5 cents", period: { text: "1H 2026", carried: true } },
      { text: "$0.30", period: { text: "1H 2026", carried: true } },
      { text: "$0.33", period: undefined },
    ],
    { publishedAt: "2026-08-20" },
  ],
];

export const FIXES62: Case[] = [
  ...FIX62_COMPARATIVE_CUES,
  ...FIX62_UNLABELLED_COMPARATIVES,
  ...FIX62_SUBJECT_ASIDES,
  ...FIX62_FISCAL_LABELS,
  ...FIX62_SET_AGAINST,
  ...FIX62_RESULT_LINES,
];
