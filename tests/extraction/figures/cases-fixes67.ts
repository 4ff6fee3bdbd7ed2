import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 67, in wording of my own. */

export const FIX67_BASIS_BEFORE_CHANGE_NOUN: Case[] = [
  // A change set off after an amount measures what the amount does, past a basis glued before its noun
  // (", a year-on-year increase of"; the subject had been "a year-on-year").
  [
    "Online sales of handbags reached 4.2 billion yuan in the first ten months, a year-on-year increase of 11.4 percent.",
    [
      { text: "4.2 billion yuan", subject: { text: "Online sales of handbags" } },
      { text: "11.4 percent", subject: { text: "Online sales of handbags" } },
    ],
  ],
];

export const FIX67_AREA_AND_PAIR_PRICES: Case[] = [
  // A price per pair, per square or cubic metre or foot, or per yard is a rate like "a tonne" (none had been).
  [
    "Split leather traded at $1.05 a square foot. The loafers sell for 4,300 yen a pair. Pine logs fetched £51 a cubic metre.",
    [
      { text: "$1.05", unit: "a square foot" },
      { text: "4,300 yen", unit: "a pair" },
      { text: "£51", unit: "a cubic metre" },
    ],
  ],
];

export const FIX67_INTERIM_COMPARATIVES: Case[] = [
  // An interim report of "the six months ended 30 September" declares a reporting year from April; a
  // comparative labelled "(H1 2025: ...)" is the same half a year before (it had been January-June), and the
  // full year is the reporting one.
  [
    "Interim results for the six months ended 30 September 2026\n\n- Revenue of £52.1 million (H1 2025: £47.3 million)\n\nThe board expects full-year revenue of about £105 million.",
    [
      { text: "£52.1 million", period: { from: "2026-04", to: "2026-09" } },
      { text: "£47.3 million", period: { text: "H1 2025", from: "2025-04", to: "2025-09" } },
      { text: "£105 million", period: { from: "2026-04", to: "2027-03" } },
    ],
    { publishedAt: "2026-11-18" },
  ],
  // ... whichever year the label names, the calendar's or the one the fiscal year ends in: "(H1 2026: ...)"
  // beside the six months ended 31 August 2026 is March-August 2025 (the label's own half would be the
  // current one).
  [
    "Unaudited interim results for the six months ended 31 August 2026\n\n- Revenue of R1,204.6 million (H1 2026: R1,088.2 million)",
    [
      { text: "R1,204.6 million", period: { from: "2026-03", to: "2026-08" } },
      { text: "R1,088.2 million", period: { text: "H1 2026", from: "2025-03", to: "2025-08" } },
    ],
    { publishedAt: "2026-10-14" },
  ],
  // ... and a whole year's, "(2025: ...)", beside the year ended 28 February 2026: March 2024 to February
  // 2025 (it had been calendar 2025).
  [
    "The group reported results for the year ended 28 February 2026. Headline earnings per share rose to 152.3 cents (2025: 131.8 cents).",
    [
      { text: "152.3 cents", period: { from: "2025-03", to: "2026-02" } },
      { text: "131.8 cents", period: { text: "2025", from: "2024-03", to: "2025-02" } },
    ],
    { publishedAt: "2026-05-20" },
  ],
];

export const FIX67_BRIEF_ISSUER_PREFIX: Case[] = [
  // A brief's line opened by the issuer's name in capitals, its legal form and a spaced dash: the label after
  // the dash names the figure (there had been no subject).
  [
    "* TANNERY WORKS LTD - Q3 REVENUE 412.5 MLN RUPEES VERSUS 388.1 MLN RUPEES\n* TANNERY WORKS LTD - DECLARES INTERIM DIVIDEND OF 2 RUPEES PER SHARE",
    [
      { text: "412.5 MLN RUPEES", subject: { text: "REVENUE" } },
      { text: "388.1 MLN RUPEES", subject: { text: "REVENUE" } },
      { text: "2 RUPEES", subject: { text: "INTERIM DIVIDEND" } },
    ],
  ],
];

export const FIX67_LABEL_DEFINED_ACRONYM: Case[] = [
  // A results line's label may define its acronym in parentheses before the figure; the label is read
  // without it (there had been no subject).
  [
    "- Headline earnings per share (HEPS) 96.2c, up 8.1%\n* Q3 OPERATING INCOME (EBITA) SEK 412 MILLION VERSUS SEK 380 MILLION",
    [
      { text: "96.2c", subject: { text: "Headline earnings per share" } },
      { text: "8.1%", subject: { text: "Headline earnings per share" } },
      { text: "SEK 412 MILLION", subject: { text: "OPERATING INCOME" } },
      { text: "SEK 380 MILLION", subject: { text: "OPERATING INCOME" } },
    ],
  ],
];

export const FIX67_COUNT_INSIDE_OPENING_PHRASE: Case[] = [
  // An age or a count inside the phrase that opens the sentence stays in it, as it does further in (there
  // had been no subject, or the words after the count).
  [
    "Customers aged 39 or younger accounted for 31 percent of orders. Duties of 40% on imported hides added $2 a square foot to costs.",
    [
      { text: "31 percent", subject: { text: "Customers aged 39 or younger" } },
      { text: "40%" },
      { text: "$2", subject: { text: "Duties of 40% on imported hides" } },
    ],
  ],
  // ... and past a possessive after "across", "at", "for" or "in": "Occupancy across its 27 lodges" (it had
  // been "lodges", the count's own unit).
  [
    'Occupancy across its 27 lodges averaged 71%. "Diesel for our 48 trucks went up 18%," he said.',
    [
      { text: "27 lodges" },
      { text: "71%", subject: { text: "Occupancy across its 27 lodges" } },
      { text: "48 trucks" },
      { text: "18%", subject: { text: "Diesel for our 48 trucks" } },
    ],
  ],
];

export const FIX67_SIGNED_BARE_COMPARATIVE: Case[] = [
  // A bare comparative with a minus sign is the same measure a period before, a loss: it had been a bare
  // number, a fall, dated to the quarter.
  [
    "Third quarter 2026\n- Operating profit was SEK 9.2 million (-4.7)\n- Operating margin was 6.2 percent (-3.9)",
    [
      { text: "SEK 9.2 million" },
      { text: "-4.7", kind: "MONEY", value: -4700000, currency: "SEK", change: undefined, period: undefined },
      { text: "6.2 percent" },
      { text: "-3.9", kind: "PERCENT", value: -3.9, change: undefined, period: undefined },
    ],
  ],
];

export const FIXES67: Case[] = [
  ...FIX67_SIGNED_BARE_COMPARATIVE,
  ...FIX67_COUNT_INSIDE_OPENING_PHRASE,
  ...FIX67_LABEL_DEFINED_ACRONYM,
  ...FIX67_BRIEF_ISSUER_PREFIX,
  ...FIX67_BASIS_BEFORE_CHANGE_NOUN,
  ...FIX67_AREA_AND_PAIR_PRICES,
  ...FIX67_INTERIM_COMPARATIVES,
];
