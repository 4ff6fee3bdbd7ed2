import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 18, in wording of my own. */

export const FIX18_COUNTED_QUARTERS: Case[] = [
  // Quarters or halves counted after "in", "for", "over the past" are a span of time, not a share.
  ["Retail sales grew at the weakest pace in three quarters.", []],
  ["Profit has fallen for two quarters.", []],
  // ... a share keeps its "of", or stands with no time word before it.
  [
    "About three quarters of members voted to strike.",
    [{ text: "three quarters", value: 0.75, subject: { text: "members" } }],
  ],
];

export const FIX18_CAUSES: Case[] = [
  // What a change happened on the back of is its cause, not what it is measured against.
  [
    "Farm output grew 3.8% on the back of a strong monsoon.",
    [{ text: "3.8%", change: { direction: "increase", base: undefined } }],
  ],
  ["The shares jumped 7% on the news.", [{ text: "7%", change: { direction: "increase", base: undefined } }]],
  // ... a year after "on" stays a base.
  ["Sales were up 4% on 2025.", [{ text: "4%", change: { direction: "increase", base: "2025" } }]],
];

export const FIX18_VALUE_ADDED: Case[] = [
  // "value added" is one noun: its "added" neither ends the subject nor speaks.
  [
    "Gross value added (GVA), which excludes taxes, grew 5.1% in the quarter.",
    [{ text: "5.1%", subject: { text: "Gross value added (GVA)" } }],
  ],
  [
    "Value added tax receipts rose 9%.",
    [{ text: "9%", subject: { text: "Value added tax receipts" }, speaker: undefined }],
  ],
  // A stay before "to" is a noun in the verb's object ("fares stay at" keeps its verb).
  [
    "The state raised the levy on hotel stays to 12%.",
    [{ text: "12%", subject: { text: "the levy on hotel stays" } }],
  ],
  ["Bus fares stay at $2.50.", [{ text: "$2.50", subject: { text: "Bus fares" } }]],
];

export const FIX18_SHARES_OF_CENTS: Case[] = [
  // A share "of a cent" is that much money.
  [
    "The loonie rose 0.15 of a U.S. cent to 71.3 U.S. cents.",
    [
      {
        text: "0.15 of a U.S. cent",
        kind: "MONEY",
        value: 0.0015,
        currency: "USD",
        subject: { text: "The loonie" },
      },
      { text: "71.3 U.S. cents", value: 0.713, subject: { text: "The loonie" } },
    ],
  ],
  ["The kiwi lost a quarter of a cent.", [{ text: "a quarter of a cent", kind: "MONEY", value: 0.0025 }]],
  // A price per megawatt hour written as two words.
  [
    "Spot power averaged A$91 a megawatt hour.",
    [{ text: "A$91", currency: "AUD", unit: "a megawatt hour", subject: { text: "Spot power" } }],
  ],
];

export const FIX18_SHOULD: Case[] = [
  // "should" looks ahead like "will": a bare month after it is the next one.
  [
    "Inflation should ease to 3.1% in February.",
    [{ text: "3.1%", period: { text: "February", from: "2027-02", to: "2027-02" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX18_LISTED_AFTER_LEVELS: Case[] = [
  // After a change and the level it reached, "and by N%" changes the same way and measures the same.
  [
    "Average rents rose by 6.9% to £1,012 in Wales, and by 3.4% to £1,001 in Scotland.",
    [
      { text: "6.9%", change: { direction: "increase" }, subject: { text: "Average rents" } },
      { text: "£1,012", change: undefined },
      { text: "3.4%", change: { direction: "increase" }, subject: { text: "Average rents" } },
      { text: "£1,001", change: undefined },
    ],
  ],
  // ... a level restated in another currency is no change.
  [
    "Revenue rose 21% to 1.46 trillion rupiah ($89 million).",
    [{ text: "21%" }, { text: "1.46 trillion rupiah" }, { text: "$89 million", change: undefined }],
  ],
];

export const FIX18_COMPARED_SIZES: Case[] = [
  // A size compared with another change between the article and the figure: the clause subject changed.
  [
    "Perth recorded a more modest 0.3% rise.",
    [{ text: "0.3%", change: { direction: "increase" }, subject: { text: "Perth" } }],
  ],
  [
    "Brisbane posted a much sharper 2.1% gain.",
    [{ text: "2.1%", change: { direction: "increase" }, subject: { text: "Brisbane" } }],
  ],
];

export const FIX18_QUOTED_RATES: Case[] = [
  // A rate quoted after a change of the currency takes the currency its subject names.
  [
    "The lira weakened 0.3% to 42.62 per dollar.",
    [
      { text: "0.3%", subject: { text: "The lira" } },
      { text: "42.62", kind: "MONEY", currency: "TRY", unit: "per dollar", subject: { text: "The lira" } },
    ],
  ],
  // Names of a currency that are words too count only as what a quote measures.
  [
    "The real firmed 0.6% to 5.21 per dollar.",
    [{ text: "0.6%" }, { text: "5.21", kind: "MONEY", currency: "BRL", unit: "per dollar" }],
  ],
  [
    "The shilling was stable at 129.2 against the dollar.",
    [{ text: "129.2", kind: "MONEY", currency: "KES", unit: "against the dollar" }],
  ],
  ["Output rose 4% in real terms.", [{ text: "4%", kind: "PERCENT" }]],
  // A note in parentheses may stand between the rate and the quote.
  [
    "The rupee settled at 84.38 (provisional) against the US dollar.",
    [{ text: "84.38", kind: "MONEY", currency: "INR", unit: "against the US dollar" }],
  ],
];

export const FIX18_HEADLINE_OBJECTS: Case[] = [
  // Headline verbs after a plural subject, capitalized objects and prepositions take money as a bare object.
  [
    "Denver voters approve $780 million bond package",
    [{ text: "$780 million", subject: { text: "bond package" } }],
  ],
  [
    "Lawmakers pass $1.2 trillion spending bill",
    [{ text: "$1.2 trillion", subject: { text: "spending bill" } }],
  ],
  ["Kredito raises $48m Series B", [{ text: "$48m", subject: { text: "Series B" } }]],
  ["Nimbus soars after $1.4 billion IPO", [{ text: "$1.4 billion", subject: { text: "IPO" } }]],
  ["L'Oreal to buy Mixsoon in $1.2 bln deal", [{ text: "$1.2 bln", subject: { text: "deal" } }]],
  // Prices compared in one breath share the denominator past the first price's period.
  [
    "Brent has averaged $67.20 a barrel this year, compared with $80.50 in 2024.",
    [
      { text: "$67.20", unit: "a barrel" },
      { text: "$80.50", unit: "a barrel", period: { text: "2024" } },
    ],
    { publishedAt: "2026-11-19" },
  ],
  // One-letter currencies take a scale joined by a dash.
  [
    "The council approved the city's P45.1-billion budget.",
    [
      {
        text: "P45.1-billion",
        kind: "MONEY",
        currency: "PHP",
        value: 45100000000,
        subject: { text: "budget" },
      },
    ],
  ],
];

export const FIX18_STORY_PERIODS: Case[] = [
  // A one-off act, a share's price after its move and a bond's yield take no story period.
  [
    "Net profit for the six months to September rose 12% to Sh33 billion. Japan pledged 150 million yen in relief goods. The two-year yield dropped 8 basis points to 2.31%. Operating costs rose 4%.",
    [
      { text: "12%", period: { text: "six months to September" } },
      { text: "Sh33 billion", period: { text: "six months to September" } },
      { text: "150 million yen", period: undefined },
      { text: "8 basis points", period: undefined },
      { text: "2.31%", period: undefined },
      { text: "4%", period: { text: "six months to September", carried: true } },
    ],
    { publishedAt: "2026-11-12" },
  ],
  // ... a results sentence that names the stock exchange it was filed with moves no market.
  [
    "Net profit for the six months ended September 30 climbed to HK$3.25 billion, the company said in a filing to the stock exchange. Revenue slipped 4.5 per cent.",
    [
      { text: "HK$3.25 billion" },
      { text: "4.5 per cent", period: { text: "six months ended September 30", carried: true } },
    ],
    { publishedAt: "2026-11-26" },
  ],
  // ... a participle after its noun is no act: the survey's period is the story's.
  [
    "The survey released on Wednesday showed unemployment fell to 6.4% in the July-September quarter. Participation rose 0.8 percentage points.",
    [{ text: "6.4%" }, { text: "0.8 percentage points", period: { text: "July-September quarter" } }],
    { publishedAt: "2026-11-20" },
  ],
  // Undated, a day's words name no story period.
  [
    "The cyclone made landfall on October 28. Crops on 4.65 lakh acres were damaged.",
    [{ text: "4.65 lakh acres", period: undefined }],
  ],
];

export const FIX18_LEGAL_FORMS: Case[] = [
  // The point of a legal form is part of the subject's name.
  [
    "Canadian Natural Resources Ltd. climbed 2.4% to $48.95.",
    [
      { text: "2.4%", subject: { text: "Canadian Natural Resources Ltd." } },
      { text: "$48.95", subject: { text: "Canadian Natural Resources Ltd." } },
    ],
  ],
  ["Target Corp., by contrast, plunged 14%.", [{ text: "14%", subject: { text: "Target Corp." } }]],
  // ... a sentence that ends on "limited." is no name.
  [
    "The benefit was limited. Shares of Erdemir, the largest producer, were down 1.8%.",
    [{ text: "1.8%", subject: { text: "Shares of Erdemir" } }],
  ],
  // A measure after a determiner describes the noun or the name after it.
  ["A 14km stretch of the N2 would stay closed.", [{ text: "14km", subject: { text: "stretch" } }]],
  [
    "The state will build the 60-kilometre Purple Line.",
    [{ text: "60-kilometre", subject: { text: "Purple Line" } }],
  ],
  ["He ran 10km in the rain.", [{ text: "10km", subject: undefined }]],
  // A price's "a"/"an" denominator ends the figure before, "and" the clause.
  [
    "Gold fell 0.4% to $2,634.50 an ounce and Brent crude rose 0.6% to $73.35 a barrel.",
    [
      { text: "0.4%" },
      { text: "$2,634.50" },
      { text: "0.6%", subject: { text: "Brent crude" } },
      { text: "$73.35" },
    ],
  ],
  // A participle after a comma shares the subject of the clause before it.
  [
    "Walmart Inc. bucked the trend, rising 3.2% to a record $92.40.",
    [
      { text: "3.2%", subject: { text: "Walmart Inc." } },
      { text: "$92.40", subject: { text: "Walmart Inc." } },
    ],
  ],
];

export const FIX18_ELIDED_UNITS: Case[] = [
  // A bare number after a short predicate and ", up/down from" is the count before, compared.
  [
    "About 996,000 candidates are sitting the exam, up from 965,501 last year.",
    [{ text: "996,000 candidates" }, { text: "965,501", kind: "QUANTITY", unit: "candidates" }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "We have 214 camps open today, down from 390 at the peak.",
    [{ text: "214 camps" }, { text: "390", kind: "QUANTITY", unit: "camps" }],
    { publishedAt: "2026-11-20" },
  ],
  // ... and so is a part of it: "of which", "N of them", "including N that", "N remain".
  [
    "About 4,870 homes were damaged, of which 1,320 were washed away.",
    [{ text: "4,870 homes" }, { text: "1,320", kind: "QUANTITY", unit: "homes" }],
  ],
  [
    "In all, 1,023 people were injured, 312 of them seriously.",
    [{ text: "1,023 people" }, { text: "312", kind: "QUANTITY", unit: "people" }],
  ],
  [
    "At least 9,870 houses were damaged, including 2,640 that were destroyed.",
    [{ text: "9,870 houses" }, { text: "2,640", kind: "QUANTITY", unit: "houses" }],
  ],
  [
    "Some 212 schools were damaged, and 38 remain closed.",
    [{ text: "212 schools" }, { text: "38", kind: "QUANTITY", unit: "schools" }],
  ],
];

export const FIX18_SHARED_SUBJECTS: Case[] = [
  // What a thing gets, requires or needs measures it.
  [
    "Roads and transport get Sh6.7 billion.",
    [{ text: "Sh6.7 billion", subject: { text: "Roads and transport" } }],
  ],
  [
    "The TTC's capital plan requires $37.1-billion over 15 years.",
    [{ text: "$37.1-billion", subject: { text: "The TTC's capital plan" } }],
  ],
  // ", equal to" and ", representing" restate the figure before in other terms.
  [
    "Kenya's public debt rose to Sh11.8 trillion, equal to 67.2 percent of GDP.",
    [{ text: "Sh11.8 trillion" }, { text: "67.2 percent", subject: { text: "Kenya's public debt" } }],
  ],
  // A part in the same terms after "of which" measures what the whole does (a share measures the whole).
  [
    "Pending bills stood at Sh120 billion, of which Sh63 billion is owed to the KRA.",
    [{ text: "Sh120 billion" }, { text: "Sh63 billion", subject: { text: "Pending bills" } }],
  ],
  [
    "The bank lent $5 billion, of which 80% went to small firms.",
    [{ text: "$5 billion" }, { text: "80%", subject: { text: "$5 billion" } }],
  ],
];

export const FIX18_DEALS: Case[] = [
  // A rate money was raised at measures what the money bought; the terms end the securities' phrase, and
  // money listed after the rate names its own securities.
  [
    "Petrobras sold $1.25 billion of 10-year notes at a yield of 6.05% and $750 million of 30-year bonds at 6.9%.",
    [
      { text: "$1.25 billion", subject: { text: "10-year notes" } },
      { text: "6.05%", subject: { text: "10-year notes" } },
      { text: "$750 million", subject: { text: "30-year bonds" } },
      { text: "6.9%", subject: { text: "30-year bonds" } },
    ],
  ],
  // A capitalized class of securities names them too ("of Eurobonds on Tuesday", "of Maple bonds").
  [
    "Nigeria sold $2.25 billion of Eurobonds on Tuesday, and issuers sold $12.6 billion of Maple bonds.",
    [
      { text: "$2.25 billion", subject: { text: "Eurobonds" } },
      { text: "$12.6 billion", subject: { text: "Maple bonds" } },
    ],
  ],
  // A nationality before a lower-case noun describes the securities.
  [
    "Foreigners bought a net $1.2 billion of Turkish bonds.",
    [{ text: "$1.2 billion", subject: { text: "Turkish bonds" } }],
  ],
  [
    "Nigeria priced a $1 billion 20-year tranche at 9.75%.",
    [
      { text: "$1 billion", subject: { text: "20-year tranche" } },
      { text: "9.75%", subject: { text: "20-year tranche" } },
    ],
  ],
];

export const FIX18_COUNTED_WHOLES: Case[] = [
  // A share of a counted whole measures the whole, count and all.
  [
    "Some 72.12 per cent of the 1.97 million candidates who sat the exam obtained credits.",
    [
      { text: "72.12 per cent", subject: { text: "the 1.97 million candidates" } },
      { text: "1.97 million candidates" },
    ],
  ],
  [
    "The survey found 45% of the 265 providers it monitors expect a deficit.",
    [{ text: "45%", subject: { text: "the 265 providers" } }, { text: "265 providers" }],
  ],
];

export const FIX18_BASE_PERIODS: Case[] = [
  // A level in a change's base keeps the period the base names ("corresponding" as "same").
  [
    "Revenue rose to N38.7 billion in 2025, up 62 per cent from N23.9 billion in 2024.",
    [
      { text: "N38.7 billion", period: { text: "2025" } },
      { text: "62 per cent", period: { text: "2025" } },
      { text: "N23.9 billion", period: { text: "2024", from: "2024", to: "2024" } },
    ],
    { publishedAt: "2026-11-28" },
  ],
  [
    "Profit rose to N48.2 billion in the nine months ended September 30, 2026, up 61.5 per cent from N29.8 billion in the corresponding period of 2025.",
    [
      { text: "N48.2 billion" },
      { text: "61.5 per cent" },
      {
        text: "N29.8 billion",
        period: { text: "corresponding period of 2025", from: "2025-01", to: "2025-09" },
      },
    ],
    { publishedAt: "2026-11-28" },
  ],
];

export const FIX18_DEALER_QUOTES: Case[] = [
  // A dealer's bid and offer, the offer written by the bid's last digits, is one range.
  [
    "The dollar fetched 158.34-36 yen, and the euro traded at $1.1482-1484.",
    [
      { text: "158.34-36 yen", value: 158.34, high: 158.36, currency: "JPY" },
      { text: "$1.1482-1484", value: 1.1482, high: 1.1484, currency: "USD" },
    ],
  ],
];

export const FIX18_INDEX_POINTS: Case[] = [
  // Points restated in per cent, or beside an index's name, are the index's; the level after "to" is no
  // range's end.
  [
    "The PSEi fell 27.19 points, or 0.71 percent, to 3,804.58.",
    [
      {
        text: "27.19 points",
        kind: "QUANTITY",
        unit: "points",
        change: { direction: "decrease", measure: "absolute" },
      },
      { text: "0.71 percent" },
      { text: "3,804.58", value: 3804.58 },
    ],
  ],
  [
    "The Straits Times Index was up 1.2%, or 44.3 points to 3,742.55.",
    [{ text: "1.2%" }, { text: "44.3 points", unit: "points" }, { text: "3,742.55", value: 3742.55 }],
  ],
];

export const FIX18_SPEAKERS: Case[] = [
  // A body named by its title word after its country's possessive speaks; so does a name across "&".
  [
    "Brazil's Treasury said public debt rose 1.9% in October.",
    [{ text: "1.9%", speaker: { name: "Treasury" } }],
    { publishedAt: "2026-11-28" },
  ],
  ["Procter & Gamble said sales rose 4%.", [{ text: "4%", speaker: { name: "Procter & Gamble" } }]],
];

export const FIX18_LEVEL_BASES: Case[] = [
  // For a change in per cent or points, the level after "from", with its time, is the base; an amount
  // added from a source is none, and "from $5 to $7" stays two levels.
  [
    "Revenue was $21.4 billion, down 3.7% from $22.2 billion a year earlier.",
    [
      { text: "$21.4 billion" },
      { text: "3.7%", change: { direction: "decrease", base: "$22.2 billion a year earlier" } },
      { text: "$22.2 billion", period: { text: "a year earlier" } },
    ],
    { publishedAt: "2026-11-28" },
  ],
  [
    "The film added $196 million from 62 international markets.",
    [
      { text: "$196 million", change: { direction: "increase", base: undefined } },
      { text: "62 international markets" },
    ],
  ],
];

export const FIX18_CHANGES_TO_COME: Case[] = [
  // "see X rise by", "have X cut by": X is what changes; "from next month" starts a change to come.
  [
    "Households could see bills rise by as much as 30 per cent.",
    [{ text: "30 per cent", subject: { text: "bills" } }],
  ],
  [
    "Graduates will have their balances cut by 20 per cent from next month.",
    [
      {
        text: "20 per cent",
        subject: { text: "their balances" },
        change: { direction: "decrease", base: undefined },
        period: { text: "from next month", from: "2026-12" },
      },
    ],
    { publishedAt: "2026-11-25" },
  ],
];

export const FIX18_RECHECK: Case[] = [
  // The day right before a one-off act's verb, and the day a listener was told something, date nothing.
  [
    "The state government on Sunday sought Rs 6,356 crore in central assistance.",
    [{ text: "Rs 6,356 crore", period: undefined }],
    { publishedAt: "2026-11-09" },
  ],
  [
    "HELB told the Education Committee on Tuesday that it needs an additional Sh22 billion.",
    [{ text: "Sh22 billion", period: undefined }],
    { publishedAt: "2026-11-12" },
  ],
  ["Sales rose 5% on Tuesday.", [{ text: "5%", period: { text: "Tuesday" } }], { publishedAt: "2026-11-19" }],
  // A share of another whole after ", equal to" restates no change; after ", or" it restates the cut.
  [
    "OPEC+ has been cutting output by 5.85 million bpd, equal to about 5.7% of global demand.",
    [{ text: "5.85 million bpd" }, { text: "5.7%", change: undefined }],
  ],
  [
    "Kairon announced it would cut 120 jobs, or about 15 percent of its workforce.",
    [{ text: "120 jobs" }, { text: "15 percent", change: { direction: "decrease" } }],
  ],
  // An estimate's qualifier may stand before the article of a percentage ("roughly a 40% chance"), not a
  // topic's ("talks about a 300 billion naira bond").
  [
    "Traders priced in roughly a 40% chance of a hike, and the firm is in talks about a 300 billion naira bond.",
    [
      { text: "40%", qualifier: "approximate" },
      { text: "300 billion naira", qualifier: "exact" },
    ],
  ],
  // A sentence that opens with "It" and a change goes on about what the sentence before measured.
  [
    "The Australian dollar rose 0.2 per cent. It also fell 0.4 per cent against the yen.",
    [{ text: "0.2 per cent" }, { text: "0.4 per cent", subject: { text: "The Australian dollar" } }],
  ],
  // A month after the publication's named for a level compared is the one before it; not one named before
  // the figure for something else.
  [
    "Debt reached 78.1% of GDP in September, up from 76.5% in December.",
    [{ text: "78.1%" }, { text: "76.5%", period: { text: "December", from: "2025-12", to: "2025-12" } }],
    { publishedAt: "2026-11-19" },
  ],
  [
    "Inflation should ease to 3% in December.",
    [{ text: "3%", period: { text: "December", from: "2026-12" } }],
    { publishedAt: "2026-11-19" },
  ],
  // Aid released or provided with nothing naming what it goes to measures the giver.
  [
    "The European Union released 1.5 million euros.",
    [{ text: "1.5 million euros", subject: { text: "The European Union" } }],
  ],
  // A nationality before a quoted currency names its country.
  [
    "The Chilean peso strengthened 0.6% to 958.40 per dollar.",
    [{ text: "0.6%" }, { text: "958.40", currency: "CLP", unit: "per dollar" }],
  ],
];

export const FIXES18: Case[] = [
  ...FIX18_RECHECK,
  ...FIX18_CHANGES_TO_COME,
  ...FIX18_LEVEL_BASES,
  ...FIX18_SPEAKERS,
  ...FIX18_INDEX_POINTS,
  ...FIX18_DEALER_QUOTES,
  ...FIX18_BASE_PERIODS,
  ...FIX18_COUNTED_WHOLES,
  ...FIX18_DEALS,
  ...FIX18_SHARED_SUBJECTS,
  ...FIX18_ELIDED_UNITS,
  ...FIX18_LEGAL_FORMS,
  ...FIX18_STORY_PERIODS,
  ...FIX18_QUOTED_RATES,
  ...FIX18_HEADLINE_OBJECTS,
  ...FIX18_LISTED_AFTER_LEVELS,
  ...FIX18_COMPARED_SIZES,
  ...FIX18_COUNTED_QUARTERS,
  ...FIX18_CAUSES,
  ...FIX18_VALUE_ADDED,
  ...FIX18_SHARES_OF_CENTS,
  ...FIX18_SHOULD,
];
