import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 31, in wording of my own. */

export const FIX31_AGE_GROUPS: Case[] = [
  // A group named by its ages stays in the subject; its first age is no figure.
  [
    "The rate for 18-20 year olds rises 6.7% to £10.00 an hour.",
    [
      { text: "6.7%", subject: { text: "The rate for 18-20 year olds" } },
      { text: "£10.00", subject: { text: "The rate for 18-20 year olds" } },
    ],
  ],
  [
    "The rate for 16 and 17 year olds rises to £7.55.",
    [{ text: "£7.55", subject: { text: "The rate for 16 and 17 year olds" } }],
  ],
  [
    "Pay for workers 16 to 17 years old rose 5%.",
    [{ text: "5%", subject: { text: "Pay for workers 16 to 17 years old" } }],
  ],
];

export const FIX31_COMPARED_LEVELS: Case[] = [
  // A level compared after an adverb, or after a longer predicate, measures what the level before it does.
  [
    "Illicit cigarettes made up 55.6% of the market in the third quarter, down slightly from 57.1% a year earlier.",
    [
      { text: "55.6%", subject: { text: "Illicit cigarettes" } },
      { text: "57.1%", subject: { text: "Illicit cigarettes" } },
    ],
  ],
  [
    "About 70% of visa processing costs would now be covered by fees, up from 58% in 2024-25.",
    [
      { text: "70%", subject: { text: "visa processing costs" } },
      { text: "58%", subject: { text: "visa processing costs" } },
    ],
  ],
  [
    "Only 62.5% of long-distance trains arrived on time in 2025, down from 67.2% in 2024, the operator said.",
    [
      { text: "62.5%", subject: { text: "long-distance trains" } },
      { text: "67.2%", subject: { text: "long-distance trains" } },
    ],
  ],
];

export const FIX31_EVENT_YEARS: Case[] = [
  // A year that opens an event's name across a few capitalized words is no period, and the sentence that
  // names the event takes no story period either.
  [
    "Saudi Arabia will spend $10 billion on the 15 stadiums planned for the 2034 FIFA World Cup.",
    [
      { text: "$10 billion", period: undefined },
      { text: "15 stadiums", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Organizers of the 2028 Los Angeles Olympics said they had sold 4.2 million tickets.",
    [{ text: "4.2 million tickets", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "In the first half, revenue rose 5% to $2 billion. The 2024 Paris Games sold a record 9.5 million tickets.",
    [
      { text: "5%", period: { from: "2026-01", to: "2026-06" } },
      { text: "$2 billion", period: { from: "2026-01", to: "2026-06" } },
      { text: "9.5 million tickets", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX31_DATELINES: Case[] = [
  // A dateline's date is no period, with a credit of several words in parentheses or an outlet after a bar.
  [
    "RIO DE JANEIRO, Nov 25, 2026 (Folha de S.Paulo, English edition) - Brazil has sold 1.2 million tickets.",
    [{ text: "1.2 million tickets", period: undefined }],
    { publishedAt: "2026-11-25" },
  ],
  [
    "Fisheries output falls 3.8% as tuna catch slumps\nNovember 13, 2026 | BusinessWorld\n\nMANILA - Fish landings fell.",
    [{ text: "3.8%", period: undefined }],
    { publishedAt: "2026-11-13" },
  ],
];

export const FIX31_BASES_NAME_NO_STORY: Case[] = [
  // The period of a change's base is no story period for the figures after it.
  [
    "U.S. employers added 187,000 jobs last month. The unemployment rate ticked up to 4.3% from 4.2% in September. Manufacturers cut 12,000 positions.",
    [
      { text: "187,000 jobs", period: { from: "2026-10", to: "2026-10" } },
      { text: "4.3%" },
      { text: "4.2%", period: { from: "2026-09", to: "2026-09" } },
      { text: "12,000 positions", period: { from: "2026-10", to: "2026-10" } },
    ],
    { publishedAt: "2026-11-06" },
  ],
];

export const FIX31_HOLDERS: Case[] = [
  // Who collects or takes home money, what accounts for a count, closes a period with it or hosts it.
  [
    "The winner will collect US$510,000, while the runner-up will take home US$330,000.",
    [
      { text: "US$510,000", subject: { text: "The winner" } },
      { text: "US$330,000", subject: { text: "the runner-up" } },
    ],
  ],
  [
    "India accounted for 14,980 permits, or 39 per cent, followed by Brazil with 3,120.",
    [
      { text: "14,980 permits", subject: { text: "India" } },
      { text: "39 per cent", subject: { text: "India" } },
      { text: "3,120", subject: { text: "Brazil" } },
    ],
  ],
  [
    "Globoplay ended September with 8.2 million subscribers, up 1.1 million from a year earlier.",
    [
      { text: "8.2 million subscribers", subject: { text: "Globoplay" } },
      { text: "1.1 million", subject: { text: "Globoplay" } },
    ],
  ],
  [
    "The kingdom, which hosts around 2.7 million Pakistani workers, remained the biggest destination.",
    [{ text: "2.7 million Pakistani workers", subject: { text: "The kingdom" } }],
  ],
  // A relative clause opened by "who" in any tense describes the noun before it.
  [
    "Players who lose in the first round will receive $5,000.",
    [{ text: "$5,000", subject: { text: "Players" } }],
  ],
  [
    "Candidates who were eligible for the certificate rose to 93.1 per cent.",
    [{ text: "93.1 per cent", subject: { text: "Candidates" } }],
  ],
  // A headline's money names no object on the line under it.
  [
    "Lenders grow as consumer credit hits N7.1trn\n\nBy Chinedu Okafor\n\nLagos - Lending rose.",
    [{ text: "N7.1trn", subject: { text: "consumer credit" } }],
  ],
  [
    "Flamengo beat River Plate to win the final, collect US$24 million\n\nBuenos Aires Times\n\nThe club won.",
    [{ text: "US$24 million", subject: undefined }],
  ],
];

export const FIX31_SPEAKERS: Case[] = [
  // What a named poll or survey found, and a name's figures at the clause's start.
  [
    "Insurers raised prices. A Deloitte poll found 62% of economists expect a cut.",
    [{ text: "62%", speaker: { name: "Deloitte" } }],
  ],
  [
    "Health NZ figures show 1,200 people waited more than a year.",
    [{ text: "1,200 people", speaker: { name: "Health NZ" } }],
  ],
  ["Official data showed factory output fell 1.7% in September.", [{ text: "1.7%", speaker: undefined }]],
];

export const FIX31_SCHEDULED_STARTS: Case[] = [
  // A start told in the present tense with no year is to come.
  [
    "The second phase of sales, with about 3 million tickets, begins in February.",
    [{ text: "3 million tickets", period: { from: "2027-02", to: "2027-02" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX31_VERBS_LEFT_OUT: Case[] = [
  // A verb of being a level, or a modal, is no part of the subject.
  [
    "The total pool represents an increase of 9.4 per cent on last year.",
    [{ text: "9.4 per cent", subject: { text: "The total pool" } }],
  ],
  [
    "A $500 excess can cut your premium by 12%.",
    [{ text: "$500", subject: { text: "excess" } }, { text: "12%" }],
  ],
];

export const FIX31_DATA_SHOW_AT: Case[] = [
  // What data show "at" a level is what the level measures; a clause with its own verb keeps its subject.
  [
    "Stats SA data shows the official unemployment rate at 32.1% in the third quarter, up from 31.9%.",
    [
      { text: "32.1%", subject: { text: "the official unemployment rate" } },
      { text: "31.9%", subject: { text: "the official unemployment rate" } },
    ],
  ],
  [
    "Power ministry data showed coal stocks stood at 48.2 MT at the end of October.",
    [{ text: "48.2 MT", subject: { text: "coal stocks" } }],
  ],
];

export const FIX31_SAME_PERIOD_IN: Case[] = [
  // "the same period in 2025" is that year's months of the period before; after a span open to now, "the
  // same period last year" runs to the month of publication a year back.
  [
    "Seizures rose to 412 in the first ten months, compared with 298 over the same period in 2025.",
    [
      { text: "412", period: { from: "2026-01", to: "2026-10" } },
      { text: "298", period: { from: "2025-01", to: "2025-10" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Since January, agencies have seized P38.4 billion of drugs, up 46 percent from P26.3 billion in the same period last year.",
    [
      { text: "P38.4 billion", period: { from: "2026-01", to: undefined } },
      { text: "46 percent" },
      { text: "P26.3 billion", period: { from: "2025-01", to: "2025-11" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX31_LISTED_BRANDS: Case[] = [
  // Brands or models listed before the noun a count counts.
  [
    "Restaurant Brands to shut 12 KFC, Pizza Hut outlets as Kiwis cut back",
    [{ text: "12 KFC, Pizza Hut outlets", kind: "QUANTITY", unit: "outlets" }],
  ],
  [
    "Toyota will recall about 34,000 Hilux and Fortuner vehicles.",
    [{ text: "34,000 Hilux and Fortuner vehicles", kind: "QUANTITY", unit: "vehicles" }],
  ],
  // A unit glued to the number is a measure's.
  [
    "Coal plants, including the 1,320MW Payra and Rampal plants, generated 28%.",
    [{ text: "1,320MW" }, { text: "28%" }],
  ],
];

export const FIX31_AS_ENDS_PHRASES: Case[] = [
  // "as" opens a clause or a date after the noun money describes; "triggered by" a participle's agent.
  [
    "SARS nets R37m in illicit cigarettes as tobacco smuggling surges",
    [{ text: "R37m", subject: { text: "illicit cigarettes" } }],
  ],
  [
    "The PSC had P3.4 billion in unliquidated funds as of end-December.",
    [{ text: "P3.4 billion", subject: { text: "unliquidated funds" } }],
  ],
  [
    "Greggs flagged a £50m rise in labour costs triggered by increases in the minimum wage.",
    [{ text: "£50m", subject: { text: "labour costs" } }],
  ],
  // Not "such as", "as much as" (whose examples stay with their noun since session 41).
  [
    "Spending on goods such as rice rose 5%.",
    [{ text: "5%", subject: { text: "Spending on goods such as rice" } }],
  ],
];

export const FIX31_ORDINAL_COMPOUNDS: Case[] = [
  // An ordinal glued by a hyphen to its noun is no share; a share and a quarter-point stay figures.
  ["There will be a third-party audit every quarter.", []],
  ["A breach at a third-party vendor exposed data on 310,000 clients.", [{ text: "310,000 clients" }]],
  ["Output fell by a third in 2023.", [{ text: "a third", value: 1 / 3 }]],
  // An age set off after a trade no agent ending marks.
  ["One former stevedore, 52, was jailed for seven years.", []],
];

export const FIXES28: Case[] = [
  ...FIX31_ORDINAL_COMPOUNDS,
  ...FIX31_AS_ENDS_PHRASES,
  ...FIX31_LISTED_BRANDS,
  ...FIX31_SAME_PERIOD_IN,
  ...FIX31_DATA_SHOW_AT,
  ...FIX31_VERBS_LEFT_OUT,
  ...FIX31_SCHEDULED_STARTS,
  ...FIX31_SPEAKERS,
  ...FIX31_HOLDERS,
  ...FIX31_AGE_GROUPS,
  ...FIX31_COMPARED_LEVELS,
  ...FIX31_EVENT_YEARS,
  ...FIX31_DATELINES,
  ...FIX31_BASES_NAME_NO_STORY,
];
