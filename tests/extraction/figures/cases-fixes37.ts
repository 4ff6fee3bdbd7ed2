import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 40, in wording of my own. */

export const FIX40_YEAR_SEASONS: Case[] = [
  // A season of the year dates a figure by its text only, as a sports season does: its months depend on
  // the hemisphere.
  [
    "Reservoir levels fell 6% this winter.",
    [{ text: "6%", period: { text: "this winter", from: undefined, to: undefined } }],
  ],
  [
    "Occupancy reached 81% last summer and is forecast at 84% next summer.",
    [
      { text: "81%", period: { text: "last summer" } },
      { text: "84%", period: { text: "next summer" } },
    ],
  ],
  ["Enrolment fell 38 per cent this fall.", [{ text: "38 per cent", period: { text: "this fall" } }]],
  // ("that fall" after a noun is a verb.)
  ["Tariffs that fall 5% are rare.", [{ text: "5%", period: undefined }]],
];

export const FIX40_FUND_FLOWS: Case[] = [
  // What a fund takes in or a holder withdraws measures the fund or the holder; a flow's "a net" passes.
  ["Index funds took in £843mn in October.", [{ text: "£843mn", subject: { text: "Index funds" } }]],
  [
    "Pension savers withdrew £2.4bn from their accounts.",
    [{ text: "£2.4bn", subject: { text: "Pension savers" } }],
  ],
  ["Bond funds attracted a net $2 billion.", [{ text: "$2 billion", subject: { text: "Bond funds" } }]],
  [
    "Households poured a net 2.1 trillion yen into investment trusts.",
    [{ text: "2.1 trillion yen", subject: { text: "investment trusts" } }],
  ],
];

export const FIX40_RECORDS_REACHED: Case[] = [
  // "a record of" is a record level reached, as "an all-time high of" is, also in a headline without its
  // article and after "reach"; "on course to", "on track to" are as "set to".
  [
    "Copper exports are on course to reach a record of about US$2.3 billion this year.",
    [{ text: "US$2.3 billion", subject: { text: "Copper exports" } }],
  ],
  [
    "Monthly inflows hit fresh high of Rs 31,402 crore",
    [{ text: "Rs 31,402 crore", subject: { text: "Monthly inflows" } }],
  ],
  ["Exports are on track to hit $5 billion.", [{ text: "$5 billion", subject: { text: "Exports" } }]],
  // (A record named is no level reached: "close to the record of", "including a single-day record of".)
  [
    "Demand peaked near the record of 14,744MW set in 2011.",
    [{ text: "14,744MW", subject: { text: "the record" } }],
  ],
];

export const FIX40_CHARGED_PRICES: Case[] = [
  // What a seller charges is its price; a price "for" something stays that thing's; the nouns "charge" and
  // "charges" stay nouns; a passive's payer and "to charge" are left as they were.
  [
    "Five-star hotels in Penang charged an average of RM585 a night.",
    [{ text: "RM585", subject: { text: "Five-star hotels in Penang" } }],
  ],
  ["Private clinics charge between £25,000 and £40,000 a year.", [{ subject: { text: "Private clinics" } }]],
  [
    "Streamflix charges 7,000 naira a month for its standard plan.",
    [{ text: "7,000 naira", subject: { text: "its standard plan" } }],
  ],
  [
    "The carmaker booked a $570 million charge for the recall.",
    [{ text: "$570 million", subject: { text: "charge" } }],
  ],
];

export const FIX40_AND_AFTER_A_LEVEL: Case[] = [
  // "and" after a level or a change a verb reached opens the next clause; a count of listed nouns keeps
  // them ("signed 46 agreements and memorandums of understanding worth").
  [
    "Exports fell 2% to 3,400 tonnes and imports rose 5%.",
    [{ text: "2%" }, { text: "3,400 tonnes" }, { text: "5%", subject: { text: "imports" } }],
  ],
  [
    "Services rose 1.58 percent and holding firms added 0.64 percent.",
    [{ text: "1.58 percent" }, { text: "0.64 percent", subject: { text: "holding firms" } }],
  ],
  [
    "The two countries signed 46 agreements and memorandums of understanding worth about SR112 billion.",
    [
      { text: "46 agreements" },
      { text: "SR112 billion", subject: { text: "agreements and memorandums of understanding" } },
    ],
  ],
];

export const FIX40_FINED_PARTIES: Case[] = [
  // A fine measures who pays it: a count may open the fined object and a noun in "-ing" stand inside it; a
  // passive's subject ends at "while", and "which" after a comma is the name before it.
  [
    "Regulator fines five roofing contractors £48.6mn",
    // (The count is a figure of its own, as "five contractors" is: session 80.)
    [
      { text: "five roofing contractors" },
      { text: "£48.6mn", subject: { text: "five roofing contractors" } },
    ],
  ],
  [
    "Harlow paid 500 million euros, while Nordvik was fined 372 million euros.",
    [{ text: "500 million euros" }, { text: "372 million euros", subject: { text: "Nordvik" } }],
  ],
  ["Cape Mesh, which was fined R90m, appealed.", [{ text: "R90m", subject: { text: "Cape Mesh" } }]],
  [
    "Firms face fines of up to R5m, while directors and officers can be fined up to R1m.",
    [{ text: "R5m" }, { text: "R1m", subject: { text: "directors and officers" } }],
  ],
];

export const FIX40_RELEASE_TIMES: Case[] = [
  // When data was released names no story period for the sentences after it.
  [
    "Hotel occupancy in Perth rose to 81% in October. Official figures released last week showed visitor arrivals of 721,400 in September. Arrivals from China rose 23 per cent.",
    [
      { text: "81%" },
      { text: "721,400", period: { text: "September" } },
      { text: "23 per cent", period: { text: "October", from: "2026-10", to: "2026-10" } },
    ],
    { publishedAt: "2026-12-02" },
  ],
];

export const FIX40_LONG_MOVED_OBJECTS: Case[] = [
  // The object a verb moves to a level may hold a participle and its preposition, and run to 15 words.
  [
    "Petronas raised the regulated price of natural gas supplied to the power sector to RM30.50 per mmBtu.",
    [
      {
        text: "RM30.50",
        subject: { text: "the regulated price of natural gas supplied to the power sector" },
      },
    ],
  ],
  [
    "The ministry raised the ceiling price for gas produced from old fields of state-run producers to $7.25 per mmBtu.",
    [
      {
        text: "$7.25",
        subject: { text: "the ceiling price for gas produced from old fields of state-run producers" },
      },
    ],
  ],
];

export const FIX40_NAMED_PLACE_ASIDE: Case[] = [
  // A name set off after a common noun may say where it is.
  [
    "Austria's largest storage site, Haidach near Salzburg, was only 62% full.",
    [{ text: "62%", subject: { text: "Austria's largest storage site" } }],
  ],
];

export const FIXES37: Case[] = [
  ...FIX40_NAMED_PLACE_ASIDE,
  ...FIX40_LONG_MOVED_OBJECTS,
  ...FIX40_RELEASE_TIMES,
  ...FIX40_FINED_PARTIES,
  ...FIX40_AND_AFTER_A_LEVEL,
  ...FIX40_YEAR_SEASONS,
  ...FIX40_FUND_FLOWS,
  ...FIX40_RECORDS_REACHED,
  ...FIX40_CHARGED_PRICES,
];
