import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 16, in wording of my own. */

export const FIX16_COUNTED_SPANS: Case[] = [
  // "the previous nine months" after nine months of the year: the nine months before them.
  [
    "Profit rose 8% in the first nine months of the year, after falling 2% in the previous nine months.",
    [
      { text: "8%", period: { from: "2026-01", to: "2026-09" } },
      { text: "2%", period: { text: "previous nine months", from: "2025-04", to: "2025-12" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Sales were $3 billion in October, up from $2 billion eight months earlier.",
    [
      { text: "$3 billion", period: { text: "October" } },
      { text: "$2 billion", period: { text: "eight months earlier", from: "2026-02", to: "2026-02" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX16_SOURCE_DESCRIPTORS: Case[] = [
  // A plain word and a source noun between a name and its verb: the name speaks, in a quote's
  // attribution too.
  [
    "The EVG rail union said 4,000 driver posts were unfilled.",
    [{ text: "4,000 driver posts", speaker: { name: "EVG", mode: "reported" } }],
  ],
  [
    '"We expect 300 job cuts," the Unite trade union said.',
    [{ text: "300 job cuts", unit: "cuts", speaker: { name: "Unite", mode: "quoted" } }],
  ],
  // ... not past a function word.
  ["The EVG and the union said 4,000 posts were unfilled.", [{ text: "4,000 posts", speaker: undefined }]],
];

export const FIX16_CHANGE_NOUNS: Case[] = [
  // A plural change word after a noun is the thing counted; alone it stays a verb.
  ["The bank has made two rate cuts.", [{ text: "two rate cuts", value: 2, unit: "cuts" }]],
  ["Traders price in two more cuts.", [{ text: "two more cuts", value: 2, unit: "cuts" }]],
  ["The firm said 2,000 cuts would follow.", [{ text: "2,000", unit: undefined }]],
  ["Boeing deliveries hit a high as 737 output climbs.", [{ text: "737", unit: undefined }]],
];

export const FIX16_AMOUNTS_NOT_NAMES: Case[] = [
  // A currency before digits opens an amount, never a speaker's name after the verb.
  [
    '"We see no slippage," said Aditi Nayar. She, however, cautioned that a shortfall of Rs 300 crore could hurt.',
    [{ text: "Rs 300 crore", speaker: { name: "Aditi Nayar" } }],
  ],
  ["Smith warns of R60bn revenue shortfall", [{ text: "R60bn", speaker: { name: "Smith" } }]],
];

export const FIX16_PRICE_DENOMINATORS: Case[] = [
  // A price's or a rate's denominator after an amount of money is its unit; the span stays the amount.
  ["Iron ore will fall to $60 a tonne.", [{ text: "$60", value: 60, unit: "a tonne" }]],
  ["Wheat fetched Rs 2,438 per quintal.", [{ text: "Rs 2,438", unit: "per quintal" }]],
  [
    "Rents reached HK$1,200 per square foot per month.",
    [{ text: "HK$1,200", unit: "per square foot per month" }],
  ],
  [
    "Spot LNG was $14.20 per million British thermal units.",
    [{ text: "$14.20", unit: "per million British thermal units" }],
  ],
  ["Wholesale power averaged 85 euros a megawatt-hour.", [{ text: "85 euros", unit: "a megawatt-hour" }]],
  ["The naira traded at N1,450 to the dollar.", [{ text: "N1,450", unit: "to the dollar" }]],
  ["Nurses earn £31,049 a year.", [{ text: "£31,049", unit: "a year" }]],
  // ... not a date ("a year earlier"), a percentage or a noun that is no denominator.
  ["Sales were $60 million a year earlier.", [{ text: "$60 million", unit: undefined }]],
  ["Revenue rose to $5 billion a record.", [{ text: "$5 billion", unit: undefined }]],
  // Prices compared in one breath share the denominator one of them writes; a total does not.
  [
    "Brent rose 45 cents to $72.10 a barrel.",
    [
      { text: "45 cents", unit: "a barrel" },
      { text: "$72.10", unit: "a barrel" },
    ],
  ],
  [
    "Cars will face a charge of 3p and 1.5p per mile.",
    [
      { text: "3p", unit: "per mile", subject: { text: "a charge" } },
      { text: "1.5p", unit: "per mile", subject: { text: "a charge" } },
    ],
  ],
  [
    "Net income was $1.29 billion, or $4.68 per share, compared with $273 million.",
    [
      { text: "$1.29 billion", unit: undefined },
      { text: "$4.68", unit: "per share" },
      { text: "$273 million", unit: undefined },
    ],
  ],
];

export const FIX16_RESTATED_AFTER_PERIODS: Case[] = [
  // A figure restated after the period that dates the one before keeps its subject.
  [
    "Public debt stood at 2.9 trillion pounds at the end of September, or 96 percent of GDP.",
    [
      { text: "2.9 trillion pounds", subject: { text: "Public debt" } },
      { text: "96 percent", subject: { text: "Public debt" } },
    ],
  ],
  [
    "Health spending totalled 94 billion francs in 2023, or 11.7 percent of output.",
    [
      { text: "94 billion francs", subject: { text: "Health spending" } },
      { text: "11.7 percent", subject: { text: "Health spending" } },
    ],
  ],
  [
    "Warranty costs rose to $1.4 billion in the second quarter, roughly $800 million more than a year ago.",
    [
      { text: "$1.4 billion", subject: { text: "Warranty costs" } },
      { text: "$800 million", subject: { text: "Warranty costs" } },
    ],
  ],
];

export const FIX16_DATA_SOURCES: Case[] = [
  // Named sources of data: a long name with "of the", a series after plain words, data released on a day,
  // a poll published on one, a titled survey's owner, "data released by".
  [
    "Exports fell 3.1% in October, data from the Federation of the Swiss Watch Industry showed.",
    [{ text: "3.1%", speaker: { name: "Federation of the Swiss Watch Industry" } }],
  ],
  [
    "Sales rose 2.1% in October, the BRC-KPMG retail sales monitor showed.",
    [{ text: "2.1%", speaker: { name: "BRC-KPMG" } }],
  ],
  [
    "Unemployment rose to 5.4%, Stats NZ figures released on Wednesday showed.",
    [{ text: "5.4%", speaker: { name: "Stats NZ" } }],
  ],
  [
    "A poll by Elabe published Wednesday found 62% of voters opposed.",
    [{ text: "62%", speaker: { name: "Elabe" } }],
  ],
  [
    "Unemployment rose to 33.2%, Statistics South Africa's Quarterly Labour Force Survey showed.",
    [{ text: "33.2%", speaker: { name: "Statistics South Africa" } }],
  ],
  [
    "The deficit was $8 billion, data released by the Controller General of Accounts (CGA) showed on Friday.",
    [{ text: "$8 billion", speaker: { name: "Controller General of Accounts" } }],
  ],
  [
    "Inflation was 4.5% in October, the IBGE statistics institute said.",
    [{ text: "4.5%", speaker: { name: "IBGE" } }],
  ],
  // ... not the owner of a generic body alone: the body, by its name as written (session 68).
  [
    "Mexico's tourism ministry said arrivals rose 5.1%.",
    [{ text: "5.1%", speaker: { name: "Mexico's tourism ministry" } }],
  ],
];

export const FIX16_COMPARED_LEVELS: Case[] = [
  // The level a change is measured against, after "than" or "an increase over the", is no change; it
  // measures what the change does.
  [
    "The collection was 13.4 per cent higher than the Rs4.37tr collected last year.",
    [
      { text: "13.4 per cent", change: { direction: "increase" }, subject: { text: "The collection" } },
      { text: "Rs4.37tr", change: undefined, subject: { text: "The collection" } },
    ],
  ],
  [
    "The budget is a 14 per cent increase over the N48.2 trillion approved for 2026.",
    [
      { text: "14 per cent", change: { direction: "increase" } },
      { text: "N48.2 trillion", change: undefined, subject: { text: "The budget" } },
    ],
  ],
  // ... "over" before the figure itself is "more than".
  [
    "Prices increased over 5% last year.",
    [{ text: "5%", qualifier: "lower_bound", change: { direction: "increase" } }],
  ],
];

export const FIX16_TARGETS: Case[] = [
  // A figure measured against a target or an estimate after "by" is a change whose base is the target;
  // what beat it or fell short is the subject.
  [
    "Collections fell short of the target by 73 billion shillings.",
    [
      {
        text: "73 billion shillings",
        change: { direction: "decrease", base: "the target" },
        subject: { text: "Collections" },
      },
    ],
  ],
  [
    "Tax revenue is expected to exceed the initial estimate by 2.9 trillion yen.",
    [
      {
        text: "2.9 trillion yen",
        change: { direction: "increase", base: "the initial estimate" },
        subject: { text: "Tax revenue" },
      },
    ],
  ],
  [
    "Revenue beat estimates by $200 million.",
    [
      {
        text: "$200 million",
        change: { direction: "increase", base: "estimates" },
        subject: { text: "Revenue" },
      },
    ],
  ],
  [
    "The yield was 4.3%, tailing the when-issued level by 1.2 basis points.",
    [
      { text: "4.3%" },
      {
        text: "1.2 basis points",
        change: { direction: "decrease", measure: "percentage_points" },
        subject: { text: "The yield" },
      },
    ],
  ],
  // ... alone, such a verb sets a bound.
  ["Sales exceeded $3 billion.", [{ text: "$3 billion", qualifier: "lower_bound", change: undefined }]],
];

export const FIX16_RELATIVE_BACKGROUND: Case[] = [
  // A period in a relative clause's background names no story period for later sentences.
  [
    "The port, which handled a record 52.3 million tons in 2023, was closed for 11 weeks. The bridge carried about 31,000 vehicles a day.",
    [
      { text: "52.3 million tons", period: { text: "2023" } },
      { text: "31,000 vehicles a day", period: undefined },
    ],
    { publishedAt: "2026-11-03" },
  ],
];

export const FIX16_LEVEL_PERIODS: Case[] = [
  // The period between a level reached and "from" is the level reached's, not the old level's.
  [
    "Interest expenditure will climb to 38.4 billion euros next year from 30.9 billion euros.",
    [
      { text: "38.4 billion euros", period: { text: "next year", from: "2027" } },
      { text: "30.9 billion euros", period: undefined },
    ],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Occupancy eased to 81.2% in January-March from 84.6%.",
    [
      { text: "81.2%", period: { text: "January-March" } },
      { text: "84.6%", period: undefined },
    ],
    { publishedAt: "2026-05-02" },
  ],
  // In a change to come, the current year after the old level is the old level's.
  [
    "Defence spending will rise to 82.7 billion euros from 62.4 billion euros this year.",
    [
      { text: "82.7 billion euros", period: undefined },
      { text: "62.4 billion euros", period: { text: "this year", from: "2026" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
  // ... a month is when the new level starts.
  [
    "The tax will rise to 7.5% from 5% in January.",
    [
      { text: "7.5%", period: { text: "January", from: "2027-01" } },
      { text: "5%", period: undefined },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX16_GOVERNING_VERBS: Case[] = [
  // A subject leaves out the verb that governs it: after a modal, or an infinitive before a determiner.
  [
    "The state would still achieve savings of about 30 billion euros.",
    [{ text: "30 billion euros", subject: { text: "savings" } }],
  ],
  [
    "The government aims to bring the fiscal deficit down to 4.4 per cent of GDP.",
    [{ text: "4.4 per cent", subject: { text: "the fiscal deficit" } }],
  ],
  // ... not a preposition, a purpose or a participle.
  ["Sales to customers in Asia rose 5%.", [{ text: "5%", subject: { text: "Sales to customers in Asia" } }]],
  [
    "The miner set aside $2 billion to modernize an older plant.",
    [{ text: "$2 billion", subject: { text: "to modernize an older plant" } }],
  ],
];

export const FIX16_MONEY_NOUNS: Case[] = [
  // Money before its noun past a conversion in parentheses or a hyphenated adjective.
  [
    "The cabinet approved a 17.7 trillion yen ($116 billion) extra budget.",
    [
      { text: "17.7 trillion yen", subject: { text: "extra budget" } },
      { text: "$116 billion", subject: { text: "extra budget" } },
    ],
  ],
  ["Seniors get a one-time $250 payment.", [{ text: "$250", subject: { text: "payment" } }]],
  [
    "The provinces signed a four-year, $1.9-billion agreement.",
    [{ text: "$1.9-billion", subject: { text: "agreement" } }],
  ],
  // Money of a written term's securities, or of a capitalized class of them.
  [
    "It will sell $58 billion of three-year notes.",
    [{ text: "$58 billion", subject: { text: "three-year notes" } }],
  ],
  ["Ghana sold $1.5 billion of Eurobonds.", [{ text: "$1.5 billion", subject: { text: "Eurobonds" } }]],
];

export const FIX16_PLACES: Case[] = [
  // A figure "with" a place in a race or a poll measures who holds the place.
  ["The Conservatives came second with 24%.", [{ text: "24%", subject: { text: "The Conservatives" } }]],
  [
    "The Greens slumped to fourth place with 3,921 votes.",
    [{ text: "3,921 votes", subject: { text: "The Greens" } }],
  ],
  [
    "The anti-immigration Progress Party was third with 16.1 percent.",
    [{ text: "16.1 percent", subject: { text: "The anti-immigration Progress Party" } }],
  ],
  [
    "Dascalescu won with 38%, while Marinescu finished second with 24%.",
    [
      { text: "38%", subject: { text: "Dascalescu" } },
      { text: "24%", subject: { text: "Marinescu" } },
    ],
  ],
];

export const FIX16_ONE_POINT: Case[] = [
  // A change of one point is a figure ("one official" is none).
  [
    "The Coalition's primary vote rose one point to 36 per cent.",
    [
      { text: "one point", value: 1, change: { direction: "increase", measure: "percentage_points" } },
      { text: "36 per cent", subject: { text: "The Coalition's primary vote" } },
    ],
  ],
  ["At one point, shares rose 5%.", [{ text: "5%" }]],
];

export const FIX16_NAMED_KINDS: Case[] = [
  // Names and model codes between a count and its noun; a model code's plural counts the model.
  ["Germany will buy 24 Eurofighter Typhoon jets.", [{ text: "24 Eurofighter Typhoon jets", unit: "jets" }]],
  [
    "Norway ordered 14 Boeing P-8A Poseidon maritime patrol aircraft.",
    [{ text: "14 Boeing P-8A Poseidon maritime patrol aircraft", unit: "aircraft" }],
  ],
  [
    "Nigeria received six Super Tucano light attack planes.",
    [{ text: "six Super Tucano light attack planes", value: 6, unit: "planes" }],
  ],
  ["Brazil ordered 28 C-390s.", [{ text: "28 C-390s", unit: "C-390s" }]],
  ["The air force has 128 A400Ms.", [{ text: "128 A400Ms", unit: "A400Ms" }]],
  // ... not past a name in the plural, nor a verb.
  [
    "About 733,000 Kenyans holding digital assets registered.",
    [{ text: "733,000 Kenyans", unit: "Kenyans" }],
  ],
  ["Some 612,000 Georgians cast ballots.", [{ text: "612,000 Georgians", unit: "Georgians" }]],
];

export const FIX16_PERFECT_ESTIMATES: Case[] = [
  // An estimate or a firm's researchers past the auxiliary of the perfect.
  [
    "Economists at Investec had expected a shortfall of R45 billion.",
    [{ text: "R45 billion", speaker: { name: "Investec" } }],
  ],
  // ... not a generic subject.
  [
    "Drugmakers have announced $120 billion of deals, according to Dealogic.",
    [{ text: "$120 billion", speaker: { name: "Dealogic" } }],
  ],
];

export const FIX16_DETERMINED_CHANGES: Case[] = [
  // A possessive determines a change noun after the figure; "a further" takes the noun's direction.
  [
    "The index's 14% rise lifted shares.",
    [{ text: "14%", change: { direction: "increase", measure: "relative" } }],
  ],
  [
    "The naira's 12 per cent depreciation hurt importers.",
    [{ text: "12 per cent", change: { direction: "decrease" } }],
  ],
  [
    "Markets expect a further 25 basis point cut.",
    [{ text: "25 basis point", change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  // ... "a further" alone adds.
  [
    "The council approved a further $25 million for roads.",
    [{ text: "$25 million", change: { direction: "increase" } }],
  ],
];

export const FIX16_NOUNS_OF_SEEING: Case[] = [
  // A word of seeing after a nationality or a determiner is a noun of the subject.
  ["Swiss watch exports fell 3.1% in October.", [{ text: "3.1%", subject: { text: "Swiss watch exports" } }]],
  // ... after a subject that opens the clause it is the verb.
  ["Investors saw prices rise 5%.", [{ text: "5%", subject: { text: "prices" } }]],
];

export const FIX16_WHOLE_WORDS: Case[] = [
  // A subject starts at the whole hyphenated word it would start inside.
  ["In-store sales rose 4%.", [{ text: "4%", subject: { text: "In-store sales" } }]],
  // ... and at the number of a measure glued to it.
  [
    "The price of a 10kg bag of maize meal fell 6%.",
    [{ text: "10kg" }, { text: "6%", subject: { text: "a 10kg bag of maize meal" } }],
  ],
  [
    "Lockheed will improve on-time delivery, which stood at 68% last year.",
    [{ text: "68%", subject: { text: "on-time delivery" } }],
  ],
];

/** Every group of this file, in the order written. */
export const FIXES16: Case[] = [
  ...FIX16_COUNTED_SPANS,
  ...FIX16_SOURCE_DESCRIPTORS,
  ...FIX16_CHANGE_NOUNS,
  ...FIX16_AMOUNTS_NOT_NAMES,
  ...FIX16_PRICE_DENOMINATORS,
  ...FIX16_RESTATED_AFTER_PERIODS,
  ...FIX16_DATA_SOURCES,
  ...FIX16_COMPARED_LEVELS,
  ...FIX16_TARGETS,
  ...FIX16_RELATIVE_BACKGROUND,
  ...FIX16_LEVEL_PERIODS,
  ...FIX16_GOVERNING_VERBS,
  ...FIX16_MONEY_NOUNS,
  ...FIX16_PLACES,
  ...FIX16_ONE_POINT,
  ...FIX16_NAMED_KINDS,
  ...FIX16_PERFECT_ESTIMATES,
  ...FIX16_DETERMINED_CHANGES,
  ...FIX16_NOUNS_OF_SEEING,
  ...FIX16_WHOLE_WORDS,
];
