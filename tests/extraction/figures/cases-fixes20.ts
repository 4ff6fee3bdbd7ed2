import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 20, in wording of my own. */

export const FIX20_GLUED_YEAR_EDGES: Case[] = [
  // "end-2025" is the year's December, as "the end of 2025" is; "start-2026" its January.
  [
    "Public debt rose to 61% of GDP at end-2025.",
    [{ text: "61%", period: { text: "end-2025", from: "2025-12", to: "2025-12" } }],
  ],
  [
    "Deposits reached $2 billion at start-2026.",
    [{ text: "$2 billion", period: { text: "start-2026", from: "2026-01", to: "2026-01" } }],
  ],
];

export const FIX20_WITHIN_HORIZONS: Case[] = [
  // "within" a number of months or years, in a sentence about the future, is a span from publication.
  [
    "The lender aims to sign up 5 million borrowers within two years.",
    [{ text: "5 million borrowers", period: { text: "within two years", from: "2026-11", to: "2028-11" } }],
    { publishedAt: "2026-11-20" },
  ],
  // ... not a standard met, nor an outcome already seen.
  [
    "About 75% of graduates found jobs within six months.",
    [{ text: "75%", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Some 85% of patients will be treated within 62 days.",
    [{ text: "85%", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX20_HEADLINE_PERCENT_OBJECTS: Case[] = [
  // A headline's percentage right after its verb measures the noun that ends the object.
  ["Dutch pension fund posts 4.1% annual return", [{ text: "4.1%", subject: { text: "annual return" } }]],
  ["Telkom eyes 8% dividend for 2027", [{ text: "8%", subject: { text: "dividend" } }]],
  // ... only in a headline: a body's "received 62% support" keeps the clause's subject.
  [
    "The say-on-pay proposal received 62% support, down from 89% last year.",
    [
      { text: "62%", subject: { text: "say-on-pay proposal" } },
      { text: "89%", subject: { text: "say-on-pay proposal" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // ... not a change noun, a holding, nor the change of a verb.
  [
    "Steel imports captured an 18% share of the market.",
    [{ text: "18%", subject: { text: "Steel imports" } }],
  ],
  // No subject runs from a headline into the paragraph under it.
  [
    "Kenya posts 5.1% growth in third quarter\n\nNAIROBI, Nov 20 (Reuters) - The economy grew.",
    [{ text: "5.1%", subject: undefined }],
  ],
  [
    "Fares fell roughly 6 per cent amid intense competition.",
    [{ text: "6 per cent", subject: { text: "Fares" } }],
  ],
];

export const FIX20_CLOCK_TIMES: Case[] = [
  // A time of day written British style, and a zone's offset, are no figures.
  ["Nov 20, 2026 - 11.42am", []],
  ["November 11, 2026 at 3:12 PM GMT+9", []],
  ["Doors open at 7.30 p.m. and tickets cost $25.", [{ text: "$25", value: 25 }]],
];

export const FIX20_SUBJECT_BEFORE_MONEY: Case[] = [
  // A subject read after a count ends before the money that follows it, and the words that lead to it.
  [
    "Police seized 1,340 kilos of shabu worth about P9.1 billion.",
    [{ text: "1,340 kilos", subject: { text: "shabu" } }, { text: "P9.1 billion" }],
  ],
  [
    "The firm owns 348 properties in Gauteng valued at R76.2bn.",
    [{ text: "348 properties", subject: { text: "The firm" } }, { text: "R76.2bn" }],
  ],
];

export const FIX20_JOB_CUT_VERBS: Case[] = [
  // Laying off, axing and eliminating jobs are cuts, as "cut 1,800 jobs" is.
  [
    "The brewer will lay off about 1,200 workers.",
    [{ text: "1,200 workers", change: { direction: "decrease", measure: "absolute" } }],
  ],
  ["Whirlpool to axe 1,800 jobs", [{ text: "1,800 jobs", change: { direction: "decrease" } }]],
  // "on" a place or an exchange is no base; "on" a period or a level compared is.
  [
    "Dow will eliminate about 900 jobs on the U.S. Gulf Coast.",
    [{ text: "900 jobs", change: { direction: "decrease", base: undefined } }],
  ],
  [
    "Its shares rose 2.1 per cent on the Dubai Financial Market.",
    [{ text: "2.1 per cent", change: { direction: "increase", base: undefined } }],
  ],
  [
    "Average attendance was 9,200, up 12% on the season before.",
    [{ text: "9,200" }, { text: "12%", change: { base: "the season before" } }],
  ],
];

export const FIX20_OWN_DOLLARS: Case[] = [
  // Guyana's dollar written "G$"; converted once into a bare "$", the story's other bare dollars are U.S.
  [
    "Government spending rose to G$1.38 trillion ($6.6 billion). Exxon has spent more than $60 billion.",
    [
      { text: "G$1.38 trillion", currency: "GYD" },
      { text: "$6.6 billion", currency: "USD" },
      { text: "$60 billion", currency: "USD" },
    ],
  ],
];

export const FIX20_COMPARED_COUNTS: Case[] = [
  // A bare level compared takes the unit of the count before, past a predicate of the count and past the
  // change that restates it.
  [
    "Police said 112 people died in road accidents in the first half, against 98 a year earlier.",
    [{ text: "112 people" }, { text: "98", kind: "QUANTITY", unit: "people" }],
  ],
  [
    "Figures showed 1,633 people were killed on roads in 2025, down 3% from 1,682 in 2024.",
    [{ text: "1,633 people" }, { text: "3%" }, { text: "1,682", kind: "QUANTITY", unit: "people" }],
  ],
  [
    "There were 1,427 fatalities, 15.4% fewer than the 1,686 a year before.",
    [
      { text: "1,427 fatalities" },
      { text: "15.4%" },
      { text: "1,686", kind: "QUANTITY", unit: "fatalities" },
    ],
  ],
  [
    "Rail carried 1.66bn journeys, still 4% below the 1.74bn recorded in 2018-19.",
    [{ text: "1.66bn journeys" }, { text: "4%" }, { text: "1.74bn", kind: "QUANTITY", unit: "journeys" }],
  ],
];

export const FIX20_THROUGH_SPANS: Case[] = [
  // "from January through June" is the months from one to the other, as "from January to June" is.
  [
    "About 17,140 people died from January through June.",
    [{ text: "17,140 people", period: { text: "January through June", from: "2026-01", to: "2026-06" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX20_UNITS_TO_A_MONTH: Case[] = [
  // Quarters and years counted "to" a month are a span that ends there, as months are.
  [
    "Trade was £57.3bn in the four quarters to the end of June 2026.",
    [{ text: "£57.3bn", period: { from: "2025-07", to: "2026-06" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The railway will invest ¥2.38 trillion over the three years to March 2028.",
    [{ text: "¥2.38 trillion", period: { from: "2025-04", to: "2028-03" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX20_FROM_A_TIME_AHEAD: Case[] = [
  // In a sentence about the future, "from" a time ahead opens the period.
  [
    "It expects annual savings of about $90 million from 2028.",
    [{ text: "$90 million", period: { text: "from 2028", from: "2028", to: undefined } }],
    { publishedAt: "2026-11-20" },
  ],
  // ... not a span from one time to another.
  [
    "The tariff will rise to 28.11 cents from Jan 1 to March 31, 2027.",
    [{ text: "28.11 cents", period: { from: "2027-01-01", to: "2027-03-31" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX20_PARTS_OF_NOUN_WHOLES: Case[] = [
  // A bare count before "of the" whole that carries no number counts the plural noun ending the whole.
  ["Around 3,100 of the cuts would fall in Germany.", [{ text: "3,100", kind: "QUANTITY", unit: "cuts" }]],
  [
    "The airline will retire 12 of its oldest aircraft.",
    [{ text: "12", kind: "QUANTITY", unit: "aircraft" }],
  ],
  [
    "The grant goes to 37 of Africa's poorest countries.",
    [{ text: "37", kind: "QUANTITY", unit: "countries" }],
  ],
  // ... the unit only where a holder accounts for the part: the holder stays the subject.
  [
    "Gauteng accounted for 1,710 of the murders.",
    [{ text: "1,710", unit: "murders", subject: { text: "Gauteng" } }],
  ],
  // ... not a total or a time.
  ["About 40 of the total were sold.", [{ text: "40", kind: "NUMBER", unit: undefined }]],
];

export const FIX20_MONEY_GOING_TO: Case[] = [
  // Money that goes to something measures it, after a determiner, after "with", and whatever follows "to".
  [
    "The remaining $250 million will go to a women's jobs programme.",
    [{ text: "$250 million", subject: { text: "a women's jobs programme" } }],
  ],
  [
    "The budget is Sh45 billion, with Sh31.2 billion going to salaries and allowances.",
    [{ text: "Sh45 billion" }, { text: "Sh31.2 billion", subject: { text: "salaries and allowances" } }],
  ],
  [
    "P172.4 billion will go to personnel services.",
    [{ text: "P172.4 billion", subject: { text: "personnel services" } }],
  ],
  // ... and money spent "a combined" amount on something.
  [
    "The states spent a combined 164.8 billion reais on public security.",
    [{ text: "164.8 billion reais", subject: { text: "public security" } }],
  ],
];

export const FIX20_LEDE_PARTICIPLES: Case[] = [
  // "tax increases expected in the Budget" describes a noun: the lede still names the story's month, and a
  // later result with no period of its own takes it.
  [
    "LONDON, Nov 30 (Reuters) - British consumers borrowed an extra 1.76 billion pounds in October, as households bought ahead of tax increases expected in the Budget.\n\nBorrowing on credit cards rose by 820 million pounds.",
    [
      { text: "1.76 billion pounds", period: { from: "2026-10" } },
      { text: "820 million pounds", period: { from: "2026-10", to: "2026-10" } },
    ],
    { publishedAt: "2026-11-30" },
  ],
];

export const FIX20_LONG_HEADLINES: Case[] = [
  // A long headline with no sentence's end is no lede: the lede under it names the story's period.
  [
    "NSW prison costs climb to $446 a day per inmate as remand numbers hit record\n\nSYDNEY, Nov 26 AAP - Keeping an adult in a NSW prison cost an average of $446.20 a day in 2025-26.\n\nNet operating expenditure rose to $2.07 billion.",
    [
      { text: "$446" },
      { text: "$446.20" },
      { text: "$2.07 billion", period: { text: "2025-26", carried: true } },
    ],
    { publishedAt: "2026-11-26" },
  ],
];

export const FIX20_RELATIVE_LISTS: Case[] = [
  // A relative clause that lists things between the subject and its verb is passed, commas and all.
  [
    "Contact crimes, which include murder, sexual offences, assault and robbery, declined 2.9% to 148,790 cases.",
    [
      { text: "2.9%", subject: { text: "Contact crimes" } },
      { text: "148,790 cases", subject: { text: "Contact crimes" } },
    ],
  ],
  [
    "Core inflation, which excludes energy, food, alcohol and tobacco, fell to 3.2%.",
    [{ text: "3.2%", subject: { text: "Core inflation" } }],
  ],
  // ... not a clause of its own after the list ("and in transportation, down 11,000").
  [
    "Losses were concentrated in manufacturing, which cut 26,000 positions, and in transportation and warehousing, down 11,000.",
    [{ text: "26,000 positions" }, { text: "11,000", subject: { text: "positions" } }],
  ],
];

export const FIX20_QUOTED_POUNDS_AND_DOLLARS: Case[] = [
  // A pound or a dollar that its nationality or country names is quoted against the dollar like the naira.
  [
    "The Egyptian pound traded at 48.9 to the dollar.",
    [{ text: "48.9", kind: "MONEY", currency: "EGP", unit: "to the dollar" }],
  ],
  [
    "The Singapore dollar traded at 1.2985 per US dollar.",
    [{ text: "1.2985", kind: "MONEY", currency: "SGD", unit: "per US dollar" }],
  ],
  // ... not sterling or the Australian dollar, quoted in dollars.
  ["The pound fell to 1.2650 against the dollar.", [{ text: "1.2650", kind: "NUMBER", currency: undefined }]],
];

export const FIX20_A_QUARTER_EARLIER: Case[] = [
  // "a quarter earlier" is the quarter before the sentence's, no figure 0.25.
  [
    "The ratio eased to 36.9% in the third quarter, down from 37.3% a quarter earlier.",
    [
      { text: "36.9%", period: { from: "2026-07", to: "2026-09" } },
      { text: "37.3%", period: { text: "a quarter earlier", from: "2026-04", to: "2026-06" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX20_GLUED_CODES_WITH_SCALES: Case[] = [
  // Any currency code glued to an amount with its scale word is money; "COP30" without one names a summit.
  [
    "Investment of about VND42 trillion was pledged.",
    [{ text: "VND42 trillion", kind: "MONEY", currency: "VND", value: 42e12 }],
  ],
  ["The COP30 summit drew 50,000 people.", [{ text: "50,000 people" }]],
];

export const FIX20_DASHED_SCALE_LETTERS: Case[] = [
  // Philippine headlines join a scale's letter to the amount with a dash: "P6.5-B" is 6.5 billion pesos.
  ["PhilSA seeks P2.8-B budget for 2027", [{ text: "P2.8-B", kind: "MONEY", currency: "PHP", value: 2.8e9 }]],
];

export const FIX20_LEDE_MONTH_ENDS: Case[] = [
  // A lede's "at the end of September" names the story's month: later results with none take it.
  [
    "MEXICO CITY, Nov 27 (AP) - Mexicans owed banks 612.4 billion pesos on credit cards at the end of September, 11.8% more than a year earlier.\n\nThe broader consumer credit portfolio reached 1.73 trillion pesos.",
    [
      { text: "612.4 billion pesos" },
      { text: "11.8%" },
      {
        text: "1.73 trillion pesos",
        period: { text: "end of September", from: "2026-09", to: "2026-09", carried: true },
      },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX20_CLOSE_MONEY_RANGES: Case[] = [
  // Money after "by" then "to" a level under one and a half times it is a range, not a change and a level.
  [
    "Adult card fares will increase by 10 cents to 11 cents per journey.",
    [{ text: "10 cents to 11 cents", value: 0.1, high: 0.11, change: { direction: "increase" } }],
  ],
  // ... a level further off is the level reached.
  ["It cut its price by $1.20 to $3.40.", [{ text: "$1.20", high: undefined }, { text: "$3.40" }]],
];

export const FIX20_CROSSING_BOUNDS: Case[] = [
  // "crossing" a level is passing it, as "crosses" is.
  [
    "Bilateral trade seen crossing USD 200 bn by 2030",
    [{ text: "USD 200 bn", qualifier: "lower_bound", subject: { text: "Bilateral trade" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIXES20: Case[] = [
  ...FIX20_CROSSING_BOUNDS,
  ...FIX20_CLOSE_MONEY_RANGES,
  ...FIX20_LEDE_MONTH_ENDS,
  ...FIX20_DASHED_SCALE_LETTERS,
  ...FIX20_GLUED_CODES_WITH_SCALES,
  ...FIX20_A_QUARTER_EARLIER,
  ...FIX20_QUOTED_POUNDS_AND_DOLLARS,
  ...FIX20_RELATIVE_LISTS,
  ...FIX20_LONG_HEADLINES,
  ...FIX20_LEDE_PARTICIPLES,
  ...FIX20_MONEY_GOING_TO,
  ...FIX20_PARTS_OF_NOUN_WHOLES,
  ...FIX20_FROM_A_TIME_AHEAD,
  ...FIX20_UNITS_TO_A_MONTH,
  ...FIX20_THROUGH_SPANS,
  ...FIX20_COMPARED_COUNTS,
  ...FIX20_OWN_DOLLARS,
  ...FIX20_JOB_CUT_VERBS,
  ...FIX20_SUBJECT_BEFORE_MONEY,
  ...FIX20_CLOCK_TIMES,
  ...FIX20_GLUED_YEAR_EDGES,
  ...FIX20_WITHIN_HORIZONS,
  ...FIX20_HEADLINE_PERCENT_OBJECTS,
];
