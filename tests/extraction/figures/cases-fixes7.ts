import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found by the session-7 testers (commodities; central banks and bonds;
 * crime and obituaries; transport and industry; regional English-language press; elections and budgets;
 * housing and insurance; conflict and aid), in wording of my own.
 */

export const FIX7_MONEY: Case[] = [
  // Hundredths of a currency are money in that currency.
  [
    "The rupee weakened 18 paise to 84.10 against the dollar.",
    [{ kind: "MONEY", text: "18 paise", value: 0.18, currency: "INR" }, { value: 84.1 }],
  ],
  ["Petrol rose 40 kobo a litre.", [{ kind: "MONEY", value: 0.4, currency: "NGN" }]],
  [
    "Shares of Gamuda gained 9 sen to RM5.32.",
    [
      { kind: "MONEY", value: 0.09, currency: "MYR", change: { direction: "increase" } },
      { kind: "MONEY", value: 5.32, currency: "MYR" },
    ],
  ],
  ["A cup of tea now costs 15 fils more.", [{ kind: "MONEY", value: 0.15, currency: "AED" }]],
  // "Sen." is a senator, not a sen.
  ["The bill passed after 3 Sen. Ruiz amendments.", [{ kind: "NUMBER", value: 3 }]],
  // Scale letters of Pakistani and Malaysian papers.
  ["The province set aside Rs2.1tr for salaries.", [{ kind: "MONEY", text: "Rs2.1tr", value: 2.1e12 }]],
  [
    "Tenaga expects capital spending of RM8bil to RM9bil.",
    [{ kind: "MONEY", text: "RM8bil to RM9bil", value: 8e9, high: 9e9, currency: "MYR" }],
  ],
  // A currency word glued by a dash.
  [
    "Congress passed a 6.2 trillion-peso budget.",
    [{ kind: "MONEY", text: "6.2 trillion-peso", value: 6.2e12, currency: "MXN" }],
  ],
  ["They unveiled a 2-billion-riyal fund.", [{ kind: "MONEY", value: 2e9, currency: "SAR" }]],
  ["Norway gave 300 million Norwegian crowns.", [{ kind: "MONEY", value: 3e8, currency: "NOK" }]],
];

export const FIX7_PERCENT: Case[] = [
  // Basis points apart from the digits in lower case, and in a capitals headline.
  [
    "The central bank lifted its key rate by 50 bp.",
    [{ kind: "PERCENT", value: 0.5, change: { direction: "increase", measure: "percentage_points" } }],
  ],
  ["RESERVE BANK DELIVERS 25 BP CUT", [{ kind: "PERCENT", value: 0.25 }]],
  ["Margins rose 3 pc in the quarter.", [{ kind: "PERCENT", text: "3 pc", value: 3 }]],
  ["The school bought 40 PCs.", [{ kind: "QUANTITY", value: 40 }]],
  // The percent word glued by a dash.
  [
    "Officials signalled a 75-basis-point hike.",
    [{ kind: "PERCENT", text: "75-basis-point", value: 0.75, change: { direction: "increase" } }],
  ],
  // A fraction of a percentage point.
  [
    "The board trimmed the rate by a quarter of a percentage point to 4.25%.",
    [
      {
        kind: "PERCENT",
        text: "a quarter of a percentage point",
        value: 0.25,
        change: { direction: "decrease", measure: "percentage_points" },
        subject: { text: "the rate" },
      },
      { kind: "PERCENT", value: 4.25, subject: { text: "the rate" } },
    ],
  ],
  // A bare low end takes the high end's hundredths.
  ["Yields may climb 15 to 30 bps.", [{ kind: "PERCENT", text: "15 to 30 bps", value: 0.15, high: 0.3 }]],
  [
    "Bondholders will recover between 40 and 55 cents on the dollar.",
    [{ kind: "MONEY", value: 0.4, high: 0.55 }],
  ],
];

export const FIX7_CHANGES: Case[] = [
  // "another" after "by" takes the verb's direction.
  [
    "Policymakers may lower rates by another 25 basis points.",
    [{ kind: "PERCENT", value: 0.25, change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  // "by a total of", "by an average of": the change and its subject read past the lead words.
  [
    "The bank has cut its policy rate by a total of 150 basis points since March.",
    [{ value: 1.5, change: { direction: "decrease" }, subject: { text: "its policy rate" } }],
  ],
  [
    "Insurers raised premiums by an average of 7 per cent.",
    [{ value: 7, change: { direction: "increase", measure: "relative" }, subject: { text: "premiums" } }],
  ],
  ["The council will trim spending by 4%.", [{ value: 4, change: { direction: "decrease" } }]],
  ["Stronger demand left the rand 1.2% firmer.", [{ value: 1.2, change: { direction: "increase" } }]],
  ["The lira ended 0.4% weaker.", [{ value: 0.4, change: { direction: "decrease" } }]],
  // Money or things lost are an amount, not a fall; points lost and a loss with its level are changes.
  ["The carrier, which lost $900 million last year, is hiring.", [{ kind: "MONEY", change: undefined }]],
  ["The unit had lost 400 vehicles by spring.", [{ kind: "QUANTITY", change: undefined }]],
  ["The Nasdaq lost 150 points.", [{ kind: "QUANTITY", change: { direction: "decrease" } }]],
  [
    "The stock lost $2.10 to $41.30.",
    [
      { value: 2.1, change: { direction: "decrease" } },
      { value: 41.3, change: undefined },
    ],
  ],
  // "shot down", "shut down": no fall.
  ["Crews shot down 31 drones overnight.", [{ kind: "QUANTITY", change: undefined }]],
];

export const FIX7_LEVELS: Case[] = [
  // A past-tense change right before "X to Y" is the change and the level it reached.
  [
    "Aluminium stocks fell 4,100 tonnes to 37,800 tonnes.",
    [
      { text: "4,100 tonnes", change: { direction: "decrease" } },
      { text: "37,800 tonnes", change: undefined },
    ],
  ],
  [
    "The rupee strengthened as much as 0.6% to 83.20 per dollar.",
    [{ text: "0.6%", qualifier: "upper_bound" }, { text: "83.20" }],
  ],
  [
    "Deliveries grew just 4.2% to 118,600.",
    [{ text: "4.2%", change: { direction: "increase" } }, { text: "118,600" }],
  ],
  [
    "The airline cut its fare by $12.50 to $89.",
    [{ text: "$12.50", change: { direction: "decrease" } }, { text: "$89" }],
  ],
  // A range stays a range where nothing was reported as done.
  ["Revenue is expected to rise 6% to 8%.", [{ text: "6% to 8%", value: 6, high: 8 }]],
  // The level after "lower at" measures what moved, not the change's unit.
  [
    "The Nikkei closed 210 points lower at 38,415.",
    [{ subject: { text: "The Nikkei" } }, { value: 38415, subject: { text: "The Nikkei" } }],
  ],
  [
    "Its shares ended 2.4 per cent higher at 512 pence.",
    [{ subject: { text: "Its shares" } }, { value: 5.12, subject: { text: "Its shares" } }],
  ],
  // A level reached or stood at measures its subject, not the unit.
  [
    "Coffee exports fell to 2.8 million bags in October.",
    [{ kind: "QUANTITY", unit: "bags", subject: { text: "Coffee exports" } }],
  ],
  [
    "Crude inventories stood at 421 million barrels.",
    [{ kind: "QUANTITY", subject: { text: "Crude inventories" } }],
  ],
];

/** Published 2026-11-20 (a Friday) unless a case says otherwise. */
const PUB = { publishedAt: "2026-11-20T09:00:00Z" };

export const FIX7_PERIODS: Case[] = [
  // A month or quarter without a year in a sentence about the future is the next one.
  [
    "The utility will raise tariffs by 6% in February.",
    [{ value: 6, period: { text: "February", from: "2027-02", to: "2027-02" } }],
    PUB,
  ],
  [
    "Economists expect inflation to ease to 2.4% by March.",
    [{ value: 2.4, period: { text: "by March", to: "2027-03" } }],
    PUB,
  ],
  [
    "Shipments would rise 8% in the first quarter, the company said.",
    [{ value: 8, period: { text: "first quarter", from: "2027-01", to: "2027-03" } }],
    PUB,
  ],
  // ... and a past one where nothing points ahead; "next" and "last" point by themselves.
  ["Exports rose 4% in February.", [{ period: { from: "2026-02" } }], PUB],
  ["Fares will rise 3% next January.", [{ period: { from: "2027-01" } }], PUB],
  ["The council had forecast a gap of $9 million last December.", [{ period: { from: "2025-12" } }], PUB],
  // "of next year".
  [
    "Output may climb 5% in the third quarter of next year.",
    [{ period: { text: "third quarter of next year", from: "2027-07", to: "2027-09" } }],
    PUB,
  ],
  // Days: spans, weeks, the days just past.
  [
    "The poll, taken between Nov. 9 and Nov. 12, put the party at 31%.",
    [{ value: 31, period: { from: "2026-11-09", to: "2026-11-12" } }],
    PUB,
  ],
  [
    "From March 1 to May 31, 2027, the levy will raise $40 million.",
    [{ value: 4e7, period: { from: "2027-03-01", to: "2027-05-31" } }],
    PUB,
  ],
  [
    "Mortgage applications fell 3% last week.",
    [{ period: { text: "last week", from: "2026-11-09", to: "2026-11-15" } }],
    PUB,
  ],
  [
    "Funds took in $2 billion in the week ended Nov. 12.",
    [{ period: { from: "2026-11-06", to: "2026-11-12" } }],
    PUB,
  ],
  [
    "Measles cases rose 40% over the past three months.",
    [
      {
        change: { direction: "increase" },
        period: { text: "past three months", from: "2026-08-20", to: "2026-11-20" },
      },
    ],
    PUB,
  ],
  [
    "Rangers detained 35 poachers in the last 72 hours.",
    [{ period: { from: "2026-11-17", to: "2026-11-20" } }],
    PUB,
  ],
  // "since" an event, or part of a month: an open period.
  [
    "More than 900 clinics have closed since the strike began in June 2025.",
    [{ period: { text: "since the strike began in June 2025", from: "2025-06" } }],
    PUB,
  ],
  ["Arrivals have doubled to 12,000 since late August.", [{ period: { from: "2026-08" } }], PUB],
  // The middle of a year; a half of a month.
  ["The fund may reach $3 billion by mid-2028.", [{ period: { text: "by mid-2028", to: "2028-07" } }], PUB],
  // (Session 35: the half of a month is its days, no longer the whole month.)
  [
    "Deposits grew 2% in the first half of June.",
    [{ period: { from: "2026-06-01", to: "2026-06-15" } }],
    PUB,
  ],
  ["Volumes rose 6% for the full year.", [{ period: { from: "2026", to: "2026" } }], PUB],
  // Times, measures and maturities are no years.
  ["Gold rose 0.3% by 2:30 p.m. ET (1930 GMT).", [{ value: 0.3, period: undefined }], PUB],
  ["Yields on the 2033 bonds fell 6 basis points.", [{ value: 0.06, period: undefined }], PUB],
  // (A frequency before "band" names the band, no figure: session 29; an amount of spectrum is one.)
  ["Operators bid for 2600 MHz of spectrum.", [{ kind: "QUANTITY", value: 2600, unit: "MHz" }], PUB],
  // A base's date is the compared figure's, not the level's before it.
  [
    "Receipts reached $51 million, up 12% from September last year.",
    [{ value: 5.1e7, period: undefined }, { value: 12 }],
    PUB,
  ],
];

export const FIX7_SUBJECTS: Case[] = [
  // The object of a verb before "of"/"worth" is what the money measures, not the clause.
  ["Telcos picked up airwaves worth $3 billion.", [{ subject: { text: "airwaves" } }]],
  ["Lenders charge fees of about 2% of the loan.", [{ subject: { text: "fees" } }]],
  ["The retailer guided sales of $8 billion for the year.", [{ subject: { text: "sales" } }]],
  ["Border agents seized cocaine worth $30 million.", [{ subject: { text: "cocaine" } }]],
  ["The agency would award grants worth $90 million.", [{ subject: { text: "grants" } }]],
  [
    "Hyundai posted a profit of 4 trillion won, citing currency gains of 0.5 trillion won.",
    [{ subject: { text: "a profit" } }, { subject: { text: "currency gains" } }],
  ],
  // What stands between a subject and its verb: catenatives, adverbs, passives, infinitives.
  ["Pension costs are set to rise to $41 billion.", [{ subject: { text: "Pension costs" } }]],
  ["Rail spending is forecast to grow 4% a year.", [{ subject: { text: "Rail spending" } }]],
  ["The fiscal gap will be brought down to 3% of GDP.", [{ subject: { text: "The fiscal gap" } }]],
  ["The levy will be gradually raised to 12%.", [{ subject: { text: "The levy" } }]],
  ["The scheme has so far raised $2 million.", [{ subject: { text: "The scheme" } }]],
  ["Borrowing is expected to peak at 6% of GDP.", [{ subject: { text: "Borrowing" } }]],
  ["The board expects inflation to peak at 5.5%.", [{ subject: { text: "inflation" } }]],
  ["The mayor has seen her rating slide to 28%.", [{ subject: { text: "her rating" } }]],
  ["The trade gap will narrow to 2.2% of GDP.", [{ subject: { text: "The trade gap" } }]],
  ["The bank projected growth at 1.9%.", [{ subject: { text: "growth" } }]],
  // A nearer verb governs; a period inside the subject stays in it.
  [
    "Foreign reserves held by the central bank stood at $41 billion.",
    [{ subject: { text: "Foreign reserves held by the central bank" } }],
  ],
  [
    "The rate on the 30-year fixed loan fell to 6.2%.",
    [{ subject: { text: "The rate on the 30-year fixed loan" } }],
  ],
  ["The shortfall for fiscal 2025 was $3 billion.", [{ subject: { text: "The shortfall" } }]],
  [
    "Debt payments, now the largest expense, are projected to reach $30 billion.",
    [{ subject: { text: "Debt payments" } }],
  ],
  // Shares after "took", "made up", "account for".
  ["The Liberals took 33.1% of the vote.", [{ subject: { text: "The Liberals" } }]],
  ["Hybrids made up 18% of sales.", [{ subject: { text: "Hybrids" } }]],
  ["Migrants account for 12 percent of the workforce.", [{ subject: { text: "Migrants" } }]],
  // Levels after "from", "picked up to", "an annual rate of".
  ["The fee has been cut from $40 to $25.", [{ subject: { text: "The fee" } }, {}]],
  ["Core inflation picked up to 3.3% from 3.1%.", [{ subject: { text: "Core inflation" } }, {}]],
  [
    "Housing starts rose 4% to an annual rate of 1.3 million units.",
    [{ subject: { text: "Housing starts" } }, { subject: { text: "Housing starts" } }],
  ],
  // "with" opens the phrase; a verb before a number ends money's noun.
  [
    "Stocks rose 1%, with tech shares up 2.5%.",
    [{ subject: { text: "Stocks" } }, { subject: { text: "tech shares" } }],
  ],
  [
    "The $4 billion fund supports about 900 startups.",
    // (Whom a body supports is its own count since session 42.)
    [{ subject: { text: "fund" } }, { subject: { text: "fund" } }],
  ],
];

export const FIX7_QUANTITIES: Case[] = [
  // Dash ranges before what they count.
  ["The carrier will add 8-10 routes.", [{ kind: "QUANTITY", value: 8, high: 10, unit: "routes" }]],
  ["Escorts sail at 14-16 knots.", [{ kind: "QUANTITY", value: 14, high: 16, unit: "knots" }]],
  ["Call 555-0142 for details.", []],
  // Two guesses joined by "or".
  ["About 40 or 50 families left.", [{ kind: "QUANTITY", value: 40, high: 50, unit: "families" }]],
  // Speeds, gas, data, energy.
  ["Trains will run at 320 km/h.", [{ kind: "QUANTITY", value: 320, unit: "km/h" }]],
  ["The ferry cruises at 40 kph.", [{ kind: "QUANTITY", unit: "kph" }]],
  ["Output averaged 101.2 bcfd in May.", [{ kind: "QUANTITY", unit: "bcfd" }]],
  ["Storage rose by 32 bcf.", [{ kind: "QUANTITY", unit: "bcf" }]],
  ["The tanker sailed 6,200 nautical miles.", [{ kind: "QUANTITY", unit: "nautical miles" }]],
  ["Data centres used 19 terawatt hours.", [{ kind: "QUANTITY", value: 19, unit: "terawatt hours" }]],
  ["The link carries 800 gigabits per second.", [{ kind: "QUANTITY", unit: "gigabits per second" }]],
  ["Users saw 250 Mbps in tests.", [{ kind: "QUANTITY", unit: "Mbps" }]],
  // A model or a measure between a count and its noun; a model alone is no figure.
  ["The airline leases 14 737 MAX jets.", [{ kind: "QUANTITY", value: 14, unit: "jets" }]],
  ["The army bought 8 Mi-17 helicopters.", [{ kind: "QUANTITY", value: 8, unit: "helicopters" }]],
  ["Qantas ordered 20 A321 jets.", [{ kind: "QUANTITY", value: 20, unit: "jets" }]],
  ["Growers shipped 3 million 60-kg bags.", [{ kind: "QUANTITY", value: 3e6, unit: "bags" }]],
  ["Regulators cleared the 737 MAX again.", []],
  ["Its first 777X arrives in 2027.", []],
  ["Savers moved more money into 401(k) plans.", []],
  // A headline's capitals count what follows.
  ["STORM KILLS 45 PEOPLE", [{ kind: "QUANTITY", value: 45 }]],
  ["Rebels Take 4 Towns in Kivu", [{ kind: "QUANTITY", value: 4 }]],
  // Ages.
  ["Those arrested, aged between 19 and 24, were bailed.", []],
  ["Patel, who is 58, denied the charges.", []],
  ["She became a nurse at the age of 22.", []],
  ['"He never gave up," said his brother Alan Cole, 66.', []],
  ["The singer passed away at 81.", []],
  ["Workers over 55 may take a lump sum.", []],
  // Durations and periods are no figures.
  ["Rents have climbed for 19 consecutive months.", []],
  ["It was the worst drought in a quarter of a century.", []],
  // Points of a rate in a poll are percentage points; an index's stay a count.
  [
    "The party's lead in the poll shrank by 4 points.",
    [{ kind: "PERCENT", value: 4, change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  [
    "Turnout hit 61%, up 3.5 points.",
    [
      { kind: "PERCENT", value: 61 },
      { kind: "PERCENT", value: 3.5, change: { measure: "percentage_points" } },
    ],
  ],
  ["The Nasdaq shed 210 points.", [{ kind: "QUANTITY", unit: "points" }]],
];

export const FIX7_SPEAKERS: Case[] = [
  // A quote after an attribution that ended its sentence stays with that speaker, not the next one's.
  [
    '"Demand is soft," said Lena Frost, an analyst at Nordea. "We see copper at $9,000 by June."\n\nMinister Raul Ortiz told lawmakers that exports would rise 4%.',
    [
      { value: 9000, speaker: { name: "Lena Frost", mode: "quoted" } },
      { value: 4, speaker: { name: "Raul Ortiz", mode: "reported" } },
    ],
  ],
  [
    '"Costs are high," said Omar Diaz of Banorte. "We expect 6% inflation." Separately, Governor Ines Roa said reserves were $200 billion.',
    [
      { value: 6, speaker: { name: "Omar Diaz" } },
      { value: 2e11, speaker: { name: "Ines Roa" } },
    ],
  ],
  // A title's dot and an aside before "told" keep the attribution.
  [
    '"We are overwhelmed," said Dr. Amal Haddad, the clinic\'s director. "We treat 300 patients a day."',
    [{ speaker: { name: "Amal Haddad", mode: "quoted" } }],
  ],
  [
    '"Fuel is running out," Karin Lund, head of the aid convoy, told reporters. "We have 40 trucks left."',
    [{ speaker: { name: "Karin Lund", mode: "quoted" } }],
  ],
  [
    '"Costs have risen by $2 billion this year. We cannot absorb that," Mr. Okoro told reporters.',
    [{ speaker: { name: "Okoro", mode: "quoted" } }],
  ],
  // Forecasts and warnings are statements; ", saying" speaks for the clause's subject.
  ["Priya Nair expects the rate to fall to 6% by March.", [{ speaker: { name: "Priya Nair" } }]],
  ["Jonas Weber, a strategist at ING, sees the euro at $1.25.", [{ speaker: { name: "Jonas Weber" } }]],
  ["Mara Quist cautioned that 20% of loans could sour.", [{ speaker: { name: "Mara Quist" } }]],
  ["Vesta Research estimate that bills rose 12%.", [{ speaker: { name: "Vesta Research" } }]],
  ["Norvik Analytics reported that inflation eased to 8%.", [{ speaker: { name: "Norvik Analytics" } }]],
  [
    "Mayor Dana Pike signed the budget, saying the city had spent $900 million on roads.",
    [{ speaker: { name: "Dana Pike" } }],
  ],
  // A label, a count of things written, a generic group and "It" name no speaker.
  ["Outlook:\n- Growth forecast: 1.8%", [{ value: 1.8, speaker: undefined }]],
  ["In office, she wrote more than 300 rulings.", [{ speaker: undefined }]],
  ["Campaigners said the board had spent $3m on advisers.", [{ speaker: undefined }]],
];

export const FIX7_CLAUSES: Case[] = [
  // A period in a clause joined by "but", or after a reporting participle, is that clause's.
  [
    "The bank held its rate at 3% on Tuesday but signalled a cut next month.",
    [{ value: 3, period: { text: "Tuesday" } }],
    PUB,
  ],
  [
    "The fund kept its target at 5%, signalling that cuts could come in January.",
    [{ period: undefined }],
    PUB,
  ],
  // When something was said is not when what was said happened.
  [
    "The minister told lawmakers in August that the subsidy had cost $2 billion.",
    [{ value: 2e9, period: undefined }],
    PUB,
  ],
  ["Thefts fell 9%, the report published in May said.", [{ value: 9, period: undefined }], PUB],
  // A conjunction, a rate's "per", a scale word end the subject; a year before the head noun stays.
  [
    "The won slid 0.8% to 1,390 per dollar as oil prices rose 2%.",
    [{}, {}, { value: 2, subject: { text: "oil prices" } }],
  ],
  [
    "The lira eased 0.2% to 38 per euro and Poland's zloty rose 0.1%.",
    [{}, {}, { value: 0.1, subject: { text: "Poland's zloty" } }],
  ],
  [
    "Yields on the 2033 government bond rose 4 basis points.",
    [{ subject: { text: "Yields on the 2033 government bond" }, period: undefined }],
  ],
  ["The firm pledged $5 million for schools on Monday.", [{ subject: { text: "schools" } }]],
  ["For the July-September period the trade gap was $4 billion.", [{ subject: { text: "the trade gap" } }]],
  ["Ghana is negotiating a new $2 billion credit line.", [{ subject: { text: "credit line" } }]],
  ["Core prices, seen as a better gauge of inflation, rose 3.1%.", [{ subject: { text: "Core prices" } }]],
];

export const FIX7_SHARES: Case[] = [
  // A share of the whole is a relative change; "fourths" are shares too, "a fourth term" is no figure.
  [
    "Burglaries fell by a fifth last year.",
    [{ kind: "NUMBER", value: 0.2, change: { direction: "decrease", measure: "relative" } }],
  ],
  [
    "Three-fourths of members backed the deal.",
    [{ kind: "NUMBER", value: 0.75, subject: { text: "members" } }],
  ],
  ["She is seeking a fourth term.", []],
];

export const FIX7_MARKETS: Case[] = [
  // "forecast" and "estimate" after words of their phrase are nouns: no verb, no speaker.
  [
    "Barclays kept its 2027 copper forecast at $9,800 a ton.",
    [{ value: 9800, subject: { text: "its 2027 copper forecast" }, speaker: undefined }],
  ],
  ["BANK HOLDS RATE AT 4%, CUTS GROWTH FORECAST", [{ value: 4, speaker: undefined }]],
  // A level it came from after a comma and a period, or "compared with", measures the same thing.
  [
    "Core inflation rose to 3.3% in May, up from 3.1% in April.",
    [{ subject: { text: "Core inflation" } }, { value: 3.1, subject: { text: "Core inflation" } }],
  ],
  [
    "Claims were 210,000, compared with 230,000 a week earlier.",
    [{ subject: { text: "Claims" } }, { value: 230000, subject: { text: "Claims" } }],
  ],
  // An index named with a dash keeps its number.
  ["The benchmark KSE-100 index rose 1.5%.", [{ subject: { text: "The benchmark KSE-100 index" } }]],
  // A contract's month is no period.
  ["Heating oil futures for March rose 2%.", [{ value: 2, period: undefined }], PUB],
  // Changes after a figure, a policy move "of", a year span in the object.
  [
    "Markets price one more 25 bps cut.",
    [{ change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  ["Traders priced a 50 bps Fed hike.", [{ change: { direction: "increase" } }]],
  [
    "There is room for another 50 basis points of easing.",
    [{ change: { direction: "decrease", measure: "percentage_points" } }],
  ],
  [
    "The exchange raised its 2026/27 corn estimate by 2 million tons to 61 million tons.",
    [
      { value: 2e6, change: { direction: "increase" } },
      { value: 6.1e7, change: undefined },
    ],
  ],
  // A bound denied is the other bound; "an estimated cost of" is approximate.
  ["Peak load rarely exceeds 9,000 MW.", [{ qualifier: "upper_bound" }]],
  ["The fine should not exceed $40,000.", [{ qualifier: "upper_bound", subject: { text: "The fine" } }]],
  ["The bridge opened at an estimated cost of $2 billion.", [{ qualifier: "approximate" }]],
];

export const FIX7_CONFLICT: Case[] = [
  // "the UN said" speaks; "States" in a name and "six Gulf states" do not.
  ["Floods killed 30 people, the UN said.", [{ speaker: { name: "UN" } }]],
  ["The Gulf States Relief Fund sent 40 trucks.", [{ speaker: undefined }]],
  // Ages in a list of survivors.
  ["She is survived by her husband, Tom, 74; a son, Ben Cole, 41; and two grandchildren.", [{ value: 2 }]],
  // "since" a month without a year looks back; two-ended spans of years and months.
  ["Some 9,000 people have fled since December.", [{ period: { from: "2025-12" } }], PUB],
  [
    "The clinic treated 2,400 patients between March 2024 and January 2025.",
    [{ period: { from: "2024-03", to: "2025-01" } }],
    PUB,
  ],
  ["The fund will spend 40 million euros in 2026 and 2027.", [{ period: { from: "2026", to: "2027" } }], PUB],
  ["The archive holds 310 letters from 1988 to 1994.", [{ period: { from: "1988", to: "1994" } }], PUB],
];

export const FIX7_PAIRS: Case[] = [
  // A bare number before another that names its unit shares it; the second of a pair changes the same way.
  [
    "The coalition won 88 of the 150 seats.",
    [{ kind: "QUANTITY", value: 88, unit: "seats" }, { value: 150 }],
  ],
  ["The parties took 31 and 12 seats.", [{ kind: "QUANTITY", value: 31, unit: "seats" }, { value: 12 }]],
  [
    "The bank raised rates by 20 and 25 basis points.",
    [
      { kind: "PERCENT", value: 0.2, change: { direction: "increase" } },
      { kind: "PERCENT", value: 0.25, change: { direction: "increase" }, subject: { text: "rates" } },
    ],
  ],
  // The level after the one it came from; a comparative before its noun is no change.
  [
    "The council cut bus passes from $40 to $25.",
    [{ subject: { text: "bus passes" } }, { value: 25, subject: { text: "bus passes" } }],
  ],
  ["The grocer will open 12 smaller city stores.", [{ value: 12, change: undefined }]],
];

export const FIX7_QUOTES: Case[] = [
  // Grain quotes in eighths of the last digit's unit.
  [
    "Wheat futures rose 5-1/4 cents to $5.48-3/4 a bushel.",
    [
      { kind: "MONEY", text: "5-1/4 cents", value: 0.0525, change: { direction: "increase" } },
      { kind: "MONEY", text: "$5.48-3/4", value: 5.4875 },
    ],
  ],
  ["Call 555-123-4567 for tickets.", []],
  // Tallies, durations and targets are no figures; decades and "since late 2022" are periods.
  ["The court ruled by a vote of 5 to 4.", []],
  ["Prosecutors want between 18 and 30 months in jail.", []],
  ["The city aims for net zero emissions by 2040.", []],
  ["Exports doubled in the 1980s to $9 billion.", [{ period: { from: "1980", to: "1989" } }], PUB],
  [
    "Defence spending peaked in the mid-1980s at $300 billion.",
    [{ period: { from: "1984", to: "1986" } }],
    PUB,
  ],
  [
    "The camp has taken in 40,000 people since late 2023.",
    [{ period: { text: "since late 2023", from: "2023-09" } }],
    PUB,
  ],
  // A poll's party before "on".
  [
    "The survey put the Greens on 12% and the Liberals on 30%.",
    [{ subject: { text: "the Greens" } }, { subject: { text: "the Liberals" } }],
  ],
];

export const FIX7_VERBS: Case[] = [
  // What stands between a subject and its verb: a catenative, "since" before a participle, an adverb.
  ["The board agreed to pay $4 million to settle.", [{ subject: { text: "The board" } }]],
  ["Its shares have since fallen 22%.", [{ subject: { text: "Its shares" } }]],
  ["Insurers now offer rebates of up to 15 per cent.", [{ subject: { text: "rebates" } }]],
  // "In May alone," opens the sentence; the trailing change keeps the figure's subject.
  [
    "In May alone, the port handled 900,000 containers, up 4 per cent.",
    [{ subject: { text: "the port" } }, { subject: { text: "the port" } }],
  ],
];

export const FIX7_COUNTS: Case[] = [
  // A count "of" something counts its unit; a measure or a container measures what it holds.
  ["Drought has hit 12 districts of Malawi.", [{ subject: { text: "districts of Malawi" } }]],
  ["Donors sent 600 sacks of maize.", [{ subject: { text: "maize" } }]],
  ["Some 300 members of staff resigned.", [{ subject: { text: "members of staff" } }]],
];

export const FIX7_DAYS: Case[] = [
  // "since Monday": the last such day before publication (a Friday); "a month ago".
  ["Copper has risen 3% since Tuesday.", [{ period: { from: "2026-11-17" } }], PUB],
  [
    "Traders price a 60% chance, compared with 35% a month ago.",
    [{}, { period: { from: "2026-10", to: "2026-10" } }],
    PUB,
  ],
  // A currency's level against the dollar measures the currency.
  ["The cedi traded at 15.4 per dollar.", [{ subject: { text: "The cedi" } }]],
  ["The rupee was little changed at 88.6 per dollar.", [{ subject: { text: "The rupee" } }]],
];

export const FIX7_ASIDES: Case[] = [
  // An acronym in parentheses in the object; asides opened by "by", "more"; "ending in March 2027".
  [
    "The central bank cut its benchmark rate (BR) by 50 basis points.",
    [{ change: { direction: "decrease" }, subject: { text: "its benchmark rate (BR)" } }],
  ],
  ["Sugar futures, by contrast, fell 1.8%.", [{ subject: { text: "Sugar futures" } }]],
  ["The won, more sensitive to exports, rose 0.4%.", [{ subject: { text: "The won" } }]],
  [
    "NEW DELHI - India's bank expects growth of 6.4% in the fiscal year ending in March 2027, India's RBI said.",
    [{ period: { from: "2026-04", to: "2027-03" } }],
    PUB,
  ],
];
