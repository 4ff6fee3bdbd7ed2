import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 26, in wording of my own. */

export const FIX26_NEGATIVE_WORD: Case[] = [
  // "a negative 1.05 trillion naira", "negative 0.4 per cent": the word is the sign.
  [
    "Losses cut the lender's equity to a negative 240 billion naira in June.",
    [{ text: "negative 240 billion naira", value: -240_000_000_000, currency: "NGN" }],
  ],
  [
    "Real wage growth was negative 0.4 per cent in the quarter.",
    [{ text: "negative 0.4 per cent", value: -0.4 }],
  ],
  // A word that only describes: no sign.
  ["The negative reading of 3% surprised traders.", [{ text: "3%", value: 3 }]],
];

export const FIX26_BASE_FORM_CHANGES: Case[] = [
  // After "to" and modals, a change verb's base form moves its subject to the level.
  [
    "The central bank expects inflation to slow to 4.1% by June 2027.",
    [{ text: "4.1%", subject: { text: "inflation" }, change: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Analysts expect the cedi to weaken to 16.5 per dollar by March.",
    [{ text: "16.5", subject: { text: "the cedi" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Growth will accelerate to 6.2% next year, the finance ministry said.",
    [{ text: "6.2%", subject: { text: "Growth" } }],
    { publishedAt: "2026-11-20" },
  ],
  // After "a", the word describes the figure: no change.
  [
    "Growth was a slow 1.2% in the second quarter.",
    [{ text: "1.2%", change: undefined, subject: { text: "Growth" } }],
  ],
  ["Exporters kept a growing 8% share of the market.", [{ text: "8%", change: undefined }]],
];

export const FIX26_RESEARCHERS_OF_DOTTED_FIRMS: Case[] = [
  // "JPMorgan Chase & Co. economists said": the legal form's dot ends the firm's name before its researchers.
  [
    "The rand will trade at 17.20 per dollar by June, Morgan Stanley & Co. strategists said.",
    [{ text: "17.20", speaker: { name: "Morgan Stanley & Co" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Mitsui & Co. analysts expect copper demand to grow 3% next year.",
    [{ text: "3%", speaker: { name: "Mitsui & Co" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX26_WORTH_BEFORE_MONEY: Case[] = [
  // "N tonnes of cocoa worth $2.1 billion": the quantity's subject ends before "worth" and the money.
  [
    "Kenya shipped 520,000 tonnes of tea worth $1.3 billion last year.",
    [
      { text: "520,000 tonnes", subject: { text: "tea" } },
      { text: "$1.3 billion", subject: { text: "tonnes of tea" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // "worth as much as": the whole lead-in goes.
  [
    "It has up to 40 Airbus A220 jets on order under a deal worth as much as $5 billion.",
    [
      // (Session 37: a model's code is one modifier, whole, so the maker and the model stay.)
      { text: "40 Airbus A220 jets", subject: { text: "Airbus A220 jets on order under a deal" } },
      { text: "$5 billion" },
    ],
  ],
];

export const FIX26_FRONTED_ITEMS: Case[] = [
  // "and in Wales 3.3%": an item whose place comes first repeats the verb and the subject before.
  [
    "Average rents rose 5.1% in England, 7.4% in Scotland and in Wales 3.3%.",
    [
      { text: "5.1%", subject: { text: "Average rents" } },
      { text: "7.4%", subject: { text: "Average rents" }, change: { direction: "increase" } },
      { text: "3.3%", subject: { text: "Average rents" }, change: { direction: "increase" } },
    ],
  ],
  // A phrase that is no place's name is no item.
  [
    "The bloc imposed duties of 17% on imported cars, on top of the standard 10% tariff.",
    [{ text: "17%" }, { text: "10%", change: undefined }],
  ],
];

export const FIX26_LEVELS_HELD: Case[] = [
  // "to remain at", "to stay at", "averaging", "to end the year at": levels their subject holds.
  [
    "The bank expects inflation to remain at 3.3% next year.",
    [{ text: "3.3%", subject: { text: "inflation" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The Treasury sees inflation averaging 4.6% in 2027.",
    [{ text: "4.6%", subject: { text: "inflation" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    '"We see copper averaging $9,800 a tonne next year," she said.',
    [{ text: "$9,800", subject: { text: "copper" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Economists expect the lira to end 2027 at 52 per dollar.",
    [{ text: "52", subject: { text: "the lira" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Headline inflation ended the year at 4.2 percent.",
    [{ text: "4.2 percent", subject: { text: "Headline inflation" } }],
  ],
  // A period between another verb and "at" leaves the subject as it was.
  ["The levy was introduced in 2014 at one peso per liter.", [{ text: "one peso", subject: undefined }]],
  // A progressive verb is no part of the phrase a participle follows.
  [
    "Builders said they were offering discounts averaging 6% of the price.",
    [{ text: "6%", subject: { text: "discounts" } }],
  ],
];

export const FIX26_GLUED_MILLIONS: Case[] = [
  // "Nm" with no money and no noun: millions, unless a race's or a thing's length.
  ["The waiting list fell to 7.29m in September.", [{ text: "7.29m", kind: "NUMBER", value: 7_290_000 }]],
  [
    "The regulator said about 14m car finance agreements were signed.",
    [{ text: "14m", kind: "NUMBER", value: 14_000_000 }],
  ],
  [
    "Kipyegon won the women's 1,500m at the trials.",
    [{ text: "1,500m", kind: "QUANTITY", value: 1500, unit: "m" }],
  ],
  ["Waves 4m high hit the coast.", [{ text: "4m", kind: "QUANTITY", value: 4, unit: "m" }]],
];

export const FIX26_GLUED_PRICES_AND_CENTS: Case[] = [
  // A small amount glued to "P" after "compared with" or a change verb is money.
  [
    "Cement averaged P268 per bag, compared with P275 a year ago.",
    [
      { text: "P268", currency: "PHP" },
      { text: "P275", currency: "PHP", value: 275 },
    ],
  ],
  [
    "Globe shares rose P42, or 2.3 percent, to P1,868.",
    [
      { text: "P42", currency: "PHP", change: { direction: "increase" } },
      { text: "2.3 percent", change: { direction: "increase" } },
      { text: "P1,868" },
    ],
  ],
  // Canadian papers' "cents US" are U.S. cents.
  ["The loonie traded at 71.45 cents US.", [{ text: "71.45 cents US", currency: "USD", value: 0.7145 }]],
  // Pence on both ends of a glued range; glued cents take the article's dollar; a model code's glued
  // letter makes no range.
  [
    "The shares were offered in a 360p-410p range.",
    [{ text: "360p-410p", currency: "GBP", value: 3.6, high: 4.1 }],
  ],
  [
    "SYDNEY, Nov 21 AAP - Shares traded in a 80c-95c range. The company raised $1.1 billion.",
    [
      { text: "80c-95c", currency: "AUD", high: 0.95 },
      { text: "$1.1 billion", currency: "AUD" },
    ],
  ],
  ["The F-15B-2 jets were grounded.", []],
];

export const FIX26_STORY_PERIODS: Case[] = [
  // "earlier this month reported": news time gives way to the reporting period after the figure.
  [
    "The lender earlier this month reported a 9.5 per cent rise in net profit to Rs 210 crore for the July-September quarter.",
    [
      { text: "9.5 per cent", period: { from: "2026-07", to: "2026-09" } },
      { text: "Rs 210 crore", period: { from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // "the first 20 days of November": that month's first days.
  [
    "Exports rose 21% in the first 20 days of November.",
    [{ text: "21%", period: { from: "2026-11-01", to: "2026-11-20" } }],
    { publishedAt: "2026-11-21" },
  ],
  // An opening period set off by ", which ended <day>," covers its sentence.
  [
    "In the fiscal second quarter, which ended Oct. 31, sales rose 12% to $8.1 billion.",
    [
      { text: "12%", period: { from: "2026-08", to: "2026-10" } },
      { text: "$8.1 billion", period: { from: "2026-08", to: "2026-10" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // "for the year" after a quarter: the calendar year, for what is no past result nor a change.
  [
    "Net income fell 5% in the third quarter of 2026. Capital expenditure for the year will be around $48 billion.",
    [{ text: "5%" }, { text: "$48 billion", period: { from: "2026", to: "2026" } }],
    { publishedAt: "2026-11-20" },
  ],
  // "for the fiscal year" in a past result: the last fiscal year ended before publication.
  [
    "LAGOS, Nov 20 (Reuters) - Output rose 4% in October. The agency disbursed N61 billion in the fiscal year.",
    [{ text: "4%" }, { text: "N61 billion", period: { text: "fiscal year", from: "2025", to: "2025" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX26_SPEAKER_NAMES: Case[] = [
  // A legal form set off by a comma is no name of its own.
  [
    "Holcim Philippines, Inc. reported a nine-month net income of P2.05 billion.",
    [{ text: "P2.05 billion", speaker: { name: "Holcim Philippines" } }],
  ],
  // A capitalized "Said" after a name is the name's ("Port Said"); the closing generic source names no one.
  [
    "Firms will build plants in Sokhna and East Port Said, creating 14,500 jobs, the authority said.",
    [{ text: "14,500 jobs", speaker: undefined }],
  ],
  // A place after "in the" qualifies a common noun, which speaks for no one named.
  [
    "The refinery in the Lekki Free Zone said it supplies 45 million litres of petrol a day.",
    [{ text: "45 million litres", speaker: undefined }],
  ],
  // A sentence's opening adverb is no speaker.
  [
    "Earlier this year, the ministry extended a 16 percent duty on billets, saying imports had surged.",
    [{ text: "16 percent", speaker: undefined }],
  ],
];

export const FIX26_HOLDERS: Case[] = [
  // What a holder employs, processes or hosts measures the holder.
  [
    "The company, which employs around 41,000 people, said sales rose.",
    [{ text: "41,000 people", subject: { text: "The company" } }],
  ],
  [
    "The Karbala refinery processed 141,000 barrels a day in October.",
    [{ text: "141,000 barrels a day", subject: { text: "The Karbala refinery" } }],
  ],
  [
    "The state's industrial parks host 223 companies.",
    [{ text: "223 companies", subject: { text: "The state's industrial parks" } }],
  ],
  // With no holder named, what is processed keeps its rate.
  [
    '"We now process more than 1 billion transactions a month," she said.',
    [{ text: "1 billion transactions a month", subject: { text: "transactions" } }],
  ],
];

export const FIX26_SHARED_DENOMINATORS: Case[] = [
  // Past the percentage that restates a change; a second price after ", while ... increased by"; an average's.
  [
    "Brent fell 84 cents, or 1.3%, to $61.72 a barrel.",
    [{ text: "84 cents", unit: "a barrel" }, { text: "1.3%" }, { text: "$61.72", unit: "a barrel" }],
  ],
  [
    "Diesel rose by Sh3.40 to Sh174.10 a litre, while petrol increased by Sh1.85 to Sh185.30.",
    [
      { text: "Sh3.40", unit: "a litre" },
      { text: "Sh174.10", unit: "a litre" },
      { text: "Sh1.85", unit: "a litre" },
      { text: "Sh185.30", unit: "a litre" },
    ],
  ],
  [
    "Brent traded at $62.40 a barrel, down from an average of $79.86 in 2024.",
    [
      { text: "$62.40", period: undefined },
      { text: "$79.86", unit: "a barrel" },
    ],
  ],
  ["Gas averaged $11.40 a gigajoule in October.", [{ text: "$11.40", unit: "a gigajoule" }]],
  // A total before "an average of ... each" keeps no denominator.
  [
    "Firms won contracts valued at a combined Sh38.2 billion, an average of Sh180 million each.",
    [
      { text: "Sh38.2 billion", unit: undefined },
      { text: "Sh180 million", unit: "each" },
    ],
  ],
];

export const FIX26_ASIDES: Case[] = [
  // An aside of who is counted, or any words a pair of dashes sets off, stands between subject and verb.
  [
    "Youth unemployment, for those aged 15 to 24, fell to 13.9 per cent.",
    [{ text: "13.9 per cent", subject: { text: "Youth unemployment" } }],
  ],
  [
    "Pay growth - watched closely by the central bank - eased to 3.8% from 4.1%.",
    [
      { text: "3.8%", subject: { text: "Pay growth" } },
      { text: "4.1%", subject: { text: "Pay growth" } },
    ],
  ],
  // "remained stubbornly high at": the state a level is held in.
  [
    "Food inflation remained stubbornly high at 17.4%.",
    [{ text: "17.4%", subject: { text: "Food inflation" } }],
  ],
  // A "for" aside of no one counted is no aside of the subject.
  [
    // (Since session 45 the money a count is worth measures what the count measures.)
    "Embraer signed a deal with Mexicana, the state airline, for up to 20 jets, worth around $1.5 billion.",
    [{ text: "20 jets" }, { text: "$1.5 billion", subject: { text: "jets" } }],
  ],
];

export const FIX26_MARKED_DOLLARS: Case[] = [
  // The U.S. dollar marked by name and a sign's word keep their reading in a Canadian Press story.
  [
    "TORONTO (Canadian Press) - Adjusted EBITDA was negative $61.2 million. The loonie traded at 71.45 cents US.",
    [
      { text: "negative $61.2 million", currency: "CAD", value: -61_200_000 },
      { text: "71.45 cents US", currency: "USD" },
    ],
  ],
];

export const FIX26_RATES_SET_AND_FISCAL_LEDES: Case[] = [
  // When a duty or a levy was set dates the act, not the rate.
  [
    "The ministry in July imposed anti-dumping duties of up to 27.83 per cent on steel.",
    [{ text: "27.83 per cent", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The government in October suspended the 10 per cent import duty on clinker.",
    [{ text: "10 per cent", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  // A lede's fiscal year compared ("from ... in 2024-25") names no story period: the one reported does.
  [
    "India received a record $148.2 billion in remittances in 2025-26, up 9.4% from $135.5 billion in 2024-25.\n\nRemittances accounted for about 3.5% of GDP.",
    [
      { text: "$148.2 billion" },
      { text: "9.4%" },
      { text: "$135.5 billion" },
      { text: "3.5%", period: { text: "2025-26" } },
    ],
    { publishedAt: "2026-11-21" },
  ],
];

export const FIX26_DEMANDS: Case[] = [
  // What a party seeks or demands is its level.
  [
    "The union is seeking 19 per cent over four years.",
    [{ text: "19 per cent", subject: { text: "The union" } }],
  ],
  ["Numsa had initially demanded 12%.", [{ text: "12%", subject: { text: "Numsa" } }]],
  [
    "Demand rose 5% in October.",
    [{ text: "5%", subject: { text: "Demand" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX26_PARENTHESIZED_ITEMS: Case[] = [
  // A figure alone in parentheses after a short noun phrase measures that phrase.
  [
    "Employment increased in health care and social assistance (+22,000), construction (+15,000) and wholesale and retail trade (+12,000).",
    [
      { text: "22,000", subject: { text: "health care and social assistance" } },
      { text: "15,000", subject: { text: "construction" } },
      { text: "12,000", subject: { text: "wholesale and retail trade" } },
    ],
  ],
  // Not a conversion after another figure.
  [
    "Output was 5 million tonnes (4.5 million barrels).",
    [{ text: "5 million tonnes" }, { text: "4.5 million barrels", subject: { text: "Output" } }],
  ],
];

export const FIX26_HEADLINE_PROJECTS: Case[] = [
  // A headline's "to build $X plant": the money describes the noun it comes before.
  [
    "Chinese firm to build $2.2 billion EV battery plant in Morocco",
    [{ text: "$2.2 billion", subject: { text: "EV battery plant" } }],
  ],
  [
    "Miner to develop US$1.1 billion industrial park in Vietnam",
    [{ text: "US$1.1 billion", subject: { text: "industrial park" } }],
  ],
];

export const FIX26_LAST_QUARTER: Case[] = [
  // "in the quarter" in a story of a longer period: its last quarter.
  [
    "Net income rose 12% in the first nine months of 2026. Operating EBITDA rose 16% in the quarter.",
    [{ text: "12%" }, { text: "16%", period: { from: "2026-07", to: "2026-09" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX26_AS_OF_FLOWS: Case[] = [
  // A flow counted "as of" a day runs from the year's start; a level on that day stays the day.
  [
    "Some 2,004,318 tourists visited the country as of November 15.",
    [{ text: "2,004,318 tourists", period: { from: "2026-01-01", to: "2026-11-15" } }],
    { publishedAt: "2026-11-16" },
  ],
  [
    "Reserves stood at $12.1 billion as of November 15.",
    [{ text: "$12.1 billion", period: { from: "2026-11-15", to: "2026-11-15" } }],
    { publishedAt: "2026-11-16" },
  ],
];

export const FIX26_OIL_EQUIVALENT: Case[] = [
  // "barrels of oil equivalent per day" is the unit; what produces them is the subject.
  [
    "Total hydrocarbon production averaged 13.2 million barrels of oil equivalent per day.",
    [
      {
        text: "13.2 million barrels of oil equivalent per day",
        unit: "barrels of oil equivalent per day",
        subject: { text: "Total hydrocarbon production" },
      },
    ],
  ],
];

export const FIXES23: Case[] = [
  ...FIX26_NEGATIVE_WORD,
  ...FIX26_BASE_FORM_CHANGES,
  ...FIX26_RESEARCHERS_OF_DOTTED_FIRMS,
  ...FIX26_WORTH_BEFORE_MONEY,
  ...FIX26_FRONTED_ITEMS,
  ...FIX26_LEVELS_HELD,
  ...FIX26_GLUED_MILLIONS,
  ...FIX26_GLUED_PRICES_AND_CENTS,
  ...FIX26_STORY_PERIODS,
  ...FIX26_SPEAKER_NAMES,
  ...FIX26_HOLDERS,
  ...FIX26_SHARED_DENOMINATORS,
  ...FIX26_ASIDES,
  ...FIX26_MARKED_DOLLARS,
  ...FIX26_RATES_SET_AND_FISCAL_LEDES,
  ...FIX26_DEMANDS,
  ...FIX26_PARENTHESIZED_ITEMS,
  ...FIX26_HEADLINE_PROJECTS,
  ...FIX26_LAST_QUARTER,
  ...FIX26_AS_OF_FLOWS,
  ...FIX26_OIL_EQUIVALENT,
];
