import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 14, in wording of my own. */

const PUB = { publishedAt: "2025-07-28" };
const Q2 = { from: "2025-04", to: "2025-06", carried: true };

export const FIX14_STORY_PERIODS: Case[] = [
  // A results story names its period once; later results that name none report for it, marked carried.
  [
    "Norvik Foods reported results for the second quarter ended June 30. Net sales rose 4.2% to $812 million.",
    [
      { text: "4.2%", period: { text: "second quarter ended June 30", ...Q2 } },
      { text: "$812 million", period: { text: "second quarter ended June 30", ...Q2 } },
    ],
    PUB,
  ],
  // A heading names it for the bulleted results under it.
  [
    "Second Quarter Highlights\n\n- Net sales increased 4.2% to $812 million.\n- Gross margin of 31.5%, up 60 basis points.",
    [
      { text: "4.2%", period: { text: "Second Quarter", ...Q2 } },
      { text: "$812 million", period: { text: "Second Quarter", ...Q2 } },
      { text: "31.5%", period: { text: "Second Quarter", ...Q2 } },
      { text: "60 basis points", period: { text: "Second Quarter", ...Q2 } },
    ],
    PUB,
  ],
  // The lead figure's period, or a sentence that opens with one, is the story's until another names one.
  [
    "Exports fell 3.2% in June from a year earlier. Imports rose 1.1%.",
    [
      { text: "3.2%", period: { text: "June", from: "2025-06", to: "2025-06" } },
      { text: "1.1%", period: { text: "June", carried: true } },
    ],
    PUB,
  ],
  [
    "In the first half, revenue rose 8% to 2.1 billion euros. In the second quarter, sales climbed 5%. Operating profit fell 2%.",
    [
      { text: "8%" },
      { text: "2.1 billion euros" },
      { text: "5%" },
      { text: "2%", period: { text: "second quarter", ...Q2 } },
    ],
    PUB,
  ],
  // A level compared after the lead figure is not the story's period ("the record set in 2019").
  [
    "In 2024, visitors rose 12% to 3.1 million, beating the record of 2.9 million set in 2019. Spending climbed 9%.",
    [
      { text: "12%" },
      { text: "3.1 million" },
      { text: "2.9 million" },
      { text: "9%", period: { text: "2024", carried: true } },
    ],
    PUB,
  ],
  // "For the quarter" and "a year earlier" in a sentence of their own are dated from the story's period.
  [
    "Revenue rose 9% to $1.1 billion in the second quarter. For the quarter, free cash flow was $212 million, compared with $180 million a year earlier.",
    [
      { text: "9%" },
      { text: "$1.1 billion" },
      { text: "$212 million", period: { text: "quarter", from: "2025-04", to: "2025-06" } },
      { text: "$180 million", period: { text: "a year earlier", from: "2024-04", to: "2024-06" } },
    ],
    PUB,
  ],
];

export const FIX14_STORY_PERIODS_NOT: Case[] = [
  // No past result: what is to come, what holds now, what is to be done.
  [
    "Revenue rose 9% in the second quarter. The company expects revenue of $5 billion. The group employs 4,200 people. It agreed to raise prices by 15%.",
    [
      { text: "9%" },
      { text: "$5 billion", period: undefined },
      { text: "4,200 people", period: undefined },
      { text: "15%", period: undefined },
    ],
    PUB,
  ],
  // Its own time: a day, a named time, a duration; market moves happen on the day of the news.
  [
    "Revenue rose 9% in the second quarter. Profit jumped 12% on Tuesday. Hotels filled 80% of rooms during the holiday. Open interest rose 18% in two weeks. Shares of the maker rose 3%. The won weakened 0.4% to 1,380 per dollar.",
    [
      { text: "9%" },
      { text: "12%", period: { text: "Tuesday", from: "2025-07-22" } },
      { text: "80%", period: undefined },
      { text: "18%", period: undefined },
      { text: "3%", period: undefined },
      { text: "0.4%", period: undefined },
      { text: "1,380", period: undefined },
    ],
    PUB,
  ],
  // The level compared is of another period.
  [
    "Revenue rose 9% in the second quarter. Earnings rose to $5 million, up from $4 million.",
    [
      { text: "9%" },
      { text: "$5 million", period: { carried: true } },
      { text: "$4 million", period: undefined },
    ],
    PUB,
  ],
  // A present perfect, a past before the story's, a state going on.
  [
    "Revenue rose 9% in the second quarter. Sales have risen 4%. The state had 3,600 firms. Steel was reaching ports at $500 a tonne.",
    [
      { text: "9%" },
      { text: "4%", period: undefined },
      { text: "3,600 firms", period: undefined },
      { text: "$500", period: undefined },
    ],
    PUB,
  ],
];

export const FIX14_COMPARATIVES: Case[] = [
  // "(H1 2024: £x)": the comparative's period is its own figure's, which measures what the figure before does.
  [
    "Operating profit of £88.2 million (H1 2024: £80.5 million), up 9.6%.",
    [
      { text: "£88.2 million", subject: { text: "Operating profit" }, period: undefined },
      {
        text: "£80.5 million",
        subject: { text: "Operating profit" },
        period: { text: "H1 2024", from: "2024-01" },
      },
      { text: "9.6%", subject: { text: "Operating profit" }, period: undefined },
    ],
  ],
  [
    "Diluted earnings per share rose to 41.7p (2024: 36.0p).",
    [
      { text: "41.7p", period: undefined },
      { text: "36.0p", subject: { text: "Diluted earnings per share" }, period: { text: "2024" } },
    ],
  ],
  // With the story's period named before, the current figures carry it; a bullet list is no dateline.
  [
    "Results for the six months ended 30 June 2025\n\n- Average rent of £1,240 (H1 2024: £1,180)\n- Occupancy of 96.1% (H1 2024: 95.4%)",
    [
      { text: "£1,240", period: { text: "six months ended 30 June 2025", carried: true } },
      { text: "£1,180", period: { text: "H1 2024" } },
      { text: "96.1%", period: { text: "six months ended 30 June 2025", carried: true } },
      { text: "95.4%", period: { text: "H1 2024" } },
    ],
  ],
];

export const FIX14_SPEAKERS: Case[] = [
  // A source's place before its description: "according to Lagos-based consultancy X".
  [
    "Remittances could reach $22 billion, according to estimates by Accra-based consultancy Kente Analytics.",
    [{ text: "$22 billion", speaker: { name: "Kente Analytics" } }],
  ],
  [
    "Rents rose 6%, according to Dublin-based property portal Daft.",
    [{ text: "6%", speaker: { name: "Daft" } }],
  ],
  // An institution's list of fields is one name before "said".
  [
    "The Ministry of Agriculture, Food and Rural Affairs said farm incomes fell 6%.",
    [{ text: "6%", speaker: { name: "Ministry of Agriculture, Food and Rural Affairs" } }],
  ],
  [
    "Exports rose 4%, the Department of Trade and Industry said.",
    [{ text: "4%", speaker: { name: "Department of Trade and Industry" } }],
  ],
  // Economists of a named firm who expect.
  ["Westpac economists expect prices to rise 4% in 2026.", [{ text: "4%", speaker: { name: "Westpac" } }]],
];

export const FIX14_LISTED_CHANGES: Case[] = [
  // Items of a list after a change change the same way and measure the same thing.
  [
    "Fares rose 3%, 7% and 12% on the three routes.",
    [
      { text: "3%", change: { direction: "increase" }, subject: { text: "Fares" } },
      { text: "7%", change: { direction: "increase" }, subject: { text: "Fares" } },
      { text: "12%", change: { direction: "increase" }, subject: { text: "Fares" } },
    ],
  ],
  [
    "Like-for-like sales fell 2.1%, and 3.4% on a reported basis.",
    [
      { text: "2.1%" },
      { text: "3.4%", change: { direction: "decrease" }, subject: { text: "Like-for-like sales" } },
    ],
  ],
  // Not a list: a comma alone before a figure the list does not go on from, or another kind after ", and".
  [
    "Output rose 5%, 9% below its 2019 peak.",
    [{ text: "5%" }, { text: "9%", change: { direction: "decrease" } }],
  ],
  ["Revenue rose 4%, and 6,000 staff left.", [{ text: "4%" }, { text: "6,000 staff", change: undefined }]],
];

export const FIX14_SHARES_OF: Case[] = [
  // "of which"/"of whom": a share of the figure right before, what it counts or the figure itself.
  [
    "The province spent 4.1 billion rand, of which 70% went to clinics.",
    [{ text: "4.1 billion rand" }, { text: "70%", subject: { text: "4.1 billion rand" } }],
  ],
  [
    "The union has 48,000 members, about a third of whom work part time.",
    [{ text: "48,000 members" }, { text: "a third", subject: { text: "members" } }],
  ],
  // "plus" adds a phrase; money given "to" described recipients is no purpose.
  ["Pensions rose 3%, plus bonuses of 2%.", [{ text: "3%" }, { text: "2%", subject: { text: "bonuses" } }]],
  [
    "The treasury gave 40 billion forints to state schools.",
    [{ text: "40 billion forints", subject: { text: "The treasury" } }],
  ],
  [
    "The city set aside $5 million to re-pave roads.",
    [{ text: "$5 million", subject: { text: "to re-pave roads" } }],
  ],
];

export const FIX14_INSURANCE: Case[] = [
  // A participle with its agent stays in the subject; "deteriorated" reaches a level; a bare plural is
  // the first object of "cost".
  ["Claims paid by insurers rose 29%.", [{ text: "29%", subject: { text: "Claims paid by insurers" } }]],
  [
    "The loss ratio deteriorated to 71.2% from 68.4%.",
    [
      { text: "71.2%", subject: { text: "The loss ratio" } },
      { text: "68.4%", subject: { text: "The loss ratio" } },
    ],
  ],
  ["The floods cost insurers $2.3 billion.", [{ text: "$2.3 billion", subject: { text: "The floods" } }]],
  // ", up from" after a short predicate: the level it came from.
  [
    "About 38% of the damage was insured, up from 31%.",
    [{ text: "38%" }, { text: "31%", subject: { text: "the damage" } }],
  ],
  // A national agency's credit in the dateline tells the country: Indian fiscal years.
  [
    "Guwahati, July 18, 2025 (PTI): The insurer's combined ratio for FY25 stood at 102.8 per cent.",
    [{ text: "102.8 per cent", period: { text: "FY25", from: "2024-04", to: "2025-03" } }],
    { publishedAt: "2025-07-18" },
  ],
  // A result measured against a target still reports; a month inside the story's half is named in passing.
  [
    "Hanse Re posted a net profit of 2.4 billion euros for 2025, beating its own target of 2.2 billion euros. Its life unit contributed 310 million euros.",
    [
      { text: "2.4 billion euros" },
      { text: "2.2 billion euros" },
      { text: "310 million euros", period: { text: "2025", carried: true } },
    ],
    { publishedAt: "2026-02-20" },
  ],
  [
    "Insurers paid claims of $80 billion in the first half of 2025. Wildfires caused losses of $40 billion in January. Storms added $21 billion in losses.",
    [
      { text: "$80 billion" },
      { text: "$40 billion" },
      { text: "$21 billion", period: { text: "first half of 2025", carried: true } },
    ],
    { publishedAt: "2025-08-05" },
  ],
];

const JAN = { publishedAt: "2026-02-06" };

export const FIX14_STORY_SOURCES: Case[] = [
  // A headline or the lede names the story's period without a figure; a date line under the headline does not.
  [
    "Korea's January exports rise on chips\n\nSEOUL, Feb. 1, 2026 - Shipments climbed on strong chip demand, data showed. Exports rose 9.2%.",
    [{ text: "9.2%", period: { text: "January", from: "2026-01", carried: true } }],
    JAN,
  ],
  [
    "Jobless rate steady\n\nFriday 6 February 2026\n\nThe unemployment rate held at 5.1%, the bureau said. Payrolls rose 12,000.",
    [
      { text: "5.1%", period: undefined },
      { text: "12,000", period: undefined },
    ],
    JAN,
  ],
  [
    "OTTAWA, Feb. 5, 2026 - Home sales rose for a third straight month in January as lower rates drew buyers back, the association said. Sales climbed 2.8% from December.",
    [{ text: "2.8%", period: { text: "January", carried: true } }],
    JAN,
  ],
  // An earlier month looked back on, a revision or a month inside the story's period does not replace it.
  [
    "Payrolls rose by 150,000 in January. Data for December was revised down to show 90,000 jobs. The jobless rate was 4.4% in December. Manufacturing shed 8,000 jobs.",
    [
      { text: "150,000" },
      { text: "90,000 jobs" },
      { text: "4.4%" },
      { text: "8,000 jobs", period: { text: "January", carried: true } },
    ],
    JAN,
  ],
  // A level compared in the period just before the story's does not keep the figure from the story's period.
  [
    "Payrolls rose by 150,000 in January. The jobless rate rose to 4.5%, up from 4.4% in December.",
    [
      { text: "150,000" },
      { text: "4.5%", period: { text: "January", carried: true } },
      { text: "4.4%", period: { text: "December" } },
    ],
    JAN,
  ],
  // "In the three months to October" is a period, not a duration of the figure's own.
  [
    "Unemployment was 6.1% in the three months through December, the agency said. Informal workers made up 38% of the workforce.",
    [{ text: "6.1%" }, { text: "38%", period: { text: "three months through December", carried: true } }],
    JAN,
  ],
  // Not carried to market moves: index points, a named index, a currency, a share price.
  [
    "Sales rose 4% in January. The Dow fell 112.35 points, or 0.24%, to 47,344.57. The KOSPI index fell 0.6%. The rupee weakened 0.3%. Acme slid 6.4% to $61.20.",
    [
      { text: "4%" },
      { text: "112.35 points", period: undefined },
      { text: "0.24%", period: undefined },
      { text: "47,344.57", period: undefined },
      { text: "0.6%", period: undefined },
      { text: "0.3%", period: undefined },
      { text: "6.4%", period: undefined },
      { text: "$61.20", period: undefined },
    ],
    JAN,
  ],
  // ... but to a price index, a budget's result, a per-share result and a verb whose past is its present.
  [
    "Food prices rose 1.1% in January. The dairy index dropped 2.8%. The state ran a budget deficit of $4 billion. Earnings per share rose 15% to $1.02. The firms cut 1,900 jobs.",
    [
      { text: "1.1%" },
      { text: "2.8%", period: { carried: true } },
      { text: "$4 billion", period: { carried: true } },
      { text: "15%", period: { carried: true } },
      { text: "$1.02", period: { carried: true } },
      { text: "1,900 jobs", period: { carried: true } },
    ],
    JAN,
  ],
];

export const FIX14_LEVELS_COMPARED: Case[] = [
  // A level in a "with" phrase measures the phrase's noun.
  [
    "Rents rose 3%, with the vacancy rate steady at 1.8 per cent.",
    [{ text: "3%" }, { text: "1.8 per cent", subject: { text: "the vacancy rate" } }],
  ],
  ["Jobless claims rose, with Hamilton at 9.4%.", [{ text: "9.4%", subject: { text: "Hamilton" } }]],
  [
    "Arrivals rose 4%, with visitor spending estimated at $3.1 billion.",
    [{ text: "4%" }, { text: "$3.1 billion", subject: { text: "visitor spending" } }],
  ],
  // A level compared, described ("a revised", "a peak of"), measures what the level before does, and its
  // period is not the level's before it.
  [
    "The deficit is seen at 4.1%, down from a revised 5.2% in 2024-25.",
    [
      { text: "4.1%", period: undefined },
      { text: "5.2%", subject: { text: "The deficit" }, period: { text: "2024-25" } },
    ],
  ],
  [
    "Output has fallen to 3 million tonnes from a peak of 4.4 million tonnes in 2011.",
    [
      { text: "3 million tonnes", period: undefined },
      { text: "4.4 million tonnes", subject: { text: "Output" }, period: { text: "2011" } },
    ],
  ],
];

export const FIX14_UTILITIES: Case[] = [
  // Small peso amounts glued to "P" after "by", and tariffs to four decimals.
  [
    "The minimum wage will rise by P50 to P695 starting July 18.",
    [
      { text: "P50", currency: "PHP", value: 50 },
      { text: "P695", currency: "PHP", value: 695 },
    ],
  ],
  [
    "The utility cut its rate by P0.2374 per kilowatt-hour to P12.1025.",
    [
      { text: "P0.2374", currency: "PHP", value: 0.2374 },
      { text: "P12.1025", currency: "PHP", value: 12.1025 },
    ],
  ],
  // A measure unit glued to three digits is no model's name.
  ["The 178MW plant opened.", [{ text: "178MW", kind: "QUANTITY", value: 178, unit: "MW" }]],
  ["Boeing delivered 777X jets.", []],
  // Output verbs and "touched" give the level's subject.
  ["Wind farms supplied a record 18,400 MW.", [{ text: "18,400 MW", subject: { text: "Wind farms" } }]],
  ["Peak demand touched 61 GW.", [{ text: "61 GW", subject: { text: "Peak demand" } }]],
  [
    "The utility generated 22.1 terawatt-hours.",
    [{ text: "22.1 terawatt-hours", subject: { text: "The utility" } }],
  ],
  // A perfect participle or a list mark alone is no subject.
  [
    "The peso firmed 1.1% to 18.20 per dollar, having touched 18.55 earlier.",
    [{ text: "1.1%" }, { text: "18.20" }, { text: "18.55", subject: undefined }],
  ],
];

export const FIX14_RETAIL: Case[] = [
  // "after a (revised) N% drop": the change before, of the same thing.
  [
    "Retail sales rose 0.6% in March after a revised 0.4% drop in February.",
    [
      { text: "0.6%" },
      { text: "0.4%", subject: { text: "Retail sales" }, change: { direction: "decrease" } },
    ],
  ],
  // A period set against ("Compared with", "on November 2024") is a base, not when.
  ["Compared with March 2025, sales were up 3.2%.", [{ text: "3.2%", period: undefined }]],
  [
    "Sales were up 2.9 per cent on December 2024.",
    [{ text: "2.9 per cent", period: undefined, change: { direction: "increase", base: "December 2024" } }],
  ],
  // Capitalized title words that end in an institution's head name it.
  ["Revenue rose 6%, the National Treasury said.", [{ text: "6%", speaker: { name: "National Treasury" } }]],
];

const WED = { publishedAt: "2025-05-21" };

export const FIX14_WEEKDAYS: Case[] = [
  // "on Tuesday": the weekday nearest the publication, the day itself when it is the publication's.
  [
    "Palm oil futures fell 1.2% to 3,912 ringgit per ton on Tuesday.",
    [
      { text: "1.2%", period: { text: "Tuesday", from: "2025-05-20", to: "2025-05-20" } },
      { text: "3,912 ringgit", period: { text: "Tuesday", from: "2025-05-20" } },
    ],
    WED,
  ],
  ["Shares fell 3% on Wednesday.", [{ text: "3%", period: { text: "Wednesday", from: "2025-05-21" } }], WED],
  // A modal looks ahead; a forecast raised on a day was raised that day.
  [
    "The bank will cut rates by 25 basis points on Thursday.",
    [{ text: "25 basis points", period: { text: "Thursday", from: "2025-05-22" } }],
    WED,
  ],
  [
    "The carrier raised its profit forecast by 15% on Monday.",
    [{ text: "15%", period: { text: "Monday", from: "2025-05-19" } }],
    WED,
  ],
  // A statement's day dates nothing it says.
  ["The company said on Tuesday that revenue rose 5%.", [{ text: "5%", period: undefined }], WED],
];

export const FIX14_MOVED_OBJECTS: Case[] = [
  // The object a verb moves may hold a preposition, a parenthesized acronym and a day before "by"/"to".
  [
    "Kanto Pharma raised its full-year operating profit forecast on Friday by 12 billion yen to 310 billion yen.",
    [
      {
        text: "12 billion yen",
        change: { direction: "increase" },
        subject: { text: "its full-year operating profit forecast" },
      },
      { text: "310 billion yen", subject: { text: "its full-year operating profit forecast" } },
    ],
  ],
  [
    "Malaysia raised its export duty on crude palm oil (CPO) to 9% from 8%.",
    [
      { text: "9%", subject: { text: "its export duty on crude palm oil (CPO)" } },
      { text: "8%", subject: { text: "its export duty on crude palm oil (CPO)" } },
    ],
  ],
  [
    "The agency raised its forecast for world wheat output in 2026 to a record 810 million tonnes.",
    [{ text: "810 million tonnes", subject: { text: "its forecast for world wheat output" } }],
  ],
  // ... and ends at "by" when a level follows.
  [
    "The miner cut its dividend by nearly half to $1.2 billion.",
    [{ text: "$1.2 billion", subject: { text: "its dividend" } }],
  ],
];

export const FIX14_MONTH_PAIRS: Case[] = [
  // Two months in a row joined by "and" are one span; two apart are two dates.
  [
    "Holiday sales in November and December rose 3.8%.",
    [
      {
        text: "3.8%",
        period: { text: "November and December", from: "2025-11", to: "2025-12" },
        subject: { text: "Holiday sales" },
      },
    ],
    { publishedAt: "2026-01-20" },
  ],
  [
    "Outages in May and June 2023 cost $900 million.",
    [{ text: "$900 million", period: { from: "2023-05", to: "2023-06" } }],
    { publishedAt: "2026-01-20" },
  ],
  [
    "It will pay 2.10 pesos a share in May and November 2026.",
    [{ text: "2.10 pesos", period: { text: "May" } }],
    { publishedAt: "2026-01-20" },
  ],
];

export const FIX14_SAME_PERIOD_OF: Case[] = [
  // "the same period of 2024": the months of the period it refers to, in that year.
  [
    "Exports fell 2.4% in January-May, down from 5.1% in the same period of 2024.",
    [
      { text: "2.4%", period: { from: "2025-01", to: "2025-05" } },
      { text: "5.1%", period: { text: "same period of 2024", from: "2024-01", to: "2024-05" } },
    ],
    { publishedAt: "2025-06-20" },
  ],
];

export const FIX14_FROM_DATES: Case[] = [
  // A date after "from" in a sentence of a change to come starts the new level, open at its end.
  [
    "From July 1, the national minimum wage will rise to $24.95.",
    [{ text: "$24.95", period: { text: "From July 1", from: "2026-07-01" } }],
    { publishedAt: "2026-03-20" },
  ],
  // ... not the old level's, nor a span written whole.
  [
    "A new rate of 25% will apply from April 2027, up from the current general duty of 15%.",
    [
      { text: "25%", period: { text: "from April 2027", from: "2027-04" } },
      { text: "15%", period: { text: "April 2027" } },
    ],
    { publishedAt: "2026-03-20" },
  ],
];
