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

export const FIX60_MARKET_SESSIONS: Case[] = [
  // A share move in a trading session is the market's, on its day: it carries no results period, from the
  // story or from the clause before ", sending its shares"; the AP's "in morning trading Tuesday" dates it.
  [
    "Lindqvist Security reported third-quarter revenue of $410 million, sending its shares up 7% in extended trading. The stock was up 3.1% in morning trading. Shares of rival Corvane rose 2% to $31.40 in midday trading Tuesday.",
    [
      { text: "$410 million", period: { from: "2026-07", to: "2026-09" } },
      { text: "7%", period: undefined },
      { text: "3.1%", period: undefined },
      { text: "2%", period: { text: "Tuesday", from: "2026-11-17", to: "2026-11-17" } },
      { text: "$31.40", period: { text: "Tuesday", from: "2026-11-17", to: "2026-11-17" } },
    ],
    { publishedAt: "2026-11-18" },
  ],
  [
    // (The day the reaction came on still dates it; a plant's closing sends home workers in its own time.)
    "The group posted its first profit on Wednesday, sending its shares up 9%. The mill will close at the end of January, sending home 900 workers.",
    [
      { text: "9%", period: { text: "Wednesday" } },
      { text: "900 workers", period: { text: "end of January" } },
    ],
    { publishedAt: "2026-11-26" },
  ],
];

export const FIX60_MARKET_PLACES: Case[] = [
  // A move on a stock exchange "this morning" is the market's too, and a reaction sends a company's shares
  // named at some length.
  [
    "Galil Foods reported net profit of NIS 18 million for the first nine months of 2026. Its share price rose 3.8% on the Tel Aviv Stock Exchange this morning.",
    [
      { text: "NIS 18 million", period: { from: "2026-01", to: "2026-09" } },
      { text: "3.8%", period: undefined },
    ],
    { publishedAt: "2026-11-24" },
  ],
  [
    "Brightwell reported third-quarter revenue of $1.2 billion, sending the workplace-supplies company's shares down 9% in premarket trading.",
    [
      { text: "$1.2 billion", period: { from: "2026-07", to: "2026-09" } },
      { text: "9%", period: undefined },
    ],
    { publishedAt: "2026-11-19" },
  ],
];

export const FIX60_CORRESPONDING_QUARTER: Case[] = [
  // "the corresponding quarter of 2025" is that year's quarter named before, as "the same quarter of 2025".
  [
    "Net profit was NIS 41 million in the third quarter, compared with NIS 33 million in the corresponding quarter of 2025.",
    [
      { text: "NIS 41 million", period: { from: "2026-07", to: "2026-09" } },
      {
        text: "NIS 33 million",
        period: { text: "corresponding quarter of 2025", from: "2025-07", to: "2025-09" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX60_HOLDER_WORDS: Case[] = [
  // A holder's count keeps its holder past "a net", "a further", "just" or "only" before the count ("added
  // a net" is an increase, as "added" is), and a builder's count is the builder's.
  [
    "Alarmnet added a net 96,000 customers, and private employers added just 41,000 jobs. Brenner, which builds fewer than 80 grand pianos a year, said demand held.",
    [
      {
        text: "96,000 customers",
        subject: { text: "Alarmnet" },
        change: { direction: "increase", measure: "absolute" },
      },
      { text: "41,000 jobs", subject: { text: "private employers" } },
      { text: "80 grand pianos a year", subject: { text: "Brenner" } },
    ],
  ],
];

export const FIXES60: Case[] = [
  ...FIX60_MARKET_PLACES,
  ...FIX60_HOLDER_WORDS,
  ...FIX60_MARKET_SESSIONS,
  ...FIX60_CORRESPONDING_QUARTER,
  ...FIX60_LABELS,
  ...FIX60_DISPLAY_LINES,
  ...FIX60_ACCOUNTING_ITEMS,
  ...FIX60_CHANGE_IN_WORDS,
];
