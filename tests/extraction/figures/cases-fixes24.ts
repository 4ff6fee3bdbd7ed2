import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 27, in wording of my own. */

export const FIX27_HOLDERS_PAST_CLAUSES: Case[] = [
  // A holder before a relative clause the comma closes.
  [
    "The old unit, whose cost doubled to $4 billion during the delays, processes about 90,000 bpd.",
    [{ text: "$4 billion" }, { text: "90,000 bpd", subject: { text: "The old unit" } }],
  ],
  // A town and its state after "at" place the noun the relative clause describes.
  [
    "The smelter at Ikot Abasi, Akwa Ibom, which can process about 300,000 tonnes a year, shipped 20,000 tonnes.",
    [
      { text: "300,000 tonnes a year", subject: { text: "The smelter at Ikot Abasi, Akwa Ibom" } },
      { text: "20,000 tonnes" },
    ],
  ],
  // Verbs of holding listed after a figure share the clause's subject; so does one after "and".
  [
    "The carrier has 12.4 million subscribers, employs about 3,100 people and operates 140 shops.",
    [
      { text: "12.4 million subscribers", subject: { text: "The carrier" } },
      { text: "3,100 people", subject: { text: "The carrier" } },
      { text: "140 shops", subject: { text: "The carrier" } },
    ],
  ],
  // A relative pronoun is no subject: the count keeps its unit.
  [
    "The retailer, which employs 6,400 people and operates 210 stores, said sales fell.",
    [
      { text: "6,400 people", subject: { text: "The retailer" } },
      { text: "210 stores", subject: { text: "stores" } },
    ],
  ],
  // After a period that ends a clause, "and the" opens the next one.
  [
    "Output is due to begin early next year and the mill is expected to employ around 800 people.",
    [{ text: "800 people", subject: { text: "the mill" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX27_THRESHOLDS: Case[] = [
  // A fixed threshold is no reading of the sentence's month.
  [
    "The gauge fell to 48.1 in October, its fifth month below the 50 mark that separates growth from contraction.",
    [
      { text: "48.1", period: { text: "October" } },
      { text: "50", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Turnout reached 61% on Sunday, above the 50% threshold needed for the vote to count.",
    [
      { text: "61%", period: { text: "Sunday" } },
      { text: "50%", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A mark crossed is a level reached then.
  [
    "Exports crossed the $5 billion mark in 2025 for the first time.",
    [{ text: "$5 billion", period: { text: "2025" } }],
    { publishedAt: "2026-11-20" },
  ],
  // A verb of meaning after the number is no unit.
  ["A reading above 50 indicates expansion.", [{ text: "50", kind: "NUMBER", unit: undefined }]],
];

export const FIX27_EXPECTATIONS: Case[] = [
  // An expectation that opens the next sentence is for the result, not for the level compared after it.
  [
    "Business confidence fell to 88.1 in November from 90.2 in October. Economists polled by Reuters had expected a reading of 89.0.",
    [
      { text: "88.1", period: { text: "November" } },
      { text: "90.2", period: { text: "October" } },
      { text: "89.0", period: { text: "November" } },
    ],
    { publishedAt: "2026-11-25" },
  ],
  [
    "Retail sales rose 0.6 per cent in September, following a 0.2 per cent drop in August. Economists had expected a gain of 0.4 per cent.",
    [
      { text: "0.6 per cent", period: { text: "September" } },
      { text: "0.2 per cent", period: { text: "August" } },
      { text: "0.4 per cent", period: { text: "September" }, subject: { text: "Retail sales" } },
    ],
    { publishedAt: "2026-11-25" },
  ],
  // A phrase that names the expectation keeps it, and still takes the result's period.
  [
    "The index rose to 50.8 in November from 50.1 in October. It beat the median forecast of 50.4.",
    [
      { text: "50.8" },
      { text: "50.1" },
      { text: "50.4", period: { text: "November" }, subject: { text: "the median forecast" } },
    ],
    { publishedAt: "2026-11-25" },
  ],
];

export const FIX27_LEVELS_COMPARED_PAST_PERIODS: Case[] = [
  // A level compared takes the subject of the figure before, past its "as at" day or its "half-year".
  [
    "Net debt stood at S$9.4 billion as at end-June, down from S$11.2 billion at end-2025.",
    [
      { text: "S$9.4 billion", subject: { text: "Net debt" } },
      { text: "S$11.2 billion", subject: { text: "Net debt" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The utility reported a net profit of R2.1 billion for the half-year, compared with R1.7 billion a year earlier.",
    [
      { text: "R2.1 billion", subject: { text: "a net profit" } },
      { text: "R1.7 billion", subject: { text: "a net profit" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX27_AUCTION_RATES: Case[] = [
  // The rate a security sold at measures the security, whatever words describe the rate.
  [
    "The Treasury sold $39 billion of 10-year notes at a high yield of 4.205%.",
    [
      { text: "$39 billion", subject: { text: "10-year notes" } },
      { text: "4.205%", subject: { text: "10-year notes" } },
    ],
  ],
  [
    "The central bank sold N95 billion of 364-day bills at a stop-out rate of 17.9%.",
    [
      { text: "N95 billion", subject: { text: "364-day bills" } },
      { text: "17.9%", subject: { text: "364-day bills" } },
    ],
  ],
  // A rate with no money raised keeps its own noun.
  [
    "Assets above the allowance are taxed at an effective rate of 20%.",
    [{ text: "20%", subject: { text: "an effective rate" } }],
  ],
];

export const FIX27_LEVELS_AFTER_SPANS: Case[] = [
  // The span a change ran over dates the change, not the level it reached.
  [
    "The central bank has cut its policy rate five times since March 2025 to 6.25 percent.",
    [{ text: "6.25 percent", subject: { text: "its policy rate" }, period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Deposits grew 7% to $12.4 billion since December.",
    [
      { text: "7%", period: { text: "since December" } },
      { text: "$12.4 billion", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // A total the span adds up keeps it.
  [
    "The cut brings total reductions since August 2024 to 150 basis points.",
    [{ text: "150 basis points", period: { text: "since August 2024" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX27_RELATIVE_CLAUSES: Case[] = [
  // A relative clause without a comma measures the noun it follows.
  [
    "Profit was helped by a net interest margin that widened to 7.4% from 6.9%.",
    [
      { text: "7.4%", subject: { text: "a net interest margin" } },
      { text: "6.9%", subject: { text: "a net interest margin" } },
    ],
  ],
  [
    "Fee income was led by card fees which climbed 14 per cent to S$310 million.",
    [
      { text: "14 per cent", subject: { text: "card fees" } },
      { text: "S$310 million", subject: { text: "card fees" } },
    ],
  ],
  // A noun in "-ing" after its determiner stays; a name after a preposition takes no such clause.
  [
    "The group paused a string of increases that have returned 1.2 million barrels per day.",
    [{ text: "1.2 million barrels per day", subject: { text: "a string of increases" } }],
  ],
  [
    "The family plans a listing on the Nairobi Securities Exchange that could raise Sh20 billion.",
    [{ text: "Sh20 billion", subject: { text: "a listing on the Nairobi Securities Exchange" } }],
  ],
  // A clause set off after an amount measures what the amount does.
  [
    "The bank booked net interest income of Rp 98.2 trillion, which grew 3.9 percent.",
    [
      { text: "Rp 98.2 trillion", subject: { text: "net interest income" } },
      { text: "3.9 percent", subject: { text: "net interest income" } },
    ],
  ],
  // What a verb reports, or a demonstrative, opens no relative clause.
  ["The ministry said that exports rose 5%.", [{ text: "5%", subject: { text: "exports" } }]],
];

export const FIX27_MATURITIES_AND_SEASONS: Case[] = [
  // A month and year before a bond word is its maturity, no period; it names the bond.
  [
    "The agency sold $800 million of the March 2034 bond at an average yield of 4.3 per cent.",
    [
      { text: "$800 million", period: undefined, subject: { text: "the March 2034 bond" } },
      { text: "4.3 per cent", period: undefined, subject: { text: "the March 2034 bond" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The office offered N200bn in the April 2031 and June 2033 bonds.",
    [{ text: "N200bn", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  // Months in parentheses after a span say which months it runs over.
  [
    "Mills will produce 33.1 million tonnes in the 2026-27 season (October-September).",
    [{ text: "33.1 million tonnes", period: { from: "2026-10", to: "2027-09" } }],
    { publishedAt: "2026-11-18" },
  ],
  [
    "Exports reached 150,000 tons in the first four months (July-October).",
    [{ text: "150,000 tons", period: { from: "2026-07", to: "2026-10" } }],
    { publishedAt: "2026-11-18" },
  ],
];

export const FIX27_COMPARED_PAST_UNITS: Case[] = [
  // A level compared takes the subject of the figure before past its denominator, a period set off by
  // commas, or where the amount came from.
  [
    "Container rates have fallen to about $1,610 per 40-foot container, down from $2,480 in March.",
    [
      { text: "$1,610", subject: { text: "Container rates" } },
      { text: "$2,480", subject: { text: "Container rates" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Net income rose to $2.2-billion, or $1.40 a share, in the three months ended Sept. 30, up from $1.9-billion a year earlier.",
    [{ text: "$2.2-billion" }, { text: "$1.40" }, { text: "$1.9-billion", subject: { text: "Net income" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Uganda earned $1.1 billion from coffee exports in the ten months, 8.2 percent more than a year earlier.",
    [
      { text: "$1.1 billion", subject: { text: "Uganda" } },
      { text: "8.2 percent", subject: { text: "Uganda" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX27_MAKERS_AND_DOMAINS: Case[] = [
  // What a maker turns out is its own count; not a content after "of", nor after "and".
  [
    "Tata Motors produced 48,200 vehicles in October.",
    [{ text: "48,200 vehicles", subject: { text: "Tata Motors" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The smelter produced 300,000 tonnes of aluminium.",
    [{ text: "300,000 tonnes", subject: { text: "aluminium" } }],
  ],
  [
    "The plants had a capacity of 90,000 vehicles a year but produced fewer than 8,000 vehicles.",
    [{ text: "90,000 vehicles a year" }, { text: "8,000 vehicles", subject: { text: "vehicles" } }],
  ],
  // A name glued to its web domain is one word.
  [
    "Shares of Booking.com parent Booking Holdings rose 2.1%, while JD.com fell 1.2%.",
    [{ text: "2.1%" }, { text: "1.2%", subject: { text: "JD.com" } }],
  ],
];

export const FIX27_SPEAKERS: Case[] = [
  // An acronym's parenthesis after a legal form written after another parenthesis: the name before both.
  [
    "PT Bank Mandiri (Persero) Tbk (BMRI) booked a net profit of Rp 38.2 trillion.",
    [{ text: "Rp 38.2 trillion", speaker: { name: "PT Bank Mandiri" } }],
  ],
];

export const FIX27_TONNAGES: Case[] = [
  // Shipping's tonnages are units of their own; "dwt" is one.
  [
    "Orders totalled 12.3 million deadweight tonnes, and the backlog stood at 210 million dwt.",
    [
      { text: "12.3 million deadweight tonnes", unit: "deadweight tonnes" },
      { text: "210 million dwt", unit: "dwt" },
    ],
  ],
  ["Cargo reached 501 million long tons.", [{ text: "501 million long tons", unit: "long tons" }]],
  // Not a hyphenated adjective: "long-range missiles" stay missiles.
  [
    "The ministry ordered 7,000 long-range missiles.",
    [{ text: "7,000 long-range missiles", unit: "missiles" }],
  ],
];

export const FIX27_GROUP_SIZES: Case[] = [
  // How many members make up the euro zone is no figure, as for "the 27-nation bloc".
  ["Factory activity in the 21-nation eurozone shrank by 0.4% in November.", [{ text: "0.4%" }]],
];

export const FIX27_PERIOD_NAMED_AGAIN: Case[] = [
  // "the period" named again after a dated story period is that period, and stays the story's.
  [
    "For the first nine months of 2026, net profit climbed 19 percent to SR12.4 billion. Earnings per share for the period rose to SR3.10. Customer deposits increased 8.2 percent to SR540 billion.",
    [
      { text: "19 percent", period: { from: "2026-01", to: "2026-09" } },
      { text: "SR12.4 billion" },
      { text: "SR3.10", period: { from: "2026-01", to: "2026-09" } },
      { text: "8.2 percent", period: { from: "2026-01", to: "2026-09" } },
      { text: "SR540 billion" },
    ],
    { publishedAt: "2026-11-02" },
  ],
];

export const FIX27_FORECAST_SUBJECTS: Case[] = [
  // Who forecast a change is no subject; a change forecast is of the change before it.
  [
    "Industrial output fell 0.6% in September, as the 14% benchmark rate weighed. Economists polled by Reuters had forecast a 0.3% drop.",
    [
      { text: "0.6%", subject: { text: "Industrial output" } },
      { text: "14%" },
      { text: "0.3%", subject: { text: "Industrial output" }, period: { text: "September" } },
    ],
    { publishedAt: "2026-11-10" },
  ],
];

export const FIXES24: Case[] = [
  ...FIX27_FORECAST_SUBJECTS,
  ...FIX27_PERIOD_NAMED_AGAIN,
  ...FIX27_GROUP_SIZES,
  ...FIX27_TONNAGES,
  ...FIX27_SPEAKERS,
  ...FIX27_MAKERS_AND_DOMAINS,
  ...FIX27_COMPARED_PAST_UNITS,
  ...FIX27_MATURITIES_AND_SEASONS,
  ...FIX27_RELATIVE_CLAUSES,
  ...FIX27_LEVELS_AFTER_SPANS,
  ...FIX27_AUCTION_RATES,
  ...FIX27_LEVELS_COMPARED_PAST_PERIODS,
  ...FIX27_EXPECTATIONS,
  ...FIX27_HOLDERS_PAST_CLAUSES,
  ...FIX27_THRESHOLDS,
];
