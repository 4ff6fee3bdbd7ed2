import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 50, in wording of my own. */

export const FIX50_ALLOTTED_MONEY: Case[] = [
  // Money set aside, earmarked or allocated "for" something in a clause it opens goes to that thing; so
  // does money that "is for" something. A passive keeps its predicate, and a verb after "to" is a purpose.
  [
    "The province's health budget is R87.6bn, with R9.1bn set aside for new clinics including two in Soweto.",
    [
      { text: "R87.6bn", subject: { text: "The province's health budget" } },
      { text: "R9.1bn", subject: { text: "new clinics" } },
    ],
  ],
  [
    "The fund holds $8 billion, with about $700 million earmarked for replanting and $200 million for a special dividend.",
    [
      { text: "$8 billion", subject: { text: "The fund" } },
      { text: "$700 million", subject: { text: "replanting" } },
      { text: "$200 million", subject: { text: "a special dividend" } },
    ],
  ],
  [
    "The ministry receives $4 billion. Of that, $1.5 billion is for operating expenditure, while $250 million will be for equipment.",
    [
      { text: "$4 billion", subject: { text: "The ministry" } },
      { text: "$1.5 billion", subject: { text: "operating expenditure" } },
      { text: "$250 million", subject: { text: "equipment" } },
    ],
  ],
  [
    "The grant scheme has $650m, with $120m ring-fenced for rural garages and $40m set aside to train mechanics.",
    [
      { text: "$650m", subject: { text: "The grant scheme" } },
      { text: "$120m", subject: { text: "rural garages" } },
      { text: "$40m", subject: { text: "to train mechanics" } },
    ],
  ],
  [
    "$2 billion was earmarked for defence.",
    [{ text: "$2 billion", subject: { text: "earmarked for defence" } }],
  ],
  [
    "The tax raised $15 billion in 2027, compared with $20 billion allocated for 2026.",
    [
      { text: "$15 billion", subject: { text: "The tax" } },
      { text: "$20 billion", subject: { text: "The tax" } },
    ],
  ],
];

export const FIX50_RUN_COUNTS: Case[] = [
  // What a company runs is its own count, as what it operates; a pronoun's count keeps its unit with the
  // words that qualify it.
  [
    "Harbourline Leisure, which runs 46 fitness clubs across four states, posted a profit.",
    [
      { text: "46 fitness clubs", subject: { text: "Harbourline Leisure" } },
      { text: "four states", subject: { text: "states" } },
    ],
  ],
  [
    "The group ran 310,000 spindles in 2021. Its Gulf arm, where it runs eight medical centres, grew.",
    [
      { text: "310,000 spindles", subject: { text: "The group" } },
      { text: "eight medical centres", subject: { text: "medical centres" } },
    ],
  ],
];

export const FIX50_RELATIVE_COUNT_LEAD: Case[] = [
  // An undated count in a relative clause that describes the subject is no lead figure: the result after
  // it names the story's period.
  [
    "TORONTO, Nov. 24, 2026 (Canadian Press) - Larchwood Memorial Inc. says its third-quarter profit rose. The Toronto-based company, which owns 312 funeral homes and 148 cemeteries in Canada, says it earned $14.8 million for the quarter ended Sept. 30. Revenue totalled $148.9 million, up from $131.6 million a year earlier.",
    [
      { text: "312 funeral homes", period: undefined },
      { text: "148 cemeteries", period: undefined },
      { text: "$14.8 million", period: { from: "2026-07", to: "2026-09" } },
      { text: "$148.9 million", period: { from: "2026-07", to: "2026-09", carried: true } },
      { text: "$131.6 million", period: { text: "a year earlier", from: "2025-07", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-24" },
  ],
];

export const FIX50_VERB_AFTER_RELATIVE: Case[] = [
  // The comma that closes a relative clause opens the main clause's verb, no participle's aside: the change
  // after the amount shares its clause and its period.
  [
    "MINNEAPOLIS, Nov 24, 2026 (Reuters) - Revenue for the third quarter ended Nov. 1 rose 3.1% to $9.74 billion. Its international segment, which includes Canada, posted revenue of $742 million, up 5.8%.",
    [
      { text: "3.1%", period: { from: "2026-08", to: "2026-10" } },
      { text: "$9.74 billion", period: { from: "2026-08", to: "2026-10" } },
      { text: "$742 million", period: { from: "2026-08", to: "2026-10", carried: true } },
      { text: "5.8%", period: { from: "2026-08", to: "2026-10", carried: true } },
    ],
    { publishedAt: "2026-11-24" },
  ],
];

export const FIX50_FROZEN_PRICES: Case[] = [
  // A price a verb freezes or introduces "at" is its object's.
  [
    "The gym chain will freeze its fees at Sh4,500 a month and is introducing a student membership at Sh2,500.",
    [
      { text: "Sh4,500", subject: { text: "its fees" } },
      { text: "Sh2,500", subject: { text: "a student membership" } },
    ],
  ],
];

export const FIX50_COMPANY_REPORTS_PERIOD: Case[] = [
  // A time in an aside of cause after a comma and an adverb of degree is the cause's.
  [
    "KUALA LUMPUR, Nov 27, 2026 - Parkson Holdings reported results for the quarter ended Sept 30, 2026. Its retail operations recorded a 7.8% drop in sales to RM196.2mil, partly due to the closure of its stores in the previous financial year.",
    [
      { text: "7.8%", period: { from: "2026-07", to: "2026-09", carried: true } },
      { text: "RM196.2mil", period: { from: "2026-07", to: "2026-09", carried: true } },
    ],
    { publishedAt: "2026-11-27" },
  ],
  // "led by", the participle of an aside, opens a cause too: its month is no time of the change.
  [
    "INDIANAPOLIS, Nov. 4, 2026 - Larkhill Pharma reported results for the three months ended Sept. 30. Outside the U.S., sales jumped 162% to $2.9 billion, led by India, where the drug became the top seller in September.",
    [
      { text: "162%", period: { from: "2026-07", to: "2026-09", carried: true } },
      { text: "$2.9 billion", period: { from: "2026-07", to: "2026-09", carried: true } },
    ],
    { publishedAt: "2026-11-04" },
  ],
  // A gerund between an article and a price's noun describes it.
  [
    "The industry body urged the Centre to raise the minimum selling price of sugar from Rs 31 per kg.",
    [{ text: "Rs 31", subject: { text: "the minimum selling price of sugar" } }],
  ],
];

export const FIX50_HELD_LIST: Case[] = [
  // A count listed after "and" right after the count a named holder runs or has is that holder's too.
  [
    "Meridian operates 1,480 funeral homes and 496 cemeteries. Cineplex operates 158 theatres and about 1,620 screens across the country.",
    [
      { text: "1,480 funeral homes", subject: { text: "Meridian" } },
      { text: "496 cemeteries", subject: { text: "Meridian" } },
      { text: "158 theatres", subject: { text: "Cineplex" } },
      { text: "1,620 screens", subject: { text: "Cineplex" } },
    ],
  ],
];

export const FIX50_EXPECTED_OUTPUT: Case[] = [
  // What a maker expects or aims to turn out is its own count; not what a capacity could make.
  [
    "Ceer aims to produce 150,000 vehicles a year by 2030. Nordvax has capacity to produce about 13 million doses a year.",
    [
      { text: "150,000 vehicles a year", subject: { text: "Ceer" } },
      { text: "13 million doses a year", subject: { text: "doses" } },
    ],
  ],
];

export const FIXES50: Case[] = [
  ...FIX50_EXPECTED_OUTPUT,
  ...FIX50_HELD_LIST,
  ...FIX50_COMPANY_REPORTS_PERIOD,
  ...FIX50_FROZEN_PRICES,
  ...FIX50_ALLOTTED_MONEY,
  ...FIX50_RUN_COUNTS,
  ...FIX50_RELATIVE_COUNT_LEAD,
  ...FIX50_VERB_AFTER_RELATIVE,
];
