import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found by the blind set (cases-blind.ts), in wording of their own so the
 * blind set stays a measure, plus backlog cases that pass now. Run with entities: [] like the other tables.
 */
const JAN = { publishedAt: "2024-01-20" };
const AUG = { publishedAt: "2024-08-15" };

export const FIX_CONTEXT: Case[] = [
  // Speakers: generic sources and places are no speaker; "X told reporters" names X.
  ["Analysts said revenue would reach $5 billion.", [{ text: "$5 billion", speaker: undefined }]],
  ["Economists said inflation would ease to 3%.", [{ text: "3%", speaker: undefined }]],
  ["Gold rose 1% on Tuesday, dealers in Singapore said.", [{ text: "1%", speaker: undefined }]],
  ["Copper fell 2%, traders in Shanghai said.", [{ text: "2%", speaker: undefined }]],
  [
    "The bank cut its rate to 3%, Governor Andrew Bailey told lawmakers.",
    [{ text: "3%", speaker: { name: "Andrew Bailey", mode: "reported" } }],
  ],
  [
    "Prices rose 5.4% in May, the Bureau of Labor Statistics said.",
    [{ text: "5.4%", speaker: { name: "Bureau of Labor Statistics", mode: "reported" } }],
  ],
  // Periods: months and quarters without a year, against the publication date.
  ["Exports fell 3% in November.", [{ text: "3%", period: { text: "November", from: "2023-11" } }], JAN],
  ["Exports fell 3% in January.", [{ text: "3%", period: { text: "January", from: "2024-01" } }], JAN],
  ["Exports may rise 3% in March.", [{ text: "3%", period: { text: "March", from: "2024-03" } }], JAN],
  [
    "Profit rose 4% in the third quarter.",
    [{ text: "4%", period: { text: "third quarter", from: "2023-07", to: "2023-09" } }],
    JAN,
  ],
  [
    "Profit rose 4% in the third quarter.",
    [{ text: "4%", period: { text: "third quarter", from: "2024-07", to: "2024-09" } }],
    AUG,
  ],
  ["Output fell 2% in Q4.", [{ text: "2%", period: { text: "Q4", from: "2023-10", to: "2023-12" } }], JAN],
  // Periods that end at a month, month ranges, fiscal year spans.
  ["Sales rose 3% in the three months to June.", [{ text: "3%", period: { text: "three months to June" } }]],
  ["Between January and March, exports fell 4%.", [{ text: "4%", period: { text: "January and March" } }]],
  [
    "Revenue rose 6% in the year to September 2023.",
    [{ text: "6%", period: { text: "year to September 2023", from: "2022-10", to: "2023-09" } }],
  ],
  [
    "Output grew 1.2% in the April-June quarter of 2023.",
    [{ text: "1.2%", period: { from: "2023-04", to: "2023-06" } }],
  ],
  [
    "GDP grew 5% in October-December.",
    [{ text: "5%", period: { text: "October-December", from: "2023-10", to: "2023-12" } }],
    JAN,
  ],
  [
    "Exports rose 7% in fiscal 2023-24.",
    [{ text: "7%", period: { text: "fiscal 2023-24", from: "2023", to: "2024" } }],
  ],
  // A tie between a period before and one after the figure goes to the one after.
  [
    "Prices rose 2% in July after 3% in June.",
    [
      { text: "2%", period: { text: "July" } },
      { text: "3%", period: { text: "June" } },
    ],
  ],
];

export const FIX_SUBJECTS: Case[] = [
  // The object of a verb that sets or moves a level is what the figure measures.
  [
    "The central bank hiked its key rate by 50 basis points to 6.5%.",
    [
      { text: "50 basis points", subject: { text: "its key rate" } },
      { text: "6.5%", subject: { text: "its key rate" } },
    ],
  ],
  [
    "The board kept the dividend unchanged at 40 cents.",
    [{ text: "40 cents", subject: { text: "the dividend" } }],
  ],
  ["The company increased its dividend by 5%.", [{ text: "5%", subject: { text: "its dividend" } }]],
  // "for NP in the quarter": the period is trimmed, the noun phrase kept.
  [
    "The bank set aside $900 million for bad loans in the quarter.",
    [{ text: "$900 million", subject: { text: "bad loans" }, period: { text: "quarter" } }],
  ],
];

export const FIX_NONE: Case[] = [
  // Scores are not figures, however the first number is read (here as a label after a capitalized name).
  ["ARSENAL THRASH CHELSEA 5-0 AT THE EMIRATES", []],
  ["Celtic 3-1 Rangers: the verdict", []],
  ["The bill cleared the House 218-214.", []],
  // Dates with an abbreviated month and a dot.
  ["The shares start trading on Dec. 12.", []],
  ["Voting ends Nov. 5.", []],
];

export const FIX_PERCENT: Case[] = [
  // A range runs upward: "48% to 45%" after "leads" is two figures.
  [
    "Labour leads the Conservatives 44% to 21%.",
    [
      { text: "44%", value: 44 },
      { text: "21%", value: 21 },
    ],
  ],
  // A fraction of a point is a step in a rate.
  [
    "The Fed raised rates by a quarter point.",
    [{ value: 0.25, change: { direction: "increase", measure: "percentage_points" } }],
  ],
  ["The bank delivered a half-point cut.", [{ kind: "PERCENT", value: 0.5 }]],
  // "or N%" restates the change before it, and measures the same thing.
  [
    "The Nasdaq fell 250 points, or 1.6%, to 15,200.",
    [
      { text: "250 points", change: { direction: "decrease" } },
      { text: "1.6%", change: { direction: "decrease", measure: "relative" } },
      { text: "15,200" },
    ],
  ],
  // ", up N% from ..." after a figure measures that figure's subject.
  [
    "Its sales were $12 billion, down 4% from a year earlier.",
    [
      { text: "$12 billion", subject: { text: "Its sales" } },
      {
        text: "4%",
        change: { direction: "decrease", base: "a year earlier" },
        subject: { text: "Its sales" },
      },
    ],
  ],
  // A period after the base is the figure's.
  [
    "The rupee has lost 8 percent against the dollar this year.",
    [{ text: "8 percent", change: { base: "the dollar" }, period: { text: "this year" } }],
  ],
  // More change verbs and words between the verb and the figure.
  ["The index tanked 3%.", [{ text: "3%", change: { direction: "decrease" } }]],
  ["Output contracted an annualized 1.5%.", [{ text: "1.5%", change: { direction: "decrease" } }]],
  [
    "The policy cut the number of uninsured adults by 20 percent.",
    [{ text: "20 percent", change: { direction: "decrease" } }],
  ],
];

export const FIX_QUALIFIERS: Case[] = [
  // Headline verbs that bound a figure; "top" only as a verb.
  ["Bitcoin tops $100,000", [{ text: "$100,000", qualifier: "lower_bound" }]],
  ["Death toll passes 5,000", [{ value: 5000, qualifier: "lower_bound" }]],
  ["Nifty crosses 25,000 for the first time", [{ value: 25000, qualifier: "lower_bound" }]],
  // ("the top 10" is no bound; since session 38 it labels a ranked group and counts nothing.)
  ["She is among the top 10 earners.", []],
];

export const FIX_MONEY: Case[] = [
  // Lower-case prefix words and the rand.
  ["the board approved rs 1,200 crore", [{ value: 1.2e10, currency: "INR" }]],
  ["Transnet needs R100 billion.", [{ value: 1e11, currency: "ZAR" }]],
  ["The rent is R12,500 a month.", [{ value: 12500, currency: "ZAR" }]],
  ["Droid R2-D2 appears.", []],
  // A level ten times the change after "by ... to" is no range.
  [
    "The population fell by 500,000 to 83 million.",
    [
      { value: 500000, change: { direction: "decrease" } },
      { value: 8.3e7, high: undefined },
    ],
  ],
];

/** General causes found by the second blind set (cases-blind2.ts), in wording of their own. */
export const FIX2_MONEY: Case[] = [
  // The naira's "N" glued to digits with a scale word or thousands; "N95" stays a name.
  ["Lagos plans to spend N3.3 trillion.", [{ text: "N3.3 trillion", value: 3.3e12, currency: "NGN" }]],
  ["A bag of rice now sells for N75,000.", [{ text: "N75,000", value: 75000, currency: "NGN" }]],
  ["Nurses wore N95 masks.", []],
  // After a currency, a scale letter may stand apart (pre-tokenized text, Indian "Cr").
  ["Losses were $ 12 m last year .", [{ text: "$ 12 m", value: 1.2e7, currency: "USD" }]],
  ["The order book stands at INR 1,200 Cr.", [{ text: "INR 1,200 Cr", value: 1.2e10, currency: "INR" }]],
  ["The road is 40 m wide.", [{ value: 40 }]],
  // Informal dollars and the IMF's unit of account.
  ["a ticket is 20 bucks", [{ kind: "MONEY", text: "20 bucks", value: 20, currency: "USD" }]],
  [
    "The Fund approved SDR 1.2 billion for Egypt.",
    [{ text: "SDR 1.2 billion", value: 1.2e9, currency: "XDR" }],
  ],
];

export const FIX2_QUANTITY: Case[] = [
  // Compound measures and one free modifier before a plural noun.
  [
    "The mall has 80,000 square feet of shops.",
    [{ text: "80,000 square feet", value: 80000, unit: "square feet" }],
  ],
  ["The dam holds 5 cubic kilometres of water.", [{ text: "5 cubic kilometres", unit: "cubic kilometres" }]],
  ["She has played 120 test matches.", [{ text: "120 test matches", value: 120, unit: "matches" }]],
  ["The mine shipped 4 million dry tonnes.", [{ text: "4 million dry tonnes", value: 4e6 }]],
  ["The index rose 3 percent.", [{ kind: "PERCENT", value: 3 }]],
  // A measure glued to the number by a dash.
  ["They leased a 40-acre plot.", [{ kind: "QUANTITY", text: "40-acre", value: 40, unit: "acre" }]],
  ["A 250-megawatt battery opened.", [{ kind: "QUANTITY", value: 250, unit: "megawatt" }]],
];

export const FIX2_PERIODS: Case[] = [
  // The edge of a period: "the end of March", "the start of 2025".
  [
    "Reserves stood at $600 billion at the end of March.",
    [{ text: "$600 billion", period: { text: "end of March", from: "2024-03", to: "2024-03" } }],
    { publishedAt: "2024-05-02" },
  ],
  [
    "Debt will reach 90% of GDP by the end of 2026.",
    // "by" closes an open period; the end of a year is its December.
    [{ text: "90%", period: { text: "by the end of 2026", to: "2026-12" } }],
  ],
  ["Prices rose 2% at the start of the year.", [{ text: "2%" }]],
];

export const FIX2_NONE: Case[] = [
  // Street addresses; a year that names which ones ("the 2024 games").
  ["Police sealed off 221 Baker Street.", []],
  ["The shooting happened near 1600 Pennsylvania Avenue.", []],
  ["Tickets for the 2028 games go on sale soon.", []],
  ["Fans filled 30 Hudson Yards", [{ value: 30 }]],
  // "plus or minus": a margin, never negative.
  ["The survey's margin is plus or minus 4 points.", [{ value: 4, text: "4 points" }]],
];

/** General causes found by the third blind set (cases-blind3.ts), in wording of their own. */
export const FIX3_MONEY: Case[] = [
  // A glued dash range after "up from" stays one figure ("from $5 billion to $4 billion" is two levels).
  [
    "The bank now sees earnings of $2.10-$2.20 a share, up from $1.90-$2.00.",
    [
      { kind: "MONEY", value: 2.1, high: 2.2 },
      { kind: "MONEY", value: 1.9, high: 2 },
    ],
  ],
  // Vulgar fractions glued to digits (backlog case "$2½ billion" passes now too).
  ["The firm raised $2½ billion.", [{ text: "$2½ billion", value: 2.5e9 }]],
  ["The loan carries a 7½ per cent coupon.", [{ kind: "PERCENT", text: "7½ per cent", value: 7.5 }]],
  ["The bond pays 3¾%.", [{ kind: "PERCENT", text: "3¾%", value: 3.75 }]],
  // "N and a half" and "a half" before a scale word (backlog case "one and a half million" passes now).
  ["It costs one and a half million dollars.", [{ text: "one and a half million dollars", value: 1.5e6 }]],
  ["They paid a half million dollars.", [{ text: "a half million dollars", value: 5e5, currency: "USD" }]],
];

export const FIX3_QUANTITY: Case[] = [
  ["The final drew three and a half million viewers.", [{ kind: "QUANTITY", value: 3.5e6, unit: "viewers" }]],
  // A dash compound as the one modifier before a plural noun; "weekly", "quarterly" as modifiers.
  [
    "The fund lends to 40 low-income countries.",
    [{ kind: "QUANTITY", text: "40 low-income countries", value: 40, unit: "countries" }],
  ],
  ["The scheme built 300 solar-powered homes.", [{ kind: "QUANTITY", value: 300, unit: "homes" }]],
  [
    "The game has 90 million weekly players.",
    [{ kind: "QUANTITY", text: "90 million weekly players", value: 9e7, unit: "players" }],
  ],
];

export const FIX3_CHANGES: Case[] = [
  // A rate's unit between the figure and the comparative: "8 pence a litre lower".
  [
    "Diesel was 8 pence a litre lower than last week.",
    [{ kind: "MONEY", value: 0.08, currency: "GBP", change: { direction: "decrease" } }],
  ],
  ["Gold ended $15 an ounce higher.", [{ kind: "MONEY", value: 15, change: { direction: "increase" } }]],
  // One noun between the figure and the change noun; "raise" as a noun.
  ["Workers won a 7% wage increase.", [{ value: 7, change: { direction: "increase", measure: "relative" } }]],
  ["The chain announced a 10% price cut.", [{ value: 10, change: { direction: "decrease" } }]],
  ["Staff were offered a 4% raise.", [{ value: 4, change: { direction: "increase" } }]],
];

export const FIX3_SUBJECTS: Case[] = [
  // A change in a participle clause ("after falling 2%") measures what the figure before it measures;
  // "-ing" forms of change verbs ("losing", "easing") are change verbs.
  [
    "Sales rose 3% in March after falling 2% in February.",
    [
      { text: "3%", subject: { text: "Sales" } },
      { text: "2%", change: { direction: "decrease" }, subject: { text: "Sales" } },
    ],
  ],
  [
    "The index gained 1.1% on Friday after losing 0.8% a day earlier.",
    [{ subject: { text: "The index" } }, { subject: { text: "The index" } }],
  ],
];

export const FIX3_PERIODS: Case[] = [
  // "May" is the month after a period preposition, not only before a year.
  ["The jobless rate hit 4% in May.", [{ text: "4%", period: { text: "May", from: "2024-05" } }], AUG],
  ["Orders are down 6% since May.", [{ text: "6%", period: { from: "2024-05" } }], AUG],
  ["Officials say prices may fall 2%.", [{ text: "2%", period: undefined }]],
];

export const FIX3_NONE: Case[] = [
  // A phone number opened by a zero takes its following digit groups with it.
  ["Ring 020 7946 0018 for tickets.", []],
  // Day ranges before or after a month.
  ["The fair runs 12-14 March in Berlin.", []],
  ["Talks are set for June 3 to 5.", []],
];

/** Found on real wire copy (session 4): index names with numbers, reported clauses, ordinals. */
export const FIX4_SUBJECTS: Case[] = [
  // A whole number after a name word is part of the name the figure measures.
  ["Japan's Nikkei 225 fell 2% on Monday.", [{ text: "2%", subject: { text: "Japan's Nikkei 225" } }]],
  ["The Stoxx 600 rose 0.8% and the Russell 2000 lost 1.2%.", [{ subject: { text: "The Stoxx 600" } }, {}]],
  ["Airbus A320 deliveries rose 12% in May.", [{ text: "12%", subject: { text: "Airbus A320 deliveries" } }]],
  ["In 2023 exports rose 5%.", [{ text: "5%", subject: { text: "exports" } }]],
  // Market closing verbs and forecast phrasing are no part of the subject.
  ["Sony shares closed up 2.4% in Tokyo.", [{ subject: { text: "Sony shares" } }]],
  ["Operating margin is expected to be 21%.", [{ subject: { text: "Operating margin" } }]],
  ["The group expects sales of $9 billion.", [{ subject: { text: "sales" } }]],
  // A quantity as the level a change reached measures what changed.
  [
    "Iron ore output rose 6% to 82 million tonnes.",
    [{}, { text: "82 million tonnes", subject: { text: "Iron ore output" } }],
  ],
  // "up" completing a verb is no rise; a relative clause is skipped back to the subject; a share's subject.
  ["The measure will free up about $40 billion for banks.", [{ change: undefined }]],
  [
    "Food prices, which make up about a fifth of the basket, rose 0.4%.",
    [
      { text: "a fifth", change: undefined, subject: { text: "the basket" } },
      { text: "0.4%", subject: { text: "Food prices" } },
    ],
  ],
  ["Three-quarters of respondents opposed the tax.", [{ subject: { text: "respondents" } }]],
  // A percentage that opens its clause measures what it is a share of; a level of GDP does not.
  ["Only 38% of fourth-graders passed the reading test.", [{ subject: { text: "fourth-graders" } }]],
  ["The deficit widened to 6% of GDP.", [{ subject: { text: "The deficit" } }]],
  // A relative clause is a clause of its own: its figure measures what it follows and takes no period
  // from the main clause.
  [
    "The college, which enrolls about 4,100 students, opened a campus in 2021.",
    [{ text: "4,100 students", period: undefined }],
  ],
  [
    "Imports, which fell 4% in March, rose 1% in April.",
    [
      { subject: { text: "Imports" }, period: { text: "March" } },
      { subject: { text: "Imports" }, period: { text: "April" } },
    ],
  ],
  ["The agency said it had recovered about $310,000.", [{ change: undefined }]],
  // A loss of money is an amount; a loss of percent is a fall.
  [
    "The airline posted a net loss of $410 million as shares suffered a loss of 3%.",
    [{ change: undefined, subject: { text: "a net loss" } }, { change: { direction: "decrease" } }],
  ],
  // Money before its noun measures the noun.
  [
    "The state announced a $25 million flood relief package.",
    [{ subject: { text: "flood relief package" } }],
  ],
  ["He lost his entire $90,000 pension pot to the scheme.", [{ subject: { text: "pension pot" } }]],
  // "estimates/puts X at": X is measured.
  ["The insurer puts the damage at C$700 million.", [{ subject: { text: "the damage" } }]],
  // Levels held or closed at, objects of "grew", comparisons and participles end the subject.
  ["Core inflation held at 2.8% in June.", [{ subject: { text: "Core inflation" } }]],
  ["The Hang Seng index ended 1.1% higher.", [{ subject: { text: "The Hang Seng index" } }]],
  ["The lender grew its deposit base by 12%.", [{ subject: { text: "its deposit base" } }]],
  [
    "Net profit was 2.1 billion rand, below an analyst consensus of 2.4 billion rand.",
    [{}, { text: "2.4 billion rand", subject: { text: "an analyst consensus" } }],
  ],
  ["Shell bought the firm in a cash deal valued at $6 billion.", [{ subject: { text: "a cash deal" } }]],
  // Money raised is an amount; raised by an amount is a change.
  [
    "The fintech raised $300 million from investors and raised its outlook by $50 million.",
    [{ change: undefined }, { change: { direction: "increase" } }],
  ],
  // A hyphenated word is one word.
  [
    "So-called underlying inflation eased to 2.9%.",
    [{ subject: { text: "So-called underlying inflation" } }],
  ],
  ["The yield on the 30-year bond rose to 4.7%.", [{ subject: { text: "The yield on the 30-year bond" } }]],
  ["The peso hit an all-time low of 20.8 per dollar.", [{ subject: { text: "The peso" } }]],
  [
    "The central bank cut the seven-day repo rate by 20 basis points.",
    [{ subject: { text: "the seven-day repo rate" }, change: { direction: "decrease" } }],
  ],
  // Adverbs of degree before the verb are not part of the subject.
  ["Operating profit more than doubled to $3.4 billion.", [{ subject: { text: "Operating profit" } }]],
  ["Orders nearly tripled to $1.2 billion.", [{ text: "$1.2 billion", subject: { text: "Orders" } }]],
  // A verb that opens a reported clause ends the subject: the data are not what fell.
  [
    "Figures released on Tuesday showed house prices fell 1.8% in the year to March.",
    [{ text: "1.8%", subject: { text: "house prices" } }],
  ],
  [
    "A survey by the central bank found business confidence dropped 3.5% in June.",
    [{ text: "3.5%", subject: { text: "business confidence" } }],
  ],
];

/** Reported speech mid-sentence speaks for what follows it only; clause openers end the subject. */
export const FIX4_CONTEXT: Case[] = [
  [
    "Mazda raised its outlook by 4% to 2.1 trillion yen, while Subaru said it would cut 1,500 jobs.",
    [
      // (Since session 46 a company that revises its outlook "by" a figure speaks for it.)
      { text: "4%", speaker: { name: "Mazda" } },
      { text: "2.1 trillion yen", speaker: { name: "Mazda" } },
      { text: "1,500 jobs", speaker: { name: "Subaru", mode: "reported" } },
    ],
  ],
  [
    "Unilever said on Tuesday its underlying sales rose 4.5% in the quarter.",
    [{ text: "4.5%", subject: { text: "its underlying sales" }, speaker: { name: "Unilever" } }],
  ],
  [
    "Exports rose 2% in May, Eurostat said in a statement.",
    [{ text: "2%", speaker: { name: "Eurostat", mode: "reported" } }],
  ],
  [
    "The airline will cut flights because fuel costs jumped 30% this year.",
    [{ text: "30%", subject: { text: "fuel costs" } }],
  ],
  ["Profit before tax fell 8% to $1.1 billion.", [{ subject: { text: "Profit before tax" } }, {}]],
  // A wire dateline's dash is no part of the subject.
  [
    "LAGOS, May 2 (Reuters) - Nigeria's inflation rate rose to 33.2% in March.",
    [{ text: "33.2%", subject: { text: "Nigeria's inflation rate" } }],
  ],
  // A quote's attribution with "adding that" speaks for the figures after it.
  [
    '"Demand is weak," said Maria Lopez, an analyst at Itau, adding that output could fall 3% this year.',
    [{ text: "3%", speaker: { name: "Maria Lopez", mode: "reported" } }],
  ],
];

/** A period after a subordinate clause's own figure is that figure's. */
export const FIX4_PERIODS: Case[] = [
  [
    "The index gained 0.6% after figures showed retail sales rose 1.1% in March.",
    [
      { text: "0.6%", period: undefined },
      { text: "1.1%", period: { text: "March" } },
    ],
  ],
  ["Revenue rose 7% to $2.4 billion in 2023.", [{ period: { text: "2023" } }, { period: { text: "2023" } }]],
  // The period of a figure compared with is that figure's; a record's "since" and a dateline are no period.
  [
    "Operating profit climbed to $4.2 billion from $3.1 billion a year earlier.",
    [{ period: undefined }, { period: { text: "a year earlier" } }],
  ],
  ["The index closed at 1,204, its highest level since 2019.", [{ text: "1,204", period: undefined }]],
  ["Exports have doubled since 2019.", []],
  ["NAIROBI, March 3 (Reuters) - Kenya's economy grew 4.6%.", [{ text: "4.6%", period: undefined }]],
  // "N years earlier/ago" is a period; a period that is another figure's base is not this one's.
  [
    "Enrolment reached 41,000, up from 36,500 three years earlier.",
    [{ period: undefined }, { period: { text: "three years earlier", from: "2021" } }],
    AUG,
  ],
  [
    "The show drew 8.2 million viewers, up 6% from last year.",
    [{ text: "8.2 million viewers", period: undefined }, { change: { base: "last year" } }],
    AUG,
  ],
  // Business-calendar periods: a half year or quarter known by the month it ends.
  [
    "Wesfarmers said profit for the half year to December rose 3%.",
    [{ period: { text: "half year to December", from: "2023-07", to: "2023-12" } }],
    AUG,
  ],
  [
    "Infosys posted a 5% rise in net profit for the June quarter.",
    [{ period: { text: "June quarter", from: "2024-04", to: "2024-06" } }],
    AUG,
  ],
  [
    "Revenue for the fiscal third quarter ended June 29 rose 4%.",
    [{ period: { from: "2024-04", to: "2024-06" } }],
    AUG,
  ],
];

/** "A third" is a share before "of", a comparison or a clause break, and an ordinal before its noun. */
export const FIX4_SHARES: Case[] = [
  ["Exports rose a third, the ministry said.", [{ kind: "NUMBER", text: "a third", value: 1 / 3 }]],
  ["Profits grew by a fifth over the year.", [{ kind: "NUMBER", text: "a fifth", value: 0.2 }]],
  ["Imports fell by a tenth from a year earlier.", [{ kind: "NUMBER", text: "a tenth", value: 0.1 }]],
];

/** Currency forms of Australian and South African papers. */
export const FIX4_MONEY: Case[] = [
  ["Rio Tinto reported a profit of $US10.1 billion.", [{ kind: "MONEY", value: 10.1e9, currency: "USD" }]],
  ["The board declared a dividend of 82.5c a share.", [{ kind: "MONEY", value: 0.825, currency: "USD" }]],
  ["It pays a final dividend of 65 US cents.", [{ kind: "MONEY", value: 0.65, currency: "USD" }]],
  [
    "Naspers shares closed at R3,412.50 while MTN ended at R96.30.",
    [{ currency: "ZAR" }, { value: 96.3, currency: "ZAR" }],
  ],
  ["The rand weakened to R18.42 against the dollar.", [{ kind: "MONEY", value: 18.42, currency: "ZAR" }]],
  ["Turn left onto the R2 and the N1.", []],
];

/** Speakers: nouns that look like speech verbs, pollsters, relative clauses; "by X to Y" after a change. */
export const FIX4_SPEAKERS: Case[] = [
  [
    "Initial claims for jobless benefits fell 4,000 to 219,000.",
    [{ speaker: undefined }, { speaker: undefined }],
  ],
  ["Economists polled by Bloomberg had expected growth of 0.3%.", [{ text: "0.3%", speaker: undefined }]],
  [
    "Verdi, which wants a 10% pay rise, said the offer was too low.",
    [{ text: "10%", speaker: { name: "Verdi", mode: "reported" } }],
  ],
  ["Sales rose 4%, said the plan was working.", [{ text: "4%", speaker: undefined }]],
  [
    "Maria Costa, chief economist at Itau, said inflation would ease to 4.1%.",
    [{ text: "4.1%", speaker: { name: "Maria Costa", mode: "reported" } }],
  ],
  [
    "The museum's director, Dr. Ana Ruiz, 61, said visits rose to 410,000.",
    [{ text: "410,000", speaker: { name: "Ana Ruiz", mode: "reported" } }],
  ],
  [
    "Continuing claims jumped by 34,000 to 1.9 million, while payrolls rose by 5% to 7% in some sectors.",
    [
      { text: "34,000", value: 34000, high: undefined },
      { text: "1.9 million", value: 1.9e6 },
      { text: "5% to 7%", value: 5, high: 7 },
    ],
  ],
];

/** Not figures and not speakers, found on local, health and culture news (session 4, second round). */
export const FIX4_NONE: Case[] = [
  [
    "Temperatures will reach 31C in Perth and 28C in Sydney.",
    [
      { kind: "QUANTITY", value: 31, unit: "°C", currency: undefined },
      { kind: "QUANTITY", value: 28, unit: "°C" },
    ],
  ],
  ["COP29 ended in Baku and COP30 will be held in Belem.", []],
  ["One pensioner, 84, lost her savings, and children aged 6 to 11 were tested.", []],
  ["Streaming service Hulu adds 2 million subscribers.", [{ speaker: undefined }]],
  ["Prosecutors said the scheme promised returns of 20%.", [{ text: "20%", speaker: undefined }]],
];

/** Units of devices and weather (session 4). */
export const FIX4_QUANTITY: Case[] = [
  [
    "The handset has a 50-megapixel camera, a 4,500 mAh battery and a 120Hz screen.",
    [
      { kind: "QUANTITY", value: 50, unit: "megapixel" },
      { kind: "QUANTITY", value: 4500, unit: "mAh" },
      { kind: "QUANTITY", value: 120, unit: "Hz" },
    ],
  ],
  [
    "Gusts reached 90 mph in 38-degree heat.",
    [
      { kind: "QUANTITY", unit: "mph" },
      { kind: "QUANTITY", value: 38 },
    ],
  ],
  ["The couple has 11 grandchildren.", [{ kind: "QUANTITY", value: 11, unit: "grandchildren" }]],
];
