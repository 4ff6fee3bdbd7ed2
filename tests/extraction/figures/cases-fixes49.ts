import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 49, in wording of my own. */

export const FIX49_CAUSE_CLAUSE_TIMES: Case[] = [
  // A time in a clause of cause after a measure's change, or in a relative clause closed before it, is that
  // clause's: the story's half-year carries past it.
  [
    "NAIROBI, Nov. 26, 2026 - Kilima Foods Ltd reported a net profit of Sh418.2 million for the half-year ended September 30, 2026, up from Sh341.1 million in the same period last year, according to results published on Wednesday.\n\nFinance costs fell by 31 percent to Sh96.4 million after the company repaid a Sh600 million loan in May.\n\nOnline sales, which the company began reporting separately last year, jumped 42 percent to Sh1.3 billion.\n\nBottled water volumes increased 11 per cent to 61 million litres, supported by a hot summer.",
    [
      { text: "Sh418.2 million", period: { from: "2026-04", to: "2026-09" } },
      { text: "Sh341.1 million", period: { from: "2025-04", to: "2025-09" } },
      { text: "31 percent", period: { from: "2026-04", to: "2026-09", carried: true } },
      { text: "Sh96.4 million", period: { from: "2026-04", to: "2026-09", carried: true } },
      { text: "Sh600 million", period: { text: "May" } },
      { text: "42 percent", period: { from: "2026-04", to: "2026-09", carried: true } },
      { text: "Sh1.3 billion", period: { from: "2026-04", to: "2026-09", carried: true } },
      { text: "11 per cent", period: { from: "2026-04", to: "2026-09", carried: true } },
      { text: "61 million litres", period: { from: "2026-04", to: "2026-09", carried: true } },
    ],
  ],
  // The day of a disclosure dates no figure; a figure in a clause of cause is no result of the story.
  [
    "MANILA, Nov. 14, 2026 - Solara Holdings Inc. reported results for the first nine months of 2026 on Thursday.\n\nIn a disclosure to the Philippine Stock Exchange on Thursday, the company said consolidated revenues rose 11.4% to P24.6 billion.\n\nThe growth comes two years after the company introduced a 50 per cent price increase approved by regulators in January 2025.",
    [
      { text: "11.4%", period: { from: "2026-01", to: "2026-09", carried: true } },
      { text: "P24.6 billion", period: { from: "2026-01", to: "2026-09", carried: true } },
      { text: "50 per cent", period: undefined },
    ],
  ],
];

export const FIX49_EARLY_WEEK_YEAR: Case[] = [
  // "The three months ended Nov. 2": a 52-week quarter ended in a month's first week closes October, and
  // so does the company's year.
  [
    "MOLINE, Ill., Nov. 26, 2026 (AP) - Deere & Co. reported fiscal fourth-quarter net income of $1.2 billion for the three months ended Nov. 2. For fiscal 2027, Deere expects net income of $4 billion to $4.75 billion.",
    [
      { text: "$1.2 billion", period: { from: "2026-08", to: "2026-10" } },
      {
        text: "$4 billion to $4.75 billion",
        period: { text: "fiscal 2027", from: "2026-11", to: "2027-10" },
      },
    ],
    { publishedAt: "2026-11-26" },
  ],
];

export const FIX49_EARLY_WEEK_QUARTER: Case[] = [
  // A numbered quarter ended in a month's first week declares the year the same way.
  [
    "Deere & Co on Thursday reported profit for the fourth quarter ended Nov. 2 of $1.2 billion. For fiscal 2027, Deere expects net income of $4 billion to $4.75 billion.",
    [
      { text: "$1.2 billion", period: { from: "2026-08", to: "2026-10" } },
      {
        text: "$4 billion to $4.75 billion",
        period: { text: "fiscal 2027", from: "2026-11", to: "2027-10" },
      },
    ],
    { publishedAt: "2026-11-26" },
  ],
];

export const FIXES49: Case[] = [
  ...FIX49_CAUSE_CLAUSE_TIMES,
  ...FIX49_EARLY_WEEK_YEAR,
  ...FIX49_EARLY_WEEK_QUARTER,
];
