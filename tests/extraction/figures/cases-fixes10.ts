import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found in session 10 (the session-9 backlog and the session-10 testers:
 * energy and utilities, pharmaceuticals, agricultural commodities in Asia, insurance, telecoms, elections,
 * defence procurement, transport), in wording of my own.
 */

const PUB = { publishedAt: "2026-11-20T10:00:00Z" };

export const FIX10_SPEAKERS: Case[] = [
  // A forecast or an estimate reports its clause without "that" after a name.
  [
    "Vattenfall forecasts demand will rise by 3% next year.",
    [{ text: "3%", speaker: { name: "Vattenfall", mode: "reported" } }],
    PUB,
  ],
  [
    "Brookline Advisory, a research firm, estimates households spend 900 million euros a year on fuel.",
    [{ text: "900 million euros", speaker: { name: "Brookline Advisory", mode: "reported" } }],
    PUB,
  ],
  // Not a plural noun ("forecasts show"), nor a level set "at" a figure.
  ["Treasury forecasts show the deficit at 4% of GDP.", [{ text: "4%", speaker: undefined }], PUB],
  ["The OECD projects world trade at 2.9% in 2027.", [{ text: "2.9%", speaker: undefined }], PUB],
  // The data of a named source.
  [
    "Arrears reached 1.9 billion pounds in September, Ofwat figures show.",
    [{ text: "1.9 billion pounds", speaker: { name: "Ofwat", mode: "reported" } }],
    PUB,
  ],
  [
    "Istat data showed retail sales fell 0.6% in October.",
    [{ text: "0.6%", speaker: { name: "Istat", mode: "reported" } }],
    PUB,
  ],
  // A firm's analysts speak for it; traders in a city are no one in particular.
  [
    "The utility owes 3 billion rand to Eskom, analysts at Nedbank estimated.",
    [{ text: "3 billion rand", speaker: { name: "Nedbank", mode: "reported" } }],
    PUB,
  ],
  ["Copper rose 2%, traders in Shanghai said.", [{ text: "2%", speaker: undefined }], PUB],
  // A dotted legal form before the acronym in parentheses (the table runs without entities, which would
  // name the company without its legal form).
  [
    "Osaka Gas Co. (OGC) said its profit rose 9 percent to 30 billion yen.",
    [
      { text: "9 percent", speaker: { name: "Osaka Gas Co", mode: "reported" } },
      { text: "30 billion yen", speaker: { name: "Osaka Gas Co", mode: "reported" } },
    ],
    PUB,
  ],
  // "told" a listener that is longer than a word, then where.
  [
    "About 2 billion euros will go to the grid, Energy Minister Ana Duarte told a news conference in Porto.",
    [{ text: "2 billion euros", speaker: { name: "Ana Duarte", mode: "reported" } }],
    PUB,
  ],
];

export const FIX10_GLUED_AMOUNTS: Case[] = [
  // A small amount glued to a one-letter currency is money where a price is.
  [
    "A monthly pass costs R640, up from R590, the city said.",
    [
      { text: "R640", kind: "MONEY", value: 640, currency: "ZAR" },
      { text: "R590", kind: "MONEY", value: 590, currency: "ZAR" },
    ],
    PUB,
  ],
  [
    "The agency raised its buying price to P24 per kilo from P23.",
    [
      { text: "P24", currency: "PHP", value: 24 },
      { text: "P23", currency: "PHP", value: 23 },
    ],
    PUB,
  ],
  // Not a model or a road.
  ["Hospitals ordered more N95 masks for the R1 ward.", [], PUB],
];

export const FIX10_OBJECTS: Case[] = [
  // Money a verb takes as its object measures what it is of, or what it is in.
  [
    "The fund holds $6 billion of infrastructure debt, the manager said.",
    [{ text: "$6 billion", subject: { text: "infrastructure debt" } }],
    PUB,
  ],
  ["Ghana sold $1 billion of sukuk on Tuesday.", [{ text: "$1 billion", subject: { text: "sukuk" } }], PUB],
  ["The start-up has $90 million in cash.", [{ text: "$90 million", subject: { text: "cash" } }], PUB],
  // Not a place, a period, a count, or a phrase cut by another figure: the clause's subject.
  ["Toyota invested $2 billion in Kenya.", [{ text: "$2 billion", subject: { text: "Toyota" } }], PUB],
  [
    "The city has spent $40 million of its $90 million budget.",
    [{ text: "$40 million", subject: { text: "The city" } }, { text: "$90 million" }],
    PUB,
  ],
  // A percentage measures what it is a share of after "that", "in", "among" and verbs that take a share.
  ["The poll found that 41% of voters back the plan.", [{ text: "41%", subject: { text: "voters" } }], PUB],
  [
    "Rashes were reported in 6.3% of patients with previously treated disease.",
    [{ text: "6.3%", subject: { text: "patients" } }],
    PUB,
  ],
  [
    "State banks financed about 70% of the new port.",
    [{ text: "70%", subject: { text: "the new port" } }],
    PUB,
  ],
  [
    "Kenya supplies 30% of the world's exported tea.",
    [{ text: "30%", subject: { text: "the world's exported tea" } }],
    PUB,
  ],
];

export const FIX10_YEARS: Case[] = [
  // A future word further back in the clause still looks ahead; "set to", "likely to" and "if" do too.
  [
    "The group said it would pay a dividend of 15 yen and buy back up to 20 billion yen of stock by March.",
    [
      { text: "15 yen", period: { to: "2027-03" } },
      { text: "20 billion yen", period: { to: "2027-03" } },
    ],
    PUB,
  ],
  [
    "Water bills are set to rise 4% in February.",
    [{ text: "4%", period: { from: "2027-02", to: "2027-02" } }],
    PUB,
  ],
  ["If March is dry, output could fall 6%.", [{ text: "6%", period: { from: "2027-03" } }], PUB],
  // An expectation of a quarter just ended is that quarter's; a modal still looks ahead.
  [
    "The insurer said it expected third-quarter storm losses of about $300 million.",
    [{ text: "$300 million", period: { from: "2026-07", to: "2026-09" } }],
    PUB,
  ],
  [
    "Revenue will grow 5% in the third quarter.",
    [{ text: "5%", period: { from: "2027-07", to: "2027-09" } }],
    PUB,
  ],
  // A noun "forecast" points nowhere; a past tense or a comparison's base between dates its own clause.
  [
    "The miner cut its full-year output forecast after third-quarter sales fell 8%.",
    [{ text: "8%", period: { from: "2026-07", to: "2026-09" } }],
    PUB,
  ],
  [
    "The club expects revenue of €900m, against €800m in the season that ended on June 30.",
    [{ text: "€900m" }, { text: "€800m", period: { from: "2026-06-30" } }],
    PUB,
  ],
  [
    "Inflation is projected to ease to 9 per cent by June 2027, from 11 per cent in September.",
    [{ text: "9 per cent" }, { text: "11 per cent", period: { from: "2026-09" } }],
    PUB,
  ],
  // "exceed" is no past tense.
  [
    "We expect traffic to exceed 50 ships a day by the end of the first quarter.",
    [{ text: "50 ships a day", period: { to: "2027-03" } }],
    PUB,
  ],
];

export const FIX10_CLAUSE_DATES: Case[] = [
  // When a source was published, or a decision made, is not when its figures hold.
  [
    "Finance ministry data published last week showed the state spent 2.8 billion euros on roads.",
    [{ text: "2.8 billion euros", period: undefined }],
    PUB,
  ],
  [
    "EU leaders agreed in June to cut emissions 90% by 2040.",
    [{ text: "90%", period: { text: "by 2040" } }],
    PUB,
  ],
  // A participle after the noun a figure describes dates that noun's event; one the figure heads does not.
  [
    "Repairs were paid from a 3 billion euro fund approved last year.",
    [{ text: "3 billion euro", period: undefined }],
    PUB,
  ],
  [
    "The fee is far below the €90m Chelsea paid for the striker in 2023.",
    [{ text: "€90m", period: { text: "2023" } }],
    PUB,
  ],
  [
    "Margins rose 2%, after the 6% increases it achieved in the same period last year.",
    [{ text: "2%" }, { text: "6%", period: { text: "same period last year" } }],
    PUB,
  ],
  // A date in the subject's relative clause is that clause's.
  [
    "Claims from the floods that hit Valencia in late October will reach about 3 billion euros.",
    [{ text: "3 billion euros", period: undefined }],
    PUB,
  ],
  // News time gives way to a reporting period in the clause.
  [
    "Rival Kyushu Electric reported a first-half net loss of 40 billion yen earlier this week.",
    [{ text: "40 billion yen", period: { text: "first-half" } }],
    PUB,
  ],
  // A bound before a compared figure still compares: its period is not the level's.
  [
    "Solar capacity has grown to 20 GW from less than 2 GW in 2019.",
    [
      { text: "20 GW", period: undefined },
      { text: "2 GW", period: { text: "2019" } },
    ],
    PUB,
  ],
];

export const FIX10_RELATIVE_SUBJECTS: Case[] = [
  // A restrictive relative clause between the subject and its verb describes the subject.
  [
    "Insured losses from the storms that swept through Texas in May will reach about $6 billion.",
    [{ text: "$6 billion", subject: { text: "Insured losses from the storms" }, period: undefined }],
    PUB,
  ],
  [
    "Claims from the fire that destroyed 400 homes will reach $1 billion, the insurer said.",
    [{ text: "400 homes" }, { text: "$1 billion", subject: { text: "Claims from the fire" } }],
    PUB,
  ],
  // Not a reported clause: "estimated that", "reported last month that".
  [
    "The bureau estimated that insured damage reached $900 million.",
    [{ text: "$900 million", subject: { text: "insured damage" } }],
    PUB,
  ],
];

export const FIX10_PARALLEL_UNITS: Case[] = [
  // A bare number in a parallel clause, or a part of the whole, counts what the figure before it counts.
  [
    "Labour won 22 seats, while the Greens secured 7.",
    [{ text: "22 seats" }, { text: "7", kind: "QUANTITY", unit: "seats" }],
    PUB,
  ],
  [
    "He spent 3.2 billion pesos, while his rival reported outlays of 2.5 billion.",
    [{ text: "3.2 billion pesos" }, { text: "2.5 billion", kind: "MONEY" }],
    PUB,
  ],
  [
    "The group employs 9,000 workers, including 2,000 in Poland.",
    [{ text: "9,000 workers" }, { text: "2,000", kind: "QUANTITY", unit: "workers" }],
    PUB,
  ],
  // Not a rate or a move.
  [
    "The fund holds 40 million shares, while its yield rose 3 points.",
    [{ text: "40 million shares" }, { text: "3 points" }],
    PUB,
  ],
];

export const FIX10_POLLS: Case[] = [
  // A poll's level "on", a share set against the one before "for" a party, a label or a ranked name with
  // its acronym, a margin of error.
  [
    "The Greens are on 9 per cent, while Labour is unchanged on 27 per cent.",
    [
      { text: "9 per cent", subject: { text: "The Greens" } },
      { text: "27 per cent", subject: { text: "Labour" } },
    ],
    PUB,
  ],
  [
    "The Social Democrats polled 24%, against 17% for the Sweden Democrats.",
    [{ text: "24%" }, { text: "17%", subject: { text: "the Sweden Democrats" } }],
    PUB,
  ],
  [
    "- Liberal Party (LIB): 28 per cent",
    [{ text: "28 per cent", subject: { text: "Liberal Party (LIB)" } }],
    PUB,
  ],
  [
    "Support for the ruling party fell to 41 percent, followed by the People's Front (PF) at 25 percent.",
    [{ text: "41 percent" }, { text: "25 percent", subject: { text: "the People's Front (PF)" } }],
    PUB,
  ],
  [
    "The survey has a margin of error of plus or minus 2.8 percentage points.",
    [{ text: "2.8 percentage points", subject: { text: "a margin of error" } }],
    PUB,
  ],
];

export const FIX10_REPORTING_SPANS: Case[] = [
  // "the nine months", "the six months" without "first" are a reporting span from the year's start.
  [
    "Premiums rose 5% to 7 billion euros in the nine months.",
    [
      { text: "5%", period: { from: "2026-01", to: "2026-09" } },
      { text: "7 billion euros", period: { from: "2026-01", to: "2026-09" } },
    ],
    PUB,
  ],
  [
    "Net profit rose 3% in the six months.",
    [{ text: "3%", period: { from: "2026-01", to: "2026-06" } }],
    PUB,
  ],
  // Not "the past nine months", nor "the three months to June".
  [
    "Sales rose 2% in the three months to June.",
    [{ text: "2%", period: { from: "2026-04", to: "2026-06" } }],
    PUB,
  ],
];

export const FIX10_SOURCES: Case[] = [
  // The owner of a source is who reports: "according to TfL's annual report", "a 2022 study by X".
  [
    "Fares brought in £300m last year, according to Metrolink's annual report.",
    [{ text: "£300m", speaker: { name: "Metrolink", mode: "reported" } }],
    PUB,
  ],
  [
    "Traffic costs the city $1 billion a year, according to a 2021 study by Ipsos.",
    [{ text: "$1 billion", speaker: { name: "Ipsos", mode: "reported" } }],
    PUB,
  ],
  // A short name before a full stop ends the sentence; a title's abbreviation does not.
  [
    "Capital reached $700 billion, according to broker Aon. Alternative capital rose 4%.",
    [
      { text: "$700 billion", speaker: { name: "Aon" } },
      { text: "4%", speaker: undefined },
    ],
    PUB,
  ],
  // "said separately in"; "analysts at X estimated/expect" without "that"; "declared" a state is no speech.
  [
    "Prices averaged $90 in the quarter, AEMO said separately in its quarterly report.",
    [{ text: "$90", speaker: { name: "AEMO" } }],
    PUB,
  ],
  [
    "Analysts at Bernstein estimated the plan would lift spending by 9%.",
    [{ text: "9%", speaker: { name: "Bernstein" } }],
    PUB,
  ],
  ["Petrobras declared force majeure after output fell 9%.", [{ text: "9%", speaker: undefined }], PUB],
];

export const FIX10_HEADLINES: Case[] = [
  // A headline's infinitive looks ahead (kroner by country: currency-context.test.ts).
  ["Water bills to rise 6% in February", [{ text: "6%", period: { from: "2027-02", to: "2027-02" } }], PUB],
];

export const FIX10_AVERAGES: Case[] = [
  // "an average of" between a change verb and its figure, as the docs say.
  [
    "Bus fares rose an average of 6% in March.",
    [{ text: "6%", change: { direction: "increase", measure: "relative" } }],
    PUB,
  ],
  [
    "Rates were down an average of 3% at the January renewals.",
    [{ text: "3%", change: { direction: "decrease", measure: "relative" } }],
    PUB,
  ],
];

export const FIX10_APPOSITIONS: Case[] = [
  // A name set off by commas after its honorific speaks; a list of names in an apposition does not.
  [
    "Its chair, Dr Mara Okafor, said the region needed at least 200 more nurses.",
    [{ text: "200 more nurses", speaker: { name: "Mara Okafor" } }],
    PUB,
  ],
  [
    "Voltra, the joint venture of Renault, Kia and Toyota, said it would add 60 chargers.",
    [{ text: "60 chargers", speaker: { name: "Voltra" } }],
    PUB,
  ],
  // A speech verb inside the relative clause is the clause's; a helper after the aside is the verb's.
  [
    "Harbourline Re, which wrote premiums of $2 billion last year, said about 30% of its losses came from Texas.",
    [{ text: "$2 billion" }, { text: "30%", speaker: { name: "Harbourline Re" } }],
    PUB,
  ],
  [
    "Zurich, which reports next week, has warned that it faces a charge of $200 million.",
    [{ text: "$200 million", speaker: { name: "Zurich" } }],
    PUB,
  ],
];
