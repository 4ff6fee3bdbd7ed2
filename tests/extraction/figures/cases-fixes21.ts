import type { Case } from "./case-types.ts";

/** Cases for the general causes found in session 21, in wording of my own. */

export const FIX21_THEY_GOES_ON: Case[] = [
  // "They" opening a sentence with a change goes on about the plural the sentence before measured.
  [
    "Shares of Maple Freight fell 2.1% on Tuesday. They have lost about 15% this year.",
    [
      { text: "2.1%", subject: { text: "Shares of Maple Freight" } },
      { text: "15%", subject: { text: "Shares of Maple Freight" } },
    ],
  ],
  [
    "Copper exports rose 6% in October, though they fell 2% from September.",
    [{ text: "6%" }, { text: "2%", subject: { text: "Copper exports" } }],
  ],
  // Not a singular the sentence before measured, and not a day the clause before names.
  [
    "Group revenue rose 4% in the quarter. They expect a 5% rise next year.",
    [{ text: "4%" }, { text: "5%", subject: undefined }],
  ],
  [
    "Units were priced at S$0.88 in July; they closed at S$0.945 on Wednesday.",
    [{ text: "S$0.88" }, { text: "S$0.945", subject: { text: "Units" }, period: { text: "Wednesday" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_MONEY_BEFORE_NAMES: Case[] = [
  // Money after a determiner or a possessive measures a name alone after it.
  [
    "The fund approved the last tranche of its $7 billion Extended Fund Facility on Friday.",
    [{ text: "$7 billion", subject: { text: "Extended Fund Facility" } }],
  ],
  ["Zembia repaid its $1 billion Eurobond in June.", [{ text: "$1 billion", subject: { text: "Eurobond" } }]],
  // Not a name that opens a clause of its own (the clause's subject stays), nor one running on past "and".
  [
    "Kyiv will receive the $5 billion Washington pledged in March.",
    [{ text: "$5 billion", subject: { text: "Kyiv" } }],
  ],
  [
    "The bank restructured its $500m Niger Erosion and Watershed Project.",
    [{ text: "$500m", subject: undefined }],
  ],
  [
    "The plant will supply the planned $67 billion North-South railway.",
    [{ text: "$67 billion", subject: { text: "North-South railway" } }],
  ],
];

export const FIX21_GLUED_PRICES: Case[] = [
  // A small amount glued to a one-letter currency after "averaged", or before "at", is a price.
  [
    "MANILA - The price of a bag of cement averaged P265, down from P272 a year ago.",
    [
      { text: "P265", value: 265, currency: "PHP" },
      { text: "P272", value: 272, currency: "PHP" },
    ],
  ],
  [
    "LAGOS - The pump price rose to N1,045 per litre last week, from N925 at the start of October.",
    [
      { text: "N1,045", period: { text: "last week" } },
      { text: "N925", value: 925, currency: "NGN", period: { text: "start of October" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_TEMPERATURES_APART: Case[] = [
  // The scale's letter set apart from the digits, or after "deg", is a temperature.
  [
    "Summer temperatures were 1.9 C above the 1961-1990 average.",
    [{ text: "1.9 C", kind: "QUANTITY", value: 1.9, unit: "°C" }],
  ],
  ["Mean temperature was 27.9 deg C.", [{ text: "27.9 deg C", kind: "QUANTITY", unit: "°C" }]],
  ["The average temperature was 57.9 F.", [{ text: "57.9 F", kind: "QUANTITY", unit: "°F" }]],
];

export const FIX21_OVER_A_CASE: Case[] = [
  // "over" a few words after an act of justice names the case, no bound.
  [
    "EFCC arraigns ex-ministry director over N8.4bn contract fraud",
    [{ text: "N8.4bn", qualifier: "exact", subject: { text: "contract fraud" } }],
  ],
  [
    "A former director was jailed over $1.24m in bribes.",
    [{ text: "$1.24m", qualifier: "exact", subject: { text: "bribes" } }],
  ],
  // A fine "over" an amount stays a bound.
  ["The firm was fined over $5 million.", [{ text: "$5 million", qualifier: "lower_bound" }]],
];

export const FIX21_MILLIONS_GLUED: Case[] = [
  // "m" glued to a count before one modifier and a plural, or reached by a percentage change, is millions.
  [
    "The department bought 25m surgical gowns.",
    [{ text: "25m surgical gowns", kind: "QUANTITY", value: 25_000_000, unit: "gowns" }],
  ],
  ["Orders increased 3% to 164m.", [{ text: "3%" }, { text: "164m", kind: "NUMBER", value: 164_000_000 }]],
  ["The tower is 300m tall.", [{ text: "300m", kind: "QUANTITY", value: 300, unit: "m" }]],
];

export const FIX21_NAMES_NOT_COUNTS: Case[] = [
  // The second of two labels, and a written number inside a name, are no figures.
  ["NPCIL will start with Rajasthan units 7 and 8 next year.", []],
  ["The restart at the former Three Mile Island plant will cost $1.6 billion.", [{ text: "$1.6 billion" }]],
];

export const FIX21_LEVELS_COMPARED: Case[] = [
  // A level compared takes the subject of the figure before past a longer predicate of a share, a
  // participle that sets it off, and an attribution set off by commas.
  [
    "Only 45.8% of American households gave to charity in 2024, down from 66.2% in 2000.",
    [{ text: "45.8%" }, { text: "66.2%", subject: { text: "American households" } }],
  ],
  [
    "The building sector grew 3.1 percent in the quarter, slowing from 4.6 percent a year earlier.",
    [{ text: "3.1 percent" }, { text: "4.6 percent", subject: { text: "The building sector" } }],
  ],
  [
    "Bettors staked Sh604 billion in the year, tax commissioner Rispah Simiyu said, up from about Sh480 billion a year earlier.",
    [{ text: "Sh604 billion" }, { text: "Sh480 billion", subject: { text: "Bettors" } }],
  ],
  [
    "The average return was 10.7% in fiscal 2025, according to the National Association of College and University Business Officers, compared with 11.2% in fiscal 2024.",
    [{ text: "10.7%" }, { text: "11.2%", subject: { text: "The average return" } }],
  ],
];

export const FIX21_REPORTING_DAYS: Case[] = [
  // The day a report was made dates none of its figures.
  [
    "In a quarterly update to the ASX on Thursday, the company said group revenue fell 11 per cent to $352 million.",
    [
      { text: "11 per cent", period: undefined },
      { text: "$352 million", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The hotel group reported a 16 per cent rise in net profit to Rs 168 crore on Tuesday.",
    [
      { text: "16 per cent", period: undefined },
      { text: "Rs 168 crore", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "He was fined $240,000 on Wednesday for offering $96,000 in bribes.",
    [
      { text: "$240,000", period: undefined },
      { text: "$96,000", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // Not a day that bounds a span, nor the day a change is set for, nor a market's day.
  [
    "The fund reported net assets of $266.3 billion as of June 30.",
    [{ text: "$266.3 billion", period: { text: "June 30" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The authority said the ticket would rise to 2.65 euros from 2.50 euros on January 1.",
    [
      { text: "2.65 euros", period: { text: "on January 1", from: "2027-01-01", to: undefined } },
      { text: "2.50 euros" },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Shares closed up 2% on Monday.",
    [{ text: "2%", period: { text: "Monday" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_LISTED_HOLDERS: Case[] = [
  // Items of a list that repeat the verb before name their own holders: lower-case ones after money the
  // clause's subject holds, after a repeated "for", past a share's "share of".
  [
    "Cash irregularities accounted for GH¢1.9 billion, payroll irregularities GH¢612 million and procurement irregularities GH¢1.3 billion.",
    [
      { text: "GH¢1.9 billion", subject: { text: "Cash irregularities" } },
      { text: "GH¢612 million", subject: { text: "payroll irregularities" } },
      { text: "GH¢1.3 billion", subject: { text: "procurement irregularities" } },
    ],
  ],
  [
    "Shopee accounted for about 55 percent of the total, Lazada for 24 percent and TikTok Shop for 21 percent.",
    [
      { text: "55 percent", subject: { text: "Shopee" } },
      { text: "24 percent", subject: { text: "Lazada" } },
      { text: "21 percent", subject: { text: "TikTok Shop" } },
    ],
  ],
  [
    "Uber Eats held a 52 per cent share of users, DoorDash 41 per cent and smaller players 7 per cent.",
    [
      { text: "52 per cent", subject: { text: "Uber Eats" } },
      { text: "41 per cent", subject: { text: "DoorDash" } },
      { text: "7 per cent", subject: { text: "smaller players" } },
    ],
  ],
  // A ranking's lower-case items after "followed by", and names with the amount in parentheses.
  [
    "Education was the largest beneficiary with Rs 10,420 crore, followed by healthcare at Rs 7,850 crore and rural development projects at Rs 3,912 crore.",
    [
      { text: "Rs 10,420 crore", subject: { text: "Education" } },
      { text: "Rs 7,850 crore", subject: { text: "healthcare" } },
      { text: "Rs 3,912 crore", subject: { text: "rural development projects" } },
    ],
  ],
  [
    "Reliance was the top spender at Rs 1,640 crore, followed by HDFC Bank (Rs 945 crore) and Infosys (Rs 592 crore).",
    [
      { text: "Rs 1,640 crore", subject: { text: "Reliance" } },
      { text: "Rs 945 crore", subject: { text: "HDFC Bank" } },
      { text: "Rs 592 crore", subject: { text: "Infosys" } },
    ],
  ],
  [
    "Religion received the largest share, followed by human services with $91.3 billion.",
    [{ text: "$91.3 billion", subject: { text: "human services" } }],
  ],
];

export const FIX21_MOVED_OBJECTS: Case[] = [
  // A percentage right after the object of a verb that moves it, with no "by", is the object's change.
  [
    "The Australian business grew revenue 34 per cent to $682 million.",
    [
      { text: "34 per cent", change: { direction: "increase" }, subject: { text: "revenue" } },
      { text: "$682 million", subject: { text: "revenue" } },
    ],
  ],
  [
    "The builder raised its interim dividend 22% to 93c a share.",
    [
      { text: "22%", change: { direction: "increase" }, subject: { text: "its interim dividend" } },
      { text: "93c" },
    ],
  ],
  // A year inside the object before "by".
  [
    "The analyst lowered his 2026 Ebitda estimate by 7 per cent to $905 million.",
    [{ text: "7 per cent", change: { direction: "decrease" } }, { text: "$905 million" }],
  ],
  // "improved by" raises a level.
  [
    "Occupancy improved by 1.5 percentage points to 74 per cent.",
    [
      { text: "1.5 percentage points", change: { direction: "increase" }, subject: { text: "Occupancy" } },
      { text: "74 per cent", subject: { text: "Occupancy" } },
    ],
  ],
  // Not a level a verb set its object to.
  [
    "The fund cut its forecast for growth to 1.2% from 2.3%.",
    [{ text: "1.2%", change: undefined }, { text: "2.3%" }],
  ],
];

export const FIX21_DESCRIBED_SPEAKERS: Case[] = [
  // A company's descriptor that opens the speaker's name is left out.
  [
    "Rival Gatwick said passenger numbers rose 1.2% in September.",
    [{ text: "1.2%", speaker: { name: "Gatwick" } }],
  ],
];

export const FIX21_STORY_PERIODS: Case[] = [
  // A lede's period in the clause after "after" names the story's, whatever is to come before it.
  [
    "Casino group lifts guidance\n\nLONDON, Nov 12 (Reuters) - The group raised its full-year profit forecast on Thursday after net gaming revenue rose 9% in the 19 weeks to 8 November.\n\nVenue revenue increased 12% to £152.4m.",
    [
      { text: "9%", period: { text: "19 weeks to 8 November" } },
      { text: "12%", period: { text: "19 weeks to 8 November", carried: true } },
      { text: "£152.4m", period: { text: "19 weeks to 8 November", carried: true } },
    ],
    { publishedAt: "2026-11-12" },
  ],
  // A result judged against an expectation looks back.
  [
    "Marketplace profit slips\n\nBUENOS AIRES, Nov 5 (Reuters) - The marketplace reported a 7% drop in third-quarter net income, though revenue grew faster than expected.\n\nNet income fell to $492 million.",
    [
      { text: "7%", period: { text: "third-quarter" } },
      { text: "$492 million", period: { text: "third-quarter", carried: true } },
    ],
    { publishedAt: "2026-11-05" },
  ],
];

export const FIX21_EXPECTATIONS_MET: Case[] = [
  // What analysts had expected, set against a result, looks back: the lede's period names the story's.
  [
    "Delivery app beats forecasts\n\nSAN FRANCISCO (AP) - The app said total orders climbed 21% to 845 million in the July-September period, ahead of the 828 million analysts had forecast.\n\nRevenue rose 27% to $3.45 billion.",
    [
      { text: "21%", period: { text: "July-September period" } },
      { text: "845 million" },
      { text: "828 million" },
      { text: "27%", period: { text: "July-September period", carried: true } },
      { text: "$3.45 billion", period: { text: "July-September period", carried: true } },
    ],
    { publishedAt: "2026-11-05" },
  ],
  // A headline's warning looks ahead: its year names no story's period.
  [
    "Shipper beats forecasts but warns freight rates to slide in 2026\n\nCOPENHAGEN, Feb 5, 2026 (Reuters) - The shipper reported EBITDA of $2.24 billion for the October-December period.\n\nRevenue fell 11% to $13.3 billion in the quarter.",
    [
      { text: "$2.24 billion", period: { text: "October-December period" } },
      { text: "11%", period: { text: "quarter", from: "2025-10", to: "2025-12" } },
      { text: "$13.3 billion" },
    ],
    { publishedAt: "2026-02-05" },
  ],
];

export const FIX21_YEARS_TO_MONTH_ENDS: Case[] = [
  // "the year to end-September" declares a company's reporting year: its "full-year" and halves follow.
  [
    "Foods group lifts dividend\n\nJOHANNESBURG, November 18 2026 - The food group lifted its full-year dividend by a quarter after volumes grew in the second half.\n\nRevenue rose 3.8% to R36.4bn in the year to end-September.",
    [
      { text: "a quarter", period: { text: "full-year", from: "2025-10", to: "2026-09" } },
      { text: "3.8%", period: { text: "year to end-September", from: "2025-10", to: "2026-09" } },
      { text: "R36.4bn" },
    ],
    { publishedAt: "2026-11-18" },
  ],
  // Not a statistics year written out.
  [
    "Rents rose 8 per cent in the year to the end of September. Completions rose 11 per cent in the third quarter of the year.",
    [
      { text: "8 per cent" },
      { text: "11 per cent", period: { text: "third quarter of the year", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-18" },
  ],
];

export const FIX21_GLUED_COUNTS: Case[] = [
  // A count glued by a dash to the singular it counts, before the noun it describes, is a quantity.
  [
    "The 1,530-room integrated resort will open in 2027.",
    [
      {
        text: "1,530-room",
        kind: "QUANTITY",
        value: 1530,
        unit: "room",
        subject: { text: "integrated resort" },
      },
    ],
  ],
  [
    "A 50-kilogramme bag of cement costs Sh850.",
    [
      { text: "50-kilogramme", kind: "QUANTITY", unit: "kilogramme", subject: { text: "bag" } },
      { text: "Sh850" },
    ],
  ],
  // Not a written number, an age or a score's word.
  ["The company launched a five-star hotel and a two-seat robotaxi.", []],
  ["They won a 2-nil victory.", [{ text: "2", kind: "NUMBER" }]],
];

export const FIX21_NOW_BEFORE_LETTERS: Case[] = [
  // "now"/"currently" before the verb dates a figure that opens with a currency's letters too.
  [
    "Reinforcing steel now costs N1.25 million per tonne.",
    [{ text: "N1.25 million", period: { text: "now", from: "2026-11", to: "2026-11" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "A litre currently retails at about Sh250.",
    [{ text: "Sh250", period: { text: "currently", from: "2026-11", to: "2026-11" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_LONE_ADVERBS: Case[] = [
  // A sentence adverb alone is no subject; a level compared then takes the figure before's.
  [
    "The appeal, meanwhile, raised $14.3 million in 2026, up from $12.9 million in 2025.",
    [
      { text: "$14.3 million", subject: { text: "The appeal" } },
      { text: "$12.9 million", subject: { text: "The appeal" } },
    ],
  ],
  // A noun in "-ly" stays.
  [
    "The IEA forecast supply would exceed demand by almost 4 million bpd.",
    [{ text: "4 million bpd", subject: { text: "supply" } }],
  ],
];

export const FIX21_VALUED_OBJECTS: Case[] = [
  // What a valuing verb sets "at" the figure is its subject, however long; who sets it speaks.
  [
    "EDF on Monday put the cost of building six new EPR2 reactors at 72.8 billion euros.",
    [
      // (Session 37: the model after "new" no longer hides the count, as "six new reactors" is one.)
      { text: "six new EPR2 reactors", unit: "reactors" },
      {
        text: "72.8 billion euros",
        subject: { text: "the cost of building six new EPR2 reactors" },
        speaker: { name: "EDF" },
        period: undefined,
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Provincial authorities put the cost of damage to roads and bridges at R3.8bn.",
    [{ text: "R3.8bn", subject: { text: "the cost of damage to roads and bridges" } }],
  ],
  // Not a reported clause.
  [
    "He estimated that U.S. mills were running at 77.5% of capacity.",
    [{ text: "77.5%", subject: { text: "U.S. mills" } }],
  ],
];

export const FIX21_AFTER_THE_RECHECK: Case[] = [
  // A day after a verb of the level's own clause, or the reported subject's own day, stays its period.
  [
    "Dewa said peak load hit 11,472MW on July 29.",
    [{ text: "11,472MW", period: { text: "July 29" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The hospital group said its annual charity show on Nov 7 raised HK$148.5 million.",
    [{ text: "HK$148.5 million", period: { text: "Nov 7" } }],
    { publishedAt: "2026-11-20" },
  ],
  // A temperature's scale written apart is no subject.
  [
    "It was the fourth-warmest year, with an annual mean of 28.2 deg C.",
    [{ text: "28.2 deg C", subject: { text: "an annual mean" } }],
  ],
  // "24 billion-dollar weather disasters" counts disasters, no money; "a 3.1 trillion-peso budget" is money.
  ["The country tallied 24 billion-dollar weather disasters.", [{ text: "24", kind: "NUMBER", value: 24 }]],
  [
    "Congress approved a 3.1 trillion-peso budget.",
    [{ text: "3.1 trillion-peso", kind: "MONEY", value: 3.1e12 }],
  ],
  // A descriptor before a possessive name leaves the name whole.
  [
    "Rival Pilgrim's Pride reported that net income rose 22% to $431 million.",
    [{ text: "22%", speaker: { name: "Pilgrim's Pride" } }, { text: "$431 million" }],
  ],
];

export const FIX21_RECIPIENTS: Case[] = [
  // Money directed "to" a noun before a plural goes to whom that names; a verb of purpose stays one.
  [
    "The budget assigns 128.6 billion pesos to rail projects.",
    [{ text: "128.6 billion pesos", subject: { text: "rail projects" } }],
  ],
  [
    "The foundations gave about $380 million to emergency responses.",
    [{ text: "$380 million", subject: { text: "emergency responses" } }],
  ],
  [
    "The bank lent $400 million to build rural roads.",
    [{ text: "$400 million", subject: { text: "to build rural roads" } }],
  ],
];

export const FIX21_RESTATED_PAST_PHRASES: Case[] = [
  // A restatement takes the figure before's subject past what a share is of or the terms it is in.
  [
    "Corporate donations made up 58 per cent of the total, or about $35.8 million.",
    [{ text: "58 per cent" }, { text: "$35.8 million", subject: { text: "Corporate donations" } }],
  ],
  [
    "Argentina's volume jumped 115% in pesos, or about 22% in dollar terms.",
    [{ text: "115%" }, { text: "22%", subject: { text: "Argentina's volume" } }],
  ],
];

export const FIX21_BUT_CLAUSES: Case[] = [
  // A past verb after "but" shares the subject that opens the sentence, past an auxiliary.
  [
    "Revenues from auctions reached a record 43.6 billion euros in 2023 but dropped to 38.8 billion euros last year.",
    [
      { text: "43.6 billion euros", subject: { text: "Revenues from auctions" } },
      { text: "38.8 billion euros", subject: { text: "Revenues from auctions" } },
    ],
  ],
  [
    "The state had received Rs 26,700 crore but spent only Rs 19,860 crore.",
    [{ text: "Rs 26,700 crore" }, { text: "Rs 19,860 crore", subject: { text: "The state" } }],
  ],
  // Not a change after "but": it measures what the figure before does.
  [
    "Revenue came to 6.72 billion euros, down 1.8 percent on a reported basis but up 3.1 percent on a comparable basis.",
    [
      { text: "6.72 billion euros" },
      { text: "1.8 percent" },
      { text: "3.1 percent", subject: { text: "Revenue" } },
    ],
  ],
];

export const FIX21_GLUED_DENOMINATORS: Case[] = [
  // A measure glued to its number by a dash after "per" is the price's denominator, no figure.
  [
    "Cement averaged Rs 355 per 50-kg bag in October.",
    [{ text: "Rs 355", unit: "per 50-kg bag" }],
    { publishedAt: "2026-11-20" },
  ],
  // So is a measure counted after "per", written apart or glued.
  [
    "Onion prices rose 6% to 2,940 rupees per 100 kg.",
    [{ text: "6%" }, { text: "2,940 rupees", unit: "per 100 kg" }],
  ],
  ["Gold traded at Rs 79,850 per 10 grams.", [{ text: "Rs 79,850", unit: "per 10 grams" }]],
  ["Urea sold at Rs4,400 per 50kg.", [{ text: "Rs4,400", unit: "per 50kg" }]],
];

export const FIX21_PRICES_OF_THE_PERIOD: Case[] = [
  // Money a rate, fare or rent reaches is no share's price: the story's period carries to it.
  [
    "Nevada casinos won $1.2 billion in October, up 3% from a year earlier. The average daily room rate fell 2.4% to $214.70.",
    [
      { text: "$1.2 billion" },
      { text: "3%" },
      { text: "2.4%", period: { text: "October" } },
      { text: "$214.70", period: { text: "October" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // Not a price where shares are named, nor a market's rate (no currency sign), which are the day's.
  [
    "Nevada casinos won $1.2 billion in October, up 3% from a year earlier. Shares of Strip Resorts fell 2.4% to $14.70.",
    [
      { text: "$1.2 billion" },
      { text: "3%" },
      { text: "2.4%", period: undefined },
      { text: "$14.70", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Nevada casinos won $1.2 billion in October, up 3% from a year earlier. The Treasury bill rate fell to 7.94 percent.",
    [{ text: "$1.2 billion" }, { text: "3%" }, { text: "7.94 percent", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_PARTS_SPELT_NEXT: Case[] = [
  // A part of a year spelt out in months in the sentence after it sets the company's calendar, before a
  // year another body reports later in the story.
  [
    "Harbour Leisure posted an 18% fall in third-quarter net profit to $112.4 million. Revenue for the three months to Sept 30 slipped 6%. The regulator said levies totalled $142 million in the financial year ended March 31, 2026.",
    [
      { text: "18%", period: { text: "third-quarter", from: "2026-07", to: "2026-09" } },
      { text: "$112.4 million", period: { text: "third-quarter", from: "2026-07", to: "2026-09" } },
      { text: "6%" },
      { text: "$142 million" },
    ],
    { publishedAt: "2026-11-06" },
  ],
  [
    "Northgate Bank said fourth-quarter profit rose 8%. Net income for the three months ended Oct. 31 was $4.1 billion. For the full year, profit rose 14%.",
    [
      { text: "8%", period: { text: "fourth-quarter", from: "2026-08", to: "2026-10" } },
      { text: "$4.1 billion" },
      { text: "14%", period: { text: "full year", from: "2025-11", to: "2026-10" } },
    ],
    { publishedAt: "2026-12-03" },
  ],
  // Not months two sentences on, nor past another part of a year.
  [
    "Harbour Leisure posted a fall in third-quarter net profit to $112.4 million. The board met on Monday. Revenue for the three months to Sept 30 slipped 6%.",
    [
      { text: "$112.4 million", period: { text: "third-quarter", from: "2026-07", to: "2026-09" } },
      { text: "6%" },
    ],
    { publishedAt: "2026-11-06" },
  ],
];

export const FIX21_HEADLINE_BARE_CHANGE_NOUNS: Case[] = [
  // A headline drops the determiner: a figure after a verb, before describing words and a change noun.
  [
    "Nairobi water firm seeks 40% tariff rise as rationing bites",
    [{ text: "40%", change: { direction: "increase" }, subject: { text: "tariff" } }],
  ],
  [
    "Carmaker forecasts 21% profit drop as tariffs bite",
    [{ text: "21%", change: { direction: "decrease" }, subject: { text: "profit" } }],
  ],
  // Not a word that links the figure to what follows, nor how often a change runs.
  [
    "Builder's backlog climbs to record $9.4-billion despite loss on legacy projects",
    [{ text: "$9.4-billion", subject: { text: "Builder's backlog" } }],
  ],
  ["Rents saw a 5% annual rise.", [{ text: "5%", change: { direction: "increase" }, subject: undefined }]],
];

export const FIX21_SINGULAR_CURRENCIES: Case[] = [
  // A currency's singular name between a scaled amount and a noun is the currency.
  [
    "The retailer launched a 2.5 billion Egyptian pound marketing push in Cairo.",
    [
      {
        text: "2.5 billion Egyptian pound",
        kind: "MONEY",
        currency: "EGP",
        subject: { text: "marketing push" },
      },
    ],
  ],
  [
    "Norway's hospitals get a 4.3 billion Norwegian crown boost.",
    [{ text: "4.3 billion Norwegian crown", kind: "MONEY", currency: "NOK" }],
  ],
  // Not a weight under a thousand.
  ["She lifted a 200 pound weight.", [{ text: "200", kind: "NUMBER" }]],
];

export const FIX21_TERMS_AND_SEEKING: Case[] = [
  // The terms a change is measured in are no content of it; "even though" ends a phrase.
  [
    "Nigeria posted GMV growth of 31% in dollar terms even though the naira weakened.",
    [{ text: "31%", subject: { text: "GMV" } }],
  ],
  // What an appeal or a plan seeks is its level.
  [
    "The agency launched its flood response plan, which seeks $342 million.",
    [{ text: "$342 million", subject: { text: "its flood response plan" } }],
  ],
  [
    "The 2022 drought appeal sought Sh2.8 billion.",
    [{ text: "Sh2.8 billion", subject: { text: "The 2022 drought appeal" } }],
  ],
];

export const FIX21_COUNTS_AFTER_MONEY: Case[] = [
  // A bare number after a plural noun of things counted is no money, whatever came before.
  [
    "The group reported revenue of $3.45 billion, up 27 per cent, and total orders of 845 million.",
    [
      { text: "$3.45 billion" },
      { text: "27 per cent" },
      { text: "845 million", kind: "NUMBER", currency: undefined },
    ],
  ],
  // Still money after a noun of money.
  [
    "The group reported revenue of $3.45 billion and profit of 845 million.",
    [{ text: "$3.45 billion" }, { text: "845 million", kind: "MONEY", currency: "USD" }],
  ],
];

export const FIX21_RESULTS_COMPARED: Case[] = [
  // A result named before a level compared ("from a loss of") keeps the period after it to itself.
  [
    "The unit swung to a net profit of $21.4 million from a net loss of $17.9 million in 2024.",
    [
      { text: "$21.4 million", period: undefined },
      { text: "$17.9 million", period: { text: "2024" } },
    ],
  ],
  [
    "The division posted an operating loss of R86 million in the half, compared with a profit of R122 million a year earlier.",
    [
      { text: "R86 million", period: { text: "half" } },
      { text: "R122 million", period: { text: "a year earlier" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // Not a loss after a bare "with", which compares nothing.
  [
    "The retailer will close 95 stores with loss of 2,800 jobs by March.",
    [
      { text: "95 stores", period: { text: "by March" } },
      { text: "2,800 jobs", period: { text: "by March" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_FROM_IN_SUBJECTS: Case[] = [
  // "from" inside a subject compares nothing: the change after its verb carries the story's period.
  [
    "ITC on Friday reported a 6.2 per cent rise in net profit for the second quarter ended September 30.\n\nRevenue from operations rose 8.4 per cent to Rs 19,806 crore.",
    [
      { text: "6.2 per cent" },
      { text: "8.4 per cent", period: { from: "2026-07", to: "2026-09" } },
      { text: "Rs 19,806 crore", period: { from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-07" },
  ],
];

export const FIX21_ACCOUNTING_AND_SOURCES: Case[] = [
  // "before impairments", "before exceptional items": accounting phrases inside the subject.
  [
    "Operating income before impairments increased 14% to R4.28bn.",
    [
      { text: "14%", subject: { text: "Operating income before impairments" } },
      { text: "R4.28bn", subject: { text: "Operating income before impairments" } },
    ],
  ],
  [
    "Pre-tax profit before exceptional items rose to 351 million pounds.",
    [{ text: "351 million pounds", subject: { text: "Pre-tax profit before exceptional items" } }],
  ],
  // A plural source's verb opens the reported clause.
  [
    "Industry estimates suggest taxes make up about 53 per cent of the retail price.",
    [{ text: "53 per cent", subject: { text: "taxes" } }],
  ],
];

export const FIX21_COUNTS_BEFORE_VERBS: Case[] = [
  // A count's verb and its object are no unit: "11 received unqualified opinions" counts 11.
  [
    "Of 52 ministries, only 11 received unqualified opinions.",
    [{ text: "52 ministries" }, { text: "11", kind: "NUMBER", unit: undefined }],
  ],
  // Still a participle that describes the unit.
  ["Police found 15 grounded planes.", [{ text: "15 grounded planes", unit: "planes" }]],
];

export const FIX21_CLAUSES_END_PHRASES: Case[] = [
  // A progressive's verb takes its object: what is worth the money is the object alone.
  [
    "The SIU said it was probing contracts worth R14.2 billion.",
    [{ text: "R14.2 billion", subject: { text: "contracts" } }],
  ],
  // "since" and a subject pronoun open a clause inside the phrase after the money.
  [
    "The fund collected Sh48.9 billion in contributions since it replaced the NHIF.",
    [{ text: "Sh48.9 billion", subject: { text: "contributions" } }],
  ],
  [
    "Counties spent Sh15.8 billion on pending bills they could not verify.",
    [{ text: "Sh15.8 billion", subject: { text: "pending bills" } }],
  ],
  // Not an auxiliary that is no form of "be".
  [
    "It expected operating profit of 95 million euros.",
    [{ text: "95 million euros", subject: { text: "operating profit" } }],
  ],
];

export const FIX21_SET_OFF_COSTS: Case[] = [
  // A participle of cost set off after its noun, right before the money, measures the noun.
  [
    "The first phase, costing about $1.6 billion, will install 1,200 megawatts.",
    [{ text: "$1.6 billion", subject: { text: "The first phase" } }, { text: "1,200 megawatts" }],
  ],
  // Not a cost borne by someone named between.
  [
    "Illegal cigarettes are sold widely, costing the Treasury about £2.8bn a year.",
    [{ text: "£2.8bn", subject: undefined }],
  ],
];

export const FIX21_YEAR_TO_DATE_AND_SAME_PARTS: Case[] = [
  // "the year to date" is January to the month of publication, not "the year".
  [
    "Completions in the year to date were 9,840, down 8 per cent.",
    [
      {
        text: "9,840",
        subject: { text: "Completions" },
        period: { text: "year to date", from: "2026-01", to: "2026-11" },
      },
      { text: "8 per cent", period: { text: "year to date" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  // "the same quarter of 2025" is the quarter named before, in 2025.
  [
    "It posted a net loss of $18.6 million in the third quarter, compared with a profit of $22.1 million in the same quarter of 2025.",
    [
      { text: "$18.6 million", period: { from: "2026-07", to: "2026-09" } },
      { text: "$22.1 million", period: { text: "same quarter of 2025", from: "2025-07", to: "2025-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_BLOWN_OUT: Case[] = [
  // "blown out", "ballooned": a cost's rise; "by X to Y" far apart is the change and the level.
  [
    "The cost of the metro line has blown out by $3.5 billion to $28.3 billion.",
    [
      { text: "$3.5 billion", change: { direction: "increase", measure: "absolute" } },
      { text: "$28.3 billion" },
    ],
  ],
];

export const FIX21_NAMES_NOT_MONTHS: Case[] = [
  // A short month's name before a capitalized word is a person's first name.
  ["Analysts led by Jan Hatzius expect growth of 2%.", [{ text: "2%", period: undefined }]],
  [
    "Prices rose 2% in Jan. Sales rose 3% in Oct.",
    [
      { text: "2%", period: { text: "Jan" } },
      { text: "3%", period: { text: "Oct" } },
    ],
  ],
];

export const FIX21_DAY_BEFORE_THE_REPORT: Case[] = [
  // The day right before the report's verb dates nothing it reports.
  [
    "Tsogo Sun on Tuesday reported a 14% fall in headline earnings per share to 52.3c.",
    [
      { text: "14%", period: undefined },
      { text: "52.3c", period: undefined },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_BASE_BEFORE_CHANGE_NOUN: Case[] = [
  // A base right after the figure stands before its change noun: what rose follows "in".
  [
    "IHCL reported a 27 per cent year-on-year rise in consolidated net profit to Rs 742 crore.",
    [
      { text: "27 per cent", subject: { text: "consolidated net profit" } },
      { text: "Rs 742 crore", subject: { text: "consolidated net profit" } },
    ],
  ],
];

export const FIX21_YEARS_IN_LAWS: Case[] = [
  // A year in a law's or a plan's name is no period.
  [
    "Excise duty, cut to 5 percent from 12.5 percent in the Finance Act 2025, brought in Sh11.2 billion.",
    [
      { text: "5 percent" },
      { text: "12.5 percent", period: undefined },
      { text: "Sh11.2 billion", period: undefined },
    ],
  ],
  [
    "Any strike would require a turnout of 50 per cent under the Trade Union Act 2016.",
    [{ text: "50 per cent", period: undefined }],
  ],
];

export const FIX21_SUBORDINATORS_BEFORE_OF: Case[] = [
  // A subordinator before "NP of FIGURE" opens the clause and is no part of the noun.
  [
    "Excise duty brought in Sh11.2 billion, while withholding tax of 20 percent applied to winnings.",
    [{ text: "Sh11.2 billion" }, { text: "20 percent", subject: { text: "withholding tax" } }],
  ],
  // "before special items" stays in the noun.
  [
    "BASF expects Ebit before special items of €7.3 billion.",
    [{ text: "€7.3 billion", subject: { text: "Ebit before special items" } }],
  ],
];

export const FIX21_COMPARED_PRICES_FOR: Case[] = [
  // A price set against the one before measures what "for" names, past its denominator.
  [
    "Nuclear power would cost about Sh12 per kWh, compared with Sh9.40 per kWh for geothermal.",
    [
      { text: "Sh12", subject: { text: "Nuclear power" } },
      { text: "Sh9.40", unit: "per kWh", subject: { text: "geothermal" } },
    ],
  ],
];

export const FIX21_MEASURES_APART: Case[] = [
  // A measure written apart from its number, after a count, a determiner or a headline's verb, describes
  // the noun after it.
  ["NPCIL will build four 700 MW units at Mahi Banswara.", [{ text: "700 MW", subject: { text: "units" } }]],
  [
    "They built a 2.4 gigawatt plant near the village.",
    [{ text: "2.4 gigawatt", subject: { text: "plant" } }],
  ],
  [
    "NPCIL targets 22,480 MW nuclear capacity by 2032",
    [{ text: "22,480 MW", subject: { text: "nuclear capacity" } }],
  ],
  // Not a participle after the measure, nor a level a verb reached.
  [
    "Buyers took up 7.1 million kilograms of the 9.8 million kilograms offered.",
    [{ text: "7.1 million kilograms" }, { text: "9.8 million kilograms", subject: undefined }],
  ],
  ["Output reached 700 MW last year.", [{ text: "700 MW", subject: { text: "Output" } }]],
];

export const FIX21_PARTICIPLE_ASIDES: Case[] = [
  // A participle aside after a noun ("led by", "helped by") is passed to find the subject.
  [
    "Beer volumes rose 2 per cent, while its malt drinks, led by Maltina, slipped 4 per cent.",
    [{ text: "2 per cent" }, { text: "4 per cent", subject: { text: "its malt drinks" } }],
  ],
  ["Exports, helped by a weaker rand, rose 5%.", [{ text: "5%", subject: { text: "Exports" } }]],
  // Not after a figure: the change that follows restates it.
  [
    "Prices for fresh vegetables increased 6.5 per cent, led by tomatoes, up 11 per cent.",
    [{ text: "6.5 per cent", subject: { text: "Prices for fresh vegetables" } }, { text: "11 per cent" }],
  ],
];

export const FIX21_QUANTITY_COMPARATIVES: Case[] = [
  // "N% more/less/fewer <noun>" is a change of that noun.
  [
    "The brewer sold about 6 percent less beer in the quarter.",
    [{ text: "6 percent", change: { direction: "decrease", measure: "relative" } }],
  ],
  ["Carriers will schedule 2% more flights.", [{ text: "2%", change: { direction: "increase" } }]],
];

export const FIX21_WEEKS_OF_A_MONTH: Case[] = [
  // "the first three weeks of November", and a month before it joined by "and".
  [
    "Garissa received only 38.2mm of rain in October and the first three weeks of November.",
    [{ text: "38.2mm", period: { from: "2026-10-01", to: "2026-11-21" } }],
    { publishedAt: "2026-11-25" },
  ],
  [
    "Urea prices averaged P1,650 a bag in the first week of November.",
    [{ text: "P1,650", period: { text: "first week of November", from: "2026-11-01", to: "2026-11-07" } }],
    { publishedAt: "2026-11-25" },
  ],
];

export const FIX21_DANGLING_PRONOUNS: Case[] = [
  // A subject pronoun left after a plural noun, its clause's verb gone with the helpers, is dropped.
  [
    "The economic losses we have computed so far are about N1.2 trillion.",
    [{ text: "N1.2 trillion", subject: { text: "The economic losses" } }],
  ],
  // A whole relative clause stays.
  [
    "Egypt imports roughly 60% of the wheat it eats.",
    [{ text: "60%", subject: { text: "the wheat it eats" } }],
  ],
];

export const FIX21_DEBTS_OWED: Case[] = [
  // What a debtor owes measures the debtor, past the creditor (a pronoun, a plural or a name).
  [
    "Municipalities owed Eskom R94.6 billion at the end of June.",
    [{ text: "R94.6 billion", subject: { text: "Municipalities" } }],
  ],
  [
    "Private hospitals say the SHA owes them more than 30 billion shillings.",
    [{ text: "30 billion shillings", subject: { text: "the SHA" } }],
  ],
  [
    "Uchumi Supermarkets still owes creditors about Sh2.6 billion.",
    [{ text: "Sh2.6 billion", subject: { text: "Uchumi Supermarkets" } }],
  ],
];

export const FIX21_SHARES_NOW: Case[] = [
  // "now" after a share's whole, before its verb, dates the share to the month of publication.
  [
    "About 60% of households now rely on solar.",
    [{ text: "60%", period: { text: "now", from: "2026-11", to: "2026-11" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_ACRONYM_UNITS: Case[] = [
  // An acronym's plural counts as a unit whatever follows it.
  [
    "In all, 47 MDAs paid N94.8bn, and 28 IPPs were owed more.",
    [
      { text: "47 MDAs", kind: "QUANTITY", unit: "MDAs" },
      { text: "N94.8bn" },
      { text: "28 IPPs", unit: "IPPs" },
    ],
  ],
];

export const FIX21_PLACE_ASIDES: Case[] = [
  // A town after "at" and an aside of where it lies stay out of what a set-off participle measures.
  [
    "The plan includes a new desalination plant at Foix, south of Barcelona, costing about 450 million euros.",
    [{ text: "450 million euros", subject: { text: "a new desalination plant at Foix" } }],
  ],
  [
    "Output at the plant in Foix, near Barcelona, rose 5% in October.",
    [{ text: "5%", subject: { text: "Output at the plant in Foix" } }],
  ],
  [
    "JAL won 20 slots at Tokyo's Haneda airport, which handled about 85.9 million passengers in 2025.",
    [{ text: "20 slots" }, { text: "85.9 million passengers", subject: { text: "Tokyo's Haneda airport" } }],
  ],
];

export const FIX21_GRADED_ADJECTIVES: Case[] = [
  // "less" before an adjective and a plural noun grades the adjective: a count, no change.
  [
    "The Environment Agency had 214 flood warnings and 361 less serious alerts in place.",
    [{ text: "214 flood warnings" }, { text: "361 less serious alerts", unit: "alerts", change: undefined }],
  ],
  ["Hospitals treated 200 serious injuries.", [{ text: "200 serious injuries", unit: "injuries" }]],
  [
    "Customers will pay about $45 less than this year.",
    [{ text: "$45", change: { direction: "decrease", measure: "absolute" } }],
  ],
];

export const FIX21_MOVED_OBJECT_FORMS: Case[] = [
  // The object a verb moves to a level, in every form of the verb, past compounds and described nouns.
  [
    "The lender would raise its paid-up capital to Dh8.8 billion from Dh8 billion.",
    [
      { text: "Dh8.8 billion", subject: { text: "its paid-up capital" } },
      { text: "Dh8 billion", subject: { text: "its paid-up capital" } },
    ],
  ],
  [
    "Seoul is lowering the top inheritance tax rate to 40 percent from 50 percent.",
    [
      { text: "40 percent", subject: { text: "the top inheritance tax rate" } },
      { text: "50 percent", subject: { text: "the top inheritance tax rate" } },
    ],
  ],
  ["Congress proposed quadrupling the tax to 4%.", [{ text: "4%", subject: { text: "the tax" } }]],
  [
    "Brewers urged Ghana to reduce the excise rate on locally produced beer to 10 per cent.",
    [{ text: "10 per cent", subject: { text: "the excise rate on locally produced beer" } }],
  ],
  [
    "The central bank subsequently raised its growth forecast to 4.9 per cent.",
    [{ text: "4.9 per cent", subject: { text: "its growth forecast" } }],
  ],
  [
    "The Greens stood at 12 percent and the far-left Die Linke at 10 percent.",
    [{ text: "12 percent" }, { text: "10 percent", subject: { text: "Die Linke" } }],
  ],
];

export const FIX21_PAPER_CURRENCY_MARKS: Case[] = [
  // How Gulf and Vietnamese papers write their currencies before the digits.
  [
    "Fish exports rose 21.3 per cent to RO 185.4 million, with kingfish at RO 3.2 to RO 3.8 per kilogram.",
    [
      { text: "21.3 per cent" },
      { text: "RO 185.4 million", kind: "MONEY", currency: "OMR" },
      { text: "RO 3.2 to RO 3.8", currency: "OMR", value: 3.2, high: 3.8 },
    ],
  ],
  [
    "Vinatex reported pre-tax profit of VNĐ1.28 trillion, while Batelco earned BD 12 million.",
    [
      { text: "VNĐ1.28 trillion", currency: "VND", value: 1.28e12 },
      { text: "BD 12 million", currency: "BHD" },
    ],
  ],
];

export const FIX21_PARAGRAPH_UNITS: Case[] = [
  // A headline's number takes no unit from the dateline after the blank line.
  [
    "Argentina sells bonds as country risk falls below 600\n\nBUENOS AIRES, Nov 11 - Argentina sold bonds.",
    [{ text: "600", kind: "NUMBER", unit: undefined }],
  ],
];

export const FIX21_OBLIGATIONS_AHEAD: Case[] = [
  // What must be paid, or is payable, in a month without its year is still to come.
  [
    "Kenya must pay $500 million in January and another $300 million in July.",
    [
      { text: "$500 million", period: { text: "January", from: "2027-01", to: "2027-01" } },
      { text: "$300 million", period: { text: "July", from: "2027-07", to: "2027-07" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Its board approved a quarterly dividend of 11.5 cents per share, payable on Jan. 15.",
    // (Since session 44 a dividend's payment date is no period of the dividend.)
    [{ text: "11.5 cents", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_AMOUNTS_SPEAK_NOT: Case[] = [
  // An amount the tagger read as a name is no "It": the pronoun finds no organization here.
  [
    "Operating profit increased 5.5% to R2.61bn, while an interim dividend of 247c per share was declared. Freight rates averaged $3,150 per container in the period, it said.",
    [{ text: "5.5%" }, { text: "R2.61bn" }, { text: "247c" }, { text: "$3,150", speaker: undefined }],
  ],
];

export const FIX21_DOLLAR_BOND_PRICES: Case[] = [
  // A dollar bond's price in cents on the dollar is in U.S. cents, and a capitalized bond's year no period.
  [
    "NAIROBI, Nov 12 (Reuters) - Kenya's shilling was steady at Sh129. Kenya's 2028 Eurobond traded at 91 cents on the dollar, up 2.1 cents. Revenue rose to Sh5 billion from Sh4 billion.",
    [
      { text: "Sh129" },
      { text: "91 cents", currency: "USD", unit: "on the dollar", period: undefined },
      { text: "2.1 cents", currency: "USD" },
      { text: "Sh5 billion", currency: "KES" },
      { text: "Sh4 billion", currency: "KES" },
    ],
    { publishedAt: "2026-11-12" },
  ],
];

export const FIX21_EACH_APIECE: Case[] = [
  // "each" and "apiece" after an amount are its denominator (not "each year").
  [
    "It will buy back 5.81 crore shares at Rs 2,150 apiece, and sold units at S$1.22 each.",
    [{ text: "5.81 crore shares" }, { text: "Rs 2,150", unit: "apiece" }, { text: "S$1.22", unit: "each" }],
  ],
  ["It spends $10 each year on it.", [{ text: "$10", unit: undefined }]],
];

export const FIX21_RICH_LIST_PLACES: Case[] = [
  // A place on a rich list held "at", "on" or "with" a fortune: the fortune is the holder's.
  [
    "Elon Musk remains the world's richest person with an estimated $468 billion. Larry Ellison is second at $312 billion.",
    [
      { text: "$468 billion", subject: { text: "Elon Musk" } },
      { text: "$312 billion", subject: { text: "Larry Ellison" } },
    ],
  ],
  [
    "Sales rose. Roshni Nadar Malhotra, who heads HCL, ranked third with Rs 3.6 lakh crore.",
    [{ text: "Rs 3.6 lakh crore", subject: { text: "Roshni Nadar Malhotra" } }],
  ],
  [
    "The Arnault family remains first with 171.6 billion euros. Andrew Forrest slipped to third on $27.6 billion.",
    [
      { text: "171.6 billion euros", subject: { text: "The Arnault family" } },
      { text: "$27.6 billion", subject: { text: "Andrew Forrest" } },
    ],
  ],
];

export const FIX21_REPORTED_LOSSES: Case[] = [
  // "reported losing" an amount: the loss of those who reported it, no report verb in the subject.
  [
    "Americans reported losing $12.5 billion to fraud last year.",
    [{ text: "$12.5 billion", subject: { text: "Americans" } }],
  ],
  [
    "Kitamura reported operating profit of 38.6 billion yen.",
    [{ text: "38.6 billion yen", subject: { text: "operating profit" } }],
  ],
];

export const FIX21_HEADLINE_CHANGE_NOUNS: Case[] = [
  // A headline drops the determiner before the change noun right after its figure.
  [
    "Meridian Textiles posts 38% jump in Q3 profit\n\nSINGAPORE, Nov 20 (Reuters) - Text.",
    [{ text: "38%", change: { direction: "increase", measure: "relative" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "GP practices get £889m boost, but doctors say it is not enough\n\nLONDON - Text.",
    [{ text: "£889m", change: { direction: "increase", measure: "absolute" } }],
  ],
];

export const FIX21_HEADLINE_OBJECT_MOVERS: Case[] = [
  // A headline's present verb moves its bare object by the percentage after it (not a noun "cuts").
  [
    "India raises space budget 18% as crewed flight nears",
    [{ text: "18%", change: { direction: "increase" }, subject: { text: "space budget" } }],
  ],
  [
    "Wise shares fall 7% as fee cuts squeeze margins despite 18% rise in customers",
    [{ text: "7%" }, { text: "18%", change: { direction: "increase" } }],
  ],
];

export const FIX21_NOUN_BEFORE_CHANGE_VERB: Case[] = [
  // A noun that is also a moving verb ("take") before a change verb is the subject, not a verb and its object.
  [
    "Tobacco excise take slumps to $7.3b as black market booms",
    [{ text: "$7.3b", subject: { text: "Tobacco excise take" } }],
  ],
];

export const FIX21_DECIDED_AND_FILED_DAYS: Case[] = [
  // The day a decision was made somewhere, a court heard, or a filing went in dates none of the figures.
  [
    "Coastal states agreed in London on Wednesday to set the total allowable catch at 174,357 tonnes.",
    [{ text: "174,357 tonnes", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The High Court heard on Tuesday that the estate is worth about $1.3 billion.",
    [{ text: "$1.3 billion", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "In a prospectus filed with the Securities and Exchange Commission (SEC) on Tuesday, Mynt said it would offer up to 1.2 billion common shares.",
    [{ text: "1.2 billion common shares", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Offers for rebar were heard at $560-570 a tonne last week.",
    [{ text: "$560-570", period: { text: "last week" } }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_SHARED_SUBJECT_GAPS: Case[] = [
  // A change set off after an adverb, a level compared past "at end-September", and a market's close
  // after "and" measure what the figure before does.
  [
    "Apparel exports totalled $3.71 billion, marginally up 1.1% from $3.67 billion.",
    [
      { text: "$3.71 billion", subject: { text: "Apparel exports" } },
      { text: "1.1%", subject: { text: "Apparel exports" } },
      { text: "$3.67 billion", subject: { text: "Apparel exports" } },
    ],
  ],
  [
    "Portfolio occupancy stood at 93.8 per cent at end-September, compared with 92.6 per cent at end-June.",
    [{ text: "93.8 per cent" }, { text: "92.6 per cent", subject: { text: "Portfolio occupancy" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Entain fell as much as 9.8% and closed down 7.1% at 612 pence.",
    [
      { text: "9.8%", subject: { text: "Entain" } },
      { text: "7.1%", subject: { text: "Entain" } },
      { text: "612 pence", subject: { text: "Entain" } },
    ],
  ],
];

export const FIX21_VERBS_AFTER_ASIDES: Case[] = [
  // A past tense right before its amount is the clause's verb after an aside, not a participle's aside.
  [
    "Dissolving pulp prices, a key earnings driver for Sappi, averaged $830 a tonne in the quarter, up from $905.",
    [
      { text: "$830", subject: { text: "Dissolving pulp prices" } },
      { text: "$905", subject: { text: "Dissolving pulp prices" } },
    ],
  ],
  [
    "Economic losses, including uninsured damage, reached $246 billion, meaning about 54% of the cost was not covered.",
    [{ text: "$246 billion", subject: { text: "Economic losses" } }, { text: "54%" }],
  ],
];

export const FIX21_GAPPED_AND_RISING_ITEMS: Case[] = [
  // An item gapped after the figure before's noun, and the level a participle set off after it reaches.
  [
    "The retailer buys about 45% of its clothing from Bangladesh, 20% from Turkey and 12% from Sri Lanka.",
    [
      { text: "45%", subject: { text: "its clothing" } },
      { text: "20%", subject: { text: "its clothing" } },
      { text: "12%", subject: { text: "its clothing" } },
    ],
  ],
  [
    "Total excise revenue of R68.2bn in 2026/27, rising to R74.5bn in 2027/28, is expected.",
    [{ text: "R68.2bn" }, { text: "R74.5bn", subject: { text: "Total excise revenue" } }],
  ],
];

export const FIX21_RANKED_COUNTS: Case[] = [
  // The count of a ranked group stays inside the noun phrase it is part of.
  [
    "The combined wealth of the 50 richest reached a record $612 billion, up 8.7 per cent from $563 billion last year.",
    [
      { text: "50" },
      { text: "$612 billion", subject: { text: "The combined wealth of the 50 richest" } },
      { text: "8.7 per cent", subject: { text: "The combined wealth of the 50 richest" } },
      { text: "$563 billion", subject: { text: "The combined wealth of the 50 richest" } },
    ],
  ],
  [
    "The combined net worth of the world's 500 richest people has risen 21%.",
    [
      { text: "500 richest people", unit: "people" },
      { text: "21%", subject: { text: "The combined net worth of the world's 500 richest people" } },
    ],
  ],
];

export const FIX21_STAKES_IN_COMPANIES: Case[] = [
  // A stake a determiner opens is in the company named after "in" (not a stake its holder holds).
  [
    "He left a 62 per cent stake in Ngugi Holdings Ltd.",
    [{ text: "62 per cent", subject: { text: "Ngugi Holdings Ltd" } }],
  ],
  [
    "Sandpiper Capital, which disclosed a 4.2% stake in Helixon in May, pushed for a sale.",
    [{ text: "4.2%", subject: { text: "Helixon" } }],
  ],
  [
    "Woodside holds an 82 per cent interest in Sangomar.",
    [{ text: "82 per cent", subject: { text: "Woodside" } }],
  ],
];

export const FIX21_US_DOLLAR_APART: Case[] = [
  // "US $" written apart, as Mexican papers do: the sign's country, the qualifier before it kept.
  [
    "Ricardo Salinas Pliego is worth about US $6.1 billion, down from US $13.2 billion in 2024.",
    [
      { text: "US $6.1 billion", currency: "USD", qualifier: "approximate" },
      { text: "US $13.2 billion", currency: "USD" },
    ],
  ],
];

export const FIX21_AGES_DATED_AND_BOUNDED: Case[] = [
  // An age after a dated death, and ages bounded after "aged", are no figures.
  ["Mr. Desrochers, who died in January at 88, left a will.", []],
  [
    "About 28 per cent of the customers were aged over 65, and workers aged above 55 to 60 pay less.",
    [{ text: "28 per cent" }],
  ],
  ["Output in January at 88 units was flat.", [{ text: "88 units" }]],
];

export const FIX21_STORY_PART_NAMED_AGAIN: Case[] = [
  // "in the quarter" named again after the story's quarter takes its dates.
  [
    "Buybacks totaled $268.4 billion in the third quarter. Just 20 companies accounted for 52% of all repurchases in the quarter.",
    [
      { text: "$268.4 billion" },
      { text: "20 companies", period: { text: "quarter", from: "2026-07", to: "2026-09" } },
      { text: "52%", period: { text: "quarter", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX21_PLACE_HOLDERS_PAST_ASIDES: Case[] = [
  // The holder of a place stands before an apposition and keeps a suffix's point.
  [
    "Changpeng Zhao, the Binance founder, ranked second at $97.8-billion.",
    [{ text: "$97.8-billion", subject: { text: "Changpeng Zhao" } }],
  ],
  [
    "Enrique Razon Jr. ranked second with $13.4 billion.",
    [{ text: "$13.4 billion", subject: { text: "Enrique Razon Jr." } }],
  ],
];

export const FIX21_KEPT_AND_STEADY_LEVELS: Case[] = [
  // A level kept ("was maintained at", "was kept unchanged at") or steady after an adverb is its subject's.
  [
    "Duty on liquor was broadly unchanged at $690 million.",
    [{ text: "$690 million", subject: { text: "Duty on liquor" } }],
  ],
  [
    "The quarterly dividend was maintained at 21 cents per share.",
    [{ text: "21 cents", subject: { text: "The quarterly dividend" } }],
  ],
  [
    "The Export Finance Scheme rate was kept unchanged at 7.5pc.",
    [{ text: "7.5pc", subject: { text: "The Export Finance Scheme rate" } }],
  ],
];

export const FIX21_AS_LITTLE_AS: Case[] = [
  // "as little as" and "as few as" bound from below, as "as low as" does.
  [
    "Smuggled packs sell for as little as $15, and as few as 20 staff remain.",
    [
      { text: "$15", qualifier: "lower_bound" },
      { text: "20 staff", qualifier: "lower_bound" },
    ],
  ],
];

export const FIX21_GLUED_BOUND_PRICES: Case[] = [
  // A small amount glued to its letter after "as little as" or "as much as" is a price.
  [
    "Smuggled packs sell for as little as N900.",
    [{ text: "N900", currency: "NGN", qualifier: "lower_bound" }],
  ],
  [
    "Retail prices spiked to as much as P120 per kilogram from around P70 a year earlier.",
    [
      { text: "P120", currency: "PHP", unit: "per kilogram" },
      { text: "P70", currency: "PHP" },
    ],
  ],
];

export const FIX21_ANOTHER_IN_A_SERIES: Case[] = [
  // "another" listing one more of a series is no change; after a verb it still adds.
  [
    "Kenya must pay about US$4.3 billion in January, and another US$4.2 billion in July.",
    [{ text: "US$4.3 billion" }, { text: "US$4.2 billion", change: undefined }],
  ],
  ["Another 19 per cent were undecided.", [{ text: "19 per cent", change: undefined }]],
  ["The firm will cut another 3,000 jobs.", [{ text: "3,000 jobs", change: { direction: "decrease" } }]],
];

export const FIX24_YEARS_WRITTEN_OUT: Case[] = [
  // A month of one year to a month of a later one is one period (a crop or oil year written out); each
  // year of a list of maturities dates nothing.
  [
    "For the oil year November 2025-October 2026, India imported 16.1 million tonnes of vegetable oils.",
    [
      {
        text: "16.1 million tonnes",
        period: { text: "November 2025-October 2026", from: "2025-11", to: "2026-10" },
      },
    ],
  ],
  [
    "The ministry repurchased bonds maturing in 2030, 2035 and 2040, paying about $1.07 billion.",
    [{ text: "$1.07 billion", period: undefined }],
  ],
];

export const FIX24_HYPHENATED_COMPOUNDS: Case[] = [
  // A word glued by a hyphen to the word before it is part of one compound ("Value-added", "after-tax"),
  // whatever it would be alone; a subject opens on no "for".
  [
    "Value-added tax (VAT) receipts rose 5.2% to R312.4 billion.",
    [
      { text: "5.2%", subject: { text: "Value-added tax (VAT) receipts" } },
      { text: "R312.4 billion", subject: { text: "Value-added tax (VAT) receipts" } },
    ],
  ],
  [
    "Police-reported fraud rose 8 per cent to 178,300 incidents.",
    [{ text: "8 per cent", subject: { text: "Police-reported fraud" } }, { text: "178,300 incidents" }],
  ],
  [
    "Cotu would also push for the tax-free threshold for pay-as-you-earn to be raised to Sh30,000 a month.",
    [{ text: "Sh30,000", subject: { text: "the tax-free threshold for pay-as-you-earn" } }],
  ],
];

export const FIX24_ANNIVERSARY_AGES: Case[] = [
  // An anniversary's age is no figure: after "turns", and a headline's "at N" after a name.
  ["Mombasa tea auction turns 70 as prices slide", []],
  [
    "MTN Nigeria at 25: from 500,000 lines to 81 million subscribers",
    [{ text: "500,000 lines" }, { text: "81 million subscribers" }],
  ],
  ["The index closed at 25 on Friday.", [{ text: "25" }]],
];

export const FIX24_GOLD_PURITIES: Case[] = [
  // Gold's purity is no figure ("22-karat", "24-carat gold", "24K" before "gold" or opening a headline);
  // a gem's carats are its weight.
  [
    "The 24-karat variant opened at Dh495.75 per gram, while 21-karat and 18-karat were priced at Dh440.00 and Dh377.25 per gram respectively.",
    [{ text: "Dh495.75" }, { text: "Dh440.00" }, { text: "Dh377.25" }],
  ],
  ["24K slips to Dh495.75 per gram", [{ text: "Dh495.75" }]],
  [
    "He sold a 10-carat diamond for $2 million.",
    [{ text: "10-carat", unit: "carat" }, { text: "$2 million" }],
  ],
  ["She earns 24K a year.", [{ text: "24K", value: 24000 }]],
];

export const FIX24_CURRENCY_FISCAL_YEARS: Case[] = [
  // Where no country stands out by name, the fiscal year is that of the one country whose currency most
  // of the amounts are in.
  [
    "We paid out Sh1.47 billion to 3,912 claimants in the 2025/26 financial year, Ms Museiya said.",
    [
      { text: "Sh1.47 billion", period: { text: "2025/26 financial year", from: "2025-07", to: "2026-06" } },
      { text: "3,912 claimants" },
    ],
  ],
  [
    "HMRC estimated the tax gap at £46.8bn for 2024-25.",
    [{ text: "£46.8bn", period: { text: "2024-25", from: "2024-04", to: "2025-03" } }],
  ],
];

export const FIX24_RANKINGS: Case[] = [
  // What leads a ranking holds its figure; a legal form's point is part of a ranked name.
  [
    "Lenovo led with 19.1 million units, followed by HP Inc. with 14.9 million and Dell Technologies Inc. with 10.1 million.",
    [
      { text: "19.1 million units", subject: { text: "Lenovo" } },
      { text: "14.9 million", subject: { text: "HP Inc." } },
      { text: "10.1 million", subject: { text: "Dell Technologies Inc." } },
    ],
  ],
  [
    "Motorola led with a 33% share, followed by Samsung at 24%.",
    [
      { text: "33%", subject: { text: "Motorola" } },
      { text: "24%", subject: { text: "Samsung" } },
    ],
  ],
];

export const FIX24_RANKED_STORY_PERIODS: Case[] = [
  // An item ranked after a figure the story's period reached takes it too.
  [
    "India's smartphone shipments rose 7 per cent in the July-September quarter. Vivo retained the top spot with a market share of 19 per cent, followed by Samsung at 16 per cent.",
    [
      { text: "7 per cent" },
      { text: "19 per cent", period: { text: "July-September quarter", from: "2026-07", to: "2026-09" } },
      { text: "16 per cent", period: { text: "July-September quarter", from: "2026-07", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX24_STORY_PERIOD_NAMED_AGAIN: Case[] = [
  // "in the seven months", "in the period": the story's period named again takes its dates; not a period
  // with dates of its own ("the period from July 1"), nor "the end of the period".
  [
    "Tax revenue rose 6.4% in the first seven months of the fiscal year. The agency collected R38.4 billion from its debt book in the seven months.",
    [
      { text: "6.4%" },
      { text: "R38.4 billion", period: { text: "seven months", from: "2026-04", to: "2026-10" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Revenue rose 5 percent in the first nine months of 2026. Non-oil revenues rose 5 percent to SR369 billion in the period.",
    [
      { text: "5 percent" },
      { text: "5 percent", period: { text: "period", from: "2026-01", to: "2026-09" } },
      { text: "SR369 billion", period: { text: "period", from: "2026-01", to: "2026-09" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Bunyip's comparable sales rose 3.2 per cent in the period from July 1 to November 16.",
    [
      {
        text: "3.2 per cent",
        period: { text: "July 1 to November 16", from: "2026-07-01", to: "2026-11-16" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX24_LEVELS_AFTER_THAN: Case[] = [
  // A level after "<comparative> than (the)" measures what the figure before does; a rank's holder past
  // its acronym; an "m" glued to a number compared with millions is millions.
  [
    "Customs duty stood at Rs636bn, slightly lower than the Rs641bn collected a year ago.",
    [{ text: "Rs636bn" }, { text: "Rs641bn", subject: { text: "Customs duty" } }],
  ],
  [
    "Corporate income tax (CIT) remained the largest contributor at $32.4 billion, up from $30.1 billion.",
    [
      { text: "$32.4 billion", subject: { text: "Corporate income tax (CIT)" } },
      { text: "$30.1 billion", subject: { text: "Corporate income tax (CIT)" } },
    ],
  ],
  [
    "Active filers rose to 7.4 million, up from 6.1m a year earlier.",
    [{ text: "7.4 million" }, { text: "6.1m", kind: "NUMBER", value: 6100000, unit: undefined }],
  ],
  ["The wall is 6.1m high.", [{ text: "6.1m", unit: "m" }]],
  [
    "Growth is slowing, so is inflation, which averaged 24% this year.",
    [{ text: "24%", subject: { text: "inflation" } }],
  ],
];

export const FIX24_PARALLEL_PRICES: Case[] = [
  // Things priced alike in one breath after the first share its denominator; a day between a change and
  // its level is no break.
  [
    "Platinum traded at $1,640 an ounce on Friday, while palladium was at $1,185 and rhodium at $7,900.",
    [
      { text: "$1,640", unit: "an ounce" },
      { text: "$1,185", unit: "an ounce" },
      { text: "$7,900", unit: "an ounce" },
    ],
  ],
  [
    "Gold fell by Rs4,300 per tola on Wednesday to Rs438,500.",
    [
      { text: "Rs4,300", unit: "per tola" },
      { text: "Rs438,500", unit: "per tola" },
    ],
  ],
  [
    "A roll of leather now costs about N95,000, up from N60,000 last year, while diesel sells at N1,280 per litre.",
    [
      { text: "N95,000", unit: undefined },
      { text: "N60,000", unit: undefined },
      { text: "N1,280", unit: "per litre" },
    ],
  ],
  [
    "Brent rose to $70 a barrel, while the company's shares closed at $5.",
    [{ text: "$70" }, { text: "$5", unit: undefined }],
  ],
];

export const FIX24_HALF_OF_THE_MONTH: Case[] = [
  // "the first half of the month": a part of the month the story is in.
  [
    "The price for the second half of November was $104.27 a tonne, down from $106.80 in the first half of the month.",
    [
      { text: "$104.27" },
      { text: "$106.80", period: { text: "first half of the month", from: "2026-11", to: "2026-11" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX24_CARRIERS: Case[] = [
  // What receives, flies, moves, manages or operates a count carries it (not a measure received: rain).
  [
    "Kenya received 2.39 million international visitors in 2025.",
    [{ text: "2.39 million international visitors", subject: { text: "Kenya" } }],
  ],
  [
    "SANParks, which manages 19 national parks, said.",
    [{ text: "19 national parks", subject: { text: "SANParks" } }],
  ],
  [
    "The airline flew 21.4 million passengers in the nine months.",
    [{ text: "21.4 million passengers", subject: { text: "The airline" } }],
  ],
  ["Gujarat received 412 mm of rain in 72 hours.", [{ text: "412 mm", subject: { text: "rain" } }]],
];

export const FIX24_GERUND_MODIFIERS: Case[] = [
  // One -ing word before a plural noun after digits modifies it; a part of a count "of them" after a
  // clause counts its unit.
  ["Only about 392 breeding pairs remain in the wild.", [{ text: "392 breeding pairs", unit: "pairs" }]],
  [
    "The company employs over 38,000 people across 43 manufacturing sites.",
    [{ text: "38,000 people" }, { text: "43 manufacturing sites", unit: "sites" }],
  ],
  [
    "TSMC is spending $165 billion on six fabs and two packaging plants.",
    // (Each count is a figure, the one with a participle too: session 80.)
    [{ text: "$165 billion" }, { text: "six fabs" }, { text: "two packaging plants" }],
  ],
  [
    "At least 62 elephants died during the period, 19 of them from electrocution.",
    [{ text: "62 elephants" }, { text: "19", kind: "QUANTITY", unit: "elephants" }],
  ],
];

export const FIX24_LEVELS_REACHED_AFTER_FROM: Case[] = [
  // A level reached after "to" takes no period of the level a move started from ("from X in P to Y"), nor
  // of a record before "before falling to"; a level a move came from takes no story period named again.
  [
    "Its share price has risen from R1.20 at its listing in February 2002 to R3,720 on Friday.",
    [
      { text: "R1.20", period: { text: "February 2002" } },
      { text: "R3,720", period: { text: "Friday" } },
    ],
    { publishedAt: "2026-11-22" },
  ],
  [
    "Cement consumption rose 9.4 percent in January to 812,640 tonnes.",
    [{ text: "9.4 percent" }, { text: "812,640 tonnes", period: { text: "January" } }],
    { publishedAt: "2026-11-20" },
  ],
  [
    "Kenya spent Sh21.6 billion on coal imports in the period, despite a fall in the landed price to about Sh16,100 per tonne from Sh18,000.",
    [{ text: "Sh21.6 billion" }, { text: "Sh16,100" }, { text: "Sh18,000", period: undefined }],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX24_RANK_HOLDERS: Case[] = [
  // A rank kept or held, past a legal form's point or after "its"; a rival ranked "ahead of" at a figure.
  [
    "Lenovo Group Ltd. remained the largest vendor with 19.1 million units.",
    [{ text: "19.1 million units", subject: { text: "Lenovo Group Ltd." } }],
  ],
  [
    "Samsung kept its top spot with 4.8 million units.",
    [{ text: "4.8 million units", subject: { text: "Samsung" } }],
  ],
  [
    "Fintech was the most funded sector with US$540 million, ahead of artificial intelligence at US$390 million.",
    [
      { text: "US$540 million", subject: { text: "Fintech" } },
      { text: "US$390 million", subject: { text: "artificial intelligence" } },
    ],
  ],
  ["The bank held its key rate at 5%.", [{ text: "5%", subject: { text: "its key rate" } }]],
];

export const FIX24_RANKED_NAMES_WITH_OF: Case[] = [
  // A ranked name may hold "of (the)" between its capitalized words.
  [
    "Poland bought 24 tons, followed by the National Bank of Kazakhstan with 18 tons and the Central Bank of the Republic of Turkey with 9 tons.",
    [
      { text: "24 tons" },
      { text: "18 tons", subject: { text: "the National Bank of Kazakhstan" } },
      { text: "9 tons", subject: { text: "the Central Bank of the Republic of Turkey" } },
    ],
  ],
];

export const FIX24_WITH_TAKING: Case[] = [
  // A share a "with" phrase's noun takes, holds or accounts for is its.
  [
    "Exports rose, with China taking 33 per cent and the United Kingdom 14 per cent.",
    [
      { text: "33 per cent", subject: { text: "China" } },
      { text: "14 per cent", subject: { text: "the United Kingdom" } },
    ],
  ],
  [
    "Exports rose, with the US accounting for 22% of the total.",
    [{ text: "22%", subject: { text: "the US" } }],
  ],
];

export const FIX24_MODEL_NUMBERS: Case[] = [
  // A product's model number is no figure and part of its name: a camel-case brand before it, or an
  // edition's word after it.
  [
    "Apple's iPhone 17 sells from 969 euros.",
    [{ text: "969 euros", subject: { text: "Apple's iPhone 17" } }],
  ],
  [
    "The iPhone 17 Pro is priced from S$1,749.",
    [{ text: "S$1,749", subject: { text: "The iPhone 17 Pro" } }],
  ],
  ["Xiaomi 15 Ultra costs 1,299 euros.", [{ text: "1,299 euros" }]],
  ["Apple shipped 17 million iPhones.", [{ text: "17 million iPhones" }]],
];

export const FIX24_TARGET_SET_OFF_AFTER: Case[] = [
  // A target in a clause set off after the figure does not keep the figure's period from being the
  // story's.
  [
    "FIRS collected N22.59 trillion between January and October 2026, representing 89.6 per cent of its N25.2 trillion target. Non-oil revenue accounted for N15.1 trillion.",
    [
      { text: "N22.59 trillion" },
      { text: "89.6 per cent" },
      { text: "N25.2 trillion" },
      {
        text: "N15.1 trillion",
        period: { text: "January and October 2026", from: "2026-01", to: "2026-10" },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX24_FROM_A_DAY: Case[] = [
  // A day after "from" opens a period (and is no change's base), unless a move's "up/down N%" compares
  // with it.
  [
    "Employers must pay at 12 per cent of ordinary wages from July 1, 2025.",
    [{ text: "12 per cent", period: { text: "from July 1, 2025", from: "2025-07-01", to: undefined } }],
  ],
  [
    "The VRA raised electricity tariffs by 14.75 percent from October 1, 2026.",
    [
      {
        text: "14.75 percent",
        change: { direction: "increase", measure: "relative" },
        period: { text: "from October 1, 2026", from: "2026-10-01", to: undefined },
      },
    ],
    { publishedAt: "2026-11-20" },
  ],
  [
    "The population stood at 41,489,320 on Oct. 1, down 0.2 per cent from July 1.",
    [
      { text: "41,489,320" },
      { text: "0.2 per cent", change: { direction: "decrease", measure: "relative", base: "July 1" } },
    ],
    { publishedAt: "2026-11-20" },
  ],
];

export const FIX24_MONEY_BEFORE_NOUN: Case[] = [
  // An adjective of a plan between the determiner and the money ("original", "revised"); a clause's
  // opener ends the noun after the money.
  [
    "The project ran about $200 million over its original $5.25 billion budget.",
    [{ text: "$200 million" }, { text: "$5.25 billion", subject: { text: "budget" } }],
  ],
  [
    "Pakistan gets $1.2 billion IMF tranche after second review",
    [{ text: "$1.2 billion", subject: { text: "IMF tranche" } }],
  ],
];

export const FIX24_FOLLOW_WITH: Case[] = [
  // Names that "follow with" figures hold them, two joined by "and" one each "respectively".
  [
    "Narok and Laikipia follow with Sh720 million and Sh655 million respectively.",
    [
      { text: "Sh720 million", subject: { text: "Narok" } },
      { text: "Sh655 million", subject: { text: "Laikipia" } },
    ],
  ],
];

export const FIXES21: Case[] = [
  ...FIX24_FOLLOW_WITH,
  ...FIX24_MONEY_BEFORE_NOUN,
  ...FIX24_FROM_A_DAY,
  ...FIX24_TARGET_SET_OFF_AFTER,
  ...FIX24_MODEL_NUMBERS,
  ...FIX24_WITH_TAKING,
  ...FIX24_RANKED_NAMES_WITH_OF,
  ...FIX24_RANK_HOLDERS,
  ...FIX24_LEVELS_REACHED_AFTER_FROM,
  ...FIX24_GERUND_MODIFIERS,
  ...FIX24_CARRIERS,
  ...FIX24_HALF_OF_THE_MONTH,
  ...FIX24_PARALLEL_PRICES,
  ...FIX24_LEVELS_AFTER_THAN,
  ...FIX24_STORY_PERIOD_NAMED_AGAIN,
  ...FIX24_RANKED_STORY_PERIODS,
  ...FIX24_RANKINGS,
  ...FIX24_CURRENCY_FISCAL_YEARS,
  ...FIX24_GOLD_PURITIES,
  ...FIX24_ANNIVERSARY_AGES,
  ...FIX24_HYPHENATED_COMPOUNDS,
  ...FIX24_YEARS_WRITTEN_OUT,
  ...FIX21_ANOTHER_IN_A_SERIES,
  ...FIX21_GLUED_BOUND_PRICES,
  ...FIX21_AS_LITTLE_AS,
  ...FIX21_KEPT_AND_STEADY_LEVELS,
  ...FIX21_PLACE_HOLDERS_PAST_ASIDES,
  ...FIX21_STORY_PART_NAMED_AGAIN,
  ...FIX21_AGES_DATED_AND_BOUNDED,
  ...FIX21_US_DOLLAR_APART,
  ...FIX21_STAKES_IN_COMPANIES,
  ...FIX21_RANKED_COUNTS,
  ...FIX21_GAPPED_AND_RISING_ITEMS,
  ...FIX21_VERBS_AFTER_ASIDES,
  ...FIX21_SHARED_SUBJECT_GAPS,
  ...FIX21_DECIDED_AND_FILED_DAYS,
  ...FIX21_NOUN_BEFORE_CHANGE_VERB,
  ...FIX21_HEADLINE_OBJECT_MOVERS,
  ...FIX21_HEADLINE_BARE_CHANGE_NOUNS,
  ...FIX21_REPORTED_LOSSES,
  ...FIX21_RICH_LIST_PLACES,
  ...FIX21_EACH_APIECE,
  ...FIX21_DOLLAR_BOND_PRICES,
  ...FIX21_AMOUNTS_SPEAK_NOT,
  ...FIX21_OBLIGATIONS_AHEAD,
  ...FIX21_PARAGRAPH_UNITS,
  ...FIX21_PAPER_CURRENCY_MARKS,
  ...FIX21_MOVED_OBJECT_FORMS,
  ...FIX21_GRADED_ADJECTIVES,
  ...FIX21_PLACE_ASIDES,
  ...FIX21_ACRONYM_UNITS,
  ...FIX21_SHARES_NOW,
  ...FIX21_DEBTS_OWED,
  ...FIX21_DANGLING_PRONOUNS,
  ...FIX21_WEEKS_OF_A_MONTH,
  ...FIX21_QUANTITY_COMPARATIVES,
  ...FIX21_PARTICIPLE_ASIDES,
  ...FIX21_MEASURES_APART,
  ...FIX21_COMPARED_PRICES_FOR,
  ...FIX21_SUBORDINATORS_BEFORE_OF,
  ...FIX21_YEARS_IN_LAWS,
  ...FIX21_BASE_BEFORE_CHANGE_NOUN,
  ...FIX21_DAY_BEFORE_THE_REPORT,
  ...FIX21_NAMES_NOT_MONTHS,
  ...FIX21_BLOWN_OUT,
  ...FIX21_YEAR_TO_DATE_AND_SAME_PARTS,
  ...FIX21_SET_OFF_COSTS,
  ...FIX21_CLAUSES_END_PHRASES,
  ...FIX21_COUNTS_BEFORE_VERBS,
  ...FIX21_ACCOUNTING_AND_SOURCES,
  ...FIX21_FROM_IN_SUBJECTS,
  ...FIX21_RESULTS_COMPARED,
  ...FIX21_COUNTS_AFTER_MONEY,
  ...FIX21_HEADLINE_CHANGE_NOUNS,
  ...FIX21_SINGULAR_CURRENCIES,
  ...FIX21_TERMS_AND_SEEKING,
  ...FIX21_PARTS_SPELT_NEXT,
  ...FIX21_PRICES_OF_THE_PERIOD,
  ...FIX21_GLUED_DENOMINATORS,
  ...FIX21_BUT_CLAUSES,
  ...FIX21_RESTATED_PAST_PHRASES,
  ...FIX21_RECIPIENTS,
  ...FIX21_AFTER_THE_RECHECK,
  ...FIX21_VALUED_OBJECTS,
  ...FIX21_LONE_ADVERBS,
  ...FIX21_NOW_BEFORE_LETTERS,
  ...FIX21_GLUED_COUNTS,
  ...FIX21_YEARS_TO_MONTH_ENDS,
  ...FIX21_EXPECTATIONS_MET,
  ...FIX21_STORY_PERIODS,
  ...FIX21_DESCRIBED_SPEAKERS,
  ...FIX21_MOVED_OBJECTS,
  ...FIX21_LISTED_HOLDERS,
  ...FIX21_REPORTING_DAYS,
  ...FIX21_LEVELS_COMPARED,
  ...FIX21_THEY_GOES_ON,
  ...FIX21_MONEY_BEFORE_NAMES,
  ...FIX21_GLUED_PRICES,
  ...FIX21_TEMPERATURES_APART,
  ...FIX21_OVER_A_CASE,
  ...FIX21_MILLIONS_GLUED,
  ...FIX21_NAMES_NOT_COUNTS,
];
