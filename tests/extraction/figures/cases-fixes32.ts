import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 35, in wording of my own. */

export const FIX35_OTHER_KIND_AGAINST: Case[] = [
  // A figure of another kind after "against" is no level compared, and a preposition opens no noun
  // money describes.
  [
    "The watchdog imposed fines totalling $2.7 million against six lenders.",
    [
      { text: "$2.7 million", subject: { text: "fines" } },
      { text: "six lenders", subject: { text: "lenders" } },
    ],
  ],
  // A bare number after "against" still takes the unit and subject of the one before.
  [
    "The party won 61 seats, against 48 in 2021.",
    [
      { text: "61 seats", subject: { text: "The party" } },
      { text: "48", unit: "seats", subject: { text: "The party" } },
    ],
  ],
];

export const FIX35_HAVE_OBJECT: Case[] = [
  // "have" before a noun is possession: what is worth the money is its object.
  [
    "The province alone has contracts worth more than $900 million under way.",
    [{ text: "$900 million", subject: { text: "contracts" } }],
  ],
  // (An auxiliary "have" is no verb of possession: "had forecast" names no subject "forecast".)
  ["Analysts had forecast growth of 0.4%.", [{ text: "0.4%", subject: undefined }]],
];

export const FIX35_GAPPED_SEATS: Case[] = [
  // A list gapped after a name's count: each item is a count of the same unit, held by its name.
  [
    "Fianna Fáil won 48 seats, Sinn Féin 39, the Social Democrats 11 and PBP 3.",
    [
      { text: "48 seats", subject: { text: "Fianna Fáil" } },
      { text: "39", unit: "seats", subject: { text: "Sinn Féin" } },
      { text: "11", unit: "seats", subject: { text: "the Social Democrats" } },
      { text: "3", unit: "seats", subject: { text: "PBP" } },
    ],
  ],
  // (An acronym spelt like a label word is a name in such a list.)
  [
    "Labour won 34 seats, ACT 10 and the Greens 16.",
    [
      { text: "34 seats" },
      { text: "10", unit: "seats", subject: { text: "ACT" } },
      { text: "16", unit: "seats", subject: { text: "the Greens" } },
    ],
  ],
  // (Not a model after a common noun's count.)
  ["The airline ordered 30 jets, Boeing 737 and Airbus models.", [{ text: "30 jets" }]],
  // A name after a verb of giving is no model name.
  ["The final count gave Labour 52 seats.", [{ text: "52 seats", unit: "seats" }]],
];

export const FIX35_WHILE_REPORTS: Case[] = [
  // A report goes on past ", while" when the clause's subject is a common noun, whatever name a phrase
  // after it holds or a word glues inside it.
  [
    "Tiger Brands reported a 6% rise in revenue, while volumes at its Albany Bakeries unit fell 3 per cent.",
    [
      { text: "6%", speaker: { name: "Tiger Brands" } },
      { text: "3 per cent", speaker: { name: "Tiger Brands" } },
    ],
  ],
  [
    "Morneau said the deficit would narrow to $61 billion, while the debt-to-GDP ratio would fall to 41.5 per cent.",
    [
      { text: "$61 billion", speaker: { name: "Morneau" } },
      { text: "41.5 per cent", speaker: { name: "Morneau" } },
    ],
  ],
  // (A name that opens the clause, after a phrase of place, speaks for itself.)
  [
    "In Perth, the Smith Foundation said its grants rose 5 per cent, while in Sydney the Jones Trust gave $2.1 million.",
    [
      { text: "5 per cent", speaker: { name: "Smith Foundation" } },
      { text: "$2.1 million", speaker: undefined },
    ],
  ],
];

export const FIX35_RECORDED_RESULTS: Case[] = [
  // A named body that records a result states it, as one that reports it does; "itself" may stand between.
  [
    "Okomu Oil Palm Plc recorded a loss after tax of N4.1 billion.",
    [{ text: "N4.1 billion", speaker: { name: "Okomu Oil Palm Plc" } }],
  ],
  ["Eskom itself reported a net profit of R3.4bn.", [{ text: "R3.4bn", speaker: { name: "Eskom" } }]],
  // (Not a country's surplus, nor a pronoun's result, nor what a place records.)
  ["Kenya recorded a trade deficit of $1.2 billion.", [{ text: "$1.2 billion", speaker: undefined }]],
  ["Muzium Negara recorded 1.12 million visitors.", [{ text: "1.12 million visitors", speaker: undefined }]],
];

export const FIX35_INSERTED_SAYING: Case[] = [
  // A saying set inside a relative clause leaves the clause on what it follows.
  [
    "Growers want the sugar levy, which they say costs the industry R1.5bn a year, suspended.",
    [{ text: "R1.5bn", subject: { text: "the sugar levy" } }],
  ],
  [
    "She cited the counter-tariffs, which Minister Joly said had raised about $620-million since March.",
    [{ text: "$620-million", subject: { text: "the counter-tariffs" } }],
  ],
];

export const FIX35_PLACING_ASIDES: Case[] = [
  // A participle aside that places the noun ("running from ... to ...") stands between it and its verb.
  [
    "The second section, running from Ikeja to the airport, is about 41% complete.",
    [{ text: "41%", subject: { text: "The second section" } }],
  ],
  [
    "The Kisumu line, linking the lake port with Nairobi, carried 86,000 passengers in October.",
    [{ text: "86,000 passengers", subject: { text: "The Kisumu line" } }],
  ],
];

export const FIX35_MONTH_EDGES: Case[] = [
  // "the year to July 1" runs through June; a month and its year set off by a comma are one period.
  [
    "Land values rose 9.4 per cent in the year to July 1.",
    [{ text: "9.4 per cent", period: { text: "year to July 1", from: "2025-07", to: "2026-06" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "In March, 2025, the mill crushed 1.2 million tonnes.",
    [{ text: "1.2 million tonnes", period: { text: "March, 2025", from: "2025-03", to: "2025-03" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Sales were 6.3 per cent higher than in October, 2025.",
    [{ text: "6.3 per cent", change: { base: "in October, 2025" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX35_LAW_YEARS: Case[] = [
  // A year that ends a law's name dates no figure.
  ["The blend was set at 10% under the Biofuels Act of 2006.", [{ text: "10%", period: undefined }]],
  [
    "Under the Data Protection Act, 2019, fines are capped at Sh5 million.",
    [{ text: "Sh5 million", period: undefined }],
  ],
  [
    "Fines under Federal Decree-Law No. 30 of 2021 reach Dh500,000.",
    [{ text: "Dh500,000", period: undefined }],
  ],
  // (A year after a common noun's "of" still dates.)
  ["Sales of 2025 rose 4%.", [{ text: "4%", period: { text: "2025" } }]],
];

export const FIX35_ACT_DAYS: Case[] = [
  // The day a fine was handed down or imposed dates none of the figures told with it.
  [
    "The judge handed down the fine in court on Friday, along with a surcharge of 25 per cent.",
    [{ text: "25 per cent", period: undefined }],
    { publishedAt: "2026-11-30" },
  ],
  [
    "The regulator imposed the penalty on Tuesday, bringing the total to $4.1 million.",
    [{ text: "$4.1 million", period: undefined }],
    { publishedAt: "2026-11-30" },
  ],
];

export const FIX35_HYPHENED_JOBS: Case[] = [
  // A job glued by a hyphen between a body's name and a person's: the person speaks.
  [
    "Farm prices fell to Sh4,800 a tonne, said Kenya Tea Growers Association secretary-general Mary Wanjiku.",
    [{ text: "Sh4,800", speaker: { name: "Mary Wanjiku" } }],
  ],
];

export const FIX35_COMPARED_WITH_THE: Case[] = [
  // A level compared after "from the", "from the original", "from an initial" measures the same thing.
  [
    "The line will cost $12.1 billion, up from the $8.4 billion the province announced in 2019.",
    [
      { text: "$12.1 billion", subject: { text: "The line" } },
      { text: "$8.4 billion", subject: { text: "The line" } },
    ],
  ],
  [
    "The stadium's cost has risen to Sh52 billion from an initial Sh26 billion.",
    [{ text: "Sh52 billion" }, { text: "Sh26 billion", subject: { text: "The stadium's cost" } }],
  ],
  // A part "of which" after the noun money described is of that noun.
  [
    "The Treasury extended a R47bn guarantee framework, of which R21bn has been drawn.",
    [
      { text: "R47bn", subject: { text: "guarantee framework" } },
      { text: "R21bn", subject: { text: "guarantee framework" } },
    ],
  ],
];

export const FIX35_ACT_PARTICIPLES: Case[] = [
  // A participle of an act right after an amount dates it; one of a forecast does not.
  [
    "The committee asked for an audit of the N12bn released in 2024.",
    [{ text: "N12bn", period: { text: "2024" } }],
  ],
  [
    "The surplus will be $3.1 billion this year, down from the $6.4 billion projected in February.",
    [{ text: "$3.1 billion" }, { text: "$6.4 billion", period: { text: "this year" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX35_PARTS_AND_SHARES: Case[] = [
  // "N of them" after a count is a part of its unit, whatever clause stands between.
  [
    "The mine employs 4,200 workers, 3,100 of them local.",
    [{ text: "4,200 workers" }, { text: "3,100", unit: "workers", subject: { text: "workers" } }],
  ],
  // A share "of GDP" before ", rising to" does not cut the level reached from it.
  [
    "Health spending will reach 6.1 per cent of GDP, rising to 6.8 per cent by 2030.",
    [
      { text: "6.1 per cent", subject: { text: "Health spending" } },
      { text: "6.8 per cent", subject: { text: "Health spending" } },
    ],
  ],
];

export const FIX35_HALF_MONTHS: Case[] = [
  // The first half of a month is its first 15 days; the second, the rest.
  [
    "Mills crushed 28.4 million tons of cane in the second half of October.",
    [{ text: "28.4 million tons", period: { from: "2026-10-16", to: "2026-10-31" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Inflation slowed to 4.12% in the first half of November.",
    [{ text: "4.12%", period: { from: "2026-11-01", to: "2026-11-15" } }],
    { publishedAt: "2026-11-25" },
  ],
];

export const FIXES32: Case[] = [
  ...FIX35_HALF_MONTHS,
  ...FIX35_PARTS_AND_SHARES,
  ...FIX35_ACT_PARTICIPLES,
  ...FIX35_COMPARED_WITH_THE,
  ...FIX35_ACT_DAYS,
  ...FIX35_HYPHENED_JOBS,
  ...FIX35_LAW_YEARS,
  ...FIX35_MONTH_EDGES,
  ...FIX35_PLACING_ASIDES,
  ...FIX35_INSERTED_SAYING,
  ...FIX35_RECORDED_RESULTS,
  ...FIX35_WHILE_REPORTS,
  ...FIX35_OTHER_KIND_AGAINST,
  ...FIX35_HAVE_OBJECT,
  ...FIX35_GAPPED_SEATS,
];
