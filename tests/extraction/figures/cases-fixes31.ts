import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 34, in wording of my own. */

const PUB = { publishedAt: "2026-11-20" };

export const FIX34_SAME_TIME: Case[] = [
  // "at the same time last year" names the year before, and no subject ("units at the same time").
  [
    "Sales rose 12% to 4.5 million units in October, compared with 3.9 million units at the same time last year.",
    [
      { text: "12%", subject: { text: "Sales" } },
      { text: "4.5 million units", subject: { text: "Sales" } },
      {
        text: "3.9 million units",
        subject: { text: "Sales" },
        period: { text: "same time last year", from: "2025-10", to: "2025-10" },
      },
    ],
    PUB,
  ],
  [
    "Stocks stood at 2.1 million tonnes, against 1.8 million tonnes this time last year.",
    [
      { text: "2.1 million tonnes", subject: { text: "Stocks" } },
      { text: "1.8 million tonnes", period: { text: "this time last year", from: "2025", to: "2025" } },
    ],
    PUB,
  ],
];

export const FIX34_OWNED_SOURCES: Case[] = [
  // "according to its website/filings/prospectus": the body the clause is about.
  [
    "Acme Holdings employs 4,200 people, according to its website.",
    [{ text: "4,200 people", speaker: { name: "Acme Holdings" } }],
  ],
  [
    "The BGA represents around 2 million companies, according to its website.",
    [{ text: "2 million companies", speaker: { name: "BGA" } }],
  ],
  // ", its latest annual report showed." closing the sentence: the same body.
  [
    "Kenya Power spent Sh43.2 billion on fuel in the year to June, its annual report shows.",
    [{ text: "Sh43.2 billion", speaker: { name: "Kenya Power" } }],
  ],
  [
    "The OAIC received 527 data breach notifications in the January-to-June period, its latest report showed.",
    [{ text: "527 data breach notifications", speaker: { name: "OAIC" } }],
  ],
];

export const FIX34_QUALIFIED_UNITS: Case[] = [
  // A count's own subject keeps the words that qualify its unit noun inside the figure.
  [
    "The ministry has confirmed 3,412 cholera cases and 57 deaths.",
    [
      { text: "3,412 cholera cases", unit: "cases", subject: { text: "cholera cases" } },
      { text: "57 deaths", subject: { text: "deaths" } },
    ],
  ],
  [
    "The guide lists 38 one-star restaurants and a dozen new bistros.",
    [
      { text: "38 one-star restaurants", subject: { text: "one-star restaurants" } },
      { text: "a dozen new bistros", subject: { text: "new bistros" } },
    ],
  ],
  // A chain of modifiers after "additional" or "more", and "close" after the number, still reach the unit.
  [
    "The ministry will hire 350 additional public health officers and has traced 148 close contacts.",
    [
      {
        text: "350 additional public health officers",
        unit: "officers",
        subject: { text: "public health officers" },
      },
      { text: "148 close contacts", unit: "contacts", subject: { text: "close contacts" } },
    ],
  ],
  [
    "The commission approved 42 more digital lending platforms.",
    [
      {
        text: "42 more digital lending platforms",
        unit: "platforms",
        // (What a body approves is its own count since session 42.)
        subject: { text: "The commission" },
      },
    ],
  ],
  // Words that say how many are no part of it.
  ["The alliance will send 300 more troops.", [{ text: "300 more troops", subject: { text: "troops" } }]],
  // A level reached still measures what changed.
  [
    "Staff numbers rose by 4,129 to 151,870 whole-time equivalents.",
    [
      { text: "4,129", subject: { text: "Staff numbers" } },
      { text: "151,870 whole-time equivalents", subject: { text: "Staff numbers" } },
    ],
  ],
];

export const FIX34_WHOLE_AND_PREVIOUS: Case[] = [
  // "the whole of 2024", "all of 2025": the period itself, and no subject "the whole".
  [
    "Authorities froze Dh312 million this year, up from Dh205 million in the whole of last year.",
    [
      { text: "Dh312 million", period: { text: "this year", from: "2026", to: "2026" } },
      { text: "Dh205 million", period: { text: "whole of last year", from: "2025", to: "2025" } },
    ],
    PUB,
  ],
  [
    "It handled 2.4 million deliveries in the first ten months of the year, against 900,000 for the whole of 2024.",
    [
      { text: "2.4 million deliveries" },
      {
        text: "900,000",
        subject: { text: "deliveries" },
        period: { text: "whole of 2024", from: "2024", to: "2024" },
      },
    ],
    PUB,
  ],
  [
    "Brazilian companies sold $9.4 billion in bonds this year, compared with $7.1 billion in all of 2025.",
    [
      { text: "$9.4 billion" },
      { text: "$7.1 billion", period: { text: "all of 2025", from: "2025", to: "2025" } },
    ],
    PUB,
  ],
  // "the previous fiscal" after a fiscal year the sentence names: the one before it.
  [
    "Exports rose to USD 35.2 billion in FY26 from USD 29.1 billion in the previous fiscal.",
    [
      { text: "USD 35.2 billion" },
      { text: "USD 29.1 billion", period: { text: "previous fiscal", from: "2025", to: "2025" } },
    ],
  ],
];

export const FIX34_RECORDED_TRAFFIC: Case[] = [
  // The visitors or arrivals a place records are its traffic, as those it attracts.
  [
    "Muzium Negara recorded 1.12 million visitors in the January-September period, a 17% rise from a year earlier.",
    [
      { text: "1.12 million visitors", subject: { text: "Muzium Negara" } },
      { text: "17%", subject: { text: "Muzium Negara" } },
    ],
  ],
  // A pronoun holds what the name that said it holds, as for a carrier ("Emirates said it flew"; session 72:
  // what a body records is its own count).
  [
    "Flipkart said it recorded 82 crore customer visits during the sale.",
    [{ text: "82 crore customer visits", subject: { text: "Flipkart" } }],
  ],
];

export const FIX34_FROZEN_WORTH: Case[] = [
  // What an irregular verb froze "worth" an amount is its object, as after a regular one.
  ["The FIC froze assets worth R760 million.", [{ text: "R760 million", subject: { text: "assets" } }]],
  [
    "Authorities had frozen assets worth Dh312 million, up from Dh205 million.",
    [
      { text: "Dh312 million", subject: { text: "assets" } },
      { text: "Dh205 million", subject: { text: "assets" } },
    ],
  ],
  // An irregular participle after no auxiliary describes the noun ("gross written premiums").
  [
    "Gross written premiums rose 7 per cent to Dh9.8 billion.",
    [
      { text: "7 per cent", subject: { text: "Gross written premiums" } },
      { text: "Dh9.8 billion", subject: { text: "Gross written premiums" } },
    ],
  ],
];

export const FIX34_TOTALLING: Case[] = [
  // What totals an amount is the noun phrase right before "totalling", not what it is of or with.
  [
    "The regulator imposed fines totalling €2.6 million on three banks.",
    [{ text: "€2.6 million", subject: { text: "fines" } }, { text: "three banks" }],
  ],
  [
    "About 89,000 loanees with balances totalling Sh9.6 billion are in default.",
    [{ text: "89,000 loanees" }, { text: "Sh9.6 billion", subject: { text: "balances" } }],
  ],
  [
    "The union rejected the offer of wage increases totalling 13 per cent over four years.",
    [{ text: "13 per cent", subject: { text: "wage increases" } }],
  ],
];

export const FIX34_STALE_STORY: Case[] = [
  // A period that ended long before the story is background: the figures after it carry none of it.
  [
    "Bolsa de Arte sold a 1920 painting. Its previous record was set in 2020 when it sold 12 works. In total, the evening sale of 95 lots raised R$148.7 million, compared with R$96 million a year ago.",
    [
      { text: "12 works", period: { text: "2020", from: "2020", to: "2020" } },
      { text: "95 lots", period: undefined },
      { text: "R$148.7 million", period: undefined },
      { text: "R$96 million", period: { text: "a year ago", from: "2025", to: "2025" } },
    ],
    PUB,
  ],
];

export const FIX34_POSSESSED_BASE: Case[] = [
  // A period's possessive right before a change's base dates that level ("last year's 510,000 hectares").
  [
    "Growers will plant 340,000 hectares this season, down 33 per cent from last year's 510,000 hectares.",
    [
      { text: "340,000 hectares" },
      { text: "33 per cent" },
      { text: "510,000 hectares", period: { text: "last year", from: "2025", to: "2025" } },
    ],
    PUB,
  ],
  [
    "The council approved a P45.1-billion budget for 2027, up 11.6 percent from this year's P40.4 billion.",
    [
      { text: "P45.1-billion", period: { text: "2027", from: "2027", to: "2027" } },
      { text: "11.6 percent" },
      { text: "P40.4 billion", period: { text: "this year", from: "2026", to: "2026" } },
    ],
    PUB,
  ],
];

export const FIX34_WON_SEATS: Case[] = [
  // The seats, votes or councils a party won or controls are its own, as the traffic a port handles is.
  [
    "The DA controls 31 councils, up from 13.",
    [
      { text: "31 councils", subject: { text: "The DA" } },
      { text: "13", subject: { text: "The DA" } },
    ],
  ],
  [
    "Democrats won 221 seats, while Republicans won 208.",
    [
      { text: "221 seats", subject: { text: "Democrats" } },
      { text: "208", subject: { text: "Republicans" } },
    ],
  ],
  // Not after "and" (the holder is further back), nor a pronoun; a margin "by" keeps its unit.
  ["She won by 11,450 votes.", [{ text: "11,450 votes", subject: { text: "votes" } }]],
  ["It won 47 seats.", [{ text: "47 seats", subject: { text: "seats" } }]],
];

export const FIX34_SEASON_FORECASTS: Case[] = [
  // Who cuts its estimate for a season written with a slash speaks for the level, as for "2026-27".
  [
    "The Cotton Association of India cut its estimate for the 2026/27 crop to 291 lakh bales.",
    [{ text: "291 lakh bales", speaker: { name: "Cotton Association of India" } }],
  ],
];

export const FIX34_RESTATED_OPENINGS: Case[] = [
  // A figure set off by commas right after the noun phrase that opens the clause restates it.
  [
    "The largest fine, Rs426.5 million, was imposed on Habib Bank.",
    [{ text: "Rs426.5 million", subject: { text: "The largest fine" } }],
  ],
  [
    "The bulk, about €1.2 billion, is held by Euroclear.",
    [{ text: "€1.2 billion", subject: { text: "The bulk" } }],
  ],
  // Not after a clause with its verb, nor after an adverb or a period.
  [
    'Their profit margins are thin, around 3 to 5 per cent," he said.',
    [{ text: "3 to 5 per cent", subject: undefined }],
  ],
  ["Separately, 412 workers were hurt.", [{ text: "412 workers", subject: { text: "workers" } }]],
];

export const FIX34_OF_WHOM: Case[] = [
  // A part "of whom" counts in the unit of the count before it, as a part "of which" does.
  [
    "The prisons held 81,723 inmates at the end of September, of whom 53,108 were awaiting trial.",
    [{ text: "81,723 inmates" }, { text: "53,108", kind: "QUANTITY", unit: "inmates" }],
  ],
];

export const FIXES31: Case[] = [
  ...FIX34_SAME_TIME,
  ...FIX34_OWNED_SOURCES,
  ...FIX34_QUALIFIED_UNITS,
  ...FIX34_WHOLE_AND_PREVIOUS,
  ...FIX34_RECORDED_TRAFFIC,
  ...FIX34_FROZEN_WORTH,
  ...FIX34_TOTALLING,
  ...FIX34_STALE_STORY,
  ...FIX34_POSSESSED_BASE,
  ...FIX34_WON_SEATS,
  ...FIX34_SEASON_FORECASTS,
  ...FIX34_RESTATED_OPENINGS,
  ...FIX34_OF_WHOM,
];
