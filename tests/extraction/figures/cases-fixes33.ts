import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 36, in wording of my own. */

export const FIX36_CONTEST_WON_WITH: Case[] = [
  // The share a contest was won with is the winner's, past the contest and its adjectives.
  [
    "The Liberal Democrats won the by-election with 41.2% of the vote.",
    [{ text: "41.2%", subject: { text: "The Liberal Democrats" } }],
  ],
  [
    "Mayor Ana Ruiz was re-elected with 58,300 votes.",
    [{ text: "58,300 votes", subject: { text: "Mayor Ana Ruiz" } }],
  ],
  [
    "Okafor retained the governorship race with 47 per cent.",
    [{ text: "47 per cent", subject: { text: "Okafor" } }],
  ],
  // (A contest entered, not won, makes no winner.)
  ["Labour entered the race with 22% support in the polls.", [{ text: "22%", subject: undefined }]],
];

export const FIX36_BASE_IS_PAST: Case[] = [
  // The base of a comparison is past: a month without a year in it that has not begun is last year's.
  [
    "Impaired loans fell to R3.1 billion from R3.6 billion at the end of December.",
    [
      { text: "R3.1 billion", period: undefined },
      { text: "R3.6 billion", period: { text: "end of December", from: "2025-12", to: "2025-12" } },
    ],
    { publishedAt: "2026-11-04" },
  ],
  // (When a change starts is no base's time: "starting Dec. 1" is still ahead.)
  [
    "The ministry will raise its export levy to 9 percent of the reference price from 7 percent starting Dec. 1.",
    [{ text: "9 percent" }, { text: "7 percent", period: { text: "starting Dec. 1", from: "2026-12-01" } }],
    { publishedAt: "2026-11-04" },
  ],
];

export const FIX36_PER_UNIT_ADJECTIVE: Case[] = [
  // "per diluted share" is a unit's adjective, no event with a time of its own.
  [
    "Helmwood earned $212 million or $1.04 per diluted share for the quarter ended Sept. 30.",
    [
      { text: "$212 million", period: { text: "quarter ended Sept. 30", from: "2026-07", to: "2026-09" } },
      { text: "$1.04", period: { text: "quarter ended Sept. 30", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-04" },
  ],
];

export const FIX36_DECLARED_QUARTER: Case[] = [
  // A numbered quarter, then "the quarter ended Oct. 31": the company's fourth quarter ends in October.
  [
    "Larchmont Bank said its fourth-quarter profit rose 11 per cent. It earned $2.1 billion for the quarter ended Oct. 31.",
    [
      { text: "11 per cent", period: { text: "fourth-quarter", from: "2026-08", to: "2026-10" } },
      { text: "$2.1 billion", period: { from: "2026-08", to: "2026-10" } },
    ],
    { publishedAt: "2026-12-02" },
  ],
  // (Two numbered quarters before it, as in a market wrap of several companies: no company's year.)
  [
    "Orbis forecast fourth-quarter revenue of $4 billion. Third-quarter revenue rose 12%. Kestrel said sales rose 5% in the quarter ended Oct. 31.",
    [
      { text: "$4 billion", period: { from: "2026-10", to: "2026-12" } },
      { text: "12%", period: { from: "2026-07", to: "2026-09" } },
      { text: "5%" },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // "nine months ended Sept 30" declares a calendar year, which a Pakistani bank's headline follows.
  [
    "HBL posts Rs48.6bn nine-month profit\n\nKARACHI: Habib Bank Limited reported a profit of Rs48.6 billion for the nine months ended Sept 30, 2026.",
    [
      { text: "Rs48.6bn", period: { text: "nine-month", from: "2026-01", to: "2026-09" } },
      { text: "Rs48.6 billion", period: { from: "2026-01", to: "2026-09" } },
    ],
    { publishedAt: "2026-10-27" },
  ],
];

export const FIX36_COMPARED_COUNTS: Case[] = [
  // A level compared takes the unit of the count before it past the word that says what it was said to be.
  [
    "The metro carried 512 million riders, up from a projected 540 million.",
    [
      { text: "512 million riders", unit: "riders" },
      { text: "540 million", kind: "QUANTITY", unit: "riders" },
    ],
  ],
  // ... and past a participle after it ("the 60,000 promised").
  [
    "Builders completed 41,000 flats, short of the 60,000 promised by the ministry.",
    [
      { text: "41,000 flats", unit: "flats" },
      { text: "60,000", kind: "QUANTITY", unit: "flats" },
    ],
  ],
  // "N others" are more of what the count before counts, but not of a part named with "including".
  [
    "The blast killed 12 miners and injured 30 others.",
    [
      { text: "12 miners", unit: "miners" },
      { text: "30", kind: "QUANTITY", unit: "miners" },
    ],
  ],
  [
    "Eight workers, including three women, died and 19 others were hurt.",
    [{ text: "Eight workers" }, { text: "three women" }, { text: "19", kind: "NUMBER" }],
  ],
];

export const FIX36_OVER_PARTICLE: Case[] = [
  // "over" after a justice act and its prison term names the case, no bound; a participle after the money
  // is no noun of it.
  [
    "Former clerk jailed for 8 years over £3.1 million stolen from the council",
    [{ text: "£3.1 million", qualifier: "exact", subject: undefined }],
  ],
  // "handed over" hands the amount over: no bound.
  ["The victims handed over £41,000 to the fraudsters.", [{ text: "£41,000", qualifier: "exact" }]],
  ["Over 41,000 people were handed food parcels.", [{ text: "41,000 people", qualifier: "lower_bound" }]],
];

export const FIX36_SUBJECT_WORDS: Case[] = [
  // "came down to" is one verb, as "edged down to" is.
  [
    "The loan-to-deposit ratio came down to 81.5 per cent from 84 per cent.",
    [
      { text: "81.5 per cent", subject: { text: "The loan-to-deposit ratio" } },
      { text: "84 per cent", subject: { text: "The loan-to-deposit ratio" } },
    ],
  ],
  // What rents or lets for a price is what the price measures.
  [
    "A bedsitter in Umoja now lets for about Sh7,000 a month.",
    [{ text: "Sh7,000", subject: { text: "A bedsitter in Umoja" } }],
  ],
  // A "with" phrase's noun past an acronym in parentheses and a hyphened word.
  [
    "Deposits rose 6%, with the gross non-performing loan (NPL) ratio at 2.4%.",
    [{ text: "6%" }, { text: "2.4%", subject: { text: "the gross non-performing loan (NPL) ratio" } }],
  ],
  // The unit of the figure before a comma is no item of a list.
  [
    "Home loans grew 7 per cent, farm and small-business loans rose 11 per cent.",
    [
      { text: "7 per cent", subject: { text: "Home loans" } },
      { text: "11 per cent", subject: { text: "farm and small-business loans" } },
    ],
  ],
];

export const FIX36_NAMED_WORKS: Case[] = [
  // A work "from" a name is the name's, as one "by" it is; a count or an index a name owns too, past a
  // hyphened word.
  [
    "A separate report from Domainex found asking rents rose 4.1 per cent.",
    [{ text: "4.1 per cent", speaker: { name: "Domainex" } }],
  ],
  [
    "The council's point-in-time count found 2,310 people sleeping rough.",
    [{ text: "2,310 people", speaker: undefined }],
  ],
  [
    "Shelter Victoria's point-in-time count found 2,310 people sleeping rough.",
    [{ text: "2,310 people", speaker: { name: "Shelter Victoria" } }],
  ],
];

export const FIX36_FRONTED_PLACE_PRONOUN: Case[] = [
  // A pronoun after a fronted place is the whole subject: what it stands for, not the place.
  [
    "Median rents fell 2.1 per cent in Perth, while in Hobart they rose 3.4 per cent.",
    [
      { text: "2.1 per cent", subject: { text: "Median rents" } },
      { text: "3.4 per cent", subject: { text: "Median rents" } },
    ],
  ],
  [
    "In Dublin city, the average rent was €2,580, while in Cork city it was €2,040.",
    [
      { text: "€2,580", subject: { text: "the average rent" } },
      { text: "€2,040", subject: { text: "the average rent" } },
    ],
  ],
];

export const FIX36_RECHECK: Case[] = [
  // A passive after the count before ("to be completed") and its period are no link words.
  [
    "The city expects 9,000 new flats to be completed this year, below the 12,000 promised by builders.",
    [
      { text: "9,000 new flats", unit: "flats" },
      { text: "12,000", kind: "QUANTITY", unit: "flats" },
    ],
  ],
  // A year between an owner and its work: "The Mission's 2026 winter count found".
  [
    "Shelter Aotearoa's 2026 street count found 540 people sleeping rough.",
    [{ text: "540 people", speaker: { name: "Shelter Aotearoa" } }],
  ],
];

export const FIX36_ALLEGES: Case[] = [
  // A named accuser's "alleges" reports what follows; "the alleged fraud" reports nothing.
  [
    "The Serious Fraud Office alleges that the directors diverted £12 million.",
    [{ text: "£12 million", speaker: { name: "Serious Fraud Office" } }],
  ],
  ["The alleged fraud cost investors £12 million.", [{ text: "£12 million", speaker: undefined }]],
];

export const FIX36_PERIOD_TO: Case[] = [
  // "the period to the end of September" is the reporting year to date, and no part of the subject.
  [
    "Net profit for the period to the end of September climbed to Dh18.6 billion.",
    [
      {
        text: "Dh18.6 billion",
        subject: { text: "Net profit" },
        period: { text: "period to the end of September", from: "2026-01", to: "2026-09" },
      },
    ],
    { publishedAt: "2026-10-20" },
  ],
];

export const FIX36_PART_AFTER_PREDICATE: Case[] = [
  // A part "of which" after a short predicate of the count is a part of its unit.
  [
    "The agency inspected 9,240 sites, of which 1,850 were on farms.",
    [
      { text: "9,240 sites", unit: "sites" },
      { text: "1,850", kind: "QUANTITY", unit: "sites" },
    ],
  ],
  [
    "Some 412 people were in hospital with flu on Wednesday, of whom 27 were in intensive care.",
    [{ text: "412 people" }, { text: "27", kind: "QUANTITY", unit: "people" }],
  ],
];

export const FIX36_SCALED_CURRENCY_ADJECTIVE: Case[] = [
  // A currency's singular glued after a scale word is money; without a scale, "pound" weighs.
  [
    "Profit fell short of the 1.64 billion-pound average of forecasts.",
    [{ text: "1.64 billion-pound", kind: "MONEY", currency: "GBP", value: 1_640_000_000 }],
  ],
  [
    "It beat the 5.35 billion-real estimate.",
    [{ text: "5.35 billion-real", kind: "MONEY", currency: "BRL" }],
  ],
  ["A 500-pound bag was lost.", [{ text: "500-pound", kind: "QUANTITY", unit: "pound" }]],
];

export const FIXES33: Case[] = [
  ...FIX36_SCALED_CURRENCY_ADJECTIVE,
  ...FIX36_PART_AFTER_PREDICATE,
  ...FIX36_PERIOD_TO,
  ...FIX36_ALLEGES,
  ...FIX36_RECHECK,
  ...FIX36_FRONTED_PLACE_PRONOUN,
  ...FIX36_NAMED_WORKS,
  ...FIX36_SUBJECT_WORDS,
  ...FIX36_COMPARED_COUNTS,
  ...FIX36_OVER_PARTICLE,
  ...FIX36_CONTEST_WON_WITH,
  ...FIX36_BASE_IS_PAST,
  ...FIX36_PER_UNIT_ADJECTIVE,
  ...FIX36_DECLARED_QUARTER,
];
