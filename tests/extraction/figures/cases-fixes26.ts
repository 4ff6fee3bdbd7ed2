import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 29, in wording of my own. */

export const FIX29_SPEAKERS: Case[] = [
  // After the verb as before it, a firm's job word names the person who works there.
  [
    "Copper slipped 0.8% on Monday, said Saxo Bank commodity strategist Ole Hansen.",
    [{ text: "0.8%", speaker: { name: "Ole Hansen" } }],
  ],
  [
    "Orders fell 12% in October, said Zentra2 chief executive Maria Holm.",
    [{ text: "12%", speaker: { name: "Maria Holm" } }],
  ],
  // So after a quote.
  [
    '"Wages are paying $45 an hour," said USW local president Gord Menzies.',
    [{ text: "$45", speaker: { name: "Gord Menzies", mode: "quoted" } }],
  ],
  // Digits glued to a name are the name's.
  [
    "Turnover reached 28.4 billion reais, according to B3 data.",
    [{ text: "28.4 billion reais", speaker: { name: "B3" } }],
  ],
];

export const FIX29_SINCE_EVENTS: Case[] = [
  // "since the 2009 agreement": open from the year of the event since which.
  [
    "Real pay has lost 60 percent of its value since the 2009 agreement.",
    [{ text: "60 percent", period: { from: "2009", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX29_ASIDES: Case[] = [
  // A quantity in an aside measures the aside's host, not its unit.
  [
    "Guyana holds recoverable reserves, estimated at 11 billion barrels, but output lags.",
    [{ text: "11 billion barrels", subject: { text: "recoverable reserves" } }],
  ],
];

export const FIX29_PAYMENT_FORMS: Case[] = [
  // "for each"/"for every" a thing is a price's denominator; "in cash" before it is the form of payment,
  // neither the unit nor what the price measures.
  [
    "Holders will receive $9.40 in cash for each share they own.",
    [{ text: "$9.40", unit: "for each share", subject: { text: "Holders" } }],
  ],
  ["Parties are paid 1.10 euros for every vote they win.", [{ text: "1.10 euros", unit: "for every vote" }]],
];

export const FIX29_FREQUENCY_BANDS: Case[] = [
  // Frequencies before "band(s)", in a list or alone, and one after "the" before a band's noun name bands;
  // an amount of spectrum stays a figure.
  [
    "The regulator will auction the 700MHz, 2100MHz and 3.5GHz bands, about 1,200 MHz of airwaves, next year.",
    [{ text: "1,200 MHz", unit: "MHz" }],
  ],
  ["Operators in the 26, 28 and 38 GHz bands paid $300 million.", [{ text: "$300 million" }]],
  ["The 900MHz fee will fall to £1.2m.", [{ text: "£1.2m" }]],
];

export const FIX29_OWN_DOLLARS: Case[] = [
  // A story that marks the U.S. dollar by name writes it so, however often it letters its own.
  [
    "SYDNEY, April 30, 2026 (AAP) - Carriers will pay $1.86 billion (US$1.21 billion) to renew licences, after paying $A738 million in 2012 and $A170 million in 2013.",
    [
      { text: "$1.86 billion", currency: "AUD" },
      { text: "US$1.21 billion", currency: "USD" },
      { text: "$A738 million", currency: "AUD" },
      { text: "$A170 million", currency: "AUD" },
    ],
  ],
  // With no bare dollar to say otherwise, cents are the story's own dollar's.
  [
    "SYDNEY, Aug 19, 2026 (AAP) - Harbour Property posted a loss of $A642 million after a $A1.1 billion write-down and guided to distributions of 24.5 to 24.7 cents per security.",
    [
      { text: "$A642 million", currency: "AUD" },
      { text: "$A1.1 billion", currency: "AUD" },
      { text: "24.5 to 24.7 cents", currency: "AUD" },
    ],
  ],
];

export const FIX29_STATEMENT_DAYS: Case[] = [
  // The day a statement was made or accounts were filed dates no figure, past where or to whom: the
  // story's period carries.
  [
    "Harbour REIT posted a profit of R40m for the six months to August 31. Rental income rose 6.1% to R512.3m, the fund said in a Sens announcement on Wednesday. Accounts filed at Companies House on Tuesday show turnover fell 3.1% to £48m.",
    [
      { text: "R40m" },
      { text: "6.1%", period: { from: "2026-03", to: "2026-08", carried: true } },
      { text: "R512.3m", period: { from: "2026-03", to: "2026-08", carried: true } },
      { text: "3.1%", period: { from: "2026-03", to: "2026-08", carried: true } },
      { text: "£48m", period: { from: "2026-03", to: "2026-08", carried: true } },
    ],
    { publishedAt: "2026-10-14" },
  ],
  // Past a name's acronym in parentheses, and a longer venue's name.
  [
    "Okomu posted a profit of N40bn for the nine months to September. Revenue rose 52 percent, according to results filed with the Nigerian Exchange (NGX) on Friday. Sales rose 5%, the company said in a disclosure to the Philippine Stock Exchange on Tuesday.",
    [
      { text: "N40bn" },
      { text: "52 percent", period: { from: "2026-01", to: "2026-09", carried: true } },
      { text: "5%", period: { from: "2026-01", to: "2026-09", carried: true } },
    ],
    { publishedAt: "2026-10-30" },
  ],
];

export const FIX29_PERFECT_LEDES: Case[] = [
  // A lede in the present perfect that names closed accounts sets the story's period; one that names a
  // relative period does not.
  [
    "Kochi Tuskers has narrowed its net loss to Rs 38.4 crore for the financial year ended March 31, 2026. Revenue rose 12% to Rs 210 crore.",
    [
      { text: "Rs 38.4 crore", period: { from: "2025-04", to: "2026-03" } },
      { text: "12%", period: { from: "2025-04", to: "2026-03", carried: true } },
      { text: "Rs 210 crore", period: { from: "2025-04", to: "2026-03", carried: true } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Gold has risen 30% this year. Miners sold 4 tonnes.",
    [{ text: "30%" }, { text: "4 tonnes", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX29_CHANGE_DATES: Case[] = [
  // "with effect from" a date after the old level starts the new one.
  [
    "The rate will rise to 12 per cent from 10 per cent with effect from January 1, 2027.",
    [
      { text: "12 per cent", period: { from: "2027-01-01", to: undefined } },
      { text: "10 per cent", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A day a past change was made on is the new level's; a month stays the old level's.
  [
    "The toll was raised to $4.50 from $4 on July 1. Inflation rose to 5% from 4% in March.",
    [
      { text: "$4.50", period: { from: "2026-07-01", to: "2026-07-01" } },
      { text: "$4", period: undefined },
      { text: "5%", period: undefined },
      { text: "4%", period: { from: "2026-03", to: "2026-03" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A coming change on a day opens the new level from it; "this year" keeps its year.
  [
    "The fee will fall to $30 from $35 on July 1 this year.",
    [
      { text: "$30", period: { from: "2026-07-01", to: undefined } },
      { text: "$35", period: undefined },
    ],
    { publishedAt: "2026-03-20" },
  ],
];

export const FIX29_PRICE_UNITS: Case[] = [
  // Abbreviated units after a glued slash, rates of weeks and months, the pence per litre glued on.
  [
    "Barley was quoted at $A305/t, milk at 48c/l and Class IV at $18.31/cwt, with rents of R34,800/m² a year.",
    [
      { text: "$A305", unit: "/t" },
      { text: "48c", unit: "/l" },
      { text: "$18.31", unit: "/cwt" },
      { text: "R34,800", unit: "/m² a year" },
    ],
  ],
  [
    "JobSeeker rises by A$40 a fortnight and the grant pays GH¢256 every two months.",
    [
      { text: "A$40", unit: "a fortnight" },
      { text: "GH¢256", unit: "every two months" },
    ],
  ],
  // An old price takes the new one's unit past what the unit is of, a start date, and a conversion.
  [
    "Processors will pay Sh52 per litre of raw milk from March 1, up from Sh46, and millers about 175 reais ($32) per tonne of cane, down from around 186 reais.",
    [
      { text: "Sh52", unit: "per litre" },
      { text: "Sh46", unit: "per litre" },
      { text: "175 reais", unit: "per tonne" },
      { text: "$32", unit: "per tonne" },
      { text: "186 reais", unit: "per tonne" },
    ],
  ],
  [
    "Arla will pay 42.1ppl in January.",
    [{ text: "42.1ppl", value: 0.421, currency: "GBP", unit: "per litre" }],
  ],
  // A small glued rand amount after "is", "gets" or before "as", "during" reads as a price.
  [
    "The grant is R560 a month, first paid at R350 during the lockdown.",
    [
      { text: "R560", currency: "ZAR", unit: "a month" },
      { text: "R350", currency: "ZAR" },
    ],
  ],
];

export const FIX29_MOVED_OBJECTS: Case[] = [
  // The object of "narrowed", "widened", "squeezed", "pushed" measures the level it reached; an adverb or
  // a clause after the verb is no object.
  [
    "Finlo narrowed its net loss to $14.2 million from $31.7 million, squeezing the gross margin to 39.6 per cent.",
    [
      { text: "$14.2 million", subject: { text: "its net loss" } },
      { text: "$31.7 million", subject: { text: "its net loss" } },
      { text: "39.6 per cent", subject: { text: "the gross margin" } },
    ],
  ],
  [
    "The primary income deficit widened slightly to S$30.1 billion.",
    [{ text: "S$30.1 billion", subject: { text: "The primary income deficit" } }],
  ],
];

export const FIX29_DEFINITE_BODIES: Case[] = [
  // "the board said" with no entities in a case run: the attribution alone names no one.
  ["Processors must pay at least Sh50, the board said.", [{ text: "Sh50", speaker: undefined }]],
];

export const FIX29_IMPORT_COVER: Case[] = [
  // Reserves measured in the months of imports they pay for are a measure, no duration.
  [
    "Usable reserves stood at $10.9 billion, equivalent to 4.8 months of import cover, or about 7.6 months' worth of imports.",
    [
      { text: "$10.9 billion" },
      { text: "4.8 months of import cover", kind: "QUANTITY", value: 4.8, unit: "months of imports" },
      { text: "7.6 months' worth of imports", kind: "QUANTITY", value: 7.6, unit: "months of imports" },
    ],
  ],
  ["The ban lasted 18 months of the year.", []],
];

export const FIX29_RESPECTIVELY_OPENING: Case[] = [
  // Figures listed with "respectively" whose subjects differ measure the names that open the sentence.
  [
    "Kisumu, Nakuru and Eldoret recorded the most claims, at 41,000, 38,000 and 12,500 respectively.",
    [
      { text: "41,000", subject: { text: "Kisumu" } },
      { text: "38,000", subject: { text: "Nakuru" } },
      { text: "12,500", subject: { text: "Eldoret" } },
    ],
  ],
];

export const FIX29_QUOTE_MARKS: Case[] = [
  // A quote's opening mark is no part of a subject; a quoted title keeps its marks.
  ['"Input costs rose 24% since 2021," he said.', [{ text: "24%", subject: { text: "Input costs" } }]],
];

export const FIXES26: Case[] = [
  ...FIX29_QUOTE_MARKS,
  ...FIX29_RESPECTIVELY_OPENING,
  ...FIX29_IMPORT_COVER,
  ...FIX29_DEFINITE_BODIES,
  ...FIX29_MOVED_OBJECTS,
  ...FIX29_PRICE_UNITS,
  ...FIX29_CHANGE_DATES,
  ...FIX29_PERFECT_LEDES,
  ...FIX29_STATEMENT_DAYS,
  ...FIX29_OWN_DOLLARS,
  ...FIX29_FREQUENCY_BANDS,
  ...FIX29_PAYMENT_FORMS,
  ...FIX29_SPEAKERS,
  ...FIX29_SINCE_EVENTS,
  ...FIX29_ASIDES,
];
