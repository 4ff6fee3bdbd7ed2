import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 56, in wording of my own. */

export const FIX56_ACRONYM_OF: Case[] = [
  // "expects earnings before interest and tax (EBIT) of": an acronym in parentheses before "of" stays in
  // the subject, and the words it spells are one noun, commas and "and" included.
  [
    "Fuchs now expects earnings before interest and tax (EBIT) of 460 million to 480 million euros. The group reported earnings before interest, tax, depreciation and amortisation (EBITDA) of $2.24 billion. The raids found duty and goods and services tax (GST) of $31.8 million.",
    [
      {
        text: "460 million to 480 million euros",
        subject: { text: "earnings before interest and tax (EBIT)" },
      },
      {
        text: "$2.24 billion",
        subject: { text: "earnings before interest, tax, depreciation and amortisation (EBITDA)" },
      },
      { text: "$31.8 million", subject: { text: "duty and goods and services tax (GST)" } },
    ],
  ],
  [
    // (Words that do not spell it: only the head before the parentheses and its modifiers.)
    "Keppel reported distribution per unit (DPU) of 2.64 cents. The state set a minimum support price (MSP) of Rs 5,328.",
    [
      { text: "2.64 cents", subject: { text: "distribution per unit (DPU)" } },
      { text: "Rs 5,328", subject: { text: "a minimum support price (MSP)" } },
    ],
  ],
];

export const FIX56_COMMA_AND_ITEM: Case[] = [
  // ", and adjusted Ebitda of": a comma and "and" open another item of the sentence, which the subject
  // before "of" does not take in.
  [
    "Sales rose 5% over the quarter as demand from China recovered, and adjusted Ebitda of $318 million beat forecasts.",
    [
      { text: "5%", subject: { text: "Sales" } },
      { text: "$318 million", subject: { text: "adjusted Ebitda" } },
    ],
  ],
];

export const FIX56_KILOLITRES: Case[] = [
  // "672,000 kl": kilolitres abbreviated, as "kiloliters" written out.
  [
    "Pertamina Lubricants sold 672,000 kl of lubricants.",
    [{ text: "672,000 kl", kind: "QUANTITY", unit: "kl", value: 672000 }],
  ],
];

export const FIX56_LEDE_WHILE: Case[] = [
  // "returned to profit in the April-September half, while rival Nippon Sharyo warned that shortages would
  // cap output": what is to come after "while" is another clause's, and leaves the lede's half the story's
  // period, which "the six months" after it restates.
  [
    "TOKYO -- Kawasaki's rolling stock business returned to profit in the April-September half, while rival Nippon Sharyo warned that labor shortages would cap output through next year. The unit posted segment revenue of 112.6 billion yen for the six months, up 14% on the year.",
    [
      {
        text: "112.6 billion yen",
        subject: { text: "segment revenue" },
        period: { text: "six months", from: "2026-04", to: "2026-09" },
      },
      { text: "14%", period: { text: "six months", from: "2026-04", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-06" },
  ],
];

export const FIX56_HYPHENED_MODIFIER: Case[] = [
  // "value-added tax of", "all-in sustaining costs of", "minimum paid-up capital of": a word glued by a
  // hyphen to the one before it is one modifier with it, though its last part alone ("added", "paid")
  // would be a verb.
  [
    "Kenya charges value-added tax of 16 percent. Brokers need minimum paid-up capital of N50 million, and the miner reported all-in sustaining costs of US$1,413 an ounce.",
    [
      { text: "16 percent", subject: { text: "value-added tax" } },
      { text: "N50 million", subject: { text: "minimum paid-up capital" } },
      { text: "US$1,413", subject: { text: "all-in sustaining costs" } },
    ],
  ],
];

export const FIX56_ASSUMED_AT: Case[] = [
  // "It assumes Dubai crude at $65 a barrel": what a forecast's premise sets at a level is its subject, as
  // "put the cost at" does.
  [
    "It assumes Dubai crude at $65 a barrel. The budget assumed oil at $70.",
    [
      { text: "$65", subject: { text: "Dubai crude" } },
      { text: "$70", subject: { text: "oil" } },
    ],
  ],
];

export const FIX56_ESTIMATE_NOUN: Case[] = [
  // "raised its FY26 earnings estimate by 8% to RM98.3mil": "estimate" as the object's noun, with no object
  // of its own after it, is no verb the object opens after ("forecast" already read so); "estimate its
  // value at" still is.
  [
    "Maybank raised its FY26 earnings estimate by 8% to RM98.3mil. The brokerage raised its FY27 revenue estimate for the chain by 4 per cent. Analysts at Jefferies estimate SoftBank's net asset value at ¥41tn.",
    [
      { text: "8%", subject: { text: "its FY26 earnings estimate" } },
      { text: "RM98.3mil", subject: { text: "its FY26 earnings estimate" } },
      { text: "4 per cent", subject: { text: "its FY27 revenue estimate for the chain" } },
      { text: "¥41tn", subject: { text: "SoftBank's net asset value" } },
    ],
  ],
];

export const FIX56_HEADING_PERIOD: Case[] = [
  // "Swiss watch exports by destination, January-October 2026, ...:": the one period a list's heading
  // names dates its items that name none, marked carried; not a level compared ("from $2.91 billion").
  [
    "Swiss watch exports by destination, January-October 2026:\n\n1. United States: 4.31 billion francs, up 4.1%\n\nTotal: 21.6 billion francs, up 2% from 21.2 billion francs",
    [
      {
        text: "4.31 billion francs",
        period: { text: "January-October 2026", from: "2026-01", to: "2026-10", carried: true },
      },
      { text: "4.1%", period: { text: "January-October 2026", carried: true } },
      { text: "21.6 billion francs", period: { text: "January-October 2026", carried: true } },
      { text: "2%", period: { text: "January-October 2026", carried: true } },
      { text: "21.2 billion francs", period: undefined },
    ],
  ],
];

export const FIX56_PERIOD_IN_OBJECT: Case[] = [
  // "raised its FY26-FY27 earnings forecasts by 8% to 11%": whatever the period reader reads in the object
  // of a change verb is passed over, a span of labels too (session 55 matched single labels by shape).
  [
    "Kenanga raised its FY26-FY27 earnings forecasts by 8% to 11%.",
    [
      {
        text: "8% to 11%",
        change: { direction: "increase", measure: "relative" },
        subject: { text: "its FY26-FY27 earnings forecasts" },
      },
    ],
  ],
];

export const FIXES56: Case[] = [
  ...FIX56_ACRONYM_OF,
  ...FIX56_COMMA_AND_ITEM,
  ...FIX56_KILOLITRES,
  ...FIX56_LEDE_WHILE,
  ...FIX56_HYPHENED_MODIFIER,
  ...FIX56_ASSUMED_AT,
  ...FIX56_ESTIMATE_NOUN,
  ...FIX56_HEADING_PERIOD,
  ...FIX56_PERIOD_IN_OBJECT,
];
