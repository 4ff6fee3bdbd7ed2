import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found by the session-5 testers (European, Middle-Eastern and African
 * politics; technology, health and culture; sports and East Asian markets), in wording of my own.
 */

export const FIX5_SUBJECTS: Case[] = [
  // A share's noun phrase ends at a present-tense verb, not only at a past tense in -ed.
  ["Just 35% of eighth-graders read at grade level.", [{ subject: { text: "eighth-graders" } }]],
  ["Nearly 60% of renters support the cap.", [{ subject: { text: "renters" } }]],
  ["About a quarter of its revenue comes from Brazil.", [{ subject: { text: "its revenue" } }]],
  ["Labour took 41% of the votes cast.", [{ text: "41%" }]],
  // Money before "expansion" is what a project costs, not a rise.
  [
    "The board approved a $3.1 million expansion of the clinic.",
    [{ text: "$3.1 million", change: undefined, subject: { text: "expansion" } }],
  ],
  ["Output posted a 4% expansion in May.", [{ text: "4%", change: { direction: "increase" } }]],
];

export const FIX5_NOUN_PHRASES: Case[] = [
  // "NP of FIGURE" opens at its determiner, and never takes in the verb before it.
  ["The pill will carry a list price of $950.", [{ subject: { text: "a list price" } }]],
  [
    "Brokers at Halden Capital forecast peak annual sales of $3 billion.",
    [{ subject: { text: "peak annual sales" } }],
  ],
  // A possessive determines the noun after money; a period opening "a drop in" is skipped.
  ["The city's $40 million stadium plan stalled.", [{ subject: { text: "stadium plan" } }]],
  [
    "Orsted on Monday reported a 9.4% drop in second-quarter operating profit.",
    [{ subject: { text: "operating profit" }, period: { text: "second-quarter" } }],
  ],
];

export const FIX5_LEGISLATURES: Case[] = [
  // A body passes a bill; it does not exceed the amount.
  ["The Senate passed $900 million in flood aid.", [{ qualifier: "exact" }]],
  ["The death toll passed 1,000 on Monday.", [{ qualifier: "lower_bound" }]],
  // A hyphenated word after money is one word of its noun.
  ["The district took a $96 million short-term loan.", [{ subject: { text: "short-term loan" } }]],
];

export const FIX5_SUBJECT_OPENERS: Case[] = [
  // A participle opening the phrase is its verb, not part of what is measured.
  ["The bank held rates, sending the rupee down 0.8%.", [{ subject: { text: "the rupee" } }]],
  ["Lenders fell, led by Garanti, which slid 3.1%.", [{ subject: { text: "Garanti" } }]],
  ["Revenue rose on higher operating income of $2 billion.", [{ text: "$2 billion" }]],
  // A flow of a commodity measures what flows; a count per day counts its unit.
  [
    "Shipments through the strait averaged 2.1 million barrels per day.",
    [{ subject: { text: "Shipments through the strait" } }],
  ],
  ["The line makes 400 buses a year.", [{ subject: { text: "buses" } }]],
  // The noun phrase a relative clause follows opens after the verb or preposition before it.
  [
    "The cabinet passed a plan aimed at cutting the trade deficit, which reached 4.1% of GDP.",
    [{ subject: { text: "the trade deficit" } }],
  ],
  // (Since session 26 what processes a count holds it.)
  ["The refiner, which processes 300,000 barrels a day, was sold.", [{ subject: { text: "The refiner" } }]],
  // Votes won; a market's closing level after "at".
  ["The Greens won 14.2% in the state election.", [{ subject: { text: "The Greens" } }]],
  [
    "WTI settled down $0.90, or 1.4%, at $61.20 a barrel.",
    [
      { subject: { text: "WTI" } },
      { subject: { text: "WTI" } },
      { text: "$61.20", subject: { text: "WTI" } },
    ],
  ],
  // "a 23% higher risk of X": the risk.
  ["Smokers had a 31% higher risk of stroke.", [{ subject: { text: "risk of stroke" } }]],
];

export const FIX5_SPEAKERS: Case[] = [
  // "added" before a figure is a gain, not speech; "continued" alone reports nothing.
  ["Fanuc added 3.1%, while Kubota fell 0.4%.", [{ speaker: undefined }, { speaker: undefined }]],
  ["Smith added 31 points for Boston.", [{ text: "31 points", speaker: undefined }]],
  ["Sales rose 9% as demand from retailers continued.", [{ speaker: undefined }]],
  [
    '"We will hire 500 people," Ana Ruiz added.',
    [{ text: "500 people", speaker: { name: "Ana Ruiz", mode: "quoted" } }],
  ],
];

export const FIX5_PERIODS: Case[] = [
  // A year after "from"/"compared with" is the change's base, not its period.
  [
    "Rivian delivered 51,000 vehicles in 2025, down 4% from 2024.",
    [{ period: { text: "2025" } }, { text: "4%", period: { text: "2025" }, change: { base: "2024" } }],
  ],
  [
    "Spending hit $9 billion in 2025, a rise of 12 percent compared with 2024.",
    [
      { period: { text: "2025" } },
      { text: "12 percent", period: { text: "2025" }, change: { base: "2024" } },
    ],
  ],
  ["Output rose 3% on 2024.", [{ change: { base: "2024" } }]],
  ["Shares rose 2% on May 10.", [{ period: { text: "May 10" } }]],
  // "the same month last year" is one base.
  [
    "Orders were down 7.5% from the same month last year.",
    [{ period: undefined, change: { base: "the same month last year" } }],
  ],
  // The level a change reached after its base measures the same thing, in the sentence's period.
  [
    "Net profit rose 21% from a year earlier to 3.4 trillion won in the July-September quarter.",
    [
      { subject: { text: "Net profit" }, period: { text: "July-September quarter" } },
      {
        text: "3.4 trillion won",
        subject: { text: "Net profit" },
        period: { text: "July-September quarter" },
      },
    ],
  ],
  ["Sales rose 9% to a record $412 million.", [{}, { text: "$412 million", subject: { text: "Sales" } }]],
];

export const FIX5_MONEY: Case[] = [
  // More currencies of Africa and the Middle East, with or without their country's adjective.
  ["The budget is 2.1 trillion birr.", [{ currency: "ETB", value: 2.1e12 }]],
  ["Copper royalties brought in 9 billion kwacha.", [{ currency: "ZMW" }]],
  ["Lenders are owed 80 trillion Lebanese pounds.", [{ currency: "LBP" }]],
  ["Fuel now costs 400 Sudanese pounds a litre.", [{ currency: "SDG" }]],
  ["It paid 3 million Jordanian dinars.", [{ currency: "JOD" }]],
  ["Kampala set aside USh 2.5 trillion for roads.", [{ currency: "UGX", value: 2.5e12 }]],
  ["Dodoma approved TSh 44 trillion in spending.", [{ currency: "TZS" }]],
  ["Farmgate cocoa rose to GH¢3,100 per bag.", [{ currency: "GHS", value: 3100 }]],
  ["The bond raised GH₵1.5 billion.", [{ currency: "GHS", value: 1.5e9 }]],
  // Currencies of Eastern Europe, Central Asia and Latin America.
  ["Romania will borrow 7 billion lei.", [{ currency: "RON" }]],
  ["Lima raised 3 billion soles.", [{ currency: "PEN" }]],
  ["The lira fell as Ankara sold TL8 billion of bonds.", [{ currency: "TRY", value: 8e9 }]],
  ["Tashkent paid 2 trillion soums.", [{ currency: "UZS" }]],
  ["Dushanbe spent 900 million somoni.", [{ currency: "TJS" }]],
];

export const FIX5_CHANGES: Case[] = [
  // "up" completing a verb leaves "up to" no bound.
  [
    "Joblessness ticked up to 6.2% in March, while inflation crept up to 4%.",
    [
      { text: "6.2%", qualifier: "exact", subject: { text: "Joblessness" } },
      { text: "4%", qualifier: "exact" },
    ],
  ],
  ["Fines run up to $2 million.", [{ qualifier: "upper_bound" }]],
  // More change verbs: a currency's moves, inflation's pace.
  [
    "The rand strengthened 0.6% to 17.9 per dollar.",
    [{ text: "0.6%", change: { direction: "increase" } }, { text: "17.9" }],
  ],
  [
    "The peso depreciated 1.1% on Friday.",
    [{ change: { direction: "decrease" }, subject: { text: "The peso" } }],
  ],
  ["Inflation cooled to 2.8% in June.", [{ subject: { text: "Inflation" } }]],
  // A level passed is no rise; "another" takes the verb's direction.
  [
    "Copper climbed above $11,000 a ton.",
    [{ qualifier: "lower_bound", change: undefined, subject: { text: "Copper" } }],
  ],
  ["The bank will cut another 1,200 jobs.", [{ change: { direction: "decrease" } }]],
  ["The state will spend an additional $40 million.", [{ change: { direction: "increase" } }]],
];

export const FIX5_NONE: Case[] = [
  // Ages: after an agent noun, after "died at", after "she was".
  ["The Brazilian goalkeeper, 41, signed for one season.", []],
  ["The novelist died at 88 in Lisbon.", []],
  ["Her mother ran the farm. She was 79.", []],
  // A range of durations: both ends are durations.
  ["The guidelines call for 51 to 63 months in prison.", []],
  // A number word glued to a name by a hyphen is the name's.
  ["Seven-Eleven opened its doors at dawn.", []],
  // A point opening a number is its decimal point.
  ["She is batting .318 this year.", [{ text: ".318", value: 0.318 }]],
];

export const FIX5_PERIOD_SCOPES: Case[] = [
  // A comma opens a phrase of its own: its figure takes the period after it, not the figures before.
  [
    "The Kospi rose 1.2% to 2,950.3, passing its previous high of 2,940.1 set on Oct. 2.",
    [{ period: undefined }, { period: undefined }, { text: "2,940.1", period: { text: "Oct. 2" } }],
  ],
  // ", where ... ," and ", approved in April," are clauses of their own.
  [
    "In Mobile, where the storm did $4 billion in damage in 2024, the mayor said the city needs $90 million.",
    [{ period: { text: "2024" } }, { text: "$90 million", period: undefined }],
  ],
  [
    "The bridge, approved in March, will cost $2.1 billion.",
    [{ period: undefined, subject: { text: "The bridge" } }],
  ],
  // A record's reach: "since" a few words before the period.
  ["Rents rose 9%, the biggest rise since the reform in 2011.", [{ period: undefined }]],
  // A contrast's period is not the figure's.
  ["Shelling killed 9 people, despite a truce agreed in March 2025.", [{ period: undefined }]],
  // A relative clause with "whose" is a clause of its own: its speaker and period stay in it.
  [
    "Nio, whose founder William Li said on Monday the firm would sell 300,000 cars this year, fell 3.4%.",
    [
      { text: "300,000 cars", period: { text: "this year" } },
      { text: "3.4%", period: undefined, speaker: undefined, subject: { text: "Nio" } },
    ],
  ],
];

export const FIX5_NAMED_UNITS: Case[] = [
  // A capitalized name before the unit noun modifies it.
  ["Some 12,000 Idaho households lost power.", [{ kind: "QUANTITY", unit: "households", value: 12000 }]],
  ["Four Ohio county sheriffs objected.", [{ kind: "QUANTITY", unit: "sheriffs", value: 4 }]],
  ["The party won 61 Assembly seats.", [{ kind: "QUANTITY", unit: "seats", value: 61 }]],
];

export const FIX5_TEMPERATURES: Case[] = [
  // Temperatures carry their scale; a measure's subject is the clause's, not its unit.
  [
    "Temperatures climbed to 45C in Perth.",
    [{ kind: "QUANTITY", unit: "°C", value: 45, subject: { text: "Temperatures" } }],
  ],
  [
    "Phoenix hit 116F on Sunday.",
    [{ kind: "QUANTITY", unit: "°F", value: 116, subject: { text: "Phoenix" } }],
  ],
  ["It was 39°C at noon.", [{ kind: "QUANTITY", unit: "°C", value: 39 }]],
  [
    "The sea warmed by 0.8 degrees Celsius.",
    [{ unit: "°C", change: { direction: "increase" }, subject: { text: "The sea" } }],
  ],
  ["Lake Mead stood at 1,060 feet.", [{ unit: "feet", subject: { text: "Lake Mead" } }]],
  ["The F-35 flew over 40 towns.", [{ text: "40 towns" }]],
];

export const FIX5_AGES_AND_BASES: Case[] = [
  // Ages: the second of a pair after "aged", an age bound after people.
  ["Two women, aged 58 and 63, were rescued.", [{ text: "Two women" }]],
  ["Adults over 70 can book a booster.", []],
  // "below 1990 levels" is a base, not a period nor a quantity of levels.
  ["Output was 12% below 2019 levels in 2025.", [{ text: "12%", period: { text: "2025" } }]],
  // "rose to a record", "accounted for": the clause subject.
  ["Turnout rose to a record 71%.", [{ subject: { text: "Turnout" } }]],
  ["Coal accounted for 38% of the total.", [{ subject: { text: "Coal" } }]],
];
