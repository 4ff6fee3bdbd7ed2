import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 38, in wording of my own. */

export const FIX38_MONTH_JUST_BEGUN: Case[] = [
  // A compared level "in December" on Dec 2 is last December's: the month has just begun.
  [
    "Reserves stood at 281 billion reais in November, up from 271 billion reais in December.",
    [
      { text: "281 billion reais", period: { text: "November", from: "2026-11", to: "2026-11" } },
      { text: "271 billion reais", period: { text: "December", from: "2025-12", to: "2025-12" } },
    ],
    { publishedAt: "2026-12-02" },
  ],
  // (Later in the month, this month's may already be compared.)
  [
    "Deposits rose to 90 billion reais last week from 88 billion reais in December.",
    [
      { text: "90 billion reais" },
      { text: "88 billion reais", period: { text: "December", from: "2026-12" } },
    ],
    { publishedAt: "2026-12-20" },
  ],
];

export const FIX38_CALLED_LINE_SUBJECT: Case[] = [
  // A number to call is a name inside the subject, not its end.
  [
    "Reports to the 112 helpline rose 9% to 48,000 last year.",
    [
      { text: "9%", subject: { text: "Reports to the 112 helpline" } },
      { text: "48,000", subject: { text: "Reports to the 112 helpline" } },
    ],
  ],
];

export const FIXES35: Case[] = [...FIX38_MONTH_JUST_BEGUN, ...FIX38_CALLED_LINE_SUBJECT];
