import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 69, in wording of my own. */

export const FIX69_WORK_SOURCE_PAST_RELEASE: Case[] = [
  // "A report by X published on Monday" speaks through any verb, as "A report by X" did: past the release's
  // participle and day ("said", "estimated ... at" and "put ... at" had found no name before them).
  [
    "A report by the Lagos Water Corporation published on Monday said losses reached 38%. A survey by Ipsos released last week put unemployment at 4.7%.",
    [
      { text: "38%", speaker: { name: "Lagos Water Corporation" } },
      { text: "4.7%", speaker: { name: "Ipsos" } },
    ],
  ],
];

export const FIX69_QUOTE_AFTER_LONG_ATTRIBUTION: Case[] = [
  // A quote after its paragraph's attributed quote is the same speaker's past a long apposition (up to 30
  // tokens between the quotes; it had been 20) and past a title no one speaks, quoted in the attribution.
  [
    '"Without the law, no large show would exist," said Stephanie Mayorkis, chief executive of producer IMM, which is staging "Les Miserables" at Teatro Renault. "Sponsors fund about 60% of our budgets."',
    [{ text: "60%", speaker: { name: "Stephanie Mayorkis" } }],
  ],
  [
    '"Retail investors are more active than the tax system assumes," said Takashi Ito, a crypto analyst at Laser Digital, the digital-asset unit of Nomura Holdings. "A 20% rate would bring crypto into line."',
    [{ text: "20%", speaker: { name: "Takashi Ito" } }],
  ],
  // A legal form's point inside the attribution ends no sentence ("... Cold Chain Co., which stores grain.");
  // one that ends it before the next quote still does.
  [
    '"Operators lost money," said Liu Xiaoming, general manager of Jinxiang Dadi Cold Chain Co., which stores grain. "We are only filling 60% to 65% of capacity."',
    [{ text: "60% to 65%", speaker: { name: "Liu Xiaoming" } }],
  ],
  [
    '"The top end held up," said Bina Genovese, joint MD of Strauss & Co. "We had 23 lots sell for more than R1m."',
    [
      { text: "23 lots", speaker: { name: "Bina Genovese" } },
      { text: "R1m", speaker: { name: "Bina Genovese" } },
    ],
  ],
];

export const FIX69_INSTITUTION_OF_A_FIELD: Case[] = [
  // An institution's head, "of" and field words, all of them title words, is a name ("The Bank of Industry
  // said" had no speaker: every word was skipped as a title's), as "The Bank of Ghana said" was.
  [
    "The Bank of Industry (BOI) said it had lent N1.2 billion to mushroom growers. The Minister of Industry said output rose 4%.",
    [
      { text: "N1.2 billion", speaker: { name: "Bank of Industry" } },
      { text: "4%", speaker: undefined },
    ],
  ],
];

export const FIX69_TABLE_SCALES: Case[] = [
  // A header that states a currency and a scale makes its rows' bare numbers money (they were numbers): a
  // row's own currency or a rate per share stays unscaled, a row of things counted stays a count, and a
  // table row's number compared "vs" another is a figure after its capitalized label ("Sales 412.6" had been
  // read as a name's number, as "Boeing 737" is).
  [
    "Key figures for the six months to June 30 (in millions of U.S. dollars unless stated):\n\n- Revenue: 286.4 vs 241.9\n- Earnings per share: 0.21 vs 0.15\n\nSix months to June 30 (in millions of euros unless stated)\nSales 412.6 vs 377.9\nEarnings per share (euros) 1.42 vs 1.26\nEmployees 3,214 vs 3,087\nThe company raised 5.2 billion rupees (about $62 million) in the period.",
    [
      { text: "286.4", kind: "MONEY", value: 286400000, currency: "USD" },
      { text: "241.9", kind: "MONEY", value: 241900000, currency: "USD" },
      { text: "0.21", kind: "MONEY", value: 0.21, currency: "USD" },
      { text: "0.15", kind: "MONEY", value: 0.15, currency: "USD" },
      { text: "412.6", kind: "MONEY", value: 412600000, currency: "EUR" },
      { text: "377.9", kind: "MONEY", value: 377900000, currency: "EUR" },
      { text: "1.42", kind: "MONEY", value: 1.42, currency: "EUR" },
      { text: "1.26", kind: "MONEY", value: 1.26, currency: "EUR" },
      { text: "3,214", kind: "NUMBER", value: 3214 },
      { text: "3,087", kind: "NUMBER", value: 3087 },
      { text: "5.2 billion rupees", kind: "MONEY", value: 5200000000, currency: "INR" },
      { text: "$62 million", kind: "MONEY", value: 62000000, currency: "USD" },
    ],
  ],
  [
    "Group results for the half year (HK$ million):\n\n- Revenue: 2,964 (2,417)\n\nNet profit (RM'000) 12,345 10,111\nRevenue (Rs crore) 1,204.5 1,088.1",
    [
      { text: "2,964", kind: "MONEY", value: 2964000000, currency: "HKD" },
      { text: "2,417", kind: "MONEY", value: 2417000000, currency: "HKD" },
      { text: "12,345", kind: "MONEY", value: 12345000, currency: "MYR" },
      { text: "10,111", kind: "MONEY", value: 10111000, currency: "MYR" },
      { text: "1,204.5", kind: "MONEY", value: 12045000000, currency: "INR" },
      { text: "1,088.1", kind: "MONEY", value: 10881000000, currency: "INR" },
    ],
  ],
  // A scale letter ("US$m", "£m") states the scale too, and a header ends the table of the header before it.
  [
    "Results (US$m):\n- Revenue: 286.4 vs 241.9\nResults (£m):\n- Revenue: 12.5 vs 10.1",
    [
      { text: "286.4", kind: "MONEY", value: 286400000, currency: "USD" },
      { text: "241.9", kind: "MONEY", value: 241900000, currency: "USD" },
      { text: "12.5", kind: "MONEY", value: 12500000, currency: "GBP" },
      { text: "10.1", kind: "MONEY", value: 10100000, currency: "GBP" },
    ],
  ],
];

export const FIX69_HEADING_PERIODS: Case[] = [
  // "Nine-Month 2026" and "Nine Months 2026" are the year's first nine months (they had been the year); a
  // heading's dateline day is no second period ("JOHANNESBURG, Sept 8 ... for the six months ended June 30,
  // 2026:" had carried nothing); "Period January–September 2026" heads a section as the months alone do.
  [
    "DUBAI, Nov. 4, 2026 - Gulf Vista Media PJSC announced its results.\n\nNine-Month 2026 Highlights\n- Revenue of AED 684.3 million, up 16.8% year-on-year",
    [
      { text: "AED 684.3 million", period: { text: "Nine-Month 2026", from: "2026-01", to: "2026-09" } },
      { text: "16.8%", period: { text: "Nine-Month 2026", from: "2026-01", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-04" },
  ],
  [
    "JOHANNESBURG, Sept 8 (Business Day) - Outdoor Africa Group reported the following for the six months ended June 30, 2026:\n\n- Revenue: R1.48 billion (H1 2025: R1.31 billion), up 13%",
    [
      { text: "R1.48 billion", period: { from: "2026-01", to: "2026-06" } },
      { text: "R1.31 billion", period: { text: "H1 2025" } },
      { text: "13%", period: { from: "2026-01", to: "2026-06" } },
    ],
    { publishedAt: "2026-09-08" },
  ],
  [
    "UMEÅ, Oct 29 - Norrland Chips AB published its interim report.\n\nThird quarter (July–September 2026)\n- Net sales amounted to SEK 402.6 million\n\nPeriod January–September 2026\n- Net sales amounted to SEK 1,126.0 million",
    [
      { text: "SEK 402.6 million", period: { from: "2026-07", to: "2026-09" } },
      {
        text: "SEK 1,126.0 million",
        period: { text: "January–September 2026", from: "2026-01", to: "2026-09" },
      },
    ],
    { publishedAt: "2026-10-29" },
  ],
];

export const FIX69_BODY_OF_LOWER_CASE_OWNER: Case[] = [
  // "according to the agriculture ministry's Office of ..." names the office (it had no speaker); an owner in
  // lower case before a work's title names no one ("the county's Finance Act").
  [
    "Chile exported 4,200 tonnes of truffles last year, according to the agriculture ministry's Office of Agricultural Studies (Odepa). Burial fees stand at Sh6,500, according to the county's Finance Act.",
    [
      { text: "4,200 tonnes", speaker: { name: "Office of Agricultural Studies" } },
      { text: "Sh6,500", speaker: undefined },
    ],
  ],
];

export const FIXES69: Case[] = [
  ...FIX69_BODY_OF_LOWER_CASE_OWNER,
  ...FIX69_HEADING_PERIODS,
  ...FIX69_TABLE_SCALES,
  ...FIX69_INSTITUTION_OF_A_FIELD,
  ...FIX69_QUOTE_AFTER_LONG_ATTRIBUTION,
  ...FIX69_WORK_SOURCE_PAST_RELEASE,
];
