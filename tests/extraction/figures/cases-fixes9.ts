import type { Case } from "./case-types.ts";

/**
 * Cases for the general causes found in session 9 (the session-8 backlog and the session-9 testers:
 * retail, mining, shipping, courts, public finance, real estate, social statistics, media and tourism), in
 * wording of my own.
 */

const PUB = { publishedAt: "2026-11-20T10:00:00Z" };

export const FIX9_GAPS: Case[] = [
  // A noun phrase and a figure alone after a list mark repeat the verb of the figure before.
  [
    "Rice imports jumped 8% in the quarter, sugar 5% and palm oil 2%.",
    [
      { text: "8%", subject: { text: "Rice imports" }, change: { direction: "increase" } },
      { text: "5%", subject: { text: "sugar" }, change: { direction: "increase", measure: "relative" } },
      { text: "2%", subject: { text: "palm oil" }, change: { direction: "increase" } },
    ],
    PUB,
  ],
  [
    "Labour polled 31%, the Conservatives 24% and Reform 19%.",
    [
      { text: "31%", subject: { text: "Labour" } },
      { text: "24%", subject: { text: "the Conservatives" }, change: undefined },
      { text: "19%", subject: { text: "Reform" } },
    ],
    PUB,
  ],
  [
    "Toyota held 31% of the market, Honda 14% and Nissan 9%.",
    [
      { text: "31%", subject: { text: "Toyota" } },
      { text: "14%", subject: { text: "Honda" } },
      { text: "9%", subject: { text: "Nissan" } },
    ],
    PUB,
  ],
  // A second verb is no gap: its object is what it counts.
  [
    "The city will hire 300 teachers and open 12 schools.",
    [
      { text: "300 teachers", subject: { text: "teachers" } },
      { text: "12 schools", subject: { text: "schools" } },
    ],
    PUB,
  ],
  [
    "The fund will lend 40 million euros to farmers and invest 25 million euros in irrigation.",
    [
      { text: "40 million euros", change: undefined },
      { text: "25 million euros", change: undefined, subject: { text: "irrigation" } },
    ],
    PUB,
  ],
  [
    "Analysts expect about 3% growth, not 4%.",
    [
      { text: "3%", qualifier: "approximate" },
      { text: "4%", subject: undefined },
    ],
    PUB,
  ],
];

export const FIX9_ASIDES: Case[] = [
  // A figure in an aside measures the noun phrase the aside follows.
  [
    "The warehouse, worth $40 million, was sold to a pension fund.",
    [{ text: "$40 million", subject: { text: "The warehouse" } }],
    PUB,
  ],
  [
    "The merger, valued at 3 billion euros, needs approval.",
    [{ text: "3 billion euros", subject: { text: "The merger" } }],
    PUB,
  ],
  ["Core inflation, now at 2.9%, is falling.", [{ text: "2.9%", subject: { text: "Core inflation" } }], PUB],
  [
    "Youth unemployment, at 17.2% in September, is the lowest in years.",
    [{ text: "17.2%", subject: { text: "Youth unemployment" }, period: { text: "September" } }],
    PUB,
  ],
  ["She said inflation, at 3.1%, would ease.", [{ text: "3.1%", subject: { text: "inflation" } }], PUB],
  // A place set off by commas, a predicate or a unit is no host.
  [
    "It is building a plant in Austin, Texas, worth $2 billion.",
    [{ text: "$2 billion", subject: undefined }],
    PUB,
  ],
  [
    "The impact is likely to be small, at less than 0.1 percentage points.",
    [{ text: "0.1 percentage points", subject: undefined }],
    PUB,
  ],
  [
    // (Since session 45 the money a count is worth measures what the count measures.)
    "Officials put the harvest at 2 million tonnes, worth about $600 million.",
    [{ text: "2 million tonnes" }, { text: "$600 million", subject: { text: "the harvest" } }],
    PUB,
  ],
];

export const FIX9_LEVELS: Case[] = [
  // "by X to Y" after a long or hyphenated object, or a count changed in the past tense: a change and a level.
  [
    "The group trimmed its second-half margin guidance by 40 basis points to 11.2%.",
    [
      { text: "40 basis points", change: { direction: "decrease" } },
      { text: "11.2%", subject: { text: "its second-half margin guidance" } },
    ],
    PUB,
  ],
  [
    "Burglaries rose by 260 to 1,100 cases, police said.",
    [
      { text: "260", change: { direction: "increase", measure: "absolute" } },
      { text: "1,100 cases", subject: { text: "Burglaries" } },
    ],
    PUB,
  ],
  [
    "Return fares were down $12 to $88.",
    [
      { text: "$12", change: { direction: "decrease" } },
      { text: "$88", high: undefined },
    ],
    PUB,
  ],
  // A percentage and a bare number ten times bigger are a change and a level, not a range.
  [
    "Cinema admissions climbed a robust 18% to 3.4 million.",
    [
      { text: "18%", change: { direction: "increase" }, subject: { text: "Cinema admissions" } },
      { text: "3.4 million", value: 3400000, high: undefined },
    ],
    PUB,
  ],
  // A range after "by" stays one.
  [
    "The bank may cut rates by 25 to 50 basis points.",
    [{ text: "25 to 50 basis points", value: 0.25, high: 0.5 }],
    PUB,
  ],
];

export const FIX9_MONEY: Case[] = [
  // Hundredths of a named currency.
  [
    "The board declared an interim dividend of 36 Hong Kong cents a share.",
    [{ text: "36 Hong Kong cents", value: 0.36, currency: "HKD" }],
    PUB,
  ],
  [
    "Diesel duty will rise by 3 euro cents a litre.",
    [{ text: "3 euro cents", value: 0.03, currency: "EUR" }],
    PUB,
  ],
  [
    "The trust will pay 7.5 Australian cents per unit.",
    [{ text: "7.5 Australian cents", value: 0.075, currency: "AUD" }],
    PUB,
  ],
];

export const FIX9_LINKS: Case[] = [
  // The level a figure reached or came from, past places, periods and attributions, measures the same.
  [
    "Nickel output fell 8% in Indonesia in October to 140,000 tonnes.",
    [
      { text: "8%", subject: { text: "Nickel output" } },
      { text: "140,000 tonnes", subject: { text: "Nickel output" } },
    ],
    PUB,
  ],
  [
    "Car sales rose to 88,000 in March, the industry body said, up from 81,000 a year earlier.",
    [
      { text: "88,000" },
      { text: "81,000", subject: { text: "Car sales" }, period: { text: "a year earlier" } },
    ],
    PUB,
  ],
  [
    "Debt is projected at 61% of GDP, compared with 58% in the spring forecast.",
    [{ text: "61%" }, { text: "58%", subject: { text: "Debt" } }],
    PUB,
  ],
  [
    "Container rates averaged $1,400 in May, against $1,900 in April.",
    [{ text: "$1,400" }, { text: "$1,900", subject: { text: "Container rates" } }],
    PUB,
  ],
  [
    "Coal exports reached 2.1 million tonnes in the quarter, up from 1.8 million tonnes a year earlier.",
    [
      { text: "2.1 million tonnes" },
      { text: "1.8 million tonnes", unit: "tonnes", subject: { text: "Coal exports" } },
    ],
    PUB,
  ],
  // A clause or a new noun phrase between is no link.
  [
    "Revenue rose 4% as the group cut prices to $9.",
    [
      { text: "4%", subject: { text: "Revenue" } },
      { text: "$9", subject: { text: "prices" } },
    ],
    PUB,
  ],
];

export const FIX9_REACHED: Case[] = [
  // A level reached measures what changed, not the trading session or the unit after it.
  [
    "Vesta shares fell 6% to 214 pence in early London trading.",
    [{ text: "6%" }, { text: "214 pence", subject: { text: "Vesta shares" } }],
    PUB,
  ],
  [
    "New home sales climbed 3% to a seasonally adjusted annual rate of 690,000 units.",
    [{ text: "3%" }, { text: "690,000 units", subject: { text: "New home sales" } }],
    PUB,
  ],
  [
    "The miner reported a 12% fall in half-year profit to $840 million.",
    [
      { text: "12%", subject: { text: "half-year profit" } },
      { text: "$840 million", subject: { text: "half-year profit" } },
    ],
    PUB,
  ],
  // Another index's change compared is its own.
  [
    "Kestrel shares rose 2% in Oslo, against a 0.5% fall in the benchmark index.",
    [
      { text: "2%", subject: { text: "Kestrel shares" } },
      { text: "0.5%", subject: { text: "the benchmark index" } },
    ],
    PUB,
  ],
];

export const FIX9_PERIODS: Case[] = [
  // Spans of weeks to a day, months to "end-September", a fiscal year "that ended in June".
  [
    "Supermarket sales rose 2.5% in the four weeks to Nov. 2.",
    [{ text: "2.5%", period: { text: "four weeks to Nov. 2", from: "2026-10-06", to: "2026-11-02" } }],
    PUB,
  ],
  [
    "Output fell 4% in the three months to end-June.",
    [{ text: "4%", period: { from: "2026-04", to: "2026-06" } }],
    PUB,
  ],
  [
    "MUMBAI - Indian airlines carried 12% more passengers in the fiscal year that ended in March.",
    [{ text: "12%", period: { from: "2025-04", to: "2026-03" } }],
    PUB,
  ],
  // A month "last year"; a part of a named fiscal year.
  [
    "The shares hit a record of 900 pence in April last year.",
    [{ text: "900 pence", period: { text: "April last year", from: "2025-04", to: "2025-04" } }],
    PUB,
  ],
  // An expectation beaten is no future; a described change noun is still the figure's.
  [
    "Ikano posted a better-than-expected 9% rise in second-quarter sales.",
    [{ text: "9%", change: { direction: "increase" }, period: { from: "2026-04", to: "2026-06" } }],
    PUB,
  ],
  [
    "Sales fell in October after a downwardly revised 0.6% gain in September.",
    [{ text: "0.6%", change: { direction: "increase" }, period: { text: "September" } }],
    PUB,
  ],
];

export const FIX9_RELATIVE: Case[] = [
  // A period written relative to another one of the sentence is dated from it.
  [
    "Copper sales in the second quarter fell to $2.1 billion from $2.6 billion a year earlier.",
    [
      { text: "$2.1 billion", period: { from: "2026-04", to: "2026-06" } },
      { text: "$2.6 billion", period: { text: "a year earlier", from: "2025-04", to: "2025-06" } },
    ],
    PUB,
  ],
  [
    "Passenger numbers hit 4.2 million in the first half, against 3.9 million in the same period a year earlier.",
    [{ text: "4.2 million" }, { text: "3.9 million", period: { from: "2025-01", to: "2025-06" } }],
    PUB,
  ],
  [
    "Retail sales rose 0.8% in September after a 0.3% fall the previous month.",
    [{ text: "0.8%" }, { text: "0.3%", period: { text: "previous month", from: "2026-08", to: "2026-08" } }],
    PUB,
  ],
  [
    "Arrivals reached 1.9 million in 2023, compared with 1.4 million the year before.",
    [{ text: "1.9 million" }, { text: "1.4 million", period: { from: "2022", to: "2022" } }],
    PUB,
  ],
  [
    "Margins were 14% in the September quarter, compared with 16% in the year-ago quarter.",
    [{ text: "14%" }, { text: "16%", period: { text: "year-ago quarter", from: "2025-07", to: "2025-09" } }],
    PUB,
  ],
  // With nothing dated before it, it counts back from publication.
  [
    "Unemployment is 4.1% now, compared with 4.6% a year ago.",
    [
      { text: "4.1%", period: { text: "now", from: "2026-11", to: "2026-11" } },
      { text: "4.6%", period: { text: "a year ago", from: "2025-11", to: "2025-11" } },
    ],
    PUB,
  ],
  // A period after "than" dates the figure compared there, not one before it.
  [
    "Rates averaged $3.10 in October, a 4% rise from September but 6% lower than a year before.",
    [
      { text: "$3.10", period: { text: "October" } },
      { text: "4%", period: { text: "October" } },
      { text: "6%", change: { direction: "decrease" } },
    ],
    PUB,
  ],
];

export const FIX9_SPEAKERS: Case[] = [
  // Findings and forecasts with "that" are statements.
  [
    "The Westgate Institute calculates that rents have risen 31% since 2019.",
    [{ text: "31%", speaker: { name: "Westgate Institute", mode: "reported" } }],
    PUB,
  ],
  [
    "The Harbour Trust found that 42% of berths stood empty.",
    [{ text: "42%", speaker: { name: "Harbour Trust" } }],
    PUB,
  ],
  [
    "The Tourism Council forecasts that 9 million visitors will come next year.",
    [{ text: "9 million visitors", speaker: { name: "Tourism Council" } }],
    PUB,
  ],
  // A possessive name before its verb is the speaker; one that owns a noun is not.
  ["Moody's said debt would reach 90% of output.", [{ text: "90%", speaker: { name: "Moody's" } }], PUB],
  [
    "Norway's health ministry revised the toll, saying 40 cases were confirmed.",
    [{ text: "40 cases", speaker: undefined }],
    PUB,
  ],
  // An acronym in parentheses and a relative clause, a city, "the" before a title word.
  [
    "Teachers Scotland (TS), which represents 30 unions, said 2,000 posts had gone.",
    [{ text: "30 unions" }, { text: "2,000 posts", speaker: { name: "Teachers Scotland" } }],
    PUB,
  ],
  [
    "Exports fell 2.1%, the Federal Statistical Office (Destatis) in Wiesbaden said.",
    [{ text: "2.1%", speaker: { name: "Federal Statistical Office" } }],
    PUB,
  ],
  [
    "Kenya repaid $200 million of its loans, the Treasury said on Friday.",
    [{ text: "$200 million", speaker: { name: "Treasury" } }],
    PUB,
  ],
];

export const FIX9_RATES: Case[] = [
  // A rate's denominator belongs to its unit.
  [
    "The homicide rate fell to 9.8 per 100,000 people.",
    [
      {
        text: "9.8 per 100,000 people",
        kind: "QUANTITY",
        unit: "per 100,000 people",
        subject: { text: "The homicide rate" },
      },
    ],
    PUB,
  ],
  [
    "Neonatal mortality was 18 deaths per 1,000 live births in 2025.",
    [
      {
        text: "18 deaths per 1,000 live births",
        unit: "deaths per 1,000 live births",
        period: { text: "2025" },
      },
    ],
    PUB,
  ],
  [
    "The rate rose to 31 per 100,000 residents from 27.",
    [{ text: "31 per 100,000 residents" }, { text: "27", unit: "per 100,000 residents" }],
    PUB,
  ],
];

export const FIX9_TRAILING: Case[] = [
  // A change set off by a comma after a figure is that figure's, past a relative clause before the verb.
  [
    "Halden, which also owns two ferry lines, posted a profit of 90 million euros for the year, up 6%.",
    [
      { text: "two ferry lines" },
      { text: "90 million euros" },
      { text: "6%", subject: { text: "a profit" } },
    ],
    PUB,
  ],
  // A finite verb after the relative clause is the clause's own.
  [
    "The freight index, which tracks rates on 12 routes, fell 2% to 1,840.",
    [{ text: "12 routes" }, { text: "2%", subject: { text: "The freight index" } }, { text: "1,840" }],
    PUB,
  ],
  // Compared with another's change: what changed is named after the figure.
  [
    "The stock has fallen 9% this year, compared with a gain of 4% for the wider market.",
    [{ text: "9%" }, { text: "4%", subject: { text: "the wider market" } }],
    PUB,
  ],
];

export const FIX9_SOURCES: Case[] = [
  // A title word's compound is no speaker; a body based at another speaks for itself.
  [
    "Vice-chancellors warned that 20 universities faced deficits.",
    [{ text: "20 universities", speaker: undefined }],
    PUB,
  ],
  [
    "The Migration Research Unit at the University of Bergen said arrivals fell 4%.",
    [{ text: "4%", speaker: { name: "Migration Research Unit" } }],
    PUB,
  ],
  // Someone whose apposition names a body with an acronym speaks, not the body.
  [
    "Jane Ray, head of research at the Energy Institute (EI), which runs the survey, said demand fell 3%.",
    [{ text: "3%", speaker: { name: "Jane Ray" } }],
    PUB,
  ],
];

export const FIX9_COMMODITIES: Case[] = [
  // A dash range between scaled numbers; pounds of a commodity weigh; "and" after a figure opens an item.
  [
    "The miner expects 1.4 million-1.6 million ounces this year.",
    [{ text: "1.4 million-1.6 million ounces", value: 1400000, high: 1600000, unit: "ounces" }],
    PUB,
  ],
  [
    "SASKATOON - Cameco produced 5.1 million pounds of uranium in the quarter.",
    [{ text: "5.1 million pounds", kind: "QUANTITY", unit: "pounds", subject: { text: "uranium" } }],
    PUB,
  ],
  [
    "The miner guided copper sales of 1.2 billion pounds and gold sales of 900,000 ounces.",
    [
      { text: "1.2 billion pounds", kind: "QUANTITY", subject: { text: "copper sales" } },
      { text: "900,000 ounces", subject: { text: "gold sales" } },
    ],
    PUB,
  ],
  [
    "The club paid 5 million pounds of its own money.",
    [{ text: "5 million pounds", kind: "MONEY", currency: "GBP" }],
    PUB,
  ],
];

export const FIX9_LIFE: Case[] = [
  // Years of life are a measure; spans of years stay durations.
  [
    "Life expectancy at birth rose to 79.3 years in 2025, up 0.4 years from 2024.",
    [
      { text: "79.3 years", kind: "QUANTITY", unit: "years", subject: { text: "Life expectancy at birth" } },
      { text: "0.4 years", change: { direction: "increase", measure: "absolute" } },
    ],
    PUB,
  ],
  ["The median age of the population reached 41.7 years.", [{ text: "41.7 years", value: 41.7 }], PUB],
  ["Life expectancy has improved over the past 20 years.", [], PUB],
  ["The former mayor was jailed for 6 years.", [], PUB],
];

export const FIX9_ELIDED: Case[] = [
  // A bare number takes the unit of the figure it is compared with, past that figure's period and names.
  [
    "The agency opened 52 investigations this year, up from 41 in 2025.",
    [{ text: "52 investigations" }, { text: "41", kind: "QUANTITY", unit: "investigations" }],
    PUB,
  ],
  [
    "Netflix added 3.2 million subscribers, beating forecasts of 2.8 million.",
    [{ text: "3.2 million subscribers" }, { text: "2.8 million", unit: "subscribers" }],
    PUB,
  ],
  [
    "Hamburg handled 210 cruise calls, followed by Kiel with 180 and Rostock with 150.",
    [{ text: "210 cruise calls" }, { text: "180", unit: "calls" }, { text: "150", unit: "calls" }],
    PUB,
  ],
  [
    "The chain had 640 stores in June, 25 fewer than a year earlier.",
    [{ text: "640 stores" }, { text: "25", unit: "stores" }],
    PUB,
  ],
  // A number with a noun of its own keeps it.
  [
    "The flood killed 12,000 sheep and 300 dairy cows.",
    [{ text: "12,000 sheep" }, { text: "300 dairy cows", unit: "cows" }],
    PUB,
  ],
];

export const FIX9_SIGNED: Case[] = [
  // A signed figure after a label or in parentheses is a change; the label is its subject.
  [
    "Division results:\n- Games: +11% to £380m\n- Music: -2% to £90m\n- Film: up 4% to £60m",
    [
      { text: "11%", change: { direction: "increase" }, subject: { text: "Games" } },
      { text: "£380m", subject: { text: "Games" } },
      { text: "-2%", value: -2, change: { direction: "decrease" }, subject: { text: "Music" } },
      { text: "£90m", subject: { text: "Music" } },
      { text: "4%", change: { direction: "increase" }, subject: { text: "Film" } },
      { text: "£60m", subject: { text: "Film" } },
    ],
    PUB,
  ],
  [
    "- Net profit: $41 million (+9.2%)",
    [
      { text: "$41 million", subject: { text: "Net profit" } },
      { text: "9.2%", change: { direction: "increase" }, subject: { text: "Net profit" } },
    ],
    PUB,
  ],
];

export const FIX9_RANKINGS: Case[] = [
  // In a ranking after a figure, the name before "with" or "at" is what the figure measures.
  [
    "Orvik held 44 percent of the market last year, followed by Halvard with 31 percent and Tessin with 12 percent.",
    [
      { text: "44 percent" },
      { text: "31 percent", subject: { text: "Halvard" }, period: { text: "last year" } },
      { text: "12 percent", subject: { text: "Tessin" } },
    ],
    PUB,
  ],
  [
    "Britons were the largest group at 2.1 million, followed by the Netherlands at 700,000.",
    [{ text: "2.1 million" }, { text: "700,000", subject: { text: "the Netherlands" } }],
    PUB,
  ],
  // A noun phrase an aside after a main verb's object measures; a rank's holder holds it (Session 32).
  [
    "Malawi had the highest rate, at 38.5%, the survey found.",
    [{ text: "38.5%", subject: { text: "Malawi" } }],
    PUB,
  ],
];

export const FIX9_TRAILING_PERIODS: Case[] = [
  // A period after a change set off by a comma is that change's (or its base's), not the level's.
  [
    "Palladium traded at $1,020 an ounce on Tuesday, up nearly 25% since March.",
    [
      { text: "$1,020", period: { text: "Tuesday" } },
      { text: "25%", period: { text: "since March" } },
    ],
    PUB,
  ],
  [
    "Cobalt rose to $31,000 a tonne, up 9% from a two-year low of $28,400 in April.",
    [{ text: "$31,000", period: undefined }, { text: "9%" }, { text: "$28,400" }],
    PUB,
  ],
  // One set off after the change is still the sentence's.
  [
    "Exports rose to $5 billion, up 4%, in October.",
    [
      { text: "$5 billion", period: { text: "October" } },
      { text: "4%", period: { text: "October" } },
    ],
    PUB,
  ],
];

export const FIX9_STATEMENT_DATES: Case[] = [
  // When something was said is no figure's period, even with the reported clause right after the date.
  ["Lidl said last month it would open 40 stores.", [{ text: "40 stores", period: undefined }], PUB],
  [
    "Norway said last week it would give an extra $30 million.",
    [{ text: "$30 million", period: undefined }],
    PUB,
  ],
  // A period inside the reported clause stays.
  [
    "The company said on Monday its sales rose 5% in October.",
    [{ text: "5%", period: { text: "October" } }],
    PUB,
  ],
];

export const FIX9_THRESHOLDS: Case[] = [
  // A threshold a thing is expected to pass is a lower bound; one it approaches, approximate.
  [
    "Arrivals are set to cross 12 million this year.",
    [{ text: "12 million", qualifier: "lower_bound" }],
    PUB,
  ],
  [
    "The festival expects to pass 400,000 visitors.",
    [{ text: "400,000 visitors", qualifier: "lower_bound" }],
    PUB,
  ],
  ["Sales are expected to approach $3 billion.", [{ text: "$3 billion", qualifier: "approximate" }], PUB],
  // "Top" that opens a sentence ranks.
  [
    "Top 1% of earners hold a fifth of the wealth.",
    [{ text: "1%", qualifier: "exact" }, { text: "a fifth" }],
    PUB,
  ],
];
