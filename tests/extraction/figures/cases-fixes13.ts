import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found in session 13 (the session-12 backlog and the session-13 testers:
 * market wraps, press releases, local budgets, venture and space, luxury, conservation, gambling, East
 * Asian business), in wording of my own.
 */

export const FIX13_COORDINATED: Case[] = [
  // What money goes to may be two bare noun phrases joined by "and" or "or".
  [
    "The province will spend $3 billion on roads and bridges over a decade.",
    [{ text: "$3 billion", subject: { text: "roads and bridges" } }],
  ],
  [
    "The insurer set aside 80 million euros for claims and legal costs.",
    [{ text: "80 million euros", subject: { text: "claims and legal costs" } }],
  ],
  [
    "The district will invest $12 million in its libraries or its pools.",
    [{ text: "$12 million", subject: { text: "its libraries or its pools" } }],
  ],
  // ... not a clause of its own after "and", nor a count of its own.
  [
    "The state will spend $2 billion on ports and hire 900 engineers.",
    [{ text: "$2 billion", subject: { text: "ports" } }, { text: "900 engineers" }],
  ],
  [
    "The motion carried with 40 votes in favour and two abstentions.",
    [{ text: "40 votes", subject: { text: "votes in favour" } }, { text: "two abstentions" }],
  ],
  // Places joined by "and" that money goes into keep the investor.
  ["The carmaker invested $1 billion in Ghana and Togo.", [{ subject: { text: "The carmaker" } }]],
];

export const FIX13_MONEY: Case[] = [
  // Cents named by a country's short mark are that country's hundredths.
  ["The stock slipped 12.5 NZ cents.", [{ text: "12.5 NZ cents", value: 0.125, currency: "NZD" }]],
  ["The final dividend is 42 HK cents a share.", [{ text: "42 HK cents", value: 0.42, currency: "HKD" }]],
];

export const FIX13_SHARED_UNITS: Case[] = [
  // A bare count before "of [qualifier] M units" counts the same units: its subject is the unit too.
  [
    "The agency licensed 40 of more than 300 applicants.",
    [
      { text: "40", kind: "QUANTITY", unit: "applicants", subject: { text: "applicants" } },
      { text: "300 applicants", qualifier: "lower_bound" },
    ],
  ],
  [
    "Inspectors passed 18 of about 90 plants.",
    [
      { text: "18", unit: "plants", subject: { text: "plants" } },
      { text: "90 plants", qualifier: "approximate" },
    ],
  ],
  [
    "The alliance holds 61 of the 99 seats.",
    // (Since session 34 the seats a party holds are its own.)
    [{ text: "61", unit: "seats", subject: { text: "The alliance" } }, { text: "99 seats" }],
  ],
  [
    "The two parties took 23 and 9 seats.",
    [{ text: "23", unit: "seats", subject: { text: "The two parties" } }, { text: "9 seats" }],
  ],
];

const PUB = { publishedAt: "2026-11-20T10:00:00Z" };

export const FIX13_OPEN_STARTS: Case[] = [
  // A period that starts and does not end: "starting", "beginning", "effective", "from ... onwards".
  [
    "The carrier will add 14 flights a week starting in 2027.",
    [{ text: "14 flights a week", period: { text: "starting in 2027", from: "2027" } }],
    PUB,
  ],
  [
    "Fees rise to 6% from 2029 onwards.",
    [{ text: "6%", period: { text: "from 2029 onwards", from: "2029" } }],
    PUB,
  ],
  [
    "Fares will go up 3% effective Jan. 5.",
    [{ text: "3%", period: { text: "effective Jan. 5", from: "2027-01-05" } }],
    PUB,
  ],
  // "from" a year with no "onwards" after a change is its base, no period.
  ["Output rose 9% from 2021.", [{ text: "9%", period: undefined }], PUB],
];

export const FIX13_PARTS_OF_YEARS: Case[] = [
  // "early" and "late" before a year or a decade take its first or last part.
  [
    "Output peaked at 9 million tonnes in late 2024.",
    [{ period: { text: "late 2024", from: "2024-09", to: "2024-12" } }],
    PUB,
  ],
  [
    "Prices hit $80 in early 2025.",
    [{ period: { text: "early 2025", from: "2025-01", to: "2025-04" } }],
    PUB,
  ],
  [
    "Demand may reach 40 gigawatts in the late 2030s.",
    [{ period: { text: "late 2030s", from: "2037", to: "2039" } }],
    PUB,
  ],
  [
    "The fleet grew to 200 ships in the early 1990s.",
    [{ period: { text: "early 1990s", from: "1990", to: "1993" } }],
    PUB,
  ],
  [
    "The mine will ship 3 million tonnes by late 2028.",
    [{ period: { text: "by late 2028", to: "2028-12" } }],
    PUB,
  ],
];

const DOWN = { direction: "decrease", measure: "relative" } as const;

export const FIX13_BASIS: Case[] = [
  // "on a comparable basis" says how a change is counted: it is no base, and the period after it stays.
  [
    "Sales in Japan fell 9% on a comparable basis in the third quarter.",
    [{ text: "9%", change: DOWN, period: { text: "third quarter" } }],
  ],
  [
    "Revenue grew 3% on a like-for-like basis from a year earlier.",
    [{ text: "3%", change: { direction: "increase", base: "a year earlier" } }],
  ],
];

export const FIX13_DESCRIBED_CHANGES: Case[] = [
  // The words between a figure and its change noun name what changes.
  [
    "The city adopted a 4.2 per cent water rate increase.",
    [{ text: "4.2 per cent", change: { direction: "increase" }, subject: { text: "water rate" } }],
  ],
  ["Nurses accepted a 7% wage rise.", [{ text: "7%", subject: { text: "wage" } }]],
  [
    "The county proposed a $90 million sales tax increase.",
    [{ text: "$90 million", change: { direction: "increase" }, subject: { text: "sales tax" } }],
  ],
];

export const FIX13_SET_OFF: Case[] = [
  // "a N% rise" set off by a comma after a figure measures what that figure measures, past the subject
  // read after it and a period that dates it.
  [
    "Ghana earned $4 billion in cocoa revenue in 2025, a 12% rise from 2024.",
    [
      { text: "$4 billion" },
      { text: "12%", change: { direction: "increase" }, subject: { text: "cocoa revenue" } },
    ],
  ],
  [
    "Ridership rose to 81 million, an 6% increase.",
    [{ text: "81 million" }, { text: "6%", subject: { text: "Ridership" } }],
  ],
  [
    "The budget for parks is $14 million, a 3 per cent cut.",
    [{ text: "$14 million" }, { text: "3 per cent", subject: { text: "The budget for parks" } }],
  ],
];

export const FIX13_GIVING: Case[] = [
  // Money given, paid or staked with nothing after it measures the clause's subject ...
  [
    "Japan pledged 12 billion yen, while Canada committed C$40 million.",
    [{ subject: { text: "Japan" } }, { subject: { text: "Canada" } }],
  ],
  ["The insurer paid $75 million.", [{ subject: { text: "The insurer" } }]],
  // ... what it is staked on or paid in or for, when named, past a rate or a conversion.
  ["Punters wagered $800 million on the race.", [{ subject: { text: "the race" } }]],
  ["Airlines paid 600 million euros a year in landing fees.", [{ subject: { text: "landing fees" } }]],
  ["Drivers paid 95 cents a litre for diesel.", [{ subject: { text: "diesel" } }]],
  [
    "Banks paid 2.1 billion rand ($115 million) in penalties.",
    [{ subject: { text: "penalties" } }, { subject: { text: "penalties" } }],
  ],
  // "for the first time" is no noun the money is for.
  ["Fares topped 50 euros a month for the first time.", [{ text: "50 euros", subject: { text: "Fares" } }]],
];

export const FIX13_SPOKEN_TIMES: Case[] = [
  // The time a company spoke may stand between its name and the verb.
  [
    "Halvard Systems Inc. today reported revenue of $88 million.",
    [{ text: "$88 million", speaker: { name: "Halvard Systems Inc" } }],
  ],
  [
    "Kestrel Mining last week reported output of 40,000 ounces.",
    [{ text: "40,000 ounces", speaker: { name: "Kestrel Mining" } }],
  ],
  [
    "Norvale AG, a maker of grid transformers, today announced an order worth €210 million.",
    [{ text: "€210 million", speaker: { name: "Norvale AG" } }],
  ],
];

export const FIX13_NONE: Case[] = [
  // A listing code is no figure.
  ["Oriel Foods Co., Ltd. (TSE: 2914) today announced its results.", []],
  ["Sarvam Ltd (BSE: 543210; NSE: SARVAM) said it would list.", []],
  ["Shares of Lumen Holdings (1234.HK) were suspended.", []],
  // ... while a label's figure stays one.
  ["Seats (ANC: 159) were counted.", [{ value: 159 }]],
];

export const FIX13_DEGREES: Case[] = [
  // A word of degree or of comparison with forecasts between the verb and the figure.
  ["Household spending grew only 0.8 percent.", [{ subject: { text: "Household spending" } }]],
  ["The economy contracted an annualized 2.1 percent.", [{ subject: { text: "The economy" } }]],
  ["Bank lending fell more than expected to 310 billion yuan.", [{ subject: { text: "Bank lending" } }]],
  // "sinking" moves a level down.
  ["Copper was sinking 2.2 per cent.", [{ text: "2.2 per cent", change: DOWN, subject: { text: "Copper" } }]],
  // A restatement with no comma before "or".
  [
    "The Nifty fell 210.5 points or 0.9 per cent.",
    [{ text: "210.5 points" }, { text: "0.9 per cent", change: DOWN, subject: { text: "The Nifty" } }],
  ],
  // "but" opens a clause of its own.
  [
    "It billed N9 billion but collected only N4 billion.",
    [{ text: "N9 billion" }, { text: "N4 billion", subject: undefined }],
  ],
];

export const FIX13_MEMBERS: Case[] = [
  // How many members make up a named index or group is no figure of the story.
  ["The 40-share CAC index fell 1.1%.", [{ text: "1.1%" }]],
  ["The 27-nation bloc set a quota of 2 million tonnes.", [{ text: "2 million tonnes" }]],
];

export const FIX13_MONEY_NOUNS: Case[] = [
  // Money right after a verb with no determiner (headline style) describes the noun that ends the object.
  ["The board approves $96 million budget.", [{ subject: { text: "budget" } }]],
  ["Carmaker posts $2.4 billion profit as sales jump", [{ subject: { text: "profit" } }]],
  // ... not a word of degree, a participle or an adverb after it.
  ["Homeowners will pay $120 more a year.", [{ text: "$120", subject: { text: "Homeowners" } }]],
  ["The county spent $3 million repairing roads.", [{ subject: { text: "The county" } }]],
  // Names may describe the noun after money, and a record, wider or total amount is still before its noun.
  ["The firm won a $410 million Navy contract.", [{ subject: { text: "Navy contract" } }]],
  ["The bank paid a record $90 million fine.", [{ subject: { text: "fine" } }]],
];

export const FIX13_ACCOUNTING: Case[] = [
  // "with X accounting for N%": the share of what X is.
  [
    "Deals rose to 900, with Asia accounting for 38% of them.",
    [{ text: "900" }, { text: "38%", subject: { text: "Asia" } }],
  ],
  [
    "Revenue hit $2 billion, with services representing 45%.",
    [{ text: "$2 billion" }, { text: "45%", subject: { text: "services" } }],
  ],
];

export const FIX13_MATURITIES: Case[] = [
  // A debt's or a contract's maturity is no period of the figures around it.
  [
    "Its 6% bonds due in 2028 fell 9% on Monday.",
    [
      { text: "6%", period: { text: "Monday" } },
      { text: "9%", period: { text: "Monday" } },
    ],
    PUB,
  ],
  [
    "The firm repaid $90 million of notes maturing in 2030.",
    [{ text: "$90 million", period: undefined }],
    PUB,
  ],
  [
    "The contract maturing in March 2027 rose 12 basis points.",
    [{ text: "12 basis points", period: undefined }],
    PUB,
  ],
  // A payment due in a month is still when.
  ["A further $4 billion is due in December.", [{ text: "$4 billion", period: { text: "December" } }], PUB],
];

export const FIX13_LEVEL_WORDS: Case[] = [
  // What a home is assessed or appraised at measures the home; "works out to", "translates to" a level.
  [
    "A house assessed at $480,000 will pay $3,100.",
    [{ text: "$480,000", subject: { text: "A house" } }, { text: "$3,100" }],
  ],
  ["The rise works out to about $190 a year.", [{ subject: { text: "The rise" } }]],
  ["The hike translates to about R85 a month.", [{ subject: { text: "The hike" } }]],
  // A noun after an article or a possessive is no verb of the object; "take" and "bring" move a level.
  ["The plan would lift the city's take by $12 million.", [{ subject: { text: "the city's take" } }]],
  ["The expansion will take capacity to 60 mtpa.", [{ subject: { text: "capacity" } }]],
  ["The levy would bring the average bill to $1,840.", [{ subject: { text: "the average bill" } }]],
];

export const FIX13_ELIDED_COUNTS: Case[] = [
  // A bare number a level is compared with counts what the level counts, past its change, a record or a
  // passive.
  [
    "Rangers counted 310 elephants in 2025, down 8% from 337 in 2024.",
    [{ text: "310 elephants" }, { text: "8%" }, { text: "337", kind: "QUANTITY", unit: "elephants" }],
  ],
  [
    "The city logged 62 murders, down from a record 75.",
    [{ text: "62 murders" }, { text: "75", kind: "QUANTITY", unit: "murders" }],
  ],
  ["About 140 vessels were seized, up from 95.", [{ text: "140 vessels" }, { text: "95", unit: "vessels" }]],
];

export const FIX13_ASIDES: Case[] = [
  // An aside between a subject and its verb: a possessive name, a list after "including", an "or"
  // restatement of the noun; a change verb after an aside is the clause's verb, whatever follows.
  ["Sales to Brazil, Chile's biggest market, rose 4.1 percent.", [{ subject: { text: "Sales to Brazil" } }]],
  ["Fuel imports, including diesel, petrol and jet fuel, fell 6%.", [{ subject: { text: "Fuel imports" } }]],
  ["Base pay, or scheduled earnings, rose 2.2%.", [{ subject: { text: "Base pay" } }]],
  [
    "Slot revenue, a gauge of mass play, jumped 12%, while table revenue fell 3%.",
    [
      { text: "12%", subject: { text: "Slot revenue" } },
      { text: "3%", subject: { text: "table revenue" } },
    ],
  ],
  // (", or 1.1 percent," restates a figure: no aside.)
  [
    "The index closed 38 points, or 1.1 percent, lower at 3,313.",
    [{}, {}, { text: "3,313", subject: undefined }],
  ],
];

export const FIX13_ACCOUNTING_WORDS: Case[] = [
  // Accounting words describe the noun before "of FIGURE"; "return on equity" is one measure.
  ["The group forecast adjusted diluted EPS of $2.10.", [{ subject: { text: "adjusted diluted EPS" } }]],
  ["It ended the year with total debt of $900 million.", [{ subject: { text: "total debt" } }]],
  ["The bank targets a return on equity of 15%.", [{ subject: { text: "a return on equity" } }]],
];

export const FIX13_NAMES_IN_SCRIPT: Case[] = [
  // A name given in its own script in parentheses still speaks.
  [
    "Lin Mei-hua (林美華), a spokeswoman for the ministry, said orders rose 8%.",
    [{ text: "8%", speaker: { name: "Lin Mei-hua" } }],
  ],
];

export const FIX13_SCHEDULED: Case[] = [
  // In a change yet to come, the date after the old level is when the new level starts.
  [
    "The duty will rise to 25% from 18% from April 2027.",
    [
      { text: "25%", period: { text: "from April 2027", from: "2027-04" } },
      { text: "18%", period: undefined },
    ],
    PUB,
  ],
  [
    "The fee will go up to $12 from $10 in February.",
    [
      { text: "$12", period: { from: "2027-02", to: "2027-02" } },
      { text: "$10", period: undefined },
    ],
    PUB,
  ],
  // A past change keeps the old level's date.
  [
    "Inflation rose to 3.1% in May from 2.8% in April.",
    [{ period: { text: "May" } }, { period: { text: "April" } }],
    PUB,
  ],
];

export const FIX13_MORE_VERBS: Case[] = [
  // More verbs that reach, hold or move a level.
  ["The prize could top $900 million.", [{ subject: { text: "The prize" } }]],
  ["Stocks have collapsed to 40,000 tonnes.", [{ text: "40,000 tonnes", subject: { text: "Stocks" } }]],
  ["Output has stagnated at 1.2 million tonnes.", [{ subject: { text: "Output" } }]],
  ["The board expects the levy to bring in $60 million.", [{ subject: { text: "the levy" } }]],
  ["The agency remitted P9 billion to the treasury.", [{ subject: { text: "The agency" } }]],
  // Two objects: the payer, then the amount; what is lost after the money when named.
  ["The strike would cost it about $70 million.", [{ subject: { text: "The strike" } }]],
  [
    "The ban cost the industry $40 million a year in export revenue.",
    [{ subject: { text: "export revenue" } }],
  ],
  // A verb right after "and" shares a subject named before.
  [
    "The plan covers 90 ports and would cost the state $3 billion.",
    [{ text: "90 ports" }, { text: "$3 billion", subject: undefined }],
  ],
  // "a further", "an additional" between the verb and the money.
  ["The city will spend a further $8 million on parks.", [{ subject: { text: "parks" } }]],
];

export const FIX13_FOUNDINGS: Case[] = [
  // A founding's date is no period of the figures around it ...
  [
    "Founded in 2011, Arvo serves 4,000 clients in 30 countries.",
    [{ period: undefined }, { period: undefined }],
    PUB,
  ],
  ["The firm was established in 1998 and has built 12,000 homes.", [{ period: undefined }], PUB],
  ["Built between 2014 and 2019, the towers hold 900 flats.", [{ period: undefined }], PUB],
  // ... but opens a span after "since".
  [
    "The startup has raised $90 million since it was founded in 2018.",
    [{ period: { text: "since it was founded in 2018", from: "2018" } }],
    PUB,
  ],
];

export const FIX13_COUNTED_LEVELS: Case[] = [
  // A count is what the noun before "of" measures, a subject reaches, or a verb moves its object to.
  ["Kia reported March sales of 250,000 units.", [{ subject: { text: "sales" } }], PUB],
  ["The plant has an annual capacity of 300,000 cars.", [{ subject: { text: "an annual capacity" } }]],
  ["Exports rose to a record 91,000 vehicles.", [{ subject: { text: "Exports" } }]],
  ["The airline will expand its fleet to 140 aircraft.", [{ subject: { text: "its fleet" } }]],
  // ... not whom something is sold or offered to.
  ["The lender offered the product to 12,000 investors.", [{ subject: { text: "investors" } }]],
];

export const FIX13_SPANS_TO_DAYS: Case[] = [
  // A span to a day written before its month, a financial year, and "to the end of" a month.
  [
    "Revenue rose 4% in the six months to 31 December 2025.",
    [{ period: { text: "six months to 31 December 2025", from: "2025-07", to: "2025-12" } }],
    PUB,
  ],
  [
    "Profit was R3 billion in the financial year ended 30 June 2025.",
    [{ period: { from: "2024-07", to: "2025-06" } }],
    PUB,
  ],
  [
    "Arrivals rose 6% in the 12 months to the end of March 2026.",
    [{ period: { from: "2025-04", to: "2026-03" } }],
    PUB,
  ],
];

export const FIX13_STORY_WEEK: Case[] = [
  // "for the week" in a market wrap is the week of publication, to its day.
  [
    "For the week, the Nikkei lost 1.4%.",
    [{ period: { text: "week", from: "2026-11-16", to: "2026-11-20" } }],
    PUB,
  ],
  ["The rand gained 0.8% for the week.", [{ period: { from: "2026-11-16", to: "2026-11-20" } }], PUB],
];

export const FIX13_GLUED_MONTHS: Case[] = [
  // A span of months glued by dashes with "to".
  ["GDP grew 0.4% in the July-to-September period.", [{ period: { from: "2026-07", to: "2026-09" } }], PUB],
];

export const FIX13_HEADLINES: Case[] = [
  // A headline in title case: the capitalized noun after the money is what it measures.
  ["Northwind Raises $40 Million Series B", [{ subject: { text: "Series B" } }]],
  ["Kestrel Completes R1.2 Billion Acquisition of Orana Mines", [{ subject: { text: "Acquisition" } }]],
  // ... never across a line.
  ["Arvo Deal Tops $2 Billion\nLONDON - Arvo said on Monday it agreed the deal.", [{ text: "$2 Billion" }]],
];

export const FIX13_EXPECTATIONS: Case[] = [
  // A figure a result is set against as what was expected measures what the result measures, in its period.
  [
    "Retail sales rose 3.1% in October, below the 3.5% expected by economists.",
    [{ text: "3.1%" }, { text: "3.5%", subject: { text: "Retail sales" }, period: { text: "October" } }],
    PUB,
  ],
  [
    "Profit rose to $2 billion from $1.7 billion a year earlier, above the $1.9 billion analysts had forecast.",
    [{ text: "$2 billion" }, { text: "$1.7 billion" }, { text: "$1.9 billion", subject: { text: "Profit" } }],
  ],
  // ... not another thing's figure.
  [
    "Exports rose 5%, above the 4% rise in imports.",
    [{ text: "5%" }, { text: "4%", subject: { text: "imports" } }],
  ],
];

export const FIX13_PEOPLES: Case[] = [
  // A people named by its demonym in the plural is what a count counts.
  [
    "About 4.2 million Kenyans placed bets.",
    [{ text: "4.2 million Kenyans", unit: "Kenyans", subject: { text: "Kenyans" } }],
  ],
  ["Some 900,000 Filipinos work abroad.", [{ kind: "QUANTITY", unit: "Filipinos" }]],
];

export const FIX13_RESPONSE_TIMES: Case[] = [
  // A response time is a measure, not a span of time.
  [
    "The average response time fell to 6.4 minutes from 7.1 minutes.",
    [{ text: "6.4 minutes", subject: { text: "The average response time" } }, { text: "7.1 minutes" }],
  ],
  // ... while a deadline stays no figure.
  ["The board will reply within the 30 days allowed.", []],
];

export const FIX13_DENOMINATORS: Case[] = [
  // A rate's denominator is no figure of its own.
  ["The levy falls to $1.02 per $100 of assessed value.", [{ text: "$1.02", subject: { text: "The levy" } }]],
  [
    "Cement sold for Rs 360 per 50-kg bag, up 4%.",
    [{ text: "Rs 360" }, { text: "4%", change: { direction: "increase" } }],
  ],
];

export const FIX13_DAY_LISTS: Case[] = [
  // The days of a list after a month are dates, no figures.
  ["Hearings run on May 4, 5 and 6.", []],
];

export const FIX13_RELEASE_SPEAKERS: Case[] = [
  // A release's courtesy before its verb; answering calls is no speech.
  [
    "Northwind Minerals Ltd. is pleased to announce that it raised A$30 million.",
    [{ text: "A$30 million", speaker: { name: "Northwind Minerals Ltd" } }],
  ],
  [
    "The Tucson Fire Department responded to 98,000 calls last year.",
    [{ text: "98,000 calls", speaker: undefined }],
  ],
];

export const FIX13_SUBJECT_TAILS: Case[] = [
  // A qualifier of the figure after, or an irregular past tense, ends the phrase.
  [
    "The resort has four hotels with about 3,000 rooms.",
    [{ text: "four hotels", subject: { text: "The resort" } }, { text: "3,000 rooms" }],
  ],
  ["A $90 million fine sought by regulators was upheld.", [{ subject: { text: "fine" } }]],
];

export const FIX13_AS_A_WHOLE: Case[] = [
  // "as a whole" after a subject qualifies it.
  ["Sales in Europe as a whole fell 2.4%.", [{ subject: { text: "Sales in Europe" } }]],
];

export const FIX13_GROWTH_KINDS: Case[] = [
  // A kind of growth is named with it; one noun before a change noun after a verb is what changes.
  ["Hermes reported organic growth of 13%.", [{ subject: { text: "organic growth" } }]],
  ["The bank expects economic growth of 4.5% next year.", [{ subject: { text: "economic growth" } }], PUB],
  ["The group forecast sales growth of 6% to 8%.", [{ subject: { text: "sales" } }]],
  // ... not a size word ("plans a steeper increase of 4%" names nothing that changes).
  ["It plans a steeper increase of 4%.", [{ subject: undefined }]],
];
