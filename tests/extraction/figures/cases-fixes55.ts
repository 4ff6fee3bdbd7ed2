import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 55, in wording of my own. */

export const FIX55_GLUED_GRAMS: Case[] = [
  // "a 400g tin", "an 800g pack": grams glued on in lower case are a measure, as "5kg" and "400-gram"
  // were; the "G" of "5G" is a network's generation, no unit.
  [
    "A 400g tin of formula costs Rs2,480, while an 800g pack sells for Rs4,100. 5G subscribers rose to 40 million.",
    [
      { text: "400g", kind: "QUANTITY", unit: "g", value: 400 },
      { text: "Rs2,480" },
      { text: "800g", kind: "QUANTITY", unit: "g", value: 800 },
      { text: "Rs4,100" },
      { text: "40 million", kind: "NUMBER" },
    ],
  ],
  [
    // (A measure's own figure is no subject of it: not "550g"; what weighs it is, since session 71.)
    "The tub weighs 550g, down from 600g.",
    [
      { text: "550g", unit: "g", subject: { text: "The tub" } },
      { text: "600g", unit: "g", subject: { text: "The tub" } },
    ],
  ],
];

export const FIX55_DENOMINATOR_ENDS: Case[] = [
  // "4g per 100ml since 2022", "1.5 deaths per 100,000 by 2030": a word of time or of a clause ends a
  // rate's denominator.
  [
    "The levy applies above 4g per 100ml since 2022. The emirate aims to reach 1.5 deaths per 100,000 by 2030.",
    [
      { text: "4g per 100ml", unit: "g per 100 ml" },
      { text: "1.5 deaths per 100,000", unit: "deaths per 100,000" },
    ],
  ],
];

export const FIX55_MAKE_YEAR: Case[] = [
  // "the 2015-built capesize", "a 2019-vintage plant": a year glued by a dash to a word of making says
  // when a thing was made, no period of the price it sold for.
  [
    "The 2011-built Star Mira fetched $21 million. A 2019-vintage plant sold for $40 million in 2025.",
    [
      { text: "$21 million", period: undefined },
      { text: "$40 million", period: { text: "2025" } },
    ],
  ],
];

export const FIX55_PASSIVE_SALE: Case[] = [
  // "was sold to Chinese buyers for about $37.5 million", "was bought by Brookfield for $1.2 billion": a
  // passive sale's price measures what was sold, past its buyer or its seller.
  [
    "The capesize Pacific Harmony was sold to Chinese buyers for about $37.5 million. The tower was bought by Brookfield for $1.2 billion.",
    [
      { text: "$37.5 million", subject: { text: "The capesize Pacific Harmony" } },
      { text: "$1.2 billion", subject: { text: "The tower" } },
    ],
  ],
  [
    // (Past the year it was sold in: "was acquired in 2014 by Axel Springer for".)
    "Yad2 was acquired in 2014 by Axel Springer for NIS 800 million.",
    [{ text: "NIS 800 million", subject: { text: "Yad2" } }],
  ],
];

export const FIX55_AMPERSAND_PAYER: Case[] = [
  // "LS Cable & System was fined 14.8 billion won": the fine's payer is the whole name, across its "&".
  [
    "LS Cable & System was fined 14.8 billion won.",
    [{ text: "14.8 billion won", subject: { text: "LS Cable & System" } }],
  ],
];

export const FIX55_REPORTED_LAST_MONTH: Case[] = [
  // "Nazara Technologies last month reported a 41 per cent jump in profit for the July-September quarter":
  // a recent month right before the report's verb is when it reported, as a day there was, and dates no
  // figure; the sentence's own period does.
  [
    "Nazara Technologies last month reported a 41 per cent jump in profit for the July-September quarter.",
    [{ text: "41 per cent", period: { text: "July-September quarter", from: "2026-07", to: "2026-09" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    // (Not a month whose verb is the figure's own: "Exports last month rose 4%".)
    "Exports last month rose 4%.",
    [{ text: "4%", period: { text: "last month", from: "2026-10", to: "2026-10" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX55_FISCAL_PART: Case[] = [
  // "Operating profit for the fiscal second quarter": "fiscal" before an ordinal part of a year is the
  // period's word, not the subject's last.
  [
    "Operating profit for the fiscal second quarter came to 14.2 billion yen.",
    [
      {
        text: "14.2 billion yen",
        subject: { text: "Operating profit" },
        period: { text: "fiscal second quarter" },
      },
    ],
  ],
];

export const FIX55_LABEL_IN_OBJECT: Case[] = [
  // "raised its FY27 earnings forecast by 6% to RM68.4mil": a period's label written as one word in the
  // object of a change verb is passed over as a year is, so the verb's change and object are read.
  [
    "Maybank raised its FY27 earnings forecast by 6% to RM68.4mil. The group cut its 1H26 revenue guidance by 3%.",
    [
      {
        text: "6%",
        change: { direction: "increase", measure: "relative" },
        subject: { text: "its FY27 earnings forecast" },
      },
      { text: "RM68.4mil", subject: { text: "its FY27 earnings forecast" } },
      {
        text: "3%",
        change: { direction: "decrease", measure: "relative" },
        subject: { text: "its 1H26 revenue guidance" },
      },
    ],
  ],
  [
    // (A participle with an object of its own after the figure before moves that object.)
    "The bank kept a target price of RM2.65, raising its net profit forecast by 3% to RM540mil.",
    [
      { text: "RM2.65", subject: { text: "a target price" } },
      { text: "3%", subject: { text: "its net profit forecast" } },
      { text: "RM540mil", subject: { text: "its net profit forecast" } },
    ],
  ],
];

export const FIX55_NOTIFIED_DAY: Case[] = [
  // "The government on Tuesday notified a minimum wage of Rs42,000": notifying, gazetting or decreeing is a
  // one-off act whose day dates the act, not the level it sets.
  [
    "The government on Tuesday notified a minimum wage of Rs42,000 a month.",
    [{ text: "Rs42,000", period: undefined, subject: { text: "a minimum wage" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX55_SPACED_MEASURE: Case[] = [
  // "The 180,000 dwt capesize", "A 24,000 TEU container ship": a measure written apart from its unit, after
  // a determiner, describes the noun after it and stays in the subject; a quantity of something does not
  // ("landed 398,000 tonnes of sea fish worth £691m").
  [
    "A 24,000 TEU container ship now costs around $273 million. Scottish vessels landed 398,000 tonnes of sea fish worth £691m.",
    [
      { text: "24,000 TEU" },
      { text: "$273 million", subject: { text: "A 24,000 TEU container ship" } },
      { text: "398,000 tonnes" },
      { text: "£691m", subject: { text: "tonnes of sea fish" } },
    ],
  ],
];

export const FIXES55: Case[] = [
  ...FIX55_GLUED_GRAMS,
  ...FIX55_DENOMINATOR_ENDS,
  ...FIX55_MAKE_YEAR,
  ...FIX55_PASSIVE_SALE,
  ...FIX55_AMPERSAND_PAYER,
  ...FIX55_REPORTED_LAST_MONTH,
  ...FIX55_FISCAL_PART,
  ...FIX55_LABEL_IN_OBJECT,
  ...FIX55_NOTIFIED_DAY,
  ...FIX55_SPACED_MEASURE,
];
