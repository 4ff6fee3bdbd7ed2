import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 41, in wording of my own. */

export const FIX41_HELD_AMOUNTS: Case[] = [
  // An amount a holding participle takes ("consuming up to", "earning less than") stays in the subject's
  // phrase: the figure after the verb measures the holder, and so does the amount held.
  [
    "Homes consuming up to 450kWh a month will pay 19.2 sen per kWh.",
    [
      { text: "450kWh a month", subject: { text: "Homes" } },
      { text: "19.2 sen", subject: { text: "Homes" } },
    ],
  ],
  [
    "Pensioners earning less than $28,000 a year will receive $650.",
    [
      { text: "$28,000", subject: { text: "Pensioners" } },
      { text: "$650", subject: { text: "Pensioners" } },
    ],
  ],
  [
    "Tariffs for users consuming more than 45 cubic metres would rise to KSh 190 from KSh 140.",
    [
      { text: "45 cubic metres", subject: { text: "users" } },
      { text: "KSh 190", subject: { text: "Tariffs for users" } },
      { text: "KSh 140", subject: { text: "Tariffs for users" } },
    ],
  ],
  [
    "The number of clients paying more than $2 million a year grew to 911.",
    [
      { text: "$2 million", subject: { text: "clients" } },
      { text: "911", subject: { text: "The number of clients" } },
    ],
  ],
  // (A name's digits are no amount held: "using the M50"; nor has a participle after a preposition a holder.)
  [
    "Drivers using the M4 will pay up to 40 cent more per trip.",
    [{ text: "40 cent", subject: { text: "Drivers using the M4" } }],
  ],
  // (The "and" of an age's bound lists nothing: the subject stops at the comma.)
  [
    "Under the scheme, cleaners aged 25 and above will receive $3,100.",
    [{ text: "$3,100", subject: { text: "cleaners aged 25 and above" } }],
  ],
];

export const FIX41_SET_OFF_CHANGES: Case[] = [
  // A change set off after a clause with no figure of its own measures that clause's subject.
  ["Truck sales dropped the most, down nearly 17%.", [{ text: "17%", subject: { text: "Truck sales" } }]],
  [
    "Advertising income fell for a third year, down 6% to £92m.",
    [
      { text: "6%", subject: { text: "Advertising income" } },
      { text: "£92m", subject: { text: "Advertising income" } },
    ],
  ],
  // (A clause with a figure lends that figure's subject: what was sold, not the seller.)
  [
    "Kenya exported 81,200 tonnes of tea in October, down 9% from a year earlier.",
    [
      { text: "81,200 tonnes", subject: { text: "tea" } },
      { text: "9%", subject: { text: "tea" } },
    ],
  ],
];

export const FIX41_SELLERS_COUNTS: Case[] = [
  // What a seller sells is its own count, as what a maker produces is; a content after "of", a measure,
  // securities and money keep what they counted.
  [
    "Hyundai Motor India sold 48,210 units in November, up 7 per cent.",
    [
      { text: "48,210 units", subject: { text: "Hyundai Motor India" } },
      { text: "7 per cent", subject: { text: "Hyundai Motor India" } },
    ],
  ],
  ["Kia sold 3,940 cars.", [{ text: "3,940 cars", subject: { text: "Kia" } }]],
  ["The miner sold 90,000 tonnes of copper.", [{ text: "90,000 tonnes", subject: { text: "copper" } }]],
  ["Zenith Power sold 40 million shares.", [{ text: "40 million shares", subject: { text: "shares" } }]],
  [
    "The regulator has forward sold about 800,000 tons of the crop.",
    [{ text: "800,000 tons", subject: { text: "the crop" } }],
  ],
];

export const FIX41_RESTATED_SHARES: Case[] = [
  // A share set off after an amount and its short predicate restates it, as ", equivalent to" does.
  [
    "Tourism is expected to contribute Dh190 billion to the economy this year, about 9 per cent of GDP.",
    [
      { text: "Dh190 billion", subject: { text: "Tourism" } },
      { text: "9 per cent", subject: { text: "Tourism" } },
    ],
  ],
  [
    "Battery car registrations reached 2,804 units in October, about 5.1 per cent of the market.",
    [
      { text: "2,804 units", subject: { text: "Battery car registrations" } },
      { text: "5.1 per cent", subject: { text: "Battery car registrations" } },
    ],
  ],
  [
    "The province spent R3.2 billion on ambulances, roughly 11% of total spending.",
    [
      { text: "R3.2 billion", subject: { text: "ambulances" } },
      { text: "11%", subject: { text: "ambulances" } },
    ],
  ],
  // (A part of the amount named by a pronoun is read as before.)
  [
    "The plant employs 9,000 workers, about 70 per cent of them women.",
    [
      { text: "9,000 workers", subject: { text: "The plant" } },
      { text: "70 per cent", subject: { text: "workers" } },
    ],
  ],
];

export const FIX41_PREPOSITIONAL_ASIDES: Case[] = [
  // A phrase a preposition opens, set off by commas between a subject and its verb, is an aside.
  [
    "Hell's Gate National Park, on the shores of Lake Naivasha, received 91,000 visitors last year.",
    [{ text: "91,000 visitors", subject: { text: "Hell's Gate National Park" } }],
  ],
  [
    "Core prices, as measured by the PCE index, rose 2.9 percent.",
    [{ text: "2.9 percent", subject: { text: "Core prices" } }],
  ],
  [
    "The lowest band, on income below Rs600,000, has been cut to 2.5pc.",
    [{ text: "Rs600,000" }, { text: "2.5pc", subject: { text: "The lowest band" } }],
  ],
  // (Not where no verb follows: ", in the quarter, up 41 per cent" goes on with the figure before.)
  [
    "Builders sold 1,911 new homes, excluding social housing, in the quarter, up 12 per cent.",
    [
      // (A seller's count of homes is its own since session 42, as other sellers' counts were.)
      { text: "1,911 new homes", subject: { text: "Builders" } },
      { text: "12 per cent", subject: { text: "Builders" } },
    ],
  ],
  // (", and" before a determiner opens a clause.)
  [
    "Analysts see profit of £410m, and the shares, at 212p, have gained 18%.",
    [
      { text: "£410m", subject: { text: "profit" } },
      { text: "212p", subject: { text: "the shares" } },
      { text: "18%", subject: { text: "the shares" } },
    ],
  ],
];

export const FIX41_SELLERS_PERIODS: Case[] = [
  // A change of a seller's count keeps the story's period: it is no move of the seller's shares.
  [
    "Passenger vehicle sales rose 6 per cent in November.\n\nHonda Cars India sold 12,410 units, a rise of 11 per cent over November 2025.",
    [
      { text: "6 per cent", period: { text: "November", from: "2026-11" } },
      {
        text: "12,410 units",
        subject: { text: "Honda Cars India" },
        period: { text: "November", from: "2026-11" },
      },
      {
        text: "11 per cent",
        subject: { text: "Honda Cars India" },
        period: { text: "November", from: "2026-11" },
      },
    ],
    { publishedAt: "2026-12-01T10:00:00Z" },
  ],
];

export const FIX41_ON_AVERAGE: Case[] = [
  // "on average" between a verb and its figure, and "near" glued to a record, pass to the verb.
  [
    "Dairy farms in Ireland earned on average 71,200 euros last year.",
    [
      {
        text: "71,200 euros",
        subject: { text: "Dairy farms in Ireland" },
        period: { text: "last year", from: "2025", to: "2025" },
      },
    ],
    { publishedAt: "2026-11-20T10:00:00Z" },
  ],
  [
    "Farm output is nevertheless forecast to reach a near-record $81 billion.",
    [{ text: "$81 billion", subject: { text: "Farm output" } }],
  ],
];

export const FIX41_INCLUDED_ITEMS: Case[] = [
  // Money "including" opens after a verb of spending goes where its "on" says, as an item after "and" does.
  [
    "The board had spent R640 million on repairs since May, including R210 million on pumps, R150 million on pipes and R90 million on meters.",
    [
      { text: "R640 million", subject: { text: "repairs" } },
      { text: "R210 million", subject: { text: "pumps" } },
      { text: "R150 million", subject: { text: "pipes" } },
      { text: "R90 million", subject: { text: "meters" } },
    ],
  ],
];

export const FIX41_LEADS_WITH_SHARES: Case[] = [
  // A share a leader holds "with a share of" is the leader's, as "with a 21% share" is; so is one a lead
  // kept holds.
  ["Renault led the market with a share of 18.2%.", [{ text: "18.2%", subject: { text: "Renault" } }]],
  [
    "Hyundai remained the market leader with a market share of 24.6 percent.",
    [{ text: "24.6 percent", subject: { text: "Hyundai" } }],
  ],
  ["Suzuki kept its lead with a 39.1% market share.", [{ text: "39.1%", subject: { text: "Suzuki" } }]],
];

export const FIX41_HEADLINE_TOPS: Case[] = [
  // A headline's "tops" and "passes" are level verbs of their subject; a legislature passing a bill is not.
  [
    "Hospital waiting list tops 7.4 million as strikes bite",
    [{ text: "7.4 million", subject: { text: "Hospital waiting list" } }],
  ],
  ["Wheat harvest passes 30Mt", [{ text: "30Mt", subject: { text: "Wheat harvest" } }]],
  ["Senate passes $9 billion relief package", [{ text: "$9 billion", subject: { text: "relief package" } }]],
];

export const FIX41_LEVELS_CAME_FROM: Case[] = [
  // A level a change came from takes no period from before the change: it is another time.
  [
    "Revenue for the quarter rose 9.1% to RM812mil from RM744mil.",
    [
      { text: "9.1%", period: { text: "quarter" } },
      { text: "RM812mil", period: { text: "quarter" } },
      { text: "RM744mil", period: undefined },
    ],
  ],
  // (Its own period after it is kept; so are a period it is set against and a forecast's period.)
  [
    "Compared with August, exports were up 3.4pc from $2.91bn.",
    [{ text: "3.4pc" }, { text: "$2.91bn", period: { text: "August" } }],
  ],
  [
    "The group cut its full-year profit forecast to 41 billion yen, down 18% from its previous forecast of 50 billion yen.",
    [
      { text: "41 billion yen", period: { text: "full-year" } },
      { text: "18%" },
      { text: "50 billion yen", period: { text: "full-year" } },
    ],
  ],
];

export const FIX41_AHEAD_OF: Case[] = [
  // A period after "ahead of" is a time the figure comes before, or what it is compared with: no period.
  [
    "Fleet buyers took 9.8% of sales, ahead of the December holiday season.",
    [{ text: "9.8%", period: undefined }],
  ],
  [
    "Corporation tax receipts are running 11 per cent ahead of last year.",
    [{ text: "11 per cent", period: undefined }],
  ],
];

export const FIX41_THROUGH_FIRST: Case[] = [
  // "Through the first N months" opening a sentence is that span, from its start.
  [
    "Through the first nine months of the year, Airbus delivered 507 planes.",
    [{ text: "507 planes", period: { from: "2026-01", to: "2026-09" } }],
    { publishedAt: "2026-11-20T10:00:00Z" },
  ],
];

export const FIX41_SUCH_AS: Case[] = [
  // Examples after "such as" stay with the noun they name.
  [
    "Utility vehicles such as the Creta and Seltos sold 41,020 units.",
    [{ text: "41,020 units", subject: { text: "Utility vehicles such as the Creta and Seltos" } }],
  ],
  [
    "Rents in suburbs such as Thane rose 12%.",
    [{ text: "12%", subject: { text: "Rents in suburbs such as Thane" } }],
  ],
];

export const FIXES38: Case[] = [
  ...FIX41_SUCH_AS,
  ...FIX41_THROUGH_FIRST,
  ...FIX41_AHEAD_OF,
  ...FIX41_LEVELS_CAME_FROM,
  ...FIX41_HEADLINE_TOPS,
  ...FIX41_LEADS_WITH_SHARES,
  ...FIX41_INCLUDED_ITEMS,
  ...FIX41_ON_AVERAGE,
  ...FIX41_SELLERS_PERIODS,
  ...FIX41_PREPOSITIONAL_ASIDES,
  ...FIX41_RESTATED_SHARES,
  ...FIX41_SELLERS_COUNTS,
  ...FIX41_SET_OFF_CHANGES,
  ...FIX41_HELD_AMOUNTS,
];
