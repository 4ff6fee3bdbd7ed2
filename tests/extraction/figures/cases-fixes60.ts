import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 60, in wording of my own. */

export const FIX60_DISPLAY_LINES: Case[] = [
  // A screen's or a video's lines with "p" glued on are no price in pence; "1,080p" with its comma is one.
  [
    "The doorbell streams in 1080p, the outdoor model in 2160p, and the kit costs 4,200 rupees. Shares ended at 1,080p.",
    [
      { kind: "MONEY", text: "4,200 rupees", value: 4200 },
      { kind: "MONEY", text: "1,080p", value: 10.8, currency: "GBP" },
    ],
  ],
];

export const FIX60_ACCOUNTING_ITEMS: Case[] = [
  // A measure "before" or "after" an accounting item is one subject, also with a word before the item
  // ("other items", "special items"); the item alone measures nothing.
  [
    "Operating income before amortisation rose 6% to 1.9 billion crowns, and operating profit before other items fell to £88m.",
    [
      { text: "6%", subject: { text: "Operating income before amortisation" } },
      { text: "1.9 billion crowns", subject: { text: "Operating income before amortisation" } },
      { text: "£88m", subject: { text: "operating profit before other items" } },
    ],
  ],
];

export const FIX60_CHANGE_IN_WORDS: Case[] = [
  // A share's level after a move written in words ("one sen higher at") measures the shares, as after a
  // move in digits; the move is no part of its subject.
  [
    "Tenaga Hijau shares closed two sen higher at RM3.42 yesterday.",
    [
      { text: "two sen", value: 0.02, subject: { text: "Tenaga Hijau shares" } },
      { text: "RM3.42", value: 3.42, subject: { text: "Tenaga Hijau shares" } },
    ],
  ],
];

export const FIXES60: Case[] = [...FIX60_DISPLAY_LINES, ...FIX60_ACCOUNTING_ITEMS, ...FIX60_CHANGE_IN_WORDS];
