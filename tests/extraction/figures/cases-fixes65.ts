import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 65, in wording of my own. */

export const FIX65_TITLE_APPOSITION: Case[] = [
  // A title of title words joined by "and" set off by commas is no list of names: the speaker is the name
  // before it (the quote had gone to no one).
  [
    'Hindustan Unilever posted a profit. Sudhir Sitapati, Managing Director and CEO, said: "Palm oil is about 20% cheaper."',
    [{ text: "20%", speaker: { name: "Sudhir Sitapati", mode: "quoted" } }],
  ],
  // ... where a list of companies set off so still is one.
  [
    "Ionity, the venture of BMW, Ford and Volkswagen, said charging rose 40%.",
    [{ text: "40%", speaker: { name: "Ionity" } }],
  ],
];

export const FIX65_QUOTE_AFTER_COLON: Case[] = [
  // "X, title, said:" with the quote after it (on its line or the next paragraph) is X's, as "X said:" was;
  // and the paragraph a quote runs on into is the same speaker's.
  [
    'Hannah Okafor, the association\'s director general, said: "Members are working flat out. Insurers have made more than 20,000 payments."',
    [{ text: "20,000 payments", speaker: { name: "Hannah Okafor", mode: "quoted" } }],
  ],
  [
    'Bramley Tutors posted results.\n\nPriya Raman, Chief Executive Officer, said:\n\n"With around 70% of our tutors now qualified teachers, we are strong.\n\n"We expect revenue of approximately £95 million."',
    [
      { text: "70%", speaker: { name: "Priya Raman", mode: "quoted" } },
      { text: "£95 million", speaker: { name: "Priya Raman", mode: "quoted" } },
    ],
  ],
];

export const FIX65_MEASURED_TIMES: Case[] = [
  // A time after a word of its own ("median time", "processing time", "travel time") or a response measures
  // a wait or a trip: a figure, as "response time" was; not "for the first time in nearly three years", "at
  // the time", "local time" or a "two-time" champion.
  [
    "Median time to treatment fell to 21 minutes. The bureau cut processing time to 15 days from 45 days. Ambulances responded within 8 minutes.",
    [
      {
        text: "21 minutes",
        kind: "QUANTITY",
        unit: "minutes",
        subject: { text: "Median time to treatment" },
      },
      { text: "15 days", kind: "QUANTITY", unit: "days" },
      { text: "45 days", kind: "QUANTITY", unit: "days" },
      { text: "8 minutes", kind: "QUANTITY", unit: "minutes" },
    ],
  ],
  [
    "Reservoirs rose above 50% for the first time in nearly three years. The draw is at 8 p.m. local time (2300 GMT). The two-time champion needed 64 minutes.",
    [{ text: "50%" }],
  ],
];

export const FIX65_EMERGENCY_NUMBERS: Case[] = [
  // An emergency number before its line's words is a name, no count: "a 999 call", "the 108 service",
  // "urban 911 medical calls", "the toll-free 767 and 112 lines", "120-dispatch centres".
  [
    "It won the 108 ambulance contract. Calls under the '108' helpline rose. Urban 911 medical calls rose 4%. Crews were answering a 999 call. China has 120-dispatch centres. Use the toll-free 767 and 112 lines.",
    [{ text: "4%", subject: { text: "Urban 911 medical calls" } }],
  ],
  // ... not a count before other nouns, nor a count of emergency units.
  [
    "Companies recalled 112 medical devices. About 700 emergency units closed. The service bought 120 ambulances and answered 999 more calls.",
    [
      { text: "112 medical devices", unit: "devices" },
      { text: "700 emergency units", unit: "units" },
      { text: "120 ambulances", unit: "ambulances" },
      { text: "999 more calls", unit: "calls" },
    ],
  ],
];

export const FIX65_QUARTER_OF_FISCAL_YEAR: Case[] = [
  // "the first quarter of FY27 ended September 30, 2026" is the quarter that ends that day, as "the quarter
  // ended September 30, 2026" was (it had been the day alone).
  [
    "Colgate-Palmolive (Pakistan) said net profit for the first quarter of FY27 ended September 30, 2026, rose 21 percent. Sales in the quarter of fiscal 2027 ended Sept. 30 rose 5%.",
    [
      { text: "21 percent", period: { from: "2026-07", to: "2026-09" } },
      { text: "5%", period: { from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-10-28" },
  ],
];

export const FIX65_LABEL_ASIDES: Case[] = [
  // A label's aside in parentheses before the colon stays in the label (the label had been lost).
  [
    "- Net profit (before exceptional items): Rs 512 crore, up 9%\n- P1 pruned sawlogs (domestic): $205, up $2",
    [
      { text: "Rs 512 crore", subject: { text: "Net profit (before exceptional items)" } },
      { text: "9%", subject: { text: "Net profit (before exceptional items)" } },
      { text: "$205", subject: { text: "P1 pruned sawlogs (domestic)" } },
      { text: "$2", subject: { text: "P1 pruned sawlogs (domestic)" } },
    ],
  ],
];

export const FIX65_GROWTH_KIND_AND_NOUN: Case[] = [
  // A growth's kind and what grows before "growth of" are its subject together, as "organic growth" was
  // ("underlying sales growth of 3.2%" had none).
  [
    "Home care reported underlying sales growth of 3.2%. Aon reported organic revenue growth of 6% in the third quarter. It reported organic growth of 2%.",
    [
      { text: "3.2%", subject: { text: "underlying sales" } },
      { text: "6%", subject: { text: "organic revenue" } },
      { text: "2%", subject: { text: "organic growth" } },
    ],
  ],
];

export const FIX65_COMPARED_LEVEL_PERIOD: Case[] = [
  // The period of a level set against the figure before ("compared with about 4% in the June quarter") is
  // that level's, not the story's next one: the margin after it stays in the quarter of the results.
  [
    "Profit rose 6% in the quarter ended Sept. 30. Volume growth was 3%, compared with about 4% in the June quarter. Margin narrowed to 23.2%.",
    [
      { text: "6%", period: { from: "2026-07", to: "2026-09" } },
      { text: "3%", period: { from: "2026-07", to: "2026-09", carried: true } },
      { text: "4%", period: { text: "June quarter", from: "2026-04", to: "2026-06" } },
      { text: "23.2%", period: { from: "2026-07", to: "2026-09", carried: true } },
    ],
    { publishedAt: "2026-10-22" },
  ],
];

export const FIX65_BRIEF_QUARTER_ENDED: Case[] = [
  // A brief's "* Says quarter ended Aug. 31, 2026" after its "Q1" lines declares the reporting year, as "the
  // first quarter ended" did: its Q1 is June to August (it had been January to March).
  [
    "BRIEF-Lagos Soap Co Q1 Pretax Profit Rises\n\nOct 30 (Reuters) - Lagos Soap Co Plc:\n\n* Q1 revenue 58.31 billion naira versus 41.77 billion naira year ago\n\n* Says quarter ended Aug. 31, 2026",
    [
      { text: "58.31 billion naira", period: { text: "Q1", from: "2026-06", to: "2026-08" } },
      { text: "41.77 billion naira", period: { from: "2025-06", to: "2025-08" } },
    ],
    { publishedAt: "2026-10-30" },
  ],
];

export const FIX65_IRREGULAR_PLURALS: Case[] = [
  // Taxis are counted (the rule for plurals in "s" leaves out "-is" words, with "analysis"), and an
  // irregular plural after modifiers is the unit as a plain one is; not one that describes a noun after it.
  [
    "The city has 14,690 taxis. The service bought five fixed-wing aircraft and hired 1,100 affected staff. The budget buys 24 armoured personnel carriers.",
    [
      { text: "14,690 taxis", kind: "QUANTITY", unit: "taxis" },
      { text: "five fixed-wing aircraft", kind: "QUANTITY", value: 5, unit: "aircraft" },
      { text: "1,100 affected staff", kind: "QUANTITY", unit: "staff" },
      { text: "24 armoured personnel carriers", kind: "QUANTITY", unit: "carriers" },
    ],
  ],
];

export const FIXES65: Case[] = [
  ...FIX65_TITLE_APPOSITION,
  ...FIX65_QUOTE_AFTER_COLON,
  ...FIX65_MEASURED_TIMES,
  ...FIX65_IRREGULAR_PLURALS,
  ...FIX65_EMERGENCY_NUMBERS,
  ...FIX65_QUARTER_OF_FISCAL_YEAR,
  ...FIX65_LABEL_ASIDES,
  ...FIX65_GROWTH_KIND_AND_NOUN,
  ...FIX65_COMPARED_LEVEL_PERIOD,
  ...FIX65_BRIEF_QUARTER_ENDED,
];
