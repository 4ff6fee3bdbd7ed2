import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 25, in wording of my own. */

export const FIX25_CENTS_OF_THE_LEVEL: Case[] = [
  // Cents a price moved by are hundredths of the currency of the level it moved to.
  [
    "Shares of Sasol rose 35 cents to R120.50 in Johannesburg on Tuesday.",
    [
      { text: "35 cents", currency: "ZAR" },
      { text: "R120.50", currency: "ZAR" },
    ],
  ],
  [
    "Tasman Dairy raised its forecast by 25 cents to NZ$10.25 per kilogram of milk solids.",
    [{ text: "25 cents", currency: "NZD", unit: "per kilogram" }, { text: "NZ$10.25" }],
  ],
  // Cents that move a dollar price stay in dollars.
  [
    "Brent crude rose 45 cents to $72.10 a barrel.",
    [{ text: "45 cents", currency: "USD" }, { text: "$72.10" }],
  ],
];

export const FIX25_LEADERS_OF_SOURCES: Case[] = [
  // A source's leader by title, lower case, between its name and the verb: the source speaks.
  [
    "The NRA chairman said the agency collected N2.1 trillion in October.",
    [{ text: "N2.1 trillion", speaker: { name: "NRA" } }],
  ],
  [
    "The Marlow Foods chief executive said sales would fall 2%.",
    [{ text: "2%", speaker: { name: "Marlow Foods" } }],
  ],
];

export const FIX25_ACCOUNTING_PHRASES: Case[] = [
  // "after tax", "before interest" are accounting phrases, no clause: the period after them dates the
  // change before them, and the story's period is carried on.
  [
    "Harbour Ports reported a 41% jump in profit after tax to R1.2bn for the six months ended 30 September. Revenue rose 12.7% to R5.4bn.",
    [
      { text: "41%", period: { text: "six months ended 30 September", from: "2026-04", to: "2026-09" } },
      { text: "R1.2bn" },
      { text: "12.7%", period: { text: "six months ended 30 September", carried: true } },
      { text: "R5.4bn", period: { text: "six months ended 30 September", carried: true } },
    ],
    { publishedAt: "2026-11-19" },
  ],
];

export const FIX25_CLOSING_OVER_FORECAST: Case[] = [
  // An attribution that closes the sentence covers a forecast its subject makes.
  [
    "Westland expects to collect $8.9 billion in royalties this year, Treasurer Rita Saffron said on Wednesday.",
    [{ text: "$8.9 billion", speaker: { name: "Rita Saffron" } }],
  ],
  // Not a generic source: the forecaster still speaks.
  [
    "Harbour Air Group expects revenue to rise 5%, up from 3%, analysts said.",
    [
      { text: "5%", speaker: { name: "Harbour Air Group" } },
      { text: "3%", speaker: { name: "Harbour Air Group" } },
    ],
  ],
];

export const FIXES22: Case[] = [
  ...FIX25_CENTS_OF_THE_LEVEL,
  ...FIX25_LEADERS_OF_SOURCES,
  ...FIX25_ACCOUNTING_PHRASES,
  ...FIX25_CLOSING_OVER_FORECAST,
];
