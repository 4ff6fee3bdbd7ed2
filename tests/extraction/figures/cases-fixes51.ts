import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 51, in wording of my own. */

export const FIX51_DEFINED_UNITS: Case[] = [
  // An abbreviation defined after a scaled quantity stands for the scale and the unit; one that leaves the
  // scale out names the unit alone.
  [
    "Output rose to 78.4 million tonnes (MT) in November from 74.5 MT, and stocks stood at 105 MT.",
    [
      { text: "78.4 million tonnes", value: 78_400_000, unit: "tonnes" },
      { text: "74.5 MT", value: 74_500_000, unit: "tonnes" },
      { text: "105 MT", value: 105_000_000, unit: "tonnes" },
    ],
  ],
  [
    "Imports reached 29.4 million metric tons (MMT), up from 27.7 MMT, while LNG terminals took 54 billion cubic metres (bcm) against 48.5 bcm.",
    [
      { text: "29.4 million metric tons", value: 29_400_000, unit: "metric tons" },
      { text: "27.7 MMT", value: 27_700_000, unit: "metric tons" },
      { text: "54 billion cubic metres", value: 54_000_000_000, unit: "cubic metres" },
      { text: "48.5 bcm", value: 48_500_000_000, unit: "cubic metres" },
    ],
  ],
  [
    "Exports were 1.02 million metric tons (MT), and a cargo of 45,000 MT left on Monday.",
    [
      { text: "1.02 million metric tons", value: 1_020_000, unit: "metric tons" },
      { text: "45,000 MT", value: 45_000, unit: "MT" },
    ],
  ],
];

export const FIX51_RUNS_AT: Case[] = [
  // What runs or operates at a level is what the level measures, as what stands or trades at one.
  [
    "Canadian refiners ran at 91.3 per cent of capacity in October, while its PVC plant operated at around 72pc.",
    [
      { text: "91.3 per cent", subject: { text: "Canadian refiners" } },
      { text: "72pc", subject: { text: "its PVC plant" } },
    ],
  ],
  // What a subject runs or operates at a level is what the level measures: the verb's object.
  [
    "Suncor ran its refineries at 98 per cent of capacity, and Ecopetrol operated the Barrancabermeja refinery at 91%.",
    [
      { text: "98 per cent", subject: { text: "its refineries" } },
      { text: "91%", subject: { text: "the Barrancabermeja refinery" } },
    ],
  ],
  [
    "He said trains would run at up to 320 km an hour.",
    [{ text: "320 km an hour", subject: { text: "trains" } }],
  ],
  // A relative clause's noun phrase starts after a comparison or a form of "be".
  [
    "Graham said the rise was below inflation, which ran at 3.9 per cent, and fares grew faster than wages, which increased 2.1 percent.",
    [
      { text: "3.9 per cent", subject: { text: "inflation" } },
      { text: "2.1 percent", subject: { text: "wages" } },
    ],
  ],
];

export const FIX51_NAMED_AGAIN: Case[] = [
  // "the quarter", "the month" named again without dates: the latest such period named and over, where
  // the story's period has become another.
  [
    "Revenue grew 11.2 per cent to Rs 3,412 crore in Q2FY27. Minimum wages went up by 8 per cent this year, Khurana said. During the quarter, Sentinel won orders worth about Rs 640 crore.",
    [
      { text: "11.2 per cent" },
      { text: "Rs 3,412 crore" },
      { text: "8 per cent", period: { text: "this year", from: "2026", to: "2026" } },
      { text: "Rs 640 crore", period: { text: "quarter", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-28" },
  ],
  [
    "Exports rose 4% to $3.1 billion in October. Gas tariffs will rise 9pc this month. Imports fell 2% to $5 billion during the month.",
    [
      { text: "4%" },
      { text: "$3.1 billion" },
      { text: "9pc", period: { text: "this month", from: "2026-11", to: "2026-11" } },
      { text: "2%", period: { text: "month", from: "2026-10", to: "2026-10" } },
      { text: "$5 billion", period: { text: "month", from: "2026-10", to: "2026-10" } },
    ],
    { publishedAt: "2026-11-28" },
  ],
  // Months spelt out in parentheses say where the fiscal year starts.
  [
    "Amreli Steels posted a loss of Rs412 million in the first quarter (July-September) of FY27.",
    [
      {
        text: "Rs412 million",
        period: { text: "first quarter (July-September) of FY27", from: "2026-07", to: "2026-09" },
      },
    ],
    { publishedAt: "2026-11-28" },
  ],
];

export const FIX51_POSSESSIVE_LEDE: Case[] = [
  // A lede's period after "its" names the story's period as after "the".
  [
    "PETALING JAYA, Nov 26, 2026: Ann Joo Resources Bhd fell deeper into the red in its third quarter ended Sept 30, 2026 as demand weakened.\n\nThe steelmaker posted a net loss of RM18.6mil for the quarter. Revenue fell 12.4% to RM512.3mil.",
    [
      { text: "RM18.6mil", period: { text: "quarter", from: "2026-07", to: "2026-09" } },
      { text: "12.4%", period: { from: "2026-07", to: "2026-09" } },
      { text: "RM512.3mil", period: { from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-26" },
  ],
];

export const FIX51_SALE_EVENTS: Case[] = [
  // A double-day date before a word of a shopping event names the event; a percentage or points stay.
  [
    "Retailers are gearing up for the 11.11 sales, and its 12.12 campaign starts soon. Shares rose 11.11% as the index hit 12.12 points.",
    [{ text: "11.11%" }, { text: "12.12 points" }],
  ],
];

export const FIXES51: Case[] = [
  ...FIX51_DEFINED_UNITS,
  ...FIX51_RUNS_AT,
  ...FIX51_NAMED_AGAIN,
  ...FIX51_SALE_EVENTS,
  ...FIX51_POSSESSIVE_LEDE,
];
