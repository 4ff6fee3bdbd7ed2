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

export const FIX60_LABELS: Case[] = [
  // A list's label before a colon names what its figure measures, also with a participle that describes
  // ("Registered", "conducted") and up to 12 words; a mixed-case brief's bullet whose figure ends the line
  // does too, with an accounting word ("adjusted", "diluted").
  [
    "Annual report, Nov 5, 2026.\n\n- Licensed security firms: 4,210, up 3% from 4,087\n- Patrols conducted: 9,930\n- Average price of a basic home alarm kit at the big chains: $189\n\n* Q2 adjusted earnings per share $1.42\n* Q2 diluted net income $88.1 million",
    [
      { text: "4,210", subject: { text: "Licensed security firms" } },
      { text: "3%", subject: { text: "Licensed security firms" } },
      { text: "4,087", subject: { text: "Licensed security firms" } },
      { text: "9,930", subject: { text: "Patrols conducted" } },
      { text: "$189", subject: { text: "Average price of a basic home alarm kit at the big chains" } },
      { text: "$1.42", subject: { text: "adjusted earnings per share" } },
      { text: "$88.1 million", subject: { text: "diluted net income" } },
    ],
  ],
];

export const FIXES60: Case[] = [
  ...FIX60_LABELS,
  ...FIX60_DISPLAY_LINES,
  ...FIX60_ACCOUNTING_ITEMS,
  ...FIX60_CHANGE_IN_WORDS,
];
