import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 17, in wording of my own. */

export const FIX17_LISTED_CONTENTS: Case[] = [
  // Money listed after money that named its content after "of" names its own; a term glued to its unit
  // ("10-year") opens the noun phrase.
  [
    "The Treasury will auction $48 billion of two-year notes, $44 billion of 7-year notes and $16 billion of 20-year bonds.",
    [
      { text: "$48 billion", subject: { text: "two-year notes" } },
      { text: "$44 billion", subject: { text: "7-year notes" } },
      { text: "$16 billion", subject: { text: "20-year bonds" } },
    ],
  ],
  [
    "Kenya raised $900 million in 12-year bonds.",
    [{ text: "$900 million", subject: { text: "12-year bonds" } }],
  ],
];

export const FIX17_COMMA_LISTS: Case[] = [
  // A figure after a comma, with only a place or a period after the one before, changes as it did when
  // the list goes on.
  [
    "Exports rose 5% in October, 3% in November and 2% in December.",
    [
      { text: "5%", change: { direction: "increase" }, subject: { text: "Exports" } },
      {
        text: "3%",
        change: { direction: "increase" },
        subject: { text: "Exports" },
        period: { text: "November" },
      },
      {
        text: "2%",
        change: { direction: "increase" },
        subject: { text: "Exports" },
        period: { text: "December" },
      },
    ],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Rents fell 4% in Lagos, 2.5% in Abuja and 1% in Kano.",
    [
      { text: "4%", change: { direction: "decrease" }, subject: { text: "Rents" } },
      { text: "2.5%", change: { direction: "decrease" }, subject: { text: "Rents" } },
      { text: "1%", change: { direction: "decrease" }, subject: { text: "Rents" } },
    ],
  ],
  // ... not when the list ends at it.
  [
    "Exports rose 5% in October, 3% short of the target.",
    [{ text: "5%" }, { text: "3%", change: undefined }],
  ],
];

export const FIX17_DAY_FIRST_DATES: Case[] = [
  // A day written before its month is that day; spans of weeks may end on one.
  [
    "Turnover rose 6% on 14 October.",
    [{ text: "6%", period: { text: "14 October", from: "2026-10-14", to: "2026-10-14" } }],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Shares fell 2% on 12 May 2025.",
    [{ text: "2%", period: { text: "12 May 2025", from: "2025-05-12", to: "2025-05-12" } }],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Sales rose 7% in the 26 weeks to 28 September.",
    [{ text: "7%", period: { text: "26 weeks to 28 September", from: "2026-03-31", to: "2026-09-28" } }],
    { publishedAt: "2026-11-27" },
  ],
  // ... not a day that the month has not ("31 February"), nor "May" the verb.
  ["Output could 12 May rise 3%.", [{ text: "3%", period: undefined }], { publishedAt: "2026-11-27" }],
];

export const FIX17_DAY_SPANS: Case[] = [
  // "from" a day "to" a day is the figure's span, not a base.
  [
    "Comparable sales rose 4.1% from July 1 to November 16.",
    [
      {
        text: "4.1%",
        change: { direction: "increase", measure: "relative" },
        period: { text: "July 1 to November 16", from: "2026-07-01", to: "2026-11-16" },
      },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX17_LISTED_PERIODS: Case[] = [
  // The period a preposition leads to after a figure is its own, past a determiner; an ordinal alone
  // stands for the part of the year named before it.
  [
    "Unemployment rose to 5.3% in the second quarter from 5.0% in the first quarter.",
    [
      { text: "5.3%", period: { text: "second quarter" } },
      { text: "5.0%", period: { text: "first quarter", from: "2026-01", to: "2026-03" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Margins fell 3% in the first quarter and 5% in the second.",
    [
      { text: "3%", period: { text: "first quarter" } },
      { text: "5%", period: { text: "second", from: "2026-04", to: "2026-06" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Profit rose 3% in the first half and 5% in the second, the company said.",
    [
      { text: "3%", period: { text: "first half" } },
      { text: "5%", period: { text: "second", from: "2026-07", to: "2026-12" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX17_LISTED_LEVELS: Case[] = [
  // Levels listed with only a place or a period after each measure the same thing.
  [
    "Inflation was 2.1% in Germany, 0.9% in France and 1.8% in Italy.",
    [
      { text: "2.1%", subject: { text: "Inflation" } },
      { text: "0.9%", subject: { text: "Inflation" } },
      { text: "1.8%", subject: { text: "Inflation" } },
    ],
  ],
  [
    "Vacancy rates stood at 8% in Sydney and 11% in Melbourne.",
    [
      { text: "8%", subject: { text: "Vacancy rates" } },
      { text: "11%", subject: { text: "Vacancy rates" } },
    ],
  ],
  // ... not a figure with a clause of its own.
  [
    "Turnout was 61% in Lagos and 1.2 million people voted in Kano.",
    [
      { text: "61%", subject: { text: "Turnout" } },
      { text: "1.2 million people", subject: { text: "people" } },
    ],
  ],
];

export const FIX17_CREDITED_DATELINES: Case[] = [
  // A dateline with an agency's credit and no dash: its date is no period, its credit no subject.
  [
    "NEW DELHI, Nov 16 (PTI) India's merchandise exports rose 5.2 per cent in October.",
    [{ text: "5.2 per cent", subject: { text: "India's merchandise exports" }, period: { text: "October" } }],
    { publishedAt: "2026-11-16" },
  ],
];

export const FIX17_SUBJECT_ASIDES: Case[] = [
  // The subject stands before a period tied to it, a participle aside with its adverb, or a "--" aside.
  [
    "Revenue for the quarter ended Oct. 31 rose 27% to $4.1 billion.",
    [
      { text: "27%", subject: { text: "Revenue" }, period: { text: "quarter ended Oct. 31" } },
      { text: "$4.1 billion", subject: { text: "Revenue" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Operating profit for the six months to Sept. 30 fell 12%.",
    [{ text: "12%", subject: { text: "Operating profit" }, period: { text: "six months to Sept. 30" } }],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Services inflation, closely watched by the central bank, dropped to 4.1%.",
    [{ text: "4.1%", subject: { text: "Services inflation" } }],
  ],
  [
    "Ticket revenue -- the industry's main gauge -- fell 4% last year.",
    [{ text: "4%", subject: { text: "Ticket revenue" } }],
    { publishedAt: "2026-11-27" },
  ],
  // ... not after a verb, nor past an adverb and an adjective.
  [
    "The minister pledged in June to lift spending to 2 per cent of GDP.",
    [{ text: "2 per cent", subject: { text: "spending" } }],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX17_QUOTED_RATES: Case[] = [
  // A bare number quoted against another currency, measuring a currency, is an amount of that currency;
  // the level compared is quoted alike.
  [
    "The naira weakened to 1,452 per dollar, compared with 1,431 a week earlier.",
    [
      { text: "1,452", kind: "MONEY", currency: "NGN", unit: "per dollar", subject: { text: "The naira" } },
      { text: "1,431", kind: "MONEY", currency: "NGN", unit: "per dollar" },
    ],
  ],
  [
    "The Indian rupee ended at 88.72 against the U.S. dollar.",
    [{ text: "88.72", kind: "MONEY", currency: "INR", unit: "against the U.S. dollar" }],
  ],
  // ... not a currency quoted as the dollars it buys, nor a number of something else.
  ["The euro rose to 1.16 against the dollar.", [{ text: "1.16", kind: "NUMBER", currency: undefined }]],
  ["Output rose to 1,448 per dollar of sales.", [{ text: "1,448", kind: "NUMBER" }]],
];

export const FIX17_SLASH_UNITS: Case[] = [
  // A slash glued between an amount and a unit or a currency is the amount's denominator.
  [
    "Solar power sold for $71/MWh, against a tariff of N116.38/kWh.",
    [
      { text: "$71", unit: "/MWh" },
      { text: "N116.38", unit: "/kWh" },
    ],
  ],
  ["The naira closed at N1,452.30/$1 on Friday.", [{ text: "N1,452.30", currency: "NGN", unit: "/$1" }]],
];

export const FIX17_REPORTING_CALENDARS: Case[] = [
  // A company's reporting year, declared by a part of it and the month it ended in, dates the bare
  // quarters and halves of the article.
  [
    "Revenue in its fiscal third quarter ended Oct. 26 rose 62%. It forecast fourth-quarter revenue of $65 billion.",
    [
      { text: "62%", period: { from: "2026-08", to: "2026-10" } },
      { text: "$65 billion", period: { text: "fourth-quarter", from: "2026-11", to: "2027-01" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Fourth-quarter profit fell 10% in the three months ended Nov. 30. It expects first-quarter deliveries of 18,000 homes.",
    [
      { text: "10%", period: { from: "2026-09", to: "2026-11" } },
      { text: "18,000 homes", period: { text: "first-quarter", from: "2026-12", to: "2027-02" } },
    ],
    { publishedAt: "2026-12-17" },
  ],
  // The company's fiscal years are named by the year they end in.
  [
    "Profit in its fourth quarter ended Oct. 31 rose 12%. For fiscal 2026, profit rose 10%.",
    [{ text: "12%" }, { text: "10%", period: { text: "fiscal 2026", from: "2025-11", to: "2026-10" } }],
    { publishedAt: "2026-12-03" },
  ],
  // ... a calendar year's parts stay the calendar's.
  [
    "GDP grew 0.4% in the third quarter to September and is seen growing 0.2% in the fourth quarter.",
    [
      { text: "0.4%", period: { from: "2026-07", to: "2026-09" } },
      { text: "0.2%", period: { text: "fourth quarter", from: "2026-10", to: "2026-12" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX17_FULL_YEARS: Case[] = [
  // "full-year" is the reporting year the story stands in, or the one just ended in results season.
  [
    "The bank on Friday raised its full-year profit forecast to $5 billion.",
    [{ text: "$5 billion", period: { text: "full-year", from: "2026", to: "2026" } }],
    { publishedAt: "2026-11-27" },
  ],
  [
    "Full-year profit rose 8%.",
    [{ text: "8%", period: { from: "2026", to: "2026" } }],
    { publishedAt: "2027-02-10" },
  ],
  [
    "Revenue in its fiscal third quarter ended Oct. 26 rose 62%. Full-year revenue is expected to reach $200 billion.",
    [
      { text: "62%" },
      { text: "$200 billion", period: { text: "Full-year", from: "2026-02", to: "2027-01" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // ... not the year of the whole a share is of.
  [
    "The fiscal deficit touched 52.6% of the full-year target in April-October.",
    [{ text: "52.6%", period: { text: "April-October" } }],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX17_REPORTED_WHEN: Case[] = [
  // A news time right after a period says when that period's figures came out.
  [
    "Infosys reported a profit of Rs 7,000 crore for the July-September quarter last month, up 8.4%.",
    [
      { text: "Rs 7,000 crore", period: { text: "July-September quarter" } },
      { text: "8.4%", period: { text: "July-September quarter" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX17_COMPARED_AFTER_PREDICATES: Case[] = [
  // A level compared after a short predicate measures what the figure before does, whatever periods the
  // predicate holds.
  [
    "HBM accounted for about 45% of its DRAM sales in the July-September quarter, up from 30% a year earlier.",
    [
      { text: "45%", subject: { text: "HBM" } },
      { text: "30%", subject: { text: "HBM" } },
    ],
    { publishedAt: "2026-11-27" },
  ],
  // A period's determiner goes with it; a hyphenated scale is a total, no price.
  [
    "The state set aside N145.5 billion for water infrastructure in its 2025 budget, up from N62 billion in 2024.",
    [
      { text: "N145.5 billion", subject: { text: "water infrastructure" } },
      { text: "N62 billion", subject: { text: "water infrastructure" } },
    ],
  ],
  [
    "Net income fell to US$187-million, or 71 cents a share, from US$214-million, or 80 cents, a year earlier.",
    [
      { text: "US$187-million", unit: undefined },
      { text: "71 cents", unit: "a share" },
      { text: "US$214-million", unit: undefined },
      { text: "80 cents" },
    ],
    { publishedAt: "2026-11-27" },
  ],
];

export const FIX17_DATA_ADJECTIVES: Case[] = [
  // An adjective that opens a sentence before a data noun is no source.
  ["Preliminary figures showed sales rose 4%.", [{ text: "4%", speaker: undefined }]],
  ["Separate data showed exports fell 2%.", [{ text: "2%", speaker: undefined }]],
  ["Eurostat data showed inflation rose to 3%.", [{ text: "3%", speaker: { name: "Eurostat" } }]],
];

export const FIX17_STANDING_LEVELS: Case[] = [
  // "now" or "currently" right before a figure's verb dates a standing level to the month of publication,
  // unless a period is named in the clause or the verb looks ahead.
  [
    "The national median dwelling value now sits at $874,300.",
    [
      {
        text: "$874,300",
        subject: { text: "The national median dwelling value" },
        period: { text: "now", from: "2026-11", to: "2026-11" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The rate on housing loans, currently 6 per cent, will be cut.",
    [{ text: "6 per cent", period: { text: "currently", from: "2026-11", to: "2026-11" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The striker has now scored 14 goals this season.",
    [{ text: "14 goals", period: { text: "this season" } }],
  ],
  [
    "For the year through March 2027, the group now projects net profit of 262 billion yen.",
    [{ text: "262 billion yen", period: { text: "year through March 2027" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX17_SPANS_TO_DATE: Case[] = [
  // "year to date" runs from January to the month of publication; "over the year" after a month or a
  // quarter is the twelve months to its end, and no base.
  [
    "The sector has returned about 22% year to date.",
    [{ text: "22%", period: { text: "year to date", from: "2026-01", to: "2026-11" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Wages rose 0.8 per cent in the September quarter and 3.3 per cent over the year.",
    [
      { text: "0.8 per cent", period: { text: "September quarter" } },
      {
        text: "3.3 per cent",
        change: { direction: "increase", measure: "relative" },
        period: { text: "year", from: "2025-10", to: "2026-09" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX17_EXPECTATIONS: Case[] = [
  // A figure expected past the result's attribution, "tipped" by economists, or in the next sentence
  // ("That topped ...") measures what the result does, in its period; whoever released the result is not
  // its source.
  [
    "Payrolls rose to 68,900 in October from 65,200 in September, the ONS said, slightly above the 66,000 forecast in a Reuters poll.",
    [
      { text: "68,900" },
      { text: "65,200" },
      { text: "66,000", subject: { text: "Payrolls" }, period: { text: "October" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Consumer prices rose 3.8% in October, well above the 3.4 per cent tipped by economists, the ABS said.",
    [
      { text: "3.8%", speaker: { name: "ABS" } },
      {
        text: "3.4 per cent",
        subject: { text: "Consumer prices" },
        period: { text: "October" },
        speaker: undefined,
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Housing starts rose to 4.15 million in October. That topped the 4.10 million pace economists had expected.",
    [
      { text: "4.15 million" },
      {
        text: "4.10 million",
        unit: undefined,
        subject: { text: "Housing starts" },
        period: { text: "October" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // ... not a multiple of another figure.
  [
    "Supply will grow by 1.4 million bpd next year, more than double the expected rise in global demand of 680,000 bpd.",
    [{ text: "1.4 million bpd" }, { text: "680,000 bpd", subject: { text: "global demand" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX17_JOINED_CHANGES: Case[] = [
  // A change judged against forecasts keeps its verb and subject; a change verb after "but" or "and"
  // continues the subject of the change before; "and by" after a comma changes as the one before.
  [
    "British house prices rose by a stronger-than-expected 0.6% in November.",
    [{ text: "0.6%", change: { direction: "increase" }, subject: { text: "British house prices" } }],
    { publishedAt: "2026-12-01" },
  ],
  [
    "Sales rose 5.1% in the South but fell 1.2% in the West.",
    [
      { text: "5.1%", subject: { text: "Sales" } },
      { text: "1.2%", change: { direction: "decrease" }, subject: { text: "Sales" } },
    ],
  ],
  [
    "Inventories were down 1.3% from September but up 9.7% from a year earlier.",
    [
      { text: "1.3%", subject: { text: "Inventories" } },
      { text: "9.7%", subject: { text: "Inventories" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The fund will cut tariffs by 1% in the first year, and by about 10% for low-income customers.",
    [
      { text: "1%", change: { direction: "decrease" } },
      { text: "10%", change: { direction: "decrease" }, subject: { text: "tariffs" } },
    ],
  ],
  [
    "Average hourly earnings rose 0.3% to $36.12, and were up 3.8% from a year earlier.",
    [{ text: "0.3%" }, { text: "$36.12" }, { text: "3.8%", subject: { text: "Average hourly earnings" } }],
    { publishedAt: "2026-11-20" },
  ],
  // ... not a clause with a subject of its own, nor a verb with an object of its own.
  [
    "The bank will pay a final dividend of 60 cents a share and increase the buyback by $300 million.",
    [{ text: "60 cents" }, { text: "$300 million", subject: { text: "the buyback" } }],
  ],
  [
    "Exports rose 5% but imports fell 3%.",
    [
      { text: "5%", subject: { text: "Exports" } },
      { text: "3%", subject: { text: "imports" } },
    ],
  ],
];

export const FIX17_PEOPLE_AT_FIRMS: Case[] = [
  // "according to" a firm, a job and a person: the person.
  [
    "Revenue rose 5%, according to National Bank Financial analyst Adam Shine.",
    [{ text: "5%", speaker: { name: "Adam Shine", mode: "reported" } }],
  ],
  [
    "Prices rose 3%, according to Capital Economics chief economist Jane Foley.",
    [{ text: "3%", speaker: { name: "Jane Foley" } }],
  ],
  // ... not the name of a work, nor a firm's own name after "and".
  [
    "Wages rose 4.1%, according to MOM's preliminary Labour Force in Singapore 2026 report.",
    [{ text: "4.1%", speaker: { name: "MOM" } }],
  ],
];

export const FIX17_RESPECTIVELY: Case[] = [
  // Figures listed with "respectively" measure one name each of a subject that lists as many.
  [
    "Germany, France and Italy grew 0.3%, 0.5% and 0.1%, respectively.",
    [
      { text: "0.3%", subject: { text: "Germany" } },
      { text: "0.5%", subject: { text: "France" } },
      { text: "0.1%", subject: { text: "Italy" } },
    ],
  ],
  [
    "Brent and WTI rose 1.2% and 0.8% respectively.",
    [
      { text: "1.2%", subject: { text: "Brent" } },
      { text: "0.8%", subject: { text: "WTI" } },
    ],
  ],
  // ... not names that share a noun before or after them.
  [
    "Exports to Italy and Britain rose by 12% and 9% respectively.",
    [
      { text: "12%", subject: { text: "Exports to Italy and Britain" } },
      { text: "9%", subject: { text: "Exports to Italy and Britain" } },
    ],
  ],
  [
    "Air China and China Eastern Airlines shares rose 2.5% and 1.9% respectively.",
    [
      { text: "2.5%", subject: { text: "Air China and China Eastern Airlines shares" } },
      { text: "1.9%", subject: { text: "Air China and China Eastern Airlines shares" } },
    ],
  ],
];

export const FIX17_MARKET_MOVES: Case[] = [
  // A stock index's move takes no story period; a price index's change is a result and does.
  [
    "Profit rose 12% in the six months to 30 September. The FTSE 250 closed down 0.3% at 21,456 points. The ADX general index gained 0.7 per cent. The consumer price index rose 4%.",
    [
      { text: "12%" },
      { text: "0.3%", period: undefined },
      { text: "21,456 points", period: undefined },
      { text: "0.7 per cent", period: undefined },
      { text: "4%", period: { text: "six months to 30 September" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX17_RELATIVE_QUARTERS: Case[] = [
  // "the current quarter", "next quarter", "last quarter" are dated from the month of publication (by the
  // company's declared reporting year, if any).
  [
    "For the current quarter, the company forecast revenue of $10.2 billion.",
    [{ text: "$10.2 billion", period: { text: "current quarter", from: "2026-10", to: "2026-12" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Revenue in its fiscal third quarter ended Oct. 26 rose 62%. It forecast revenue of $65 billion for the current quarter.",
    [{ text: "62%" }, { text: "$65 billion", period: { from: "2026-11", to: "2027-01" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Ridership recovered to 36,000 passengers a day in the last quarter.",
    [{ text: "36,000 passengers a day", period: { text: "last quarter", from: "2026-07", to: "2026-09" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX17_COUNTED_MONTHS: Case[] = [
  // "nine-month net profit" is the first nine months of the reporting year; the period leaves the noun.
  [
    "It reported a 57 per cent jump in nine-month net profit to Dh3.2 billion.",
    [
      {
        text: "57 per cent",
        period: { text: "nine-month", from: "2026-01", to: "2026-09" },
        subject: { text: "net profit" },
      },
      { text: "Dh3.2 billion", period: { text: "nine-month" } },
    ],
    { publishedAt: "2026-11-10" },
  ],
  [
    "Noor posts Dh3.2bn nine-month profit",
    [{ text: "Dh3.2bn", subject: { text: "profit" } }],
    { publishedAt: "2026-11-10" },
  ],
  // ... not a high or a low.
  [
    "Shares hit a six-month high of $40.",
    [{ text: "$40", period: undefined }],
    { publishedAt: "2026-11-10" },
  ],
];

export const FIXES17: Case[] = [
  ...FIX17_LISTED_CONTENTS,
  ...FIX17_COMMA_LISTS,
  ...FIX17_DAY_FIRST_DATES,
  ...FIX17_DAY_SPANS,
  ...FIX17_LISTED_PERIODS,
  ...FIX17_LISTED_LEVELS,
  ...FIX17_CREDITED_DATELINES,
  ...FIX17_SUBJECT_ASIDES,
  ...FIX17_QUOTED_RATES,
  ...FIX17_SLASH_UNITS,
  ...FIX17_REPORTING_CALENDARS,
  ...FIX17_FULL_YEARS,
  ...FIX17_REPORTED_WHEN,
  ...FIX17_COMPARED_AFTER_PREDICATES,
  ...FIX17_DATA_ADJECTIVES,
  ...FIX17_STANDING_LEVELS,
  ...FIX17_SPANS_TO_DATE,
  ...FIX17_EXPECTATIONS,
  ...FIX17_JOINED_CHANGES,
  ...FIX17_PEOPLE_AT_FIRMS,
  ...FIX17_RESPECTIVELY,
  ...FIX17_MARKET_MOVES,
  ...FIX17_RELATIVE_QUARTERS,
  ...FIX17_COUNTED_MONTHS,
];
