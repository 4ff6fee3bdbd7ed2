import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found in session 8 (the session-7 backlog and the session-8 testers: sports
 * business, health, technology, agriculture, the Americas and Oceania, Europe, labour, climate), in
 * wording of my own.
 */

const PUB = { publishedAt: "2026-11-20T10:00:00Z" };

export const FIX8_PERIODS: Case[] = [
  // A possessive period dates the figure right after it, and that figure came from the one before.
  [
    "The carmaker sold 150,000 cars this year, up from last year's 120,000.",
    [
      { text: "150,000 cars", period: { text: "this year", from: "2026" } },
      // (What a seller sells is its own count: session 41.)
      {
        text: "120,000",
        period: { text: "last year", from: "2025", to: "2025" },
        subject: { text: "The carmaker" },
      },
    ],
    PUB,
  ],
  [
    "Exports climbed to $5 billion from 2024's $4.1 billion.",
    [
      { text: "$5 billion", period: undefined, subject: { text: "Exports" } },
      { text: "$4.1 billion", period: { text: "2024" }, subject: { text: "Exports" } },
    ],
    PUB,
  ],
  [
    "Last month's deficit of $2 billion was the widest since 2019.",
    [{ text: "$2 billion", period: { text: "Last month", from: "2026-10" } }],
    PUB,
  ],
];

export const FIX8_RANGES: Case[] = [
  // A dash range after a currency prefix keeps its high end (scores and models stay no figures).
  [
    "Tomatoes sold at Rs 60-70 a kilo in Lahore.",
    [{ text: "Rs 60-70", value: 60, high: 70, currency: "INR" }],
  ],
  ["Each unit will be offered at $24-26.", [{ text: "$24-26", value: 24, high: 26, currency: "USD" }]],
  ["Seats cost £35-80 for the final.", [{ text: "£35-80", value: 35, high: 80, currency: "GBP" }]],
  ["Rice costs Tk 62-65 a kg in Dhaka.", [{ text: "Tk 62-65", value: 62, high: 65, currency: "BDT" }]],
  ["Arsenal beat Chelsea 3-1 at home.", []],
  // A year written without a separator before a noun names which ones, not how many.
  ["The lender lifts 2027 targets after a record quarter.", []],
  [
    "Spending in fiscal 2026 totals €9 billion.",
    [{ text: "€9 billion", period: { text: "fiscal 2026" } }],
    PUB,
  ],
  ["The group employs 2,026 people.", [{ kind: "QUANTITY", value: 2026, unit: "people" }]],
];

export const FIX8_SUBJECTS: Case[] = [
  // Modals, helpers and adverbs between a subject and its verb stay out of the subject.
  ["Shipping costs can exceed $9,000 a container.", [{ subject: { text: "Shipping costs" } }]],
  [
    "Pork exports are nonetheless expected to rise to about 600,000 tonnes.",
    [{ subject: { text: "Pork exports" } }],
  ],
  ["Meanwhile land prices in Iowa averaged $11,000 an acre.", [{ subject: { text: "land prices in Iowa" } }]],
  ["Snowfall between December and February totalled 140 cm.", [{ subject: { text: "Snowfall" } }]],
  ["Wheat futures edged down 0.4% on Friday.", [{ subject: { text: "Wheat futures" } }]],
  // What a change noun before "of" changes: the noun between the determiner and it, else the phrase.
  ["Nurses are seeking a wage increase of 7% next year.", [{ subject: { text: "wage" } }]],
  ["The council plans a steeper increase of 4% for 2027.", [{ subject: undefined }]],
  // The object of a verb that moves or caps a level, a plural right before the preposition heading it.
  ["The reform would raise payroll costs by 1.8%.", [{ subject: { text: "payroll costs" } }]],
  [
    "The bill would cap yearly tuition increases at 3%.",
    [{ qualifier: "upper_bound", subject: { text: "yearly tuition increases" } }],
  ],
  ["The regulator limits card fees to 0.3%.", [{ qualifier: "upper_bound", subject: { text: "card fees" } }]],
  ["Bonuses are limited to 2%.", [{ qualifier: "upper_bound", subject: { text: "Bonuses" } }]],
];

export const FIX8_AHEAD: Case[] = [
  // Spans ahead of publication, and sports seasons (their text only: a season runs across years).
  [
    "The agency needs a further $25 million over the next six months.",
    // (Session 18: what a thing needs measures it, as what it gets or requires does; this asserted no subject.)
    [
      {
        period: { text: "next six months", from: "2026-11", to: "2027-05" },
        subject: { text: "The agency" },
      },
    ],
    PUB,
  ],
  [
    "The club's revenue rose 8% to €410m last season.",
    [{ period: { text: "last season" } }, { period: { text: "last season" } }],
    PUB,
  ],
  ["Ticket income should reach £90m this season.", [{ period: { text: "this season" } }], PUB],
];

export const FIX8_STARTS: Case[] = [
  // In a future clause, "from <date>" is when a change starts, not its base.
  [
    "Fares will rise 4% from March 1.",
    [{ change: { direction: "increase", measure: "relative" }, period: { text: "from March 1" } }],
    PUB,
  ],
  [
    "Output is expected to fall 2% from 2025 levels.",
    [{ change: { direction: "decrease", base: "2025" } }],
    PUB,
  ],
  // A period before a noun dates the noun, even right after "reported".
  [
    "The bank reported second-quarter profit of $2 billion.",
    [{ period: { text: "second-quarter", from: "2026-04" } }],
    PUB,
  ],
];

export const FIX8_EVENT_DATES: Case[] = [
  // A date of an event named around the figure is not the figure's period.
  [
    "Under a law passed in 2021, banks can be fined up to 4% of turnover.",
    [{ text: "4%", period: undefined }],
    PUB,
  ],
  [
    "Veltrix, set up in 2015 by a group of surgeons, now has 410 staff.",
    // (Since session 17 "now" before the verb dates the standing level: the month of publication.)
    [{ text: "410 staff", period: { text: "now" } }],
    PUB,
  ],
  [
    "The 30,000-seat ground, due to open in 2029, will cost $900 million.",
    [
      { text: "30,000-seat", kind: "QUANTITY", unit: "seat" },
      { text: "$900 million", period: undefined },
    ],
    PUB,
  ],
  [
    "The channel pays £40m a season under a contract agreed in 2023.",
    [{ text: "£40m", period: undefined }],
    PUB,
  ],
  [
    "In March it agreed to buy Corvid for $3 billion, a deal that closed in August.",
    [{ text: "$3 billion", period: { text: "March" } }],
    PUB,
  ],
  [
    "The index is still 12% below its record of 210 points reached in June 2021.",
    [
      { text: "12%", period: undefined },
      { text: "210 points", period: { text: "June 2021" } },
    ],
    PUB,
  ],
  [
    "Shares rose 2.1% to 45.10 francs, their third straight gain this week.",
    [
      { text: "2.1%", period: undefined },
      { text: "45.10 francs", period: undefined },
    ],
    PUB,
  ],
  [
    "Drivers walked out in Nairobi in June, demanding a 20% fare rise.",
    [{ text: "20%", period: undefined }],
    PUB,
  ],
  [
    "Net profit fell 8% in the first half, hurt by levies of 30 percent on imports.",
    [
      { text: "8%", period: { text: "first half" } },
      { text: "30 percent", period: undefined },
    ],
    PUB,
  ],
  [
    "Unemployment was 5.2% in September, above the government's 4% goal.",
    [
      { text: "5.2%", period: { text: "September" } },
      { text: "4%", period: undefined },
    ],
    PUB,
  ],
  // ... while a figure that heads the clause keeps its date, and a survey's dates are its figures'.
  [
    "Attendance fell to 80,000, half the 160,000 it drew in 2022.",
    [{ text: "80,000" }, { text: "160,000", period: { text: "2022" } }],
    PUB,
  ],
  [
    "The survey, conducted between Oct. 2 and Oct. 6, put support at 44%.",
    [{ text: "44%", period: { text: "Oct. 2 and Oct. 6" } }],
    PUB,
  ],
  [
    "Revenue reached €2 billion in 2025, including €300 million from licences.",
    [{ text: "€2 billion" }, { text: "€300 million", period: { text: "2025" } }],
    PUB,
  ],
  // "first quarterly", "second monthly" are no periods.
  ["Sales rose 4%, their first quarterly gain in a year.", [{ text: "4%", period: undefined }], PUB],
];

export const FIX8_PAIRS: Case[] = [
  // A figure after "and" with only a place or a period after the one before changes the same way.
  [
    "Nickel output rose 6% in Indonesia and 2% in the Philippines.",
    [
      { text: "6%", change: { direction: "increase" }, subject: { text: "Nickel output" } },
      { text: "2%", change: { direction: "increase" }, subject: { text: "Nickel output" } },
    ],
  ],
  [
    "Home sales fell 3.1% in October and by 9% from a year earlier.",
    [
      { text: "3.1%", change: { direction: "decrease" } },
      {
        text: "9%",
        change: { direction: "decrease", base: "a year earlier" },
        subject: { text: "Home sales" },
      },
    ],
  ],
  [
    "The bank sees growth of 1.4% this year and 1.7% next.",
    [
      { text: "1.4%", period: { text: "this year", from: "2026" } },
      { text: "1.7%", period: { text: "next", from: "2027", to: "2027" } },
    ],
    PUB,
  ],
  // "and" before a new object: the verb of the figure before governs it.
  [
    "The central bank raised its repo rate to 6.5% and its reverse repo rate to 3.35%.",
    [{ subject: { text: "its repo rate" } }, { subject: { text: "its reverse repo rate" } }],
  ],
  ["Polls put Labour at 29% and Reform at 31%.", [{}, { subject: { text: "Reform" } }]],
  // ... but not a new clause, nor a share that opens one.
  [
    "Sales rose 5% in 2025 and 12% of revenue came from Asia.",
    [{}, { change: undefined, subject: { text: "revenue" } }],
  ],
];

export const FIX8_UNITS: Case[] = [
  // Measures of grain, rain and medicine: the unit is what is counted in, the clause subject what is measured.
  [
    "Brazil's soybean crop is seen at 6.1 billion bushels.",
    [{ kind: "QUANTITY", unit: "bushels", subject: { text: "Brazil's soybean crop" } }],
  ],
  [
    "Cocoa arrivals reached 1.2 million bags.",
    [{ kind: "QUANTITY", unit: "bags", subject: { text: "Cocoa arrivals" } }],
  ],
  [
    "Rainfall in Chennai totalled 310 millimetres in October.",
    [{ kind: "QUANTITY", unit: "millimetres", subject: { text: "Rainfall in Chennai" } }],
  ],
  [
    "Each capsule holds 250 mg of the drug.",
    [{ kind: "QUANTITY", value: 250, unit: "mg", subject: { text: "the drug" } }],
  ],
  ["Systolic pressure dropped to 131 mmHg.", [{ kind: "QUANTITY", unit: "mmHg" }]],
  ["Output averaged 95,000 boepd in the quarter.", [{ kind: "QUANTITY", unit: "boepd" }]],
  // Rates of yield and concentration keep their "per".
  [
    "Maize yields averaged 5.4 tonnes per hectare.",
    [{ unit: "tonnes per hectare", subject: { text: "Maize yields" } }],
  ],
  [
    "Ozone levels reached 82 parts per billion.",
    [{ unit: "parts per billion", subject: { text: "Ozone levels" } }],
  ],
  // "an average of", "a total of" stand between the verb and its figure.
  ["Household debt rose to an average of $9,400.", [{ subject: { text: "Household debt" } }]],
  ["The contract is worth a total of €2.3 billion.", [{ subject: { text: "The contract" } }]],
];

export const FIX8_LEVELS: Case[] = [
  // "below"/"above" a norm is a change measured against it.
  [
    "Reservoir levels were 35% below normal in August.",
    [{ change: { direction: "decrease", base: "normal" }, period: { text: "August" } }],
    PUB,
  ],
  [
    "Air traffic is still 9% below pre-pandemic levels.",
    [{ change: { direction: "decrease", base: "pre-pandemic levels" }, subject: { text: "Air traffic" } }],
  ],
  [
    "Spain's emissions were 28% below 2005 levels last year.",
    [{ change: { direction: "decrease", base: "2005 levels" }, period: { text: "last year" } }],
    PUB,
  ],
  [
    "Ocean temperatures were 1.1C above the 1991-2020 average in March.",
    [{ change: { direction: "increase", base: "the 1991-2020 average" }, period: { text: "March" } }],
    PUB,
  ],
  [
    "The stock trades 45% below its 2021 listing price of $30.",
    [{ change: { direction: "decrease", base: "its 2021 listing price" } }, { text: "$30" }],
  ],
  [
    "Wheat sold at $240 a tonne, about $15 below prices a month ago.",
    [{ text: "$240" }, { text: "$15", change: { direction: "decrease", base: "prices a month ago" } }],
  ],
  // "rose above 3%" passes a level.
  ["Inflation rose above 3% in May.", [{ change: undefined, qualifier: "lower_bound" }], PUB],
];

export const FIX8_SPEAKERS: Case[] = [
  // An acronym in capitals ends its sentence: the source is the acronym, not the next sentence's first word.
  [
    "Inflation was 4%, according to the ECB. Wages rose 3% in 2025.",
    [
      { text: "4%", speaker: { name: "ECB" } },
      { text: "3%", speaker: undefined },
    ],
  ],
  // A kind of source that opens the sentence is no named speaker, nor part of the subject.
  ["Landlords say rents will rise 6% next year.", [{ speaker: undefined, subject: { text: "rents" } }]],
  ["IDC estimates Xiaomi held 14% of the market.", [{ subject: { text: "Xiaomi" } }]],
  // An estimate that ends the sentence attributes it.
  ["Some 40,000 homes lack power, the utility regulator Ofwat estimates.", [{ speaker: { name: "Ofwat" } }]],
  // The agent of a participle inside the subject does not speak.
  ["A letter seen by Reuters said the fee would be $4,000.", [{ speaker: undefined }]],
  // A phrasal verb's object before its particle.
  ["The strike could push freight rates up by 20%.", [{ subject: { text: "freight rates" } }]],
];

export const FIX8_ABOUT: Case[] = [
  // "over" after a word of dispute means "about", no bound.
  ["Nurses went on strike over $2 billion in back pay.", [{ qualifier: "exact" }]],
  ["Ministers clash over 300 billion euro farm fund", [{ qualifier: "exact" }]],
  ["The firm hired over 300 staff.", [{ qualifier: "lower_bound" }]],
];

export const FIX8_AMOUNTS: Case[] = [
  // Money gained or lost is an amount, not a change.
  ["The insurer booked a $1.4 billion gain on the sale.", [{ change: undefined }]],
  ["The carmaker posted a 45 billion yen loss.", [{ change: undefined }]],
  ["Revenue fell by $2 billion.", [{ change: { direction: "decrease" } }]],
  // "by a record X to Y": the change, then the level reached.
  [
    "Tolls rose by a record $1.10 to $6.60.",
    [
      { text: "$1.10", change: { direction: "increase" } },
      { text: "$6.60", change: undefined },
    ],
  ],
];

export const FIX8_CLAUSES: Case[] = [
  // "a further" keeps the verb's direction, past its article.
  ["Copper fell a further 2% on Friday.", [{ change: { direction: "decrease" } }]],
  ["The bank lowered rates by a further 50 basis points.", [{ change: { direction: "decrease" } }]],
  // A reported clause does not run across ", while" into another subject's clause.
  [
    "Ford said it would cut 1,000 jobs, while rival GM plans to hire 500 workers.",
    [{ speaker: { name: "Ford" } }, { speaker: undefined }],
  ],
  // Relative words, list marks and rates are no part of a subject.
  [
    "Protests spread to Dhaka, where the number of strikes rose by 30%.",
    [{ subject: { text: "the number of strikes" } }],
  ],
  ["Highlights:\n• Net sales up 4% on the year", [{ subject: { text: "Net sales" } }]],
  ["Cleaners will get an extra 40 euros a month.", [{ subject: undefined }]],
];

export const FIX8_ELIDED: Case[] = [
  // A bare number tied to the money or quantity before it shares its currency or unit.
  [
    "Profit rose to 2.3 billion Swedish crowns from 1.9 billion a year earlier.",
    [{ currency: "SEK" }, { kind: "MONEY", text: "1.9 billion", currency: "SEK" }],
  ],
  [
    "Net sales were 6.2 billion euros, above the 5.9 billion expected by analysts.",
    [{ currency: "EUR" }, { kind: "MONEY", currency: "EUR" }],
  ],
  [
    "The harvest fell to 310 million bushels from 345 million.",
    [{ unit: "bushels" }, { kind: "QUANTITY", unit: "bushels" }],
  ],
  // ... not a level after points or ticks, nor a number after "and".
  ["The index fell 300 points to 18,000.", [{}, { kind: "NUMBER" }]],
  ["Costs were $4 billion and 3 closed.", [{}, { kind: "NUMBER" }]],
];

export const FIX8_REPORTS: Case[] = [
  // Verbs of earning, spending and contributing take their clause subject.
  ["Each visitor spends £30 at the fair.", [{ subject: { text: "Each visitor" } }]],
  ["The pension fund returned 4.1% last year.", [{ subject: { text: "The pension fund" } }], PUB],
  // A share right after a reporting verb measures what it is a share of.
  ["The survey showed 62% of nurses planned to leave.", [{ subject: { text: "nurses" } }]],
  // When something was said or published is not when its figures hold.
  ["The minister told MPs in June that the scheme would cost £30m.", [{ period: undefined }], PUB],
  ["A 2022 study found that each visitor spends €60 a day.", [{ period: undefined }], PUB],
];
