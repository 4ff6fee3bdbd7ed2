import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 43, in wording of my own. */

export const FIX43_WEEKDAY_STARTS: Case[] = [
  // A weekday a new level starts on opens its period: after "starting", "effective", "beginning", and
  // after "from" right after the figure in a sentence about the future (published on Friday 4 December).
  [
    "The price of kerosene will rise to Rs 96 a litre from Wednesday.",
    [{ text: "Rs 96", period: { text: "from Wednesday", from: "2026-12-09", to: undefined } }],
    { publishedAt: "2026-12-04" },
  ],
  [
    "Airtel will raise its monthly bundle to 1,500 shillings starting Monday.",
    [{ text: "1,500 shillings", period: { text: "starting Monday", from: "2026-12-07", to: undefined } }],
    { publishedAt: "2026-12-04" },
  ],
  // (A weekday with its date: the date.)
  [
    "The board raised the floor price by 8 per cent to $4.10 a kilo, effective Monday, November 30, 2026.",
    [
      { text: "8 per cent", period: { text: "effective Monday, November 30, 2026", from: "2026-11-30" } },
      { text: "$4.10", period: { text: "effective Monday, November 30, 2026", from: "2026-11-30" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
  // (Not a base: "from Wednesday's close"; not the past: "fell 2% from Wednesday".)
  [
    "Brent fell 2% from Wednesday's close.",
    [{ text: "2%", period: undefined }],
    { publishedAt: "2026-12-04" },
  ],
];

export const FIXES40: Case[] = [...FIX43_WEEKDAY_STARTS];
