import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 43, in wording of my own. */

export const FIX43_WEEKDAY_STARTS: Case[] = [
  // A weekday a new level starts on opens its period: after "starting", "effective", "beginning", and
  // after "from" right after the figure in a sentence about the future (published on Friday 4 December).
  [
    "The price of kerosene will rise to Rs 96 a litre from Wednesday.",
    [{ text: "Rs 96", period: { text: "from Wednesday", from: "2026-12-09", to: undefined } }],
    { publishedAt: "2026-12-04" },
  ],
  [
    "Airtel will raise its monthly bundle to 1,500 shillings starting Monday.",
    [{ text: "1,500 shillings", period: { text: "starting Monday", from: "2026-12-07", to: undefined } }],
    { publishedAt: "2026-12-04" },
  ],
  // (Past a price's denominator, a time ahead after "from" opens the new level's period too.)
  [
    "The minimum wage will rise to R31.20 an hour from March.",
    [{ text: "R31.20", period: { text: "from March", from: "2027-03", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  // (A weekday with its date: the date.)
  [
    "The board raised the floor price by 8 per cent to $4.10 a kilo, effective Monday, November 30, 2026.",
    [
      { text: "8 per cent", period: { text: "effective Monday, November 30, 2026", from: "2026-11-30" } },
      { text: "$4.10", period: { text: "effective Monday, November 30, 2026", from: "2026-11-30" } },
    ],
    { publishedAt: "2026-12-01" },
  ],
  // (Not a base: "from Wednesday's close"; not the past: "fell 2% from Wednesday".)
  [
    "Brent fell 2% from Wednesday's close.",
    [{ text: "2%", period: undefined }],
    { publishedAt: "2026-12-04" },
  ],
];

export const FIX43_PRICE_BANDS: Case[] = [
  // A price band is part of the noun phrase it bounds: the share's subject keeps it, and the band's money
  // measures the noun's price.
  [
    "Handsets priced above $800 accounted for 31% of shipments.",
    [
      { text: "$800", subject: { text: "Handsets" }, qualifier: "lower_bound" },
      { text: "31%", subject: { text: "Handsets priced above $800" } },
    ],
  ],
  [
    "Sales of flats costing more than Rs 2 crore rose 14% in the quarter.",
    [
      { text: "Rs 2 crore", subject: { text: "flats" } },
      { text: "14%", subject: { text: "Sales of flats costing more than Rs 2 crore" } },
    ],
  ],
  [
    "Cars under 10,000 euros made up 12% of registrations.",
    [
      { text: "10,000 euros", subject: { text: "Cars" } },
      { text: "12%", subject: { text: "Cars under 10,000 euros" } },
    ],
  ],
  // (Not a verb before the bound, nor "over" alone, nor money that names the noun after it.)
  ["Diesel is above Rs 90 a litre in Chennai.", [{ text: "Rs 90", subject: { text: "Diesel" } }]],
  [
    "The official was jailed for 10 years over Dh38 million taken from dormant accounts.",
    [{ text: "Dh38 million", subject: undefined }],
  ],
];

export const FIX43_BASE_QUARTERS: Case[] = [
  // Months spelt out after a sentence that compares two quarters restate the first, not the base: no
  // reporting year that starts in April.
  [
    "The jobless rate fell to 31.9% in the third quarter from 33.2% in the second quarter, the agency said. Employment rose by 248,000 in the three months to September.",
    [
      { text: "31.9%", period: { text: "third quarter", from: "2026-07", to: "2026-09" } },
      { text: "33.2%", period: { text: "second quarter", from: "2026-04", to: "2026-06" } },
      { text: "248,000", period: { text: "three months to September", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-10" },
  ],
];

export const FIX43_LINE_SCALES: Case[] = [
  // A scale word that opens a new line scales nothing before it (a byline's year, then a paragraph).
  ["By Jane Roe | Wed 25 Nov 2026\n\nMillions of customers will see bills rise by 6%.", [{ text: "6%" }]],
];

export const FIX43_COUNT_HOLDERS: Case[] = [
  // A count a body added, gained, lost, shed or created is that body's; "it" after a name's saying stands
  // for the name (not after "expects it to").
  [
    "Globacom added 1.4 million lines in October, while 9mobile lost 210,000 subscribers.",
    [
      { text: "1.4 million lines", subject: { text: "Globacom" } },
      { text: "210,000 subscribers", subject: { text: "9mobile" } },
    ],
  ],
  [
    "Retail trade shed 18,000 jobs in November.",
    [{ text: "18,000 jobs", subject: { text: "Retail trade" } }],
  ],
  [
    "Qantas said it flew 2.3 million passengers in October.",
    [{ text: "2.3 million passengers", subject: { text: "Qantas" } }],
  ],
  [
    "Vodacom said that it had 52 million customers.",
    [{ text: "52 million customers", subject: { text: "Vodacom" } }],
  ],
  [
    "Sephora said it would open 18 stores, having added 70 stores so far this year.",
    [{ text: "18 stores" }, { text: "70 stores", subject: { text: "stores" } }],
  ],
  ["Harris expects it to fall to 3% by June.", [{ text: "3%", subject: undefined }]],
];

export const FIX43_GLUED_MEASURES: Case[] = [
  // A measure glued to its unit inside an object describes the noun after it ("its 1GB monthly bundle");
  // "it" after "said on <weekday>" and a descriptor before the name ("Rival") are passed over.
  [
    "Cell C cut the price of its 2GB monthly bundle to R89 from R105.",
    [
      { text: "2GB" },
      { text: "R89", subject: { text: "the price of its 2GB monthly bundle" } },
      { text: "R105", subject: { text: "the price of its 2GB monthly bundle" } },
    ],
  ],
  [
    "Rival Globe Telecom said on Thursday it added 1.1 million subscribers.",
    [{ text: "1.1 million subscribers", subject: { text: "Globe Telecom" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX43_AGE_GROUPS: Case[] = [
  // A group named by its ages is part of the phrase: "aged 15-24 years", "aged 18 to 24", "16- to
  // 24-year-olds", "the 25-34 age group" (and the pronoun that takes it up goes); its ages are no figures.
  [
    "The jobless rate for those aged 15-24 years was 58.1%, while for the 25-34 age group it was 37.2%.",
    [
      { text: "58.1%", subject: { text: "The jobless rate for those aged 15-24 years" } },
      { text: "37.2%", subject: { text: "the 25-34 age group" } },
    ],
  ],
  [
    "Unemployment among 16- to 24-year-olds rose to 14.6%.",
    [{ text: "14.6%", subject: { text: "Unemployment among 16- to 24-year-olds" } }],
  ],
  [
    "Unemployment among young people aged 18 to 24 climbed to 16.2%.",
    [{ text: "16.2%", subject: { text: "Unemployment among young people aged 18 to 24" } }],
  ],
];

export const FIX43_SAYER_NAMES: Case[] = [
  // The name whose "said" an "it" takes up may hold a hyphen or end in its legal form's point, follow a
  // short opening phrase, or have an apposition before its verb.
  [
    "In Asia, Cathay-Dragon said it carried 2.7 million passengers.",
    [{ text: "2.7 million passengers", subject: { text: "Cathay-Dragon" } }],
  ],
  [
    "Globe Telecom Inc. said it added 412,000 postpaid subscribers.",
    [{ text: "412,000 postpaid subscribers", subject: { text: "Globe Telecom Inc." } }],
  ],
  [
    "Gatwick, the UK's second-busiest airport, said it handled 4.1 million passengers.",
    [{ text: "4.1 million passengers", subject: { text: "Gatwick" } }],
  ],
  [
    "Sandoz Canada, which launched first in February, said it had shipped 2.3 million pens.",
    [{ text: "2.3 million pens", subject: { text: "Sandoz Canada" } }],
  ],
  // (Not after a whole clause: "Prices rose in London, Emirates said it".)
  [
    "Prices rose in London, Emirates said it carried 3 million passengers.",
    [{ text: "3 million passengers", subject: { text: "passengers" } }],
  ],
];

export const FIX43_PARALLEL_COUNTS: Case[] = [
  // A parallel clause after ", while" that carries, makes or holds a count takes the period of the
  // clause before, and its subject does not run into the amount before "and".
  [
    "Lagos airport handled 6.2 million passengers in October, while Abuja handled 3.9 million.",
    [
      { text: "6.2 million passengers", period: { text: "October" } },
      { text: "3.9 million", subject: { text: "Abuja" }, period: { text: "October" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "PIA flew 4.8m passengers in 2025, while Airblue flew 2.7m and Fly Jinnah flew 1.1m.",
    [
      { text: "4.8m passengers" },
      { text: "2.7m", subject: { text: "Airblue" } },
      { text: "1.1m", subject: { text: "Fly Jinnah" } },
    ],
  ],
  // (Not a price of its own, nor "had" as a helper.)
  [
    "Capacity rose 5% in 2025, while fees had risen to $2,000.",
    [
      { text: "5%", period: { text: "2025" } },
      { text: "$2,000", period: undefined },
    ],
  ],
];

export const FIX43_STOCKS_LOST: Case[] = [
  // A count of a stock lost (jobs, subscribers, users, customers, lines) is a net fall, as one added is a
  // rise; other things lost stay an amount.
  [
    "Retail lost 22,000 jobs in October.",
    [{ text: "22,000 jobs", change: { direction: "decrease", measure: "absolute" } }],
  ],
  ["The rebels had lost 300 fighters.", [{ text: "300 fighters", change: undefined }]],
  // (Past the count's period, whatever it is: "in the fourth quarter, bringing its total to".)
  [
    "Showmax added 1.9 million subscribers in the fourth quarter, bringing its total to 12 million.",
    [
      { text: "1.9 million subscribers", subject: { text: "Showmax" } },
      { text: "12 million", subject: { text: "Showmax" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // (The total a count brings its holder to is the holder's too.)
  [
    "Vodacom gained 1.1 million subscribers to reach 49.5 million.",
    [
      { text: "1.1 million subscribers", subject: { text: "Vodacom" } },
      { text: "49.5 million", subject: { text: "Vodacom" } },
    ],
  ],
  [
    "Telkom lost 90,000 users, taking its base to 18.2 million.",
    [
      { text: "90,000 users", subject: { text: "Telkom" } },
      { text: "18.2 million", subject: { text: "Telkom" } },
    ],
  ],
];

export const FIX43_LEVELS_SET_AGAINST: Case[] = [
  // A level set against the one before (", against", ", compared to") measures the same; a passive
  // estimate after "is" ("is expected at") sets its subject's level.
  [
    "Urban unemployment was 6.6 per cent during the month, against 6.9 per cent in August.",
    [
      { text: "6.6 per cent", subject: { text: "Urban unemployment" } },
      { text: "6.9 per cent", subject: { text: "Urban unemployment" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Total spending is expected at K31.2 billion.",
    [{ text: "K31.2 billion", subject: { text: "Total spending" } }],
  ],
  [
    "Tax revenue was now estimated at 9.1 billion pula.",
    [{ text: "9.1 billion pula", subject: { text: "Tax revenue" } }],
  ],
];

export const FIX43_MEASURES_MADE: Case[] = [
  // A measure a body sells or produces with no content after it is that body's, as a count is.
  ["Lucara sold 81,000 carats in the quarter.", [{ text: "81,000 carats", subject: { text: "Lucara" } }]],
  ["Ginners sold 1.9m bales to textile mills.", [{ text: "1.9m bales", subject: { text: "Ginners" } }]],
  // (Past an aside between the maker and its verb.)
  [
    "Verizon, which has lost customers to rivals, added 44,000 postpaid phone subscribers.",
    [{ text: "44,000 postpaid phone subscribers", subject: { text: "Verizon" } }],
  ],
  [
    "Lucara, the Vancouver-based miner, sold 81,000 carats.",
    [{ text: "81,000 carats", subject: { text: "Lucara" } }],
  ],
];

export const FIXES40: Case[] = [
  ...FIX43_MEASURES_MADE,
  ...FIX43_LEVELS_SET_AGAINST,
  ...FIX43_STOCKS_LOST,
  ...FIX43_PARALLEL_COUNTS,
  ...FIX43_SAYER_NAMES,
  ...FIX43_AGE_GROUPS,
  ...FIX43_GLUED_MEASURES,
  ...FIX43_COUNT_HOLDERS,
  ...FIX43_LINE_SCALES,
  ...FIX43_BASE_QUARTERS,
  ...FIX43_PRICE_BANDS,
  ...FIX43_WEEKDAY_STARTS,
];
